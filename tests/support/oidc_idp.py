"""A real OpenID Connect provider on a loopback port: panva's oidc-provider (tests/support/oidc/idp.mjs).

``ensure_installed()`` runs ``npm ci`` from the committed lock file when the package is missing (``make test``
does it up front; a file lock keeps pytest-xdist workers from installing twice)."""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import urllib.request
from pathlib import Path

from tests.support.net import free_port, wait_port

HERE = Path(__file__).resolve().parent / "oidc"
NODE = shutil.which("node")
NPM = shutil.which("npm")


def installed() -> bool:
    return (HERE / "node_modules" / "oidc-provider" / "package.json").exists()


def ensure_installed() -> None:
    if installed():
        return
    if NODE is None or NPM is None:
        raise RuntimeError("node and npm are needed for the OpenID Connect tests (scripts/setup-system.sh)")
    with open(HERE / ".install.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not installed():
            subprocess.run([NPM, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE, check=True,
                           timeout=300)


class OidcProvider:
    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.dir = workdir
        self.port = port or free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, clients: list[dict]) -> "OidcProvider":
        ensure_installed()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.log = open(self.dir / "idp.log", "wb")
        self.proc = subprocess.Popen([NODE or "node", str(HERE / "idp.mjs"), str(self.port), json.dumps(clients)],
                                     cwd=HERE, stdout=self.log, stderr=subprocess.STDOUT)
        wait_port(self.port, 30)
        return self

    def mode(self, m: str) -> None:
        """Make the token endpoint doctor the next ID tokens (see idp.mjs); 'ok' undoes it."""
        with urllib.request.urlopen(f"{self.issuer}/__test/mode?m={m}", timeout=5) as r:  # loopback only
            assert json.load(r)["mode"] == m

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.log.close()
