"""Small widgets of the dock: headline cards, bar charts drawn with QPainter (QtCharts is often absent
on Linux distributions), a file table that accepts drops, and a task progress bar with a cancel button."""
from qgis.PyQt.QtCore import QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.i18n import tr

PALETTE = [QColor(198, 40, 40), QColor(249, 168, 37), QColor(46, 125, 50), QColor(21, 101, 192),
           QColor(106, 27, 154), QColor(0, 131, 143)]
# Submission status colours: received, late, missing, pending, unscheduled.
STATUS_PALETTE = [QColor(46, 125, 50), QColor(249, 168, 37), QColor(198, 40, 40), QColor(144, 164, 174),
                  QColor(106, 27, 154)]


class Card(QFrame):
    """A headline figure: big value, caption and an optional detail line."""

    def __init__(self, caption, value="–", detail="", parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#card { background: #f1f8e9; border: 1px solid #c5e1a5; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(0)
        self.value_label = QLabel(value)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet("color: #1b5e20;")
        self.caption_label = QLabel(caption)
        self.caption_label.setWordWrap(True)
        self.detail_label = QLabel(detail)
        self.detail_label.setWordWrap(True)
        self.detail_label.setStyleSheet("color: #616161; font-size: 8pt;")
        for widget in (self.value_label, self.caption_label, self.detail_label):
            layout.addWidget(widget)
        self.detail_label.setVisible(bool(detail))

    def set(self, value, detail=""):
        self.value_label.setText(str(value))
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))

    def value(self):
        return self.value_label.text()


class BarChart(QWidget):
    """Horizontal bars, one row per label, optionally stacked in series (with a legend).

    ``set_data(labels, series)`` where ``series`` is [(name, [value per label])]."""

    def __init__(self, title="", unit="", parent=None, palette=None):
        super().__init__(parent)
        self.palette_colours = palette or PALETTE
        self.title = title
        self.unit = unit
        self.labels = []
        self.series = []
        self.empty_text = tr("Not computed yet")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(80)

    def set_data(self, labels, series):
        self.labels = [str(label) for label in labels]
        self.series = [(name, [float(v or 0) for v in values]) for name, values in series]
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self):  # noqa: N802
        rows = max(len(self.labels), 1)
        legend = 18 if len(self.series) > 1 else 0
        return QSize(300, 26 + legend + rows * 20 + 6)

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        painter.setPen(QColor(200, 200, 200))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(33, 33, 33))
        painter.drawText(QRectF(8, 4, self.width() - 16, 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        if not self.labels or not self.series:
            painter.setPen(QColor(130, 130, 130))
            painter.drawText(QRectF(8, 24, self.width() - 16, self.height() - 28), Qt.AlignmentFlag.AlignCenter,
                             self.empty_text)
            return
        metrics = QFontMetrics(self.font())
        label_width = min(max(metrics.horizontalAdvance(label) for label in self.labels) + 10, self.width() * 0.42)
        top = 26
        if len(self.series) > 1:
            x = 8
            for i, (name, _) in enumerate(self.series):
                painter.fillRect(QRectF(x, top + 3, 10, 10), self.palette_colours[i % len(self.palette_colours)])
                painter.setPen(QColor(60, 60, 60))
                painter.drawText(QRectF(x + 14, top, 200, 16),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
                x += 14 + metrics.horizontalAdvance(name) + 14
            top += 18
        totals = [sum(values[i] for _, values in self.series) for i in range(len(self.labels))]
        maximum = max(totals + [1e-12])
        value_width = metrics.horizontalAdvance("000.0" + self.unit) + 8
        bar_area = max(self.width() - label_width - value_width - 16, 10)
        for row, label in enumerate(self.labels):
            y = top + row * 20
            painter.setPen(QColor(50, 50, 50))
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6))
            painter.drawText(QRectF(8, y, label_width - 6, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            x = 8 + label_width
            for i, (_, values) in enumerate(self.series):
                width = bar_area * values[row] / maximum
                painter.fillRect(QRectF(x, y + 3, width, 13), self.palette_colours[i % len(self.palette_colours)])
                x += width
            painter.setPen(QPen(QColor(80, 80, 80)))
            painter.drawText(QRectF(x + 4, y, value_width, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{totals[row]:.3g}{self.unit}")


class DropTable(QTableWidget):
    """A table that takes files dropped from the file manager."""

    filesDropped = pyqtSignal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def _paths(self, event):
        mime = event.mimeData()
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event):  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)


class TaskStatus(QWidget):
    """What is running: a label, a progress bar and a cancel button, hidden when idle."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(140)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.task = None
        self.setVisible(False)

    def attach(self, task):
        self.task = task
        self.reset()
        self.label.setText(task.description())
        self.bar.setValue(0)
        # A bound method, not a lambda: Qt drops the connection if this widget is deleted first.
        task.progressChanged.connect(self.show_progress)
        self.setVisible(True)

    def show_progress(self, value):
        self.bar.setValue(int(value))

    def done(self, message=""):
        self.task = None
        self.bar.setValue(100)
        self.label.setText(message)
        self.cancel_button.setVisible(False)
        self.bar.setVisible(False)
        self.setVisible(bool(message))

    def busy(self):
        return self.task is not None

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def reset(self):
        self.cancel_button.setVisible(True)
        self.bar.setVisible(True)


class LayerFilePicker(QWidget):
    """A layer of the project or a file: the layer drop-down with a "…" button beside it. A chosen file
    appears in the drop-down as an extra item, and is not added to the project."""

    sourceChanged = pyqtSignal(str)

    def __init__(self, filters, file_filter, parent=None):
        from qgis.gui import QgsMapLayerComboBox

        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.combo = QgsMapLayerComboBox(self)
        self.combo.setFilters(filters)
        self.combo.setAllowEmptyLayer(True)
        self.combo.setLayer(None)  # optional: empty unless the user picks one
        self.combo.setSizePolicy(QSizePolicy.Policy.Ignored, self.combo.sizePolicy().verticalPolicy())
        self.file_filter = file_filter
        self.browse = QToolButton(self)
        self.browse.setText("…")
        self.browse.setToolTip(tr("Choose a file"))
        self.browse.clicked.connect(self.pick_file)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.browse)
        self.combo.currentIndexChanged.connect(lambda _index: self.sourceChanged.emit(self.source()))

    # the QgsMapLayerComboBox calls the panels (and tests) use
    def setLayer(self, layer):  # noqa: N802
        self.combo.setLayer(layer)

    def currentLayer(self):  # noqa: N802
        return self.combo.currentLayer()

    def setFilePath(self, path):  # noqa: N802
        if not path:
            self.combo.setLayer(None)
            return
        items = [path] if path not in self.combo.additionalItems() else self.combo.additionalItems()
        self.combo.setAdditionalItems(items)
        self.combo.setCurrentIndex(self.combo.findText(path))

    def source(self):
        """The chosen layer's source or file path ('' when nothing is chosen)."""
        layer = self.combo.currentLayer()
        if layer is not None:
            return layer.source()
        text = self.combo.currentText()
        return text if text in self.combo.additionalItems() else ""

    def pick_file(self):
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file"), "", self.file_filter)
        if path:
            self.setFilePath(path)


class ButtonRow(QVBoxLayout):
    """Buttons side by side while they fit in the dock's default width, on a new line after that: no button
    is cut, whatever the language (Russian labels are about twice as long as English ones). Lines are
    right-aligned, like a dialog's buttons."""

    WIDTH = 320  # the dock's smallest width (dock.MIN_WIDTH) less its margins and scroll bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(4)
        self._line = None
        self._used = 0

    def addStretch(self, _stretch=0):  # noqa: N802 - rows written for QHBoxLayout keep working
        """Lines are right-aligned already."""

    def addWidget(self, widget, *_args):  # noqa: N802
        width = widget.sizeHint().width()
        if self._line is None or self._used + 6 + width > self.WIDTH:
            self._line = QHBoxLayout()
            self._line.addStretch(1)
            super().addLayout(self._line)
            self._used = 0
        self._line.addWidget(widget)
        self._used += width + 6
