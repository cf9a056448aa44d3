"""The dock as a user gets it: the plugin's own dock, a fresh project saved in a temporary folder."""
import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject

from corridor_plugin.gui.tasks import wait_for


@pytest.fixture()
def dock(corridor_plugin, tmp_path):
    QgsProject.instance().clear()
    QgsProject.instance().setFileName(str(tmp_path / "project.qgz"))  # outputs go to tmp_path/corridor
    dock = corridor_plugin._ensure_dock()
    dock.reset_panels()
    dock.resize(430, 860)
    dock.show()
    yield dock
    QgsApplication.taskManager().cancelAll()  # a failed test must not leave work running at exit
    for panel in dock.panels.values():
        wait_panel(panel, 30)
    dock.reset_panels()
    QgsProject.instance().clear()
    # pytest-qgis's canvas (never shown, never cleared between tests) follows the first layer the dock put on
    # the map; on QGIS 3.22 that CRS can still hold PROJ objects of an ended task thread, and the next test
    # that builds an expression context from the canvas crashed in PROJ. In QGIS the project sets the canvas
    # CRS anew; here the test does (the dock's own part: see AlgorithmTask.run and map_layers.show_outputs).
    canvas = corridor_plugin.iface.mapCanvas() if corridor_plugin.iface is not None else None
    if canvas is not None:
        QgsCoordinateReferenceSystem.invalidateCache()
        canvas.setLayers([])
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))


def wait_panel(panel, timeout=60):
    """Wait like a user: until the panel's task line says it is done, with the event loop turning."""
    for task in list(panel.tasks):
        assert wait_for(task, timeout), task.description()
    QgsApplication.processEvents()


