// The article list, and the form that adds an article (pasted or uploaded) and opens its reader page.
import { api, h, when } from "./api.js";

const table = document.getElementById("articles");
const status = document.getElementById("list-status");
const form = document.getElementById("add-form");
const error = document.getElementById("add-error");
const submit = document.getElementById("add-submit");

async function list() {
  try {
    const records = await api("/articles");
    const rows = records
      .slice()
      .reverse() // newest first on screen
      .map((r) =>
        h(
          "tr",
          {},
          h("td", {}, h("a", { href: `/read/${r.id}` }, r.title || "(untitled)")),
          h("td", {}, h("time", { datetime: r.ingested_at }, when(r.ingested_at))),
          h("td", { class: "num" }, r.speakers ?? "–"),
          h("td", { class: "num" }, r.quotes ?? "–"),
          h("td", { class: "num" }, r.chars.toLocaleString()),
        ),
      );
    table.tBodies[0].replaceChildren(...rows);
    table.hidden = rows.length === 0;
    status.textContent = rows.length
      ? `${rows.length} article${rows.length === 1 ? "" : "s"}, newest first.`
      : "No articles yet: paste or upload one above.";
  } catch (e) {
    status.textContent = `Could not list articles: ${e.message}`;
  }
}

function formatOf(name, text, chosen) {
  if (chosen !== "auto") return chosen;
  if (/\.(html?|xhtml)$/i.test(name || "")) return "html";
  if (/\.(md|markdown)$/i.test(name || "")) return "markdown";
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) ? "html" : "text";
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.textContent = "";
  const file = form.elements.file.files[0];
  let text = form.elements.text.value;
  if (file) {
    try {
      text = await file.text();
    } catch (e) {
      error.textContent = `Could not read ${file.name}: ${e.message}`;
      return;
    }
  }
  if (!text.trim()) {
    error.textContent = "Paste the article text or choose a file first.";
    form.elements.text.focus();
    return;
  }
  submit.disabled = true;
  submit.textContent = "Adding…";
  try {
    const format = formatOf(file && file.name, text, form.elements.format.value);
    const result = await api("/articles", { method: "POST", body: { text, format } });
    location.assign(`/read/${result.article.id}`);
  } catch (e) {
    error.textContent = e.message;
    submit.disabled = false;
    submit.textContent = "Add and brief";
  }
});

list();
