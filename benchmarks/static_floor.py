"""1. Static floor: each page's figures as one static plotly HTML page vs the live Dash page, both
served by the same gunicorn (benchmarks.wsgi), in headless Chromium.

cold: a new browser context per run (empty HTTP cache); warm: one context, primed by one visit,
then every run reuses its cache. Live and static runs alternate, so load on the machine falls on
both alike. The server's figure cache is warm for both (the priming visit fills it); the
framework benchmark measures a cold figure cache.
"""

from __future__ import annotations

from benchmarks import browser
from benchmarks.apps import STATIC_PREFIX
from benchmarks.stats import ratio, summary


def _agg(samples: list[dict]) -> dict:
    times = summary([s["ms"] for s in samples])
    nbytes = summary([s["bytes"] for s in samples])
    kinds: dict[str, list[int]] = {}
    for s in samples:
        for k, v in s["bytes_by_kind"].items():
            kinds.setdefault(k, []).append(v)
    return {"ms": times, "bytes": nbytes,
            "requests": summary([s["requests"] for s in samples])["median"],
            "bytes_by_kind": {k: summary(v)["median"] for k, v in sorted(kinds.items())}}


def _ratios(live: dict, floor: dict) -> dict:
    """live / floor medians of time and bytes, cold and warm."""
    return {cache: {"time": ratio(live[cache]["ms"]["median"], floor[cache]["ms"]["median"]),
                    "bytes": ratio(live[cache]["bytes"]["median"],
                                   floor[cache]["bytes"]["median"])}
            for cache in ("cold", "warm")}


def run(base: str, pages: dict[str, dict], runs: int, log=print) -> dict:
    """pages: {path: {"file", "charts"}} from apps.write_static_pages."""
    results = {}
    with browser.Browser() as b:
        for path, info in pages.items():
            charts = info["charts"]
            targets = {"live": base + path}
            if charts:  # a page with no chart has no static floor
                targets["static"] = base + STATIC_PREFIX + info["file"]
                targets["static_site"] = base + STATIC_PREFIX + info["file_site"]
            samples = {(k, c): [] for k in targets for c in ("cold", "warm")}
            warm = {k: b.context() for k in targets}
            for kind, url in targets.items():  # prime: server figure cache + warm contexts
                browser.load(warm[kind], url, charts)
            for i in range(runs):
                for kind, url in targets.items():
                    ctx = b.context()
                    try:
                        samples[(kind, "cold")].append(browser.load(ctx, url, charts))
                    finally:
                        ctx.close()
                    samples[(kind, "warm")].append(browser.load(warm[kind], url, charts))
                log(f"  {path} run {i + 1}/{runs}: " + ", ".join(
                    f"{k}/{c} {samples[(k, c)][-1]['ms']:.0f} ms"
                    for k in targets for c in ("cold", "warm")))
            for ctx in warm.values():
                ctx.close()
            page = {"charts": charts}
            for (kind, cache), s in samples.items():
                page.setdefault(kind, {})[cache] = _agg(s)
            if "static" in page:
                page["ratio"] = _ratios(page["live"], page["static"])
                page["ratio_site"] = _ratios(page["live"], page["static_site"])
            results[path] = page
    return results
