"""Kyrgyz labour migration dashboard. `create_app(settings)` builds the Dash app; nothing runs
at import."""

from __future__ import annotations

from pathlib import Path

from dashboard.settings import Settings

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent


def create_app(settings: Settings | None = None):
    """Build the Dash app: load and validate the data (a broken file stops start-up here, with
    file:row:column), set up the cache, the offline static routes and the pages."""
    import dash
    from flask import Flask

    from dashboard import api, datasets, runtime, security, static, view_cache
    from dashboard.components import shell

    settings = settings or Settings.from_env()
    data = datasets.load(settings.data_dir)  # raises DataError before anything is served

    server = Flask(__name__)
    static.register(server)
    security.register(server)
    runtime.init(server, settings, data)
    server.register_blueprint(api.api)

    app = shell.Dash(
        __name__,
        index_string=shell.INDEX,
        server=server,
        use_pages=True,
        pages_folder=str(PACKAGE / "pages"),
        assets_folder=str(ROOT / "assets"),
        external_stylesheets=[static.BOOTSTRAP_CSS],
        suppress_callback_exceptions=True,  # page callbacks name components of other pages
        serve_locally=True,
        compress=True,  # gzip/brotli via flask-compress: the JS bundles shrink ~4x
        title="Kyrgyz labour migration",
        update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
        # the view the browser shows, so that a new query is answered with in-place updates
        routing_callback_inputs={view_cache.ROUTER_STATE_NAME: view_cache.ROUTER_STATE},
    )
    view_cache.drop_router_state(dash.page_registry)
    app.layout = shell.shell
    _share_module_callbacks()
    security.add_headers(server, app.csp_hashes)
    view_cache.register(server, app)  # after Dash's hooks and the payload guard: see view_cache
    static.buffer_static_files(server)
    # Dash finishes its setup (routes, Pages router, inline scripts) on the first request; with
    # threaded workers a second request could be served half set up (a blank page, a 500 on a
    # script). One request here, before the app serves anyone, closes that window.
    server.test_client().get("/")
    return app


_MODULE_CALLBACKS: tuple[dict, list, list] | None = None


def _share_module_callbacks() -> None:
    """Callbacks declared with `dash.callback` (the page and component modules, at import) go
    into Dash's global lists, which the first app to serve a request takes and empties; modules
    are imported once per process. So a second app in the same process (tests, a reload) would
    answer no filter or page callback. The first app's set is kept and handed to each later app
    before its setup."""
    global _MODULE_CALLBACKS
    from dash import _callback

    if _MODULE_CALLBACKS is None:
        _MODULE_CALLBACKS = (dict(_callback.GLOBAL_CALLBACK_MAP),
                             list(_callback.GLOBAL_CALLBACK_LIST),
                             list(_callback.GLOBAL_INLINE_SCRIPTS))
        return
    callback_map, callback_list, inline_scripts = _MODULE_CALLBACKS
    _callback.GLOBAL_CALLBACK_MAP.update(callback_map)
    _callback.GLOBAL_CALLBACK_LIST.extend(c for c in callback_list
                                          if c not in _callback.GLOBAL_CALLBACK_LIST)
    _callback.GLOBAL_INLINE_SCRIPTS.extend(s for s in inline_scripts
                                           if s not in _callback.GLOBAL_INLINE_SCRIPTS)
