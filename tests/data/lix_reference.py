"""LIX of the texts in tests/data/lix/ by Python's textstat, the reference that
retning's own count is checked against (src/readability.rs reads expected.json).

    python tests/data/lix_reference.py           # checks expected.json against textstat
    python tests/data/lix_reference.py --write   # writes it anew (after adding a text)
"""
import json
import pathlib
import sys

import textstat

HERE = pathlib.Path(__file__).parent / "lix"
EXPECTED = HERE / "expected.json"


def reference():
    return {
        path.name: round(float(textstat.lix(path.read_text(encoding="utf-8"))), 1)
        for path in sorted(HERE.glob("*.txt"))
    }


def main():
    found = reference()
    if sys.argv[1:] == ["--write"]:
        EXPECTED.write_text(json.dumps(found, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    if expected != found:
        print(f"textstat gives {found}, expected.json says {expected}", file=sys.stderr)
        return 1
    print(f"LIX reference: {len(found)} texts agree with textstat {textstat.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
