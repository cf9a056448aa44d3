"""``corridor:rangemetrics``: extent of occurrence and area of occupancy per species (IUCN criterion B)."""
import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import ranges, schema
from ..toolbelt.styles import style_output
from ._gap_common import polygon_feature, py, read_occurrences, skip_reason, table_feature
from .base import CorridorAlgorithm, fields_from_spec

TABLE_FIELDS = (
    ("scientificName", "string"), ("records", "integer"), ("distinct_points", "integer"),
    ("eoo_km2", "double"), ("eoo_note", "string"), ("aoo_cells", "integer"), ("aoo_km2", "double"),
    ("cell_km", "double"), ("aoo_grid", "string"), ("b1_class", "string"), ("b2_class", "string"),
    ("iucnCategory", "string"), ("countries", "string"), ("partners", "string"), ("criterion_b_note", "string"),
)
HULL_FIELDS = schema.RANGE_HULL_FIELDS
CELL_FIELDS = (("scientificName", "string"), ("records", "integer"), ("cell_km2", "double"))


class RangeMetricsAlgorithm(CorridorAlgorithm):
    ALG_ID = "rangemetrics"
    GROUP = "gap"

    INPUT = "INPUT"
    CELL_SIZE = "CELL_SIZE"
    GRID_SEARCH = "GRID_SEARCH"
    GRID_SHIFTS = "GRID_SHIFTS"
    CLIP_TO_LAND = "CLIP_TO_LAND"
    LAND = "LAND"
    CRS = "CRS"
    MIN_RECORDS = "MIN_RECORDS"
    OUTPUT = "OUTPUT"
    OUTPUT_HULLS = "OUTPUT_HULLS"
    OUTPUT_CELLS = "OUTPUT_CELLS"

    def display_name(self):
        return self.tr("Range metrics (EOO, AOO, IUCN criterion B)")

    def help_text(self):
        return "\n\n".join([
            self.tr("Extent of occurrence (EOO) and area of occupancy (AOO) of every species, with the IUCN "
                    "criterion B1/B2 threshold each meets."),
            self.tr("EOO: area of the convex hull of the species' distinct present records, in a Lambert azimuthal "
                    "equal-area projection (WGS 84 ellipsoid) centred on that species' records (records on both "
                    "sides of the antimeridian are handled). Fewer than 3 distinct points, or all on one line: EOO "
                    "is empty and eoo_note says why. Optionally clipped to land (the shipped Natural Earth borders "
                    "or your own land layer). When EOO is smaller than AOO, B1 uses AOO (IUCN guidelines 4.9)."),
            self.tr("AOO: occupied cells of a square grid (CELL_SIZE metres, IUCN: 2000 m) × cell area, in a "
                    "study-wide equal-area projection centred on all records. Without GRID_SEARCH the grid origin "
                    "is fixed; with it, GRID_SHIFTS × GRID_SHIFTS origins shifted by CELL_SIZE / GRID_SHIFTS are "
                    "tried and each species keeps its minimum (allowed by the IUCN guidelines); aoo_grid states "
                    "which. CRS sets another equal-area CRS for the grid."),
            self.tr("Thresholds: EOO < 100 km² CR, < 5,000 EN, < 20,000 VU; AOO < 10 km² CR, < 500 EN, < 2,000 VU. "
                    "Meeting a threshold is only the first condition of criterion B."),
            self.tr("MIN_RECORDS: below this number of distinct points both classes are 'data insufficient' "
                    "(default 15, after Rivers et al. 2011, Biol. Conserv. 144:2541). Every class is a size class "
                    "for a regional assessment, not a Red List category; criterion_b_note says so on every row."),
            self.tr("Records with occurrenceStatus 'absent' are ignored."),
        ])

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Occurrences (with scientificName)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("AOO cell size (m)"), QgsProcessingParameterNumber.Type.Double, 2000.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.GRID_SEARCH, self.tr("Search grid origins for the minimum AOO"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_SHIFTS, self.tr("Grid origins per axis when searching"),
            QgsProcessingParameterNumber.Type.Integer, 4, minValue=2, maxValue=20))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CLIP_TO_LAND, self.tr("Clip EOO hulls to land"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LAND, self.tr("Land polygons (default: shipped country borders)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Equal-area CRS of the AOO grid (default: LAEA centred on the records)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_RECORDS, self.tr("Minimum distinct records for a criterion-B class"),
            QgsProcessingParameterNumber.Type.Integer, ranges.MIN_RECORDS_CRITERION_B, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Range metrics"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_HULLS, self.tr("EOO hulls"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CELLS, self.tr("AOO cells"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        cell_m = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        shifts = self.parameterAsInt(parameters, self.GRID_SHIFTS, context) \
            if self.parameterAsBool(parameters, self.GRID_SEARCH, context) else 1
        feedback.pushInfo(self.tr("Reading occurrences…"))
        try:
            occ = read_occurrences(self, parameters, self.INPUT, context, feedback)
        except ValueError as exc:
            self.fail(str(exc))
        for reason, count in occ.skipped.items():
            feedback.pushWarning(self.tr("{count} records left out: {reason}").format(
                count=count, reason=skip_reason(reason)))
        if not len(occ):
            self.fail(self.tr("No present occurrence with valid coordinates in the input."))
        land = None
        if self.parameterAsBool(parameters, self.CLIP_TO_LAND, context):
            land_source = self.parameterAsSource(parameters, self.LAND, context)
            if land_source is None:
                from ..core.borders import borders_layer

                try:
                    land_source = borders_layer("50m")
                except ValueError as exc:
                    self.fail(str(exc))
            land = ranges.LandClipper(land_source)
        feedback.pushInfo(self.tr("Computing EOO and AOO of {n} species…").format(n=len(occ.names)))
        user_crs = self.parameterAsCrs(parameters, self.CRS, context)
        study_proj = None
        if user_crs.isValid():
            if user_crs.isGeographic():
                self.fail(self.tr("The CRS must be projected and equal-area, not geographic."))
            study_proj = user_crs.authid() if user_crs.authid().upper().startswith("EPSG:") else user_crs.toProj()
        metrics, study_proj, aoo, x, y = ranges.range_metrics(
            occ, cell_m, shifts, land, study_proj, feedback,
            self.parameterAsInt(parameters, self.MIN_RECORDS, context))
        if feedback.isCanceled():
            return {}
        grid_text = self.tr("fixed origin") if aoo.shifts == 1 else self.tr(
            "minimum over {n} origins").format(n=aoo.shifts ** 2)

        fields = fields_from_spec(TABLE_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(self.tr("Could not create the output layer."))
        for m in metrics:
            sink.addFeature(table_feature(fields, [
                m.name, m.records, m.distinct_points, m.eoo_km2, m.eoo_note, m.aoo_cells, m.aoo_km2,
                cell_m / 1000.0, grid_text, m.b1_class, m.b2_class, m.iucn, m.countries, m.partners, m.note]),
                QgsFeatureSink.Flag.FastInsert)
        results = {self.OUTPUT: dest}
        crs = ranges.qgis_crs(study_proj)

        hull_fields = fields_from_spec(HULL_FIELDS)
        hull_sink, hull_dest = self.parameterAsSink(parameters, self.OUTPUT_HULLS, context, hull_fields,
                                                    QgsWkbTypes.Type.Polygon, crs)
        if hull_sink is not None:
            # densified rings back to degrees (numpy), then one transform into the study CRS for all
            drawn = [m for m in metrics if m.hull is not None and m.hull.vertices is not None]
            rings = [m.hull.ring_lonlat(max(2000.0, float(np.ptp(m.hull.vertices, axis=0).max()) / 16.0))
                     for m in drawn]
            if rings:
                hx, hy = ranges.project_lonlat(np.concatenate([r[0] for r in rings]),
                                               np.concatenate([r[1] for r in rings]), study_proj)
                start = 0
                for m, ring in zip(drawn, rings):
                    end = start + len(ring[0])
                    hull_sink.addFeature(polygon_feature(hull_fields, np.column_stack([hx[start:end], hy[start:end]]),
                                                         [m.name, m.eoo_km2, m.b1_class]),
                                         QgsFeatureSink.Flag.FastInsert)
                    start = end
            results[self.OUTPUT_HULLS] = hull_dest
            style_output(context, hull_dest, "range_hulls.qml")

        cell_fields = fields_from_spec(CELL_FIELDS)
        cell_sink, cell_dest = self.parameterAsSink(parameters, self.OUTPUT_CELLS, context, cell_fields,
                                                    QgsWkbTypes.Type.Polygon, crs)
        if cell_sink is not None:
            order, bounds = occ.order()
            cell_km2 = cell_m ** 2 / 1e6
            for code, name in enumerate(occ.names):
                if feedback.isCanceled():
                    break
                idx = order[bounds[code]:bounds[code + 1]]
                ox, oy = aoo.origins[code]
                ix, iy = ranges.cell_indices(x[idx], y[idx], cell_m, ox, oy)
                keys, counts = np.unique(ranges._pack(ix, iy), return_counts=True)
                cx, cy = ranges._unpack(keys)
                for i, j, count in zip(cx, cy, counts):
                    x0, y0 = ox + i * cell_m, oy + j * cell_m
                    ring = [(x0, y0), (x0 + cell_m, y0), (x0 + cell_m, y0 + cell_m), (x0, y0 + cell_m), (x0, y0)]
                    cell_sink.addFeature(polygon_feature(cell_fields, ring, [name, py(count), cell_km2]),
                                         QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT_CELLS] = cell_dest
        return results
