"""The support checker: a claim against the text it cites, and its agreement with human labels (calibrate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.support import Checker, Params, default_checker, shipped, stem, words

EVIDENCE = [
    "The city council voted 7 to 2 on Tuesday to reject the mayor's plan to close three libraries.",
    "Mayor Dana Whitfield said she would bring a smaller proposal back in the spring.",
    "Library staff, who had protested outside city hall for a week, welcomed the vote.",
]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return default_checker()


def one(checker: Checker, claim: str, cited: list[int] | None = None):
    return checker.check([claim], EVIDENCE, [cited] if cited is not None else None)[0]


def test_a_faithful_sentence_is_supported_by_the_sentence_it_follows(checker: Checker) -> None:
    v = one(checker, "The city council voted 7-2 to reject the mayor's plan to close three libraries.")
    assert v.supported, v.reason
    assert v.evidence == (0,)
    v = one(checker, "Whitfield said she would bring a smaller proposal back in the spring.")
    assert v.supported and v.evidence == (1,)


def test_a_number_the_evidence_lacks_rules_the_claim_out(checker: Checker) -> None:
    v = one(checker, "The city council voted 9 to 2 on Tuesday to reject the mayor's plan to close three libraries.")
    assert not v.supported
    assert v.reason == "the cited text does not have 9"


def test_number_words_and_digits_are_the_same_number(checker: Checker) -> None:
    assert words("three libraries, didn't") == ["3", "libraries", "did", "not"]
    assert one(checker, "The council voted to reject a plan to close 3 libraries.").supported


def test_verb_forms_and_spellings_of_one_word_meet() -> None:
    for forms in (
        ("take", "takes", "taking", "took", "taken"),
        ("increase", "increased", "increases", "increasing"),
        ("apologise", "apologised", "apologize", "apologized", "apologizes"),
        ("argue", "argued", "argues"),
        ("say", "says", "said"),
        ("vote", "votes", "voted", "voting"),  # a short verb's "-ed" too
        ("hire", "hired", "hires"),
    ):
        assert len({stem(w) for w in forms}) == 1, forms


def test_the_claims_own_verb_form_or_spelling_is_not_missing_from_the_evidence(checker: Checker) -> None:
    evidence = ["The harbour board apologised and took the blame for the noise, and fees increased."]
    v = checker.check(["The board apologizes and takes the blame as fees increase."], evidence)[0]
    assert v.supported and not v.missing, v.reason


def test_an_invented_person_is_named_in_the_reason(checker: Checker) -> None:
    v = one(checker, "Governor Tom Baxter praised the vote to close the libraries.")
    assert not v.supported
    assert {"tom", "baxter", "praised"} <= set(v.missing)
    assert "baxter" in v.reason


def test_one_initialism_put_for_another_rules_the_claim_out(checker: Checker) -> None:
    evidence = ["The port plan is the main way for the United States to meet the target it set at U.N. talks in Oslo."]
    v = checker.check(
        ["The port plan is the main way for the United States to meet the target it set at U.S. talks in Oslo."],
        evidence,
    )[0]
    assert not v.supported and v.ruled_out
    assert v.reason == "the cited text says U.N., not U.S."
    # the same initialism, or the name written out, is no swap
    for claim in (
        "The port plan is the main way for the United States to meet the target it set at U.N. talks in Oslo.",
        "The port plan is the main way for the U.S. to meet the target it set at U.N. talks in Oslo.",
    ):
        v = checker.check([claim], evidence)[0]
        assert v.supported, (claim, v.reason)


def test_a_negation_the_evidence_does_not_have_rules_the_claim_out(checker: Checker) -> None:
    v = one(checker, "The city council did not reject the mayor's plan to close three libraries.")
    assert not v.supported
    assert "'not'" in v.reason


def test_a_claim_is_checked_only_against_what_it_cites(checker: Checker) -> None:
    claim = "Whitfield said she would bring a smaller proposal back in the spring."
    assert one(checker, claim, cited=[1]).supported
    wrong = one(checker, claim, cited=[0])
    assert not wrong.supported and wrong.evidence == (0,)
    nothing = one(checker, claim, cited=[])
    assert not nothing.supported and nothing.evidence == ()


def test_a_claim_that_joins_two_cited_sentences_needs_both(checker: Checker) -> None:
    claim = (
        "The city council voted 7 to 2 to reject the mayor's plan to close three libraries,"
        " and library staff welcomed the vote."
    )
    both = one(checker, claim, cited=[0, 2])
    assert both.supported and both.evidence == (0, 2)
    half = one(checker, claim, cited=[0])
    assert not half.supported and {"staff", "welcomed"} <= set(half.missing)


def test_the_shipped_parameters_say_what_they_were_fitted_on() -> None:
    p = shipped()
    assert set(p.weights) == {"unaligned", "novel_pairs", "novel_words", "similarity"}
    assert p.weights["similarity"] < 0 < p.weights["unaligned"]  # closer evidence supports, unaligned words do not
    assert 0 < p.threshold < 1
    assert p.figures["summary"] >= 0.70 and "factuality" in p.fitted_on


def test_the_threshold_decides(checker: Checker) -> None:
    lax = Params(**(json.loads(shipped().to_json()) | {"threshold": 0.999}))
    strict = Params(**(json.loads(shipped().to_json()) | {"threshold": 0.0}))
    claim = "The council rejected Mayor Whitfield's plan to close libraries."
    assert Checker(checker.embed, lax).check([claim], EVIDENCE)[0].supported
    assert not Checker(checker.embed, strict).check([claim], EVIDENCE)[0].supported


# A FRANK-format folder written here: articles of our own, each with one faithful and one corrupted summary.
ARTICLES = [
    (
        "The museum in Harwick will reopen on Friday after a two-year renovation that cost 4 million pounds. "
        "Its director, Amira Solberg, said the new galleries would show the town's textile history. "
        "Entry will stay free for children under twelve.",
        "The museum in Harwick will reopen on Friday after a two-year renovation.",
        "The museum in Harwick will close on Friday after a nine-year renovation that cost 9 million pounds.",
    ),
    (
        "Ferry services between Oban and Mull were cancelled on Monday because of high winds. "
        "The operator said crossings would resume on Tuesday morning if the weather allowed. "
        "Passengers with bookings can change them without a fee.",
        "Ferry services between Oban and Mull were cancelled on Monday because of high winds.",
        "Ferry services between Oban and Mull were praised by Prime Minister Lars Eriksen for their new fleet.",
    ),
    (
        "A bakery in Leeds has won a national award for its sourdough bread. "
        "The owner, Tomasz Nowak, opened the shop five years ago with a loan from his sister. "
        "He said the prize would let him hire two more bakers.",
        "A bakery in Leeds has won a national award for its sourdough bread.",
        "The owner of a Leeds bakery did not win any award and will close the shop, he said.",
    ),
]


def write_frank(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for i, (article, good, bad) in enumerate(ARTICLES, 1):
        stem = f"F{i:03d}_test"
        (folder / f"{stem}.txt").write_text(article, encoding="utf-8")
        summaries = []
        for j, (text, label) in enumerate(((good, "faithful"), (bad, "unfaithful")), 1):
            flag = label == "unfaithful"
            summaries.append(
                {
                    "id": f"S{j}",
                    "label": label,
                    "n_unfaithful_sentences": int(flag),
                    "error_category_sentence_counts": {"OutE": int(flag)},
                    "baseline_metric_scores": {"FactCC": 0.2 if flag else 0.8},
                    "sentences": [{"text_detok": text, "label": label, "error_categories": ["OutE"] * flag}],
                }
            )
        (folder / f"{stem}.json").write_text(json.dumps({"id": stem, "summaries": summaries}), encoding="utf-8")
    return folder


def test_calibrate_scores_the_checker_against_the_labels(cli, tmp_path: Path) -> None:
    folder = write_frank(tmp_path / "frank")
    code, out, err = cli("eval", "calibrate", str(folder), "--format", "json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["balanced_accuracy"] == {"summary": 1.0, "sentence": 1.0}
    assert figures["summaries"] == 6 and figures["unfaithful_summaries"] == 3 and figures["flagged_summaries"] == 3
    assert figures["error_types"]["OutE"] == {"summaries": 3, "flagged": 1.0}
    assert figures["baselines"]["FactCC"]["here"] == 1.0
    assert figures["threshold"] == shipped().threshold

    code, out, _ = cli("eval", "calibrate", str(folder))
    assert code == 0
    assert out.startswith("balanced accuracy: summary 1.000 · sentence 1.000")
    assert "OutE" in out and "FactCC" in out


def test_calibrate_fit_reports_a_cross_validated_figure_without_writing(cli, tmp_path: Path) -> None:
    folder = write_frank(tmp_path / "frank")
    before = (Path(__file__).parents[1] / "summarizer" / "data" / "support.json").read_text(encoding="utf-8")
    code, out, err = cli("eval", "calibrate", str(folder), "--fit", "--format", "json")
    assert code == 0, err
    figures = json.loads(out)
    assert 0 <= figures["cross_validated_summary"] <= 1
    assert figures["balanced_accuracy"]["summary"] > 0.5  # refitted on six summaries: better than chance
    assert (Path(__file__).parents[1] / "summarizer" / "data" / "support.json").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("eval", "calibrate", "/nonexistent/frank"), "no factuality data at /nonexistent/frank"),
        (("eval", "calibrate", "--write"), "--write saves fitted parameters; add --fit"),
        (("eval", "calibrate", "--format", "xml"), "unknown format 'xml'"),
    ],
)
def test_calibrate_bad_input_is_one_line(cli, args: tuple[str, ...], message: str) -> None:
    code, out, err = cli(*args)
    assert code != 0
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_calibrate_on_the_shared_factuality_set_reaches_the_target(cli) -> None:
    from summarizer.evals.suite import factuality_dir

    if not factuality_dir().is_dir():
        pytest.skip(f"factuality data not found at {factuality_dir()}; set SUMMARIZER_FACTUALITY_DATA")
    code, out, err = cli("eval", "calibrate", "--limit", "40", "--format", "json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["summaries"] == 200
    assert figures["balanced_accuracy"]["summary"] >= 0.65  # 0.719 on all 161 articles


HARBOUR = (
    "Harbour Fees\n\n"
    "The harbour board voted on Tuesday evening to raise mooring fees for fishing boats, yachts and visiting "
    "cruise ships for the first time since the channel was dredged. The ferry to the island ran late all week "
    "because of fog in the channel, and two sailings were cancelled on Thursday. A new café opened on the quay "
    "in May. Skippers who keep their boats in the harbour all year will pay twice as much as summer visitors "
    "under the new rules, which take effect in April after a public hearing at the town hall.\n"
)


def test_each_sentence_of_a_summary_item_is_checked_on_its_own(checker: Checker) -> None:
    from summarizer.article import parse
    from summarizer.grounding import Grounder
    from summarizer.quotes import extract

    article = parse(HARBOUR)
    grounder = Grounder(article, extract(article), checker)
    first = (
        "The harbour board voted on Tuesday evening to raise mooring fees for fishing boats, yachts and visiting "
        "cruise ships."
    )
    apart = f"{first} Skippers who keep their boats in the harbour all year will pay twice as much as summer visitors."
    invented = f"{first} The board praised the ferry company for its punctual service all winter."
    kept, marked = grounder.summary([apart, invented], [[], []])
    # two sentences that rest on two sentences of the article far apart: each is supported, so the item is
    assert kept.verdict.supported
    assert [article.sentences[i].text[:12] for i in kept.verdict.evidence] == ["The harbour ", "Skippers who"]
    # one supported sentence does not carry another that is not
    assert not marked.verdict.supported and "praised" in marked.verdict.reason


def test_a_claim_that_states_what_its_evidence_denies_is_ruled_out(checker: Checker) -> None:
    evidence = [
        "Last year the harbour master, Ines Holm, dismissed as nonsense claims that the port was losing trade and "
        "said the quays were busier than ever.",
    ]
    [turned] = checker.check(["Ines Holm said the port was losing trade."], evidence)
    assert not turned.supported and turned.ruled_out
    assert turned.reason == "the claim says what the cited text denies"
    [kept] = checker.check(["Ines Holm dismissed claims that the port was losing trade."], evidence)
    assert kept.reason != turned.reason
    [other] = checker.check(["Ines Holm said the quays were busier than ever."], evidence)
    assert other.reason != turned.reason


def test_a_denial_ends_at_a_sentence_glued_on_without_its_full_stop(checker: Checker) -> None:
    evidence = [
        "The harbour master dismissed claims that the port was failing With two million visitors, the port is "
        "the busiest on the coast.",
    ]
    [v] = checker.check(["With two million visitors, the port is the busiest on the coast."], evidence)
    assert v.reason != "the claim says what the cited text denies"


def test_a_claim_that_states_what_its_evidence_stops_short_of_saying_is_ruled_out(checker: Checker) -> None:
    evidence = [
        "The senator described the shooting as a terrible situation, but stopped short of calling the officer's "
        "actions racially motivated.",
    ]
    [turned] = checker.check(["The senator called the officer's actions racially motivated."], evidence)
    assert not turned.supported and turned.ruled_out
    assert turned.reason == "the claim says what the cited text stops short of saying"
    [kept] = checker.check(["The senator described the shooting as a terrible situation."], evidence)
    assert kept.supported
