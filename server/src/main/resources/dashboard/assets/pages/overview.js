// Overview: pipeline run statistics, live counters with a throughput chart, market snapshot.
import { api } from "../lib/api.js";
import { chartIn, line } from "../lib/charts.js";
import { daysAgo, direction, fill, h, number, percent, stat, table } from "../lib/dom.js";
import { onLive } from "../lib/live.js";

export default {
  title: "Overview",
  mount(root) {
    const throughput = h("div", { class: "chart short", id: "throughput-chart" });
    const runs = h("div", { class: "table-wrap" });
    const movers = h("div", { class: "grid cols-2" });
    const breadth = h("div", { id: "breadth-headline" });
    fill(
      root,
      h("h1", { text: "Overview" }),
      h(
        "div",
        { class: "grid cols-4" },
        stat("Total runs", "total-runs"),
        stat("Success rate", "success-rate"),
        stat("Average duration", "average-duration"),
        stat("Live clients", "live-clients"),
      ),
      h("h2", { class: "section", text: "Streaming pipeline" }),
      h(
        "div",
        { class: "grid cols-4" },
        stat("Trades / s", "trades-per-second"),
        stat("Bars", "bars-emitted"),
        stat("Signals", "signals-emitted"),
        stat("Alerts", "alerts-raised"),
      ),
      h("div", { class: "card" }, h("h2", { text: "Trades per second" }), throughput),
      h(
        "div",
        { class: "grid cols-2" },
        h("div", { class: "card" }, h("h2", { text: "Breadth (sp100, latest session)" }), breadth),
        h("div", { class: "card" }, h("h2", { text: "Movers (latest session)" }), movers),
      ),
      h("div", { class: "card" }, h("h2", { text: "Recent runs" }), runs),
    );
    const chart = chartIn(throughput, { timeScale: { timeVisible: true, secondsVisible: true } });
    const rate = line(chart, "accent", { lastValueVisible: true });
    let previous = null;

    const set = (id, text) => (document.getElementById(id).textContent = text);
    const refreshCounters = async () => {
      const totals = await api("/api/pipeline");
      const now = Date.now();
      if (previous) {
        const perSecond =
          ((totals.trades_processed - previous.totals.trades_processed) * 1000) / (now - previous.at);
        set("trades-per-second", number(perSecond, 0));
        rate.update({ time: Math.floor(now / 1000), value: perSecond });
      }
      previous = { totals, at: now };
      set("bars-emitted", number(totals.bars_emitted, 0));
      set("signals-emitted", number(totals.signals_emitted, 0));
      set("alerts-raised", number(totals.alerts_raised, 0));
      set("live-clients", number(totals.live_clients, 0));
    };
    const refreshRuns = async () => {
      const summary = await api("/api/summary");
      set("total-runs", number(summary.total_runs, 0));
      set("success-rate", percent(summary.success_rate, 0));
      set("average-duration", number(summary.average_duration_ms / 1000, 1) + " s");
      fill(
        runs,
        table(
          ["Run", "Command", "Status", "Started", "Duration"],
          summary.recent_runs
            .slice(0, 10)
            .map((run) => [
              String(run.id),
              run.command,
              h("td", {}, h("span", { class: "pill pill-" + run.status, text: run.status })),
              new Date(run.started).toLocaleTimeString("en-GB"),
              run.duration_millis < 0 ? "running" : number(run.duration_millis / 1000, 1) + " s",
            ]),
        ),
      );
    };
    const refreshMarket = async () => {
      const [rows, top] = await Promise.all([
        api("/api/breadth?universe=sp100&from=" + daysAgo(10)),
        api("/api/stocks/movers?limit=5"),
      ]);
      const last = rows.rows[rows.rows.length - 1];
      if (last) {
        fill(
          breadth,
          table(
            ["Session", "Advancers", "Decliners", "McClellan", "% > SMA50", "% > SMA200"],
            [
              [
                last.date,
                String(last.advancers),
                String(last.decliners),
                number(last.mcclellan_osc, 1),
                number(last.pct_above_sma50, 0) + "%",
                number(last.pct_above_sma200, 0) + "%",
              ],
            ],
          ),
        );
      }
      const moverRows = (list) =>
        list.map((mover) =>
          h(
            "tr",
            {},
            h(
              "td",
              {},
              h("a", { href: "#/market?symbol=" + encodeURIComponent(mover.symbol), text: mover.symbol }),
            ),
            h("td", { class: "num", text: number(mover.close) }),
            h("td", { class: "num " + direction(mover.value), text: percent(mover.value) }),
          ),
        );
      fill(
        movers,
        table(["Gainer", "Close", "Change"], moverRows(top.gainers)),
        table(["Loser", "Close", "Change"], moverRows(top.losers)),
      );
    };
    const guard = (task) => () => task().catch(() => {});
    guard(refreshCounters)();
    guard(refreshRuns)();
    guard(refreshMarket)();
    const timers = [
      setInterval(guard(refreshCounters), 2000),
      setInterval(guard(refreshRuns), 15000),
      setInterval(guard(refreshMarket), 30000),
    ];
    const stopRuns = onLive("runs", (message) => message.data.status && guard(refreshRuns)());
    return () => {
      timers.forEach(clearInterval);
      stopRuns();
      chart.remove();
    };
  },
};
