from __future__ import annotations

import re

import pytest
from conftest import SEED, read_exact

from summarizer.article import article_id, parse, split_sentences


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def assert_offsets(art) -> None:
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
    for s in art.sentences:
        assert art.text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_seed_structure() -> None:
    art = parse(read_exact(SEED), "text", str(SEED))
    assert_offsets(art)
    assert art.title == 'Blinken Confronts Putin Over "Atrocities"'
    assert [p.text[:5] for p in art.caption] == ["FILE:"]
    assert art.body[0].text.startswith("US Secretary of State Antony Blinken")
    # "U.S. Secretary" must not end a sentence.
    assert any(s.text.startswith("The U.S. Secretary of State accused Putin") for s in art.sentences)
    assert art.id == article_id(art.text) and len(art.id) == 16


def test_every_dev_article_round_trips(dev_articles) -> None:
    for path, meta in dev_articles:
        art = parse(read_exact(path), "text", str(path))
        assert_offsets(art)
        assert art.sentences, path.name
        if meta["title"]:
            assert words(art.title) == words(meta["title"]), path.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to Washington. He said no.", ["Mr. Smith went to Washington.", "He said no."]),
        ('"We will win," he said. "Watch us."', ['"We will win," he said.', '"Watch us."']),
        ("George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("The U.S. Army said so at 3 p.m. Friday.", ["The U.S. Army said so at 3 p.m. Friday."]),
        # a photo caption flattened into the text without its full stop
        (
            "The ferry docked on Monday (above) in Hull The 40-metre vessel carries 300 people. Critics say it is "
            "too big But the council approved it.",
            [
                "The ferry docked on Monday (above) in Hull",
                "The 40-metre vessel carries 300 people.",
                "Critics say it is too big",
                "But the council approved it.",
            ],
        ),
        (
            "Ann dances with a singer at a club in Lisbon While Ann likes late nights, her sister does not.",
            ["Ann dances with a singer at a club in Lisbon", "While Ann likes late nights, her sister does not."],
        ),
        # names and titles are not captions: "restaurant The Royal Oak", "a film called It Follows", "Claims He"
        (
            "She dined at the restaurant The Royal Oak and saw a film called It follows nobody. Candidate Denies "
            "Claims He Exaggerated His Record.",
            [
                "She dined at the restaurant The Royal Oak and saw a film called It follows nobody.",
                "Candidate Denies Claims He Exaggerated His Record.",
            ],
        ),
    ],
)
def test_sentence_split(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


def test_a_title_with_a_prefix_does_not_end_a_sentence_nor_does_any_title() -> None:
    from summarizer.article import ended

    text = "In 2009, after the envoy was asked to resign, then-Gov. Ruiz attacked the cabinet. It was loud."
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == [
        "In 2009, after the envoy was asked to resign, then-Gov. Ruiz attacked the cabinet.",
        "It was loud.",
    ]
    assert not ended("In 2009, after the envoy was asked to resign, then-Gov.")
    assert not ended("The award went to Dr.")
    assert ended("She moved to the U.S.") and ended("It was loud.")


def test_a_related_link_headline_glued_before_a_sentence_opening_on_a_date_or_place_is_a_sentence_of_its_own() -> None:
    glued = (
        "Five facts about the old mill towns of the north In 2010, the mayor closed the last mill. Why the town "
        "will not say sorry In her new book, Ann Lee tells the story."
    )
    assert [glued[s:e] for s, e in split_sentences(glued, 0, len(glued))] == [
        "Five facts about the old mill towns of the north",
        "In 2010, the mayor closed the last mill.",
        "Why the town will not say sorry",
        "In her new book, Ann Lee tells the story.",
    ]


def test_windows_line_endings_keep_exact_offsets() -> None:
    text = "Title here\r\n\r\nFirst paragraph. It has two sentences.\r\n\r\nSecond one.\r\n"
    art = parse(text)
    assert_offsets(art)
    assert art.title == "Title here"
    assert [p.text for p in art.body] == ["First paragraph. It has two sentences.", "Second one."]


def test_single_newline_paragraphs() -> None:
    line = "This is a long paragraph line that goes on for quite a while, well past one hundred characters in all."
    art = parse(f"A title\n{line}\n{line}\n")
    assert_offsets(art)
    assert len(art.paragraphs) == 3


def test_markdown_heading_is_title() -> None:
    art = parse("# The Title\n\nBody text here. More.\n\n## Section\n\nMore body.", "markdown")
    assert_offsets(art)
    assert art.title == "The Title"
    assert [p.kind for p in art.paragraphs] == ["title", "body", "heading", "body"]


def test_untitled_single_paragraph() -> None:
    art = parse("Just one paragraph of text. With two sentences.")
    assert art.title == ""
    assert [s.text for s in art.sentences] == ["Just one paragraph of text.", "With two sentences."]


def test_html_main_text_is_extracted() -> None:
    html = """<!doctype html><html><head><title>Council meets | News</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Council meets on Ukraine</h1>
    <p>The Security Council met on Thursday to discuss accountability for abuses in Ukraine.</p>
    <p>"There is no peace without justice," French Foreign Minister Catherine Colonna told reporters.</p>
    </article><footer>Copyright 2022 News Corp. All rights reserved.</footer>
    <script>var tracking = 1;</script></body></html>"""
    art = parse(html, "html")
    assert_offsets(art)
    assert "Council meets on Ukraine" in art.title
    assert "There is no peace without justice" in art.text
    assert "tracking" not in art.text and "Home" not in art.text
