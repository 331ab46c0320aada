// kg view: draws the embedded graph data with vis-network. Every string from an article reaches the page through
// textContent or a text node, never as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const kinds = data.kinds;
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const large = !data.physics;
  const hiddenKinds = new Set();
  const maxValue = Math.max(1e-9, ...data.nodes.filter((n) => n.kind !== "Statement").map((n) => n.value || 0));
  let asEdges = data.statementsAsEdges;
  document.title = data.title;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function tooltip(lines) {
    const box = el("div", null, "kg-tip");
    lines.forEach((line, i) => { if (line) box.appendChild(el("div", line, i ? "sub" : "")); });
    return box;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function nameOf(iri) {
    const e = data.entities[iri];
    return e ? e.name : (byId.has(iri) ? byId.get(iri).label : iri);
  }

  function visNode(n) {
    const style = kinds[n.kind];
    const item = { id: n.id, label: n.label, shape: style.shape, size: 9 + 21 * Math.sqrt((n.value || 0) / maxValue),
                   color: n.color || style.color, hidden: isHidden(n) };
    if (n.kind === "Statement") {
      const st = data.statements[n.id];
      item.font = { size: 10, color: "#666" };
      item.size = 6;
      item.color = { background: "#d0d0d0", border: "#999" };
      item.title = tooltip([st ? (st.speaker ? nameOf(st.speaker) : "(unattributed)") + " " + (st.cue || "said") : "",
                            n.label]);
    } else if (n.kind === "Literal" || n.kind === "Resource") {
      item.title = tooltip([n.text || n.label, n.kind]);
    } else {
      item.title = tooltip([n.label, n.kind + " · " + plural(n.articles || 0, "article")]);
    }
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }
  function isHidden(n) {
    if (n.kind === "Statement") return asEdges || hiddenKinds.has("Statement");
    return hiddenKinds.has(n.kind);
  }
  function visEdges() {
    const skip = asEdges ? "expanded" : "collapsed";
    return data.edges.filter((e) => e.group !== skip).map((e, i) => ({
      id: e.group + i, from: e.from, to: e.to, label: e.label, dashes: !!e.dashes,
      arrows: e.arrows === "" ? "" : "to", title: tooltip([nameOf(e.from) + " → " + nameOf(e.to), e.label]),
    }));
  }

  const nodes = new vis.DataSet(data.nodes.map(visNode));
  const edges = new vis.DataSet(visEdges());
  const options = {
    autoResize: true,
    layout: { improvedLayout: data.nodes.length <= 100, randomSeed: 7 },
    physics: data.physics
      ? { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 90 },
          stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true } }
      : false,
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   navigationButtons: false, keyboard: false },
    nodes: { font: { size: 13, face: "system-ui, sans-serif" }, borderWidth: 1,
             scaling: { label: { enabled: false, drawThreshold: 6 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#9a9a9a", highlight: "#333" },
             font: { size: 10, color: "#555", strokeWidth: 3, align: "middle" },
             smooth: large ? false : { type: "continuous" }, width: 1 },
  };
  const network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, options);

  function ready() { document.body.dataset.ready = "1"; }
  if (data.physics) {
    network.once("stabilizationIterationsDone", () => { network.setOptions({ physics: false }); ready(); });
  } else {
    network.once("afterDrawing", ready);
  }

  // -- legend and kind filters ---------------------------------------------------------------------------
  const legend = document.getElementById("legend");
  const present = new Set(data.nodes.map((n) => n.kind));
  Object.keys(kinds).filter((k) => present.has(k)).forEach((kind) => {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.kind = kind;
    const swatch = el("span", null, "swatch " + kinds[kind].shape);
    swatch.style.background = data.colorBy === "community" && kind !== "Statement" ? "#888" : kinds[kind].color;
    label.append(box, swatch, document.createTextNode(kind));
    box.addEventListener("change", () => {
      if (box.checked) hiddenKinds.delete(kind); else hiddenKinds.add(kind);
      refresh();
    });
    legend.appendChild(label);
  });
  if (data.colorBy === "community") legend.appendChild(el("span", "color: community", "kind"));

  const collapse = document.getElementById("collapse");
  collapse.checked = asEdges;
  collapse.parentElement.hidden = !data.edges.some((e) => e.group !== "always");
  collapse.addEventListener("change", () => { asEdges = collapse.checked; refresh(); });

  function refresh() {
    nodes.update(data.nodes.map((n) => ({ id: n.id, hidden: isHidden(n) })));
    edges.clear();
    edges.add(visEdges());
    count();
  }
  function count() {
    const shown = data.nodes.filter((n) => !isHidden(n)).length;
    const of = data.total > data.nodes.filter((n) => n.kind !== "Statement").length
      ? " (top " + data.nodes.filter((n) => n.kind !== "Statement").length + " of " + data.total + " entities)" : "";
    document.getElementById("count").textContent = plural(shown, "node") + ", " + plural(edges.length, "edge") + of;
  }
  count();

  // -- search -------------------------------------------------------------------------------------------
  const search = document.getElementById("search");
  const names = document.getElementById("names");
  const status = document.getElementById("status");
  data.nodes.filter((n) => n.kind !== "Statement").slice(0, 5000).forEach((n) => {
    const option = el("option");
    option.value = n.label;
    names.appendChild(option);
  });
  function find(text) {
    const q = text.trim().toLowerCase();
    if (!q) return null;
    const names = (n) => [n.label].concat((data.entities[n.id] || {}).aliases || []).map((s) => s.toLowerCase());
    const candidates = data.nodes.filter((n) => n.kind !== "Statement");
    return candidates.find((n) => names(n).includes(q)) ||
           candidates.find((n) => names(n).some((s) => s.includes(q))) ||
           data.nodes.find((n) => n.label.toLowerCase().includes(q)) || null;
  }
  function focusNode(id) {
    const n = byId.get(id);
    if (!n) return;
    if (isHidden(n)) {
      if (n.kind === "Statement") { asEdges = false; collapse.checked = false; }
      hiddenKinds.delete(n.kind);
      legend.querySelectorAll("input").forEach((box) => { if (box.dataset.kind === n.kind) box.checked = true; });
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    showPanel(id);
  }
  function onSearch() {
    const n = find(search.value);
    status.textContent = n || !search.value.trim() ? "" : "no match";
    if (n) focusNode(n.id);
  }
  search.addEventListener("change", onSearch);
  search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onSearch(); });

  // -- side panel ---------------------------------------------------------------------------------------
  const panel = document.getElementById("panel");
  const body = document.getElementById("panel-body");
  document.getElementById("close").addEventListener("click", () => { panel.hidden = true; network.unselectAll(); });

  function section(title, items) {
    if (!items.length) return;
    body.appendChild(el("h3", title));
    const list = el("ul");
    items.forEach((item) => { const li = el("li"); li.append(item); list.appendChild(li); });
    body.appendChild(list);
  }
  function entityLink(iri) {
    if (!byId.has(iri)) return el("span", nameOf(iri));
    const a = el("span", nameOf(iri), "link");
    a.addEventListener("click", () => focusNode(iri));
    return a;
  }
  function articleLine(iri) {
    const art = data.articles[iri];
    const box = el("span");
    if (!art) { box.textContent = iri; return box; }
    if (art.url && /^https?:\/\//.test(art.url)) {
      const a = el("a", art.headline);
      a.href = art.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      box.appendChild(a);
    } else {
      box.appendChild(el("span", art.headline || art.source));
    }
    if (art.date) box.appendChild(el("span", " · " + art.date, "meta"));
    return box;
  }
  function statementBlock(iri, showSpeaker) {
    const st = data.statements[iri];
    const box = el("div", null, "statement");
    const quote = el("blockquote", st.direct ? "“" + st.text + "”" : st.text);
    const meta = el("div", null, "meta");
    if (showSpeaker) {
      meta.append(st.speaker ? entityLink(st.speaker) : el("span", "(unattributed)"));
      meta.append(document.createTextNode(" " + (st.cue || "said")));
    } else {
      meta.append(document.createTextNode(st.cue || "said"));
    }
    if (st.about.length) {
      meta.append(document.createTextNode(" · about "));
      st.about.forEach((e, i) => { if (i) meta.append(document.createTextNode(", ")); meta.append(entityLink(e)); });
    }
    const source = el("div", null, "meta");
    source.append(document.createTextNode("in "), articleLine(st.article));
    if (st.date) source.append(el("span", " · said " + st.date));
    box.append(quote, meta, source);
    return box;
  }
  function showPanel(id) {
    const n = byId.get(id);
    if (!n) return;
    body.replaceChildren();
    if (n.kind === "Statement") {
      const st = data.statements[id];
      body.appendChild(el("h2", st.direct ? "Quotation" : "Reported speech"));
      body.appendChild(statementBlock(id, true));
    } else if (data.entities[id]) {
      const e = data.entities[id];
      body.appendChild(el("h2", e.name));
      body.appendChild(el("div", [e.kind, e.eventType, e.startDate].filter(Boolean).join(" · "), "kind"));
      section("Also known as", e.aliases.map((a) => el("span", a)));
      section("Titles", e.titles.map((t) => el("span", t)));
      const said = Object.keys(data.statements).filter((s) => data.statements[s].speaker === id);
      const about = Object.keys(data.statements).filter((s) => data.statements[s].about.includes(id));
      section("Statements by " + e.name + " (" + said.length + ")", said.map((s) => statementBlock(s, false)));
      section("Statements about " + e.name + " (" + about.length + ")", about.map((s) => statementBlock(s, true)));
      section("Articles (" + e.articles.length + ")", e.articles.map(articleLine));
    } else {
      body.appendChild(el("h2", n.kind));
      body.appendChild(el("div", n.text || n.id, "kind"));
    }
    panel.hidden = false;
    body.scrollTop = 0;
  }
  function showEdgePanel(edgeId) {
    const e = edges.get(edgeId);
    if (!e) return;
    const between = Object.keys(data.statements).filter((s) => {
      const st = data.statements[s];
      return (st.speaker === e.from && st.about.includes(e.to)) || (s === e.from) || (s === e.to);
    });
    body.replaceChildren();
    const title = el("h2");
    title.append(entityLink(e.from), document.createTextNode(" → "), entityLink(e.to));
    body.append(title, el("div", e.label, "kind"));
    section("Statements (" + between.length + ")", between.map((s) => statementBlock(s, true)));
    panel.hidden = false;
  }
  network.on("click", (params) => {
    if (params.nodes.length) showPanel(params.nodes[0]);
    else if (params.edges.length) showEdgePanel(params.edges[0]);
  });

  window.kgView = { network: network, nodes: nodes, edges: edges, data: data, focusNode: focusNode,
                    showPanel: showPanel, showEdgePanel: showEdgePanel };
})();
