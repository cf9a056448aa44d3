"""The dock driven like a user (offscreen): files dropped and picked, an unknown name resolved inline,
settings kept in the project, analyses chained as tasks, results cards, charts and layers, the report.

Steps whose algorithm has not landed on main yet are exercised up to the call (the panel says it is
not installed); the end-to-end import runs as soon as ``corridor:importsheets`` is registered."""
import csv
import json

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QMimeData, QPoint, Qt, QUrl, QVariant
from qgis.PyQt.QtGui import QDropEvent

from corridor_plugin.gui import state
from corridor_plugin.gui.steps import WORKFLOW_STEPS
from corridor_plugin.gui.tasks import wait_for
from corridor_plugin.toolbelt.qgis_compat import make_field
from tests.builders import report as build
from tests.conftest import SCREENSHOTS
from tests.dock.conftest import wait_panel

STEP = {step.key: step for step in WORKFLOW_STEPS}


def has_algorithm(alg_id):
    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


def write_layer(layer, path, name=None):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = name or layer.name()
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


def synthetic_results(folder):
    """The result files the analyses would have written, registered as workflow outputs."""
    keys = {"PROTECTED_AREAS": "protected_areas", "OCCURRENCES": "occurrences", "GAP_SPECIES": "gap_species",
            "GAP_GRID": "gap_grid", "CONNECTIVITY_SUMMARY": "connectivity_summary",
            "CONNECTIVITY_NODES": "connectivity_nodes", "CONNECTIVITY_LINKS": "connectivity_links",
            "SURVEY": "survey"}
    for key, layer in build.all_inputs().items():
        state.set_output(keys[key], write_layer(layer, folder / f"{keys[key]}.gpkg"))


def screenshot(dock, name, height=860):
    dock.hide()  # shown again at the new size: every panel lays itself out for it
    dock.resize(470, height)
    dock.show()
    dock.update_status()
    for _ in range(3):
        QgsApplication.processEvents()
    image = dock.grab()
    path = SCREENSHOTS / f"dock_{name}.png"
    assert image.save(str(path))
    picture = image.toImage()
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3)}
    assert len(colours) > 50, f"{name}: looks empty"
    return path


def drop_files(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    widget.dropEvent(event)
    assert event.isAccepted()


def sample_sheets(seeds, tmp_path):
    folder = seeds / "sheets"
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in (".csv", ".xlsx", ".xls", ".ods", ".txt")) \
        if folder.is_dir() else []
    if files:
        return files
    made = []
    for code, rows in (("MNG", [("Procapra gutturosa", "12", "2020-06-12", "49.6", "115.2")]),
                       ("RUS", [("Otocolobus manul", "1", "2019-05-01", "50.1", "115.6")])):
        path = tmp_path / f"{code.lower()}_sheet.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["species", "abundance", "date", "latitude", "longitude"])
            writer.writerows(rows)
        made.append(path)
    return made


def test_sheets_are_added_by_drop_and_kept_in_the_saved_project(dock, seeds, tmp_path):
    panel = dock.open_step(STEP["sheets"])
    files = sample_sheets(seeds, tmp_path)
    drop_files(panel.files_table, files[:1])
    panel.add_files([str(p) for p in files[1:]] + [str(files[0])])  # the picker; a duplicate is ignored
    assert panel.files_table.rowCount() == len(files)
    assert panel.files_table.item(0, 0).text() == files[0].name
    panel.files_table.item(0, 1).setText("IZIP Ulaanbaatar")
    panel.files_table.item(0, 2).setText("RUS")
    panel.gpkg_file.setFilePath(str(tmp_path / "baseline.gpkg"))
    assert QgsProject.instance().write()
    QgsProject.instance().clear()
    assert dock.panels == {}
    assert QgsProject.instance().read(str(tmp_path / "project.qgz"))
    panel = dock.open_step(STEP["sheets"])
    assert panel.files_table.rowCount() == len(files)
    assert panel.files_table.item(0, 1).text() == "IZIP Ulaanbaatar"
    assert panel.files_table.item(0, 2).text() == "RUS"
    assert panel.gpkg_file.filePath() == str(tmp_path / "baseline.gpkg")
    assert panel.database() == str(tmp_path / "baseline.gpkg")


def test_postgis_connections_saved_in_qgis_are_offered(dock):
    settings = QgsSettings()
    settings.setValue("PostgreSQL/connections/partners_shared/host", "db.example.org")
    settings.setValue("PostgreSQL/connections/partners_shared/database", "corridor")
    try:
        dock.reset_panels()
        panel = dock.open_step(STEP["sheets"])
        names = [panel.postgis_combo.itemText(i) for i in range(panel.postgis_combo.count())]
        assert "partners_shared" in names
        panel.postgis_radio.setChecked(True)
        panel.postgis_combo.setCurrentText("partners_shared")
        assert panel.database() == "partners_shared"
        assert not panel.gpkg_file.isEnabled() and panel.postgis_combo.isEnabled()
    finally:
        settings.remove("PostgreSQL/connections/partners_shared")


def rejected_table(path):
    """A REJECTED table shaped like corridor:importsheets' (core.schema.REJECTED_FIELDS)."""
    from corridor_plugin.core.schema import REJECTED_FIELDS

    kinds = {"string": QVariant.String, "integer": QVariant.Int}
    layer = QgsVectorLayer("None", "rejected", "memory")
    layer.dataProvider().addAttributes([make_field(name, kinds[kind]) for name, kind in REJECTED_FIELDS])
    layer.updateFields()
    rows = [("sheet.csv", "", 7, "NAME_UNRESOLVED", "Unknown species name", "Procapra gutturosa; Procapra przewalskii",
             {"Вид": "Procapra guturosa", "Кол-во": "12", "Дата": "12.06.2020"}),
            ("sheet.csv", "", 9, "DATE_FUTURE", "Date in the future", "",
             {"Вид": "Otocolobus manul", "Кол-во": "1", "Дата": "12.06.2031"})]
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row[:6]) + [json.dumps(row[6], ensure_ascii=False)])
        layer.dataProvider().addFeature(feature)
    return write_layer(layer, path, "rejected")


def test_unknown_name_is_resolved_inline_and_saved_as_the_user_mapping(dock, tmp_path, monkeypatch):
    panel = dock.open_step(STEP["sheets"])
    sheet = tmp_path / "mn_sheet.csv"
    sheet.write_text("species\nProcapra guturosa\n", encoding="utf-8")
    panel.add_files([str(sheet)])
    # What a finished import records for the file (corridor:importsheets' REJECTED output).
    panel.set_row(0, status="imported", accepted=1, rejected=2,
                  rejected_output=rejected_table(tmp_path / "rejected.gpkg"))
    panel.files_table.selectRow(0)
    QgsApplication.processEvents()
    table = panel.rejected_table
    assert table.rowCount() == 2
    assert table.item(0, panel.REJ_ROW).text() == "7"
    assert table.item(0, panel.REJ_REASON).text() == "Unknown species name"
    assert table.item(0, panel.REJ_NAME).text() == "Procapra guturosa"  # the cell closest to the suggestions
    combo = table.cellWidget(0, panel.REJ_RESOLVE)
    items = [combo.itemText(i) for i in range(combo.count())]
    # The ranked suggestions first, a separator, then every other accepted name of the checklist.
    assert items[:3] == ["", "Procapra gutturosa", "Procapra przewalskii"] and items[3] == ""
    from corridor_plugin.core.taxonomy import load_checklist

    others = sorted({t.scientific_name for t in load_checklist().taxa} - {"Procapra gutturosa", "Procapra przewalskii"},
                    key=str.casefold)
    assert items[4:] == others and len(others) > 40
    assert table.cellWidget(1, panel.REJ_RESOLVE) is None  # a date problem is not a name to resolve
    combo.setCurrentIndex(1)
    screenshot(dock, "step_1_sheets", height=1120)
    panel.save_mapping()
    mapping = state.work_dir() / "name_mapping.csv"
    with open(mapping, encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [["verbatim", "scientificName"], ["Procapra guturosa", "Procapra gutturosa"]]
    assert "1 names" in panel.mapping_label.text()
    # A checklist name typed by hand (with its authors) is kept too, and earlier choices survive.
    combo.setEditText("Procapra gutturosa (Pallas, 1777)")
    table.item(0, panel.REJ_NAME).setText("дзерен степной")
    asked = []
    monkeypatch.setattr(panel, "confirm_new_names", lambda names: asked.append(set(names)) or False)
    panel.save_mapping()
    assert asked == []  # a checklist name needs no confirmation
    with open(mapping, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["verbatim"]: r["scientificName"] for r in rows} == {
        "Procapra guturosa": "Procapra gutturosa", "дзерен степной": "Procapra gutturosa (Pallas, 1777)"}
    # A typo is not a species: a name outside the checklist is asked about, and refused it is not saved.
    combo.setEditText("Procapra guturrosa")
    table.item(0, panel.REJ_NAME).setText("зээр")
    assert panel.save_mapping() == 0
    assert asked == [{"Procapra guturrosa"}]
    with open(mapping, encoding="utf-8", newline="") as handle:
        assert "зээр" not in {r["verbatim"] for r in csv.DictReader(handle)}
    # Confirmed, it is saved (and the importer will add it as a new taxon).
    monkeypatch.setattr(panel, "confirm_new_names", lambda names: asked.append(set(names)) or True)
    combo.setEditText("Felis catus")
    assert panel.save_mapping() == 3 and asked[-1] == {"Felis catus"}


def test_import_runs_as_tasks_and_an_unknown_name_resolved_inline_is_taken_on_reimport(dock, seeds, tmp_path):
    panel = dock.open_step(STEP["sheets"])
    files = sample_sheets(seeds, tmp_path)
    panel.add_files([str(p) for p in files])
    # The partner names of the coordinator's schedule (seeds/submissions/expected_submissions.csv).
    partners = {"CHN": "Hulun Lake National Nature Reserve", "KAZ": "Katon-Karagay National Park",
                "MNG": "Mongolian Academy of Sciences", "RUS": "Daursky Zapovednik"}
    for row in range(panel.files_table.rowCount()):
        # The user says whose sheet it is (the seed files are named after their country).
        country = panel.files_table.item(row, 0).text()[:3].upper()
        panel.files_table.item(row, 2).setText(country)
        panel.files_table.item(row, 1).setText(partners[country])
    panel.gpkg_file.setFilePath(str(tmp_path / "baseline.gpkg"))
    panel.load_check.setChecked(True)
    panel.import_all()
    assert has_algorithm("corridor:importsheets")
    for _ in range(len(files) + 1):  # one task per file, then the merge
        wait_panel(panel, 120)
    # The coordinator's view: who has sent what, against the schedule.
    panel.expected_file.setFilePath(str(seeds / "submissions" / "expected_submissions.csv"))
    panel.status_button.click()
    wait_panel(panel, 60)
    status = QgsVectorLayer(state.output("submission_status"), "s", "ogr")
    assert status.featureCount() == panel.status_table.rowCount() > 0
    assert set(panel.status_chart.labels) == {f["partner"] for f in status.getFeatures()}
    assert set(partners.values()) <= set(panel.status_chart.labels)
    received = {f["partner"]: f["records"] for f in status.getFeatures() if f["records"]}
    for row in panel.rows():
        assert received.get(partners[row["country"]]) == int(row["accepted"]), (row, received)
    box = panel.status_chart.parentWidget()
    box.resize(450, box.sizeHint().height() + 40)
    assert box.grab().save(str(SCREENSHOTS / "dock_step_1_submissions.png"))
    rows = panel.rows()
    for i, row in enumerate(rows):
        assert row["status"].startswith("imported"), row
        assert int(row["accepted"]) + int(row["rejected"]) > 0
        assert panel.files_table.item(i, 3).text() == f"{row['accepted']} ✔ · {row['rejected']} ✖"
    occurrences = QgsVectorLayer(state.output("occurrences"), "o", "ogr")
    assert occurrences.featureCount() == sum(int(r["accepted"]) for r in rows)
    # Resolve the first unknown name as a user would (a suggestion, or a name typed in), and import again.
    for index in range(len(rows)):
        panel.files_table.selectRow(index)
        QgsApplication.processEvents()
        candidates = [r for r, rejected in enumerate(panel.rejected_rows)
                      if rejected["code"] == "NAME_UNRESOLVED" and rejected["verbatim"]]
        if candidates:
            break
    else:
        pytest.fail("the seed sheets have no unknown species name to resolve")
    first = candidates[0]
    verbatim = panel.rejected_table.item(first, panel.REJ_NAME).text()
    assert verbatim in panel.rejected_rows[first]["cells"].values()
    same_name = sum(1 for r in panel.rejected_rows if r["verbatim"] == verbatim)
    combo = panel.rejected_table.cellWidget(first, panel.REJ_RESOLVE)
    if combo.count() > 1:
        combo.setCurrentIndex(1)
    else:
        # Not in the checklist: the importer adds the name the user types.
        meaning = {"熊猫": "Ailuropoda melanoleuca", "Ямаа": "Capra hircus", "кот домашний": "Felis catus"}
        combo.setEditText(meaning.get(verbatim, "Capra hircus"))
    screenshot(dock, "step_1_sheets_imported", height=1120)
    before = int(rows[index]["rejected"])
    from corridor_plugin.core.baseline import open_store

    def baseline_counts():
        store = open_store(str(tmp_path / "baseline.gpkg"))
        try:
            current = store.submissions()
            return store.count("occurrences"), int(current[current["status"] == "current"]["rows_accepted"].sum())
        finally:
            store.close()

    stored_before = baseline_counts()
    panel.reimport_button.click()
    for _ in range(len(files) + 1):
        wait_panel(panel, 120)
    after = int(panel.rows()[index]["rejected"])
    assert after == before - same_name, (verbatim, before, after)
    # The fix reaches the baseline database: the newly accepted rows are loaded, the submission counts follow.
    assert baseline_counts() == (stored_before[0] + same_name, stored_before[1] + same_name)


def test_analyses_use_checklist_presets_and_chain_tasks(dock, shared_data, tmp_path):
    state.write("sheets/checklist", str(shared_data / "corridor_checklist.csv"))
    panel = dock.open_step(STEP["analyses"])
    groups = [panel.group_combo.itemData(i) for i in range(panel.group_combo.count())]
    assert "large mammal" in groups and "bird" in groups
    panel.group_combo.setCurrentIndex(groups.index("large mammal"))
    # The checklist's published distances for large mammals are 58 and 73 km: min, median, max.
    assert panel.distances.text() == "58, 65.5, 73"
    assert panel.distances_m() == "58000,65500,73000"
    for code, check in panel.country_checks.items():
        check.setChecked(code in ("MNG", "RUS"))
    screenshot(dock, "step_3_analyses")
    panel.run_button.click()
    wait_panel(panel)
    regions = QgsVectorLayer(state.output("regions"), "r", "ogr")
    assert sorted(f["adm0_a3"] for f in regions.getFeatures()) == ["MNG", "RUS"]
    text = panel.log_label.text()
    assert "Analyses finished." in text
    assert "Gap analysis skipped" in text  # no occurrences yet in this project
    # Remembered in the project.
    assert state.read("analyses/distances") == "58, 65.5, 73"
    assert state.read("analyses/country_CHN") == "0"


def test_results_cards_charts_and_styled_layers(dock, tmp_path):
    synthetic_results(tmp_path)
    panel = dock.open_step(STEP["results"])
    # Independent counts from the builder's data.
    occurrences = build.occurrences()
    assert panel.cards["records"].value() == str(occurrences.featureCount())
    assert panel.cards["species"].value() == str(len({f["scientificName"] for f in occurrences.getFeatures()}))
    assert panel.cards["gap_species"].value() == str(sum(1 for s in build.SPECIES if s[-1] == "gap"))
    # ProtConn per country at the shortest d50 (10 km): CHN 3.1, MNG 6.4, RUS 2.05.
    assert set(panel.country_cards) == {"CHN", "MNG", "RUS"}
    assert panel.country_cards["MNG"].value() == "6.4%"
    assert panel.cards["areas"].value() == str(len(build.PROTECTED_AREAS))
    assert panel.country_cards["CHN"].value() == "3.1%" and panel.country_cards["RUS"].value() == "2.0%"
    mng = panel.figures["protconn"]["MNG"]
    assert mng["trans_points"] == pytest.approx(6.4 * 2.2 / 100)
    assert panel.gap_chart.labels == ["VU", "LC"]
    assert dict(panel.gap_chart.series)["gap"] == [1, 1]
    assert [name for name, _ in panel.figures["dpc"]][:2] == ["Daursky", "Mongol Daguur"]
    screenshot(dock, "step_4_results", height=1100)
    added = panel.add_layers()
    names = {layer.customProperty("corridor/output") for layer in added}
    assert {"occurrences", "protected_areas", "gap_grid", "connectivity_links"} <= names
    for layer in added:
        assert QgsProject.instance().mapLayer(layer.id()) is layer and layer.renderer() is not None
    grid = next(layer for layer in added if layer.customProperty("corridor/output") == "gap_grid")
    assert grid.renderer().type() == "graduatedSymbol"
    assert len(panel.add_layers()) == len(added)  # added again: replaced, not duplicated
    outputs = [lyr.customProperty("corridor/output") for lyr in QgsProject.instance().mapLayers().values()
               if lyr.customProperty("corridor/output")]
    assert sorted(outputs) == sorted([layer.customProperty("corridor/output") for layer in panel.add_layers()]
                                     + ["country_borders"])  # the borders under the results, once


def test_protected_areas_step_offers_layers_and_remembers_them(dock, tmp_path):
    national = build.memory_layer("Polygon", "pas", [("name", "s"), ("iso3", "s"), ("designation", "s")], [
        (build.square(w, s, d), name, iso3, "Nature reserve") for name, iso3, w, s, d in build.PROTECTED_AREAS] + [
        (build.square(112, 49, 0.3), "Test biosphere", "RUS", "UNESCO-MAB Biosphere Reserve")])
    areas = QgsVectorLayer(write_layer(national, tmp_path / "pas.gpkg"), "pas", "ogr")
    QgsProject.instance().addMapLayer(areas)
    panel = dock.open_step(STEP["protected_areas"])
    panel.layer_combo.setLayer(areas)
    assert panel.inputs() == [areas.source()]
    assert state.read("protected_areas/layer") == areas.id()
    # Not WDPA: say which fields hold the name and the country.
    panel.field_combos["NAME_FIELD"].setField("name")
    panel.field_combos["COUNTRY_FIELD"].setField("iso3")
    panel.field_combos["DESIGNATION_FIELD"].setField("designation")
    assert state.read("protected_areas/COUNTRY_FIELD") == "iso3"
    screenshot(dock, "step_2_protected_areas")
    panel.prepare_button.click()
    wait_panel(panel, 120)
    cleaned = QgsVectorLayer(state.output("protected_areas"), "p", "ogr")
    assert sorted(f["name"] for f in cleaned.getFeatures()) == sorted(a[0] for a in build.PROTECTED_AREAS)
    # What each cleaning step removed: the biosphere reserve, by the MAB switch.
    assert sum(panel.removed.values()) >= 1 and panel.report_table.rowCount() == len(panel.removed)
    screenshot(dock, "step_2_protected_areas", height=1180)


def test_report_step_writes_the_report_in_the_background(dock, tmp_path):
    synthetic_results(tmp_path)
    panel = dock.open_step(STEP["report"])
    panel.ui.languageCombo.setCurrentIndex(panel.ui.languageCombo.findData("en"))
    panel.ui.folderWidget.setFilePath(str(tmp_path / "out"))
    panel.ui.titleEdit.setText("Dauria working group")
    assert "✔ Gap analysis: species" in panel.ui.inputsLabel.text() and "– Corridors" in panel.ui.inputsLabel.text()
    assert "GAP_SPECIES" not in panel.ui.inputsLabel.text()  # words, not parameter names
    screenshot(dock, "step_5_report")
    panel.ui.writeButton.click()
    wait_panel(panel, 120)
    pdf = tmp_path / "out" / "corridor_report_en.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
    assert "Dauria working group" in (tmp_path / "out" / "corridor_report_en.html").read_text(encoding="utf-8")
    assert state.output("report_pdf") == str(pdf)
    assert str(pdf) in panel.ui.resultLabel.text()
    assert panel.ui.openButton.isEnabled()


def test_workflow_screenshot(dock, tmp_path):
    synthetic_results(tmp_path)
    dock.update_status()
    dock.ui.panelStack.acceptAllPanels()
    screenshot(dock, "step_0_workflow")


def uniform_resistance(path):
    """A resistance of 1 everywhere over the synthetic areas (UTM 50N, 2 km cells)."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsRasterLayer

    west, north, cell, cols, rows = 0.0, 5_700_000.0, 2000.0, 350, 220
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((west, cell, 0, north, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.ones((rows, cols), dtype="float32"))
    dataset = None
    return QgsRasterLayer(str(path), "resistance")


def test_analyses_chain_from_occurrences_to_results_and_report(dock, tmp_path):
    """Step 3 → 4 → 5 on small inputs, with whatever analysis algorithms this build has."""
    occurrences = build.occurrences()
    # one record says the species was looked for and not found: the gap analysis leaves it out and says so
    occurrences.dataProvider().addAttributes([make_field("occurrenceStatus", QVariant.String)])
    occurrences.updateFields()
    first = next(occurrences.getFeatures())
    occurrences.dataProvider().changeAttributeValues({first.id(): {occurrences.fields().indexOf("occurrenceStatus"):
                                                                   "absent"}})
    state.set_output("occurrences", write_layer(occurrences, tmp_path / "occ.gpkg"))
    state.set_output("protected_areas", write_layer(build.protected_areas(), tmp_path / "pas.gpkg"))
    resistance = uniform_resistance(tmp_path / "resistance.tif")
    panel = dock.open_step(STEP["analyses"])
    panel.distances.setText("10, 50")
    panel.corridor_box.setChecked(True)
    # a raster file that is not a layer of the project (the "…" button beside the drop-down)
    panel.resistance.setFilePath(resistance.source())
    assert panel.resistance.source() == resistance.source() and panel.resistance.currentLayer() is None
    assert QgsProject.instance().mapLayers() == {}
    panel.transboundary_only.setChecked(False)
    panel.run_button.click()
    for _ in range(5):  # region, gap analysis, connectivity, corridors: one task after the other
        wait_panel(panel, 180)
    text = panel.log_label.text()
    assert "Analyses finished." in text
    # the warning that used to reach only the log is in the panel
    assert "⚠ 1 records left out: absence records" in text, text
    species = QgsVectorLayer(state.output("gap_species"), "s", "ogr")
    assert species.featureCount() == len(build.SPECIES)
    # The panel's kilometres reach the algorithm as metres: 50 km cells of 2,500 km² (equal-area grid).
    from qgis.core import QgsDistanceArea

    grid = QgsVectorLayer(state.output("gap_grid"), "g", "ogr")
    area = QgsDistanceArea()
    area.setSourceCrs(grid.crs(), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    cell = next(grid.getFeatures())
    assert area.measureArea(cell.geometry()) / 1e6 == pytest.approx(2500, rel=0.02)
    # no range maps in the dock's run: every status carries the records-only caveat
    assert {f["status"] for f in species.getFeatures()} <= {"gap (records only)", "partial (records only)",
                                                             "covered (records only)"}
    summary = QgsVectorLayer(state.output("connectivity_summary"), "c", "ogr")
    regions = {f["region_id"] for f in summary.getFeatures()}
    assert regions == {"CHN", "MNG", "RUS"}  # the default countries of the region step
    assert sorted({f["d50_m"] for f in summary.getFeatures()}) == [10000, 50000]
    corridors = QgsVectorLayer(state.output("corridors"), "c", "ogr")
    assert corridors.isValid() and corridors.featureCount() > 0, text
    # what the analyses produced is on the map, over the country borders, and the overview ticks the step
    on_map = {layer.customProperty("corridor/output") for layer in QgsProject.instance().mapLayers().values()}
    assert {"gap_grid", "survey", "connectivity_nodes", "connectivity_links", "corridors",
            "country_borders"} <= on_map
    assert next(b for b in dock.workflow_panel.buttons if b.step.key == "analyses").text().endswith("✔")
    results = dock.open_step(STEP["results"])
    assert results.cards["records"].value() == "60"
    assert set(results.country_cards) == {"CHN", "MNG", "RUS"}
    report = dock.open_step(STEP["report"])
    report.ui.folderWidget.setFilePath(str(tmp_path / "out"))
    report.ui.languageCombo.setCurrentIndex(report.ui.languageCombo.findData("en"))
    report.ui.writeButton.click()
    wait_panel(report, 120)
    assert (tmp_path / "out" / "corridor_report_en.pdf").exists()


def test_extra_checklist_and_saved_names_are_combined_for_the_importer(dock, shared_data, tmp_path):
    from corridor_plugin.core.name_resolution import read_mapping, write_mapping

    panel = dock.open_step(STEP["sheets"])
    assert panel.names_file() == ""
    panel.checklist_file.setFilePath(str(shared_data / "corridor_checklist.csv"))
    assert panel.names_file() == str(shared_data / "corridor_checklist.csv")
    write_mapping(panel.mapping_path(), {"дзерен степной": "Procapra gutturosa"})
    assert read_mapping(panel.mapping_path()) == {"дзерен степной": "Procapra gutturosa"}
    combined = panel.names_file()
    with open(combined, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(shared_data / "corridor_checklist.csv", encoding="utf-8", newline="") as handle:
        original = list(csv.DictReader(handle))
    assert rows[:len(original)] == original
    assert rows[-1]["scientific_name_accepted"] == "Procapra gutturosa"
    assert rows[-1]["synonyms"] == "дзерен степной"
    try:
        from corridor_plugin.core.taxonomy import load_checklist
    except ImportError:
        return  # the importer's checklist reader has not landed in this build
    assert load_checklist(combined).resolve("дзерен степной").scientific_name == "Procapra gutturosa"


def test_a_running_step_can_be_cancelled_from_the_panel(dock, tmp_path):
    panel = dock.open_step(STEP["results"])
    ticks = []
    task = panel.run("native:creategrid", {"TYPE": 0, "EXTENT": "0,10,0,10 [EPSG:3857]", "HSPACING": 0.001,
                                           "VSPACING": 0.001, "CRS": "EPSG:3857",
                                           "OUTPUT": str(tmp_path / "grid.gpkg")}, lambda results: ticks.append(0))
    task_description = task.description()
    try:
        wait_for(task, 0.3, step=lambda: ticks.append(1))
        shown = (panel.task_status.isVisibleTo(panel), panel.busy(), panel.task_status.label.text())
    finally:
        panel.task_status.cancel_button.click()  # never leave a million-cell grid running
    wait_panel(panel, 30)
    assert shown == (True, True, task_description)
    assert panel.task_status.label.text() == "Cancelled." and not panel.busy()
    assert 0 not in ticks and len(ticks) > 3
