// name: interested_not_joined
// summary: Countries that expressed interest in something but, on the day, have not signed or ratified it.
// params:
//   target: node  the programme, agreement or organisation (example: ILRS)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as having joined (example: SIGNED,RATIFIED,MEMBER_OF; default: SIGNED,RATIFIED)
// returns: country, name, interested_since, publisher, source_url, evidence
// mode: read
MATCH (c:Country)-[i:EXPRESSED_INTEREST_IN]->(t:Entity {id: $target})
WHERE i.since <= $day AND (i.until IS NULL OR $day < i.until)
  AND NOT EXISTS {
    MATCH (c)-[r]->(t)
    WHERE type(r) IN $relations AND r.since <= $day AND (r.until IS NULL OR $day < r.until)
  }
WITH c, i
ORDER BY i.since, i.source_url
WITH c, collect(i)[0] AS first
RETURN c.id AS country, c.name AS name, first.since AS interested_since,
       first.publisher AS publisher, first.source_url AS source_url, first.evidence AS evidence
ORDER BY country
