// Commands: run a whitelisted command or a quick flow (admins; the server refuses anyone else),
// follow its output live, and look back at earlier runs.
import { api } from "../lib/api.js";
import { fill, h, number } from "../lib/dom.js";
import { onLive } from "../lib/live.js";

export default {
  title: "Commands",
  mount(root, { session }) {
    const command = h("select", { id: "command-select" });
    const parameters = h("textarea", {
      id: "command-parameters",
      spellcheck: "false",
      "aria-label": "Parameters (JSON)",
    });
    const error = h("div", { class: "error", role: "alert", id: "command-error" });
    const output = h("div", {
      class: "output",
      id: "command-output",
      text: "Output of the run you start appears here, line by line.",
    });
    const history = h("div", { class: "table-wrap", id: "command-history" });
    const flows = h("span", { id: "command-flows" });
    let examples = {};
    let following = null;
    // Lines of runs started here that arrive before the POST answers with the run's id.
    const early = new Map();
    const admin = session.role === "admin";
    fill(
      root,
      h("h1", { text: "Commands" }),
      admin
        ? null
        : h("p", { class: "muted", text: "Running commands is for admins; the server will refuse yours." }),
      h(
        "form",
        {
          class: "card form",
          id: "command-form",
          onsubmit: (event) => {
            event.preventDefault();
            run(command.value, parseParameters());
          },
        },
        h(
          "div",
          { class: "toolbar" },
          h("label", {}, "Command", command),
          h("button", { type: "submit", id: "command-run", text: "Run" }),
          h("span", { class: "muted", text: "Quick flows:" }),
          flows,
        ),
        h("label", {}, "Parameters (JSON)", parameters),
        error,
      ),
      h("div", { class: "card" }, h("h2", { text: "Output" }), output),
      h("div", { class: "card" }, h("h2", { text: "History" }), history),
    );
    command.addEventListener(
      "change",
      () => (parameters.value = JSON.stringify(examples[command.value] || {}, null, 2)),
    );

    function parseParameters() {
      try {
        return JSON.parse(parameters.value || "{}");
      } catch {
        return undefined;
      }
    }
    async function run(name, given) {
      error.textContent = "";
      if (given === undefined) {
        error.textContent = "Parameters must be a JSON object.";
        return;
      }
      try {
        const started = await api("/execute", { method: "POST", body: { command: name, parameters: given } });
        following = started.id;
        fill(output, `run ${started.id}: ${name}\n`);
        (early.get(started.id) || []).forEach(show);
        early.clear();
        await refreshHistory();
      } catch (failure) {
        error.textContent = `${failure.status === 403 ? "Refused" : "Failed"}: ${failure.message}`;
      }
    }
    async function showRun(id) {
      const run = await api("/api/runs/" + id);
      following = null;
      fill(
        output,
        `run ${run.id}: ${run.command} ${run.parameters} → ${run.status}\n${run.output || run.error || "(no output recorded)"}`,
      );
    }
    async function refreshHistory() {
      const { runs } = await api("/api/runs?limit=30");
      fill(
        history,
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Run", "Command", "Status", "Duration", ""].map((label) => h("th", { text: label })),
            ),
          ),
          h(
            "tbody",
            {},
            runs.map((run) =>
              h(
                "tr",
                {},
                h("td", { text: String(run.id) }),
                h("td", { text: run.command }),
                h("td", {}, h("span", { class: "pill pill-" + run.status, text: run.status })),
                h("td", {
                  text: run.duration_millis < 0 ? "running" : number(run.duration_millis / 1000, 1) + " s",
                }),
                h(
                  "td",
                  {},
                  h("button", {
                    class: "ghost",
                    text: "Output",
                    onclick: () => showRun(run.id).catch((failure) => (error.textContent = failure.message)),
                  }),
                ),
              ),
            ),
          ),
        ),
      );
    }
    function show(data) {
      if (data.line !== undefined) output.append(data.line + "\n");
      if (data.status) {
        output.append(`— ${data.status}\n`);
        output.dataset.status = data.status;
        refreshHistory().catch(() => {});
      }
      output.scrollTop = output.scrollHeight;
    }
    const stop = onLive("runs", ({ data }) => {
      if (data.id === following) show(data);
      else if (following === null || data.id > following)
        early.set(data.id, [...(early.get(data.id) || []), data]);
    });
    api("/api/commands")
      .then((catalog) => {
        examples = catalog.examples;
        fill(
          command,
          catalog.commands
            .filter((name) => !catalog.flows.includes(name))
            .map((name) => h("option", { value: name, text: name })),
        );
        fill(
          flows,
          catalog.flows.map((flow) =>
            h("button", {
              type: "button",
              class: "ghost",
              "data-flow": flow,
              text: flow,
              onclick: () => run(flow, {}),
            }),
          ),
        );
        parameters.value = JSON.stringify(examples[command.value] || {}, null, 2);
      })
      .catch((failure) => (error.textContent = failure.message));
    refreshHistory().catch(() => {});
    return stop;
  },
};
