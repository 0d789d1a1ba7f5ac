#!/usr/bin/env bash
# The main job, end to end: check data/, load it into the managed Neo4j, draw it,
# compare blocs, and run a few saved Cypher queries. Outputs land in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
gk=.venv/bin/graphkit
mkdir -p out

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "graphkit validate"
$gk validate data
step "graphkit stats"
$gk stats data

if [ -z "${NEO4J_URI:-}" ]; then
  step "graphkit neo4j start (managed local Neo4j; the first start downloads the jars once)"
  $gk neo4j start
fi
step "graphkit load (twice: the second run creates nothing)"
$gk load data
$gk load data
$gk neo4j status

step "graphkit render --out out/graph.html"
$gk render --out out/graph.html
$gk render --focus ilrs --depth 2 --out out/ilrs.html

step "graphkit report blocs ILRS artemis-accords"
$gk report blocs ILRS artemis-accords --out out/ilrs-vs-artemis.html
$gk report blocs ILRS artemis-accords --out out/ilrs-vs-artemis.md
$gk report blocs BRICS G7 --out out/brics-vs-g7.html

step "saved Cypher queries"
$gk query list
$gk query run bloc_members -p bloc=ILRS -p day=2024-12-31
$gk query run interested_not_joined -p target=ILRS
$gk query run joint_cooperation -p a=Russia -p b=China

step "done"
cat >&2 <<MSG
Open in a browser (works offline):
  out/graph.html            the whole graph
  out/ilrs.html             the ILRS and its neighbourhood
  out/ilrs-vs-artemis.html  bloc comparison: ILRS against the Artemis Accords
  out/brics-vs-g7.html      bloc comparison: BRICS against the G7
The managed Neo4j keeps running: 'graphkit neo4j stop' (or 'make neo4j-stop') stops it.
MSG
