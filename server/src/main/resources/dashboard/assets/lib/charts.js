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

/**
 * A band shading a pane's warm-up (the bars whose values still depend on where the stored history
 * starts): a full-height histogram on its own hidden scale, behind every other series of the pane,
 * in the theme's --warm colour. Fill it with {@link warmUpBars}.
 */
export function warmUpBand(chart, pane = 0) {
  const band = chart.addSeries(
    HistogramSeries,
    {
      priceScaleId: "warm-up-" + pane,
      color: color("warm"),
      base: 0,
      priceLineVisible: false,
      lastValueVisible: false,
      crosshairMarkerVisible: false,
      autoscaleInfoProvider: () => ({ priceRange: { minValue: 0, maxValue: 1 } }),
    },
    pane,
  );
  band.priceScale().applyOptions({ visible: false, scaleMargins: { top: 0, bottom: 0 } });
  band.setSeriesOrder(0);
  return band;
}

/**
 * The band's data: one full-height bar for every row where one of {@code keys} has a value that is
 * still warming up, i.e. whose {@code at(row)} lies before that key's {@code stableFrom[key]} (an
 * ISO date or time as the API gives it; null means not reached in the stored history, so every
 * value is warm). Keys absent from {@code stableFrom} are never warm.
 */
export function warmUpBars(rows, keys, stableFrom, at, time = (row) => row.date) {
  const warm = (row, key) =>
    row[key] !== null &&
    row[key] !== undefined &&
    key in stableFrom &&
    (stableFrom[key] === null || at(row) < stableFrom[key]);
  return rows
    .filter((row) => keys.some((key) => warm(row, key)))
    .map((row) => ({ time: time(row), value: 1 }));
}
