"""Windows and dialogs that fit the smallest screen a practice uses: 1366×768, 728 pixels above the taskbar.

A window opens no larger than the room on its screen (less a title bar), and never larger than that room
on a 1366×768 screen, so it fits every workstation of the practice; the user may make it larger. A long
form scrolls (``ScrollingForm``) with its message and buttons kept under it, always in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

SMALLEST_SCREEN = QSize(1366, 728)  # 1366×768 less a taskbar
TITLE_BAR = 32
FORM_MINIMUM_HEIGHT = 160           # a scrolling form never gets smaller than a few rows


def room(widget: QWidget | None = None) -> QSize:
    """The most a window's own area may take: its screen's free area less a title bar, at most that of the
    smallest screen."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size() if screen is not None else SMALLEST_SCREEN
    return QSize(min(free.width(), SMALLEST_SCREEN.width()),
                 min(free.height(), SMALLEST_SCREEN.height()) - TITLE_BAR)


def within(size: QSize, widget: QWidget | None = None) -> QSize:
    return size.boundedTo(room(widget))


def resize_within(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, made smaller where the screen is."""
    widget.resize(within(QSize(width, height), widget))


class ScrollingForm(QScrollArea):
    """A form that shows whole where it fits and scrolls up and down where it does not: it asks for its
    form's full height, and makes do with ``FORM_MINIMUM_HEIGHT``."""

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scrollingForm")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form grew or shrank (a part shown or hidden): so does the hint
        return super().eventFilter(watched, event)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        form = self.widget().sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(form.width() + frame + self._bar(), form.height() + frame)

    def minimumSizeHint(self) -> QSize:
        form = self.widget().minimumSizeHint()
        frame = 2 * self.frameWidth()
        return QSize(form.width() + frame + self._bar(), min(form.height(), FORM_MINIMUM_HEIGHT) + frame)


class PageFrame(QScrollArea):
    """Holds one page of the window: the page fills it, and scrolls where the window is smaller than the page
    needs (a wide table on a 1366-pixel screen), so no page widens the window past the screen."""

    MINIMUM = QSize(480, 320)

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageFrame")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the navigation into the page itself
        self.setWidgetResizable(True)
        self.setWidget(page)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint() if self.widget() is not None else self.MINIMUM

    def minimumSizeHint(self) -> QSize:
        return self.MINIMUM


def frame_of(page: QWidget) -> QWidget:
    """The PageFrame holding ``page`` (or the page itself when it has none)."""
    found = page.parentWidget()
    while found is not None and not isinstance(found, PageFrame):
        found = found.parentWidget()
    return found or page
