"""/sources: every source once, grouped, with the rows it supports (linked to /data), an anchor
per source, and the methodology."""

import json
import re

import pytest

from dashboard.figures import tables
from dashboard.filters import Filters
from dashboard.i18n import t
from tests.conftest import render_page


def _render(client, search: str = "") -> tuple[int, dict, str]:
    status, body, text = render_page(client, "/sources", search)
    return status, body, json.dumps(body, ensure_ascii=False) if body else text


def _ids(node, out=None):
    """Every component id in a rendered layout (JSON)."""
    out = [] if out is None else out
    if isinstance(node, dict):
        if isinstance(node.get("props"), dict) and "id" in node["props"]:
            out.append(node["props"]["id"])
        for value in node.values():
            _ids(value, out)
    elif isinstance(node, list):
        for value in node:
            _ids(value, out)
    return out


def test_every_source_is_in_exactly_one_group(data):
    groups = tables.source_groups(data)
    assert [g for g, _ in groups] == list(tables.GROUPS)
    ids = [sid for _, frame in groups for sid in frame["id"]]
    assert sorted(ids) == sorted(data["sources"]["id"]) and len(ids) == len(set(ids))
    named = {g: set(frame["id"]) for g, frame in groups}
    assert named["seed"] == {"tspc2012", "tspc2013"}
    assert {"wb_wdi_gdp", "wb_wdi_remittances", "undesa_ims2019"} <= named["statistics"]
    assert named["derived"] == {"derived_wdi_ratio"}
    assert all(s.startswith("src_") for s in named["cited"])
    cited = dict(groups)["cited"]["publisher"].str.casefold().tolist()
    assert cited == sorted(cited)


def test_usage_counts_every_citing_row_once(data):
    usage = tables.source_usage(data)
    for name in usage["dataset"].unique():
        assert usage.loc[usage["dataset"] == name, "rows"].sum() == len(data[name])
    assert "sources" not in set(usage["dataset"]) and "sectors" not in set(usage["dataset"])
    seed = dict(tables.supports(usage, "tspc2012"))
    assert seed["recommendations"] == (data["recommendations"]["source_id"] == "tspc2012").sum()
    assert tables.supports(usage, "dcw_gmt") == []  # builds the data, cited by no row


def test_supports_links_open_exactly_those_rows(data):
    usage = tables.source_usage(data)
    link = tables.data_link("events", "src_ebrd_remit_2015", Filters(lang="ru"))
    assert link == "/data?lang=ru&dataset=events&source=src_ebrd_remit_2015"
    # datasets without a sex column: the linked table holds exactly the counted rows
    for name, n in tables.supports(usage, "tspc2012"):
        if "sex" in data[name]:
            continue
        params, notices = tables.parse_params({"dataset": name, "source": "tspc2012"}, data)
        assert not notices
        assert len(tables.dataset_view(data, Filters(), params).rows) == n


def test_page_has_an_anchor_per_source_and_the_method(client, data):
    status, body, text = _render(client)
    assert status == 200
    ids = _ids(body)
    assert set(data["sources"]["id"]) <= set(ids)
    assert len(ids) == len(set(ids)), "component ids are unique"
    for key in ("sources.method.remit", "sources.method.coverage", "sources.quality.unverified",
                "sources.method.per_office"):
        assert t(key, "en") in text
    assert "/data?dataset=remittances&source=derived_wdi_ratio" in text
    assert f"{len(data['sources'])} sources" in text


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_page_is_translated(client, lang):
    status, _, text = _render(client, f"?lang={lang}")
    assert status == 200
    assert t("sources.method", lang) in text and t("sources.group.cited", lang) in text
    assert f"lang={lang}&dataset=" in text  # links keep the language


def test_bad_query_values_fall_back_with_a_notice(client):
    status, _, text = _render(client, "?lang=xx&gender=nobody")
    assert status == 200 and "is not a valid" in text


@pytest.mark.browser
def test_sources_page_in_the_browser(watched, data):
    page = watched.goto("/sources#wb_wdi_gdp")
    page.wait_for_selector("tr.kg-source-row")
    ids = page.eval_on_selector_all("tr.kg-source-row", "rows => rows.map(r => r.id)")
    assert sorted(ids) == sorted(data["sources"]["id"])
    # the anchor is found once the page is drawn, and marked
    page.wait_for_selector("tr#wb_wdi_gdp.table-warning")
    # a supports link opens the rows citing the source
    page.locator("#tspc2013 a[href*='dataset=recommendations']").click()
    page.wait_for_url(re.compile(r"/data\?dataset=recommendations&source=tspc2013"))
    page.wait_for_selector("#data-table[data-dataset=recommendations]")
    cited = page.locator("#data-table tbody td.kg-source a[href^='/sources']").all_inner_texts()
    assert cited and set(cited) == {"tspc2013"}
    assert not watched.console_errors, watched.console_errors
    assert not watched.outside_requests, watched.outside_requests
