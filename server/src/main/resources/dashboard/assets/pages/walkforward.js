// The walk-forward section of the Backtests page: a form that starts one, and the result of the
// chosen run: the stitched out-of-sample equity against the benchmark, the deflated Sharpe ratio,
// parameter stability and one row per window with the parameters chosen on its training window.
import { api } from "../lib/api.js";
import { chartIn, line, swatch } from "../lib/charts.js";
import { daysAgo, direction, fill, h, number, percent, table, toast } from "../lib/dom.js";

const chosenText = (chosen) =>
  Object.entries(chosen)
    .map(([name, value]) => `${name}=${value}`)
    .join(" ");

/** Mounts the section in {@code root}; returns its clean-up. */
export function mountWalkForward(root, { params, navigate }) {
  const field = (label, name, attributes) => h("label", {}, label, h("input", { name, ...attributes }));
  const select = (label, name, options) =>
    h("label", {}, label, h("select", { name }, options.map((o) => h("option", { value: o, text: o }))));
  const error = h("div", { class: "error", role: "alert", id: "walk-forward-error" });
  const form = h(
    "form",
    { class: "card form", id: "walk-forward-form", onsubmit: (event) => submit(event) },
    h("h2", { text: "Walk-forward optimisation" }),
    h(
      "div",
      { class: "form-grid" },
      select("Strategy", "strategy", ["sma-cross", "rsi-reversion"]),
      field("Grid (name=from..to:step, …)", "grid", { value: "fast=10..30:10,slow=50|100" }),
      field("Train", "train", { value: "6m", title: "1m to 20y: d, w, m or y" }),
      field("Test (and step)", "test", { value: "3m", title: "1w to 5y: d, w, m or y" }),
      select("Windows", "mode", ["rolling", "anchored"]),
      select("Choose by", "objective", ["sharpe", "sortino", "calmar", "cagr", "total_return"]),
      field("Symbols (comma-separated)", "symbols", { value: "AAPL,MSFT,JPM,XOM,JNJ" }),
      field("Start", "start_date", { type: "date", value: daysAgo(540) }),
      field("End", "end_date", { type: "date", value: daysAgo(0) }),
    ),
    h("button", { type: "submit", id: "walk-forward-submit", text: "Run walk-forward" }),
    error,
  );
  const runs = h("select", {
    id: "walk-forward-run",
    onchange: () => navigate("backtests", withParams({ wf: runs.value })),
  });
  const status = h("div", { class: "muted", id: "walk-forward-status" });
  const chart = h("div", { class: "chart", id: "walk-forward-chart" });
  const summary = h("div", { class: "table-wrap", id: "walk-forward-summary" });
  const windows = h("div", { class: "table-wrap", id: "walk-forward-windows" });
  fill(
    root,
    form,
    h("div", { class: "toolbar" }, h("label", {}, "Walk-forward", runs), status),
    h(
      "div",
      { class: "card" },
      h("h2", { text: "Out-of-sample equity, stitched from the test windows" }),
      h(
        "div",
        { class: "legend" },
        h("span", {}, swatch("accent-2"), "out of sample"),
        h("span", {}, swatch("muted"), "benchmark"),
      ),
      chart,
    ),
    h(
      "div",
      { class: "grid cols-2" },
      h("div", { class: "card" }, h("h2", { text: "Deflated Sharpe ratio and stability" }), summary),
      h("div", { class: "card" }, h("h2", { text: "Windows" }), windows),
    ),
  );
  const equityChart = chartIn(chart);
  let polling = null;

  function withParams(extra) {
    const all = {};
    for (const [key, value] of params.entries()) all[key] = value;
    return { ...all, ...extra };
  }

  async function submit(event) {
    event.preventDefault();
    error.textContent = "";
    const data = new FormData(form);
    const body = {
      strategy: data.get("strategy"),
      grid: String(data.get("grid")).trim(),
      train: String(data.get("train")).trim(),
      test: String(data.get("test")).trim(),
      mode: data.get("mode"),
      objective: data.get("objective"),
      symbols: String(data.get("symbols"))
        .split(",")
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
      start_date: data.get("start_date"),
      end_date: data.get("end_date"),
    };
    try {
      const started = await api("/api/backtests/walk-forward", { method: "POST", body });
      toast("Walk-forward " + started.id + " started");
      navigate("backtests", withParams({ wf: started.id }));
    } catch (failure) {
      error.textContent = failure.message;
    }
  }

  const show = (id, result) => {
    line(equityChart, "accent-2", { title: "#" + id }).setData(
      result.equity_curve.map((p) => ({ time: p.date, value: p.equity })),
    );
    line(equityChart, "muted", { lineStyle: 2, title: "benchmark" }).setData(
      result.equity_curve.map((p) => ({ time: p.date, value: p.benchmark })),
    );
    equityChart.timeScale().fitContent();
    const d = result.deflated_sharpe;
    const s = result.stability;
    const m = result.metrics;
    fill(
      summary,
      table(
        ["Measure", "Value"],
        [
          ["Deflated Sharpe ratio", number(d.deflated, 3)],
          ["Probabilistic Sharpe ratio (vs 0)", number(d.probabilistic, 3)],
          ["Out-of-sample Sharpe (annualised)", number(d.sharpe_annualised, 2)],
          ["Trials (grid × windows)", number(d.trials, 0)],
          [
            "Out-of-sample return",
            h("td", { class: "num " + direction(m.total_return), text: percent(m.total_return) }),
          ],
          ["Max drawdown", percent(m.max_drawdown)],
          ["Benchmark return", percent(m.benchmark_return)],
          ["Chosen set changed", `${s.changes} of ${Math.max(0, s.windows - 1)} (${percent(s.change_rate)})`],
          ["Distinct sets chosen", number(s.distinct_sets, 0)],
          ...s.parameters.map((p) => [
            `${p.name} chosen`,
            `${number(p.min, 0)}–${number(p.max, 0)}, mean ${number(p.mean, 1)}, ${percent(p.relative_range, 0)} of the grid`,
          ]),
        ],
      ),
    );
    fill(
      windows,
      table(
        ["#", "Train", "Test", "Chosen", "IS Sharpe", "OOS return", "OOS Sharpe"],
        result.windows.map((w) => [
          String(w.index + 1),
          `${w.train_start} – ${w.train_end}`,
          `${w.test_start} – ${w.test_end}`,
          chosenText(w.chosen),
          h("td", { class: "num", text: number(w.in_sample.sharpe, 2) }),
          h("td", {
            class: "num " + direction(w.out_of_sample.total_return),
            text: percent(w.out_of_sample.total_return),
          }),
          h("td", { class: "num", text: number(w.out_of_sample.sharpe, 2) }),
        ]),
      ),
    );
  };

  const fetchResult = async (id) => {
    for (;;) {
      const run = await api("/api/backtests/walk-forward/" + id);
      if (run.status === "SUCCEEDED") return run.result;
      if (run.status === "FAILED") throw new Error("walk-forward " + id + " failed: " + run.error);
      status.textContent = "walk-forward " + id + " running…";
      await new Promise((resolve) => (polling = setTimeout(resolve, 400)));
    }
  };
  const load = async () => {
    const { walk_forwards: recent } = await api("/api/backtests/walk-forward?limit=100");
    const id = params.get("wf") || recent.find((run) => run.status === "SUCCEEDED")?.id;
    fill(
      runs,
      recent.map((run) =>
        h("option", {
          value: run.id,
          selected: String(run.id) === String(id),
          text: `#${run.id} ${run.request.strategy} ${run.request.train}/${run.request.test} · ${run.status}`,
        }),
      ),
    );
    if (!id) {
      status.textContent = "No walk-forward yet: run one with the form.";
      return;
    }
    show(id, await fetchResult(id));
    status.textContent = `walk-forward #${id}`;
  };
  load().catch((failure) => (status.textContent = failure.message));
  return () => {
    clearTimeout(polling);
    equityChart.remove();
  };
}
