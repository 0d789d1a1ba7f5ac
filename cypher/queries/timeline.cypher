// name: timeline
// summary: Every dated claim on a programme or agreement and on what is part of it, in date order.
// params:
//   node: node  the programme, agreement or organisation (example: ILRS)
// returns: date, event, subject, subject_name, relation, object, publisher, source_url, evidence
// mode: read
MATCH (root:Entity {id: $node})
MATCH (part:Entity)-[:PART_OF*0..3]->(root)
WITH DISTINCT part
MATCH (s:Entity)-[r]->(part)
UNWIND [['since', r.since], ['until', r.until]] AS change
WITH s, r, part, change
WHERE change[1] IS NOT NULL
RETURN change[1] AS date, change[0] AS event, s.id AS subject, s.name AS subject_name,
       type(r) AS relation, part.id AS object, r.publisher AS publisher,
       r.source_url AS source_url, r.evidence AS evidence
ORDER BY date, event, subject, relation, object, source_url
