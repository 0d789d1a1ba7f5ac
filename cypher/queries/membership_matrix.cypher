// name: membership_matrix
// summary: Which countries belong to which of a list of blocs on a day, one column per bloc.
// params:
//   blocs: list<node>  the blocs, comma-separated (example: NATO,BRICS,SCO,EU)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as membership (example: MEMBER_OF; default: bloc)
// returns: country, name, count, member
// expand: member
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
UNWIND $blocs AS bloc
MATCH (x:Entity {id: bloc})<-[r]-(:Entity)-[:AGENCY_OF*0..1]->(c:Country)
WHERE type(r) IN $relations
  AND r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first)
  AND NOT EXISTS {
    MATCH (x)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
  }
WITH c, collect(DISTINCT bloc) AS blocs
RETURN c.id AS country, c.name AS name, size(blocs) AS count,
       [b IN $blocs | [b, b IN blocs]] AS member
ORDER BY count DESC, country
