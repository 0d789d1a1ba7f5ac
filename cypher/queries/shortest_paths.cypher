// name: shortest_paths
// summary: The shortest chains of relations between two nodes, one row per step with its evidence.
// params:
//   a: node  where the paths start (example: Russia)
//   b: node  where the paths end (example: United States)
//   day: date  only relations that hold on this day, certainly or possibly (example: 2020-01-01; default: today)
//   limit: integer[1..1000]  most paths to return (example: 5; default: 20)
// returns: path, step, from, subject, relation, object, to, since, until, holds, source_url, evidence
// mode: read
//
// A relation holds on $day when $day lies on or after the first day of its since period
// and before the last day of its until period (dates are periods at their precision:
// graphkit.io.periods; the loader stores their first and last days as since_first, since_last,
// until_first, until_last); holds says whether it is certain then or only possible.
MATCH p = ALL SHORTEST (a:Entity {id: $a})-[r WHERE r.since_first <= date($day) AND (r.until_last IS NULL OR date($day) < r.until_last)]-+(b:Entity {id: $b})
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
       CASE WHEN r.since_last <= date($day) AND (r.until_first IS NULL OR date($day) < r.until_first) THEN 'certain' ELSE 'possible' END AS holds,
       r.source_url AS source_url, r.evidence AS evidence
ORDER BY path, step
