"""benchmarks/out/report.md and report.json from the sections' results."""

from __future__ import annotations

import json
from pathlib import Path


def _f(value, digits: int = 0, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}{unit}"


def _kb(value) -> str:
    return "—" if value is None else f"{value / 1000:,.0f} KB"


def _x(value) -> str:
    return "—" if value is None else f"×{value:.2f}" if value < 10 else f"×{value:.0f}"


def markdown(results: dict) -> str:
    meta = results["meta"]
    lines = [
        "# Benchmark report",
        "",
        f"{meta['when']} · {'quick' if meta['quick'] else 'full'} run · {meta['cpus']} CPUs · "
        f"load average {meta['load_before']} before, {meta['load_after']} after · "
        f"dash {meta['versions']['dash']}, plotly {meta['versions']['plotly']} "
        f"(plotly.js {meta['versions']['plotly.js']}), Chromium {meta.get('chromium', '?')}.",
        "",
        *([f"> {meta['note']}", ""] if meta.get("note") else []),
    ]

    static = results.get("static")
    if static:
        lines += [
            "## 1. Static floor: the live page vs its figures as one static plotly page",
            "",
            "Time from navigation to every chart drawn (median of "
            f"{meta['runs']['static']} runs), bytes transferred compressed (CDP "
            "`encodedDataLength`, headers included). cold: empty browser cache; warm: cache "
            "primed by one visit. Same gunicorn serves both.",
            "",
            "| page | charts | cold live | cold static | time ratio | warm live | warm static "
            "| time ratio | cold bytes live / static | ratio | warm bytes live / static | ratio |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for path, p in static.items():
            live, stat = p["live"], p.get("static")
            r = p.get("ratio", {})
            lines.append(
                f"| {path} | {p['charts']} | {_f(live['cold']['ms']['median'], 0, ' ms')} | "
                f"{_f(stat['cold']['ms']['median'], 0, ' ms') if stat else '— (no chart)'} | "
                f"{_x(r.get('cold', {}).get('time'))} | "
                f"{_f(live['warm']['ms']['median'], 0, ' ms')} | "
                f"{_f(stat['warm']['ms']['median'], 0, ' ms') if stat else '—'} | "
                f"{_x(r.get('warm', {}).get('time'))} | "
                f"{_kb(live['cold']['bytes']['median'])} / "
                f"{_kb(stat['cold']['bytes']['median']) if stat else '—'} | "
                f"{_x(r.get('cold', {}).get('bytes'))} | "
                f"{_kb(live['warm']['bytes']['median'])} / "
                f"{_kb(stat['warm']['bytes']['median']) if stat else '—'} | "
                f"{_x(r.get('warm', {}).get('bytes'))} |")
        lines += ["", "The static floor above loads plotly.py's full plotly.js (as write_html "
                  "does); the site loads its own smaller bundle (dashboard/plotlyjs/). The same "
                  "static pages on the site's bundle, a floor a static page could reach too:", "",
                  "| page | cold live | cold static, site bundle | time ratio | cold bytes live "
                  "/ static, site bundle | ratio | warm time ratio |",
                  "|---|---|---|---|---|---|---|"]
        for path, p in static.items():
            site, r = p.get("static_site"), p.get("ratio_site")
            if not site:
                continue
            lines.append(
                f"| {path} | {_f(p['live']['cold']['ms']['median'], 0, ' ms')} | "
                f"{_f(site['cold']['ms']['median'], 0, ' ms')} | {_x(r['cold']['time'])} | "
                f"{_kb(p['live']['cold']['bytes']['median'])} / "
                f"{_kb(site['cold']['bytes']['median'])} | {_x(r['cold']['bytes'])} | "
                f"{_x(r['warm']['time'])} |")
        lines += ["", "Cold bytes by kind (median), live page:", "",
                  "| page | " + " | ".join(k for k in _kinds(static)) + " |",
                  "|---|" + "---|" * len(_kinds(static))]
        for path, p in static.items():
            kinds = p["live"]["cold"]["bytes_by_kind"]
            lines.append(f"| {path} | " + " | ".join(_kb(kinds.get(k)) for k in _kinds(static))
                         + " |")
        lines.append("")

    fw = results.get("framework")
    if fw:
        lines += [
            "## 2. Framework floor: a no-op callback vs each real callback (server time)",
            "",
            "Flask test client posting to /_dash-update-component as dash-renderer does "
            "(compression included). warm: FileSystemCache filled; cold: NullCache (figures "
            "computed on every call).",
            "",
            "| callback | warm median | warm p95 | × no-op | cold median | cold p95 | × no-op "
            "| answer (compressed / raw) |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name, c in fw["callbacks"].items():
            lines.append(
                f"| {name} | {_f(c['warm']['median'], 1, ' ms')} | "
                f"{_f(c['warm']['p95'], 1, ' ms')} | {_x(c['ratio']['warm']['median'])} | "
                f"{_f(c['cold']['median'], 1, ' ms')} | {_f(c['cold']['p95'], 1, ' ms')} | "
                f"{_x(c['ratio']['cold']['median'])} | "
                f"{_kb(c['warm']['response_bytes_compressed'])} / "
                f"{_kb(c.get('response_bytes_raw'))} |")
        lines += ["", "Large files (server time of a repeat request: each process compresses a "
                  "static file once, then serves the cached bytes):", "",
                  "| GET | server time | raw | sent | encoding |", "|---|---|---|---|---|"]
        for url, a in fw["assets"].items():
            lines.append(f"| {url} | {_f(a['median_ms'], 1, ' ms')} | {_kb(a['bytes_raw'])} | "
                         f"{_kb(a['bytes_compressed'])} | {a['encoding'] or 'none'} |")
        lines.append("")

    inter = results.get("interaction")
    if inter:
        lines += [
            "## 3. Interaction: a filter change to the charts redrawn (browser)",
            "",
            "Click to the last chart change (warm caches; median of "
            f"{meta['runs']['interaction']}); the router's answer splits the round trips "
            "(writer, then router) from the browser's rendering and drawing.",
            "",
            "| change | median | p95 | router answered at (median) | n |",
            "|---|---|---|---|---|",
        ]
        for name, r in inter.items():
            lines.append(f"| {name} | {_f(r['median'], 0, ' ms')} | {_f(r['p95'], 0, ' ms')} | "
                         f"{_f(r['router_answer_median'], 0, ' ms')} | {r['n']} |")
        lines.append("")

    load = results.get("load")
    if load:
        g = load["gunicorn"]
        lines += [
            "## 4. Load: locust on loopback against gunicorn",
            "",
            f"gunicorn as the Procfile runs it: {g['workers']} workers × {g['threads']} threads, "
            f"timeout {g['timeout']} s, preload {g['preload']}. Mix: page loads (HTML, "
            "_dash-layout, _dash-dependencies, router) 4, filter changes (writer + router) 4, "
            "CSV downloads 1; 1-4 s between actions; figure cache warmed first.",
            "",
            "| users | seconds | requests/s | p50 | p95 | p99 | errors / requests "
            "| keep-alive resends |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in load["runs"]:
            lines.append(f"| {r['users']} | {r['seconds']} | {_f(r['rps'], 1)} | "
                         f"{_f(r['p50_ms'], 0, ' ms')} | {_f(r['p95_ms'], 0, ' ms')} | "
                         f"{_f(r['p99_ms'], 0, ' ms')} | {r['failures']} / {r['requests']} | "
                         f"{r['keepalive_retries']} |")
        if load["runs"]:
            top = load["runs"][-1]
            lines += ["", f"By request at {top['users']} users:", "",
                      "| request | requests | p50 | p95 | p99 | errors |",
                      "|---|---|---|---|---|---|"]
            for name, r in top["by_request"].items():
                lines.append(f"| {name} | {r['requests']} | {_f(r['p50_ms'], 0, ' ms')} | "
                             f"{_f(r['p95_ms'], 0, ' ms')} | {_f(r['p99_ms'], 0, ' ms')} | "
                             f"{r['failures']} |")
            for r in load["runs"]:
                for m in r["failure_messages"]:
                    lines.append(f"\n- {r['users']} users: {m}")
        burst = load.get("cold_start")
        if burst:
            lines += ["", f"Cold start: a fresh gunicorn, then {burst['requests']} concurrent "
                      f"callback POSTs: errors in {burst['trials_with_errors']} of "
                      f"{len(burst['trials'])} trials "
                      f"({', '.join(str(t['codes']) for t in burst['trials'])})."]
            first = next((t["first_error"] for t in burst["trials"] if t["first_error"]), "")
            if first:
                lines.append(f"First error: `{first.strip()}`")
        lines.append("")

    lines += ["## Method", "", *[f"- {m}" for m in results.get("method", [])], ""]
    return "\n".join(lines)


def _kinds(static: dict) -> list[str]:
    kinds: set[str] = set()
    for p in static.values():
        kinds |= set(p["live"]["cold"]["bytes_by_kind"])
    return sorted(kinds)


def write(results: dict, out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    md, js = out / "report.md", out / "report.json"
    md.write_text(markdown(results), "utf-8")
    js.write_text(json.dumps(results, indent=2, default=str), "utf-8")
    return md, js
