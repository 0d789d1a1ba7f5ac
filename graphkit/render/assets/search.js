/* graphkit page search: resolve what a user types to a node as the command line does
   (graphkit.io.lookup.resolve_node): the exact id, the id ignoring case, "_" and "-", a country
   name or code through country_converter's own patterns (data.countries, from
   graphkit.io.countries.country_patterns), then a node's name or alias. So "Turkey", "UK"
   and "Great Britain" find their countries on the page as in `graphkit show`. */
(function () {
  "use strict";
  window.graphkitResolver = function (data, nodeById) {
    function fold(t) { return String(t).replace(/[_-]/g, " ").split(/\s+/).filter(Boolean).join(" ").toLowerCase(); }
    var countryRows = (data.countries || []).map(function (r) {
      function re(src) { try { return new RegExp(src, "i"); } catch (e) { return null; } }
      return {iso3: r[0], name: re(r[1]), iso2: re(r[2])};
    });
    var iso3Codes = new Set(countryRows.map(function (r) { return r.iso3; }).filter(function (c) {
      return /^[A-Z]{3}$/.test(c); }));
    function toIso3(text) {  /* graphkit.io.countries.to_iso3 */
      text = text.split(/\s+/).filter(Boolean).join(" ");
      if (!text || /^[+-]?\d+$/.test(text)) return null;
      if (text.length === 3 && iso3Codes.has(text.toUpperCase())) return text.toUpperCase();
      var found = countryRows.filter(function (r) {
        if (text.length === 2) return r.iso2 && r.iso2.test(text);
        if (text.length === 3) return r.iso3.replace(/\..*/, "").toLowerCase() === text.toLowerCase();
        return r.name && r.name.test(text);
      });
      if (found.length !== 1) return null;
      var code = found[0].iso3.split("|")[0].replace(/[^0-9A-Za-z]/g, "").toUpperCase();
      return iso3Codes.has(code) ? code : null;
    }
    function resolveName(text) {  /* graphkit.io.lookup.resolve_node */
      text = String(text).trim();
      if (!text) return null;
      if (nodeById.has(text)) return text;
      var folded = fold(text), hit = null;
      nodeById.forEach(function (n, id) { if (hit === null && fold(id) === folded) hit = id; });
      if (hit !== null) return hit;
      var iso3 = toIso3(text);
      if (iso3 !== null && nodeById.has(iso3)) return iso3;
      nodeById.forEach(function (n, id) {
        if (hit !== null) return;
        if (fold(n.gk.name || "") === folded ||
            (n.gk.aliases || []).some(function (a) { return fold(a) === folded; })) hit = id;
      });
      return hit;
    }
    return resolveName;
  };
})();
