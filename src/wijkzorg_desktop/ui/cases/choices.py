"""Combo boxes over long lists (every person of the sociale kaart): the lines are worked out once on the
worker (``Choices``), and the combo's model hands them to Qt a chunk at a time.

A ``QComboBox`` filled with 33,000 items stalls the window three times: adding them (one call each), its
first show (the width of every item is measured) and every popup (Fusion adds up the height of every
row). ``ChoiceModel`` shows the first ``CHUNK`` lines and fetches more as the popup scrolls to its end;
looking a line up (``findData``, ``findText``, typing its first letters) searches every line and fetches
up to the one found, so a choice deep in the list is chosen as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from .slices import YIELD_EVERY, Steps, finish

CHUNK = 200

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_DATA = Qt.ItemDataRole.UserRole

_TYPE_MASK = 0x0F
_EXACTLY, _CONTAINS, _STARTS, _ENDS, _FIXED = 0, 1, 2, 3, 8
_CASE_SENSITIVE, _WRAP = 16, 32

Line = tuple[str, object]  # (shown text, item data)


@dataclass(frozen=True, eq=False)
class Choices:
    """Lines to choose from: what each shows and its item data, made once (on the worker) and shared by
    every combo that offers them."""

    texts: tuple[str, ...] = ()
    keys: tuple[object, ...] = ()

    @functools.cached_property
    def folded(self) -> tuple[str, ...]:
        """``texts`` casefolded, for type-ahead: made when first typed in, not for every list loaded (33,000
        lines each, and most lists are never typed in)."""
        return tuple(text.casefold() for text in self.texts)

    @functools.cached_property
    def rows(self) -> dict[object, int]:
        """Key -> its first row, for ``findData``: made when first looked up, as ``folded``."""
        found: dict[object, int] = {}
        for row, key in enumerate(self.keys):
            found.setdefault(key, row)
        return found

    @staticmethod
    def of(lines: Iterable[Line]) -> Choices:
        return finish(Choices.steps(lines))

    @staticmethod
    def steps(lines: Iterable[Line]) -> Steps[Choices]:
        """``of``, a step at a time (``run_in_slices``)."""
        texts: list[str] = []
        keys: list[object] = []
        for count, (text, key) in enumerate(lines, 1):
            texts.append(text)
            keys.append(key)
            if count % YIELD_EVERY == 0:
                yield
        return Choices(tuple(texts), tuple(keys))

    def __len__(self) -> int:
        return len(self.texts)


_NONE = Choices()


def _flag_value(flags: object) -> int:
    value = getattr(flags, "value", flags)
    return int(value) if isinstance(value, int) else 0


class ChoiceModel(QAbstractListModel):
    """``head`` lines (such as "(not known yet)") and then ``choices``, fetched ``CHUNK`` rows at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._head: tuple[Line, ...] = ()
        self.choices = Choices()
        self._fetched = 0

    def set_choices(self, choices: Choices, head: Sequence[Line] = ()) -> None:
        self.beginResetModel()
        self._head = tuple(head)
        self.choices = choices
        self._fetched = min(self.total(), len(self._head) + CHUNK)
        self.endResetModel()

    @property
    def _lines(self) -> Choices:
        # None once the window let go of what a page loaded (at a lock), before the combo is deleted
        return self.choices if self.choices is not None else _NONE

    def total(self) -> int:
        return len(self._head) + len(self._lines)

    def text(self, row: int) -> str:
        head = len(self._head)
        return self._head[row][0] if row < head else self._lines.texts[row - head]

    def key(self, row: int) -> object:
        head = len(self._head)
        return self._head[row][1] if row < head else self._lines.keys[row - head]

    # -- the model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(self._fetched, self.total())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < min(self._fetched, self.total()):
            return None
        if role in (_DISPLAY, _EDIT):
            return self.text(index.row())
        if role == _DATA:
            return self.key(index.row())
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._fetched < self.total()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not parent.isValid():
            self.reach(self._fetched + CHUNK - 1)

    def reach(self, row: int) -> None:
        """Fetch every row up to ``row`` (at most the last)."""
        last = min(row, self.total() - 1)
        if last < self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, last)
        self._fetched = last + 1
        self.endInsertRows()

    # -- looking up a line -----------------------------------------------------------------------

    def match(self, start: QModelIndex | QPersistentModelIndex, role: int, value: object, hits: int = 1,
              flags: object = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap) -> list[QModelIndex]:
        """As Qt's match, over every line, fetched or not; a line found is fetched."""
        how = _flag_value(flags)
        kind = how & _TYPE_MASK
        if (start.parent().isValid() or role not in (_DISPLAY, _EDIT, _DATA)
                or kind not in (_EXACTLY, _CONTAINS, _STARTS, _ENDS, _FIXED)):
            return list(super().match(start, role, value, hits, flags))  # type: ignore[arg-type]
        first = max(start.row(), 0)
        total = self.total()
        order = list(range(first, total)) + (list(range(0, first)) if how & _WRAP else [])
        found: list[int] = []
        wanted = hits if hits > 0 else total
        if role == _DATA and kind == _EXACTLY:
            if first == 0 and wanted == 1:  # findData
                row = self._row_of_key(value)
                found = [row] if row is not None else []
            else:
                found = [row for row in order if self.key(row) == value][:wanted]
        else:
            test = self._text_test(value, kind, bool(how & _CASE_SENSITIVE))
            for row in order:
                if test(row):
                    found.append(row)
                    if len(found) >= wanted:
                        break
        if found:
            self.reach(max(found))
        return [self.index(row, 0) for row in found]

    def _row_of_key(self, value: object) -> int | None:
        for row, (_text, key) in enumerate(self._head):
            if key == value:
                return row
        try:
            row = self._lines.rows.get(value)
        except TypeError:  # not hashable: no key is equal to it
            return None
        return row + len(self._head) if row is not None else None

    def _text_test(self, value: object, kind: int, case_sensitive: bool) -> Callable[[int], bool]:
        wanted = str(value) if value is not None else ""
        head = len(self._head)
        if kind == _EXACTLY:
            return lambda row: self.text(row) == wanted
        if not case_sensitive:
            wanted = wanted.casefold()
            folded = self._lines.folded

            def shown(row: int) -> str:
                return self._head[row][0].casefold() if row < head else folded[row - head]
        else:
            shown = self.text  # type: ignore[assignment]
        if kind == _FIXED:
            return lambda row: shown(row) == wanted
        if kind == _STARTS:
            return lambda row: shown(row).startswith(wanted)
        if kind == _ENDS:
            return lambda row: shown(row).endswith(wanted)
        return lambda row: wanted in shown(row)


class ChoiceCombo(QComboBox):
    """A combo box over ``Choices``: the chosen line stays chosen when new choices are set."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.choice_model = ChoiceModel(self)
        self.setModel(self.choice_model)

    def set_choices(self, choices: Choices, head: Sequence[Line] = ()) -> None:
        chosen = self.currentData()
        self.choice_model.set_choices(choices, head)
        index = self.findData(chosen) if chosen is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down, Page Down and End go on past the rows fetched so far, as in a combo that holds them all."""
        key = event.key()
        if key == Qt.Key.Key_End:
            self.choice_model.reach(self.choice_model.total() - 1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.choice_model.reach(self.currentIndex() + CHUNK)
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.angleDelta().y() < 0:
            self.choice_model.reach(self.currentIndex() + CHUNK)
        super().wheelEvent(event)
