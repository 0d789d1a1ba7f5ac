// name: search_nodes
// summary: Nodes whose id, name or an alias contains the text, ignoring case.
// params:
//   text: string  what to look for (example: lunar)
// returns: id, kind, name, aliases
// mode: read
MATCH (n:Entity)
WHERE toLower(n.id) CONTAINS toLower($text)
   OR toLower(n.name) CONTAINS toLower($text)
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases
ORDER BY id
