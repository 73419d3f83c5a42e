"""The API's OpenAPI 3.1 spec, generated from dashboard/schema.py and the data (sector codes),
so it cannot drift from what the API serves: one path per dataset and format, with the filters
that apply to it and the row schema of its fields."""

from __future__ import annotations

from dashboard import charts
from dashboard.api import LICENCE, PREFIX, applicable
from dashboard.datasets import Bundle
from dashboard.figures import destinations as fig_dest
from dashboard.figures import offices as fig_off
from dashboard.figures import remittances as fig_remit
from dashboard.filters import GENDERS, LANGS, YEAR_MAX, YEAR_MIN
from dashboard.schema import RESOURCES

TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
FILTER_DOCS = {
    "sector": "A sector code (see the sectors dataset) or all. Keeps rows whose `sector` is the "
              "code, or whose `sectors` list contains the code or `all`.",
    "gender": "all, women or men: rows whose `sex` is total, women or men. On recommendations "
              "every row is kept (gender-specific ones are not said to be for women or for men, "
              "and general ones concern both), gender-specific first.",
    "year": "Four digits: rows whose `year` is that year.",
    "country": "ISO 3166-1 alpha-3 code, any case: rows whose `country_iso3` or "
               "`destination_iso3` is that country.",
    "source": "A source id (see the sources dataset): rows citing that source.",
}


def _filter_schema(param: str, sectors: list[str], sources: list[str]) -> dict:
    if param == "sector":
        return {"type": "string", "enum": ["all", *sectors]}
    if param == "gender":
        return {"type": "string", "enum": list(GENDERS)}
    if param == "year":
        return {"type": "string", "pattern": "^[0-9]{4}$"}
    if param == "source":
        return {"type": "string", "enum": sources}
    return {"type": "string", "pattern": "^[A-Za-z]{3}$"}


def field_schema(field: dict) -> dict:
    """A Table Schema field as a JSON Schema: null allowed unless the field is required."""
    c = field.get("constraints", {})
    kind = TYPES[field["type"]]
    schema: dict = {"type": kind if c.get("required") else [kind, "null"]}
    text = field["description"] + (f" ({field['unit']})" if field.get("unit") else "")
    if text:
        schema["description"] = text
    if "enum" in c:
        schema["enum"] = c["enum"] + ([] if c.get("required") else [None])
    if "pattern" in c:
        schema["pattern"] = c["pattern"]
    for key in ("minimum", "maximum"):
        if key in c:
            schema[key] = c[key]
    return schema


def row_schema(name: str) -> dict:
    fields = RESOURCES[name]["fields"]
    return {"type": "object", "additionalProperties": False,
            "required": [f["name"] for f in fields],
            "properties": {f["name"]: field_schema(f) for f in fields}}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json_content(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def _responses(ok: dict, description: str, *errors: int) -> dict:
    headers = {"ETag": {"schema": {"type": "string"}},
               "Cache-Control": {"schema": {"type": "string"}}}
    out = {"200": {"description": description, "headers": headers, "content": ok},
           "304": {"description": "Not modified (If-None-Match matched the ETag)"}}
    texts = {400: "A query parameter is unknown, does not apply or has a bad value",
             404: "Not found"}
    for code in errors:
        out[str(code)] = {"description": texts[code], "content": _json_content(_ref("Error"))}
    return out


def _dataset_ops(name: str) -> dict[str, dict]:
    spec = RESOURCES[name]
    params = [{"$ref": f"#/components/parameters/{p}"} for p in applicable(name)]
    columns = ", ".join(f["name"] for f in spec["fields"])
    envelope = {
        "type": "object", "additionalProperties": False,
        "required": ["dataset", "version", "filters", "count", "source_ids", "rows"],
        "properties": {
            "dataset": {"const": name},
            "version": {"type": "string"},
            "filters": {"type": "object"},
            "count": {"type": "integer", "minimum": 0},
            "source_ids": {"type": "array", "items": {"type": "string"}},
            "rows": {"type": "array", "items": _ref(f"{name}_row")},
        },
    }
    return {
        f"{PREFIX}/datasets/{name}.json": {"get": {
            "operationId": f"{name}_json", "tags": ["datasets"],
            "summary": f"{name} as JSON", "description": spec["description"],
            "parameters": params,
            "responses": _responses(_json_content(envelope), "The rows", 400),
        }},
        f"{PREFIX}/datasets/{name}.csv": {"get": {
            "operationId": f"{name}_csv", "tags": ["datasets"],
            "summary": f"{name} as CSV", "description": f"{spec['description']} "
            f"UTF-8 CSV with the columns of data/{name}.csv: {columns}.",
            "parameters": params,
            "responses": _responses({"text/csv": {"schema": {"type": "string"}}},
                                    "The rows, as an attachment", 400),
        }},
    }


def _list_pattern(values) -> str:
    """A comma-separated list of these values."""
    one = "(" + "|".join(values) + ")"
    return f"^{one}(,{one})*$"


def _chart_params(page: str, data: Bundle) -> list[dict]:
    """A chart's query: the page filters (year as on the pages: latest or a year in range)
    and its page's own parameters."""
    sectors = list(data["sectors"]["code"])
    years = [str(y) for y in range(YEAR_MIN, YEAR_MAX + 1)]
    own = {
        "sector": (_filter_schema("sector", sectors, []), "A sector code or all."),
        "gender": (_filter_schema("gender", sectors, []), "all, women or men."),
        "year": ({"type": "string", "enum": ["latest", *years]},
                 "A year, or latest (each view's latest year with data)."),
        "lang": ({"type": "string", "enum": list(LANGS)}, "Language of labels."),
        "peers": ({"type": "string", "pattern": _list_pattern(fig_remit.PEERS)},
                  "ISO3 codes of the peer countries drawn beside Kyrgyzstan."),
        "dest": ({"type": "string", "enum": sorted(fig_dest.destinations_cited(data))},
                 "ISO3 code of the destination whose cited figures are compared."),
        "map": ({"type": "string", "enum": list(fig_dest.VIEWS)}, "The map's extent."),
        "service": ({"type": "string", "enum": ["all", *fig_off.SERVICES]},
                    "Offices offering this service."),
        "kind": ({"type": "string", "pattern": _list_pattern(fig_off.KINDS)},
                 "Kinds of office shown."),
    }
    names = (*("sector", "gender", "year", "lang"), *charts.PAGES[page].names)
    return [{"name": n, "in": "query", "required": False, "description": own[n][1],
             "schema": own[n][0]} for n in names]


def _chart_ops(data: Bundle) -> dict[str, dict]:
    """/charts/<name>.csv|.json: exactly the numbers a chart shows, for its page's query."""
    envelope = {
        "type": "object", "additionalProperties": False,
        "required": ["chart", "title", "page", "query", "version", "source_ids", "sources",
                     "columns", "rows"],
        "properties": {
            "chart": {"type": "string"}, "title": {"type": "string"},
            "page": {"type": "string"}, "query": {"type": "string"},
            "version": {"type": "string"},
            "source_ids": {"type": "array", "items": {"type": "string"}},
            "sources": {"type": "array", "items": _ref("sources_row")},
            "columns": {"type": "array", "items": {"type": "string"}},
            "rows": {"type": "array", "items": {"type": "object"}},
        },
    }
    ops = {}
    for name, chart in charts.CHARTS.items():
        params = _chart_params(chart.page, data)
        ops[f"{PREFIX}/charts/{name}.json"] = {"get": {
            "operationId": f"chart_{name}_json".replace("-", "_"), "tags": ["charts"],
            "summary": f"The numbers of the chart {name} (on {chart.page}) as JSON",
            "parameters": params,
            "responses": _responses(_json_content(envelope), "The chart's rows and sources",
                                    400),
        }}
        ops[f"{PREFIX}/charts/{name}.csv"] = {"get": {
            "operationId": f"chart_{name}_csv".replace("-", "_"), "tags": ["charts"],
            "summary": f"The numbers of the chart {name} (on {chart.page}) as CSV",
            "parameters": params,
            "responses": _responses({"text/csv": {"schema": {"type": "string"}}},
                                    "The chart's rows, as an attachment", 400),
        }}
    return ops


def spec(data: Bundle) -> dict:
    sectors = list(data["sectors"]["code"])
    sources = sorted(data["sources"]["id"])
    field = {"type": "object", "additionalProperties": False,
             "required": ["name", "type", "unit", "description"],
             "properties": {"name": {"type": "string"},
                            "type": {"enum": sorted(set(TYPES))},
                            "unit": {"type": ["string", "null"]},
                            "description": {"type": ["string", "null"]}}}
    listing = {
        "type": "object", "additionalProperties": False,
        "required": ["version", "licence", "datasets"],
        "properties": {
            "version": {"type": "string"}, "licence": {"type": "string"},
            "datasets": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": ["name", "description", "rows", "fields", "filters", "links"],
                "properties": {
                    "name": {"enum": list(RESOURCES)}, "description": {"type": "string"},
                    "rows": {"type": "integer", "minimum": 0},
                    "fields": {"type": "array", "items": field},
                    "filters": {"type": "array", "items": {"enum": list(FILTER_DOCS)}},
                    "links": {"type": "object", "required": ["csv", "json"],
                              "properties": {"csv": {"type": "string"},
                                             "json": {"type": "string"}}},
                },
            }},
        },
    }
    paths = {
        f"{PREFIX}/": {"get": {
            "operationId": "index", "summary": "Links to the listing and this spec",
            "responses": _responses(_json_content({"type": "object"}), "Links", 400),
        }},
        f"{PREFIX}/datasets": {"get": {
            "operationId": "datasets", "tags": ["datasets"],
            "summary": "Every dataset: description, rows, fields, filters, links",
            "responses": _responses(_json_content(listing), "The datasets", 400),
        }},
    }
    for name in RESOURCES:
        paths.update(_dataset_ops(name))
    paths[f"{PREFIX}/sources/{{id}}"] = {"get": {
        "operationId": "source", "tags": ["sources"],
        "summary": "One source (for citing a figure)",
        "parameters": [{"name": "id", "in": "path", "required": True,
                        "schema": {"type": "string", "pattern": "^[a-z0-9_]+$"}}],
        "responses": _responses(_json_content(_ref("sources_row")), "The source", 400, 404),
    }}
    paths.update(_chart_ops(data))
    paths[f"{PREFIX}/datapackage.json"] = {"get": {
        "operationId": "datapackage", "tags": ["datasets"],
        "summary": "Frictionless data package: every dataset's schema and its CSV here, "
                   "so `frictionless validate <this URL>` checks the published data",
        "responses": _responses(_json_content({"type": "object",
                                               "required": ["name", "resources"]}),
                                "Data package descriptor", 400),
    }}
    paths[f"{PREFIX}/openapi.json"] = {"get": {
        "operationId": "openapi", "summary": "This spec",
        "responses": _responses(_json_content({"type": "object"}), "OpenAPI 3.1", 400),
    }}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kyrgyz labour migration data API", "version": f"1+{data.version}",
                 "description": "Read-only access to the dashboard's published datasets. "
                 + LICENCE,
                 "license": {"name": "CC BY 4.0 (compilation); each source's own licence",
                             "identifier": "CC-BY-4.0"}},
        "paths": paths,
        "components": {
            "parameters": {p: {"name": p, "in": "query", "required": False,
                               "description": FILTER_DOCS[p],
                               "schema": _filter_schema(p, sectors, sources)}
                               for p in FILTER_DOCS},
            "schemas": {
                "Error": {"type": "object", "required": ["error"],
                          "properties": {"error": {"type": "string"},
                                         "parameter": {"type": "string"}}},
                **{f"{name}_row": row_schema(name) for name in RESOURCES},
            },
        },
    }
