"""The figure cache on real parts: a real redis-server on loopback shared by two gunicorn
processes; the site keeps answering when Redis stops, and uses it again when it comes back."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.request

import pytest
import redis

from tests.conftest import free_port, start_gunicorn

ROUTER = {
    "output": ".._pages_content.children..._pages_store.data..",
    "outputs": [{"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"}],
    "inputs": [{"id": "_pages_location", "property": "pathname", "value": "/remittances"},
               {"id": "_pages_location", "property": "search", "value": ""}],
    # the view the browser shows (view_cache): none, a first visit
    "state": [{"id": "_pages_content", "property": "data-kg-view"}],
    "changedPropIds": ["_pages_location.pathname"],
}


def render(base: str, search: str = "") -> int:
    """Render /remittances through the router, as a browser does; returns the HTTP status."""
    body = json.loads(json.dumps(ROUTER))
    body["inputs"][1]["value"] = search
    request = urllib.request.Request(base + "/_dash-update-component",
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert b"remit-share" in response.read()
        return response.status


class RedisServer:
    def __init__(self, port: int):
        self.port, self.proc = port, None

    def start(self):
        server = shutil.which("redis-server")
        if not server:
            pytest.fail("redis-server not found: install Debian's redis-server (never skipped)")
        self.proc = subprocess.Popen(
            [server, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                return client
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


@pytest.fixture()
def redis_server():
    server = RedisServer(free_port())
    client = server.start()
    yield server, client
    if server.proc.poll() is None:
        server.stop()


def test_two_processes_share_one_redis_cache_and_survive_its_loss(redis_server):
    server, client = redis_server
    env = {"CACHE_REDIS_URL": f"redis://127.0.0.1:{server.port}/0"}
    a, proc_a = start_gunicorn(env, workers=1)
    b, proc_b = start_gunicorn(env, workers=1)
    try:
        def figures():
            return len(client.keys("*fig:*"))

        assert render(a, "?peers=KAZ") == 200
        keys = figures()
        assert keys >= 2, "process A stored its figures in Redis"
        assert len(client.keys("*view:*")) == 1, "and the page it rendered"
        hits = client.info("stats")["keyspace_hits"]
        # B serves another host name (its own port), so its page's permalinks differ: it
        # builds the page, but from A's figures
        assert render(b, "?peers=KAZ") == 200
        assert client.info("stats")["keyspace_hits"] >= hits + 2, "process B read A's figures"
        assert figures() == keys
        hits = client.info("stats")["keyspace_hits"]
        assert render(b, "?peers=KAZ") == 200
        assert client.info("stats")["keyspace_hits"] == hits + 1, "B's page again: one read"

        server.stop()
        started = time.monotonic()
        assert render(a, "?peers=ARM") == 200, "still answering with Redis gone"
        assert render(b, "?peers=ARM") == 200
        assert time.monotonic() - started < 20

        client = server.start()
        assert client.dbsize() == 0
        assert render(a, "?peers=GEO") == 200
        assert client.dbsize() >= 2, "the cache is used again once Redis is back"
    finally:
        for proc in (proc_a, proc_b):
            proc.terminate()
            proc.wait(10)
