// name: membership_matrix
// summary: Which countries belong to which of a list of blocs on a day, one column per bloc.
// params:
//   blocs: list<node>  the blocs, comma-separated (example: NATO,BRICS,SCO,EU)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as membership (example: MEMBER_OF; default: bloc)
// returns: country, name, count, member
// expand: member
// mode: read
UNWIND $blocs AS bloc
MATCH (c:Country)-[r]->(:Entity {id: bloc})
WHERE type(r) IN $relations AND r.since <= $day AND (r.until IS NULL OR $day < r.until)
WITH c, collect(DISTINCT bloc) AS blocs
RETURN c.id AS country, c.name AS name, size(blocs) AS count,
       [b IN $blocs | [b, b IN blocs]] AS member
ORDER BY count DESC, country
