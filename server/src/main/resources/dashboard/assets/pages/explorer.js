// Breadth explorer: any breadth column of a universe or of one of its sectors, optionally compared
// with a second column or a second group, with the Hindenburg Omen and breadth thrusts marked; and a
// universe's members (a stored point-in-time universe's at a chosen date). The indicator menu comes
// from /api/breadth/catalogue, the universe and sector menus from /api/universes: the built-in lists
// and the stored point-in-time universes, each with its own sectors.
import { api } from "../lib/api.js";
import { chartIn, createSeriesMarkers, line, paint, swatch, warmUpBand, warmUpBars } from "../lib/charts.js";
import { daysAgo, fill, h, number, table } from "../lib/dom.js";

const BUILT_IN = "built-in";
const POINT_IN_TIME = "point-in-time";
const FIRST = "accent-2";
const SECOND = "#b07cf7";

/** How each event kind is marked on the chart. */
const EVENTS = {
  hindenburg_signal: { position: "aboveBar", shape: "arrowDown", color: "down", text: "HO" },
  hindenburg_confirmed: { position: "aboveBar", shape: "arrowDown", color: "down", text: "HO+" },
  zweig_thrust: { position: "belowBar", shape: "arrowUp", color: "up", text: "ZBT" },
  whaley_up: { position: "belowBar", shape: "arrowUp", color: "up", text: "W+" },
  whaley_down: { position: "aboveBar", shape: "arrowDown", color: "down", text: "W-" },
  desmond_up: { position: "belowBar", shape: "circle", color: "up", text: "90+" },
  desmond_down: { position: "aboveBar", shape: "circle", color: "down", text: "90-" },
};

/** Values of {@code key} in {@code rows} as chart points; z-scores when {@code normalise}. */
function series(rows, key, normalise) {
  const values = rows.filter((row) => typeof row[key] === "number");
  if (!normalise) return values.map((row) => ({ time: row.date, value: row[key] }));
  const mean = values.reduce((sum, row) => sum + row[key], 0) / (values.length || 1);
  const variance = values.reduce((sum, row) => sum + (row[key] - mean) ** 2, 0) / (values.length || 1);
  const sd = Math.sqrt(variance) || 1;
  return values.map((row) => ({ time: row.date, value: (row[key] - mean) / sd }));
}

export default {
  title: "Breadth explorer",
  mount(root, { params }) {
    const state = {
      universe: params.get("universe") || "sp100",
      kind: params.get("kind") === POINT_IN_TIME ? POINT_IN_TIME : BUILT_IN,
      group: params.get("group") || "",
      indicator: params.get("indicator") || "ad_percent",
      compare: params.get("compare") || "none",
      indicator2: params.get("indicator2") || "pct_above_ema20",
      group2: params.get("group2") || "",
      scale: params.get("scale") || "axes",
      from: params.get("from") || daysAgo(366),
      to: params.get("to") || daysAgo(0),
      date: params.get("date") || daysAgo(0),
    };
    const select = (id, key, options, onchange) =>
      h(
        "select",
        {
          id,
          onchange: (event) => {
            state[key] = event.target.value;
            onchange();
          },
        },
        options.map(([value, text]) => h("option", { value, selected: value === state[key], text })),
      );
    const dateInput = (id, key, onchange) =>
      h("input", {
        id,
        type: "date",
        value: state[key],
        onchange: (event) => {
          if (!event.target.value) return;
          state[key] = event.target.value;
          onchange();
        },
      });
    const status = h("div", { class: "muted", id: "explorer-status", text: "Loading…" });
    const legend = h("div", { class: "legend", id: "explorer-legend" });
    const chartBox = h("div", { class: "chart tall", id: "explorer-chart" });
    const definition = h("p", { class: "muted", id: "explorer-definition" });
    const events = h("div", { class: "table-wrap", id: "explorer-events" });
    const members = h("div", { class: "table-wrap", id: "explorer-members" });
    const membersStatus = h("div", { class: "muted", id: "members-status" });
    const toolbar = h("div", { class: "toolbar", id: "explorer-toolbar" });
    const membersBar = h("div", { class: "toolbar" });
    fill(
      root,
      h("h1", { text: "Breadth explorer" }),
      toolbar,
      h("div", { class: "card" }, status, legend, chartBox, definition),
      h(
        "div",
        { class: "grid cols-2" },
        h("div", { class: "card" }, h("h2", { text: "Events in the range" }), events),
        h(
          "div",
          { class: "card" },
          h("h2", { text: "Membership at a date" }),
          membersBar,
          membersStatus,
          members,
        ),
      ),
    );

    let chart = null;
    let catalogue = [];
    let sectors = [];
    /** The universes of /api/universes, built-in first, and the chosen one. */
    let universes = [];
    let chosen = null;
    /** The latest chart and membership requests: an answer to an older one is dropped. */
    let chartRequest = 0;
    let membersRequest = 0;

    const remember = () => {
      const query = new URLSearchParams(state).toString();
      history.replaceState(null, "", "#/explorer?" + query);
    };
    const described = (key) => catalogue.find((indicator) => indicator.key === key);
    const pointInTime = () => state.kind === POINT_IN_TIME;
    const groupName = (group) =>
      (group ? group : state.universe + " (whole universe)") + (pointInTime() ? " (point-in-time)" : "");

    const breadth = (group, columns) => {
      const query = new URLSearchParams({
        [pointInTime() ? "point_in_time" : "universe"]: state.universe,
        from: state.from,
        to: state.to,
        columns: columns.join(","),
      });
      if (group) query.set("sector", group);
      return api("/api/breadth?" + query);
    };

    const drawToolbar = () => {
      const lines = catalogue
        .filter((indicator) => indicator.kind !== "event")
        .map((indicator) => [indicator.key, indicator.name]);
      const groups = [["", "whole universe"], ...sectors.map((sector) => [sector, sector])];
      const universeGroup = (kind, label) =>
        h(
          "optgroup",
          { label },
          universes
            .filter((u) => u.kind === kind)
            .map((u) =>
              h("option", {
                value: `${kind}:${u.name}`,
                selected: kind === state.kind && u.name === state.universe,
                text: kind === POINT_IN_TIME ? `${u.name} (point-in-time)` : u.name,
              }),
            ),
        );
      const redraw = () => {
        drawToolbar();
        drawChart();
      };
      fill(
        toolbar,
        h(
          "label",
          {},
          "Universe",
          h(
            "select",
            {
              id: "explorer-universe",
              onchange: (event) => {
                const [kind, ...name] = event.target.value.split(":");
                state.kind = kind;
                state.universe = name.join(":");
                state.group = "";
                state.group2 = "";
                start().catch(failed);
              },
            },
            universeGroup(BUILT_IN, "Built-in (today's members on every session)"),
            universes.some((u) => u.kind === POINT_IN_TIME) &&
              universeGroup(POINT_IN_TIME, "Stored point-in-time (each session's members)"),
          ),
        ),
        h("label", {}, "Universe or sector", select("explorer-group", "group", groups, redraw)),
        h("label", {}, "Indicator", select("explorer-indicator", "indicator", lines, redraw)),
        h(
          "label",
          {},
          "Compare with",
          select(
            "explorer-compare",
            "compare",
            [
              ["none", "nothing"],
              ["indicator", "a second indicator"],
              ["group", "a second universe or sector"],
            ],
            redraw,
          ),
        ),
        state.compare === "indicator" &&
          h("label", {}, "Second indicator", select("explorer-indicator2", "indicator2", lines, redraw)),
        state.compare === "group" &&
          h("label", {}, "Second group", select("explorer-group2", "group2", groups, redraw)),
        state.compare !== "none" &&
          h(
            "label",
            {},
            "Scale",
            select(
              "explorer-scale",
              "scale",
              [
                ["axes", "second price scale"],
                ["normalised", "both as z-scores"],
              ],
              redraw,
            ),
          ),
        h("label", {}, "From", dateInput("explorer-from", "from", drawChart)),
        h("label", {}, "To", dateInput("explorer-to", "to", drawChart)),
      );
    };

    const draw = async () => {
      remember();
      status.textContent = "Loading…";
      const normalise = state.compare !== "none" && state.scale === "normalised";
      const second =
        state.compare === "indicator"
          ? breadth(state.group, [state.indicator2])
          : state.compare === "group"
            ? breadth(state.group2, [state.indicator])
            : null;
      const request = ++chartRequest;
      const [first, other] = await Promise.all([breadth(state.group, [state.indicator]), second]);
      if (request !== chartRequest) return;
      if (chart) chart.remove();
      chart = chartIn(chartBox, { leftPriceScale: { visible: state.compare !== "none" && !normalise } });
      const main = line(chart, FIRST);
      main.setData(series(first.rows, state.indicator, normalise));
      const entries = [[`${described(state.indicator).name} · ${groupName(state.group)}`, FIRST]];
      if (other) {
        const key = state.compare === "indicator" ? state.indicator2 : state.indicator;
        const group = state.compare === "group" ? state.group2 : state.group;
        line(chart, SECOND, normalise ? {} : { priceScaleId: "left" }).setData(
          series(other.rows, key, normalise),
        );
        entries.push([
          `${described(key).name} · ${groupName(group)}${normalise ? "" : " (left axis)"}`,
          SECOND,
        ]);
      }
      chartBox.dataset.series = other ? "2" : "1";
      const warm = warmUpBars(first.rows, [state.indicator], first.stable_from, (row) => row.date);
      if (warm.length) {
        warmUpBand(chart).setData(warm);
        entries.push(["warm-up: still depends on where the stored history starts", "warm"]);
      }
      chartBox.dataset.warm = String(warm.length);
      fill(
        legend,
        entries.map(([label, name]) => h("span", {}, swatch(name), label)),
      );
      const markers = first.events.map((event) => ({
        time: event.date,
        ...EVENTS[event.kind],
        color: paint(EVENTS[event.kind].color),
      }));
      createSeriesMarkers(main, markers);
      chartBox.dataset.markers = String(markers.length);
      chart.timeScale().fitContent();
      const indicator = described(state.indicator);
      fill(definition, `${indicator.name}: ${indicator.definition}. Source: ${indicator.source}.`);
      fill(
        events,
        first.events.length
          ? table(
              ["Date", "Event"],
              first.events.map((event) =>
                h(
                  "tr",
                  { "data-date": event.date, "data-kind": event.kind },
                  h("td", { text: event.date }),
                  h("td", { text: event.kind.replaceAll("_", " ") }),
                ),
              ),
            )
          : h("p", { class: "muted", text: "No Hindenburg Omen or breadth thrust in the range." }),
      );
      status.textContent =
        `${groupName(state.group)} · ${first.rows.length} sessions · ` +
        `${first.events.length} events · ${first.symbols} symbols stored`;
    };

    /** A stored universe's members on the date; a built-in universe's list of today. */
    const drawMembers = async () => {
      remember();
      let list;
      let note;
      const since = pointInTime();
      const request = ++membersRequest;
      if (since) {
        const answer = await api(
          `/api/universes/${encodeURIComponent(state.universe)}/members?date=${state.date}`,
        );
        if (request !== membersRequest) return;
        list = answer.members;
        note = `${answer.size} members of ${answer.universe} on ${answer.date} (stored point-in-time membership)`;
      } else {
        list = chosen.members;
        note = `${list.length} members of ${state.universe} today (built-in list, the same on every session)`;
      }
      membersStatus.textContent = note;
      fill(
        members,
        table(
          since ? ["Symbol", "Sector", "Member since"] : ["Symbol", "Sector"],
          list.map((member) => [
            h(
              "td",
              {},
              h("a", {
                href: "#/market?symbol=" + encodeURIComponent(member.symbol),
                text: member.symbol,
              }),
            ),
            member.sector || "–",
            ...(since ? [member.since] : []),
          ]),
        ),
      );
    };

    const start = async () => {
      const [answer, listed] = await Promise.all([api("/api/breadth/catalogue"), api("/api/universes")]);
      catalogue = answer.indicators;
      universes = listed.universes;
      const find = (kind) => universes.find((u) => u.kind === kind && u.name === state.universe);
      chosen = find(state.kind) || find(state.kind === BUILT_IN ? POINT_IN_TIME : BUILT_IN);
      if (!chosen) {
        state.universe = "sp100";
        chosen = find(BUILT_IN);
      }
      state.kind = chosen.kind;
      sectors = chosen.sectors;
      if (state.group && !sectors.includes(state.group)) state.group = "";
      if (state.group2 && !sectors.includes(state.group2)) state.group2 = "";
      const drawable = (key) => described(key) && described(key).kind !== "event";
      if (!drawable(state.indicator)) state.indicator = "ad_percent";
      if (!drawable(state.indicator2)) state.indicator2 = "pct_above_ema20";
      fill(
        membersBar,
        pointInTime() &&
          h("label", {}, "Date", dateInput("members-date", "date", () => drawMembers().catch(failMembers))),
        h("span", {
          class: "muted",
          id: "members-summary",
          text: pointInTime()
            ? `${number(chosen.symbols, 0)} symbols ever members, ${number(chosen.intervals, 0)} ` +
              `membership intervals, first ${chosen.first_date}, last change ${chosen.last_change}`
            : `${number(chosen.symbols, 0)} members today`,
        }),
      );
      await drawMembers().catch(failMembers);
      drawToolbar();
      await draw();
    };
    const failMembers = (error) => fill(members, h("p", { class: "error", text: error.message }));
    const failed = (error) => {
      status.textContent = "";
      fill(events, h("p", { class: "error", text: error.message }));
    };
    const drawChart = () => draw().catch(failed);
    start().catch(failed);
    return () => {
      if (chart) chart.remove();
    };
  },
};
