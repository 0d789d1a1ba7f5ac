// name: neighbourhood
// summary: Nodes within k hops of a node along the given relation types (either direction), nearest first.
// params:
//   node: node  where to start (example: ILRS)
//   k: integer[1..4]  most hops (example: 2)
//   relations: list<relation>  relation types to follow; all = every relation (example: MEMBER_OF,SIGNED; default: all)
//   day: date  only relations that hold on this day, certainly or possibly (example: 2024-12-31; default: today)
// returns: node, name, kind, hops
// mode: read
MATCH (n:Entity {id: $node})
MATCH p = ANY SHORTEST (n)-[r WHERE type(r) IN $relations AND date(r.since) <= date($day) AND (r.until IS NULL OR date($day) < CASE size(r.until) WHEN 4 THEN date(r.until) + duration('P1Y') - duration('P1D') WHEN 7 THEN date(r.until) + duration('P1M') - duration('P1D') ELSE date(r.until) END)]-{1,4}(m:Entity)
WHERE m <> n AND length(p) <= $k
RETURN m.id AS node, m.name AS name, m.kind AS kind, min(length(p)) AS hops
ORDER BY hops, node
