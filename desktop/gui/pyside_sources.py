"""PySide's import hook, answered without keeping every module's source in memory.

Once PySide6 is imported, it asks of every module imported after it whether its source
mentions "PySide6" (for its opt-in `from __feature__ import ...`), and finds out with
`inspect.getsource`, which keeps the whole source of the module in `linecache` for the
life of the process. For this application that was some 800 files, 270,000 lines and
about 25 MB of resident memory, and more with every module loaded later (the `holidays`
package's 279 modules when the first request opens). The same question is answered
here by reading the file once; anything else (a module without a .py file, as in the
packaged app) goes to PySide's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the hook this module answers for)


def _reads_the_file(original: Callable[[ModuleType], object]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return bool(original(module))

    return uses_pyside


def install() -> None:
    """Replace the hook's source test, once; nothing to do if PySide's internals moved."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "__module__", None) == __name__:
        return
    setattr(feature, "_mod_uses_pyside", _reads_the_file(original))  # noqa: B010
