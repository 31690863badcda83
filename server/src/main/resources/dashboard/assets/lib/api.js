// The API client: JSON in and out, the access token on every call, one refresh on 401.

const SESSION_KEY = "bf.session";
let pageSignal;

/**
 * Requests made from now on are cancelled when {@code signal} aborts: the app aborts it when the
 * user leaves the page that made them, so no answer arrives for a page that is gone.
 */
export function cancelWith(signal) {
  pageSignal = signal;
}

/** An API error with its HTTP status, the server's message and its whole JSON answer. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** The logged-in user: {username, role, accessToken, refreshToken}, or null. */
export function currentSession() {
  try {
    return JSON.parse(localStorage.getItem(SESSION_KEY));
  } catch {
    return null;
  }
}

function saveSession(session) {
  if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else localStorage.removeItem(SESSION_KEY);
  // The live connection subscribes again with the new token (or none).
  window.dispatchEvent(new Event("bf-session"));
}

async function send(path, { method = "GET", body, token, as = "json", lasting = false } = {}) {
  const headers = { Accept: as === "json" ? "application/json" : "text/plain, text/csv, application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = "Bearer " + token;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: lasting ? undefined : pageSignal,
  });
  const text = await response.text();
  if (response.ok && as === "text") return text;
  const json = text ? JSON.parse(text) : {};
  if (!response.ok)
    throw new ApiError(response.status, json.detail || json.error || response.statusText, json);
  return json;
}

/**
 * Calls the API as the current user; refreshes the access token once when it has expired. Options:
 * method, body (sent as JSON), as ("json", the default, or "text" for a text answer) and lasting
 * (true: not cancelled when the user leaves the page, for the header's own requests).
 */
export async function api(path, options = {}) {
  const session = currentSession();
  try {
    return await send(path, { ...options, token: session?.accessToken });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || !session?.refreshToken) throw error;
    const refreshed = await refresh(session);
    return send(path, { ...options, token: refreshed.accessToken });
  }
}

async function refresh(session) {
  try {
    const tokens = await send("/api/users/refresh-token", {
      method: "POST",
      body: { refresh_token: session.refreshToken },
    });
    const next = { ...session, accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
    saveSession(next);
    return next;
  } catch (error) {
    saveSession(null);
    window.dispatchEvent(new Event("bf:logged-out"));
    throw error;
  }
}

/** Logs in and remembers the session. */
export async function login(username, password) {
  const tokens = await send("/api/users/login", { method: "POST", body: { username, password } });
  const me = await send("/api/users/me", { token: tokens.access_token });
  const session = {
    username: me.username,
    role: me.role,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
  };
  saveSession(session);
  return session;
}

/** Creates an account (role user). */
export function register(username, password) {
  return send("/api/users/register", { method: "POST", body: { username, password } });
}

/** Revokes the refresh token and forgets the session. */
export async function logout() {
  const session = currentSession();
  saveSession(null);
  if (session?.refreshToken) {
    await send("/api/users/logout", { method: "POST", body: { refresh_token: session.refreshToken } }).catch(
      () => {},
    );
  }
}
