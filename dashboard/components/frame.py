"""The chrome around every page: navigation, language switch, filter bar, notices, footer.

Each page's layout function calls `page_frame`, so the chrome is rendered from the same parsed
URL as the page itself. The filter bar's one callback only writes the URL; the Pages router then
re-renders the page from it. The URL is the single source of truth, and there is no state to
keep in sync between controls and views.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html, no_update

from dashboard import filters as flt
from dashboard import runtime
from dashboard.filters import Filters, Notice
from dashboard.i18n import CATALOGUE, t

# The Pages router's own Location: callbacks write the query here, and Dash re-runs the router
# (a second dcc.Location would change the address bar but not re-render the page).
PAGES_LOCATION = "_pages_location"
PAGES = [("/", "nav.overview"), ("/destinations", "nav.destinations"),
         ("/offices", "nav.offices"), ("/remittances", "nav.remittances"),
         ("/recommendations", "nav.recommendations"), ("/indicators", "nav.indicators"),
         ("/data", "nav.data"), ("/sources", "nav.sources"), ("/present", "nav.present")]
LANG_NAMES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}


def sector_label(code: str, lang: str) -> str:
    if code == "all":
        return t("filter.sector.all", lang)
    table = runtime.data()["sectors"].set_index("code")
    col = {"en": "label_en", "ru": "label_ru", "ky": "label_ky"}[lang]
    return table.at[code, col] if code in table.index else code


def _navbar(path: str, filters: Filters) -> dbc.Navbar:
    lang = filters.lang
    links = [
        dbc.NavItem(dbc.NavLink(t(key, lang), href=href + flt.to_query(filters),
                                active=(href == path), className="px-2",
                                id=f"nav-{key.removeprefix('nav.')}"))
        for href, key in PAGES
    ]
    langs = [
        dbc.NavItem(dbc.NavLink(
            name, href=path + flt.to_query(Filters(**{**filters.__dict__, "lang": code})),
            active=(code == lang), className="px-2 small", id=f"nav-lang-{code}"))
        for code, name in LANG_NAMES.items()
    ]
    return dbc.Navbar(
        dbc.Container([
            dbc.NavbarBrand(t("site.title", lang), href="/" + flt.to_query(filters),
                            id="nav-brand"),
            html.Nav(dbc.Nav(links, navbar=True, className="flex-wrap"),
                     **{"aria-label": t("nav.main", lang)}),
            html.Nav(dbc.Nav(langs, navbar=True), className="ms-lg-auto",
                     **{"aria-label": t("nav.language", lang)}),
        ], fluid=True, className="flex-wrap"),
        color="dark", dark=True, className="mb-3",
    )


def _filter_bar(filters: Filters, years: list[int]) -> html.Section:
    lang = filters.lang
    codes = ["all", *runtime.data()["sectors"]["code"]]
    sector_opts = [{"label": sector_label(c, lang), "value": c} for c in codes]
    gender_opts = [{"label": t(f"filter.gender.{g}", lang), "value": g} for g in flt.GENDERS]
    year_opts = [{"label": t("filter.year.latest", lang), "value": "latest"}] + [
        {"label": str(y), "value": str(y)} for y in sorted(years, reverse=True)]
    return html.Section([
        html.H2(t("filter.label", lang), id="filter-heading", className="visually-hidden"),
        dbc.Row([
            dbc.Col([
                dbc.Label(t("filter.sector", lang), html_for="filter-sector"),
                dcc.Dropdown(id="filter-sector", options=sector_opts, value=filters.sector,
                             clearable=False, searchable=True),
            ], md=4, id="filter-sector-field"),
            dbc.Col([
                html.Div(t("filter.gender", lang), id="filter-gender-label",
                         className="form-label"),
                # one name: the radios are one group, one Tab stop, arrow keys choose
                html.Div(dbc.RadioItems(id="filter-gender", options=gender_opts,
                                        value=filters.gender, inline=True, className="pt-1",
                                        name="filter-gender"),
                         role="radiogroup", id="filter-gender-field",
                         **{"aria-labelledby": "filter-gender-label"}),
            ], md=4),
            dbc.Col([
                dbc.Label(t("filter.year", lang), html_for="filter-year"),
                dcc.Dropdown(id="filter-year", options=year_opts,
                             value=str(filters.year) if filters.year else "latest",
                             clearable=False, searchable=False),
            ], md=2, id="filter-year-field"),
            dbc.Col(dcc.Link(t("filter.reset", lang), id="filter-reset",
                             href=flt.to_query(Filters(lang=lang)) or "?",
                             className="btn btn-outline-secondary btn-sm mt-4"), md=2),
        ], className="g-3 align-items-start"),
    ], className="filter-bar border rounded p-3 mb-3 bg-light",
        **{"aria-labelledby": "filter-heading"})  # a named section: a landmark


def notices_block(notices: list[Notice], lang: str) -> html.Div:
    def label(name):
        key = f"filter.{name}"
        return t(key, lang) if key in CATALOGUE else name

    return html.Div([
        html.Div(t("notice.bad_value", lang, given=n.given, name=label(n.name), used=n.used),
                 className="alert alert-warning py-2 mb-2", **{"data-notice": n.name})
        for n in notices
    ], id="notices", role="status")


def page_frame(path: str, filters: Filters, notices: list[Notice], body, *,
               years: list[int] | None = None, extra: dict | None = None) -> html.Div:
    """The page around `body`. `data-view` holds the canonical query the page was rendered
    from (filters plus the page's own `extra` parameters), so a script or test can tell when
    a re-render for a new URL has landed, rather than guessing from the address bar."""
    lang = filters.lang
    return html.Div([
        html.A(t("skip.content", lang), href="#main", className="visually-hidden-focusable"),
        _navbar(path, filters),
        dbc.Container([
            _filter_bar(filters, years or []),
            notices_block(notices, lang),
            html.Main(body, id="main", tabIndex="-1"),
            html.Footer(html.P(t("footer.data", lang), className="small text-muted mt-5"),
                        className="border-top pt-3"),
        ], fluid="xl"),
    ], lang=lang, className="kg-page", id="kg-page",
        **{"data-view": path + flt.to_query(filters, **(extra or {}))})


def parse_query(query: dict) -> tuple[Filters, list[Notice]]:
    """Filters from a layout function's keyword arguments (Dash passes the query string)."""
    return flt.parse(query, runtime.data()["sectors"]["code"])


@callback(
    Output(PAGES_LOCATION, "search"),
    Input("filter-sector", "value"),
    Input("filter-gender", "value"),
    Input("filter-year", "value"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_filters_to_url(sector, gender, year, search):
    """A filter control changed: write the new selection into the URL (keeping lang and any
    page-specific parameters); the page re-renders from the URL."""
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    wanted = {"sector": sector, "gender": gender, "year": year}
    for name, value in wanted.items():
        default = getattr(Filters(), name)
        if value in (None, "", "latest") or value == default:
            query.pop(name, None)
        else:
            query[name] = str(value)
    new = "?" + urlencode(query) if query else ""
    return no_update if new == (search or "") else new
