#!/usr/bin/env python3
"""Build geo/russia_regions.geojson (83 Russian federal subjects) from Debian's gmt-dcw.

Usage:
    python geo/build_regions.py [--deb PATH] [--out PATH] [--tolerance DEG]

Without --deb, the script runs ``apt-get download gmt-dcw`` in a temporary directory
(running ``apt-get update`` once first if the download fails). The .deb is unpacked with
``dpkg-deb -x``; nothing is installed.

Source data: DCW-GMT 2.1.1 (Digital Chart of the World for GMT), LGPL-3+.
See geo/README.md and geo/LICENSE-DCW-GMT.txt.

Decoding (per subject code XXX):
    variables RUXXX_lon / RUXXX_lat are uint16 with attributes ``min`` and ``scale``:
    coordinate = min + value / scale. A value of 65535 in _lon starts a new ring;
    the _lat value at that separator is 1 if the ring is a hole, 0 otherwise.

The output is deterministic: same input .deb -> byte-identical file.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import h5py
import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "russia_regions.geojson"
DEFAULT_LICENSE = HERE / "LICENSE-DCW-GMT.txt"

NC_PATH = "usr/share/gmt-dcw/dcw-gmt.nc"
STATES_PATH = "usr/share/gmt-dcw/dcw-states.txt"
COPYRIGHT_PATH = "usr/share/doc/gmt-dcw/copyright"

SEPARATOR = 65535
TOLERANCE = 0.05  # degrees, shapely simplify (topology preserving, per region)
GRID = 1e-4  # degrees, shapely.set_precision grid
DECIMALS = 4  # matches GRID; avoids float repr noise such as 60.123400000000004

# Spelling slips in dcw-states.txt (2.1.1), corrected in the "name" property.
NAME_FIXES = {
    "LIP": "Lipetsk Oblast",  # source: "Lipetsk Oblst"
    "MOS": "Moscow Oblast",  # source: "Moskow Oblast"
    "ZAB": "Zabaykalsky Krai",  # source: "Zabaylkasky Krai"
}


def log(msg: str) -> None:
    print(msg, file=sys.stderr)


def download_deb(workdir: Path) -> Path:
    """apt-get download gmt-dcw into workdir; apt-get update once if it fails."""
    # The _apt sandbox user must be able to write here, or apt warns and falls back to root.
    os.chmod(workdir, 0o777)
    cmd = ["apt-get", "download", "gmt-dcw"]
    res = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True)
    if res.returncode != 0:
        log("apt-get download failed; running apt-get update once and retrying")
        subprocess.run(["apt-get", "update"], check=True, capture_output=True)
        subprocess.run(cmd, cwd=workdir, check=True, capture_output=True, text=True)
    debs = sorted(glob.glob(str(workdir / "gmt-dcw_*.deb")))
    if not debs:
        raise SystemExit("apt-get download gmt-dcw produced no .deb")
    return Path(debs[-1])


def extract_deb(deb: Path, dest: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True)
    for rel in (NC_PATH, STATES_PATH):
        if not (dest / rel).is_file():
            raise SystemExit(f"{deb} does not contain {rel}")
    return dest


def read_states(path: Path) -> dict[str, str]:
    """{'SVE': 'Sverdlovsk Oblast', ...} for country RU, English name before ' ('."""
    names: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("RU "):
            continue
        _, code, rest = line.split(" ", 2)
        name = rest.split(" (", 1)[0].strip()
        names[code] = NAME_FIXES.get(code, name)
    return names


def decode_rings(nc: h5py.File, code: str) -> list[tuple[np.ndarray, bool]]:
    """Return [(coords Nx2 lon/lat, is_hole), ...] for subject RU<code>."""
    vlon, vlat = nc[f"RU{code}_lon"], nc[f"RU{code}_lat"]
    lon_raw, lat_raw = vlon[:], vlat[:]
    lon_min, lon_scale = float(vlon.attrs["min"][0]), float(vlon.attrs["scale"][0])
    lat_min, lat_scale = float(vlat.attrs["min"][0]), float(vlat.attrs["scale"][0])
    seps = np.flatnonzero(lon_raw == SEPARATOR)
    if len(seps) == 0 or seps[0] != 0:
        seps = np.concatenate([[-1], seps])  # data without a leading separator
    bounds = list(seps) + [len(lon_raw)]
    rings = []
    for start, end in zip(bounds[:-1], bounds[1:], strict=True):
        is_hole = start >= 0 and int(lat_raw[start]) == 1
        sl = slice(start + 1, end)
        lon = lon_min + lon_raw[sl].astype(np.float64) / lon_scale
        lat = lat_min + lat_raw[sl].astype(np.float64) / lat_scale
        if len(lon) >= 3:
            rings.append((np.column_stack([lon, lat]), is_hole))
    return rings


def build_geometry(rings: list[tuple[np.ndarray, bool]]):
    outers = [Polygon(r).buffer(0) for r, hole in rings if not hole]
    holes = [Polygon(r).buffer(0) for r, hole in rings if hole]
    geom = unary_union(outers)
    if holes:
        geom = geom.difference(unary_union(holes))
    return geom


def split_antimeridian(geom):
    """Cut at 180 deg; move anything east of it by -360 (Chukotka is stored as 157..190)."""
    minx, miny, maxx, maxy = geom.bounds
    if maxx <= 180:
        return geom
    west = geom.intersection(box(-180, -90, 180, 90))
    east = shapely.affinity.translate(geom.intersection(box(180, -90, 540, 90)), xoff=-360)
    return unary_union([west, east])


def polygonal(geom):
    """Keep only polygon parts (intersections can leave stray lines/points)."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    polys = []
    for p in parts:
        polys.extend(p.geoms if isinstance(p, MultiPolygon) else [p])
    return MultiPolygon(polys)


def finish(geom, tolerance: float):
    geom = polygonal(geom)
    if tolerance > 0:
        geom = geom.simplify(tolerance, preserve_topology=True)
    geom = shapely.set_precision(geom, GRID)
    geom = shapely.transform(geom, lambda xy: np.round(xy, DECIMALS))
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    geom = polygonal(geom)
    return shapely.normalize(geom)  # canonical ring order/start -> deterministic output


def build(extract_dir: Path, tolerance: float) -> gpd.GeoDataFrame:
    names = read_states(extract_dir / STATES_PATH)
    rows = []
    with h5py.File(extract_dir / NC_PATH, "r") as nc:
        for code in sorted(names):
            geom = build_geometry(decode_rings(nc, code))
            geom = finish(split_antimeridian(geom), tolerance)
            iso = f"RU-{code}"
            rows.append({"id": iso, "iso_3166_2": iso, "name": names[code], "geometry": geom})
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326").set_index("id")
    return gdf


def write_geojson(gdf: gpd.GeoDataFrame, out: Path) -> None:
    bad = gdf.index[~gdf.is_valid].tolist()
    empty = gdf.index[gdf.is_empty].tolist()
    if bad or empty:
        raise SystemExit(f"invalid geometries: {bad}; empty: {empty}")
    # GeoDataFrame.to_json writes the index as each feature's "id"; compact separators.
    text = gdf[["iso_3166_2", "name", "geometry"]].to_json(
        drop_id=False, to_wgs84=False, separators=(",", ":"), ensure_ascii=False
    )
    fc = json.loads(text)
    fc = {"type": "FeatureCollection", "features": fc["features"]}
    out.write_text(
        json.dumps(fc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )


def write_license(extract_dir: Path, path: Path) -> None:
    copyright_text = (extract_dir / COPYRIGHT_PATH).read_text(encoding="utf-8")
    header = (
        "geo/russia_regions.geojson is derived from DCW-GMT 2.1.1 (the Digital Chart of the\n"
        "World for GMT), as packaged by Debian in gmt-dcw 2.1.1-1. DCW-GMT is licensed under\n"
        "the GNU Lesser General Public License, version 3 or (at your option) any later\n"
        "version (LGPL-3+). The full licence texts are at https://www.gnu.org/licenses/lgpl-3.0.txt\n"
        "and https://www.gnu.org/licenses/gpl-3.0.txt.\n"
        "\n"
        "Below is the verbatim copyright file of the Debian package\n"
        "(usr/share/doc/gmt-dcw/copyright):\n"
        "\n" + "-" * 72 + "\n"
    )
    path.write_text(header + copyright_text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--deb", type=Path, help="use this gmt-dcw .deb instead of apt-get download")
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output GeoJSON (default {DEFAULT_OUT})"
    )
    ap.add_argument(
        "--tolerance", type=float, default=TOLERANCE, help="simplify tolerance in degrees"
    )
    ap.add_argument(
        "--license-out",
        type=Path,
        default=DEFAULT_LICENSE,
        help="where to write the DCW-GMT licence notice",
    )
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gmt-dcw-") as tmp:
        tmp = Path(tmp)
        deb = args.deb.resolve() if args.deb else download_deb(tmp)
        log(f"using {deb}")
        extract_dir = extract_deb(deb, tmp / "x")
        gdf = build(extract_dir, args.tolerance)
        write_geojson(gdf, args.out)
        if args.license_out:
            write_license(extract_dir, args.license_out)

    log(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(gdf)} features)")
    if len(gdf) != 83:
        log(f"WARNING: expected 83 federal subjects, got {len(gdf)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
