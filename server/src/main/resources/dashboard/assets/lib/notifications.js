// The notification centre: a bell in the header with the unread count, kept current from the
// user's own live channel, and a drawer listing the notifications with each channel's delivery.
import { api, currentSession } from "./api.js";
import { dateTime, fill, h, toast } from "./dom.js";
import { onLive } from "./live.js";

const CHANNEL_NAMES = { in_app: "in-app", webhook: "webhook", email: "e-mail" };
let notifications = [];
let reloading = null;

function bell() {
  return document.getElementById("bell-button");
}

function panel() {
  return document.getElementById("notification-panel");
}

function showCount(unread) {
  const badge = document.getElementById("unread-count");
  badge.textContent = String(unread);
  badge.hidden = unread === 0;
  bell().dataset.unread = String(unread);
}

/** Loads the newest notifications and the unread count (nothing without a session). */
async function load() {
  if (!currentSession()) return;
  const [centre, log] = await Promise.all([
    api("/api/notifications?limit=50", { lasting: true }),
    api("/api/notifications/history?limit=150", { lasting: true }),
  ]);
  // Each in-app notification with every channel's delivery of the same firing.
  const byFiring = new Map(log.firings.map((firing) => [firing.firing_key, firing.deliveries]));
  notifications = centre.notifications.map((item) => ({
    ...item,
    deliveries: byFiring.get(item.firing_key) || [{ channel: "in_app", status: item.status, attempts: 1 }],
  }));
  showCount(centre.unread);
  if (!panel().hidden) render();
}

function reloadSoon() {
  clearTimeout(reloading);
  reloading = setTimeout(() => load().catch(() => {}), 150);
}

async function markRead(item) {
  try {
    await api(`/api/notifications/${item.id}/read`, { method: "POST", lasting: true });
    await load();
  } catch (error) {
    toast(error.message, "error");
  }
}

function delivery(entry) {
  const title =
    `${entry.attempts} attempt(s)` + (entry.last_error ? " · " + entry.last_error : "") + (entry.sent_at ? " · sent " + dateTime(entry.sent_at) : "");
  return h(
    "span",
    { class: "delivery", "data-channel": entry.channel, "data-status": entry.status, title },
    CHANNEL_NAMES[entry.channel] || entry.channel,
    " ",
    h("span", { class: "pill pill-" + entry.status, text: entry.status.toLowerCase() }),
  );
}

function render() {
  fill(
    panel(),
    h(
      "div",
      { class: "toolbar" },
      h("h2", { text: "Notifications" }),
      h("span", { class: "spacer" }),
      h("a", { href: "#/rules", text: "Alert rules" }),
      h("button", {
        class: "ghost",
        id: "mark-all-read",
        text: "Mark all read",
        onclick: () =>
          api("/api/notifications/read-all", { method: "POST", lasting: true })
            .then(load)
            .catch((error) => toast(error.message, "error")),
      }),
      h("button", { class: "ghost", id: "close-notifications", text: "Close", onclick: toggle }),
    ),
    h(
      "ul",
      { class: "notifications", id: "notification-list" },
      notifications.length
        ? notifications.map((item) =>
            h(
              "li",
              { class: item.read ? "read" : "unread", "data-notification": item.id },
              h("strong", { text: item.rule + (item.symbol ? " · " + item.symbol : "") }),
              h("span", { class: "message", text: item.message }),
              h("span", { class: "muted", text: dateTime(item.created_at) }),
              h("span", { class: "deliveries" }, item.deliveries.map(delivery)),
              item.read
                ? null
                : h("button", { class: "ghost small mark-read", text: "Mark read", onclick: () => markRead(item) }),
            ),
          )
        : h("li", { class: "muted", text: "Nothing yet: your alert rules notify you here." }),
    ),
  );
}

function toggle() {
  const open = panel().hidden;
  panel().hidden = !open;
  bell().setAttribute("aria-expanded", String(open));
  if (open) {
    render();
    load().catch((error) => toast(error.message, "error"));
  }
}

/** Shows the bell for a signed-in user (and hides it, with the drawer, for a visitor). */
export function refreshNotifications() {
  const signedIn = Boolean(currentSession());
  bell().hidden = !signedIn;
  if (!signedIn) {
    panel().hidden = true;
    notifications = [];
    showCount(0);
    return;
  }
  load().catch(() => {});
}

/** Wires the bell and the live channel; call once. */
export function startNotifications() {
  bell().addEventListener("click", toggle);
  onLive("notifications", () => reloadSoon());
  window.addEventListener("bf-session", refreshNotifications);
  refreshNotifications();
}
