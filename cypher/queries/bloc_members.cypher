// name: bloc_members
// summary: Countries in an organisation, agreement or programme on a day (directly or through their space agency), with the date each joined and the source.
// params:
//   bloc: node  the organisation, agreement or programme: id, name or alias (example: ILRS)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that make a member; bloc = every bloc relation of schema.yaml (example: MEMBER_OF,SIGNED; default: bloc)
// returns: member, name, kind, holds, joined, relation, via, relations, publisher, source_url, evidence
// mode: read
//
// Membership, as graphkit.analysis.bloc_membership counts it: a Country is a member on $day
// when it, or its agency (Agency -[:AGENCY_OF]-> Country), has one of $relations to the
// bloc that holds on $day, unless a WITHDREW_FROM the bloc by the country or its agency,
// dated on or after that relation, holds certainly. holds: 'certain' when one of its
// claims is certain, else 'possible'; joined, relation and relations are those claims'.
// Dates are periods at their precision (graphkit.io.periods): '2025' is some day of 2025.
// The loader stores each period's first and last day as Neo4j dates (since_first, since_last,
// until_first, until_last: neo4j.date_bounds in schema.yaml); the conditions below use them.
// A claim is certain on d when its whole since period lies on or before d and its until
// (exclusive) cannot have come; it holds possibly when d lies on or after since's first day
// and before until's last day. A withdrawal dated on or after a claim undoes it when the
// withdrawal holds (certainly: gone; possibly: the claim is only possible).
// via: who made the claim shown (the country itself, or its agency).
WITH date($day) AS d
MATCH (b:Entity {id: $bloc})<-[r]-(via:Entity)-[:AGENCY_OF*0..1]->(m:Country)
WHERE type(r) IN $relations
  AND r.since_first <= d AND (r.until_last IS NULL OR d < r.until_last)
  AND NOT EXISTS {
    MATCH (b)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(m)
    WHERE w.since >= r.since AND w.since_last <= d AND (w.until_first IS NULL OR d < w.until_first)
  }
WITH m, r, via,
     CASE WHEN r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first)
            AND NOT EXISTS {
              MATCH (b)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(m)
              WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
            }
          THEN 'certain' ELSE 'possible' END AS holds
WITH m, collect({claim: r, via: via.id, holds: holds}) AS found
WITH m, found, CASE WHEN any(c IN found WHERE c.holds = 'certain') THEN 'certain' ELSE 'possible' END AS holds
UNWIND [c IN found WHERE c.holds = holds] AS c
WITH m, holds, c
ORDER BY c.claim.since, type(c.claim), c.via, c.claim.source_url
WITH m, holds, collect(c) AS claims, collect(DISTINCT type(c.claim)) AS relations
WITH m, holds, claims[0].claim AS first, claims[0].via AS via, relations
RETURN m.id AS member, m.name AS name, m.kind AS kind, holds, first.since AS joined,
       type(first) AS relation, via, relations, first.publisher AS publisher,
       first.source_url AS source_url, first.evidence AS evidence
ORDER BY CASE holds WHEN 'certain' THEN 0 ELSE 1 END, joined, member
