"""Recommendations of the two TSPC reports and how far each is covered by action since.

`coverage` is the one place where a recommendation's status is computed (the rule is in its
docstring and, in words, on the page). Everything else here selects recommendations for the
filters and draws them: stacked bars of statuses per theme, and a year x recommendation grid
that replays the status year by year.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import Bundle
from dashboard.figures import style
from dashboard.filters import Filters
from dashboard.i18n import t
from dashboard.schema import THEMES

# the ordinal scale, least to most advanced; superseded stands apart from it
ORDER = ("no_evidence", "in_progress", "partly_done", "done")
STATUSES = (*ORDER, "superseded")
# light to dark blue for the ordinal scale (ColorBrewer Blues: readable with every common
# colour-vision deficiency and in greyscale), orange for superseded (Okabe-Ito); each status
# also has a symbol, printed in the grid, so colour is never the only cue. Each text colour
# is at least 4.5:1 on its fill (WCAG AA: the badges and the labels in the bars are small)
COLOURS = {"no_evidence": "#e9ecef", "in_progress": "#9ecae1", "partly_done": "#2171b5",
           "done": "#08306b", "superseded": "#E69F00"}
TEXT_COLOURS = {"no_evidence": "#212529", "in_progress": "#212529", "partly_done": "#ffffff",
                "done": "#ffffff", "superseded": "#212529"}
SYMBOLS = {"no_evidence": "–", "in_progress": "…", "partly_done": "½", "done": "✓",
           "superseded": "↷"}
PATTERN = {"superseded": "x"}
REPORTS = ("tspc2012", "tspc2013")
LABEL_WIDTH = 46


def coverage(recommendations: pd.DataFrame, evidence: pd.DataFrame,
             year: int | None = None) -> pd.DataFrame:
    """The coverage of every recommendation as of `year` (None: counting every event).

    The rule:

    1. Only evidence rows with `year <= year` count; a row with a blank year counts as of any
       year (its date is unknown, not absent).
    2. A recommendation's status is the most advanced status among its counted rows, in the
       order no_evidence < in_progress < partly_done < done.
    3. `superseded` is a status of its own: it wins only when a superseded row is among the
       latest dated counted events (the recommendation lapsed and nothing came after). If no
       counted row has a year, any superseded row wins. An older superseded row followed by
       later events does not count.
    4. No counted row: no_evidence.
    5. A recommendation with sub-items (other rows name it as parent_id) gets no status of its
       own: it is summarised by the counts of its sub-items' statuses, and each sub-item is
       shown and counted individually.

    Returns one row per recommendation, in the input's order, indexed by id, with columns
    `status` (None for a parent), `is_parent`, `events` (counted rows), `latest_year` (latest
    counted dated event, or <NA>), `latest_actor`, and one count column per status: 1 in the
    leaf's own status column, the sub-items' counts for a parent.
    """
    ev = evidence[["recommendation_id", "year", "status", "actor"]]
    if year is not None:
        ev = ev[(ev["year"].fillna(year) <= year).astype(bool)]
    ids = recommendations["id"]
    parent_of = recommendations["parent_id"].replace("", None)
    parents = set(parent_of.dropna())
    rid = ev["recommendation_id"]
    rank = ev["status"].map({s: i for i, s in enumerate(ORDER)})  # superseded: NaN
    best = rank.groupby(rid).max()
    events = rid.value_counts()
    dated = ev[ev["year"].notna()]
    latest = dated.groupby("recommendation_id")["year"].max()
    at_latest = dated[dated["year"].eq(dated["recommendation_id"].map(latest)).astype(bool)]
    # superseded among the latest dated events; where nothing is dated, any superseded row
    undated_only = ev[~rid.isin(latest.index)]
    lapsed = set(at_latest.loc[at_latest["status"] == "superseded", "recommendation_id"]) | \
        set(undated_only.loc[undated_only["status"] == "superseded", "recommendation_id"])
    actor = pd.concat([at_latest, undated_only]).groupby("recommendation_id")["actor"].last()
    status = best.reindex(ids).map(lambda r: ORDER[int(r)] if pd.notna(r) else "no_evidence")
    status = status.where(~status.index.isin(lapsed), "superseded")
    frame = pd.DataFrame({
        "status": status.to_numpy(dtype=object),
        "is_parent": ids.isin(parents).to_numpy(),
        "events": events.reindex(ids).fillna(0).astype(int).to_numpy(),
        "latest_year": latest.reindex(ids).astype("Int64").to_numpy(),
        "latest_actor": actor.reindex(ids).fillna("").to_numpy(dtype=object),
    }, index=pd.Index(ids, name="id"))
    for s in STATUSES:
        frame[s] = (frame["status"] == s).astype(int)
    if parents:
        sums = frame[list(STATUSES)].groupby(parent_of.to_numpy()).sum()
        has_kids = frame.index.isin(sums.index)
        frame.loc[has_kids, list(STATUSES)] = sums.reindex(frame.index[has_kids]).to_numpy()
        frame.loc[has_kids, "status"] = None
    return frame


_MEMO: dict[tuple, pd.DataFrame] = {}


def coverage_of(data: Bundle, year: int | None = None) -> pd.DataFrame:
    """`coverage` for a loaded bundle, memoised per data version and year (the page asks for
    the same year several times per request, and the grid for every year)."""
    key = (data.version, year)
    found = _MEMO.get(key)
    if found is None:
        if len(_MEMO) > 256:
            _MEMO.clear()
        found = _MEMO[key] = coverage(data["recommendations"],
                                      data["recommendation_evidence"], year)
    return found


# --- selection -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """The recommendations a view shows, and what the filters did, for the page to say."""

    rows: pd.DataFrame  # recommendations in display order (parents before their sub-items)
    total: int  # recommendations (leaves) of the reports that existed by the year
    shown: int  # leaves in rows
    explicit_sector: int  # leaves naming the chosen sector (0 when sector is all)
    all_sector: int  # leaves that apply to all sectors
    gender_specific: int  # leaves flagged gender_specific among those shown
    not_yet: int  # leaves of a report later than the chosen year


def report_years(data: Bundle) -> dict[str, int]:
    """Year of each report, from sources.csv (the report ids are source ids)."""
    table = data["sources"].set_index("id")["year"]
    return {r: int(table.get(r)) if pd.notna(table.get(r)) else int(r[-4:]) for r in REPORTS}


def select(data: Bundle, filters: Filters, theme: str | None = None) -> Selection:
    """Recommendations for the filters, ordered by theme, gender-specific first when a gender
    is chosen, then by id.

    - year: recommendations of a report published after the year did not exist yet: left out.
    - sector: a recommendation is kept if its sectors contain the code or are `all`.
    - gender: the data mark recommendations as gender-specific without naming the gender, and
      every general one concerns women and men alike; so all are kept, gender-specific first.
    - theme (page parameter): only that theme.
    A parent is kept when any of its sub-items is.
    """
    recs = data["recommendations"].copy()
    years = report_years(data)
    if filters.year is not None:
        made = recs["report"].map(years) <= filters.year
    else:
        made = pd.Series(True, index=recs.index)
    parents = set(recs["parent_id"].replace("", None).dropna())
    leaf = ~recs["id"].isin(parents)
    not_yet = int((~made & leaf).sum())
    recs, leaf = recs[made], leaf[made]
    total = int(leaf.sum())
    codes = recs["sectors"].str.split(";")
    is_all = recs["sectors"] == "all"
    if filters.sector != "all":
        explicit = codes.map(lambda c: filters.sector in c) & ~is_all
        keep = explicit | is_all
    else:
        explicit = pd.Series(False, index=recs.index)
        keep = pd.Series(True, index=recs.index)
    if theme:
        keep &= recs["theme"] == theme
    # a parent stays when a sub-item stays (its own sectors are those of the heading)
    kept_parents = set(recs.loc[keep & recs["parent_id"].ne(""), "parent_id"])
    keep |= recs["id"].isin(kept_parents)
    keep &= ~recs["id"].isin(parents) | recs["id"].isin(kept_parents)
    rows = recs[keep].copy()
    # display order: theme, (gender-specific first), the heading's position, then the item
    rows["_theme"] = rows["theme"].map({th: i for i, th in enumerate(THEMES)})
    rows["_group"] = rows["parent_id"].where(rows["parent_id"] != "", rows["id"])
    gs = rows.groupby("_group")["gender_specific"].transform("any")
    rows["_gender"] = 0 if filters.gender == "all" else (~gs).astype(int)
    rows["_pos"] = range(len(rows))
    rows["_head"] = rows.groupby("_group")["_pos"].transform("min")
    rows["_child"] = (rows["parent_id"] != "").astype(int)
    order = ["_theme", "_gender", "_head", "_child", "_pos"]
    rows = rows.sort_values(order, kind="stable").drop(columns=[*order, "_group"])
    shown_leaf = ~rows["id"].isin(parents)
    return Selection(
        rows=rows, total=total, shown=int(shown_leaf.sum()),
        explicit_sector=int((explicit[keep] & leaf[keep]).sum()),
        all_sector=int((is_all[keep] & leaf[keep]).sum()),
        gender_specific=int((rows["gender_specific"] & shown_leaf).sum()),
        not_yet=not_yet,
    )


def as_of_year(data: Bundle, filters: Filters) -> int:
    """The year the statuses are given for: the chosen one, else the latest dated event."""
    if filters.year is not None:
        return filters.year
    years = data["recommendation_evidence"]["year"].dropna()
    return int(years.max()) if not years.empty else max(report_years(data).values())


def grid_years(data: Bundle, filters: Filters) -> list[int]:
    """Columns of the year grid: from the first report to the later of the latest event and
    the chosen year."""
    start = min(report_years(data).values())
    return list(range(start, max(as_of_year(data, filters), start) + 1))


def empty_reason(data: Bundle, filters: Filters) -> str:
    """Why a view is empty: before the reports, or nothing matches."""
    if select(data, filters).total == 0:
        return t("rec.before_reports", filters.lang, year=filters.year)
    return t("rec.none_selected", filters.lang)


def status_label(status: str, lang: str) -> str:
    return t(f"rec.status.{status}", lang)


def theme_label(theme: str, lang: str) -> str:
    return t(f"rec.theme.{theme}", lang)


def short(text: str, width: int = LABEL_WIDTH) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip(" ,;.") + "…"


def theme_counts(data: Bundle, filters: Filters) -> pd.DataFrame:
    """Leaves per theme (rows, THEMES order) and status (columns), as of the chosen year."""
    sel = select(data, filters)
    cov = coverage_of(data, filters.year)
    leaves = sel.rows[~cov.loc[sel.rows["id"], "is_parent"].to_numpy()]
    status = cov.loc[leaves["id"], "status"].to_numpy()
    table = pd.crosstab(leaves["theme"].to_numpy(), status)
    return table.reindex(index=[th for th in THEMES if th in table.index],
                         columns=list(STATUSES), fill_value=0)


# --- figures ---------------------------------------------------------------------------------

def by_theme(data: Bundle, filters: Filters, selected: str | None = None,
             source_text: str = "") -> go.Figure:
    """Stacked horizontal bars: how many recommendations of each theme have each status as of
    the chosen year, the count printed in each segment. Clicking a bar picks its theme."""
    lang = filters.lang
    year = as_of_year(data, filters)
    title = t("rec.bars_title", lang, year=year)
    table = theme_counts(data, filters)
    if table.empty or int(table.to_numpy().sum()) == 0:
        return style.no_data(title, lang, empty_reason(data, filters))
    themes = list(table.index)
    labels = [f"<b>{theme_label(th, lang)}</b>" if th == selected else theme_label(th, lang)
              for th in themes]
    fig = go.Figure()
    for s in STATUSES:
        counts = table[s].tolist()
        if not any(counts):
            continue
        name = f"{SYMBOLS[s]} {status_label(s, lang)}"
        fig.add_trace(go.Bar(
            y=themes, x=counts, orientation="h", name=name,
            marker={"color": COLOURS[s], "line": {"color": "#6c757d", "width": 0.5},
                    "pattern": {"shape": PATTERN.get(s, ""), "fgcolor": "#ffffff",
                                "solidity": 0.15}},
            text=[str(c) if c else "" for c in counts], textposition="inside",
            insidetextanchor="middle", textfont={"color": TEXT_COLOURS[s], "size": 14},
            customdata=[theme_label(th, lang) for th in themes],
            hovertemplate=f"%{{customdata}}: %{{x}} {name}<extra></extra>",
        ))
    style.base_layout(fig, height=200 + 36 * len(themes))
    fig.update_layout(
        title={"text": title}, barmode="stack", bargap=0.25, hovermode="closest",
        margin={"l": 20, "t": 60, "b": 130},
        legend={"traceorder": "normal", "title": {"text": t("rec.status", lang)}},
        xaxis={"title": {"text": t("rec.axis_count", lang)}, "dtick": 2 if
               table.sum(axis=1).max() <= 12 else 5},
        yaxis={"tickmode": "array", "tickvals": themes, "ticktext": labels,
               "autorange": "reversed", "automargin": True},
    )
    return style.with_source(fig, source_text, lang) if source_text else fig


def rec_id_of_label(label: str) -> str:
    """The recommendation id a grid row label starts with ('↳ R12-MP-06a Portability…')."""
    parts = str(label).replace("↳", " ").split()
    return parts[0] if parts else ""


def timeline(data: Bundle, filters: Filters, theme: str | None = None, rec: str | None = None,
             source_text: str = "") -> go.Figure:
    """A grid of recommendations (rows, grouped by theme) by year (columns): each cell is the
    status as of that year, by the coverage rule, coloured and marked with the status symbol.
    Cells before a recommendation's report are empty; the chosen year is outlined, and so is
    the row of the recommendation in the detail panel. Clicking a cell selects its row (the
    row label starts with the id)."""
    lang = filters.lang
    year = as_of_year(data, filters)
    title = t("rec.grid_title_year", lang, year=year)
    sel = select(data, filters, theme)
    years = grid_years(data, filters)
    leaves = sel.rows[~coverage_of(data)["is_parent"].reindex(sel.rows["id"]).to_numpy()]
    if leaves.empty:
        return style.no_data(title, lang, empty_reason(data, filters))
    per_year = {y: coverage_of(data, y)["status"] for y in years}
    made = leaves["report"].map(report_years(data))
    rank = {s: i for i, s in enumerate(STATUSES)}
    n = len(STATUSES)
    scale = []
    for i, s in enumerate(STATUSES):
        scale += [[i / n, COLOURS[s]], [(i + 1) / n, COLOURS[s]]]
    themes = [th for th in THEMES if th in set(leaves["theme"])]
    row_px, gap_px, margin = 22, 34, {"l": 20, "t": 90, "b": 60, "r": 150}
    plot_px = row_px * len(leaves) + gap_px * (len(themes) - 1)
    traces, axes, annotations, shapes = [], {}, [], []
    top = 1.0
    for i, th in enumerate(themes, start=1):
        part = leaves[leaves["theme"] == th]
        bottom = top - row_px * len(part) / plot_px
        yname = "y" if i == 1 else f"y{i}"
        axes["yaxis" if i == 1 else f"yaxis{i}"] = {
            "domain": [max(bottom, 0), min(top, 1)], "autorange": "reversed",
            "automargin": True, "tickfont": {"size": 12}, "anchor": "x", "showgrid": False,
            "fixedrange": True}
        annotations.append({"text": f"<b>{theme_label(th, lang)}</b>", "x": 0, "xref": "paper",
                            "xanchor": "right", "y": top, "yref": "paper",
                            "yanchor": "bottom", "showarrow": False, "font": {"size": 14}})
        labels, z, text, hover = [], [], [], []
        for rid, txt, parent, born in zip(part["id"], part["text"], part["parent_id"],
                                          made[part.index], strict=True):
            labels.append(f"{'↳ ' if parent else ''}{rid} {short(txt)}")
            cells = [per_year[y][rid] if y >= born else None for y in years]
            z.append([rank[c] if c else None for c in cells])
            text.append([SYMBOLS[c] if c else "" for c in cells])
            hover.append([status_label(c, lang) if c else t("rec.not_yet", lang, year=born)
                          for c in cells])
        traces.append(go.Heatmap(
            z=z, x=years, y=labels, text=text, texttemplate="%{text}", textfont={"size": 12},
            hovertext=hover, hovertemplate="%{y}<br>%{x}: %{hovertext}<extra></extra>",
            zmin=-0.5, zmax=n - 0.5, colorscale=scale, xgap=1, ygap=1, yaxis=yname,
            showscale=i == 1,
            colorbar={"tickvals": list(range(n)), "lenmode": "pixels",
                      "len": min(260, plot_px), "y": 1, "yanchor": "top", "thickness": 16,
                      "ticktext": [f"{SYMBOLS[s]} {status_label(s, lang)}" for s in STATUSES],
                      "title": {"text": t("rec.status", lang)}},
        ))
        if rec in set(part["id"]):
            idx = list(part["id"]).index(rec)
            shapes.append({"type": "rect", "xref": "x", "yref": yname, "x0": years[0] - 0.5,
                           "x1": years[-1] + 0.5, "y0": idx - 0.5, "y1": idx + 0.5,
                           "line": {"color": "#D55E00", "width": 3}})
        top = bottom - gap_px / plot_px
    shapes.append({"type": "rect", "xref": "x", "yref": "paper", "x0": year - 0.5,
                   "x1": year + 0.5, "y0": 0, "y1": 1, "line": {"color": "#212529", "width": 2}})
    fig = go.Figure(data=traces)
    style.base_layout(fig, height=plot_px + margin["t"] + margin["b"])
    fig.update_layout(
        title={"text": title}, hovermode="closest", margin=margin,
        xaxis={"side": "top", "dtick": 1, "tickangle": -45, "showgrid": False, "anchor": "y",
               "fixedrange": True},
        annotations=annotations, shapes=shapes, **axes)
    return style.with_source(fig, source_text, lang) if source_text else fig


# --- sentences -------------------------------------------------------------------------------

def bars_summary(data: Bundle, filters: Filters) -> str:
    lang = filters.lang
    table = theme_counts(data, filters)
    total = int(table.to_numpy().sum())
    if total == 0:
        return empty_reason(data, filters)
    c = table.sum()
    return t("rec.bars_summary", lang, year=as_of_year(data, filters), n=total,
             done=int(c["done"]), partly=int(c["partly_done"]), progress=int(c["in_progress"]),
             superseded=int(c["superseded"]), none=int(c["no_evidence"]))


def grid_summary(data: Bundle, filters: Filters, theme: str | None = None) -> str:
    """How many of the shown recommendations moved between the first report year and the
    chosen year."""
    lang = filters.lang
    sel = select(data, filters, theme)
    years = grid_years(data, filters)
    start, end = coverage_of(data, years[0]), coverage_of(data, years[-1])
    ids = [r for r in sel.rows["id"] if not end.loc[r, "is_parent"]]
    if not ids:
        return empty_reason(data, filters)
    moved = sum(start.loc[r, "status"] != end.loc[r, "status"] for r in ids)
    return t("rec.grid_summary", lang, n=len(ids), moved=moved, start=years[0], end=years[-1])


def evidence_sources(data: Bundle) -> list[str]:
    """Source ids of the reports and of every evidence row, first-seen order."""
    return list(dict.fromkeys([*REPORTS, *data["recommendation_evidence"]["source_id"]]))
