// Alert rules: a form built from the rule schema the API describes (each condition kind with its
// parameters, types, ranges and defaults), the user's rules with enable/pause and delete, and a
// "test" button that sends one notification through the rule's channels.
import { api } from "../lib/api.js";
import { fill, h, toast } from "../lib/dom.js";

const CHANNEL_NAMES = { in_app: "in-app", webhook: "webhook", email: "e-mail" };

/** The form field of one condition parameter, named "param-NAME". */
function parameterField(parameter) {
  const id = "param-" + parameter.name;
  const common = { id, name: parameter.name, title: parameter.description, "data-type": parameter.type };
  let input;
  if (parameter.type === "choice") {
    input = h(
      "select",
      common,
      parameter.choices.map((choice) => h("option", { value: choice, text: choice, selected: choice === parameter.default_value })),
    );
  } else if (parameter.type === "number" || parameter.type === "integer") {
    input = h("input", {
      ...common,
      type: "number",
      min: parameter.min ?? undefined,
      max: parameter.max ?? undefined,
      step: parameter.type === "integer" ? 1 : "any",
      value: parameter.default_value ?? "",
      required: parameter.required,
    });
  } else {
    input = h("input", { ...common, value: parameter.default_value ?? "" });
  }
  return h("label", {}, parameter.name.replaceAll("_", " "), input);
}

/** The value of a parameter field, typed as the schema says. */
function valueOf(input) {
  if (input.dataset.type === "number" || input.dataset.type === "integer")
    return input.value === "" ? undefined : Number(input.value);
  return input.value;
}

export default {
  title: "Alert rules",
  mount(root) {
    let schema = null;
    let rules = [];
    let watchlists = [];
    const list = h("tbody", { id: "rule-rows" });
    const status = h("div", { class: "muted", id: "rule-status" });
    const kind = h("select", { id: "rule-kind", name: "kind" });
    const description = h("p", { class: "muted", id: "rule-description" });
    const parameters = h("fieldset", { id: "rule-parameters" }, h("legend", { text: "Condition" }));
    const name = h("input", { id: "rule-name", required: true, maxlength: 80, placeholder: "e.g. AAPL oversold", size: 24 });
    const targetKind = h("select", { id: "rule-target-kind" });
    const targetValue = h("input", { id: "rule-target", placeholder: "AAPL", size: 10 });
    const targetWatchlist = h("select", { id: "rule-target-watchlist", hidden: true });
    const interval = h("select", { id: "rule-interval" });
    const cooldown = h("input", { id: "rule-cooldown", type: "number", min: 0, max: 43200, value: 60, size: 6 });
    const channels = h("fieldset", { id: "rule-channels" }, h("legend", { text: "Deliver by" }));
    const form = h(
      "form",
      { class: "form rule-form card", id: "rule-form" },
      h("h2", { text: "New rule" }),
      h("div", { class: "toolbar" }, h("label", {}, "Name", name), h("label", {}, "Condition", kind), h("label", {}, "Interval", interval)),
      description,
      parameters,
      h(
        "div",
        { class: "toolbar" },
        h("label", {}, "Target", targetKind),
        h("label", {}, "Symbol, universe or list", targetValue, targetWatchlist),
        h("label", {}, "Cooldown (minutes)", cooldown),
      ),
      channels,
      h("button", { type: "submit", id: "create-rule", text: "Create rule" }),
    );
    const settings = h("form", { class: "form rule-form card", id: "delivery-settings" });
    fill(
      root,
      h("h1", { text: "Alert rules" }),
      form,
      h(
        "div",
        { class: "card table-wrap" },
        status,
        h(
          "table",
          { id: "rules-table" },
          h("thead", {}, h("tr", {}, ["Name", "Condition", "Target", "Interval", "Channels", "Status", ""].map((text) => h("th", { text })))),
          list,
        ),
      ),
      settings,
    );

    const conditionOf = (code) => schema.conditions.find((condition) => condition.kind === code);
    const showParameters = () => {
      const condition = conditionOf(kind.value);
      description.textContent = condition.description;
      fill(parameters, h("legend", { text: "Condition" }), condition.parameters.map(parameterField));
      if (condition.market_wide) targetKind.value = "universe";
      showTarget();
    };
    const showTarget = () => {
      const watchlist = targetKind.value === "watchlist";
      targetWatchlist.hidden = !watchlist;
      targetValue.hidden = watchlist;
      targetValue.placeholder = targetKind.value === "universe" ? "sp100" : "AAPL";
    };
    const body = () => {
      const condition = { kind: kind.value };
      for (const input of parameters.querySelectorAll("input, select")) {
        const value = valueOf(input);
        if (value !== undefined) condition[input.name] = value;
      }
      return {
        name: name.value.trim(),
        target: {
          kind: targetKind.value,
          value: targetKind.value === "watchlist" ? targetWatchlist.value : targetValue.value.trim(),
        },
        condition,
        interval: interval.value,
        cooldown_minutes: Number(cooldown.value || 0),
        channels: [...channels.querySelectorAll("input:checked")].map((box) => box.value),
      };
    };
    const conditionText = (rule) => {
      const { kind: code, ...values } = rule.condition;
      const shown = Object.entries(values).map(([key, value]) => `${key} ${value}`);
      return code + (shown.length ? " (" + shown.join(", ") + ")" : "");
    };
    const act = async (action, message) => {
      try {
        await action();
        if (message) toast(message);
      } catch (error) {
        toast(error.message, "error");
      }
    };
    const row = (rule) =>
      h(
        "tr",
        { "data-rule": rule.id },
        h("td", { text: rule.name }),
        h("td", { text: conditionText(rule) }),
        h("td", { text: `${rule.target.kind} ${rule.target.value}` }),
        h("td", { text: rule.interval }),
        h("td", { text: rule.channels.map((channel) => CHANNEL_NAMES[channel] || channel).join(", ") }),
        h("td", {}, h("span", { class: "pill pill-" + rule.status, "data-status": rule.status, text: rule.status })),
        h(
          "td",
          { class: "actions" },
          h("button", {
            class: "ghost small toggle-rule",
            text: rule.status === "active" ? "Pause" : "Enable",
            onclick: () =>
              act(async () => {
                await api(`/api/rules/${rule.id}`, {
                  method: "PUT",
                  body: { ...editable(rule), status: rule.status === "active" ? "paused" : "active" },
                });
                await load();
              }),
          }),
          h("button", {
            class: "ghost small test-rule",
            text: "Test",
            title: "Send one test notification through the rule's channels",
            onclick: () => act(() => api(`/api/rules/${rule.id}/test`, { method: "POST" }), "test notification sent"),
          }),
          h("button", {
            class: "ghost small delete-rule",
            text: "Delete",
            onclick: () =>
              act(async () => {
                await api(`/api/rules/${rule.id}`, { method: "DELETE" });
                await load();
              }, "rule deleted"),
          }),
        ),
      );
    /** The fields of a rule one may send back (the server owns id, owner and times). */
    const editable = (rule) => ({
      name: rule.name,
      target: rule.target,
      condition: rule.condition,
      interval: rule.interval,
      cooldown_minutes: rule.cooldown_minutes,
      active_hours: rule.active_hours,
      zone: rule.zone,
      channels: rule.channels,
      status: rule.status,
    });
    const load = async () => {
      rules = (await api("/api/rules")).rules;
      status.textContent = rules.length ? `${rules.length} rules` : "No rules yet: create one above.";
      fill(list, rules.map(row));
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      act(async () => {
        await api("/api/rules", { method: "POST", body: body() });
        name.value = "";
        await load();
      }, "rule created");
    });
    kind.addEventListener("change", showParameters);
    targetKind.addEventListener("change", showTarget);

    /** Where and when notifications go: the user's preferences, and the webhook secret. */
    const showSettings = (preferences) => {
      const input = (id, value, attributes = {}) => h("input", { id, value: value ?? "", ...attributes });
      const webhookUrl = input("pref-webhook-url", preferences.webhook_url, { placeholder: "https://example.com/hook", size: 40 });
      const email = input("pref-email", preferences.email, { placeholder: "the profile's address", size: 28 });
      const quietFrom = input("pref-quiet-from", preferences.quiet_hours?.from?.slice(0, 5), { type: "time" });
      const quietTo = input("pref-quiet-to", preferences.quiet_hours?.to?.slice(0, 5), { type: "time" });
      const maxPerHour = input("pref-max-per-hour", preferences.max_per_hour, { type: "number", min: 0, max: 1000 });
      const secret = h("code", { id: "webhook-secret" });
      const boxes = Object.entries(preferences.channels).map(([channel, enabled]) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", name: "pref-channel", value: channel, checked: enabled }), CHANNEL_NAMES[channel] || channel),
      );
      fill(
        settings,
        h("h2", { text: "Delivery" }),
        h("fieldset", {}, h("legend", { text: "Channels I accept" }), boxes),
        h("div", { class: "toolbar" }, h("label", {}, "Webhook URL", webhookUrl), h("label", {}, "E-mail to", email)),
        h("div", { class: "toolbar" }, h("label", {}, "Quiet from", quietFrom), h("label", {}, "to", quietTo), h("label", {}, "Per hour (0: no limit)", maxPerHour)),
        h(
          "div",
          { class: "toolbar" },
          h("button", { type: "submit", id: "save-delivery", text: "Save delivery" }),
          h("button", {
            type: "button",
            class: "ghost",
            id: "rotate-secret",
            text: preferences.webhook_secret_set ? "New webhook secret" : "Create webhook secret",
            onclick: () =>
              act(async () => {
                secret.textContent = (await api("/api/notifications/webhook-secret", { method: "POST" })).secret;
              }, "copy the secret now: it is shown this once"),
          }),
          secret,
        ),
      );
      settings.onsubmit = (event) => {
        event.preventDefault();
        act(async () => {
          const channelsOn = {};
          for (const box of settings.querySelectorAll("input[name=pref-channel]")) channelsOn[box.value] = box.checked;
          const saved = await api("/api/notifications/preferences", {
            method: "POST",
            body: {
              channels: channelsOn,
              webhook_url: webhookUrl.value.trim() || null,
              email: email.value.trim() || null,
              quiet_hours: quietFrom.value && quietTo.value ? { from: quietFrom.value, to: quietTo.value } : null,
              max_per_hour: Number(maxPerHour.value || 0),
            },
          });
          showSettings(saved);
        }, "delivery saved");
      };
    };

    const start = async () => {
      [schema, { watchlists }] = await Promise.all([api("/api/rules/schema"), api("/api/watchlists")]);
      fill(kind, schema.conditions.map((condition) => h("option", { value: condition.kind, text: condition.kind.replaceAll("_", " ") })));
      fill(targetKind, schema.targets.map((target) => h("option", { value: target, text: target })));
      fill(interval, schema.intervals.map((code) => h("option", { value: code, text: code, selected: code === "1d" })));
      fill(targetWatchlist, watchlists.map((watchlist) => h("option", { value: String(watchlist.id), text: watchlist.name })));
      fill(
        channels,
        h("legend", { text: "Deliver by" }),
        schema.channels.map((channel) =>
          h(
            "label",
            { class: "check" },
            h("input", { type: "checkbox", name: "channel", value: channel, checked: channel === "in_app" }),
            CHANNEL_NAMES[channel] || channel,
          ),
        ),
      );
      showParameters();
      showSettings(await api("/api/notifications/preferences"));
      await load();
    };
    start().catch((error) => (status.textContent = error.message));
  },
};
