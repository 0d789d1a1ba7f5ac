// name: common_blocs
// summary: Organisations, agreements and programmes two countries both belong to on a day (directly or through their space agencies).
// params:
//   a: node  first country: ISO alpha-3 code or name (example: Russia)
//   b: node  second country (example: China)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as belonging (example: MEMBER_OF; default: bloc)
// returns: bloc, name, kind, a_since, b_since, a_via, b_via
// mode: read
//
// Certain membership, as graphkit.analysis.bloc_members counts it: a Country is a member on $day
// when it, or its agency (Agency -[:AGENCY_OF]-> Country), has one of $relations to the
// bloc certain on $day, unless a WITHDREW_FROM the bloc by the
// country or its agency, holding on $day, is dated on or after that relation.
// a_via, b_via: who made the claims (the country itself and/or its agency).
// Dates are periods at their precision (graphkit.io.periods): '2025' is some day of 2025.
// The loader stores each period's first and last day as Neo4j dates (since_first, since_last,
// until_first, until_last: neo4j.date_bounds in schema.yaml); the conditions below use them.
// A claim is certain on d when its whole since period lies on or before d and its until
// (exclusive) cannot have come; it holds possibly when d lies on or after since's first day
// and before until's last day. A withdrawal dated on or after a claim undoes it when the
// withdrawal holds (certainly: gone; possibly: the claim is only possible).
WITH date($day) AS d
MATCH (c:Country)
WHERE c.id IN [$a, $b]
MATCH (x:Entity)<-[r]-(via:Entity)-[:AGENCY_OF*0..1]->(c)
WHERE type(r) IN $relations AND NOT x:Country
  AND r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first)
  AND NOT EXISTS {
    MATCH (x)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
  }
WITH x, c, r, via
ORDER BY via.id
WITH x, c, min(r.since) AS since, collect(DISTINCT via.id) AS via
ORDER BY x.id, c.id
WITH x, collect({country: c.id, since: since, via: via}) AS sides
WITH x, [s IN sides WHERE s.country = $a][0] AS sa, [s IN sides WHERE s.country = $b][0] AS sb
WHERE sa IS NOT NULL AND sb IS NOT NULL
RETURN x.id AS bloc, x.name AS name, x.kind AS kind, sa.since AS a_since, sb.since AS b_since,
       sa.via AS a_via, sb.via AS b_via
ORDER BY bloc
