"""The five step panels of the dock. Each runs Corridor algorithms by id as background tasks, shows what
they produced, and remembers its settings in the QGIS project. No computation lives here."""
import csv
import difflib
import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox, QgsPanelWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import report as report_core
from ..core.presets import dispersal_presets, preset_distances
from ..toolbelt.i18n import qgis_language, tr
from ..toolbelt.log import log
from ..toolbelt.paths import resources_path
from ..toolbelt.styles import apply_style
from . import state
from .tasks import run_algorithm
from .widgets import STATUS_PALETTE, BarChart, Card, DropTable, TaskStatus

COUNTRIES = ("CHN", "MNG", "RUS", "KAZ")
SHEET_FILTER = "Sheets (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"


def algorithm(alg_id):
    return QgsApplication.processingRegistry().algorithmById(alg_id)


def known_parameters(alg_id, parameters):
    """Only the parameters ``alg_id`` declares (the dock stays compatible as algorithms evolve)."""
    alg = algorithm(alg_id)
    if alg is None:
        return parameters
    names = {p.name() for p in alg.parameterDefinitions()}
    return {key: value for key, value in parameters.items() if key in names}


def corridor_algorithms(groups):
    provider = QgsApplication.processingRegistry().providerById("corridor")
    if provider is None:
        return []
    return sorted((alg for alg in provider.algorithms() if alg.groupId() in groups), key=lambda a: a.id())


def vector(path, name):
    if not path:
        return None
    layer = QgsVectorLayer(path, name, "ogr")
    return layer if layer.isValid() else None


def compact(widget):
    """Let combo boxes and file pickers shrink to the dock's width (long items are elided)."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Ignored, combo.sizePolicy().verticalPolicy())
    for child in widget.findChildren(QgsFileWidget):
        child.setSizePolicy(QSizePolicy.Ignored, child.sizePolicy().verticalPolicy())
    for label in widget.findChildren(QLabel):
        if not label.wordWrap() and len(label.text()) > 40:
            label.setWordWrap(True)


class CountryDelegate(QStyledItemDelegate):
    """The country column of the files table: a drop-down of the corridor countries."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems(COUNTRIES)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText())


def fill_table(table, headers, rows):
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class BaseStepPanel(QgsPanelWidget):
    """Title, explanation, a scrolling body, the task line, the step's Processing tools and "Next step"."""

    def __init__(self, step, dock=None, parent=None):
        super().__init__(parent)
        self.step = step
        self.dock = dock
        self.iface = dock.iface if dock is not None else None
        self.setPanelTitle(step.title())
        self.setObjectName(f"panel_{step.key}")
        self.setAutoDelete(False)  # the dock keeps one panel per step; running tasks call back into it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        description = QLabel(step.description())
        description.setWordWrap(True)
        description.setStyleSheet("color: #455a64;")
        outer.addWidget(description)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # a dock is narrow: wrap, never scroll sideways
        self.body_widget = QWidget()
        self.body_widget.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(0, 0, 4, 0)
        scroll.setWidget(self.body_widget)
        outer.addWidget(scroll, 1)
        self.task_status = TaskStatus(self)
        outer.addWidget(self.task_status)
        self.tasks = []
        self.build()
        self.add_tools_box()
        self.body.addStretch(1)
        compact(self.body_widget)

    def build(self):
        """Subclasses add their widgets to ``self.body``."""

    # -- tools of the step: every algorithm of its groups, with the Processing dialog -----------------
    def add_tools_box(self):
        box = QgsCollapsibleGroupBox(tr("All tools of this step (Processing)"))
        box.setObjectName(f"tools_{self.step.key}")
        # QGIS's own rule for collapsible boxes (set by the QGIS main window, absent in a bare application).
        box.setStyleSheet("QgsCollapsibleGroupBox::title { subcontrol-origin: margin; subcontrol-position: "
                          "top left; padding-left: 18px; }")
        layout = QVBoxLayout(box)
        self.run_buttons = {}
        algorithms = corridor_algorithms(self.step.groups)
        if not algorithms:
            layout.addWidget(QLabel(tr("No Corridor algorithm is available for this step yet.")))
        for alg in algorithms:
            row = QHBoxLayout()
            label = QLabel(f"{alg.displayName()} <small style='color:#777'>{alg.id()}</small>")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            button = QPushButton(tr("Open…"))
            button.setToolTip(alg.shortHelpString()[:400])
            button.clicked.connect(lambda _checked=False, alg_id=alg.id(): self.open_algorithm(alg_id))
            row.addWidget(button)
            self.run_buttons[alg.id()] = button
            layout.addLayout(row)
        box.setCollapsed(True)
        self.body.addWidget(box)

    @staticmethod
    def open_algorithm(alg_id):
        import processing

        processing.execAlgorithmDialog(alg_id)

    # -- settings remembered in the project ----------------------------------------------------------
    def remember(self, widget, key):
        full = f"{self.step.key}/{key}"
        saved = state.read(full, None)
        if isinstance(widget, QCheckBox):
            if saved is not None:
                widget.setChecked(saved == "1")
            widget.toggled.connect(lambda value: state.write(full, "1" if value else "0"))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            if saved is not None:
                widget.setValue(type(widget.value())(float(saved)))
            widget.valueChanged.connect(lambda value: state.write(full, value))
        elif isinstance(widget, QgsMapLayerComboBox):
            layer = QgsProject.instance().mapLayer(saved) if saved else None
            if layer is not None:
                widget.setLayer(layer)
            elif widget.currentLayer() is not None:
                state.write(full, widget.currentLayer().id())  # what the user sees selected is the setting
            widget.layerChanged.connect(lambda layer: state.write(full, layer.id() if layer else ""))
        elif isinstance(widget, QComboBox):
            if saved is not None:
                index = widget.findData(saved)
                if index < 0:
                    index = widget.findText(saved)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(saved)
            widget.currentIndexChanged.connect(
                lambda _i: state.write(full, widget.currentData() if widget.currentData() is not None
                                       else widget.currentText()))
            if widget.isEditable():
                widget.editTextChanged.connect(lambda text: state.write(full, text))
        elif isinstance(widget, QLineEdit):
            if saved is not None:
                widget.setText(saved)
            widget.textChanged.connect(lambda text: state.write(full, text))
        elif isinstance(widget, QgsFileWidget):
            if saved is not None:
                widget.setFilePath(saved)
            widget.fileChanged.connect(lambda path: state.write(full, path))

    # -- running algorithms ------------------------------------------------------------------------------
    def run(self, alg_id, parameters, on_success, description=None, on_error=None):
        """Run ``alg_id`` in the background; returns the task, or None when it is not installed."""
        if algorithm(alg_id) is None:
            message = tr("{alg_id} is not installed in this version of Corridor.").format(alg_id=alg_id)
            self.task_status.done(message)
            log(message, push=True, iface=self.iface)
            if on_error is not None:
                on_error(message)
            return None

        def failed(message):
            self.task_status.done(tr("Failed: {message}").format(message=message))
            if on_error is not None:
                on_error(message)

        def succeeded(results):
            self.task_status.done(tr("Done: {name}").format(name=task.description()))
            on_success(results)

        task = run_algorithm(alg_id, known_parameters(alg_id, parameters), description=description,
                             on_success=succeeded, on_error=failed, iface=self.iface,
                             on_cancel=lambda: self.task_status.done(tr("Cancelled.")))
        self.task_status.attach(task)
        self.tasks.append(task)
        return task

    def busy(self):
        return self.task_status.busy()

    def next_button(self):
        from .steps import WORKFLOW_STEPS

        keys = [s.key for s in WORKFLOW_STEPS]
        index = keys.index(self.step.key)
        if index + 1 < len(keys) and self.dock is not None:
            button = QPushButton(tr("Next: {step} ▸").format(step=WORKFLOW_STEPS[index + 1].title()))
            button.clicked.connect(lambda: self.dock.open_step(WORKFLOW_STEPS[index + 1]))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            self.body.addLayout(row)


# =====================================================================================================
class SheetsPanel(BaseStepPanel):
    """1. Partners and sheets: files, import, rejected rows, name resolution, baseline database."""

    COLUMNS = ("file", "partner", "country", "result", "columns")
    EDITABLE = ("partner", "country", "columns")
    REJ_ROW, REJ_REASON, REJ_NAME, REJ_RESOLVE = range(4)

    def build(self):
        files_box = QGroupBox(tr("Partner sheets"))
        layout = QVBoxLayout(files_box)
        hint = QLabel(tr("Drop sheets here or add them; set the partner and country of each file."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.files_table = DropTable()
        self.files_table.setObjectName("files_table")
        self.files_table.setColumnCount(len(self.COLUMNS))
        self.files_table.setHorizontalHeaderLabels([tr("File"), tr("Partner"), tr("Country"), tr("Result"),
                                                    tr("Columns")])
        self.files_table.setTextElideMode(Qt.ElideMiddle)
        self.files_table.horizontalHeaderItem(4).setToolTip(tr(
            "Only for sheets whose headers were not recognised: the column of each role, "
            "e.g. species=B; date=Дата; lat=Ш; lon=Д"))
        self.files_table.verticalHeader().setVisible(False)
        self.files_table.setMinimumHeight(130)
        self.files_table.setItemDelegateForColumn(2, CountryDelegate(self.files_table))
        self.files_table.horizontalHeaderItem(1).setToolTip(tr("Partner or institution (institutionCode of the "
                                                               "records): double-click to type it"))
        self.files_table.filesDropped.connect(self.add_files)
        self.files_table.itemChanged.connect(lambda _item: self.save_files())
        self.files_table.itemSelectionChanged.connect(self.show_rejected)
        layout.addWidget(self.files_table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add files…"))
        self.add_button.clicked.connect(self.pick_files)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(tr("Import sheets"))
        self.import_button.setObjectName("import_button")
        self.import_button.setStyleSheet("font-weight: bold;")
        self.import_button.clicked.connect(self.import_all)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.body.addWidget(files_box)

        database_box = QGroupBox(tr("Baseline database"))
        form = QFormLayout(database_box)
        self.gpkg_radio = QRadioButton(tr("GeoPackage"))
        self.postgis_radio = QRadioButton(tr("PostGIS"))
        group = QButtonGroup(self)
        group.addButton(self.gpkg_radio)
        group.addButton(self.postgis_radio)
        radios = QHBoxLayout()
        radios.addWidget(self.gpkg_radio)
        radios.addWidget(self.postgis_radio)
        radios.addStretch(1)
        form.addRow(tr("Kind"), radios)
        self.gpkg_file = QgsFileWidget()
        self.gpkg_file.setStorageMode(QgsFileWidget.SaveFile)
        self.gpkg_file.setFilter("GeoPackage (*.gpkg)")
        form.addRow(tr("File"), self.gpkg_file)
        self.postgis_combo = QComboBox()
        self.postgis_combo.addItems(state.postgis_connections())
        form.addRow(tr("Connection"), self.postgis_combo)
        self.load_check = QCheckBox(tr("Load imported sheets into the baseline database"))
        form.addRow(self.load_check)
        self.checklist_file = QgsFileWidget()
        self.checklist_file.setFilter("CSV (*.csv)")
        self.checklist_file.setToolTip(tr("Your own checklist with the columns of the corridor checklist "
                                          "(optional): used for names, dispersal presets and the report."))
        form.addRow(tr("Extra checklist"), self.checklist_file)
        self.remember(self.checklist_file, "checklist")
        self.body.addWidget(database_box)
        self.gpkg_radio.setChecked(True)
        self.remember(self.postgis_radio, "use_postgis")
        self.remember(self.gpkg_file, "gpkg")
        self.remember(self.postgis_combo, "postgis")
        self.remember(self.load_check, "load")
        self.gpkg_radio.setChecked(not self.postgis_radio.isChecked())
        self.postgis_radio.toggled.connect(self.update_database_widgets)
        self.update_database_widgets()

        rejected_box = QGroupBox(tr("Rejected rows of the selected file"))
        layout = QVBoxLayout(rejected_box)
        self.rejected_table = QTableWidget()
        self.rejected_table.setObjectName("rejected_table")
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.setMinimumHeight(150)
        self.rejected_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        layout.addWidget(self.rejected_table)
        hint = QLabel(tr("Unknown names: pick the right species (or type it) and save; the next import uses "
                         "your choices."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setStyleSheet("color: #616161;")
        layout.addWidget(self.mapping_label)
        row = QHBoxLayout()
        self.save_mapping_button = QPushButton(tr("Save names"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.reimport_button = QPushButton(tr("Save and re-import"))
        self.reimport_button.clicked.connect(lambda: (self.save_mapping(), self.import_all()))
        row.addStretch(1)
        row.addWidget(self.save_mapping_button)
        row.addWidget(self.reimport_button)
        layout.addLayout(row)
        self.body.addWidget(rejected_box)
        self.build_submissions()
        self.next_button()
        self.load_files()
        self.update_mapping_label()

    # -- submission timeline (corridor:submissionstatus) ------------------------------------------------------
    def build_submissions(self):
        box = QGroupBox(tr("Submissions by partner"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.expected_file = QgsFileWidget()
        self.expected_file.setFilter("CSV (*.csv);;All files (*)")
        self.expected_file.setToolTip(tr("Expected submissions (partner, country, period, due_date); empty: the "
                                         "table of the baseline database"))
        form.addRow(tr("Expected"), self.expected_file)
        self.remember(self.expected_file, "expected")
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.status_button = QPushButton(tr("Check submissions"))
        self.status_button.clicked.connect(self.check_submissions)
        row.addWidget(self.status_button)
        layout.addLayout(row)
        self.status_chart = BarChart(tr("Periods per partner"), palette=STATUS_PALETTE)
        self.status_chart.empty_text = tr("Check the submissions of the baseline database")
        layout.addWidget(self.status_chart)
        self.status_table = QTableWidget()
        self.status_table.verticalHeader().setVisible(False)
        self.status_table.setMinimumHeight(110)
        self.status_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        layout.addWidget(self.status_table)
        self.body.addWidget(box)
        self.show_submissions()

    def check_submissions(self):
        database = self.database()
        if not database and not self.expected_file.filePath():
            self.task_status.done(tr("Choose the baseline database first."))
            return
        parameters = {"DATABASE": database, "OUTPUT": str(state.work_dir() / "submission_status.gpkg"),
                      "OUTPUT_HTML": str(state.work_dir() / "submission_status.html")}
        if self.expected_file.filePath():
            parameters["EXPECTED"] = self.expected_file.filePath()
        self.run("corridor:submissionstatus", parameters,
                 lambda results: (state.set_output("submission_status", results.get("OUTPUT", "")),
                                  self.show_submissions()))

    def show_submissions(self):
        layer = vector(state.output("submission_status"), "status")
        if layer is None:
            self.status_chart.set_data([], [])
            fill_table(self.status_table, [tr("Partner"), tr("Period"), tr("Status"), tr("Records")], [])
            return
        rows = report_core.read_rows(layer, ("partner", "period", "status", "records", "due_date"))
        rows.sort(key=lambda r: (str(r["partner"]), str(r["period"])))
        labels = {"received": tr("received"), "late": tr("late"), "missing": tr("missing"),
                  "pending": tr("pending"), "unscheduled": tr("unscheduled")}
        fill_table(self.status_table, [tr("Partner"), tr("Period"), tr("Status"), tr("Records")],
                   [[r["partner"], r["period"], labels.get(str(r["status"]), r["status"]),
                     report_core.fmt(r["records"])] for r in rows])
        partners = sorted({str(r["partner"]) for r in rows})
        order = ("received", "late", "missing", "pending", "unscheduled")
        series = [(labels[status], [sum(1 for r in rows if str(r["partner"]) == p and r["status"] == status)
                                    for p in partners]) for status in order]
        colours = [STATUS_PALETTE[i] for i, (_, counts) in enumerate(series) if sum(counts)]
        self.status_chart.palette_colours = colours or STATUS_PALETTE
        self.status_chart.set_data(partners, [(name, counts) for name, counts in series if sum(counts)])

    # -- database -------------------------------------------------------------------------------------
    def update_database_widgets(self):
        postgis = self.postgis_radio.isChecked()
        self.gpkg_file.setEnabled(not postgis)
        self.postgis_combo.setEnabled(postgis)

    def database(self):
        if self.postgis_radio.isChecked():
            return self.postgis_combo.currentText()
        return self.gpkg_file.filePath()

    # -- files ------------------------------------------------------------------------------------------
    def pick_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Partner sheets"), state.read("sheets/folder", ""),
                                                SHEET_FILTER)
        if paths:
            state.write("sheets/folder", str(Path(paths[0]).parent))
            self.add_files(paths)

    def rows(self):
        return state.read_json("sheets/files", []) or []

    def add_files(self, paths):
        rows = self.rows()
        known = {row["file"] for row in rows}
        for path in paths:
            if Path(path).is_file() and path not in known:
                rows.append({"file": path, "partner": "", "country": guess_country(path),
                             "status": tr("not imported"), "accepted": "", "rejected": "", "output": "",
                             "rejected_output": "", "columns": ""})
                known.add(path)
        state.write_json("sheets/files", rows)
        self.load_files()

    def remove_selected(self):
        selected = {index.row() for index in self.files_table.selectedIndexes()}
        rows = [row for i, row in enumerate(self.rows()) if i not in selected]
        state.write_json("sheets/files", rows)
        self.load_files()

    def load_files(self):
        self.files_table.blockSignals(True)
        rows = self.rows()
        self.files_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(self.COLUMNS):
                if key == "file":
                    value = Path(row[key]).name
                elif key == "result":
                    value = row.get("status", "")
                    if row.get("accepted", "") != "":
                        value = tr("{accepted} ✔ · {rejected} ✖").format(accepted=row["accepted"],
                                                                       rejected=row["rejected"])
                else:
                    value = str(row.get(key, ""))
                item = QTableWidgetItem(value)
                item.setToolTip(row[key] if key == "file" else row.get("status", "") if key == "result" else value)
                if key not in self.EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                elif key == "country":
                    item.setToolTip(tr("Double-click to choose the partner's country"))
                self.files_table.setItem(r, c, item)
        self.files_table.resizeColumnsToContents()
        for column, width in ((0, 150), (1, 90), (3, 110)):
            self.files_table.setColumnWidth(column, min(self.files_table.columnWidth(column), width))
        self.files_table.horizontalHeader().setStretchLastSection(True)
        self.files_table.blockSignals(False)

    def save_files(self):
        rows = self.rows()
        for r, row in enumerate(rows):
            partner = self.files_table.item(r, 1)
            country = self.files_table.item(r, 2)
            columns = self.files_table.item(r, 4)
            if columns is not None:
                row["columns"] = columns.text().strip()
            if partner is not None:
                row["partner"] = partner.text()
            if country is not None and country.text().upper() in COUNTRIES:
                row["country"] = country.text().upper()
        state.write_json("sheets/files", rows)

    # -- import -------------------------------------------------------------------------------------------
    def mapping_path(self):
        return state.work_dir() / "name_mapping.csv"

    def names_file(self):
        """The importer's CHECKLIST: the user's extra checklist, the saved name mapping, or both combined."""
        extra = self.checklist_file.filePath()
        mapping = self.mapping_path() if self.mapping_path().exists() else None
        if not (extra and mapping):
            return extra or (str(mapping) if mapping else "")
        return str(combine_checklist(extra, read_mapping(mapping), state.work_dir() / "checklist_with_names.csv"))

    def import_all(self):
        self.save_files()
        pending = list(range(len(self.rows())))
        if not pending:
            self.task_status.done(tr("Add partner sheets first."))
            return
        self._import_next(pending, [])

    def _import_next(self, pending, outputs):
        if not pending:
            self.merge_occurrences(outputs)
            return
        index = pending.pop(0)
        row = self.rows()[index]
        folder = state.work_dir() / "sheets"
        folder.mkdir(exist_ok=True)
        stem = f"{index + 1:02d}_{Path(row['file']).stem}"
        parameters = {"INPUT": [row["file"]], "COUNTRY": row["country"], "PARTNER": row["partner"],
                      "OUTPUT": str(folder / f"{stem}_occurrences.gpkg"),
                      "REJECTED": str(folder / f"{stem}_rejected.gpkg")}
        if row.get("columns"):
            parameters["MAPPING"] = row["columns"]  # column roles overriding header detection
        names = self.names_file()
        if names:
            parameters["CHECKLIST"] = names
        if self.load_check.isChecked() and self.database():
            parameters["DATABASE"] = self.database()

        def done(results):
            self.record_import(index, results)
            if results.get("OUTPUT"):
                outputs.append(results["OUTPUT"])
            self._import_next(pending, outputs)

        def failed(message):
            self.set_row(index, status=tr("failed: {message}").format(message=message))
            self._import_next(pending, outputs)

        self.set_row(index, status=tr("importing…"))
        self.run("corridor:importsheets", parameters, done, on_error=failed,
                 description=tr("Import {file}").format(file=Path(row["file"]).name))

    def set_row(self, index, **values):
        rows = self.rows()
        rows[index].update(values)
        state.write_json("sheets/files", rows)
        self.load_files()

    def record_import(self, index, results):
        accepted = vector(results.get("OUTPUT"), "occurrences")
        rejected = vector(results.get("REJECTED"), "rejected")
        n_ok = accepted.featureCount() if accepted else 0
        n_bad = rejected.featureCount() if rejected else 0
        self.set_row(index, status=tr("imported") if not n_bad else tr("imported, check rejected rows"),
                     accepted=n_ok, rejected=n_bad, output=results.get("OUTPUT", ""),
                     rejected_output=results.get("REJECTED", ""))
        self.files_table.selectRow(index)

    def merge_occurrences(self, outputs):
        if not outputs:
            return
        if len(outputs) == 1:
            state.set_output("occurrences", outputs[0])
            self.dock_changed()
            return
        target = str(state.work_dir() / "occurrences.gpkg")

        def merged(results):
            state.set_output("occurrences", results["OUTPUT"])
            self.dock_changed()

        self.run("native:mergevectorlayers", {"LAYERS": outputs, "CRS": "EPSG:4326", "OUTPUT": target}, merged,
                 description=tr("Merge the imported occurrences"))

    def dock_changed(self):
        if self.dock is not None:
            self.dock.update_status()

    # -- rejected rows and name resolution ---------------------------------------------------------------------
    def show_rejected(self):
        rows = self.rows()
        selected = sorted({index.row() for index in self.files_table.selectedIndexes()})
        self.rejected_rows = []
        if selected and selected[0] < len(rows):
            layer = vector(rows[selected[0]].get("rejected_output"), "rejected")
            if layer is not None:
                self.rejected_rows = rejected_rows(layer)
        headers = [tr("Row"), tr("Problem"), tr("Name as written"), tr("Resolve as")]
        table = self.rejected_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.rejected_rows))
        table.setWordWrap(False)
        table.setTextElideMode(Qt.ElideRight)
        for r, row in enumerate(self.rejected_rows):
            table.setItem(r, self.REJ_ROW, QTableWidgetItem(str(row["row"])))
            reason = QTableWidgetItem(row["reason"])
            reason.setToolTip("{}\n{}".format(row["reason"], json.dumps(row["cells"], ensure_ascii=False)))
            table.setItem(r, self.REJ_REASON, reason)
            table.setItem(r, self.REJ_NAME, QTableWidgetItem(row["verbatim"]))
            if row["suggestions"] or row["is_name"]:
                combo = QComboBox()
                combo.setEditable(True)
                combo.addItem("")
                combo.addItems(row["suggestions"])
                combo.lineEdit().setPlaceholderText(tr("accepted name"))
                combo.setToolTip(tr("Ranked suggestions from the checklist; or type the accepted name."))
                table.setCellWidget(r, self.REJ_RESOLVE, combo)
        table.resizeColumnsToContents()
        for column, width in ((self.REJ_REASON, 130), (self.REJ_NAME, 120)):
            table.setColumnWidth(column, min(table.columnWidth(column), width))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()

    def choices(self):
        """{verbatim name: chosen scientific name} from the rejected-rows table."""
        chosen = {}
        for r, _row in enumerate(getattr(self, "rejected_rows", [])):
            combo = self.rejected_table.cellWidget(r, self.REJ_RESOLVE)
            verbatim = self.rejected_table.item(r, self.REJ_NAME).text().strip()
            if combo is not None and combo.currentText().strip() and verbatim:
                chosen[verbatim] = combo.currentText().strip()
        return chosen

    def save_mapping(self):
        chosen = self.choices()
        if not chosen:
            self.task_status.done(tr("Pick a name for at least one rejected row first."))
            return 0
        saved = write_mapping(self.mapping_path(), chosen)
        self.update_mapping_label()
        self.task_status.done(tr("{count} names saved to your mapping.").format(count=len(chosen)))
        return saved

    def update_mapping_label(self):
        path = self.mapping_path()
        count = len(read_mapping(path)) if path.exists() else 0
        self.mapping_label.setText(tr("Your name mapping: {count} names ({file})").format(count=count, file=path.name))
        self.mapping_label.setToolTip(str(path))


def guess_country(path):
    name = Path(path).name.upper()
    for code, words in {"CHN": ("CHN", "CHINA", "CN_"), "MNG": ("MNG", "MONGOL", "MN_"),
                        "RUS": ("RUS", "RUSSIA", "RU_"), "KAZ": ("KAZ", "KAZAKH", "KZ_")}.items():
        if any(word in name for word in words):
            return code
    return "MNG"


def rejected_rows(layer):
    """Rows of a REJECTED table (``core.schema.REJECTED_FIELDS``) with the name as written guessed from
    the original cells: the cell closest to the suggestions, else the first text cell."""
    rows = []
    names = [f.name() for f in layer.fields()]
    for feature in layer.getFeatures(QgsFeatureRequest()):
        get = {name: feature[name] for name in names}
        try:
            cells = json.loads(get.get("cells") or "{}")
        except (TypeError, ValueError):
            cells = {}
        suggestions = [s.strip() for s in str(get.get("suggestions") or "").split(";") if s.strip()]
        code = str(get.get("reasonCode") or "")
        is_name = "NAME" in code.upper() or "TAXON" in code.upper()
        texts = [str(v) for v in cells.values() if isinstance(v, str) and v.strip()
                 and not v.replace(".", "").replace(",", "").strip().isdigit()]
        verbatim = ""
        if suggestions and texts:
            verbatim = max(texts, key=lambda t: max(difflib.SequenceMatcher(None, t.lower(), s.lower()).ratio()
                                                    for s in suggestions))
        elif is_name and texts:
            verbatim = texts[0]
        rows.append({"row": get.get("sourceRow"), "reason": str(get.get("reason") or code), "code": code,
                     "cells": cells, "suggestions": suggestions, "verbatim": verbatim,
                     "is_name": is_name or bool(suggestions)})
    return rows


def combine_checklist(checklist, mapping, target):
    """The checklist plus one row per chosen name (accepted name, the name as written as a synonym):
    the importer merges such rows into the taxon of the same accepted name."""
    with open(checklist, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    name_column = next((c for c in ("scientific_name_accepted", "scientificName") if c in fields), None)
    if name_column is None:
        raise ValueError(tr("{path} is not a checklist (no scientific_name_accepted column).").format(path=checklist))
    if "synonyms" not in fields:
        fields.append("synonyms")
    for verbatim, name in sorted(mapping.items()):
        rows.append({name_column: name, "synonyms": verbatim})
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return target


def read_mapping(path):
    """The user mapping file the importer reads (``MAPPING``): CSV ``verbatim,scientificName``."""
    mapping = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("verbatim") and row.get("scientificName"):
                mapping[row["verbatim"]] = row["scientificName"]
    return mapping


def write_mapping(path, chosen):
    mapping = read_mapping(path) if Path(path).exists() else {}
    mapping.update(chosen)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["verbatim", "scientificName"])
        for verbatim, name in sorted(mapping.items()):
            writer.writerow([verbatim, name])
    return len(mapping)


# =====================================================================================================
class ProtectedAreasPanel(BaseStepPanel):
    """2. Protected areas: a layer or WDPA files, cleaning switches with counts, the occurrence overlay."""

    def build(self):
        source_box = QGroupBox(tr("Protected areas"))
        form = QFormLayout(source_box)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer | QgsMapLayerProxyModel.PointLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        form.addRow(tr("Layer in the project"), self.layer_combo)
        self.files = QgsFileWidget()
        self.files.setStorageMode(QgsFileWidget.GetMultipleFiles)
        self.files.setFilter("WDPA (*.shp *.gpkg *.gdb *.geojson);;All files (*)")
        form.addRow(tr("or WDPA files"), self.files)
        self.region_combo = QgsMapLayerComboBox()
        self.region_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.region_combo.setAllowEmptyLayer(True)
        self.region_combo.setLayer(None)  # optional: empty unless the user picks one
        form.addRow(tr("Clip to region"), self.region_combo)
        self.remember(self.layer_combo, "layer")
        self.remember(self.files, "files")
        self.remember(self.region_combo, "region")
        self.body.addWidget(source_box)

        # A national layer (not WDPA) says which of its fields hold the name, country, category...
        mapping_box = QgsCollapsibleGroupBox(tr("National layer: fields"))
        mapping_box.setStyleSheet("QgsCollapsibleGroupBox::title { subcontrol-origin: margin; "
                                  "subcontrol-position: top left; padding-left: 18px; }")
        form = QFormLayout(mapping_box)
        self.field_combos = {}
        for parameter, label in (("NAME_FIELD", tr("Name")), ("COUNTRY_FIELD", tr("Country (ISO3)")),
                                 ("DESIGNATION_FIELD", tr("Designation")), ("IUCN_FIELD", tr("IUCN category")),
                                 ("YEAR_FIELD", tr("Status year"))):
            combo = QgsFieldComboBox()
            combo.setAllowEmptyFieldName(True)
            combo.setLayer(self.layer_combo.currentLayer())
            self.layer_combo.layerChanged.connect(combo.setLayer)
            form.addRow(label, combo)
            self.field_combos[parameter] = combo
            saved = state.read(f"{self.step.key}/{parameter}", "")
            if saved:
                combo.setField(saved)
            combo.fieldChanged.connect(lambda name, key=parameter: state.write(f"{self.step.key}/{key}", name))
        mapping_box.setCollapsed(not any(c.currentField() for c in self.field_combos.values()))
        self.body.addWidget(mapping_box)

        self.options_box = QGroupBox(tr("Cleaning"))
        self.option_widgets = {}
        options = QVBoxLayout(self.options_box)
        alg = algorithm("corridor:preparepas")
        if alg is None:
            options.addWidget(QLabel(tr("{alg_id} is not installed in this version of Corridor.").format(
                alg_id="corridor:preparepas")))
        else:
            # One switch per boolean parameter of the algorithm: the dock follows the algorithm.
            for definition in alg.parameterDefinitions():
                if definition.type() == "boolean":
                    check = QCheckBox(definition.description())
                    check.setChecked(bool(definition.defaultValue()))
                    self.remember(check, "option_" + definition.name())
                    self.option_widgets[definition.name()] = check
                    options.addWidget(check)
        self.body.addWidget(self.options_box)
        buttons = QHBoxLayout()
        self.prepare_button = QPushButton(tr("Prepare areas"))
        self.prepare_button.setStyleSheet("font-weight: bold;")
        self.prepare_button.clicked.connect(self.prepare)
        self.overlay_button = QPushButton(tr("Overlay records"))
        self.overlay_button.clicked.connect(self.overlay)
        buttons.addStretch(1)
        buttons.addWidget(self.prepare_button)
        buttons.addWidget(self.overlay_button)
        self.body.addLayout(buttons)
        report_box = QGroupBox(tr("What each cleaning step removed"))
        layout = QVBoxLayout(report_box)
        self.report_table = QTableWidget()
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.setMinimumHeight(120)
        layout.addWidget(self.report_table)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.body.addWidget(report_box)
        self.next_button()
        self.show_report()

    def inputs(self):
        layer = self.layer_combo.currentLayer()
        files = QgsFileWidget.splitFilePaths(self.files.filePath()) if self.files.filePath() else []
        return ([layer.source()] if layer is not None else []) + files

    def prepare(self):
        inputs = self.inputs()
        if not inputs:
            self.task_status.done(tr("Pick a protected-area layer or WDPA files first."))
            return
        work = state.work_dir()
        parameters = {"INPUT": inputs, "OUTPUT": str(work / "protected_areas.gpkg"),
                      "REPORT": str(work / "pa_cleaning.gpkg")}
        region = self.region_combo.currentLayer()
        if region is not None:
            parameters["REGION"] = region.source()
        parameters.update({name: check.isChecked() for name, check in self.option_widgets.items()})
        parameters.update({name: combo.currentField() for name, combo in self.field_combos.items()
                           if combo.currentField()})

        def done(results):
            state.set_output("protected_areas", results.get("OUTPUT", ""))
            state.set_output("pa_cleaning", results.get("REPORT", ""))
            self.show_report()

        self.run("corridor:preparepas", parameters, done)

    def overlay(self):
        occurrences = state.output("occurrences")
        areas = state.output("protected_areas") or (self.inputs() or [""])[0]
        if not occurrences or not areas:
            self.task_status.done(tr("Import sheets (step 1) and prepare protected areas first."))
            return
        work = state.work_dir()
        parameters = {"OCCURRENCES": occurrences, "PROTECTED_AREAS": areas,
                      "OUTPUT_AREAS": str(work / "pa_overlay.gpkg"),
                      "OUTPUT_SPECIES_AREAS": str(work / "pa_species_areas.gpkg"),
                      "OUTPUT_SPECIES": str(work / "pa_species.gpkg"),
                      "OUTPUT_OCCURRENCES": str(work / "occurrences_in_pas.gpkg")}
        self.run("corridor:overlay", parameters,
                 lambda results: (state.set_output("pa_overlay", results.get("OUTPUT_AREAS", "")),
                                  self.show_report()))

    def show_report(self):
        layer = vector(state.output("pa_cleaning"), "report")
        self.removed = {}
        if layer is not None and layer.fields().indexOf("step") >= 0:
            # corridor:preparepas lists each site a step removed or changed: count them per step and action.
            action = layer.fields().indexOf("action") >= 0
            for feature in layer.getFeatures():
                key = (str(feature["step"]), str(feature["action"]) if action else "")
                self.removed[key] = self.removed.get(key, 0) + 1
            fill_table(self.report_table, [tr("Step"), tr("Action"), tr("Sites")],
                       [[step, what, count] for (step, what), count in sorted(self.removed.items())])
        elif layer is not None:
            names = [f.name() for f in layer.fields() if f.name() != "fid"]
            fill_table(self.report_table, names, [[f[n] for n in names] for f in layer.getFeatures()])
        else:
            fill_table(self.report_table, [tr("Step"), tr("Action"), tr("Sites")], [])
        areas = vector(state.output("protected_areas"), "areas")
        overlay = vector(state.output("pa_overlay"), "overlay")
        parts = []
        if areas is not None:
            parts.append(tr("{count} clean protected areas.").format(count=areas.featureCount()))
            if not self.removed:
                parts.append(tr("No site was removed or changed."))
        if overlay is not None:
            parts.append(tr("Overlay done: {count} areas with per-area figures.").format(count=overlay.featureCount()))
        self.summary_label.setText(" ".join(parts) or tr("Not prepared yet."))


# =====================================================================================================
class AnalysesPanel(BaseStepPanel):
    """3. Analyses: region, gap analysis, connectivity with dispersal presets, barriers, corridors."""

    def build(self):
        region_box = QGroupBox(tr("Region"))
        layout = QVBoxLayout(region_box)
        countries = QHBoxLayout()
        self.country_checks = {}
        for code in COUNTRIES:
            check = QCheckBox(code)
            check.setChecked(code in ("CHN", "MNG", "RUS"))
            self.remember(check, "country_" + code)
            self.country_checks[code] = check
            countries.addWidget(check)
        countries.addStretch(1)
        layout.addLayout(countries)
        form = QFormLayout()
        self.area_combo = QgsMapLayerComboBox()
        self.area_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.area_combo.setAllowEmptyLayer(True)
        self.area_combo.setLayer(None)  # optional: empty unless the user picks one
        self.remember(self.area_combo, "study_area")
        form.addRow(tr("or a drawn study area"), self.area_combo)
        layout.addLayout(form)
        self.body.addWidget(region_box)

        gap_box = QGroupBox(tr("Gap analysis"))
        gap_box.setCheckable(True)
        form = QFormLayout(gap_box)
        self.gap_box = gap_box
        self.resolution = QDoubleSpinBox()
        self.resolution.setRange(0.5, 200)
        self.resolution.setValue(10)
        self.resolution.setSuffix(" km")
        form.addRow(tr("Range cell size"), self.resolution)
        self.grid_size = QDoubleSpinBox()
        self.grid_size.setRange(1, 500)
        self.grid_size.setValue(50)
        self.grid_size.setSuffix(" km")
        form.addRow(tr("Gap grid cell size"), self.grid_size)
        self.remember(self.resolution, "resolution")
        self.remember(self.grid_size, "grid_size")
        self.body.addWidget(gap_box)

        connectivity_box = QGroupBox(tr("Connectivity"))
        connectivity_box.setCheckable(True)
        self.connectivity_box = connectivity_box
        form = QFormLayout(connectivity_box)
        self.group_combo = QComboBox()
        self.group_combo.addItem(tr("Custom distances"), "")
        self.presets = dispersal_presets(state.read("sheets/checklist", "") or None)
        for group, values in self.presets.items():
            self.group_combo.addItem(tr("{group} ({count} species with a published distance)").format(
                group=group, count=len(values)), group)
        self.group_combo.currentIndexChanged.connect(self.apply_preset)
        form.addRow(tr("Dispersal preset"), self.group_combo)
        self.distances = QLineEdit("10, 50")
        self.distances.setToolTip(tr("Median dispersal distances d50 in km, comma-separated."))
        form.addRow(tr("d50 (km)"), self.distances)
        self.probability = QDoubleSpinBox()
        self.probability.setRange(0.01, 0.99)
        self.probability.setSingleStep(0.05)
        self.probability.setValue(0.5)
        form.addRow(tr("Probability at d50"), self.probability)
        self.transboundary = QDoubleSpinBox()
        self.transboundary.setRange(0, 1000)
        self.transboundary.setValue(50)
        self.transboundary.setSuffix(" km")
        form.addRow(tr("Transboundary buffer"), self.transboundary)
        self.barriers = QgsMapLayerComboBox()
        self.barriers.setFilters(QgsMapLayerProxyModel.LineLayer)
        self.barriers.setAllowEmptyLayer(True)
        self.barriers.setLayer(None)  # optional: empty unless the user picks one
        form.addRow(tr("Barriers (fences, railways)"), self.barriers)
        self.permeability = QDoubleSpinBox()
        self.permeability.setRange(0, 1)
        self.permeability.setSingleStep(0.1)
        self.permeability.setValue(0.1)
        form.addRow(tr("Barrier permeability"), self.permeability)
        for widget, key in ((self.group_combo, "preset"), (self.distances, "distances"),
                            (self.probability, "probability"), (self.transboundary, "transboundary"),
                            (self.barriers, "barriers"), (self.permeability, "permeability")):
            self.remember(widget, key)
        self.body.addWidget(connectivity_box)

        corridor_box = QGroupBox(tr("Corridors"))
        corridor_box.setCheckable(True)
        corridor_box.setChecked(False)
        self.corridor_box = corridor_box
        form = QFormLayout(corridor_box)
        self.resistance = QgsMapLayerComboBox()
        self.resistance.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.resistance.setAllowEmptyLayer(True)
        self.resistance.setLayer(None)  # optional: empty unless the user picks one
        form.addRow(tr("Resistance raster"), self.resistance)
        self.width = QDoubleSpinBox()
        self.width.setRange(1, 1000)
        self.width.setValue(10)
        self.width.setSuffix(" %")
        form.addRow(tr("Corridor width (above least cost)"), self.width)
        self.transboundary_only = QCheckBox(tr("Transboundary links only"))
        self.transboundary_only.setChecked(True)
        form.addRow(self.transboundary_only)
        self.circuit = QCheckBox(tr("Pinch points (circuit theory)"))
        form.addRow(self.circuit)
        self.remember(self.resistance, "resistance")
        self.remember(self.width, "width")
        self.remember(self.transboundary_only, "transboundary_only")
        self.remember(self.circuit, "circuit")
        self.body.addWidget(corridor_box)
        for box, key in ((gap_box, "run_gap"), (connectivity_box, "run_connectivity"),
                         (corridor_box, "run_corridors")):
            saved = state.read(f"{self.step.key}/{key}", None)
            if saved is not None:
                box.setChecked(saved == "1")
            box.toggled.connect(lambda value, k=key: state.write(f"{self.step.key}/{k}", "1" if value else "0"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.run_button = QPushButton(tr("Run analyses"))
        self.run_button.setObjectName("run_analyses")
        self.run_button.setStyleSheet("font-weight: bold;")
        self.run_button.clicked.connect(self.run_all)
        buttons.addWidget(self.run_button)
        self.body.addLayout(buttons)
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.body.addWidget(self.log_label)
        self.next_button()

    def apply_preset(self):
        group = self.group_combo.currentData()
        if group:
            self.distances.setText(", ".join(f"{v:g}" for v in preset_distances(self.presets[group])))

    def distances_m(self):
        values = []
        for part in self.distances.text().replace(";", ",").split(","):
            try:
                values.append(float(part.strip()) * 1000)
            except ValueError:
                continue
        return ",".join(f"{v:g}" for v in values if v > 0)

    # -- the chain: region → gap analysis → connectivity → corridors ----------------------------------------
    def run_all(self):
        self.messages = []
        steps = ["region"]
        if self.gap_box.isChecked():
            steps.append("gap")
        if self.connectivity_box.isChecked():
            steps.append("connectivity")
        if self.corridor_box.isChecked():
            steps.append("corridors")
        self._next(steps)

    def note(self, text):
        self.messages.append(text)
        self.log_label.setText("\n".join(self.messages))

    def _next(self, steps):
        if not steps:
            self.note(tr("Analyses finished."))
            if self.dock is not None:
                self.dock.update_status()
            return
        step = steps.pop(0)
        getattr(self, "run_" + step)(lambda: self._next(steps))

    def run_region(self, then):
        area = self.area_combo.currentLayer()
        if area is not None:
            state.set_output("regions", area.source())
            then()
            return
        codes = ",".join(code for code, check in self.country_checks.items() if check.isChecked())
        self.run("corridor:countryborders", {"COUNTRIES": codes or ",".join(COUNTRIES), "SCALE": 0,
                                             "OUTPUT": str(state.work_dir() / "regions.gpkg")},
                 lambda results: (state.set_output("regions", results["OUTPUT"]), then()),
                 on_error=lambda message: self.note(message))

    def run_gap(self, then):
        occurrences, areas = state.output("occurrences"), state.output("protected_areas")
        if not occurrences or not areas:
            self.note(tr("Gap analysis skipped: import sheets and prepare protected areas first."))
            then()
            return
        work = state.work_dir()
        parameters = {"OCCURRENCES": occurrences, "PROTECTED_AREAS": areas,
                      "RESOLUTION": self.resolution.value() * 1000, "GRID_SIZE": self.grid_size.value() * 1000,
                      "OUTPUT_SPECIES": str(work / "gap_species.gpkg"), "OUTPUT_GRID": str(work / "gap_grid.gpkg"),
                      "OUTPUT_SURVEY": str(work / "survey.gpkg")}

        def done(results):
            for key, out in (("gap_species", "OUTPUT_SPECIES"), ("gap_grid", "OUTPUT_GRID"),
                             ("survey", "OUTPUT_SURVEY")):
                state.set_output(key, results.get(out, ""))
            self.note(tr("Gap analysis done."))
            then()

        self.run("corridor:gapanalysis", parameters, done, on_error=lambda m: (self.note(m), then()))

    def run_connectivity(self, then):
        areas = state.output("protected_areas")
        if not areas:
            self.note(tr("Connectivity skipped: prepare protected areas first."))
            then()
            return
        work = state.work_dir()
        parameters = {"INPUT": areas, "REGIONS": state.output("regions"), "REGION_FIELD": "adm0_a3",
                      "DISTANCES": self.distances_m(), "PROBABILITY": self.probability.value(),
                      "TRANSBOUNDARY": self.transboundary.value() * 1000, "PERMEABILITY": self.permeability.value(),
                      "OUTPUT_SUMMARY": str(work / "connectivity_summary.gpkg"),
                      "OUTPUT_NODES": str(work / "connectivity_nodes.gpkg"),
                      "OUTPUT_LINKS": str(work / "connectivity_links.gpkg"),
                      "OUTPUT_CLUSTERS": str(work / "connectivity_clusters.gpkg")}
        if self.area_combo.currentLayer() is not None:
            parameters.pop("REGION_FIELD")
        if self.barriers.currentLayer() is not None:
            parameters["BARRIERS"] = self.barriers.currentLayer().source()

        def done(results):
            for key, out in (("connectivity_summary", "OUTPUT_SUMMARY"), ("connectivity_nodes", "OUTPUT_NODES"),
                             ("connectivity_links", "OUTPUT_LINKS")):
                state.set_output(key, results.get(out, ""))
            self.note(tr("Connectivity done."))
            then()

        self.run("corridor:connectivity", parameters, done, on_error=lambda m: (self.note(m), then()))

    def run_corridors(self, then):
        areas = state.output("protected_areas")
        resistance = self.resistance.currentLayer()
        if not areas or resistance is None:
            self.note(tr("Corridors skipped: they need protected areas and a resistance raster."))
            then()
            return
        work = state.work_dir()
        parameters = {"INPUT": areas, "LINKS": state.output("connectivity_links") or None,
                      "TRANSBOUNDARY_ONLY": self.transboundary_only.isChecked(),
                      "RESISTANCE": resistance.source(), "WIDTH": self.width.value(), "WIDTH_UNIT": 0,
                      "CIRCUIT": self.circuit.isChecked(),
                      "OUTPUT_CORRIDORS": str(work / "corridors.gpkg"),
                      "OUTPUT_PATHS": str(work / "corridor_paths.gpkg"),
                      "OUTPUT_RASTER": str(work / "corridors.tif"), "OUTPUT_TABLE": str(work / "corridor_pairs.gpkg")}
        if self.circuit.isChecked():
            parameters["OUTPUT_PINCH"] = str(work / "pinch_points.tif")
        if self.barriers.currentLayer() is not None:
            parameters["BARRIERS"] = self.barriers.currentLayer().source()
        self.run("corridor:corridors", parameters,
                 lambda results: (state.set_output("corridors", results.get("OUTPUT_CORRIDORS", "")),
                                  self.note(tr("Corridors done.")), then()),
                 on_error=lambda m: (self.note(m), then()))


# =====================================================================================================
RESULT_LAYERS = (  # output key, layer name, style in resources/styles
    ("occurrences", lambda: tr("Occurrences"), "occurrences.qml"),
    ("protected_areas", lambda: tr("Protected areas"), "protected_areas.qml"),
    ("pa_overlay", lambda: tr("Protected areas with records"), "overlay_areas.qml"),
    ("gap_grid", lambda: tr("Gap grid"), "gap_priority.qml"),
    ("survey", lambda: tr("Survey gaps"), "survey_gaps.qml"),
    ("connectivity_nodes", lambda: tr("Connectivity nodes (dPC)"), "connectivity_nodes.qml"),
    ("connectivity_links", lambda: tr("Connectivity links"), "connectivity_links.qml"),
    ("corridors", lambda: tr("Corridors"), "corridor_polygons.qml"),
)
REPORT_KEYS = {"PROTECTED_AREAS": "protected_areas", "OCCURRENCES": "occurrences", "GAP_SPECIES": "gap_species",
               "GAP_GRID": "gap_grid", "CONNECTIVITY_SUMMARY": "connectivity_summary",
               "CONNECTIVITY_NODES": "connectivity_nodes", "CONNECTIVITY_LINKS": "connectivity_links",
               "CORRIDORS": "corridors", "SURVEY": "survey"}


def result_layers():
    """{report input key: layer} of the outputs the workflow produced so far."""
    layers = {}
    for key, output_key in REPORT_KEYS.items():
        layer = vector(state.output(output_key), output_key)
        if layer is not None:
            layers[key] = layer
    return layers


def style_for(output_key, layer):
    """Apply the algorithm's QML style when one is shipped, else the report's print style."""
    for _key, _name, style in (r for r in RESULT_LAYERS if r[0] == output_key):
        if apply_style(layer, style):
            return
    report_key = next((k for k, v in REPORT_KEYS.items() if v == output_key), None)
    if report_key is not None:
        styled = report_core.ReportBuilder({report_key: layer}).styled_layer(report_key)
        if styled is not None:
            layer.setRenderer(styled.renderer().clone())


class ResultsPanel(BaseStepPanel):
    """4. Results: headline cards, charts, and the styled layers added to the map."""

    def build(self):
        cards = QGridLayout()
        self.cards = {"records": Card(tr("records")), "species": Card(tr("species")),
                      "gap_species": Card(tr("gap species")), "areas": Card(tr("protected areas"))}
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 2, i % 2)
        self.body.addLayout(cards)
        self.country_cards_layout = QGridLayout()
        self.body.addLayout(self.country_cards_layout)
        self.country_cards = {}
        self.gap_chart = BarChart(tr("Gap status by IUCN category"))
        self.protconn_chart = BarChart(tr("ProtConn by country (% of the country)"), "%")
        self.dpc_chart = BarChart(tr("Most important areas (dPC)"))
        for chart in (self.gap_chart, self.protconn_chart, self.dpc_chart):
            self.body.addWidget(chart)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.add_layers_button = QPushButton(tr("Add styled layers to the map"))
        self.add_layers_button.setObjectName("add_layers")
        self.add_layers_button.setStyleSheet("font-weight: bold;")
        self.add_layers_button.clicked.connect(self.add_layers)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_layers_button)
        self.body.addLayout(buttons)
        self.next_button()
        self.refresh()

    def refresh(self):
        figures = results_figures(result_layers())
        self.figures = figures
        self.cards["records"].set(figures["records"], figures["records_detail"])
        self.cards["species"].set(figures["species"])
        self.cards["gap_species"].set(figures["gap_species"], figures["gap_detail"])
        self.cards["areas"].set(figures["areas"], figures["areas_detail"])
        for card in self.country_cards.values():
            card.setParent(None)
        self.country_cards = {}
        for i, (region, values) in enumerate(sorted(figures["protconn"].items())):
            caption = tr("ProtConn {region}").format(region=region)
            if figures["protconn_d50_km"] is not None:
                caption = tr("ProtConn {region} (d50 {km:g} km)").format(region=region, km=figures["protconn_d50_km"])
            card = Card(caption, f"{values['protconn']:.1f}%",
                        tr("transboundary share {share:.0f}% · Prot {prot:.1f}%").format(
                            share=values["trans"], prot=values["prot"]))
            self.country_cards[region] = card
            self.country_cards_layout.addWidget(card, i // 2, i % 2)
        categories = figures["gap_by_category"]
        order = [c for c in ("CR", "EN", "VU", "NT", "LC", "DD") if c in categories] + sorted(
            c for c in categories if c not in ("CR", "EN", "VU", "NT", "LC", "DD"))
        self.gap_chart.set_data(order, [(tr("gap"), [categories[c].get("gap", 0) for c in order]),
                                        (tr("partial"), [categories[c].get("partial", 0) for c in order]),
                                        (tr("covered"), [categories[c].get("covered", 0) for c in order])])
        regions = sorted(figures["protconn"])
        self.protconn_chart.set_data(regions, [
            (tr("within"), [figures["protconn"][r]["protconn"] - figures["protconn"][r]["trans_points"]
                            for r in regions]),
            (tr("through foreign areas"), [figures["protconn"][r]["trans_points"] for r in regions])])
        self.dpc_chart.set_data([name for name, _ in figures["dpc"]], [("dPC", [v for _, v in figures["dpc"]])])

    def add_layers(self):
        added = []
        group = QgsProject.instance().layerTreeRoot().findGroup(tr("Corridor results"))
        if group is None:
            group = QgsProject.instance().layerTreeRoot().insertGroup(0, tr("Corridor results"))
        for key, name, _style in RESULT_LAYERS:
            path = state.output(key)
            if not path:
                continue
            existing = [layer for layer in QgsProject.instance().mapLayers().values()
                        if layer.customProperty("corridor/output") == key]
            for layer in existing:
                QgsProject.instance().removeMapLayer(layer.id())
            layer = QgsVectorLayer(path, name(), "ogr")
            if not layer.isValid():
                continue
            style_for(key, layer)
            layer.setCustomProperty("corridor/output", key)
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
            added.append(layer)
        self.task_status.done(tr("{count} layers added to the map.").format(count=len(added)))
        return added


def results_figures(layers):
    """Headline figures from the result layers (report input keys → layers)."""
    figures = {"records": "–", "records_detail": "", "species": "–", "gap_species": "–", "gap_detail": "",
               "areas": "–", "areas_detail": "",
               "protconn_d50_km": None, "protconn": {}, "gap_by_category": {}, "dpc": []}
    occurrences = layers.get("OCCURRENCES")
    if occurrences is not None:
        figures["records"] = f"{occurrences.featureCount():,}"
        name = report_core.find_field(occurrences, "species")
        partner = report_core.find_field(occurrences, "partner")
        if name:
            figures["species"] = str(len({v for v in occurrences.uniqueValues(occurrences.fields().indexOf(name))
                                          if v}))
        if partner:
            partners = {v for v in occurrences.uniqueValues(occurrences.fields().indexOf(partner)) if v}
            figures["records_detail"] = tr("from {count} partners").format(count=len(partners))
    areas = layers.get("PROTECTED_AREAS")
    if areas is not None:
        figures["areas"] = f"{areas.featureCount():,}"
        country = report_core.find_field(areas, "country")
        if country:
            countries = {v for v in areas.uniqueValues(areas.fields().indexOf(country)) if v}
            figures["areas_detail"] = tr("in {count} countries").format(count=len(countries))
    gap = layers.get("GAP_SPECIES")
    if gap is not None:
        rows = report_core.read_rows(gap, ("species", "status", "iucn"))
        statuses = [str(r["status"] or "").lower() for r in rows]
        figures["gap_species"] = str(statuses.count("gap"))
        figures["gap_detail"] = tr("{partial} partial · {covered} covered of {total}").format(
            partial=statuses.count("partial"), covered=statuses.count("covered"), total=len(rows))
        if figures["species"] == "–":
            figures["species"] = str(len(rows))
        for row, status in zip(rows, statuses):
            category = str(row["iucn"] or "NE").split()[0].upper()
            figures["gap_by_category"].setdefault(category, {}).setdefault(status, 0)
            figures["gap_by_category"][category][status] += 1
    summary = layers.get("CONNECTIVITY_SUMMARY")
    if summary is not None:
        rows = report_core.read_rows(summary, ("region_id", "d50_m", "prot", "protconn", "protconn_trans"))
        distances = sorted({report_core._number(r["d50_m"]) for r in rows if r["d50_m"] is not None})
        shown = distances[0] if distances else None
        for row in rows:
            if shown is not None and report_core._number(row["d50_m"]) != shown:
                continue
            protconn = report_core._number(row["protconn"]) or 0.0
            trans = report_core._number(row["protconn_trans"]) or 0.0
            figures["protconn"][str(row["region_id"])] = {
                "protconn": protconn, "prot": report_core._number(row["prot"]) or 0.0, "trans": trans,
                # ProtConn[Trans] is a percentage of ProtConn: in points of the country's area.
                "trans_points": protconn * trans / 100.0}
        if shown is not None:
            figures["protconn_d50_km"] = shown / 1000.0
    nodes = layers.get("CONNECTIVITY_NODES")
    if nodes is not None:
        rows = report_core.read_rows(nodes, ("name", "dpc", "d50_m", "in_region", "region_id"))
        distances = sorted({report_core._number(r["d50_m"]) for r in rows if r["d50_m"] is not None})
        if distances:
            rows = [r for r in rows if report_core._number(r["d50_m"]) == distances[0]]
        # Areas abroad are stepping stones of another region's graph (dPC 0 there): rank each in its own.
        rows = [r for r in rows if r["in_region"] is None or str(r["in_region"]).lower() in ("1", "true")]
        if len({r["region_id"] for r in rows}) > 1:
            for r in rows:
                r["name"] = f"{r['name'] or '–'} ({r['region_id']})"
        rows = [r for r in rows if report_core._number(r["dpc"]) is not None]
        rows.sort(key=lambda r: -report_core._number(r["dpc"]))
        figures["dpc"] = [(str(r["name"] or "–"), report_core._number(r["dpc"])) for r in rows[:8]]
    return figures


# =====================================================================================================
REPORT_FORM, _ = uic.loadUiType(str(Path(__file__).with_name("report_panel.ui")))


class ReportPanel(BaseStepPanel):
    """5. Report: language, outputs, which results go in; writes it with corridor:report."""

    def build(self):
        self.form_widget = QWidget()
        self.ui = REPORT_FORM()
        self.ui.setupUi(self.form_widget)
        self.body.addWidget(self.form_widget)
        names = {"en": "English", "zh": "中文", "ru": "Русский", "mn": "Монгол", "kk": "Қазақша"}
        for code in report_core.REPORT_LANGUAGES:
            self.ui.languageCombo.addItem(f"{names[code]} ({code})", code)
        default = qgis_language()
        index = self.ui.languageCombo.findData(default)
        self.ui.languageCombo.setCurrentIndex(max(index, 0))
        self.ui.folderWidget.setStorageMode(QgsFileWidget.GetDirectory)
        self.ui.folderWidget.setFilePath(str(state.work_dir()))
        self.ui.writeButton.clicked.connect(self.write_report)
        self.ui.openButton.clicked.connect(self.open_report)
        self.remember(self.ui.languageCombo, "language")
        self.remember(self.ui.folderWidget, "folder")
        self.remember(self.ui.pdfCheck, "pdf")
        self.remember(self.ui.titleEdit, "title")
        self.refresh()

    def refresh(self):
        layers = result_layers()
        lines = []
        for key in report_core.INPUT_KEYS:
            mark = "✔" if key in layers else "–"
            lines.append(f"{mark} {key}")
        self.ui.inputsLabel.setText("\n".join(lines))
        self.ui.openButton.setEnabled(bool(state.output("report_pdf") or state.output("report_html")))

    def write_report(self):
        folder = Path(self.ui.folderWidget.filePath() or state.work_dir())
        folder.mkdir(parents=True, exist_ok=True)
        language = self.ui.languageCombo.currentData()
        parameters = {key: layer.source() for key, layer in result_layers().items()}
        if state.output("pa_overlay"):  # the areas with their per-area figures, when the overlay ran
            parameters["PROTECTED_AREAS"] = state.output("pa_overlay")
        parameters["NOTE"] = self.ui.titleEdit.text().strip()
        if state.read("sheets/checklist", ""):
            parameters["CHECKLIST"] = state.read("sheets/checklist", "")
        parameters.update({"LANGUAGE": list(report_core.REPORT_LANGUAGES).index(language),
                           "DATABASE": state.database(),
                           "OUTPUT_HTML": str(folder / f"corridor_report_{language}.html"),
                           "OUTPUT_PDF": str(folder / f"corridor_report_{language}.pdf")
                           if self.ui.pdfCheck.isChecked() else None})

        def done(results):
            state.set_output("report_html", results.get("OUTPUT_HTML", ""))
            state.set_output("report_pdf", results.get("OUTPUT_PDF") or "")
            self.ui.resultLabel.setText(tr("Report written: {path}").format(
                path=results.get("OUTPUT_PDF") or results.get("OUTPUT_HTML")))
            self.refresh()

        self.run("corridor:report", parameters, done)

    def open_report(self):
        path = state.output("report_pdf") or state.output("report_html")
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


PANELS = {"sheets": SheetsPanel, "protected_areas": ProtectedAreasPanel, "analyses": AnalysesPanel,
          "results": ResultsPanel, "report": ReportPanel}

__all__ = ["PANELS", "BaseStepPanel", "resources_path"]
