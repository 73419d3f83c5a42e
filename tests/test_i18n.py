"""Every interface string exists in English, Russian and Kyrgyz, with the same placeholders."""

import string

from dashboard.i18n import CATALOGUE, LANGS, t


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_every_language():
    missing = [f"{key}:{lang}" for key, texts in CATALOGUE.items() for lang in LANGS
               if not (texts.get(lang) or "").strip()]
    assert not missing, missing


def test_placeholders_match_across_languages():
    wrong = [key for key, texts in CATALOGUE.items()
             if len({frozenset(_fields(texts[lang])) for lang in LANGS}) > 1]
    assert not wrong, wrong


def test_russian_and_kyrgyz_are_not_english_copies():
    # names like "Armenia" may coincide; running text must not
    long_keys = [k for k, v in CATALOGUE.items() if len(v["en"]) > 40]
    copies = [k for k in long_keys if CATALOGUE[k]["ru"] == CATALOGUE[k]["en"]
              or CATALOGUE[k]["ky"] == CATALOGUE[k]["en"]]
    assert not copies, copies


def test_lookup_falls_back_to_english_for_an_unknown_language():
    assert t("nav.overview", "fr") == "Overview"
    assert t("nav.overview", "ky") == "Сереп"
