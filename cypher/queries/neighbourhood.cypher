// name: neighbourhood
// summary: Nodes within k hops of a node along the given relation types (either direction), nearest first.
// params:
//   node: node  where to start (example: ILRS)
//   k: integer[1..4]  most hops (example: 2)
//   relations: list<relation>  relation types to follow; all = every relation (example: MEMBER_OF,SIGNED; default: all)
// returns: node, name, kind, hops
// mode: read
MATCH (n:Entity {id: $node})
MATCH p = ANY SHORTEST (n)-[r WHERE type(r) IN $relations]-{1,4}(m:Entity)
WHERE m <> n AND length(p) <= $k
RETURN m.id AS node, m.name AS name, m.kind AS kind, min(length(p)) AS hops
ORDER BY hops, node
