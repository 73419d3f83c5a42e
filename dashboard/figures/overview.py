"""Headline figures for the overview: each a value with its year, source ids, quality and the
formula when it is derived. Pure: (data, filters) -> list of Headline."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.datasets import Bundle
from dashboard.figures import recommendations as fig_recs
from dashboard.figures import remittances as fig_remit
from dashboard.filters import Filters, nearest_year


@dataclass(frozen=True)
class Headline:
    key: str  # i18n key stem: overview.kpi.<key>
    value: str | None  # formatted; None means "no data"
    year: int | None
    source_ids: tuple[str, ...]
    quality: str
    href: str
    note: str = ""  # i18n key: the formula of a derived figure, or a caveat
    note_values: tuple[tuple[str, object], ...] = ()
    compare: tuple[str, ...] = field(default_factory=tuple)  # other sources' words


def _fmt_int(n: float) -> str:
    return f"{int(round(n)):,}".replace(",", "\u202f")  # narrow no-break space groups digits


def undesa_total(data: Bundle, year: int | None, sex: str) -> tuple[int | None, float | None]:
    stock = data["migrant_stock"]
    un = stock[(stock["source_id"] == "undesa_ims2019") & (stock["place_type"] == "country")]
    chosen = nearest_year(un["year"], year)
    if chosen is None:
        return None, None
    rows = un[(un["year"] == chosen) & (un["sex"] == sex)]
    return chosen, float(rows["value"].sum()) if not rows.empty else None


def headlines(data: Bundle, filters: Filters) -> list[Headline]:
    out = []
    year, total = undesa_total(data, filters.year, filters.sex)
    out.append(Headline(
        "abroad", _fmt_int(total) if total is not None else None, year, ("undesa_ims2019",),
        "derived", "/destinations",
        note="overview.note.abroad"))

    stock = data["migrant_stock"]
    un = stock[(stock["source_id"] == "undesa_ims2019") & (stock["year"] == year)
               & (stock["sex"] == filters.sex)]
    russia = un.loc[un["destination_iso3"] == "RUS", "value"].sum()
    share_ru = 100 * russia / total if total else None
    seed = stock[(stock["source_id"] == "tspc2013") & (stock["measure"] == "share_in_country")]
    out.append(Headline(
        "russia", f"{share_ru:.0f} %" if share_ru is not None else None, year,
        ("undesa_ims2019",), "derived", "/destinations",
        note="overview.note.russia",
        compare=tuple(f"{v:.0f} % (TSPC 2013)" for v in seed["value"].dropna())))

    _, women = undesa_total(data, filters.year, "women")
    _, both = undesa_total(data, filters.year, "total")
    share_w = 100 * women / both if women and both else None
    seed_w = stock[(stock["source_id"] == "tspc2012") & (stock["measure"] == "share_women")]
    out.append(Headline(
        "women", f"{share_w:.0f} %" if share_w is not None else None, year,
        ("undesa_ims2019",), "derived", "/destinations",
        note="overview.note.women",
        compare=tuple(f"{lo:.0f}–{hi:.0f} % (TSPC 2012)"
                      for lo, hi in zip(seed_w["low"], seed_w["high"], strict=True)
                      if lo == lo and hi == hi)))

    row = fig_remit.latest(data, year=filters.year)
    out.append(Headline(
        "remittances", f"{row['remittances_pct_gdp']:.1f} %" if row is not None else None,
        int(row["year"]) if row is not None else None,
        ("wb_wdi_remittances", "wb_wdi_gdp"), "derived", "/remittances",
        note="overview.note.remittances"))

    counts = data["diaspora_counts"]
    reported = counts[(counts["source_id"] == "tspc2012") & (counts["value"].notna())]
    offices = data["diaspora_offices"]
    documented = offices["city"].nunique()
    value = (f"{int(reported['value'].iloc[0])} / {documented}" if not reported.empty
             else str(documented))
    out.append(Headline("offices", value, 2012, ("tspc2012",), "reported", "/offices",
                        note="overview.note.offices",
                        note_values=(("offices", len(offices)),
                                     ("verified", int(offices["verified"].sum())))))
    cov = fig_recs.coverage_of(data, filters.year)
    items = cov[~cov["is_parent"]]
    acted = int(items["status"].isin(["in_progress", "partly_done", "done"]).sum())
    as_of = filters.year or int(items["latest_year"].max())
    out.append(Headline("recommendations", f"{acted} / {len(items)}", as_of,
                        ("tspc2012", "tspc2013"), "derived", "/recommendations",
                        note="overview.note.recommendations",
                        note_values=(("done", int((items["status"] == "done").sum())),)))
    return out
