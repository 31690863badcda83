// Charts on TradingView's lightweight-charts (installed from npm at build time), coloured from the
// page's theme variables.
import {
  AreaSeries,
  CandlestickSeries,
  HistogramSeries,
  LineSeries,
  createChart,
  createSeriesMarkers,
} from "../vendor/lightweight-charts.js";

export { AreaSeries, CandlestickSeries, HistogramSeries, createSeriesMarkers };

/** The theme colour {@code name} (a CSS variable without its dashes). */
export function color(name) {
  return getComputedStyle(document.documentElement)
    .getPropertyValue("--" + name)
    .trim();
}

/** A literal colour ("#b07cf7") as it is, a theme colour name ("up") from the theme. */
export function paint(name) {
  return name.startsWith("#") ? name : color(name);
}

/** A small square of colour for a legend entry. */
export function swatch(name) {
  const element = document.createElement("span");
  element.className = "swatch";
  element.style.background = paint(name);
  return element;
}

/** A chart filling {@code container}, resized with it, in the current theme's colours. */
export function chartIn(container, options = {}) {
  return createChart(container, {
    autoSize: true,
    layout: { background: { color: color("panel") }, textColor: color("text"), fontSize: 12 },
    grid: { vertLines: { color: color("grid") }, horzLines: { color: color("grid") } },
    rightPriceScale: { borderColor: color("border") },
    timeScale: { borderColor: color("border"), ...(options.timeScale || {}) },
    crosshair: { mode: 0 },
    ...options,
  });
}

/** Points {time, value} of {@code key} in {@code rows}, skipping missing values. */
export function points(rows, key, time = (row) => row.date) {
  return rows
    .filter((row) => row[key] !== null && row[key] !== undefined)
    .map((row) => ({ time: time(row), value: row[key] }));
}

/** A line series of one colour. */
export function line(chart, colorName, options = {}, pane = 0) {
  return chart.addSeries(
    LineSeries,
    { color: paint(colorName), lineWidth: 2, priceLineVisible: false, lastValueVisible: false, ...options },
    pane,
  );
}
