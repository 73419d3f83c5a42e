"""The filter model: parse and write URL query strings, apply the selection to frames.

The URL is the one source of truth for what a view shows (`?sector=construction&gender=women&
year=2019&lang=ru`). Parsing never fails: an unknown or malformed value falls back to the default
and yields a Notice the page shows, so a shared link can never cause a server error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlencode

import pandas as pd

GENDERS = ("all", "women", "men")
LANGS = ("en", "ru", "ky")
YEAR_MIN, YEAR_MAX = 1990, 2030
# The query names are the public contract: pages, the API and permalinks all use them.
QUERY_NAMES = ("sector", "gender", "year", "lang")


@dataclass(frozen=True)
class Filters:
    sector: str = "all"
    gender: str = "all"
    year: int | None = None  # None: the latest year each view has
    lang: str = "en"

    def key(self) -> tuple:
        """Hashable cache key part."""
        return (self.sector, self.gender, self.year, self.lang)

    @property
    def sex(self) -> str:
        """The data's sex code for the gender filter."""
        return "total" if self.gender == "all" else self.gender


@dataclass(frozen=True)
class Notice:
    """A value in the URL that was not understood and what was used instead."""

    name: str
    given: str
    used: str


def _first(query: Mapping, name: str) -> str | None:
    value = query.get(name)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return None if value is None else str(value)


def parse(query: str | Mapping | None, sectors: Iterable[str]) -> tuple[Filters, list[Notice]]:
    """Filters from a query string (with or without '?') or a mapping of query values."""
    if query is None:
        query = {}
    if isinstance(query, str):
        query = parse_qs(query.lstrip("?"), keep_blank_values=True)
    valid = {"sector": {"all", *sectors}, "gender": set(GENDERS), "lang": set(LANGS)}
    default = Filters()
    chosen, notices = {}, []
    for name in QUERY_NAMES:
        given = _first(query, name)
        if given is None or given == "":
            continue
        given = given.strip()
        if name == "year":
            if given == "latest":
                continue
            ok = given.isdigit() and len(given) == 4 and YEAR_MIN <= int(given) <= YEAR_MAX
            if ok:
                chosen["year"] = int(given)
            else:
                notices.append(Notice("year", given[:40], "latest"))
        elif given.lower() in valid[name]:
            chosen[name] = given.lower()
        else:
            notices.append(Notice(name, given[:40], getattr(default, name)))
    return replace(default, **chosen), notices


def to_query(filters: Filters, **extra) -> str:
    """The query string for filters, defaults left out, '' when all are default."""
    default = Filters()
    pairs = [(n, getattr(filters, n)) for n in QUERY_NAMES
             if getattr(filters, n) != getattr(default, n)]
    pairs += [(k, v) for k, v in extra.items() if v not in (None, "")]
    return "?" + urlencode(pairs) if pairs else ""


def by_sex(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows for the gender filter (a frame with a `sex` column of total/women/men)."""
    return frame[frame["sex"] == filters.sex]


def nearest_year(available: Iterable[int], wanted: int | None) -> int | None:
    """The wanted year if the data has it, else the latest year at or before it, else the
    earliest; None when there is no year at all."""
    years = sorted({int(y) for y in available if pd.notna(y)})
    if not years:
        return None
    if wanted is None:
        return years[-1]
    before = [y for y in years if y <= wanted]
    return before[-1] if before else years[0]
