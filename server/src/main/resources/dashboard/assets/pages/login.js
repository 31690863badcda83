// Log in, or create an account (role user).
import { login, register } from "../lib/api.js";
import { fill, h } from "../lib/dom.js";

export default {
  title: "Log in",
  mount(root, { params, navigate }) {
    const username = h("input", { name: "username", autocomplete: "username", required: true });
    const password = h("input", {
      name: "password",
      type: "password",
      autocomplete: "current-password",
      required: true,
    });
    const error = h("div", { class: "error", role: "alert" });
    const submit = async (event, creating) => {
      event.preventDefault();
      error.textContent = "";
      try {
        if (creating) await register(username.value, password.value);
        await login(username.value, password.value);
        navigate(params.get("next") || "overview");
      } catch (failure) {
        error.textContent = failure.message;
      }
    };
    const form = h(
      "form",
      { class: "form card login", onsubmit: (event) => submit(event, false) },
      h("h1", { text: "Log in to BreadthFlow" }),
      h("label", {}, "Username", username),
      h("label", {}, "Password", password),
      error,
      h("button", { type: "submit", id: "login-submit", text: "Log in" }),
      h("button", {
        type: "button",
        class: "ghost",
        id: "register-submit",
        text: "Create an account",
        onclick: (event) => submit(event, true),
      }),
      h("p", {
        class: "muted",
        text: "bf demo prints an admin login for its session; bf users create-admin makes one for a server.",
      }),
    );
    fill(root, form);
    username.focus();
  },
};
