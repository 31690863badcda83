// Backtests: run one from a form, see its equity curve against the benchmark, drawdown, metrics
// and trades; pick a second run to compare. Below, walk-forward optimisations (walkforward.js).
import { api } from "../lib/api.js";
import { AreaSeries, chartIn, line, paint, swatch } from "../lib/charts.js";
import { daysAgo, direction, fill, h, number, percent, table, toast } from "../lib/dom.js";
import { mountWalkForward } from "./walkforward.js";

const METRICS = [
  ["total_return", "Total return", percent],
  ["cagr", "CAGR", percent],
  ["benchmark_return", "Benchmark return", percent],
  ["volatility", "Volatility", percent],
  ["sharpe", "Sharpe", (v) => number(v, 2)],
  ["sortino", "Sortino", (v) => number(v, 2)],
  ["max_drawdown", "Max drawdown", percent],
  ["max_drawdown_days", "Max drawdown days", (v) => number(v, 0)],
  ["calmar", "Calmar", (v) => number(v, 2)],
  ["win_rate", "Win rate", percent],
  ["profit_factor", "Profit factor", (v) => number(v, 2)],
  ["exposure", "Exposure", percent],
  ["trades", "Trades", (v) => number(v, 0)],
  ["alpha", "Alpha", percent],
  ["beta", "Beta", (v) => number(v, 2)],
];
const COMPARE_COLOR = "#b07cf7";

export default {
  title: "Backtests",
  mount(root, { params, navigate }) {
    const strategy = h("select", { name: "strategy", onchange: () => showParameters() });
    const parameters = h("div", { class: "form-grid", id: "backtest-parameters" });
    const error = h("div", { class: "error", role: "alert", id: "backtest-error" });
    const field = (label, name, attributes) => h("label", {}, label, h("input", { name, ...attributes }));
    const limitField = (limit, strategyName) =>
      h(
        "label",
        { "data-strategy": strategyName || "", title: limit.description },
        limit.description,
        h("input", {
          name: limit.name,
          type: "number",
          value: limit.fallback,
          min: limit.min,
          max: limit.max,
          step: limit.kind === "INTEGER" ? 1 : "any",
        }),
      );
    const form = h(
      "form",
      { class: "card form", id: "backtest-form", onsubmit: (event) => submit(event) },
      h("h2", { text: "Run a backtest" }),
      h(
        "div",
        { class: "form-grid" },
        h("label", {}, "Strategy", strategy),
        field("Symbols (comma-separated)", "symbols", { value: "AAPL,MSFT,JPM,XOM,JNJ" }),
        field("Start", "start_date", { type: "date", value: daysAgo(730) }),
        field("End", "end_date", { type: "date", value: daysAgo(0) }),
      ),
      parameters,
      h("button", { type: "submit", id: "backtest-submit", text: "Run backtest", disabled: true }),
      error,
    );
    let catalog = { strategies: [], portfolio: [] };
    const keep = (chosen) => (params.get("wf") ? { ...chosen, wf: params.get("wf") } : chosen);
    const showParameters = () => {
      for (const label of parameters.querySelectorAll("label[data-strategy]")) {
        const own = label.dataset.strategy;
        label.hidden = own !== "" && own !== strategy.value;
      }
    };
    const buildForm = async () => {
      catalog = await api("/api/strategies");
      fill(
        strategy,
        catalog.strategies.map((s) => h("option", { value: s.name, text: s.name, title: s.description })),
      );
      fill(
        parameters,
        catalog.strategies.flatMap((s) => s.parameters.map((limit) => limitField(limit, s.name))),
        catalog.portfolio.map((limit) => limitField(limit, "")),
      );
      showParameters();
      document.getElementById("backtest-submit").disabled = false;
    };
    const runA = h("select", {
      id: "run-a",
      onchange: () => navigate("backtests", keep({ id: runA.value, compare: runB.value })),
    });
    const runB = h("select", {
      id: "run-b",
      onchange: () => navigate("backtests", keep({ id: runA.value, compare: runB.value })),
    });
    const equity = h("div", { class: "chart", id: "equity-chart" });
    const drawdown = h("div", { class: "chart short", id: "drawdown-chart" });
    const metrics = h("div", { class: "table-wrap", id: "metrics" });
    const trades = h("div", { class: "table-wrap", id: "trades" });
    const status = h("div", { class: "muted", id: "backtest-status" });
    const walkForward = h("section", { id: "walk-forward" });
    fill(
      root,
      h("h1", { text: "Backtests" }),
      form,
      h(
        "div",
        { class: "toolbar" },
        h("label", {}, "Run", runA),
        h("label", {}, "Compare with", runB),
        status,
      ),
      h(
        "div",
        { class: "card" },
        h("h2", { text: "Equity against the benchmark" }),
        h("div", { class: "legend", id: "equity-legend" }),
        equity,
      ),
      h("div", { class: "card" }, h("h2", { text: "Drawdown" }), drawdown),
      h(
        "div",
        { class: "grid cols-2" },
        h("div", { class: "card" }, h("h2", { text: "Metrics" }), metrics),
        h("div", { class: "card" }, h("h2", { text: "Trades" }), trades),
      ),
      walkForward,
    );
    const equityChart = chartIn(equity);
    const drawdownChart = chartIn(drawdown);
    const unmountWalkForward = mountWalkForward(walkForward, { params, navigate });
    let polling = null;

    async function submit(event) {
      event.preventDefault();
      error.textContent = "";
      const data = new FormData(form);
      const body = {
        strategy: data.get("strategy"),
        symbols: String(data.get("symbols"))
          .split(",")
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean),
        start_date: data.get("start_date"),
        end_date: data.get("end_date"),
      };
      const chosen = catalog.strategies.find((s) => s.name === body.strategy);
      for (const limit of [...(chosen ? chosen.parameters : []), ...catalog.portfolio])
        body[limit.name] = Number(data.get(limit.name));
      try {
        const started = await api("/api/backtests", { method: "POST", body });
        toast("Backtest " + started.id + " started");
        navigate("backtests", keep({ id: started.id, compare: runB.value }));
      } catch (failure) {
        error.textContent = failure.message;
      }
    }

    const curveWithDrawdown = (curve) => {
      let peak = -Infinity;
      return curve.map((point) => {
        peak = Math.max(peak, point.equity);
        return { ...point, drawdown: point.equity / peak - 1 };
      });
    };
    const addSwatch = (label, colorName) =>
      document.getElementById("equity-legend").append(h("span", {}, swatch(colorName), label));
    const drawRun = (id, result, colorName) => {
      const curve = curveWithDrawdown(result.equity_curve);
      line(equityChart, colorName, { title: "#" + id }).setData(
        curve.map((p) => ({ time: p.date, value: p.equity })),
      );
      drawdownChart
        .addSeries(AreaSeries, {
          lineColor: paint(colorName),
          topColor: "rgba(239,83,80,0.05)",
          bottomColor: "rgba(239,83,80,0.35)",
          invertFilledArea: true,
          priceLineVisible: false,
          lastValueVisible: false,
          priceFormat: { type: "percent" },
        })
        .setData(curve.map((p) => ({ time: p.date, value: p.drawdown * 100 })));
      addSwatch("run #" + id, colorName);
    };
    const show = (first, second) => {
      const [idA, a] = first;
      drawRun(idA, a, "accent");
      line(equityChart, "muted", { lineStyle: 2, title: "benchmark" }).setData(
        a.equity_curve.map((p) => ({ time: p.date, value: p.benchmark })),
      );
      addSwatch("benchmark (equal weight, buy and hold)", "muted");
      if (second) drawRun(second[0], second[1], COMPARE_COLOR);
      equityChart.timeScale().fitContent();
      drawdownChart.timeScale().fitContent();
      const runs = second ? [first, second] : [first];
      fill(
        metrics,
        table(
          ["Metric", ...runs.map(([id]) => "#" + id)],
          METRICS.map(([key, label, format]) => [
            label,
            ...runs.map(([, r]) =>
              h("td", {
                class: "num " + (key.includes("return") ? direction(r.metrics[key]) : ""),
                text: format(r.metrics[key]),
              }),
            ),
          ]),
        ),
      );
      fill(
        trades,
        table(
          ["Symbol", "Side", "Entry", "Exit", "Return", "P&L"],
          a.trades
            .slice(0, 300)
            .map((t) => [
              t.symbol,
              t.side,
              `${t.entry_date} @ ${number(t.entry_price)}`,
              t.open ? "open" : `${t.exit_date} @ ${number(t.exit_price)}`,
              h("td", { class: "num " + direction(t.return_fraction), text: percent(t.return_fraction) }),
              h("td", { class: "num " + direction(t.pnl), text: number(t.pnl, 0) }),
            ]),
        ),
      );
    };

    const fetchResult = async (id) => {
      for (;;) {
        const run = await api("/api/backtests/" + id);
        if (run.status === "SUCCEEDED") return run.result;
        if (run.status === "FAILED") throw new Error("backtest " + id + " failed: " + run.error);
        status.textContent = "backtest " + id + " running…";
        await new Promise((resolve) => (polling = setTimeout(resolve, 400)));
      }
    };
    const load = async () => {
      await buildForm();
      const { backtests } = await api("/api/backtests?limit=200");
      const label = (run) =>
        `#${run.id} ${run.request.strategy} on ${run.request.universe} · ${run.status}`;
      const idA = params.get("id") || backtests.find((run) => run.status === "SUCCEEDED")?.id;
      const idB = params.get("compare") || "";
      fill(
        runA,
        backtests.map((run) =>
          h("option", { value: run.id, selected: String(run.id) === String(idA), text: label(run) }),
        ),
      );
      fill(
        runB,
        h("option", { value: "", text: "none" }),
        backtests.map((run) =>
          h("option", { value: run.id, selected: String(run.id) === String(idB), text: label(run) }),
        ),
      );
      if (!idA) {
        status.textContent = "No backtests yet: run one with the form.";
        return;
      }
      const a = await fetchResult(idA);
      const b = idB && idB !== String(idA) ? await fetchResult(idB) : null;
      show([idA, a], b ? [idB, b] : null);
      status.textContent = b ? `run #${idA} compared with #${idB}` : `run #${idA}`;
    };
    load().catch((failure) => (status.textContent = failure.message));
    return () => {
      clearTimeout(polling);
      equityChart.remove();
      drawdownChart.remove();
      unmountWalkForward();
    };
  },
};
