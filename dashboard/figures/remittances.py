"""Remittances over time: as a share of GDP and in US$, Kyrgyzstan against chosen peers, with
the events that moved them and the figures the seed reports and the press quote, each as its own
marks (never blended into the World Bank line)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import Bundle
from dashboard.figures import style
from dashboard.filters import Filters, Notice
from dashboard.i18n import country, t

WDI_SOURCES = ("derived_wdi_ratio", "wb_wdi_remittances", "wb_wdi_gdp")
PEERS = ("TJK", "UZB", "KAZ", "ARM", "GEO", "MDA", "NPL", "PHL")
DEFAULT_PEERS = ("TJK", "UZB", "ARM")
MEASURES = {
    "remittances_pct_gdp": {"key": "remit.share_title", "scale": 1.0, "axis": "remit.axis_pct",
                            "fmt": ".1f", "suffix": " %"},
    "remittances_usd": {"key": "remit.usd_title", "scale": 1e-9, "axis": "remit.axis_usd",
                        "fmt": ".2f", "suffix": " bn"},
}


def parse_peers(raw: str | None) -> tuple[tuple[str, ...], list[Notice]]:
    """The `peers` query value (ISO3 codes of PEERS, comma-separated): unknown codes dropped,
    with a Notice; None gives DEFAULT_PEERS."""
    if raw is None:
        return DEFAULT_PEERS, []
    codes = [c.strip().upper() for c in str(raw).split(",") if c.strip()]
    good = tuple(dict.fromkeys(c for c in codes if c in PEERS))
    bad = [c for c in codes if c not in PEERS]
    notices = [Notice("peers", ",".join(bad)[:40], ",".join(good) or "-")] if bad else []
    return good, notices


def wdi(data: Bundle) -> pd.DataFrame:
    frame = data["remittances"]
    return frame[frame["source_id"].isin(WDI_SOURCES)]


def cited(data: Bundle) -> pd.DataFrame:
    """Figures quoted by the seed reports and other cited sources (not World Bank series)."""
    frame = data["remittances"]
    return frame[~frame["source_id"].isin(WDI_SOURCES)]


def series_sources(data: Bundle, measure: str, countries: tuple[str, ...]) -> list[str]:
    ids = ["derived_wdi_ratio", "wb_wdi_remittances", "wb_wdi_gdp"] if measure == \
        "remittances_pct_gdp" else ["wb_wdi_remittances"]
    extra = cited(data)
    extra = extra[extra["country_iso3"].isin(countries) & extra[measure].notna()]
    return ids + list(dict.fromkeys(extra["source_id"]))


def over_time(data: Bundle, measure: str, filters: Filters, peers: tuple[str, ...] = (),
              source_text: str = "") -> go.Figure:
    """Lines of the World Bank series for Kyrgyzstan and peers, cited figures as marks, events
    as labelled vertical lines, the chosen year highlighted."""
    spec, lang = MEASURES[measure], filters.lang
    countries = ("KGZ", *[p for p in peers if p != "KGZ"])
    series = wdi(data)
    series = series[series["country_iso3"].isin(countries) & series[measure].notna()]
    title = t(spec["key"], lang)
    if series.empty:
        return style.no_data(title, lang)
    fig = go.Figure()
    for iso in countries:
        rows = series[series["country_iso3"] == iso].sort_values("year")
        if rows.empty:
            continue
        name = country(iso, lang, rows["country_name"].iloc[0])
        kgz = iso == "KGZ"
        fig.add_trace(go.Scatter(
            x=rows["year"], y=(rows[measure] * spec["scale"]).round(3), mode="lines",
            name=f"{name} (World Bank)" if kgz else name,
            line={"width": 4 if kgz else 2, "color": style.KGZ_COLOUR if kgz else None},
            hovertemplate=f"{name} %{{x}}: %{{y:{spec['fmt']}}}{spec['suffix']}<extra></extra>",
        ))
    marks = cited(data)
    marks = marks[marks["country_iso3"].isin(countries) & marks[measure].notna()]
    publisher = data["sources"].set_index("id")["publisher"]
    # one neutral colour for every cited figure (colour means country); the symbol says its
    # quality, the hover names its source and quotes it
    for quality, rows in marks.groupby("quality", sort=False):
        who = rows["source_id"].map(publisher).fillna(rows["source_id"])
        fig.add_trace(go.Scatter(
            x=rows["year"], y=(rows[measure] * spec["scale"]).round(3), mode="markers",
            name=t("remit.cited", lang, quality=style.quality_label(quality, lang)),
            marker={"size": 11, "symbol": style.MARKER[quality], "color": style.CITED_COLOUR,
                    "line": {"width": 2, "color": style.CITED_COLOUR}},
            customdata=list(zip(who, rows["as_published"].fillna(""), strict=True)),
            hovertemplate=f"%{{customdata[0]}}, %{{x}}: %{{y:{spec['fmt']}}}{spec['suffix']}"
                          "<br>“%{customdata[1]}”<extra></extra>",
        ))
    _events(fig, data, lang)
    if filters.year:
        fig.add_vline(x=filters.year, line={"color": "#212529", "width": 2})
    style.base_layout(fig, height=480)
    fig.update_layout(title={"text": title}, hovermode="closest",
                      yaxis={"title": {"text": t(spec["axis"], lang)}, "rangemode": "tozero"},
                      xaxis={"title": {"text": t("year", lang)}, "dtick": 5})
    return style.with_source(fig, source_text, lang) if source_text else fig


def _events(fig: go.Figure, data: Bundle, lang: str) -> None:
    events = data["events"].sort_values("year")
    label = f"label_{lang}"
    for ev in events.itertuples():
        fig.add_vline(x=ev.year, line={"color": style.GREY, "width": 1, "dash": "dot"})
        fig.add_annotation(x=ev.year, y=1, yref="paper", text=getattr(ev, label),
                           showarrow=False, xanchor="right", yanchor="top", textangle=-90,
                           font={"size": 11, "color": style.GREY})


def latest(data: Bundle, iso3: str = "KGZ", measure: str = "remittances_pct_gdp",
           year: int | None = None) -> pd.Series | None:
    """The World Bank row for iso3 at year (or the latest year with the measure)."""
    rows = wdi(data)
    rows = rows[(rows["country_iso3"] == iso3) & rows[measure].notna()]
    if year is not None:
        rows = rows[rows["year"] <= year]
    return None if rows.empty else rows.sort_values("year").iloc[-1]


def summary(data: Bundle, filters: Filters) -> str:
    row = latest(data, year=filters.year)
    if row is None:
        return t("nodata.long", filters.lang)
    return t("remit.summary", filters.lang, year=int(row["year"]),
             pct=f"{row['remittances_pct_gdp']:.1f}",
             usd=f"{row['remittances_usd'] / 1e9:.2f}")
