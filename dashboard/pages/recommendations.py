"""/recommendations: every recommendation of the two TSPC reports, grouped by theme, with its
coverage by action since (status, evidence, year, actor), as of the chosen year.

Page-specific query: `theme=<theme code>` narrows the grid and the list to one theme;
`rec=<recommendation id>` opens its detail panel (evidence and sources). Both are written into
the URL by this page's callback, so every view is a permalink.
"""

from __future__ import annotations

from html import escape as esc
from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update

from dashboard import filters as flt
from dashboard import runtime
from dashboard.components.chart import chart_card, source_items, source_text
from dashboard.components.frame import PAGES_LOCATION, page_frame, parse_query, sector_label
from dashboard.figures import recommendations as fig_rec
from dashboard.filters import Filters
from dashboard.i18n import t
from dashboard.schema import THEMES

dash.register_page(__name__, path="/recommendations",
                   title="Recommendations · Kyrgyz labour migration",
                   description="Every recommendation of the 2012 and 2013 TSPC reports, and how "
                               "far each has been acted on since, with evidence and sources.")

PAGE_PARAMS = ("theme", "rec")


def parse_page_params(query: dict, data) -> tuple[str | None, str | None, list[tuple]]:
    """theme and rec from the query; unknown values are dropped, with (name, given) notices."""
    bad = []
    theme = flt._first(query, "theme")
    theme = theme.strip().lower() if theme else None
    if theme and theme not in THEMES:
        bad.append(("theme", theme[:40]))
        theme = None
    rec = flt._first(query, "rec")
    rec = rec.strip() if rec else None
    if rec:
        ids = {i.lower(): i for i in data["recommendations"]["id"]}
        if rec.lower() in ids:
            rec = ids[rec.lower()]
        else:
            bad.append(("rec", rec[:40]))
            rec = None
    return theme or None, rec, bad


def _bars(data, filters: Filters, theme: str | None):
    return fig_rec.by_theme(data, filters, theme, _source_line_text(data, filters.lang))


def _grid(data, filters: Filters, theme: str | None, rec: str | None):
    return fig_rec.timeline(data, filters, theme, rec, _source_line_text(data, filters.lang))


def _source_line_text(data, lang: str) -> str:
    """The reports, one a line (the line printed in a figure must fit beside the row labels),
    and how many evidence sources the page lists."""
    n = len(fig_rec.evidence_sources(data)) - len(fig_rec.REPORTS)
    items = source_items(fig_rec.REPORTS)
    publishers = {s["publisher"] for s in items}
    if len(publishers) == 1 and len(items) == len(fig_rec.REPORTS):
        years = ", ".join(str(s["year"]) for s in items)
        reports = f"{publishers.pop()} ({years})"
    else:
        reports = source_text(fig_rec.REPORTS)
    return f"{reports};<br>{t('rec.evidence_sources', lang, n=n)}"


def badge(status: str | None, lang: str) -> html.Span:
    if not status or status != status:  # None or NaN: a heading with sub-items
        return html.Span()
    return html.Span(
        f"{fig_rec.SYMBOLS[status]} {fig_rec.status_label(status, lang)}",
        className="badge rec-status", **{"data-status": status},
        style={"backgroundColor": fig_rec.COLOURS[status],
               "color": fig_rec.TEXT_COLOURS[status], "border": "1px solid #6c757d"})


def counts_badges(row: pd.Series, lang: str) -> html.Span:
    """A heading's summary: how many of its sub-items have each status."""
    parts = [html.Span([badge(s, lang), f" {int(row[s])}"], className="me-2 text-nowrap")
             for s in fig_rec.STATUSES if int(row[s])]
    return html.Span(parts, className="rec-summary")


def filter_notes(data, filters: Filters, sel: fig_rec.Selection) -> list[str]:
    """What the sector, gender and year filters do here, in words."""
    lang = filters.lang
    notes = []
    if filters.sector != "all":
        name = sector_label(filters.sector, lang)
        key = "rec.sector_note" if sel.explicit_sector else "rec.sector_note_none"
        notes.append(t(key, lang, sector=name, n=sel.explicit_sector + sel.all_sector,
                       explicit=sel.explicit_sector, all=sel.all_sector))
    if filters.gender != "all":
        notes.append(t("rec.gender_note", lang, gender=t(f"filter.gender.{filters.gender}", lang),
                       specific=sel.gender_specific, general=sel.shown - sel.gender_specific))
    if sel.total == 0:
        notes.append(t("rec.before_reports", lang, year=filters.year))
    elif sel.not_yet:
        notes.append(t("rec.not_yet_note", lang, year=filters.year, n=sel.not_yet))
    return notes


def rule_block(lang: str) -> html.Details:
    return html.Details([
        html.Summary(t("rec.rule_title", lang), className="fw-semibold"),
        html.Ol([html.Li(t(f"rec.rule.{i}", lang)) for i in range(1, 6)], className="mt-2"),
        html.P([html.Span(t("rec.legend", lang) + " ", className="me-1"),
                *[html.Span([badge(s, lang), " "]) for s in fig_rec.STATUSES]],
               className="mb-0"),
    ], open=True, className="border rounded p-3 mb-3 bg-white", id="rec-rule")


def evidence_table(data, rid: str, year: int | None, lang: str):
    ev = data["recommendation_evidence"]
    ev = ev[ev["recommendation_id"] == rid].copy()
    if ev.empty:
        parent = (data["recommendations"]["parent_id"] == rid).any()
        return html.P(t("rec.parent_no_events" if parent else "rec.no_events", lang),
                      className="text-muted")
    ev["_y"] = ev["year"].fillna(9999)
    ev = ev.sort_values(["_y", "id"])
    sources = {s["id"]: s for s in source_items(ev["source_id"])}
    rows = []
    for e in ev.itertuples():
        after = year is not None and pd.notna(e.year) and e.year > year
        src = sources.get(e.source_id)
        if src:
            label = f"{src['publisher']}: {src['title']}"
            yr = src["year"]
            label += f" ({yr})" if pd.notna(yr) else ""
            link = html.A(label, href=src["url"], rel="noopener") if src["url"] else label
        else:
            link = e.source_id
        rows.append(html.Tr([
            html.Td(str(e.year) if pd.notna(e.year) else t("rec.year_unknown", lang)),
            html.Td(str(e.actor).replace(";", "; ")),
            html.Td([e.event, html.Div(e.note, className="small text-muted") if e.note
                     else None]),
            html.Td([badge(e.status, lang),
                     html.Div(t("rec.after_year", lang, year=year), className="small")
                     if after else None]),
            html.Td(link, className="small"),
        ], className="text-muted rec-after" if after else None))
    head = html.Thead(html.Tr([html.Th(t(f"rec.col.{c}", lang), scope="col") for c in
                               ("year", "actor", "event", "status", "source")]))
    return dbc.Table([head, html.Tbody(rows)], bordered=False, hover=True, responsive=True,
                     size="sm", className="mb-0", id="rec-evidence")


def detail_panel(data, filters: Filters, rec: str | None, sel: fig_rec.Selection,
                 cov: pd.DataFrame) -> dbc.Card:
    lang = filters.lang
    year = fig_rec.as_of_year(data, filters)
    if rec is None:
        body = [html.P(t("rec.detail_empty", lang), className="mb-0 text-muted")]
        return dbc.Card(dbc.CardBody(body), className="mb-4 shadow-sm", id="rec-detail")
    recs = data["recommendations"].set_index("id")
    r = recs.loc[rec]
    row = cov.loc[rec]
    made = fig_rec.report_years(data)[r["report"]]
    sectors = "; ".join(sector_label(c, lang) for c in r["sectors"].split(";"))
    facts = [
        (t("rec.col.report", lang), f"{t('rec.report.' + r['report'], lang)} · {r['section']}"),
        (t("rec.col.theme", lang), fig_rec.theme_label(r["theme"], lang)),
        (t("rec.col.actors", lang), r["actors"].replace(";", "; ") or "–"),
        (t("filter.sector", lang), sectors),
    ]
    if r["gender_specific"]:
        facts.append((t("filter.gender", lang), t("rec.gender_specific", lang)))
    if r["parent_id"]:
        parent = recs.loc[r["parent_id"]]
        facts.append((t("rec.part_of", lang), f"{r['parent_id']}: {parent['text']}"))
    body = [
        html.H2([html.Span(rec, className="me-2"), badge(row["status"], lang)], className="h5"),
        html.Blockquote(r["text"], className="blockquote fs-6 border-start ps-3"),
        html.Dl([x for k, v in facts for x in (html.Dt(k, className="col-sm-3"),
                                               html.Dd(v, className="col-sm-9"))],
                className="row small mb-2"),
    ]
    notes = []
    if filters.year is not None and made > filters.year:
        notes.append(t("rec.detail_not_yet", lang, year=filters.year, made=made))
    if rec not in set(sel.rows["id"]):
        notes.append(t("rec.detail_outside", lang))
    body[1:1] = [dbc.Alert(n, color="info", className="py-2 small mb-2") for n in notes]
    if row["is_parent"]:
        kids = data["recommendations"]
        kids = kids[kids["parent_id"] == rec]
        body += [
            html.P([html.Strong(t("rec.sub_items", lang, n=len(kids), year=year) + " "),
                    counts_badges(row, lang)]),
            html.Ul([html.Li([dcc.Link(k.id, href=_href(filters, rec=k.id)), " ",
                              badge(cov.loc[k.id, "status"], lang), " ", k.text])
                     for k in kids.itertuples()], className="small"),
        ]
    else:
        body.append(html.P(t("rec.status_as_of", lang, year=year,
                             status=fig_rec.status_label(row["status"], lang),
                             n=int(row["events"])), className="small"))
    body += [html.H3(t("rec.evidence", lang), className="h6 mt-3"),
             evidence_table(data, rec, filters.year, lang)]
    return dbc.Card([
        dbc.CardHeader(t("rec.detail_title", lang), className="fw-semibold"),
        dbc.CardBody(body),
    ], className="mb-4 shadow-sm border-primary", id="rec-detail")


def _href(filters: Filters, **params) -> str:
    return flt.to_query(filters, **params) or "?"


def badge_html(status: str, lang: str) -> str:
    """The status badge as HTML, for the tables rendered as one Markdown block each."""
    return (f'<span class="badge rec-status" data-status="{status}" style="background-color:'
            f'{fig_rec.COLOURS[status]};color:{fig_rec.TEXT_COLOURS[status]};border:1px solid '
            f'#6c757d">{esc(fig_rec.SYMBOLS[status])} '
            f'{esc(fig_rec.status_label(status, lang))}</span>')


def _row_html(r, c: pd.Series, filters: Filters, theme: str | None, rec: str | None) -> str:
    lang = filters.lang
    if c["is_parent"]:
        status = " ".join(f'<span class="text-nowrap">{badge_html(s, lang)} {int(c[s])}</span>'
                          for s in fig_rec.STATUSES if int(c[s]))
    else:
        status = badge_html(c["status"], lang)
    latest = ""
    if c["events"]:
        latest = esc(t("rec.events_count", lang, n=int(c["events"])))
        if pd.notna(c["latest_year"]):
            actor = esc(c["latest_actor"].replace(";", "; "))
            latest += f", {int(c['latest_year'])} ({actor})"
    text = esc(r.text)
    if r.sectors != "all":
        names = "; ".join(sector_label(s, lang) for s in r.sectors.split(";"))
        text += f' <span class="badge text-bg-light border">{esc(names)}</span>'
    if r.gender_specific:
        text += (f' <span class="badge text-bg-secondary">'
                 f'{esc(t("rec.gender_specific", lang))}</span>')
    indent = ' class="ps-4"' if r.parent_id else ""
    href = esc(_href(filters, theme=theme, rec=r.id))
    link = (f'<a href="{href}" title="{esc(t("rec.details_link", lang))}">'
            f'{"↳ " if r.parent_id else ""}{esc(r.id)}</a>')
    section = f'{esc(t(f"rec.report.{r.report}", lang))}<br/><span class="text-muted">' \
              f'{esc(r.section)}</span>'
    cells = [f'<td class="text-nowrap">{link}</td>', f"<td{indent}>{text}</td>",
             f"<td>{status}</td>", f'<td class="small">{esc(r.actors.replace(";", "; "))}</td>',
             f'<td class="small">{section}</td>', f'<td class="small">{latest}</td>']
    mark = ' class="table-primary"' if r.id == rec else ""
    return f'<tr data-rec="{esc(r.id)}"{mark}>{"".join(cells)}</tr>'


def rec_list(data, filters: Filters, theme: str | None, rec: str | None,
             sel: fig_rec.Selection, cov: pd.DataFrame):
    """Every selected recommendation, grouped by theme in an accordion, one table per theme.

    Each table is one HTML block (dcc.Markdown): a hundred rows as Dash components would make
    the browser rebuild some 1,200 components on every filter change. The ids are plain links
    to this page with `rec=<id>` (a permalink, reloading the page)."""
    lang = filters.lang
    rows = sel.rows
    if rows.empty:
        return html.P(t("rec.none_selected", lang), className="text-muted")
    items = []
    open_theme = theme or (rows.loc[rows["id"] == rec, "theme"].iloc[0]
                           if rec in set(rows["id"]) else None)
    head = "".join(f'<th scope="col">{esc(t(f"rec.col.{c}", lang))}</th>' for c in
                   ("id", "text", "status", "actors", "report", "evidence"))
    for th in THEMES:
        part = rows[rows["theme"] == th]
        if part.empty:
            continue
        leaves = int((~cov.loc[part["id"], "is_parent"]).sum())
        body = "".join(_row_html(r, cov.loc[r.id], filters, theme, rec)
                       for r in part.itertuples())
        table = (f'<div class="table-responsive"><table class="table table-sm table-hover mb-0">'
                 f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")
        items.append(dbc.AccordionItem(
            dcc.Markdown(table, dangerously_allow_html=True, id=f"rec-table-{th}"),
            title=f"{fig_rec.theme_label(th, lang)} ({leaves})", item_id=th))
    return dbc.Accordion(items, always_open=True, active_item=[open_theme] if open_theme else [],
                         id="rec-list")


def notices(bad: list[tuple], lang: str) -> list:
    return [html.Div(t("rec.bad_param", lang, given=given, name=t(f"rec.param.{name}", lang)),
                     className="alert alert-warning py-2 mb-2", role="status",
                     **{"data-notice": name})
            for name, given in bad]


def all_sources(data, lang: str) -> html.Details:
    items = source_items(fig_rec.evidence_sources(data))
    lis = []
    for s in items:
        label = esc(f"{s['publisher']}: {s['title']}"
                    + (f" ({s['year']})" if pd.notna(s["year"]) else ""))
        lis.append(f'<li><a href="{esc(s["url"])}" rel="noopener">{label}</a></li>'
                   if s["url"] else f"<li>{label}</li>")
    return html.Details([
        html.Summary(t("rec.all_sources", lang, n=len(items))),
        dcc.Markdown(f'<ul class="small mt-2">{"".join(lis)}</ul>', dangerously_allow_html=True),
    ], className="mb-4", id="rec-sources")


def layout(**query):
    filters, filter_notices = parse_query(query)
    lang = filters.lang
    data = runtime.data()
    theme, rec, bad = parse_page_params(query, data)
    years = fig_rec.grid_years(data, filters)
    if filters.year is not None and filters.year not in years:
        years = sorted({*years, filters.year})
    sel_all = fig_rec.select(data, filters)
    sel = fig_rec.select(data, filters, theme)
    cov = fig_rec.coverage_of(data, filters.year)
    year = fig_rec.as_of_year(data, filters)
    notes = filter_notes(data, filters, sel_all)
    ids = fig_rec.REPORTS  # the evidence sources: per event in the panel, all at the foot
    bars = runtime.cached(_bars, filters, theme)
    grid = runtime.cached(_grid, filters, theme, rec)
    theme_opts = [{"label": fig_rec.theme_label(th, lang), "value": th} for th in THEMES]
    rec_opts = [{"label": f"{'↳ ' if r.parent_id else ''}{r.id}: {fig_rec.short(r.text, 90)}",
                 "value": r.id} for r in sel.rows.itertuples()]
    if rec and rec not in set(sel.rows["id"]):
        rec_text = data["recommendations"].set_index("id").at[rec, "text"]
        rec_opts.insert(0, {"label": f"{rec}: {fig_rec.short(rec_text, 90)}", "value": rec})
    asof = t("rec.asof_year", lang, year=year) if filters.year else \
        t("rec.asof_latest", lang, year=year)
    body = [
        html.H1(t("rec.title", lang)),
        html.P(t("rec.intro", lang), className="lead"),
        html.P(t("rec.english_note", lang), className="small") if lang != "en" else None,
        *notices(bad, lang),
        html.P(html.Strong(asof), id="rec-asof"),
        rule_block(lang),
        chart_card("rec-bars", bars, ids, lang, summary=fig_rec.bars_summary(data, filters),
                   notes=[*notes, t("rec.bars_hint", lang) if sel_all.total else None]),
        dbc.Row([
            dbc.Col([
                dbc.Label(t("rec.theme_select", lang), html_for="rec-theme"),
                dcc.Dropdown(id="rec-theme", options=theme_opts, value=theme,
                             placeholder=t("rec.theme_all", lang), clearable=True),
            ], md=4),
            dbc.Col([
                dbc.Label(t("rec.rec_select", lang), html_for="rec-select"),
                dcc.Dropdown(id="rec-select", options=rec_opts, value=rec,
                             placeholder=t("rec.rec_placeholder", lang), clearable=True,
                             optionHeight=50),
            ], md=8),
        ], className="g-3 mb-3"),
        detail_panel(data, filters, rec, sel, cov),
        chart_card("rec-grid", grid, ids, lang,
                   summary=fig_rec.grid_summary(data, filters, theme),
                   notes=[t("rec.grid_hint", lang)]),
        html.H2(t("rec.list_title", lang, year=year), className="h4 mt-4"),
        html.P(t("rec.list_hint", lang, n=len(sel.rows)), className="small text-muted"),
        rec_list(data, filters, theme, rec, sel, cov),
        html.Div(className="mb-4"),
        all_sources(data, lang),
        dcc.Store(id="rec-scroll"),
    ]
    return page_frame("/recommendations", filters, filter_notices, body, years=years,
                      extra={"theme": theme, "rec": rec})


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("rec-theme", "value"),
    Input("rec-select", "value"),
    Input("rec-bars", "clickData"),
    Input("rec-grid", "clickData"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_selection_to_url(theme, rec, bar_click, grid_click, search):
    """A theme or a recommendation was chosen (menus, a bar, a grid cell): write it into the
    URL; the page re-renders from it."""
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    trigger = ctx.triggered_id
    wanted = {}
    if trigger == "rec-theme":
        wanted["theme"] = theme if theme in THEMES else None
    elif trigger == "rec-select":
        wanted["rec"] = rec if isinstance(rec, str) else None
    elif trigger == "rec-bars":
        point = _first_point(bar_click)
        wanted["theme"] = point.get("y") if point.get("y") in THEMES else None
        if wanted["theme"] is None:
            return no_update
    elif trigger == "rec-grid":
        label = _first_point(grid_click).get("y")
        if not isinstance(label, str):
            return no_update
        wanted["rec"] = fig_rec.rec_id_of_label(label)
    else:
        return no_update
    if wanted.get("rec") is not None:
        ids = set(runtime.data()["recommendations"]["id"])
        if wanted["rec"] not in ids:
            return no_update
    for name, value in wanted.items():
        if value:
            query[name] = value
        else:
            query.pop(name, None)
    new = "?" + urlencode(query) if query else ""
    return no_update if new == (search or "") else new


def _first_point(click) -> dict:
    if isinstance(click, dict):
        points = click.get("points")
        if isinstance(points, list) and points and isinstance(points[0], dict):
            return points[0]
    return {}


# bring the detail panel into view when a new recommendation is opened (also on a permalink)
clientside_callback(
    """function(id) {
        const rec = new URLSearchParams(window.location.search).get('rec');
        if (rec && rec !== window._kgRecShown) {
            const el = document.getElementById(id);
            if (el) { el.scrollIntoView({block: 'start'}); }
        }
        window._kgRecShown = rec;
        return window.dash_clientside.no_update;
    }""",
    Output("rec-scroll", "data"),
    Input("rec-detail", "id"),
)
