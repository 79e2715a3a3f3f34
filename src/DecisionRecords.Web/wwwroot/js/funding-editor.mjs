import { initAll } from "/assets/govuk-frontend.min.js";

// The funding table editor, enhanced: lines are added, removed and moved in the page, totals follow every keystroke,
// and a change of columns asks the server for the form again without leaving the page. Without JavaScript every
// button posts the form and the server makes the same change, so both paths share one set of rules and markup.
export function enhance(editor, { afterSwap = () => {} } = {}) {
  const amountPattern = new RegExp(editor.dataset.appAmountPattern);
  const swapRegion = editor.querySelector("[data-app-swap]");
  const status = editor.querySelector("[data-app-announce]");
  const formatter = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

  const announce = (text) => {
    status.textContent = "";
    requestAnimationFrame(() => { status.textContent = text; });
  };

  const rows = () => [...editor.querySelectorAll("tr[data-app-line]")];

  // As the server reads an amount (Money.TryParseSignedPence): a credit may be written -500, −£500 or (500).
  const pence = (text) => {
    let written = text.trim();
    let sign = 1;
    if (written.length > 2 && written.startsWith("(") && written.endsWith(")")) [written, sign] = [written.slice(1, -1).trim(), -1];
    else if (written.length > 1 && (written[0] === "-" || written[0] === "\u2212")) [written, sign] = [written.slice(1).trimStart(), -1];
    const match = amountPattern.exec(written);
    if (!match) return null;
    const whole = Number(match.groups.whole.replaceAll(",", ""));
    const fraction = Number((match.groups.fraction ?? "").padEnd(2, "0"));
    return sign * (whole * 100 + fraction);
  };

  const updateTotals = () => {
    for (const cell of editor.querySelectorAll("[data-app-total]")) {
      const column = cell.dataset.appTotal;
      let total = 0;
      let unread = 0;
      for (const input of editor.querySelectorAll(`[data-app-amount="${column}"]`)) {
        if (input.value.trim() === "") continue;
        const value = pence(input.value);
        if (value === null) unread++;
        else total += value;
      }
      cell.textContent = formatter.format(total / 100);
      if (unread > 0) {
        const note = document.createElement("span");
        note.className = "app-as-written";
        note.textContent = `leaves out ${unread} ${unread === 1 ? "cell that is" : "cells that are"} not an amount`;
        cell.append(note);
      }
    }
  };

  // Each line's fields, labels and buttons carry its number: after a change, every line gets its place's number.
  const renumber = () => {
    const all = rows();
    all.forEach((row, i) => {
      row.querySelector("th").textContent = String(i + 1);
      for (const element of row.querySelectorAll("[name], [id], [for], [aria-describedby]")) {
        for (const attribute of ["name", "id", "for", "aria-describedby"]) {
          const value = element.getAttribute(attribute);
          if (value) element.setAttribute(attribute, value.replace(/Lines\[\d+\]/g, `Lines[${i}]`).replace(/Lines_\d+_/g, `Lines_${i}_`));
        }
      }
      for (const label of row.querySelectorAll("label")) label.textContent = label.textContent.replace(/^Line \d+/, `Line ${i + 1}`);
      for (const button of row.querySelectorAll("button[name='Action']")) {
        button.value = button.value.replace(/-\d+$/, `-${i}`);
        const hidden = button.querySelector(".govuk-visually-hidden");
        if (hidden) hidden.textContent = ` line ${i + 1}`;
      }
      row.querySelector("button[value^='up-']").disabled = i === 0;
      row.querySelector("button[value^='down-']").disabled = i === all.length - 1;
    });
    updateTotals();
  };

  const firstField = (row) => row.querySelector("textarea, input:not([type='hidden'])");

  const addLine = () => {
    const all = rows();
    const last = all.at(-1);
    if (!last) return false;
    const row = last.cloneNode(true);
    for (const error of row.querySelectorAll(".govuk-error-message")) error.remove();
    for (const field of row.querySelectorAll("input, textarea")) {
      field.classList.remove("govuk-input--error", "govuk-textarea--error");
      field.removeAttribute("aria-describedby");
      // A new line starts in the group of the line above, as on the server.
      if (!field.name.endsWith(".Group")) field.value = "";
    }
    for (const cell of row.querySelectorAll(".govuk-form-group--error")) cell.classList.remove("govuk-form-group--error");
    last.after(row);
    renumber();
    firstField(row).focus();
    announce(`Line ${all.length + 1} added`);
    return true;
  };

  const removeLine = (index) => {
    const all = rows();
    const row = all[index];
    if (!row) return false;
    row.remove();
    renumber();
    const next = rows()[Math.min(index, all.length - 2)];
    (next ? firstField(next) : editor.querySelector("button[value='add-line']")).focus();
    announce(`Line ${index + 1} removed`);
    return true;
  };

  const moveLine = (index, by) => {
    const all = rows();
    const row = all[index];
    const other = all[index + by];
    if (!row || !other) return false;
    if (by < 0) other.before(row);
    else other.after(row);
    renumber();
    const button = row.querySelector(`button[value^='${by < 0 ? "up" : "down"}-']`);
    (button.disabled ? row.querySelector(`button[value^='${by < 0 ? "down" : "up"}-']`) : button).focus();
    announce(`Line ${index + 1} moved ${by < 0 ? "up" : "down"} to line ${index + by + 1}`);
    return true;
  };

  // A change of columns: the server lays the form out again, and the new form takes the old one's place.
  // While the new form is on its way the region says it is busy: assistive technology waits, and so do the browser tests.
  const swap = async (form, button) => {
    swapRegion.setAttribute("aria-busy", "true");
    try {
      await swapIn(form, button);
    } finally {
      swapRegion.removeAttribute("aria-busy");
    }
  };

  const swapIn = async (form, button) => {
    const data = new FormData(form);
    data.set(button.name, button.value);
    const response = await fetch(form.action || location.href, { method: "POST", body: data, credentials: "same-origin" });
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const next = page.querySelector("[data-app-swap]");
    if (!next) {
      // Signed out, or something unexpected: post the form the ordinary way and let the page say what happened.
      form.requestSubmit(button);
      return;
    }
    swapRegion.replaceChildren(...next.childNodes);
    initAll({ scope: swapRegion });
    afterSwap(swapRegion);
    renumber();
    const notice = swapRegion.querySelector("[data-app-notice]");
    if (swapRegion.querySelector(".govuk-error-summary")) return;
    const verb = button.value.replace(/-\d+$/, "");
    const focus = {
      "add-year": () => [...swapRegion.querySelectorAll("[name^='Input.Years[']")].at(-1),
      "add-column": () => [...swapRegion.querySelectorAll("[name^='Input.Columns[']")].at(-1),
    }[verb]?.() ?? swapRegion.querySelector("h2");
    if (focus && !focus.matches("input, textarea, button")) focus.setAttribute("tabindex", "-1");
    focus?.focus();
    if (notice) announce(notice.textContent.trim());
  };

  editor.addEventListener("click", async (event) => {
    const button = event.target.closest("button[name='Action']");
    if (!button || button.value === "save") return;
    const [, verb, index] = /^(.*?)(?:-(\d+))?$/.exec(button.value);
    const handled = {
      "add-line": () => addLine(),
      "remove-line": () => removeLine(Number(index)),
      up: () => moveLine(Number(index), -1),
      down: () => moveLine(Number(index), 1),
    }[verb]?.();
    event.preventDefault();
    if (!handled) await swap(button.form, button);
  });

  // A text column's heading, as it is typed, is the heading everywhere the form names that column.
  const headingChanged = (field) => {
    const index = /^Input\.Columns\[(\d+)\]$/.exec(field.name)?.[1];
    if (index === undefined) return;
    const heading = field.value.trim();
    for (const option of editor.querySelectorAll(`[data-app-after-column="${index}"]`)) option.textContent = `After “${heading}”`;
    for (const cell of editor.querySelectorAll(`[data-app-column-heading="${index}"]`)) cell.textContent = heading;
    for (const label of editor.querySelectorAll(`[data-app-column-label="${index}"]`)) label.textContent = label.textContent.replace(/^(Line \d+ ).*$/s, `$1${heading}`);
  };

  editor.addEventListener("input", (event) => {
    if (event.target.matches("[data-app-amount]")) updateTotals();
    headingChanged(event.target);
  });

  updateTotals();
}
