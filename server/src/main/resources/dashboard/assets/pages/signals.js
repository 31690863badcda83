// Signals: the stored composite signals in a sortable, filterable table with their reasons; live
// signals from the streaming job join at the top.
import { api } from "../lib/api.js";
import { daysAgo, fill, h, number, percent } from "../lib/dom.js";
import { onLive } from "../lib/live.js";

const COLUMNS = [
  ["symbol", "Symbol"],
  ["date", "Date"],
  ["action", "Action"],
  ["score", "Score", true],
  ["confidence", "Confidence", true],
];

export default {
  title: "Signals",
  mount(root, { params }) {
    let signals = [];
    let sort = { key: "score", descending: true };
    const symbolFilter = h("input", {
      id: "signal-symbol",
      placeholder: "e.g. AAPL",
      value: params.get("symbol") || "",
      size: 8,
    });
    const actionFilter = h(
      "select",
      { id: "signal-action" },
      ["all", "BUY", "SELL", "HOLD"].map((value) => h("option", { value, text: value })),
    );
    const confidenceFilter = h("input", {
      id: "signal-confidence",
      type: "number",
      min: 0,
      max: 1,
      step: 0.05,
      value: 0,
    });
    const days = h(
      "select",
      { id: "signal-days" },
      [
        ["5", "last 5 days"],
        ["30", "last 30 days"],
        ["120", "last 120 days"],
      ].map(([value, text]) => h("option", { value, text })),
    );
    const count = h("span", { class: "muted", id: "signal-count" });
    const body = h("tbody");
    const headers = COLUMNS.map(([key, label, numeric]) =>
      h("th", {
        class: "sortable" + (numeric ? " num" : ""),
        "data-key": key,
        text: label,
        onclick: () => {
          sort = { key, descending: sort.key === key ? !sort.descending : numeric === true };
          render();
        },
      }),
    );
    fill(
      root,
      h("h1", { text: "Signals" }),
      h(
        "div",
        { class: "toolbar" },
        h("label", {}, "Symbol", symbolFilter),
        h("label", {}, "Action", actionFilter),
        h("label", {}, "Min. confidence", confidenceFilter),
        h("label", {}, "Sessions", days),
        count,
      ),
      h(
        "div",
        { class: "card table-wrap" },
        h(
          "table",
          { id: "signals-table" },
          h("thead", {}, h("tr", {}, headers, h("th", { text: "Reasons" }))),
          body,
        ),
      ),
    );

    const row = (signal) =>
      h(
        "tr",
        { class: signal.live ? "live" : "" },
        h(
          "td",
          {},
          h("a", { href: "#/market?symbol=" + encodeURIComponent(signal.symbol), text: signal.symbol }),
        ),
        h("td", { text: signal.live ? signal.date + " " + signal.live : signal.date }),
        h("td", {}, h("span", { class: "pill pill-" + signal.action, text: signal.action })),
        h("td", { class: "num", text: number(signal.score, 3) }),
        h("td", { class: "num", text: percent(signal.confidence, 0) }),
        h(
          "td",
          {},
          h(
            "ul",
            { class: "reasons" },
            (signal.reasons || []).map((reason) =>
              h("li", {
                text: `${reason.name} (${number(reason.value, 2)} × ${number(reason.weight, 2)}): ${reason.detail}`,
              }),
            ),
          ),
        ),
      );
    const render = () => {
      const symbol = symbolFilter.value.trim().toUpperCase();
      const action = actionFilter.value;
      const minimum = Number(confidenceFilter.value) || 0;
      const shown = signals
        .filter(
          (s) =>
            (!symbol || s.symbol.startsWith(symbol)) &&
            (action === "all" || s.action === action) &&
            s.confidence >= minimum,
        )
        .sort((a, b) => {
          const x = a[sort.key];
          const y = b[sort.key];
          const order = x < y ? -1 : x > y ? 1 : 0;
          return sort.descending ? -order : order;
        });
      headers.forEach((header) =>
        header.classList.toggle("sorted-asc", header.dataset.key === sort.key && !sort.descending),
      );
      headers.forEach((header) =>
        header.classList.toggle("sorted-desc", header.dataset.key === sort.key && sort.descending),
      );
      count.textContent = `${shown.length} of ${signals.length} signals`;
      fill(body, shown.slice(0, 500).map(row));
    };
    const load = async () => {
      const result = await api(`/api/signals?from=${daysAgo(Number(days.value) * 1.5)}&limit=5000`);
      signals = result.signals;
      render();
    };
    [symbolFilter, confidenceFilter].forEach((input) => input.addEventListener("input", render));
    actionFilter.addEventListener("change", render);
    days.addEventListener("change", () => load().catch(() => {}));
    const stop = onLive("signals", ({ data }) => {
      const time = new Date(data.start).toLocaleTimeString("en-GB");
      signals.unshift({ ...data.signal, live: `${data.interval} ${time}` });
      signals.length = Math.min(signals.length, 20_000);
      render();
    });
    load().catch((error) => (count.textContent = error.message));
    return stop;
  },
};
