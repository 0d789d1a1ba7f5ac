"""Train the reader of ``graphkit extract`` (graphkit/extract/reader.py) on annotated
articles, and measure it on articles it was not trained on.

    python benchmarks/train_reader.py --dir SET [--dir SET ...] [--rules RULES.jsonl]
        [--l2 3] [--prior MODEL] [--out graphkit/extract/reader_model.json]

Each SET is a folder as ``benchmarks/extract.py --dir`` reads it: article files whose first
line names their source, and ``gold.csv``. Every candidate triple of every article
(:mod:`graphkit.extract.pair_features`) is one example, labelled by whether gold.csv records
it. A logistic regression with an L2 penalty is fitted by L-BFGS (SciPy).

Before the model is fitted on all sets, each set is left out in turn: a model fitted on the
others scores it. The pooled precision and recall of those scores, at each threshold, are the
figures for text the model never saw, and the threshold written into the model is the one
with the highest recall at which the pooled precision is at least ``--precision`` (0.8): of
all triples, the target on unseen articles, or with ``--precision-of weighed`` of the triples
the reader decides on (the rule the shipped models up to session 43 were chosen by, which
leaves overall precision below the target when the rules' own claims are the weaker). A
triple the rules did not propose may need a higher probability, chosen the same way. Claims it leaves as the rules give them (on nodes data/ does
not have, of relations with too few examples) count in the pooled figures at every
threshold.

The rules' candidates are features. ``--rules`` gives them as recorded from another revision
of the extractor (JSON lines: set, article, subject, relation, object, confidence, rule): the
rules of a revision frozen before the sets were read behave as they do on unseen text, which
the current rules, tuned on those sets, no longer do there. Without it, the current rules
run. ``benchmarks/extract_dev/reader_rules.jsonl`` holds the rows the shipped model was
trained with: 985dad6's for Y to AS and the development set, 082b637's for AT to BH, 8a01290's
(rules only) for BI to BP, 6c3b369's for BQ to BT, 5489e78's (rules only) for BU to BX,
d117ce8's (rules only) for BY to CB, 77e4b6a's (rules only) for CC to CF, 03ecac4's
(rules only) for CG to CJ, d4d72d0's (rules only) for CO to CR, 6514ec0's (rules only) for CS
to CV, 7dcc249's (rules only) for CW to CZ, bb4424b's (rules only) for CK to CN, 3e9eac0's
for DQ to DT, fba89a0's for DU to DX, e5a8d6a's for DY to EF, 336762e's for EG to EJ and
ca9f51c's for EK to EN, keyed by the set folder's name (``Y``, ``AT``, ``extract_dev``) and
the article's file name; then, rules only, each later set's at the revision that first measured
it: 6a6d47b's for hc to hj, 4af659b's for hk to hn, 5ddddad's for ho to hv, 7112bea's for hw
to id, 77e3927's for ie to ih, 1e1c671's for ii to il, f1726f5's for im to ip, b97ef90's for
iq to it, 12dee3b's for iu to ix, ba8991c's for iy to jb, 0a8701a's for jc to jf, f0759aa's
for jg to jj, fcd3e37's for jk to jn, 23460b0's for jo to jr, 58aa733's for js to jv,
0ad2326's for jw to jz, a0c9c80's for ka to kd and a1d698c's for ke to kh. Rows recorded
since, which no shipped model has been trained with yet: 7b8ec92's for ki to kl, c4bf07d's for
km to kp, 1dede8f's for kq to kt, 37b5f9d's for ku to kx, 76bd3f0's for ky to lb,
8daf3b2's for lc to lf, 7c22f98's for lg to lj, c9f0e59's for lk to ln, 3189945's for lo
to lr, be844e8's for ls to lv, 31d4a1a's for lw to md, 1cc43a6's for me to mh, 3382366's
for mj, mm and mp, 07e5ab8's for mi, mk, ml, mn, mo and mq to mt, e8cce8e's for mu to mx,
1722cd0's for my to nf, 6017f77's for ng to nn,
7dea734's for no to nv, fc897a4's for nw to od,
f5d2d73's for oe to ol, df9553c's for om to ot, 59ff4f8's for ou to pj, 7fd0de6's for pk to pr,
a2a17d2's for ps to pz, 8cf8ef4's for qa to qh, 68d71b2's for qi to qp,
0e6298c's for qq to qx, c58457c's for qy to rf,
39076ad's for rg to rn, a38b2eb's for ro to rv,
0bceb90's for rw to sd, 8f82874's for se to sl,
3ebf5ba's for sm to st, f38cb9c's for su to tb,
af1e644's for tc to tj, b11b681's for tk to tr,
1fadac7's for ts to tz, 3bd5f39's for ua to uh, 02ac174's for ui to up,
827c86a's for uq to uy, 22825d6's for uz to vg, b080876's for vh to vo,
830086e's for vp to vw, 882e21e's for vx to we,
8c4060e's for wf to wm, ed3cbd2's for wn to wu, 2b45a5a's for wv to xc, 108edb1's
for xd to xk, dbc8bdd's for xl to xs, 8a40d78's for xt to ya, bdd7b73's for yb to yi,
1a8232c's for yj to yq, 483208e's for yr to yy, 3379ef7's for yz to zg,
7907298's for zh to zo, 1de0df0's for zp to zw, 0382b7d's for zx to aae,
486c4dc's for aaf to aam, e198fe3's for aan to aau, ac2ea75's for aav to abc,
efac53f's for abd to abk, 32d92c5's for abl to abs,
d3af6c5's for abt to aca, d42505f's for acb to aci,
5a896fc's for acj to acq, aedcaae's for acr to acy, 4fa8aed's for acz to adg,
1e2ad98's for adh to ado, 247079d's for adp to adw, f9b5b10's for adx to aee,
a48e090's for aef to aem and ad2a596's for aen to aeu.

The texts of the sets up to EN are gone. ``--prior`` carries what a model learnt from them:
the penalty draws the weights toward that model's instead of toward zero, so the shipped
model, trained on Y to EN, is updated with the later sets rather than replaced by a model of
fewer examples (the shipped model since session 44: that one, drawn toward with ``--l2 100``,
updated with hc to kh).

Real published articles are used here and not stored (benchmarks/extract_dev/README.md);
the model file keeps feature weights, the list of sets and the figures, no text.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract import articles, header
from graphkit.extract import extract_article, read_article
from graphkit.extract.articles import gazetteer_for
from graphkit.extract.pair_features import new_object, triple_features, unread
from graphkit.extract.reader import MODEL, Model, decide, load_model, reading_units, weighs
from graphkit.extract.text import dehyphenate, nlp, sentence_spans

THRESHOLDS = [round(0.3 + 0.05 * k, 2) for k in range(13)]


def _claim(r: dict) -> SimpleNamespace:
    return SimpleNamespace(subject=r["subject"], relation=r["relation"], object=r["object"],
                           confidence=float(r["confidence"]), rule=r["rule"], start=int(r["start"]))


def recorded_rules(path: Path | None) -> dict[tuple[str, str], list] | None:
    if path is None:
        return None
    found = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            found[(r["set"], r["article"])].append(_claim(r))
    return found


def examples(folder: Path, rules) -> list[tuple[str, tuple, dict | None, bool]]:
    """(set, (article, triple), features, in gold) for every candidate triple of the
    folder's articles; gold triples no candidate reaches come with no features."""
    gold = defaultdict(set)
    with (folder / "gold.csv").open(encoding="utf-8") as rows:
        for g in csv.DictReader(rows):
            if g["subject"]:
                gold[g["article"]].add((g["subject"], g["relation"], g["object"]))
    gazetteer = gazetteer_for()
    out = []
    for path in articles(folder):
        article = read_article(path)
        if rules is None:
            url, published = header(path)
            claims = [_claim(r) for r in extract_article(article, source_url=url, published=published,
                                                         reader=False).rows]
        else:
            claims = rules.get((folder.name, path.name), [])
        doc = nlp()(dehyphenate(article.text).text)
        sentences, mentions = reading_units(doc, sentence_spans(doc), gazetteer)
        found = triple_features(doc, sentences, mentions, gazetteer, claims)
        out += [(folder.name, (path.name, t), f.features, t in gold[path.name])
                for t, f in found.items()]
        out += [(folder.name, (path.name, t), None, True) for t in gold[path.name] if t not in found]
    return out


def matrix(rows: list[dict], index: dict[str, int], grow: bool) -> csr_matrix:
    indices, values, starts = [], [], [0]
    for features in rows:
        for name, value in features.items():
            if name not in index:
                if not grow:
                    continue
                index[name] = len(index)
            indices.append(index[name])
            values.append(value)
        starts.append(len(indices))
    return csr_matrix((values, indices, starts), shape=(len(rows), len(index)))


def fit(rows: list[dict], labels: list[bool], l2: float,
        prior: Model | None = None) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression; the L2 penalty draws the weights toward
    ``prior``'s (zero for a feature it lacks), or toward zero without one."""
    index: dict[str, int] = {}
    x = matrix(rows, index, grow=True)
    y = np.array(labels, dtype=float)
    names = sorted(index, key=index.get)
    w0 = np.array([prior.weights.get(n, 0.0) if prior else 0.0 for n in names]
                  + [prior.bias if prior else 0.0])

    def loss(w):
        z = x @ w[:-1] + w[-1]
        g = 1 / (1 + np.exp(-z)) - y
        d = w[:-1] - w0[:-1]
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * l2 * d @ d
        return value, np.append(x.T @ g + l2 * d, g.sum())

    w = minimize(loss, w0.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 1000}).x
    weights = {n: float(w[i]) for i, n in enumerate(names)}
    if prior:  # a feature these rows lack keeps the prior's weight
        weights = {**prior.weights, **weights}
    return {n: round(v, 4) for n, v in weights.items() if abs(v) >= 1e-4}, float(w[-1])


def held_out(data, l2: float, weighed, prior: Model | None = None
             ) -> list[tuple[float, bool, bool, bool]]:
    """Each set scored by a model fitted on the others (the development set only trains):
    (probability, in gold, weighed, proposed by the rules) of each triple; the probability
    is 1 for one the reader keeps whatever it is, 0 for one it does not keep at any
    threshold."""
    scores = []
    for held in sorted({s for s, _, _, _ in data if s != "extract_dev"}):
        train = [(f, y) for s, _, f, y in data if s != held and f is not None
                 and not new_object(f)]
        model = Model(*fit([f for f, _ in train], [y for _, y in train], l2, prior), 0.0,
                      frozenset(weighed), {})
        by_article = defaultdict(dict)
        for s, (article, triple), f, y in data:
            if s == held and f is not None:
                by_article[article][triple] = (model.probability(f), f)
        for s, (article, triple), f, y in data:
            if s != held:
                continue
            if f is None:
                scores.append((0.0, y, False, False))
                continue
            p = by_article[article][triple][0]
            # the threshold that keeps it: its probability if the reader would keep it there
            kept = triple in decide(by_article[article], p, weighed)
            always = unread(f) or not weighs(triple[1], f, weighed)
            scores.append((1.0 if kept and always else p if kept else 0.0, y, not always,
                           "rule|*" in f))
    return scores


def figures(scores, own: float | None = None) -> list[dict]:
    """Pooled figures at each threshold: over all triples, and the precision of the triples
    the reader decides on (``weighs``, not ``unread``), which the threshold moves. ``own``:
    the threshold for triples the rules did not propose, if higher (else the same)."""
    gold = sum(y for _, y, _, _ in scores)
    table = []
    for t in THRESHOLDS:
        floor = max(t, own or t)
        kept = [(y, d) for p, y, d, ruled in scores if p >= (t if ruled else floor)]
        found = [y for y, _ in kept]
        decided = [y for y, d in kept if d]
        correct = sum(found)
        table.append({"threshold": t, "own_threshold": floor, "gold": gold, "found": len(found),
                      "correct": correct,
                      "precision": round(correct / len(found), 3) if found else None,
                      "recall": round(correct / gold, 3) if gold else None,
                      "precision_weighed": round(sum(decided) / len(decided), 3) if decided else None})
    return table


def choose(pairs: list[dict], precision: float, of: str = "all") -> dict:
    """The row of ``pairs`` (``figures`` rows) with the highest recall whose pooled precision
    (of all triples, or ``of="weighed"``: of the triples the reader decides on) is at least
    ``precision``; ties go to the higher threshold, then the lower own threshold. None
    qualifies: the strictest row."""
    key = "precision" if of == "all" else "precision_weighed"
    good = [r for r in pairs if r[key] and r[key] >= precision]
    if not good:
        return max(pairs, key=lambda r: (r["threshold"], r["own_threshold"]))
    return max(good, key=lambda r: (r["recall"], r["threshold"], -r["own_threshold"]))


def _prior_about(path: Path | None, prior: Model | None) -> dict | None:
    """What the model file says of the prior the fit was drawn toward (its own prior too)."""
    if prior is None:
        return None
    return {"file": path.name, **{k: prior.about.get(k)
                                  for k in ("trained", "sets", "examples", "gold", "prior")}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", action="append", type=Path, required=True)
    parser.add_argument("--rules", type=Path)
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--precision-of", choices=("all", "weighed"), default="all",
                        help="which pooled precision must reach --precision: of all triples "
                             "(default), or of the triples the reader decides on")
    parser.add_argument("--min-gold", type=int, default=100,
                        help="gold claims a relation needs in training to be weighed")
    parser.add_argument("--rules-decide", action="append", metavar="RELATION",
                        help="a relation whose claims the rules keep whatever its gold count "
                             "(default: COOPERATES_ON and LEADS, which the annotators under-record: "
                             "they looked for memberships and signatures, and disagree on rotating chairs)")
    parser.add_argument("--prior", type=Path, metavar="MODEL",
                        help="a model file (the shipped one, trained on sets whose texts are gone) "
                             "whose weights the penalty draws the fit toward instead of zero")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    prior = load_model(args.prior) if args.prior else None
    rules_decide = set(args.rules_decide or ("COOPERATES_ON", "LEADS"))
    rules = recorded_rules(args.rules)
    data = [e for folder in args.dir for e in examples(folder, rules)]
    gold = Counter(triple[1] for _, (_, triple), _, y in data if y)
    weighed = sorted(r for r, n in gold.items() if n >= args.min_gold and r not in rules_decide)
    print(f"relations weighed (at least {args.min_gold} gold, not {', '.join(sorted(rules_decide))}): "
          f"{', '.join(weighed)}; the others keep the rules' claims and confidence")
    scores = held_out(data, args.l2, set(weighed), prior)
    table = figures(scores)
    pairs = [row for own in THRESHOLDS for row in figures(scores, own)]
    print("Each set scored by a model trained on the others, pooled:")
    columns = ("threshold", "own_threshold", "gold", "found", "correct", "precision", "recall",
               "precision_weighed")
    print("threshold | for triples only the reader proposes | gold | found | correct | precision "
          "| recall | precision of the weighed")
    for row in table:
        print(" | ".join(str(row[k]) for k in columns))
    chosen = choose(pairs, args.precision, args.precision_of)
    which = "all triples'" if args.precision_of == "all" else "the weighed triples'"
    print(f"chosen (the highest recall at which {which} precision is at least {args.precision}):")
    print(" | ".join(str(chosen[k]) for k in columns))
    train = [(f, y) for _, _, f, y in data if f is not None and not new_object(f)]
    weights, bias = fit([f for f, _ in train], [y for _, y in train], args.l2, prior)
    about = {"trained": dt.date.today().isoformat(),
             "sets": sorted({s for s, _, _, _ in data}),
             "examples": len(train),
             "gold": sum(y for _, _, _, y in data),
             "rules": str(args.rules.name) if args.rules else "current",
             "l2": args.l2, "precision_of": args.precision_of, "held_out": chosen, "prior": _prior_about(args.prior, prior),
             "held_out_by_threshold": table,
             "held_out_by_own_threshold": [r for r in pairs if r["threshold"] == chosen["threshold"]]}
    args.out.write_text(json.dumps({"about": about, "threshold": chosen["threshold"],
                                    "own_threshold": chosen["own_threshold"],
                                    "bias": round(bias, 4), "weights": weights,
                                    "relations": weighed},
                                   indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"threshold {chosen['threshold']} ({chosen['own_threshold']} for triples only the reader "
          f"proposes): held-out precision {chosen['precision']} "
          f"({chosen['precision_weighed']} on the triples weighed), recall {chosen['recall']}; "
          f"{len(weights)} weights written to {args.out}")


if __name__ == "__main__":
    main()
