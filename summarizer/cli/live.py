"""How `summarizer brief` shows a briefing while it is made: a live view in a terminal, plain lines when piped,
one JSON object per event with --format jsonl. Each takes the events of `summarizer.streaming`."""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from summarizer.briefing import Briefing


def _ids(support: dict[str, Any] | None) -> tuple[str, str]:
    """(" [S4, A10]", " [unsupported: why]") from a sentence's support, as the finished briefing prints them."""
    if not support:
        return "", ""
    ids = f" [{', '.join(support['ids'])}]" if support.get("ids") else ""
    return ids, (f" [unsupported: {support['reason']}]" if support.get("status") == "unsupported" else "")


def _speaker_line(s: dict[str, Any]) -> str:
    n = len(s.get("quote_ids") or [])
    role = f" ({s['role']})" if s.get("role") else ""
    return f"{s['name']}{role}: {n} quote{'s' if n != 1 else ''}"


class Events:
    """What has arrived so far, whatever shows it."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.stage = "reading the article"
        self.speakers: list[dict[str, Any]] = []
        self.quotes_seen = False
        self.headline: str | None = None
        self.sentences: list[dict[str, Any]] = []
        self.positions: list[dict[str, Any]] = []

    def take(self, name: str, data: dict[str, Any]) -> bool:
        """Record an event; False for one that changes nothing (the quote table sent twice)."""
        if name == "quotes":
            if self.quotes_seen:
                return False
            self.quotes_seen = True
            self.speakers = [s for s in data["speakers"] if s.get("quote_ids")]
        elif name == "stage":
            self.stage = data["stage"]
        elif name == "headline":
            self.headline = data["text"]
        elif name == "sentence":
            self.sentences.append(data)
        elif name == "position":
            self.positions.append(data)
        return True


class Plain(Events):
    """Plain lines on stdout as pieces arrive; the stages go to stderr."""

    def __call__(self, name: str, data: dict[str, Any]) -> None:
        if not self.take(name, data):
            return
        if name == "quotes":
            self._print("SPEAKERS (from the article's quote table)", "")
            self._print(*[_speaker_line(s) for s in self.speakers] or ["(nobody is quoted)"])
            self._print("")
        elif name == "stage":
            print(f"[{time.perf_counter() - self.started:5.1f} s] {data['stage']}", file=sys.stderr, flush=True)
        elif name == "headline":
            if self.sentences:
                # the model writes the summary first: a headline after it, printed as a title, would read as the
                # title of the section that follows
                self._print("", f"HEADLINE: {data['text']}", "")
            else:
                self._print(data["text"], "=" * min(len(data["text"]), 80), "")
        elif name == "sentence":
            ids, warn = _ids(data.get("support"))
            if len(self.sentences) == 1:
                self._print("SUMMARY", "")
            self._print(f"* {data['text']}{ids}{warn}")
        elif name == "position":
            if len(self.positions) == 1:
                self._print("", "SPEAKER POSITIONS", "")
            head = f"{data['name']} ({data['role']})" if data.get("role") else data["name"]
            lines = [head]
            if data.get("position"):
                ids, warn = _ids(data.get("support"))
                lines.append(f"  {data['position']}{ids}{warn}")
            lines += [f"    “{q['text']}” [{q['id']}, {q['start']}-{q['end']}]" for q in data["quotes"]]
            self._print(*lines, "")

    def finish(self, b: Briefing) -> None:
        """The rest of the briefing; the summary again if checks after streaming changed it."""
        from summarizer import render

        if [s["text"] for s in self.sentences] != b.summary:
            self._print("", "SUMMARY (as finally checked)", "")
            self._print(*[render.text_sentence(b, i, s) for i, s in enumerate(b.summary)])
        shown = {p["speaker_id"] for p in self.positions}
        missing = [s for s in b.speakers if s.speaker_id not in shown]
        for s in missing:
            self._print(*render.text_position(b, s), "")
        # a position sent while the model was still writing, which a check on the whole reply changed or removed
        # (the same words written later for another speaker): printed again as it stands
        final = {s.speaker_id: s for s in b.speakers}
        changed = [
            final[p["speaker_id"]]
            for p in self.positions
            if p["speaker_id"] in final and p.get("position") != final[p["speaker_id"]].position
        ]
        if changed:
            self._print("", "SPEAKER POSITIONS (as finally checked)", "")
            for s in changed:
                self._print(*render.text_position(b, s), "")
        self._print("")
        print(render.text_rest(b), end="", flush=True)

    @staticmethod
    def _print(*lines: str) -> None:
        print("\n".join(lines), flush=True)


class Jsonl(Events):
    """One JSON object per event on stdout; the last is the briefing."""

    def __call__(self, name: str, data: dict[str, Any]) -> None:
        if self.take(name, data):
            print(json.dumps({"event": name, "data": data}, ensure_ascii=False), flush=True)

    def finish(self, b: Briefing) -> None:
        self("briefing", json.loads(b.model_dump_json()))


class Live(Events):
    """A live view in the terminal, redrawn as pieces arrive, replaced by the full briefing at the end."""

    def __init__(self, console: Console) -> None:
        from rich.live import Live as RichLive
        from rich.spinner import Spinner

        super().__init__()
        self.console = console
        self.spinner = Spinner("dots")
        self.live = RichLive(console=console, transient=True, refresh_per_second=8, get_renderable=self._view)
        self.live.start()

    def __call__(self, name: str, data: dict[str, Any]) -> None:
        if self.take(name, data):
            self.live.refresh()

    def _view(self) -> Any:
        """Drawn at every refresh, so the elapsed time runs on between events."""
        from rich.console import Group
        from rich.text import Text

        parts: list[Any] = []
        if self.headline:
            parts += [Text(self.headline, style="bold"), Text()]
        for s in list(self.sentences):
            ids, warn = _ids(s.get("support"))
            parts.append(Text.assemble(f" • {s['text']}", (ids, "dim"), (warn, "yellow")))
        if self.sentences:
            parts.append(Text())
        by_id = {p["speaker_id"]: p for p in list(self.positions)}
        for s in self.speakers:
            head = Text.assemble((s["name"], "bold cyan"), (f"  {s['role']}" if s.get("role") else "", "cyan"))
            p = by_id.get(s["id"])
            if p is None:
                n = len(s.get("quote_ids") or [])
                head.append(f"  {n} quote{'s' if n != 1 else ''}", "dim")
                parts.append(head)
                continue
            parts.append(head)
            if p.get("position"):
                ids, warn = _ids(p.get("support"))
                parts.append(Text.assemble("  ", p["position"], (ids, "dim"), (warn, "yellow")))
            for q in p["quotes"]:
                parts.append(Text.assemble("    ", ("“" + q["text"] + "”", "green"), (f"  {q['id']}", "dim")))
        elapsed = time.perf_counter() - self.started
        self.spinner.update(text=Text(f"{self.stage} · {elapsed:.0f} s", style="dim"))
        return Group(*parts, Text(), self.spinner)

    def finish(self, b: Briefing | None) -> None:
        from summarizer import render

        self.live.stop()
        if b is not None:
            render.to_terminal(b, self.console)
