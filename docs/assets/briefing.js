// Two small behaviours, no library:
// 1. Highlight the source sentence a provenance link points at (and the timeline event, quote
//    or context line a "cited on" link points at). CSS :target covers full page
//    loads; Material's instant navigation swaps pages without updating :target, so the class
//    "is-cited" is set again on every page switch (document$) and URL change (location$).
// 2. The speaker filter on the Quotes page: one button per speaker section, built here so the
//    page without script simply shows every quote.
// 4. The Timeline's filters (source, person, year, precision): the form is written hidden by the
//    page and shown here; each event line carries the values it is filtered by.
// 3. A name for Material's search dialog (it has role="dialog" but no label; the dialog only
//    opens with script, so naming it here is enough).
(function () {
  "use strict";

  var MAX_BUTTONS = 12; // more speakers than this get a drop-down list

  // What a link may point at: a source sentence, a timeline event, a quote card, a context line.
  var CITABLE = ".sentence, .briefing-when, .briefing-quote, .briefing-line";

  function markCited() {
    var previous = document.querySelectorAll(".is-cited");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("is-cited");
    var id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      return;
    }
    if (!id) return;
    var target = document.getElementById(id);
    if (!target || !target.matches(CITABLE)) return;
    target.classList.add("is-cited");
    var item = target.classList.contains("briefing-when") ? target.closest("li") : null;
    if (item) item.classList.add("is-cited");
    target.scrollIntoView({ block: "center" });
  }

  function speakerName(section) {
    var heading = section.querySelector("h2");
    if (!heading) return section.getAttribute("data-speaker") || "";
    var clone = heading.cloneNode(true);
    var links = clone.querySelectorAll(".headerlink");
    for (var i = 0; i < links.length; i++) links[i].remove();
    return clone.textContent.trim();
  }

  function buildFilter() {
    var box = document.querySelector(".briefing-filter[data-filter='speaker']");
    if (!box || box.getAttribute("data-ready")) return;
    var sections = document.querySelectorAll(".briefing-speaker");
    if (sections.length < 2) return;
    box.setAttribute("data-ready", "1");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Show the quotes of one speaker");
    var buttons = [];
    function choose(key) {
      for (var i = 0; i < sections.length; i++) {
        sections[i].hidden = key !== "" && sections[i].getAttribute("data-speaker") !== key;
      }
      for (var j = 0; j < buttons.length; j++) {
        buttons[j].setAttribute("aria-pressed", String(buttons[j].getAttribute("data-speaker") === key));
      }
    }
    function add(label, key) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      button.setAttribute("data-speaker", key);
      button.setAttribute("aria-pressed", String(key === ""));
      button.addEventListener("click", function () { choose(key); });
      box.appendChild(button);
      buttons.push(button);
    }
    if (sections.length > MAX_BUTTONS) {
      // Many speakers: a drop-down list rather than a wall of buttons.
      var label = document.createElement("label");
      label.textContent = "Speaker ";
      var select = document.createElement("select");
      var all = document.createElement("option");
      all.value = "";
      all.textContent = "All speakers";
      select.appendChild(all);
      for (var k = 0; k < sections.length; k++) {
        var option = document.createElement("option");
        option.value = sections[k].getAttribute("data-speaker");
        option.textContent = speakerName(sections[k]);
        select.appendChild(option);
      }
      select.addEventListener("change", function () { choose(select.value); });
      label.appendChild(select);
      box.appendChild(label);
      box.hidden = false;
      return;
    }
    add("All speakers", "");
    for (var i = 0; i < sections.length; i++) {
      add(speakerName(sections[i]), sections[i].getAttribute("data-speaker"));
    }
    box.hidden = false;
  }

  // --- Timeline filters -------------------------------------------------------------------

  function timelineFilters() {
    var form = document.querySelector(".briefing-filters");
    if (!form || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    var selects = form.querySelectorAll("select[data-filter]");
    var items = document.querySelectorAll(".briefing-timeline li[data-k]");
    var count = form.querySelector(".briefing-filters__count");
    function matches(item, key, value) {
      var held = (item.getAttribute("data-" + key) || "").split(" ");
      return held.indexOf(value) !== -1;
    }
    function apply() {
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var keep = true;
        for (var j = 0; j < selects.length && keep; j++) {
          var value = selects[j].value;
          if (value !== "") keep = matches(items[i], selects[j].getAttribute("data-filter"), value);
        }
        items[i].hidden = !keep;
        if (keep) shown++;
      }
      // A year (or band) heading with nothing left under it goes too.
      var lists = document.querySelectorAll(".briefing-timeline ul");
      for (var k = 0; k < lists.length; k++) {
        var heading = lists[k].previousElementSibling;
        if (!heading || !/^H[23]$/.test(heading.tagName) || !lists[k].querySelector("li[data-k]")) continue;
        var any = lists[k].querySelector("li[data-k]:not([hidden])");
        heading.hidden = !any;
        lists[k].hidden = !any;
      }
      if (count) count.textContent = shown === items.length ? "" : shown + " of " + items.length + " events shown";
    }
    for (var i = 0; i < selects.length; i++) selects[i].addEventListener("change", apply);
    form.hidden = false;
  }

  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role='dialog']:not([aria-label])");
    if (dialog) dialog.setAttribute("aria-label", "Search");
  }

  function onPage() {
    nameSearchDialog();
    buildFilter();
    timelineFilters();
    markCited();
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { onPage(); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", onPage);
  } else {
    onPage();
  }
  if (typeof location$ !== "undefined") {
    location$.subscribe(function () { window.setTimeout(markCited, 0); });
  }
  window.addEventListener("hashchange", markCited);
})();
