"""Who does what in a position: not the speaker, where the speaker's own words have another do it."""

from __future__ import annotations

from summarizer.article import parse
from summarizer.doers import other_doer
from summarizer.quotes import extract

TEXT = (
    "Farm Bill\n\nWhite House press secretary Lena Ortiz told reporters the president had not taken a position "
    'but was "watching closely." Senator Ruth Calloway said she would vote for the bill. "I will vote for it '
    'and I will campaign for it," she said.\n'
)


def _words(name: str):
    article = parse(TEXT)
    table = extract(article)
    speaker = next(s for s in table.speakers if s.name == name)
    quotes = [q.text for q in table.quotes if q.speaker_id == speaker.id]
    said = [a.content(article.text) for a in table.attributions if not a.direct and a.speaker_id == speaker.id]
    return speaker, quotes + said


def test_the_speaker_doing_what_their_words_say_another_does_is_named() -> None:
    ortiz, words = _words("Lena Ortiz")
    assert other_doer("Lena Ortiz says she is watching closely.", ortiz, words) == "the president"
    assert other_doer("Ortiz said that she had not taken a position.", ortiz, words) == "the president"


def test_a_position_true_to_who_does_what_is_not_flagged() -> None:
    ortiz, words = _words("Lena Ortiz")
    assert other_doer("Lena Ortiz says the president is watching closely.", ortiz, words) is None
    calloway, words = _words("Ruth Calloway")
    assert other_doer("Ruth Calloway says she will vote for the bill and campaign for it.", calloway, words) is None
    assert other_doer("Ruth Calloway says she is sure of the bill.", calloway, words) is None  # a state: not weighed
