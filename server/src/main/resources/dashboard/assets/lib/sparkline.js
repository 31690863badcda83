// A sparkline as inline SVG: one polyline of the closes, coloured by the change from first to last.
const SVG = "http://www.w3.org/2000/svg";

/** An <svg> of {@code closes} (oldest first), {@code width} × {@code height} pixels. */
export function sparkline(closes, width = 120, height = 28) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const values = (closes || []).filter((value) => Number.isFinite(value));
  svg.setAttribute("class", "sparkline " + (values.length > 1 && values.at(-1) < values[0] ? "down" : "up"));
  svg.dataset.points = String(values.length);
  if (values.length < 2) return svg;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const step = (width - 2) / (values.length - 1);
  const line = document.createElementNS(SVG, "polyline");
  line.setAttribute(
    "points",
    values
      .map((value, i) => `${(1 + i * step).toFixed(1)},${(height - 2 - ((value - low) / span) * (height - 4)).toFixed(1)}`)
      .join(" "),
  );
  svg.append(line);
  return svg;
}
