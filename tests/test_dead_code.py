"""No dead code and no method that shadows Qt's by accident.

Dead code misleads the next reader (a constant nobody reads looks like a rule that holds);
a method named like a Qt one (`find`, `create`) silently replaces it for every caller,
Qt's own included. ruff finds unused imports and variables; these find the rest.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Names only reached from outside Python (Qt calls them) or kept on purpose, with why.
NOT_DEAD = {
    # Reported: MainWindow.ask_unlock should call it so "Remember on this computer" unlocks.
    "UnlockDialog.try_remembered_key",
}
# Qt methods that are virtual under a one-word name: overriding them is the point.
VIRTUAL_ONE_WORD = {"data", "sort", "paint", "reject", "accept", "done", "event"}
# Shadowing that waits for a rename in a file under concurrent work (issue 16, item 5).
SHADOWING_PENDING: set[str] = set()


def _sources() -> dict[Path, str]:
    folders = ("desktop", "tests", "packaging", "tools")
    return {
        p: p.read_text("utf-8")
        for folder in folders
        for p in (ROOT / folder).rglob("*")
        if p.suffix in {".py", ".spec"}
    }


def _defined(tree: ast.Module) -> list[tuple[str, str]]:
    """(name looked for, name reported) of module-level names and methods."""
    found: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            found.append((node.name, node.name))
        elif isinstance(node, ast.Assign):
            found += [(t.id, t.id) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.append((node.target.id, node.target.id))
        if isinstance(node, ast.ClassDef):
            found += [
                (sub.name, f"{node.name}.{sub.name}")
                for sub in node.body
                if isinstance(sub, ast.FunctionDef)
            ]
    return [
        (name, shown)
        for name, shown in found
        if not name.startswith("__") and not re.search(r"[a-z][A-Z]", name)
    ]


def test_every_name_defined_in_the_package_is_used_somewhere():
    sources = _sources()
    words = Counter(w for text in sources.values() for w in re.findall(r"\w+", text))
    unused = [
        f"{path.relative_to(ROOT)}: {shown}"
        for path, text in sources.items()
        if (path.is_relative_to(ROOT / "desktop") or path.is_relative_to(ROOT / "tools"))
        and not path.name.startswith("ui_")
        for name, shown in _defined(ast.parse(text))
        if words[name] <= 1 and shown not in NOT_DEAD
    ]
    assert unused == []


def test_no_gui_method_shadows_a_qt_method_by_accident(qapp):
    from PySide6.QtCore import QObject

    import desktop.gui

    shadowing = []
    for info in pkgutil.iter_modules(desktop.gui.__path__):
        module = importlib.import_module(f"desktop.gui.{info.name}")
        for cls in vars(module).values():
            if not (
                inspect.isclass(cls)
                and issubclass(cls, QObject)
                and cls.__module__ == module.__name__
            ):
                continue
            qt_names = {
                n
                for base in cls.__mro__
                if base.__module__.startswith("PySide6")
                for n in vars(base)
            }
            shadowing += [
                f"{cls.__name__}.{name}"
                for name in vars(cls)
                if name in qt_names
                and name.islower()
                and "_" not in name
                and name not in VIRTUAL_ONE_WORD
            ]
    assert sorted(shadowing) == sorted(SHADOWING_PENDING)
