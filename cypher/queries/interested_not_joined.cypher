// name: interested_not_joined
// summary: Countries that expressed interest in something (directly or through their space agency) but are not members of it on the day.
// params:
//   target: node  the programme, agreement or organisation (example: ILRS)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as having joined; bloc = every bloc relation of schema.yaml (example: SIGNED,RATIFIED,MEMBER_OF; default: bloc)
// returns: country, name, interested_since, via, publisher, source_url, evidence
// mode: read
//
// Claims count as graphkit.analysis.country_claims counts them: a claim by a Country or by
// its agency (Agency -[:AGENCY_OF]-> Country) counts for the country when certain on $day
// and no WITHDREW_FROM the target by the country or its agency,
// holding on $day, is dated on or after it. Listed: countries with a counting
// EXPRESSED_INTEREST_IN and no counting claim of $relations (so not a member on $day).
// via: who expressed the interest shown (the country itself, or its agency).
// Dates are periods at their precision (graphkit.io.periods): '2025' is some day of 2025.
// The loader stores each period's first and last day as Neo4j dates (since_first, since_last,
// until_first, until_last: neo4j.date_bounds in schema.yaml); the conditions below use them.
// A claim is certain on d when its whole since period lies on or before d and its until
// (exclusive) cannot have come; it holds possibly when d lies on or after since's first day
// and before until's last day. A withdrawal dated on or after a claim undoes it when the
// withdrawal holds (certainly: gone; possibly: the claim is only possible).
WITH date($day) AS d
MATCH (t:Entity {id: $target})<-[i:EXPRESSED_INTEREST_IN]-(via:Entity)-[:AGENCY_OF*0..1]->(c:Country)
WHERE i.since_last <= d AND (i.until_first IS NULL OR d < i.until_first)
  AND NOT EXISTS {
    MATCH (t)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= i.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
  }
  AND NOT EXISTS {
    MATCH (t)<-[r]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE type(r) IN $relations AND r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first)
      AND NOT EXISTS {
        MATCH (t)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
        WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
      }
  }
WITH c, i, via
ORDER BY i.since, via.id, i.source_url
WITH c, collect({claim: i, via: via.id})[0] AS first
RETURN c.id AS country, c.name AS name, first.claim.since AS interested_since, first.via AS via,
       first.claim.publisher AS publisher, first.claim.source_url AS source_url,
       first.claim.evidence AS evidence
ORDER BY country
