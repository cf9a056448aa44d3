"""Country borders shipped in ``seeds/borders`` (Natural Earth admin-0, public domain)."""
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..toolbelt.i18n import tr
from ..toolbelt.paths import seeds_path

BORDERS_FILE = "countries_naturalearth.gpkg"
SCALES = {"50m": "ne_50m_admin0", "110m": "ne_110m_admin0"}
CORRIDOR_COUNTRIES = ("CHN", "MNG", "RUS", "KAZ")
# Natural Earth's 1:50m outlines of neighbours do not share vertices; work along borders needs this.
BORDER_SNAP_TOLERANCE_DEG = 0.001


def borders_path():
    return seeds_path("borders", BORDERS_FILE)


def borders_layer(scale: str = "50m") -> QgsVectorLayer:
    """The admin-0 layer of the given Natural Earth scale; raises ValueError with a clear message."""
    if scale not in SCALES:
        raise ValueError(tr("Unknown border scale '{scale}': use 50m or 110m.").format(scale=scale))
    layer = QgsVectorLayer(f"{borders_path()}|layername={SCALES[scale]}", f"borders_{scale}", "ogr")
    if not layer.isValid():
        raise ValueError(tr("The country borders file is missing or unreadable: {path}").format(
            path=borders_path()))
    return layer


def iso3_field(layer) -> str:
    names = [f.name() for f in layer.fields()]
    for candidate in ("ADM0_A3", "ISO_A3", "adm0_a3", "iso_a3", "iso3"):
        if candidate in names:
            return candidate
    raise ValueError(tr("The borders layer has no ISO 3166-1 alpha-3 field."))


def country_features(iso3_codes=CORRIDOR_COUNTRIES, scale: str = "50m"):
    """Features of the requested countries, in the order asked. Unknown codes raise ValueError."""
    layer = borders_layer(scale)
    field = iso3_field(layer)
    wanted = [code.strip().upper() for code in iso3_codes]
    found = {}
    for feature in layer.getFeatures(QgsFeatureRequest()):
        code = str(feature[field]).upper()
        if code in wanted:
            found[code] = feature
    unknown = [code for code in wanted if code not in found]
    if unknown:
        raise ValueError(tr("No border in the shipped borders for: {codes}. Available: {available}").format(
            codes=", ".join(unknown), available=", ".join(CORRIDOR_COUNTRIES)))
    return layer, [found[code] for code in wanted]
