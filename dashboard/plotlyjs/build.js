// Builds plotly-site.min.js: plotly.js's core (which always holds `scatter`) plus the trace
// types below, the only ones the site's figures use (tests/test_plotly_bundle.py checks that).
// The version must be the plotly.js that the installed plotly.py was made for, so that the
// figures plotly.py validates are the ones this bundle draws.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const TRACES = ['scatter', 'bar', 'heatmap', 'scattergeo', 'choropleth'];
const version = require('plotly.js/package.json').version;
const entry = [
  "var Plotly = require('plotly.js/lib/core');",
  'Plotly.register([',
  ...TRACES.filter((t) => t !== 'scatter').map((t) => `  require('plotly.js/lib/${t}'),`),
  ']);',
  'module.exports = Plotly;',
].join('\n');

// Only map (maplibre) traces import CSS; none is registered here, so imports of CSS resolve
// to nothing rather than emitting a stylesheet no page loads.
const noCss = {
  name: 'no-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: 'no-css' }));
    build.onLoad({ filter: /.*/, namespace: 'no-css' }, () => ({ contents: '' }));
  },
};

esbuild.build({
  stdin: { contents: entry, resolveDir: __dirname, loader: 'js' },
  outfile: path.join(__dirname, 'plotly-site.min.js'),
  // the same settings as plotly.js's own esbuild-config.js, minified
  format: 'iife',
  globalName: 'Plotly',
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: 'es2016',
  define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
  plugins: [noCss],
  banner: {
    js: `/*! plotly.js v${version} (MIT licence, Copyright Plotly, Inc.) site bundle ` +
        `traces=${TRACES.join(',')} built by dashboard/plotlyjs/build.js */`,
  },
  logLevel: 'info',
}).then(() => {
  // plotly.js's defaults name outside hosts: map outlines from its CDN, "Share chart" uploads
  // to its cloud. The site works offline, so the defaults point home (graph configs still
  // set topojsonURL, which also carries any path prefix) and nowhere, respectively.
  const out = path.join(__dirname, 'plotly-site.min.js');
  let code = fs.readFileSync(out, 'utf8');
  for (const [from, to] of [['"https://cdn.plot.ly/un/"', '"/assets/topojson/"'],
                            ['"https://cloud.plotly.com/newchart"', '""']]) {
    if (code.split(from).length !== 2) { throw new Error(`expected ${from} once`); }
    code = code.replace(from, to);
  }
  fs.writeFileSync(out, code);
  const size = fs.statSync(out).size;
  console.log(`plotly.js ${version}: ${TRACES.join(', ')} -> ${(size / 1024).toFixed(0)} KB`);
}).catch(() => process.exit(1));
