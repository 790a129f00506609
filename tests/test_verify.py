"""verify.check_text against the seed article: exact, snapped, invented, misattributed and copied quotes."""

from __future__ import annotations

import pytest
from conftest import SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ingest import load
from summarizer.quotes import extract
from summarizer.verify import Source, check_text, leaks, normalise

ART = load(str(SEED), 10**7)
SOURCE = Source(ART.text, extract(ART))


@pytest.mark.parametrize(
    ("text", "speaker", "expected", "kinds"),
    [
        (
            "He used the word 'Russophobia,' in his remarks.",
            None,
            "He used the word “Russophobia”, in his remarks.",
            [],
        ),
        (
            'Colonna said "there is no peace without justice."',
            "P3",
            "Colonna said “There is no peace without justice”.",
            ["snapped_quote"],
        ),
        (
            "Blinken said «we cannot -- we will not -- let President Putin get away with it».",
            None,
            "Blinken said “We cannot -- we will not -- let President Putin get away with it”.",
            ["snapped_quote"],
        ),
        ('Lavrov said "peace is near".', None, "Lavrov said peace is near.", ["unverified_quote"]),
        (  # the quote's own stop gives way to the comma the sentence goes on with: never "”.,"
            "Blinken said: “no nation can redraw the borders of another by force.”, “We cannot let it stand.”",
            None,
            "Blinken said: “no nation can redraw the borders of another by force”, We cannot let it stand.",
            ["unverified_quote"],
        ),
        (
            'Blinken said "There is no peace without justice." Lavrov disagreed.',
            None,
            "Lavrov disagreed.",
            ["misattributed_quote"],
        ),
        ('He said "There is no peace without justice."', "P1", None, ["misattributed_quote"]),
        ("Blinken said it was “fuel to the fire”.", None, "Blinken said it was “fuel to the fire”.", []),
        ("Blinken spoke “  ” at length.", None, "Blinken spoke at length.", []),  # empty marks quote nothing
        ("Putin must not get away with it.", None, "Putin must not get away with it.", []),  # not a quote's words
        ("Crimes of the Kyiv regime.", None, None, ["unattributed_quote"]),  # too short for a run, all quote
        (  # a copied run that starts inside a word ("they've": "ve") is marked from the next whole word
            "Blinken said they’ve gathered here to uphold is being shredded before our eyes.",
            "P1",
            "Blinken said they’ve “gathered here to uphold is being shredded before our eyes”.",
            [],
        ),
    ],
)
def test_check_text(text: str, speaker: str | None, expected: str | None, kinds: list[str]) -> None:
    checked = check_text(text, "f", SOURCE, speaker)
    assert checked.text == expected
    assert [i.kind for i in checked.issues] == kinds
    for q in checked.inline:
        assert ART.text[q.start : q.end] == q.text


def test_inline_quotes_carry_the_source_speaker() -> None:
    checked = check_text('Lavrov spoke of "Russophobia".', "f", SOURCE)
    assert [(q.text, q.speaker_id) for q in checked.inline] == [("Russophobia", "P2")]


def test_full_stops_inside_quotes_do_not_split_sentences() -> None:
    text = 'Blinken said "no nation can redraw the borders of another by force." Colonna agreed.'
    checked = check_text(text, "f", SOURCE)
    assert checked.text == "Blinken said “no nation can redraw the borders of another by force”. Colonna agreed."


def test_a_quote_in_single_marks_goes_on_past_the_apostrophes_inside_its_words() -> None:
    # one sentence, its quote verified whole: "we've" neither closes the quote nor lets its full stop split it
    text = (
        "Blinken said: 'The very international order we've gathered here to uphold is being shredded. Look.' "
        "Lavrov left."
    )
    checked = check_text(text, "f", SOURCE)
    assert checked.text.startswith("Blinken said: “The very international order we've gathered here to uphold")
    assert [i.kind for i in checked.issues if i.kind != "snapped_quote"] == []


def test_an_abbreviation_does_not_end_a_sentence_so_its_quote_stays_with_it() -> None:
    from summarizer.verify import sentences

    text = 'The vote was called by Gov. Ann Pike of the council. Lavrov spoke of "Russophobia".'
    assert sentences(text) == [
        "The vote was called by Gov. Ann Pike of the council. ",
        'Lavrov spoke of "Russophobia".',
    ]


def test_leaks_and_normalise() -> None:
    secret = "You are a news editor writing a neutral briefing of one article for journalists."
    assert leaks("Note: you are a news editor writing a neutral briefing of one article.", secret)
    assert not leaks("A news editor wrote a briefing.", secret)
    norm, offsets = normalise("a  “b”\n\nc")
    assert norm == 'a "b" c' and offsets == [0, 1, 3, 4, 5, 6, 8]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,'\"“”«»‘’\nBlinkenRusophb")), max_size=120))
def test_arbitrary_model_text_never_raises_and_inline_spans_round_trip(text: str) -> None:
    checked = check_text(text, "f", SOURCE)
    for q in checked.inline:
        assert ART.text[q.start : q.end] == q.text


def test_ungrounded_terms_are_names_and_numbers_the_article_never_uses() -> None:
    from summarizer.verify import ungrounded_terms

    text = "Responsibility lies with Moscow. Zelensky spoke in Kiev on February 22, 2022, about “Russophobia 99”."
    assert ungrounded_terms(text, ART.text) == ["Moscow", "Zelensky", "Kiev", "22"]


def test_in_a_title_case_headline_a_common_verb_or_preposition_is_no_name() -> None:
    from summarizer.verify import ungrounded_terms

    headline = "Boy Saved From Pit, Council Warns Against Delays In Kiev"
    assert ungrounded_terms(headline, ART.text) == ["Boy", "Pit", "Delays", "Kiev"]


def test_names_the_source_has_apart_may_be_joined_by_a_hyphen() -> None:
    from summarizer.verify import ungrounded_terms

    text = "The Blinken-Lavrov exchange and a Blinken-Zelensky call."
    assert ungrounded_terms(text, ART.text) == ["Blinken-Zelensky"]


def test_a_common_word_that_starts_a_full_name_is_still_a_name() -> None:
    from summarizer.verify import ungrounded_terms

    assert ungrounded_terms("Bill Putin said so.", ART.text) == ["Bill"]


def test_words_two_people_are_quoted_saying_are_each_ones() -> None:
    from summarizer.article import parse

    text = (
        'Title\n\nThe Harbour Group said: "We back the plan because it works for every family in the town." On '
        'Monday the mayor, Ana Ruiz, said: "We back the plan because it works for every family in the town."'
    )
    article = parse(text)
    source = Source(article.text, extract(article))
    for sentence in (
        "Ana Ruiz said “We back the plan because it works for every family in the town”.",
        "Ana Ruiz said we back the plan because it works for every family in the town.",
    ):
        checked = check_text(sentence, "summary[1]", source)
        assert [i.kind for i in checked.issues] == [], sentence
        [quote] = checked.inline
        assert source.table.speaker(quote.speaker_id).name == "Ana Ruiz"
        assert quote.start > text.index("On Monday")


def test_a_speaker_named_by_a_description_is_mentioned_where_a_sentence_opens_on_it() -> None:
    from summarizer.quotes import Speaker
    from summarizer.verify import mentions

    tenants = Speaker("P2", "tenants", is_person=False)
    assert mentions("Tenants accused the landlords of stoking the issue.", tenants) == [0]
    assert mentions("The landlords said tenants had not paid.", tenants) == [19]
