// Alerts: the live feed of the streaming job's alerts with their severity; acknowledging one
// marks it for everyone.
import { api } from "../lib/api.js";
import { dateTime, fill, h, number, toast } from "../lib/dom.js";
import { onLive } from "../lib/live.js";

export default {
  title: "Alerts",
  mount(root) {
    let alerts = [];
    const unacknowledgedOnly = h("input", { type: "checkbox", id: "unacknowledged-only" });
    const severity = h(
      "select",
      { id: "severity-filter" },
      ["all", "critical", "warning", "info"].map((value) => h("option", { value, text: value })),
    );
    const feed = h("ul", { class: "feed card", id: "alert-feed" });
    const count = h("span", { class: "muted", id: "alert-count" });
    fill(
      root,
      h("h1", { text: "Alerts" }),
      h(
        "div",
        { class: "toolbar" },
        h("label", {}, "Severity", severity),
        h("label", { class: "check" }, unacknowledgedOnly, "Unacknowledged only"),
        count,
      ),
      feed,
    );

    const acknowledge = async (alert, button) => {
      button.disabled = true;
      try {
        const updated = await api(`/api/alerts/${alert.id}/acknowledge`, { method: "POST" });
        Object.assign(alert, updated);
        render();
      } catch (failure) {
        button.disabled = false;
        toast(failure.message, "error");
      }
    };
    const item = (alert) => {
      const button = h("button", {
        class: "ghost",
        text: alert.acknowledged ? "Acknowledged" : alert.id ? "Acknowledge" : "Storing…",
        disabled: alert.acknowledged || !alert.id,
        "data-alert": alert.id,
      });
      button.addEventListener("click", () => acknowledge(alert, button));
      return h(
        "li",
        { class: alert.acknowledged ? "acknowledged" : "", "data-severity": alert.severity },
        h("span", {}, h("span", { class: "pill pill-" + alert.severity, text: alert.severity })),
        h("span", { class: "muted", text: dateTime(alert.time) }),
        h(
          "span",
          {},
          h("a", {
            href:
              "#/market?symbol=" +
              encodeURIComponent(alert.symbol) +
              "&interval=" +
              encodeURIComponent(alert.interval),
            text: alert.symbol,
          }),
          ` ${alert.interval} · ${alert.rule}: ${alert.message} (${number(alert.value, 2)})`,
        ),
        button,
      );
    };
    const render = () => {
      const shown = alerts.filter(
        (a) =>
          (severity.value === "all" || a.severity === severity.value) &&
          (!unacknowledgedOnly.checked || !a.acknowledged),
      );
      count.textContent = `${shown.length} shown, ${alerts.filter((a) => !a.acknowledged).length} unacknowledged`;
      fill(
        feed,
        shown.length
          ? shown.slice(0, 300).map(item)
          : h("li", {
              class: "muted",
              text: "No alerts yet: the streaming job raises them as thresholds are crossed.",
            }),
      );
    };
    const load = async () => {
      alerts = (await api("/api/alerts?limit=300")).alerts;
      render();
    };
    let reload = null;
    const stop = onLive("alerts", ({ data }) => {
      alerts.unshift({ ...data, id: null, acknowledged: false });
      render();
      clearTimeout(reload);
      reload = setTimeout(() => load().catch(() => {}), 3000);
    });
    severity.addEventListener("change", render);
    unacknowledgedOnly.addEventListener("change", render);
    load().catch((failure) => (count.textContent = failure.message));
    return () => {
      stop();
      clearTimeout(reload);
    };
  },
};
