"""3. Analyses: region, gap analysis, connectivity with dispersal presets, barriers, corridors."""

from qgis.core import (
    QgsMapLayerProxyModel,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.borders import CORRIDOR_COUNTRIES as COUNTRIES
from ...core.presets import dispersal_presets, preset_distances
from ...toolbelt.i18n import tr
from ...toolbelt.qgis_compat import layer_filters
from .. import state
from ..widgets import ButtonRow, LayerFilePicker
from .base_panel import BaseStepPanel


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
        self.area_combo.setFilters(layer_filters("PolygonLayer"))
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
        self.resolution.setSuffix(" " + tr("km"))
        form.addRow(tr("Range cell size"), self.resolution)
        self.grid_size = QDoubleSpinBox()
        self.grid_size.setRange(1, 500)
        self.grid_size.setValue(50)
        self.grid_size.setSuffix(" " + tr("km"))
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
                group=species_group_label(group), count=len(values)), group)
        self.group_combo.currentIndexChanged.connect(self.apply_preset)
        form.addRow(tr("Dispersal preset"), self.group_combo)
        self.distances = QLineEdit("10, 50")
        self.distances.setToolTip(tr("Median dispersal distances d50 in km, comma-separated."))
        form.addRow(tr("d50 (km)"), self.distances)
        form.addRow(help_line(tr("d50: the distance at which half of the animals that leave an area reach "
                                 "another; from the species' published dispersal distances.")))
        self.probability = QDoubleSpinBox()
        self.probability.setRange(0.01, 0.99)
        self.probability.setSingleStep(0.05)
        self.probability.setValue(0.5)
        form.addRow(tr("Probability at d50"), self.probability)
        self.transboundary = QDoubleSpinBox()
        self.transboundary.setRange(0, 1000)
        self.transboundary.setValue(50)
        self.transboundary.setSuffix(" " + tr("km"))
        form.addRow(tr("Transboundary buffer"), self.transboundary)
        self.barriers = LayerFilePicker(QgsMapLayerProxyModel.Filter.LineLayer,
                                        tr("Lines") + " (*.gpkg *.shp *.geojson *.kml);;All files (*)")
        form.addRow(tr("Barriers (fences, railways)"), self.barriers)
        self.permeability = QDoubleSpinBox()
        self.permeability.setRange(0, 1)
        self.permeability.setSingleStep(0.1)
        self.permeability.setValue(0.1)
        form.addRow(tr("Barrier permeability"), self.permeability)
        form.addRow(help_line(tr("Permeability: the share of animals that still cross a barrier (0 = none, "
                                 "1 = the barrier does not matter).")))
        form.addRow(help_line(tr("ProtConn: the share of a country that is protected and connected; dPC: how "
                                 "much connectivity would be lost without an area.")))
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
        self.resistance = LayerFilePicker(QgsMapLayerProxyModel.Filter.RasterLayer,
                                          tr("Rasters") + " (*.tif *.tiff *.asc *.img *.vrt);;All files (*)")
        form.addRow(tr("Resistance raster"), self.resistance)
        form.addRow(help_line(tr("Resistance: the cost for an animal to cross each cell (1 = easy); a "
                                 "demonstration raster gives demonstration corridors.")))
        # Cost-distance units, as Linkage Mapper: a percentage of the least cost gave corridor zones of tens of
        # thousands of km² wherever a fence dominated the cost.
        self.width = QDoubleSpinBox()
        self.width.setRange(0, 1e9)
        self.width.setDecimals(0)
        self.width.setSingleStep(1000)
        self.width.setValue(10000)
        form.addRow(tr("Corridor width (cost units above the least cost)"), self.width)
        self.max_width = QDoubleSpinBox()
        self.max_width.setRange(0, 1e10)
        self.max_width.setDecimals(0)
        self.max_width.setSingleStep(10000)
        self.max_width.setValue(100000)
        form.addRow(tr("Largest width (cost units, 0 = no cap)"), self.max_width)
        form.addRow(help_line(tr("Corridor width: how much more than the cheapest path a route may cost and still "
                                 "belong to the corridor, in the resistance raster's cost units.")))
        self.transboundary_only = QCheckBox(tr("Transboundary links only"))
        self.transboundary_only.setChecked(True)
        form.addRow(self.transboundary_only)
        self.circuit = QCheckBox(tr("Pinch points (circuit theory)"))
        form.addRow(self.circuit)
        self.remember(self.resistance, "resistance")
        self.remember(self.width, "width_cost")  # not "width": that was a percentage
        self.remember(self.max_width, "max_width")
        self.remember(self.transboundary_only, "transboundary_only")
        self.remember(self.circuit, "circuit")
        self.body.addWidget(corridor_box)
        for box, key in ((gap_box, "run_gap"), (connectivity_box, "run_connectivity"),
                         (corridor_box, "run_corridors")):
            saved = state.read(f"{self.step.key}/{key}", None)
            if saved is not None:
                box.setChecked(saved == "1")
            box.toggled.connect(lambda value, k=key: state.write(f"{self.step.key}/{k}", "1" if value else "0"))

        buttons = ButtonRow()
        buttons.addStretch(1)
        self.run_button = QPushButton(tr("Run analyses"))
        self.run_button.setObjectName("run_analyses")
        self.run_button.setStyleSheet("font-weight: bold;")
        self.run_button.clicked.connect(self.run_all)
        buttons.addWidget(self.run_button)
        self.body.addLayout(buttons)
        self.messages = []
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

    def show_notes(self, task):
        """The analyses run one after the other: their warnings join the panel's log instead of replacing
        one another."""
        from .base_panel import readable_message

        for warning in getattr(task.feedback, "warnings", []):
            self.note("⚠ " + readable_message(task.alg_id, warning))

    def note(self, text):
        self.messages.append(text)
        self.log_label.setText("\n".join(self.messages))

    def _next(self, steps):
        if not steps:
            self.note(tr("Analyses finished."))
            self.show_on_map(["gap_grid", "survey", "connectivity_nodes", "connectivity_links", "corridors"])
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
        if self.barriers.source():
            parameters["BARRIERS"] = self.barriers.source()

        def done(results):
            for key, out in (("connectivity_summary", "OUTPUT_SUMMARY"), ("connectivity_nodes", "OUTPUT_NODES"),
                             ("connectivity_links", "OUTPUT_LINKS")):
                state.set_output(key, results.get(out, ""))
            self.note(tr("Connectivity done."))
            then()

        self.run("corridor:connectivity", parameters, done, on_error=lambda m: (self.note(m), then()))

    def run_corridors(self, then):
        areas = state.output("protected_areas")
        resistance = self.resistance.source()
        if not areas or not resistance:
            self.note(tr("Corridors skipped: they need protected areas and a resistance raster."))
            then()
            return
        work = state.work_dir()
        parameters = {"INPUT": areas, "LINKS": state.output("connectivity_links") or None,
                      "TRANSBOUNDARY_ONLY": self.transboundary_only.isChecked(),
                      "RESISTANCE": resistance, "WIDTH": self.width.value(), "WIDTH_UNIT": 1,
                      "MAX_WIDTH": self.max_width.value(),
                      "CIRCUIT": self.circuit.isChecked(),
                      "OUTPUT_CORRIDORS": str(work / "corridors.gpkg"),
                      "OUTPUT_PATHS": str(work / "corridor_paths.gpkg"),
                      "OUTPUT_RASTER": str(work / "corridors.tif"), "OUTPUT_TABLE": str(work / "corridor_pairs.gpkg")}
        if self.circuit.isChecked():
            parameters["OUTPUT_PINCH"] = str(work / "pinch_points.tif")
        if self.barriers.source():
            parameters["BARRIERS"] = self.barriers.source()
        self.run("corridor:corridors", parameters,
                 lambda results: (state.set_output("corridors", results.get("OUTPUT_CORRIDORS", "")),
                                  self.note(tr("Corridors done.")), then()),
                 on_error=lambda m: (self.note(m), then()))




def help_line(text):
    """One plain-language line under a term (d50, ProtConn, dPC, permeability)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #607d8b; font-size: 8pt;")
    return label


def species_group_label(group):
    """Checklist species groups in the user's language (the checklist stores them in English)."""
    labels = {"large mammal": tr("large mammal"), "small mammal": tr("small mammal"), "bird": tr("bird"),
              "fish": tr("fish"), "reptile": tr("reptile"), "amphibian": tr("amphibian"),
              "invertebrate": tr("invertebrate"), "plant": tr("plant")}
    return labels.get(group, group)
