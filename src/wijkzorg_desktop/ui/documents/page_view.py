"""The pages of one PDF, one under the other as the PDF itself draws them, with page navigation and zoom.

Pages are drawn on the worker (``pdf_pages.render``) at the zoom chosen, for the screen's pixel density; a
new zoom draws them again, and a drawing that a newer one overtook is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import VaultLocked
from ..client import VaultClient
from ..messages import error_text
from . import pdf_pages

ZOOMS = (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
DEFAULT_ZOOM = 100
PAGE_GAP = 12
BACKDROP = "#7a7a7a"


class PageView(QWidget):
    rendered = Signal()             # the pages at the current zoom are shown
    failed = Signal(object)         # the error, when the pages could not be drawn

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.client = client
        self.data = b""
        self.password: str | None = None
        self.zoom = DEFAULT_ZOOM
        self.images: list[QImage] = []
        self.pages: list[QLabel] = []
        self._points: list[QSize] = []   # each page's size in points, from the last drawing
        self._generation = 0             # counts drawings; only the newest one is shown
        self._pending: int | None = None

        self.previous_button = self._button(self.tr("◀ Previous"), "previousPage", "Ctrl+PgUp",
                                            self.tr("Previous page"), self.previous_page)
        self.page_number = QSpinBox(objectName="pageNumber", minimum=1, maximum=1)
        self.page_number.setAccessibleName(self.tr("Page number"))
        self.page_number.setKeyboardTracking(False)
        self.page_total = QLabel(objectName="pageTotal")
        self.next_button = self._button(self.tr("Next ▶"), "nextPage", "Ctrl+PgDown", self.tr("Next page"),
                                        self.next_page)
        self.zoom_out_button = self._button("−", "zoomOut", QKeySequence.StandardKey.ZoomOut,
                                            self.tr("Zoom out"), self.zoom_out)
        self.zoom_label = QLabel(objectName="zoomLevel")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button("+", "zoomIn", QKeySequence.StandardKey.ZoomIn, self.tr("Zoom in"),
                                           self.zoom_in)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() * 2)
        self.fit_button = self._button(self.tr("Page &width"), "fitWidth", "Ctrl+0",
                                       self.tr("Zoom to the width of the window"), self.fit_width)
        self.state = QLabel(objectName="previewState")
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.sheet = QWidget(objectName="previewSheet")
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setSpacing(PAGE_GAP)
        self.sheet_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.sheet_layout.addWidget(self.state)
        self.sheet_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="previewScroll")
        self.scroll.setWidget(self.sheet)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setAccessibleName(self.tr("Pages of the document"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        backdrop = self.scroll.viewport().palette()
        backdrop.setColor(QPalette.ColorRole.Window, QColor(BACKDROP))
        self.scroll.viewport().setPalette(backdrop)
        self.sheet.setAutoFillBackground(True)
        self.sheet.setPalette(backdrop)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Pa&ge"), buddy=self.page_number))
        bar.addWidget(self.page_number)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.setFocusProxy(self.scroll)

        self.page_number.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._update()

    def _button(self, text: str, name: str, keys: str | QKeySequence.StandardKey, tip: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        button.setShortcut(QKeySequence(keys))
        shown = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shown})" if shown else tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- drawing ---------------------------------------------------------------------------------

    def show_pdf(self, data: bytes, password: str | None = None) -> None:
        self.data, self.password = data, password
        self.draw()

    def clear(self) -> None:
        """Forget the document and its pages (the dialog closed, or the vault locked)."""
        self._pending = None  # a drawing still on its way is dropped when it arrives
        self.data, self.password, self.images, self._points = b"", None, [], []
        for label in self.pages:
            label.deleteLater()
        self.pages = []
        self.state.clear()
        self.page_total.clear()
        self._update()

    def scale(self) -> float:
        """Device pixels per point at the current zoom."""
        return self.zoom / 100 * self.logicalDpiX() / pdf_pages.POINTS_PER_INCH * self.devicePixelRatioF()

    def draw(self) -> None:
        if not self.data:
            return
        self._generation += 1
        self._pending = drawing = self._generation
        data, password, scale = self.data, self.password, self.scale()
        if not self.pages:
            self.state.setText(self.tr("Drawing the pages…"))
            self.state.show()
        self._update()
        self.client.call(lambda _session: pdf_pages.render(data, password, scale),
                         lambda images: self._drawn(drawing, scale, images),
                         lambda error: self._failed(drawing, error))

    @property
    def drawing(self) -> bool:
        return self._pending is not None

    def _drawn(self, drawing: int, scale: float, images: list[QImage]) -> None:
        if drawing != self._pending:
            return
        self._pending = None
        current = self.current_page()
        self.images = images
        self._points = [QSize(round(i.width() / scale), round(i.height() / scale)) for i in images]
        while len(self.pages) < len(images):
            label = QLabel(objectName=f"previewPage{len(self.pages) + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.sheet_layout.insertWidget(self.sheet_layout.count() - 1, label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        while len(self.pages) > len(images):
            self.pages.pop().deleteLater()
        ratio = self.devicePixelRatioF()
        for number, (label, image) in enumerate(zip(self.pages, images, strict=True), start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Page {number} of {total}").format(number=number, total=len(images)))
        self.state.hide()
        self.page_number.setMaximum(max(1, len(images)))
        self.page_total.setText(self.tr("of {total}").format(total=len(images)))
        self._update()
        self.sheet.adjustSize()
        if current:
            self.go_to_page(current)
        self.rendered.emit()

    def _failed(self, drawing: int, error: BaseException) -> None:
        if drawing != self._pending:
            return
        self._pending = None
        self._update()
        if isinstance(error, VaultLocked):
            return
        self.state.setText(self.problem_text(error))
        self.state.show()
        self.failed.emit(error)

    def problem_text(self, error: BaseException) -> str:
        if isinstance(error, pdf_pages.PasswordNeeded):
            return self.tr("The document is protected with a password and cannot be shown.")
        if isinstance(error, pdf_pages.NotAPdf):
            return self.tr("This is not a PDF document the program can read.")
        return error_text(error)

    # -- navigation ------------------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.images)

    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        top = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() // 3
        for index, label in enumerate(self.pages):
            if label.geometry().bottom() + PAGE_GAP >= top:
                return index
        return max(0, len(self.pages) - 1)

    def go_to_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.sheet.layout().activate()
        self.scroll.verticalScrollBar().setValue(self.pages[index].y() - PAGE_GAP // 2)
        self._show_number(index)

    def next_page(self) -> None:
        self.go_to_page(min(self.current_page() + 1, len(self.pages) - 1))

    def previous_page(self) -> None:
        self.go_to_page(max(self.current_page() - 1, 0))

    def _scrolled(self) -> None:
        self._show_number(self.current_page())

    def _show_number(self, index: int) -> None:
        self.page_number.blockSignals(True)
        self.page_number.setValue(index + 1)
        self.page_number.blockSignals(False)
        self._update()

    # -- zoom ------------------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        zoom = max(ZOOMS[0], min(ZOOMS[-1], zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self.draw()
        self._update()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom), ZOOMS[0]))

    def fit_width(self) -> None:
        if not self._points:
            return
        widest = max(size.width() for size in self._points)
        room = self.scroll.viewport().width() - 2 * PAGE_GAP - self.scroll.verticalScrollBar().sizeHint().width()
        points_per_pixel = pdf_pages.POINTS_PER_INCH / self.logicalDpiX()
        self.set_zoom(int(room * points_per_pixel / widest * 100))

    def _update(self) -> None:
        count = len(self.pages)
        current = self.page_number.value() - 1
        self.page_number.setEnabled(count > 1)
        self.previous_button.setEnabled(count > 1 and current > 0)
        self.next_button.setEnabled(count > 1 and current < count - 1)
        self.zoom_out_button.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self.zoom < ZOOMS[-1])
        self.fit_button.setEnabled(bool(self._points))
        self.zoom_label.setText(f"{self.zoom}%")
