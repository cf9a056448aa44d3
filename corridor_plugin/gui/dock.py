"""The Corridor dock: a header, a stack of step panels and a status line, built from ``dock.ui``."""
from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget, QgsPanelWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QIcon, QPixmap
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ..toolbelt.i18n import tr
from ..toolbelt.paths import icon_path, plugin_version
from .steps import WORKFLOW_STEPS

MIN_WIDTH = 380

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))


class StepButton(QToolButton):
    """A large button for one workflow step: number, icon and title; the explanation sits below it."""

    def __init__(self, number, step, parent=None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.key}")
        self.number = number
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(QIcon(icon_path(step.icon)))
        self.setIconSize(QSize(28, 28))
        self.set_done(False)
        self.setToolTip(step.description())
        self.setMinimumHeight(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("QToolButton { text-align: left; padding: 4px; font-weight: bold; }")

    def set_done(self, done):
        self.done = done
        mark = " ✔" if done else ""
        self.setText(f"{self.number}. {self.step.title()}{mark}")
        self.setToolTip(self.step.description() + ("\n" + tr("Done: its results are on the map.") if done else ""))


class WorkflowPanel(QgsPanelWidget):
    """First panel: the steps of the workflow, each opening its own panel."""

    stepRequested = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPanelTitle(tr("Workflow"))
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        intro = QLabel(tr("From partner species sheets to a transboundary action plan, step by step. "
                          "Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons = []
        for number, step in enumerate(WORKFLOW_STEPS, start=1):
            button = StepButton(number, step, self)
            button.clicked.connect(lambda _checked=False, s=step: self.stepRequested.emit(s))
            layout.addWidget(button)
            explanation = QLabel(step.description())
            explanation.setWordWrap(True)
            explanation.setContentsMargins(40, 0, 4, 4)
            explanation.setStyleSheet("color: #546e7a; font-size: 8.5pt;")
            layout.addWidget(explanation)
            self.buttons.append(button)
        layout.addStretch(1)

    def mark_done(self, done_keys):
        """Tick the steps whose outputs exist (``done_keys``: the workflow outputs present)."""
        for button in self.buttons:
            button.set_done(any(key in done_keys for key in button.step.outputs))


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
        # QGIS opens a dock at its content's width (about 290 px): too narrow for the files table and the longer
        # (Russian) labels. The dock opens at this width at least; wider content wraps (ButtonRow, word wrap).
        self.contents.setMinimumWidth(MIN_WIDTH)
        self.ui.logoLabel.setPixmap(QPixmap(icon_path()).scaled(40, 40, Qt.AspectRatioMode.KeepAspectRatio,
                                                                 Qt.TransformationMode.SmoothTransformation))
        self.ui.titleLabel.setText(
            "<b>{}</b><br><small>{}</small>".format(
                tr("Corridor"), tr("Transboundary biodiversity baseline, gaps and connectivity")))
        self.workflow_panel = WorkflowPanel()
        self.workflow_panel.stepRequested.connect(self.open_step)
        self.ui.panelStack.setMainPanel(self.workflow_panel)
        self.panels = {}
        self.update_status()
        # Settings and outputs live in the project: panels are rebuilt from the project that is opened.
        QgsProject.instance().readProject.connect(self.reset_panels)
        QgsProject.instance().cleared.connect(self.reset_panels)

    def reset_panels(self, *_args):
        self.ui.panelStack.acceptAllPanels()
        for panel in self.panels.values():
            if not panel.busy():
                panel.deleteLater()
        self.panels = {key: panel for key, panel in self.panels.items() if panel.busy()}
        self.update_status()

    def update_status(self):
        from . import state

        database = state.database()
        outputs = [key for key in state.OUTPUT_KEYS if state.output(key)]
        if database.lower().endswith(".gpkg"):
            database = Path(database).name
        self.ui.statusLabel.setText(tr("Version {version} · database: {database} · {count} results").format(
            version=plugin_version(), database=database or tr("none"), count=len(outputs)))
        self.ui.statusLabel.setToolTip(state.database())
        done = set(outputs) | ({"results_shown"} if state.read("results/shown", "") == "1" else set())
        self.workflow_panel.mark_done(done)

    def panel(self, step):
        """The panel of ``step``, created once and kept (tasks it started call back into it)."""
        from .panels import PANELS

        if step.key not in self.panels:
            self.panels[step.key] = PANELS[step.key](step, self)
        return self.panels[step.key]

    def open_step(self, step):
        panel = self.panel(step)
        self.ui.panelStack.acceptAllPanels()
        if hasattr(panel, "refresh"):
            panel.refresh()
        detach_from_stack(panel)
        self.ui.panelStack.showPanel(panel)
        return panel


def detach_from_stack(panel):
    """Undo what ``QgsPanelWidgetStack.showPanel`` connected the last time ``panel`` was shown.

    The stack connects ``panelAccepted`` → ``closePanel`` (and ``showPanel``) on every ``showPanel``
    and never disconnects; the dock keeps one panel per step, so a second visit would close the panel
    twice on "back" and QGIS would crash in ``closePanel``."""
    for signal in (panel.panelAccepted, panel.showPanel):
        try:
            signal.disconnect()
        except TypeError:  # nothing connected: the panel's first visit
            pass
