"""``corridor:gapanalysis``: species representation in protected areas, gap grid and survey gaps."""
import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import gap, ranges, schema
from ..toolbelt.styles import style_output
from ._gap_common import polygon_feature, py, read_occurrences, skip_reason, table_feature
from .base import CorridorAlgorithm, fields_from_spec

SPECIES_FIELDS = schema.GAP_SPECIES_FIELDS
GRID_FIELDS = schema.GAP_GRID_FIELDS
SURVEY_FIELDS = schema.SURVEY_FIELDS
RANGE_NAME_FIELDS = ("scientificName", "sci_name", "binomial", "species", "name")


class GapAnalysisAlgorithm(CorridorAlgorithm):
    ALG_ID = "gapanalysis"
    GROUP = "gap"

    OCCURRENCES = "OCCURRENCES"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    RANGES = "RANGES"
    RANGE_FIELD = "RANGE_FIELD"
    RESOLUTION = "RESOLUTION"
    TARGETS = "TARGETS"
    TARGETS_TABLE = "TARGETS_TABLE"
    TARGET_CAP = "TARGET_CAP"
    GRID_SHAPE = "GRID_SHAPE"
    GRID_SIZE = "GRID_SIZE"
    RECENT_YEARS = "RECENT_YEARS"
    CRS = "CRS"
    STUDY_AREA = "STUDY_AREA"
    OUTPUT_SPECIES = "OUTPUT_SPECIES"
    OUTPUT_GRID = "OUTPUT_GRID"
    OUTPUT_SURVEY = "OUTPUT_SURVEY"

    def display_name(self):
        return self.tr("Gap analysis (species representation in protected areas)")

    def help_text(self):
        return "\n\n".join([
            self.tr("Which species the protected-area network misses, where, and where to survey next."),
            self.tr("Ranges: occupied cells of a RESOLUTION metres equal-area grid (default 10000 m), or your range "
                    "polygons (RANGES, one layer, species in RANGE_FIELD; species without a polygon fall back to "
                    "their cells). Protected areas are merged (overlaps count once) and rasterised at RESOLUTION/10."),
            self.tr("Targets (Rodrigues et al. 2004, Nature 428:640): 100% of ranges under 1,000 km², 10% of ranges "
                    "over 250,000 km², linear on log10(range) between (55% at 15,811 km²). TARGET_CAP (km², 0 = "
                    "none) caps the target area of very wide ranges. TARGETS overrides, e.g. 'Panthera uncia=0.5; "
                    "EN=60%; CR=100%': a species name or an IUCN category, '=' and a share (0–1 or percent), "
                    "entries separated by ';'. TARGETS_TABLE does the same from a table with a 'name' and a "
                    "'target' field. A species override wins over a category override."),
            self.tr("Status: gap (nothing protected), partial (protected share below target), covered."),
            self.tr("Without a range polygon the range is only the known occupied area (cells with records; "
                    "range_source says so): the status then ends in '(records only)', and records_in_pa counts the "
                    "species' records inside protected areas (a sampling-bias indicator: records from surveys "
                    "inside protected areas make such ranges look protected)."),
            self.tr("Gap grid (GRID_SHAPE square or hexagon, GRID_SIZE metres; hexagons have the area of the "
                    "square): richness, threatened (CR/EN/VU) richness, gap and partial richness, share inside "
                    "protected areas, records, partners, and priority = Σ species weight × shortfall × (1 − "
                    "protected share of the cell), weight = 1 + Red List Index weight (LC 1, NT 2, VU 3, EN 4, CR "
                    "5)."),
            self.tr("Survey gaps: per cell, species expected there (their range; with occupied cells, their convex "
                    "hull) without a record from the last RECENT_YEARS years of the data, weighted as above, times "
                    "the sampling deficit (m + 1)/(m + r + 2) (r recent records in the cell, m the mean of its "
                    "neighbours: an empty cell among well-surveyed neighbours scores near 1, among empty ones 0.5). "
                    "Ranked, best first; expected_means says what 'expected' means."),
            self.tr("CRS: an equal-area CRS for all grids (default: Lambert azimuthal equal-area centred on the "
                    "records). STUDY_AREA: only grid cells touching these polygons are written (the grid otherwise "
                    "covers the records' and ranges' bounding box)."),
        ])

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OCCURRENCES, self.tr("Occurrences (with scientificName)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROTECTED_AREAS, self.tr("Protected areas"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RANGES, self.tr("Range polygons (optional)"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.RANGE_FIELD, self.tr("Species field of the range polygons"), parentLayerParameterName=self.RANGES,
            type=QgsProcessingParameterField.DataType.String, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESOLUTION, self.tr("Range cell size (m)"), QgsProcessingParameterNumber.Type.Double, 10000.0,
            minValue=10.0))
        self.addParameter(QgsProcessingParameterString(
            self.TARGETS, self.tr("Target overrides (name=share; …)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TARGETS_TABLE, self.tr("Target overrides table (fields name, target)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TARGET_CAP, self.tr("Cap on the target area (km², 0 = none)"),
            QgsProcessingParameterNumber.Type.Double,
            0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GRID_SHAPE, self.tr("Gap grid cells"), options=[self.tr("Square"), self.tr("Hexagon")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_SIZE, self.tr("Gap grid cell size (m)"), QgsProcessingParameterNumber.Type.Double, 50000.0,
            minValue=10.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RECENT_YEARS, self.tr("Recent records: last N years of the data"),
            QgsProcessingParameterNumber.Type.Integer, 10, minValue=0))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Equal-area CRS (default: LAEA centred on the records)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area (optional: keep grid cells that touch it)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SPECIES, self.tr("Species representation"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_GRID, self.tr("Gap grid"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SURVEY, self.tr("Survey gaps"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True))

    # -- inputs -------------------------------------------------------------------------------------
    def _overrides(self, parameters, context):
        overrides = {}
        table = self.parameterAsSource(parameters, self.TARGETS_TABLE, context)
        if table is not None:
            names = table.fields().names()
            key = next((f for f in ("name", "scientificName", "category") if f in names), None)
            if key is None or "target" not in names:
                self.fail(self.tr("The targets table needs a 'name' field and a 'target' field."))
            for feature in table.getFeatures():
                if feature[key] in (None, "") or str(feature[key]) == "NULL":
                    continue
                text = f"{feature[key]}={feature['target']}"
                try:
                    overrides.update(gap.parse_targets(text))
                except ValueError as exc:
                    self.fail(str(exc))
        try:
            overrides.update(gap.parse_targets(self.parameterAsString(parameters, self.TARGETS, context)))
        except ValueError as exc:
            self.fail(str(exc))
        return overrides

    @staticmethod
    def _wkbs(source, crs, context, feedback, key_field=None):
        """WKB of every polygon in ``crs``, with the value of ``key_field`` (or the transboundary flag)."""
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        names = source.fields().names()
        flag = "is_transboundary" if "is_transboundary" in names else None
        out = []
        for feature in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            if key_field:
                value = feature[key_field]
            else:
                value = feature[flag] if flag else False
                value = bool(value) and str(value).lower() not in ("0", "false", "no", "null")
            out.append((bytes(geometry.asWkb()), value))
        return out

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        pa_source = self.parameterAsSource(parameters, self.PROTECTED_AREAS, context)
        if pa_source is None:
            self.fail(self.tr("The protected-area layer could not be read."))
        overrides = self._overrides(parameters, context)
        try:
            occ = read_occurrences(self, parameters, self.OCCURRENCES, context, feedback)
        except ValueError as exc:
            self.fail(str(exc))
        for reason, count in occ.skipped.items():
            feedback.pushWarning(self.tr("{count} records left out: {reason}").format(
                count=count, reason=skip_reason(reason)))
        user_crs = self.parameterAsCrs(parameters, self.CRS, context)
        if user_crs.isValid():
            if user_crs.isGeographic():
                self.fail(self.tr("The CRS must be projected and equal-area, not geographic."))
            proj = user_crs.authid() if user_crs.authid().upper().startswith("EPSG:") else user_crs.toProj()
        elif len(occ):
            proj = ranges.centred_laea(occ.lon, occ.lat, rounding=0.5)
        else:
            proj = None
        range_source = self.parameterAsSource(parameters, self.RANGES, context)
        user_ranges = {}
        if range_source is not None:
            field = self.parameterAsString(parameters, self.RANGE_FIELD, context) or next(
                (f for f in RANGE_NAME_FIELDS if f in range_source.fields().names()), "")
            if not field:
                self.fail(self.tr("Choose the species field of the range polygons (RANGE_FIELD)."))
            if proj is None:
                self.fail(self.tr("With no occurrence, choose an equal-area CRS (CRS)."))
            for wkb, name in self._wkbs(range_source, ranges.qgis_crs(proj), context, feedback, field):
                if name in (None, "") or str(name) == "NULL":
                    continue
                user_ranges.setdefault(str(name).strip(), []).append(wkb)
            # IUCN range maps carry the Red List category: use it for species the records do not
            category_field = next((f for f in ("iucnCategory", "category") if f in range_source.fields().names()),
                                  None)
            if category_field:
                for feature in range_source.getFeatures(
                        QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
                    name, category = feature[field], feature[category_field]
                    if name not in (None, "") and category not in (None, "") and str(category) != "NULL":
                        occ.iucn.setdefault(str(name).strip(), str(category).strip().upper())
        if not len(occ) and not user_ranges:
            self.fail(self.tr("No present occurrence with valid coordinates and no range polygon."))
        crs = ranges.qgis_crs(proj)
        protected = self._wkbs(pa_source, crs, context, feedback)
        if not protected:
            feedback.pushWarning(self.tr("The protected-area layer has no polygon: every species will be a gap."))
        feedback.pushInfo(self.tr("{n} protected areas, {s} species.").format(
            n=len(protected), s=len(set(occ.names) | set(user_ranges))))
        cap = self.parameterAsDouble(parameters, self.TARGET_CAP, context)
        shape = ("square", "hexagon")[self.parameterAsEnum(parameters, self.GRID_SHAPE, context)]
        analysis = gap.GapAnalysis(
            occ, gap.ProtectedAreas([w for w, _ in protected], [t for _, t in protected]),
            resolution_m=self.parameterAsDouble(parameters, self.RESOLUTION, context), proj=proj,
            overrides=overrides, cap_km2=cap or None, grid_shape=shape,
            grid_size_m=self.parameterAsDouble(parameters, self.GRID_SIZE, context),
            recent_years=self.parameterAsInt(parameters, self.RECENT_YEARS, context), ranges=user_ranges,
            feedback=feedback)
        try:
            result = analysis.run()
        except InterruptedError:
            return {}
        except ValueError as exc:
            self.fail(str(exc))
        for message in result.messages:
            feedback.pushWarning(message)
        area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        keep = None
        if area is not None:
            pieces = [f.geometry() for f in area.getFeatures() if not f.geometry().isEmpty()]
            if not pieces:
                self.fail(self.tr("The study area has no polygon."))
            region = QgsGeometry.unaryUnion(pieces)
            region.transform(QgsCoordinateTransform(area.sourceCrs(), crs, context.transformContext()))
            engine = QgsGeometry.createGeometryEngine(region.constGet())
            engine.prepareGeometry()
            grid = result.grid
            cells = [polygon_feature(QgsFields(), grid.ring(i, j), []).geometry()
                     for i, j in zip(result.cells["i"], result.cells["j"])]
            # overlapping the area, not merely sharing an edge with it
            keep = np.array([engine.intersects(c.constGet()) and not engine.touches(c.constGet()) for c in cells],
                            dtype=bool)
        return self._write(parameters, context, result, crs, user_ranges, keep)

    # -- outputs ------------------------------------------------------------------------------------
    def _write(self, parameters, context, result, crs, user_ranges, keep=None):
        res_km = result.resolution / 1000.0
        fields = fields_from_spec(SPECIES_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_SPECIES, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(self.tr("Could not create the output layer."))
        cells_text = self.tr("known occupied area (records in {km} km cells)").format(km=f"{res_km:g}")
        for s in result.species:
            sink.addFeature(table_feature(fields, [
                s.name, s.records, self.tr("range polygons") if s.name in user_ranges else cells_text, s.range_km2,
                s.protected_km2, s.protected_share, s.transboundary_km2, s.target_share, s.target_source,
                s.target_km2, s.shortfall, s.shortfall_km2, s.reported_status, s.iucn, s.cites, s.countries,
                s.transboundary, s.by_country, s.records_in_pa]), QgsFeatureSink.Flag.FastInsert)
        results = {self.OUTPUT_SPECIES: dest}
        grid = result.grid
        cells = result.cells
        cell_ids = [f"{grid.shape[0]}{int(i)}_{int(j)}" for i, j in zip(cells["i"], cells["j"])]
        grid_fields = fields_from_spec(GRID_FIELDS)
        grid_sink, grid_dest = self.parameterAsSink(parameters, self.OUTPUT_GRID, context, grid_fields,
                                                    QgsWkbTypes.Type.Polygon, crs)
        if grid_sink is not None:
            for k, cell_id in enumerate(cell_ids):
                if keep is not None and not keep[k]:
                    continue
                grid_sink.addFeature(polygon_feature(grid_fields, grid.ring(cells["i"][k], cells["j"][k]), [
                    cell_id] + [py(cells[name][k]) for name, _ in GRID_FIELDS[1:]]), QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT_GRID] = grid_dest
            style_output(context, grid_dest, "gap_priority.qml")
        survey_fields = fields_from_spec(SURVEY_FIELDS)
        survey_sink, survey_dest = self.parameterAsSink(parameters, self.OUTPUT_SURVEY, context, survey_fields,
                                                        QgsWkbTypes.Type.Polygon, crs)
        if survey_sink is not None:
            survey = result.survey
            order = np.lexsort((-survey["missing"], -survey["score"]))
            expected_means = self.tr("expected: the cell lies in the species' range (range polygon, or the convex "
                                     "hull of its records); missing: no record there in the last {years} years "
                                     "of the data").format(years=self.parameterAsInt(parameters, self.RECENT_YEARS,
                                                                                      context))
            rank = 0
            for k in order:
                if survey["score"][k] <= 0 or (keep is not None and not keep[k]):
                    continue
                rank += 1
                values = [rank, cell_ids[k]] + [py(survey[name][k]) for name, _ in SURVEY_FIELDS[2:-1]] + [
                    expected_means]
                values[8] = None if values[8] is None else int(values[8])
                survey_sink.addFeature(polygon_feature(survey_fields, grid.ring(cells["i"][k], cells["j"][k]),
                                                       values), QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT_SURVEY] = survey_dest
            style_output(context, survey_dest, "survey_gaps.qml")
        return results
