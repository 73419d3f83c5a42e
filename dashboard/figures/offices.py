"""Diaspora offices in Russia: each documented office on a map of Russia's federal subjects, the
regions shaded by how many offices they hold, and the main destinations of migrants that have
none (the gaps); a bar chart of the services the sources name.

The offices are placed in regions by a geopandas spatial join of their GeoNames points with the
region polygons, done once per process (functools.cache), never per click. The published
`region_iso` column is the same join made by the build; the tests check that the two agree.

Migrants per office is shown only where a cited migrant figure exists for a region (in practice
Moscow with Moscow Oblast); everywhere else the page says there is no figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

import pandas as pd
import plotly.graph_objects as go

from dashboard import geodata
from dashboard.datasets import Bundle
from dashboard.figures import style
from dashboard.filters import Filters, _first
from dashboard.i18n import CATALOGUE, t
from dashboard.schema import RESOURCES, SERVICES

_KIND_FIELD = next(f for f in RESOURCES["diaspora_offices"]["fields"] if f["name"] == "kind")
KINDS: tuple[str, ...] = tuple(_KIND_FIELD["constraints"]["enum"])
# kind -> symbol and colour (both, so neither alone carries the meaning; Okabe-Ito colours)
SYMBOLS = {"diaspora": "circle", "migrant_centre": "square", "embassy": "star",
           "consulate": "diamond", "honorary_consulate": "triangle-up"}
COLOURS = {"diaspora": "#0072B2", "migrant_centre": "#009E73", "embassy": "#D55E00",
           "consulate": "#CC79A7", "honorary_consulate": "#000000"}
# unverified offices get the hollow-with-dot variant of their symbol, like style.MARKER's
# "unverified" circle
HOLLOW = style.MARKER["unverified"].removeprefix("circle")
GAP_FILL = "#F0E442"
NO_OFFICE_FILL = "#e9ecef"
SELECTED = "#0072B2"
UNSELECTED = "#adb5bd"
REPORTED_SOURCE = "tspc2012"
DESTINATION_SOURCE = "tspc2013"
REPORTED_MEASURE = "cities_with_diaspora_bodies"
# places as the migrant data writes them -> the federal subjects they cover (a city: the subject
# it lies in). A place that is neither here nor the name of a subject covers no single subject.
PLACE_REGIONS: dict[str, tuple[str, ...]] = {
    "Moscow": ("RU-MOW",),
    "Saint Petersburg": ("RU-SPE",),
    "Yekaterinburg": ("RU-SVE",),
    "Novosibirsk": ("RU-NVS",),
    "Voronezh": ("RU-VOR",),
    "Lipetsk": ("RU-LIP",),
    "Kazan": ("RU-TA",),
    "Moscow and Moscow Oblast": ("RU-MOW", "RU-MOS"),
}
# views of the map, switched in the browser (no new request): all Russia, and the west where
# most offices and the main destinations are
ZOOMS = {"all": {"lon": geodata.RUSSIA_GEO["lonaxis"]["range"],
                 "lat": geodata.RUSSIA_GEO["lataxis"]["range"],
                 "rotation": geodata.RUSSIA_GEO["projection"]["rotation"]["lon"]},
         "west": {"lon": [27, 88], "lat": [45, 66], "rotation": 55}}
RING_MIN, RING_STEP = 0.45, 0.22  # degrees of latitude: radius of a city's ring of offices


@dataclass(frozen=True)
class Selection:
    """The page's own filters: one service (or all) and the kinds of office shown."""

    service: str = "all"
    kinds: tuple[str, ...] = KINDS

    def key(self) -> tuple:
        return (self.service, self.kinds)


def parse_selection(query: dict) -> tuple[Selection, list[tuple[str, str, str]]]:
    """service and kind from the query; unknown values fall back, with (name, given, used)."""
    bad = []
    service = _first(query, "service")
    service = service.strip().lower() if service else "all"
    if service not in ("all", *SERVICES):
        bad.append(("service", service[:40], "all"))
        service = "all"
    raw = _first(query, "kind") or ""
    given = [k.strip().lower() for k in raw.split(",") if k.strip()]
    kinds = tuple(k for k in KINDS if k in given) or KINDS
    unknown = [k for k in given if k not in KINDS]
    if unknown:
        used = ",".join(kinds) if kinds != KINDS else "-"
        bad.append(("kind", ",".join(unknown)[:40], used))
    return Selection(service=service, kinds=kinds), bad


# --- labels -----------------------------------------------------------------------------------

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def region_label(iso: str, lang: str) -> str:
    key = f"offices.region.{iso}"
    if key in CATALOGUE:
        return t(key, lang)
    return geodata.region_names().get(iso, iso or "?")


def city_label(city: str, lang: str) -> str:
    key = f"offices.city.{_slug(city)}"
    return t(key, lang) if key in CATALOGUE else city


def place_label(place: str, lang: str) -> str:
    key = f"offices.place.{_slug(place)}"
    if key in CATALOGUE:
        return t(key, lang)
    regions = resolve_place(place)
    return region_label(regions[0], lang) if len(regions) == 1 else place


def service_label(code: str, lang: str) -> str:
    return t(f"offices.service.{code}", lang)


def kind_label(kind: str, lang: str) -> str:
    return t(f"offices.kind.{kind}", lang)


def fmt_int(value: float, lang: str) -> str:
    text = f"{value:,.0f}"
    return text if lang == "en" else text.replace(",", "\u00a0")


# --- spatial join (geopandas, once per process) -----------------------------------------------

@cache
def _regions():
    import geopandas as gpd

    frame = gpd.GeoDataFrame.from_features(geodata.regions_geojson()["features"],
                                           crs="EPSG:4326")
    return frame[["iso_3166_2", "name", "geometry"]]


@cache
def join_regions(points: tuple[tuple[str, float, float], ...]) -> dict[str, str]:
    """{office id: ISO 3166-2 code of the federal subject its (lat, lon) lies in, '' if none}.
    Cached on the points themselves, so the join runs once per data version and process."""
    import geopandas as gpd

    if not points:
        return {}
    ids, lats, lons = zip(*points, strict=True)
    pts = gpd.GeoDataFrame({"id": list(ids)}, geometry=gpd.points_from_xy(lons, lats),
                           crs="EPSG:4326")
    joined = gpd.sjoin(pts, _regions()[["iso_3166_2", "geometry"]], how="left",
                       predicate="within")
    joined = joined[~joined.index.duplicated()]
    return dict(zip(joined["id"], joined["iso_3166_2"].fillna(""), strict=True))


@cache
def region_anchors() -> dict[str, tuple[float, float]]:
    """A point inside each federal subject (lat, lon), for labels."""
    regions = _regions()
    points = regions.geometry.representative_point()
    return {iso: (round(p.y, 3), round(p.x, 3))
            for iso, p in zip(regions["iso_3166_2"], points, strict=True)}


# --- data selection ---------------------------------------------------------------------------

def _ring(frame: pd.DataFrame) -> tuple[list[float], list[float]]:
    """Marker positions: an office alone keeps its city's point; several offices of one city sit
    on a small ring around it, in a stable order, so none hides another."""
    lat, lon = frame["lat"].to_numpy(dtype=float), frame["lon"].to_numpy(dtype=float)
    out_lat, out_lon = lat.copy(), lon.copy()
    order = frame.assign(_k=frame["kind"].map(KINDS.index)).sort_values(["_k", "id"])
    for _, group in order.groupby(["lat", "lon"], sort=False):
        n = len(group)
        if n < 2:
            continue
        radius = max(RING_MIN, RING_STEP * n / 2)
        for i, pos in enumerate(frame.index.get_indexer(group.index)):
            angle = math.pi / 2 - 2 * math.pi * i / n
            out_lat[pos] = lat[pos] + radius * math.sin(angle)
            out_lon[pos] = lon[pos] + radius * math.cos(angle) / math.cos(math.radians(lat[pos]))
    return [round(v, 3) for v in out_lat], [round(v, 3) for v in out_lon]


_ALL: dict[str, pd.DataFrame] = {}


def all_offices(data: Bundle) -> pd.DataFrame:
    """Every documented office with its region (spatial join), service tuple and map position;
    computed once per data version."""
    found = _ALL.get(data.version)
    if found is None:
        if len(_ALL) > 4:
            _ALL.clear()
        found = _ALL[data.version] = _all_offices(data)
    return found


def _all_offices(data: Bundle) -> pd.DataFrame:
    frame = data["diaspora_offices"].reset_index(drop=True)
    regions = join_regions(tuple(zip(frame["id"], frame["lat"].astype(float),
                                     frame["lon"].astype(float), strict=True)))
    services = frame["services"].fillna("").map(lambda s: tuple(x for x in s.split(";") if x))
    mark_lat, mark_lon = _ring(frame)
    return frame.assign(region=frame["id"].map(regions).fillna(""), service_list=services,
                        mark_lat=mark_lat, mark_lon=mark_lon)


def offices(data: Bundle, sel: Selection = Selection()) -> pd.DataFrame:
    """The documented offices that match the selection."""
    frame = all_offices(data)
    keep = frame["kind"].isin(sel.kinds)
    if sel.service != "all":
        keep &= frame["service_list"].map(lambda s: sel.service in s)
    return frame[keep]


def resolve_place(place: str) -> tuple[str, ...]:
    """The federal subjects a place covers; () when it is not one or more whole subjects."""
    if place in PLACE_REGIONS:
        return PLACE_REGIONS[place]
    by_name = {name: iso for iso, name in geodata.region_names().items()}
    return (by_name[place],) if place in by_name else ()


def main_destinations(data: Bundle) -> pd.DataFrame:
    """Places in Russia a source names as a main destination, with the subjects they cover."""
    ms = data["migrant_stock"]
    rows = ms[(ms["measure"] == "main_destination") & (ms["destination_iso3"] == "RUS")
              & (ms["place"].fillna("") != "")]
    rows = rows.drop_duplicates("place")
    return rows.assign(regions=rows["place"].map(resolve_place))[
        ["place", "regions", "as_published", "source_id"]]


def gaps(data: Bundle, sel: Selection = Selection()) -> list[dict]:
    """Main destinations none of whose subjects holds an office matching the selection."""
    present = set(offices(data, sel)["region"])
    out = []
    for row in main_destinations(data).itertuples():
        if row.regions and not present.intersection(row.regions):
            out.append({"place": row.place, "regions": row.regions,
                        "as_published": row.as_published, "source_id": row.source_id})
    return out


def regional_figures(data: Bundle) -> pd.DataFrame:
    """Cited migrant head-counts for places inside Russia (region or city), the latest per
    place, with the subjects each covers."""
    ms = data["migrant_stock"]
    rows = ms[(ms["destination_iso3"] == "RUS") & ms["place_type"].isin(["region", "city"])
              & ms["value"].notna() & (ms["unit"] == "persons")]
    rows = rows.sort_values("year", na_position="first").drop_duplicates("place", keep="last")
    return rows.assign(regions=rows["place"].map(resolve_place))


def ratios(data: Bundle, sel: Selection = Selection()) -> list[dict]:
    """Migrants per documented office, where a cited figure exists: one dict per place, with
    ratio None when the place is not whole subjects or holds no matching office."""
    shown = offices(data, sel)
    out = []
    for row in regional_figures(data).itertuples():
        n = int(shown["region"].isin(row.regions).sum()) if row.regions else 0
        ratio = round(row.value / n, -2) if row.regions and n else None
        out.append({"place": row.place, "regions": row.regions, "value": row.value,
                    "year": None if pd.isna(row.year) else int(row.year),
                    "quality": row.quality, "source_id": row.source_id, "offices": n,
                    "ratio": ratio})
    return out


def reported_total(data: Bundle) -> pd.Series | None:
    counts = data["diaspora_counts"]
    rows = counts[(counts["measure"] == REPORTED_MEASURE) & (counts["source_id"] ==
                                                              REPORTED_SOURCE)]
    return None if rows.empty else rows.iloc[0]


def headline(data: Bundle) -> dict:
    """The numbers of the page's headline (never filtered: the documented set as a whole)."""
    frame = all_offices(data)
    row = reported_total(data)
    return {
        "reported": None if row is None else int(row["value"]),
        "reported_year": None if row is None or pd.isna(row["year"]) else int(row["year"]),
        "n": len(frame), "cities": frame["city"].nunique(),
        "verified": int(frame["verified"].sum()),
        "diaspora_cities": frame.loc[frame["kind"] == "diaspora", "city"].nunique(),
    }


def figure_sources(data: Bundle, sel: Selection = Selection()) -> list[str]:
    """Source ids behind the map: the reports, the regional migrant figures, then each shown
    office's source."""
    ids = [REPORTED_SOURCE, DESTINATION_SOURCE]
    ids += [r["source_id"] for r in ratios(data, sel) if r["ratio"] is not None]
    ids += list(offices(data, sel)["source_id"])
    return list(dict.fromkeys(ids))


# --- figures ----------------------------------------------------------------------------------

def _office_hover(row, lang: str) -> str:
    services = ", ".join(service_label(s, lang) for s in row.service_list) or \
        service_label("none", lang)
    status = t("offices.verified" if row.verified else "offices.unverified", lang)
    year = str(int(row.year)) if pd.notna(row.year) else t("offices.year_unknown", lang)
    city, region = city_label(row.city, lang), region_label(row.region, lang)
    place = city if city == region else f"{city}, {region}"
    return (f"<b>{style.wrap(row.organisation, 60)}</b><br>{place} · "
            f"{kind_label(row.kind, lang)}<br>"
            f"{t('offices.hover.services', lang)}: {services}<br>{status} · {year}")


def _region_hover(iso: str, n: int, main: bool, ratio: dict | None, has_figure: bool,
                  lang: str) -> str:
    lines = [f"<b>{region_label(iso, lang)}</b>",
             t("offices.hover.offices", lang, n=n) if n else t("offices.hover.no_office", lang)]
    if main:
        lines.append(t("offices.hover.main_destination", lang))
    if ratio is not None and ratio["ratio"] is not None:
        lines.append(t("offices.hover.ratio", lang, ratio=fmt_int(ratio["ratio"], lang),
                       value=fmt_int(ratio["value"], lang), n=ratio["offices"],
                       place=place_label(ratio["place"], lang)))
    elif n and not has_figure:
        lines.append(t("offices.hover.no_figure", lang))
    return "<br>".join(lines)


def _subset(isos: list[str]) -> dict:
    wanted = set(isos)
    return {"type": "FeatureCollection",
            "features": [f for f in geodata.regions_geojson()["features"]
                         if f["properties"]["iso_3166_2"] in wanted]}


def office_map(data: Bundle, filters: Filters, sel: Selection = Selection(),
               source_text: str = "") -> go.Figure:
    """Regions shaded by the number of matching offices (a spatial-join count), main
    destinations with none in yellow, and one mark per office: symbol and colour by kind,
    solid when verified, hollow when not."""
    lang = filters.lang
    shown = offices(data, sel)
    counts = shown["region"].value_counts()
    isos = list(geodata.region_names())
    main = {iso for regions in main_destinations(data)["regions"] for iso in regions}
    the_gaps = gaps(data, sel)
    gap_isos = [iso for g in the_gaps for iso in g["regions"]]
    by_iso, figure_isos = {}, set()
    for r in ratios(data, sel):
        figure_isos.update(r["regions"])
        for iso in r["regions"]:
            by_iso[iso] = r
    z = [int(counts.get(iso, 0)) for iso in isos]
    hover = [_region_hover(iso, n, iso in main, by_iso.get(iso), iso in figure_isos, lang)
             for iso, n in zip(isos, z, strict=True)]
    top = max(z)
    zmax = max(top, 1)
    edge = 0.5 / zmax
    fig = go.Figure()
    fig.add_trace(go.Choropleth(
        geojson=geodata.regions_url(), featureidkey="properties.iso_3166_2",
        locations=isos, z=z, zmin=0, zmax=zmax, text=hover,
        hovertemplate="%{text}<extra></extra>", name=t("offices.colorbar", lang),
        colorscale=[[0, NO_OFFICE_FILL], [edge, NO_OFFICE_FILL], [edge, "#c6dbef"],
                    [1, "#4a7fb0"]],
        marker={"line": {"color": "#ffffff", "width": 0.6}},
        showscale=top > 0,
        colorbar={"title": {"text": t("offices.colorbar", lang), "side": "top"},
                  "tickvals": list(range(1, zmax + 1)) if zmax <= 10 else None,
                  "orientation": "h", "x": 0.79, "xanchor": "left", "y": 0.93, "yanchor": "top",
                  "len": 0.2, "thickness": 12},
    ))
    if gap_isos:
        fig.add_trace(go.Choropleth(
            geojson=_subset(gap_isos), featureidkey="properties.iso_3166_2",
            locations=gap_isos, z=[1] * len(gap_isos), showscale=False,
            colorscale=[[0, GAP_FILL], [1, GAP_FILL]],
            text=[hover[isos.index(iso)] for iso in gap_isos],
            hovertemplate="%{text}<extra></extra>", name=t("offices.legend.gap", lang),
            marker={"line": {"color": "#212529", "width": 2.5}}))
        anchors = region_anchors()
        fig.add_trace(go.Scattergeo(
            lat=[anchors[i][0] for i in gap_isos], lon=[anchors[i][1] for i in gap_isos],
            mode="markers+text", text=[region_label(i, lang) for i in gap_isos],
            textposition="bottom right",
            textfont={"size": 13, "color": "#212529", "shadow": "auto"},
            marker={"symbol": "square", "size": 13, "color": GAP_FILL,
                    "line": {"color": "#212529", "width": 2}},
            name=t("offices.legend.gap", lang), hoverinfo="skip"))
    for kind in KINDS:
        rows = shown[shown["kind"] == kind].sort_values("verified", ascending=False)
        if rows.empty:
            continue
        symbols = [SYMBOLS[kind] + ("" if v else HOLLOW) for v in rows["verified"]]
        fig.add_trace(go.Scattergeo(
            lat=rows["mark_lat"], lon=rows["mark_lon"], mode="markers",
            name=kind_label(kind, lang), legendgroup=kind,
            marker={"symbol": symbols, "size": 13 if kind == "embassy" else 11,
                    "color": COLOURS[kind], "line": {"width": 1.5, "color": COLOURS[kind]},
                    "opacity": 0.95},
            text=[_office_hover(r, lang) for r in rows.itertuples()],
            hovertemplate="%{text}<extra></extra>"))
    for quality, symbol in (("verified", "circle"), ("unverified", "circle" + HOLLOW)):
        fig.add_trace(go.Scattergeo(
            lat=[None], lon=[None], mode="markers", name=t(f"offices.legend.{quality}", lang),
            marker={"symbol": symbol, "size": 11, "color": style.GREY,
                    "line": {"width": 1.5, "color": style.GREY}}, hoverinfo="skip"))
    title = t("offices.map_title", lang) if sel.service == "all" else \
        t("offices.map_title_service", lang, service=service_label(sel.service, lang))
    if shown.empty:
        title += f" · {t('offices.no_match', lang)}"
    style.base_layout(fig, height=640)
    fig.update_layout(
        title={"text": title}, hovermode="closest",
        geo={**geodata.RUSSIA_GEO, "domain": {"x": [0, 0.77], "y": [0, 1]}},
        margin={"l": 10, "r": 10, "t": 100, "b": 70},
        updatemenus=[{
            "type": "buttons", "direction": "right", "showactive": True, "active": 0,
            "x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom", "pad": {"b": 4},
            "font": {"size": 13},
            "buttons": [
                {"label": t(f"offices.zoom.{name}", lang), "method": "relayout",
                 "args": [{"geo.lonaxis.range": box["lon"], "geo.lataxis.range": box["lat"],
                           "geo.projection.rotation.lon": box["rotation"]}]}
                for name, box in ZOOMS.items()]}],
        legend={"orientation": "v", "x": 0.79, "xanchor": "left", "y": 0.72,
                "yanchor": "top", "font": {"size": 13}},
    )
    return style.with_source(fig, source_text, lang) if source_text else fig


def service_counts(data: Bundle, sel: Selection = Selection()) -> pd.DataFrame:
    """Offices of the chosen kinds per service code (and 'none'), verified and not."""
    frame = offices(data, Selection(kinds=sel.kinds))
    rows = []
    for code in [*SERVICES, "none"]:
        has = frame["service_list"].map(lambda s, c=code: (not s) if c == "none" else c in s)
        hit = frame[has]
        rows.append({"service": code, "verified": int(hit["verified"].sum()),
                     "unverified": int((~hit["verified"]).sum()), "total": len(hit)})
    out = pd.DataFrame(rows)
    named = out[out["service"] != "none"].sort_values("total", ascending=False, kind="stable")
    return pd.concat([named, out[out["service"] == "none"]], ignore_index=True)


def services_bar(data: Bundle, filters: Filters, sel: Selection = Selection(),
                 source_text: str = "") -> go.Figure:
    """Horizontal bars: how many offices of the chosen kinds the sources credit with each
    service, verified solid and unverified dotted; the chosen service highlighted."""
    lang = filters.lang
    title = t("offices.bar_title", lang)
    if offices(data, Selection(kinds=sel.kinds)).empty:
        return style.no_data(title, lang, t("offices.no_match", lang))
    counts = service_counts(data, sel)
    labels = [service_label(c, lang) for c in counts["service"]]
    colours = [SELECTED if sel.service in ("all", c) else UNSELECTED for c in counts["service"]]
    marker = {
        "verified": {"color": colours, "line": {"color": colours, "width": 1.5}},
        # dotted bars for unverified, as style.BAR_PATTERN says
        "unverified": {"color": "#ffffff", "line": {"color": colours, "width": 1.5},
                       "pattern": {"shape": style.BAR_PATTERN["unverified"],
                                   "fgcolor": colours, "bgcolor": "#ffffff",
                                   "fillmode": "replace", "solidity": 0.5, "size": 6}},
    }
    fig = go.Figure()
    for quality in ("verified", "unverified"):
        fig.add_trace(go.Bar(
            y=labels, x=counts[quality], orientation="h",
            name=t(f"offices.bar.{quality}", lang), customdata=counts["service"],
            marker=marker[quality],
            hovertemplate=f"%{{y}}: %{{x}} ({t(f'offices.{quality}', lang)})<extra></extra>"))
    fig.add_trace(go.Scatter(
        y=labels, x=counts["total"], mode="text",
        text=[str(n) if n else t("offices.bar.zero", lang) for n in counts["total"]],
        textposition="middle right", showlegend=False, hoverinfo="skip",
        textfont={"size": 13}))
    style.base_layout(fig, height=max(360, 34 * len(labels) + 170))
    fig.update_layout(
        title={"text": title}, barmode="stack", bargap=0.3,
        margin={"l": 220, "r": 30, "t": 95, "b": 110},
        yaxis={"autorange": "reversed", "title": None},
        xaxis={"title": {"text": t("offices.bar_axis", lang)}, "dtick": 2, "rangemode": "tozero",
               "range": [0, max(int(counts["total"].max()), 1) + 4]},
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom",
                "traceorder": "normal"},
    )
    return style.with_source(fig, source_text, lang) if source_text else fig


# --- sentences --------------------------------------------------------------------------------

def _gap_names(the_gaps: list[dict], lang: str) -> str:
    names = [region_label(iso, lang) for g in the_gaps for iso in g["regions"]]
    return ", ".join(dict.fromkeys(names)) or t("offices.none", lang)


def map_summary(data: Bundle, filters: Filters, sel: Selection = Selection()) -> str:
    lang = filters.lang
    shown = offices(data, sel)
    gap_text = _gap_names(gaps(data, sel), lang)
    if shown.empty:
        return t("offices.summary_none", lang, gaps=gap_text)
    counts = shown["region"].value_counts()
    return t("offices.summary", lang, n=len(shown), m=shown["region"].nunique(),
             k=int(shown["verified"].sum()), top=region_label(counts.index[0], lang),
             top_n=int(counts.iloc[0]), gaps=gap_text)


def bar_summary(data: Bundle, filters: Filters, sel: Selection = Selection()) -> str:
    lang = filters.lang
    frame = offices(data, Selection(kinds=sel.kinds))
    if frame.empty:
        return t("offices.no_match", lang)
    counts = service_counts(data, sel)
    named = counts[counts["service"] != "none"]
    best = named.iloc[0]
    return t("offices.bar_summary", lang, n=len(frame),
             named=int((frame["service_list"].map(len) > 0).sum()),
             top=service_label(best["service"], lang), top_n=int(best["total"]))
