"""Where the files that ship beside the code are found: the forms and the resources.

They live in the repository's top-level `forms/` and `resources/` folders rather than
inside the package, so that an office can find, copy and edit them. pyproject.toml maps
those folders onto the packages `desktop._forms` and `desktop._resources`: a wheel carries
them inside `desktop/`, an editable install points the names at the checkout's folders,
and the PyInstaller bundle collects them as `desktop/_forms` and `desktop/_resources`.
Every installation then finds them the same way, through importlib.resources; this
module is the only place that knows how.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

FORMS_PACKAGE = "desktop._forms"
RESOURCES_PACKAGE = "desktop._resources"


class MissingResources(RuntimeError):
    """The installation lacks its forms or resources: it was installed incompletely."""


def _folder(package: str) -> Path:
    """The folder of a data package, as a real path (Qt and python-docx want file names)."""
    try:
        found = importlib.resources.files(package)
    except ModuleNotFoundError:
        raise MissingResources(
            f"{package} is not installed: reinstall Cooperation Desk "
            "(pip install . from the source folder)"
        ) from None
    if not isinstance(found, Path):  # e.g. imported from a zip file
        raise MissingResources(f"{package} is not a folder on disk ({found})")
    return found


def forms_dir() -> Path:
    """The Qt Designer forms (*.ui)."""
    return _folder(FORMS_PACKAGE)


def resources_dir() -> Path:
    """Word templates, checklists, icons and translations."""
    return _folder(RESOURCES_PACKAGE)
