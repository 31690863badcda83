// Breadth: advance/decline line, McClellan oscillator and summation, % above the 50/200-day SMA,
// new highs and lows, TRIN and Zweig breadth thrusts; a heat map of the latest session by sector.
import { api } from "../lib/api.js";
import { HistogramSeries, chartIn, color, createSeriesMarkers, line, points, swatch } from "../lib/charts.js";
import { daysAgo, direction, fill, h, number, percent } from "../lib/dom.js";
import { onLive } from "../lib/live.js";

const UNIVERSES = ["sp100", "demo_medium", "demo_small"];

export default {
  title: "Breadth",
  mount(root, { params, navigate }) {
    const universe = UNIVERSES.includes(params.get("universe")) ? params.get("universe") : "sp100";
    const panels = {};
    const panel = (id, title, height = "chart") => {
      panels[id] = h("div", { class: height, id });
      return h("div", { class: "card" }, h("h2", { text: title }), panels[id]);
    };
    const live = h("div", {
      class: "muted",
      id: "live-breadth",
      text: "Intraday breadth appears here as the streaming job closes periods.",
    });
    const heatmap = h("div", { class: "heatmap", id: "sector-heatmap" });
    fill(
      root,
      h("h1", { text: "Market breadth · " + universe }),
      h(
        "div",
        { class: "toolbar" },
        h(
          "label",
          {},
          "Universe",
          h(
            "select",
            {
              id: "universe-select",
              onchange: (event) => navigate("breadth", { universe: event.target.value }),
            },
            UNIVERSES.map((value) => h("option", { value, selected: value === universe, text: value })),
          ),
        ),
      ),
      h("div", { class: "card" }, h("h2", { text: "Live (streaming job)" }), live),
      h(
        "div",
        { class: "grid cols-2" },
        panel("ad-chart", "Advance/decline line · thrusts marked"),
        panel("mcclellan-chart", "McClellan oscillator and summation index"),
      ),
      h(
        "div",
        { class: "grid cols-2" },
        panel("above-chart", "% above 50-day and 200-day SMA"),
        panel("highs-lows-chart", "New 52-week highs and lows"),
      ),
      h(
        "div",
        { class: "grid cols-2" },
        panel("trin-chart", "TRIN (Arms index)"),
        panel("thrust-chart", "Zweig breadth thrust EMA(10) · 0.40 / 0.615"),
      ),
      h("div", { class: "card" }, h("h2", { text: "Latest session by sector" }), heatmap),
    );
    const charts = [];
    const chart = (id) => {
      const created = chartIn(panels[id]);
      charts.push(created);
      return created;
    };
    const legend = (id, entries) =>
      panels[id].before(
        h(
          "div",
          { class: "legend" },
          entries.map(([label, name]) => h("span", {}, swatch(name), label)),
        ),
      );

    const draw = (rows) => {
      const thrusts = rows
        .filter((row) => row.zbt_thrust)
        .map((row) => ({
          time: row.date,
          position: "aboveBar",
          color: color("accent"),
          shape: "arrowDown",
          text: "thrust",
        }));
      const ad = line(chart("ad-chart"), "accent-2");
      ad.setData(points(rows, "ad_line"));
      createSeriesMarkers(ad, thrusts);

      const mcclellan = chart("mcclellan-chart");
      mcclellan
        .addSeries(HistogramSeries, { priceLineVisible: false })
        .setData(
          points(rows, "mcclellan_osc").map((p) => ({
            ...p,
            color: p.value >= 0 ? "rgba(38,166,154,0.7)" : "rgba(239,83,80,0.7)",
          })),
        );
      line(mcclellan, "#f5a623", { priceScaleId: "left" }).setData(points(rows, "mcclellan_sum"));
      mcclellan.applyOptions({ leftPriceScale: { visible: true } });
      legend("mcclellan-chart", [
        ["oscillator", "up"],
        ["summation (left axis)", "#f5a623"],
      ]);

      const above = chart("above-chart");
      line(above, "accent-2").setData(points(rows, "pct_above_sma50"));
      line(above, "#f5a623").setData(points(rows, "pct_above_sma200"));
      legend("above-chart", [
        ["% above SMA50", "accent-2"],
        ["% above SMA200", "#f5a623"],
      ]);

      const highsLows = chart("highs-lows-chart");
      highsLows
        .addSeries(HistogramSeries, { color: color("up"), priceLineVisible: false })
        .setData(points(rows, "new_highs_52w"));
      highsLows
        .addSeries(HistogramSeries, { color: color("down"), priceLineVisible: false })
        .setData(points(rows, "new_lows_52w").map((p) => ({ ...p, value: -p.value })));
      legend("highs-lows-chart", [
        ["new highs", "up"],
        ["new lows (below zero)", "down"],
      ]);

      const trin = line(chart("trin-chart"), "accent-2");
      trin.setData(points(rows, "trin"));
      trin.createPriceLine({ price: 1, color: color("muted"), lineStyle: 2, lineWidth: 1 });

      const thrust = line(chart("thrust-chart"), "accent");
      thrust.setData(points(rows, "zbt_ema10"));
      thrust.createPriceLine({ price: 0.4, color: color("down"), lineStyle: 2, lineWidth: 1 });
      thrust.createPriceLine({ price: 0.615, color: color("up"), lineStyle: 2, lineWidth: 1 });
      createSeriesMarkers(
        thrust,
        thrusts.map((marker) => ({ ...marker, position: "belowBar", shape: "arrowUp" })),
      );
      charts.forEach((c) => c.timeScale().fitContent());
    };

    const drawHeatmap = (members, changes) => {
      const bySector = new Map();
      for (const member of members) {
        const change = changes.get(member.symbol);
        if (change === undefined) continue;
        if (!bySector.has(member.sector)) bySector.set(member.sector, []);
        bySector.get(member.sector).push({ symbol: member.symbol, change });
      }
      const tint = (change) => {
        const strength = Math.min(1, Math.abs(change) / 0.03);
        return change >= 0
          ? `rgba(38,166,154,${0.25 + 0.75 * strength})`
          : `rgba(239,83,80,${0.25 + 0.75 * strength})`;
      };
      const tiles = [...bySector.entries()]
        .map(([sector, stocks]) => ({
          sector,
          stocks,
          mean: stocks.reduce((sum, s) => sum + s.change, 0) / stocks.length,
        }))
        .sort((a, b) => b.mean - a.mean)
        .map(({ sector, stocks, mean }) => {
          const tile = h(
            "div",
            { class: "sector", "data-sector": sector },
            h("div", { class: "name", text: sector }),
            h("div", {
              text: `${percent(mean)} · ${stocks.filter((s) => s.change > 0).length}/${stocks.length} up`,
            }),
            h(
              "div",
              { class: "cells" },
              stocks
                .sort((a, b) => b.change - a.change)
                .map((s) => {
                  const cell = h("a", {
                    class: "cell",
                    href: "#/market?symbol=" + encodeURIComponent(s.symbol),
                    title: percent(s.change),
                    text: s.symbol,
                  });
                  cell.style.background = tint(s.change);
                  return cell;
                }),
            ),
          );
          tile.style.background = tint(mean);
          return tile;
        });
      fill(heatmap, tiles.length ? tiles : h("p", { class: "muted", text: "No stored sessions yet." }));
    };

    const load = async () => {
      const [breadth, universes, movers] = await Promise.all([
        api(`/api/breadth?universe=${universe}&from=${daysAgo(366)}`),
        api("/api/universes"),
        api("/api/stocks/movers?limit=100"),
      ]);
      draw(breadth.rows);
      const members = universes.universes.find((u) => u.kind === "built-in" && u.name === universe).members;
      drawHeatmap(members, new Map([...movers.losers, ...movers.gainers].map((m) => [m.symbol, m.value])));
    };
    const onBreadth = ({ data }) => {
      const b = data.breadth;
      fill(
        live,
        h("strong", {
          text: `${data.interval} period ${new Date(data.start).toLocaleTimeString("en-GB")}: `,
        }),
        h("span", {
          class: direction(b.net_advances),
          text: `${b.advancers} advancing, ${b.decliners} declining`,
        }),
        `, McClellan ${number(b.mcclellan_osc, 1)}, TRIN ${number(b.trin, 2)}, ${number(b.pct_above_sma50, 0)}% above SMA50`,
      );
    };
    const stop = onLive("breadth", onBreadth);
    load().catch((error) => fill(heatmap, h("p", { class: "error", text: error.message })));
    return () => {
      stop();
      charts.forEach((c) => c.remove());
    };
  },
};
