"""1. Partners and sheets: files, import, rejected rows, name resolution, baseline database, submissions."""
import json
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core import report as report_core
from ...core.borders import CORRIDOR_COUNTRIES as COUNTRIES
from ...core.name_resolution import (
    combine_checklist,
    is_known_name,
    read_mapping,
    rejected_name_rows,
    resolution_choices,
    write_mapping,
)
from ...toolbelt.i18n import tr
from .. import state
from ..widgets import STATUS_PALETTE, BarChart, ButtonRow, DropTable
from .base_panel import SHEET_FILTER, BaseStepPanel, feature_dicts, fill_table, guard_wheel, vector


class CountryDelegate(QStyledItemDelegate):
    """The country column of the files table: a drop-down of the corridor countries."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem(tr("from the coordinates"), "")
        for code in COUNTRIES:
            combo.addItem(code, code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data() or ""), 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData() or "")


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
        self.files_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
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
        self.files_table.itemSelectionChanged.connect(self.show_file_settings)
        layout.addWidget(self.files_table)
        buttons = ButtonRow()
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
        self.build_file_settings(layout)
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
        self.gpkg_file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
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
        # the dock's status line names the database chosen here, as soon as it changes
        for signal in (self.postgis_radio.toggled, self.gpkg_file.fileChanged, self.postgis_combo.currentTextChanged):
            signal.connect(lambda *_args: self.dock_changed())

        rejected_box = QGroupBox(tr("Rejected rows of the selected file"))
        layout = QVBoxLayout(rejected_box)
        self.rejected_table = QTableWidget()
        self.rejected_table.setObjectName("rejected_table")
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.setMinimumHeight(150)
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.rejected_table)
        hint = QLabel(tr("Unknown names: pick the right species (or type it) and save; the next import uses "
                         "your choices."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setStyleSheet("color: #616161;")
        layout.addWidget(self.mapping_label)
        row = ButtonRow()
        self.save_mapping_button = QPushButton(tr("Save names"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.reimport_button = QPushButton(tr("Save and re-import"))
        self.reimport_button.clicked.connect(self.save_and_reimport)
        row.addStretch(1)
        row.addWidget(self.save_mapping_button)
        row.addWidget(self.reimport_button)
        layout.addLayout(row)
        self.body.addWidget(rejected_box)
        self.build_submissions()
        self.next_button()
        self.load_files()
        self.update_mapping_label()

    def build_file_settings(self, layout):
        """Settings of the selected sheet that the table has no room for: the coordinate system of its
        coordinates and a site list for rows that only name their site."""
        box = QGroupBox(tr("Selected sheet"))
        box.setObjectName("file_settings")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setObjectName("file_crs")
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        self.crs_widget.setToolTip(tr("Coordinate system of the sheet's coordinates: WGS 84 (EPSG:4326), CGCS2000 "
                                      "(EPSG:4490) or Pulkovo 1942 Gauss–Krüger (EPSG:28415–28420)."))
        form.addRow(tr("Coordinates"), self.crs_widget)
        self.sites_file = QgsFileWidget()
        self.sites_file.setObjectName("file_sites")
        self.sites_file.setFilter(tr("Site list") + " (*.gpkg *.geojson *.shp *.csv *.kml);;All files (*)")
        self.sites_file.setToolTip(tr("Points or polygons with a name field: rows that give only a site name are "
                                      "placed at that site."))
        form.addRow(tr("Site list"), self.sites_file)
        self.crs_widget.crsChanged.connect(lambda _crs: self.save_file_settings())
        self.sites_file.fileChanged.connect(lambda _path: self.save_file_settings())
        box.setEnabled(False)
        self.file_settings = box
        layout.addWidget(box)

    def selected_index(self):
        selected = sorted({index.row() for index in self.files_table.selectedIndexes()})
        return selected[0] if selected and selected[0] < len(self.rows()) else None

    def show_file_settings(self):
        index = self.selected_index()
        self.file_settings.setEnabled(index is not None)
        row = self.rows()[index] if index is not None else {}
        for widget in (self.crs_widget, self.sites_file):
            widget.blockSignals(True)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem(row.get("crs") or "EPSG:4326"))
        self.sites_file.setFilePath(row.get("sites", ""))
        for widget in (self.crs_widget, self.sites_file):
            widget.blockSignals(False)

    def save_file_settings(self):
        index = self.selected_index()
        if index is None:
            return
        rows = self.rows()
        crs = self.crs_widget.crs()
        rows[index]["crs"] = crs.authid() or crs.toWkt() if crs.isValid() else "EPSG:4326"
        rows[index]["sites"] = self.sites_file.filePath()
        state.write_json("sheets/files", rows)

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
        row = ButtonRow()
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
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        rows = report_core.read_fields(layer, ("partner", "period", "status", "records", "due_date"))
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
                rows.append({"file": path, "partner": "", "country": "",
                             "status": "not_imported", "accepted": "", "rejected": "", "output": "",
                             "rejected_output": "", "columns": "", "crs": "EPSG:4326", "sites": ""})
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
                    value = status_text(row)
                    if row.get("accepted", "") != "" and row.get("status") != "importing":
                        value = tr("{accepted} ✔ · {rejected} ✖").format(accepted=row["accepted"],
                                                                       rejected=row["rejected"])
                else:
                    value = str(row.get(key, ""))
                item = QTableWidgetItem(value)
                item.setToolTip(row[key] if key == "file" else status_text(row) if key == "result" else value)
                if key not in self.EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
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
            if country is not None and (country.text().upper() in COUNTRIES or not country.text().strip()):
                row["country"] = country.text().strip().upper()
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
        if row.get("crs"):
            parameters["SOURCE_CRS"] = row["crs"]
        if row.get("sites"):
            parameters["SITES"] = row["sites"]
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
            self.set_row(index, status="failed", error=message)
            self._import_next(pending, outputs)

        self.set_row(index, status="importing")
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
        self.set_row(index, status="imported" if not n_bad else "imported_rejects",
                     accepted=n_ok, rejected=n_bad, output=results.get("OUTPUT", ""),
                     rejected_output=results.get("REJECTED", ""))
        self.files_table.selectRow(index)

    def merge_occurrences(self, outputs):
        if not outputs:
            return
        if len(outputs) == 1:
            state.set_output("occurrences", outputs[0])
            self.dock_changed()
            self.show_on_map(["occurrences"])
            return
        target = str(state.work_dir() / "occurrences.gpkg")

        def merged(results):
            state.set_output("occurrences", results["OUTPUT"])
            self.dock_changed()
            self.show_on_map(["occurrences"])

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
                self.rejected_rows = rejected_name_rows(feature_dicts(layer))
        headers = [tr("Row"), tr("Problem"), tr("Name as written"), tr("Resolve as")]
        accepted = [taxon.scientific_name for taxon in self.checklist().taxa] if self.rejected_rows else []
        table = self.rejected_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.rejected_rows))
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for r, row in enumerate(self.rejected_rows):
            table.setItem(r, self.REJ_ROW, QTableWidgetItem(str(row["row"])))
            reason = QTableWidgetItem(row["reason"])
            reason.setToolTip("{}\n{}".format(row["reason"], json.dumps(row["cells"], ensure_ascii=False)))
            table.setItem(r, self.REJ_REASON, reason)
            table.setItem(r, self.REJ_NAME, QTableWidgetItem(row["verbatim"]))
            if row["suggestions"] or row["is_name"]:
                combo = QComboBox()
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.addItem("")
                combo.addItems(resolution_choices(row["suggestions"], accepted))
                if row["suggestions"]:
                    combo.insertSeparator(len(row["suggestions"]) + 1)
                combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
                combo.lineEdit().setPlaceholderText(tr("accepted name"))
                combo.setToolTip(tr("Ranked suggestions first, then every name of the checklist. A name that is "
                                    "not in the checklist is only added after you confirm it."))
                guard_wheel(combo)
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

    def checklist(self):
        """The checklist the importer uses (shipped + the user's extra checklist + the saved names)."""
        from ...core.taxonomy import load_checklist

        extra = [self.checklist_file.filePath()] if self.checklist_file.filePath() else []
        if self.mapping_path().exists():
            extra.append(str(self.mapping_path()))
        # read again only when a file changed: selecting another sheet must not re-read the checklist
        key = tuple((path, Path(path).stat().st_mtime_ns if Path(path).exists() else 0) for path in extra)
        cached = getattr(self, "_checklist", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            checklist = load_checklist(None, extra)
        except ValueError as exc:
            self.task_status.done(str(exc))
            checklist = load_checklist()
        self._checklist = (key, checklist)
        return checklist

    def confirm_new_names(self, names):
        """Ask before names that are not in the checklist become taxa (a typo must not become a species)."""
        answer = QMessageBox.question(
            self, tr("Names not in the checklist"),
            tr("These names are not in the checklist and would be added as new taxa:\n\n{names}\n\n"
               "Add them? (No: keep those rows rejected.)").format(names="\n".join(sorted(names))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save_mapping(self):
        chosen = self.choices()
        if not chosen:
            self.task_status.done(tr("Pick a name for at least one rejected row first."))
            return 0
        checklist = self.checklist()
        new = {name for name in chosen.values() if not is_known_name(name, checklist)}
        if new and not self.confirm_new_names(new):
            chosen = {verbatim: name for verbatim, name in chosen.items() if name not in new}
            if not chosen:
                self.task_status.done(tr("Nothing saved: no name was confirmed."))
                return 0
        saved = write_mapping(self.mapping_path(), chosen)
        self.update_mapping_label()
        self.task_status.done(tr("{count} names saved to your mapping.").format(count=len(chosen)))
        return saved

    def save_and_reimport(self):
        if self.save_mapping():
            self.import_all()

    def update_mapping_label(self):
        path = self.mapping_path()
        count = len(read_mapping(path)) if path.exists() else 0
        self.mapping_label.setText(tr("Your name mapping: {count} names ({file})").format(count=count, file=path.name))
        self.mapping_label.setToolTip(str(path))




def status_text(row):
    """The import status of a files-table row in the current language (stored as a code, so a project
    saved in one language reads right in another)."""
    labels = {"not_imported": tr("not imported"), "importing": tr("importing…"), "imported": tr("imported"),
              "imported_rejects": tr("imported, check rejected rows")}
    status = row.get("status", "")
    if status == "failed":
        return tr("failed: {message}").format(message=row.get("error", ""))
    return labels.get(status, status)
