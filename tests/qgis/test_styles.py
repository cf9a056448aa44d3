"""Shipped styles: every one named in the code exists and loads, every worded legend label is translated,
and the workflow's outputs come out styled when Processing loads them (as in the GUI)."""
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STYLES = REPO / "resources" / "styles"


def _named_in_code():
    names = set()
    for path in (REPO / "corridor_plugin").rglob("*.py"):
        names |= set(re.findall(r"\"(\w+\.qml)\"", path.read_text(encoding="utf-8")))
    return names


def _labels(qml):
    import html

    return [html.unescape(label) for label in re.findall(r' label="([^"]*)"', qml.read_text(encoding="utf-8"))]


def test_every_style_named_in_the_code_is_shipped_and_loads(qgis_app, tmp_path):
    import numpy as np
    from osgeo import gdal
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    names = _named_in_code()
    assert {"occurrences.qml", "overlay_areas.qml", "overlay_occurrences.qml", "protected_areas.qml",
            "corridor_raster.qml"} <= names
    assert names == {path.name for path in STYLES.glob("*.qml")}  # none missing, none orphaned
    raster_path = str(tmp_path / "r.tif")
    raster = gdal.GetDriverByName("GTiff").Create(raster_path, 4, 4, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((100, 1, 0, 50, 0, -1))
    raster.GetRasterBand(1).WriteArray(np.arange(16, dtype=np.float32).reshape(4, 4))
    raster = None
    geometry = {"marker": "Point", "line": "LineString", "fill": "Polygon"}
    for name in names:
        text = (STYLES / name).read_text(encoding="utf-8")
        symbol = re.search(r'<symbol type="(\w+)"', text)
        layer = (QgsVectorLayer(f"{geometry[symbol.group(1)]}?crs=EPSG:4326", "v", "memory") if symbol
                 else QgsRasterLayer(raster_path, "r"))
        _message, ok = layer.loadNamedStyle(str(STYLES / name))
        assert ok and layer.renderer() is not None, name


def test_every_worded_legend_label_has_a_translation():
    from corridor_plugin.toolbelt.styles import LABELS

    worded = {label for qml in STYLES.glob("*.qml") for label in _labels(qml) if re.search(r"[A-Za-z]{2}", label)}
    assert worded, "no worded labels found: the pattern no longer matches the QML files"
    assert worded <= set(LABELS), sorted(worded - set(LABELS))


def test_legend_reads_in_the_users_language(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from corridor_plugin.toolbelt.styles import apply_style

    qm = tmp_path / "corridor_ru.qm"
    subprocess.run(["lrelease", "-silent", str(REPO / "resources" / "i18n" / "corridor_ru.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        layer = QgsVectorLayer("Point?crs=EPSG:4326&field=n_pas:integer&field=edge_pa_ids:string", "p", "memory")
        assert apply_style(layer, "overlay_occurrences.qml")
        labels = [rule.label() for rule in layer.renderer().rootRule().children()]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert len(labels) == 3
    assert all(re.search("[А-Яа-я]", label) for label in labels), labels


def _loaded(results, key):
    from qgis.core import QgsProject

    layers = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.source().split("|")[0] == str(results[key]).split("|")[0]]
    assert len(layers) == 1, (key, results[key])
    return layers[0]


@pytest.fixture
def loaded_workflow(corridor_plugin, seeds, tmp_path):
    """Sheets → clean protected areas → overlay, each run as the GUI runs it (outputs loaded)."""
    import processing
    from qgis.core import QgsProject

    sheets = seeds / "sheets"
    imported = processing.runAndLoadResults("corridor:importsheets", {
        "INPUT": [str(sheets / n) for n in ("mng_dauria_survey.xlsx", "rus_daursky_cp1251.csv",
                                            "chn_hulun_gb18030.csv", "kaz_altai_pulkovo_gk.txt")],
        "PARTNER": "style test", "SITES": str(sheets / "sites_altai.geojson"),
        "OUTPUT": str(tmp_path / "occ.gpkg"), "REJECTED": str(tmp_path / "rej.gpkg")})
    prepared = processing.runAndLoadResults("corridor:preparepas", {
        "INPUT": [str(seeds / "protected_areas" / "wdpa_sample_legacy.gpkg")],
        "OUTPUT": str(tmp_path / "pas.gpkg"), "REPORT": str(tmp_path / "pas_report.gpkg")})
    overlaid = processing.runAndLoadResults("corridor:overlay", {
        "OCCURRENCES": imported["OUTPUT"], "PROTECTED_AREAS": prepared["OUTPUT"], "BUFFER": 5,
        "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"), "OUTPUT_SPECIES_AREAS": str(tmp_path / "sa.gpkg"),
        "OUTPUT_SPECIES": str(tmp_path / "species.gpkg"), "OUTPUT_OCCURRENCES": str(tmp_path / "occ_pa.gpkg")})
    yield imported, prepared, overlaid
    QgsProject.instance().removeAllMapLayers()


def test_workflow_outputs_are_styled_when_loaded(loaded_workflow):
    imported, prepared, overlaid = loaded_workflow
    occurrences = _loaded(imported, "OUTPUT")
    rules = occurrences.renderer().rootRule().children()
    assert [r.label() for r in rules][:3] == ["CR Critically Endangered", "EN Endangered", "VU Vulnerable"]
    assert rules[-1].isElse()
    # every imported record falls under exactly one rule: the categories are those the checklist writes
    context_counts = {}
    for feature in occurrences.getFeatures():
        category = feature["iucnCategory"] or ""
        context_counts[category] = context_counts.get(category, 0) + 1
    assert set(context_counts) <= {"CR", "EN", "VU", "NT", "LC", "DD", ""}, context_counts

    areas = _loaded(prepared, "OUTPUT")
    assert [r.label() for r in areas.renderer().rootRule().children()] == ["transboundary", "national"]

    overlay_areas = _loaded(overlaid, "OUTPUT_AREAS")
    renderer = overlay_areas.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "richness"
    richness = sorted(f["richness"] for f in overlay_areas.getFeatures())
    ranges = renderer.ranges()
    # breaks refitted to this layer's values (the QML's placeholder breaks end at 100)
    assert ranges[0].lowerValue() == richness[0] and ranges[-1].upperValue() == richness[-1] < 100
    assert all(a.upperValue() == b.lowerValue() for a, b in zip(ranges, ranges[1:]))
    colours = [r.symbol().color().name() for r in ranges]
    assert len(set(colours)) == len(colours)  # the ramp spread over the new classes

    points = _loaded(overlaid, "OUTPUT_OCCURRENCES")
    labels = [r.label() for r in points.renderer().rootRule().children()]
    assert labels == ["inside a protected area", "near the edge of a protected area", "outside protected areas"]
    inside = sum(1 for f in points.getFeatures() if f["n_pas"] > 0)
    assert 0 < inside < points.featureCount()
