import { initAll } from "/assets/govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

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
    if (next.dataset.appRefresh) setTimeout(refresh, Number(next.dataset.appRefresh));
    else delete region.dataset.appRefresh;
  };
  setTimeout(refresh, Number(region.dataset.appRefresh));
}
