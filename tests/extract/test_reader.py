"""The reader (graphkit/extract/reader.py): its model file, its decisions, and what it does
to an article's candidates on sentences written for these tests."""

from __future__ import annotations

import json
import re

import pytest

from graphkit.extract import article_from_text, extract_article
from graphkit.extract.pair_features import BETWEEN, CUES
from graphkit.extract.reader import MODEL, Model, decide, load_model
from graphkit.schema import load_schema
from tests.conftest import DATA

URL = "https://example.org/a"

# every feature name pair_features can make: nothing from an article's text but our cue words
_NAME = re.compile(
    r"^(bias|where:(same|rule|context\d)|okind:\w*\|skind:\w*|how:\w+|countries:[<=>]+\d+"
    r"|targets:[<=>]+\d+|topic|dist:[<=>]+\d+|s_first:(True|False)|before_s:\S+|o:\S+"
    r"|T(:[A-Z_]+)?(:(verb|noun|reverse|inner|apposition|neg|hedge|between|before|after|near_s))?"
    r"|rule|rule_conf(:[<=>]+[\d.]+)?|rule_n:[<=>]+\d+|rule_fam:\w+"
    r"|rule_(subject|object|relation|structure):\w+|counted_list"
    r"|other_rule:[A-Z_]+|count:[<=>]+\d+|new_object|w[ab]?:\S+|gap:\S+)\|([A-Z_]+|\*)$")


def _rows(text: str, **options) -> list[dict]:
    return extract_article(article_from_text(text), source_url=URL, published="2024-05-04",
                           retrieved="2026-12-02", data=(DATA,), **options).rows


def test_the_model_file_keeps_weights_and_figures_and_no_text_of_any_article():
    raw = json.loads(MODEL.read_text(encoding="utf-8"))
    assert 0 < raw["threshold"] < 1
    assert set(raw["relations"]) <= set(load_schema().relations)
    held = raw["about"]["held_out"]
    assert held["threshold"] == raw["threshold"] and held["gold"] > 1000
    bad = [n for n in raw["weights"] if not _NAME.match(n)
           or (n.startswith(("w:", "wa:", "wb:")) and n.split(":", 1)[1].split("|")[0] not in CUES)
           or (n.startswith("gap:") and n[4:].split("|")[0] not in BETWEEN)]
    assert bad == []


def test_probability_is_the_logistic_of_the_weighted_sum():
    model = Model({"a|*": 2.0, "b|*": -1.0}, -1.0, 0.5, frozenset({"SIGNED"}), {})
    assert model.probability({}) == pytest.approx(1 / (1 + 2.718281828 ** 1))
    assert model.probability({"a|*": 1.0, "b|*": 1.0}) == pytest.approx(0.5)
    assert model.probability({"a|*": 1000.0}) == pytest.approx(1.0)  # no overflow


def test_decide_keeps_one_relation_per_pair_unless_the_rules_proposed_both():
    weighed = {"SIGNED", "MEMBER_OF", "EXPRESSED_INTEREST_IN"}
    scored = {("EGY", "SIGNED", "ilrs"): (0.7, {}),
              ("EGY", "EXPRESSED_INTEREST_IN", "ilrs"): (0.6, {}),
              ("TUR", "SIGNED", "ilrs"): (0.7, {}),
              ("TUR", "EXPRESSED_INTEREST_IN", "ilrs"): (0.6, {"rule|*": 1.0}),
              ("BLR", "SIGNED", "ilrs"): (0.2, {})}
    assert decide(scored, 0.5, weighed) == {("EGY", "SIGNED", "ilrs"), ("TUR", "SIGNED", "ilrs"),
                                            ("TUR", "EXPRESSED_INTEREST_IN", "ilrs")}
    assert decide(scored, 0.65, weighed) == {("EGY", "SIGNED", "ilrs"), ("TUR", "SIGNED", "ilrs")}


def test_a_triple_only_the_reader_proposes_needs_its_own_higher_floor():
    weighed = {"SIGNED"}
    scored = {("EGY", "SIGNED", "ilrs"): (0.55, {}),  # the reader's own
              ("TUR", "SIGNED", "ilrs"): (0.55, {"rule|*": 1.0})}  # the rules proposed it
    assert decide(scored, 0.5, weighed) == set(scored)
    assert decide(scored, 0.5, weighed, 0.6) == {("TUR", "SIGNED", "ilrs")}
    assert decide(scored, 0.5, weighed, 0.3) == set(scored)  # never lower than the floor
    assert decide(scored, 0.6, weighed, 0.3) == set()


def test_the_reader_adds_no_relation_of_its_own_where_the_rules_settled_the_pair_unweighed():
    weighed = {"SIGNED"}
    scored = {("ARM", "ACCEDED_TO", "moon-agreement"): (0.01, {"rule|*": 1.0}),  # not weighed
              ("ARM", "SIGNED", "moon-agreement"): (0.7, {}),  # the reader's own, same pair
              ("AUT", "SIGNED", "moon-agreement"): (0.7, {})}
    assert decide(scored, 0.5, weighed) == {("ARM", "ACCEDED_TO", "moon-agreement"),
                                            ("AUT", "SIGNED", "moon-agreement")}


def test_the_model_file_gives_its_own_threshold_or_the_common_one(tmp_path):
    raw = {"weights": {}, "bias": 0.0, "threshold": 0.4, "relations": ["SIGNED"]}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_model(path).own_threshold == 0.4
    path = tmp_path / "model2.json"
    path.write_text(json.dumps({**raw, "own_threshold": 0.5}), encoding="utf-8")
    assert load_model(path).own_threshold == 0.5


def test_decide_leaves_the_rules_claims_it_does_not_weigh_as_they_are():
    weighed = {"SIGNED"}
    scored = {("RUS", "RATIFIED", "ru-cn-ilrs-agreement"): (0.01, {"rule|*": 1.0}),
              ("RUS", "RATIFIED", "ilrs"): (0.99, {}),  # not the rules': not proposed
              ("PER", "SIGNED", "new-pact"): (0.01, {"rule|*": 1.0, "new_object|*": 1.0}),
              # never named in one sentence, read from a description: kept whatever its score
              ("RUS", "SIGNED", "ilrs"): (0.01, {"rule|*": 1.0, "where:rule|*": 1.0,
                                                 "rule_object:description|*": 1.0}),
              # the same, its object read from the article's topic: weighed as any other
              ("CHN", "SIGNED", "ilrs"): (0.01, {"rule|*": 1.0, "where:rule|*": 1.0,
                                                 "rule_object:topic|*": 1.0}),
              # or its subject a new node
              ("cnsa-lab", "SIGNED", "ilrs"): (0.01, {"rule|*": 1.0, "where:rule|*": 1.0,
                                                      "rule_object:description|*": 1.0,
                                                      "rule_subject:new|*": 1.0})}
    assert decide(scored, 0.5, weighed) == {("RUS", "RATIFIED", "ru-cn-ilrs-agreement"),
                                            ("PER", "SIGNED", "new-pact"),
                                            ("RUS", "SIGNED", "ilrs")}


def test_confidence_is_the_readers_probability_and_min_confidence_zero_keeps_every_rule_claim():
    text = ("The Artemis Accords gained new signatories on Tuesday. Peru and Angola signed the "
            "Artemis Accords in Washington, officials said. Egypt has expressed interest in the "
            "International Lunar Research Station.")
    rules = {(r["subject"], r["relation"], r["object"]) for r in _rows(text, reader=False)}
    everything = _rows(text, min_confidence=0.0)
    assert rules <= {(r["subject"], r["relation"], r["object"]) for r in everything}
    default = _rows(text)
    assert {(r["subject"], r["relation"], r["object"]) for r in default} <= {
        (r["subject"], r["relation"], r["object"]) for r in everything}
    signed = {r["subject"]: float(r["confidence"]) for r in default if r["relation"] == "SIGNED"}
    assert set(signed) == {"PER", "AGO"}
    assert all(load_model().threshold <= p <= 1.0 for p in signed.values())
    rule_confidence = {r["subject"]: float(r["confidence"]) for r in _rows(text, reader=False)
                       if r["relation"] == "SIGNED"}
    assert signed != rule_confidence  # the reader's probability, not the rules' score


def test_a_triple_only_the_reader_finds_comes_with_its_sentence_and_the_readers_rule():
    text = ("Officials met in Brasilia on Monday.\n\n"
            "Brazil and Argentina were on the agenda of the BRICS talks of 12 May 2024.")
    assert _rows(text, reader=False) == []
    rows = [r for r in _rows(text, min_confidence=0.0) if r["rule"].startswith("reader: ")]
    assert {r["subject"] for r in rows} == {"BRA", "ARG"}
    for r in rows:
        assert r["object"] == "brics" and float(r["confidence"]) < load_model().threshold
        assert r["evidence"] == text[int(r["start"]):int(r["end"])] == text.split("\n\n")[1]
        assert r["since"] == "2024-05-12"  # the sentence's only date
        marked = [r["evidence"][int(a):int(b)] for a, b in
                  (m.split("-") for m in r["marks"].split(";"))]
        assert "BRICS" in marked and ({"Brazil", "Argentina"} & set(marked))


def test_rules_only_gives_the_rules_confidences():
    text = "On 3 May 2024, Egypt signed the Artemis Accords."
    rules = _rows(text, reader=False)
    read = _rows(text)
    assert [(r["subject"], r["relation"], r["object"], r["since"]) for r in rules] == \
        [("EGY", "SIGNED", "artemis-accords", "2024-05-03")]
    assert [(r["subject"], r["relation"], r["object"], r["since"]) for r in read] == \
        [("EGY", "SIGNED", "artemis-accords", "2024-05-03")]
    assert float(read[0]["confidence"]) >= load_model().threshold


def test_a_claim_kept_unread_keeps_the_rules_confidence_not_a_probability_it_was_not_kept_by():
    # the seed story's space-technology agreement: its object is read from a description two
    # sentences on from the countries, so the reader keeps it unweighed ("unread")
    from pathlib import Path

    from graphkit.extract import read_article

    seed = Path(__file__).resolve().parents[2] / "notebooks" / "articles" / "seed_story.txt"
    options = {"source_url": URL, "published": "2024-08", "retrieved": "2026-12-02", "data": (DATA,)}
    rules = extract_article(read_article(seed), reader=False, **options).rows
    read = extract_article(read_article(seed), **options).rows
    agreement = "ru-cn-space-technology-protection-agreement"
    by_rules = {r["subject"]: r["confidence"] for r in rules if r["object"] == agreement}
    by_reader = {r["subject"]: r["confidence"] for r in read if r["object"] == agreement}
    assert set(by_reader) == {"CHN", "RUS"} and by_reader == by_rules
    assert all(float(c) > 0.3 for c in by_reader.values())


def test_min_confidence_with_rules_only_filters_the_rules_scores():
    text = ("Egypt signed the Artemis Accords on 3 May 2024. Angola is expected to join the "
            "Artemis Accords.")
    every = _rows(text, reader=False)
    floor = max(float(r["confidence"]) for r in every)
    kept = _rows(text, reader=False, min_confidence=floor)
    assert len(every) > len(kept) >= 1
    assert all(float(r["confidence"]) >= floor for r in kept)


def test_a_missing_or_broken_model_file_is_one_line_naming_it(tmp_path):
    from graphkit.errors import GraphkitError

    broken = tmp_path / "model.json"
    broken.write_text('{"weights": {}, "bias": 0', encoding="utf-8")
    for path in (broken, tmp_path / "absent.json"):
        with pytest.raises(GraphkitError, match=rf"{path.name}: expected the reader's model"):
            load_model(path)


def test_the_command_line_offers_rules_only_and_min_confidence(tmp_path):
    import csv

    from typer.testing import CliRunner

    from graphkit.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Officials met in Brasilia on Monday.\n\nBrazil and Argentina were on "
                       "the agenda of the BRICS talks of 12 May 2024.\n", encoding="utf-8")
    counts = {}
    for name, options in (("default", []), ("all", ["--min-confidence", "0"]),
                          ("rules", ["--rules-only"])):
        out = tmp_path / f"{name}.csv"
        result = CliRunner().invoke(app, ["extract", str(article), "--source-url", URL,
                                          "--published", "2024-05", "--out", str(out),
                                          "--data", str(DATA), *options])
        assert result.exit_code == 0, result.output
        counts[name] = [r["rule"] for r in csv.DictReader(out.open(encoding="utf-8"))]
    assert counts["rules"] == []
    assert counts["all"] and all(r.startswith("reader: ") for r in counts["all"])
    assert len(counts["default"]) < len(counts["all"])
