// Highlight the source sentence a provenance link points at. CSS :target covers full page
// loads; Material's instant navigation swaps pages without updating :target, so the class
// "is-cited" is set again on every page switch (document$) and URL change (location$).
(function () {
  "use strict";

  function markCited() {
    var previous = document.querySelectorAll(".sentence.is-cited");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("is-cited");
    var id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      return;
    }
    if (!id) return;
    var target = document.getElementById(id);
    if (!target || !target.classList.contains("sentence")) return;
    target.classList.add("is-cited");
    target.scrollIntoView({ block: "center" });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { markCited(); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", markCited);
  } else {
    markCited();
  }
  if (typeof location$ !== "undefined") {
    location$.subscribe(function () { window.setTimeout(markCited, 0); });
  }
  window.addEventListener("hashchange", markCited);
})();
