"""The Corridor dock: a header, a stack of step panels and a status line, built from ``dock.ui``."""
from pathlib import Path

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget, QgsPanelWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QIcon, QPixmap
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ..toolbelt.i18n import tr
from ..toolbelt.paths import icon_path, plugin_version
from .steps import WORKFLOW_STEPS

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))


def corridor_algorithms(groups):
    """Corridor algorithms of the given Processing groups, in id order."""
    provider = QgsApplication.processingRegistry().providerById("corridor")
    if provider is None:
        return []
    return sorted((alg for alg in provider.algorithms() if alg.groupId() in groups), key=lambda a: a.id())


class StepButton(QToolButton):
    """A large button for one workflow step: number, icon, title and a line of explanation."""

    def __init__(self, number, step, parent=None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.key}")
        self.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.setIcon(QIcon(icon_path(step.icon)))
        self.setIconSize(QSize(32, 32))
        self.setText(f"{number}. {step.title()}\n{step.description()}")
        self.setToolTip(step.description())
        self.setMinimumHeight(56)
        self.setSizePolicy(self.sizePolicy().Expanding, self.sizePolicy().Preferred)
        self.setStyleSheet("QToolButton { text-align: left; padding: 4px; }")


class WorkflowPanel(QgsPanelWidget):
    """First panel: the steps of the workflow, each opening its own panel."""

    stepRequested = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPanelTitle(tr("Workflow"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("From partner species sheets to a transboundary action plan, step by step. "
                          "Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons = []
        for number, step in enumerate(WORKFLOW_STEPS, start=1):
            button = StepButton(number, step, self)
            button.clicked.connect(lambda _checked=False, s=step: self.stepRequested.emit(s))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)


class StepPanel(QgsPanelWidget):
    """Panel of one step: what it is for and the algorithms that carry it out."""

    def __init__(self, step, parent=None):
        super().__init__(parent)
        self.step = step
        self.setPanelTitle(step.title())
        self.setObjectName(f"panel_{step.key}")
        outer = QVBoxLayout(self)
        description = QLabel(step.description())
        description.setWordWrap(True)
        outer.addWidget(description)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        self.algorithm_layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.run_buttons = {}
        algorithms = corridor_algorithms(step.groups)
        if not algorithms:
            empty = QLabel(tr("No Corridor algorithm is available for this step yet."))
            empty.setWordWrap(True)
            self.algorithm_layout.addWidget(empty)
        for alg in algorithms:
            self._add_algorithm_row(alg)
        self.algorithm_layout.addStretch(1)

    def _add_algorithm_row(self, alg):
        row = QHBoxLayout()
        label = QLabel(f"<b>{alg.displayName()}</b><br><small>{alg.id()}</small>")
        label.setWordWrap(True)
        row.addWidget(label, 1)
        button = QPushButton(tr("Run…"))
        button.setToolTip(alg.shortHelpString()[:400])
        button.clicked.connect(lambda _checked=False, alg_id=alg.id(): self.open_algorithm(alg_id))
        row.addWidget(button)
        self.run_buttons[alg.id()] = button
        self.algorithm_layout.addLayout(row)

    @staticmethod
    def open_algorithm(alg_id):
        # Imported here: the processing plugin is only there inside a running QGIS.
        import processing

        processing.execAlgorithmDialog(alg_id)


class CorridorDock(QgsDockWidget):
    """The dock. ``iface`` is injected (a real one in QGIS, pytest-qgis's in tests)."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("CorridorDock")
        self.setWindowTitle(tr("Corridor"))
        self.contents = QWidget(self)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self.contents)
        self.setWidget(self.contents)
        self.ui.logoLabel.setPixmap(QPixmap(icon_path()).scaled(40, 40, Qt.KeepAspectRatio,
                                                                 Qt.SmoothTransformation))
        self.ui.titleLabel.setText(
            "<b>{}</b><br><small>{}</small>".format(
                tr("Corridor"), tr("Transboundary biodiversity baseline, gaps and connectivity")))
        self.ui.statusLabel.setText(tr("Version {version} · no baseline database open").format(
            version=plugin_version()))
        self.workflow_panel = WorkflowPanel()
        self.workflow_panel.stepRequested.connect(self.open_step)
        self.ui.panelStack.setMainPanel(self.workflow_panel)

    def open_step(self, step):
        panel = StepPanel(step)
        self.ui.panelStack.showPanel(panel)
        return panel
