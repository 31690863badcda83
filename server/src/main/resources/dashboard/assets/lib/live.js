// One WebSocket to /ws/live for the whole dashboard: subscribed to every channel, reconnecting
// with back-off; pages listen to the channels they show.
import { api, currentSession } from "./api.js";

// The channels come from the server (GET /api/live); pages may listen before they are known.
const listeners = new Map();
const statusListeners = new Set();
let socket = null;
let retryDelay = 500;

/** Calls {@code listener(message)} for each message on {@code channel}; returns the unsubscriber. */
export function onLive(channel, listener) {
  if (!listeners.has(channel)) listeners.set(channel, new Set());
  listeners.get(channel).add(listener);
  return () => listeners.get(channel).delete(listener);
}

/** Calls {@code listener(connected)} whenever the connection opens or closes. */
export function onLiveStatus(listener) {
  statusListeners.add(listener);
  listener(socket?.readyState === WebSocket.OPEN);
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
      setTimeout(connectLive, (retryDelay = Math.min(retryDelay * 2, 10_000)));
      return;
    }
  }
  if (socket) return;
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  socket = new WebSocket(`${protocol}//${location.host}/ws/live`);
  socket.addEventListener("open", () => {
    retryDelay = 500;
    subscribe();
    statusListeners.forEach((listener) => listener(true));
  });
  socket.addEventListener("message", (event) => {
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
  socket.addEventListener("close", () => {
    socket = null;
    statusListeners.forEach((listener) => listener(false));
    setTimeout(connectLive, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 10_000);
  });
}
