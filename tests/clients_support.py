"""Shared pieces of the client tests (tests/test_clients_*.py): the exports opened in real programs.

The programs come from their registries, installed by `bash scripts/setup-test-clients.sh`
(Debian's chromium, libreoffice-calc and calcurse; TimelineJS3 from npm into .clients/node).
A test whose program is missing is skipped with that hint, except under CI (CI=true), where a
missing program fails the test, so CI always really runs them.
"""
from __future__ import annotations

import http.server
import importlib
import importlib.util
import os
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "clients"
CLIENTS_DIR = Path(os.environ.get("TIMELINE_CLIENTS_DIR", ROOT / ".clients"))
TIMELINEJS_DIST = CLIENTS_DIR / "node" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
SETUP_HINT = "install it with: bash scripts/setup-test-clients.sh"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(what: str) -> None:
    """Skip (on a developer's machine) or fail (in CI): `what` is not installed."""
    message = f"{what} is not installed; {SETUP_HINT}"
    if in_ci():
        pytest.fail(f"CI must run the client tests: {message}", pytrace=False)
    pytest.skip(message)


def need_program(*names: str) -> str:
    """The path of the first of `names` on PATH (or an absolute path that exists)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    missing(f"the program {names[0]!r}")


def need_module(name: str, pip_name: str | None = None):
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"the Python package {pip_name or name!r} (pip install -e '.[test]')")


def need_timelinejs() -> Path:
    if not (TIMELINEJS_DIST / "js" / "timeline.js").is_file():
        missing("TimelineJS3 (@knight-lab/timelinejs from npm)")
    return TIMELINEJS_DIST


def artifacts(*parts: str) -> Path:
    """A folder under test-artifacts/clients (gitignored) for files a person may look at."""
    path = ARTIFACTS.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


def sample():
    """tests/fixtures/export/sample.py, the timeline the export tests share."""
    from fixtures.export import sample as module
    return module


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves /<mount>/... from the mounted folders, with CORS like a CDN (fonts need it)."""

    mounts: dict[str, Path] = {}

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        mount, _, rest = path.lstrip("/").partition("/")
        root = self.mounts.get(mount)
        if root is None:
            return str(Path("/nonexistent-mount"))
        target = (root / rest).resolve()
        if root.resolve() not in (target, *target.parents):
            return str(Path("/nonexistent-mount"))
        return str(target)

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class LocalServer:
    """An http server on 127.0.0.1 (a free port) serving folders under URL prefixes."""

    def __init__(self, **mounts: Path):
        handler = type("Handler", (_Handler,), {"mounts": {k: Path(v) for k, v in mounts.items()}})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, mount: str, path: str = "") -> str:
        return f"{self.base}/{mount}/{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


# Flags that work headless as root in a container; the profile is a fresh temp folder.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

