"""``corridor:connectivity``: ProtConn, PC/ECA and node importance (dPC) per region and d50,
with transboundary stepping stones and barriers. A thin shell over ``core.connectivity``."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import schema as output_schema
from ..core.connectivity import network as nw
from ..core.connectivity.analysis import Settings, analyse_region
from ..core.connectivity.graph import NotEnoughMemory
from ..toolbelt.styles import style_output
from .base import CorridorAlgorithm, fields_from_spec

# Output fields: core/schema.py (the report and the dock read them by these names).
SUMMARY_SCHEMA = output_schema.CONNECTIVITY_SUMMARY_FIELDS
NODE_SCHEMA = output_schema.CONNECTIVITY_NODE_FIELDS
LINK_SCHEMA = output_schema.CONNECTIVITY_LINK_FIELDS
CLUSTER_SCHEMA = output_schema.CONNECTIVITY_CLUSTER_FIELDS


def _feature(fields, values, geometry=None):
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    for name in fields.names():
        value = values.get(name)
        if name in ("pa_id", "from_id", "to_id", "region_id") and value is not None:
            value = str(value)
        feature[name] = value
    return feature


def parse_distances(text):
    """'10000, 30000' -> [10000.0, 30000.0]; ValueError on anything else."""
    values = []
    for item in str(text).replace(";", ",").split(","):
        if item.strip():
            value = float(item)
            if not value > 0:
                raise ValueError(item)
            values.append(value)
    if not values:
        raise ValueError(text)
    return values


class ConnectivityAlgorithm(CorridorAlgorithm):
    ALG_ID = "connectivity"
    GROUP = "connectivity"

    INPUT = "INPUT"
    REGIONS = "REGIONS"
    REGION_FIELD = "REGION_FIELD"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    DISTANCES = "DISTANCES"
    PROBABILITY = "PROBABILITY"
    DISTANCE_TYPE = "DISTANCE_TYPE"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    TRANSBOUNDARY = "TRANSBOUNDARY"
    TRANSBOUNDARY_TYPE = "TRANSBOUNDARY_TYPE"
    BARRIERS = "BARRIERS"
    PERMEABILITY = "PERMEABILITY"
    CLIP = "CLIP"
    NODE_IMPORTANCE = "NODE_IMPORTANCE"
    CHECKLIST = "CHECKLIST"
    SPECIES_FIELD = "SPECIES_FIELD"
    DISPERSAL_FIELD = "DISPERSAL_FIELD"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_NODES = "OUTPUT_NODES"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_CLUSTERS = "OUTPUT_CLUSTERS"

    def display_name(self):
        return self.tr("Transboundary connectivity (ProtConn, PC, dPC)")

    def help_text(self):
        return "\n\n".join([
            self.tr("Connectivity of protected areas per region and dispersal distance, with the Probability of "
                    "Connectivity (Saura & Pascual-Hortal 2007) and ProtConn (Saura et al. 2017, 2018); results "
                    "match the Makurhini R package on its example data."),
            self.tr("Areas inside each region are clipped, dissolved and split into parts (nodes weighted by their "
                    "area in ha). Areas outside the region but within the transboundary buffer are stepping stones "
                    "with weight 0: ProtConn[Trans] is the connectivity that exists only through them."),
            self.tr("DISTANCES: median dispersal distances d50 in metres, comma-separated; p_ij = exp(-k d_ij) with "
                    "p = PROBABILITY at d50. DISTANCE_TYPE: edge-to-edge or centroid (centroid of the largest part, "
                    "point on surface when outside). MIN_PROBABILITY: links below it are dropped (0 = keep all "
                    "above 1e-6). BARRIERS: lines; the probability of a link crossing one is multiplied by "
                    "PERMEABILITY (0 = impassable). CHECKLIST: a species table whose dispersal distances (km) are "
                    "added as further d50 values, named in the summary's species field."),
            self.tr("Outputs: summary (one row per region and d50), nodes with dPC and its intra/flux/connector "
                    "parts and rank, links (from_id/to_id are the pa_id of the areas, else their feature id), and "
                    "transboundary clusters (components spanning more than one country). A geographic input CRS is "
                    "projected to an equal-area CRS centred on the data; outputs are in that CRS."),
            self.tr("A node of touching or overlapping areas keeps them all: name lists every name, member_ids "
                    "every id (pa_id is the one with the largest share), country the set of their ISO3 codes. A "
                    "link is transboundary when the two nodes' country sets differ. Pieces of one area (split by "
                    "the region border) are contiguous in the graph but not written as links. Areas are counted in "
                    "the region where they lie (clipped)."),
        ])

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Protected areas"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGIONS, self.tr("Regions (countries, ecoregions, study area)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region id field"), parentLayerParameterName=self.REGIONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY_FIELD, self.tr("Country field of the protected areas"), defaultValue="iso3",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DISTANCES, self.tr("Median dispersal distances d50 (m, comma-separated)"), defaultValue="10000"))
        self.addParameter(QgsProcessingParameterNumber(
            self.PROBABILITY, self.tr("Link probability at d50"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.5, minValue=0.0001, maxValue=0.9999))
        self.addParameter(QgsProcessingParameterEnum(
            self.DISTANCE_TYPE, self.tr("Distance between areas"),
            options=[self.tr("Edge to edge"), self.tr("Centroid")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PROBABILITY, self.tr("Minimum link probability (0 = none)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TRANSBOUNDARY, self.tr("Transboundary buffer (m, 0 = none)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.TRANSBOUNDARY_TYPE, self.tr("Transboundary buffer around"),
            options=[self.tr("The region's protected areas (nodes)"), self.tr("The region")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BARRIERS, self.tr("Barriers (fences, fenced railways, highways)"),
            [QgsProcessing.SourceType.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMEABILITY, self.tr("Barrier permeability (multiplies p of crossing links)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.1, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CLIP, self.tr("Clip areas to the region (off: whole patches, region gives only its area)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.NODE_IMPORTANCE, self.tr("Compute node importance (dPC)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CHECKLIST, self.tr("Species checklist (adds one d50 per published dispersal distance)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SPECIES_FIELD, self.tr("Species name field"), defaultValue="scientific_name_accepted",
            parentLayerParameterName=self.CHECKLIST, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DISPERSAL_FIELD, self.tr("Dispersal distance field (km, taken as d50)"), defaultValue="dispersal_km",
            parentLayerParameterName=self.CHECKLIST, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Connectivity summary"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_NODES, self.tr("Connectivity nodes"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINKS, self.tr("Connectivity links"), QgsProcessing.SourceType.TypeVectorLine, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CLUSTERS, self.tr("Transboundary clusters"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True))

    # ------------------------------------------------------------------------------------------
    def _species_distances(self, parameters, context):
        """{d50 in m: [species, ...]} from the checklist's published dispersal distances (km)."""
        checklist = self.parameterAsSource(parameters, self.CHECKLIST, context)
        if checklist is None:
            return {}
        species_field = self.parameterAsString(parameters, self.SPECIES_FIELD, context)
        dispersal_field = self.parameterAsString(parameters, self.DISPERSAL_FIELD, context)
        names = checklist.fields().names()
        if dispersal_field not in names:
            self.fail(self.tr("The checklist has no field {field}.").format(field=dispersal_field))
        by_distance = {}
        for feature in checklist.getFeatures():
            text = str(feature[dispersal_field] or "").strip()
            try:
                km = float(text)
            except ValueError:
                continue  # empty or marked unverified: no published figure to use
            if km > 0:
                name = str(feature[species_field]) if species_field in names else str(feature.id())
                by_distance.setdefault(km * 1000.0, []).append(name)
        return by_distance

    def _settings(self, parameters, context):
        species = self._species_distances(parameters, context)
        text = self.parameterAsString(parameters, self.DISTANCES, context)
        try:
            distances = parse_distances(text) if text.strip() or not species else []
        except ValueError:
            self.fail(self.tr("DISTANCES must be positive numbers in metres separated by commas, e.g. 10000,30000."))
        distances = sorted(set(distances) | set(species))
        return Settings(
            species={d: "; ".join(names) for d, names in species.items()},
            distances=distances,
            probability=self.parameterAsDouble(parameters, self.PROBABILITY, context),
            distance_type=self.parameterAsEnum(parameters, self.DISTANCE_TYPE, context),
            min_probability=self.parameterAsDouble(parameters, self.MIN_PROBABILITY, context),
            transboundary_m=self.parameterAsDouble(parameters, self.TRANSBOUNDARY, context),
            transboundary_type=self.parameterAsEnum(parameters, self.TRANSBOUNDARY_TYPE, context),
            permeability=self.parameterAsDouble(parameters, self.PERMEABILITY, context),
            clip=self.parameterAsBoolean(parameters, self.CLIP, context),
            node_importance=self.parameterAsBoolean(parameters, self.NODE_IMPORTANCE, context),
            want_links=self.OUTPUT_LINKS in parameters and parameters[self.OUTPUT_LINKS] is not None,
            want_clusters=self.OUTPUT_CLUSTERS in parameters and parameters[self.OUTPUT_CLUSTERS] is not None,
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        regions = self.parameterAsSource(parameters, self.REGIONS, context)
        if source is None:
            self.fail(self.tr("The protected areas layer could not be read."))
        if regions is None:
            self.fail(self.tr("The regions layer could not be read."))
        settings = self._settings(parameters, context)
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context)
        country_field = self.parameterAsString(parameters, self.COUNTRY_FIELD, context)
        barrier_source = self.parameterAsSource(parameters, self.BARRIERS, context)

        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        extent = QgsRectangle(source.sourceExtent())
        to_wgs = nw.transform_to(source.sourceCrs(), wgs84)
        if to_wgs is not None and not extent.isEmpty():
            extent = to_wgs.transformBoundingBox(extent)
        crs = nw.working_crs(source.sourceCrs(), extent)
        if crs != source.sourceCrs():
            feedback.pushInfo(self.tr("The protected areas are in a geographic CRS: working in {crs}.").format(
                crs=crs.toProj()))

        fields = source.fields()
        id_field = "pa_id" if fields.lookupField("pa_id") >= 0 else ""
        name_field = "name" if fields.lookupField("name") >= 0 else ""
        if country_field and fields.lookupField(country_field) < 0:
            feedback.pushWarning(self.tr("Country field {field} not found: links and clusters carry no country.")
                                 .format(field=country_field))
            country_field = ""
        feedback.setProgressText(self.tr("Reading protected areas"))
        areas, skipped = nw.read_areas(_SourceAsLayer(source), nw.transform_to(source.sourceCrs(), crs),
                                       id_field, name_field, country_field)
        if skipped:
            feedback.pushWarning(self.tr("{n} protected areas have no usable polygon and were left out "
                                         "(feature ids: {ids}).").format(
                n=len(skipped), ids=", ".join(str(s) for s in skipped[:20])))
        area_index = nw.AreaIndex(areas)

        barriers = None
        if barrier_source is not None:
            to_work = nw.transform_to(barrier_source.sourceCrs(), crs)
            geoms = []
            for f in barrier_source.getFeatures():
                g = f.geometry()
                if g is not None and not g.isEmpty():
                    if to_work is not None:
                        g.transform(to_work)
                    geoms.append(g)
            barriers = nw.Barriers(geoms)

        sinks = self._sinks(parameters, context, crs)
        region_transform = nw.transform_to(regions.sourceCrs(), crs)
        region_features = list(regions.getFeatures())
        if not region_features:
            self.fail(self.tr("The regions layer has no feature."))
        region_idx = regions.fields().lookupField(region_field) if region_field else -1
        for number, feature in enumerate(region_features):
            if feedback.isCanceled():
                break
            region_id = feature[region_idx] if region_idx >= 0 else feature.id()
            region = nw.clean(feature.geometry(), region_transform)
            if region is None:
                feedback.pushWarning(self.tr("Region {id} has no usable polygon: skipped.").format(id=region_id))
                continue
            feedback.setProgressText(self.tr("Region {id} ({n} of {total})").format(
                id=region_id, n=number + 1, total=len(region_features)))
            try:
                result = analyse_region(area_index, region, region_id, settings, barriers,
                                        _Scaled(feedback, number, len(region_features)))
            except NotEnoughMemory as error:
                self.fail(self.tr(
                    "Region {id}: node importance (dPC) for a component of {nodes} nodes needs about {needed:.1f} GB "
                    "of memory or temporary disk space, and {available:.1f} GB are free. Raise MIN_PROBABILITY, "
                    "lower the dispersal distance or turn NODE_IMPORTANCE off.").format(
                        id=region_id, nodes=error.nodes, needed=error.needed / 2**30,
                        available=error.available / 2**30))
            if result.empty:
                feedback.pushWarning(self.tr("Region {id} holds no protected area: its indices are 0.").format(
                    id=region_id))
            self._write(sinks, result)
        return {key: dest for key, (_sink, dest, _fields) in sinks.items()}

    def _sinks(self, parameters, context, crs):
        sinks = {}
        specs = [(self.OUTPUT_SUMMARY, SUMMARY_SCHEMA, QgsWkbTypes.Type.NoGeometry, None),
                 (self.OUTPUT_NODES, NODE_SCHEMA, QgsWkbTypes.Type.MultiPolygon, "connectivity_nodes.qml"),
                 (self.OUTPUT_LINKS, LINK_SCHEMA, QgsWkbTypes.Type.LineString, "connectivity_links.qml"),
                 (self.OUTPUT_CLUSTERS, CLUSTER_SCHEMA, QgsWkbTypes.Type.MultiPolygon, None)]
        for key, schema, wkb, qml in specs:
            if key != self.OUTPUT_SUMMARY and parameters.get(key) is None:
                continue
            fields = fields_from_spec(schema)
            sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb, crs)
            if sink is None:
                if key == self.OUTPUT_SUMMARY:
                    self.fail(self.tr("Could not create the output layer."))
                continue
            if qml:
                style_output(context, dest, qml)
            sinks[key] = (sink, dest, fields)
        return sinks

    def _write(self, sinks, result):
        targets = [(self.OUTPUT_SUMMARY, [(None, row) for row in result.summaries]),
                   (self.OUTPUT_NODES, result.nodes), (self.OUTPUT_LINKS, result.links),
                   (self.OUTPUT_CLUSTERS, result.clusters)]
        for key, rows in targets:
            if key not in sinks:
                continue
            sink, _dest, fields = sinks[key]
            for geometry, values in rows:
                if geometry is not None and key in (self.OUTPUT_NODES, self.OUTPUT_CLUSTERS):
                    geometry.convertToMultiType()
                sink.addFeature(_feature(fields, values, geometry), QgsFeatureSink.Flag.FastInsert)


class _SourceAsLayer:
    """Lets ``network.read_areas`` read a QgsProcessingFeatureSource like a layer."""

    def __init__(self, source):
        self._source = source

    def fields(self):
        return self._source.fields()

    def featureCount(self):  # noqa: N802
        return self._source.featureCount()

    def getFeatures(self, request=None):  # noqa: N802
        return self._source.getFeatures()


class _Scaled:
    """Feedback of one region mapped onto its share of the whole run."""

    def __init__(self, feedback, number, total):
        self._feedback, self._number, self._total = feedback, number, total

    def setProgress(self, percent):  # noqa: N802
        self._feedback.setProgress((self._number + percent / 100.0) * 100.0 / self._total)

    def isCanceled(self):  # noqa: N802
        return self._feedback.isCanceled()

