// name: changes_between
// summary: What changed between two days: who joined, left, became possible or became certain in each bloc, and the claims that started or ended, each with its source.
// params:
//   from: date  the first day: its state is the baseline (example: 2025-01-01)
//   to: date  the second day, on or after from: what holds then is compared (example: 2025-12-31)
//   bloc: list<node>  the blocs to look at, comma-separated; all = every bloc, and every claim (example: artemis-accords; default: all)
//   relations: list<relation>  relation types that make a member; bloc = every bloc relation of schema.yaml (example: MEMBER_OF,SIGNED; default: bloc)
// returns: section, object, subject, via, change, before, after, relation, since, until, publisher, source_url, evidence
// mode: read
//
// The same rows as graphkit.analysis.changes.changes_between (what `graphkit diff` prints):
// section 'member': one row per country whose standing in a bloc differs between $from and
// $to, and per claim cited for it; subject is the country, via who made the claim (the
// country or its agency; in section 'claim' via is the subject). change: 'joined' (no -> certain), 'became certain'
// (possible -> certain), 'became possible' (no or certain -> possible) or 'left' (-> no);
// before and after: 'certain', 'possible' or 'no'. Standing is bloc_members' rule: a
// country's bloc claims, directly or through its agency (Agency -[:AGENCY_OF]-> Country),
// each certain, possible or not on the day, a WITHDREW_FROM dated on or after a claim
// undoing it (certainly: gone; possibly: only possible); a country is certain when one claim
// is. Cited: for a gain, the claims that hold on $to as the country now stands; for a loss,
// its withdrawals and bloc claims about the bloc that started or ended in between, else the
// claims it stood by on $from. section 'claim': every relationship (to or from a bloc of
// $bloc, when given) whose since or until may fall after $from and on or before $to: its
// period ends after $from and begins on or before $to; before and after say how it held on
// each day (withdrawals not applied). So a change dated $from is already in the state on
// $from; one dated $to counts. No rows when $to is before $from.
// Dates are periods at their precision (graphkit.io.periods): '2025' is some day of 2025.
// The loader stores each period's first and last day as Neo4j dates (since_first, since_last,
// until_first, until_last: neo4j.date_bounds in schema.yaml); the conditions below use them.
WITH date($from) AS d1, date($to) AS d2
WHERE d1 <= d2
CALL (d1, d2) {
  MATCH (b:Entity)<-[r]-(via:Entity)-[:AGENCY_OF*0..1]->(c:Country)
  WHERE type(r) IN $relations AND NOT b:Country AND (size($bloc) = 0 OR b.id IN $bloc)
  WITH DISTINCT d1, d2, b, r, via, c
  // each claim on each day, withdrawals applied: 2 certain, 1 possible, 0 not
  WITH d1, d2, b, r, via, c, [d IN [d1, d2] | CASE
      WHEN NOT (r.since_first <= d AND (r.until_last IS NULL OR d < r.until_last)) THEN 0
      WHEN EXISTS {
        MATCH (b)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
        WHERE w.since >= r.since AND w.since_last <= d AND (w.until_first IS NULL OR d < w.until_first)
      } THEN 0
      WHEN EXISTS {
        MATCH (b)<-[w:WITHDREW_FROM]-(:Entity)-[:AGENCY_OF*0..1]->(c)
        WHERE w.since >= r.since AND w.since_first <= d AND (w.until_last IS NULL OR d < w.until_last)
      } THEN 1
      WHEN r.since_last <= d AND (r.until_first IS NULL OR d < r.until_first) THEN 2
      ELSE 1 END] AS h
  WITH d1, d2, b, c, collect({r: r, via: via.id, h: h}) AS claims
  WITH d1, d2, b, c, claims,
       reduce(m = 0, x IN claims | CASE WHEN x.h[0] > m THEN x.h[0] ELSE m END) AS was,
       reduce(m = 0, x IN claims | CASE WHEN x.h[1] > m THEN x.h[1] ELSE m END) AS now
  WHERE was <> now
  CALL (b, c, d1, d2) {
    MATCH (b)<-[e]-(s:Entity)-[:AGENCY_OF*0..1]->(c)
    WHERE (type(e) = 'WITHDREW_FROM' OR type(e) IN $relations)
      AND ((e.since_last > d1 AND e.since_first <= d2)
           OR (e.until_first IS NOT NULL AND e.until_last > d1 AND e.until_first <= d2))
    RETURN collect(DISTINCT {r: e, via: s.id}) AS moved
  }
  WITH b, c, was, now,
       CASE WHEN now > was THEN [x IN claims WHERE x.h[1] = now]
            WHEN size(moved) > 0 THEN moved
            ELSE [x IN claims WHERE x.h[0] = was] END AS cited
  UNWIND cited AS x
  WITH b, c, was, now, x.r AS r, x.via AS via
  RETURN 0 AS part,
         [coalesce([i IN range(0, size($bloc) - 1) WHERE $bloc[i] = b.id][0], 0), b.id, c.id, type(r),
          r.since, coalesce(r.until, ''), via, coalesce(r.source_url, ''), coalesce(r.publisher, ''),
          coalesce(r.evidence, '')] AS k,
         'member' AS section, b.id AS object, c.id AS subject, via,
         CASE WHEN now = 0 THEN 'left'
              WHEN now = 2 AND was = 1 THEN 'became certain'
              WHEN now = 2 THEN 'joined'
              ELSE 'became possible' END AS change,
         ['no', 'possible', 'certain'][was] AS before, ['no', 'possible', 'certain'][now] AS after,
         type(r) AS relation, r.since AS since, coalesce(r.until, '') AS until,
         coalesce(r.publisher, '') AS publisher, coalesce(r.source_url, '') AS source_url,
         coalesce(r.evidence, '') AS evidence
  UNION ALL
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE r.since_first IS NOT NULL AND (size($bloc) = 0 OR s.id IN $bloc OR o.id IN $bloc)
  WITH s, r, o, r.since_last > d1 AND r.since_first <= d2 AS started,
       r.until_first IS NOT NULL AND r.until_last > d1 AND r.until_first <= d2 AS ended
  WHERE started OR ended
  WITH s, r, o, started, ended,
       [d IN [d1, d2] | CASE
          WHEN d < r.since_first OR (r.until_last IS NOT NULL AND d >= r.until_last) THEN 'no'
          WHEN d >= r.since_last AND (r.until_first IS NULL OR d < r.until_first) THEN 'certain'
          ELSE 'possible' END] AS h
  RETURN 1 AS part, [r.since, s.id, type(r), o.id, coalesce(r.until, '')] AS k,
         'claim' AS section, o.id AS object, s.id AS subject, s.id AS via,
         CASE WHEN started AND ended THEN 'started and ended' WHEN started THEN 'started' ELSE 'ended' END AS change,
         h[0] AS before, h[1] AS after, type(r) AS relation, r.since AS since,
         coalesce(r.until, '') AS until, coalesce(r.publisher, '') AS publisher,
         coalesce(r.source_url, '') AS source_url, coalesce(r.evidence, '') AS evidence
}
RETURN section, object, subject, via, change, before, after, relation, since, until, publisher,
       source_url, evidence
ORDER BY part, k
