"""The import direction between the packages, checked the way test_startup checks import weight.

Data flows one way (facts → check → figures → outline → draft → document; lint runs on any
text), and a package may import only what lies below it. Every import counts, also the ones
inside functions: a lazy import still ties two packages together.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import cswriter

ROOT = Path(cswriter.__file__).parent

# Infrastructure every package may use.
BASE = {"cswriter", "cswriter.errors", "cswriter.datacache", "cswriter.regexcache", "cswriter.domain",
        "cswriter.findings"}  # the one finding shape (pydantic: not for lint, see test_startup)

# package (or module) → the cswriter packages it may import, besides BASE and itself.
ALLOWED: dict[str, set[str]] = {
    "cswriter.text": set(),
    "cswriter.facts": {"cswriter.text"},
    "cswriter.figures": {"cswriter.text", "cswriter.facts"},
    "cswriter.lint": {"cswriter.text", "cswriter.figures.rounding"},
    "cswriter.check": {"cswriter.text", "cswriter.facts", "cswriter.figures"},
    "cswriter.outline": {"cswriter.text", "cswriter.facts", "cswriter.figures", "cswriter.check"},
    "cswriter.prompting": {"cswriter.text", "cswriter.lint"},
    # (the offline writer reads the facts as plain data; facts.coverage is the one rule over
    # that data for what a report must take up, which check reads too, and facts.milestones
    # the one rule for which milestones are a schedule, which the draft's tables read too;
    # facts.slogans the one rule for a plan that is only a slogan, which check asks about;
    # facts.targets the one rule for a target a note says was changed, which figures read too;
    # facts.members the one rule for work lines that list the team, which the tables read too;
    # facts.attached the one rule for attachment lines typed as a table, which the tables read too)
    "cswriter.backends": {"cswriter.text", "cswriter.lint", "cswriter.figures", "cswriter.outline",
                          "cswriter.prompting", "cswriter.facts.attached", "cswriter.facts.coverage", "cswriter.facts.members", "cswriter.facts.milestones",
                          "cswriter.facts.slogans", "cswriter.facts.targets"},
    "cswriter.interview": {"cswriter.text", "cswriter.facts", "cswriter.figures", "cswriter.check",
                           "cswriter.lint"},
    "cswriter.importing": {"cswriter.text", "cswriter.facts", "cswriter.figures"},
    "cswriter.draft": {"cswriter.text", "cswriter.facts", "cswriter.figures", "cswriter.check",
                       "cswriter.outline", "cswriter.lint", "cswriter.backends", "cswriter.prompting"},
    # The application layer: every operation, over the whole library, under both faces.
    "cswriter.app": {"cswriter.text", "cswriter.facts", "cswriter.figures", "cswriter.check",
                     "cswriter.outline", "cswriter.lint", "cswriter.backends", "cswriter.prompting",
                     "cswriter.interview", "cswriter.importing", "cswriter.draft", "cswriter.documents",
                     "cswriter.schemas"},
}

# Imports that break the direction today, each to be removed by the work named beside it.
# The list may only shrink: a new entry is a design question, not a test fix.
# (issue 9: the tracer is built from the computed figures and handed to lint, so lint needs
# neither the facts model nor the figures, and the tracer needs no private part of lint.)
KNOWN_EXCEPTIONS: set[tuple[str, str]] = set()


def _known(module: str, target: str) -> bool:
    return any(module == m and (target == t or target.startswith(t + ".")) for m, t in KNOWN_EXCEPTIONS)


def _owner(module: str) -> str | None:
    for name in sorted(ALLOWED, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def _statements(nodes: list) -> Iterator[ast.AST]:
    """Every statement in `nodes` and in the blocks nested in them (function and class bodies,
    branches, handlers, match cases). An import is a statement, so this finds every import
    that `ast.walk` finds without visiting the expressions, which are most of a file's nodes."""
    for node in nodes:
        yield node
        for block in ("body", "orelse", "finalbody", "handlers", "cases"):
            yield from _statements(getattr(node, block, ()))


@functools.cache
def _import_nodes(path: Path) -> tuple[ast.Import | ast.ImportFrom, ...]:
    """Every import statement of a file, also inside functions: each file parsed once for all
    the tests here. Only the import nodes are kept; the rest of the tree is dropped (held for
    the whole session, the trees of ~130 files were a third of the objects every later garbage
    collection of the test process had to walk)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return tuple(node for node in _statements(tree.body) if isinstance(node, (ast.Import, ast.ImportFrom)))


@functools.cache
def _imports(path: Path, module: str) -> frozenset[str]:
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in _import_nodes(path):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return frozenset(name for name in found if name == "cswriter" or name.startswith("cswriter."))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_allowed(target: str, owner: str) -> bool:
    if target in BASE or target == owner or target.startswith(owner + "."):
        return True
    for allowed in ALLOWED[owner] | (BASE - {"cswriter"}):
        if target == allowed or target.startswith(allowed + "."):
            return True
    # `from cswriter.figures import rounding` names the package first, then the module.
    return any(allowed.startswith(target + ".") for allowed in ALLOWED[owner])


def test_every_package_imports_only_what_lies_below_it():
    violations = []
    for path in sorted(ROOT.rglob("*.py")):
        module = _module_name(path)
        owner = _owner(module)
        if owner is None:
            continue  # cli, commands and the top-level package may import anything
        for target in sorted(_imports(path, module)):
            if not _is_allowed(target, owner) and not _known(module, target):
                violations.append(f"{module} imports {target}")
    assert violations == []


def test_nothing_in_the_library_imports_the_command_line():
    for path in sorted(ROOT.rglob("*.py")):
        module = _module_name(path)
        if module.startswith(("cswriter.commands", "cswriter.cli", "cswriter.__main__")):
            continue
        bad = {t for t in _imports(path, module) if t.startswith(("cswriter.commands", "cswriter.cli"))}
        assert not bad, f"{module} imports {sorted(bad)}"


def test_only_the_faces_import_the_application_layer():
    """`cswriter.app` sits under the CLI and the MCP server and over everything else."""
    for path in sorted(ROOT.rglob("*.py")):
        module = _module_name(path)
        if module.startswith(("cswriter.commands", "cswriter.cli", "cswriter.mcp_server", "cswriter.app")):
            continue
        bad = {t for t in _imports(path, module) if t.startswith("cswriter.app")}
        assert not bad, f"{module} imports {sorted(bad)}"


def test_the_mcp_server_holds_no_library_work():
    """Each MCP tool calls `cswriter.app`: the server imports nothing else of cswriter's but
    errors and schemas (so an operation cannot exist on one face only)."""
    module = "cswriter.mcp_server"
    targets = _imports(ROOT / "mcp_server.py", module)
    assert {t for t in targets if not t.startswith(("cswriter.app", "cswriter.errors", "cswriter.schemas",
                                                    "cswriter.domain"))
            and t != "cswriter" and t != "cswriter.__version__"} == set()


def test_no_module_imports_another_modules_private_names():
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in _import_nodes(path):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cswriter"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offenders.append(f"{_module_name(path)}: from {node.module} import {alias.name}")
    assert offenders == []


def test_the_command_helpers_import_one_way():
    """`commands._common` → `commands._help` → `commands._output`: no circle, not even through
    imports inside functions."""
    order = ["cswriter.commands._common", "cswriter.commands._help", "cswriter.commands._output"]
    for rank, module in enumerate(order):
        path = ROOT / "commands" / (module.rsplit(".", 1)[1] + ".py")
        above = set(order[:rank + 1]) - {module}
        assert not {t for t in _imports(path, module) if any(t == m or t.startswith(m + ".") for m in above)}, module


def _module_graph() -> dict[str, set[str]]:
    """module → the cswriter modules it imports (every import, typing-only ones too), each
    import resolved to the deepest module that exists: `cswriter.figures.compute.Figure` is
    an arrow to `cswriter.figures.compute`."""
    modules = {_module_name(path): path for path in sorted(ROOT.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = set()
        for name in _imports(path, module):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_two_modules_import_each_other_even_for_typing():
    """A circle, even one hidden in a function or under TYPE_CHECKING, means one piece of
    knowledge lives in two places (figures.compute ↔ figures.directions was one)."""
    assert _circles(_module_graph()) == []
