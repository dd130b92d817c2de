"""A private PostgreSQL cluster for tests: ``initdb`` + ``pg_ctl`` in a temporary directory, on a free
loopback port, as a non-root user (PostgreSQL refuses to run as root: under root the cluster runs as
``nobody``). The binaries come from Debian's ``postgresql`` package (scripts/setup-system.sh)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    if (p := shutil.which("pg_ctl")) and shutil.which("initdb"):
        return Path(os.path.realpath(p)).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]) if d.split("/")[-2].isdigit() else 0)
    return Path(dirs[-1]) if dirs else None


SKIP_REASON = "PostgreSQL binaries (initdb, pg_ctl) not found: run scripts/setup-system.sh (Debian postgresql)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError(SKIP_REASON)
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="aigw-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        self.user: int | None = None
        self.group: int | None = None
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            self.user, self.group = nobody.pw_uid, nobody.pw_gid
            os.chown(self.base, self.user, self.group)
        os.chmod(self.base, 0o755)

    @property
    def dsn(self) -> str:
        return f"postgresql://aigw@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": f"{self.bindir}:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": str(self.base)}
        p = subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True, text=True, timeout=120,
                           env=env, user=self.user, group=self.group, cwd=self.base)
        if p.returncode != 0:
            log = (self.base / "server.log")
            raise RuntimeError(f"{args[0]} failed: {p.stdout}\n{p.stderr}\n"
                               f"{log.read_text(errors='replace') if log.exists() else ''}")
        return p

    def init(self) -> "PgServer":
        self._run("initdb", "-D", str(self.data), "-U", "aigw", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-sync")
        return self

    def start(self) -> "PgServer":
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"), "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def cleanup(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
