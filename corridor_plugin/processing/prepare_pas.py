"""``corridor:preparepas``: WDPA (either schema, several files) or national layers → one clean
protected-area layer with a stable ``pa_id`` and a report of every removal and change."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import protected_areas as core
from ..toolbelt.styles import style_output
from .base import CorridorAlgorithm, fields_from_spec

OVERLAPS = ("keep", "erase", "dissolve")


class PreparePasAlgorithm(CorridorAlgorithm):
    ALG_ID = "preparepas"
    GROUP = "protected_areas"

    INPUT = "INPUT"
    REGION = "REGION"
    KEEP_STATUS = "KEEP_STATUS"
    DROP_MAB = "DROP_MAB"
    DROP_OECM = "DROP_OECM"
    DROP_MARINE = "DROP_MARINE"
    BUFFER_POINTS = "BUFFER_POINTS"
    REPAIR = "REPAIR"
    OVERLAPS = "OVERLAPS"
    AREA_CRS = "AREA_CRS"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    LOCAL_NAME_FIELD = "LOCAL_NAME_FIELD"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    DESIGNATION_FIELD = "DESIGNATION_FIELD"
    IUCN_FIELD = "IUCN_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def display_name(self):
        return self.tr("Prepare protected areas")

    def help_text(self):
        return "\n".join([
            self.tr("Reads protected areas from WDPA (legacy schema with WDPAID, or the late-2025 schema with "
                    "SITE_ID; shapefile, GeoPackage or File Geodatabase, polygon and point parts, several files at "
                    "once) or from national layers with a field mapping, and cleans them as the wdpar R package "
                    "does."),
            "",
            self.tr("INPUT: one or more layers. REGION: optional study region (polygons) to clip to."),
            self.tr("KEEP_STATUS keeps Designated/Inscribed/Established sites; DROP_MAB drops UNESCO-MAB Biosphere "
                    "Reserves; DROP_OECM and DROP_MARINE drop OECMs and marine sites; BUFFER_POINTS turns "
                    "point-only sites into circles of their reported area (REP_AREA); REPAIR repairs invalid "
                    "geometries. STATUS_YR 0 becomes null. Sites crossing 180° are split. OVERLAPS: keep, erase by "
                    "IUCN category precedence (Ia first), or dissolve per country. AREA_CRS: equal-area CRS for "
                    "area_km2 (empty: a Lambert azimuthal equal-area projection centred on each site, exact on the "
                    "WGS84 ellipsoid; ESRI:54009 gives wdpar's Mollweide, which is spherical: -0.1 % at 50°N, -0.5 "
                    "% at 70°N)."),
            self.tr("National layers: give ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, "
                    "DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (names of their fields); pa_id is '<layer>:<id>'."),
            "",
            self.tr("OUTPUT fields: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, "
                    "is_transboundary (several ISO3 or part of Dauria / Great Altai), source, provenance. REPORT: "
                    "one row per removed or changed site with the step and the reason."),
            self.tr("country_share: share of the outline inside its ISO3 countries (shipped Natural Earth borders); "
                    "below 0.5 the REPORT flags the site with its share."),
        ])

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Protected-area layers (WDPA or national)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGION, self.tr("Study region"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        for name, label, default in (
                (self.KEEP_STATUS, self.tr("Keep only Designated, Inscribed, Established"), True),
                (self.DROP_MAB, self.tr("Drop UNESCO-MAB Biosphere Reserves"), True),
                (self.DROP_OECM, self.tr("Drop OECMs"), False),
                (self.DROP_MARINE, self.tr("Drop marine sites"), False),
                (self.BUFFER_POINTS, self.tr("Buffer point-only sites to their reported area"), True),
                (self.REPAIR, self.tr("Repair invalid geometries"), True)):
            self.addParameter(QgsProcessingParameterBoolean(name, label, defaultValue=default))
        self.addParameter(QgsProcessingParameterEnum(
            self.OVERLAPS, self.tr("Overlapping areas"),
            options=[self.tr("Keep overlaps"), self.tr("Erase by IUCN category precedence"),
                     self.tr("Dissolve per country")], defaultValue=0))
        self.addParameter(QgsProcessingParameterCrs(
            self.AREA_CRS, self.tr("Equal-area CRS for areas (empty: per-site Lambert azimuthal equal-area)"),
            optional=True))
        for name, label in ((self.ID_FIELD, self.tr("National layers: id field")),
                            (self.NAME_FIELD, self.tr("National layers: name field")),
                            (self.LOCAL_NAME_FIELD, self.tr("National layers: local-name field")),
                            (self.COUNTRY_FIELD, self.tr("National layers: ISO3 country field")),
                            (self.DESIGNATION_FIELD, self.tr("National layers: designation field")),
                            (self.IUCN_FIELD, self.tr("National layers: IUCN category field")),
                            (self.YEAR_FIELD, self.tr("National layers: status year field"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Clean protected areas"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Cleaning report"), QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        given = parameters.get(self.INPUT) or []
        if isinstance(given, (list, tuple)) and layers and len(layers) < len(given):
            self.fail(self.tr("Only {n} of the {m} input layers could be opened: check {sources}").format(
                n=len(layers), m=len(given), sources=", ".join(str(s) for s in given)))
        if not layers:
            sources = parameters.get(self.INPUT) or []
            if sources:
                self.fail(self.tr("None of the input layers could be opened: {sources}").format(
                    sources=", ".join(str(s) for s in sources)))
            self.fail(self.tr("Give at least one protected-area layer."))
        mapping = {key: self.parameterAsString(parameters, param, context).strip() for key, param in (
            ("id", self.ID_FIELD), ("name", self.NAME_FIELD), ("name_local", self.LOCAL_NAME_FIELD),
            ("iso3", self.COUNTRY_FIELD), ("designation", self.DESIGNATION_FIELD),
            ("iucn_cat", self.IUCN_FIELD), ("status_year", self.YEAR_FIELD))}
        report = core.Report()
        sites = []
        total = 0
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer):
                self.fail(self.tr("{name} is not a vector layer.").format(name=layer.name()))
            names = {f.name().upper() for f in layer.fields()}
            missing = [v for v in mapping.values() if v and v.upper() not in names]
            if core.detect_schema(names) is None and missing:
                self.fail(self.tr("The layer {name} has no field {fields}.").format(
                    name=layer.name(), fields=", ".join(missing)))
            total += layer.featureCount()
            try:
                sites.extend(core.read_layer(layer, mapping, report, feedback))
            except core.InputError as exc:
                self.fail(str(exc))
        if total == 0:
            self.fail(self.tr("The input layers hold no features."))
        feedback.setProgress(20)

        options = core.CleanOptions(
            keep_status=self.parameterAsBoolean(parameters, self.KEEP_STATUS, context),
            drop_mab=self.parameterAsBoolean(parameters, self.DROP_MAB, context),
            drop_oecm=self.parameterAsBoolean(parameters, self.DROP_OECM, context),
            drop_marine=self.parameterAsBoolean(parameters, self.DROP_MARINE, context),
            buffer_points=self.parameterAsBoolean(parameters, self.BUFFER_POINTS, context),
            repair=self.parameterAsBoolean(parameters, self.REPAIR, context),
            overlaps=OVERLAPS[self.parameterAsEnum(parameters, self.OVERLAPS, context)])
        area_crs = self.parameterAsCrs(parameters, self.AREA_CRS, context)
        if area_crs.isValid():
            options.area_crs = area_crs.authid() or area_crs.toWkt()
        region = self.parameterAsSource(parameters, self.REGION, context)
        if region is not None:
            options.region = self._region_geometry(region, context)
        try:
            clean = core.clean(sites, options, report, feedback)
        except core.InputError as exc:
            self.fail(str(exc))
        feedback.setProgress(80)

        fields = fields_from_spec(core.CLEAN_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          QgsCoordinateReferenceSystem(core.WGS84))
        if sink is None:
            self.fail(self.tr("Could not create the output layer {name}.").format(name=self.OUTPUT))
        style_output(context, dest, "protected_areas.qml")
        for site in clean:
            feature = QgsFeature(fields)
            geometry = QgsGeometry(site.geometry)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([site.pa_id, site.name, site.name_local, site.iso3, site.designation,
                                   site.iucn_cat, site.status_year, round(site.area_km2, 3),
                                   bool(site.is_transboundary), site.source, "; ".join(site.provenance),
                                   None if site.country_share is None else round(site.country_share, 4)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        report_fields = fields_from_spec(core.REPORT_FIELDS)
        report_sink, report_dest = self.parameterAsSink(parameters, self.REPORT, context, report_fields,
                                                        QgsWkbTypes.Type.NoGeometry)
        if report_sink is None:
            self.fail(self.tr("Could not create the output layer {name}.").format(name=self.REPORT))
        for row in report.rows:
            feature = QgsFeature(report_fields)
            feature.setAttributes([row[name] for name, _k in core.REPORT_FIELDS])
            report_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        steps = sorted({(r["step"], r["action"]) for r in report.rows})
        for step, action in steps:
            feedback.pushInfo(self.tr("{step}: {n} {action}").format(
                step=step, n=report.count(step, action), action=action))
        feedback.pushInfo(self.tr("{read} sites read, {kept} kept.").format(read=total, kept=len(clean)))
        if not clean:
            feedback.reportError(self.tr("No protected area is left after cleaning: see the report."))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.REPORT: report_dest}

    def _region_geometry(self, region, context):
        if not region.sourceCrs().isValid():
            self.fail(self.tr("The study region has no (or an unknown) coordinate reference system."))
        transform = QgsCoordinateTransform(region.sourceCrs(), QgsCoordinateReferenceSystem(core.WGS84),
                                           context.transformContext())
        parts = []
        for feature in region.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
            parts.append(geometry.makeValid())
        if not parts:
            self.fail(self.tr("The study region has no polygon."))
        return QgsGeometry.unaryUnion(parts)
