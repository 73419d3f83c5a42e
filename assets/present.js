/* /present: slides moved by the keyboard, the buttons and an optional timer, without a round
   trip to the server. The slide number is written into the address (replaceState, so Back
   leaves the presentation); the server renders the deck from that address on reload or when a
   filter changes. Stateless between renders: everything is read from the DOM each time. */
(function () {
  "use strict";

  var lastMove = Date.now();
  var lastDeck = null;

  function deck() { return document.getElementById("present-deck"); }
  function slides(d) { return Array.prototype.slice.call(d.querySelectorAll(".kg-slide")); }

  function current(d) {
    var all = slides(d);
    for (var i = 0; i < all.length; i++) {
      if (all[i].classList.contains("active")) { return i; }
    }
    return 0;
  }

  function writeAddress(href) {
    if (href && href !== window.location.pathname + window.location.search) {
      window.history.replaceState(window.history.state, "", href);
    }
  }

  function show(d, n) {
    var all = slides(d);
    if (!all.length) { return; }
    n = Math.max(0, Math.min(all.length - 1, n));
    all.forEach(function (el, i) {
      el.classList.toggle("active", i === n);
      el.setAttribute("aria-hidden", i === n ? "false" : "true");
    });
    d.classList.remove("show-qr");
    var counter = document.getElementById("present-counter");
    if (counter) {
      // change React's own text node (replacing it would detach what React updates later)
      var text = (n + 1) + " / " + all.length;
      if (counter.firstChild && counter.firstChild.nodeType === 3) {
        counter.firstChild.nodeValue = text;
      } else { counter.textContent = text; }
    }
    writeAddress(all[n].getAttribute("data-href"));
    lastMove = Date.now();
    var gd = all[n].querySelector(".js-plotly-plot");
    if (gd && window.Plotly && window.Plotly.Plots) { window.Plotly.Plots.resize(gd); }
  }

  function fullscreen() {
    var doc = document;
    var request = doc.fullscreenElement ? doc.exitFullscreen() :
      (doc.documentElement.requestFullscreen ? doc.documentElement.requestFullscreen() : null);
    if (request && request.catch) { request.catch(function () { /* refused: stay */ }); }
  }

  function act(d, what) {
    var n = current(d);
    var last = slides(d).length - 1;
    switch (what) {
      case "next": show(d, n + 1); break;
      case "prev": show(d, n - 1); break;
      case "first": show(d, 0); break;
      case "last": show(d, last); break;
      case "full": fullscreen(); break;
      case "qr": d.classList.toggle("show-qr"); lastMove = Date.now(); break;
      case "bar": d.classList.toggle("bar-hidden"); break;
      default: return false;
    }
    return true;
  }

  var KEYS = {
    "ArrowRight": "next", "PageDown": "next", " ": "next", "Spacebar": "next",
    "ArrowLeft": "prev", "PageUp": "prev", "Home": "first", "End": "last",
    "f": "full", "F": "full", "q": "qr", "Q": "qr", "h": "bar", "H": "bar"
  };

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) { return true; }
    if (tag !== "INPUT") { return false; }
    var type = (target.getAttribute("type") || "text").toLowerCase();
    return ["radio", "checkbox", "button", "submit"].indexOf(type) < 0;
  }

  // keys a focused control needs for itself: an open dropdown menu all of them, radios and
  // checkboxes the arrows and Space (choose), buttons, links and dropdowns Space (press, open)
  function ownsKey(target, key) {
    if (!target || !target.closest) { return false; }
    if (target.closest(".dash-dropdown-content")) { return true; }
    var tag = target.tagName;
    var type = (target.getAttribute("type") || "").toLowerCase();
    if (tag === "INPUT" && (type === "radio" || type === "checkbox")) {
      return key === " " || key === "Spacebar" || key.indexOf("Arrow") === 0;
    }
    if (tag === "BUTTON" || tag === "A" || tag === "SUMMARY") {
      return key === " " || key === "Spacebar" ||
        (target.classList.contains("dash-dropdown") && (key === "ArrowDown" || key === "ArrowUp"));
    }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    var d = deck();
    if (!d || event.altKey || event.ctrlKey || event.metaKey || typing(event.target) ||
        ownsKey(event.target, event.key)) { return; }
    if (event.key === "Escape") { d.classList.remove("show-qr"); return; }
    var what = KEYS[event.key];
    if (what && act(d, what)) { event.preventDefault(); }
  });

  document.addEventListener("click", function (event) {
    var d = deck();
    var button = d && event.target && event.target.closest &&
      event.target.closest("[data-present]");
    if (button && d.contains(button)) { act(d, button.getAttribute("data-present")); }
  });

  // a new deck (first load, or re-rendered after a filter change): canonical address; then
  // the timer of auto=<seconds>, paused while the QR code is shown or the tab is hidden
  window.setInterval(function () {
    var d = deck();
    if (!d) { lastDeck = null; return; }
    if (d !== lastDeck) {
      lastDeck = d;
      lastMove = Date.now();
      var active = d.querySelector(".kg-slide.active");
      if (active) { writeAddress(active.getAttribute("data-href")); }
      return;
    }
    var auto = parseFloat(d.getAttribute("data-auto") || "0");
    if (!(auto > 0)) { return; }
    if (d.classList.contains("show-qr") || document.hidden) { lastMove = Date.now(); return; }
    if (Date.now() - lastMove >= auto * 1000) {
      var n = current(d);
      show(d, n + 1 >= slides(d).length ? 0 : n + 1);
    }
  }, 250);

  // the compact filter bar: write the filters into the address, keeping slide= and auto=
  // (which the keyboard changed without telling Dash), in the server's canonical order
  var DEFAULTS = {sector: "all", gender: "all", year: "latest", lang: "en"};
  var ORDER = ["sector", "gender", "year", "lang", "slide", "auto"];

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    kgPresent: {
      writeFilters: function (sector, gender, year, lang) {
        var now = new URLSearchParams(window.location.search);
        var wanted = {sector: sector, gender: gender, year: year, lang: lang};
        var out = new URLSearchParams();
        ORDER.forEach(function (key) {
          var value = Object.prototype.hasOwnProperty.call(wanted, key) ? wanted[key]
            : now.get(key);
          if (value === null || value === undefined || value === "" ||
              value === DEFAULTS[key]) { return; }
          out.set(key, String(value));
        });
        var search = out.toString() ? "?" + out.toString() : "";
        return search === window.location.search ? window.dash_clientside.no_update : search;
      }
    }
  });
})();
