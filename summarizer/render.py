"""A briefing as terminal output (rich), Markdown, plain text or JSON. Quotes are printed from the
briefing's verbatim source text, with their character spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.briefing import Briefing, Issue, ShownQuote, SpeakerPosition

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

FORMATS = ("terminal", "md", "text", "json")


def to_json(b: Briefing) -> str:
    return b.model_dump_json(indent=2)


def footer(b: Briefing) -> str:
    u, v = b.usage, b.verification
    parts = [
        f"model {b.model}",
        f"prompt brief/{b.prompt_version}",
        f"{u.llm_calls} call{'s' if u.llm_calls != 1 else ''}" + (" (map-reduce)" if b.map_reduce else ""),
        f"tokens {u.tokens_in} in / {u.tokens_out} out",
        f"{u.seconds:.1f} s",
        f"{v.quotes_verified}/{v.quotes_shown} quotes verified",
    ]
    if v.inline_quotes:
        parts.append(f"{len(v.inline_quotes)} quoted phrase{'s' if len(v.inline_quotes) != 1 else ''} checked")
    return " · ".join(parts)


def _support(b: Briefing, where: str) -> tuple[str, str]:
    """(" [S4, A10]", " [unsupported: why]") for a shown sentence; empty strings where there is nothing to say."""
    found = next((x for x in b.support if x.field == where), None)
    if found is None:
        return "", ""
    ids = f" [{', '.join(found.ids)}]" if found.ids else ""
    return ids, (f" [unsupported: {found.reason}]" if found.status == "unsupported" else "")


def _marked(b: Briefing, where: str, text: str) -> str:
    ids, warn = _support(b, where)
    return text + ids + warn


def _issue_line(i: Issue) -> str:
    return f"{i.field}: {i.kind.replace('_', ' ')}: {i.text!r} ({i.detail})"


def _as_reported(s: SpeakerPosition) -> str:
    """What tells a reader that a position is the article's sentence, not one the tool wrote."""
    return " (as the article reports it)" if s.reported else ""


def _speaker_head(s: SpeakerPosition) -> str:
    return f"{s.name} ({s.role})" if s.role else s.name


def _open_end(q: ShownQuote) -> str:
    return "the quote goes on in the source" if q.continued else "no closing quotation mark in the source"


def _quote(q: ShownQuote) -> str:
    end = "" if q.terminated else f" [{_open_end(q)}]"
    return f"“{q.text}” [{q.id}, {q.start}-{q.end}]{end}"


def to_markdown(b: Briefing) -> str:
    out = [f"# {b.headline}", ""] + ([f"*{b.title}*", ""] if b.title else [])
    out += [f"- {_marked(b, f'summary[{i}]', s)}" for i, s in enumerate(b.summary)] + [""]
    if b.speakers:
        out += ["## Speaker positions", ""]
        for s in b.speakers:
            out += [f"### {_speaker_head(s)}", ""]
            if s.position:
                out += [_marked(b, f"positions[{s.speaker_id}]", s.position) + _as_reported(s), ""]
            out += [f"> {_quote(q)}\n>" for q in s.quotes]
            out[-1] = out[-1].removesuffix("\n>")
            out.append("")
    if b.contested:
        out += ["## Contested", ""]
        for c in b.contested:
            out.append(f"- **{c.topic}**")
            out += [f"  - {cl.name}: {cl.claim}" for cl in c.claims]
        out.append("")
    notes = b.verification.issues + b.neutrality
    if notes:
        out += ["## Checks", ""] + [f"- {_issue_line(i)}" for i in notes] + [""]
    out += ["---", "", f"<sub>{footer(b)}</sub>", ""]
    return "\n".join(out)


def to_text(b: Briefing) -> str:
    out = [b.headline, "=" * min(len(b.headline), 80), ""]
    out += [text_sentence(b, i, s) for i, s in enumerate(b.summary)] + [""]
    if b.speakers:
        out += ["SPEAKER POSITIONS", ""]
        for s in b.speakers:
            out += [*text_position(b, s), ""]
    return "\n".join(out) + "\n" + text_rest(b)


def text_sentence(b: Briefing, i: int, s: str) -> str:
    return f"* {_marked(b, f'summary[{i}]', s)}"


def text_position(b: Briefing, s: SpeakerPosition) -> list[str]:
    out = [_speaker_head(s)]
    if s.position:
        out.append(f"  {_marked(b, f'positions[{s.speaker_id}]', s.position)}{_as_reported(s)}")
    return out + [f"    {_quote(q)}" for q in s.quotes]


def text_rest(b: Briefing) -> str:
    """Contested points, checks and the footer: the part of the text form that follows the positions."""
    out: list[str] = []
    if b.contested:
        out += ["CONTESTED", ""]
        for c in b.contested:
            out.append(f"* {c.topic}")
            out += [f"    {cl.name}: {cl.claim}" for cl in c.claims]
        out.append("")
    notes = b.verification.issues + b.neutrality
    if notes:
        out += ["CHECKS", ""] + [f"* {_issue_line(i)}" for i in notes] + [""]
    out.append(footer(b))
    return "\n".join(out) + "\n"


def _indent(text: Text, n: int) -> Text:
    """Indent by prefixing, not padding: a padded block is cropped to the width when output is piped."""
    from rich.text import Text

    return Text(" " * n) + text


def to_terminal(b: Briefing, console: Console) -> None:
    from rich.rule import Rule
    from rich.text import Text

    console.print(Text(b.headline, style="bold"))
    if b.title and b.title != b.headline:
        console.print(Text(b.title, style="dim italic"))
    console.print()
    for i, s in enumerate(b.summary):
        ids, warn = _support(b, f"summary[{i}]")
        console.print(_indent(Text.assemble(f"• {s}", (ids, "dim"), (warn, "yellow")), 1))
    if b.speakers:
        console.print()
        console.print(Rule("Speaker positions", align="left", style="dim"))
        for s in b.speakers:
            head = Text.assemble((s.name, "bold cyan"), (f"  {s.role}" if s.role else "", "cyan"))
            console.print(head)
            if s.position:
                ids, warn = _support(b, f"positions[{s.speaker_id}]")
                console.print(
                    _indent(Text.assemble(s.position, (ids, "dim"), (warn, "yellow"), (_as_reported(s), "dim")), 2)
                )
            for q in s.quotes:
                line = Text.assemble(("“" + q.text + "”", "green"), (f"  {q.id} · {q.start}-{q.end}", "dim"))
                if not q.terminated:
                    line.append(f"  · {_open_end(q)}", "dim")
                console.print(_indent(line, 4))
            console.print()
    if b.contested:
        console.print(Rule("Contested", align="left", style="dim"))
        for c in b.contested:
            console.print(Text(f"• {c.topic}", style="bold"))
            for cl in c.claims:
                console.print(_indent(Text.assemble((cl.name, "cyan"), f": {cl.claim}"), 4))
        console.print()
    notes = b.verification.issues + b.neutrality
    if notes:
        console.print(Rule("Checks", align="left", style="dim"))
        for i in notes:
            console.print(_indent(Text(_issue_line(i), style="yellow"), 1))
        console.print()
    console.print(Text(footer(b), style="dim"))
