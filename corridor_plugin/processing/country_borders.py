"""``corridor:countryborders``: the shipped Natural Earth borders of the corridor countries,
used as study regions (connectivity, gap grid) and for the country check of occurrences."""
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.borders import CORRIDOR_COUNTRIES, SCALES, country_features
from .base import CorridorAlgorithm


class CountryBordersAlgorithm(CorridorAlgorithm):
    ALG_ID = "countryborders"
    GROUP = "tools"

    COUNTRIES = "COUNTRIES"
    SCALE = "SCALE"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return self.tr("Country borders of the corridor")

    def help_text(self):
        return self.tr(
            "Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor "
            "(Natural Earth, public domain, EPSG:4326) for use as study regions.\n\n"
            "COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).\n"
            "SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do "
            "not share vertices: snap with about 0.001° before border work.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRIES, self.tr("Countries (ISO alpha-3, comma-separated)"),
            defaultValue=",".join(CORRIDOR_COUNTRIES)))
        self.addParameter(QgsProcessingParameterEnum(
            self.SCALE, self.tr("Scale"), options=[self.tr("1:50m"), self.tr("1:110m")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Country borders"), QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        codes = [c for c in self.parameterAsString(parameters, self.COUNTRIES, context).split(",") if c.strip()]
        scale = list(SCALES)[self.parameterAsEnum(parameters, self.SCALE, context)]
        try:
            layer, features = country_features(codes or CORRIDOR_COUNTRIES, scale)
        except ValueError as exc:
            self.fail(str(exc))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, layer.fields(),
                                          QgsWkbTypes.Type.MultiPolygon, layer.crs())
        if sink is None:
            self.fail(self.tr("Could not create the output layer."))
        for i, feature in enumerate(features):
            if feedback.isCanceled():
                break
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (i + 1) / len(features))
        return {self.OUTPUT: dest}
