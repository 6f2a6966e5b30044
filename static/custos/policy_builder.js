/* The policy rule builder (templates/governance/policy_builder.html). Loaded as a static file (CSP).
 * - "Add a rule" clones the formset's empty row and counts it in TOTAL_FORMS.
 * - Every change posts the rows to the check endpoint and shows its errors on the row they concern.
 * Without JavaScript the page still works: a spare empty row is rendered, and saving checks the rows.
 */
(function () {
  "use strict";

  function init() {
    var form = document.getElementById("rule-builder");
    if (!form) { return; }
    var rows = document.getElementById("rule-rows");
    var template = document.getElementById("rule-template");
    var total = form.querySelector("input[name$='-TOTAL_FORMS']");
    var addButton = document.getElementById("add-rule");
    var status = document.getElementById("builder-status");
    var summary = document.getElementById("builder-errors");
    var timer = null;
    var sequence = 0;

    function list(messages) {
      var ul = document.createElement("ul");
      messages.forEach(function (text) {
        var li = document.createElement("li");
        li.textContent = text;
        ul.appendChild(li);
      });
      return ul;
    }

    function show(result) {
      form.querySelectorAll("[data-rule-errors]").forEach(function (box) {
        var messages = result.rows[box.dataset.ruleErrors] || [];
        box.replaceChildren();
        if (messages.length) { box.appendChild(list(messages)); }
      });
      summary.replaceChildren();
      if (result.errors.length) { summary.appendChild(list(result.errors)); }
      summary.hidden = !result.errors.length;
      var problems = Object.keys(result.rows).length + result.errors.length;
      status.textContent = result.ok
        ? "Checked: " + result.rule_count + " rule" + (result.rule_count === 1 ? "" : "s") + ", no problems."
        : "Checked: " + problems + " problem" + (problems === 1 ? "" : "s") + " to fix.";
    }

    function check() {
      var mine = ++sequence;
      fetch(form.dataset.checkUrl, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin"
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(function (result) {
        if (mine === sequence) { show(result); }
      }).catch(function () {
        if (mine === sequence) { status.textContent = "The rules could not be checked now; saving checks them."; }
      });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 400);
    }

    addButton.hidden = false;
    addButton.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      rows.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      var added = rows.lastElementChild;
      added.querySelector("[data-rule-number]").textContent = String(index + 1);
      added.querySelector("input[name$='-id']").focus();
    });
    form.addEventListener("input", later);
    form.addEventListener("change", later);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
