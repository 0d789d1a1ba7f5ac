// name: interested_not_joined
// summary: Countries that expressed interest in something (directly or through their space agency) but are not members of it on the day, and those a source still calls only interested after another recorded them joining (sources differ).
// params:
//   target: node  the programme, agreement or organisation (example: ILRS)
//   day: date  the day to look at (example: 2024-06-12; default: today)
//   relations: list<relation>  relation types that count as having joined; bloc = every bloc relation of schema.yaml (example: SIGNED,RATIFIED,MEMBER_OF; default: bloc)
// returns: country, name, interested_since, via, publisher, source_url, evidence, member_since, member_source
// mode: read
//
// Claims count as graphkit.analysis.country_claims counts them: a claim by a Country or by
// its agency (Agency -[:AGENCY_OF]-> Country) counts for the country when certain on $day
// and no WITHDREW_FROM the target by the country or its agency,
// holding on $day, is dated on or after it. Listed: countries with a counting
// EXPRESSED_INTEREST_IN and either
//   - no counting claim of $relations (not a member on $day): member_since is null; or
//   - a counting claim of $relations from another source, dated on or before the interest,
//     and none from the interest's own source: a source still reports only interest after
//     another recorded the joining. Both stand; member_since and member_source give the
//     earliest such joining, so the difference shows (the seed story's "interest from
//     Azerbaijan, Belarus, Egypt and Turkey" in the ILRS, when official sources list the
//     first three as participants since 2023).
// The interest shown is the earliest that qualifies; via: who expressed it (the country
// itself, or its agency).
// Dates are periods at their precision (graphkit.io.periods): '2025' is some day of 2025.
// The loader stores each period's first and last day as Neo4j dates (since_first, since_last,
// until_first, until_last: neo4j.date_bounds in schema.yaml); the conditions below use them.
// A claim is certain on d when its whole since period lies on or before d and its until
// (exclusive) cannot have come; it holds possibly when d lies on or after since's first day
// and before until's last day. A withdrawal dated on or after a claim undoes it when the
// withdrawal holds (certainly: gone; possibly: the claim is only possible). "Dated on or
// before" compares the text dates, as withdrawals do ('2023-10' is before '2024').
WITH date($day) AS d
MATCH (t:Entity {id: $target})<-[i:EXPRESSED_INTEREST_IN]-(via:Entity)-[:AGENCY_OF*0..1]->(c:Country)
WHERE i.since_last <= d AND (i.until_first IS NULL OR d < i.until_first)
  AND NOT EXISTS {
    MATCH (t)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE w.since >= i.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
  }
CALL (t, c, d) {
  OPTIONAL MATCH (t)<-[r]-(:Entity)-[:AGENCY_OF*0..1]->(c)
  WHERE type(r) IN $relations AND r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first)
    AND NOT EXISTS {
      MATCH (t)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
      WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
    }
  RETURN collect(r) AS joined
}
WITH c, i, via, joined
WHERE size(joined) = 0
   OR (any(r IN joined WHERE r.since <= i.since AND r.source_url <> i.source_url)
       AND none(r IN joined WHERE r.source_url = i.source_url))
WITH c, i, via, [r IN joined WHERE r.since <= i.since] AS before
ORDER BY i.since, via.id, i.source_url
WITH c, collect({claim: i, via: via.id, before: before})[0] AS first
UNWIND (CASE size(first.before) WHEN 0 THEN [null] ELSE first.before END) AS r
WITH c, first, r
ORDER BY r.since, r.source_url
WITH c, first, collect(r)[0] AS joining
RETURN c.id AS country, c.name AS name, first.claim.since AS interested_since, first.via AS via,
       first.claim.publisher AS publisher, first.claim.source_url AS source_url,
       first.claim.evidence AS evidence, joining.since AS member_since,
       joining.source_url AS member_source
ORDER BY country
