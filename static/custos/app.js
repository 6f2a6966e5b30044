/* Custos UI behaviour. Loaded as a static file (the CSP forbids inline script).
 * - The browser's time zone goes to the custos_tz cookie: the server shows times, and reads form times, in it
 *   (config/timezones.py), so the page needs no rewriting of times here.
 * - A form with errors moves focus to its error summary (partials/form_errors.html).
 * - The verify panels (#verify-panels) poll the verification status and refresh when a run starts or ends.
 * - [data-required-when] marks a field required while another field has a given value.
 * - [data-copy] copies the text of the element it names to the clipboard.
 * - [data-autosubmit] forms submit when a select or checkbox changes.
 */
(function () {
  "use strict";

  function rememberTimeZone() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) { return; }
    document.cookie = "custos_tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax";
  }
  rememberTimeZone();

  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
  }

  function toggleRequired(root) {
    root.querySelectorAll("[data-required-when]").forEach(function (element) {
      var rule = element.dataset.requiredWhen.split("=");
      var form = element.closest("form");
      if (!form || rule.length !== 2) { return; }
      var checked = form.querySelector("[name='" + rule[0] + "']:checked");
      var control = form.querySelector("[name='" + rule[0] + "']");
      var value = checked ? checked.value : (control && control.tagName === "SELECT" ? control.value : "");
      var required = value === rule[1];
      var field = element.closest(".field");
      if (field) { field.classList.toggle("field-conditional-off", !required); }
      element.setAttribute("aria-required", required ? "true" : "false");
    });
  }

  function watchVerification() {
    var panels = document.getElementById("verify-panels");
    if (!panels || !panels.dataset.verifyStatus || !window.fetch) { return; }
    var url = panels.dataset.verifyStatus;
    var busy = 0;  // htmx requests of the panels in flight: their answer, not a refresh, updates the page
    var inPanels = function (event) { return !!(event.target && event.target.closest && event.target.closest("#verify-panels")); };
    document.addEventListener("htmx:beforeRequest", function (event) { if (inPanels(event)) { busy += 1; } });
    document.addEventListener("htmx:afterRequest", function (event) { if (inPanels(event)) { busy = Math.max(0, busy - 1); } });
    // A run this page is already showing (started here, polled by htmx) is no news: adopt its state.
    document.addEventListener("htmx:afterSwap", function () {
      var current = document.getElementById("verify-panels");
      var shown = current && current.querySelector("[data-verify-state-now]");
      if (shown) { current.dataset.verifyState = shown.dataset.verifyStateNow; }
    });
    var refresh = function (seen) {
      fetch(window.location.href, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          var current = document.getElementById("verify-panels");
          if (!html || !current || busy || current.dataset.verifyState !== seen) { return; }
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("verify-panels");
          if (!fresh) { return; }
          current.replaceWith(fresh);
          if (window.htmx) { window.htmx.process(fresh); }
        });
    };
    window.setInterval(function () {
      var current = document.getElementById("verify-panels");
      if (!current || document.hidden || busy) { return; }
      var seen = current.dataset.verifyState;
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (status) {
          if (status && !busy && status.state !== current.dataset.verifyState) { refresh(seen); }
        })
        .catch(function () { /* the next tick tries again */ });
    }, 1500);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (button) { event.preventDefault(); copyText(button); }
  });

  document.addEventListener("change", function (event) {
    var form = event.target.closest("form[data-autosubmit]");
    if (form && event.target.matches("select, input[type=checkbox], input[type=radio], input[type=date]")) {
      form.requestSubmit();
    }
    if (event.target.form) { toggleRequired(event.target.form); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    toggleRequired(document);
    focusErrorSummary();
    watchVerification();
  });
})();
