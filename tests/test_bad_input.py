"""Every bad input is refused with one clear line and a non-zero exit; odd but valid input is accepted."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import SEED


def one_line_error(code: int, err: str) -> str:
    assert code != 0
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    errors = [line for line in lines if line.startswith(("error:", "skipped "))]
    assert len(errors) == 1, err
    return errors[0]


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\r\n   \n", "only whitespace"),
        ("image.txt", bytes(range(256)) * 8, "binary"),
        ("noise.txt", b"\x81\x8d\x8f\x90\x9d" * 50, "cannot decode"),
    ],
)
def test_unreadable_file_is_refused(cli, tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = cli("ingest", str(path))
    line = one_line_error(code, err)
    assert needle in line and name in line
    code, out, _ = cli("articles", "list", "--format", "json")
    assert out.strip() == "[]"


def test_file_over_the_size_limit(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_ARTICLE_MB", "0.001")
    path = tmp_path / "big.txt"
    path.write_text("Word. " * 400)
    line = one_line_error(*cli("ingest", str(path))[::2])
    assert "over the 0.001 MB limit" in line and "SUMMARIZER_MAX_ARTICLE_MB" in line


def test_missing_path(cli, tmp_path: Path) -> None:
    line = one_line_error(*cli("ingest", str(tmp_path / "nope.txt"))[::2])
    assert line == f"error: no such file or directory: {tmp_path / 'nope.txt'}"


def test_folder_without_articles(cli, tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    line = one_line_error(*cli("ingest", str(tmp_path))[::2])
    assert "holds no articles" in line and ".txt, .md or .html" in line


def test_bad_setting_is_one_line(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CHUNK_CHARS", "ten")
    line = one_line_error(*cli("ingest", str(SEED))[::2])
    assert "chunk_chars" in line


def test_batch_skips_bad_articles_and_stores_the_rest(cli, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha title\n\nThe first article has a body. It is short.")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.md").write_text("# Gamma\n\nThe third article. Also short.")
    code, out, err = cli("ingest", str(folder))
    assert code == 1
    assert "skipped" in err and "b.txt" in err and "Traceback" not in err
    code, out, _ = cli("articles", "list")
    assert "Alpha title" in out and "Gamma" in out


def test_latin1_and_utf16_are_decoded_with_exact_offsets(cli, tmp_path: Path) -> None:
    from summarizer.ingest import load

    text = 'Café talks\n\n"Ça ira," said the mayor of Zürich. The naïve plan failed.\n'
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    for path in (latin, utf16):
        art = load(str(path), 10**6)
        assert art.text == text
        assert art.title == "Café talks"
        for s in art.sentences:
            assert art.text[s.start : s.end] == s.text
        assert any("Zürich" in s.text for s in art.sentences)
    code, out, err = cli("ingest", str(latin), str(utf16))
    assert code == 0, err
    assert "stored" in out and "unchanged" in out  # same text, whatever the encoding


def test_windows_line_endings_and_html_are_accepted(cli, tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"Storm hits coast\r\n\r\nA storm hit the coast on Monday.\r\n\r\nResidents left.\r\n")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Markets rally</title></head><body><nav>Home | About</nav><article>"
        "<h1>Markets rally</h1><p>Stocks rose sharply on Friday after the central bank held rates.</p>"
        '<p>"It was a relief," one trader said.</p></article></body></html>'
    )
    code, out, err = cli("ingest", str(crlf), str(page))
    assert code == 0, err
    assert "Storm hits coast" in out and "Markets rally" in out
