"""``corridor:corridors`` through Processing on the border scene of ``conftest.py``."""
import math
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from corridor_plugin.toolbelt.qgis_compat import make_field
from tests.builders import corridors as build
from tests.corridors.conftest import AREA_CELLS, CELL, EPSG, GAP, ORIGIN, box

SQRT2 = math.sqrt(2.0)
# Area 1's nearest cell (8, 5) → gap (35, 15): dx 27, dy 10 = 10 diagonal + 17 straight moves;
# gap → area 2's nearest cell (8, 24): dx 27, dy 9 = 9 diagonal + 18 straight; resistance 2, 1 km cells.
LCD_1_2 = 2.0 * CELL * (19 * SQRT2 + 35)


def run(params):
    import processing

    return processing.run("corridor:corridors", params)


def outputs(tmp, **extra):
    params = {"OUTPUT_PATHS": str(tmp / "paths.gpkg"), "OUTPUT_CORRIDORS": str(tmp / "corridors.gpkg"),
              "OUTPUT_RASTER": str(tmp / "mosaic.tif"), "OUTPUT_TABLE": str(tmp / "table.gpkg")}
    params.update(extra)
    return params


def features(path):
    layer = QgsVectorLayer(path, "x", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def cell_of(x, y):
    return int((x - ORIGIN[0]) // CELL), int((ORIGIN[1] - y) // CELL)


def test_links_above_a_probability_give_paths_through_the_gap(corridor_plugin, scene):
    links = build.links_layer([(1, 2, 0.8, True), (1, 3, 0.2, False), (2, 99, 0.9, True)])
    tmp = scene["tmp"]
    result = run(dict(outputs(tmp), INPUT=scene["areas"], LINKS=links, MIN_PROBABILITY=0.5,
                      RESISTANCE=scene["raster"], WIDTH=5, WIDTH_UNIT=0))
    rows = {(f["from_id"], f["to_id"]): f for f in features(result["OUTPUT_TABLE"])}
    assert set(rows) == {(1, 2), (2, 99)}  # 1–3 is below the probability, 2–99 is kept and reported
    assert rows[(2, 99)]["status"] == "unknown_area"
    assert rows[(1, 2)]["status"] == "ok"
    assert rows[(1, 2)]["probability"] == pytest.approx(0.8)

    paths = features(result["OUTPUT_PATHS"])
    assert len(paths) == 1
    path = paths[0]
    assert path["cost_dist"] == pytest.approx(LCD_1_2)
    assert rows[(1, 2)]["cost_dist"] == pytest.approx(LCD_1_2)
    cells = {cell_of(p.x(), p.y()) for p in path.geometry().vertices()}
    assert GAP in cells
    assert path["path_len"] == pytest.approx(path.geometry().length())
    assert path["path_len"] == pytest.approx(CELL * (19 * SQRT2 + 35))  # resistance 2 per metre
    # Edge to edge: area 1 ends at row 6, area 2 starts at row 24 → 18 km.
    assert path["euclid"] == pytest.approx(18 * CELL)
    assert path["cwd_euc"] == pytest.approx(LCD_1_2 / (18 * CELL))
    assert path["countries"] == "MNG,CHN" and path["transbound"]
    assert (path["from_iso3"], path["to_iso3"]) == ("MNG", "CHN")

    # Mosaic: 0 on the path, no data beyond 5 % of the least-cost distance.
    dataset = gdal.Open(result["OUTPUT_RASTER"])
    band = dataset.GetRasterBand(1)
    mosaic = band.ReadAsArray().astype(float)
    assert (dataset.RasterXSize, dataset.RasterYSize) == (40, 30)
    nodata = band.GetNoDataValue()
    assert mosaic[GAP[1], GAP[0]] == pytest.approx(0.0, abs=1e-3)
    valid = mosaic != nodata
    assert np.all(mosaic[valid] <= 0.05 * LCD_1_2 + 1e-3)
    assert not valid[GAP[1], :GAP[0]].any()  # the wall stays outside the corridor
    polygons = features(result["OUTPUT_CORRIDORS"])
    assert len(polygons) == 1
    assert polygons[0]["cells"] == int(valid.sum())
    assert polygons[0].geometry().area() == pytest.approx(valid.sum() * CELL * CELL)
    assert polygons[0]["area_ha"] == pytest.approx(valid.sum() * 100.0)


def test_typed_pairs_circuit_mode_and_pinch_at_the_gap(corridor_plugin, scene):
    tmp = scene["tmp"]
    result = run(dict(outputs(tmp, OUTPUT_PINCH=str(tmp / "pinch.tif"), OUTPUT_PAIR_FOLDER=str(tmp / "pairs")),
                      INPUT=scene["areas"], PAIRS="1-2; 3-2", RESISTANCE=scene["raster"], WIDTH=20, CIRCUIT=True))
    table = {(f["from_id"], f["to_id"]): f for f in features(result["OUTPUT_TABLE"])}
    assert set(table) == {(1, 2), (3, 2)}
    assert all(f["status"] == "ok" and f["eff_res"] > 0 for f in table.values())
    pinch = gdal.Open(result["OUTPUT_PINCH"]).ReadAsArray()
    # All of the 1 A of every pair passes through the single gap cell.
    assert pinch[GAP[1], GAP[0]] == pytest.approx(1.0, rel=1e-4)
    assert pinch.max() == pytest.approx(1.0, rel=1e-4)
    assert (tmp / "pairs" / "corridor_1_2.tif").exists() and (tmp / "pairs" / "corridor_3_2.tif").exists()
    layer = QgsRasterLayer(str(tmp / "pairs" / "corridor_3_2.tif"), "p")
    assert layer.isValid() and layer.crs().authid() == f"EPSG:{EPSG}"


def test_all_pairs_within_max_length_and_transboundary_only(corridor_plugin, scene):
    tmp = scene["tmp"]
    # 1–3 are 11 km apart, 1–2 18 km, 2–3 ≈ 19.7 km: MAX_LENGTH 15 km keeps only 1–3.
    result = run(dict(outputs(tmp), INPUT=scene["areas"], RESISTANCE=scene["raster"], MAX_LENGTH=15000))
    assert [(f["from_id"], f["to_id"]) for f in features(result["OUTPUT_TABLE"])] == [(1, 3)]
    result = run(dict(outputs(tmp), INPUT=scene["areas"], RESISTANCE=scene["raster"], TRANSBOUNDARY_ONLY=True))
    assert sorted((f["from_id"], f["to_id"]) for f in features(result["OUTPUT_TABLE"])) == [(1, 2), (2, 3)]


def test_landcover_with_table_equals_the_resistance_raster(corridor_plugin, scene, tmp_path):
    from qgis.core import QgsFeature
    from qgis.PyQt.QtCore import QVariant

    table = QgsVectorLayer("None", "t", "memory")
    table.dataProvider().addAttributes([make_field("class", QVariant.Int), make_field("resistance", QVariant.Double)])
    table.updateFields()
    row = QgsFeature(table.fields())
    row.setAttributes([3, 2.0])
    table.dataProvider().addFeatures([row])
    result = run(dict(outputs(tmp_path), INPUT=scene["areas"], PAIRS="1-2", LANDCOVER=scene["landcover"],
                      RESISTANCE_TABLE=table))
    assert features(result["OUTPUT_PATHS"])[0]["cost_dist"] == pytest.approx(LCD_1_2)


def test_barrier_layer_is_burnt_in_and_counted(corridor_plugin, scene, tmp_path):
    # A fence along the wall row through the gap (resistance 102; the wall cells it also touches
    # stay impassable). Moves into and out of the gap now cost (2 + 102)/2 = 52 per km, so the
    # path enters and leaves it straight: area 1 (8, 5) → (35, 14): 9 diagonal + 18 straight;
    # (35, 16) → area 2 (8, 24): 8 diagonal + 19 straight; plus 2 × 52 km-units through the gap.
    x0, y = ORIGIN[0] + (GAP[0] - 1) * CELL, ORIGIN[1] - (GAP[1] + 0.5) * CELL
    fence = build.barrier_layer([("border fence", build.line_wkt([(x0, y), (x0 + 3 * CELL, y)]), 102.0)], EPSG)
    result = run(dict(outputs(tmp_path), INPUT=scene["areas"], PAIRS="1-2", RESISTANCE=scene["raster"],
                      BARRIERS=fence))
    path = features(result["OUTPUT_PATHS"])[0]
    expected = 2.0 * CELL * (17 * SQRT2 + 37) + 2 * 52.0 * CELL
    assert path["cost_dist"] == pytest.approx(expected)
    assert path["barriers"] == 1 and path["barrier_ids"] == "border fence"


@pytest.mark.parametrize("params, message", [
    (dict(PAIRS="1-2"), "either a resistance raster"),
    (dict(PAIRS="1-2", CIRCUIT=False, OUTPUT_PINCH="PINCH"), "CIRCUIT"),
    (dict(PAIRS="1 2 3"), "1 2 3"),
    (dict(ID_FIELD="nope"), "nope"),
])
def test_bad_input_is_a_clear_error(corridor_plugin, scene, params, message):
    tmp = scene["tmp"]
    params = dict(params)
    if params.get("OUTPUT_PINCH") == "PINCH":
        params["OUTPUT_PINCH"] = str(tmp / "pinch.tif")
    if "either" not in message:
        params["RESISTANCE"] = scene["raster"]
    with pytest.raises(QgsProcessingException, match=message):
        run(dict(outputs(tmp), INPUT=scene["areas"], **params))


def test_geographic_raster_is_refused(corridor_plugin, scene, tmp_path):
    raster = build.write_raster(tmp_path / "geo.tif", np.ones((10, 10), np.float32), 0.01, origin=(111.9, 43.8),
                                epsg=4326)
    with pytest.raises(QgsProcessingException, match="geographic"):
        run(dict(outputs(tmp_path), INPUT=scene["areas"], PAIRS="1-2", RESISTANCE=raster))


def test_area_cells_and_box_helper_agree():
    minx, miny, maxx, maxy = box(AREA_CELLS[1])
    assert (maxx - minx, maxy - miny) == (4 * CELL, 4 * CELL)


@pytest.mark.parametrize("qml", ["corridor_raster.qml", "corridor_pinch.qml", "corridor_paths.qml",
                                 "corridor_polygons.qml"])
def test_styles_are_shipped_and_raster_ramps_follow_the_data(qml, tmp_path):
    from qgis.core import QgsSingleBandPseudoColorRenderer

    from corridor_plugin.toolbelt.paths import style_path
    from corridor_plugin.toolbelt.styles import StyleLoader

    path = style_path(qml)
    assert "<qgis" in Path(path).read_text(encoding="utf-8")
    if qml in ("corridor_raster.qml", "corridor_pinch.qml"):
        raster = build.write_raster(tmp_path / "v.tif", np.linspace(0, 4321, 100, dtype=np.float32).reshape(10, 10))
        layer = QgsRasterLayer(raster, "v")
        StyleLoader(qml).postProcessLayer(layer, None, None)
        renderer = layer.renderer()
        assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
        assert renderer.classificationMax() == pytest.approx(4321)
        items = renderer.shader().rasterShaderFunction().colorRampItemList()
        assert items[-1].value == pytest.approx(4321)


def test_areas_in_another_crs_and_without_pa_id_use_feature_ids(corridor_plugin, scene, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsProject
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "wgs84", "memory")
    layer.dataProvider().addAttributes([make_field("code", QVariant.String)])
    layer.updateFields()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(f"EPSG:{EPSG}"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    for feature in scene["areas"].getFeatures():
        copy = QgsFeature(layer.fields())
        geometry = feature.geometry()
        geometry.transform(transform)
        copy.setGeometry(geometry)
        copy.setAttributes([f"PA-{feature['pa_id']}"])
        layer.dataProvider().addFeatures([copy])
    ids = [f.id() for f in layer.getFeatures()]
    result = run(dict(outputs(tmp_path), INPUT=layer, PAIRS=f"{ids[0]}-{ids[1]}", RESISTANCE=scene["raster"]))
    path = features(result["OUTPUT_PATHS"])[0]
    assert (path["from_id"], path["to_id"]) == (ids[0], ids[1])
    # Corners reprojected and back move by far less than a cell: same cells, same least cost.
    assert path["cost_dist"] == pytest.approx(LCD_1_2)
    assert path["countries"] == "MNG,CHN"  # no iso3 field here: from the borders alone


def test_select_links_and_parse_pairs():
    from corridor_plugin.core.corridors.pairs import parse_pairs, select_links

    assert parse_pairs("1-2; 3:4, 5 > 6\n7 8") == [("1", "2"), ("3", "4"), ("5", "6"), ("7", "8")]
    with pytest.raises(ValueError):
        parse_pairs("1-2-3")
    rows = [dict(from_id=1.0, to_id=2, probability=0.7, transboundary=True),
            dict(from_id=2, to_id=1, probability=0.9, transboundary=True),  # the same pair reversed
            dict(from_id=3, to_id=4, probability=None, transboundary=False)]
    kept = select_links(rows, 0.5)
    assert [(p.from_id, p.to_id) for p in kept] == [("1", "2")]
    assert [(p.from_id, p.to_id) for p in select_links(rows, 0.0, True)] == [("1", "2")]
    assert len(select_links(rows)) == 2


def test_more_bad_inputs_are_clear_errors(corridor_plugin, scene, tmp_path):
    from qgis.core import QgsFeature
    from qgis.PyQt.QtCore import QVariant

    base = dict(outputs(tmp_path), INPUT=scene["areas"])
    with pytest.raises(QgsProcessingException, match="RESISTANCE_TABLE"):
        run(dict(base, PAIRS="1-2", LANDCOVER=scene["landcover"]))
    no_probability = QgsVectorLayer("None", "l", "memory")
    no_probability.dataProvider().addAttributes([make_field("from_id", QVariant.Int),
                                                 make_field("to_id", QVariant.Int)])
    no_probability.updateFields()
    with pytest.raises(QgsProcessingException, match="probability"):
        run(dict(base, LINKS=no_probability, MIN_PROBABILITY=0.5, RESISTANCE=scene["raster"]))
    duplicated = build.area_layer([(1, build.box_wkt(box(AREA_CELLS[1])), "MNG"),
                                   (1, build.box_wkt(box(AREA_CELLS[2])), "CHN")], epsg=EPSG)
    with pytest.raises(QgsProcessingException, match="twice"):
        run(dict(base, INPUT=duplicated, RESISTANCE=scene["raster"]))
    with pytest.raises(QgsProcessingException, match="GeoTIFF"):
        run(dict(base, PAIRS="1-2", RESISTANCE=scene["raster"], OUTPUT_RASTER=str(tmp_path / "m.asc")))
    bad_table = QgsVectorLayer("None", "t", "memory")
    bad_table.dataProvider().addAttributes([make_field("class", QVariant.String),
                                            make_field("resistance", QVariant.String)])
    bad_table.updateFields()
    row = QgsFeature(bad_table.fields())
    row.setAttributes(["forest", "high"])
    bad_table.dataProvider().addFeatures([row])
    with pytest.raises(QgsProcessingException, match="forest"):
        run(dict(base, PAIRS="1-2", LANDCOVER=scene["landcover"], RESISTANCE_TABLE=bad_table))


def test_defaults_skip_weak_links_and_mark_a_demonstration_raster(corridor_plugin, scene, tmp_path):
    # a p = 1.9e-6 link is below the default minimum probability (0.01): no corridor for it
    links = build.links_layer([(1, 2, 0.8, True), (1, 3, 1.9e-6, False)])
    tagged = tmp_path / "demo_resistance.tif"
    gdal.Translate(str(tagged), str(scene["raster"]))
    dataset = gdal.Open(str(tagged), gdal.GA_Update)
    dataset.SetMetadataItem("CORRIDOR_DEMONSTRATION", "yes")
    dataset = None
    result = run(dict(outputs(tmp_path), INPUT=scene["areas"], LINKS=links, RESISTANCE=str(tagged)))
    rows = {(f["from_id"], f["to_id"]): f for f in features(result["OUTPUT_TABLE"])}
    assert set(rows) == {(1, 2)}
    assert rows[(1, 2)]["demo_raster"] and all(f["demo_raster"] for f in features(result["OUTPUT_PATHS"]))
    # the default cut-off is in cost units (10,000), not a share of the least-cost distance
    assert rows[(1, 2)]["cutoff"] == pytest.approx(10_000.0)
    (tmp_path / "plain").mkdir()
    plain = run(dict(outputs(tmp_path / "plain"), INPUT=scene["areas"], LINKS=links, RESISTANCE=scene["raster"]))
    assert not any(f["demo_raster"] for f in features(plain["OUTPUT_TABLE"]))


def test_only_the_corridor_polygons_are_required(corridor_plugin, scene):
    """Secondary outputs are optional (as in native multi-output algorithms): left out, they are not made."""
    tmp = scene["tmp"]
    result = run(dict(INPUT=scene["areas"], PAIRS="1-2", RESISTANCE=scene["raster"],
                      OUTPUT_CORRIDORS=str(tmp / "only.gpkg")))
    assert set(result) == {"OUTPUT_CORRIDORS"}
    corridors = features(result["OUTPUT_CORRIDORS"])
    assert [(f["from_id"], f["to_id"]) for f in corridors] == [(1, 2)]
    assert sorted(p.name for p in tmp.iterdir() if p.suffix in (".gpkg", ".tif")) == [
        "landcover.tif", "only.gpkg", "resistance.tif"]
