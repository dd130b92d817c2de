"""The Makefile finds Python 3.12 without hard-coded paths, and `make run` takes host, port and options."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
MAKE = shutil.which("make")
pytestmark = pytest.mark.skipif(MAKE is None, reason="make is not installed")
PY = str(Path(sys.executable).resolve())  # a Python >= 3.12 (the one running the tests)


def _make(tmp_path: Path, *args: str, path: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": path, "HOME": str(tmp_path)}
    return subprocess.run([MAKE, "-s", "-C", str(REPO), *args], capture_output=True, text=True, timeout=60, env=env)


def _tool(bindir: Path, name: str, body: str) -> None:
    bindir.mkdir(parents=True, exist_ok=True)
    (bindir / name).write_text("#!/bin/sh\n" + body)
    (bindir / name).chmod(0o755)


def test_no_hard_coded_interpreter_path() -> None:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "/root/" not in text and ".pyenv/versions" not in text


def test_python_discovery_order(tmp_path: Path) -> None:
    base = "/usr/bin:/bin"
    # nothing >= 3.12 anywhere: fails loudly, naming what it tried
    r = _make(tmp_path, "python", path=base)
    if r.returncode == 0:  # this host's own python3 is >= 3.12: that is a valid last resort
        assert "python3" in r.stdout
    else:
        assert "no Python >= 3.12" in r.stderr
    # pyenv: `pyenv prefix 3.12`
    pyenv_root = tmp_path / "pyenv-3.12"
    (pyenv_root / "bin").mkdir(parents=True)
    (pyenv_root / "bin/python3.12").symlink_to(PY)
    _tool(tmp_path / "pyenv-bin", "pyenv", f'[ "$1" = prefix ] && echo {pyenv_root} && exit 0\nexit 1\n')
    r = _make(tmp_path, "python", path=f"{tmp_path / 'pyenv-bin'}:{base}")
    assert r.returncode == 0 and r.stdout.strip() == str(pyenv_root / "bin/python3.12"), r.stderr
    # uv: `uv python find 3.12`
    _tool(tmp_path / "uv-bin", "uv", f'[ "$1 $2" = "python find" ] && echo {PY} && exit 0\nexit 1\n')
    r = _make(tmp_path, "python", path=f"{tmp_path / 'uv-bin'}:{base}")
    assert r.returncode == 0 and r.stdout.strip() == PY, r.stderr
    # python3.12 on PATH wins over pyenv and uv
    (tmp_path / "py-bin").mkdir()
    (tmp_path / "py-bin/python3.12").symlink_to(PY)
    r = _make(tmp_path, "python", path=f"{tmp_path / 'py-bin'}:{tmp_path / 'pyenv-bin'}:{tmp_path / 'uv-bin'}:{base}")
    assert r.returncode == 0 and r.stdout.strip() == str(tmp_path / "py-bin/python3.12")
    # PYTHON= wins over everything
    r = _make(tmp_path, "python", f"PYTHON={PY}", path=f"{tmp_path / 'py-bin'}:{base}")
    assert r.stdout.strip() == PY


def test_run_takes_host_port_and_options(tmp_path: Path) -> None:
    r = subprocess.run([MAKE, "-n", "-C", str(REPO), "run", "HOST=0.0.0.0", "PORT=3128",
                        "ARGS=--upstream-proxy http://127.0.0.1:3129 --set aigw_rules_reload=0"],
                       capture_output=True, text=True, timeout=60)
    line = [ln for ln in r.stdout.splitlines() if "aigw run" in ln][-1]
    assert "--listen-host 0.0.0.0 --listen-port 3128 --upstream-proxy http://127.0.0.1:3129 --set aigw_rules_reload=0" in line
    r = subprocess.run([MAKE, "-n", "-C", str(REPO), "run"], capture_output=True, text=True, timeout=60)
    assert "--listen-host 127.0.0.1 --listen-port 8080" in r.stdout


def test_install_cli_links_aigw_into_bindir(tmp_path: Path) -> None:
    venv = REPO / ".venv"
    if not (venv / "bin/aigw").exists():
        pytest.skip("no .venv in this checkout")
    if venv.is_symlink():  # another checkout's venv (a git worktree sharing it): `make` would re-point its install
        pytest.skip(".venv is a link to another checkout's venv")
    bindir = tmp_path / "bin"
    r = subprocess.run([MAKE, "-s", "-C", str(REPO), "install-cli", f"BINDIR={bindir}"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert (bindir / "aigw").resolve() == (venv / "bin/aigw").resolve()
    r = subprocess.run([str(bindir / "aigw"), "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "doctor" in r.stdout
    subprocess.run([MAKE, "-s", "-C", str(REPO), "uninstall-cli", f"BINDIR={bindir}"], check=True, timeout=60)
    assert not (bindir / "aigw").exists()
