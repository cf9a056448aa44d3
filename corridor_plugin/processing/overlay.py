"""``corridor:overlay``: partner occurrences on protected areas, with per-area, species × area and
per-species figures and the occurrences tagged with the areas they fall in."""
import os
import time

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import overlay as core
from ..core import schema
from ..toolbelt.qgis_compat import make_field
from ..toolbelt.styles import style_output
from .base import FIELD_TYPES, CorridorAlgorithm

AREA_FIELDS = tuple((name, FIELD_TYPES[kind]) for name, kind in schema.OVERLAY_AREA_FIELDS)
SPECIES_AREA_FIELDS = (("pa_id", QVariant.String), ("scientificName", QVariant.String),
                       ("records", QVariant.Int), ("abundance_sum", QVariant.Double),
                       ("abundance_max", QVariant.Double), ("first_date", QVariant.String),
                       ("last_date", QVariant.String))
SPECIES_FIELDS = (("scientificName", QVariant.String), ("records", QVariant.Int),
                  ("records_protected", QVariant.Int), ("share_protected", QVariant.Double),
                  ("n_areas", QVariant.Int), ("countries", QVariant.String))


def make_fields(spec, existing=None):
    fields = QgsFields(existing) if existing is not None else QgsFields()
    names = {f.name().lower() for f in fields}
    renamed = {}
    for name, kind in spec:
        final = name
        while final.lower() in names:
            final += "_2"
        names.add(final.lower())
        renamed[name] = final
        fields.append(make_field(final, kind))
    return fields, renamed


class OverlayAlgorithm(CorridorAlgorithm):
    ALG_ID = "overlay"
    GROUP = "protected_areas"

    OCCURRENCES = "OCCURRENCES"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    BUFFER = "BUFFER"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_SPECIES_AREAS = "OUTPUT_SPECIES_AREAS"
    OUTPUT_SPECIES = "OUTPUT_SPECIES"
    OUTPUT_OCCURRENCES = "OUTPUT_OCCURRENCES"

    def display_name(self):
        return self.tr("Overlay occurrences on protected areas")

    def help_text(self):
        return self.tr(
            "Counts the partner occurrences that fall in each protected area (points on a boundary count "
            "as inside, like the 'intersects' predicate) and writes four outputs.\n\n"
            "OCCURRENCES: point layer with the Darwin Core fields of the baseline (scientificName, "
            "institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, "
            "country_iso3).\n"
            "PROTECTED_AREAS: the layer from 'Prepare protected areas' or any polygon layer; its attributes "
            "are kept. Areas are identified by pa_id, else WDPA ids, else fid.\n"
            "BUFFER: records outside an area but within this distance (km) of its boundary are counted as "
            "edge records (0 = off).\n\n"
            "OUTPUT_AREAS: the areas with records, richness (species), threatened (IUCN CR/EN/VU species), "
            "cites (CITES-listed species), partners, last_survey, first_year, last_year, years_covered, "
            "edge_records.\n"
            "OUTPUT_SPECIES_AREAS: one row per species and area: records, abundance sum and maximum "
            "(individualCount, else abundanceMax), first and last date.\n"
            "OUTPUT_SPECIES: per species: records, records inside any area, share protected, number of "
            "areas, countries of the protected records.\n"
            "OUTPUT_OCCURRENCES: the occurrences with pa_ids (';'-separated), n_pas and edge_pa_ids.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OCCURRENCES, self.tr("Occurrences"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROTECTED_AREAS, self.tr("Protected areas"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, self.tr("Edge buffer (km, 0 = none)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0, minValue=0.0, maxValue=500.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Protected areas with figures"), QgsProcessing.SourceType.TypeVectorPolygon))
        # secondary outputs: optional, created by default in the dialog (as native multi-output algorithms)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SPECIES_AREAS, self.tr("Species × protected area"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SPECIES, self.tr("Species protection summary"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_OCCURRENCES, self.tr("Occurrences with protected areas"),
            QgsProcessing.SourceType.TypeVectorPoint,
            optional=True, createByDefault=True))

    # ------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = time.perf_counter()
        occ_source = self.parameterAsSource(parameters, self.OCCURRENCES, context)
        pa_source = self.parameterAsSource(parameters, self.PROTECTED_AREAS, context)
        if occ_source is None:
            self.fail(self.tr("The occurrence layer could not be read."))
        if pa_source is None:
            self.fail(self.tr("The protected-area layer could not be read."))
        if QgsWkbTypes.geometryType(occ_source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            self.fail(self.tr("The occurrence layer must be a point layer."))
        if QgsWkbTypes.geometryType(pa_source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            self.fail(self.tr("The protected-area layer must be a polygon layer."))
        for source, label in ((occ_source, self.tr("occurrence")), (pa_source, self.tr("protected-area"))):
            if not source.sourceCrs().isValid():
                self.fail(self.tr("The {layer} layer has no (or an unknown) coordinate reference system: "
                                  "set its CRS first.").format(layer=label))
        buffer_km = self.parameterAsDouble(parameters, self.BUFFER, context)
        crs = occ_source.sourceCrs()

        # 1. occurrences: columnar read through GDAL when the layer is a plain file, else QGIS
        occ_layer = self._plain_layer(parameters, self.OCCURRENCES, context)
        ogr_info = core.ogr_source(occ_layer)
        occ = None
        if ogr_info is not None:
            try:
                occ = core.read_points_ogr(*ogr_info)
            except (RuntimeError, ValueError):
                occ = None
        fast_read = occ is not None
        if occ is None:
            occ = core.read_points_qgis(occ_source, feedback)
        skipped = getattr(occ, "skipped_without_geometry", 0)
        if fast_read:
            skipped = max(0, occ_source.featureCount() - occ.n)
        if skipped:
            feedback.pushWarning(self.tr("{n} occurrences without geometry were not overlaid "
                                         "(they count as unprotected records).").format(n=skipped))
        feedback.pushInfo(self.tr("{n} occurrences read in {s:.1f} s.").format(
            n=occ.n, s=time.perf_counter() - started))
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20)

        # 2. protected areas into the index (in the occurrences' CRS)
        pa_layer = self._plain_layer(parameters, self.PROTECTED_AREAS, context)
        pa_info = core.ogr_source(pa_layer) if pa_source.sourceCrs() == crs else None
        pa_read = None
        if pa_info is not None:
            try:
                pa_read = core.read_polygons_ogr(*pa_info)
            except (RuntimeError, ValueError):
                pa_read = None
        if pa_read is not None:
            rows, pa_layer_name = pa_read
        else:
            rows = core.polygon_rings_from_source(pa_source, crs, context.transformContext(), feedback)
        labels = core.labels_of_rows(rows, pa_source.fields().names())
        empty = [i for i, r in enumerate(rows) if not r[3]]
        if empty:
            feedback.pushWarning(self.tr("{n} protected areas have no geometry and get no records: {ids}").format(
                n=len(empty), ids=", ".join(labels[i] for i in empty[:20])))
        index = core.PolygonIndex([r[3] for r in rows])
        feedback.setProgress(40)
        if feedback.isCanceled():
            return {}
        point_of_pair, area_of_pair = index.query(occ.x, occ.y)
        feedback.pushInfo(self.tr("{n} point–area matches.").format(n=len(point_of_pair)))
        edge_point = edge_area = None
        if buffer_km > 0:
            grown = core.buffered_rings(rows, buffer_km * 1000.0, pa_source.sourceCrs(), crs,
                                        context.transformContext())
            bp, ba = core.PolygonIndex(grown).query(occ.x, occ.y)
            inside = set(zip(point_of_pair.tolist(), area_of_pair.tolist()))
            keep = np.array([(p, a) not in inside for p, a in zip(bp.tolist(), ba.tolist())], dtype=bool)
            edge_point, edge_area = bp[keep], ba[keep]
        feedback.setProgress(60)

        areas, species_areas, species = core.summarise(occ, point_of_pair, area_of_pair, len(rows),
                                                       edge_point, edge_area)
        results = {}
        results[self.OUTPUT_AREAS] = self._write_areas(parameters, context, feedback, pa_source, rows, areas,
                                                       (pa_info[0], pa_layer_name) if pa_read else None)
        results[self.OUTPUT_SPECIES_AREAS] = self._write_table(
            parameters, self.OUTPUT_SPECIES_AREAS, context, SPECIES_AREA_FIELDS,
            [dict(r, pa_id=labels[r["area"]]) for r in species_areas])
        results[self.OUTPUT_SPECIES] = self._write_table(parameters, self.OUTPUT_SPECIES, context,
                                                         SPECIES_FIELDS, species)
        feedback.setProgress(70)
        pa_ids, n_pas = core.labels_per_point(occ.n, point_of_pair, area_of_pair, labels)
        edge_ids = (core.labels_per_point(occ.n, edge_point, edge_area, labels)[0] if edge_point is not None
                    else np.full(occ.n, "", dtype=object))
        results[self.OUTPUT_OCCURRENCES] = self._write_occurrences(
            parameters, context, feedback, occ_source, occ, ogr_info if fast_read else None,
            pa_ids, n_pas, edge_ids)
        style_output(context, results[self.OUTPUT_AREAS], "overlay_areas.qml")
        style_output(context, results[self.OUTPUT_OCCURRENCES], "overlay_occurrences.qml")
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Overlay done in {s:.1f} s.").format(s=time.perf_counter() - started))
        return {key: dest for key, dest in results.items() if dest is not None}

    # ------------------------------------------------------------------------------------------
    def _plain_layer(self, parameters, name, context):
        """The vector layer behind a source parameter, unless only selected features are used."""
        from qgis.core import QgsProcessingFeatureSourceDefinition

        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
            return None
        try:
            return self.parameterAsVectorLayer(parameters, name, context)
        except Exception:  # noqa: BLE001 - any failure just means: use the generic reader
            return None

    def _write_areas(self, parameters, context, feedback, pa_source, rows, areas, ogr_info):
        destination = self._file_destination(parameters, self.OUTPUT_AREAS, context)
        if ogr_info is not None and destination and os.path.abspath(destination) != os.path.abspath(ogr_info[0]):
            # whole-layer copy by GDAL, then the figures by fid
            kinds = {QVariant.Int: "INTEGER", QVariant.String: "TEXT"}
            try:
                core.write_areas_gpkg(ogr_info[0], ogr_info[1], destination, [r[0] for r in rows], [
                    (name, kinds[kind], [figures[name] for figures in areas]) for name, kind in AREA_FIELDS])
                return destination
            except (RuntimeError, OSError) as exc:
                feedback.pushWarning(self.tr("Fast GeoPackage copy failed ({error}); writing feature by "
                                             "feature.").format(error=str(exc)))
        fields, renamed = make_fields(AREA_FIELDS, pa_source.fields())
        if any(not isinstance(r[1], list) for r in rows):  # read by GDAL: attributes and geometry from QGIS
            features = {f.id(): f for f in pa_source.getFeatures()}
            rows = [(fid, features[fid].attributes(), features[fid].geometry(), rings)
                    for fid, _a, _g, rings in rows]
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, fields, pa_source.wkbType(),
                                          pa_source.sourceCrs())
        if sink is None:
            self.fail(self.tr("Could not create the output layer {name}.").format(name=self.OUTPUT_AREAS))
        for (_fid, attributes, geometry, _rings), figures in zip(rows, areas):
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(list(attributes) + [figures[name] for name, _k in AREA_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_table(self, parameters, name, context, spec, records):
        if not self.output_wanted(parameters, name):
            return None
        fields, _ = make_fields(spec)
        sink, dest = self.optional_sink(parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
        features = []
        for record in records:
            feature = QgsFeature(fields)
            feature.setAttributes([record[key] for key, _k in spec])
            features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _file_destination(self, parameters, name, context):
        """The GeoPackage file an output goes to, or None (memory layer, other format, database)."""
        try:
            destination = self.parameterAsOutputLayer(parameters, name, context)
        except Exception:  # noqa: BLE001 - no file destination: generic sink
            return None
        if destination and destination.lower().endswith(".gpkg") and "|" not in destination:
            return destination
        return None

    def _write_occurrences(self, parameters, context, feedback, occ_source, occ, ogr_info, pa_ids, n_pas,
                           edge_ids):
        if not self.output_wanted(parameters, self.OUTPUT_OCCURRENCES):
            return None
        destination = self._file_destination(parameters, self.OUTPUT_OCCURRENCES, context)
        if ogr_info is not None and destination and os.path.abspath(destination) != os.path.abspath(ogr_info[0]):
            # whole-file copy by GDAL, then the new columns by fid: no per-feature Python
            try:
                sql = {"string": "TEXT", "integer": "INTEGER"}
                columns = [(name, sql[kind], values, default) for (name, kind), values, default in zip(
                    schema.OVERLAY_OCCURRENCE_FIELDS, (pa_ids, n_pas, edge_ids), ("", 0, ""))]
                core.write_occurrences_gpkg(ogr_info[0], getattr(occ, "layer_name", ogr_info[1]), destination, occ,
                                            columns, feedback)
                return destination
            except (RuntimeError, OSError) as exc:
                feedback.pushWarning(self.tr("Fast GeoPackage copy failed ({error}); writing feature by "
                                             "feature.").format(error=str(exc)))
        extra = tuple((name, FIELD_TYPES[kind]) for name, kind in schema.OVERLAY_OCCURRENCE_FIELDS)
        fields, _ = make_fields(extra, occ_source.fields())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_OCCURRENCES, context, fields,
                                          occ_source.wkbType(), occ_source.sourceCrs())
        if sink is None:
            self.fail(self.tr("Could not create the output layer {name}.").format(name=self.OUTPUT_OCCURRENCES))
        position = {int(fid): i for i, fid in enumerate(occ.fids.tolist())}
        total = occ_source.featureCount() or 1
        for n, feature in enumerate(occ_source.getFeatures()):
            i = position.get(feature.id())
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            added = [pa_ids[i], int(n_pas[i]), edge_ids[i]] if i is not None else ["", 0, ""]
            out.setAttributes(feature.attributes() + added)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            if n % 20000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(70 + 30.0 * n / total)
        return dest
