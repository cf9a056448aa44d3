"""Wires Corridor into QGIS: the Processing provider, the dock, its toolbar button and menu entry.

``iface`` is only touched in ``initGui`` (``qgis_process`` calls ``classFactory(None)`` and then
``initProcessing()`` alone). ``unload()`` undoes everything, so Plugin Reloader works.
"""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

try:
    from qgis.PyQt.QtGui import QAction  # Qt6 (QGIS 4) and recent QGIS 3
except ImportError:  # QGIS 3.22: Qt5 keeps it in QtWidgets
    from qgis.PyQt.QtWidgets import QAction

from .toolbelt.i18n import install_translator, remove_translator, tr
from .toolbelt.paths import icon_path


class CorridorPlugin:
    MENU = "&Corridor"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.actions = []
        self.toolbar = None
        install_translator()

    # -- Processing -------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API name)
        from .processing.provider import CorridorProvider

        if self.provider is None:
            self.provider = CorridorProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI --------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Corridor"))
        self.toolbar.setObjectName("CorridorToolbar")
        action = QAction(QIcon(icon_path()), tr("Corridor panel"), self.iface.mainWindow())
        action.setObjectName("CorridorToggleDock")
        action.setCheckable(True)
        action.setToolTip(tr("Show or hide the Corridor workflow panel"))
        action.toggled.connect(self.toggle_dock)
        self.toolbar.addAction(action)
        self.iface.addPluginToMenu(self.MENU, action)
        self.actions.append(action)
        self.toggle_action = action

    def _ensure_dock(self):
        if self.dock is None:
            from .gui.dock import CorridorDock

            self.dock = CorridorDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.toggle_action.setChecked)
        return self.dock

    def toggle_dock(self, visible: bool):
        if visible:
            self._ensure_dock().show()
        elif self.dock is not None:
            self.dock.hide()

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
