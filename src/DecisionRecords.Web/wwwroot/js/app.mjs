import { initAll } from "/assets/govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

// A table wider than its region says so above it, for as long as it is: the shadows at its edges are not everyone's cue.
// The table is watched as well as its region: a table can widen inside a region that keeps its size (a font arriving,
// a column added). A region swapped into the page gets its cue at once, not a frame later when the observer reports.
const updateCue = (region) => {
  const cue = region?.previousElementSibling;
  if (cue?.classList.contains("app-table-region__cue")) cue.hidden = region.scrollWidth <= region.clientWidth + 1;
};
const regionObserver = new ResizeObserver((entries) => entries.forEach(({ target }) => updateCue(target.closest("[data-app-table-region]"))));
const watchTableRegions = (scope) => scope.querySelectorAll("[data-app-table-region]").forEach((region) => {
  regionObserver.observe(region);
  for (const child of region.children) regionObserver.observe(child);
  updateCue(region);
});
watchTableRegions(document);

// Work in progress (an import) shows its progress as it goes: the region marked data-app-refresh is fetched again
// every few seconds and replaced, until the page says the work is done. Without JavaScript, the page has a link.
for (const region of document.querySelectorAll("[data-app-refresh]")) {
  const refresh = async () => {
    const response = await fetch(location.href, { credentials: "same-origin" });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const next = page.getElementById(region.id);
    if (!next) return;
    region.replaceChildren(...next.childNodes);
    initAll({ scope: region });
    watchTableRegions(region);
    if (next.dataset.appRefresh) setTimeout(refresh, Number(next.dataset.appRefresh));
    else delete region.dataset.appRefresh;
  };
  setTimeout(refresh, Number(region.dataset.appRefresh));
}

// Questions that follow from an answer show only while they apply; what is hidden is not sent. Without JavaScript
// everything shows, with a sentence saying when it applies (class app-js-hidden, hidden here).
// Found again on each change, so that a form swapped into the page (the funding editor) is covered too. A radio's
// revealed question works this way rather than GOV.UK's conditional reveal, which sets aria-expanded on the radio,
// an attribute a radio may not have.
const updateDependents = () => {
  const holds = (form, terms) => terms.split(" ").some((term) => {
    const [name, value] = term.split("=");
    if (value === undefined) {
      return [...form.elements].some((field) => field.name?.startsWith(`${name}[`) && field.type === "text" && field.value.trim() !== "");
    }
    return [...form.elements].some((field) => field.name === name && field.value === value && field.checked);
  });
  for (const dependent of document.querySelectorAll("[data-app-shown-when], [data-app-hidden-when]")) {
    const form = dependent.closest("form");
    if (!form) continue;
    const show = dependent.dataset.appShownWhen !== undefined ? holds(form, dependent.dataset.appShownWhen) : !holds(form, dependent.dataset.appHiddenWhen);
    dependent.hidden = !show;
    for (const field of dependent.querySelectorAll("input, textarea, select")) field.disabled = !show;
  }
};
document.addEventListener("change", updateDependents);
document.addEventListener("input", updateDependents);
updateDependents();

// The register's filters on a phone: behind a toggle, so the results come first. Wider screens show them beside the
// results; without JavaScript they are always shown.
const filter = document.querySelector("[data-app-filter]");
if (filter) {
  const form = filter.querySelector("form");
  const narrow = matchMedia("(max-width: 40.0525em)");
  const applied = Number(filter.dataset.appFilterApplied || 0);
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "govuk-button govuk-button--secondary app-filter__toggle";
  toggle.setAttribute("aria-controls", form.id);
  let open = form.querySelector(".govuk-form-group--error") !== null;
  const render = () => {
    if (!narrow.matches) {
      toggle.remove();
      form.hidden = false;
      return;
    }
    if (!toggle.isConnected) filter.prepend(toggle);
    form.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = `${open ? "Hide" : "Show"} filters${applied > 0 ? ` (${applied} applied)` : ""}`;
  };
  toggle.addEventListener("click", () => {
    open = !open;
    render();
  });
  narrow.addEventListener("change", render);
  render();
}

const fundingEditor = document.querySelector("[data-app-funding-editor]");
if (fundingEditor) import("/js/funding-editor.mjs").then(({ enhance }) => enhance(fundingEditor, { afterSwap: (region) => { watchTableRegions(region); updateDependents(); } }));
