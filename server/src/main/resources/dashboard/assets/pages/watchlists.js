// Watchlists: the user's named lists (create, rename, delete, reorder, import and export), each
// symbol with its latest price, change, signal, confidence, RSI and a sparkline of recent closes;
// prices and signals update live from the streaming job.
import { api } from "../lib/api.js";
import { direction, fill, h, number, percent, toast } from "../lib/dom.js";
import { onLive } from "../lib/live.js";
import { sparkline } from "../lib/sparkline.js";

export default {
  title: "Watchlists",
  mount(root, { params }) {
    let lists = [];
    let rows = [];
    let selected = Number(params.get("list")) || null;
    const tabs = h("div", { class: "tabs", id: "watchlist-tabs", role: "tablist" });
    const status = h("div", { class: "muted", id: "watchlist-status" });
    const body = h("tbody", { id: "watchlist-rows" });
    const newName = h("input", { id: "new-watchlist-name", placeholder: "New list", size: 14 });
    const renameInput = h("input", { id: "rename-watchlist-name", placeholder: "New name", size: 14 });
    const symbolInput = h("input", { id: "watchlist-symbol", placeholder: "Symbol", size: 8 });
    const importFormat = h(
      "select",
      { id: "import-format" },
      ["txt", "csv"].map((value) => h("option", { value, text: value.toUpperCase() })),
    );
    const importText = h("textarea", {
      id: "import-content",
      placeholder: "AAPL\nMSFT  (TXT: one symbol a line; CSV: a symbol column)",
    });
    const importName = h("input", { id: "import-name", placeholder: "List name", size: 14 });
    const current = () => lists.find((list) => list.id === selected);

    const run = async (action, message) => {
      try {
        await action();
        if (message) toast(message);
      } catch (error) {
        toast(error.message, "error");
      }
    };
    const loadLists = async () => {
      lists = (await api("/api/watchlists")).watchlists;
      if (!lists.some((list) => list.id === selected)) selected = lists[0]?.id ?? null;
      renderTabs();
      await loadRows();
    };
    const loadRows = async () => {
      const list = current();
      if (!list) {
        rows = [];
        status.textContent = "No watchlists yet: name one and create it.";
        renderRows();
        return;
      }
      rows = (await api(`/api/watchlists/${list.id}/rows`)).rows;
      status.textContent = `${list.name}: ${rows.length} symbols`;
      renderRows();
    };
    const move = (index, by) =>
      run(async () => {
        const ids = lists.map((list) => list.id);
        const [id] = ids.splice(index, 1);
        ids.splice(index + by, 0, id);
        lists = (await api("/api/watchlists/order", { method: "PUT", body: { ids } })).watchlists;
        renderTabs();
      });
    const renderTabs = () =>
      fill(
        tabs,
        lists.map((list, index) =>
          h(
            "span",
            { class: "tab" + (list.id === selected ? " active" : "") },
            h("button", {
              class: "ghost",
              role: "tab",
              "data-watchlist": list.id,
              "aria-selected": String(list.id === selected),
              text: list.name,
              onclick: () => {
                selected = list.id;
                renderTabs();
                loadRows().catch((error) => (status.textContent = error.message));
              },
            }),
            list.id === selected && index > 0
              ? h("button", { class: "ghost small", title: "Move left", "data-move": "left", text: "◀", onclick: () => move(index, -1) })
              : null,
            list.id === selected && index < lists.length - 1
              ? h("button", { class: "ghost small", title: "Move right", "data-move": "right", text: "▶", onclick: () => move(index, 1) })
              : null,
          ),
        ),
      );
    const moveSymbol = (index, by) =>
      run(async () => {
        const symbols = rows.map((row) => row.symbol);
        const [symbol] = symbols.splice(index, 1);
        symbols.splice(index + by, 0, symbol);
        await api(`/api/watchlists/${selected}/symbols`, { method: "PUT", body: { symbols } });
        rows = symbols.map((s) => rows.find((row) => row.symbol === s));
        renderRows();
      });
    const removeSymbol = (symbol) =>
      run(async () => {
        await api(`/api/watchlists/${selected}/symbols/${encodeURIComponent(symbol)}`, { method: "DELETE" });
        rows = rows.filter((row) => row.symbol !== symbol);
        renderRows();
      }, symbol + " removed");
    const row = (item, index) =>
      h(
        "tr",
        { "data-symbol": item.symbol },
        h("td", {}, h("a", { href: "#/market?symbol=" + encodeURIComponent(item.symbol), text: item.symbol })),
        h("td", { class: "spark" }, sparkline(item.closes)),
        h("td", { class: "num price", text: number(item.close) }),
        h("td", {
          class: "num change " + direction(item.change),
          text: item.change_percent === null || item.change_percent === undefined ? "–" : number(item.change_percent) + "%",
        }),
        h("td", { class: "signal" }, item.signal ? h("span", { class: "pill pill-" + item.signal, text: item.signal }) : "–"),
        h("td", { class: "num confidence", text: item.confidence === null || item.confidence === undefined ? "–" : percent(item.confidence, 0) }),
        h("td", { class: "num rsi", text: number(item.rsi_14, 1) }),
        h(
          "td",
          { class: "actions" },
          h("button", { class: "ghost small", title: "Up", text: "▲", disabled: index === 0, onclick: () => moveSymbol(index, -1) }),
          h("button", { class: "ghost small", title: "Down", text: "▼", disabled: index === rows.length - 1, onclick: () => moveSymbol(index, 1) }),
          h("button", { class: "ghost small", title: "Remove", "data-remove": item.symbol, text: "✕", onclick: () => removeSymbol(item.symbol) }),
        ),
      );
    const renderRows = () =>
      fill(
        body,
        rows.length
          ? rows.map(row)
          : h("tr", {}, h("td", { colspan: 8, class: "muted", text: current() ? "No symbols yet: add one." : "" })),
      );
    const download = (name, text, type) => {
      const link = h("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
      document.body.append(link);
      link.click();
      setTimeout(() => {
        URL.revokeObjectURL(link.href);
        link.remove();
      }, 1000);
    };

    fill(
      root,
      h("h1", { text: "Watchlists" }),
      tabs,
      h(
        "div",
        { class: "toolbar" },
        h(
          "form",
          {
            class: "toolbar inline",
            id: "create-watchlist",
            onsubmit: (event) => {
              event.preventDefault();
              run(async () => {
                const created = await api("/api/watchlists", { method: "POST", body: { name: newName.value.trim() } });
                newName.value = "";
                selected = created.id;
                await loadLists();
              }, "list created");
            },
          },
          newName,
          h("button", { type: "submit", text: "Create" }),
        ),
        h(
          "form",
          {
            class: "toolbar inline",
            id: "rename-watchlist",
            onsubmit: (event) => {
              event.preventDefault();
              const list = current();
              const name = renameInput.value.trim();
              if (!list || !name) return;
              run(async () => {
                await api(`/api/watchlists/${list.id}`, { method: "PUT", body: { name } });
                renameInput.value = "";
                await loadLists();
              }, "renamed");
            },
          },
          renameInput,
          h("button", { type: "submit", class: "ghost", text: "Rename" }),
        ),
        h("button", {
          class: "ghost",
          id: "delete-watchlist",
          text: "Delete",
          onclick: () => {
            const list = current();
            if (!list || !confirm(`Delete the list ${list.name}?`)) return;
            run(async () => {
              await api(`/api/watchlists/${list.id}`, { method: "DELETE" });
              selected = null;
              await loadLists();
            }, "list deleted");
          },
        }),
        ["txt", "csv"].map((format) =>
          h("button", {
            class: "ghost",
            id: "export-" + format,
            text: "Export " + format.toUpperCase(),
            onclick: () =>
              run(async () => {
                const list = current();
                if (!list) return;
                const text = await api(`/api/watchlists/${list.id}/export?format=${format}`, { as: "text" });
                download(`${list.name}.${format}`, text, format === "csv" ? "text/csv" : "text/plain");
              }),
          }),
        ),
      ),
      h(
        "div",
        { class: "card" },
        h(
          "form",
          {
            class: "toolbar",
            id: "add-symbol",
            onsubmit: (event) => {
              event.preventDefault();
              const symbol = symbolInput.value.trim().toUpperCase();
              if (!symbol || !current()) return;
              run(async () => {
                await api(`/api/watchlists/${selected}/symbols`, { method: "POST", body: { symbol } });
                symbolInput.value = "";
                await loadRows();
              }, symbol + " added");
            },
          },
          symbolInput,
          h("button", { type: "submit", text: "Add symbol" }),
          status,
        ),
        h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { id: "watchlist-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ["Symbol", "Last 60 sessions", "Price", "Change", "Signal", "Confidence", "RSI 14", ""].map((text, i) =>
                  h("th", { class: i >= 2 && i !== 4 && i < 7 ? "num" : "", text }),
                ),
              ),
            ),
            body,
          ),
        ),
      ),
      h(
        "details",
        { class: "card", id: "import-card" },
        h("summary", { text: "Import a list" }),
        h(
          "form",
          {
            class: "form",
            id: "import-watchlist",
            onsubmit: (event) => {
              event.preventDefault();
              run(async () => {
                const created = await api("/api/watchlists/import", {
                  method: "POST",
                  body: { name: importName.value.trim(), format: importFormat.value, text: importText.value },
                });
                selected = created.watchlist.id;
                importText.value = "";
                importName.value = "";
                await loadLists();
              }, "list imported");
            },
          },
          h("label", {}, "Name", importName),
          h("label", {}, "Format", importFormat),
          h("label", {}, "Symbols", importText),
          h("button", { type: "submit", text: "Import" }),
        ),
      ),
    );

    const rowOf = (symbol) => rows.find((item) => item.symbol === symbol);
    /** A live bar moves the price and today's point of the sparkline; change is from the last session's close. */
    const onBar = ({ data }) => {
      const item = rowOf(data.symbol);
      if (!item) return;
      item.close = data.close;
      if (item.previous_close) {
        item.change = data.close - item.previous_close;
        item.change_percent = (100 * item.change) / item.previous_close;
      }
      item.live = (item.live || 0) + 1;
      updateRow(item);
    };
    const onSignal = ({ data }) => {
      const item = rowOf(data.signal.symbol);
      if (!item) return;
      item.signal = data.signal.action;
      item.confidence = data.signal.confidence;
      updateRow(item);
    };
    const updateRow = (item) => {
      const tr = body.querySelector(`tr[data-symbol="${CSS.escape(item.symbol)}"]`);
      if (!tr) return;
      const replacement = row(item, rows.indexOf(item));
      replacement.dataset.live = String(item.live || 0);
      tr.replaceWith(replacement);
    };
    const stops = [onLive("bars", onBar), onLive("signals", onSignal)];
    loadLists().catch((error) => (status.textContent = error.message));
    return () => stops.forEach((stop) => stop());
  },
};
