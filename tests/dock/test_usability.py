"""The dock as a protected-area manager uses it: what each step starts with, what it reads, what reaches the
map, and what the interface says (in words, in the user's language, without clipping)."""
import json
import shutil

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QWheelEvent
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLabel

from corridor_plugin.core.results_summary import country_codes
from corridor_plugin.gui import state
from corridor_plugin.gui.steps import WORKFLOW_STEPS
from corridor_plugin.toolbelt.i18n import install_translator
from tests.dock.conftest import wait_panel

STEP = {step.key: step for step in WORKFLOW_STEPS}


def outputs_on_map():
    return sorted(layer.customProperty("corridor/output") for layer in QgsProject.instance().mapLayers().values()
                  if layer.customProperty("corridor/output"))


def test_protected_area_layer_box_starts_empty_even_with_polygon_layers_in_the_project(dock, seeds, tmp_path):
    layer = QgsVectorLayer(f"{seeds / 'protected_areas' / 'wdpa_sample_2025.gpkg'}|layername=wdpa2025_poly", "r", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    panel = dock.open_step(STEP["protected_areas"])
    assert panel.layer_combo.currentLayer() is None
    assert panel.inputs() == []
    assert state.read("protected_areas/layer", "") == ""


def test_a_wdpa_geopackage_is_read_whole_polygons_and_points(dock, seeds, tmp_path):
    import processing

    wdpa = str(tmp_path / "wdpa.gpkg")
    shutil.copy(seeds / "protected_areas" / "wdpa_sample_2025.gpkg", wdpa)
    panel = dock.open_step(STEP["protected_areas"])
    panel.files.setFilePath(wdpa)
    assert sorted(panel.inputs()) == [f"{wdpa}|layername=wdpa2025_point", f"{wdpa}|layername=wdpa2025_poly"]
    panel.prepare_button.click()
    wait_panel(panel, 120)
    cleaned = QgsVectorLayer(state.output("protected_areas"), "p", "ogr")
    # The algorithm given both layers explicitly: the same areas, the buffered point site among them.
    expected = processing.run("corridor:preparepas", {
        "INPUT": [f"{wdpa}|layername=wdpa2025_poly", f"{wdpa}|layername=wdpa2025_point"],
        "OUTPUT": str(tmp_path / "expected.gpkg"), "REPORT": str(tmp_path / "expected_report.gpkg")})
    expected_layer = QgsVectorLayer(expected["OUTPUT"], "e", "ogr")
    assert cleaned.featureCount() == expected_layer.featureCount()
    point_layer = QgsVectorLayer(f"{wdpa}|layername=wdpa2025_point", "pt", "ogr")
    point_names = {f["NAME_ENG"] for f in point_layer.getFeatures()}
    assert point_names and point_names <= {f["name"] for f in cleaned.getFeatures()}
    # Its results are on the map at once, over the country borders, and the overview ticks the step.
    assert {"protected_areas", "country_borders"} <= set(outputs_on_map())
    group = QgsProject.instance().layerTreeRoot().findGroup("Corridor results")
    order = [node.layer().customProperty("corridor/output") for node in group.findLayers()]
    assert order.index("protected_areas") < order.index("country_borders")  # borders drawn underneath
    # Cleaning steps and actions are words, not codes.
    texts = {panel.report_table.item(r, c).text() for r in range(panel.report_table.rowCount()) for c in (0, 1)}
    assert not texts & {"unesco_mab", "points", "status_year", "read", "oecm", "marine"}, texts
    dock.ui.panelStack.acceptCurrentPanel()
    button = next(b for b in dock.workflow_panel.buttons if b.step.key == "protected_areas")
    assert button.text().endswith("✔")
    assert not next(b for b in dock.workflow_panel.buttons if b.step.key == "report").text().endswith("✔")


def test_a_sheet_with_site_names_only_is_placed_by_its_site_list_and_its_crs_is_used(dock, seeds, tmp_path):
    sites_only = tmp_path / "kaz_sites_only.csv"
    sites_only.write_text("вид,саны,күні,орын\nUncia uncia,1,2019-07-03,Марқакөл\n"
                          "Capra sibirica,12,2019-07-04,Катонқарағай\n", encoding="utf-8")
    # Web Mercator metres (EPSG:3857) of 115.2 E, 49.6 N: only right when the sheet's CRS is used.
    projected = tmp_path / "mng_mercator.csv"
    import math

    x = 6378137.0 * math.radians(115.2)
    y = 6378137.0 * math.log(math.tan(math.pi / 4 + math.radians(49.6) / 2))
    projected.write_text(f"species,count,date,x,y\nProcapra gutturosa,12,2020-06-12,{x:.2f},{y:.2f}\n",
                         encoding="utf-8")
    panel = dock.open_step(STEP["sheets"])
    panel.add_files([str(sites_only), str(projected)])
    panel.files_table.selectRow(0)
    QgsApplication.processEvents()
    assert panel.file_settings.isEnabled()
    panel.sites_file.setFilePath(str(seeds / "sheets" / "sites_altai.geojson"))
    panel.files_table.selectRow(1)
    QgsApplication.processEvents()
    assert panel.sites_file.filePath() == ""  # each sheet its own settings
    from qgis.core import QgsCoordinateReferenceSystem

    panel.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    rows = panel.rows()
    assert rows[0]["sites"].endswith("sites_altai.geojson") and rows[1]["crs"] == "EPSG:3857"
    panel.import_button.click()
    for _ in range(3):
        wait_panel(panel, 120)
    rows = panel.rows()
    assert [(int(r["accepted"]), int(r["rejected"])) for r in rows] == [(2, 0), (1, 0)], rows
    placed = QgsVectorLayer(rows[1]["output"], "o", "ogr")
    point = next(placed.getFeatures()).geometry().asPoint()
    assert point.x() == pytest.approx(115.2, abs=1e-4) and point.y() == pytest.approx(49.6, abs=1e-4)
    assert "occurrences" in outputs_on_map()


def test_scrolling_over_a_drop_down_scrolls_the_dock_not_the_value(dock):
    panel = dock.open_step(STEP["analyses"])
    combo = panel.group_combo
    assert combo.count() > 1
    combo.setCurrentIndex(0)
    combo.clearFocus()
    position = QPointF(5, 5)
    event = QWheelEvent(position, combo.mapToGlobal(QPoint(5, 5)), QPoint(0, 0), QPoint(0, -120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QgsApplication.sendEvent(combo, event)
    assert combo.currentIndex() == 0
    for spin in (panel.resolution, panel.probability):
        value = spin.value()
        QgsApplication.sendEvent(spin, QWheelEvent(position, spin.mapToGlobal(QPoint(5, 5)), QPoint(0, 0),
                                                   QPoint(0, 120), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase,
                                                   False))
        assert spin.value() == value


def test_the_status_line_follows_the_chosen_database(dock, tmp_path):
    panel = dock.open_step(STEP["sheets"])
    panel.gpkg_file.setFilePath(str(tmp_path / "dauria_baseline.gpkg"))
    assert "dauria_baseline.gpkg" in dock.ui.statusLabel.text()
    assert str(tmp_path) not in dock.ui.statusLabel.text()  # the file's name, not its folder


def test_countries_are_iso_codes_counted_once():
    assert country_codes(["MNG;RUS", "MNG", "CHN", None, "rus, kaz"]) == {"MNG", "RUS", "CHN", "KAZ"}


def test_processing_messages_name_parameters_in_words():
    from corridor_plugin.gui.panels.base_panel import algorithm, readable_message

    alg = algorithm("corridor:overlay")
    text = readable_message("corridor:overlay", "Incorrect parameter value for PROTECTED_AREAS")
    description = next(d.description() for d in alg.parameterDefinitions() if d.name() == "PROTECTED_AREAS")
    assert "PROTECTED_AREAS" not in text and description in text


def test_warnings_of_a_run_are_shown_in_the_panel(dock, tmp_path):
    panel = dock.open_step(STEP["results"])
    received = tmp_path / "received.csv"
    received.write_text("partner,country_iso3,received,rows_accepted\nMAS,MNG,2024-05-01,12\n", encoding="utf-8")
    task = panel.run("corridor:submissionstatus", {
        "EXPECTED": str(write_empty_expected(tmp_path)), "SUBMISSIONS": str(received),
        "OUTPUT": str(tmp_path / "status.gpkg")}, lambda r: None)
    assert task is not None
    wait_panel(panel, 60)
    assert panel.notes_label.isVisibleTo(panel)
    assert "unscheduled" in panel.notes_label.text()


def write_empty_expected(tmp_path):
    path = tmp_path / "expected.csv"
    path.write_text("partner,country,period,due_date\n", encoding="utf-8")
    return path


@pytest.fixture(params=["ru", "kk", "mn", "zh"])
def language(request):
    install_translator(request.param)
    yield request.param
    install_translator("en")


def clipped(panel):
    """Buttons, check boxes and one-line labels narrower than their text at the panel's width."""
    found = []
    for widget in panel.findChildren(QAbstractButton) + panel.findChildren(QLabel):
        if not widget.isVisibleTo(panel) or not widget.text() or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() + 1 < widget.sizeHint().width():
            found.append((type(widget).__name__, widget.text(), widget.width(), widget.sizeHint().width()))
            continue
        dock = panel.dock
        right = widget.mapTo(dock, QPoint(widget.width(), 0)).x()
        if right > dock.width():  # cut off by the dock's right edge (no sideways scrolling)
            found.append((type(widget).__name__, widget.text(), right, dock.width()))
    return found


def test_nothing_is_clipped_at_the_default_width_in_any_language(language, dock, seeds, tmp_path):
    dock.reset_panels()
    assert dock.panel(STEP["sheets"]).import_button.text() != "Import sheets"  # the language is installed
    dock.setFloating(True)  # a window of its own: shown and laid out for real (the test main window is hidden)
    dock.show()
    found = []
    for step in WORKFLOW_STEPS:
        panel = dock.open_step(step)
        dock.resize(0, 900)  # as narrow as it goes: the width QGIS opens it with
        for _ in range(3):
            QgsApplication.processEvents()
        assert panel.isVisible()
        # wrapping rows, not a wider dock: the width asked for is the width it has
        assert dock.width() <= 400, (step.key, dock.width())
        found.extend((step.key,) + item for item in clipped(panel))
        for combo in panel.findChildren(QComboBox):
            assert combo.sizeAdjustPolicy() != QComboBox.AdjustToContents or not combo.isVisibleTo(panel)
    assert found == [], "\n".join(map(str, found))
    # statuses stored in one language read in the other
    state.write_json("sheets/files", [{"file": str(tmp_path / "a.csv"), "partner": "", "country": "",
                                       "status": "imported_rejects", "accepted": 1, "rejected": 2}])
    panel = dock.open_step(STEP["sheets"])
    panel.load_files()
    assert panel.files_table.item(0, 3).toolTip() != "imported, check rejected rows"
    assert json.loads(state.read("sheets/files"))[0]["status"] == "imported_rejects"
    dock.setFloating(False)
