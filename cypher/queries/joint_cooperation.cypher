// name: joint_cooperation
// summary: What two countries cooperate on, directly or through their space agencies, with the sources.
// params:
//   a: node  first country (example: Russia)
//   b: node  second country (example: China)
//   relations: list<relation>  relation types that count as cooperating (example: COOPERATES_ON,PARTNER_OF; default: COOPERATES_ON,PARTNER_OF)
// returns: target, name, kind, a_since, b_since, a_via, b_via, source_urls
// mode: read
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
WITH a, b,
     COLLECT { MATCH (g:Entity)-[:AGENCY_OF]->(a) RETURN g } + [a] AS side_a,
     COLLECT { MATCH (g:Entity)-[:AGENCY_OF]->(b) RETURN g } + [b] AS side_b
UNWIND side_a AS sa
MATCH (sa)-[ra]->(x:Entity)
WHERE type(ra) IN $relations AND NOT x IN [a, b]
MATCH (sb:Entity)-[rb]->(x)
WHERE sb IN side_b AND type(rb) IN $relations
WITH x, min(ra.since) AS a_since, min(rb.since) AS b_since,
     collect(DISTINCT sa.id) AS a_via, collect(DISTINCT sb.id) AS b_via,
     collect(DISTINCT ra.source_url) + collect(DISTINCT rb.source_url) AS urls
RETURN x.id AS target, x.name AS name, x.kind AS kind, a_since, b_since,
       a_via, b_via, reduce(s = [], u IN urls | CASE WHEN u IN s THEN s ELSE s + u END) AS source_urls
ORDER BY CASE WHEN a_since > b_since THEN a_since ELSE b_since END, target
