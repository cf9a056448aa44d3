"""The dock as a user gets it: the plugin's own dock, a fresh project saved in a temporary folder."""
import pytest
from qgis.core import QgsApplication, QgsProject

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


def wait_panel(panel, timeout=60):
    """Wait like a user: until the panel's task line says it is done, with the event loop turning."""
    for task in list(panel.tasks):
        assert wait_for(task, timeout), task.description()
    QgsApplication.processEvents()


