#!/usr/bin/env python3
"""Build the QML styles of the import and protected-area outputs in resources/styles/ with QGIS's own
renderer classes (the other styles were saved from QGIS the same way). Legend labels are English here;
``corridor_plugin.toolbelt.styles.LABELS`` translates them when a style is applied.

* occurrences.qml: points by IUCN Red List category, in the Red List's own colours.
* overlay_occurrences.qml: points inside a protected area, near the edge of one (within the buffer), outside.
* protected_areas.qml: transboundary areas (several countries, or part of Dauria / Great Altai) and national.
* overlay_areas.qml: protected areas graduated by species richness (breaks refitted to the data on load).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_headless import REPO, start_qgis  # noqa: E402

IUCN = [("CR", "CR Critically Endangered", "#d81e05"), ("EN", "EN Endangered", "#fc7f3f"),
        ("VU", "VU Vulnerable", "#f9e814"), ("NT", "NT Near Threatened", "#cce226"),
        ("LC", "LC Least Concern", "#60c659"), ("DD", "DD Data Deficient", "#d1d1c6")]


def _marker(color):
    from qgis.core import QgsMarkerSymbol

    return QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "size": "2.4",
                                         "outline_color": "#3a3a3a", "outline_width": "0.2"})


def _fill(color, outline, width):
    from qgis.core import QgsFillSymbol

    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": width,
                                       "style": "solid"})


def _rules(layer, rules):
    """A rule-based renderer from (expression or None for ELSE, label, symbol)."""
    from qgis.core import QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    for expression, label, symbol in rules:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression or "", label)
        if expression is None:
            rule.setIsElse(True)
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def main():
    start_qgis()
    from qgis.core import (
        QgsClassificationJenks,
        QgsGradientColorRamp,
        QgsGraduatedSymbolRenderer,
        QgsRendererRange,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QColor

    styles = REPO / "resources" / "styles"
    points = QgsVectorLayer("Point?crs=EPSG:4326&field=iucnCategory:string&field=n_pas:integer"
                            "&field=edge_pa_ids:string", "points", "memory")
    _rules(points, [(f"\"iucnCategory\" = '{code}'", label, _marker(color)) for code, label, color in IUCN]
           + [(None, "not assessed", _marker("#9e9e9e"))])
    points.saveNamedStyle(str(styles / "occurrences.qml"))

    _rules(points, [("\"n_pas\" > 0", "inside a protected area", _marker("#1a9850")),
                    ("coalesce(\"edge_pa_ids\", '') <> ''", "near the edge of a protected area", _marker("#fdae61")),
                    (None, "outside protected areas", _marker("#d73027"))])
    points.saveNamedStyle(str(styles / "overlay_occurrences.qml"))

    areas = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=is_transboundary:boolean&field=richness:integer",
                           "areas", "memory")
    _rules(areas, [("\"is_transboundary\"", "transboundary", _fill("46,125,50,110", "#1b5e20", "0.6")),
                   (None, "national", _fill("102,187,106,80", "#2e7d32", "0.3"))])
    areas.saveNamedStyle(str(styles / "protected_areas.qml"))

    ramp = QgsGradientColorRamp(QColor("#edf8e9"), QColor("#006d2c"))
    # placeholder breaks: apply_style refits them to the layer (Jenks, 5 classes)
    ranges = [QgsRendererRange(low, high, _fill("#000000", "#4d4d4d", "0.3"), f"{low:g} – {high:g}")
              for low, high in ((0, 1), (1, 3), (3, 6), (6, 10), (10, 100))]
    renderer = QgsGraduatedSymbolRenderer("richness", ranges)
    renderer.setClassificationMethod(QgsClassificationJenks())
    renderer.updateColorRamp(ramp)
    areas.setRenderer(renderer)
    areas.saveNamedStyle(str(styles / "overlay_areas.qml"))
    print("styles written to", styles)


if __name__ == "__main__":
    main()
