// sitrep dashboard. Plain script, no dependencies, no build step.
//
// Safety rule: article text and metadata are data. Every element is made
// with document.createElement (or createElementNS for SVG) and every piece
// of data is inserted with textContent or setAttribute on a fixed,
// harmless attribute; links to article URLs go through safeURL. Nothing is
// ever parsed as HTML. internal/web/web_test.go checks this file for the
// APIs that would break the rule.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  // One hue per type, cooperative ones cool, conflictual ones warm.
  const COLORS = {
    AGREE: "#4c9f70", CONSULT: "#2f7fb5", SUPPORT: "#6bb3d6", CONCEDE: "#7fbf7b", COOPERATE: "#1b9e77",
    AID: "#66a61e", RETREAT: "#a6d854", REQUEST: "#8da0cb", ACCUSE: "#e6ab02", REJECT: "#d9a441",
    THREATEN: "#fc8d62", PROTEST: "#e78ac3", SANCTION: "#b15928", MOBILIZE: "#a6761d", COERCE: "#e7298a",
    ASSAULT: "#d62728",
  };
  const main = document.getElementById("main");
  const form = document.getElementById("filters");

  // el makes an element: attrs is a plain object of attribute values
  // (set with setAttribute) and children are nodes or strings (text).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function setAttrs(e, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (/^on/i.test(k) || k === "href" || k === "src") throw new Error("el: use link() for " + k);
      e.setAttribute(k, String(v));
    }
  }
  function append(e, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  // link makes an <a> to a view of this page ("#/…").
  function link(hash, ...children) {
    const a = el("a", {}, ...children);
    a.href = "#" + hash.replace(/^#/, "");
    return a;
  }
  // safeURL returns url when it is http(s), else null: an article's url
  // field may hold anything, javascript: included.
  function safeURL(url) {
    if (typeof url !== "string") return null;
    try {
      const u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }
  function outLink(url) {
    const ok = safeURL(url);
    if (!ok) return el("span", { class: "url" }, url || "");
    const a = el("a", { rel: "noopener noreferrer", target: "_blank", class: "url" }, url);
    a.href = ok;
    return a;
  }
  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }
  function status(text, cls) {
    return el("p", { class: "status " + (cls || "") }, text);
  }

  // api fetches a JSON answer; it throws an Error with the server's message.
  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) q.set(k, v);
    const url = "/api/" + path + (q.toString() ? "?" + q : "");
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    let body;
    try {
      body = await res.json();
    } catch (e) {
      throw new Error(url + ": answer is not JSON (" + res.status + ")");
    }
    if (!res.ok) throw new Error((body.error && body.error.message) || res.statusText);
    return body;
  }

  // filters returns the event filters of the form.
  function filters() {
    const f = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim() !== "") f[k] = String(v).trim();
    return f;
  }
  form.addEventListener("submit", (ev) => { ev.preventDefault(); route(); });
  form.addEventListener("reset", () => setTimeout(route, 0));

  function actorText(a, arg) {
    if (a) return a.code ? a.name + " (" + a.code + ")" : a.name;
    return arg ? arg.text : "—";
  }
  function dateText(d) {
    if (!d || !d.range) return "undated";
    const [a, b] = d.range;
    return (a === b ? a : a + " – " + b) + (d.granularity && d.granularity !== "day" ? " (" + d.granularity + ")" : "");
  }
  function countText(c) {
    if (!c) return "";
    return c.low === c.high ? String(c.best) : c.best + " (" + c.low + "–" + c.high + ")";
  }
  function typeBadge(type, mode) {
    const b = el("span", { class: "badge" }, type + (mode ? " · " + mode : ""));
    b.style.background = COLORS[type] || "#888";
    return b;
  }

  // ---- overview: timeline, network, map --------------------------------

  async function overview(view) {
    const f = filters();
    const box = (title, note) => {
      const body = el("div", { class: "panel-body" }, status("Loading…"));
      view.append(el("section", { class: "panel" }, el("h2", {}, title), note ? el("p", { class: "note" }, note) : null, body));
      return body;
    };
    const tl = box("Events over time, by type");
    const net = box("Actor network", "Actors joined by the events between them; thicker lines, more events.");
    const map = box("Map of events", "The newest 1,000 events that have a geocoded place.");
    const [t, n, e, w] = await Promise.allSettled([
      api("timeline", Object.assign({ interval: "day" }, f)),
      api("network", f),
      api("events", Object.assign({ limit: 1000 }, f)),
      fetch("world.json").then((r) => (r.ok ? r.json() : null)),
    ]);
    fill(tl, t, (v) => drawTimeline(v.data));
    fill(net, n, (v) => drawNetwork(v.data));
    fill(map, e, (v) => drawMap(v.data, w.status === "fulfilled" ? w.value : null));
  }
  function fill(target, settled, draw) {
    clear(target);
    if (settled.status === "rejected") {
      target.append(status("Could not load: " + settled.reason.message, "error"));
      return;
    }
    target.append(draw(settled.value));
  }

  function drawTimeline(buckets) {
    if (!buckets.length) return status("No dated events match these filters.", "empty");
    let periods = [...new Set(buckets.map((b) => b.period))].sort();
    let interval = "day";
    if (periods.length > 60) {
      // weeks keep the bars readable over long spans
      interval = "week";
      const wk = (p) => {
        const d = new Date(p + "T00:00:00Z");
        d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
        return d.toISOString().slice(0, 10);
      };
      const m = new Map();
      for (const b of buckets) {
        const k = wk(b.period) + "\u0000" + b.type;
        m.set(k, (m.get(k) || 0) + b.count);
      }
      buckets = [...m].map(([k, count]) => ({ period: k.split("\u0000")[0], type: k.split("\u0000")[1], count }));
      periods = [...new Set(buckets.map((b) => b.period))].sort();
    }
    const stacks = new Map(periods.map((p) => [p, []]));
    for (const b of buckets) stacks.get(b.period).push(b);
    const max = Math.max(...[...stacks.values()].map((s) => s.reduce((n, b) => n + b.count, 0)));
    const W = 900, H = 220, L = 36, B = 40, T = 10;
    const bw = Math.max(2, Math.min(40, (W - L - 10) / periods.length - 2));
    const step = (W - L - 10) / periods.length;
    const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": "events per " + interval + " by type" });
    const y = (v) => H - B - (v / max) * (H - B - T);
    for (let v = 0; v <= max; v += Math.max(1, Math.ceil(max / 4))) {
      g.append(svg("line", { x1: L, x2: W - 5, y1: y(v), y2: y(v), class: "grid" }));
      g.append(svg("text", { x: L - 4, y: y(v) + 4, "text-anchor": "end", class: "axis" }, String(v)));
    }
    const used = new Set();
    periods.forEach((p, i) => {
      let base = 0;
      const x = L + i * step + (step - bw) / 2;
      for (const b of stacks.get(p).sort((a, c) => TYPES.indexOf(a.type) - TYPES.indexOf(c.type))) {
        used.add(b.type);
        const r = svg("rect", { x, y: y(base + b.count), width: bw, height: y(base) - y(base + b.count), fill: COLORS[b.type] || "#888" },
          svg("title", {}, `${p}: ${b.count} ${b.type}`));
        g.append(r);
        base += b.count;
      }
      if (periods.length <= 12 || i % Math.ceil(periods.length / 12) === 0) {
        g.append(svg("text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "middle", class: "axis" }, p));
      }
    });
    const legend = el("div", { class: "legend" });
    for (const t of TYPES) if (used.has(t)) legend.append(typeBadge(t));
    return el("div", {}, g, legend, el("p", { class: "note" }, "One bar per " + interval + "; hover a block for its count."));
  }

  function drawNetwork(graph) {
    if (!graph.nodes.length) return status("No actors in the events that match these filters.", "empty");
    const nodes = graph.nodes.slice(0, 40); // the most active actors
    const keep = new Set(nodes.map((n) => n.id));
    const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    const W = 900, H = 460, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 70;
    const pos = new Map();
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      pos.set(n.id, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a), a });
    });
    const maxE = Math.max(1, ...edges.map((e) => e.count));
    const maxN = Math.max(1, ...nodes.map((n) => n.count));
    const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", role: "img", "aria-label": "actor network" });
    for (const e of edges) {
      const s = pos.get(e.source), t = pos.get(e.target);
      g.append(svg("path", {
        d: `M${s.x},${s.y} Q${cx},${cy} ${t.x},${t.y}`, fill: "none", stroke: COLORS[e.type] || "#888",
        "stroke-width": 1 + (4 * e.count) / maxE, "stroke-opacity": 0.7,
      }, svg("title", {}, `${e.source} → ${e.target}: ${e.count} ${e.type}`)));
    }
    for (const n of nodes) {
      const p = pos.get(n.id);
      const right = Math.cos(p.a) >= 0;
      const grp = svg("g", { class: "node" },
        svg("circle", { cx: p.x, cy: p.y, r: 4 + (8 * n.count) / maxN }),
        svg("text", { x: p.x + (right ? 14 : -14), y: p.y + 4, "text-anchor": right ? "start" : "end" }, n.name + (n.code ? " · " + n.code : "")),
        svg("title", {}, `${n.name}${n.code ? " (" + n.code + ")" : ""}: ${n.count} events`));
      grp.addEventListener("click", () => { form.elements.actor.value = n.code || n.name; location.hash = "#/events"; route(); });
      g.append(grp);
    }
    const note = graph.nodes.length > nodes.length ? `Showing the ${nodes.length} most active of ${graph.nodes.length} actors. ` : "";
    return el("div", {}, g, el("p", { class: "note" }, note + "Click an actor to list its events."));
  }

  // drawMap draws the events with coordinates over the country outlines
  // of world.json (made by internal/web/worldgen; the map works without it).
  function drawMap(events, world) {
    const pts = events.filter((e) => e.location && e.location.lat != null && e.location.lon != null);
    if (!pts.length) return status("No geocoded events match these filters.", "empty");
    const W = 900, H = 450;
    const x = (lon) => ((lon + 180) / 360) * W, y = (lat) => ((90 - lat) / 180) * H;
    const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart map", role: "img", "aria-label": "map of events" });
    g.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
    for (let lon = -180; lon <= 180; lon += 30) g.append(svg("line", { x1: x(lon), x2: x(lon), y1: 0, y2: H, class: "grid" }));
    for (let lat = -60; lat <= 60; lat += 30) g.append(svg("line", { x1: 0, x2: W, y1: y(lat), y2: y(lat), class: "grid" }));
    if (world && world.width === W && world.height === H) {
      for (const c of world.countries) g.append(svg("path", { d: c.d, class: "land" }, svg("title", {}, c.name)));
    }
    const at = new Map();
    for (const e of pts) {
      const k = e.location.lat.toFixed(2) + "," + e.location.lon.toFixed(2);
      if (!at.has(k)) at.set(k, []);
      at.get(k).push(e);
    }
    for (const list of at.values()) {
      const l = list[0].location;
      const c = svg("circle", { cx: x(l.lon), cy: y(l.lat), r: 3 + Math.sqrt(list.length) * 2, fill: COLORS[list[0].type] || "#888", class: "pt" },
        svg("title", {}, `${l.name}${l.country ? ", " + l.country : ""}: ${list.length} event(s): ` + list.map((e) => e.type).join(", ")));
      c.addEventListener("click", () => { form.elements.place.value = l.name; location.hash = "#/events"; route(); });
      g.append(c);
    }
    return el("div", {}, g, el("p", { class: "note" }, `${pts.length} of ${events.length} events have coordinates. Click a point to list its events.`));
  }

  // ---- events table ----------------------------------------------------

  async function events(view) {
    const f = filters();
    const table = el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ["Date", "Type", "Source", "Target", "Place", "Deaths", "Document", "Rule"].map((h) => el("th", {}, h)))));
    const body = el("tbody");
    table.append(body);
    const more = el("button", { type: "button", class: "more", hidden: true }, "Load more");
    const st = status("Loading…");
    view.append(el("h2", {}, "Events"), el("p", { class: "note" }, "Newest first. Filters above apply; click a document to see the evidence."), st, table, more);
    let cursor = null;
    async function page() {
      more.disabled = true;
      const r = await api("events", Object.assign({ limit: 100 }, f, cursor ? { cursor } : {}));
      for (const e of r.data) {
        body.append(el("tr", {},
          el("td", { class: "nowrap" }, dateText(e.date)),
          el("td", {}, typeBadge(e.type, e.mode), e.status !== "reported" ? el("span", { class: "status-tag" }, e.status) : null),
          el("td", {}, actorText(e.source_actor, e.source)),
          el("td", {}, actorText(e.target_actor, e.target)),
          el("td", {}, e.location ? e.location.name + (e.location.country ? ", " + e.location.country : "") : "—"),
          el("td", { class: "num" }, countText(e.fatalities)),
          el("td", {}, link("/doc/" + encodeURIComponent(e.document.id) + "/" + encodeURIComponent(e.event_id), e.document.title || e.document.id)),
          el("td", { class: "rule" }, e.rule)));
      }
      cursor = r.next;
      more.hidden = !cursor;
      more.disabled = false;
      return r.data.length;
    }
    more.addEventListener("click", () => page().catch((err) => st.replaceWith(status("Could not load: " + err.message, "error"))));
    const n = await page();
    st.replaceWith(n ? el("span") : status("No events match these filters.", "empty"));
    if (!n) table.hidden = true;
  }

  // ---- documents, actors, quotes lists --------------------------------

  async function documents(view) {
    const f = filters();
    const r = await api("documents", { q: f.q || "", from: f.from || "", to: f.to || "", limit: 200 });
    view.append(el("h2", {}, "Documents"));
    if (!r.data.length) { view.append(status("No documents match.", "empty")); return; }
    const ul = el("ul", { class: "docs" });
    for (const d of r.data) {
      ul.append(el("li", {},
        link("/doc/" + encodeURIComponent(d.id), d.title || d.id),
        el("span", { class: "meta" }, [d.source, d.published, `${d.event_count} events, ${d.quote_count} quotes`].filter(Boolean).join(" · "))));
    }
    view.append(ul);
    if (r.next) view.append(el("p", { class: "note" }, "Showing the 200 most recent; narrow with the text filter."));
  }

  async function actors(view) {
    const f = filters();
    const r = await api("actors", { q: f.actor || "", limit: 300 });
    view.append(el("h2", {}, "Actors"), el("p", { class: "note" }, "The Actor filter narrows this list; click an actor to list its events."));
    if (!r.data.length) { view.append(status("No actors match.", "empty")); return; }
    const t = el("table", {}, el("thead", {}, el("tr", {}, ["Actor", "Kind", "Code", "Roles", "Documents", "Mentions"].map((h) => el("th", {}, h)))));
    const b = el("tbody");
    for (const a of r.data) {
      const name = el("a", { class: "pseudo", tabindex: 0 }, a.name);
      name.addEventListener("click", () => { form.elements.actor.value = a.code || a.name; location.hash = "#/events"; });
      b.append(el("tr", {}, el("td", {}, name), el("td", {}, a.kind), el("td", {}, a.code || "—"),
        el("td", {}, a.roles.join("; ")), el("td", { class: "num" }, a.documents), el("td", { class: "num" }, a.mention_count)));
    }
    t.append(b);
    view.append(t);
  }

  async function quotes(view) {
    const f = filters();
    const r = await api("quotes", { speaker: f.actor || "", q: f.q || "", limit: 200 });
    view.append(el("h2", {}, "Quotes"), el("p", { class: "note" }, "The Actor filter matches speakers, the Text filter the words quoted."));
    if (!r.data.length) { view.append(status("No quotes match.", "empty")); return; }
    for (const q of r.data) {
      view.append(el("blockquote", { class: q.direct ? "direct" : "indirect" },
        el("p", {}, q.direct ? "“" + q.text + "”" : q.text),
        el("footer", {}, "— ", q.speaker_actor ? actorText(q.speaker_actor) : q.speaker_text || "unattributed",
          q.cue ? " (" + q.cue + ")" : "", ", ", link("/doc/" + encodeURIComponent(q.document.id), q.document.title || q.document.id))));
    }
  }

  // ---- one document ----------------------------------------------------

  async function documentView(view, id, focus) {
    const r = await api("documents/" + encodeURIComponent(id));
    const a = r.data, d = a.document;
    const chars = Array.from(d.text || ""); // offsets count code points
    const slice = (s, e) => chars.slice(s, e).join("");
    view.append(el("h2", {}, d.title || d.id),
      el("p", { class: "meta" }, [d.source, d.published ? "published " + d.published : null, d.language].filter(Boolean).join(" · "), " ", d.url ? outLink(d.url) : null));

    // Annotation layers over the text: each is [start, end, class, label].
    const marks = [];
    for (const e of a.entities) marks.push([e.start, e.end, "ent ent-" + e.type, e.type + (e.rule ? " · " + e.rule : "")]);
    for (const t of a.times) marks.push([t.start, t.end, "time", `${t.type} ${t.value}` + (t.range ? ` [${t.range[0]} – ${t.range[1]}]` : "") + (t.rule ? " · " + t.rule : "")]);
    for (const q of a.quotes) marks.push([q.start, q.end, "quote", "quote " + q.id + (q.speaker_text ? " · " + q.speaker_text : "")]);
    for (const e of a.events) marks.push([e.trigger.start, e.trigger.end, "trigger", `${e.type} trigger · ${e.rule}`]);
    const textBox = el("div", { class: "doctext" });

    const legend = el("p", { class: "legend" },
      el("span", { class: "ent ent-PERSON" }, "person"), el("span", { class: "ent ent-ORG" }, "organisation"),
      el("span", { class: "ent ent-GPE" }, "place"), el("span", { class: "time" }, "time"),
      el("span", { class: "quote" }, "quote"), el("span", { class: "trigger" }, "event trigger"),
      el("span", { class: "evidence" }, "selected evidence"));

    const actorsByID = new Map(a.actors.map((x) => [x.id, x]));
    const placesByID = new Map(a.places.map((x) => [x.id, x]));
    const evList = el("ol", { class: "evlist" });
    for (const e of a.events) {
      const src = e.source && actorsByID.get(e.source.actor), tgt = e.target && actorsByID.get(e.target.actor);
      const place = e.place && placesByID.get(e.place);
      const li = el("li", { class: e.id === focus ? "focus" : null, id: "ev-" + e.id },
        el("div", {}, typeBadge(e.type, e.mode), " ", el("b", {}, actorText(src, e.source)), " → ", el("b", {}, actorText(tgt, e.target)),
          el("span", { class: "status-tag" }, e.status)),
        el("dl", {},
          el("dt", {}, "when"), el("dd", {}, dateText(e.date)),
          el("dt", {}, "where"), el("dd", {}, place ? place.name + (place.country ? ", " + place.country : "") : "—"),
          e.fatalities ? [el("dt", {}, "killed"), el("dd", {}, countText(e.fatalities) + (e.fatalities.who ? " " + e.fatalities.who : ""))] : null,
          e.injuries ? [el("dt", {}, "injured"), el("dd", {}, countText(e.injuries))] : null,
          e.detained ? [el("dt", {}, "detained"), el("dd", {}, countText(e.detained))] : null,
          el("dt", {}, "CAMEO"), el("dd", {}, `${e.cameo} · Goldstein ${e.goldstein} · confidence ${e.confidence}`),
          el("dt", {}, "rule"), el("dd", { class: "rule" }, e.rule),
          el("dt", {}, "evidence"), el("dd", { class: "evidence-text" }, slice(e.start, e.end))));
      li.addEventListener("click", () => {
        for (const x of evList.children) x.classList.remove("focus");
        li.classList.add("focus");
        renderMarked(textBox, chars, marks, e.id, a.events);
      });
      evList.append(li);
    }
    const quoteList = el("ul", { class: "qlist" });
    for (const q of a.quotes) {
      const sp = q.speaker && actorsByID.get(q.speaker);
      quoteList.append(el("li", {}, el("q", {}, q.text), " — ", sp ? actorText(sp) : q.speaker_text || "unattributed", q.rule ? el("span", { class: "rule" }, " " + q.rule) : null));
    }
    const actorList = el("ul", { class: "alist" });
    for (const x of a.actors) actorList.append(el("li", {}, el("b", {}, x.name), ` ${x.kind}${x.code ? " · " + x.code : ""} · ${x.mentions.length} mention(s)`, x.rule ? el("span", { class: "rule" }, " " + x.rule) : null));
    const diag = el("ul", { class: "diag" });
    for (const g of a.diagnostics) diag.append(el("li", {}, `${g.stage}: ${g.message}`, g.end > g.start ? ` “${slice(g.start, g.end)}”` : ""));

    view.append(el("div", { class: "docgrid" },
      el("section", {}, legend, textBox),
      el("aside", {},
        el("h3", {}, `Events (${a.events.length})`), a.events.length ? evList : status("No events coded.", "empty"),
        el("h3", {}, `Quotes (${a.quotes.length})`), a.quotes.length ? quoteList : status("No quotes.", "empty"),
        el("h3", {}, `Actors (${a.actors.length})`), a.actors.length ? actorList : status("No actors.", "empty"),
        a.diagnostics.length ? [el("h3", {}, `Diagnostics (${a.diagnostics.length})`), diag] : null)));
    renderMarked(textBox, chars, marks, focus, a.events);
  }

  // renderMarked writes the text into box as spans, one per run of code
  // points covered by the same annotations; the focused event's evidence
  // gets the class "evidence".
  function renderMarked(box, chars, marks, focus, evs) {
    clear(box);
    const all = marks.slice();
    const fe = (evs || []).find((e) => e.id === focus);
    if (fe) all.push([fe.start, fe.end, "evidence", "evidence of " + fe.id]);
    const cuts = new Set([0, chars.length]);
    for (const [s, e] of all) {
      if (s >= 0 && e <= chars.length && s < e) { cuts.add(s); cuts.add(e); }
    }
    const pts = [...cuts].sort((x, y) => x - y);
    let first = null;
    for (let i = 0; i + 1 < pts.length; i++) {
      const s = pts[i], e = pts[i + 1];
      const on = all.filter(([ms, me]) => ms <= s && me >= e && ms < me);
      const text = chars.slice(s, e).join("");
      if (!on.length) { box.append(document.createTextNode(text)); continue; }
      const span = el("span", { class: [...new Set(on.flatMap((m) => m[2].split(" ")))].join(" "), title: on.map((m) => m[3]).join("\n") }, text);
      if (!first && on.some((m) => m[2] === "evidence")) first = span;
      box.append(span);
    }
    if (first) first.scrollIntoView({ block: "center" });
  }

  // ---- routing -----------------------------------------------------------

  async function route() {
    const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
    const name = parts[0] || "overview";
    for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === name);
    clear(main);
    const view = el("div", { class: "view view-" + name });
    main.append(view);
    const loading = status("Loading…");
    view.append(loading);
    try {
      switch (name) {
        case "overview": await overview(view); break;
        case "events": await events(view); break;
        case "documents": await documents(view); break;
        case "actors": await actors(view); break;
        case "quotes": await quotes(view); break;
        case "doc": await documentView(view, parts[1] || "", parts[2] || null); break;
        default: view.append(status("No such view.", "error"));
      }
      loading.remove();
    } catch (err) {
      loading.replaceWith(status("Could not load: " + err.message, "error"));
    }
  }
  window.addEventListener("hashchange", route);
  route();
})();
