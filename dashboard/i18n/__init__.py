"""Interface strings in English, Russian and Kyrgyz: one catalogue, merged from small files.

Each module here holds `STRINGS = {key: {"en": ..., "ru": ..., "ky": ...}}` for one part of the
site (common chrome, one page each), so people can work on pages side by side; the merged
CATALOGUE refuses a key defined twice. tests/test_i18n.py fails on any key missing a language.
"""

from __future__ import annotations

import importlib
import pkgutil

LANGS = ("en", "ru", "ky")


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, texts in module.STRINGS.items():
            if key in merged:
                raise ValueError(f"i18n key {key!r} defined twice (again in {info.name})")
            merged[key] = texts
    return merged


CATALOGUE = _merge()


def t(key: str, lang: str = "en", **values) -> str:
    """The text for key in lang (English if lang is unknown), with {placeholders} filled."""
    texts = CATALOGUE[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text


def country(iso3: str, lang: str = "en", fallback: str = "") -> str:
    """A country's name in lang; the dataset's own English name where the catalogue has none."""
    texts = CATALOGUE.get(f"country.{iso3}")
    if texts is None:
        return fallback or iso3
    return texts.get(lang) or texts["en"]
