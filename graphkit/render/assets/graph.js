/* graphkit interactive graph: search, relation and date filters, neighbour highlight.
   Every string from the data reaches the page through textContent, never as HTML. */
(function () {
  "use strict";
  var times = window.__graphkitTimes = {start: performance.now()};
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  times.parsed = performance.now();
  var DIM_NODE = "rgba(200,200,200,0.35)", DIM_EDGE = "rgba(200,200,200,0.25)";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeHref(url) {  /* only http(s) URLs become links */
    if (typeof url !== "string") return null;
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function link(url) {
    var href = safeHref(url);
    if (!href) return el("span", null, url);
    var a = el("a", null, url);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function row(box, key, value) {
    if (value === undefined || value === null || value === "") return;
    var r = el("div", "gk-row");
    r.appendChild(el("span", "gk-key", key));
    r.appendChild(value instanceof Node ? value : el("span", null, value));
    box.appendChild(r);
  }

  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  function nameOf(id) { var n = nodeById.get(id); return n ? (n.gk.name || n.label) : String(id); }

  function nodeCard(n) {
    var g = n.gk || {}, box = el("div");
    box.appendChild(el("div", "gk-tip-title", g.name || n.label));
    row(box, "id", n.id);
    row(box, "kind", g.kind);
    row(box, "bloc", g.bloc);
    if (g.aliases && g.aliases.length) row(box, "also", g.aliases.join(", "));
    row(box, "about", g.description);
    if (g.url) row(box, "link", link(g.url));
    row(box, "edges", g.degree);
    return box;
  }
  function edgeCard(e) {
    var g = e.gk || {}, box = el("div");
    box.appendChild(el("div", "gk-tip-title",
      nameOf(e.from) + " \u2014 " + (g.label || g.relation) + " \u2192 " + nameOf(e.to)));
    row(box, "relation", g.relation);
    row(box, "since", g.since);
    row(box, "until", g.until);
    row(box, "evidence", g.evidence);
    row(box, "publisher", g.publisher);
    if (g.source_url) row(box, "source", link(g.source_url));
    row(box, "retrieved", g.retrieved);
    row(box, "note", g.note);
    return box;
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("gk-network");
  times.datasets = performance.now();
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  times.network = performance.now();
  network.once("afterDrawing", function () {
    window.__graphkitDrawn = times.drawn = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  if (data.freezeAfterStabilizing) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.fit();
    });
  }

  /* hover tooltips, built on demand from text */
  var tip = document.getElementById("gk-tooltip");
  function showTip(card, pointer) {
    tip.replaceChildren(card);
    var r = container.getBoundingClientRect();
    tip.style.left = Math.min(r.left + pointer.x + 14, window.innerWidth - 390) + "px";
    tip.style.top = (r.top + pointer.y + 14) + "px";
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeCard(nodes.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeCard(edges.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* details panel, with clickable source links */
  var details = document.getElementById("gk-details");
  function showDetails(card) { details.replaceChildren(card); details.hidden = false; }

  /* neighbour highlight */
  var highlighted = null;
  function highlight(id) {
    var keepNodes = null, keepEdges = null;
    if (id !== null && id !== undefined) {
      keepNodes = new Set([id]); keepEdges = new Set();
      network.getConnectedEdges(id).forEach(function (eid) {
        var e = edges.get(eid);
        if (e.hidden) return;
        keepEdges.add(eid); keepNodes.add(e.from); keepNodes.add(e.to);
      });
    }
    highlighted = keepNodes;
    var nu = [], eu = [];
    nodes.forEach(function (n) {
      var dim = keepNodes !== null && !keepNodes.has(n.id);
      if (!!n.dimmed !== dim) {
        nu.push({id: n.id, dimmed: dim, color: dim ? DIM_NODE : n.gk.color,
                 font: {color: dim ? "rgba(0,0,0,0.2)" : "#222"}});
      }
    });
    edges.forEach(function (e) {
      var dim = keepEdges !== null && !keepEdges.has(e.id);
      if (!!e.dimmed !== dim) eu.push({id: e.id, dimmed: dim, color: dim ? DIM_EDGE : e.gk.color});
    });
    nodes.update(nu); edges.update(eu);
  }
  function selectNode(id) {
    if (!nodes.get(id)) return;
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false});
    showDetails(nodeCard(nodes.get(id)));
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { highlight(p.nodes[0]); showDetails(nodeCard(nodes.get(p.nodes[0]))); }
    else if (p.edges.length) { highlight(null); showDetails(edgeCard(edges.get(p.edges[0]))); }
    else { highlight(null); details.hidden = true; }
  });

  /* filters: relation types and the day edges must hold on (ISO strings compare as dates) */
  var state = {off: new Set(), day: data.asOf || ""};
  var hasEdges = new Set();
  data.edges.forEach(function (e) { hasEdges.add(e.from); hasEdges.add(e.to); });
  function edgeShown(g) {
    if (state.off.has(g.relation)) return false;
    if (state.day) {
      if (!(g.since <= state.day)) return false;
      if (g.until && !(state.day < g.until)) return false;
    }
    return true;
  }
  var countBox = document.getElementById("gk-count");
  function counts() {
    return {nodes: nodes.get({filter: function (n) { return !n.hidden; }}).length,
            edges: edges.get({filter: function (e) { return !e.hidden; }}).length};
  }
  function applyFilters() {
    var shownDegree = new Map(), eu = [], nu = [];
    edges.forEach(function (e) {
      var shown = edgeShown(e.gk);
      if (shown) {
        shownDegree.set(e.from, (shownDegree.get(e.from) || 0) + 1);
        shownDegree.set(e.to, (shownDegree.get(e.to) || 0) + 1);
      }
      if (!!e.hidden === shown) eu.push({id: e.id, hidden: !shown});
    });
    nodes.forEach(function (n) {  /* like filter_as_of: a country with no edge left goes */
      var hide = n.gk.kind === data.countryKind && hasEdges.has(n.id) && !shownDegree.get(n.id);
      if (!!n.hidden !== hide) nu.push({id: n.id, hidden: hide});
    });
    edges.update(eu); nodes.update(nu);
    if (highlighted !== null) highlight(null);
    var c = counts();
    countBox.textContent = c.nodes + " of " + data.nodes.length + " nodes, " +
      c.edges + " of " + data.edges.length + " edges shown";
  }

  /* blocs: who is in each anchor's bloc on the day, as Python computed it (data.blocs is
     graphkit.analysis.blocs' membership: with no day, and as spans of days); no rule here */
  var blocs = data.blocs;
  var spansOf = blocs ? blocs.spans.map(function (pairs) { return new Map(pairs); }) : [];
  var undatedOf = blocs ? blocs.undated.map(function (ids) { return new Set(ids); }) : [];
  function inBloc(i, id, day) {
    if (id === blocs.anchors[i]) return true;
    if (!day) return undatedOf[i].has(id);
    return (spansOf[i].get(id) || []).some(function (s) {
      return s[0] <= day && (!s[1] || day < s[1]);
    });
  }
  function blocsOn(day) {  /* anchor -> its bloc's node ids on day ("" for no day) */
    var out = {};
    if (!blocs) return out;
    blocs.anchors.forEach(function (a, i) {
      out[a] = nodes.getIds().filter(function (id) { return inBloc(i, id, day); });
    });
    return out;
  }
  function legendRow(id, day) {  /* row of the node legend: its only bloc, several or none */
    var n = blocs.anchors.length, found = -1;
    for (var i = 0; i < n; i++) {
      if (!inBloc(i, id, day)) continue;
      if (found >= 0) return n;
      found = i;
    }
    return found >= 0 ? found : n + 1;
  }
  var legendCounts = [];
  function recolour(day) {
    if (!blocs) return;
    var counts = data.legend.nodes.map(function () { return 0; }), nu = [];
    nodes.forEach(function (n) {
      var k = legendRow(n.id, day), r = data.legend.nodes[k];
      counts[k] += 1;
      if (n.gk.bloc === r.label) return;
      nu.push({id: n.id, color: n.dimmed ? DIM_NODE : r.color,
               gk: Object.assign({}, n.gk, {bloc: r.label, color: r.color})});
    });
    nodes.update(nu);
    legendCounts.forEach(function (c, k) {
      c.count.textContent = counts[k];
      c.row.hidden = counts[k] === 0;
    });
  }

  /* legends: relations (with their filter checkboxes) and node colours */
  var relBox = document.getElementById("gk-relations");
  data.legend.relations.forEach(function (r) {
    var lab = el("label", "gk-legend-row");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = r.type;
    box.setAttribute("data-relation", r.type);
    box.addEventListener("change", function () {
      if (box.checked) state.off.delete(r.type); else state.off.add(r.type);
      applyFilters();
    });
    var line = el("span", "gk-line");
    line.style.borderTopColor = r.color;
    line.style.borderTopStyle = r.dashes ? "dashed" : "solid";
    lab.appendChild(box); lab.appendChild(line); lab.appendChild(el("span", null, r.label));
    lab.appendChild(el("span", "gk-count", r.count));
    relBox.appendChild(lab);
  });
  document.getElementById("gk-nodes-legend-title").textContent = data.legend.nodesTitle;
  var nodeBox = document.getElementById("gk-node-legend");
  data.legend.nodes.forEach(function (k) {
    var r = el("div", "gk-legend-row"), dot = el("span", "gk-dot"), count = el("span", "gk-count", k.count);
    dot.style.background = k.color;
    r.appendChild(dot); r.appendChild(el("span", null, k.label));
    r.appendChild(count);
    r.hidden = k.count === 0;
    legendCounts.push({row: r, count: count});
    nodeBox.appendChild(r);
  });

  /* date: a date input and a slider over the days between the first and last date */
  var dateInput = document.getElementById("gk-date"), slider = document.getElementById("gk-date-slider");
  var DAY = 86400000, t0 = Date.parse(data.dateRange[0] + "T00:00:00Z");
  var t1 = Date.parse(data.dateRange[1] + "T00:00:00Z");
  slider.min = 0; slider.max = Math.max(0, Math.round((t1 - t0) / DAY)); slider.step = 1;
  function isoOf(days) { return new Date(t0 + days * DAY).toISOString().slice(0, 10); }
  function setDay(day, fromSlider) {
    state.day = day || "";
    dateInput.value = state.day;
    if (!fromSlider) {
      slider.value = state.day ? Math.round((Date.parse(state.day + "T00:00:00Z") - t0) / DAY) : slider.max;
    }
    recolour(state.day);
    applyFilters();
  }
  dateInput.min = data.dateRange[0]; dateInput.max = data.dateRange[1];
  dateInput.addEventListener("change", function () { setDay(dateInput.value, false); });
  slider.addEventListener("input", function () { setDay(isoOf(Number(slider.value)), true); });
  document.getElementById("gk-date-clear").addEventListener("click", function () { setDay("", false); });

  /* search: tom-select escapes option text; options are built from data, not HTML */
  var search = new TomSelect("#gk-search", {
    options: data.nodes.map(function (n) {
      return {value: String(n.id), text: (n.gk.name || n.label) + " (" + n.id + ")",
              aliases: (n.gk.aliases || []).join(" ")};
    }),
    valueField: "value", labelField: "text", searchField: ["text", "aliases"],
    maxOptions: 50, placeholder: "name, id or alias", allowEmptyOption: true,
    onChange: function (value) {
      if (!value) return;
      var n = data.nodes.find(function (x) { return String(x.id) === value; });
      if (n) selectNode(n.id);
    }
  });

  setDay(state.day, false);
  times.ready = performance.now();
  window.graphkit = {network: network, nodes: nodes, edges: edges, search: search,
                     counts: counts, applyFilters: applyFilters, setDay: setDay, blocsOn: blocsOn,
                     selectNode: selectNode, highlight: highlight,
                     highlighted: function () { return highlighted === null ? null : Array.from(highlighted); }};
})();
