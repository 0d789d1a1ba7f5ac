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
// A claim is certain on d when its whole since period lies on or before d and its until
// (exclusive) cannot have come; it holds possibly when d lies on or after since's first day
// and before until's last day. A withdrawal dated on or after a claim undoes it when the
// withdrawal holds (certainly: gone; possibly: the claim is only possible).
WITH date($day) AS d
UNWIND $blocs AS bloc
MATCH (x:Entity {id: bloc})<-[r]-(:Entity)-[:AGENCY_OF*0..1]->(c:Country)
WHERE type(r) IN $relations
  AND CASE size(r.since) WHEN 4 THEN date(r.since) + duration('P1Y') - duration('P1D') WHEN 7 THEN date(r.since) + duration('P1M') - duration('P1D') ELSE date(r.since) END <= d AND (r.until IS NULL OR d < date(r.until))
  AND NOT EXISTS {
    MATCH (x)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= r.since AND date(w.since) <= d AND (w.until IS NULL OR d < CASE size(w.until) WHEN 4 THEN date(w.until) + duration('P1Y') - duration('P1D') WHEN 7 THEN date(w.until) + duration('P1M') - duration('P1D') ELSE date(w.until) END)
  }
WITH c, collect(DISTINCT bloc) AS blocs
RETURN c.id AS country, c.name AS name, size(blocs) AS count,
       [b IN $blocs | [b, b IN blocs]] AS member
ORDER BY count DESC, country
