"""The layers keep to their places (ENGINEERING.md)."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_domain_storage_actions_and_importers_load_without_qt():
    code = (
        "import sys, pkgutil, importlib, facilitator.domain, facilitator.storage, facilitator.importers\n"
        "import facilitator.actions\n"
        "for package in (facilitator.domain, facilitator.storage, facilitator.importers, facilitator.actions):\n"
        "    for info in pkgutil.iter_modules(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_widgets_never_touch_sqlite():
    offenders = []
    for path in (ROOT / "facilitator" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(name.split(".")[0] in ("sqlite3", "sqlite_utils") for name in names):
                offenders.append(path.name)
    assert offenders == []


def test_the_window_asks_storage_and_writes_no_sql():
    """UI code may call the store's methods, never its database connection."""
    offenders = []
    for path in (ROOT / "facilitator" / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if ".db." in line or ".db[" in line or ".conn." in line:
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


#: SQL as it would be written in a WHERE or ORDER BY clause, or a statement (SQL keywords are
#: written in capitals in this project).
SQL_TEXT = re.compile(
    r"\b\w+\s*(=|!=|<>|<=|>=|<|>)\s*\?|\bIS (NOT )?NULL\b|\bIN \(|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|"
    r"\bUPDATE \S+ SET\b|\bDELETE FROM\b|\bORDER BY\b|\bPRAGMA\b|\bcoalesce\("
)
#: The store's generic queries take SQL text; outside storage/ only the repositories are called.
GENERIC_QUERIES = {"list", "count", "next_position", "select_where", "select_one_where"}


def _sql_outside_storage() -> list[str]:
    found = []
    for path in sorted((ROOT / "facilitator").rglob("*.py")):
        relative = path.relative_to(ROOT / "facilitator")
        if relative.parts[0] == "storage":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            for body in [node.body] if body and isinstance(body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if id(node) in docstrings:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
                found.append(f"{relative}:{node.lineno}: {node.value[:60]!r}")
            elif isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
                if SQL_TEXT.search(text):
                    found.append(f"{relative}:{node.lineno}: f-string {text[:60]!r}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                name = node.func.attr
                keywords = {k.arg for k in node.keywords}
                sql_argument = any(isinstance(a, ast.JoinedStr) or (isinstance(a, ast.Constant) and isinstance(a.value, str))
                                   for a in node.args[1:])
                if name in GENERIC_QUERIES and (sql_argument or keywords & {"where", "order_by"}):
                    found.append(f"{relative}:{node.lineno}: store.{name}(…) with SQL arguments")
    return found


def test_no_sql_outside_storage():
    """Queries are named functions of the repositories in storage/; no WHERE clause, ORDER BY
    or statement is written anywhere else (a schema change is storage's business)."""
    assert _sql_outside_storage() == []


def test_the_sql_detector_sees_what_it_must(tmp_path):
    for text in ("meeting_id = ?", "merged_into_id IS NULL", "id IN (1, 2)", "SELECT id FROM x",
                 "date, start_time ORDER BY id", "PRAGMA journal_mode", "status != 'absent' AND meeting_id = ?"):
        assert SQL_TEXT.search(text), text
    for text in ("Omgång 1 av 3", "Is it null?", "Select a meeting", "Update the plan", "Delete measure",
                 "In (the room)", "x = y"):
        assert not SQL_TEXT.search(text), text


def test_the_architecture_page_names_every_room():
    """docs/architecture.md and the tree agree: every package and room, and every repository
    and action module, is named there (a new one must be placed on the page too)."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "facilitator"
    missing = []
    for folder in [package, package / "ui"]:
        for child in folder.iterdir():
            if child.is_dir() and (child / "__init__.py").exists() and f"{child.name}/" not in page:
                missing.append(f"{child.relative_to(package)}/")
    for folder in ("storage", "actions"):
        for module in (package / folder).glob("*.py"):
            if module.stem not in ("__init__", "base", "errors", "schema", "backups", "search", "files",
                                   "process_store") and f"`{module.stem}`" not in page:
                missing.append(f"{folder}/{module.name}")
    assert missing == []
