// name: bloc_members
// summary: Countries in an organisation, agreement or programme on a day (directly or through their space agency), with the date each joined and the source.
// params:
//   bloc: node  the organisation, agreement or programme: id, name or alias (example: ILRS)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that make a member; bloc = every bloc relation of schema.yaml (example: MEMBER_OF,SIGNED; default: bloc)
// returns: member, name, kind, joined, relation, via, relations, publisher, source_url, evidence
// mode: read
//
// Membership, as graphkit.analysis.bloc_members counts it: a Country is a member on $day
// when it, or its agency (Agency -[:AGENCY_OF]-> Country), has one of $relations to the
// bloc valid on $day (since <= $day < until), unless a WITHDREW_FROM the bloc by the
// country or its agency, valid on $day, is dated on or after that relation.
// via: who made the claim shown (the country itself, or its agency).
MATCH (b:Entity {id: $bloc})<-[r]-(via:Entity)-[:AGENCY_OF*0..1]->(m:Country)
WHERE type(r) IN $relations
  AND r.since <= $day AND (r.until IS NULL OR $day < r.until)
  AND NOT EXISTS {
    MATCH (b)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(m)
    WHERE w.since >= r.since AND w.since <= $day AND (w.until IS NULL OR $day < w.until)
  }
WITH m, r, via
ORDER BY r.since, type(r), via.id, r.source_url
WITH m, collect({claim: r, via: via.id}) AS claims, collect(DISTINCT type(r)) AS relations
WITH m, claims[0].claim AS first, claims[0].via AS via, relations
RETURN m.id AS member, m.name AS name, m.kind AS kind, first.since AS joined,
       type(first) AS relation, via, relations, first.publisher AS publisher,
       first.source_url AS source_url, first.evidence AS evidence
ORDER BY joined, member
