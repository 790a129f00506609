"""`summarizer quotes`: every direct quote in an article, with its span and speaker; with --statements, the
indirect statements too."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli import common

if TYPE_CHECKING:
    from summarizer.quotes import Quote, Speaker


def quotes_command(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="An article file, - for stdin, or a stored article id.")],
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    statements: Annotated[
        bool, typer.Option("--statements", help="Also list indirect speech (A ids): 'X said the plan would fail'.")
    ] = False,
) -> int:
    """List the direct quotes of an article: id, speaker, cue, span, text. No model is involved.
    JSON always carries every attribution (direct and indirect, with content spans).

    Example: summarizer quotes seeds/blinken-putin-un-security-council.txt --statements
    """
    from dataclasses import asdict

    from rich.text import Text

    from summarizer.article import parse
    from summarizer.quotes import extract

    cfg = common.settings(ctx)
    if article == "-" or Path(article).exists():
        from summarizer.ingest import load

        art = load(article, cfg.max_article_bytes)
    else:
        from summarizer.reading import missing_path

        if (missing := missing_path(article)) is not None:
            raise missing
        store = common.open_store(cfg)
        record = store.resolve(article)
        art = parse(store.text(record.id), "markdown" if record.format == "markdown" else "text", record.source)
    table = extract(art)
    if fmt == "json":
        doc = {
            "article_id": art.id,
            "quotes": [asdict(q) for q in table.quotes],
            "speakers": [asdict(s) for s in table.speakers],
            "attributions": [asdict(a) for a in table.attributions],  # `spans`: two where the attribution is inside
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    out = common.out()
    for q in table.quotes:
        speaker = table.speaker(q.speaker_id)
        kind = q.kind if q.terminated else f"{q.kind}, {'continues' if q.continued else 'unterminated'}"
        described = _described(art.text, q, speaker)
        head = Text.assemble(
            (f"{q.id:<4}", "bold"),
            (speaker.name if speaker else "unattributed", "cyan"),
            f" (as “{described}”)" if described else "",
            f"  {q.cue or '-'}  {q.start}-{q.end}  {kind}",
        )
        out.print(head)
        out.print(Text(f"    “{q.text}”"))
    if statements:
        for a in table.attributions:
            if a.direct:
                continue
            speaker = table.speaker(a.speaker_id)
            out.print(
                Text.assemble(
                    (f"{a.id:<4}", "bold"),
                    (speaker.name if speaker else "unattributed", "cyan"),
                    f"  {a.cue or '-'}  {', '.join(f'{s}-{e}' for s, e in a.spans)}  indirect",
                )
            )
            out.print(Text(f"    {a.content(art.text)}"))
    quoted = [s for s in table.speakers if s.quote_ids]
    roles = [f"{s.name} ({s.role})" if s.role else s.name for s in quoted]
    indirect = sum(1 for a in table.attributions if not a.direct)
    common.err().print(
        f"{len(table.quotes)} quotes, {len(quoted)} speakers: {'; '.join(roles)}; {indirect} indirect statements",
        markup=False,
    )
    return 0


_PRONOUNS = frozenset("he she they it we i you who which that this these those".split())


def _described(text: str, quote: Quote, speaker: Speaker | None) -> str | None:
    """The words the article names the speaker by at this quote, where they are a description the table took
    to be this speaker ("the New Jersey governor" for Chris Christie): shown so that a reader can check it.
    Not a phrase with their name in it ("Ana Vell, 32, of Leeds"), nor a pronoun."""
    if speaker is None or quote.speaker_mention is None:
        return None
    named = " ".join(text[quote.speaker_mention[0] : quote.speaker_mention[1]].split())
    words = re.findall(r"[\w’'-]+", named)
    if not words or (len(words) == 1 and named.lower() in _PRONOUNS):
        return None
    names = {w.lower() for n in (speaker.name, *speaker.aliases) for w in re.findall(r"[\w’'-]+", n)}
    return None if any(w.lower().removesuffix("’s").removesuffix("'s") in names for w in words) else named
