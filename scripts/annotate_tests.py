"""Add the type annotations mypy asks of tests that are obvious from names alone.

    .venv/bin/python scripts/annotate_tests.py [PATH ...]     # default: tests benchmarks

What it adds, and nothing else:
- `-> None` to every function without a return annotation whose own body returns no value and
  does not yield (a fixture that only does `yield` gets `-> Iterator[None]`);
- a type to every parameter without one that names a pytest or pytest-django fixture
  (`client: Client`, `settings: Settings`, `tmp_path: Path`, `monkeypatch: pytest.MonkeyPatch`, ...) or a
  project fixture whose definition (same module or a `conftest.py` above it) has a return annotation: the
  annotation, unwrapped from `Iterator[...]`/`Generator[...]`, with the imports it needs;
- and it drops a `# type: ignore[no-untyped-def]` from a function that is then fully typed.

It edits text at the positions `ast` reports, so comments and layout stay, then runs `ruff check --fix
--select I,F401` and `ruff format` on the files it changed to place the new imports. Running it again changes
nothing (idempotent). What it cannot know (a fixture returning a value without an annotation, a
parametrized argument) mypy still reports: annotate those by hand with their real types.
"""

from __future__ import annotations

import ast
import builtins
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Fixture name -> (annotation, import line it needs or "").
PLUGIN_FIXTURES: dict[str, tuple[str, str]] = {
    "client": ("Client", "from django.test import Client"),
    "admin_client": ("Client", "from django.test import Client"),
    "async_client": ("AsyncClient", "from django.test import AsyncClient"),
    "rf": ("RequestFactory", "from django.test import RequestFactory"),
    "db": ("None", ""),
    "transactional_db": ("None", ""),
    "django_db_setup": ("None", ""),
    "django_db_reset_sequences": ("None", ""),
    "django_db_serialized_rollback": ("None", ""),
    "settings": ("Settings", "from pytest_django import Settings"),
    "live_server": ("LiveServer", "from pytest_django.live_server_helper import LiveServer"),
    "django_assert_num_queries": ("DjangoAssertNumQueries", "from pytest_django import DjangoAssertNumQueries"),
    "django_assert_max_num_queries": ("DjangoAssertNumQueries", "from pytest_django import DjangoAssertNumQueries"),
    "django_capture_on_commit_callbacks": (
        "DjangoCaptureOnCommitCallbacks",
        "from pytest_django import DjangoCaptureOnCommitCallbacks",
    ),
    "django_db_blocker": ("DjangoDbBlocker", "from pytest_django import DjangoDbBlocker"),
    "tmp_path": ("Path", "from pathlib import Path"),
    "tmp_path_factory": ("pytest.TempPathFactory", "import pytest"),
    "monkeypatch": ("pytest.MonkeyPatch", "import pytest"),
    "caplog": ("pytest.LogCaptureFixture", "import pytest"),
    "capsys": ("pytest.CaptureFixture[str]", "import pytest"),
    "capfd": ("pytest.CaptureFixture[str]", "import pytest"),
    "request": ("pytest.FixtureRequest", "import pytest"),
    "recwarn": ("pytest.WarningsRecorder", "import pytest"),
}
WRAPPERS = {"Iterator", "Generator", "AsyncIterator", "AsyncGenerator", "Iterable"}


@dataclass
class Fixture:
    annotation: str
    imports: list[str] = field(default_factory=list)


def _is_fixture(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr == "fixture":
            return True
        if isinstance(target, ast.Name) and target.id == "fixture":
            return True
    return False


def _module_name(path: Path) -> str:
    return ".".join(path.resolve().relative_to(REPO).with_suffix("").parts)


def _bindings(tree: ast.Module, module: str) -> dict[str, str]:
    """Top-level name -> the import line that brings it into another module."""
    bound: dict[str, str] = {}

    def visit(body: list[ast.stmt]) -> None:
        for statement in body:
            if isinstance(statement, ast.ImportFrom) and statement.module and statement.level == 0:
                for alias in statement.names:
                    name = alias.asname or alias.name
                    source = f"{alias.name} as {alias.asname}" if alias.asname else alias.name
                    bound[name] = f"from {statement.module} import {source}"
            elif isinstance(statement, ast.Import):
                for alias in statement.names:
                    name = alias.asname or alias.name.split(".")[0]
                    bound[name] = f"import {alias.name} as {alias.asname}" if alias.asname else f"import {name}"
            elif isinstance(statement, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                bound[statement.name] = f"from {module} import {statement.name}"
            elif isinstance(statement, ast.If):  # `if TYPE_CHECKING:` imports
                visit(statement.body)

    visit(tree.body)
    return bound


def _unwrap(annotation: ast.expr) -> ast.expr:
    if isinstance(annotation, ast.Subscript):
        wrapper = annotation.value
        name = wrapper.attr if isinstance(wrapper, ast.Attribute) else getattr(wrapper, "id", "")
        if name in WRAPPERS:
            inner = annotation.slice
            return inner.elts[0] if isinstance(inner, ast.Tuple) else inner
    return annotation


def _fixtures_of(path: Path) -> dict[str, Fixture]:
    tree = ast.parse(path.read_text())
    bound = _bindings(tree, _module_name(path))
    found: dict[str, Fixture] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _is_fixture(node) and node.returns:
            annotation = _unwrap(node.returns)
            names = {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)}
            if any(name not in bound and not hasattr(builtins, name) for name in names):
                continue  # a name we cannot import: leave it to a person
            imports = sorted(bound[name] for name in names if name in bound)
            found[node.name] = Fixture(ast.unparse(annotation), imports)
    return found


def _visible_fixtures(path: Path, cache: dict[Path, dict[str, Fixture]]) -> dict[str, Fixture]:
    """Fixtures a test module sees: conftest.py files from the top down, then its own."""
    sources = [d / "conftest.py" for d in reversed(path.resolve().parents) if d == REPO or REPO in d.parents]
    sources.append(path.resolve())
    visible: dict[str, Fixture] = {}
    for source in sources:
        if source.is_file():
            if source not in cache:
                cache[source] = _fixtures_of(source)
            visible.update(cache[source])
    return visible


def _own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    """The nodes of a function's body, not those of functions, lambdas or classes nested in it."""
    nodes: list[ast.AST] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        nodes.append(node)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return nodes


def _return_annotation(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, str] | None:
    own = _own_nodes(function)
    if any(isinstance(n, ast.Return) and n.value is not None for n in own):
        return None
    if any(isinstance(n, ast.YieldFrom) for n in own):
        return None
    yields = [n for n in own if isinstance(n, ast.Yield)]
    if not yields:
        return "None", ""
    if all(y.value is None for y in yields) and not isinstance(function, ast.AsyncFunctionDef):
        return "Iterator[None]", "from collections.abc import Iterator"
    return None


def _offset(lines: list[str], line: int, byte_col: int) -> int:
    """Character offset in the file of an ast (line, UTF-8 byte column) position."""
    before = sum(len(text) for text in lines[: line - 1])
    return before + len(lines[line - 1].encode()[:byte_col].decode())


def _closing_paren(source: str, start: int) -> int:
    """Offset just after the `)` that closes the parameter list of the `def` at `start`."""
    depth = 0
    index = source.index("(", start)
    while True:
        char = source[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return index + 1
        elif char == "#":
            index = source.index("\n", index)
        elif char in "'\"":
            quote = source[index]
            index = source.index(quote, index + 1)
        index += 1


def annotate(path: Path, cache: dict[Path, dict[str, Fixture]]) -> bool:
    source = path.read_text()
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    fixtures = _visible_fixtures(path, cache)
    own_module = _module_name(path)
    bound = _bindings(tree, own_module)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    needed: set[str] = set()

    def usable(import_line: str) -> bool:
        """The import brings a name this module has not bound to something else."""
        if not import_line:
            return True
        name = import_line.split()[-1]
        return bound.get(name, import_line) == import_line or import_line == "import pytest"

    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        arguments = node.args
        params = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        typed = {p.arg for p in params if p.annotation is not None or p.arg in {"self", "cls"}}
        typed.update(a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None and a.annotation is not None)
        positional = [*arguments.posonlyargs, *arguments.args]
        defaulted = {p.arg for p in positional[len(positional) - len(arguments.defaults) :]}
        defaulted.update(p.arg for p, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d)
        for param in params:
            if param.arg in defaulted:
                continue  # a helper's optional argument that shares a fixture's name, not the fixture
            annotation: str | None = None
            imports: list[str] = []
            if param.arg in PLUGIN_FIXTURES:
                annotation, line = PLUGIN_FIXTURES[param.arg]
                imports = [line] if line else []
            elif param.arg in fixtures:
                annotation, imports = fixtures[param.arg].annotation, fixtures[param.arg].imports
            if annotation is None or not all(usable(i) for i in imports):
                continue
            if param.annotation is None:
                assert param.end_lineno is not None and param.end_col_offset is not None
                at = _offset(lines, param.end_lineno, param.end_col_offset)
                edits.append((at, at, f": {annotation}"))
            elif (
                isinstance(param.annotation, ast.Name)  # earlier sessions wrote `settings: Any`: give the real type
                and param.annotation.id in ({"Any", "object"} if param.arg in PLUGIN_FIXTURES else {"Any"})
                and annotation != "Any"
            ):
                ann = param.annotation
                assert ann.end_lineno is not None and ann.end_col_offset is not None
                start = _offset(lines, ann.lineno, ann.col_offset)
                edits.append((start, _offset(lines, ann.end_lineno, ann.end_col_offset), annotation))
            else:
                continue
            typed.add(param.arg)
            needed.update(i for i in imports if i and not i.startswith(f"from {own_module} import "))
        returns = node.returns is not None
        if not returns:
            result = _return_annotation(node)
            if result is not None and usable(result[1]):
                at = _closing_paren(source, _offset(lines, node.lineno, node.col_offset))
                edits.append((at, at, f" -> {result[0]}"))
                returns = True
                if result[1]:
                    needed.add(result[1])
        if returns and typed >= {p.arg for p in params} | {a.arg for a in (arguments.vararg, arguments.kwarg) if a}:
            edits.extend(_stale_ignores(source, lines, node))
    if not edits:
        return False
    for start, end, replacement in sorted(edits, reverse=True):
        source = source[:start] + replacement + source[end:]
    missing = sorted(i for i in needed if not _already_imported(tree, i))
    if missing:
        source = _insert_imports(source, tree, missing)
    path.write_text(source)
    return True


STALE_IGNORE = re.compile(r"  # type: ignore\[no-untyped-def\]")


def _stale_ignores(
    source: str, lines: list[str], function: ast.FunctionDef | ast.AsyncFunctionDef
) -> list[tuple[int, int, str]]:
    """Removals of ``# type: ignore[no-untyped-def]`` on the header of a function that is now fully typed."""
    start = _offset(lines, function.lineno, 0)
    end = _offset(lines, function.body[0].lineno, 0)
    return [(start + m.start(), start + m.end(), "") for m in STALE_IGNORE.finditer(source[start:end])]


def _already_imported(tree: ast.Module, import_line: str) -> bool:
    statement = ast.parse(import_line).body[0]
    wanted = {(getattr(statement, "module", None), a.name, a.asname) for a in statement.names}  # type: ignore[attr-defined]
    present: set[tuple[str | None, str, str | None]] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom | ast.Import):
            present.update((getattr(node, "module", None), a.name, a.asname) for a in node.names)
    return wanted <= present


def _insert_imports(source: str, tree: ast.Module, imports: list[str]) -> str:
    """New imports go after the last top-level import (ruff then sorts them into place)."""
    last = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    if last:
        line = max(n.end_lineno or n.lineno for n in last)
    else:
        docstring = tree.body[0] if tree.body and isinstance(tree.body[0], ast.Expr) else None
        line = docstring.end_lineno or 0 if docstring else 0
    lines = source.splitlines(keepends=True)
    return "".join([*lines[:line], *(f"{i}\n" for i in imports), *lines[line:]])


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [REPO / "tests", REPO / "benchmarks"]
    files = sorted(p for root in roots for p in ([root] if root.is_file() else root.rglob("*.py")))
    cache: dict[Path, dict[str, Fixture]] = {}
    changed = [str(p) for p in files if annotate(p, cache)]
    if changed:
        ruff = str(REPO / ".venv" / "bin" / "ruff")
        # The project's own ruff on files of this checkout: nothing untrusted reaches the command line.
        subprocess.run([ruff, "check", "--fix", "--select", "I,F401", "--quiet", *changed], check=False)  # noqa: S603
        subprocess.run([ruff, "format", "--quiet", *changed], check=True)  # noqa: S603
    print(f"{len(changed)} of {len(files)} files annotated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
