"""In-place re-renders: view_diff's prop updates, and the router answering with them
(view_cache) when the browser already shows the page for another query."""

from __future__ import annotations

import copy
import json

import pytest

from dashboard.view_diff import diff
from tests.conftest import post_router


def c(type_, children=None, **props):
    if children is not None:
        props["children"] = children
    return {"type": type_, "namespace": "dash_html_components", "props": props}


def apply(tree, updates: dict):
    """The tree after dash-renderer applied the side updates (props merged by id)."""
    tree = copy.deepcopy(tree)

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict) and "props" in node:
            cid = node["props"].get("id")
            if isinstance(cid, str) and cid in updates:
                node["props"].update(copy.deepcopy(updates[cid]))
            for v in node["props"].values():
                walk(v)

    walk(tree)
    return tree


def test_equal_trees_need_nothing():
    tree = c("Div", [c("P", "a", id="p")], id="root")
    assert diff(tree, copy.deepcopy(tree)) == {}


def test_a_changed_prop_is_set_on_its_component():
    old = c("Div", [c("P", "a", id="p"), c("A", "x", href="/a", id="link")], id="root")
    new = c("Div", [c("P", "b", id="p"), c("A", "x", href="/b", id="link")], id="root")
    updates = diff(old, new)
    assert updates == {"p": {"children": "b"}, "link": {"href": "/b"}}
    assert apply(old, updates) == new


def test_a_change_without_an_id_is_made_by_the_nearest_ancestor_with_one():
    old = c("Div", [c("Section", [c("P", "a")], id="sec"), c("P", "same", id="q")], id="root")
    new = c("Div", [c("Section", [c("P", "b")], id="sec"), c("P", "same", id="q")], id="root")
    assert diff(old, new) == {"sec": {"children": [c("P", "b")]}}


def test_lists_of_another_length_are_replaced_whole():
    old = c("Ul", [c("Li", "1")], id="list")
    new = c("Ul", [c("Li", "1"), c("Li", "2")], id="list")
    assert diff(old, new) == {"list": {"children": new["props"]["children"]}}


def test_another_type_or_id_is_a_new_component():
    old = c("Div", [c("P", "a", id="p")], id="root")
    new = c("Div", [c("Span", "a", id="p")], id="root")
    assert diff(old, new) == {"root": {"children": new["props"]["children"]}}
    assert diff(c("P", "a"), c("P", "b")) is None  # nothing with an id to update: no diff


def test_a_callback_input_is_never_set_in_place():
    """Setting a filter's value would fire its URL writer again: the control is replaced by
    its owner (mounted afresh, which fires nothing) instead."""
    old = c("Div", [c("Div", [c("Radio", value="all", id="g")], id="g-field")], id="root")
    new = c("Div", [c("Div", [c("Radio", value="women", id="g")], id="g-field")], id="root")
    assert diff(old, new) == {"g": {"value": "women"}}
    assert diff(old, new, {("g", "value")}) == \
        {"g-field": {"children": new["props"]["children"][0]["props"]["children"]}}


def test_removed_props_are_set_to_none():
    assert diff(c("P", "a", id="p", title="t"), c("P", "a", id="p")) == {"p": {"title": None}}


# --- the router -------------------------------------------------------------------------------

def route(client, path, search, shown=None):
    response = post_router(client, path, search, shown)
    assert response.status_code == 200, response.get_data(as_text=True)[-500:]
    return response.get_json()


@pytest.mark.parametrize("path, before, after", [
    ("/offices", "", "?gender=women"),
    ("/destinations", "?lang=ru", "?lang=ru&gender=women&year=2019"),
    ("/remittances", "", "?peers=TJK"),
    ("/", "?sector=construction", ""),
])
def test_the_router_answers_a_new_query_of_the_shown_page_with_its_updates(
        client, path, before, after):
    shown = route(client, path, before)
    full = route(client, path, after)  # also fills the cache, as any earlier visit would
    mark = shown["sideUpdate"]["_pages_content"]["data-kg-view"]
    assert mark.startswith(path + " view:")
    answer = route(client, path, after, shown=mark)
    assert "_pages_content" not in answer["response"]  # no new page: updates only
    assert answer["response"]["_pages_store"] == full["response"]["_pages_store"]
    updates = dict(answer["sideUpdate"])
    assert updates.pop("_pages_content") == full["sideUpdate"]["_pages_content"]
    assert updates
    # applied to the shown page, the updates give exactly the new page
    old = shown["response"]["_pages_content"]["children"]
    new = full["response"]["_pages_content"]["children"]
    assert json.loads(json.dumps(apply(old, updates))) == new


@pytest.mark.parametrize("path, shown_path, shown_key", [
    ("/offices", "/destinations", None),   # another page is shown
    ("/offices", "/offices", "view:x:y:" + "0" * 32),   # a view the cache does not hold
    ("/offices", "/offices", "not-a-key"),
    ("/data", "/data", None),  # a page that is always re-rendered whole
])
def test_anything_else_gets_the_whole_page(client, path, shown_path, shown_key):
    first = route(client, shown_path, "")
    mark = first["sideUpdate"]["_pages_content"]["data-kg-view"]
    if shown_key is not None:
        mark = f"{shown_path} {shown_key}"
    answer = route(client, path, "?gender=women", shown=mark)
    assert "_pages_content" in answer["response"]
    assert answer["sideUpdate"]["_pages_content"]["data-kg-view"].startswith(path + " view:")


def test_a_map_with_other_outlines_is_drawn_afresh():
    def graph(geo):
        return {"type": "Graph", "namespace": "dash_core_components",
                "props": {"id": "map", "figure": {"data": [], "layout": {"geo": geo}}}}
    old = c("Figure", [graph({"scope": "world", "resolution": 110})], id="map-figure")
    zoomed = c("Figure", [graph({"scope": "world", "resolution": 110, "center": {"lat": 1}})],
               id="map-figure")
    finer = c("Figure", [graph({"scope": "world", "resolution": 50})], id="map-figure")
    assert list(diff(old, zoomed)) == ["map"]  # updated in place
    assert diff(old, finer) == {"map-figure": {"children": finer["props"]["children"]}}
