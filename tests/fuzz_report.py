"""A pytest plugin that prints how many fuzz inputs the tests tried, per surface, at the end of
the normal `python -m pytest` output:

    ----- fuzz inputs tried -----
    callbacks (8 callbacks): 640
    ...

tests/test_fuzz.py registers it on first use (so it works without any conftest change);
`pytest_plugins = ["tests.fuzz_report"]` in tests/conftest.py registers it up front as well.
"""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()


def count(surface: str, n: int = 1) -> None:
    COUNTS[surface] += n


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not COUNTS:
        return
    terminalreporter.section("fuzz inputs tried")
    for surface, n in sorted(COUNTS.items()):
        terminalreporter.write_line(f"{surface}: {n}")
    terminalreporter.write_line(f"total: {sum(COUNTS.values())}")
