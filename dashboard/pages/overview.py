"""/ overview: the headline figures, each with its year, source and quality, linking to its page."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import runtime
from dashboard.components.chart import source_line
from dashboard.components.frame import page_frame, parse_query
from dashboard.figures import overview as fig_overview
from dashboard.figures.style import quality_label
from dashboard.filters import Filters, to_query
from dashboard.i18n import t

dash.register_page(__name__, path="/", title="Kyrgyz labour migration",
                   description="Cited public data on Kyrgyz labour migration: destinations, "
                               "diaspora offices, remittances and policy recommendations.",
                   redraw_in_place=True)

# figures that answer the gender filter; the others say they have no breakdown by sex
GENDERED = {"abroad", "russia", "women"}


def _card(h: fig_overview.Headline, filters: Filters) -> dbc.Col:
    lang = filters.lang
    value = h.value if h.value is not None else t("nodata", lang)
    caveats = []
    if filters.gender != "all" and h.key not in GENDERED:
        caveats.append(html.Span(t("overview.no_gender", lang), className="badge bg-light "
                                 "text-dark border me-1"))
    return dbc.Col(dbc.Card(dbc.CardBody([
        html.H2(t(f"overview.kpi.{h.key}", lang), className="h6 text-muted"),
        html.P(value, className="display-6 fw-semibold mb-1 kpi-value",
               **{"data-kpi": h.key}),
        html.P([f"{h.year} · " if h.year else "", quality_label(h.quality, lang), *caveats],
               className="small mb-1"),
        html.P(t(h.note, lang, **dict(h.note_values)), className="small text-muted mb-1")
        if h.note else None,
        html.P(f"{t('overview.other_sources', lang)}: {'; '.join(h.compare)}",
               className="small mb-1") if h.compare else None,
        source_line(h.source_ids, lang),
        dcc.Link(f"{t('overview.open', lang)} →", href=h.href + to_query(filters),
                 className="small"),
    ]), className="h-100 shadow-sm"), md=6, lg=4, className="mb-4")


def layout(**query):
    filters, notices = parse_query(query)
    lang = filters.lang
    data = runtime.data()
    cards = [_card(h, filters) for h in fig_overview.headlines(data, filters)]
    body = [
        html.H1(t("site.title", lang)),
        html.P(t("overview.lead", lang), className="lead"),
        html.P(t("overview.gender_note", lang, gender=t(f"filter.gender.{filters.gender}", lang)),
               className="small") if filters.gender != "all" else None,
        html.P(t("notice.no_sector_breakdown", lang), className="small")
        if filters.sector != "all" else None,
        dbc.Row(cards),
    ]
    years = sorted({int(y) for y in data["migrant_stock"]["year"].dropna()}
                   | {int(y) for y in data["remittances"]["year"]})
    return page_frame("/", filters, notices, body, years=years)
