// One WebSocket to /ws/live for the whole dashboard: subscribed to every channel, reconnecting
// with back-off; pages listen to the channels they show. When a reconnect to the server it is
// connected to fails, it tries the next of the deployment's API servers (GET /api/servers).
import { api, currentSession } from "./api.js";

// The channels come from the server (GET /api/live); pages may listen before they are known.
const listeners = new Map();
const statusListeners = new Set();
let socket = null;
let retryDelay = 500;
// The /ws/live addresses to try, this page's own server first, and the one tried last.
let targets = null;
let target = 0;
let connectedTo = null;

/** Calls {@code listener(message)} for each message on {@code channel}; returns the unsubscriber. */
export function onLive(channel, listener) {
  if (!listeners.has(channel)) listeners.set(channel, new Set());
  listeners.get(channel).add(listener);
  return () => listeners.get(channel).delete(listener);
}

/**
 * Calls {@code listener(connected, server)} whenever the connection opens or closes; {@code server}
 * is the host (and port) of the API server it is connected to, or null.
 */
export function onLiveStatus(listener) {
  statusListeners.add(listener);
  listener(socket?.readyState === WebSocket.OPEN, connectedTo);
  return () => statusListeners.delete(listener);
}

let channels = null;

/** Subscribes to every channel with the current session's token (the runs channel is for admins). */
function subscribe() {
  if (socket?.readyState !== WebSocket.OPEN) return;
  const token = currentSession()?.accessToken;
  socket.send(JSON.stringify({ action: "subscribe", channels, symbols: [], token }));
}
window.addEventListener("bf-session", subscribe);

/** The WebSocket address of a server's base URL, e.g. http://h:8083 → ws://h:8083/ws/live. */
function webSocketOf(base) {
  const url = new URL(base);
  return `${url.protocol === "https:" ? "wss:" : "ws:"}//${url.host}/ws/live`;
}

/** This page's server, then the other servers of the deployment (none when it lists none). */
async function liveTargets() {
  const own = webSocketOf(location.origin);
  let servers = [];
  try {
    const answer = await fetch("/api/servers");
    if (answer.ok) servers = await answer.json();
  } catch {
    // without the list, only this page's server
  }
  return [own, ...servers.map(webSocketOf).filter((address) => address !== own)];
}

function retry() {
  setTimeout(connectLive, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 10_000);
}

/** Opens the connection (once), subscribed to every channel the server offers. */
export async function connectLive() {
  if (socket) return;
  if (!channels) {
    try {
      const token = currentSession()?.accessToken;
      const answer = await fetch("/api/live", {
        headers: token ? { Authorization: "Bearer " + token } : {},
      });
      if (!answer.ok) throw new Error("no live channels: " + answer.status);
      ({ channels } = await answer.json());
    } catch {
      retry();
      return;
    }
  }
  if (!targets) targets = await liveTargets();
  if (socket) return;
  const address = targets[target];
  const opened = new WebSocket(address);
  socket = opened;
  let open = false;
  opened.addEventListener("open", () => {
    open = true;
    retryDelay = 500;
    connectedTo = new URL(address).host;
    subscribe();
    statusListeners.forEach((listener) => listener(true, connectedTo));
  });
  opened.addEventListener("message", (event) => {
    const parsed = JSON.parse(event.data);
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      // A refused subscription (an expired token): one API call refreshes the session, whose
      // change subscribes again.
      if (message.type === "error" && currentSession()) api("/api/users/me").catch(() => {});
      const channelListeners = listeners.get(message.type);
      if (!channelListeners) continue;
      channelListeners.forEach((listener) => listener(message));
    }
  });
  opened.addEventListener("close", () => {
    socket = null;
    connectedTo = null;
    // A connection that never opened: that server is gone, so the next one is tried.
    if (!open) target = (target + 1) % targets.length;
    statusListeners.forEach((listener) => listener(false, null));
    retry();
  });
}
