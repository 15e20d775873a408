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

// The outcome of an action (an upload, a deletion) takes focus when the page opens, so a screen
// reader announces it first and the keyboard continues from it.
var outcome = document.querySelector("[data-focus]");
if (outcome) {
  outcome.focus();
}

// Autocomplete: fill the datalist of an input from /api/facets/{dimension}?prefix=.
function enhanceAutocomplete(root) {
root.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
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
}

// Filters fold behind one button on narrow screens (results come first); on wide screens, and
// without this script, every filter shows. The button is a real <button>: Enter and Space work.
function enhanceFilters(root, keepOpen) {
root.querySelectorAll("aside.facets").forEach(function (aside) {
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
  if (keepOpen) {
    button.setAttribute("aria-expanded", "true");
  }
  narrow.addEventListener("change", fit);
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
  });
});
}

function enhance(root, keepFiltersOpen) {
  enhanceAutocomplete(root);
  enhanceFilters(root, keepFiltersOpen);
}
enhance(document, false);

// A filter applies in place: the page is fetched and its search layout swapped in, while the
// result count (.summary, a polite live region) stays the same element and only its text changes,
// so screen readers announce the new count. Focus returns to the filter used. Any failure falls
// back to following the link.
(function () {
  var main = document.querySelector("main");
  if (!main || !window.fetch || !window.DOMParser || !window.history.pushState) {
    return;
  }
  main.addEventListener("click", function (event) {
    var link = event.target.closest("a.facet-value");
    var live = document.querySelector(".results .summary");
    if (!link || !live || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    var href = link.getAttribute("href");
    var dim = link.getAttribute("data-dim");
    var value = link.getAttribute("data-value");
    var toggle = document.querySelector("button.filters-toggle");
    var filtersOpen = toggle !== null && toggle.getAttribute("aria-expanded") === "true";
    fetch(href, { headers: { Accept: "text/html" } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var nextLayout = doc.querySelector(".search-layout");
        var nextLive = doc.querySelector(".results .summary");
        var nextBox = doc.querySelector("header.site form.searchbox");
        if (!nextLayout || !nextLive) {
          window.location.href = href;
          return;
        }
        // The live region never leaves the page: its neighbours are swapped, its text replaced.
        document.querySelector("aside.facets").replaceWith(nextLayout.querySelector("aside.facets"));
        var results = live.parentNode;
        Array.prototype.slice.call(results.childNodes).forEach(function (n) {
          if (n !== live) {
            results.removeChild(n);
          }
        });
        var before = true;
        Array.prototype.slice.call(nextLive.parentNode.childNodes).forEach(function (n) {
          if (n === nextLive) {
            before = false;
          } else if (before) {
            results.insertBefore(n, live);
          } else {
            results.appendChild(n);
          }
        });
        live.innerHTML = nextLive.innerHTML;
        var box = document.querySelector("header.site form.searchbox");
        if (box && nextBox) {
          box.replaceWith(nextBox);
        }
        document.title = doc.title;
        enhance(document.querySelector(".search-layout"), filtersOpen);
        var again = Array.prototype.find.call(
          document.querySelectorAll("a.facet-value"),
          function (a) { return a.getAttribute("data-dim") === dim && a.getAttribute("data-value") === value; });
        (again || live).focus();
        window.history.pushState({ inPlace: true }, "", href);
      })
      .catch(function () { window.location.href = href; });
  });
  // Back and forward over in-place filters: show the page the address names.
  window.addEventListener("popstate", function () { window.location.reload(); });
})();
