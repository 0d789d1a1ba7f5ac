// name: shortest_paths
// summary: The shortest chains of relations between two nodes, one row per step with its evidence.
// params:
//   a: node  where the paths start (example: Russia)
//   b: node  where the paths end (example: United States)
//   limit: integer[1..1000]  most paths to return (example: 5; default: 20)
// returns: path, step, from, subject, relation, object, to, since, until, source_url, evidence
// mode: read
MATCH p = ALL SHORTEST (a:Entity {id: $a})-[]-+(b:Entity {id: $b})
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r) + '|' + r.since] AS keys
ORDER BY ids, keys
LIMIT $limit
WITH collect(p) AS paths
UNWIND range(0, size(paths) - 1) AS i
WITH i, paths[i] AS p
UNWIND range(0, length(p) - 1) AS j
WITH i, j, nodes(p)[j] AS x, nodes(p)[j + 1] AS y, relationships(p)[j] AS r
RETURN i + 1 AS path, j + 1 AS step, x.id AS from, startNode(r).id AS subject, type(r) AS relation,
       endNode(r).id AS object, y.id AS to, r.since AS since, r.until AS until,
       r.source_url AS source_url, r.evidence AS evidence
ORDER BY path, step
