/* Accessibility fixes that need the rendered page (components/shell.py says why <html lang> is
   set on the server; this keeps it right after the page re-renders in the browser).

   1. <html lang> follows the language of the rendered view (the page root's lang attribute),
      also when the language changes without a reload.
   Everything is read from the DOM each time: nothing to keep in step with React. */
(function () {
  "use strict";

  var ROOTS = ".kg-page[lang], .kg-embed[lang], .kg-present[lang]";

  function syncLang() {
    var root = document.querySelector(ROOTS);
    var lang = root && root.getAttribute("lang");
    if (lang && document.documentElement.getAttribute("lang") !== lang) {
      document.documentElement.setAttribute("lang", lang);
    }
  }

  function fixAll() {
    syncLang();
  }

  var pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    // a microtask: done before the next key press is handled, once per batch of mutations
    Promise.resolve().then(function () { pending = false; fixAll(); });
  }

  function start() {
    fixAll();
    new MutationObserver(schedule).observe(document.body, {
      childList: true, subtree: true, attributes: true, attributeFilter: ["lang"]
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
