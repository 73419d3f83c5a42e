"""The public data API (/api/v1): listing, downloads equal to data/, filters that hold on every
row, JSON errors naming the parameter, ETags, and the API checked against its own OpenAPI spec
with schemathesis (valid inputs must be accepted and conform, invalid ones rejected with 4xx)."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from dashboard.api import applicable
from dashboard.schema import RESOURCES
from tests.conftest import DATA

API = "/api/v1"


def read_csv_rows(name: str) -> list[dict]:
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def get_json(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/json"
    return response.get_json()


# --- listing and downloads -------------------------------------------------------------------

def test_listing_describes_every_dataset(client, data):
    body = get_json(client, f"{API}/datasets")
    assert body["version"] == data.version and "CC BY 4.0" in body["licence"]
    assert [d["name"] for d in body["datasets"]] == list(RESOURCES)
    for d in body["datasets"]:
        rows = read_csv_rows(d["name"])
        assert d["rows"] == len(rows) and d["description"]
        assert [f["name"] for f in d["fields"]] == list(rows[0])
        assert {"type", "unit", "description"} <= set(d["fields"][0])
        for fmt in ("csv", "json"):
            assert client.get(d["links"][fmt]).status_code == 200
    remit = next(d for d in body["datasets"] if d["name"] == "remittances")
    assert remit["filters"] == ["year", "country", "source"]
    assert {"name": "remittances_usd", "type": "number", "unit": "current US$",
            "description": "Personal remittances received"} in remit["fields"]


@pytest.mark.parametrize("name", list(RESOURCES))
def test_csv_download_equals_the_data_file(client, name):
    response = client.get(f"{API}/datasets/{name}.csv")
    assert response.status_code == 200
    assert response.content_type == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == f'attachment; filename="{name}.csv"'
    served = pd.read_csv(io.BytesIO(response.data), encoding="utf-8")
    pd.testing.assert_frame_equal(served, pd.read_csv(DATA / f"{name}.csv", encoding="utf-8"))


@pytest.mark.parametrize("name", list(RESOURCES))
def test_json_has_every_row_with_nulls_numbers_and_booleans(client, name):
    body = get_json(client, f"{API}/datasets/{name}.json")
    rows = read_csv_rows(name)
    assert body["dataset"] == name and body["filters"] == {}
    assert body["count"] == len(body["rows"]) == len(rows)
    kinds = {f["name"]: f["type"] for f in RESOURCES[name]["fields"]}
    for got, want in zip(body["rows"], rows, strict=True):
        assert list(got) == list(want)
        for col, text in want.items():
            value = got[col]
            if text == "":
                assert value is None
            elif kinds[col] == "boolean":
                assert value is (text == "true")
            elif kinds[col] in ("integer", "number"):
                assert isinstance(value, int | float) and value == float(text)
            else:
                assert value == text
    key = "id" if name == "sources" else "source_id"
    assert body["source_ids"] == sorted({r[key] for r in rows if key in r})


# --- filters ---------------------------------------------------------------------------------

def test_women_in_russia_2019_is_un_desas_figure(client):
    body = get_json(client, f"{API}/datasets/migrant_stock.json?gender=women&country=RUS&year=2019")
    assert body["filters"] == {"gender": "women", "year": 2019, "country": "RUS"}
    want = [r for r in read_csv_rows("migrant_stock") if r["destination_iso3"] == "RUS"
            and r["year"] == "2019" and r["sex"] == "women"]
    undesa = [r for r in want if r["source_id"] == "undesa_ims2019"]
    assert len(undesa) == 1 and undesa[0]["measure"] == "stock_born_abroad"
    assert [r["id"] for r in body["rows"]] == [r["id"] for r in want]
    got = next(r for r in body["rows"] if r["source_id"] == "undesa_ims2019")
    assert got["value"] == float(undesa[0]["value"]) > 0
    assert body["count"] == len(want) and "undesa_ims2019" in body["source_ids"]


@pytest.mark.parametrize(("name", "query", "holds"), [
    ("sector_observations", "sector=construction&gender=men",
     lambda r: r["sector"] == "construction" and r["sex"] == "men"),
    ("sector_observations", "gender=all", lambda r: r["sex"] == "total"),
    ("recommendations", "sector=construction",
     lambda r: "construction" in r["sectors"].split(";") or r["sectors"] == "all"),
    ("remittances", "country=kgz&year=2015",
     lambda r: r["country_iso3"] == "KGZ" and r["year"] == 2015),
    ("diaspora_offices", "country=RUS", lambda r: r["country_iso3"] == "RUS"),
    ("events", "year=2015", lambda r: r["year"] == 2015),
    ("sources", "year=2019", lambda r: r["year"] == 2019),
])
def test_filtered_rows_all_satisfy_the_filter_in_both_formats(client, name, query, holds):
    body = get_json(client, f"{API}/datasets/{name}.json?{query}")
    assert body["count"] == len(body["rows"]) > 0
    assert all(holds(r) for r in body["rows"])
    every = get_json(client, f"{API}/datasets/{name}.json")["rows"]
    assert body["rows"] == [r for r in every if holds(r)]  # and none is left out
    response = client.get(f"{API}/datasets/{name}.csv?{query}")
    served = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["id" if "id" in r else "year"] for r in served] == \
        [str(r["id" if "id" in r else "year"]) for r in body["rows"]]
    suffix = "".join(f"-{k}-{v}" for k, v in body["filters"].items())
    assert f'filename="{name}{suffix}.csv"' in response.headers["Content-Disposition"]


def test_sector_all_keeps_every_row(client):
    body = get_json(client, f"{API}/datasets/recommendations.json?sector=all")
    assert body["count"] == len(read_csv_rows("recommendations"))


def test_gender_on_recommendations_keeps_all_gender_specific_first(client):
    plain = get_json(client, f"{API}/datasets/recommendations.json")["rows"]
    women = get_json(client, f"{API}/datasets/recommendations.json?gender=women")["rows"]
    assert sorted(r["id"] for r in women) == sorted(r["id"] for r in plain)
    flags = [r["gender_specific"] for r in women]
    assert any(flags) and flags == sorted(flags, reverse=True)
    men = get_json(client, f"{API}/datasets/recommendations.json?gender=men")["rows"]
    assert men == women


# --- errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "parameter", "says"), [
    ("sector_observations.json?sector=mining", "sector", "unknown sector code 'mining'"),
    ("recommendations.csv?sector=Construction", "sector", "unknown sector code"),
    ("migrant_stock.json?year=19", "year", "4 digits"),
    ("migrant_stock.json?year=20x9", "year", "4 digits"),
    ("migrant_stock.json?year=", "year", "4 digits"),
    ("migrant_stock.json?gender=female", "gender", "all, women, men"),
    ("migrant_stock.json?country=RU", "country", "3 letters"),
    ("migrant_stock.json?country=RUS1", "country", "3 letters"),
    ("migrant_stock.json?colour=red", "colour", "unknown query parameter 'colour'"),
    ("migrant_stock.csv?lang=ru", "lang", "same in every language"),
    ("migrant_stock.json?year=2019&year=2020", "year", "given 2 times"),
    ("remittances.csv?sector=construction", "sector", "sector does not apply to remittances"),
    ("remittances.json?gender=women", "gender", "gender does not apply to remittances"),
    ("recommendations.json?year=2013", "year", "year does not apply to recommendations"),
    ("diaspora_counts.json?country=RUS", "country", "country does not apply"),
])
def test_bad_parameters_are_400_naming_the_parameter(client, url, parameter, says):
    body = get_json(client, f"{API}/datasets/{url}", 400)
    assert body["parameter"] == parameter and says in body["error"]


@pytest.mark.parametrize("url", ["datasets?year=2019", "openapi.json?x=1", "sources/tspc2012?a=b"])
def test_endpoints_without_filters_reject_query_parameters(client, url):
    assert get_json(client, f"{API}/{url}", 400)["parameter"]


def test_unknown_things_are_json_404s_and_wrong_methods_json_405s(client):
    body = get_json(client, f"{API}/datasets/nope.json", 404)
    assert "unknown dataset 'nope'" in body["error"] and body["parameter"] == "name"
    assert get_json(client, f"{API}/datasets/nope.csv?year=x", 404)["parameter"] == "name"
    assert get_json(client, f"{API}/sources/nope", 404)["parameter"] == "id"
    assert "no such endpoint" in get_json(client, f"{API}/datasets/sources.xml", 404)["error"]
    assert get_json(client, f"{API}/nothing/here", 404)["error"]
    response = client.post(f"{API}/datasets/sources.json")
    assert response.status_code == 405 and response.mimetype == "application/json"
    assert "GET" in response.headers["Allow"]


def test_an_internal_error_is_json_without_traceback(client, monkeypatch):
    from dashboard import api

    def broken(*args):
        raise RuntimeError(f"secret detail in {api.__file__}")

    monkeypatch.setattr(api, "select", broken)
    response = client.get(f"{API}/datasets/events.json")
    assert response.status_code == 500 and response.get_json() == {"error": "internal error"}
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and "secret" not in text and ".py" not in text


# --- caching ---------------------------------------------------------------------------------

def test_etag_and_cache_control_and_304(client, data):
    url = f"{API}/datasets/migrant_stock.csv?country=RUS&year=2019"
    first = client.get(url)
    tag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "public, max-age=300" and data.version in tag
    # the same query in another spelling is the same resource
    assert client.get(f"{API}/datasets/migrant_stock.csv?year=2019&country=rus").headers[
        "ETag"] == tag
    assert client.get(f"{API}/datasets/migrant_stock.json?country=RUS&year=2019").headers[
        "ETag"] != tag
    again = client.get(url, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == tag and again.headers["Cache-Control"]
    assert client.get(url, headers={"If-None-Match": 'W/"other"'}).status_code == 200
    for other in ("datasets", "openapi.json", "sources/tspc2012"):
        etag = client.get(f"{API}/{other}").headers["ETag"]
        assert client.get(f"{API}/{other}", headers={"If-None-Match": etag}).status_code == 304


def test_source_row_for_citing(client):
    body = get_json(client, f"{API}/sources/undesa_ims2019")
    want = next(r for r in read_csv_rows("sources") if r["id"] == "undesa_ims2019")
    assert list(body) == list(want) and body["title"] == want["title"]
    assert body["year"] == int(want["year"])


# --- the OpenAPI spec, and the API checked against it ------------------------------------------

def test_openapi_spec_is_generated_from_the_schema(client, data):
    spec = get_json(client, f"{API}/openapi.json")
    assert spec["openapi"].startswith("3.1")
    for name, resource in RESOURCES.items():
        for fmt in ("csv", "json"):
            assert f"{API}/datasets/{name}.{fmt}" in spec["paths"]
        row = spec["components"]["schemas"][f"{name}_row"]
        assert list(row["properties"]) == [f["name"] for f in resource["fields"]]
    sector = spec["components"]["parameters"]["sector"]["schema"]["enum"]
    assert sector == ["all", *data["sectors"]["code"]]
    ops = spec["paths"][f"{API}/datasets/remittances.json"]["get"]["parameters"]
    assert [p["$ref"].rsplit("/", 1)[1] for p in ops] == ["year", "country", "source"]


def _operations() -> list[str]:
    """Every path of the spec (known without building the app)."""
    datasets = [f"{API}/datasets/{n}.{fmt}" for n in RESOURCES for fmt in ("csv", "json")]
    from dashboard.charts import CHARTS

    chart_ops = [f"{API}/charts/{n}.{fmt}" for n in CHARTS for fmt in ("csv", "json")]
    return [f"{API}/", f"{API}/datasets", *datasets, f"{API}/sources/{{id}}", *chart_ops,
            f"{API}/datapackage.json", f"{API}/openapi.json"]


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_wsgi(f"{API}/openapi.json", app.server)


def test_spec_lists_exactly_these_operations(api_schema):
    assert sorted(api_schema.raw_schema["paths"]) == sorted(_operations())


def _cases() -> list:
    """(path, mode) for every operation: valid inputs for all, invalid ones where there are
    parameters to get wrong."""
    takes = {f"{API}/datasets/{n}.{fmt}" for n in RESOURCES if applicable(n)
             for fmt in ("csv", "json")} | {f"{API}/sources/{{id}}"} \
        | {p for p in _operations() if "/charts/" in p}
    return [pytest.param(path, mode, id=f"{path}-{mode.value}") for path in _operations()
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
            if mode is GenerationMode.POSITIVE or path in takes]


@pytest.mark.parametrize(("path", "mode"), _cases())
def test_api_conforms_to_its_openapi_spec(api_schema, path, mode):
    operation = api_schema[path]["GET"]
    statuses: list[int] = []

    @settings(max_examples=30, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case):
        # no 5xx; status, headers and body as the spec says. identity: the WSGI transport
        # does not decode the gzip/brotli that flask-compress would otherwise apply
        response = case.call_and_validate(headers={"Accept-Encoding": "identity"})
        statuses.append(response.status_code)
        if mode is GenerationMode.POSITIVE and "{id}" not in path:
            assert response.status_code == 200

    check()
    print(f"{path} {mode.value}: {len(statuses)} inputs, statuses {sorted(set(statuses))}")
    assert statuses


def test_source_filter_keeps_the_rows_citing_that_source(client):
    body = client.get("/api/v1/datasets/migrant_stock.json?source=tspc2013").get_json()
    assert body["count"] > 0 and {r["source_id"] for r in body["rows"]} == {"tspc2013"}
    bad = client.get("/api/v1/datasets/migrant_stock.json?source=nope")
    assert bad.status_code == 400 and bad.get_json()["parameter"] == "source"


def test_datapackage_served_by_the_api_validates_over_http(live_server, data):
    """A journalist's `frictionless validate <site>/api/v1/datapackage.json` fetches every CSV
    from the API and checks it against the published schemas."""
    from frictionless import Package, validate

    url = f"{live_server}{API}/datapackage.json"
    report = validate(url)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = Package(url)
    assert {r.name for r in package.resources} == set(RESOURCES)
    for resource in package.resources:
        assert resource.path == f"datasets/{resource.name}.csv"
        assert len(resource.read_rows()) == len(data[resource.name]), resource.name


def test_csv_downloads_come_compressed(client):
    """A journalist on a slow connection: CSVs are compressed like the pages (92 KB -> ~9 KB
    for remittances), and decompress to exactly the uncompressed download."""
    import brotli

    for url in ["/api/v1/datasets/remittances.csv", "/api/v1/charts/remit-share.csv"]:
        plain = client.get(url)
        packed = client.get(url, headers={"Accept-Encoding": "br"})
        assert packed.headers["Content-Encoding"] == "br", url
        assert brotli.decompress(packed.data) == plain.data, url
        assert len(packed.data) * 4 < len(plain.data), url
