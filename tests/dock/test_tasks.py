"""Processing algorithms run from the dock as background tasks: results, progress, cancel, errors."""
from qgis.core import Qgis, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

from corridor_plugin.gui.tasks import run_algorithm, wait_for


def test_countryborders_runs_as_a_task_with_progress_and_a_responsive_event_loop(corridor_plugin, tmp_path):
    results, progress, ticks = {}, [], []
    out = str(tmp_path / "b.gpkg")
    task = run_algorithm("corridor:countryborders", {"COUNTRIES": "MNG,KAZ,CHN", "SCALE": 0, "OUTPUT": out},
                         on_success=results.update)
    task.progressChanged.connect(progress.append)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    assert wait_for(task, 60)
    timer.stop()
    assert task.status() == QgsTask.Complete
    layer = QgsVectorLayer(results["OUTPUT"], "b", "ogr")
    assert sorted(f["adm0_a3"] for f in layer.getFeatures()) == ["CHN", "KAZ", "MNG"]
    # countryborders reports 1/3, 2/3, 3/3 of its features; the task relays them.
    assert max(progress) == 100
    assert any(0 < p < 100 for p in progress)
    assert ticks, "the event loop did not turn while the task ran"


def test_a_long_task_can_be_cancelled_and_the_ui_keeps_turning(corridor_plugin, tmp_path):
    cancelled, succeeded, ticks = [], [], []
    # A 1 m grid over a degree: millions of cells, far more than can finish before the cancel.
    task = run_algorithm("native:creategrid", {
        "TYPE": 0, "EXTENT": "0,10,0,10 [EPSG:3857]", "HSPACING": 0.001, "VSPACING": 0.001,
        "CRS": "EPSG:3857", "OUTPUT": str(tmp_path / "grid.gpkg")},
        on_success=succeeded.append, on_cancel=lambda: cancelled.append(True))
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    wait_for(task, 0.5)
    assert task.status() in (QgsTask.Running, QgsTask.Queued)
    task.cancel()
    assert wait_for(task, 30)
    timer.stop()
    assert task.status() == QgsTask.Terminated
    assert cancelled == [True] and succeeded == []
    assert len(ticks) > 5


def test_an_algorithm_error_reaches_the_callback_and_the_message_bar_in_plain_words(corridor_plugin, qgis_iface,
                                                                                      tmp_path):
    errors = []
    qgis_iface.messageBar().clear_messages()
    task = run_algorithm("corridor:countryborders", {"COUNTRIES": "FRA", "OUTPUT": str(tmp_path / "x.gpkg")},
                         on_error=errors.append, iface=qgis_iface)
    assert wait_for(task, 30)
    assert task.status() == QgsTask.Terminated
    assert len(errors) == 1 and "FRA" in errors[0]
    assert "Traceback" not in errors[0]
    bar_texts = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert any("FRA" in text for text in bar_texts), bar_texts


def test_an_unknown_algorithm_is_a_clear_error(corridor_plugin):
    errors = []
    task = run_algorithm("corridor:doesnotexist", {}, on_error=errors.append)
    assert wait_for(task, 30)
    assert errors and "corridor:doesnotexist" in errors[0]


def test_an_algorithm_flagged_no_threading_runs_in_the_main_thread(corridor_plugin, tmp_path):
    """corridor:report builds a print layout: it must not run in a worker thread."""
    from tests.builders import report as build

    results = {}
    task = run_algorithm("corridor:report", {"OCCURRENCES": build.occurrences(), "LANGUAGE": 0,
                                             "OUTPUT_HTML": str(tmp_path / "r.html")}, on_success=results.update)
    assert not task.ran_in_main_thread  # not run yet: it starts from the event loop
    assert wait_for(task, 60)
    assert task.ran_in_main_thread
    assert results["OUTPUT_HTML"] == str(tmp_path / "r.html") and (tmp_path / "r.html").exists()
    # The countryborders task, threaded, ran elsewhere.
    other = run_algorithm("corridor:countryborders", {"COUNTRIES": "MNG", "OUTPUT": str(tmp_path / "b.gpkg")})
    assert wait_for(other, 60) and not other.ran_in_main_thread
