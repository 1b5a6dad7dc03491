"""Where file choosers start: the user's Documents folder, then the last folder used.

Every save and open dialog goes through here, so an export lands next to the previous one
instead of in whatever folder the program was started from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"


def start_folder() -> Path:
    last = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember(path: str) -> None:
    if path:
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def save_file_name(parent: QWidget, caption: str, suggested: str, filters: str = "") -> str:
    """The path chosen to save to, or "" when the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder() / suggested), filters)
    _remember(path)
    return path


def open_file_name(
    parent: QWidget, caption: str, filters: str = "", folder: Path | None = None
) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(folder or start_folder()), filters)
    _remember(path)
    return path


def open_file_names(parent: QWidget, caption: str, filters: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, str(start_folder()), filters)
    if paths:
        _remember(paths[0])
    return paths


def existing_folder(parent: QWidget, caption: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, str(start_folder()))
    _remember(folder)
    return folder
