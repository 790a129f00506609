"""Write summarizer/data/given-names.tsv from the name data of the PyPI package nomquamgender (MIT).

    pip download --no-deps nomquamgender==0.1.4 && unzip -o nomquamgender-0.1.4-py3-none-any.whl
    python tools/given_names.py nomquamgender/name_data.json

Each row is a given name seen at least MIN_COUNT times in the package's sources, in lower case, and the share of
people with it who are women, to two places. The summarizer reads it to tell a given name from a word before one
("Organiser Gareth Lloyd") and as the last sign of a person's gender, after titles, role words and pronouns.
"""

import json
import re
import sys
from pathlib import Path

MIN_COUNT = 1000
_LETTERS = re.compile(r"[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)?")

OUT = Path(__file__).resolve().parent.parent / "summarizer" / "data" / "given-names.tsv"


def main(source: str) -> None:
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    rows = sorted((name, info[2]) for name, info in data.items() if info[1] >= MIN_COUNT and _LETTERS.fullmatch(name))
    OUT.write_text("".join(f"{name}\t{share:.2f}\n" for name, share in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
