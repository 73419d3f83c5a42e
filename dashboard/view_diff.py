"""The smallest set of prop updates that turns one rendered page into another.

A filter change re-renders the page from its URL (components.frame). Sending the new page as the
router's `children` makes dash-renderer remount every component of it: each chart is drawn
again from scratch (Plotly.newPlot) and each component resets its state in the store (~0.8 s
to 5 s per filter change; benchmarks/RESULTS.md). When the browser already shows the same
page for another query, view_cache answers instead with `sideUpdate`s (what `dash.set_props`
sends): for each component with an id whose props differ between the two renders, the new
values of those props. Components keep their identity, and a dcc.Graph given a new `figure`
updates in place (Plotly.react).

`diff(old, new)` works on the JSON of the two renders (the router's `_pages_content.children`).
A changed component without an id cannot be addressed, so the change is made one level up: the
prop of the nearest ancestor with an id that contains it is replaced whole (new components
there are mounted afresh). Lists are compared item by item only when their lengths agree.
When no ancestor has an id (the page roots differ) there is no in-place update: None.

A prop that is the Input of a callback (a filter's `value`) is never set in place: dash-renderer
fires the callbacks of every prop a side update sets, and the URL writer would run again for
nothing. The component is replaced by its owner instead; a mounted component fires no callback
(they all have prevent_initial_call).

A map whose outlines change (another geo scope or resolution) is drawn afresh, not updated:
plotly.js fetches the new outlines asynchronously, and an update arriving meanwhile breaks the
pending draw (plotly.js 3/4 geo: "Cannot read properties of undefined (reading '_scrollZoom')").
"""

from __future__ import annotations

from typing import Any

_MISSING = object()


def _is_component(value: Any) -> bool:
    return isinstance(value, dict) and "props" in value and "type" in value \
        and "namespace" in value and isinstance(value["props"], dict)


def _holds_components(value: Any) -> bool:
    if _is_component(value):
        return True
    if isinstance(value, list):
        return any(_holds_components(v) for v in value)
    return False


def _merge(into: dict, updates: dict) -> None:
    for cid, props in updates.items():
        into.setdefault(cid, {}).update(props)


def _outlines(figure: Any) -> set:
    """The topojson files a figure's maps need: (scope, resolution) of each geo subplot."""
    layout = figure.get("layout") if isinstance(figure, dict) else None
    if not isinstance(layout, dict):
        return set()
    return {(geo.get("scope", "world"), geo.get("resolution", 110))
            for key, geo in layout.items()
            if key.startswith("geo") and isinstance(geo, dict)}


def _component(old: dict, new: dict, out: dict, fixed: frozenset) -> bool:
    """Record in `out` the updates turning component `old` into `new` in place; False when
    that needs its owner to replace it (another type or id, or a change it cannot take)."""
    if old["type"] != new["type"] or old["namespace"] != new["namespace"]:
        return False
    po, pn = old["props"], new["props"]
    cid = pn.get("id")
    if po.get("id") != cid:
        return False
    own, inner = {}, {}
    for prop in (*po, *(k for k in pn if k not in po)):
        a, b = po.get(prop, _MISSING), pn.get(prop, _MISSING)
        if a == b:
            continue
        if a is not _MISSING and b is not _MISSING and _holds_components(a) \
                and _value(a, b, inner, fixed):
            continue
        own[prop] = None if b is _MISSING else b
    if own:
        if not isinstance(cid, str) or not cid:
            return False  # only string ids are addressed (a pattern id would need its own key)
        if any((cid, prop) in fixed for prop in own):
            return False
        if "figure" in own and _outlines(po.get("figure")) != _outlines(own["figure"]):
            return False
        _merge(out, {cid: own})
    _merge(out, inner)
    return True


def _value(old: Any, new: Any, out: dict, fixed: frozenset) -> bool:
    """Updates turning a prop value holding components into another, in place if possible."""
    if _is_component(old) and _is_component(new):
        return _component(old, new, out, fixed)
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        found: dict = {}
        for a, b in zip(old, new, strict=True):
            if a == b:
                continue
            if not (_holds_components(a) and _value(a, b, found, fixed)):
                return False
        _merge(out, found)
        return True
    return False


def diff(old: Any, new: Any, fixed=frozenset()) -> dict[str, dict] | None:
    """{component id: {prop: new value}} turning the rendered `old` into `new`, or None when
    the two cannot be matched in place (the whole content must be replaced). `fixed`: the
    (id, prop) pairs that must not be set (callback Inputs)."""
    out: dict = {}
    fixed = frozenset(fixed)
    if old == new:
        return out
    if not (_holds_components(old) and _value(old, new, out, fixed)):
        return None
    return out
