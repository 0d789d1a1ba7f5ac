/* graphkit interactive graph: search, relation and date filters, neighbour highlight.
   Every string from the data reaches the page through textContent, never as HTML. */
(function () {
  "use strict";
  var times = window.__graphkitTimes = {start: performance.now()};
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  times.parsed = performance.now();
  var DIM_NODE = "rgba(200,200,200,0.35)", DIM_EDGE = "rgba(200,200,200,0.25)";
  var POSSIBLE_DASHES = [2, 6];

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

  var nodeById = new Map(), nodeIds = data.nodes.map(function (n) { return n.id; });
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  function nameOf(id) { var n = nodeById.get(id); return n ? (n.gk.name || n.label) : String(id); }

  function nodeCard(n) {
    var g = n.gk || {}, box = el("div");
    box.appendChild(el("div", "gk-tip-title", g.name || n.label));
    row(box, "id", n.id);
    row(box, "kind", g.kind);
    row(box, "bloc", g.bloc);
    row(box, "possibly in", g.possibly);
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
    if (state.day) row(box, "on " + state.day, holdsOn(g, state.day) || "does not hold");
    if (g.change) row(box, "change", g.change + " (" + g.before + " on " + data.compare.from +
                      ", " + g.after + " on " + data.compare.to + ")");
    row(box, "status", g.status);
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
  function fitAll() {  /* the whole graph in the frame, with room for the labels at its rim */
    network.fit({animation: false});
    network.moveTo({scale: network.getScale() * 0.9, animation: false});
  }
  fitAll();
  network.once("afterDrawing", function () {
    window.__graphkitDrawn = times.drawn = performance.now();
    document.body.setAttribute("data-drawn", "1");
    placeLabels();
  });

  var labels = window.graphkitLabels(network, nodes, container, times);
  var placeLabels = labels.place, placeLabelsSoon = labels.soon;
  network.on("zoom", placeLabelsSoon);
  network.on("dragEnd", placeLabelsSoon);
  window.addEventListener("resize", placeLabelsSoon);

  /* hover tooltips, built on demand from text, kept inside the window */
  var tip = document.getElementById("gk-tooltip");
  function showTip(card, pointer) {
    tip.replaceChildren(card);
    tip.style.left = "0px"; tip.style.top = "0px";
    tip.hidden = false;
    var r = container.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    var x = r.left + pointer.x, y = r.top + pointer.y, gap = 14, edge = 8;
    var left = x + gap + w <= window.innerWidth - edge ? x + gap : x - gap - w;
    var top = y + gap + h <= window.innerHeight - edge ? y + gap : y - gap - h;
    tip.style.left = Math.max(edge, Math.min(left, window.innerWidth - edge - w)) + "px";
    tip.style.top = Math.max(edge, Math.min(top, window.innerHeight - edge - h)) + "px";
  }
  function hideTip() { tip.hidden = true; }  network.on("hoverNode", function (p) { showTip(nodeCard(nodes.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeCard(edges.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  var details = document.getElementById("gk-details");  /* details panel, with source links */
  function showDetails(card) { details.replaceChildren(card); details.hidden = false; }
  /* how an edge looks: its relation's colour and dashes; dotted and faint when it only
     possibly holds on the page's day; grey when dimmed */
  function edgeLook(e, dim, possible) {
    var c = dim ? DIM_EDGE : e.gk.color;
    var opacity = dim ? 1 : possible ? 0.6 : e.gk.opacity || 1;
    return {color: {color: c, highlight: c, hover: c, opacity: opacity},
            dashes: possible ? POSSIBLE_DASHES : e.gk.dashes};
  }

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
      if (!!e.dimmed !== dim) eu.push(Object.assign({id: e.id, dimmed: dim}, edgeLook(e, dim, e.possible)));
    });
    batch(function () { nodes.update(nu); edges.update(eu); });
    placeLabelsSoon();
  }
  function selectNode(id) {
    if (!nodes.get(id)) return;
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false});
    showDetails(nodeCard(nodes.get(id)));
    placeLabels();
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { highlight(p.nodes[0]); showDetails(nodeCard(nodes.get(p.nodes[0]))); }
    else if (p.edges.length) { highlight(null); showDetails(edgeCard(edges.get(p.edges[0]))); }
    else { highlight(null); details.hidden = true; }
  });

  /* changes to the data sets, made as one: vis-network answers each update() by going over
     the whole graph (its "_dataChanged" or "_dataUpdated" event, about 0.5 ms on the curated
     data whether one item changed or many) and by a redraw. Hold both back until all changes
     are made, then go over the graph once and draw once, on the next frame. vis's
     _allowRedraw forgets a redraw already queued, so that is kept: without it, each batch
     queued one more (545 setDay calls in a row drew 545 times, for seconds after). */
  var batching = false;
  function batch(changes) {
    if (batching) { changes(); return; }
    var emitter = network.body.emitter, emit = emitter.emit, renderer = network.renderer;
    var queued = renderer.redrawRequested, held = null;
    emitter.emit = function (name) {  /* "_dataChanged" does all "_dataUpdated" does, and more */
      if (name === "_dataChanged" || name === "_dataUpdated") {
        if (held !== "_dataChanged") held = name;
        return emitter;
      }
      return emit.apply(emitter, arguments);
    };
    batching = true;
    emitter.emit("_blockRedraw");
    try { changes(); } finally {
      batching = false;
      emitter.emit = emit;
      try { if (held) emitter.emit(held); } finally {
        emitter.emit("_allowRedraw");
        renderer.redrawRequested = queued;  /* nothing can have drawn: all of it ran just now */
      }
    }
    emitter.emit("_requestRedraw");
  }

  /* filters: relation types and the day. Whether an edge holds on a day (certainly or
     possibly) was worked out in Python (graphkit.io.periods): each edge carries the
     stretches of days it holds, and the page only looks the day up. */
  var state = {off: new Set(), day: data.asOf || ""};
  function holdsOn(g, day) {
    if (!day) return "certain";
    var found = "", stretches = g.stretches || [];
    for (var j = 0; j < stretches.length; j++) {
      var s = stretches[j];
      if ((!s[0] || s[0] <= day) && (!s[1] || day < s[1])) found = s[2];
    }
    return found;
  }
  var hasEdges = new Set();
  data.edges.forEach(function (e) { hasEdges.add(e.from); hasEdges.add(e.to); });
  var countBox = document.getElementById("gk-count");
  var shownCounts = {nodes: data.nodes.length, edges: data.edges.length};
  function counts() { return {nodes: shownCounts.nodes, edges: shownCounts.edges}; }
  function setText(e, text) { text = String(text); if (e.textContent !== text) e.textContent = text; }
  var applied = null;  /* what the page shows: the day's period (periodOf) and the relations off */
  function applyFilters() {
    var key = periodOf(state.day) + "\n" + Array.from(state.off).sort().join("\n");
    if (key === applied && highlighted === null) return;  /* the same page: nothing to change */
    applied = key;
    var day = state.day, shownDegree = new Map(), heldDegree = new Map(), eu = [], nu = [];
    var hides = new Map(), ne = 0, nn = 0;
    function bump(m, e) { m.set(e.from, (m.get(e.from) || 0) + 1); m.set(e.to, (m.get(e.to) || 0) + 1); }
    edges.forEach(function (e) {
      var holds = holdsOn(e.gk, day), shown = !!holds && !state.off.has(e.gk.relation);
      var possible = holds === "possible", u = null;
      if (holds) bump(heldDegree, e);
      if (shown) { bump(shownDegree, e); ne += 1; }
      if (!!e.hidden === shown) u = {id: e.id, hidden: !shown};
      if (!!e.possible !== possible) {
        u = Object.assign(u || {id: e.id}, {possible: possible}, edgeLook(e, e.dimmed, possible));
      }
      if (u) eu.push(u);
    });
    nodes.forEach(function (n) {
      /* like filter_as_of: a country with no edge left goes; on a day, so does any node
         none of whose relations holds then (the data date relations, not nodes) */
      var hide = (!!day && !heldDegree.get(n.id)) ||
        (n.gk.kind === data.countryKind && hasEdges.has(n.id) && !shownDegree.get(n.id));
      hides.set(n.id, hide);
      if (!!n.hidden !== hide) nu.push({id: n.id, hidden: hide});
      if (!hide) nn += 1;
    });
    shownCounts = {nodes: nn, edges: ne};
    var looks = recolour(data.compare ? data.compare.to : day, hides);
    if (looks.length) {  /* one update per node: its visibility and its look merged */
      var byId = new Map();
      nu.forEach(function (u) { byId.set(u.id, u); });
      looks.forEach(function (u) {
        var had = byId.get(u.id);
        if (had) Object.assign(had, u); else nu.push(u);
      });
    }
    batch(function () {
      edges.update(eu); nodes.update(nu);
      if (highlighted !== null) highlight(null);
    });
    setText(countBox, nn + " of " + data.nodes.length + " nodes, " +
      ne + " of " + data.edges.length + " edges shown");
    placeLabelsSoon();
  }

  /* blocs: who is in each anchor's bloc on the day, as Python computed it (data.blocs is
     graphkit.analysis.blocs' membership: with no day, and as stretches of days, certain
     and possible); no rule here */
  var blocs = data.blocs;
  function stretchMaps(key) { return blocs ? blocs[key].map(function (pairs) { return new Map(pairs); }) : []; }
  var spansOf = stretchMaps("spans"), possibleOf = stretchMaps("possible");
  var undatedOf = blocs ? blocs.undated.map(function (ids) { return new Set(ids); }) : [];
  function within(spans, day) {
    return (spans || []).some(function (s) { return s[0] <= day && (!s[1] || day < s[1]); });
  }
  function inBloc(i, id, day) {  /* certainly in bloc i on day (the anchor is in its own) */
    if (id === blocs.anchors[i]) return true;
    if (!day) return undatedOf[i].has(id);
    return within(spansOf[i].get(id), day);
  }
  function possiblyIn(i, id, day) { return !!day && within(possibleOf[i].get(id), day); }
  function blocsOn(day, possible) {  /* anchor -> its bloc's node ids on day ("" for no day) */
    var out = {};
    if (!blocs) return out;
    blocs.anchors.forEach(function (a, i) {
      out[a] = nodeIds.filter(function (id) {
        return possible ? possiblyIn(i, id, day) : inBloc(i, id, day);
      });
    });
    return out;
  }
  function memberCount(i, day) {  /* "55" or "55 (+3 possible)", as Membership.count says */
    var certain, possible = 0;
    if (!day) certain = undatedOf[i].size;
    else {
      certain = 0;
      spansOf[i].forEach(function (spans) { if (within(spans, day)) certain += 1; });
      possibleOf[i].forEach(function (spans, id) {
        if (within(spans, day) && !within(spansOf[i].get(id), day)) possible += 1;
      });
    }
    return String(certain) + (possible ? " (+" + possible + " possible)" : "");
  }
  /* node id -> the blocs (anchor indices, in order) it is in on some day or with no day: on
     any day, it is in no other, certainly or possibly */
  var blocsOfNode = new Map();
  if (blocs) blocs.anchors.forEach(function (a, i) {
    function add(id) {
      var list = blocsOfNode.get(id);
      if (!list) blocsOfNode.set(id, list = []);
      if (list[list.length - 1] !== i) list.push(i);
    }
    add(a);
    undatedOf[i].forEach(function (id) { add(id); });
    spansOf[i].forEach(function (spans, id) { add(id); });
    possibleOf[i].forEach(function (spans, id) { add(id); });
  });
  var NO_BLOCS = [];
  function legendRow(id, day) {  /* row of the node legend: its only bloc, several or none */
    var n = blocs.anchors.length, found = -1, some = blocsOfNode.get(id) || NO_BLOCS;
    for (var j = 0; j < some.length; j++) {
      if (!inBloc(some[j], id, day)) continue;
      if (found >= 0) return n;
      found = some[j];
    }
    return found >= 0 ? found : n + 1;
  }
  /* the dates on which anything the page shows can change: where an edge's stretch or a bloc
     member's span begins or ends. Between two neighbours nothing does, so the page is the
     same for every day of a period (the slider mostly moves within one) */
  var bounds = (function () {
    var all = new Set();
    function add(s) { if (s[0]) all.add(s[0]); if (s[1]) all.add(s[1]); }
    data.edges.forEach(function (e) { (e.gk.stretches || []).forEach(add); });
    if (blocs) ["spans", "possible"].forEach(function (key) {
      blocs[key].forEach(function (pairs) { pairs.forEach(function (p) { p[1].forEach(add); }); });
    });
    return Array.from(all).sort();  /* as strings, the order the day comparisons use */
  })();
  function periodOf(day) {  /* how many of the bounds are on or before day; "" for no day */
    if (!day) return "";
    var lo = 0, hi = bounds.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (bounds[mid] <= day) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  var legendCounts = [];
  function recolour(day, hides) {  /* node looks (returned, as updates) and legend counts */
    var nu = [];
    if (!blocs) return nu;
    var n = blocs.anchors.length, counts = data.legend.nodes.map(function () { return 0; });
    nodes.forEach(function (node) {
      var k = legendRow(node.id, day), r = data.legend.nodes[k], color = r.color, maybe = [];
      var some = blocsOfNode.get(node.id) || NO_BLOCS;
      if (!hides.get(node.id)) counts[k] += 1;
      for (var j = 0; j < some.length; j++) {
        var i = some[j];
        if (possiblyIn(i, node.id, day) && !inBloc(i, node.id, day)) maybe.push(i);
      }
      if (k === n + 1 && maybe.length) {  /* in no bloc for certain: coloured as a possible member */
        color = data.legend.nodes[maybe.length === 1 ? maybe[0] : n].color;
      }
      var possibly = maybe.map(function (i) { return data.legend.nodes[i].title; }).join(", ") || undefined;
      if (node.gk.bloc === (r.title || r.label) && node.gk.color === color && node.gk.possibly === possibly) return;
      nu.push({id: node.id, color: node.dimmed ? DIM_NODE : color,
               borderWidth: possibly ? 3 : 1, shapeProperties: {borderDashes: possibly ? [3, 3] : false},
               gk: Object.assign({}, node.gk, {bloc: r.title || r.label, color: color, possibly: possibly})});
    });
    legendCounts.forEach(function (c, k) {  /* the DOM touched only where a count changed */
      if (k < n) { setText(c.count, memberCount(k, day)); return; }
      setText(c.count, counts[k]);
      if (c.row.hidden !== (counts[k] === 0)) c.row.hidden = counts[k] === 0;
    });
    return nu;
  }

  /* legends: relations (with their filter checkboxes), node colours, changes */
  function lineSample(color, dashes) {
    var line = el("span", "gk-line");
    line.style.borderTopColor = color;
    line.style.borderTopStyle = dashes ? "dashed" : "solid";
    return line;
  }
  function legendName(text, title) {
    var name = el("span", "gk-name", text);
    name.title = title || text;
    return name;
  }
  var relBox = document.getElementById("gk-relations");
  data.legend.relations.forEach(function (r) {
    var lab = el("label", "gk-legend-row");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = r.type;
    box.setAttribute("data-relation", r.type);
    box.addEventListener("change", function () {
      if (box.checked) state.off.delete(r.type); else state.off.add(r.type);
      applyFilters();
    });
    lab.appendChild(box); lab.appendChild(lineSample(r.color, r.dashes));
    lab.appendChild(legendName(r.label)); lab.appendChild(el("span", "gk-count", r.count));
    relBox.appendChild(lab);
  });
  if (!data.compare) {  /* the look of an edge that holds only possibly on the day */
    var maybeRow = el("div", "gk-legend-row gk-possible-row"), maybeLine = lineSample("#777", true);
    maybeLine.style.borderTopStyle = "dotted"; maybeLine.style.opacity = "0.6";
    maybeRow.appendChild(el("span", "gk-box-gap")); maybeRow.appendChild(maybeLine);
    maybeRow.appendChild(legendName("possible on the day (dotted)"));
    relBox.appendChild(maybeRow);
  }
  document.getElementById("gk-nodes-legend-title").textContent = data.legend.nodesTitle;
  var nodeBox = document.getElementById("gk-node-legend");
  data.legend.nodes.forEach(function (k) {
    var r = el("div", "gk-legend-row"), dot = el("span", "gk-dot");
    var count = el("span", "gk-count", k.members !== undefined ? k.members : k.count);
    dot.style.background = k.color;
    r.appendChild(dot); r.appendChild(legendName(k.label, k.title));
    r.appendChild(count);
    r.hidden = k.members === undefined && k.count === 0;
    legendCounts.push({row: r, count: count});
    nodeBox.appendChild(r);
  });
  var notes = document.getElementById("gk-notes");
  function note(text) { notes.appendChild(el("p", "gk-note", text)); }
  if (blocs) note("Bloc counts are members on the day: certain, then (+n possible). A dashed " +
                  "outline marks a country that is possibly a member of a bloc that day; " +
                  "one in no bloc for certain takes that bloc's colour.");

  /* date: a date input and a slider over the days between the first and last date */
  var dateBox = document.getElementById("gk-date-box");
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
    applyFilters();
  }
  dateInput.min = data.dateRange[0]; dateInput.max = data.dateRange[1];
  dateInput.addEventListener("change", function () { setDay(dateInput.value, false); });
  slider.addEventListener("input", function () { setDay(isoOf(Number(slider.value)), true); });
  document.getElementById("gk-date-clear").addEventListener("click", function () { setDay("", false); });
  if (data.compare) {  /* two days: edges marked by change; no day filter */
    dateBox.hidden = true;
    var changeBox = document.getElementById("gk-changes");
    changeBox.hidden = false;
    document.getElementById("gk-changes-title").textContent =
      "Changes from " + data.compare.from + " to " + data.compare.to;
    data.legend.changes.forEach(function (c) {
      var r = el("div", "gk-legend-row");
      r.setAttribute("data-change", c.label);
      var sample = lineSample(c.color, c.dashes);
      sample.style.opacity = String(c.opacity);
      r.appendChild(sample); r.appendChild(legendName(c.label));
      r.appendChild(el("span", "gk-count", c.count));
      changeBox.appendChild(r);
    });
    note("Added: holds on " + data.compare.to + " and not on " + data.compare.from +
         "; removed: the other way round. Blocs are coloured as on " + data.compare.to + ".");
  } else {
    note("Dotted, faint edges hold only possibly on the day: their date is known to the " +
         "month or the year, and the day falls in it.");
    note("On a day, a node none of whose relations holds then is hidden: the data date " +
         "relations, not the founding of organisations or programmes.");
  }

  /* search: by name, id, alias, and any name the command line resolves (search.js). tom-select
     escapes option text; options are built from data, not HTML */
  var resolveName = window.graphkitResolver(data, nodeById);
  var search = new TomSelect("#gk-search", {
    options: data.nodes.map(function (n) {
      return {value: String(n.id), text: (n.gk.name || n.label) + " (" + n.id + ")",
              aliases: (n.gk.aliases || []).join(" ")};
    }),
    valueField: "value", labelField: "text", searchField: ["text", "aliases"],
    maxOptions: 50, placeholder: "name, id or alias", allowEmptyOption: true,
    score: function (query) {  /* the node the command line would pick comes first */
      var base = this.sifter.getScoreFunction(query, this.getSearchOptions());
      var hit = resolveName(query), value = hit === null ? null : String(hit);
      return function (item) { return item.value === value ? 1000 : base(item); };
    },
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
                     memberCount: function (anchor, day) {
                       return memberCount(blocs.anchors.indexOf(anchor), day || ""); },
                     resolveName: resolveName, placeLabels: placeLabels, fitAll: fitAll,
                     selectNode: selectNode, highlight: highlight,
                     highlighted: function () { return highlighted === null ? null : Array.from(highlighted); }};
})();
