"""The site as a whole: every page renders through the router, bad URLs degrade to a notice,
stylesheets and map outlines are served from the site itself."""

import re

import brotli
import pytest

from tests.conftest import dash_post, post_router, render_page, tree_text

PAGES = ["/", "/destinations", "/offices", "/remittances", "/recommendations", "/indicators",
         "/data", "/sources", "/present"]




@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_in_every_language(client, path):
    for lang, word in [("en", "Overview"), ("ru", "Обзор"), ("ky", "Сереп")]:
        status, body, text = render_page(client, path, f"?lang={lang}")
        assert status == 200, text[-2000:]
        assert word in tree_text(body["response"]["_pages_content"]["children"])


@pytest.mark.parametrize("path", PAGES)
def test_bad_query_values_show_a_notice_never_an_error(client, path):
    status, body, text = render_page(
        client, path, "?sector=<script>alert(1)</script>&gender=both&year=abcd&lang=xx")
    assert status == 200, text[-2000:]
    shown = tree_text(body["response"]["_pages_content"]["children"])
    assert "is not a valid" in shown
    assert "Traceback" not in text and "/work/" not in text


def test_unknown_path_is_a_friendly_404(client):
    status, body, _ = render_page(client, "/no-such-page", "")
    assert status == 200
    assert "Page not found" in tree_text(body["response"]["_pages_content"]["children"])


def test_bootstrap_is_served_from_the_installed_package_with_long_cache(client):
    response = client.get("/vendor/bootstrap/css/bootstrap.min.css")
    assert response.status_code == 200
    assert b"Bootstrap" in response.data[:500]
    assert response.headers["Cache-Control"].startswith("public, max-age=31536000") or \
        "max-age=31536000" in response.headers["Cache-Control"]
    assert client.get("/vendor/bootstrap/../../etc/passwd").status_code == 404
    assert client.get("/vendor/bootstrap/js/bootstrap.min.js").status_code == 404


def test_map_outlines_are_served_locally(client):
    response = client.get("/assets/topojson/world_110m.json")
    assert response.status_code == 200
    assert b'"objects"' in response.data[:2000]


def test_index_names_no_outside_host(client):
    html = client.get("/").get_data(as_text=True)
    assert not re.search(r"(src|href)=\"https?://", html)
    assert "/vendor/bootstrap/css/bootstrap.min.css" in html


def write_filters(client, sector: str, gender: str, search: str) -> str:
    """The URL the filter bar writes for this choice over the current query."""
    response = dash_post(
        client, "_pages_location.search",
        inputs=[{"id": "filter-sector", "property": "value", "value": sector},
                {"id": "filter-gender", "property": "value", "value": gender},
                {"id": "filter-year", "property": "value", "value": "latest"}],
        state=[{"id": "_pages_location", "property": "search", "value": search}])
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_json()["response"]["_pages_location"]["search"]


def test_filter_bar_writes_the_selection_into_the_url(client):
    search = write_filters(client, "construction", "women", "?lang=ru&peers=TJK")
    assert search == "?lang=ru&peers=TJK&sector=construction&gender=women"


def test_malformed_callback_payloads_are_rejected_without_a_traceback(client):
    bodies = ["not json", "{}", '{"output": "_pages_location.search"}',
              '{"output": 5, "inputs": 7}']
    for body in bodies:
        response = client.post("/_dash-update-component", data=body,
                               content_type="application/json")
        assert response.status_code == 400, (body, response.status_code)
        assert "Traceback" not in response.get_data(as_text=True)


def test_security_headers_on_every_response(client):
    client.get("/")  # the first request completes Dash's setup of inline scripts
    for path in ["/", "/remittances", "/assets/topojson/world_110m.json",
                 "/vendor/bootstrap/css/bootstrap.min.css"]:
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors none" in csp, path
        assert re.search(r"script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;", csp), csp
        assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert headers["X-Frame-Options"] == "DENY"


def test_only_embeds_may_be_framed(client):
    headers = client.get("/embed/anything").headers
    assert "frame-ancestors *" in headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in headers


def test_big_files_are_compressed_and_cacheable_by_the_browser(client):
    """A projector on a weak connection: the bundles and map outlines come compressed, and the
    browser keeps them (a year when the URL is fingerprinted, a day otherwise)."""
    html = client.get("/").get_data(as_text=True)
    renderer = re.search(r'src="(/_dash-component-suites/dash/dash-renderer/[^"]+)"', html)[1]
    for url, max_age in [(renderer, 31536000),
                         ("/_dash-component-suites/plotly/package_data/plotly.min.js", 86400),
                         ("/assets/topojson/world_50m.json", 86400)]:
        first = client.get(url, headers={"Accept-Encoding": "br"})
        again = client.get(url, headers={"Accept-Encoding": "br"})
        assert first.status_code == 200 and first.headers["Content-Encoding"] == "br", url
        assert first.cache_control.max_age == max_age and not first.cache_control.no_cache, url
        assert again.data == first.data, url  # the same bytes, from the compression cache
        assert len(brotli.decompress(first.data)) > 2 * len(first.data), url


def test_cached_pages_are_compressed_once_and_never_mixed_up(client):
    """The compressed bytes of a cached page are kept too (static.CompressedStatic): each view
    still decompresses to exactly its own answer, in every encoding, on every request."""
    def router(path, search, encoding=None, shown=None):
        return post_router(client, path, search, shown,
                           headers={"Accept-Encoding": encoding} if encoding else None)

    first = router("/offices", "").get_json()
    shown = first["sideUpdate"]["_pages_content"]["data-kg-view"]
    # whole pages, and the same view as updates to the page the browser shows
    views = [("/offices", "", None), ("/offices", "?gender=women", None),
             ("/remittances", "?lang=ru", None), ("/offices", "?gender=women", shown)]
    plain = {v: router(v[0], v[1], shown=v[2]).data for v in views}
    assert len(set(plain.values())) == len(views)
    assert len(plain[views[3]]) * 2 < len(plain[views[1]])  # the updates are the smaller
    for _ in range(2):
        for view in views:
            packed = router(view[0], view[1], encoding="br", shown=view[2])
            assert packed.headers["Content-Encoding"] == "br"
            assert brotli.decompress(packed.data) == plain[view], view


def test_a_second_app_in_the_same_process_answers_every_callback(app, tmp_path):
    """Dash hands `dash.callback` registrations to the first app only; a second app (a reload,
    another test) must still answer the filter bar, and so must the first."""
    from dashboard import create_app
    from dashboard.settings import Settings
    from tests.conftest import DATA

    second = create_app(Settings.from_env({}, data_dir=DATA, cache_dir=tmp_path))
    for client in (second.server.test_client(), app.server.test_client()):
        assert write_filters(client, "trade", "men", "") == "?sector=trade&gender=men"
