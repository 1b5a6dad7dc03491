"""The typed views of the forms (desktop/gui/form_types.py) say what the .ui files hold."""

from __future__ import annotations

import pytest

from desktop.gui.form_types import DialogFormUi, RequestFormUi, StatusFormUi
from desktop.gui.forms import load_form
from tools import form_types

REGENERATE = "run: .venv/bin/python -m tools.form_types (the forms changed)"


def test_the_typed_views_are_those_the_forms_give():
    assert form_types.TARGET.read_text(encoding="utf-8") == form_types.render(), REGENERATE


def test_a_loaded_form_has_every_child_its_view_names(qtbot):
    from PySide6 import QtWidgets

    for shape in (StatusFormUi, RequestFormUi):
        host = QtWidgets.QWidget()
        qtbot.addWidget(host)
        ui = load_form(shape, host)
        named = {**DialogFormUi.__annotations__, **shape.__annotations__}
        for name, qt in named.items():
            assert isinstance(getattr(ui, name), getattr(QtWidgets, qt)), name


def test_a_child_named_like_a_qwidget_method_is_refused(tmp_path):
    (tmp_path / "bad.ui").write_text(
        '<ui version="4.0"><class>Bad</class><widget class="QWidget" name="Bad">'
        '<layout class="QVBoxLayout" name="column"><item>'
        '<widget class="QScrollArea" name="scroll"/></item></layout></widget></ui>'
    )
    with pytest.raises(ValueError, match="scroll"):
        form_types.render(tmp_path)
