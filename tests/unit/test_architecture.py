"""The layering of docs/architecture.md: import-linter's contracts (pyproject.toml, [tool.importlinter])
hold, and the package has no import cycles (function-level imports included)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp
import mccabe

ROOT = Path(__file__).resolve().parents[2]
# Any import cycle fails (none is known).
KNOWN_CYCLES: list[set[str]] = []


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def _cycles(graph: grimp.ImportGraph) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    adj = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[set[str]] = []
    for root in adj:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = len(index)
                stack.append(v)
                on.add(v)
            for j in range(i, len(adj[v])):
                w = adj[v][j]
                if w not in index:
                    work.append((v, j + 1))
                    work.append((w, 0))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                if low[v] == index[v]:
                    comp = set()
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.add(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        found.append(comp)
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
    return found


def test_no_import_cycles() -> None:
    cycles = _cycles(grimp.build_graph("gateway"))
    assert [c for c in cycles if c not in KNOWN_CYCLES] == []


def test_complex_functions_say_why() -> None:
    """A function above cyclomatic complexity 15 carries a ``# complexity:`` comment saying why (issue 10)."""
    missing = []
    for path in sorted((ROOT / "gateway").rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        lines = code.splitlines()
        visitor = mccabe.PathGraphingAstVisitor()
        visitor.preorder(compile(code, str(path), "exec", ast.PyCF_ONLY_AST), visitor)
        for graph in visitor.graphs.values():
            if graph.complexity() <= 15:
                continue
            head = "\n".join(lines[graph.lineno - 1:graph.lineno + 6])
            if "# complexity:" not in head:
                missing.append(f"{path.relative_to(ROOT)}:{graph.lineno} {graph.entity} ({graph.complexity()})")
    assert missing == [], "explain or split:\n" + "\n".join(missing)


def test_no_module_is_long() -> None:
    """Modules stay readable: about 400 lines at most (450 with a margin for a docstring or a table)."""
    long = [f"{p.relative_to(ROOT)}: {n}" for p in sorted((ROOT / "gateway").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450]
    assert long == [], "split these modules:\n" + "\n".join(long)
