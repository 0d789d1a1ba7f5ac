// name: common_blocs
// summary: Organisations, agreements and programmes two countries both belong to on a day.
// params:
//   a: node  first country: ISO alpha-3 code or name (example: Russia)
//   b: node  second country (example: China)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as belonging (example: MEMBER_OF; default: bloc)
// returns: bloc, name, kind, a_since, b_since
// mode: read
MATCH (a:Entity {id: $a})-[ra]->(x:Entity)<-[rb]-(b:Entity {id: $b})
WHERE type(ra) IN $relations AND type(rb) IN $relations
  AND ra.since <= $day AND (ra.until IS NULL OR $day < ra.until)
  AND rb.since <= $day AND (rb.until IS NULL OR $day < rb.until)
WITH x, min(ra.since) AS a_since, min(rb.since) AS b_since
RETURN x.id AS bloc, x.name AS name, x.kind AS kind, a_since, b_since
ORDER BY bloc
