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
    # The canvas kept the CRS of the dock's outputs, created in a worker thread; pytest-qgis' canvas refresh
    # timer later asked PROJ about it from the main thread and crashed the run (seen on main, 3.22.16):
    # leave the canvas with a CRS made here.
    canvas = corridor_plugin.iface.mapCanvas() if corridor_plugin.iface is not None else None
    if canvas is not None:
        canvas.setLayers([])
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))


def wait_panel(panel, timeout=60):
    """Wait like a user: until the panel's task line says it is done, with the event loop turning."""
    for task in list(panel.tasks):
        assert wait_for(task, timeout), task.description()
    QgsApplication.processEvents()


