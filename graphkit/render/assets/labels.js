/* graphkit page labels: a constant size on screen; the most important nodes (selected, then
   not dimmed, then largest, then most edges) keep theirs, and a label that would overlap one
   already placed is left out until zooming makes room. vis-network measures each label as it
   draws it, so the page draws once with every label in view, then hides the losers. Full names
   are in the tooltip and the details panel. */
(function () {
  "use strict";
  var LABEL_PX = 13, LABEL_PAD = 2, MAX_LABELS = 400;
  window.graphkitLabels = function (network, nodes, container, times) {
    var placing = false;
    function labelRank(a, b) {
      return (b.sel - a.sel) || (a.dim - b.dim) || (b.size - a.size) ||
        (b.degree - a.degree) || (String(a.id) < String(b.id) ? -1 : 1);
    }
    function overlaps(a, b) {
      return a.left < b.left + b.width && b.left < a.left + a.width &&
        a.top < b.top + b.height && b.top < a.top + a.height;
    }
    function placeLabels() {
      if (placing) return;
      placing = true;
      try { place(); } finally { placing = false; }
    }
    function place() {
      var scale = network.getScale(), size = LABEL_PX / scale;
      var view = network.DOMtoCanvas({x: 0, y: 0}), far = network.DOMtoCanvas(
        {x: container.clientWidth, y: container.clientHeight});
      var selected = new Set(network.getSelectedNodes()), all = [], nu = [];
      nodes.forEach(function (n) {
        if (n.hidden) return;
        var p = network.getPosition(n.id);
        if (p.x >= view.x && p.x <= far.x && p.y >= view.y && p.y <= far.y) {
          all.push({id: n.id, sel: selected.has(n.id) ? 1 : 0, dim: n.dimmed ? 1 : 0,
                    size: n.size || 0, degree: n.gk.degree || 0, label: n.label, text: n.gk.label});
        } else if (n.label !== "") nu.push({id: n.id, label: ""});
      });
      all.sort(labelRank);
      all.forEach(function (c, i) {  /* at most MAX_LABELS candidates: big graphs stay quick */
        if (i < MAX_LABELS) nu.push({id: c.id, label: c.text, font: {size: size}});
        else if (c.label !== "") nu.push({id: c.id, label: ""});
      });
      all = all.slice(0, MAX_LABELS);
      network.body.emitter.emit("_blockRedraw");
      try { nodes.update(nu); } finally { network.body.emitter.emit("_allowRedraw"); }
      network.redraw();  /* vis measures each label as it draws it */
      var placed = [], hide = [];
      all.forEach(function (c) {
        var box = network.body.nodes[c.id].labelModule.size, pad = LABEL_PAD / scale;
        var b = {left: box.left - pad, top: box.top - pad, width: box.width + 2 * pad,
                 height: box.height + 2 * pad};
        if (placed.some(function (q) { return overlaps(b, q); })) hide.push({id: c.id, label: ""});
        else placed.push(b);
      });
      nodes.update(hide);
      times.labels = {shown: placed.length, hidden: hide.length};
    }
    var placeTimer = null;
    function placeLabelsSoon() { clearTimeout(placeTimer); placeTimer = setTimeout(placeLabels, 120); }
    return {place: placeLabels, soon: placeLabelsSoon};
  };
})();
