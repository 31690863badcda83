// Market: one symbol's candles and volume with SMA/EMA/Bollinger overlays, RSI and MACD panes and
// signal markers; live bars from the streaming job update the chart as they come. On the daily
// chart, a fan chart continues the candles with the forecast and its 80% and 95% intervals. Where an
// indicator still depends on where the stored history starts (its warm-up), its pane is shaded.
import { api } from "../lib/api.js";
import {
  CandlestickSeries,
  HistogramSeries,
  chartIn,
  color,
  createSeriesMarkers,
  line,
  points,
  warmUpBand,
  warmUpBars,
} from "../lib/charts.js";
import { daysAgo, direction, fill, h, number, percent, toast } from "../lib/dom.js";
import { onLive } from "../lib/live.js";

const RANGES = {
  "1d": [
    ["3m", 92],
    ["6m", 183],
    ["1y", 366],
    ["3y", 1096],
  ],
  intraday: [
    ["1d", 1],
    ["5d", 5],
    ["1m", 31],
  ],
};
const INTERVALS = ["1d", "1h", "5m", "1m"];

export default {
  title: "Market",
  mount(root, { params, navigate }) {
    const symbol = (params.get("symbol") || "AAPL").toUpperCase();
    const interval = INTERVALS.includes(params.get("interval")) ? params.get("interval") : "1d";
    const daily = interval === "1d";
    const ranges = daily ? RANGES["1d"] : RANGES.intraday;
    const range = ranges.find(([name]) => name === params.get("range")) || ranges[daily ? 2 : 0];
    const overlays = new Set((params.get("overlays") ?? "sma,bb,forecast").split(",").filter(Boolean));
    const go = (changes) =>
      navigate("market", {
        symbol,
        interval,
        range: range[0],
        overlays: [...overlays].join(","),
        ...changes,
      });

    const symbolInput = h("input", {
      id: "symbol-input",
      list: "symbols",
      value: symbol,
      size: 8,
      "aria-label": "Symbol",
    });
    const symbols = h("datalist", { id: "symbols" });
    const check = (name, label) =>
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          checked: overlays.has(name),
          onchange: (event) => {
            event.target.checked ? overlays.add(name) : overlays.delete(name);
            go({});
          },
        }),
        label,
      );
    const watchlistSelect = h("select", { id: "watchlist-select", "aria-label": "Watchlist" });
    const addToWatchlist = h("button", {
      type: "button",
      class: "ghost",
      id: "add-to-watchlist",
      text: "Add to watchlist",
      onclick: async () => {
        addToWatchlist.disabled = true;
        try {
          const id = watchlistSelect.value;
          // Without a named list, the symbol goes to the user's default list.
          if (id) await api(`/api/watchlists/${id}/symbols`, { method: "POST", body: { symbol } });
          else await api(`/api/users/watchlist/${encodeURIComponent(symbol)}`, { method: "POST" });
          toast(symbol + " added to " + (watchlistSelect.selectedOptions[0]?.textContent || "your watchlist"));
        } catch (error) {
          toast(error.message, "error");
        } finally {
          addToWatchlist.disabled = false;
        }
      },
    });
    const header = h("div", { class: "legend", id: "quote" });
    const container = h("div", { class: "chart tall", id: "market-chart" });
    const status = h("div", { class: "muted", id: "market-status" });
    const warmUpNote = h("div", { class: "muted", id: "warm-up-note" });
    const forecastCard = h("div", { class: "card", id: "forecast-card", hidden: true });
    fill(
      root,
      h("h1", { text: symbol + " · " + interval }),
      h(
        "form",
        {
          class: "toolbar",
          onsubmit: (event) => {
            event.preventDefault();
            go({ symbol: symbolInput.value.trim().toUpperCase() });
          },
        },
        h("label", {}, "Symbol", symbolInput, symbols),
        h(
          "label",
          {},
          "Interval",
          h(
            "select",
            { id: "interval-select", onchange: (event) => go({ interval: event.target.value, range: "" }) },
            INTERVALS.map((value) => h("option", { value, selected: value === interval, text: value })),
          ),
        ),
        h(
          "label",
          {},
          "Range",
          h(
            "select",
            { id: "range-select", onchange: (event) => go({ range: event.target.value }) },
            ranges.map(([name]) => h("option", { value: name, selected: name === range[0], text: name })),
          ),
        ),
        check("sma", "SMA 20"),
        check("ema", "EMA 20"),
        check("bb", "Bollinger 20, 2"),
        check("forecast", "Forecast"),
        h("button", { type: "submit", text: "Show" }),
        h("span", { class: "spacer" }),
        watchlistSelect,
        addToWatchlist,
      ),
      h("div", { class: "card" }, header, container, status, warmUpNote),
      forecastCard,
    );

    const chart = chartIn(container, { timeScale: { timeVisible: !daily, secondsVisible: false } });
    const candles = chart.addSeries(CandlestickSeries, {
      upColor: color("up"),
      downColor: color("down"),
      borderVisible: false,
      wickUpColor: color("up"),
      wickDownColor: color("down"),
    });
    const volume = chart.addSeries(HistogramSeries, {
      priceScaleId: "volume",
      priceFormat: { type: "volume" },
      priceLineVisible: false,
      lastValueVisible: false,
    });
    chart.priceScale("volume").applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    const markers = createSeriesMarkers(candles, []);
    const timeOf = daily ? (bar) => bar.session : (bar) => Math.floor(Date.parse(bar.start) / 1000);
    const volumeBar = (bar) => ({
      time: timeOf(bar),
      value: bar.volume,
      color: bar.close >= bar.open ? "rgba(38,166,154,0.45)" : "rgba(239,83,80,0.45)",
    });
    let last = null;
    // Live bars that arrive before the history is drawn are applied after it.
    let early = [];

    const showQuote = (bar, previousClose) => {
      const change = previousClose ? bar.close / previousClose - 1 : null;
      fill(
        header,
        h("strong", { text: symbol }),
        `O ${number(bar.open)} H ${number(bar.high)} L ${number(bar.low)} C ${number(bar.close)}`,
        h("span", { class: direction(change), text: change === null ? "" : percent(change) }),
        `Vol ${number(bar.volume, 0)}`,
      );
    };

    const load = async () => {
      const from = daysAgo(range[1]);
      const history = await api(
        `/api/stocks/${encodeURIComponent(symbol)}/history?interval=${interval}&from=${from}`,
      );
      const bars = history.bars;
      if (bars.length === 0) {
        status.textContent = daily
          ? "No stored bars for " + symbol + "."
          : "No " + interval + " bars yet: they come from the streaming job as periods close.";
      } else {
        status.textContent = bars.length + " bars";
      }
      candles.setData(
        bars.map((bar) => ({
          time: timeOf(bar),
          open: bar.open,
          high: bar.high,
          low: bar.low,
          close: bar.close,
        })),
      );
      volume.setData(bars.map(volumeBar));
      last = bars.length ? { ...bars[bars.length - 1] } : null;
      if (last) showQuote(last, bars.length > 1 ? bars[bars.length - 2].close : null);
      const waiting = early;
      early = null;
      waiting.forEach(onBar);
      if (bars.length) await loadIndicators(from);
      await loadSignals(from);
      chart.timeScale().fitContent();
      if (daily && bars.length && overlays.has("forecast")) {
        await loadForecast(last);
        if (mounted) chart.timeScale().fitContent();
      }
    };

    const loadIndicators = async (from) => {
      const { rows: found, stable_from: stableFrom } = await api(
        `/api/stocks/${encodeURIComponent(symbol)}/indicators?interval=${interval}&from=${from}`,
      );
      const rows = daily
        ? found
        : found.map((row) => ({ ...row, date: Math.floor(Date.parse(row.time) / 1000) }));
      if (overlays.has("sma")) line(chart, "accent-2", { title: "SMA20" }).setData(points(rows, "sma_20"));
      if (overlays.has("ema")) line(chart, "#f5a623", { title: "EMA20" }).setData(points(rows, "ema_20"));
      if (overlays.has("bb")) {
        for (const key of ["bb_upper", "bb_middle", "bb_lower"])
          line(chart, "muted", { lineWidth: 1, lineStyle: key === "bb_middle" ? 2 : 0 }).setData(
            points(rows, key),
          );
      }
      const rsi = line(chart, "accent-2", { title: "RSI14", lastValueVisible: true }, 1);
      rsi.setData(points(rows, "rsi_14"));
      rsi.createPriceLine({
        price: 70,
        color: color("down"),
        lineStyle: 2,
        lineWidth: 1,
        axisLabelVisible: false,
      });
      rsi.createPriceLine({
        price: 30,
        color: color("up"),
        lineStyle: 2,
        lineWidth: 1,
        axisLabelVisible: false,
      });
      chart
        .addSeries(HistogramSeries, { priceLineVisible: false, lastValueVisible: false }, 2)
        .setData(
          points(rows, "macd_hist").map((point) => ({
            ...point,
            color: point.value >= 0 ? "rgba(38,166,154,0.6)" : "rgba(239,83,80,0.6)",
          })),
        );
      line(chart, "accent-2", { lineWidth: 1, title: "MACD" }, 2).setData(points(rows, "macd"));
      line(chart, "#f5a623", { lineWidth: 1, title: "signal" }, 2).setData(points(rows, "macd_signal"));
      shadeWarmUp(rows, stableFrom);
      const [prices, rsiPane, macdPane] = chart.panes();
      prices.setStretchFactor(0.6);
      rsiPane.setStretchFactor(0.18);
      macdPane.setStretchFactor(0.22);
    };

    /** Shades each pane's warm-up and names the indicators still warming in the shown range. */
    const shadeWarmUp = (rows, stableFrom) => {
      const priceKeys = [
        ...(overlays.has("sma") ? ["sma_20"] : []),
        ...(overlays.has("ema") ? ["ema_20"] : []),
        ...(overlays.has("bb") ? ["bb_upper", "bb_middle", "bb_lower"] : []),
      ];
      const panes = [priceKeys, ["rsi_14"], ["macd", "macd_signal", "macd_hist"]];
      panes.forEach((keys, pane) => {
        const bars = warmUpBars(rows, keys, stableFrom, (row) => row.time);
        if (bars.length) warmUpBand(chart, pane).setData(bars);
      });
      const labels = { sma_20: "SMA 20", ema_20: "EMA 20", rsi_14: "RSI 14", macd: "MACD", bb_middle: "Bollinger" };
      const warming = panes
        .flat()
        .filter((key) => key in labels && warmUpBars(rows, [key], stableFrom, (row) => row.time).length)
        .map((key) =>
          labels[key] + (stableFrom[key] === null ? " throughout" : " until " + stableFrom[key].slice(0, daily ? 10 : 16)),
        );
      warmUpNote.textContent = warming.length
        ? "Shaded: warm-up, where a value still depends on where the stored history starts — " + warming.join(", ")
        : "";
    };

    /** The fan chart: the forecast and both intervals, opening from the last close. */
    let mounted = true;
    let fan = null;
    const drawFan = (start, steps) => {
      if (!fan) {
        fan = [
          ["upper95", { lineWidth: 1, lineStyle: 1 }],
          ["lower95", { lineWidth: 1, lineStyle: 1 }],
          ["upper80", { lineWidth: 1 }],
          ["lower80", { lineWidth: 1 }],
          ["mean", { lineWidth: 2, title: "forecast" }],
        ].map(([key, options]) => [key, line(chart, "forecast", options)]);
      }
      for (const [key, series] of fan)
        series.setData([start, ...steps.map((step) => ({ time: step.time, value: step[key] }))]);
    };
    const band = (low, high) => `${number(low)} – ${number(high)}`;
    const showForecast = (model, note, steps) => {
      fill(
        forecastCard,
        h("h2", { text: "Forecast · " + model }),
        h("p", { class: "muted", text: note + "; 80% and 95% prediction intervals" }),
        h(
          "table",
          { id: "forecast-table" },
          h("thead", {}, h("tr", {}, ["step", daily ? "session" : "time", "forecast", "80%", "95%"].map((text) => h("th", { text })))),
          h(
            "tbody",
            {},
            steps.map((step) =>
              h(
                "tr",
                {},
                h("td", { text: String(step.step) }),
                h("td", { text: step.label }),
                h("td", { text: number(step.mean) }),
                h("td", { text: band(step.lower80, step.upper80) }),
                h("td", { text: band(step.lower95, step.upper95) }),
              ),
            ),
          ),
        ),
      );
      forecastCard.hidden = false;
    };
    const loadForecast = async (lastBar) => {
      let forecast;
      try {
        forecast = await api(`/api/stocks/${encodeURIComponent(symbol)}/forecast?horizon=10`);
        // the page may have been left while the model was fitted: its chart is gone then
        if (!mounted) return;
      } catch (error) {
        fill(forecastCard, h("h2", { text: "Forecast" }), h("p", { class: "muted", text: error.message }));
        forecastCard.hidden = false;
        return;
      }
      const steps = forecast.steps.map((step) => ({ ...step, time: step.date, label: step.date }));
      drawFan({ time: lastBar.session, value: lastBar.close }, steps);
      showForecast(forecast.model, `${forecast.observations} closes to ${forecast.origin}`, steps);
      const evaluation = h("div", { id: "forecast-evaluation" });
      const button = h("button", {
        id: "evaluate-forecast",
        type: "button",
        text: "Evaluate walk-forward (last year)",
        onclick: () => {
          button.disabled = true;
          evaluation.textContent = "walking forward…";
          loadEvaluation(evaluation).finally(() => (button.disabled = false));
        },
      });
      forecastCard.append(button, evaluation);
    };
    /** The walk-forward table: the model against the random walk and the drift, origin by origin. */
    const loadEvaluation = async (target) => {
      let result;
      try {
        result = await api(`/api/stocks/${encodeURIComponent(symbol)}/forecast/evaluation?horizon=5`);
      } catch (error) {
        target.textContent = error.message;
        return;
      }
      const roles = { candidate: "model", random_walk: "random walk", drift: "drift" };
      const p = (versus, step) =>
        result.tests.find((test) => test.versus === versus && test.step === step)?.p_value;
      fill(
        target,
        h("p", {
          class: "muted",
          text: `${result.origins} origins from ${result.first_origin} to ${result.last_origin}, ${result.horizon} sessions ahead; each forecast saw only the closes up to its origin.`,
        }),
        h(
          "table",
          { id: "evaluation-table" },
          h(
            "thead",
            {},
            h("tr", {}, ["", "model", "MAE", "RMSE", "MAPE", "direction", "RMSE / random walk"].map((text) => h("th", { text }))),
          ),
          h(
            "tbody",
            {},
            result.models.map((row) =>
              h(
                "tr",
                {},
                h("td", { text: roles[row.role] }),
                h("td", { text: row.model }),
                h("td", { text: number(row.mae) }),
                h("td", { text: number(row.rmse) }),
                h("td", { text: number(row.mape) + "%" }),
                h("td", { text: percent(row.directional_accuracy) }),
                h("td", { text: number(row.relative_rmse, 3) }),
              ),
            ),
          ),
        ),
        h("p", {
          class: "muted",
          text:
            "Diebold–Mariano p, model vs random walk: " +
            Array.from({ length: result.horizon }, (_, i) => `h${i + 1} ${number(p("random_walk", i + 1), 3)}`).join(", ") +
            ". A random walk is hard to beat on daily closes.",
        }),
      );
    };
    /** A live forecast of this chart's symbol and interval, from the streaming job. */
    const onForecast = ({ data }) => {
      if (daily || data.symbol !== symbol || data.interval !== interval || !overlays.has("forecast")) return;
      const origin = Math.floor(Date.parse(data.origin) / 1000);
      const seconds = { "1m": 60, "5m": 300, "1h": 3600 }[interval];
      const steps = data.points.map((point) => {
        const time = origin + point.step * seconds;
        return { ...point, time, label: new Date(time * 1000).toLocaleTimeString("en-GB") };
      });
      drawFan({ time: origin, value: data.last_close }, steps);
      showForecast(data.model, "live, from the bar of " + new Date(origin * 1000).toLocaleTimeString("en-GB"), steps);
      forecastCard.dataset.live = String(Number(forecastCard.dataset.live || 0) + 1);
    };

    const signalMarker = (time, action) => ({
      time,
      position: action === "BUY" ? "belowBar" : "aboveBar",
      color: action === "BUY" ? color("up") : color("down"),
      shape: action === "BUY" ? "arrowUp" : "arrowDown",
      text: daily ? "" : action[0],
    });
    let markerList = [];
    const loadSignals = async (from) => {
      if (!daily) return;
      const { signals } = await api(
        `/api/signals?symbol=${encodeURIComponent(symbol)}&from=${from}&limit=2000`,
      );
      markerList = signals
        .filter((signal) => signal.action !== "HOLD")
        .map((signal) => signalMarker(signal.date, signal.action))
        .sort((a, b) => (a.time < b.time ? -1 : 1));
      markers.setMarkers(markerList);
    };

    /** A live bar: the same interval updates its candle; on the daily chart, intraday bars extend today's candle. */
    function onBar(message) {
      if (early) {
        early.push(message);
        return;
      }
      const bar = message.data;
      if (bar.symbol !== symbol) return;
      if (!daily && bar.interval !== interval) return;
      if (daily && bar.interval !== "1m") return;
      const time = daily
        ? new Date(Date.parse(bar.start)).toLocaleDateString("en-CA", { timeZone: "America/New_York" })
        : timeOf(bar);
      let next;
      if (last && timeOf(last) === time && daily) {
        next = {
          ...last,
          high: Math.max(last.high, bar.high),
          low: Math.min(last.low, bar.low),
          close: bar.close,
          volume: last.volume + bar.volume,
        };
      } else if (last && timeOf(last) > time) {
        return;
      } else {
        next = daily ? { ...bar, session: time } : bar;
      }
      const previousClose = last && timeOf(last) !== time ? last.close : null;
      last = next;
      candles.update({ time, open: next.open, high: next.high, low: next.low, close: next.close });
      volume.update(volumeBar(next));
      showQuote(next, previousClose);
      status.textContent =
        "live: " + bar.interval + " bar of " + new Date(bar.start).toLocaleTimeString("en-GB");
      status.dataset.live = String(Number(status.dataset.live || 0) + 1);
    }
    const onSignal = ({ data }) => {
      if (
        daily ||
        data.signal.symbol !== symbol ||
        data.interval !== interval ||
        data.signal.action === "HOLD"
      )
        return;
      markerList = [
        ...markerList,
        signalMarker(Math.floor(Date.parse(data.start) / 1000), data.signal.action),
      ];
      markers.setMarkers(markerList);
    };
    const stops = [onLive("bars", onBar), onLive("signals", onSignal), onLive("forecasts", onForecast)];
    api("/api/watchlists")
      .then(({ watchlists }) =>
        fill(watchlistSelect, watchlists.map((list) => h("option", { value: String(list.id), text: list.name }))),
      )
      .catch(() => {});
    api("/api/universes")
      .then(({ universes }) => {
        const sp100 = universes.find((universe) => universe.kind === "built-in" && universe.name === "sp100");
        fill(
          symbols,
          (sp100?.members || []).map((member) => h("option", { value: member.symbol, text: member.name })),
        );
      })
      .catch(() => {});
    load().catch((error) => {
      early = null;
      status.textContent = error.message;
    });
    return () => {
      mounted = false;
      stops.forEach((stop) => stop());
      chart.remove();
    };
  },
};
