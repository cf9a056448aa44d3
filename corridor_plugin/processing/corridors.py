"""``corridor:corridors``: least-cost paths, normalised corridors and pinch points between
protected areas, one bounded raster window per pair (see ``core/corridors``)."""
import math
import os

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import schema
from ..toolbelt.styles import style_output
from .base import CorridorAlgorithm, fields_from_spec

MAX_AUTOMATIC_PAIRS = 2000


def _value(feature, field):
    """Attribute as a plain Python value (QGIS NULL → None)."""
    value = feature[field]
    return None if value is None or value == NULL else value


def _key(value) -> str:
    """Id as matched between layers: 7, 7.0 and "7" are the same area."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _geometry_from_wkb(wkb: bytes) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


DEMONSTRATION_TAG = "CORRIDOR_DEMONSTRATION"


class CorridorsAlgorithm(CorridorAlgorithm):
    ALG_ID = "corridors"
    GROUP = "connectivity"

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    ISO3_FIELD = "ISO3_FIELD"
    LINKS = "LINKS"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    TRANSBOUNDARY_ONLY = "TRANSBOUNDARY_ONLY"
    PAIRS = "PAIRS"
    RESISTANCE = "RESISTANCE"
    LANDCOVER = "LANDCOVER"
    RESISTANCE_TABLE = "RESISTANCE_TABLE"
    BARRIERS = "BARRIERS"
    BARRIER_RESISTANCE = "BARRIER_RESISTANCE"
    CELL_SIZE = "CELL_SIZE"
    WIDTH = "WIDTH"
    WIDTH_UNIT = "WIDTH_UNIT"
    MAX_WIDTH = "MAX_WIDTH"
    MAX_LENGTH = "MAX_LENGTH"
    WINDOW_MARGIN = "WINDOW_MARGIN"
    CIRCUIT = "CIRCUIT"
    OUTPUT_PATHS = "OUTPUT_PATHS"
    OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUT_PINCH = "OUTPUT_PINCH"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_PAIR_FOLDER = "OUTPUT_PAIR_FOLDER"

    def __init__(self):
        super().__init__()

    def display_name(self):
        return self.tr("Corridors between protected areas")

    def help_text(self):
        return "\n".join([
            self.tr("Least-cost paths, normalised corridors and (optionally) pinch points between pairs of "
                    "protected areas over a resistance raster, as Linkage Mapper and Circuitscape compute them."),
            "",
            self.tr("Pairs: the links of 'Connectivity' (LINKS: from_id, to_id, probability, transboundary) kept "
                    "above MIN_PROBABILITY (and only transboundary ones with TRANSBOUNDARY_ONLY); or pairs typed in "
                    "PAIRS as '1-2; 3-4'; otherwise every pair of areas closer than MAX_LENGTH."),
            self.tr("Resistance: RESISTANCE, or LANDCOVER with RESISTANCE_TABLE (class and resistance fields; "
                    "classes missing from the table are impassable). Cells with no data or resistance ≤ 0 are "
                    "impassable. BARRIERS (lines) are burnt into every cell they touch with their 'resistance' "
                    "field or BARRIER_RESISTANCE (≤ 0: impassable). CELL_SIZE resamples the raster (0: native)."),
            self.tr("Method: cost-weighted distance from each area over the 8-neighbour cell graph (move cost = "
                    "mean resistance of the two cells × step length, diagonals × √2), least-cost path and distance, "
                    "normalised corridor CWD_A + CWD_B − LCD cut at WIDTH (cost units or % of the least-cost "
                    "distance). Each pair is computed inside a window around both areas, widened by WINDOW_MARGIN "
                    "(% of its larger side) and widened again while the areas cannot be joined inside it or the "
                    "path runs along its side; the table flags corridors that still reach the window side."),
            self.tr("WIDTH is in cost-distance units by default, as in Linkage Mapper (10,000: 10 km of "
                    "resistance-1 land); as a percentage one costly barrier on the path would widen the corridor "
                    "over a huge area, so the cut-off never exceeds MAX_WIDTH cost units (0 = no cap). Pairs whose "
                    "areas overlap get no corridor (status areas_overlap); links below MIN_PROBABILITY (default "
                    "0.01) are not paired. A resistance raster whose GDAL metadata holds CORRIDOR_DEMONSTRATION=yes "
                    "is a demonstration: demo_raster marks every output row."),
            self.tr("CIRCUIT: effective resistance and current density (1 A from A to B) inside each corridor, "
                    "solved sparse on the graph Laplacian (Circuitscape's conductances); high current = pinch point."),
            self.tr("Outputs: least-cost paths (cost distance, path length, edge-to-edge distance, ratios, "
                    "countries and barriers crossed), corridor polygons, a corridor mosaic (minimum over pairs), "
                    "per-pair rasters in OUTPUT_PAIR_FOLDER, a pinch-point mosaic (maximum current) and a table of "
                    "all pairs with their status."),
        ])

    # -- parameters ---------------------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Protected areas"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Area id field (empty: feature id)"), defaultValue="pa_id",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ISO3_FIELD, self.tr("Country field (ISO alpha-3)"), defaultValue="iso3",
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.String, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links from 'Connectivity' (from_id, to_id, probability, transboundary)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PROBABILITY, self.tr("Minimum link probability"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.01, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.TRANSBOUNDARY_ONLY, self.tr("Transboundary pairs only"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.PAIRS, self.tr("Pairs of area ids (e.g. 1-2; 3-4)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance raster"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDCOVER, self.tr("Land-cover raster (instead of a resistance raster)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESISTANCE_TABLE, self.tr("Resistance per land-cover class (table)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BARRIERS, self.tr("Barrier lines (fences, railways, mines…)"),
            [QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BARRIER_RESISTANCE, self.tr("Barrier resistance (when the barrier has no 'resistance' field)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=1000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (map units, 0 = the raster's own)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WIDTH, self.tr("Corridor width cut-off"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=10000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.WIDTH_UNIT, self.tr("Width unit"),
            options=[self.tr("% above the least-cost distance"), self.tr("cost-distance units")], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_WIDTH, self.tr("Maximum width cut-off (cost-distance units, 0 = no cap)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=100000.0, minValue=0.0))
        # A plain number: distances are measured in the raster's CRS, which the INPUT layer may not share.
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_LENGTH, self.tr("Maximum corridor length (edge-to-edge, raster map units, 0 = no limit)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WINDOW_MARGIN, self.tr("Window margin around each pair (% of its larger side)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=25.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CIRCUIT, self.tr("Circuit mode: effective resistance and pinch points"), defaultValue=False))
        # the corridor polygons are the result; the other outputs are optional, created by default in the
        # dialog (as native multi-output algorithms), so qgis_process needs only OUTPUT_CORRIDORS
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PATHS, self.tr("Least-cost paths"), QgsProcessing.SourceType.TypeVectorLine, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CORRIDORS, self.tr("Corridor polygons"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Normalised corridors (mosaic)"), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_PINCH, self.tr("Pinch points (current density)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Corridor table"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_PAIR_FOLDER, self.tr("Folder for one corridor raster per pair"), optional=True,
            createByDefault=False))

    # -- reading inputs -----------------------------------------------------------------------------
    def _resistance_grid(self, parameters, context):
        from ..core.corridors.raster import AnalysisGrid

        resistance = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        landcover = self.parameterAsRasterLayer(parameters, self.LANDCOVER, context)
        if (resistance is None) == (landcover is None):
            self.fail(self.tr("Give either a resistance raster (RESISTANCE) or a land-cover raster with a "
                              "resistance table (LANDCOVER + RESISTANCE_TABLE), not both or neither."))
        lookup = None
        layer = resistance or landcover
        if landcover is not None:
            lookup = self._resistance_table(parameters, context)
        if layer.crs().isGeographic():
            self.fail(self.tr("The raster {name} is in geographic coordinates (degrees): reproject it to a "
                              "projected CRS in metres (e.g. UTM) so that cell sizes are distances.").format(
                name=layer.name()))
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        try:
            grid = AnalysisGrid(layer.source(), cell_size, lookup)
        except (RuntimeError, ValueError) as exc:
            self.fail(self.tr("Cannot read the raster {name}: {error}").format(name=layer.name(), error=str(exc)))
        return grid, layer.crs()

    def _is_demonstration(self, parameters, context) -> bool:
        """A raster tagged CORRIDOR_DEMONSTRATION=yes in its GDAL metadata (``make demo`` writes one)."""
        from osgeo import gdal

        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context) or \
            self.parameterAsRasterLayer(parameters, self.LANDCOVER, context)
        dataset = gdal.Open(layer.source()) if layer is not None else None
        value = dataset.GetMetadataItem(DEMONSTRATION_TAG) if dataset is not None else None
        return str(value or "").lower() in ("yes", "true", "1")

    def _resistance_table(self, parameters, context):
        table = self.parameterAsSource(parameters, self.RESISTANCE_TABLE, context)
        if table is None:
            self.fail(self.tr("A land-cover raster needs RESISTANCE_TABLE (a class field and a resistance field)."))
        names = [f.name() for f in table.fields()]
        lower = {n.lower(): n for n in names}
        class_field = next((lower[n] for n in ("class", "code", "value", "landcover", "lc") if n in lower), None)
        resistance_field = lower.get("resistance")
        if class_field is None or resistance_field is None:
            if len(names) < 2:
                self.fail(self.tr("RESISTANCE_TABLE needs a class field and a resistance field."))
            class_field, resistance_field = class_field or names[0], resistance_field or names[1]
        lookup = {}
        for feature in table.getFeatures():
            try:
                code = float(_value(feature, class_field))
                value = float(_value(feature, resistance_field))
            except (TypeError, ValueError):
                self.fail(self.tr("RESISTANCE_TABLE row {row}: class '{code}' or resistance '{value}' is not a "
                                  "number.").format(row=feature.id(), code=feature[class_field],
                                                    value=feature[resistance_field]))
            lookup[code] = value
        if not lookup:
            self.fail(self.tr("RESISTANCE_TABLE is empty."))
        return lookup

    def _areas(self, parameters, context, grid_crs):
        from ..core.corridors.engine import Area

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(self.tr("The protected areas layer (INPUT) cannot be read."))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        iso3_field = self.parameterAsString(parameters, self.ISO3_FIELD, context)
        names = source.fields().names()
        if id_field and id_field not in names:
            if id_field == "pa_id":
                id_field = ""  # the default is only a suggestion: fall back to feature ids
            else:
                self.fail(self.tr("The id field '{field}' is not in the protected areas layer.").format(
                    field=id_field))
        if iso3_field and iso3_field not in names:
            iso3_field = ""
        transform = QgsCoordinateTransform(source.sourceCrs(), grid_crs, context.transformContext())
        areas, originals = {}, {}
        for feature in source.getFeatures():
            key_value = _value(feature, id_field) if id_field else feature.id()
            if key_value is None:
                self.fail(self.tr("Protected area (feature {fid}) has an empty id in '{field}'.").format(
                    fid=feature.id(), field=id_field))
            key = _key(key_value)
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                self.fail(self.tr("Protected area {id} has no geometry.").format(id=key))
            if key in areas:
                self.fail(self.tr("The id {id} occurs twice in the field '{field}': ids must be unique.").format(
                    id=key, field=id_field or "fid"))
            geometry.transform(transform)
            iso3 = str(_value(feature, iso3_field) or "").upper() if iso3_field else ""
            areas[key] = Area(key, bytes(geometry.asWkb()), iso3)
            originals[key] = key_value
        if len(areas) < 2:
            self.fail(self.tr("At least two protected areas are needed."))
        id_type = source.fields().field(id_field).type() if id_field else QVariant.LongLong
        return areas, originals, id_type

    def _pairs(self, parameters, context, areas, feedback):
        from ..core.corridors.pairs import Pair, parse_pairs, select_links, unique_pairs

        max_length = self.parameterAsDouble(parameters, self.MAX_LENGTH, context)
        min_probability = self.parameterAsDouble(parameters, self.MIN_PROBABILITY, context)
        transboundary_only = self.parameterAsBoolean(parameters, self.TRANSBOUNDARY_ONLY, context)
        links = self.parameterAsSource(parameters, self.LINKS, context)
        text = self.parameterAsString(parameters, self.PAIRS, context)

        def crosses_border(a, b):
            return bool(areas[a].iso3 and areas[b].iso3 and areas[a].iso3 != areas[b].iso3) \
                if a in areas and b in areas else False

        if links is not None:
            names = links.fields().names()
            for needed in schema.CORRIDOR_PAIR_FIELDS:  # corridor:connectivity's links name the pair so too
                if needed not in names:
                    self.fail(self.tr("The links layer has no field '{field}'.").format(field=needed))
            if min_probability > 0 and "probability" not in names:
                self.fail(self.tr("MIN_PROBABILITY is set but the links layer has no 'probability' field.") + " "
                          + self.tr("Set MIN_PROBABILITY to 0 to pair every link."))
            rows = []
            # Only the attributes matter: links between touching areas are zero-length lines, which the
            # default invalid-geometry check would refuse.
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
            for feature in links.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
                row = {"from_id": _value(feature, "from_id"), "to_id": _value(feature, "to_id"),
                       "probability": _value(feature, "probability") if "probability" in names else None}
                if row["from_id"] is None or row["to_id"] is None:
                    self.fail(self.tr("Link {id} has an empty from_id or to_id.").format(id=feature.id()))
                if "transboundary" in names:
                    row["transboundary"] = _value(feature, "transboundary") in (True, 1, "1", "true", "True", "yes")
                else:
                    row["transboundary"] = crosses_border(str(row["from_id"]), str(row["to_id"]))
                rows.append(row)
            pairs = select_links(rows, min_probability, transboundary_only)
            feedback.pushInfo(self.tr("{kept} of {total} links selected.").format(kept=len(pairs), total=len(rows)))
            return pairs
        if text:
            try:
                typed = parse_pairs(text)
            except ValueError as exc:
                self.fail(self.tr("Cannot read the pair '{part}' in PAIRS: write pairs as 1-2; 3-4.").format(
                    part=str(exc)))
            pairs = [Pair(a, b, math.nan, crosses_border(a, b)) for a, b in typed]
            if transboundary_only:
                pairs = [p for p in pairs if p.transboundary]
            return unique_pairs(pairs)
        keys = list(areas)
        pairs = []
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if transboundary_only and not crosses_border(a, b):
                    continue
                if max_length and areas[a].geometry.Distance(areas[b].geometry) > max_length:
                    continue
                pairs.append(Pair(a, b, math.nan, crosses_border(a, b)))
        if len(pairs) > MAX_AUTOMATIC_PAIRS:
            self.fail(self.tr("{count} pairs of areas: choose pairs with LINKS or PAIRS, or lower MAX_LENGTH "
                              "(at most {limit} pairs are computed automatically).").format(
                count=len(pairs), limit=MAX_AUTOMATIC_PAIRS))
        return pairs

    def _barriers(self, parameters, context, grid_crs):
        from ..core.corridors.engine import Barrier

        source = self.parameterAsSource(parameters, self.BARRIERS, context)
        if source is None:
            return []
        default = self.parameterAsDouble(parameters, self.BARRIER_RESISTANCE, context)
        names = source.fields().names()
        lower = {n.lower(): n for n in names}
        field = lower.get("resistance")
        label_field = next((lower[n] for n in ("name", "id", "barrier_id") if n in lower), None)
        transform = QgsCoordinateTransform(source.sourceCrs(), grid_crs, context.transformContext())
        barriers = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            value = _value(feature, field) if field else None
            try:
                resistance = float(value) if value not in (None, "") else default
            except (TypeError, ValueError):
                self.fail(self.tr("Barrier {id}: resistance '{value}' is not a number.").format(
                    id=feature.id(), value=value))
            label = _value(feature, label_field) if label_field else None
            barriers.append(Barrier(str(label if label not in (None, "") else feature.id()),
                                    bytes(geometry.asWkb()), resistance))
        return barriers

    # -- outputs ------------------------------------------------------------------------------------
    # output fields after from_id/to_id (whose type follows the areas' id field)
    PATH_FIELDS = schema.CORRIDOR_PATH_FIELDS
    CORRIDOR_FIELDS = schema.CORRIDOR_POLYGON_FIELDS
    TABLE_FIELDS = schema.CORRIDOR_TABLE_FIELDS

    @staticmethod
    def _pair_fields(id_type, spec):
        return fields_from_spec(tuple((name, id_type) for name in schema.CORRIDOR_PAIR_FIELDS) + tuple(spec))

    def _status_message(self, status):
        from ..core.corridors import engine

        return {
            engine.OK: self.tr("corridor computed"),
            engine.TOO_FAR: self.tr("areas farther apart than MAX_LENGTH"),
            engine.NO_CELLS: self.tr("an area covers no passable cell of the raster"),
            engine.UNREACHABLE: self.tr("no passable route between the areas inside the window"),
            engine.SAME_AREA: self.tr("a pair of an area with itself"),
            engine.OUTSIDE: self.tr("the areas lie outside the raster"),
            engine.OVERLAP: self.tr("the areas overlap: they are already joined"),
            "unknown_area": self.tr("an id of the pair is not in the protected areas layer"),
        }.get(status, status)

    @staticmethod
    def _nan_to_null(value):
        return None if value is None or (isinstance(value, float) and not math.isfinite(value)) else value

    # -- run ----------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("scipy", self.tr("corridors"))
        from ..core.corridors import engine
        from ..core.corridors.countries import CountryLocator
        from ..core.corridors.raster import WindowedRaster, polygonize, write_window_raster

        grid, grid_crs = self._resistance_grid(parameters, context)
        demo_raster = self._is_demonstration(parameters, context)
        if demo_raster:
            feedback.pushWarning(self.tr("The resistance raster is a demonstration (CORRIDOR_DEMONSTRATION): the "
                                         "corridors show how the method works, not where animals move."))
        areas, originals, id_type = self._areas(parameters, context, grid_crs)
        pairs = self._pairs(parameters, context, areas, feedback)
        barriers = self._barriers(parameters, context, grid_crs)
        circuit = self.parameterAsBoolean(parameters, self.CIRCUIT, context)
        pinch_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_PINCH, context)
        if pinch_path and not circuit:
            self.fail(self.tr("A pinch-point raster (OUTPUT_PINCH) needs circuit mode (CIRCUIT)."))
        settings = engine.Settings(
            width=self.parameterAsDouble(parameters, self.WIDTH, context),
            width_is_percent=self.parameterAsEnum(parameters, self.WIDTH_UNIT, context) == 0,
            max_cutoff=self.parameterAsDouble(parameters, self.MAX_WIDTH, context),
            max_length=self.parameterAsDouble(parameters, self.MAX_LENGTH, context),
            circuit=circuit,
            margin_fraction=self.parameterAsDouble(parameters, self.WINDOW_MARGIN, context) / 100.0)
        pair_folder = self.parameterAsString(parameters, self.OUTPUT_PAIR_FOLDER, context)
        if pair_folder:
            os.makedirs(pair_folder, exist_ok=True)

        path_fields = self._pair_fields(id_type, self.PATH_FIELDS)
        corridor_fields = self._pair_fields(id_type, self.CORRIDOR_FIELDS)
        table_fields = self._pair_fields(id_type, self.TABLE_FIELDS)
        path_sink, path_dest = self.optional_sink(parameters, self.OUTPUT_PATHS, context,
                                                  path_fields, QgsWkbTypes.Type.LineString, grid_crs)
        corr_sink, corr_dest = self.parameterAsSink(parameters, self.OUTPUT_CORRIDORS, context,
                                                    corridor_fields, QgsWkbTypes.Type.MultiPolygon, grid_crs)
        table_sink, table_dest = self.optional_sink(parameters, self.OUTPUT_TABLE, context,
                                                    table_fields, QgsWkbTypes.Type.NoGeometry)
        if corr_sink is None:
            self.fail(self.tr("Could not create the output layers."))
        raster_path = (self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
                       if self.output_wanted(parameters, self.OUTPUT_RASTER) else "")
        for path in (raster_path, pinch_path):
            if path and not path.lower().endswith((".tif", ".tiff")):
                self.fail(self.tr("Raster outputs are written as GeoTIFF: give a .tif file name, not {path}.").format(
                    path=path))
        mosaic = WindowedRaster(raster_path, grid, "min") if raster_path else None
        pinch = WindowedRaster(pinch_path, grid, "max") if pinch_path else None
        locator = CountryLocator(grid_crs, context.transformContext())
        cell_area_ha = grid.cell_size * grid.cell_height / 1e4

        def original(key):
            return originals.get(key, int(key) if id_type in (QVariant.Int, QVariant.LongLong) and key.isdigit()
                                 else key)

        total = max(1, len(pairs))
        for k, pair in enumerate(pairs):
            if feedback.isCanceled():
                break
            ids = [original(pair.from_id), original(pair.to_id)]
            if pair.from_id not in areas or pair.to_id not in areas:
                feedback.reportError(self.tr("Pair {a}–{b}: an id is not in the protected areas layer.").format(
                    a=pair.from_id, b=pair.to_id))
                row = QgsFeature(table_fields)
                row.setAttributes(ids + ["unknown_area", self._status_message("unknown_area"),
                                         self._nan_to_null(pair.probability)] + [None] * 13 + [demo_raster])
                table_sink.addFeature(row, QgsFeatureSink.Flag.FastInsert)
                continue
            a, b = areas[pair.from_id], areas[pair.to_id]
            try:
                result = engine.corridor_for_pair(grid, a, b, barriers, settings)
            except MemoryError:
                self.fail(self.tr("Pair {a}–{b}: not enough memory for its window; lower WINDOW_MARGIN or use a "
                                  "larger CELL_SIZE.").format(a=pair.from_id, b=pair.to_id))
            countries = ""
            if result.status == engine.OK:
                line = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in result.path])
                crossed = locator.crossed(line)
                for code in (a.iso3, b.iso3):
                    if code and code not in crossed:
                        crossed.insert(0 if code == a.iso3 else len(crossed), code)
                countries = ",".join(crossed)
                transboundary = len(set(crossed)) > 1
                feature = QgsFeature(path_fields)
                feature.setGeometry(line)
                feature.setAttributes(ids + [
                    result.lcd, result.path_length, result.euclidean,
                    self._nan_to_null(result.cost_to_euclidean), self._nan_to_null(result.cost_to_path_length),
                    a.iso3 or None, b.iso3 or None, countries, transboundary, len(result.barriers_crossed),
                    ",".join(result.barriers_crossed), self._nan_to_null(result.effective_resistance), demo_raster])
                path_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                window_gt = grid.window_geotransform(result.window)
                mask = ~(result.corridor != result.corridor)  # not NaN
                parts = [_geometry_from_wkb(wkb) for wkb in polygonize(mask, result.window, window_gt)]
                if parts:
                    polygon = QgsGeometry.collectGeometry(parts)
                    feature = QgsFeature(corridor_fields)
                    feature.setGeometry(polygon)
                    feature.setAttributes(ids + [result.cutoff, result.corridor_cells,
                                                 result.corridor_cells * cell_area_ha])
                    corr_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                if mosaic is not None:
                    mosaic.add(result.window, result.corridor)
                if pinch is not None and result.current is not None:
                    pinch.add(result.window, result.current)
                if pair_folder:
                    write_window_raster(os.path.join(pair_folder, f"corridor_{pair.from_id}_{pair.to_id}.tif"),
                                        grid, result.window, result.corridor)
                if result.window_clipped:
                    feedback.pushWarning(self.tr(
                        "Pair {a}–{b}: the corridor reaches the side of its window; raise WINDOW_MARGIN to "
                        "see all of it.").format(a=pair.from_id, b=pair.to_id))
            else:
                feedback.pushInfo(self.tr("Pair {a}–{b}: {message}.").format(
                    a=pair.from_id, b=pair.to_id, message=self._status_message(result.status)))
            row = QgsFeature(table_fields)
            row.setAttributes(ids + [
                result.status, self._status_message(result.status), self._nan_to_null(pair.probability),
                self._nan_to_null(result.lcd), self._nan_to_null(result.path_length),
                self._nan_to_null(result.euclidean), self._nan_to_null(result.cost_to_euclidean),
                self._nan_to_null(result.cost_to_path_length), self._nan_to_null(result.cutoff),
                result.corridor_cells * cell_area_ha if result.status == engine.OK else None,
                result.window_clipped, self._nan_to_null(result.effective_resistance), countries or None,
                len(result.barriers_crossed), result.window.cells, result.seconds, demo_raster])
            table_sink.addFeature(row, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (k + 1) / total)

        if mosaic is not None:
            mosaic.close()
        outputs = {key: dest for key, dest in ((self.OUTPUT_PATHS, path_dest), (self.OUTPUT_CORRIDORS, corr_dest),
                                               (self.OUTPUT_RASTER, raster_path or None),
                                               (self.OUTPUT_TABLE, table_dest)) if dest}
        if pinch is not None:
            outputs[self.OUTPUT_PINCH] = pinch.close()
            style_output(context, pinch_path, "corridor_pinch.qml")
        if pair_folder:
            outputs[self.OUTPUT_PAIR_FOLDER] = pair_folder
        style_output(context, path_dest, "corridor_paths.qml")
        style_output(context, corr_dest, "corridor_polygons.qml")
        style_output(context, raster_path, "corridor_raster.qml")
        return outputs
