#!/usr/bin/env python3
"""Fetch plotly's geo topojson into assets/topojson/ so geo maps draw offline.

Usage:
    python geo/fetch_topojson.py [--version 3.5.0] [--tgz PATH] [--dest DIR] [--files NAME ...]

plotly.js fetches ``{topojsonURL}{scope}_{resolution}m.json`` in the browser (default
https://cdn.plot.ly/un/). Every dcc.Graph with geo traces sets
``config={"topojsonURL": app.get_asset_url("topojson/")}`` so the files below are served
from /assets/topojson/ instead.

The files come from the npm package plotly.js (MIT), ``package/dist/topojson/``. Versions
3.1.0-3.5.0 ship them (later versions do not); the data is UN Geodata plus Natural Earth,
the same as plotly's current CDN ``un/`` set. ``npm pack`` downloads the tarball without
installing anything.
"""

from __future__ import annotations

import argparse
import glob
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEST = ROOT / "assets" / "topojson"
DEFAULT_VERSION = "3.5.0"
DEFAULT_FILES = ["world_110m.json", "world_50m.json"]
MEMBER_DIR = "package/dist/topojson/"


def npm_pack(version: str, workdir: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"plotly.js@{version}", "--silent"],
        cwd=workdir,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tgz = sorted(glob.glob(str(workdir / "plotly.js-*.tgz")))
    if not tgz:
        raise SystemExit("npm pack produced no tarball")
    return Path(tgz[-1])


def extract(tgz: Path, names: list[str], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tgz, "r:gz") as tar:
        for name in names:
            member = f"{MEMBER_DIR}{name}"
            try:
                f = tar.extractfile(member)
            except KeyError:
                raise SystemExit(
                    f"{tgz.name} has no {member} (plotly.js 3.1.0-3.5.0 ship it)"
                ) from None
            data = f.read()
            (dest / name).write_bytes(data)
            print(f"wrote {dest / name} ({len(data):,} bytes)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--version", default=DEFAULT_VERSION, help="plotly.js npm version (default %(default)s)"
    )
    ap.add_argument("--tgz", type=Path, help="use this plotly.js .tgz instead of running npm pack")
    ap.add_argument(
        "--dest", type=Path, default=DEFAULT_DEST, help="output directory (default assets/topojson)"
    )
    ap.add_argument(
        "--files",
        nargs="+",
        default=DEFAULT_FILES,
        help="files from dist/topojson to copy, e.g. europe_110m.json (default: %(default)s)",
    )
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="plotly-topojson-") as tmp:
        tgz = args.tgz.resolve() if args.tgz else npm_pack(args.version, Path(tmp))
        extract(tgz, args.files, args.dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
