/* Accessibility fixes that need the rendered page (components/shell.py says why <html lang> is
   set on the server; this keeps it right after the page re-renders in the browser).

   1. <html lang> follows the language of the rendered view (the page root's lang attribute),
      also when the language changes without a reload.
   2. dcc.Dropdown (Dash 4) puts a hidden proxy <input aria-hidden="true" tabindex="0"> before
      its button, so that Tab reaches the menu in Safari, and forwards focus to the button. A
      focusable element hidden from assistive technology is announced as nothing (axe:
      aria-hidden-focus). Here the button itself takes Tab (tabindex 0) and the proxy leaves
      the tab order (tabindex -1; the dropdown sets it back to 0 on blur, so it is watched).
      Safari users with the default "Tab to fields only" setting reach buttons with Option+Tab,
      as everywhere else on the site.
   3. The dropdown's button is named by its value only ("All sectors"); the visible <label for>
      of the control is put first in its aria-labelledby ("Sector, All sectors"), and names its
      open menu and the list of options in it.
   4. A filter change re-renders the page from the URL, which replaces the control that had
      focus: a keyboard user would be thrown back to the top of the page after every choice.
      When the focused element leaves the document and an element with the same id arrives,
      focus moves to it (only then: a click elsewhere is left alone).
   5. Following a link to another page replaces everything below the navbar while focus stays
      on the link, so a screen reader announces nothing of the new page. When the rendered
      page's path changes (its root's data-view; a filter change keeps the path), focus moves
      to the new page's <h1>, as single-page sites that work well with screen readers do.
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

  function labelFor(id) {
    var labels = document.getElementsByTagName("label");
    for (var i = 0; i < labels.length; i++) {
      if (labels[i].htmlFor === id) { return labels[i]; }
    }
    return null;
  }

  function fixDropdown(proxy) {
    if (proxy.tabIndex !== -1) { proxy.tabIndex = -1; }
    var button = proxy.nextElementSibling;
    if (!button || !button.classList.contains("dash-dropdown")) { return; }
    if (!button.disabled && button.tabIndex !== 0) { button.tabIndex = 0; }
    var label = button.id && labelFor(button.id);
    if (!label) { return; }
    if (!label.id) { label.id = button.id + "--label"; }
    var by = button.getAttribute("aria-labelledby") || "";
    if (by.split(" ").indexOf(label.id) < 0) {
      button.setAttribute("aria-labelledby", (label.id + " " + by).trim());
    }
  }

  // the open menu (a Radix popover, role=dialog) and its listbox are named by the control's
  // label too ("Sector"), not left nameless
  function fixMenu(menu) {
    var button = menu.id && document.querySelector('[aria-controls="' + menu.id + '"]');
    var label = button && button.id && labelFor(button.id);
    if (!label || !label.id) { return; }
    var named = [menu].concat(Array.prototype.slice.call(
      menu.querySelectorAll('[role="listbox"]')));
    named.forEach(function (el) {
      if (el.getAttribute("aria-labelledby") !== label.id) {
        el.setAttribute("aria-labelledby", label.id);
      }
    });
  }

  var lastFocus = null;
  document.addEventListener("focusin", function (event) { lastFocus = event.target; });

  function restoreFocus() {
    if (!lastFocus || lastFocus.isConnected || !lastFocus.id) { return; }
    var active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) {
      lastFocus = null;  // focus went somewhere already
      return;
    }
    var again = document.getElementById(lastFocus.id);
    if (again && typeof again.focus === "function") { again.focus({preventScroll: true}); }
  }

  var shownPath = null;
  function focusNewPage() {
    var root = document.querySelector(".kg-page[data-view]");
    if (!root) { return; }
    var path = root.getAttribute("data-view").split("?")[0];
    if (shownPath !== null && path !== shownPath) {
      var heading = root.querySelector("h1");
      if (heading) {
        if (!heading.hasAttribute("tabindex")) { heading.setAttribute("tabindex", "-1"); }
        heading.focus();
        lastFocus = null;  // not the link's job to take focus back
      }
    }
    shownPath = path;
  }

  function fixAll() {
    syncLang();
    focusNewPage();
    var proxies = document.querySelectorAll(".dash-dropdown-focus-target");
    for (var i = 0; i < proxies.length; i++) { fixDropdown(proxies[i]); }
    var menus = document.querySelectorAll(".dash-dropdown-content[role='dialog']");
    for (var j = 0; j < menus.length; j++) { fixMenu(menus[j]); }
    restoreFocus();
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
      childList: true, subtree: true, attributes: true,
      attributeFilter: ["tabindex", "lang", "aria-labelledby", "disabled", "data-view"]
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
