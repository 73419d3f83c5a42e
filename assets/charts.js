/* Chart toolbar: PNG and SVG exports drawn by plotly.js in the browser (no server, no outside
   service). A button carries data-graph (the dcc.Graph id), data-format and data-filename. */
(function () {
  "use strict";

  function graphDiv(id) {
    var holder = document.getElementById(id);
    if (!holder) { return null; }
    return holder.classList.contains("js-plotly-plot") ? holder
      : holder.querySelector(".js-plotly-plot");
  }

  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest && event.target.closest(".kg-export");
    if (!button) { return; }
    var gd = graphDiv(button.getAttribute("data-graph"));
    if (!gd || !window.Plotly || !window.Plotly.downloadImage) { return; }
    var format = button.getAttribute("data-format") === "svg" ? "svg" : "png";
    var full = gd._fullLayout || {};
    window.Plotly.downloadImage(gd, {
      format: format,
      filename: button.getAttribute("data-filename") || "chart",
      width: full.width || 1000,
      height: full.height || 600,
      scale: format === "png" ? 2 : 1
    }).catch(function () { /* nothing to draw: the button does nothing */ });
  });
})();
