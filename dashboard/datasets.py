"""Load, validate and return the curated datasets as typed frames.

All files are validated together against data/datapackage.json (Frictionless: types, enums,
primary and foreign keys) plus the few rules a Table Schema cannot say. Any problem raises
DataError whose lines read `file:row:column: what is wrong`, so a broken file stops start-up
with a message a data maintainer can act on. `python -m dashboard validate` prints the same.

Loaded data is one immutable `Bundle`, swapped whole: a reader sees the old data or the new,
never half of each.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.schema import RESOURCES, SERVICES

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class DataError(Exception):
    """A data file is broken. `problems` holds one `file:row:column: message` line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} data problem(s):\n  {shown}{more}")


@dataclass(frozen=True)
class Bundle:
    frames: dict[str, pd.DataFrame]
    version: str  # hash of the files' bytes: part of every cache key
    data_dir: Path = field(compare=False)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.frames[name]


def _frictionless_problems(data_dir: Path) -> list[str]:
    from frictionless import Package, system

    problems = []
    # the package's paths are relative: let frictionless read only inside data_dir
    with system.use_context(trusted=False):
        package = Package(str(data_dir / "datapackage.json"))
        report = package.validate()
    for task in report.tasks:
        for err in task.errors:
            row = getattr(err, "row_number", None) or "-"
            col = (getattr(err, "field_name", None)
                   or ",".join(getattr(err, "field_names", None) or []) or "-")
            cell = getattr(err, "cell", None)
            what = f"{err.title.lower()}: {err.note}" if err.note else err.message
            value = f" (value {cell!r})" if cell not in (None, "") else ""
            problems.append(f"{task.name}.csv:{row}:{col}: {what}{value}")
    for err in report.errors:
        problems.append(f"datapackage.json:-:-: {err.message}")
    return problems


def _typed(name: str, raw: pd.DataFrame) -> pd.DataFrame:
    frame = raw.copy()
    for spec in RESOURCES[name]["fields"]:
        col, kind = spec["name"], spec["type"]
        if kind == "integer":
            frame[col] = pd.to_numeric(frame[col].replace("", None)).astype("Int64")
        elif kind == "number":
            frame[col] = pd.to_numeric(frame[col].replace("", None)).astype("float64")
        elif kind == "boolean":
            frame[col] = frame[col].str.lower().eq("true")
    return frame


def _rule_problems(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Cross-file rules that a Table Schema cannot express."""
    problems = []
    codes = set(frames["sectors"]["code"])

    def each(name, col, check, message):
        for i, value in enumerate(frames[name][col], start=2):  # row 1 is the header
            bad = check(value)
            if bad:
                problems.append(f"{name}.csv:{i}:{col}: {message.format(bad=bad)}")

    each("recommendations", "sectors",
         lambda v: None if v == "all" else ",".join(s for s in v.split(";") if s not in codes),
         "unknown sector code(s) {bad}")
    each("diaspora_offices", "services",
         lambda v: ",".join(s for s in v.split(";") if s and s not in SERVICES),
         "unknown service code(s) {bad}")
    ids = set(frames["recommendations"]["id"])
    each("recommendations", "parent_id", lambda v: v if v and v not in ids else None,
         "parent_id {bad} is not a recommendation id")
    for name in ("migrant_stock", "sector_observations"):
        frame = frames[name]
        for i, row in enumerate(frame.itertuples(), start=2):
            if pd.notna(row.low) and pd.notna(row.high) and row.low > row.high:
                problems.append(f"{name}.csv:{i}:low: low {row.low} is above high {row.high}")
    return problems


def load(data_dir: Path | str = DEFAULT_DATA_DIR) -> Bundle:
    """Validate and load every dataset in data_dir; raise DataError on any problem."""
    data_dir = Path(data_dir)
    if not (data_dir / "datapackage.json").exists():
        raise DataError([f"{data_dir}/datapackage.json:-:-: missing"])
    raw, digest = {}, hashlib.sha256()
    problems = []
    for name in RESOURCES:
        path = data_dir / f"{name}.csv"
        if not path.exists():
            problems.append(f"{name}.csv:-:-: file is missing")
            continue
        digest.update(path.read_bytes())
        try:
            raw[name] = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            problems.append(f"{name}.csv:-:-: cannot be read: {exc}")
    if problems:
        raise DataError(problems)
    problems = _frictionless_problems(data_dir)
    if problems:
        raise DataError(problems)
    frames = {name: _typed(name, frame) for name, frame in raw.items()}
    problems = _rule_problems(frames)
    if problems:
        raise DataError(problems)
    return Bundle(frames=frames, version=digest.hexdigest()[:12], data_dir=data_dir)


_lock = threading.Lock()
_current: dict[Path, Bundle] = {}


def bundle(data_dir: Path | str = DEFAULT_DATA_DIR) -> Bundle:
    """The loaded data for data_dir, loaded once per process."""
    key = Path(data_dir).resolve()
    found = _current.get(key)
    if found is None:
        with _lock:
            found = _current.get(key)
            if found is None:
                found = _current[key] = load(key)
    return found


def reload(data_dir: Path | str = DEFAULT_DATA_DIR) -> Bundle:
    """Load anew and swap in only if the new files are valid; else keep serving the old."""
    key = Path(data_dir).resolve()
    fresh = load(key)
    with _lock:
        _current[key] = fresh
    return fresh
