"""The GeoPackage outputs of corridor:importsheets are filled through SQLite in one transaction; they must
hold exactly what QGIS's feature-by-feature sink writes to a memory layer, with a working spatial index."""
import math
import sqlite3

from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

from corridor_plugin.processing.import_sheets import _point_blobs, gpkg_path, insert_frame_with_sqlite


def _named(layer, names):
    out = []
    for feature in layer.getFeatures(QgsFeatureRequest().addOrderBy("sourceFile").addOrderBy("sourceRow")):
        values = []
        for name in names:
            v = feature[name]
            values.append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
        geometry = feature.geometry()
        point = None if geometry.isNull() else (geometry.asPoint().x(), geometry.asPoint().y())
        out.append((tuple(values), point))
    return out


def test_geopackage_output_equals_the_sink_output(corridor_plugin, seed_sheets, tmp_path):
    import processing

    from corridor_plugin.core.schema import OCCURRENCE_FIELD_NAMES, REJECTED_FIELD_NAMES

    files = [str(seed_sheets / n) for n in ("mng_dauria_survey.xlsx", "rus_daursky_cp1251.csv",
                                            "chn_hulun_gb18030.csv", "kaz_altai_pulkovo_gk.txt")]
    common = {"INPUT": files, "COUNTRY": "", "PARTNER": "Corridor test", "SOURCE_CRS": "EPSG:4326",
              "SITES": str(seed_sheets / "sites_altai.geojson")}
    to_file = processing.run("corridor:importsheets", {
        **common, "OUTPUT": str(tmp_path / "occ.gpkg"), "REJECTED": str(tmp_path / "rej.gpkg")})
    to_memory = processing.run("corridor:importsheets", {
        **common, "OUTPUT": "memory:", "REJECTED": "memory:"})
    occ_file = QgsVectorLayer(to_file["OUTPUT"], "occ", "ogr")
    rej_file = QgsVectorLayer(to_file["REJECTED"], "rej", "ogr")
    occ_memory, rej_memory = to_memory["OUTPUT"], to_memory["REJECTED"]
    # the seeds hold 44 rows; without the mapping of test_algorithm "кот домашний" stays rejected
    assert (occ_file.featureCount(), rej_file.featureCount()) == (31, 13)
    assert (occ_memory.featureCount(), rej_memory.featureCount()) == (31, 13)
    file_rows = _named(occ_file, OCCURRENCE_FIELD_NAMES)
    memory_rows = _named(occ_memory, OCCURRENCE_FIELD_NAMES)
    # occurrenceIDs are stable, so the two runs agree value for value; NULLs stay NULL
    assert file_rows == memory_rows
    assert any(v is None for values, _ in file_rows for v in values)
    assert _named(rej_file, REJECTED_FIELD_NAMES) == _named(rej_memory, REJECTED_FIELD_NAMES)
    # the R-tree index answers a box query like a full scan
    box = QgsRectangle(100, 40, 120, 52)
    by_index = {f["occurrenceID"] for f in occ_file.getFeatures(QgsFeatureRequest().setFilterRect(box))}
    by_scan = {f["occurrenceID"] for f in occ_file.getFeatures() if box.contains(f.geometry().asPoint())}
    assert by_index == by_scan and 0 < len(by_index) < 31
    with sqlite3.connect(to_file["OUTPUT"].split("|")[0]) as connection:
        assert connection.execute("SELECT COUNT(*) FROM rtree_occ_geom").fetchone()[0] == 31
        assert connection.execute("SELECT rtreecheck('rtree_occ_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 31
        triggers = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"rtree_occ_geom_insert", "trigger_insert_feature_count_occ"} <= triggers
    extent = occ_file.extent()
    xs = [f["decimalLongitude"] for f in occ_file.getFeatures()]
    assert math.isclose(extent.xMinimum(), min(xs)) and math.isclose(extent.xMaximum(), max(xs))


def test_point_blob_is_what_ogr_writes():
    # GP, version 0, flags 1 (little endian, no envelope), srs 4326, WKB point (1, 1, x, y)
    blob = _point_blobs([116.1814], [50.43835])[0]
    import struct

    assert blob[:8] == b"GP\x00\x01" + struct.pack("<i", 4326)
    assert blob[8:] == b"\x01" + struct.pack("<I", 1) + struct.pack("<dd", 116.1814, 50.43835)
    from osgeo import ogr

    geometry = ogr.CreateGeometryFromWkb(blob[8:])
    assert (geometry.GetX(), geometry.GetY()) == (116.1814, 50.43835)


def test_only_plain_geopackage_destinations_take_the_fast_path():
    assert gpkg_path("/tmp/a/occ.gpkg") == ("/tmp/a/occ.gpkg", None)
    assert gpkg_path("/tmp/a/occ.GPKG|layername=x") == ("/tmp/a/occ.GPKG", "x")
    assert gpkg_path("memory:") == (None, None)
    assert gpkg_path("/tmp/a/occ.shp") == (None, None)
    assert gpkg_path("ogr:dbname='/tmp/a.gpkg' table=\"t\" (geom)") == (None, None)


def test_unexpected_layer_is_left_to_the_sink(tmp_path):
    import pandas as pd

    path = tmp_path / "two.gpkg"
    with sqlite3.connect(path) as connection:  # not a GeoPackage layer at all: nothing is changed
        connection.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    frame = pd.DataFrame({"a": ["x"]})
    assert insert_frame_with_sqlite(path, None, frame, [("a", "string")], False) is False


def test_values_nulls_and_index_of_a_hand_made_frame(qgis_app, tmp_path):
    import pandas as pd
    from osgeo import ogr
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )

    from corridor_plugin.processing.import_sheets import qgs_fields

    spec = [("name", "string"), ("count", "integer"), ("low", "double"), ("decimalLongitude", "double"),
            ("decimalLatitude", "double")]
    path = tmp_path / "hand.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(str(path), qgs_fields(spec), QgsWkbTypes.Point,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext(),
                                        options)
    del writer
    frame = pd.DataFrame({"name": ["дзерен", "", None, 7], "count": pd.array([3, None, 0, 12], dtype="Int64"),
                          "low": [1.5, float("nan"), -0.25, 1e-7], "decimalLongitude": [115.5, 116.0, 87.25, 0.0],
                          "decimalLatitude": [50.125, 49.5, 49.0, -0.5]})
    assert insert_frame_with_sqlite(path, None, frame, spec, True) is True
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    got = [(f.GetFID(), [f.GetField(i) if f.IsFieldSetAndNotNull(i) else None for i in range(5)],
            (f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY())) for f in layer]
    assert got == [
        (1, ["дзерен", 3, 1.5, 115.5, 50.125], (115.5, 50.125)),
        (2, ["", None, None, 116.0, 49.5], (116.0, 49.5)),      # empty text stays text, NaN is NULL
        (3, [None, 0, -0.25, 87.25, 49.0], (87.25, 49.0)),
        (4, ["7", 12, 1e-7, 0.0, -0.5], (0.0, -0.5)),            # a number in a text field written as text
    ]
    assert layer.GetFeatureCount() == 4
    layer.SetSpatialFilterRect(115, 49, 117, 51)
    assert sorted(f.GetFID() for f in layer) == [1, 2]
    assert layer.GetExtent() == (0.0, 116.0, -0.5, 50.125)


def test_layer_not_as_expected_is_written_feature_by_feature(corridor_plugin, seed_sheets, tmp_path, monkeypatch):
    import processing

    import corridor_plugin.processing.import_sheets as module

    monkeypatch.setattr(module, "insert_frame_with_sqlite", lambda *args, **kwargs: False)
    result = processing.run("corridor:importsheets", {
        "INPUT": [str(seed_sheets / "rus_daursky_cp1251.csv")], "COUNTRY": "RUS", "SOURCE_CRS": "EPSG:4326",
        "OUTPUT": str(tmp_path / "occ.gpkg"), "REJECTED": str(tmp_path / "rej.gpkg")})
    memory = processing.run("corridor:importsheets", {
        "INPUT": [str(seed_sheets / "rus_daursky_cp1251.csv")], "COUNTRY": "RUS", "SOURCE_CRS": "EPSG:4326",
        "OUTPUT": "memory:", "REJECTED": "memory:"})
    from corridor_plugin.core.schema import OCCURRENCE_FIELD_NAMES, REJECTED_FIELD_NAMES

    occ = QgsVectorLayer(result["OUTPUT"], "occ", "ogr")
    rej = QgsVectorLayer(result["REJECTED"], "rej", "ogr")
    assert occ.featureCount() == memory["OUTPUT"].featureCount() > 0
    assert _named(occ, OCCURRENCE_FIELD_NAMES) == _named(memory["OUTPUT"], OCCURRENCE_FIELD_NAMES)
    assert _named(rej, REJECTED_FIELD_NAMES) == _named(memory["REJECTED"], REJECTED_FIELD_NAMES)


def test_packed_index_of_a_large_output_survives_editing_in_qgis(qgis_app, tmp_path):
    """Thousands of points make a packed R-tree of several levels; QGIS then edits the layer through
    GDAL, whose triggers update the index, and the index still answers like a scan."""
    import numpy as np
    import pandas as pd
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )

    from corridor_plugin.processing.import_sheets import qgs_fields

    spec = [("name", "string"), ("decimalLongitude", "double"), ("decimalLatitude", "double")]
    path = tmp_path / "big.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "big"
    writer = QgsVectorFileWriter.create(str(path), qgs_fields(spec), QgsWkbTypes.Point,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext(),
                                        options)
    del writer
    rng = np.random.default_rng(5)
    count = 6000
    frame = pd.DataFrame({"name": [f"p{i}" for i in range(count)], "decimalLongitude": rng.uniform(87, 120, count),
                          "decimalLatitude": rng.uniform(40, 55, count)})
    assert insert_frame_with_sqlite(path, "big", frame, spec, True) is True
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_big_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*) FROM rtree_big_geom_node").fetchone()[0] == 118 + 3 + 1
    layer = QgsVectorLayer(f"{path}|layername=big", "big", "ogr")
    assert layer.isValid() and layer.featureCount() == count
    provider = layer.dataProvider()
    assert provider.deleteFeatures(list(range(1, count + 1, 2)))  # every other fid, through GDAL
    added = QgsFeature(layer.fields())
    added.setAttributes([None, "added", 100.0, 45.0])
    added.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(100.0, 45.0)))
    assert provider.addFeatures([added])[0]
    moved_fid = 2
    assert provider.changeGeometryValues({moved_fid: QgsGeometry.fromPointXY(QgsPointXY(88.0, 41.0))})
    del provider, layer
    layer = QgsVectorLayer(f"{path}|layername=big", "big", "ogr")
    assert layer.featureCount() == count // 2 + 1
    for box in (QgsRectangle(99, 44, 101, 46), QgsRectangle(87.5, 40.5, 88.5, 41.5), QgsRectangle(90, 42, 110, 50)):
        by_index = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(box))}
        by_scan = {f.id() for f in layer.getFeatures() if box.contains(f.geometry().asPoint())}
        assert by_index == by_scan and by_index
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_big_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*) FROM rtree_big_geom").fetchone()[0] == count // 2 + 1


def test_constant_columns_become_literals_sqlite_reads_back_exactly():
    from corridor_plugin.processing.import_sheets import sql_literal_of_constant

    assert sql_literal_of_constant(["a", "b"]) is None
    assert sql_literal_of_constant([]) is None
    assert sql_literal_of_constant([None, None]) == "NULL"
    assert sql_literal_of_constant([b"x", b"x"]) is None
    assert sql_literal_of_constant([float("inf")] * 2) is None
    assert sql_literal_of_constant(["a\x00b"] * 2) is None
    connection = sqlite3.connect(":memory:")
    for value in ["O'Brien; DROP TABLE x; --", "Учётчик «1»", "黄羊", "", 0, -7, 2**62, 0.1, -1e-300, 116.1814,
                  True, False]:
        literal = sql_literal_of_constant([value] * 3)
        assert literal is not None
        # the second method: the value bound as a parameter, compared with the literal in SQL
        got, same_type = connection.execute(f"SELECT {literal}, typeof({literal}) = typeof(?)", (value,)).fetchone()
        assert got == value and type(got) is (int if type(value) is bool else type(value)) and same_type


def test_a_single_row_where_every_column_is_constant_is_written(qgis_app, tmp_path):
    """One rejected row: every column holds one value, so every column could be a literal; the row must
    still be inserted once (and three identical rows three times)."""
    import pandas as pd
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorFileWriter, QgsWkbTypes

    from corridor_plugin.processing.import_sheets import qgs_fields

    spec = [("reasonCode", "string"), ("sourceRow", "integer")]
    for rows in (1, 3):
        path = tmp_path / f"rej{rows}.gpkg"
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        writer = QgsVectorFileWriter.create(str(path), qgs_fields(spec), QgsWkbTypes.NoGeometry,
                                            QgsCoordinateReferenceSystem(), QgsCoordinateTransformContext(), options)
        del writer
        frame = pd.DataFrame({"reasonCode": ["DATE_FUTURE"] * rows, "sourceRow": [7] * rows})
        assert insert_frame_with_sqlite(path, None, frame, spec, False) is True
        with sqlite3.connect(path) as connection:
            table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
            assert connection.execute(f'SELECT "reasonCode", "sourceRow" FROM "{table}"').fetchall() == [
                ("DATE_FUTURE", 7)] * rows
            assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == rows
