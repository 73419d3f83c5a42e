"""Fuzzing every way a request reaches code: every server callback (enumerated from
app.callback_map after the first request: the Pages router, the filter-bar URL writer and each
page's callbacks), every page URL (the router with a pathname and any search string), the
callback endpoint with malformed bodies, and the data API with any path and query.

Whatever comes in: no 5xx, and no traceback or file path in the answer. A page URL always
renders a page: the default view, with a notice for each shared filter given a bad value.
How many inputs were tried is printed at the end of the run (tests/fuzz_report.py).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlencode

import dash
import pytest
from dash._pages import _parse_query_string
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dashboard import filters as flt
from dashboard.schema import RESOURCES
from tests import fuzz_report
from tests.conftest import render_page, tree_text

CALLBACK = "/_dash-update-component"
ROUTER = ".._pages_content.children..._pages_store.data.."
LEAK = re.compile(r"/work/|site-packages|Traceback|File \"")
BASE = settings(deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


def fuzz(examples: int) -> settings:
    return settings(BASE, max_examples=examples)

TRICKY = ["", " ", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "2019",
          "19", "abcd", "-1", "1e308", "NaN", "latest", "all", "women", "men", "both",
          "construction", "mining", "ru", "ky", "xx", "RUS", "KGZ,TJK", "KGZ,,zz", "%00",
          "../../etc/passwd", "\x00", "\u202e", "𝕏𝕐", "Ысык-Көл", "?sector=nope&year=-1", "/",
          "/remittances", "9" * 500, "я" * 300, "{{7*7}}", "'; DROP TABLE x; --"]
NUMBERS = st.one_of(st.integers(-(10**30), 10**30),
                    st.floats(allow_nan=True, allow_infinity=True))
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, st.text(max_size=40),
                    st.sampled_from(TRICKY))
JSONISH = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=10)
POINT_KEYS = ["x", "y", "z", "customdata", "label", "location", "text", "hovertext", "id",
              "pointNumber", "pointIndex", "curveNumber", "lat", "lon"]
CLICK_DATA = st.fixed_dictionaries({"points": st.lists(
    st.one_of(st.dictionaries(st.sampled_from(POINT_KEYS), JSONISH, max_size=5), JSONISH),
    max_size=3)})
QUERY_NAMES = [*flt.QUERY_NAMES, "peers", "dest", "view", "theme", "rec", "service", "kind",
               "country", "x", ""]
QUERY = st.lists(st.tuples(st.one_of(st.sampled_from(QUERY_NAMES), st.text(max_size=6)),
                           st.one_of(st.sampled_from(TRICKY), st.text(max_size=30),
                                     NUMBERS.map(str))),
                 max_size=6).map(lambda pairs: "?" + urlencode(pairs))
SEARCH = st.one_of(QUERY, st.text(max_size=80).map(lambda s: "?" + s), st.text(max_size=40))
VALUES = st.one_of(SCALARS, JSONISH, CLICK_DATA, SEARCH)
# how a request can differ from what dash-renderer sends; all but "none" and "no value" must
# be refused by the callback guard with a 400
MUTATIONS = ["none"] * 6 + ["no value", "drop input", "extra input", "drop state", "swap id",
                            "wrong outputs", "unknown output"]


@pytest.fixture(scope="module", autouse=True)
def _report(request):
    manager = request.config.pluginmanager
    if not manager.is_registered(fuzz_report):
        manager.register(fuzz_report, "fuzz_report")


def assert_clean(response, what) -> str:
    text = response.get_data(as_text=True)
    assert response.status_code < 500, f"HTTP {response.status_code} for {what}"
    leak = LEAK.search(text)
    assert not leak, f"{leak.group()!r} in the answer to {what}: " \
        f"{text[max(0, leak.start() - 300):leak.end() + 300]}"
    return text


def post(client, body, content_type="application/json"):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(CALLBACK, data=data, content_type=content_type)


def server_callbacks(app, client) -> dict[str, dict]:
    client.get("/")  # Dash fills callback_map from the pages' dash.callback on first request
    return {k: v for k, v in app.callback_map.items() if "callback" in v}


def _outputs(output: str):
    """outputs as dash-renderer sends them for a callback_map key."""
    if output.startswith(".."):
        return [dict(zip(("id", "property"), name.rsplit(".", 1), strict=True))
                for name in output[2:-2].split("...")]
    return dict(zip(("id", "property"), output.rsplit(".", 1), strict=True))


# --- every callback ----------------------------------------------------------------------------

def test_the_fuzzed_callbacks_include_router_filter_bar_and_page_callbacks(app, client):
    callbacks = server_callbacks(app, client)
    assert ROUTER in callbacks
    inputs = {i["id"] for cb in callbacks.values() for i in cb["inputs"]}
    assert {"filter-sector", "filter-gender", "filter-year"} <= inputs
    assert {"remit-peers", "offices-service", "rec-theme", "dest-dest"} <= inputs
    assert len(callbacks) >= 6


def fuzz_callback(client, output: str, cb: dict, label: str, refused: dict):
    """A hypothesis test posting fuzzed values (and mutated payloads) to one callback."""
    specs = [("inputs", s) for s in cb["inputs"]] + [("state", s) for s in cb["state"]]

    @fuzz(40)
    @given(values=st.lists(VALUES, min_size=len(specs), max_size=len(specs)),
           mutation=st.sampled_from(MUTATIONS))
    @example(values=[None] * len(specs), mutation="none")
    @example(values=["x" * 200_000] * len(specs), mutation="none")
    def check(values, mutation):
        body = {"output": output, "outputs": _outputs(output), "inputs": [], "state": []}
        for (key, spec), value in zip(specs, values, strict=True):
            item = {"id": spec["id"], "property": spec["property"], "value": value}
            if mutation == "no value":
                del item["value"]
            body[key].append(item)
        body["changedPropIds"] = [f"{i['id']}.{i['property']}" for i in body["inputs"][:1]]
        if mutation == "drop input":
            body["inputs"] = body["inputs"][1:]
        elif mutation == "extra input":
            body["inputs"].append({"id": "nope", "property": "value", "value": 1})
        elif mutation == "drop state":
            if not body["state"]:
                mutation = "none"
            del body["state"]
        elif mutation == "swap id":
            body["inputs"][0]["id"] += "-x"
        elif mutation == "wrong outputs":
            body["outputs"] = {"id": "nope", "property": "children"}
        elif mutation == "unknown output":
            body["output"] = "nope.children"
        fuzz_report.count(label)
        response = post(client, body)
        text = assert_clean(response, (output, mutation, repr(values)[:300]))
        if response.status_code in (400, 413):
            assert response.is_json and "error" in response.get_json(), text[:300]
            refused[output] = refused.get(output, 0) + 1
        if mutation not in ("none", "no value"):
            assert response.status_code == 400, (output, mutation, text[:300])

    return check


def test_every_callback_survives_fuzzed_inputs(app, client):
    callbacks = server_callbacks(app, client)
    refused: dict[str, int] = {}
    label = f"callbacks ({len(callbacks)} server callbacks)"
    failed = {}
    for output, cb in callbacks.items():  # every callback is fuzzed, then all failures shown
        try:
            fuzz_callback(client, output, cb, label, refused)()
        except AssertionError as exc:
            failed[output] = str(exc).splitlines()[0][:400]
    print("refused with 400:", {k[:40]: v for k, v in refused.items()})
    assert not failed, "\n".join(f"{k} (inputs {[i['id'] for i in callbacks[k]['inputs']]}): "
                                  f"{v}" for k, v in failed.items())


# --- every page URL ----------------------------------------------------------------------------


def _notices(node) -> set[str]:
    """The names of the notices (data-notice) in a rendered tree."""
    found = set()
    if isinstance(node, list):
        for n in node:
            found |= _notices(n)
    elif isinstance(node, dict):
        props = node.get("props", {})
        if isinstance(props, dict):
            if "data-notice" in props:
                found.add(props["data-notice"])
            found |= _notices(props.get("children"))
    return found


def page_paths() -> list[str]:
    return sorted(p["path"] for p in dash.page_registry.values())


def test_every_page_url_renders_a_page_with_notices_for_bad_values(app, client, data):
    client.get("/")
    paths = page_paths()
    assert {"/", "/remittances", "/offices", "/recommendations", "/destinations"} <= set(paths)
    sectors = list(data["sectors"]["code"])
    weird_paths = st.one_of(st.sampled_from(["/no-such-page", "/remittances/", "//", "/%3Cx%3E",
                                             "/" + "a" * 3000]),
                            st.text(max_size=30).map(lambda s: "/" + s))

    @fuzz(60)
    @given(path=st.one_of(st.sampled_from(paths), weird_paths), search=SEARCH)
    @example(path="/remittances", search="?sector=<script>alert(1)</script>&year=abcd&lang=xx")
    @example(path="/", search="?year=-99999999999999999999&gender=%00&sector=" + "z" * 5000)
    @example(path="/offices", search="?" + "&".join(f"year={i}" for i in range(3000)))
    def check(path, search):
        fuzz_report.count("page URLs (router)")
        status, body, text = render_page(client, path, search)
        assert status == 200, (path, search, text[-1500:])
        leak = LEAK.search(text)
        assert not leak, (path, search, leak.group())
        content = body["response"]["_pages_content"]["children"]
        assert isinstance(content, dict) and tree_text(content).strip(), (path, search, "no page")
        if path in paths and path != "/404":
            _, wrong = flt.parse(_parse_query_string(search), sectors)
            assert {n.name for n in wrong} <= _notices(content), (path, search, wrong)
        # the same URL loaded directly: the site's HTML shell, whatever the URL
        fuzz_report.count("page URLs (HTTP GET)")
        # PATH_INFO set as is: the test client would read "//x" as a host name
        response = client.get("/", environ_overrides={
            "PATH_INFO": path.encode().decode("latin-1"),
            "QUERY_STRING": quote(search.removeprefix("?"), safe="=&%/,?")})
        assert_clean(response, (path, search))

    check()


# --- malformed bodies to the callback endpoint ---------------------------------------------------

def test_malformed_callback_bodies_are_refused_never_500(app, client):
    outputs = list(server_callbacks(app, client))
    near = st.fixed_dictionaries({}, optional={
        "output": st.one_of(st.sampled_from(outputs), JSONISH),
        "outputs": st.one_of(st.sampled_from([_outputs(o) for o in outputs]), JSONISH),
        "inputs": st.one_of(st.lists(st.fixed_dictionaries(
            {"id": st.one_of(st.sampled_from(["_pages_location", "filter-year", "remit-peers"]),
                             JSONISH),
             "property": st.one_of(st.sampled_from(["pathname", "search", "value", "clickData"]),
                                   JSONISH)},
            optional={"value": VALUES}), max_size=5), JSONISH),
        "state": JSONISH,
        "changedPropIds": JSONISH,
    })
    bodies = st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400),
        JSONISH.map(json.dumps),
        near.map(json.dumps),
        st.integers(1, 200_000).map(lambda n: "[" * n),
        st.integers(1, 200_000).map(lambda n: '{"a":' * n),
    )
    content_types = st.sampled_from(["application/json", "text/plain", "",
                                     "application/json; charset=latin-1",
                                     "application/x-www-form-urlencoded"])

    @fuzz(250)
    @given(body=bodies, content_type=content_types)
    @example(body="", content_type="application/json")
    @example(body="{" + " " * 300_000 + "}", content_type="application/json")
    @example(body='{"output": 1e999999}', content_type="application/json")
    def check(body, content_type):
        fuzz_report.count("callback bodies (malformed)")
        response = post(client, body, content_type)
        assert_clean(response, (repr(body)[:300], content_type))

    check()
    assert post(client, "x" * 300_000).status_code == 413


# --- the data API -------------------------------------------------------------------------------

def test_api_answers_any_path_and_query_with_json_never_500(client):
    segments = st.one_of(
        st.sampled_from([f"datasets/{n}.{f}" for n in RESOURCES for f in ("csv", "json")]
                        + ["", "datasets", "openapi.json", "sources/tspc2012", "sources/",
                           "datasets/nope.json", "datasets/sources.xml"]),
        st.text(max_size=30).map(lambda s: "sources/" + s),
        st.text(max_size=30))

    @fuzz(200)
    @given(segment=segments, query=QUERY)
    @example(segment="datasets/migrant_stock.json",
             query="?year=99999999999999999999&country=<script>&gender=women")
    def check(segment, query):
        fuzz_report.count("API requests")
        response = client.get("/api/v1/" + quote(segment, safe="/.") + quote(query, safe="?=&%"))
        assert_clean(response, (segment, query))
        if response.status_code != 304:
            assert response.mimetype in ("application/json", "text/csv"), response.mimetype

    check()
