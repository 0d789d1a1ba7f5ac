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
// Membership, as graphkit.analysis.bloc_members counts it: a Country is a member on $day
// when it, or its agency (Agency -[:AGENCY_OF]-> Country), has one of $relations to the
// bloc valid on $day (since <= $day < until), unless a WITHDREW_FROM the bloc by the
// country or its agency, valid on $day, is dated on or after that relation.
UNWIND $blocs AS bloc
MATCH (x:Entity {id: bloc})<-[r]-(:Entity)-[:AGENCY_OF*0..1]->(c:Country)
WHERE type(r) IN $relations
  AND r.since <= $day AND (r.until IS NULL OR $day < r.until)
  AND NOT EXISTS {
    MATCH (x)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= r.since AND w.since <= $day AND (w.until IS NULL OR $day < w.until)
  }
WITH c, collect(DISTINCT bloc) AS blocs
RETURN c.id AS country, c.name AS name, size(blocs) AS count,
       [b IN $blocs | [b, b IN blocs]] AS member
ORDER BY count DESC, country
