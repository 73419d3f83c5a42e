"""No personal contact details are served: every dataset as the API serves it (CSV and JSON),
the API's listing and spec, and every page in every language, scanned for e-mail addresses and
phone numbers (the patterns of tests/test_data.py, which scans the files themselves)."""

from __future__ import annotations

import json

import dash
import pytest

from dashboard.filters import LANGS
from dashboard.schema import RESOURCES
from tests.conftest import render_page
from tests.test_data import EMAIL, PHONE

API = "/api/v1"


def assert_no_contact_details(text: str, where: str) -> None:
    for kind, pattern in (("e-mail address", EMAIL), ("phone number", PHONE)):
        found = pattern.search(text)
        assert not found, f"{kind} {found.group()!r} in {where}: " \
            f"...{text[max(0, found.start() - 80):found.end() + 80]}..."


def _get(client, url: str) -> str:
    response = client.get(url, headers={"Accept-Encoding": "identity"})
    assert response.status_code == 200, (url, response.status_code)
    return response.get_data(as_text=True)


@pytest.mark.parametrize("name", list(RESOURCES))
def test_no_contact_details_in_any_served_dataset(client, name):
    for fmt in ("csv", "json"):
        url = f"{API}/datasets/{name}.{fmt}"
        assert_no_contact_details(_get(client, url), url)


def test_no_contact_details_in_the_api_listing_spec_or_source_rows(client, data):
    urls = [f"{API}/datasets", f"{API}/openapi.json",
            *(f"{API}/sources/{i}" for i in data["sources"]["id"])]
    for url in urls:
        assert_no_contact_details(_get(client, url), url)


def test_no_contact_details_on_any_page_in_any_language(client):
    client.get("/")  # registers the pages
    paths = sorted(p["path"] for p in dash.page_registry.values())
    assert len(paths) >= 9
    assert_no_contact_details(_get(client, "/"), "the HTML shell")
    for path in paths:
        for lang in LANGS:
            status, _, text = render_page(client, path, f"?lang={lang}")
            assert status == 200, (path, lang)
            assert_no_contact_details(text, f"{path}?lang={lang}")


@pytest.mark.parametrize("planted", ["+7 (495) 123-45-67", "+996 312 12 34 56", "0312 66-55-44",
                                     "aibek.uulu@mail.kg"])
def test_the_scan_finds_contact_details_as_served(planted):
    with pytest.raises(AssertionError):
        assert_no_contact_details(json.dumps({"props": {"children": f"Call {planted}"}}), "x")
    with pytest.raises(AssertionError):
        assert_no_contact_details(f"id,note\n1,\"Ask {planted}, please\"\n", "x")
