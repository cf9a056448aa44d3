"""Runs inside the real QGIS desktop (``qgis --code driver.py``), started by test_real_qgis.py.

It opens the Corridor dock with its toolbar button and walks the whole workflow on seeds/ twice, as a
user does, with the dock's own buttons: every step is opened from the overview, left with the panel's
back arrow, opened again, worked through, left again, and reached once more with the previous step's
"Next" button. It waits for the background tasks with the event loop turning, checks that each step
wrote its outputs, takes screenshots of the main window, and keeps every message of QGIS's message log
and every Python error. Everything goes into a JSON file, rewritten after each action, so that when QGIS
crashes the file says what was done last. Then it quits QGIS like a user (Project > Exit).

QGIS runs this file with ``exec`` before its event loop starts: the work starts from a timer, and the
file stays ASCII (it is read with the locale's encoding).
"""
import json
import os
import sys
import time
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QMimeData, QPoint, Qt, QThreadPool, QTimer, QUrl
from qgis.PyQt.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from qgis.PyQt.QtWidgets import QApplication, QDialog, QPushButton, QToolButton

# The four partner sheets of the seeds: file, partner (as in seeds/submissions), country; as scripts/demo.py.
PARTNER_SHEETS = [
    ("rus_daursky_cp1251.csv", "Daursky Zapovednik", "RUS"),
    ("mng_dauria_survey.xlsx", "Mongolian Academy of Sciences", "MNG"),
    ("chn_hulun_gb18030.csv", "Hulun Lake National Nature Reserve", "CHN"),
    ("kaz_altai_pulkovo_gk.txt", "Katon-Karagay National Park", "KAZ"),
]
NEXT_ARROW = "\u25b8"


class NavigationFailed(Exception):
    """The dock did not show what a click should have shown: the walk cannot go on."""


def turn(seconds=0.15):
    """Let the event loop run for a moment, as between two clicks of a user."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QgsApplication.processEvents()
        time.sleep(0.01)


class Driver:
    def __init__(self, config):
        import qgis.utils

        self.iface = qgis.utils.iface
        self.plugins = qgis.utils.plugins
        self.seeds = Path(config["seeds"])
        self.work = Path(config["work"])
        self.shots = Path(config["screenshots"])
        self.result_path = Path(config["result"])
        self.passes = int(config.get("passes", 2))
        self.thread_expiry_ms = config.get("thread_expiry_ms")
        self.started = time.monotonic()
        self.where = "start"
        self.result = {"finished": False, "driver_error": None, "plugin_path": "", "trail": [], "checks": [],
                       "messages": [], "python_errors": [], "dialogs": [], "screenshots": [], "seconds": {}}
        self.baseline_count = None
        self.result_layer_count = None

    # -- record -------------------------------------------------------------------------------------------
    def save(self):
        self.result["seconds"]["total"] = round(time.monotonic() - self.started, 1)
        partial = self.result_path.with_suffix(".part")
        partial.write_text(json.dumps(self.result, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self.result_path)

    def mark(self, what):
        self.where = what
        self.result["trail"].append({"t": round(time.monotonic() - self.started, 2), "what": what})
        print(f"corridor-desktop: {what}", file=sys.stderr, flush=True)
        self.save()

    def check(self, ok, what, detail=""):
        self.result["checks"].append({"at": self.where, "what": what, "ok": bool(ok), "detail": str(detail)})
        self.save()
        return ok

    def on_message(self, message, tag, level):
        self.result["messages"].append({"at": self.where, "tag": tag, "level": int(level), "message": message})
        print(f"corridor-desktop-log level={int(level)} tag={tag}: {message}", file=sys.stderr, flush=True)
        self.save()

    def install_hooks(self):
        QgsApplication.messageLog().messageReceived.connect(self.on_message)
        # A modal window (a question, an error box) would stop the walk until someone answers it: note it,
        # photograph it and close it, so that the test reports it instead of hanging.
        self.watchdog = QTimer()
        self.watchdog.timeout.connect(self.close_modal)
        self.watchdog.start(1000)
        previous = sys.excepthook

        def hook(kind, value, tb):
            self.result["python_errors"].append(
                {"at": self.where, "traceback": "".join(traceback.format_exception(kind, value, tb))})
            self.save()
            previous(kind, value, tb)

        sys.excepthook = hook

    def screenshot(self, name):
        turn(0.3)
        path = self.shots / f"{name}.png"
        self.iface.mainWindow().grab().save(str(path))
        self.result["screenshots"].append(str(path))
        self.note_dialogs()

    def close_modal(self):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        number = len(self.result["dialogs"]) + 1
        path = self.shots / f"dialog_{number}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        text = widget.text() if hasattr(widget, "text") else ""
        self.result["dialogs"].append({"at": self.where, "class": widget.metaObject().className(),
                                       "title": f"{widget.windowTitle()} {text}".strip(), "screenshot": str(path)})
        self.save()
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def note_dialogs(self):
        """Windows besides the main window (an error box, a question) that a user would have to answer."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and isinstance(widget, QDialog):
                entry = {"at": self.where, "class": widget.metaObject().className(), "title": widget.windowTitle()}
                if entry not in self.result["dialogs"]:
                    self.result["dialogs"].append(entry)

    # -- the dock ---------------------------------------------------------------------------------------------
    def open_dock(self):
        self.mark("open the dock with the Corridor toolbar button")
        plugin = self.plugins["corridor_plugin"]
        import corridor_plugin

        self.result["plugin_path"] = str(Path(corridor_plugin.__file__).resolve().parent)
        plugin.toggle_action.trigger()
        turn(0.5)
        self.dock = plugin.dock
        if self.dock is None or not self.dock.isVisible():
            raise NavigationFailed("the toolbar button did not show the dock")
        from corridor_plugin.gui.steps import WORKFLOW_STEPS

        self.steps = list(WORKFLOW_STEPS)

    def stack(self):
        return self.dock.ui.panelStack

    def current(self):
        return self.stack().currentPanel()

    def expect_overview(self, after):
        turn()
        if self.current() is not self.dock.workflow_panel or not self.dock.workflow_panel.isVisible():
            raise NavigationFailed(f"{after}: the overview is not shown (shown: {self.describe_current()})")

    def expect_step(self, step, after):
        turn()
        panel = self.dock.panels.get(step.key)
        if panel is None or self.current() is not panel or not panel.isVisible():
            raise NavigationFailed(f"{after}: step '{step.key}' is not shown (shown: {self.describe_current()})")
        return panel

    def describe_current(self):
        panel = self.current()
        return "nothing" if panel is None else f"{panel.objectName() or type(panel).__name__}"

    def open_from_overview(self, step, label):
        self.mark(f"{label}: overview > {step.key}")
        self.expect_overview(f"before opening {step.key}")
        button = self.dock.workflow_panel.findChild(QToolButton, f"step_{step.key}")
        if button is None:
            raise NavigationFailed(f"no button for step {step.key} on the overview")
        button.click()
        return self.expect_step(step, f"overview button of {step.key}")

    def back(self, label):
        self.mark(f"{label}: back to the overview")
        button = self.stack().findChild(QToolButton, "mBackButton")
        if button is None or not button.isVisible():
            raise NavigationFailed("the panel's back button is not shown")
        button.click()
        self.expect_overview(f"back from {label}")

    def next_button(self, panel, step):
        title = step.title()
        for button in panel.findChildren(QPushButton):
            if button.text().startswith("Next") and title in button.text() and NEXT_ARROW in button.text():
                return button
        raise NavigationFailed(f"no 'Next: {title}' button on {panel.objectName()}")

    def go_next(self, panel, step, label):
        self.mark(f"{label}: Next > {step.key}")
        self.next_button(panel, step).click()
        return self.expect_step(step, f"Next button to {step.key}")

    def wait_tasks(self, panel, timeout=180):
        """Until the panel's tasks, and those they chain, have ended; the event loop turns meanwhile."""
        from corridor_plugin.gui import tasks as dock_tasks

        step_where = self.where
        self.mark(f"{step_where.split(': ')[0]}: waiting for the tasks of {panel.objectName()}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for task in list(panel.tasks):
                dock_tasks.wait_for(task, max(deadline - time.monotonic(), 0.1))
            turn(0.05)
            idle = not dock_tasks._RUNNING and QgsApplication.taskManager().countActiveTasks() == 0
            if idle and not panel.busy():
                self.where = step_where
                status = panel.task_status.label.text()
                self.check(not status.startswith("Failed"), "the task line does not say Failed", status)
                return
        self.check(False, f"tasks of {panel.objectName()} ended within {timeout} s")

    # -- outputs ---------------------------------------------------------------------------------------------
    def layer_count(self, path):
        layer = QgsVectorLayer(path, "check", "ogr") if path else None
        count = layer.featureCount() if layer is not None and layer.isValid() else None
        del layer
        return count

    def check_output(self, key, what):
        from corridor_plugin.gui import state

        path = state.output(key)
        count = self.layer_count(path)
        self.check(count is not None and count > 0, f"{what} ({key}) has features", f"{path}: {count}")
        return count

    # -- the steps -------------------------------------------------------------------------------------------
    def work_sheets(self, panel, run):
        files = [self.seeds / "sheets" / name for name, _partner, _country in PARTNER_SHEETS]
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
        # A drag from the file manager: it enters the table, moves, and is dropped.
        viewport = panel.files_table.viewport()
        where = QPoint(viewport.width() // 2, viewport.height() // 2)
        for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
            event = kind(where, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
            QApplication.sendEvent(viewport, event)
        self.check(event.isAccepted(), "the table takes the dropped sheets")
        turn()
        self.check(panel.files_table.rowCount() == len(files), "each dropped sheet is one row, never twice",
                   panel.files_table.rowCount())
        by_name = {name: (partner, country) for name, partner, country in PARTNER_SHEETS}
        for row in range(panel.files_table.rowCount()):
            partner, country = by_name[panel.files_table.item(row, 0).text()]
            panel.files_table.item(row, 1).setText(partner)
            if panel.files_table.item(row, 2).text() != country:
                panel.files_table.item(row, 2).setText(country)
            if country == "KAZ":  # the Altai sheet names some sites only: its site list places them
                panel.files_table.selectRow(row)
                turn()
                panel.sites_file.setFilePath(str(self.seeds / "sheets" / "sites_altai.geojson"))
        baseline = self.work / "baseline.gpkg"
        panel.gpkg_file.setFilePath(str(baseline))
        panel.load_check.setChecked(True)
        turn()
        panel.import_button.click()
        self.wait_tasks(panel)
        rows = panel.rows()
        for row in rows:
            self.check(str(row.get("status", "")).startswith("imported"), f"{Path(row['file']).name} imported",
                       f"status {row.get('status')!r}, {row.get('accepted')} accepted, {row.get('rejected')} rejected")
        accepted = sum(int(row.get("accepted") or 0) for row in rows)
        count = self.check_output("occurrences", "the imported occurrences")
        self.check(count == accepted, "the occurrences layer holds every accepted row", f"{count} vs {accepted}")
        in_baseline = self.layer_count(f"{baseline}|layername=occurrences")
        self.check(in_baseline is not None and in_baseline > 0, "the baseline database has occurrences",
                   f"{baseline}: {in_baseline}")
        if self.baseline_count is None:
            self.baseline_count = in_baseline
        else:
            self.check(in_baseline == self.baseline_count, "importing the same sheets again adds nothing twice",
                       f"{self.baseline_count} then {in_baseline}")
        panel.expected_file.setFilePath(str(self.seeds / "submissions" / "expected_submissions.csv"))
        turn()
        panel.status_button.click()
        self.wait_tasks(panel)
        self.check_output("submission_status", "the submissions against the schedule")
        self.check(panel.status_table.rowCount() > 0, "the submissions table is filled",
                   panel.status_table.rowCount())

    def work_protected_areas(self, panel, run):
        panel.files.setFilePath(str(self.seeds / "protected_areas" / "wdpa_sample_2025.gpkg"))
        turn()
        panel.prepare_button.click()
        self.wait_tasks(panel)
        self.check_output("protected_areas", "the cleaned protected areas")
        self.check_output("pa_cleaning", "the cleaning report")
        panel.overlay_button.click()
        self.wait_tasks(panel)
        self.check_output("pa_overlay", "the protected areas with their figures")

    def add_inputs_for_analyses(self):
        """What a user brings for step 3: the barriers layer and a resistance raster, added to the map."""
        from corridor_plugin.gui import state

        self.mark("pass 1: add the barriers and a resistance raster to the project")
        barriers = self.iface.addVectorLayer(f"{self.seeds / 'barriers' / 'barriers.gpkg'}|layername=barriers",
                                             "Barriers", "ogr")
        self.check(barriers is not None and barriers.isValid(), "the seed barriers load")
        path = write_resistance(state.output("protected_areas"), self.work / "resistance.tif")
        resistance = self.iface.addRasterLayer(str(path), "Resistance")
        self.check(resistance is not None and resistance.isValid(), "the resistance raster loads", path)
        # Unticked, as a user would: it would hide the results on the map (and in the screenshots).
        QgsProject.instance().layerTreeRoot().findLayer(resistance.id()).setItemVisibilityChecked(False)
        self.barriers, self.resistance = barriers, resistance

    def work_analyses(self, panel, run):
        for check in panel.country_checks.values():
            check.setChecked(True)
        panel.barriers.setLayer(self.barriers)
        panel.corridor_box.setChecked(True)
        panel.resistance.setLayer(self.resistance)
        panel.circuit.setChecked(True)
        turn()
        panel.run_button.click()
        self.wait_tasks(panel)
        text = panel.log_label.text()
        self.check("Analyses finished." in text and "skipped" not in text, "every analysis ran", text)
        for key, what in (("regions", "the study region"), ("gap_species", "the gap species"),
                          ("gap_grid", "the gap grid"), ("survey", "the survey gaps"),
                          ("connectivity_summary", "ProtConn per country"),
                          ("connectivity_nodes", "the connectivity nodes"),
                          ("connectivity_links", "the connectivity links"), ("corridors", "the corridors")):
            self.check_output(key, what)
        self.check_protected_shares()

    def check_protected_shares(self):
        """Every country that has a cleaned protected area has a protected share above 0 in ProtConn's
        summary (the countries are read from the areas' iso3, independently of the connectivity)."""
        from corridor_plugin.gui import state

        areas = QgsVectorLayer(state.output("protected_areas"), "areas", "ogr")
        summary = QgsVectorLayer(state.output("connectivity_summary"), "summary", "ogr")
        if not self.check(areas.fields().indexOf("iso3") >= 0 and summary.fields().indexOf("prot") >= 0,
                          "the areas have iso3 and the summary prot"):
            return
        countries = {code.strip() for feature in areas.getFeatures()
                     for code in str(feature["iso3"] or "").split(";") if code.strip()}
        shares = {}
        for feature in summary.getFeatures():
            shares.setdefault(feature["region_id"], []).append(feature["prot"] or 0)
        self.check(countries and countries <= set(shares), "every country with protected areas is a region",
                   f"{sorted(countries)} in {sorted(shares)}")
        for country in sorted(countries & set(shares)):
            self.check(min(shares[country]) > 0, f"{country} has protected areas: its protected share is above 0",
                       shares[country])

    def work_results(self, panel, run):
        for key, card in panel.cards.items():
            self.check(card.value() not in ("", "-", "\u2013"), f"the {key} card shows a figure", card.value())
        panel.add_layers_button.click()
        turn(0.5)
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.customProperty("corridor/output")]
        self.check(len(layers) >= 6, "the styled result layers are on the map",
                   sorted(layer.customProperty("corridor/output") for layer in layers))
        for layer in layers:
            self.check(layer.isValid() and layer.featureCount() > 0, f"layer {layer.name()} is valid, not empty",
                       layer.source())
        if self.result_layer_count is None:
            self.result_layer_count = len(layers)
        else:
            self.check(len(layers) == self.result_layer_count, "added again: replaced, not duplicated",
                       f"{self.result_layer_count} then {len(layers)}")

    def work_report(self, panel, run):
        folder = self.work / f"report_pass{run}"
        title = f"Desktop walk, pass {run}"
        panel.ui.languageCombo.setCurrentIndex(panel.ui.languageCombo.findData("en"))
        panel.ui.folderWidget.setFilePath(str(folder))
        panel.ui.titleEdit.setText(title)
        turn()
        panel.ui.writeButton.click()
        self.wait_tasks(panel)
        pdf, page = folder / "corridor_report_en.pdf", folder / "corridor_report_en.html"
        self.check(pdf.exists() and pdf.stat().st_size > 10_000, "the PDF report is written",
                   f"{pdf}: {pdf.stat().st_size if pdf.exists() else 'missing'} bytes")
        self.check(page.exists() and title in page.read_text(encoding="utf-8"), "the HTML report has the title",
                   page)
        self.check(panel.ui.openButton.isEnabled(), "'Open the report' is enabled")

    # -- the walk --------------------------------------------------------------------------------------------
    def walk_pass(self, run):
        label = f"pass {run}"
        for number, step in enumerate(self.steps, start=1):
            where = f"{label} {number}.{step.key}"
            if step.key == "analyses" and run == 1:
                self.add_inputs_for_analyses()
            self.open_from_overview(step, f"{where} (visit 1)")
            self.back(f"{where} (visit 1)")
            panel = self.open_from_overview(step, f"{where} (visit 2)")
            self.mark(f"{where}: work")
            started = time.monotonic()
            getattr(self, f"work_{step.key}")(panel, run)
            self.result["seconds"][f"{where}"] = round(time.monotonic() - started, 1)
            self.where = f"{where}: after work"
            self.screenshot(f"pass{run}_{number}_{step.key}")
            self.back(f"{where} (visit 2)")
            panel = self.open_from_overview(step, f"{where} (visit 3)")
            if number < len(self.steps):
                self.go_next(panel, self.steps[number], f"{where} (visit 3)")
            self.back(f"{where} (after Next)")
        # The whole chain with "Next" only, then back.
        panel = self.open_from_overview(self.steps[0], f"{label} Next chain")
        for step in self.steps[1:]:
            panel = self.go_next(panel, step, f"{label} Next chain")
        self.back(f"{label} Next chain")
        self.mark(f"{label}: save the project")
        self.check(self.iface.actionSaveProject() is not None, "Project > Save exists")
        self.iface.actionSaveProject().trigger()
        turn()
        project = Path(QgsProject.instance().fileName())
        self.check(project.exists() and not QgsProject.instance().isDirty(), "the project is saved", project)
        self.mark(f"{label}: screenshot of the overview")
        self.screenshot(f"pass{run}_overview")

    def run(self):
        try:
            self.install_hooks()
            if self.thread_expiry_ms is not None:
                # QGIS's task threads end 30 s after their last task; a shorter time stands for a user
                # who pauses between steps, without the wait.
                QThreadPool.globalInstance().setExpiryTimeout(self.thread_expiry_ms)
            window = self.iface.mainWindow()
            window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
            QgsProject.instance().setFileName(str(self.work / "corridor_desktop.qgz"))
            self.open_dock()
            self.screenshot("pass0_overview")
            for run in range(1, self.passes + 1):
                self.walk_pass(run)
            self.result["finished"] = True
        except NavigationFailed as exc:
            self.check(False, "the dock shows what was clicked", str(exc))
        except Exception:
            self.result["driver_error"] = {"at": self.where, "traceback": traceback.format_exc()}
        finally:
            self.mark("screenshot of the whole screen")
            full = self.shots / "screen_final.png"
            QGuiApplication.primaryScreen().grabWindow(0).save(str(full))
            self.result["screenshots"].append(str(full))
            self.note_dialogs()
            self.mark("quit QGIS (Project > Exit)")
            QgsProject.instance().setDirty(False)
            # Exit code 3 says Exit did not end QGIS (a question left open, a hang in unload).
            QTimer.singleShot(30_000, lambda: QgsApplication.exit(3))
            self.iface.actionExit().trigger()


def write_resistance(areas_path, path):
    """A resistance raster over the protected areas and 150 km around them (2 km cells, equal-area):
    steppe at 1 with a few patches at 50 and 100, as scripts/demo.py makes; seeded, so each run is alike."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsRectangle

    proj4 = "+proj=laea +lat_0=48 +lon_0=102 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    areas = QgsVectorLayer(areas_path, "areas", "ogr")
    transform = QgsCoordinateTransform(areas.crs(), QgsCoordinateReferenceSystem.fromProj(proj4),
                                       QgsProject.instance())
    extent = transform.transformBoundingBox(areas.extent())
    margin, cell = 150_000.0, 2000.0
    extent = QgsRectangle(extent.xMinimum() - margin, extent.yMinimum() - margin,
                          extent.xMaximum() + margin, extent.yMaximum() + margin)
    cols, rows = int(extent.width() // cell) + 1, int(extent.height() // cell) + 1
    rng = np.random.default_rng(2020)
    resistance = np.ones((rows, cols), dtype="float32")
    yy, xx = np.mgrid[0:rows, 0:cols]
    for _ in range(25):
        cx, cy, radius = rng.uniform(0, cols), rng.uniform(0, rows), rng.uniform(3, 15)
        resistance[(xx - cx) ** 2 + (yy - cy) ** 2 < radius ** 2] = rng.choice([50.0, 100.0])
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((extent.xMinimum(), cell, 0, extent.yMaximum(), 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromProj4(proj4)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(resistance)
    dataset = None
    return path


_DRIVER = None


def main():
    global _DRIVER
    config = json.loads(Path(os.environ["CORRIDOR_DESKTOP_CONFIG"]).read_text(encoding="utf-8"))
    _DRIVER = Driver(config)  # kept alive until the timer fires, once QGIS's event loop runs
    QTimer.singleShot(1000, _DRIVER.run)


if __name__ == "__main__":
    main()
