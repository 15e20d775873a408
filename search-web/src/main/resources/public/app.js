// Enhancements only: every page works without this file.
"use strict";

// Copy buttons: copy the text of the element named by data-copy.
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var target = document.getElementById(button.getAttribute("data-copy"));
  if (!target || !navigator.clipboard) {
    return;
  }
  var label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(target.textContent.trim()).then(function () {
      button.textContent = button.getAttribute("data-done") || "Copied";
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
});

// Autocomplete: fill the datalist of an input from /api/facets/{dimension}?prefix=.
document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
  var dim = input.getAttribute("data-autocomplete");
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var last = null;
  if (!list) {
    return;
  }
  function update() {
    var prefix = input.value.trim();
    if (prefix === last) {
      return;
    }
    last = prefix;
    fetch("/api/facets/" + encodeURIComponent(dim) + "?limit=20&prefix=" + encodeURIComponent(prefix))
      .then(function (r) { return r.ok ? r.json() : { values: [] }; })
      .then(function (body) {
        list.replaceChildren();
        body.values.forEach(function (v) {
          var option = document.createElement("option");
          option.value = v.value;
          option.label = v.value + " (" + v.count + ")";
          list.appendChild(option);
        });
      })
      .catch(function () { /* autocomplete is optional */ });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  input.addEventListener("focus", update);
});

// Filters fold behind one button on narrow screens (results come first); on wide screens, and
// without this script, every filter shows. The button is a real <button>: Enter and Space work.
document.querySelectorAll("aside.facets").forEach(function (aside) {
  var button = aside.querySelector("button.filters-toggle");
  if (!button) {
    return;
  }
  var narrow = window.matchMedia("(max-width: 48rem)");
  aside.classList.add("folding");
  button.hidden = false;
  function fit() {
    button.setAttribute("aria-expanded", narrow.matches ? "false" : "true");
  }
  fit();
  narrow.addEventListener("change", fit);
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
  });
});
