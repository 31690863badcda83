// Infrastructure: the running components as a diagram, coloured by their live health.
import { api, ApiError } from "../lib/api.js";
import { fill, h, number } from "../lib/dom.js";

const SVG = "http://www.w3.org/2000/svg";
// Boxes: id, label, x, y; the health component that colours them (none: always shown as up
// while the server answers).
const BOXES = [
  ["sources", "Sources", 20, 40, "stream"],
  ["stream", "Stream job (Flink)", 250, 40, "stream"],
  ["kafka", "Kafka", 250, 190, "kafka"],
  ["store", "Store", 480, 40, "store"],
  ["server", "API server", 480, 190, null],
  ["dashboard", "Dashboard · WebSocket", 710, 190, null],
];
const EDGES = [
  ["sources", "stream"],
  ["stream", "store"],
  ["stream", "kafka"],
  ["store", "server"],
  ["stream", "server"],
  ["server", "dashboard"],
];
const WIDTH = 200;
const HEIGHT = 84;

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

export default {
  title: "Infrastructure",
  mount(root) {
    const diagram = svg("svg", {
      class: "diagram",
      viewBox: "0 0 930 300",
      role: "img",
      "aria-label": "Components and their health",
      id: "infra-diagram",
    });
    const marker = svg("marker", {
      id: "arrow",
      viewBox: "0 0 10 10",
      refX: "9",
      refY: "5",
      markerWidth: "7",
      markerHeight: "7",
      orient: "auto-start-reverse",
    });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z" }));
    const defs = svg("defs");
    defs.append(marker);
    diagram.append(defs);
    const centre = Object.fromEntries(BOXES.map(([id, , x, y]) => [id, { x, y }]));
    for (const [from, to] of EDGES) {
      const a = centre[from];
      const b = centre[to];
      const horizontal = a.y === b.y;
      const start = horizontal
        ? [a.x + WIDTH, a.y + HEIGHT / 2]
        : [a.x + WIDTH / 2 + (b.x > a.x ? WIDTH / 4 : 0), a.y + HEIGHT];
      const end = horizontal
        ? [b.x, b.y + HEIGHT / 2]
        : b.x > a.x
          ? [b.x, b.y + HEIGHT / 2]
          : [b.x + WIDTH / 2, b.y];
      diagram.append(svg("path", { class: "edge", d: `M ${start[0]} ${start[1]} L ${end[0]} ${end[1]}` }));
    }
    const nodes = {};
    for (const [id, label, x, y] of BOXES) {
      const group = svg("g", { "data-component": id });
      const box = svg("rect", { class: "box absent", x, y, width: WIDTH, height: HEIGHT, rx: 10 });
      const title = svg("text", { x: x + 12, y: y + 24 }, label);
      const state = svg("text", { x: x + 12, y: y + 46, class: "state" }, "…");
      const detail = svg("text", { x: x + 12, y: y + 66, class: "detail" }, "");
      group.append(box, title, state, detail);
      diagram.append(group);
      nodes[id] = { box, state, detail, group };
    }
    const table = h("div", { class: "table-wrap", id: "health-table" });
    const updated = h("span", { class: "muted", id: "health-updated" });
    fill(
      root,
      h("h1", { text: "Infrastructure" }),
      h("div", { class: "card" }, diagram, updated),
      h("div", { class: "card" }, h("h2", { text: "Components" }), table),
    );

    const paint = (id, status, text, detail) => {
      const node = nodes[id];
      node.box.setAttribute("class", "box " + status);
      node.group.dataset.status = status;
      node.state.textContent = text;
      node.detail.textContent = detail.length > 30 ? detail.slice(0, 29) + "…" : detail;
      node.group.querySelector("title")?.remove();
      node.group.append(svg("title", {}, detail));
    };
    const refresh = async () => {
      let health;
      try {
        health = await api("/health");
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 503) throw error;
        health = error.body;
      }
      const [pipeline, summary] = await Promise.all([api("/api/pipeline"), api("/api/summary")]);
      const components = health.components || {};
      for (const [id, , , , component] of BOXES) {
        if (component === null) continue;
        const found = components[component];
        if (!found) paint(id, "absent", "not configured", id === "kafka" ? "embedded mode: no bus" : "");
        else
          paint(
            id,
            found.status,
            found.status,
            id === "sources" ? number(pipeline.trades_processed, 0) + " trades in" : found.detail,
          );
      }
      paint("server", "up", "up", `${summary.total_runs} runs recorded`);
      paint("dashboard", "up", "up", `${pipeline.live_clients} live clients`);
      fill(
        table,
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Component", "Status", "Detail"].map((label) => h("th", { text: label })),
            ),
          ),
          h(
            "tbody",
            {},
            Object.entries(components).map(([name, c]) =>
              h(
                "tr",
                {},
                h("td", { text: name }),
                h("td", {}, h("span", { class: "pill pill-" + c.status, text: c.status })),
                h("td", { text: c.detail }),
              ),
            ),
          ),
        ),
      );
      updated.textContent =
        "health checked " + new Date().toLocaleTimeString("en-GB") + " · overall " + health.status;
    };
    const guarded = () => refresh().catch((error) => (updated.textContent = error.message));
    guarded();
    const timer = setInterval(guarded, 3000);
    return () => clearInterval(timer);
  },
};
