"""Given names and the gender they most often go with, from data/given-names.tsv (see tools/given_names.py)."""

import functools
from importlib import resources

# How sure a name must be of a gender to give it: at most this share of people with the name are of the other.
_SURE = 0.05


@functools.cache
def _shares() -> dict[str, float]:
    text = resources.files("summarizer").joinpath("data/given-names.tsv").read_text(encoding="utf-8")
    return {name: float(share) for name, share in (line.split("\t") for line in text.splitlines())}


def is_given(word: str) -> bool:
    """`word` is a common given name ("Gareth"), not a word for what someone does ("Organiser")."""
    return word.lower() in _shares()


def gender(word: str) -> str | None:
    """m or f where nearly everyone with the given name `word` is a man or a woman; else None ("Jordan")."""
    share = _shares().get(word.lower())
    if share is None:
        return None
    return "f" if share >= 1 - _SURE else "m" if share <= _SURE else None
