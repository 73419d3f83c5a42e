"""The chart registry: every chart the site shows, once, so that a page, its embed, its download
and its slide all show the same thing.

    Chart(name, page, title_key, figure, table, sources, summary, notes)

Each callable takes (data, filters, params): the data bundle, the global Filters and `params`,
the page-specific query values already parsed (peers on /remittances; dest and map on
/destinations; service and kind on /offices), as a dict in a fixed order. `figure` returns the
go.Figure (its source line included), `table` a DataFrame of exactly the numbers the figure
shows, `sources` the source ids behind it.

A page's parameters are parsed here (PAGES) from a query mapping, leniently for pages (unknown
values fall back, with a Notice) and strictly for the download API (parse_strict raises
BadParam). The chart name is the graph id on its page, so a chart has one name everywhere:
/embed/<name>, /api/v1/charts/<name>.csv, the PNG's file name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

import pandas as pd
import plotly.graph_objects as go

from dashboard import filters as flt
from dashboard import runtime
from dashboard.components.chart import source_text
from dashboard.datasets import Bundle
from dashboard.figures import destinations as fig_dest
from dashboard.figures import offices as fig_off
from dashboard.figures import recommendations as fig_rec
from dashboard.figures import remittances as fig_remit
from dashboard.filters import Filters, Notice
from dashboard.i18n import country, t

Params = dict  # page-specific values, parsed; insertion order fixed by each page's parser
Fn = Callable[[Bundle, Filters, Params], object]


# --- the pages' own parameters ---------------------------------------------------------------

@dataclass(frozen=True)
class PageParams:
    """How a page reads its own query values and writes them back (defaults left out)."""

    path: str
    names: tuple[str, ...]
    parse: Callable[[Mapping, Bundle], tuple[Params, list[Notice]]]
    query: Callable[[Params], dict[str, str]]


def _first_values(query: Mapping) -> dict:
    return {k: flt._first(query, k) for k in query}


def _remit_parse(query: Mapping, data: Bundle) -> tuple[Params, list[Notice]]:
    peers, notices = fig_remit.parse_peers(flt._first(query, "peers"))
    return {"peers": peers}, notices


def _remit_query(params: Params) -> dict[str, str]:
    peers = tuple(params.get("peers", fig_remit.DEFAULT_PEERS))
    return {} if peers == fig_remit.DEFAULT_PEERS else {"peers": ",".join(peers)}


def _dest_parse(query: Mapping, data: Bundle) -> tuple[Params, list[Notice]]:
    dest, view, notices = fig_dest.parse_page(_first_values(query), data)
    return {"dest": dest, "map": view}, notices


def _dest_query(params: Params) -> dict[str, str]:
    out = {}
    if params.get("dest", fig_dest.DEFAULT_DEST) != fig_dest.DEFAULT_DEST:
        out["dest"] = params["dest"]
    if params.get("map", fig_dest.DEFAULT_VIEW) != fig_dest.DEFAULT_VIEW:
        out["map"] = params["map"]
    return out


def _off_parse(query: Mapping, data: Bundle) -> tuple[Params, list[Notice]]:
    sel, bad = fig_off.parse_selection(query)
    return ({"service": sel.service, "kind": sel.kinds},
            [Notice(name, given, used) for name, given, used in bad])


def _off_query(params: Params) -> dict[str, str]:
    out = {}
    if params.get("service", "all") != "all":
        out["service"] = params["service"]
    kinds = tuple(params.get("kind", fig_off.KINDS))
    if kinds != fig_off.KINDS:
        out["kind"] = ",".join(kinds)
    return out


def _none_parse(query: Mapping, data: Bundle) -> tuple[Params, list[Notice]]:
    return {}, []


PAGES = {
    "/remittances": PageParams("/remittances", ("peers",), _remit_parse, _remit_query),
    "/destinations": PageParams("/destinations", ("dest", "map"), _dest_parse, _dest_query),
    "/offices": PageParams("/offices", ("service", "kind"), _off_parse, _off_query),
    "/recommendations": PageParams("/recommendations", (), _none_parse, lambda p: {}),
}


def selection(params: Params) -> fig_off.Selection:
    return fig_off.Selection(service=params.get("service", "all"),
                             kinds=tuple(params.get("kind", fig_off.KINDS)))


# --- the registry ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Chart:
    name: str
    page: str
    title_key: str
    figure: Fn
    table: Fn
    sources: Fn
    summary: Fn | None = None
    notes: Fn | None = None
    height: int = 480  # about the figure's height on its page: the embed snippet's iframe

    def title(self, lang: str) -> str:
        return t(self.title_key, lang)


CHARTS: dict[str, Chart] = {}


def register(chart: Chart) -> Chart:
    if chart.name in CHARTS:
        raise ValueError(f"chart {chart.name!r} registered twice")
    CHARTS[chart.name] = chart
    return chart


def get(name: str | None) -> Chart | None:
    return CHARTS.get(name) if isinstance(name, str) else None


def _finish_table(rows: list[dict] | pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The rows as a frame; whole-number columns as integers (591211, not 591211.0), blanks
    kept blank."""
    frame = pd.DataFrame(rows, columns=columns).reset_index(drop=True)
    for col in frame.columns:
        values = pd.to_numeric(frame[col], errors="coerce") if frame[col].dtype == object \
            else frame[col]
        if not pd.api.types.is_float_dtype(values) and frame[col].dtype != object:
            continue
        known = values.dropna()
        if len(known) and known.notna().sum() == frame[col].notna().sum() \
                and (known % 1 == 0).all():
            frame[col] = values.astype("Int64")
    return frame


def _year(value) -> int | None:
    return None if pd.isna(value) else int(value)


# --- /remittances ----------------------------------------------------------------------------

REMIT_UNITS = {"remittances_pct_gdp": "percent of GDP", "remittances_usd": "US$ billion"}


def _remit_countries(params: Params) -> tuple[str, ...]:
    peers = params.get("peers", fig_remit.DEFAULT_PEERS)
    return ("KGZ", *[p for p in peers if p != "KGZ"])


def _remit_sources(measure: str) -> Fn:
    def sources(data, filters, params):
        return fig_remit.series_sources(data, measure, _remit_countries(params))
    return sources


def _remit_figure(measure: str) -> Fn:
    def figure(data, filters, params):
        countries = _remit_countries(params)
        text = source_text(fig_remit.series_sources(data, measure, countries))
        return fig_remit.over_time(data, measure, filters, countries[1:], text)
    return figure


REMIT_COLUMNS = ["series", "country_iso3", "country", "year", "value", "unit", "quality",
                 "source_id", "as_published"]


def _remit_table(measure: str) -> Fn:
    def table(data, filters, params):
        spec, lang = fig_remit.MEASURES[measure], filters.lang
        countries = _remit_countries(params)
        rows = []
        series = fig_remit.wdi(data)
        series = series[series["country_iso3"].isin(countries) & series[measure].notna()]
        if series.empty:  # the figure says "no data": so does the table
            return _finish_table([], REMIT_COLUMNS)
        marks = fig_remit.cited(data)
        marks = marks[marks["country_iso3"].isin(countries) & marks[measure].notna()]
        for kind, frame in (("world_bank", series), ("cited", marks)):
            frame = frame.assign(_order=frame["country_iso3"].map(countries.index))
            for r in frame.sort_values(["_order", "year"]).to_dict("records"):
                rows.append({
                    "series": kind, "country_iso3": r["country_iso3"],
                    "country": country(r["country_iso3"], lang, r["country_name"]),
                    "year": int(r["year"]), "value": round(float(r[measure]) * spec["scale"], 3),
                    "unit": REMIT_UNITS[measure], "quality": r["quality"],
                    "source_id": r["source_id"],
                    "as_published": r["as_published"] if kind == "cited" else None})
        return _finish_table(rows, REMIT_COLUMNS)
    return table


def _remit_notes(measure: str) -> Fn:
    def notes(data, filters, params):
        out = breakdown_notes(filters)
        if measure == "remittances_pct_gdp":
            out.append(t("remit.derived_note", filters.lang))
        return out
    return notes


def breakdown_notes(filters: Filters) -> list[str]:
    """Words for filters the data cannot follow (no sector, no gender breakdown)."""
    notes = []
    if filters.sector != "all":
        notes.append(t("notice.no_sector_breakdown", filters.lang))
    if filters.gender != "all":
        notes.append(t("notice.no_gender_breakdown", filters.lang))
    return notes


register(Chart("remit-share", "/remittances", "charts.title.remit-share",
               _remit_figure("remittances_pct_gdp"), _remit_table("remittances_pct_gdp"),
               _remit_sources("remittances_pct_gdp"),
               summary=lambda data, filters, params: fig_remit.summary(data, filters),
               notes=_remit_notes("remittances_pct_gdp"), height=480,))
register(Chart("remit-usd", "/remittances", "charts.title.remit-usd",
               _remit_figure("remittances_usd"), _remit_table("remittances_usd"),
               _remit_sources("remittances_usd"), notes=_remit_notes("remittances_usd"),
               height=480))


# --- /destinations ---------------------------------------------------------------------------

DEST_COLUMNS = ["layer", "destination_iso3", "destination", "place", "year", "sex", "measure",
                "value", "low", "high", "unit", "quality", "source_id"]
MAP_SOURCES = [fig_dest.UNDESA, "tspc2013"]


def _num(value) -> float | None:
    return None if pd.isna(value) else round(float(value))


def _dest_row(layer: str, r: dict, lang: str, **extra) -> dict:
    iso = r.get("destination_iso3", "")
    row = {"layer": layer, "destination_iso3": iso,
           "destination": fig_dest.name(iso, lang, r.get("destination_name", "")),
           "place": r.get("place") or None, "year": _year(r.get("year")), "sex": r.get("sex"),
           "measure": r.get("measure"), "value": _num(r.get("value")),
           "low": _num(r.get("low")), "high": _num(r.get("high")),
           "unit": r.get("unit") or "persons", "quality": r.get("quality"),
           "source_id": r.get("source_id")}
    row.update(extra)
    return row


def _map_sources(data, filters, params):
    return MAP_SOURCES + list(dict.fromkeys(fig_dest.place_rows(data)["source_id"]))


def _map_figure(data, filters, params):
    return fig_dest.world_map(data, filters, params.get("map", fig_dest.DEFAULT_VIEW),
                              source_text(_map_sources(data, filters, params)))


def _map_table(data, filters, params):
    lang, year = filters.lang, fig_dest.map_year(data, filters)
    rows = fig_dest.stock(data, year, filters.sex)
    rows = rows[rows["value"] > 0]
    if rows.empty:
        return _finish_table([], DEST_COLUMNS)
    rows = rows[rows["destination_iso3"].isin(fig_dest.centroids())]
    out = [_dest_row("un_desa_stock", r, lang) for r in rows.to_dict("records")]
    places = fig_dest.place_rows(data)
    places = places[places["place"].isin(fig_dest.PLACES)]
    out += [_dest_row("named_place", r, lang) for r in places.to_dict("records")]
    return _finish_table(out, DEST_COLUMNS)


def _map_notes(data, filters, params):
    lang, year = filters.lang, fig_dest.map_year(data, filters)
    return [n for n in (
        t("notice.year_used", lang, wanted=filters.year, used=year)
        if filters.year and year != filters.year else None,
        _sector_stock_note(filters),
        t("dest.places_no_gender", lang) if filters.gender != "all" else None) if n]


def _sector_stock_note(filters: Filters) -> str | None:
    return t("dest.sector_stock_note", filters.lang) if filters.sector != "all" else None


def _bars_figure(data, filters, params):
    return fig_dest.ranked_bars(data, filters, source_text([fig_dest.UNDESA]))


def _bars_table(data, filters, params):
    lang, year = filters.lang, fig_dest.map_year(data, filters)
    rows = fig_dest.stock(data, year, filters.sex).head(fig_dest.TOP_N)
    if rows.empty:
        return _finish_table([], ["rank", *DEST_COLUMNS])
    out = [_dest_row("un_desa_stock", r, lang, rank=k)
           for k, r in enumerate(rows.to_dict("records"), start=1)]
    # destinations the cited sources name that UN DESA has no figure for: shown as "no data"
    out += [_dest_row("no_un_desa_figure", {"destination_iso3": iso, "year": year,
                                            "sex": filters.sex, "source_id": fig_dest.UNDESA},
                      lang, rank=None, unit="persons")
            for iso in fig_dest.missing_destinations(data, year, filters.sex)]
    return _finish_table(out, ["rank", *DEST_COLUMNS])


def _disagree_sources(data, filters, params):
    return fig_dest.disagreement_sources(data, filters, params.get("dest", fig_dest.DEFAULT_DEST))


def _disagree_figure(data, filters, params):
    dest = params.get("dest", fig_dest.DEFAULT_DEST)
    return fig_dest.disagreement(data, filters, dest,
                                 source_text(_disagree_sources(data, filters, params)))


def _undesa_rows(data, filters, dest: str, lang: str) -> list[dict]:
    series = fig_dest.undesa_series(data, dest, filters.sex)
    quality = "derived" if dest == "WLD" else "estimate"
    if dest != "WLD":
        own = fig_dest.undesa(data)
        own = own[(own["destination_iso3"] == dest) & (own["sex"] == filters.sex)]
        quality = own["quality"].iloc[0] if not own.empty else quality
    return [_dest_row("un_desa_stock", {
        "destination_iso3": dest, "destination_name": "", "year": r["year"], "sex": filters.sex,
        "measure": "stock_born_abroad", "value": r["value"], "unit": "persons",
        "quality": quality, "source_id": fig_dest.UNDESA}, lang)
        for r in series.to_dict("records")]


def _disagree_table(data, filters, params):
    lang, dest = filters.lang, params.get("dest", fig_dest.DEFAULT_DEST)
    rows = fig_dest.chart_rows(data, filters, dest)
    series = fig_dest.undesa_series(data, dest, filters.sex)
    if rows.empty and series.empty:
        return _finish_table([], DEST_COLUMNS)
    out = _undesa_rows(data, filters, dest, lang)
    measures = [m for m in fig_dest.MEASURES if m in set(rows["measure"])]
    for measure in measures:
        group = rows[rows["measure"] == measure]
        out += [_dest_row("cited", r, lang) for r in group.to_dict("records")]
    return _finish_table(out, DEST_COLUMNS)


def _disagree_notes(data, filters, params):
    lang, dest = filters.lang, params.get("dest", fig_dest.DEFAULT_DEST)
    hidden = fig_dest.other_sex_count(data, filters, dest) if filters.gender != "all" else 0
    return [n for n in (_sector_stock_note(filters),
                        t("dest.other_sex_note", lang, n=hidden) if hidden else None,
                        t("dest.chart_omits", lang)) if n]


def _trend_sources(data, filters, params):
    marks = fig_dest.cited(data)
    marks = marks[(marks["measure"] == "stock_born_abroad") & (marks["sex"] == filters.sex)]
    return [fig_dest.UNDESA, *dict.fromkeys(marks["source_id"])]


def _trend_figure(data, filters, params):
    return fig_dest.trend(data, filters, source_text(_trend_sources(data, filters, params)))


def _trend_table(data, filters, params):
    lang = filters.lang
    if fig_dest.undesa_series(data, "WLD", filters.sex).empty:
        return _finish_table([], DEST_COLUMNS)
    out = _undesa_rows(data, filters, "WLD", lang) + _undesa_rows(data, filters, "RUS", lang)
    marks = fig_dest.cited(data)
    marks = marks[(marks["measure"] == "stock_born_abroad") & (marks["sex"] == filters.sex)
                  & (marks["destination_iso3"] == "WLD") & marks["value"].notna()
                  & marks["year"].notna()]
    out += [_dest_row("cited", r, lang) for r in marks.to_dict("records")]
    return _finish_table(out, DEST_COLUMNS)


def _sectors_sources(data, filters, params):
    return list(dict.fromkeys(fig_dest.sector_rows(data, filters)["source_id"]))


def _sectors_figure(data, filters, params):
    return fig_dest.sector_mentions(data, filters,
                                    source_text(_sectors_sources(data, filters, params)))


SECTOR_COLUMNS = ["sector", "sector_label", "destination_iso3", "destination", "sources"]


def _sectors_table(data, filters, params):
    lang = filters.lang
    rows = fig_dest.sector_rows(data, filters)
    if rows.empty:
        return _finish_table([], SECTOR_COLUMNS)
    counts = (rows.groupby(["sector", "destination_iso3"])["source_id"].nunique()
              .rename("n").reset_index())
    return _finish_table([{
        "sector": r["sector"], "sector_label": fig_dest.sector_label(data, r["sector"], lang),
        "destination_iso3": r["destination_iso3"],
        "destination": (t("dest.not_stated", lang) if r["destination_iso3"] == "WLD"
                        else fig_dest.name(r["destination_iso3"], lang)),
        "sources": int(r["n"])} for r in counts.to_dict("records")], SECTOR_COLUMNS)


def sectors_summary(data, filters, params=None) -> str:
    rows = fig_dest.sector_rows(data, filters)
    if rows.empty:
        return t("nodata.long", filters.lang)
    counts = rows.groupby("sector")["source_id"].nunique().sort_values(ascending=False)
    top = ", ".join(f"{fig_dest.sector_label(data, s, filters.lang)} ({n})"
                    for s, n in counts.head(3).items())
    return t("dest.sectors_summary", filters.lang, n=len(counts),
             k=rows["source_id"].nunique(), top=top)


register(Chart("dest-map", "/destinations", "charts.title.dest-map", _map_figure, _map_table,
               _map_sources, summary=lambda d, f, p: fig_dest.map_summary(d, f),
               notes=_map_notes, height=620))
register(Chart("dest-bars", "/destinations", "charts.title.dest-bars", _bars_figure,
               _bars_table, lambda d, f, p: [fig_dest.UNDESA],
               summary=lambda d, f, p: t("dest.bars_summary", f.lang),
               notes=lambda d, f, p: [n for n in (_sector_stock_note(f),) if n], height=640))
register(Chart("dest-disagree", "/destinations", "charts.title.dest-disagree",
               _disagree_figure, _disagree_table, _disagree_sources,
               summary=lambda d, f, p: fig_dest.disagreement_summary(
                   d, f, p.get("dest", fig_dest.DEFAULT_DEST)),
               notes=_disagree_notes, height=600))
register(Chart("dest-trend", "/destinations", "charts.title.dest-trend", _trend_figure,
               _trend_table, _trend_sources,
               summary=lambda d, f, p: fig_dest.trend_summary(d, f),
               notes=lambda d, f, p: [n for n in (_sector_stock_note(f),
                                                  t("dest.trend_note", f.lang)) if n],
               height=560))
register(Chart("dest-sectors", "/destinations", "charts.title.dest-sectors", _sectors_figure,
               _sectors_table, _sectors_sources, summary=sectors_summary,
               notes=lambda d, f, p: [t("dest.sectors_gender_note", f.lang)]
               if f.gender != "all" else [], height=600))


# --- /offices --------------------------------------------------------------------------------

def _offices_breakdown(data, filters: Filters) -> list[str]:
    notes = breakdown_notes(filters)
    if filters.year is not None:
        frame = data["diaspora_offices"]
        notes.append(t("offices.year_note", filters.lang, n=int(frame["year"].notna().sum()),
                       total=len(frame)))
    return notes


def _office_map_text(data, lang: str, sel: fig_off.Selection) -> str:
    ids = fig_off.figure_sources(data, sel)
    office_ids = set(fig_off.offices(data, sel)["source_id"])
    head = [i for i in ids if i not in office_ids]
    return f"{source_text(head)}; {t('offices.sources_line', lang, n=len(office_ids))}"


def _office_map_figure(data, filters, params):
    sel = selection(params)
    return fig_off.office_map(data, filters, sel, _office_map_text(data, filters.lang, sel))


OFFICE_COLUMNS = ["id", "organisation", "city", "region_iso", "region", "kind", "verified",
                  "year", "services", "source_id"]


def _office_map_table(data, filters, params):
    lang = filters.lang
    shown = fig_off.offices(data, selection(params))
    return _finish_table([{
        "id": r.id, "organisation": r.organisation, "city": fig_off.city_label(r.city, lang),
        "region_iso": r.region or None, "region": fig_off.region_label(r.region, lang),
        "kind": r.kind, "verified": bool(r.verified), "year": _year(r.year),
        "services": ";".join(r.service_list), "source_id": r.source_id}
        for r in shown.itertuples()], OFFICE_COLUMNS)


def _services_sources(data, filters, params):
    sel = selection(params)
    return list(dict.fromkeys(
        fig_off.offices(data, fig_off.Selection(kinds=sel.kinds))["source_id"]))


def _services_figure(data, filters, params):
    sel = selection(params)
    shown = fig_off.offices(data, fig_off.Selection(kinds=sel.kinds))
    text = t("offices.sources_line", filters.lang, n=shown["source_id"].nunique())
    return fig_off.services_bar(data, filters, sel, text)


def _services_table(data, filters, params):
    sel = selection(params)
    columns = ["service", "label", "verified", "unverified", "total"]
    if fig_off.offices(data, fig_off.Selection(kinds=sel.kinds)).empty:
        return _finish_table([], columns)
    counts = fig_off.service_counts(data, sel)
    return _finish_table([{
        "service": r["service"], "label": fig_off.service_label(r["service"], filters.lang),
        "verified": int(r["verified"]), "unverified": int(r["unverified"]),
        "total": int(r["total"])} for r in counts.to_dict("records")], columns)


register(Chart("offices-map", "/offices", "charts.title.offices-map", _office_map_figure,
               _office_map_table, lambda d, f, p: fig_off.figure_sources(d, selection(p)),
               summary=lambda d, f, p: fig_off.map_summary(d, f, selection(p)),
               notes=lambda d, f, p: [*_offices_breakdown(d, f),
                                      t("offices.ring_note", f.lang)],
               height=640))
register(Chart("offices-services", "/offices", "charts.title.offices-services",
               _services_figure, _services_table, _services_sources,
               summary=lambda d, f, p: fig_off.bar_summary(d, f, selection(p)),
               notes=lambda d, f, p: [*_offices_breakdown(d, f),
                                      t("offices.bar_hint", f.lang)], height=560))


# --- /recommendations (its page builds its own cards; the registry serves slides, embeds and
# downloads of its status chart through the figure module's public function) ------------------

def _rec_sources(data, filters, params):
    return fig_rec.evidence_sources(data)


def _rec_figure(data, filters, params):
    n = len(fig_rec.evidence_sources(data)) - len(fig_rec.REPORTS)
    text = f"{source_text(fig_rec.REPORTS)}; {t('charts.more_sources', filters.lang, n=n)}"
    return fig_rec.by_theme(data, filters, None, text)


def _rec_table(data, filters, params):
    lang = filters.lang
    columns = ["theme", "theme_label", "status", "status_label", "count", "as_of_year"]
    table = fig_rec.theme_counts(data, filters)
    if table.empty or int(table.to_numpy().sum()) == 0:
        return _finish_table([], columns)
    year = fig_rec.as_of_year(data, filters)
    rows = [{"theme": th, "theme_label": fig_rec.theme_label(th, lang), "status": s,
             "status_label": fig_rec.status_label(s, lang), "count": int(table.at[th, s]),
             "as_of_year": int(year)}
            for th in table.index for s in fig_rec.STATUSES if table[s].any()]
    return _finish_table(rows, columns)


register(Chart("rec-bars", "/recommendations", "charts.title.rec-bars", _rec_figure,
               _rec_table, _rec_sources,
               summary=lambda d, f, p: fig_rec.bars_summary(d, f),
               notes=lambda d, f, p: [], height=560))


# --- queries ---------------------------------------------------------------------------------

def parse(chart: Chart | str, query: Mapping, data: Bundle
          ) -> tuple[Filters, Params, list[Notice]]:
    """Filters and page params from a query mapping (a page's layout kwargs): never fails,
    unknown values fall back with a Notice."""
    page = PAGES[chart.page if isinstance(chart, Chart) else chart]
    filters, notices = flt.parse(query, data["sectors"]["code"])
    params, more = page.parse(query, data)
    return filters, params, notices + more


class BadParam(ValueError):
    def __init__(self, message: str, parameter: str):
        super().__init__(message)
        self.message, self.parameter = message, parameter


def parse_strict(chart: Chart, args, data: Bundle) -> tuple[Filters, Params]:
    """The same from request args (a werkzeug MultiDict or a dict), for the download API:
    an unknown name, a repeated name or a bad value raises BadParam."""
    page = PAGES[chart.page]
    allowed = (*flt.QUERY_NAMES, *page.names)
    getlist = args.getlist if hasattr(args, "getlist") else (lambda k: [args[k]])
    for name in args:
        if name not in allowed:
            raise BadParam(f"unknown query parameter {name[:40]!r}; chart {chart.name} takes: "
                           + ", ".join(allowed), name[:40])
        if len(getlist(name)) > 1:
            raise BadParam(f"{name} is given {len(getlist(name))} times; give it once", name)
    query = {k: getlist(k)[0] for k in args}
    filters, params, notices = parse(chart, query, data)
    if notices:
        n = notices[0]
        raise BadParam(f"{n.given!r} is not a valid {n.name}", n.name)
    # the pages forgive case and spaces (a hand-typed link still works); the API takes values
    # as its spec spells them, so a client learns the one spelling that is a permalink
    canonical = dict(parse_qsl(query_string(chart, filters, params).lstrip("?")))
    for name, given in query.items():
        want = canonical.get(name, DEFAULT_TEXT[name])
        same = (set(given.split(",")) == set(want.split(","))) if name in LIST_PARAMS \
            else given == want
        if not same:
            raise BadParam(f"{given[:40]!r} is not a valid {name}; did you mean {want!r}?",
                           name)
    return filters, params


# how each query value is spelled when it is the default (the canonical query leaves it out)
DEFAULT_TEXT = {"sector": "all", "gender": "all", "year": "latest", "lang": "en",
                "peers": ",".join(fig_remit.DEFAULT_PEERS), "dest": fig_dest.DEFAULT_DEST,
                "map": fig_dest.DEFAULT_VIEW, "service": "all", "kind": ",".join(fig_off.KINDS)}
LIST_PARAMS = {"peers", "kind"}  # comma-separated sets: order and repeats do not matter


def query_string(chart: Chart, filters: Filters, params: Params, **extra) -> str:
    """'?...' for filters and params (defaults left out), '' when all are default: the one
    canonical query of a chart view, shared by its permalink, embed and downloads."""
    return flt.to_query(filters, **PAGES[chart.page].query(params), **extra)


def permalink_path(chart: Chart, filters: Filters, params: Params) -> str:
    return chart.page + query_string(chart, filters, params)


# --- building --------------------------------------------------------------------------------

def _build(data: Bundle, name: str, filters: Filters, params: Params) -> go.Figure:
    return CHARTS[name].figure(data, filters, params)


def figure(name: str, filters: Filters, params: Params) -> dict:
    """The chart's figure as a plain dict, through the app's figure cache."""
    return runtime.cached(_build, name, filters, dict(params))


def table(name: str, filters: Filters, params: Params) -> pd.DataFrame:
    return CHARTS[name].table(runtime.data(), filters, params)


def sources(name: str, filters: Filters, params: Params) -> list[str]:
    return list(CHARTS[name].sources(runtime.data(), filters, params))


def summary(name: str, filters: Filters, params: Params) -> str:
    chart = CHARTS[name]
    return chart.summary(runtime.data(), filters, params) if chart.summary else ""


def notes(name: str, filters: Filters, params: Params) -> list[str]:
    chart = CHARTS[name]
    return [n for n in chart.notes(runtime.data(), filters, params) if n] if chart.notes else []


def default_params(chart: Chart | str, data: Bundle) -> Params:
    page = chart.page if isinstance(chart, Chart) else chart
    return PAGES[page].parse({}, data)[0]


# --- slides (/present) -----------------------------------------------------------------------

# the key charts, one a slide, in this order
SLIDES = ("remit-share", "dest-map", "dest-disagree", "offices-map", "rec-bars")
MIN_FONT = 20  # no text on a slide's chart is smaller (px)


def _bigger(size, minimum: int = MIN_FONT) -> int:
    return max(int(size or 0), minimum)


def for_slide(figure, lang: str) -> go.Figure:
    """A page figure made for a projector: every text at least MIN_FONT px, black on white,
    the figure filling the slide (no fixed height), the legend at the right, and the source
    line taken out of the figure (the slide prints it below, in large type)."""
    fig = go.Figure(figure)
    prefix = f"{t('source', lang)}: "
    kept, events, numbered = [], [], {}
    for ann in fig.layout.annotations:
        if str(ann.text or "").startswith(prefix):
            continue
        ann.font.size = _bigger(ann.font.size)
        if ann.textangle == -90 and ann.x is not None:
            # vertical event labels would not fit at this size: a number on the chart, the
            # words under it (layout.meta.events, printed by the slide)
            events.append({"n": len(events) + 1, "x": ann.x,
                           "text": str(ann.text or "").replace("<br>", " ")})
            numbered.setdefault(ann.x, []).append(str(len(events)))
            continue
        kept.append(ann)
    for x, numbers in numbered.items():
        kept.append(go.layout.Annotation(
            x=x, y=1, yref="paper", text=f"<b>{', '.join(numbers)}</b>", showarrow=False,
            xanchor="center", yanchor="bottom", font={"size": MIN_FONT, "color": "#000000"}))
    if events:
        fig.update_layout(meta={"events": events})
    fig.layout.annotations = kept
    margin = fig.layout.margin
    fig.update_layout(
        height=None, autosize=True,
        font={"size": 22, "color": "#000000"},
        title={"font": {"size": 30, "color": "#000000"}},
        hoverlabel={"font": {"size": MIN_FONT}},
        margin={"b": 70, "t": max(margin.t or 0, 90), "l": max(margin.l or 0, 20),
                "r": max(margin.r or 0, 20)},
    )
    legend = fig.layout.legend
    geo = any(tr.type in ("scattergeo", "choropleth") for tr in fig.data)
    if legend.x is not None and 0.5 <= legend.x <= 1.0:
        pass  # a legend placed inside the figure beside a map stays there
    elif geo:  # a map keeps the width; its legend goes below it
        fig.update_layout(legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 0,
                                  "yanchor": "top", "yref": "paper"})
    else:
        fig.update_layout(legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1,
                                  "yanchor": "top", "yref": "paper"})
    fig.update_layout(legend={"font": {"size": _bigger(legend.font.size)}})
    for menu in fig.layout.updatemenus:
        menu.font.size = _bigger(menu.font.size)
    if any(tr.type in ("scatter", "bar") for tr in fig.data) or not fig.data:
        fig.update_xaxes(tickfont={"size": 22}, title={"font": {"size": 24}}, automargin=True)
        fig.update_yaxes(tickfont={"size": 22}, title={"font": {"size": 24}}, automargin=True)
    # text on marks: never shrunk below MIN_FONT (plotly hides a label that cannot fit rather
    # than draw it smaller), never turned sideways
    fig.update_layout(uniformtext={"minsize": MIN_FONT, "mode": "hide"})
    for trace in fig.data:
        if "textfont" in trace and (trace.textfont.size is not None or trace.text is not None):
            trace.textfont.size = _bigger(trace.textfont.size)
        if trace.type == "bar":
            trace.textangle = 0
        if trace.type == "choropleth" and trace.showscale is not False:
            trace.colorbar.tickfont.size = MIN_FONT
            trace.colorbar.title.font.size = MIN_FONT
    return fig
