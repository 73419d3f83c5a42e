/* "Print / Save as PDF" (the /indicators report): the CSP forbids inline handlers, so a button
   carrying data-kg-print is handled here. Before printing, every [data-print-date] shows the
   reader's own date (the server's date is there already, for printing without script). */
(function () {
  "use strict";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function stamp() {
    var d = new Date();
    var text = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
    var marks = document.querySelectorAll("[data-print-date]");
    for (var i = 0; i < marks.length; i++) { marks[i].textContent = text; }
  }

  window.addEventListener("beforeprint", stamp);
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest && event.target.closest("[data-kg-print]");
    if (!button) { return; }
    event.preventDefault();
    stamp();
    window.print();
  });
})();
