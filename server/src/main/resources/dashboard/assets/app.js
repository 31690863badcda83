// The dashboard's shell: hash routing between pages, the login gate, theme and live status.
import { cancelWith, currentSession, logout } from "./lib/api.js";
import { fill, h } from "./lib/dom.js";
import { connectLive, onLiveStatus } from "./lib/live.js";
import { startNotifications } from "./lib/notifications.js";
import alerts from "./pages/alerts.js";
import backtests from "./pages/backtests.js";
import breadth from "./pages/breadth.js";
import commands from "./pages/commands.js";
import explorer from "./pages/explorer.js";
import infrastructure from "./pages/infrastructure.js";
import loginPage from "./pages/login.js";
import market from "./pages/market.js";
import overview from "./pages/overview.js";
import rules from "./pages/rules.js";
import signals from "./pages/signals.js";
import watchlists from "./pages/watchlists.js";

const PAGES = {
  overview,
  market,
  watchlists,
  breadth,
  explorer,
  signals,
  backtests,
  alerts,
  rules,
  commands,
  infrastructure,
};
const THEME_KEY = "bf.theme";
let unmount = () => {};
let pageRequests = new AbortController();

/** Parses "#/market?symbol=AAPL" into {name: "market", params: URLSearchParams}. */
function currentRoute() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  return { name: path || "overview", params: new URLSearchParams(query || "") };
}

/** Goes to a page, e.g. navigate("market", {symbol: "AAPL"}). */
export function navigate(name, params = {}) {
  const query = new URLSearchParams(params).toString();
  location.hash = "#/" + name + (query ? "?" + query : "");
}

function render() {
  unmount();
  unmount = () => {};
  pageRequests.abort();
  pageRequests = new AbortController();
  cancelWith(pageRequests.signal);
  const session = currentSession();
  const route = currentRoute();
  const root = document.getElementById("page");
  updateHeader(session);
  if (!session || route.name === "login") {
    document.title = "Log in · BreadthFlow";
    fill(document.getElementById("nav"));
    unmount = loginPage.mount(root, { params: route.params, navigate }) || unmount;
    return;
  }
  const page = PAGES[route.name] || PAGES.overview;
  document.title = page.title + " · BreadthFlow";
  renderNav(route.name in PAGES ? route.name : "overview");
  fill(root);
  root.scrollTop = 0;
  unmount = page.mount(root, { params: route.params, navigate, session }) || unmount;
}

function renderNav(active) {
  const nav = document.getElementById("nav");
  fill(
    nav,
    Object.entries(PAGES).map(([name, page]) =>
      h("a", {
        href: "#/" + name,
        class: name === active ? "active" : "",
        "data-page": name,
        text: page.title,
      }),
    ),
  );
  nav.classList.remove("open");
}

function updateHeader(session) {
  document.getElementById("user-name").textContent = session ? `${session.username} (${session.role})` : "";
  document.getElementById("logout-button").hidden = !session;
}

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  document.getElementById("theme-button").textContent = theme === "dark" ? "Light" : "Dark";
  localStorage.setItem(THEME_KEY, theme);
}

function start() {
  const preferred = window.matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
  applyTheme(localStorage.getItem(THEME_KEY) || preferred);
  document.getElementById("theme-button").addEventListener("click", () => {
    applyTheme(document.documentElement.dataset.theme === "dark" ? "light" : "dark");
    render();
  });
  document.getElementById("logout-button").addEventListener("click", async () => {
    await logout();
    navigate("login");
  });
  const menu = document.getElementById("menu-button");
  menu.addEventListener("click", () => {
    const open = document.getElementById("nav").classList.toggle("open");
    menu.setAttribute("aria-expanded", String(open));
  });
  onLiveStatus((connected, server) => {
    const status = document.getElementById("live-status");
    status.textContent = connected ? "live" : "offline";
    status.className = "pill " + (connected ? "pill-up" : "pill-muted");
    document.getElementById("live-server").textContent = server ? "via " + server : "";
  });
  window.addEventListener("hashchange", render);
  window.addEventListener("bf:logged-out", () => navigate("login"));
  connectLive();
  startNotifications();
  render();
}

start();
