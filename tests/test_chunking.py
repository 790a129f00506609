from __future__ import annotations

from conftest import SEED, read_exact
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.article import parse
from summarizer.chunking import split


def assert_partition(art, chunks) -> None:
    assert "".join(c.text for c in chunks) == art.text
    for c in chunks:
        assert art.text[c.start : c.end] == c.text
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_seed_chunks_partition_the_text() -> None:
    art = parse(read_exact(SEED))
    chunks = split(art, 600)
    assert_partition(art, chunks)
    assert len(chunks) >= 3
    assert all(len(c.text) <= 900 for c in chunks)


def test_no_boundary_inside_a_gold_quote_on_dev_articles(dev_articles) -> None:
    checked = 0
    for size in (300, 600, 1000):
        for path, meta in dev_articles:
            art = parse(read_exact(path))
            chunks = split(art, size)
            assert_partition(art, chunks)
            cuts = {c.start for c in chunks[1:]}
            for q in meta["quotes"]:
                if q["end"] - q["start"] >= size:
                    continue  # a quote longer than a chunk may be cut
                inside = [b for b in cuts if q["start"] < b < q["end"]]
                assert not inside, f"{path.name} size {size}: cut at {inside} inside {q['id']} {q['text'][:60]!r}"
                checked += 1
    assert checked > 500  # 178 gold quotes at three chunk sizes


def test_quote_longer_than_a_chunk_may_be_cut() -> None:
    long_quote = " ".join(f"Sentence number {i} is inside the quote." for i in range(40))
    text = f'Title\n\nHe said: "{long_quote}" Then he left. The end came.'
    art = parse(text)
    chunks = split(art, 300)
    assert_partition(art, chunks)
    assert len(chunks) > 3


def test_short_quote_is_kept_whole_even_past_the_target() -> None:
    text = 'Intro sentence here. "First part. Second part. Third part," she said. After it.'
    art = parse(text)
    quote_start, quote_end = text.index('"'), text.index('," she') + 1
    for size in range(200, 260, 7):
        for c in split(art, size)[1:]:
            assert not quote_start < c.start < quote_end


def test_very_long_sentence_is_cut_at_words() -> None:
    art = parse("word " * 2000)
    chunks = split(art, 500)
    assert_partition(art, chunks)
    assert max(len(c.text) for c in chunks) <= 1000


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\"“”‘’'\n«»Z")), min_size=1, max_size=400), st.integers(200, 400))
def test_chunks_always_partition(text: str, size: int) -> None:
    if not text.strip():
        return
    art = parse(text)
    assert_partition(art, split(art, size))
