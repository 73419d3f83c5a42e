"""The queries of the load test's mix, shared by the locustfile (run by locust, under gevent) and
the warm-up in benchmarks.load (which must not import locust)."""

PAGES = {
    "/": ["", "?lang=ru", "?year=2019"],
    "/destinations": ["", "?year=2019", "?sector=construction"],
    "/offices": ["", "?kind=diaspora", "?lang=ky"],
    "/remittances": ["", "?peers=TJK,UZB,KAZ", "?lang=ru"],
}
FILTERS = ["?gender=women", "?gender=men", "?year=2015", "?sector=construction&gender=women",
           "?sector=trade&year=2019", "?gender=women&lang=ru"]
CSV = "/api/v1/datasets/remittances.csv"
RETRIED = "(POST on a keep-alive connection the server had closed: retried)"


def all_views() -> list[tuple[str, str]]:
    """Every (path, query) the mix can ask the router for."""
    return [(p, q) for p, qs in PAGES.items() for q in [*qs, *FILTERS]]
