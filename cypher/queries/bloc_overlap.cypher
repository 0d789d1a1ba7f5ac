// name: bloc_overlap
// summary: Countries in both of two blocs on a day, and those in exactly one of them.
// params:
//   a: node  first bloc: organisation, agreement or programme (example: BRICS)
//   b: node  second bloc (example: SCO)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as membership (example: MEMBER_OF; default: bloc)
// returns: country, name, membership, in_a, in_b
// mode: read
//
// Certain membership, as graphkit.analysis.bloc_members counts it: a Country is a member on $day
// when it, or its agency (Agency -[:AGENCY_OF]-> Country), has one of $relations to the
// bloc certain on $day, unless a WITHDREW_FROM the bloc by the
// country or its agency, holding on $day, is dated on or after that relation.
// Dates are periods at their precision (graphkit.io.periods): '2025' is some day of 2025.
// The loader stores each period's first and last day as Neo4j dates (since_first, since_last,
// until_first, until_last: neo4j.date_bounds in schema.yaml); the conditions below use them.
// A claim is certain on d when its whole since period lies on or before d and its until
// (exclusive) cannot have come; it holds possibly when d lies on or after since's first day
// and before until's last day. A withdrawal dated on or after a claim undoes it when the
// withdrawal holds (certainly: gone; possibly: the claim is only possible).
WITH date($day) AS d
MATCH (x:Entity)<-[r]-(:Entity)-[:AGENCY_OF*0..1]->(c:Country)
WHERE x.id IN [$a, $b] AND type(r) IN $relations
  AND r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first)
  AND NOT EXISTS {
    MATCH (x)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
  }
WITH c, collect(DISTINCT x.id) AS blocs
WITH c, $a IN blocs AS in_a, $b IN blocs AS in_b
RETURN c.id AS country, c.name AS name,
       CASE WHEN in_a AND in_b THEN 'both' WHEN in_a THEN 'only ' + $a ELSE 'only ' + $b END AS membership,
       in_a, in_b
ORDER BY CASE WHEN in_a AND in_b THEN 0 WHEN in_a THEN 1 ELSE 2 END, country
