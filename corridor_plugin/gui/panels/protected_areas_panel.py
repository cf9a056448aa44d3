"""2. Protected areas: a layer or WDPA files, cleaning switches with counts, the occurrence overlay."""

from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ...core.layer_sources import vector_layer_sources
from ...toolbelt.i18n import tr
from ...toolbelt.qgis_compat import layer_filters
from .. import state
from ..widgets import ButtonRow
from .base_panel import BaseStepPanel, algorithm, fill_table, vector


class ProtectedAreasPanel(BaseStepPanel):
    """2. Protected areas: a layer or WDPA files, cleaning switches with counts, the occurrence overlay."""

    def build(self):
        source_box = QGroupBox(tr("Protected areas"))
        form = QFormLayout(source_box)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(layer_filters("PolygonLayer", "PointLayer"))
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)  # empty until the user picks one: never a result layer by itself
        form.addRow(tr("Layer in the project"), self.layer_combo)
        self.files = QgsFileWidget()
        self.files.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        self.files.setFilter("WDPA (*.shp *.gpkg *.gdb *.geojson);;All files (*)")
        form.addRow(tr("or WDPA files"), self.files)
        self.region_combo = QgsMapLayerComboBox()
        self.region_combo.setFilters(layer_filters("PolygonLayer"))
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
        buttons = ButtonRow()
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
        """The layer picked in the project and every vector layer of the chosen files (a WDPA GeoPackage
        holds its polygons and its points as two layers: both are read)."""
        layer = self.layer_combo.currentLayer()
        files = QgsFileWidget.splitFilePaths(self.files.filePath()) if self.files.filePath() else []
        sources = [layer.source()] if layer is not None else []
        for path in files:
            sources.extend(vector_layer_sources(path))
        return sources

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
            self.show_on_map(["protected_areas"])

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
                                  self.show_report(), self.show_on_map(["pa_overlay", "occurrences"])))

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
                       [[cleaning_step_label(step), cleaning_action_label(what), count]
                        for (step, what), count in sorted(self.removed.items())])
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




def cleaning_step_label(code):
    """A step of corridor:preparepas' cleaning report in words (the report stores stable codes)."""
    labels = {"read": tr("reading"), "duplicates": tr("duplicate sites"), "status": tr("status (not designated)"),
              "unesco_mab": tr("UNESCO-MAB biosphere reserves"), "oecm": tr("OECMs (not protected areas)"),
              "marine": tr("marine sites"), "status_year": tr("status year"), "points": tr("point-only sites"),
              "antimeridian": tr("antimeridian"), "repair": tr("geometry repair"), "region": tr("study region"),
              "overlaps": tr("overlapping areas"), "country": tr("outline outside its country")}
    return labels.get(code, code)


def cleaning_action_label(code):
    labels = {"removed": tr("removed"), "changed": tr("changed"), "merged": tr("merged"), "flagged": tr("flagged")}
    return labels.get(code, code)
