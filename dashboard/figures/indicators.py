"""Indicator cards for donors: each indicator is ONE series, from which the card takes its latest
value (at or before the chosen year), its baseline (the reports' years, 2012-2013) and its
sparkline, so a change is never computed between two different sources. The seed reports' own
figures are carried beside it as context, never subtracted.

Pure: (data bundle, Filters) -> Indicator records and small plotly figures; no Dash, no Flask.
The numbers come from the other figure modules (remittances.wdi/latest, overview.undesa_total,
offices.headline, recommendations.theme_counts, which applies the one coverage rule).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import Bundle
from dashboard.figures import destinations as fig_dest
from dashboard.figures import offices as fig_off
from dashboard.figures import overview as fig_overview
from dashboard.figures import recommendations as fig_rec
from dashboard.figures import remittances as fig_remit
from dashboard.figures import style
from dashboard.filters import Filters
from dashboard.i18n import t
from dashboard.schema import THEMES

BASELINE = (2012, 2013)  # the years of the two seed reports
SPARK_YEARS = 15  # a sparkline shows at most this many years (the baseline always kept)
REPORT_LABEL = {"tspc2012": "TSPC 2012", "tspc2013": "TSPC 2013"}
# units whose change is in percentage points (a relative change of a share says little)
POINTS_UNITS = ("pct_gdp", "pct_migrants", "pct_recs")
ACTED = ("in_progress", "partly_done", "done")  # statuses that record some action
CONTEXT_BEFORE = 2  # the reports' figures shown as context: for 2010 onwards (the reports'
# older, historical figures are on the remittances page)
MAIN = ("remit_pct", "remit_usd", "abroad", "women", "offices", "coverage")


@dataclass(frozen=True)
class Indicator:
    key: str  # remit_pct, ..., coverage, or theme.<code>
    title: str  # translated
    unit: str  # i18n stem indicators.unit.<unit>
    spark: tuple[tuple[int, float], ...]  # the series, rounded, trimmed for the sparkline
    latest: tuple[int, float] | None  # (year, value) at or before the chosen year
    baseline: tuple[int, float] | None  # (year, value) of the same series
    baseline_note: str  # translated: which year was used as the baseline, and why
    quality: str
    source_ids: tuple[str, ...]  # the card's own sources
    more_source_ids: tuple[str, ...] = ()  # long lists (offices, evidence): listed at the end
    href: str = "/"
    context: tuple[tuple[str, str, str], ...] = ()  # (text, source id, quality): the reports'
    context_label: str = ""  # translated heading of the context line
    detail: str = ""  # translated extra line (counts behind a share)
    notes: tuple[str, ...] = ()  # translated caveats (filters that do not apply, ...)
    no_data_reason: str = ""  # translated: why there is no value


# --- numbers ---------------------------------------------------------------------------------

def baseline_year(years) -> int | None:
    """2012, else 2013, else the year nearest to 2012-2013 (the earlier one on a tie)."""
    ys = sorted({int(y) for y in years})
    for y in BASELINE:
        if y in ys:
            return y
    if not ys:
        return None
    lo, hi = BASELINE
    return min(ys, key=lambda y: (max(lo - y, y - hi, 0), y))


def pick(series, year: int | None) -> tuple[int, float] | None:
    """The last (year, value) at or before year (None: the last of all)."""
    points = [p for p in series if year is None or p[0] <= year]
    return points[-1] if points else None


def change(ind: Indicator) -> tuple[float, float | None] | None:
    """(absolute, relative % or None) from the baseline to the latest value of the same
    series; None when either is missing or the latest is not after the baseline."""
    if ind.latest is None or ind.baseline is None or ind.latest[0] <= ind.baseline[0]:
        return None
    before, now = ind.baseline[1], ind.latest[1]
    absolute = round(now - before, 3)
    relative = None
    if ind.unit not in POINTS_UNITS and before:
        relative = round(100 * (now - before) / before, 1)
    return absolute, relative


def num(value: float, lang: str, decimals: int = 0, sign: bool = False) -> str:
    """1,234.5 (en) or 1 234,5 (ru, ky); a real minus sign; '+' when sign is asked for."""
    text = f"{abs(value):,.{decimals}f}"
    if lang != "en":
        text = text.replace(",", "\u202f").replace(".", ",")
    rounded = round(value, decimals)
    if rounded < 0:
        return "\u2212" + text
    return ("+" + text) if sign and rounded > 0 else text


DECIMALS = {"pct_gdp": 1, "usd_bn": 2, "persons": 0, "pct_migrants": 1, "cities": 0,
            "pct_recs": 0}


def fmt_value(value: float | None, unit: str, lang: str) -> str:
    return t("nodata", lang) if value is None else num(value, lang, DECIMALS[unit])


def fmt_change(ind: Indicator, lang: str) -> str | None:
    """'−10.4 pp' or '+0.82 (+40.4 %)': the change in the card's unit; None without one."""
    got = change(ind)
    if got is None:
        return None
    absolute, relative = got
    text = num(absolute, lang, DECIMALS[ind.unit], sign=True)
    if ind.unit in POINTS_UNITS:
        return f"{text} {t('indicators.pp', lang)}"
    if relative is not None:
        text += f" ({num(relative, lang, 1, sign=True)} %)"
    return text


def _trim(series: list[tuple[int, float]], upto: int | None, base: int | None):
    """The series up to the chosen year, its last SPARK_YEARS years plus the baseline."""
    points = [p for p in series if upto is None or p[0] <= upto]
    if not points:
        return ()
    start = points[-1][0] - SPARK_YEARS + 1
    return tuple(p for p in points if p[0] >= start or p[0] == base)


def _baseline(series, lang: str, why: str = "") -> tuple[tuple[int, float] | None, str]:
    year = baseline_year(p[0] for p in series)
    if year is None:
        return None, t("indicators.baseline.none", lang)
    point = next(p for p in series if p[0] == year)
    if why:
        return point, why
    if year in BASELINE:
        return point, t("indicators.baseline.exact", lang, year=year)
    return point, t("indicators.baseline.nearest", lang, year=year)


def _breakdown_notes(filters: Filters, *, sector: bool, gender: bool) -> tuple[str, ...]:
    """Short notes for the filters this indicator cannot answer."""
    out = []
    if filters.sector != "all" and not sector:
        out.append(t("indicators.no_sector", filters.lang))
    if filters.gender != "all" and not gender:
        out.append(t("indicators.no_gender", filters.lang))
    return tuple(out)


# --- the indicators --------------------------------------------------------------------------

def _remit_context(data: Bundle, measure: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    """The seed reports' own remittance figures for Kyrgyzstan, 2010 onwards."""
    rows = fig_remit.cited(data)
    rows = rows[(rows["country_iso3"] == "KGZ") & rows["source_id"].isin(REPORT_LABEL)
                & rows[measure].notna() & (rows["year"] >= BASELINE[0] - CONTEXT_BEFORE)]
    out = []
    for r in rows.sort_values("year").itertuples():
        value = float(getattr(r, measure))
        if measure == "remittances_pct_gdp":
            shown = f"{num(value, lang, 0 if value.is_integer() else 1)} %"
        else:
            shown = f"{num(value / 1e9, lang, 2)} {t('indicators.unit.usd_bn', lang)}"
        out.append((f"{shown} ({int(r.year)})", r.source_id, r.quality))
    return tuple(out)


def remittances(data: Bundle, filters: Filters, measure: str) -> Indicator:
    """Kyrgyzstan's World Bank series: % of GDP (derived) or US$ billion (reported)."""
    lang = filters.lang
    pct = measure == "remittances_pct_gdp"
    key, unit = ("remit_pct", "pct_gdp") if pct else ("remit_usd", "usd_bn")
    rows = fig_remit.wdi(data)
    rows = rows[(rows["country_iso3"] == "KGZ") & rows[measure].notna()].sort_values("year")
    scale, digits = (1.0, 1) if pct else (1e-9, 2)
    series = [(int(y), round(float(v) * scale, digits))
              for y, v in zip(rows["year"], rows[measure], strict=True)]
    row = fig_remit.latest(data, "KGZ", measure, filters.year)
    latest = None if row is None else (int(row["year"]),
                                       round(float(row[measure]) * scale, digits))
    base, why = _baseline(series, lang)
    # the ratio is derived (two WDI series); the US$ amount is WDI's own reported figure
    quality = (row["quality"] if row is not None else "derived") if pct else "reported"
    sources = ("derived_wdi_ratio", "wb_wdi_remittances", "wb_wdi_gdp") if pct \
        else ("wb_wdi_remittances",)
    return Indicator(
        key, t(f"indicators.card.{key}", lang), unit,
        _trim(series, filters.year, base[0] if base else None), latest, base, why, quality,
        sources, href="/remittances", context=_remit_context(data, measure, lang),
        context_label=t("indicators.context.reports", lang),
        notes=_breakdown_notes(filters, sector=False, gender=False),
        no_data_reason=t("indicators.reason.before", lang) if latest is None else "")


def _undesa_years(data: Bundle) -> list[int]:
    return fig_dest.undesa_years(data)


def abroad(data: Bundle, filters: Filters) -> Indicator:
    """Kyrgyz-born people living abroad: the sum of UN DESA's estimates over destinations."""
    lang = filters.lang
    series = []
    for y in _undesa_years(data):
        chosen, total = fig_overview.undesa_total(data, y, filters.sex)
        if chosen == y and total:
            series.append((y, float(round(total))))
    latest = pick(series, filters.year)
    base, why = _baseline(series, lang)
    stock = data["migrant_stock"]
    seed = stock[stock["source_id"].isin(REPORT_LABEL)
                 & (stock["measure"] == "labour_migrants_estimate")].sort_values("year")
    context = tuple((f"“{r.as_published}” ({int(r.year)})", r.source_id, r.quality)
                    for r in seed.itertuples() if isinstance(r.as_published, str))
    notes = list(_breakdown_notes(filters, sector=False, gender=True))
    if filters.gender != "all":
        gender = t(f"filter.gender.{filters.gender}", lang)
        notes.insert(0, t("indicators.note.only", lang,
                          gender=gender if lang == "en" else gender.lower()))
    return Indicator(
        "abroad", t("indicators.card.abroad", lang), "persons",
        _trim(series, filters.year, base[0] if base else None), latest, base, why, "derived",
        ("undesa_ims2019",), href="/destinations", context=context,
        context_label=t("indicators.context.labour", lang),
        detail=t("indicators.detail.abroad", lang), notes=tuple(notes),
        no_data_reason=t("indicators.reason.before", lang) if latest is None else "")


def women(data: Bundle, filters: Filters) -> Indicator:
    """Women among Kyrgyz-born people abroad, in % (UN DESA women / total, same year)."""
    lang = filters.lang
    series = []
    for y in _undesa_years(data):
        _, w = fig_overview.undesa_total(data, y, "women")
        chosen, both = fig_overview.undesa_total(data, y, "total")
        if chosen == y and w and both:
            series.append((y, round(100 * w / both, 1)))
    latest = pick(series, filters.year)
    base, why = _baseline(series, lang)
    stock = data["migrant_stock"]
    seed = stock[stock["source_id"].isin(REPORT_LABEL) & (stock["measure"] == "share_women")]
    context = tuple((f"{lo:g}–{hi:g} % ({int(r.year)})", r.source_id, r.quality)
                    for r, lo, hi in zip(seed.itertuples(), seed["low"], seed["high"],
                                         strict=True) if pd.notna(lo) and pd.notna(hi))
    notes = list(_breakdown_notes(filters, sector=False, gender=True))
    if filters.gender != "all":
        notes.insert(0, t("indicators.note.women_gender", lang))
    return Indicator(
        "women", t("indicators.card.women", lang), "pct_migrants",
        _trim(series, filters.year, base[0] if base else None), latest, base, why, "derived",
        ("undesa_ims2019",), href="/destinations", context=context,
        context_label=t("indicators.context.reports", lang), notes=tuple(notes),
        no_data_reason=t("indicators.reason.before", lang) if latest is None else "")


def offices(data: Bundle, filters: Filters) -> Indicator:
    """Cities in Russia with a documented Kyrgyz office (embassy, consulate, diaspora body,
    migrant centre). The list is a snapshot of the sources found, not a series: no baseline
    and no sparkline; the 2012 report's '43 cities' is context."""
    lang = filters.lang
    head = fig_off.headline(data)
    frame = data["diaspora_offices"]
    years = frame["year"].dropna()
    year = int(years.max()) if not years.empty else None
    latest = (year, float(head["cities"])) if head["n"] else None
    reported = fig_off.reported_total(data)
    context = () if reported is None else (
        (t("indicators.context.offices_value", lang, n=int(reported["value"]),
           year=int(reported["year"])), str(reported["source_id"]), str(reported["quality"])),)
    notes = [t("indicators.note.snapshot", lang)]
    if filters.year is not None:
        notes.append(t("indicators.note.no_year", lang))
    notes += _breakdown_notes(filters, sector=False, gender=False)
    return Indicator(
        "offices", t("indicators.card.offices", lang), "cities", (), latest, None,
        t("indicators.baseline.none", lang), "derived", (fig_off.REPORTED_SOURCE,),
        more_source_ids=tuple(dict.fromkeys(frame["source_id"])), href="/offices",
        context=context, context_label=t("indicators.context.reports", lang),
        detail=t("indicators.detail.offices", lang, n=head["n"], cities=head["cities"],
                 verified=head["verified"]),
        notes=tuple(notes))


# coverage of recommendations: counts per theme and status for every year, by the one rule

Counts = dict[str, int]  # status -> number of recommendations
_TABLES: dict[tuple, dict[int, dict[str, Counts]]] = {}


def coverage_tables(data: Bundle, filters: Filters) -> dict[int, dict[str, Counts]]:
    """{year: {theme: {status: n}}} from the year both reports existed to the as-of year: the
    recommendations recommendations.select keeps for the sector, each with its status from
    recommendations.coverage_of (the one coverage rule). The same counts as theme_counts for
    each year, without re-selecting per year; memoised."""
    key = (data.version, id(data.frames), filters.sector, filters.year)
    found = _TABLES.get(key)
    if found is None:
        if len(_TABLES) > 64:
            _TABLES.clear()
        start = max(fig_rec.report_years(data).values())
        end = fig_rec.as_of_year(data, filters)
        # from `start` on both reports exist, so the selection is the same for every year
        rows = fig_rec.select(data, Filters(sector=filters.sector)).rows
        is_parent = fig_rec.coverage_of(data)["is_parent"].reindex(rows["id"]).to_numpy()
        leaves = rows[~is_parent]
        ids, themes = list(leaves["id"]), list(leaves["theme"])
        found = {}
        for y in range(start, end + 1):
            statuses = fig_rec.coverage_of(data, y)["status"].reindex(ids).tolist()
            table: dict[str, Counts] = {}
            for theme, status in zip(themes, statuses, strict=True):
                table.setdefault(theme, dict.fromkeys(fig_rec.STATUSES, 0))[status] += 1
            found[y] = {th: table[th] for th in THEMES if th in table}
        _TABLES[key] = found
    return found


def _coverage_counts(table: dict[str, Counts], theme: str | None) -> Counts | None:
    if theme is not None:
        counts = table.get(theme)
    else:
        counts = {s: sum(c[s] for c in table.values()) for s in fig_rec.STATUSES}
    return counts if counts and sum(counts.values()) else None


def coverage(data: Bundle, filters: Filters, theme: str | None = None) -> Indicator:
    """Share of the recommendations (of one theme, or all) with recorded action (in progress,
    partly done or done) as of each year since 2013, by the coverage rule."""
    lang = filters.lang
    tables = coverage_tables(data, filters)
    series, latest_counts = [], None
    for y, table in tables.items():
        counts = _coverage_counts(table, theme)
        if counts is None:
            continue
        acted = sum(counts[s] for s in ACTED)
        series.append((y, float(round(100 * acted / sum(counts.values())))))
        latest_counts = counts
    start = max(fig_rec.report_years(data).values())
    base, _ = _baseline(series, lang)
    why = t("indicators.baseline.reports", lang, year=start) if base else \
        t("indicators.baseline.none", lang)
    latest = series[-1] if series else None
    detail = ""
    if latest_counts is not None:
        c = latest_counts
        detail = t("indicators.detail.coverage", lang, acted=sum(c[s] for s in ACTED),
                   n=sum(c.values()), done=c["done"], partly=c["partly_done"],
                   progress=c["in_progress"], superseded=c["superseded"])
    notes = []
    if filters.sector != "all":
        notes.append(t("indicators.note.sector_recs", lang,
                       sector=fig_dest.sector_label(data, filters.sector, lang)))
    if filters.gender != "all":
        notes.append(t("indicators.note.gender_recs", lang))
    evidence = data["recommendation_evidence"]
    if theme is not None:
        ids = data["recommendations"].loc[data["recommendations"]["theme"] == theme, "id"]
        evidence = evidence[evidence["recommendation_id"].isin(ids)]
    reason = ""
    if latest is None:
        reason = t("indicators.reason.coverage", lang, year=start) \
            if filters.year is not None and filters.year < start \
            else t("indicators.reason.none_selected", lang)
    return Indicator(
        f"theme.{theme}" if theme else "coverage",
        fig_rec.theme_label(theme, lang) if theme else t("indicators.card.coverage", lang),
        "pct_recs", _trim(series, None, base[0] if base else None), latest, base, why,
        "derived", fig_rec.REPORTS,
        more_source_ids=tuple(dict.fromkeys(evidence["source_id"])),
        href="/recommendations" + (f"?theme={theme}" if theme else ""), detail=detail,
        notes=tuple(notes), no_data_reason=reason)


_MEMO: dict[tuple, tuple[Indicator, ...]] = {}


def indicators(data: Bundle, filters: Filters) -> tuple[Indicator, ...]:
    """Every card of the page, the main ones (MAIN order) then one per theme (THEMES order,
    themes without recommendations for the filters left out); memoised per data and filters."""
    key = (data.version, id(data.frames), filters)
    found = _MEMO.get(key)
    if found is None:
        if len(_MEMO) > 128:
            _MEMO.clear()
        cards = [remittances(data, filters, "remittances_pct_gdp"),
                 remittances(data, filters, "remittances_usd"),
                 abroad(data, filters), women(data, filters), offices(data, filters),
                 coverage(data, filters)]
        latest_table = next(reversed(coverage_tables(data, filters).values()), None)
        for theme in THEMES:
            if latest_table is not None and theme in latest_table:
                cards.append(coverage(data, filters, theme))
        found = _MEMO[key] = tuple(cards)
    return found


def get(data: Bundle, filters: Filters, key: str) -> Indicator | None:
    return next((i for i in indicators(data, filters) if i.key == key), None)


def source_ids(cards) -> list[str]:
    """Every source of the cards, first-seen order: the cards' own, then the long lists."""
    ids = [s for c in cards for s in c.source_ids]
    ids += [c[1] for card in cards for c in card.context]
    ids += [s for c in cards for s in c.more_source_ids]
    return list(dict.fromkeys(ids))


# --- sentences -------------------------------------------------------------------------------

def summary(ind: Indicator, lang: str) -> str:
    """One sentence: the value, its year, the change since the baseline."""
    if ind.latest is None:
        return f"{ind.title}: {t('nodata', lang)}."
    unit = t(f"indicators.unit.{ind.unit}", lang)
    text = t("indicators.summary", lang, title=ind.title,
             value=fmt_value(ind.latest[1], ind.unit, lang), unit=unit, year=ind.latest[0])
    moved = fmt_change(ind, lang)
    if moved and ind.baseline:
        text += " " + t("indicators.summary_change", lang, change=moved,
                        year=ind.baseline[0],
                        value=fmt_value(ind.baseline[1], ind.unit, lang))
    return text


# --- sparklines ------------------------------------------------------------------------------

def sparkline(data: Bundle, key: str, filters: Filters, width: int = 300,
              height: int = 72) -> go.Figure:
    """A tiny line of the card's series: no axes, no grid, no hover; the baseline as a hollow
    mark with its year, the last point labelled with its value and year. Dashed for an
    estimate, dotted for an unverified series (style.DASH). Built as one dict and validated
    once (plotly's incremental updates cost ~50 ms a sparkline)."""
    lang = filters.lang
    ind = get(data, filters, key)
    layout = {
        # no template: a static line with no axes needs none of one (the default is 7 KB)
        "template": go.layout.Template(),
        "width": width, "height": height, "margin": {"l": 16, "r": 64, "t": 10, "b": 16},
        "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False, "font": {"family": style.FONT, "size": 11, "color": "#212529"},
        "xaxis": {"visible": False, "fixedrange": True},
        "yaxis": {"visible": False, "fixedrange": True}}
    if ind is None or len(ind.spark) < 2:
        layout["margin"] = {"l": 0, "r": 0, "t": 0, "b": 0}
        layout["annotations"] = [{
            "text": t("indicators.no_series", lang), "showarrow": False, "xref": "paper",
            "yref": "paper", "x": 0, "y": 0.5, "xanchor": "left",
            "font": {"size": 12, "color": style.GREY}}]
        return go.Figure({"data": [], "layout": layout})
    xs = [p[0] for p in ind.spark]
    ys = [p[1] for p in ind.spark]
    traces = [{"type": "scatter", "x": xs, "y": ys, "mode": "lines", "hoverinfo": "skip",
               "line": {"color": style.KGZ_COLOUR, "width": 2,
                        "dash": style.DASH.get(ind.quality, "solid")}}]
    notes = []
    if ind.baseline and ind.baseline[0] in xs:
        by, bv = ind.baseline
        traces.append({"type": "scatter", "x": [by], "y": [bv], "mode": "markers",
                       "hoverinfo": "skip",
                       "marker": {"symbol": "circle-open", "size": 8, "color": style.GREY,
                                  "line": {"width": 2}}})
        notes.append({"x": by, "y": bv, "text": str(by), "showarrow": False, "yshift": -11,
                      "font": {"size": 10, "color": style.GREY}})
    ly, lv = xs[-1], ys[-1]
    traces.append({"type": "scatter", "x": [ly], "y": [lv], "mode": "markers",
                   "hoverinfo": "skip",
                   "marker": {"symbol": "circle", "size": 7, "color": style.KGZ_COLOUR}})
    notes.append({"x": ly, "y": lv, "xanchor": "left", "xshift": 6, "showarrow": False,
                  "align": "left", "font": {"size": 12, "color": "#212529"},
                  "text": f"<b>{fmt_value(lv, ind.unit, lang)}</b><br>"
                          f"<span style='font-size:10px;color:{style.GREY}'>{ly}</span>"})
    low, high = min(ys), max(ys)
    pad = (high - low) * 0.15 or max(abs(high) * 0.05, 1)
    layout["xaxis"]["range"] = [xs[0] - 0.3, ly + 0.3]
    layout["yaxis"]["range"] = [low - pad, high + pad]
    layout["annotations"] = notes
    return go.Figure({"data": traces, "layout": layout})


def spark_label(ind: Indicator, lang: str) -> str:
    """What the sparkline shows, in words (its aria-label)."""
    if len(ind.spark) < 2:
        return t("indicators.no_series", lang)
    (y0, v0), (y1, v1) = ind.spark[0], ind.spark[-1]
    return t("indicators.spark_label", lang, first=y0, last=y1,
             start=fmt_value(v0, ind.unit, lang), end=fmt_value(v1, ind.unit, lang),
             unit=t(f"indicators.unit.{ind.unit}", lang))
