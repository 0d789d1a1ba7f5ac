// name: neighbourhood
// summary: Nodes within k hops of a node along the given relation types (either direction), nearest first.
// params:
//   node: node  where to start (example: ILRS)
//   k: integer[1..4]  most hops (example: 2)
//   relations: list<relation>  relation types to follow; all = every relation (example: MEMBER_OF,SIGNED; default: all)
//   day: date  only relations that hold on this day, certainly or possibly (example: 2024-12-31; default: today)
// returns: node, name, kind, hops
// mode: read
//
// A relation holds on $day, certainly or possibly, when $day lies on or after the first day of
// its since period and before the last day of its until period (since_first, until_last: the
// Neo4j dates the loader stores, graphkit.io.periods).
MATCH (n:Entity {id: $node})
MATCH p = ANY SHORTEST (n)-[r WHERE type(r) IN $relations AND r.since_first <= date($day) AND (r.until_last IS NULL OR date($day) < r.until_last)]-{1,4}(m:Entity)
WHERE m <> n AND length(p) <= $k
RETURN m.id AS node, m.name AS name, m.kind AS kind, min(length(p)) AS hops
ORDER BY hops, node
