"""Quote and speaker extraction: the seed article, each hard case, and a property test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEED, read_exact
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.article import parse
from summarizer.quotes import extract


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    table = extract(parse(text))
    out = []
    for q in table.quotes:
        sp = table.speaker(q.speaker_id)
        out.append((q.text, sp.name if sp else None))
    return out


def test_seed_article_quotes_and_speakers() -> None:
    text = read_exact(SEED)
    table = extract(parse(text))
    gold = json.loads((REPO / "seeds" / "blinken-putin-un-security-council.json").read_text(encoding="utf-8"))
    assert len(table.quotes) == 10
    for q, g in zip(table.quotes, gold["quotes"], strict=True):
        assert text[q.start : q.end] == q.text
        assert q.text.rstrip(",") == g["text"].rstrip(","), g["id"]
        assert table.speaker(q.speaker_id).name == g["speaker"], g["id"]
    counts = {s.name: len(s.quote_ids) for s in table.speakers}
    assert counts == {"Antony Blinken": 5, "Sergei Lavrov": 3, "Catherine Colonna": 1, "Antonio Guterres": 1}
    # The headline's "Atrocities" is not speech.
    assert all(q.start > len('Blinken Confronts Putin Over "Atrocities"') for q in table.quotes)
    assert [q.terminated for q in table.quotes] == [True] * 9 + [False]
    blinken = next(s for s in table.speakers if s.name == "Antony Blinken")
    assert blinken.role == "US Secretary of State"
    kinds = {q.text: q.kind for q in table.quotes}
    assert kinds["fuel to the fire"] == "partial" and kinds["Russophobia"] == "scare"
    assert kinds["There is no peace without justice"] == "statement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # curly quotes, speaker after
        ("Title\n\n“We will win,” Jane Smith said.", [("We will win", "Jane Smith")]),
        # speaker before, colon
        ('Title\n\nJane Smith said: "We will win."', [("We will win.", "Jane Smith")]),
        # cue before the name, title stripped into the role
        ('Title\n\n"Rates stay," said Finance Minister Karl Berg.', [("Rates stay", "Karl Berg")]),
        # guillemets
        ("Title\n\n«Nous gagnerons», said Marie Curie.", [("Nous gagnerons", "Marie Curie")]),
        # pronoun resolves to the last named person
        (
            'Title\n\nAnna Lee spoke first.\n\n"It is done," she said.',
            [("It is done", "Anna Lee")],
        ),
        # a paragraph that is only a quote belongs to the previous speaker
        (
            'Title\n\n"First part," Tom Baker said.\n\n"Second part, alone in its paragraph."',
            [("First part", "Tom Baker"), ("Second part, alone in its paragraph.", "Tom Baker")],
        ),
        # a quote continued across paragraphs: opened, not closed, reopened
        (
            'Title\n\n"This goes on,\n\n"and on to the end," Ruth Ng said.',
            [("This goes on,", "Ruth Ng"), ("and on to the end", "Ruth Ng")],
        ),
        # doubled apostrophes as quote marks, em dashes inside
        ("Title\n\n''We will not -- ever -- stop,'' Ali Khan said.", [("We will not -- ever -- stop", "Ali Khan")]),
        # "the company" is the organisation last quoted, not a new speaker
        (
            'Title\n\nAcme Foods said sales fell. Profits rose "despite weak demand", the company said.',
            [("despite weak demand", "Acme Foods")],
        ),
        # a relative clause after the appositive; "she" is the named person, not the organisation
        (
            "Title\n\nMaria Lopez, a developer and spokeswoman for the Harbor Builders Coalition, which "
            'represents builders, said prices rose.\n\n"It is hard to sell," she said.',
            [("It is hard to sell", "Maria Lopez")],
        ),
        # a spokesperson for a body is named as the article names them
        (
            'Title\n\nA spokesman for Northfield University said books would be scanned. "It will take years," '
            "he said.",
            [("It will take years", "A spokesman for Northfield University")],
        ),
        # "... and said": the sentence's subject speaks, not the last name before the cue
        (
            "Title\n\nDana Reyes, the former governor, praised a forum run by City Radio and said she was ready: "
            '"Calm and strength."',
            [("Calm and strength.", "Dana Reyes")],
        ),
        # single curly quotes as the main marks, apostrophes inside
        ("Title\n\n‘It’s the players’ day,’ said Gary Locke.", [("It’s the players’ day", "Gary Locke")]),
        # straight single quotes as the main marks in copy with no double quotes; a plural possessive inside,
        # a closing quote after a plural before "at"
        (
            "Title\n\nFarm minister Ana Ruiz spoke on Monday. She called the plan 'a crisis of prices' at the "
            "market. 'We won't wait for the farmers' union,' she said.",
            [("a crisis of prices", "Ana Ruiz"), ("We won't wait for the farmers' union", "Ana Ruiz")],
        ),
        # a name in Title Case given to something is not words said, though the sentence has a cue
        (
            "Title\n\nAccording to its website, the family plays in a band called 'Harbour Nights Now' and on a "
            "record titled 'Salt'. 'We will return,' said Ana Ruiz.",
            [("We will return", "Ana Ruiz")],
        ),
        # a short quote closing after a plural before a noun, where a possessive would leave it open past the
        # end of the sentence
        (
            "Title\n\nFarm minister Ana Ruiz spoke on Monday. She called them the 'end of days' group. The group "
            "left the market. 'We will return,' she said.",
            [("end of days", "Ana Ruiz"), ("We will return", "Ana Ruiz")],
        ),
        # a closing quote after a plural before a word no possessive takes ("about", "it")
        (
            "Title\n\nFarm minister Ana Ruiz spoke on Monday. She has read 'dossiers' about the farms and "
            "'weekly reports' it sent. 'We will act,' she said.",
            [("dossiers", "Ana Ruiz"), ("weekly reports", "Ana Ruiz"), ("We will act", "Ana Ruiz")],
        ),
        # page furniture glued to a name and parsed as the subject: the person named in it speaks
        (
            "Title\n\nThe plan was approved on Monday. Scroll down for video Maria Lopez, pictured in Leeds this "
            "week, has warned that 'prices will rise' for every family.",
            [("prices will rise", "Maria Lopez")],
        ),
        # nicknames inside or before a name are not quotes
        (
            'Title\n\nSinger "Big Sky" Rosa Lund and her husband Tom "Tiny" Lund left the band. "We are done," '
            "Rosa Lund said.",
            [("We are done", "Rosa Lund")],
        ),
        # a nickname before a surname the article names again is not a quote, though a verb follows
        (
            'Tribute\n\nThe paper once dubbed him the "king of jingles," and years later, "Big Jim" Fallon called '
            'him his hero. "He taught me everything," Fallon wrote on Sunday.',
            [("king of jingles", "The paper"), ("He taught me everything", "Fallon")],
        ),
        # a nickname between a first name and a surname the article never names again is not a quote either,
        # though a speech verb follows; the speaker's name is the whole of it, whichever piece the recogniser saw
        (
            "Title\n\nHer eldest son, Daniel 'Bricks' Moran, has accused the landlord of neglect. 'The roof "
            "leaked for a year,' he said. His uncle Tom 'Uncle Dee' Walsh revealed the rent was a 'scandal'.",
            [
                ("The roof leaked for a year", "Daniel 'Bricks' Moran"),
                ("scandal", "Tom 'Uncle Dee' Walsh"),
            ],
        ),
        # a handle given in quotation marks is no one's words, whatever its case; the one it names speaks,
        # though the parse makes the handle the subject of the cue
        (
            "Title\n\nThe photo was shared with her 4,000 followers, which included a rude reader known as "
            "'rainman' who was quick to judge and accused Marta of being a 'fraud.' Then he left.",
            [("fraud.", "a rude reader")],
        ),
        # a report relays the words of the one it says spoke: the outlet after the quote does not take them
        (
            "Title\n\nSoon after, Tom Hale responded to the critics that they 'should check the figures before they "
            "talk about my team like that', reports the Daily Courier.",
            [("should check the figures before they talk about my team like that", "Tom Hale")],
        ),
        # so does a document, of the words of the one it says spoke; not of words only set beside a cue of theirs
        (
            "Title\n\nIn an interview with detectives, Dale Pruitt said he was 'teaching them a lesson' about what "
            "he called 'cars nobody asked for,' the affidavit says.",
            [("teaching them a lesson", "Dale Pruitt"), ("cars nobody asked for", "Dale Pruitt")],
        ),
        # words in title case are someone's where a tag right after them credits them, though the sentence
        # splitter cut the tag off at a stop inside the quote
        (
            "Title\n\nThe reaction was swift. 'Unsubscribed. Again,' posted one reader on Facebook.",
            [("Unsubscribed. Again", "one reader")],
        ),
        # the title of a work is no one's words, however long, though a speech verb is in its sentence
        (
            "Title\n\nThe film is based on the book 'High Water: Farms, Floods, and the Long Fight for the Valley' "
            "by Ana Ruiz, who said on Monday that she 'loved every minute' of it.",
            [("loved every minute", "Ana Ruiz")],
        ),
        # a description used twice with no name beside it is the person named before, not a new speaker
        (
            "Title\n\nGordon Hale has warned that the council wants to raise rents. The former minister said the "
            'plan was unfair.\n\nHe spoke in Leeds on Monday. "I do not want the bitterness," he said.\n\n'
            '"We can do better than this." The former minister said that rents had doubled.',
            [("I do not want the bitterness", "Gordon Hale"), ("We can do better than this.", "Gordon Hale")],
        ),
        # "X said:" introduces the quote after it: the one before, standing alone, is not X's
        (
            'Title\n\nTom Lee spoke at the hall. "We will build it," he said. "And we will pay for it." '
            'The mayor, Jane Roe, said: "They will not."',
            [("We will build it", "Tom Lee"), ("And we will pay for it.", "Tom Lee"), ("They will not.", "Jane Roe")],
        ),
    ],
)
def test_hard_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers_of(text) == expected


def test_aliases_merge_into_one_speaker() -> None:
    text = (
        "Talks\n\n"
        'US Secretary of State Antony Blinken said "we are ready." '
        '"We mean it," Blinken added.\n\n'
        'The top US diplomat said the talks were "serious."'
    )
    table = extract(parse(text))
    assert len(table.speakers) == 1
    speaker = table.speakers[0]
    assert speaker.name == "Antony Blinken" and speaker.role == "US Secretary of State"
    assert "Blinken" in speaker.aliases and len(speaker.quote_ids) == 3


def test_straight_single_quotes_are_apostrophes_where_the_article_has_double_quotes() -> None:
    text = "Title\n\n\"It's fine,\" Bo Lin said of the '90s, 'when rents were low' and the farmers' market ran."
    assert speakers_of(text) == [("It's fine", "Bo Lin")]


def test_an_apostrophe_for_a_years_first_digits_opens_no_quote_in_single_quoted_copy() -> None:
    text = (
        "Title\n\nFirst test: Kingston, Feb 24, '90 Last test: The Oval, Sep 4, '03 Stats. Ana Holt said: "
        "'I would take it.' She said the wards were '90% full' in the ’60s."
    )
    found = speakers_of(text)
    assert [q for q, _ in found] == ["I would take it.", "90% full"] and found[0][1] == "Ana Holt"


def test_headline_and_caption_quotes_are_not_speech() -> None:
    text = 'Leader Slams "Lies"\n\nFILE: A "historic" day.\n\nThe vote passed on Monday.'
    assert extract(parse(text)).quotes == []


def test_unterminated_quote_at_the_end_is_flagged() -> None:
    text = 'Title\n\nMaria Ruiz said the report found "a pattern of abuse across the region'
    [q] = extract(parse(text)).quotes
    assert not q.terminated and q.text == "a pattern of abuse across the region"


def test_a_quote_left_open_before_another_one_ends_with_its_own_sentence() -> None:
    # the copy lost the closing mark after the title; the next quote opens two sentences later
    text = (
        'Title\n\nHe mocked the trade in "Cheap Sale Days, which ran for a year. In 1961 Ng opened a shop. '
        'His slogan, he said, was "nothing is ever free," and he kept it.'
    )
    table = extract(parse(text))
    assert [(q.text, q.terminated) for q in table.quotes] == [
        ("Cheap Sale Days, which ran for a year.", False),
        ("nothing is ever free", True),
    ]


def test_a_single_quote_left_open_before_a_new_one_after_a_cue_ends_with_its_own_sentence() -> None:
    # copy in single marks that lost a closing mark: "He added: '" opens a new quote, while "I said, '" inside
    # a quote is a quote in the quote
    text = (
        "Title\n\nHis lawyer, Tom Baker, told the court: 'He has changed. He has a job now. He added: 'He has "
        "not been in trouble since he was 16.' Baker said the trial had been hard. Ann Lee recalled the night: "
        "'It was late. I said, 'Do you know what time it is?'"
    )
    table = extract(parse(text))
    assert [(q.text, table.speaker(q.speaker_id).name) for q in table.quotes] == [
        ("He has changed.", "Tom Baker"),
        ("He has not been in trouble since he was 16.", "Tom Baker"),
        ("It was late. I said, 'Do you know what time it is?", "Ann Lee"),
    ]


def test_a_quote_the_source_goes_on_with_is_continued_not_unclosed() -> None:
    # reopened in the next paragraph, and reopened after a full stop where the copy lost its paragraph breaks
    text = (
        'Title\n\n"The fund is empty.\n\n"We will ask the council again," Ruth Ng said.\n\n'
        'Later Ng added: "The vote is on Monday'
    )
    table = extract(parse(text))
    assert [(q.text, q.terminated, q.continued) for q in table.quotes] == [
        ("The fund is empty.", False, True),
        ("We will ask the council again", True, False),
        ("The vote is on Monday", False, False),
    ]
    text = "Title\n\nTom Baker said: 'We tried twice. 'It did not work.' He left.\n\n'No,' Ng said."
    table = extract(parse(text))
    assert [(q.text, q.terminated, q.continued) for q in table.quotes] == [
        ("We tried twice.", False, True),
        ("It did not work.", True, False),
        ("No", True, False),
    ]


def test_a_continued_quote_is_shown_as_going_on_not_as_unclosed() -> None:
    from summarizer.briefing import ShownQuote
    from summarizer.render import _quote

    piece = ShownQuote(id="Q1", text="We tried twice.", start=0, end=15, kind="statement", terminated=False)
    assert _quote(piece).endswith("[no closing quotation mark in the source]")
    piece.continued = True
    assert _quote(piece).endswith("[the quote goes on in the source]")


def test_markup_attributes_are_not_quotes() -> None:
    text = 'Title\n\n"Real quote," Lee Park said.\n\n<tweet pic="pic.twitter.com/abc" id="123">'
    assert [q.text for q in extract(parse(text)).quotes] == ["Real quote"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aA .,:\n\"“”‘’'«»„-Zsaidhe")), min_size=1, max_size=300))
def test_arbitrary_text_never_raises_and_spans_round_trip(text: str) -> None:
    if not text.strip():
        return
    art = parse(text)
    table = extract(art)
    ids = {s.id for s in table.speakers}
    for q in table.quotes:
        assert art.text[q.start : q.end] == q.text
        assert q.speaker_id is None or q.speaker_id in ids


def _bench(name: str, folder, pattern: str) -> dict:
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from quotes import evaluate, load

    if not folder.is_dir():
        pytest.skip(f"{name} articles not found at {folder}; set SUMMARIZER_{name.upper()}_DATA")
    return evaluate(name, load(folder, pattern, None), errors=False)


def test_dev_set_quality_floor() -> None:
    """Guards the benchmark figures (bench/quotes.py prints them): span F1 and speaker accuracy on dev."""
    from conftest import dev_data_dir

    r = _bench("dev", dev_data_dir(), "D*.json")
    assert r["overlap"][2] >= 0.97
    ok, n = r["speaker"]
    assert ok / n >= 0.87
    m, p, g = r["statements"]["all"][:3]
    assert m / p >= 0.70 and m / g >= 0.45


def test_the_bench_reads_a_possessive_pronoun_in_a_gold_description_as_no_word_of_the_name() -> None:
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from quotes import names_match

    assert names_match(["Pierre de Vos's friends"], False, "his friends")
    assert not names_match(["Pierre de Vos's lawyers"], False, "his friends")


def test_train_set_quality_floor() -> None:
    """The 150 tuning articles (automatic speaker names): speaker accuracy on matched quotes."""
    import os

    folder = REPO.parent / "shared" / "data" / "train"
    r = _bench("train", Path(os.environ.get("SUMMARIZER_TRAIN_DATA", folder)), "T*.json")
    ok, n = r["speaker"]
    assert ok / n >= 0.83


def test_quotes_command_on_a_file_and_a_stored_article(cli) -> None:
    code, out, err = cli("quotes", str(SEED))
    assert code == 0
    assert "Q7  Sergei Lavrov  accused" in out and "“Russophobia”" in out
    assert "10 quotes, 4 speakers" in err
    cli("ingest", str(SEED))
    record = json.loads(cli("articles", "list", "--format", "json")[1])[0]
    code, out, _ = cli("quotes", record["id"][:6], "--format", "json")
    doc = json.loads(out)
    assert doc["article_id"] == record["id"] and len(doc["quotes"]) == 10
    text = read_exact(SEED)
    for q in doc["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_the_quote_table_loads_spacy_without_its_command_line() -> None:
    """`summarizer quotes` cold: spaCy's command line (weasel, requests) is a third of its import and unused."""
    code = (
        "import sys\n"
        "from summarizer.article import parse\n"
        "from summarizer.quotes import extract\n"
        f"table = extract(parse(open({str(SEED)!r}, encoding='utf-8').read()))\n"
        "print('QUOTES', len(table.quotes))\n"
        "print('CLI', sorted(m for m in ('spacy.cli', 'weasel', 'requests') if m in sys.modules))\n"
        "import spacy, spacy.cli\n"
        "print('REAL', hasattr(spacy.cli, 'download'), sorted(spacy.info(silent=True))[:1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "QUOTES 10" in out and "CLI []" in out
    assert "REAL True ['location']" in out  # spacy.info() and `import spacy.cli` still give the real ones


def test_a_quote_opened_with_a_single_mark_and_closed_with_a_stray_double_one_ends_there() -> None:
    text = (
        "Harbour Row\n\n"
        "The skipper, Jon Dahl, was angry about the music at the dawn service. ‘I have never seen the harbour "
        'so full of noise at dawn," he told the radio station. Others took to social media to complain. The '
        "harbour master, Ines Holm, said the port was 'deeply sorry' for the 'unacceptable' noise. 'We have "
        "closed the bar early for the rest of the week,' Holm said. 'It will not happen again.'\n"
    )
    table = extract(parse(text))
    said = [(q.text, table.speaker(q.speaker_id).name) for q in table.quotes]
    assert said == [
        ("I have never seen the harbour so full of noise at dawn", "Jon Dahl"),
        ("deeply sorry", "Ines Holm"),
        ("unacceptable", "Ines Holm"),
        ("We have closed the bar early for the rest of the week", "Ines Holm"),
        ("It will not happen again.", "Ines Holm"),
    ]
    assert all(q.terminated for q in table.quotes)


def test_each_quote_keeps_the_words_that_name_its_speaker_and_the_table_shows_a_description(cli, tmp_path) -> None:
    text = (
        "Harbour Vote\n\nMayor Ines Holm opened the harbour debate on Monday. Later, the two-term mayor told "
        'the council, "The quay will be rebuilt." "We have waited long enough," said Jon Dahl, a fisherman. '
        '"It is a start," he added.\n'
    )
    table = extract(parse(text))
    named = [(q.text, text[q.speaker_mention[0] : q.speaker_mention[1]]) for q in table.quotes]
    assert named == [
        ("The quay will be rebuilt.", "the two-term mayor"),
        ("We have waited long enough", "Jon Dahl"),
        ("It is a start", "he"),
    ]
    article = tmp_path / "vote.txt"
    article.write_text(text, encoding="utf-8")
    code, out, _ = cli("quotes", str(article))
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("Q")]
    assert "Ines Holm (as “the two-term mayor”)  told" in lines[0]
    assert "(as" not in lines[1] + lines[2]  # a name and a pronoun are shown as the speaker's name alone


def test_a_quote_that_runs_on_from_an_open_one_keeps_its_speaker_past_a_later_cue() -> None:
    # the first quote is left open and a new mark after its full stop goes on with it (a lost paragraph break):
    # the next sentence's "Jon Dahl said ..." has words of its own and does not take the run-on quote
    text = (
        "Harbour Rally\n\nThe harbour rally drew a large crowd. Ana Ruiz said: 'Apparently we are the ones who "
        "waste money. Really? Have you seen the new ferry terminal? 'Just a little bit of waste going on there, I "
        "think.' Long-time supporter Jon Dahl said the party would offer a 'fair deal for everyone'.\n"
    )
    table = extract(parse(text))
    said = [(q.text[:20], table.speaker(q.speaker_id).name, q.cue) for q in table.quotes]
    assert said == [
        ("Apparently we are th", "Ana Ruiz", "said"),
        ("Just a little bit of", "Ana Ruiz", None),
        ("fair deal for everyo", "Jon Dahl", "said"),
    ]


def test_a_quote_without_a_cue_is_not_the_last_quoted_speakers_once_someone_else_has_spoken() -> None:
    text = (
        'Harbour Trial\n\n"He was there," the defence lawyer Ana Ruiz conceded as the trial opened. The jury heard '
        "from 40 witnesses. After the verdict, the legal analyst Jon Dahl said Ruiz now faces a hard task. "
        '"Because, first, the evidence is strong and the jury has seen all of it."\n'
    )
    table = extract(parse(text))
    assert [table.speaker(q.speaker_id).name for q in table.quotes] == ["Ana Ruiz", "Jon Dahl"]


def test_the_court_that_heard_words_quoted_does_not_say_them() -> None:
    text = (
        "Court Report\n\nThe man was sentenced at Airdrie Sheriff Court. The court heard Lee 'charged towards' two "
        "officers after a fight.\n"
    )
    assert speakers_of(text) == [("charged towards", None)]


def test_a_thing_that_is_not_said_to_speak_is_never_guessed_to_be_someone_in_the_story() -> None:
    # "The hall ... was 'furious'": a hall is nobody; "the senator ... was 'furious'" may be the senator named before
    text = (
        'Harbour Vote\n\nSenator Ana Ruiz voted against the harbour plan on Monday. The hall was in a "furious" '
        'mood after the vote. Later the senator was "deeply disappointed" by the result.\n'
    )
    table = extract(parse(text))
    said = [(q.text, table.speaker(q.speaker_id).name if q.speaker_id else None) for q in table.quotes]
    assert said == [("furious", None), ("deeply disappointed", "Ana Ruiz")]


def test_a_caption_glued_into_a_quote_that_tells_what_its_speaker_did_is_not_their_words() -> None:
    text = (
        "Coach Praises Rival\n\n"
        "Speaking on Friday, Maria Lopez said: 'What more can I say about the Rovers? Maria Lopez has praised the "
        "Rovers ahead of the derby The Harbour FC manager watches training on Thursday 'They are a fine side and I "
        "respect them. 'We will need our best game on Sunday.\n\n"
        "'Maria Lopez never gives up, and nor do we,' said her captain, Tom Reilly. 'Maria Lopez will not rest.'\n"
    )
    assert speakers_of(text) == [
        ("What more can I say about the Rovers?", "Maria Lopez"),
        ("They are a fine side and I respect them.", "Maria Lopez"),
        ("We will need our best game on Sunday.", "Maria Lopez"),
        ("Maria Lopez never gives up, and nor do we", "Tom Reilly"),
        ("Maria Lopez will not rest.", "Tom Reilly"),
    ]


def test_a_pronoun_that_adds_to_the_quote_just_before_is_that_quotes_speaker() -> None:
    text = (
        "Lopez Welcomes Back Striker\n\n"
        "Harbour FC manager Maria Lopez spoke to reporters on Friday. 'We are ready,' Lopez said. The 41-year-old "
        "also revealed she has a fully fit squad to choose from on Sunday, with striker Ana Ortiz set to return "
        "after injury. 'I am lucky to have everyone back. Ortiz is fine.' 'Ortiz had a great season and she will "
        "be important again,' she added.\n"
    )
    assert speakers_of(text) == [
        ("We are ready", "Maria Lopez"),
        ("I am lucky to have everyone back. Ortiz is fine.", "Maria Lopez"),
        ("Ortiz had a great season and she will be important again", "Maria Lopez"),
    ]


def test_a_figure_in_quotation_marks_is_not_words_said() -> None:
    text = (
        "Runner Finishes Seventh\n\n"
        "After the race, Maria Lopez walked to the stand marked with a big number '7', where her coach was "
        "waiting. 'I gave it everything,' Lopez said.\n"
    )
    assert speakers_of(text) == [("I gave it everything", "Maria Lopez")]


def test_a_quote_run_into_a_caption_goes_to_the_tag_right_after_it() -> None:
    text = (
        "Clinic Opens\n\nThe clinic opened on Monday. Her own biggest fan: Owner Mia Dorn, pictured, says she gets "
        "her company's signature skin treatment two to three times a week 'If I hadn’t had [my sister’s] advice "
        "beforehand, I may have backed out [when I saw the form],' said beauty blogger Ruth Okafor. The clinic "
        "plans a second site.\n"
    )
    assert speakers_of(text) == [
        ("If I hadn’t had [my sister’s] advice beforehand, I may have backed out [when I saw the form]", "Ruth Okafor")
    ]


def test_a_cue_in_a_clause_of_contrast_says_the_clause_the_parse_hung_it_on() -> None:
    # parsed with "the fee was 'fair'" as what Jo Hale said and "insisted" hung on it
    text = "Parking Fees\n\nAlthough the firm insisted the fee was 'fair', Jo Hale said drivers were angry.\n"
    table = extract(parse(text))
    assert speakers_of(text) == [("fair", "the firm")]
    said = {(table.speaker(a.speaker_id).name, a.content(text).rstrip("'")) for a in table.attributions if not a.direct}
    assert said == {("the firm", "the fee was 'fair"), ("Jo Hale", "drivers were angry")}


def test_a_single_mark_after_a_nested_double_quote_and_before_a_comma_closes_the_quote() -> None:
    text = (
        "Harbour Guards\n\nThe port's operator said the staff must show 'respect' and 'care'. A former guard said "
        "the team 'often spoke of the sailors as \"the problem\"', the Harbour Times reported. Ann Vos told the "
        "paper: 'We will look into it.' 'It is a shame,' said Bo Lin.\n"
    )
    assert speakers_of(text)[2:] == [
        ('often spoke of the sailors as "the problem"', "A former guard"),
        ("the problem", "A former guard"),
        ("We will look into it.", "Ann Vos"),
        ("It is a shame", "Bo Lin"),
    ]


def test_a_quote_inside_another_with_no_cue_of_its_own_inside_it_is_the_outer_quotes_speakers() -> None:
    # parsed with "as" opening a clause of "reported": the paper's cue, outside the outer quote
    text = (
        "Harbour Guards\n\nThe port's operator said the staff must show 'respect' and 'care'. A former staffer at "
        "harbour subcontractor Vos Security said the guards – seven of whom are former Navy personnel - 'frequently "
        'referred to asylum seekers in their care as "the enemy"\', The Harbour Times reported. Ann Vos told the '
        "paper: 'We will look into it.' 'It is a shame,' said Bo Lin.\n"
    )
    staffer = "A former staffer at harbour subcontractor Vos Security"
    assert speakers_of(text)[2:4] == [
        ('frequently referred to asylum seekers in their care as "the enemy"', staffer),
        ("the enemy", staffer),
    ]


def test_a_short_quote_ending_in_s_closes_before_another_quote_opens() -> None:
    text = (
        "Ward Review\n\nThe review found a 'them and us' culture between nurses and doctors and a drive for speed "
        "'at all costs' by a few managers. 'We accept it,' said Ann Vos. 'We will change,' said Bo Lin.\n"
    )
    assert [q for q, _ in speakers_of(text)] == ["them and us", "at all costs", "We accept it", "We will change"]


def test_a_past_participle_read_as_a_past_tense_after_a_noun_names_no_speaker() -> None:
    # "demanded" is tagged as a past tense hung on "power", the noun before it is what is demanded
    text = (
        'Press Freedom\n\nIt\'s the "power of the press" without the objectivity or accountability demanded of the '
        "actual press.\n"
    )
    table = extract(parse(text))
    assert speakers_of(text) == [("power of the press", None)]
    assert not [a for a in table.attributions if not a.direct]


def test_quotes_listed_with_and_share_their_speaker() -> None:
    # parsed with the second quote as a clause of "refused"
    text = (
        "Boy Taunted\n\nBut when strangers shouted out abuse such as 'chocolate face' and 'you're coloured' because "
        "of his unusual appearance, he refused to wear it any more. 'It was awful,' his mother said. 'We tried,' "
        "she said.\n"
    )
    assert speakers_of(text)[:2] == [("chocolate face", "strangers"), ("you're coloured", "strangers")]


_PRISONER = (
    "Prisoner Jailed\n\nDetective Ann Vos said: 'He kept calling her. 'His Facebook post two days later, boasting "
    "that he sent his 'soldiers' to the house, showed he was behind the break-in. Tom Berg was held at HMP Leeds "
    "(pictured) when he began calling the woman 'This is a highly unusual case. 'We urge anyone he contacts to "
    "call us.'\n"
)


def test_a_short_quote_inside_a_single_quoted_one_does_not_close_it() -> None:
    quotes = [q for q, _ in speakers_of(_PRISONER)]
    assert (
        "His Facebook post two days later, boasting that he sent his 'soldiers' to the house, showed he was "
        in (quotes[1])
    )


def test_a_photo_caption_glued_into_a_quote_is_cut_out_of_it() -> None:
    quotes = speakers_of(_PRISONER)
    assert quotes[1] == (
        "His Facebook post two days later, boasting that he sent his 'soldiers' to the house, showed he was behind "
        "the break-in.",
        "Ann Vos",
    )
    assert quotes[2] == ("This is a highly unusual case.", "Ann Vos")


def test_a_caption_that_runs_with_no_stop_into_the_next_part_of_a_quote_is_cut_out_of_it() -> None:
    text = (
        "Coach Refunds\n\nThe club wrote to the fans. The letter reads: 'The coaches were meant to get you there "
        "on time. Ann Vos celebrates with the home fans during their win against the visitors 'We accept that the "
        "coaches should have left earlier. 'We apologise, and we stay out of the 'Bernie or Bust' camp.'\n"
    )
    assert speakers_of(text) == [
        ("The coaches were meant to get you there on time.", "The letter"),
        ("We accept that the coaches should have left earlier.", "The letter"),
        ("We apologise, and we stay out of the 'Bernie or Bust' camp.", "The letter"),
    ]


def test_a_file_photo_caption_glued_into_a_quote_is_cut_out_of_it() -> None:
    text = (
        "Index Out\n\nIndex chief Ann Vos said: 'The UK is middle of the road. Living standards are driven down "
        "by poor health (file picture) 'The UK is let down by its score on health.'\n"
    )
    assert speakers_of(text) == [
        ("The UK is middle of the road.", "Ann Vos"),
        ("The UK is let down by its score on health.", "Ann Vos"),
    ]


def test_an_apostrophe_s_after_a_full_stop_is_a_possessive_not_a_quote() -> None:
    text = (
        "Iron Man\n\nThe captain posted a photo dressed as Robert Downey Jr.'s character Iron Man. He wrote: "
        "'The movie is out so I released my inner Iron Man.'\n"
    )
    assert [q for q, _ in speakers_of(text)] == ["The movie is out so I released my inner Iron Man."]


def test_a_quote_run_on_from_a_photo_caption_goes_on_from_the_quote_before() -> None:
    text = (
        "Derby Day\n\nCoach Ann Vos was furious. 'I said no side of mine would stop working. I was wrong,' she "
        "said. Tom Berg and Jan Hale do battle on the pitch as the visitors snatch victory 'The performance hurts "
        "more than the result. We were second best.'\n"
    )
    assert speakers_of(text)[-1] == ("The performance hurts more than the result. We were second best.", "Ann Vos")


def test_quoted_words_joined_by_a_hyphen_to_the_next_word_are_the_writers_and_nobodys_quote() -> None:
    text = (
        'Deep Sea\n\nThey may not be "Loch Ness"-type monsters, but the trench holds giant squid, a harbour '
        'biologist says. "We see them every week," biologist Ann Vos said.\n'
    )
    table = extract(parse(text))
    assert speakers_of(text) == [("Loch Ness", None), ("We see them every week", "Ann Vos")]
    assert table.quotes[0].kind == "scare"


def test_quoted_words_in_the_subject_of_a_verb_not_of_saying_are_the_writers_label_for_it() -> None:
    text = (
        "Fees Row\n\nThe council dropped the harbour fees on Monday. Its decision set off a bitter row as the "
        "authors of the 'fee grab' turned on each other. 'We were misled,' Ann Vos said. The phrase 'fair share' "
        "was used twice, by Ms. Vos.\n"
    )
    assert speakers_of(text) == [
        ("fee grab", None),
        ("We were misled", "Ann Vos"),
        ("fair share", "Ann Vos"),
    ]


def test_an_opening_mark_glued_to_the_word_before_it_closes_the_quote() -> None:
    text = (
        "Harbour Pipes\n\n"
        "The council asked the agency for an “urgent review“ of the harbour pipes and said the port should set up "
        "a “water testing team” at once, Ann Vos said.\n"
    )
    table = extract(parse(text))
    assert [q.text for q in table.quotes] == ["urgent review", "water testing team"]


def test_a_scare_quote_in_the_writers_sentence_does_not_go_on_from_the_quote_before() -> None:
    text = (
        "Port\n\n'We will fight on,' Ann Holt said. The old quay, where the ferries dock, would by then have been "
        "'useless' for years."
    )
    assert speakers_of(text) == [("We will fight on", "Ann Holt"), ("useless", None)]


def test_the_title_of_a_work_someone_made_is_no_quote() -> None:
    text = (
        'Obituary\n\nThe singer Lionel Richie, who co-wrote "We Are the World," which Mr. Jones produced in 1985, '
        'called him "the master." Mr. Jones also produced "Off the Wall" and "Bad."\n'
    )
    table = extract(parse(text))
    assert [q.text for q in table.quotes] == ["the master."]


def test_the_title_of_a_work_someone_directed_or_starred_in_with_another_is_no_quote() -> None:
    text = (
        'Obituary\n\nFrancis Ford Coppola, who directed him in "The Conversation," called him "a great artist." '
        'Clint Eastwood, who directed and starred with him in "Unforgiven," said there had been "no finer actor."\n'
    )
    table = extract(parse(text))
    assert [q.text for q in table.quotes] == ["a great artist.", "no finer actor."]


def test_the_title_of_a_work_someone_had_a_part_in_is_no_quote() -> None:
    text = (
        'Obituary\n\nThe director Ron Howard, who cast him in "The Bodyguard" as a record executive, once called him '
        '"the most generous actor I ever worked with".\n\nBen Stiller, his co-star in "Night at the Museum", paid '
        'tribute on Instagram, describing him as "a true gentleman".\n'
    )
    table = extract(parse(text))
    assert [q.text for q in table.quotes] == ["the most generous actor I ever worked with", "a true gentleman"]
