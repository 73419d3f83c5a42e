"""Every setting, declared once, read from the environment with an embedded default.

The app is built only from a Settings object (`create_app(Settings.from_env())`), so tests build
it the same way with overrides and nothing global happens at import.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str


SETTINGS = {
    "data_dir": Setting("DATA_DIR", str(ROOT / "data"), "Folder with the curated datasets"),
    "cache_type": Setting("CACHE_TYPE", "FileSystemCache",
                          "flask-caching backend (RedisCache when CACHE_REDIS_URL is set)"),
    "cache_dir": Setting("CACHE_DIR", str(Path(tempfile.gettempdir()) / "kg-migration-cache"),
                         "Folder of the filesystem cache"),
    "cache_redis_url": Setting("CACHE_REDIS_URL", "", "redis://host:port/db of a shared cache"),
    "cache_timeout": Setting("CACHE_TIMEOUT", "86400", "Seconds a cached figure is kept"),
    "debug": Setting("DEBUG", "false", "Dash debug mode: never in production"),
    "host": Setting("HOST", "127.0.0.1", "Address `python app.py` listens on"),
    "port": Setting("PORT", "8050", "Port `python app.py` listens on"),
}


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    cache_type: str
    cache_dir: Path
    cache_redis_url: str
    cache_timeout: int
    debug: bool
    host: str
    port: int

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> Settings:
        env = os.environ if env is None else env
        raw = {name: env.get(s.env, s.default) for name, s in SETTINGS.items()}
        raw.update({k: str(v) for k, v in overrides.items()})
        if raw["cache_redis_url"]:
            raw["cache_type"] = "RedisCache"
        types = {f.name: f.type for f in fields(cls)}
        values = {}
        for name, text in raw.items():
            kind = types[name]
            if kind == "bool":
                values[name] = text.strip().lower() in {"1", "true", "yes", "on"}
            elif kind == "int":
                values[name] = int(text)
            elif kind == "Path":
                values[name] = Path(text)
            else:
                values[name] = text
        return cls(**values)
