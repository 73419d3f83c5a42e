/* One store notification per burst of dash-renderer actions, not one per action.

   Every mounted Dash component re-runs its store selector each time the Redux store notifies
   its subscribers, and the store notifies once per action. dash-renderer dispatches actions in
   bursts: a remounted subtree resets each of its components (one action each, from their
   effects), and each side update of a callback answer takes three actions. A burst of A
   actions on a page of N components costs A x N selector runs: on /offices (814 components)
   a filter change that remounted the page cost ~3.5 s of selectors alone (CDP CPU profile).

   Here React-Redux (which subscribes to the store when the app mounts, after this script) is
   notified once, in a microtask, after the burst: the same components render from the same
   final state, as React batches their renders anyway. dash-renderer's own store observers
   subscribe before this script sees the store and are notified as before, on every action.

   This relies on dash-renderer assigning its store to window.store before React mounts (Dash
   4.x does); without that, nothing is changed. */
(function () {
  "use strict";

  function batchSubscriptions(store) {
    if (!store || typeof store.subscribe !== "function" || store.__kgBatched) { return; }
    var subscribe = store.subscribe;
    store.subscribe = function (listener) {
      var pending = false;
      var active = true;
      function notify() {
        pending = false;
        if (active) { listener(); }
      }
      var unsubscribe = subscribe.call(store, function () {
        if (!pending) {
          pending = true;
          Promise.resolve().then(notify);
        }
      });
      return function () {
        active = false;
        return unsubscribe();
      };
    };
    store.__kgBatched = true;
  }

  var current = window.store;
  if (current) {
    batchSubscriptions(current);
    return;
  }
  Object.defineProperty(window, "store", {
    configurable: true,
    enumerable: true,
    get: function () { return current; },
    set: function (value) {
      current = value;
      batchSubscriptions(value);
    }
  });
})();
