"""How far two annotators of the same pages agree, scored as ``benchmarks/extract.py`` scores
the extractor: the second annotation's triples (subject, relation, object per article) against
the first's, as precision and recall, by set, by relation and pooled, and how often the two give
an agreed triple the same date.

The first annotation is ``extract_dev/real_annotations.csv``; the second,
``extract_dev/second_annotations.csv``, was written by an annotator who saw only the page
texts, the conventions and three other sets' annotations (2026-12-03; see
``extract_dev/README.md``). Usage::

    .venv/bin/python benchmarks/agreement.py
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent / "extract_dev"


def _claims(path: Path, sets: set[str] | None = None) -> dict[str, dict[tuple, str]]:
    """``{set: {(article, subject, relation, object): since}}``; empty-claim rows left out."""
    out: dict[str, dict[tuple, str]] = defaultdict(dict)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["subject"] and (sets is None or row["set"] in sets):
                key = (row["article"], row["subject"], row["relation"], row["object"])
                out[row["set"]][key] = row["since"]
    return out


def _line(label: str, first: int, second: int, both: int) -> str:
    precision = both / second if second else 0.0
    recall = both / first if first else 0.0
    return f"| {label} | {first} | {second} | {both} | {precision:.2f} | {recall:.2f} |"


def main() -> None:
    second = _claims(HERE / "second_annotations.csv")
    first = _claims(HERE / "real_annotations.csv", set(second))
    print("| set | first | second | both | precision | recall |\n|---|---:|---:|---:|---:|---:|")
    totals, by_relation, same_date = Counter(), Counter(), 0
    for name in sorted(second):
        a, b = first[name], second[name]
        both = a.keys() & b.keys()
        same_date += sum(a[t] == b[t] for t in both)
        totals.update(first=len(a), second=len(b), both=len(both))
        for which, triples in (("first", a), ("second", b), ("both", both)):
            by_relation.update((t[2], which) for t in triples)
        print(_line(name, len(a), len(b), len(both)))
    print(_line("pooled", totals["first"], totals["second"], totals["both"]))
    for relation in sorted({r for r, _ in by_relation}):
        print(_line(relation, *(by_relation[(relation, w)] for w in ("first", "second", "both"))))
    print(f"agreed triples with the same date: {same_date} of {totals['both']}")


if __name__ == "__main__":
    main()
