"""The published datasets' schemas, declared once.

`build_data` writes data/datapackage.json from these declarations, and `datasets` validates every
file against that package at start-up, so the code, the package file and the checks cannot drift.
Field descriptors are Frictionless Table Schema.
"""

from __future__ import annotations

QUALITY = ["reported", "estimate", "derived", "unverified"]
SEX = ["total", "women", "men"]
STATUS = ["no_evidence", "in_progress", "partly_done", "done", "superseded"]
SERVICES = [
    "legal_aid", "employment", "cultural", "health_referral", "repatriation",
    "consular", "education", "information", "housing", "other",
]
MIGRANT_MEASURES = [
    "stock_born_abroad", "citizens_present", "registered", "working_abroad",
    "labour_migrants_estimate", "share_in_country", "share_women", "main_destination",
]
THEMES = [
    "migration_policy", "social_protection", "consular_protection", "diaspora_business",
    "coalition_awareness", "international_support", "data_research",
    "recruitment_predeparture", "rights_legal", "remittances_investment", "institutions",
]
ID = r"^[a-z0-9_]+$"


def _f(name, type_="string", description="", *, required=False, enum=None, pattern=None,
       minimum=None, maximum=None, unit=None):
    field = {"name": name, "type": type_, "description": description}
    if unit:
        field["unit"] = unit
    constraints = {}
    if required:
        constraints["required"] = True
    if enum:
        constraints["enum"] = list(enum)
    if pattern:
        constraints["pattern"] = pattern
    if minimum is not None:
        constraints["minimum"] = minimum
    if maximum is not None:
        constraints["maximum"] = maximum
    if constraints:
        field["constraints"] = constraints
    return field


def _source_fk():
    return {"fields": "source_id", "reference": {"resource": "sources", "fields": "id"}}


SOURCE = _f("source_id", description="Row of sources.csv that gives this figure",
            required=True, pattern=ID)
QUALITY_F = _f("quality", description="How the figure was obtained", required=True, enum=QUALITY)
NOTE = _f("note", description="Caveats; for derived figures, the formula")
AS_PUBLISHED = _f("as_published", description="The figure as the source writes it")
YEAR = _f("year", "integer", "Year the figure refers to", minimum=1950, maximum=2100)

RESOURCES: dict[str, dict] = {
    "sources": {
        "description": "Every source cited by any dataset, once.",
        "fields": [
            _f("id", description="Source id", required=True, pattern=ID),
            _f("title", required=True),
            _f("publisher", required=True),
            _f("year", "integer", "Publication year", minimum=1950, maximum=2100),
            _f("url", description="Where the source can be read"),
            _f("licence", required=True),
            NOTE,
        ],
        "primaryKey": ["id"],
    },
    "remittances": {
        "description": "Personal remittances received, GDP and their ratio, by country and year. "
        "One row per country, year and source.",
        "fields": [
            _f("country_iso3", required=True, pattern=r"^[A-Z]{3}$"),
            _f("country_name", required=True),
            {**YEAR, "constraints": {**YEAR["constraints"], "required": True}},
            _f("remittances_usd", "number", "Personal remittances received", minimum=0,
               unit="current US$"),
            _f("gdp_usd", "number", "Gross domestic product", minimum=0, unit="current US$"),
            _f("remittances_pct_gdp", "number", "Remittances as a share of GDP", minimum=0,
               unit="percent"),
            SOURCE, QUALITY_F, AS_PUBLISHED, NOTE,
        ],
        "primaryKey": ["country_iso3", "year", "source_id"],
        "foreignKeys": [_source_fk()],
    },
    "migrant_stock": {
        "description": "Kyrgyz migrants by destination (country, region or city), year, sex and "
        "measure. Different measures are different things and are never summed together.",
        "fields": [
            _f("id", required=True, pattern=r"^[A-Za-z0-9_-]+$"),
            _f("destination_iso3", description="Destination country; WLD for all countries",
               required=True, pattern=r"^[A-Z]{3}$"),
            _f("destination_name", required=True),
            _f("place", description="City or region within the country; blank for the country"),
            _f("place_type", required=True, enum=["country", "region", "city"]),
            YEAR,
            _f("sex", required=True, enum=SEX),
            _f("measure", required=True, enum=MIGRANT_MEASURES),
            _f("value", "number", "Point figure", minimum=0),
            _f("low", "number", "Low end of a range the source gives", minimum=0),
            _f("high", "number", "High end of a range the source gives", minimum=0),
            _f("unit", enum=["persons", "percent"]),
            AS_PUBLISHED, SOURCE, QUALITY_F, NOTE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [_source_fk()],
    },
    "sectors": {
        "description": "The one list of sector codes used by every dataset and the sector filter.",
        "fields": [
            _f("code", required=True, pattern=ID),
            _f("label_en", required=True),
            _f("label_ru", required=True),
            _f("label_ky", required=True),
            _f("description"),
        ],
        "primaryKey": ["code"],
    },
    "sector_observations": {
        "description": "What sources say about the sectors Kyrgyz migrants work in.",
        "fields": [
            _f("id", required=True, pattern=r"^[A-Za-z0-9_-]+$"),
            _f("sector", required=True, pattern=ID),
            _f("destination_iso3", required=True, pattern=r"^[A-Z]{3}$"),
            _f("sex", required=True, enum=SEX),
            _f("measure", required=True, enum=["share_of_migrants", "persons", "mentioned"]),
            _f("value", "number", minimum=0),
            _f("low", "number", minimum=0),
            _f("high", "number", minimum=0),
            _f("unit", enum=["percent", "persons"]),
            YEAR, AS_PUBLISHED, SOURCE, QUALITY_F, NOTE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [
            _source_fk(),
            {"fields": "sector", "reference": {"resource": "sectors", "fields": "code"}},
        ],
    },
    "diaspora_offices": {
        "description": "Kyrgyz diaspora organisations, embassy and consulates, one row per office.",
        "fields": [
            _f("id", required=True, pattern=r"^[A-Za-z0-9_-]+$"),
            _f("kind", required=True, enum=[
                "diaspora", "embassy", "consulate", "honorary_consulate", "migrant_centre"]),
            _f("organisation", required=True),
            _f("city", required=True),
            _f("country_iso3", required=True, pattern=r"^[A-Z]{3}$"),
            _f("region_iso", description="ISO 3166-2 federal subject (spatial join)"),
            _f("region_name"),
            _f("lat", "number", "Latitude (GeoNames)", required=True, minimum=-90, maximum=90),
            _f("lon", "number", "Longitude (GeoNames)", required=True, minimum=-180,
               maximum=180),
            _f("services", description="';'-separated service codes: " + ", ".join(SERVICES)),
            YEAR, SOURCE,
            _f("verified", "boolean", "True only when the source names this office in this city",
               required=True),
            NOTE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [_source_fk()],
    },
    "diaspora_counts": {
        "description": "Reported totals of diaspora bodies (for example 43 cities, 2012).",
        "fields": [
            _f("id", required=True, pattern=r"^[A-Za-z0-9_-]+$"),
            _f("measure", required=True),
            _f("value", "number", minimum=0),
            _f("unit"),
            YEAR,
            _f("geography"),
            AS_PUBLISHED, SOURCE, QUALITY_F, NOTE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [_source_fk()],
    },
    "events": {
        "description": "Dated events that moved migration and remittances, for chart annotations.",
        "fields": [
            _f("id", required=True, pattern=r"^[A-Za-z0-9_-]+$"),
            {**YEAR, "constraints": {**YEAR["constraints"], "required": True}},
            _f("label_en", required=True),
            _f("label_ru", required=True),
            _f("label_ky", required=True),
            SOURCE, NOTE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [_source_fk()],
    },
    "recommendations": {
        "description": "Every recommendation of the two TSPC reports, sub-items as their own rows.",
        "fields": [
            _f("id", required=True, pattern=r"^R1[23]-[A-Z]+-[0-9]+[a-z]?$"),
            _f("report", required=True, enum=["tspc2012", "tspc2013"]),
            _f("section", required=True),
            _f("parent_id"),
            _f("text", required=True),
            _f("theme", required=True, enum=THEMES),
            _f("actors"),
            _f("sectors", description="';'-separated sector codes, or all", required=True),
            _f("gender_specific", "boolean", required=True),
            SOURCE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [
            _source_fk(),
            {"fields": "parent_id", "reference": {"resource": "", "fields": "id"}},
        ],
    },
    "recommendation_evidence": {
        "description": "What has happened since, per recommendation: one row per dated event.",
        "fields": [
            _f("id", required=True, pattern=r"^[A-Za-z0-9_-]+$"),
            _f("recommendation_id", required=True),
            YEAR,
            _f("actor"),
            _f("event", required=True),
            _f("status", required=True, enum=STATUS),
            SOURCE, NOTE,
        ],
        "primaryKey": ["id"],
        "foreignKeys": [
            _source_fk(),
            {"fields": "recommendation_id",
             "reference": {"resource": "recommendations", "fields": "id"}},
        ],
    },
}


def datapackage(version: str) -> dict:
    """The Frictionless data package descriptor for data/."""
    resources = []
    for name, spec in RESOURCES.items():
        schema = {k: v for k, v in spec.items() if k != "description"}
        schema["missingValues"] = [""]
        resources.append({
            "name": name,
            "path": f"{name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "encoding": "utf-8",
            "description": spec["description"],
            "schema": schema,
        })
    return {
        "name": "kyrgyz-labour-migration",
        "title": "Kyrgyz labour migration: curated datasets",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "description": "Built by `python -m dashboard.build_data` from data/raw/. "
        "Every row names its source in sources.csv.",
        "resources": resources,
    }
