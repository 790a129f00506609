// Stored eval runs, each linking to its HTML report.
import { api, h, when } from "./api.js";

const table = document.getElementById("runs");
const status = document.getElementById("runs-status");

try {
  const runs = await api("/evals/runs");
  const rows = runs
    .slice()
    .reverse()
    .map((r) =>
      h(
        "tr",
        {},
        h("td", {}, h("a", { href: `/evals/runs/${encodeURIComponent(r.id)}/report` }, r.id)),
        h("td", {}, r.suite),
        h("td", {}, h("time", { datetime: r.created }, when(r.created))),
        h("td", {}, r.variants.join(", ")),
        h("td", { class: "num" }, r.cases),
        h("td", {}, r.baselines.join(", ")),
      ),
    );
  table.tBodies[0].replaceChildren(...rows);
  table.hidden = rows.length === 0;
  status.textContent = rows.length
    ? `${rows.length} run${rows.length === 1 ? "" : "s"}, newest first; each links to its report.`
    : "No eval runs yet. Start one with: summarizer eval run";
} catch (e) {
  status.textContent = `Could not list eval runs: ${e.message}`;
}
