"""Commands for the people who maintain the data.

    python -m dashboard validate [DATA_DIR]   check every file; print file:row:column problems
    python -m dashboard build [--check]       rebuild data/ from data/raw/ (see build_data)
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "validate":
        from dashboard import datasets

        target = rest[0] if rest else datasets.DEFAULT_DATA_DIR
        try:
            bundle = datasets.load(target)
        except datasets.DataError as exc:
            print(exc, file=sys.stderr)
            return 1
        rows = sum(len(f) for f in bundle.frames.values())
        print(f"ok: {len(bundle.frames)} datasets, {rows} rows, version {bundle.version}")
        return 0
    if command == "build":
        from dashboard import build_data

        return build_data.main(rest)
    print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
