"""Shared look of every chart: palette, fonts, quality marks, source line, 'no data'.

Okabe-Ito colours stay distinguishable with the common colour-vision deficiencies; system fonts
only (no web fonts: the site must work offline).
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.i18n import t

# Okabe & Ito (2008), Kyrgyzstan first so it keeps one colour everywhere.
PALETTE = ["#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#F0E442"]
KGZ_COLOUR = PALETTE[0]
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
GREY = "#6c757d"
CITED_COLOUR = "#212529"

# quality -> marker symbol and line dash: solid for reported/derived, hollow for estimates,
# dotted for unverified (the page legend says so in words).
MARKER = {"reported": "circle", "derived": "circle", "estimate": "circle-open",
          "unverified": "circle-open-dot"}
DASH = {"reported": "solid", "derived": "solid", "estimate": "dash", "unverified": "dot"}
BAR_PATTERN = {"reported": "", "derived": "", "estimate": "/", "unverified": "."}


# The trace types the site draws (dashboard/plotlyjs/build.js holds the same list).
TRACE_TYPES = ("scatter", "bar", "heatmap", "scattergeo", "choropleth")
# plotly_white's parts that no figure here can use: other subplot kinds, what base_layout sets
# anyway, and colour scales (every figure that colours by value names its own scale).
_UNUSED_LAYOUT = ("polar", "ternary", "scene", "colorway", "font", "title", "colorscale")


def _lean_template() -> go.layout.Template:
    """plotly_white, less what no chart here uses. Every figure carries its template in its
    JSON: the whole of plotly_white is 7.2 KB, most of each figure's layout."""
    white = pio.templates["plotly_white"].to_plotly_json()
    return go.layout.Template(
        layout={k: v for k, v in white["layout"].items() if k not in _UNUSED_LAYOUT},
        data={k: [{a: b for a, b in d.items() if a != "colorscale"} for d in v]
              for k, v in white["data"].items() if k in TRACE_TYPES})


TEMPLATE = _lean_template()


def base_layout(fig: go.Figure, *, height: int = 440) -> go.Figure:
    fig.update_layout(
        template=TEMPLATE,
        colorway=PALETTE,
        font={"family": FONT, "size": 15, "color": "#212529"},
        height=height,
        margin={"l": 60, "r": 20, "t": 60, "b": 110},
        hoverlabel={"font": {"family": FONT, "size": 14}},
        legend={"orientation": "v", "y": 1, "x": 1.02, "yanchor": "top",
                "font": {"size": 13}},
        title={"x": 0, "xanchor": "left", "font": {"size": 19}},
    )
    return fig


def wrap(text: str, width: int = 140) -> str:
    """Break a long line into <br>-joined lines: plotly annotations do not wrap."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def with_source(fig: go.Figure, text: str, lang: str, *, width: int = 140) -> go.Figure:
    """Print the source line in the figure itself, so a saved PNG or SVG stays citable;
    wrapped to `width` characters (narrow cards need short lines)."""
    fig.add_annotation(
        text=wrap(f"{t('source', lang)}: {text}", width), showarrow=False, xref="paper",
        yref="paper", x=0, y=0, yshift=-(fig.layout.margin.b or 110) + 4, xanchor="left",
        yanchor="bottom", align="left", font={"size": 11, "color": GREY})
    return fig


def no_data(title: str, lang: str, reason: str | None = None) -> go.Figure:
    """An empty chart that says so in words (never a zero, never a guess)."""
    fig = go.Figure()
    base_layout(fig, height=320)
    fig.update_layout(title={"text": title}, xaxis={"visible": False},
                      yaxis={"visible": False})
    fig.add_annotation(text=f"<b>{t('nodata', lang)}</b><br>{reason or t('nodata.long', lang)}",
                       showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5,
                       font={"size": 16, "color": GREY})
    return fig


def quality_label(quality: str, lang: str) -> str:
    return t(f"quality.{quality}", lang)
