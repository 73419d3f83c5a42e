"""3. Interaction: from a click on a filter (the filter bar's 'Women', or a peer on /remittances)
to the charts redrawn, in headless Chromium with a warm HTTP cache.

Measured in the page's clock: a capture-phase click listener stamps the click; a wrapper around
fetch counts Dash's callback requests in flight; a MutationObserver stamps the last change inside
any chart. The interaction is over once the URL holds the new query, at least `requests`
callback answers have arrived after the click, none is in flight, every chart is drawn, and
neither the charts nor the network have changed for 400 ms; its time is the last of those
stamps minus the click. (The quiet period is waited for, not counted.) When the router's answer
arrived is reported too: before it, the two round trips (URL writer, router); after it, the
browser's rendering and drawing (and any callback the new page fires).
"""

from __future__ import annotations

from benchmarks import browser
from benchmarks.stats import summary

INSTRUMENT = """(() => {
  window.__kg = {click: null, inflight: 0, answered: 0, lastNet: 0, lastDom: 0, router: 0};
  document.addEventListener('click', () => {
    if (window.__kg.click === null) window.__kg.click = performance.now();
  }, true);
  const fetch0 = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : (input && input.url) || '';
    if (!url.includes('_dash-update-component')) return fetch0.apply(this, arguments);
    window.__kg.inflight += 1;
    const router = String((init && init.body) || '').includes('_pages_content.children');
    const done = () => { window.__kg.inflight -= 1; window.__kg.answered += 1;
                         window.__kg.lastNet = performance.now();
                         if (router) window.__kg.router = performance.now(); };
    return fetch0.apply(this, arguments).then(r => { done(); return r; },
                                              e => { done(); throw e; });
  };
  const inChart = n => n && n.nodeType === 1 &&
    (n.closest('.js-plotly-plot') || n.querySelector('.js-plotly-plot'));
  new MutationObserver(list => {
    for (const m of list) {
      if (inChart(m.target) || [...m.addedNodes, ...m.removedNodes].some(inChart)) {
        window.__kg.lastDom = performance.now(); return;
      }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true,
                        characterData: true});
})();"""

SETTLED = """([want, requests, charts]) => {
  const k = window.__kg, now = performance.now();
  if (k.click === null || !location.search.includes(want)) return false;
  if (k.inflight > 0 || k.answered < requests) return false;
  const gds = document.querySelectorAll('.js-plotly-plot');
  if (gds.length < charts) return false;
  for (const gd of gds) if (!gd.querySelector('.main-svg')) return false;
  if (now - Math.max(k.lastDom, k.lastNet) < 400) return false;
  return [Math.max(k.lastDom, k.lastNet) - k.click, k.router - k.click];
}"""

# (name, page, charts on it, how to click, what the URL then holds)
CASES = [
    ("filter 'Women' on /destinations", "/destinations", 5,
     ("#filter-gender label", "Women"), "gender=women"),
    ("filter 'Women' on /offices", "/offices", 2, ("#filter-gender label", "Women"),
     "gender=women"),
    ("filter 'Women' on /remittances", "/remittances", 2, ("#filter-gender label", "Women"),
     "gender=women"),
    ("peer 'Kazakhstan' on /remittances", "/remittances", 2, ("#remit-peers label", "Kazakhstan"),
     "peers="),
]


def run(base: str, runs: int, log=print, charts: dict[str, int] | None = None) -> dict:
    results = {}
    with browser.Browser() as b:
        ctx = b.context()
        ctx.add_init_script(INSTRUMENT)
        page = ctx.new_page()
        try:
            for name, path, n, (selector, text), want in CASES:
                n = (charts or {}).get(path, n)
                times, answered = [], []
                for i in range(runs + 1):  # the first run warms the HTTP and figure caches
                    page.goto(base + path, wait_until="commit")
                    page.wait_for_function(browser.DRAWN, arg=n, polling="raf", timeout=60000)
                    page.wait_for_function("() => window.__kg.inflight === 0", timeout=60000)
                    page.wait_for_timeout(500)  # late callbacks of the new page start here
                    page.wait_for_function("() => window.__kg.inflight === 0", timeout=60000)
                    page.evaluate("() => { const k = window.__kg; k.click = null; "
                                  "k.answered = 0; k.router = 0; }")
                    page.locator(selector, has_text=text).first.click()
                    took, net = page.wait_for_function(SETTLED, arg=[want, 2, n], polling="raf",
                                                  timeout=60000).json_value()
                    if i:
                        times.append(took)
                        answered.append(net)
                results[name] = {**summary(times),
                                 "router_answer_median": summary(answered)["median"]}
                log(f"  {name}: median {results[name]['median']:.0f} ms "
                    f"(p95 {results[name]['p95']:.0f}, n={runs}; router answered at "
                    f"{results[name]['router_answer_median']:.0f} ms)")
        finally:
            ctx.close()
    return results
