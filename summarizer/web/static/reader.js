// The reader: the briefing beside the article, every direct quote highlighted in its speaker's colour.
// Offsets from the API count Unicode code points (Python string indices); the text is split into code points
// here so that spans stay exact past emoji and other characters outside the BMP.
import { api, events, h, when, ApiError } from "./api.js";

const root = document.getElementById("reader");
const articleId = encodeURIComponent(root.dataset.articleId);
const pane = document.getElementById("article-pane");
const textBox = document.getElementById("article-text");
const tooltip = document.getElementById("tooltip");
const briefStatus = document.getElementById("brief-status");
const briefingBox = document.getElementById("briefing");
const COLOURS = 8;

const state = { speakers: new Map(), colour: new Map(), quotes: new Map() };

const ISSUE_NAMES = {
  snapped_quote: "Quote retyped by the model, replaced with the source's words",
  unverified_quote: "Quotation not found in the article, quotation marks removed",
  misattributed_quote: "Quote credited to the wrong person, sentence removed",
  unattributed_quote: "Source words used without attribution",
  unknown_quote_id: "Unknown quote id dropped",
  unknown_speaker: "Unknown speaker dropped",
  missing_position: "Speaker left out by the model, shown with their quotes",
  reported_position: "No position the model wrote passed the checks; the article's report of what they said is shown",
  loaded_word: "Loaded word",
  prompt_leak: "Text repeating the instructions removed",
  garbled: "Sentence with letters from another language, removed",
  prompt_talk: "Quote ids or prompt wording in the text, removed",
  trimmed: "Cut to its whole sentences (two at most)",
  ungrounded_term: "Name or number not in the article",
  replaced_word: "Loaded word replaced with a plain one",
  fragment: "Fragment removed",
  headline_copy: "Copy of the headline removed",
  caption: "Photo caption removed",
  duplicate: "Repeated sentence removed",
  unsupported_claim: "Sentence the article does not support, removed",
  unattributed_claim: "Claim the article only has someone make, attributed to them",
  named_in_full: "Person first named by surname alone, named in full",
  cross_wired: "Position resting on someone else's words, removed",
  retyped_quote: "Position that retyped a quote, removed (the quotes are shown)",
  recited: "Cited sentences did not hold it; support moved to the ones that do",
};

// --- the article pane -------------------------------------------------------------------------------

function speakerLabel(speaker) {
  if (!speaker) return "Unattributed quote";
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

function colourOf(speakerId) {
  return state.colour.has(speakerId) ? `c${state.colour.get(speakerId)}` : "cx";
}

function renderArticle(doc, table) {
  const points = Array.from(doc.text);
  const slice = (a, b) => points.slice(a, b).join("");
  table.speakers
    .filter((s) => s.quote_ids.length)
    .forEach((s, i) => {
      state.colour.set(s.id, i % COLOURS);
    });
  for (const s of table.speakers) state.speakers.set(s.id, s);
  for (const q of table.quotes) state.quotes.set(q.id, q);

  // Hidden descriptions, referenced by each highlighted quote for screen readers.
  const descriptions = h("div", { hidden: true });
  for (const s of table.speakers) descriptions.append(h("span", { id: `who-${s.id}` }, `Quote by ${speakerLabel(s)}`));
  descriptions.append(h("span", { id: "who-none" }, "Quote with no speaker found"));

  const quotes = table.quotes.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const sentencesOf = new Map();
  for (const s of doc.sentences) {
    if (!sentencesOf.has(s.paragraph)) sentencesOf.set(s.paragraph, []);
    sentencesOf.get(s.paragraph).push(s);
  }

  // The index of the first quote that may overlap position a: quotes are sorted by start, so binary search,
  // then step back over quotes that start earlier and run past a.
  function firstFrom(a) {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < a) lo = mid + 1;
      else hi = mid;
    }
    while (lo > 0 && quotes[lo - 1].end > a) lo -= 1;
    return lo;
  }

  // Text from a to b, with the parts of quotes inside it wrapped in <mark>.
  function fill(parent, a, b) {
    let pos = a;
    for (let i = firstFrom(a); i < quotes.length && quotes[i].start < b; i += 1) {
      const q = quotes[i];
      if (q.end <= a) continue;
      const qa = Math.max(q.start, a);
      const qb = Math.min(q.end, b);
      if (qa < pos) continue; // a quote inside another: the outer one is marked
      if (qa > pos) parent.append(slice(pos, qa));
      parent.append(
        h(
          "mark",
          {
            class: `q ${colourOf(q.speaker_id)}`,
            tabindex: "-1",
            "aria-describedby": q.speaker_id ? `who-${q.speaker_id}` : "who-none",
            dataset: { quote: q.id, speaker: q.speaker_id || "", start: String(qa), end: String(qb) },
          },
          slice(qa, qb),
        ),
      );
      pos = qb;
    }
    if (pos < b) parent.append(slice(pos, b));
  }

  const blocks = doc.paragraphs.map((p) => {
    const tag = p.kind === "heading" ? "h3" : "p";
    const block = h(tag, { class: `para ${p.kind}` });
    let pos = p.start;
    for (const s of sentencesOf.get(p.index) || []) {
      if (s.start > pos) fill(block, pos, s.start);
      const span = h("span", {
        class: "sentence",
        id: `sent-${s.id}`,
        tabindex: "-1",
        dataset: { sentence: s.id, start: String(s.start), end: String(s.end) },
      });
      fill(span, Math.max(s.start, pos), s.end);
      block.append(span);
      pos = Math.max(pos, s.end);
    }
    if (pos < p.end) fill(block, pos, p.end);
    return block;
  });
  textBox.replaceChildren(descriptions, ...blocks);

  const legend = document.getElementById("legend");
  const quoted = table.speakers.filter((s) => s.quote_ids.length);
  legend.replaceChildren(
    ...(quoted.length
      ? [
          h("span", { class: "legend-title" }, "Quoted:"),
          ...quoted.map((s) => h("span", { class: `swatch ${colourOf(s.id)}` }, speakerLabel(s))),
        ]
      : [h("span", {}, "No direct quotes found.")]),
  );
}

function flash(elements) {
  for (const el of elements) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
    setTimeout(() => el.classList.remove("flash"), 2500);
  }
}

// Scroll the article pane to these elements (the parts of one quote, or one sentence) and flash them.
function jump(elements, label) {
  if (!elements.length) return;
  elements[0].scrollIntoView({ block: "center", behavior: "instant" });
  flash(elements);
  elements[0].focus({ preventScroll: true });
  if (label) showTooltip(elements[0], label);
}

function quoteMarks(quoteId) {
  return Array.from(textBox.querySelectorAll(`mark[data-quote="${CSS.escape(quoteId)}"]`));
}

let tipAnchor = null;

function showTooltip(el, text) {
  tipAnchor = el;
  tooltip.textContent = text;
  tooltip.hidden = false;
  const r = el.getBoundingClientRect();
  const top = r.bottom + 6 + tooltip.offsetHeight > innerHeight ? r.top - tooltip.offsetHeight - 6 : r.bottom + 6;
  tooltip.style.top = `${Math.max(4, top)}px`;
  tooltip.style.left = `${Math.min(Math.max(4, r.left), innerWidth - tooltip.offsetWidth - 4)}px`;
}

function hideTooltip() {
  tooltip.hidden = true;
  tipAnchor = null;
}

// While the pane scrolls, the tooltip follows a quote still under the pointer or focused, else it goes.
function followTooltip() {
  if (!tipAnchor) return;
  if (tipAnchor.matches(":hover") || tipAnchor === document.activeElement) showTooltip(tipAnchor, tooltip.textContent);
  else hideTooltip();
}

function markLabel(mark) {
  return speakerLabel(state.speakers.get(mark.dataset.speaker));
}

textBox.addEventListener("mouseover", (e) => {
  const mark = e.target.closest("mark.q");
  if (mark) showTooltip(mark, markLabel(mark));
});
textBox.addEventListener("mouseout", (e) => {
  if (e.target.closest("mark.q") && !e.relatedTarget?.closest?.("mark.q")) hideTooltip();
});
textBox.addEventListener("focusin", (e) => {
  const mark = e.target.closest("mark.q");
  if (mark) showTooltip(mark, markLabel(mark));
});
textBox.addEventListener("focusout", hideTooltip);
pane.addEventListener("scroll", followTooltip, { passive: true });
addEventListener("scroll", followTooltip, { passive: true });
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") hideTooltip();
});

// --- the briefing -------------------------------------------------------------------------------------

function quoteButton(q, speakerId) {
  return h(
    "button",
    {
      type: "button",
      class: `quote ${colourOf(speakerId)}`,
      dataset: { quote: q.id, start: String(q.start), end: String(q.end) },
      title: "Show in the article",
      onclick: () => {
        history.replaceState(null, "", `#quote-${q.id}`);
        jump(quoteMarks(q.id), speakerLabel(state.speakers.get(speakerId)));
      },
    },
    `“${q.text}”`,
  );
}

// The parts of the article for a source span: the quote highlights over it, else the sentence it starts in.
function spanTargets(start, end) {
  const marks = Array.from(textBox.querySelectorAll("mark.q")).filter(
    (m) => Number(m.dataset.start) < end && Number(m.dataset.end) > start,
  );
  if (marks.length) return marks;
  const sentence = Array.from(textBox.querySelectorAll(".sentence")).find(
    (s) => Number(s.dataset.start) <= start && start < Number(s.dataset.end),
  );
  return sentence ? [sentence] : [];
}

// Briefing prose with each quotation the verifier found in the source made a link to its span. `field` is a
// prefix of the verifier's field names ("summary[" for every bullet), since dropped bullets shift indexes.
function prose(text, field, inline) {
  const out = [];
  let pos = 0;
  const found = inline
    .filter((q) => q.field.startsWith(field))
    .map((q) => ({ q, at: text.indexOf(q.text) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { q, at } of found) {
    if (at < pos) continue;
    out.push(text.slice(pos, at));
    out.push(
      h(
        "a",
        {
          href: "#",
          class: "inline-quote",
          title: "Show in the article",
          dataset: { start: String(q.start), end: String(q.end) },
          onclick: (e) => {
            e.preventDefault();
            const speaker = state.speakers.get(q.speaker_id);
            jump(spanTargets(q.start, q.end), speaker ? speakerLabel(speaker) : null);
          },
        },
        q.text,
      ),
    );
    pos = at + q.text.length;
  }
  out.push(text.slice(pos));
  return out;
}

// The article sentences a briefing sentence was checked against: highlighted while the sentence is hovered
// or focused, shown on a click of its citation. A sentence the checker did not find there says so.
function supportedSentence(b, field, children) {
  const said = h("span", { class: "said" }, ...children);
  const s = (b.support || []).find((x) => x.field === field);
  if (!s) return [said];
  const targets = () =>
    s.spans.map(([start]) => textBox.querySelector(`.sentence[data-start="${start}"]`)).filter(Boolean);
  const mark = (on) => targets().forEach((t) => t.classList.toggle("support-hl", on));
  const cite = h(
    "a",
    {
      href: "#",
      class: "cite",
      title: s.status === "supported" ? "Show the supporting sentences" : `Not found in the cited text: ${s.reason}`,
      dataset: { field },
      onclick: (e) => {
        e.preventDefault();
        jump(targets(), s.ids.length ? `Cited: ${s.ids.join(", ")}` : "Closest sentences in the article");
      },
      onfocus: () => mark(true),
      onblur: () => mark(false),
    },
    s.ids.length ? s.ids.join(" ") : "source",
  );
  said.addEventListener("mouseenter", () => mark(true));
  said.addEventListener("mouseleave", () => mark(false));
  const out = [said, " ", cite];
  if (s.status === "unsupported") {
    out.push(h("span", { class: "unsupported", title: s.reason }, " not found in the cited text"));
  }
  return out;
}

function issueItem(issue) {
  return h(
    "li",
    { class: `issue ${issue.kind}` },
    h("strong", {}, ISSUE_NAMES[issue.kind] || issue.kind),
    ` (${issue.field}): `,
    h("q", {}, issue.text),
    issue.detail ? h("span", { class: "detail" }, ` — ${issue.detail}`) : null,
  );
}

function speakerSection(s, position, quotes) {
  return h(
    "section",
    { class: `speaker ${colourOf(s.speaker_id)}`, "aria-label": s.name, dataset: { speaker: s.speaker_id } },
    h("h4", {}, s.name, s.role ? h("span", { class: "role" }, ` · ${s.role}`) : null),
    h("p", {}, ...position),
    h("ul", { class: "quotes" }, ...quotes.map((q) => h("li", {}, quoteButton(q, s.speaker_id)))),
  );
}

function positionOf(b, s, inline) {
  if (!s.position) return [h("em", {}, "No position given.")];
  const shown = supportedSentence(b, `positions[${s.speaker_id}]`, prose(s.position, `positions[${s.speaker_id}]`, inline));
  // The article's own report of what the speaker said, shown where no position the model wrote passed the checks.
  return s.reported ? [...shown, h("span", { class: "reported" }, " (as the article reports it)")] : shown;
}

function renderBriefing(b) {
  briefingBox.removeAttribute("aria-busy");
  document.getElementById("headline").textContent = b.headline;
  const inline = b.verification.inline_quotes;
  document
    .getElementById("summary")
    .replaceChildren(
      ...b.summary.map((s, i) => h("li", {}, ...supportedSentence(b, `summary[${i}]`, prose(s, "summary[", inline)))),
    );
  document
    .getElementById("speakers")
    .replaceChildren(...b.speakers.map((s) => speakerSection(s, positionOf(b, s, inline), s.quotes)));
  const contested = document.getElementById("contested");
  contested.replaceChildren(
    ...b.contested.map((c) =>
      h(
        "div",
        { class: "contested" },
        h("h4", {}, c.topic),
        h(
          "ul",
          {},
          ...c.claims.map((k) =>
            h(
              "li",
              { class: colourOf(k.speaker_id) },
              h("strong", {}, `${k.name}: `),
              ...prose(k.claim, "contested[", inline),
            ),
          ),
        ),
      ),
    ),
  );
  document.getElementById("contested-block").hidden = b.contested.length === 0;

  const v = b.verification;
  const issues = [...v.issues, ...b.neutrality];
  document.getElementById("checks").replaceChildren(
    h(
      "p",
      { class: v.quotes_verified === v.quotes_shown ? "ok" : "warn" },
      `${v.quotes_verified} of ${v.quotes_shown} quotes shown are verbatim from the article.`,
      v.inline_quotes.length ? ` ${v.inline_quotes.length} quotation(s) in the text were found in the source.` : "",
    ),
    issues.length
      ? h("ul", { class: "issues" }, ...issues.map(issueItem))
      : h("p", { class: "ok" }, "The checks changed or flagged nothing."),
  );
  const u = b.usage;
  document.getElementById("brief-footer").replaceChildren(
    `${b.model} · prompt ${b.prompt_version} · ${b.length} · ${u.llm_calls} model call${u.llm_calls === 1 ? "" : "s"}`,
    ` · ${u.tokens_in.toLocaleString()} tokens in, ${u.tokens_out.toLocaleString()} out`,
    ` · ${u.seconds.toFixed(1)} s (model ${u.llm_seconds.toFixed(1)} s)`,
    b.map_reduce ? " · briefed in parts and merged" : "",
  );
  briefingBox.hidden = false;
}

let briefing = false;

const lengthChoice = document.getElementById("length");
const rebrief = document.getElementById("rebrief");

// --- the briefing as it is made: the quote table at once, then each checked sentence and position ---------

const STAGES = {
  "loading the model": "Loading the model",
  writing: "Writing the summary",
  checking: "Checking the briefing",
  "storing the article": "Storing the article",
};

function stageNote(stage) {
  return STAGES[stage] || stage.charAt(0).toUpperCase() + stage.slice(1);
}

// The speakers and their quotes from the quote table, before the model has written anything.
function startPartial(table) {
  briefingBox.setAttribute("aria-busy", "true");
  document.getElementById("headline").textContent = "";
  document.getElementById("summary").replaceChildren();
  const quotes = new Map(table.quotes.map((q) => [q.id, q]));
  document.getElementById("speakers").replaceChildren(
    ...table.speakers
      .filter((s) => s.quote_ids.length)
      .map((s) =>
        speakerSection(
          { speaker_id: s.id, name: s.name, role: s.role },
          [h("em", { class: "pending" }, "Position being written…")],
          s.quote_ids.slice(0, 3).map((id) => quotes.get(id)),
        ),
      ),
  );
  document.getElementById("contested-block").hidden = true;
  document.getElementById("checks").replaceChildren(h("p", {}, "Each piece is checked before it is shown."));
  document.getElementById("brief-footer").replaceChildren();
  briefingBox.hidden = false;
}

function addSentence(data) {
  const b = { support: data.support ? [data.support] : [] };
  document
    .getElementById("summary")
    .append(h("li", {}, ...supportedSentence(b, `summary[${data.index}]`, [data.text])));
}

function setPosition(data) {
  const b = { support: data.support ? [data.support] : [] };
  const section = speakerSection(data, positionOf(b, data, []), data.quotes);
  const old = document.querySelector(`#speakers section[data-speaker="${CSS.escape(data.speaker_id)}"]`);
  if (old) old.replaceWith(section);
  else document.getElementById("speakers").append(section);
}

async function brief(reuse) {
  if (briefing) return;
  briefing = true;
  rebrief.disabled = true;
  lengthChoice.disabled = true;
  const length = lengthChoice.value;
  const started = performance.now();
  let note = "Writing the briefing";
  const tick = () => {
    briefStatus.textContent = `${note}… ${Math.round((performance.now() - started) / 1000)} s`;
  };
  tick();
  const timer = setInterval(tick, 1000);
  try {
    for (;;) {
      try {
        let done = null;
        await events(`/articles/${articleId}/brief`, { reuse, length, stream: true }, (name, data) => {
          if (name === "quotes") startPartial(data);
          else if (name === "stage") {
            note = stageNote(data.stage);
            tick();
          } else if (name === "headline") document.getElementById("headline").textContent = data.text;
          else if (name === "sentence") addSentence(data);
          else if (name === "position") setPosition(data);
          else if (name === "briefing") done = data;
          else if (name === "error") throw new Error(data.error);
        });
        if (!done) throw new Error("the briefing stopped before it was finished");
        renderBriefing(done);
        briefStatus.textContent = "";
        return;
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 429) throw e;
        note = `The model is busy with other requests; retrying in ${e.retryAfter || 2} s`;
        tick();
        await new Promise((r) => setTimeout(r, (e.retryAfter || 2) * 1000));
        note = "Writing the briefing";
      }
    }
  } catch (e) {
    briefingBox.removeAttribute("aria-busy");
    briefStatus.replaceChildren(
      h("span", { class: "error" }, `No briefing: ${e.message}`),
      " ",
      h("button", { type: "button", class: "secondary", onclick: () => brief(reuse) }, "Try again"),
    );
  } finally {
    clearInterval(timer);
    briefing = false;
    rebrief.disabled = false;
    lengthChoice.disabled = false;
  }
}

rebrief.addEventListener("click", () => brief(false));
lengthChoice.addEventListener("change", () => brief(true)); // a saved briefing of that length shows at once

document.getElementById("delete").addEventListener("click", async () => {
  try {
    await api(`/articles/${articleId}`, { method: "DELETE" });
    location.assign("/");
  } catch (e) {
    document.getElementById("delete-error").textContent = e.message;
  }
});

// --- ask ----------------------------------------------------------------------------------------------

const CITE = /\[((?:[0-9a-f]{4,16}:)?S\d+(?:\s*[,;]\s*(?:[0-9a-f]{4,16}:)?S\d+)*)\]/g;

function sentenceLink(label) {
  const id = label.includes(":") ? label.split(":")[1] : label;
  return h(
    "a",
    {
      href: `#sent-${id}`,
      class: "cite",
      dataset: { sentence: id },
      onclick: (e) => {
        e.preventDefault();
        const el = document.getElementById(`sent-${id}`);
        history.replaceState(null, "", `#sent-${id}`);
        if (el) jump([el]);
      },
    },
    id,
  );
}

function withCitations(text) {
  const out = [];
  let pos = 0;
  for (const m of text.matchAll(CITE)) {
    out.push(text.slice(pos, m.index), "[");
    m[1].split(/\s*[,;]\s*/).forEach((label, i) => {
      if (i) out.push(", ");
      out.push(sentenceLink(label));
    });
    out.push("]");
    pos = m.index + m[0].length;
  }
  out.push(text.slice(pos));
  return out;
}

function renderAnswer(box, a) {
  const parts = [h("p", { class: "answer-text" }, ...withCitations(a.answer))];
  if (a.citations.length) {
    parts.push(
      h(
        "ol",
        { class: "citations", "aria-label": "Cited sentences" },
        ...a.citations.map((c) =>
          h(
            "li",
            {},
            sentenceLink(c.id),
            " ",
            h("span", { class: "cited" }, c.text),
            c.supported ? null : h("span", { class: "warn" }, " (shares little with the answer)"),
          ),
        ),
      ),
    );
  }
  if (!a.answered && a.ungrounded.length) {
    parts.push(h("p", { class: "warn" }, `An answer was withheld: it named ${a.ungrounded.join(", ")}, found nowhere in the article.`));
  }
  if (a.dropped.length) parts.push(h("p", { class: "meta" }, `Ignored citations not shown to the model: ${a.dropped.join(", ")}`));
  parts.push(h("p", { class: "meta" }, `${a.model} · prompt ${a.prompt_version} · ${a.seconds.toFixed(1)} s`));
  box.replaceChildren(...parts);
}

const askForm = document.getElementById("ask-form");
askForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = askForm.elements.question.value.trim();
  if (!question) return;
  const box = document.getElementById("answer");
  const button = document.getElementById("ask-submit");
  const live = h("p", { class: "answer-text streaming" }, "");
  box.replaceChildren(h("p", { class: "question" }, question), live);
  box.setAttribute("aria-busy", "true");
  button.disabled = true;
  let answered = false;
  try {
    await events(`/articles/${articleId}/ask`, { question, stream: true }, (name, data) => {
      if (name === "token") live.textContent += data.text;
      else if (name === "answer") {
        answered = true;
        const final = h("div", {});
        renderAnswer(final, data);
        box.replaceChildren(h("p", { class: "question" }, question), ...final.childNodes);
      } else if (name === "error") {
        answered = true;
        box.append(h("p", { class: "error" }, data.error));
      }
    });
    if (!answered) box.append(h("p", { class: "error" }, "The answer stopped before it was complete; ask again."));
  } catch (e) {
    box.append(h("p", { class: "error" }, e.message));
  } finally {
    box.setAttribute("aria-busy", "false");
    button.disabled = false;
  }
});

// A link to a sentence (#sent-S12) or a quote (#quote-Q3) of this article opens with it shown.
function followHash() {
  const sentence = /^#sent-(S\d+)$/.exec(location.hash);
  const quote = /^#quote-(Q\d+)$/.exec(location.hash);
  if (sentence) {
    const el = document.getElementById(`sent-${sentence[1]}`);
    if (el) jump([el]);
  } else if (quote) {
    const marks = quoteMarks(quote[1]);
    if (marks.length) jump(marks, markLabel(marks[0]));
  }
}

addEventListener("hashchange", followHash);

// --- start --------------------------------------------------------------------------------------------

async function start() {
  try {
    const [doc, table] = await Promise.all([api(`/articles/${articleId}`), api(`/articles/${articleId}/quotes`)]);
    const r = doc.article;
    document.title = `${r.title || "Article"} · summarizer`;
    document.getElementById("article-title").textContent = r.title || "(untitled)";
    document.getElementById("article-meta").textContent =
      `${r.source} · ingested ${when(r.ingested_at)} · ${r.speakers} quoted speaker${r.speakers === 1 ? "" : "s"}, ` +
      `${r.quotes} quote${r.quotes === 1 ? "" : "s"} · ${r.chars.toLocaleString()} characters`;
    renderArticle(doc, table);
    followHash();
  } catch (e) {
    textBox.replaceChildren(h("p", { class: "error", role: "alert" }, e.message));
    briefStatus.textContent = "";
    return;
  }
  await brief(true);
}

start();
