"""What a user typed in a form, as plain data to keep as a draft, and putting it back.

Every named input widget of a form (its ``objectName``) is read the same way: text fields, combo boxes,
dates, check and radio buttons, spin boxes and the current row of a list. A form that needs more (rows
of channels, a certificate) keeps its own ``draft()``/``restore()``; everything else gets its drafts
from here, so a field added to a dialog is kept across a lock without anyone remembering to.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

FormState = dict[str, object]

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def _named_inputs(form: QWidget) -> list[QWidget]:
    """The form's input widgets with a name of their own (Qt's inner parts, ``qt_…``, left out); a
    name used twice is left out too, since it cannot say which widget it was."""
    seen: dict[str, QWidget | None] = {}
    for widget in form.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or not isinstance(widget, _INPUTS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        seen[name] = None if name in seen else widget
    return [widget for widget in seen.values() if widget is not None]


def _json_value(value: object) -> object:
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def _read(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return {"data": _json_value(widget.currentData()), "text": widget.currentText(),
                "index": widget.currentIndex()}
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        return index.row() if index.isValid() else None
    return None


def capture(form: QWidget) -> FormState:
    """Every named input of ``form`` with what it holds now."""
    state: FormState = {}
    for widget in _named_inputs(form):
        value = _read(widget)
        if value is not None:
            state[widget.objectName()] = value
    return state


def changed(state: FormState, baseline: FormState) -> FormState:
    """The part of ``state`` that differs from ``baseline`` (what the form showed before typing)."""
    return {key: value for key, value in state.items() if baseline.get(key) != value}


def _write(widget: QWidget, value: object) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        if not widget.isReadOnly():
            widget.setText(value)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        if not widget.isReadOnly():
            widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        _choose(widget, value)
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            widget.setDate(day)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            widget.setDateTime(moment)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, (int, float)):
        widget.setValue(float(value))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        if widget.isCheckable():
            widget.setChecked(value)
    elif isinstance(widget, QAbstractItemView) and isinstance(value, int):
        model = widget.model()
        if model is not None and 0 <= value < model.rowCount(widget.rootIndex()):
            widget.setCurrentIndex(model.index(value, 0, widget.rootIndex()))


def _choose(combo: QComboBox, value: dict[object, object]) -> None:
    data, text = value.get("data"), value.get("text")
    index = combo.findData(data) if data is not None else -1
    if index < 0 and isinstance(text, str):
        index = combo.findText(text)
    if index >= 0:
        combo.setCurrentIndex(index)
    if combo.isEditable() and isinstance(text, str) and combo.currentText() != text:
        combo.setEditText(text)  # typed, not chosen from the list


def restore(form: QWidget, state: FormState) -> None:
    """Put ``state`` (from ``capture``) back into ``form``, in the order the widgets were made, so a field
    whose choices follow another one's is filled after it. Names the form no longer has are ignored."""
    if not state:
        return
    for widget in _named_inputs(form):
        name = widget.objectName()
        if name in state:
            _write(widget, state[name])
