"""Shipped QML styles (``resources/styles``) applied to output layers, by Processing when it loads an
output and by the dock: one implementation for every algorithm.

Legend labels in the QML files are English; :data:`LABELS` gives their translations, so a legend reads in
the user's language like the rest of Corridor. Colours that depend on the data (a cost raster's range, the
class breaks of a count) are fitted to the layer after loading."""
import os

from qgis.core import QgsProcessingLayerPostProcessorInterface

from .i18n import tr
from .paths import style_path
from .qgis_compat import band_statistics

# English legend label in a QML → its translation (only labels with words; numbers need none)
LABELS = {
    "above VU": lambda: tr("above VU"),
    "data insufficient (too few records)": lambda: tr("data insufficient (too few records)"),
    "0 (no shortfall)": lambda: tr("0 (no shortfall)"),
    "CR (< 100 km²)": lambda: tr("CR (< 100 km²)"),
    "EN (< 5,000 km²)": lambda: tr("EN (< 5,000 km²)"),
    "VU (< 20,000 km²)": lambda: tr("VU (< 20,000 km²)"),
    "CR Critically Endangered": lambda: tr("CR Critically Endangered"),
    "EN Endangered": lambda: tr("EN Endangered"),
    "VU Vulnerable": lambda: tr("VU Vulnerable"),
    "NT Near Threatened": lambda: tr("NT Near Threatened"),
    "LC Least Concern": lambda: tr("LC Least Concern"),
    "DD Data Deficient": lambda: tr("DD Data Deficient"),
    "not assessed": lambda: tr("not assessed"),
    "inside a protected area": lambda: tr("inside a protected area"),
    "near the edge of a protected area": lambda: tr("near the edge of a protected area"),
    "outside protected areas": lambda: tr("outside protected areas"),
    "transboundary": lambda: tr("transboundary"),
    "national": lambda: tr("national"),
}

# styles whose class breaks are drawn from the data (counts that vary from one region to the next)
FITTED = {"overlay_areas.qml"}

# Processing keeps only a raw pointer to a post-processor: Python must keep each one alive
_LOADERS = []


def translate_legend(layer) -> int:
    """Replace the English labels of the layer's categories, classes or rules by their translation;
    returns how many were translated."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None:
        return 0
    changed = 0
    kind = renderer.type()
    if kind == "categorizedSymbol":
        for index, category in enumerate(renderer.categories()):
            if category.label() in LABELS:
                renderer.updateCategoryLabel(index, LABELS[category.label()]())
                changed += 1
    elif kind == "graduatedSymbol":
        for index, class_range in enumerate(renderer.ranges()):
            if class_range.label() in LABELS:
                renderer.updateRangeLabel(index, LABELS[class_range.label()]())
                changed += 1
    elif kind == "RuleRenderer":
        for rule in renderer.rootRule().descendants():
            if rule.label() in LABELS:
                rule.setLabel(LABELS[rule.label()]())
                changed += 1
    return changed


def fit_to_data(layer) -> None:
    """Colours that depend on the values: a single-band pseudo-colour raster stretched to its minimum and
    maximum; a graduated vector style reclassified on the layer with its own method and class count."""
    from qgis.core import (
        QgsColorRampShader,
        QgsSingleBandPseudoColorRenderer,
    )

    renderer = layer.renderer()
    if isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        stats = band_statistics(layer.dataProvider(), 1)
        if stats.maximumValue > stats.minimumValue:
            ramp = renderer.shader().rasterShaderFunction().sourceColorRamp()
            renderer.setClassificationMin(stats.minimumValue)
            renderer.setClassificationMax(stats.maximumValue)
            renderer.createShader(ramp.clone() if ramp else None, QgsColorRampShader.Type.Interpolated,
                                  QgsColorRampShader.ClassificationMode.Continuous, 5)
    elif renderer is not None and renderer.type() == "graduatedSymbol" and layer.featureCount() > 0:
        classes = len(renderer.ranges()) or 5
        renderer.updateClasses(layer, classes)
        ramp = renderer.sourceColorRamp()
        if ramp is not None:
            renderer.updateColorRamp(ramp.clone())


def apply_style(layer, name: str, fit=None) -> bool:
    """Load ``resources/styles/<name>`` into ``layer``, translate its legend and, with ``fit`` (default:
    the style is in :data:`FITTED`), fit its colours to the data. False when the style file is missing
    or QGIS cannot read it."""
    path = style_path(name)
    fit = name in FITTED if fit is None else fit
    if layer is None or not os.path.exists(path):
        return False
    _message, ok = layer.loadNamedStyle(path)
    if not ok:
        return False
    from qgis.core import QgsMapLayerType

    if fit or layer.type() == QgsMapLayerType.RasterLayer:  # rasters: always stretched to their own values
        fit_to_data(layer)
    translate_legend(layer)
    layer.triggerRepaint()
    return True


class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Applies a shipped style to an output when Processing loads it (GUI, models, batch)."""

    def __init__(self, name: str, fit=None):
        super().__init__()
        self.name = name
        self.fit = fit

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        apply_style(layer, self.name, self.fit)


def style_output(context, dest, name: str, fit=None):
    """Style the output ``dest`` with ``name`` when Processing loads it; None when it is not loaded."""
    if not dest or not context.willLoadLayerOnCompletion(dest):
        return None
    loader = StyleLoader(name, fit)
    _LOADERS.append(loader)
    context.layerToLoadOnCompletionDetails(dest).setPostProcessor(loader)
    return loader
