"""A self-contained HTML report of an eval run: a chart of scores per variant, then every case in detail,
each shown quote linked to its span in the source text. No scripts, styles inline, no network requests."""

from __future__ import annotations

from html import escape

from summarizer.evals import runs
from summarizer.evals.checks import CHECKS, JUDGE_CHECKS
from summarizer.evals.runner import check_names, table

_COLOURS = ["#3b6ea5", "#c0703a", "#4c9a5b", "#8a5aa8", "#b8a23a", "#5aa3a8"]


def html(run: runs.Run) -> str:
    rates = table(run)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>eval {escape(run.id)}</title><meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}"
        ".fail{color:#a11a1a}.pass{color:#17643a}mark{background:#fde9a8}pre{white-space:pre-wrap;background:#f6f6f6;"
        "padding:.75rem}section{border-top:2px solid #ddd;margin-top:2rem}"
        "a.ev:target::after{content:'▶ checked against';background:#f7c6c6;font-size:12px}</style></head><body>",
        f"<h1>Eval run {escape(run.id)}</h1>",
        f"<p>suite <b>{escape(run.suite)}</b> · {escape(run.created)} · {run.seconds:.1f} s"
        + (f" · re-scored from {escape(run.parent)}" if run.parent else "")
        + "</p>",
        _chart(rates),
        "<h2>Pass rate and mean score per check</h2><table><tr><th>check</th>",
        *[f"<th>{escape(v)}</th>" for v in rates],
        "</tr>",
    ]
    described = {c.name: c.description for c in CHECKS + JUDGE_CHECKS}
    for name in check_names(run.rows):
        parts.append(f"<tr><td title='{escape(described[name])}'>{name}</td>")
        for v in rates:
            r = rates[v][name]
            parts.append(f"<td>{r.passed}/{r.total} · {r.mean_score:.2f}</td>")
        parts.append("</tr>")
    parts.append("</table>")
    for i, row in enumerate(run.rows):
        parts.append(_case(i, row))
    parts.append("</body></html>")
    return "".join(parts)


def _chart(rates: dict) -> str:
    names = list(next(iter(rates.values()), {}))
    variants = list(rates)
    bar, gap = 14, 10
    height = len(names) * (len(variants) * bar + gap) + 20
    out = [
        f"<svg role='img' aria-label='mean score per check and variant' width='720' height='{height}' font-size='12'>"
    ]
    y = 10
    for name in names:
        out.append(f"<text x='0' y='{y + bar}'>{name}</text>")
        for j, v in enumerate(variants):
            score = rates[v][name].mean_score
            out.append(
                f"<rect x='140' y='{y}' width='{score * 500:.0f}' height='{bar - 2}' "
                f"fill='{_COLOURS[j % len(_COLOURS)]}'><title>{escape(v)}: {score:.2f}</title></rect>"
            )
            y += bar
        y += gap
    legend = " ".join(
        f"<span style='color:{_COLOURS[j % len(_COLOURS)]}'>■</span> {escape(v)}" for j, v in enumerate(variants)
    )
    return "".join(out) + f"</svg><p>{legend}</p>"


def _detail(i: int, text: str, evidence: dict[str, list]) -> str:
    """A failing item; where the check says what it compared it with, links to those source sentences."""
    spans = evidence.get(text.split(" ", 1)[0].rstrip(":"), [])
    links = " ".join(f"<a href='#ev-{i}-{start}'>source {n}</a>" for n, (start, _) in enumerate(spans, 1))
    return f"<li>{escape(text)}{(' · checked against ' + links) if links else ''}</li>"


def _check(i: int, c: dict) -> str:
    line = f"<b>{c['check']}</b> {c['score']:.2f}: {escape(c['reason'])}"
    if c["passed"] or not c.get("details"):
        return f"<li class='{'pass' if c['passed'] else 'fail'}'>{line}</li>"
    evidence = c.get("evidence") or {}
    items = "".join(_detail(i, d, evidence) for d in c["details"])
    return f"<li class='fail'><details><summary>{line}</summary><ul>{items}</ul></details></li>"


def _case(i: int, row: runs.Row) -> str:
    head = f"<section><h2 id='case-{i}'>{escape(row.case_id)} · {escape(row.variant)}</h2>"
    checks = "".join(_check(i, c) for c in row.checks)
    if row.briefing is None:
        return head + f"<p class='fail'>error: {escape(row.error or '')}</p><ul>{checks}</ul></section>"
    b = row.briefing
    try:
        with open(row.article, encoding="utf-8", newline="") as f:
            source = f.read()
    except OSError:
        source = ""
    spans = sorted({(q["start"], q["end"]) for s in b["speakers"] for q in s["quotes"]})
    bullets = "".join(f"<li>{escape(s)}</li>" for s in b["summary"])
    speakers = "".join(
        f"<h4>{escape(s['name'])}{(' · ' + escape(s['role'])) if s.get('role') else ''}</h4>"
        f"<p>{escape(s.get('position') or '(no position)')}</p><ul>"
        + "".join(
            f"<li><a href='#src-{i}-{q['start']}'>“{escape(q['text'])}”</a> [{q['start']}-{q['end']}]</li>"
            for q in s["quotes"]
        )
        + "</ul>"
        for s in b["speakers"]
    )
    # Anchors where a checked-against sentence starts: zero-width, so they never cross a quote's mark.
    anchors = sorted({start for c in row.checks for found in (c.get("evidence") or {}).values() for start, _ in found})
    events = sorted(
        [(start, 0, f"<a class='ev' id='ev-{i}-{start}'></a>") for start in anchors if start <= len(source)]
    )
    marked, pos = [], 0
    for start, end in spans:
        if start < pos or end > len(source):
            continue
        events.append((start, 1, f"<mark id='src-{i}-{start}'>"))
        events.append((end, -1, "</mark>"))
        pos = end
    pos = 0
    for at, _, tag in sorted(events, key=lambda e: (e[0], e[1])):
        marked.append(escape(source[pos:at]))
        marked.append(tag)
        pos = at
    marked.append(escape(source[pos:]))
    return (
        head + f"<ul>{checks}</ul><h3>{escape(b['headline'])}</h3><ul>{bullets}</ul>{speakers}"
        f"<details open><summary>source text</summary><pre>{''.join(marked)}</pre></details></section>"
    )
