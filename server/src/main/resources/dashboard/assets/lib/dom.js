// Small DOM helpers: elements are built with textContent, never from HTML strings, so data from the
// API can never inject markup.

/** Creates an element: h("td", {class: "num", onclick: fn}, "text", child, …). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "class") element.className = value;
    else if (name === "text") element.textContent = value;
    else if (name === "value") element.value = value;
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A number with fixed decimals and thousands separators; "–" for missing values. */
export function number(value, decimals = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A fraction as a percentage: 0.0123 → "1.23%". */
export function percent(value, decimals = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return number(value * 100, decimals) + "%";
}

/** "up" or "down" by sign, for colouring. */
export function direction(value) {
  return value > 0 ? "up" : value < 0 ? "down" : "";
}

/** An ISO instant as local date and time. */
export function dateTime(iso) {
  if (!iso) return "–";
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "short", timeStyle: "medium" });
}

/** Today minus {@code days}, as YYYY-MM-DD. */
export function daysAgo(days) {
  const date = new Date(Date.now() - days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** A table with the given header cells and rows (each an array of cells or a <tr>). */
export function table(headers, rows) {
  return h(
    "table",
    {},
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        headers.map((header) => (header instanceof Node ? header : h("th", { text: header }))),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((row) =>
        row instanceof Node
          ? row
          : h(
              "tr",
              {},
              row.map((cell) => (cell instanceof Node ? cell : h("td", { text: cell }))),
            ),
      ),
    ),
  );
}

/** A short message in the corner of the screen. */
export function toast(message, kind = "info") {
  const element = h("div", { class: "toast " + kind, role: "status", text: message });
  document.getElementById("toasts").append(element);
  setTimeout(() => element.remove(), 5000);
}

/** A statistic card: big value, small label. */
export function stat(label, id) {
  return h(
    "div",
    { class: "card stat" },
    h("div", { class: "label", text: label }),
    h("div", { class: "value", id, text: "–" }),
  );
}
