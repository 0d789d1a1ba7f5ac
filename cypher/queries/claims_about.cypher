// name: claims_about
// summary: Every claim about a node, in either direction, with its dates, source URL and evidence.
// params:
//   node: node  the node: id, name or alias (example: Türkiye)
// returns: subject, relation, object, other_name, since, until, publisher, source_url, evidence, retrieved, note
// mode: read
MATCH (n:Entity {id: $node})-[r]-(o:Entity)
RETURN startNode(r).id AS subject, type(r) AS relation, endNode(r).id AS object, o.name AS other_name,
       r.since AS since, r.until AS until, r.publisher AS publisher, r.source_url AS source_url,
       r.evidence AS evidence, r.retrieved AS retrieved, r.note AS note
ORDER BY since, subject, relation, object, source_url
