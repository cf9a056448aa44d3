"""What every step panel shares: title, explanation, a scrolling body, the task line, the step's
Processing tools, settings remembered in the project, and "Next step". Panels only wire widgets to core
functions and to algorithms run as tasks; they compute nothing themselves."""
import re

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget, QgsMapLayerComboBox, QgsPanelWidget
from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...toolbelt.i18n import tr
from ...toolbelt.log import log
from .. import state
from ..map_layers import vector  # noqa: F401 - the panels' one way to open an output
from ..tasks import run_algorithm
from ..widgets import ButtonRow, LayerFilePicker, TaskStatus

SHEET_FILTER = "Sheets (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"


def algorithm(alg_id):
    return QgsApplication.processingRegistry().algorithmById(alg_id)


def known_parameters(alg_id, parameters):
    """Only the parameters ``alg_id`` declares (the dock stays compatible as algorithms evolve)."""
    alg = algorithm(alg_id)
    if alg is None:
        return parameters
    names = {p.name() for p in alg.parameterDefinitions()}
    return {key: value for key, value in parameters.items() if key in names}


def corridor_algorithms(groups):
    provider = QgsApplication.processingRegistry().providerById("corridor")
    if provider is None:
        return []
    return sorted((alg for alg in provider.algorithms() if alg.groupId() in groups), key=lambda a: a.id())


def readable_message(alg_id, message):
    """``message`` with the algorithm's parameter names (``PROTECTED_AREAS``) replaced by what the user
    sees (their translated descriptions): Processing's own messages name parameters by id."""
    alg = algorithm(alg_id)
    if alg is None or not message:
        return message
    for definition in sorted(alg.parameterDefinitions(), key=lambda d: -len(d.name())):
        if definition.name() in message:
            message = re.sub(rf"\b{re.escape(definition.name())}\b",
                             f"«{definition.description()}»", message)
    return message


def feature_dicts(layer):
    """The attributes of every feature of ``layer`` as {field name: value} (NULL as None)."""
    names = [f.name() for f in layer.fields()]
    rows = []
    for feature in layer.getFeatures():
        values = feature.attributes()
        rows.append({name: (None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
                     for name, value in zip(names, values)})
    return rows


def compact(widget):
    """Let combo boxes and file pickers shrink to the dock's width (long items are elided)."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Ignored, combo.sizePolicy().verticalPolicy())
    for child in widget.findChildren(QgsFileWidget):
        child.setSizePolicy(QSizePolicy.Policy.Ignored, child.sizePolicy().verticalPolicy())
        child.setMinimumWidth(140)  # its path elided, its "…" button whole
    for label in widget.findChildren(QLabel):
        if not label.wordWrap() and len(label.text()) > 24:
            label.setWordWrap(True)
    for check in widget.findChildren(QCheckBox):
        if check.sizeHint().width() > ButtonRow.WIDTH - 40:  # measured: scripts differ in width per letter
            wrap_check_box(check)
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    guard_wheel(widget)


def wrap_check_box(check):
    """A check box whose text wraps: Qt's cannot, so its text moves into a word-wrapping label beside it
    (a click on the label toggles the box, as on the box's own text)."""
    text = check.text()
    parent_layout = _layout_of(check)
    if parent_layout is None:
        return
    holder = QWidget(check.parentWidget())
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text, holder)
    label.setWordWrap(True)
    label.setObjectName(check.objectName() + "_text" if check.objectName() else "check_text")
    label.mousePressEvent = lambda _event: check.toggle() if check.isEnabled() else None
    check.setToolTip(check.toolTip() or text)
    check.setAccessibleName(text)
    check.setText("")
    parent_layout.replaceWidget(check, holder)
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    check.wrapped_label = label


def _layout_of(widget):
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    stack = [parent.layout()]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                stack.append(child)
    return None


class WheelGuard(QObject):
    """Scrolling the dock over a drop-down or a number box scrolls the dock; it never changes the value
    unless the user clicked into that widget first."""

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


def guard_wheel(widget):
    guard = widget.findChild(WheelGuard) or WheelGuard(widget)
    for child in widget.findChildren(QComboBox) + widget.findChildren(QAbstractSpinBox):
        child.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        child.installEventFilter(guard)


def fill_table(table, headers, rows):
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class BaseStepPanel(QgsPanelWidget):
    """Title, explanation, a scrolling body, the task line, the step's Processing tools and "Next step"."""

    def __init__(self, step, dock=None, parent=None):
        super().__init__(parent)
        self.step = step
        self.dock = dock
        self.iface = dock.iface if dock is not None else None
        self.setPanelTitle(step.title())
        self.setObjectName(f"panel_{step.key}")
        self.setAutoDelete(False)  # the dock keeps one panel per step; running tasks call back into it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        description = QLabel(step.description())
        description.setWordWrap(True)
        description.setStyleSheet("color: #455a64;")
        outer.addWidget(description)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # a dock is narrow: wrap, never scroll sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_widget = QWidget()
        self.body_widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(0, 0, 4, 0)
        scroll.setWidget(self.body_widget)
        outer.addWidget(scroll, 1)
        self.scroll = scroll
        self.task_status = TaskStatus(self)
        outer.addWidget(self.task_status)
        # What the last run warned about (records left out, areas skipped…): in the panel, not only the log.
        self.notes_label = QLabel()
        self.notes_label.setObjectName("notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #8d5a00; background: #fff8e1; padding: 3px;")
        self.notes_label.setVisible(False)
        outer.addWidget(self.notes_label)
        self.tasks = []
        self.build()
        self.add_tools_box()
        self.body.addStretch(1)
        compact(self.body_widget)

    def build(self):
        """Subclasses add their widgets to ``self.body``."""

    # -- tools of the step: every algorithm of its groups, with the Processing dialog -----------------
    def add_tools_box(self):
        box = QgsCollapsibleGroupBox(tr("All tools of this step (Processing)"))
        box.setObjectName(f"tools_{self.step.key}")
        # QGIS's own rule for collapsible boxes (set by the QGIS main window, absent in a bare application).
        box.setStyleSheet("QgsCollapsibleGroupBox::title { subcontrol-origin: margin; subcontrol-position: "
                          "top left; padding-left: 18px; }")
        layout = QVBoxLayout(box)
        self.run_buttons = {}
        algorithms = corridor_algorithms(self.step.groups)
        if not algorithms:
            layout.addWidget(QLabel(tr("No Corridor algorithm is available for this step yet.")))
        for alg in algorithms:
            row = QHBoxLayout()
            label = QLabel(f"{alg.displayName()} <small style='color:#777'>{alg.id()}</small>")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            button = QPushButton(tr("Open…"))
            button.setToolTip(alg.shortHelpString()[:400])
            button.clicked.connect(lambda _checked=False, alg_id=alg.id(): self.open_algorithm(alg_id))
            row.addWidget(button)
            self.run_buttons[alg.id()] = button
            layout.addLayout(row)
        box.setCollapsed(True)
        self.body.addWidget(box)

    @staticmethod
    def open_algorithm(alg_id):
        import processing

        processing.execAlgorithmDialog(alg_id)

    # -- settings remembered in the project ----------------------------------------------------------
    def remember(self, widget, key):
        full = f"{self.step.key}/{key}"
        saved = state.read(full, None)
        if isinstance(widget, QCheckBox):
            if saved is not None:
                widget.setChecked(saved == "1")
            widget.toggled.connect(lambda value: state.write(full, "1" if value else "0"))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            if saved is not None:
                widget.setValue(type(widget.value())(float(saved)))
            widget.valueChanged.connect(lambda value: state.write(full, value))
        elif isinstance(widget, LayerFilePicker):
            layer = QgsProject.instance().mapLayer(saved) if saved else None
            if layer is not None:
                widget.setLayer(layer)
            elif saved and saved.startswith("file:"):
                widget.setFilePath(saved[len("file:"):])
            widget.sourceChanged.connect(lambda _source: state.write(full, (
                widget.currentLayer().id() if widget.currentLayer() is not None
                else "file:" + widget.source() if widget.source() else "")))
        elif isinstance(widget, QgsMapLayerComboBox):
            layer = QgsProject.instance().mapLayer(saved) if saved else None
            if layer is not None:
                widget.setLayer(layer)
            elif widget.currentLayer() is not None:
                state.write(full, widget.currentLayer().id())  # what the user sees selected is the setting
            widget.layerChanged.connect(lambda layer: state.write(full, layer.id() if layer else ""))
        elif isinstance(widget, QComboBox):
            if saved is not None:
                index = widget.findData(saved)
                if index < 0:
                    index = widget.findText(saved)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(saved)
            widget.currentIndexChanged.connect(
                lambda _i: state.write(full, widget.currentData() if widget.currentData() is not None
                                       else widget.currentText()))
            if widget.isEditable():
                widget.editTextChanged.connect(lambda text: state.write(full, text))
        elif isinstance(widget, QLineEdit):
            if saved is not None:
                widget.setText(saved)
            widget.textChanged.connect(lambda text: state.write(full, text))
        elif isinstance(widget, QgsFileWidget):
            if saved is not None:
                widget.setFilePath(saved)
            widget.fileChanged.connect(lambda path: state.write(full, path))

    # -- running algorithms ------------------------------------------------------------------------------
    def run(self, alg_id, parameters, on_success, description=None, on_error=None):
        """Run ``alg_id`` in the background; returns the task, or None when it is not installed."""
        if algorithm(alg_id) is None:
            message = tr("{alg_id} is not installed in this version of Corridor.").format(alg_id=alg_id)
            self.task_status.done(message)
            log(message, push=True, iface=self.iface)
            if on_error is not None:
                on_error(message)
            return None

        def failed(message):
            message = readable_message(alg_id, message)
            self.task_status.done(tr("Failed: {message}").format(message=message))
            self.show_notes(task)
            if on_error is not None:
                on_error(message)

        def succeeded(results):
            self.task_status.done(tr("Done: {name}").format(name=task.description()))
            self.show_notes(task)
            on_success(results)

        task = run_algorithm(alg_id, known_parameters(alg_id, parameters), description=description,
                             on_success=succeeded, on_error=failed, iface=self.iface,
                             on_cancel=lambda: self.task_status.done(tr("Cancelled.")))
        self.task_status.attach(task)
        self.tasks.append(task)
        return task

    def busy(self):
        return self.task_status.busy()

    def show_notes(self, task):
        """The warnings of the task that just ended, under the task line (empty: hidden)."""
        warnings = [readable_message(task.alg_id, w) for w in getattr(task.feedback, "warnings", [])]
        self.notes_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.notes_label.setToolTip("\n".join(warnings))
        self.notes_label.setVisible(bool(warnings))

    def show_on_map(self, keys):
        """Add the outputs ``keys`` to the map, styled, over the country borders, and zoom to them."""
        from ..map_layers import show_outputs

        added = show_outputs(keys, iface=self.iface)
        if self.dock is not None:
            self.dock.update_status()
        return added

    def next_button(self):
        from ..steps import WORKFLOW_STEPS

        keys = [s.key for s in WORKFLOW_STEPS]
        index = keys.index(self.step.key)
        if index + 1 < len(keys) and self.dock is not None:
            button = QPushButton(tr("Next: {step} ▸").format(step=WORKFLOW_STEPS[index + 1].title()))
            button.setObjectName("next_step")
            button.clicked.connect(lambda: self.dock.open_step(WORKFLOW_STEPS[index + 1]))
            row = ButtonRow()
            row.addStretch(1)
            row.addWidget(button)
            self.body.addLayout(row)


