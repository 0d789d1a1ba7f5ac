// name: bloc_members
// summary: Members of an organisation, agreement or programme on a day, with the date each joined and the source.
// params:
//   bloc: node  the organisation, agreement or programme: id, name or alias (example: ILRS)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that make a member; bloc = every bloc relation of schema.yaml (example: MEMBER_OF,SIGNED; default: bloc)
// returns: member, name, kind, joined, relation, relations, publisher, source_url, evidence
// mode: read
MATCH (m:Entity)-[r]->(:Entity {id: $bloc})
WHERE type(r) IN $relations
  AND r.since <= $day AND (r.until IS NULL OR $day < r.until)
WITH m, r
ORDER BY r.since, type(r), r.source_url
WITH m, collect(r) AS claims, collect(DISTINCT type(r)) AS relations
WITH m, claims[0] AS first, relations
RETURN m.id AS member, m.name AS name, m.kind AS kind, first.since AS joined,
       type(first) AS relation, relations, first.publisher AS publisher,
       first.source_url AS source_url, first.evidence AS evidence
ORDER BY joined, member
