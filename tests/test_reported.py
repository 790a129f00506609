"""A speaker left without a position gets the article's own report of what they said, where one reads as a
claim of its own; the rest stay without one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import reported
from summarizer.article import parse
from summarizer.brief import brief
from summarizer.config import load_settings
from summarizer.ingest import open_article
from summarizer.quotes import extract
from summarizer.render import to_markdown, to_text
from summarizer.store import Store

HARBOUR = (
    "\n\n".join(
        [
            "Harbour Fees",
            "The harbour board voted on Tuesday to raise mooring fees for the first time in a decade.",
            "The board's chair, Ana Ruiz, said the fees had fallen far behind the cost of dredging the channel. "
            '"We cannot keep the channel open on 1990s prices," Ruiz said.',
            "The fishing cooperative's director, Tomas Berg, argued that small boats would carry most of the rise, "
            'and has asked for a hearing. "This is a tax on the smallest boats," Berg said.',
            "The increase is unlawful under the 2012 charter, Lena Fisk, a lawyer for the cooperative, said on "
            'Wednesday. "We will see them in court," Fisk said.',
            "Mayor Piet Vos said he would support the board in the council vote. "
            '"The harbour has to pay its way," Vos said.',
            'Councillor Ida Holm would say only that the vote was legal. "No comment," Holm said.',
            'Jon Dahl, a skipper, said after the vote ended that evening. "It was quick," Dahl said.',
        ]
    )
    + "\n"
)


def _positions(text: str) -> dict[str, str | None]:
    article = parse(text)
    table = extract(article)
    out = {}
    for s in table.speakers:
        if s.quote_ids:
            found = reported.position(s, table, article.text)
            out[s.name] = found.text if found else None
    return out


def test_a_statement_that_reads_as_a_claim_becomes_the_speakers_position_in_the_articles_words() -> None:
    got = _positions(HARBOUR)
    assert got["Ana Ruiz"] == "Ana Ruiz said the fees had fallen far behind the cost of dredging the channel."
    # a verb joined to the cue ("and has asked for a hearing") is the speaker's act, not what they said
    assert got["Tomas Berg"] == "Tomas Berg argued that small boats would carry most of the rise."
    # a statement before its cue opens with a capital only because it opened the sentence
    assert got["Lena Fisk"] == "Lena Fisk said the increase is unlawful under the 2012 charter."
    # a "he" of the speaker's own gender, before anyone else is named, reads as the speaker after the name
    assert got["Piet Vos"] == "Piet Vos said he would support the board in the council vote."


def test_a_pronoun_that_may_be_someone_else_keeps_the_statement_out() -> None:
    text = (
        "Quay Works\n\n"
        "The mayor, Piet Vos, said Governor Eva Lund had told him the quay would be rebuilt. "
        '"It is urgent," Vos said. He left at noon.\n\n'
        "Engineer Mara Olsen said he had ignored the reports on the quay walls for a decade. "
        '"Nobody listened," Olsen said. She left the meeting before the vote.\n\n'
        "Harbour master Jens Aal said they had warned the council twice about the failing walls. "
        '"We did our part," Aal said. He declined to say more.\n'
    )
    got = _positions(text)
    assert got["Piet Vos"] is None  # "him" comes after another person is named: it may be Vos or not
    assert got["Mara Olsen"] is None  # "he" is not her own pronoun: someone the position no longer names
    assert got["Jens Aal"] is None  # "they": never read as the speaker


def test_statements_that_do_not_read_as_a_claim_of_their_own_are_not_used() -> None:
    got = _positions(HARBOUR)
    assert got["Ida Holm"] is None  # "would say only that": not a report of what was said
    assert got["Jon Dahl"] is None  # "after the vote ended": a time, not a claim


def test_a_denied_or_hypothetical_statement_is_not_used() -> None:
    text = (
        "Quay Works\n\nThe mayor, Piet Vos, didn't say the north quay would be rebuilt before the winter storms. "
        '"It is urgent," Vos said.\n'
    )
    assert _positions(text)["Piet Vos"] is None


def test_first_person_and_unpaired_quotation_marks_are_not_used() -> None:
    text = (
        "Quay Works\n\nThe mayor, Piet Vos, said we must rebuild the north quay before winter storms arrive. "
        '"It is urgent," Vos said.\n\n'
        'Engineer Mara Olsen said the quay walls were "failing faster than any model predicted. '
        '"Nobody saw it," Olsen said.\n'
    )
    got = _positions(text)
    assert got["Piet Vos"] is None
    assert got["Mara Olsen"] is None


def _retyping(table_ids: dict[str, list[str]]) -> str:
    """A fake model's draft whose every position retypes the speaker's quote."""
    positions = {
        "P1": "Ruiz said that we cannot keep the channel open on 1990s prices, she told the board.",
        "P2": "Berg said that this is a tax on the smallest boats, he told reporters at the harbour.",
    }
    return json.dumps(
        {
            "headline": "Harbour board raises mooring fees",
            "summary": [
                "The harbour board voted on Tuesday to raise mooring fees.",
                "Tomas Berg argued that small boats would carry most of the rise.",
                "Lena Fisk said the increase is unlawful under the 2012 charter.",
            ],
            "positions": {
                sid: {"quotes": ids[:1], "position": positions.get(sid, "")} for sid, ids in table_ids.items()
            },
            "contested": [],
        }
    )


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    return path


def test_a_briefing_shows_the_articles_report_where_the_models_position_was_removed(model, harbour: Path) -> None:
    table = extract(parse(HARBOUR))
    ids = {s.id: s.quote_ids for s in table.speakers if s.quote_ids}
    assert list(ids)[:2] == ["P1", "P2"] and table.speakers[0].name == "Ana Ruiz"
    model.queue(_retyping(ids))
    cfg = load_settings(chat_model="fake:live", brief_prompt="v1")
    store = Store(cfg)
    b = brief(open_article(str(harbour), store), store, cfg)

    ruiz = next(s for s in b.speakers if s.speaker_id == "P1")
    assert ruiz.position == "Ana Ruiz said the fees had fallen far behind the cost of dredging the channel."
    assert ruiz.reported is not None and ruiz.reported.startswith("A")
    kinds = {(i.field, i.kind) for i in b.verification.issues}
    assert ("positions[P1]", "retyped_quote") in kinds and ("positions[P1]", "reported_position") in kinds
    support = next(s for s in b.support if s.field == "positions[P1]")
    assert support.ids == [ruiz.reported] and support.status == "supported"
    [(start, end)] = support.spans  # the article sentence that holds the statement
    assert HARBOUR[start:end].startswith("The board's chair, Ana Ruiz, said the fees")

    # a speaker the model gave no position at all: the same, and no "missing position" left behind
    fisk = next(s for s in b.speakers if s.name == "Lena Fisk")
    assert fisk.position == "Lena Fisk said the increase is unlawful under the 2012 charter."
    assert (f"positions[{fisk.speaker_id}]", "missing_position") not in kinds
    # and one without a statement that reads as a claim keeps no position
    holm = next(s for s in b.speakers if s.name == "Ida Holm")
    assert holm.position is None and holm.reported is None

    for shown in (to_text(b), to_markdown(b)):
        assert "Ana Ruiz said the fees had fallen far behind the cost of dredging the channel." in shown
        assert "(as the article reports it)" in shown


def test_a_clause_joined_after_the_statement_and_unpaired_brackets_are_left_out() -> None:
    text = (
        "Harbour Fees\n\n"
        "The board's chair, Ana Ruiz, said the fees had fallen far behind the cost of dredging, and critics "
        'warned that small boats would leave the harbour. "We cannot wait," Ruiz said.\n'
    )
    assert _positions(text)["Ana Ruiz"] == "Ana Ruiz said the fees had fallen far behind the cost of dredging."
    assert reported._paired("income fell to 2.9 million euros (2.5 million pounds) last year")
    assert not reported._paired("income fell to 2.9 million euros (2.5 million pounds")
    assert not reported._paired('the walls were "failing faster than any model predicted')
    assert not reported._paired("yelling at ‘the world at large")
    assert not reported._paired("the ferry was due to arrive 'early this morning")
    assert reported._paired("the ferry was due to arrive 'early this morning' and the players' union agreed")


def test_told_keeps_whom_it_was_told_so_the_statement_reads() -> None:
    text = (
        "Quay Works\n\n"
        "The mayor, Piet Vos, told the harbour board on Monday that the north quay would be rebuilt in spring. "
        '"It is urgent," Vos said.\n\n'
        "The engineer, Mara Olsen, told reporters, officials and several skippers at the quay that the walls "
        'were failing. "Nobody saw it," Olsen said.\n'
    )
    got = _positions(text)
    assert (
        got["Piet Vos"] == "Piet Vos told the harbour board on Monday that the north quay would be rebuilt in spring."
    )
    assert got["Mara Olsen"] is None  # a list between the cue and what was told: not used


def test_a_pronoun_the_content_itself_names_in_an_earlier_clause_is_readable() -> None:
    text = (
        "Quay Works\n\n"
        'Mayor Piet Vos opened the meeting. He left at noon. "It is urgent," Vos said.\n\n'
        "Engineer Mara Olsen said Vos delayed the repairs because he wanted the vote first. She left before the "
        'vote. "Nobody listened," Olsen said.\n\n'
        "Harbour master Jens Aal said the skippers will leave unless the council lowers their fees. "
        '"We did our part," Aal said.\n\n'
        "The pilot, Ida Holm, said the board had refused the plan after the town had asked for it. "
        '"It was quick," Holm said.\n\n'
        "Skipper Tomas Berg said Vos had told him the fees would stay. He did not say when. "
        '"We were misled," Berg said.\n'
    )
    got = _positions(text)
    # "he" is Vos, a man named before it in another clause: not Olsen, whom it could not be
    assert got["Mara Olsen"] == "Mara Olsen said Vos delayed the repairs because he wanted the vote first."
    assert got["Jens Aal"] == "Jens Aal said the skippers will leave unless the council lowers their fees."
    assert got["Ida Holm"] == "Ida Holm said the board had refused the plan after the town had asked for it."
    # "him" is not Vos, the subject of its own clause: it may be Berg or someone the position does not name
    assert got["Tomas Berg"] is None


def test_a_body_speaks_of_itself_as_it_and_a_group_as_they() -> None:
    text = (
        "Quay Works\n\n"
        "The Harbour Ferry Company said it would move its ferries to the south quay in March. "
        '"The walls are failing," the company said.\n\n'
        "Protesters said they would block the quay until the council met them. "
        '"We will stay," the protesters said.\n\n'
        "The Kessel Marine Company said they had been told nothing about the repairs. "
        '"We were never asked," the company said.\n'
    )
    got = _positions(text)
    assert got["Harbour Ferry Company"] == (
        "Harbour Ferry Company said it would move its ferries to the south quay in March."
    )
    assert got["Protesters"] == "Protesters said they would block the quay until the council met them."
    assert got["Kessel Marine Company"] is None  # a company is "it": "they" may be anyone


def test_a_statement_that_takes_a_side_is_the_position_before_a_report_of_events() -> None:
    text = (
        "Quay Works\n\n"
        "The mayor, Piet Vos, said he visited the north quay in 2010 with the harbour board. "
        "Vos said the quay should be rebuilt before the winter storms reach the town. "
        '"It is urgent," Vos said.\n'
    )
    assert (
        _positions(text)["Piet Vos"]
        == "Piet Vos said the quay should be rebuilt before the winter storms reach the town."
    )


def test_a_report_inside_the_content_is_left_out() -> None:
    text = (
        "Quay Works\n\n"
        "Engineer Mara Olsen said the walls had failed twice in the winter of 2019, the inquiry heard. "
        '"Nobody listened," Olsen said.\n'
    )
    assert _positions(text)["Mara Olsen"] == "Mara Olsen said the walls had failed twice in the winter of 2019."


def test_a_position_the_checker_finds_no_support_for_gives_way_to_the_articles_report(model, harbour: Path) -> None:
    table = extract(parse(HARBOUR))
    ids = {s.id: s.quote_ids for s in table.speakers if s.quote_ids}
    doc = json.loads(_retyping(ids))
    doc["positions"]["P1"]["position"] = "Ana Ruiz praised the cooperative for its patience over the summer."
    model.queue(json.dumps(doc))
    cfg = load_settings(chat_model="fake:live", brief_prompt="v1")
    store = Store(cfg)
    b = brief(open_article(str(harbour), store), store, cfg)

    ruiz = next(s for s in b.speakers if s.speaker_id == "P1")
    assert ruiz.position == "Ana Ruiz said the fees had fallen far behind the cost of dredging the channel."
    [support] = [s for s in b.support if s.field == "positions[P1]"]
    assert support.status == "supported" and support.ids == [ruiz.reported]
    issue = next(i for i in b.verification.issues if i.field == "positions[P1]" and i.kind == "reported_position")
    assert "praised the cooperative" in issue.detail and "has no support" in issue.detail


def test_what_someone_vowed_or_wants_to_do_and_a_participle_of_saying_read_as_positions() -> None:
    text = (
        "Quay Works\n\n"
        "Mayor Piet Vos vowed to rebuild the north quay before the winter storms reach the town. "
        '"It is urgent," Vos said.\n\n'
        "The harbour master, Jens Aal, criticised the plan, saying the skippers would leave the harbour within "
        'a year. "We did our part," Aal said.\n\n'
        "Engineer Mara Olsen wanted to know who had approved the cheaper concrete for the walls. "
        '"Nobody listened," Olsen said.\n\n'
        "Skipper Tomas Berg vowed to keep his boat in the harbour all winter and thanked the board. "
        '"We stay," Berg said.\n\n'
        "The pilot, Ida Holm, is saying the vote on the fees had been rigged by the chair. "
        '"It was quick," Holm said.\n'
    )
    got = _positions(text)
    assert got["Piet Vos"] == "Piet Vos vowed to rebuild the north quay before the winter storms reach the town."
    assert got["Jens Aal"] == "Jens Aal said the skippers would leave the harbour within a year."
    assert got["Mara Olsen"] is None  # what someone wants to find out is a question, not a side
    assert got["Tomas Berg"] is None  # "and thanked the board": what he did, not what he vowed
    assert got["Ida Holm"] == "Ida Holm said the vote on the fees had been rigged by the chair."


def test_words_that_open_the_clause_joined_after_the_statement_are_left_out_with_it() -> None:
    text = (
        "Harbour Fees\n\nMrs. Ana Ruiz says she feels confident about her crew as she nears 70 and as a result, "
        'she is happy to sail again. "We cannot wait," Mrs. Ruiz said.\n'
    )
    assert _positions(text)["Ana Ruiz"] == "Ana Ruiz says she feels confident about her crew as she nears 70."


def test_what_someone_pressed_for_or_against_reads_as_their_position() -> None:
    text = (
        "Quay Works\n\n"
        "Mayor Piet Vos urged the harbour board to drop the fee rise and spend its reserves on dredging instead. "
        '"It is urgent," Vos said.\n\n'
        "Engineer Mara Olsen called for an independent survey of the quay walls and of the north pier. "
        '"Nobody listened," Olsen said.\n\n'
        "The harbour master, Jens Aal, accused the board of hiding the true cost of the repairs for two years. "
        '"We did our part," Aal said.\n\n'
        "Skipper Tomas Berg called the chair a coward who had never worked a night on the water. "
        '"We stay," Berg said.\n\n'
        "The pilot, Ida Holm, recommended that she step down before the vote on the fees next month. "
        '"It was quick," Holm said.\n\n'
        "The lawyer, Lena Fisk, accused him of ignoring three warnings from the port's own engineers last year. "
        '"See you in court," Fisk said.\n\n'
        "There was criticism that Jon Dahl was urging the board to sell the north quay to a developer. "
        '"I never did," Dahl said.\n'
    )
    got = _positions(text)
    assert got["Piet Vos"] == (
        "Piet Vos urged the harbour board to drop the fee rise and spend its reserves on dredging instead."
    )
    assert got["Mara Olsen"] == ("Mara Olsen called for an independent survey of the quay walls and of the north pier.")
    assert got["Jens Aal"] == "Jens Aal accused the board of hiding the true cost of the repairs for two years."
    assert got["Tomas Berg"] is None  # a name called, not something called for
    assert got["Ida Holm"] is None  # whom one presses is someone else: "she" is not Holm
    assert got["Lena Fisk"] is None  # nor is "him"
    assert got["Jon Dahl"] is None  # pressing for something, as his critics tell it


def test_a_report_whose_stop_sits_inside_its_closing_quotation_mark_is_whole_and_stopped_once() -> None:
    text = (
        "Harbour Fees\n\nThe harbour board voted on Tuesday to raise mooring fees. "
        'Ana Ruiz said the board should reopen the talks with the skippers before "the summer." '
        '"We cannot keep the channel open," Ruiz said.\n'
    )
    assert _positions(text) == {
        "Ana Ruiz": 'Ana Ruiz said the board should reopen the talks with the skippers before "the summer."'
    }


def test_a_statement_its_speaker_goes_on_from_with_and_and_another_cue_is_whole_where_it_stops() -> None:
    text = (
        "Harbour Fees\n\nThe harbour board voted on Tuesday to raise mooring fees. "
        'Tomas Berg said the vote should have been held in public and called the rise "a tax on small boats," '
        'and warned that skippers would leave. "We will fight this," Berg said.\n'
    )
    assert _positions(text) == {"Tomas Berg": "Tomas Berg said the vote should have been held in public."}
    text = text.replace("and called the rise", "and the council called the rise")  # someone else goes on: cut
    assert _positions(text)["Tomas Berg"] is None


def test_a_report_ending_on_a_quotation_loses_the_comma_inside_its_closing_mark() -> None:
    text = (
        "Harbour Fees\n\nThe harbour board voted on Tuesday to raise mooring fees. "
        'Tomas Berg said the board\'s plan to double the fees for boats under ten metres was "a tax on the poor," '
        'and threatened to take the board to court. "We will fight this," Berg said.\n'
    )
    said = 'Tomas Berg said the board\'s plan to double the fees for boats under ten metres was "a tax on the poor".'
    assert _positions(text) == {"Tomas Berg": said}


def test_a_quoted_phrase_inside_the_statement_does_not_end_it_and_adding_to_something_is_not_saying() -> None:
    text = (
        "Harbour Fees\n\nThe harbour board voted on Tuesday to raise mooring fees. "
        'Mayor Erik Dahl said the new fees were "in line with the other ports" and would not add to the cost of '
        'fishing. "We looked at every harbour on the coast," Dahl said.\n'
    )
    assert _positions(text) == {
        "Erik Dahl": 'Erik Dahl said the new fees were "in line with the other ports" and would not add to the cost '
        "of fishing."
    }
    [said] = [a for a in extract(parse(text)).attributions if not a.direct]
    assert said.content(text).endswith("and would not add to the cost of fishing")


def test_what_a_body_said_for_the_first_time_is_the_clause_after_it_with_its_condition() -> None:
    text = (
        "Rates\n\nThe Bank of Norland left its main rate unchanged on Thursday but said for the first time that it "
        "expected to lower borrowing costs before June, if inflation keeps falling.\n\n"
        '"We are not declaring victory," the bank\'s governor, Ingrid Solberg, said.\n'
    )
    [said] = [a for a in extract(parse(text)).attributions if not a.direct]
    assert said.content(text) == "that it expected to lower borrowing costs before June, if inflation keeps falling"


def test_a_possessive_may_stand_for_its_own_clauses_subject() -> None:
    text = (
        "Fishing Towns\n\nThe cabinet approved the release last week. Ms. Sato said the cooperative had lost a fifth "
        'of its export sales after the first release. "Every headline is a month without orders," said Keiko Sato.\n'
    )
    said = "Keiko Sato said the cooperative had lost a fifth of its export sales after the first release."
    assert _positions(text) == {"Keiko Sato": said}


def test_a_quoted_phrase_in_the_clause_that_frames_it_is_the_articles_report() -> None:
    text = (
        "Count\n\nThe Greens won the council on Friday. Labour's regional director, Sian Price, said the result was "
        '"a local verdict on a local issue." The party would recover, she added.\n'
    )
    table = extract(parse(text))
    [quote] = table.quotes
    assert quote.kind == "partial" and text[slice(*quote.frame)] == 'the result was "a local verdict on a local issue."'
    found = reported.position(table.speakers[0], table, text)
    assert found is not None and found.statement_id == quote.id
    assert found.text == 'Sian Price said the result was "a local verdict on a local issue."'
    # one that opens inside another quote is no report
    text = text.replace('said the result was "a local', 'said "the result" was "a local')
    table = extract(parse(text))
    assert reported.position(table.speakers[0], table, text) is None


def test_a_report_takes_the_cue_in_the_form_its_speaker_takes_alone() -> None:
    text = (
        "Rich Lists\n\nTwo lists of the very rich came out this week. Forbes and Halvor Research say the country "
        'has more billionaires than any other. "We counted 585," Forbes said. Analysts say the two lists disagree '
        'sharply on China. "The gap is wide," the analysts said.\n'
    )
    shown = _positions(text)
    assert shown["Forbes"] == "Forbes says the country has more billionaires than any other."
    assert shown["Analysts"] == "Analysts say the two lists disagree sharply on China."


def test_a_verb_joined_inside_the_quoted_words_does_not_cut_the_report() -> None:
    text = (
        "Count\n\nThe Greens won the council on Friday. The outgoing Labour leader, Peter Okafor, said his party had "
        '"paid the price for a decision that was right but badly explained." He congratulated the Greens.\n'
    )
    said = 'Peter Okafor said his party had "paid the price for a decision that was right but badly explained."'
    assert _positions(text) == {"Peter Okafor": said}


def test_the_speakers_own_pronoun_opening_a_report_beside_another_pronoun_keeps_it() -> None:
    text = (
        'Ward Closure\n\n"We are not done," said Mara Holt, a nurse at the Eastfield hospital. She said her union '
        "would take the hospital to court if it did not reverse the closure.\n"
    )
    assert _positions(text) == {
        "Mara Holt": "Mara Holt said her union would take the hospital to court if it did not reverse the closure."
    }


def test_a_modal_verb_joined_in_a_report_is_part_of_what_was_said() -> None:
    text = (
        "Bribery Case\n\nLars Eik pleaded not guilty on Monday. His lawyer, Tomasz Wierzbicki, said his client had "
        'helped investigators for a year and would fight the charges. "This case is weak," Wierzbicki said.\n'
    )
    got = _positions(text)
    assert got == {
        "Tomasz Wierzbicki": "Tomasz Wierzbicki said his client had helped investigators for a year and would "
        "fight the charges."
    }
