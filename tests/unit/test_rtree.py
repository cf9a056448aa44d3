"""The packed R-tree must be one SQLite accepts as its own: ``rtreecheck()`` passes, it holds the boxes
SQLite would store for the same inserts, it answers queries like a full scan, and SQLite can go on
inserting and deleting in it."""
import sqlite3
import struct

import numpy as np
import pytest

from corridor_plugin.core.rtree import fill_empty_rtree, round_down, round_up


def _rtree(connection, name="r"):
    connection.execute(f"CREATE VIRTUAL TABLE {name} USING rtree(id, minx, maxx, miny, maxy)")
    return name


def _random_boxes(count, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-180, 180, count)
    y = rng.uniform(-90, 90, count)
    w = rng.exponential(0.5, count) * (rng.random(count) < 0.5)  # half of them points
    h = rng.exponential(0.5, count) * (rng.random(count) < 0.5)
    ids = rng.permutation(count * 3)[:count] + 1
    return ids, x, x + w, y, y + h


def test_rounding_is_sqlites_own():
    # the second method: let SQLite store the same values and read back the 32-bit floats it kept
    rng = np.random.default_rng(7)
    values = np.concatenate([rng.uniform(-200, 200, 2000), [0.0, 1.0, -1.0, 0.1, -0.1, 116.1814, 50.43835,
                                                              1e-40, -1e-40, 3.0e38, 123456789.123]])
    connection = sqlite3.connect(":memory:")
    _rtree(connection)
    connection.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)",
                           ((i + 1, v, v, v, v) for i, v in enumerate(values.tolist())))
    stored = np.array(connection.execute("SELECT minx, maxx FROM r ORDER BY id").fetchall())
    assert np.array_equal(round_down(values).astype(np.float64), stored[:, 0])
    assert np.array_equal(round_up(values).astype(np.float64), stored[:, 1])
    # outward, except for values below float32's normal range (±1e-40), where SQLite's own nudge is lost
    # in subnormal rounding: the packed tree keeps that quirk, being the tree SQLite would build
    normal = np.abs(values) > 1e-37
    assert (round_down(values)[normal] <= values[normal]).all() and (round_up(values)[normal] >= values[normal]).all()


def test_three_boxes_make_one_leaf_root_decoded_by_hand():
    connection = sqlite3.connect(":memory:")
    _rtree(connection)
    assert fill_empty_rtree(connection, "r", [10, 20, 30], [0.5, 2.0, -1.0], [1.5, 2.0, 4.0],
                            [0.25, 3.0, -2.0], [0.75, 3.0, 8.0]) == 1
    blob, = connection.execute("SELECT data FROM r_node WHERE nodeno = 1").fetchone()
    assert len(blob) == 4 + 51 * 24  # SQLite's node size for 2-D trees on 4 KiB pages: 51 cells
    depth, cells = struct.unpack(">HH", blob[:4])
    assert (depth, cells) == (0, 3)
    decoded = [struct.unpack(">q4f", blob[4 + 24 * k:28 + 24 * k]) for k in range(3)]
    assert decoded == [(10, 0.5, 1.5, 0.25, 0.75), (20, 2.0, 2.0, 3.0, 3.0), (30, -1.0, 4.0, -2.0, 8.0)]
    assert blob[4 + 3 * 24:] == bytes(len(blob) - 76)
    assert connection.execute("SELECT * FROM r_rowid ORDER BY rowid").fetchall() == [(10, 1), (20, 1), (30, 1)]
    assert connection.execute("SELECT COUNT(*) FROM r_parent").fetchone()[0] == 0
    assert connection.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert connection.execute("SELECT id FROM r WHERE minx <= 2.5 AND maxx >= 1.8").fetchall() == [(20,), (30,)]


@pytest.mark.parametrize("count", [1, 51, 52, 2601, 2602, 10_000])
def test_packed_tree_is_valid_and_holds_what_sqlite_holds(count):
    ids, min_x, max_x, min_y, max_y = _random_boxes(count, count)
    connection = sqlite3.connect(":memory:")
    _rtree(connection, "packed")
    _rtree(connection, "inserted")
    nodes = fill_empty_rtree(connection, "packed", ids, min_x, max_x, min_y, max_y)
    connection.executemany("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)",
                           zip(ids.tolist(), min_x.tolist(), max_x.tolist(), min_y.tolist(), max_y.tolist()))
    assert connection.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"
    assert (connection.execute("SELECT * FROM packed ORDER BY id").fetchall()
            == connection.execute("SELECT * FROM inserted ORDER BY id").fetchall())
    # levels worked by hand: leaves of at most 51 cells, then nodes of those, up to one root
    expected_nodes, level = 0, count
    while level > 51:
        level = -(-level // 51)
        expected_nodes += level
    assert nodes == expected_nodes + 1
    depth = struct.unpack(">H", connection.execute("SELECT data FROM packed_node WHERE nodeno = 1")
                          .fetchone()[0][:2])[0]
    assert depth == {1: 0, 51: 0, 52: 1, 2601: 1, 2602: 2, 10_000: 2}[count]
    fills = [struct.unpack(">H", row[0][2:4])[0] for row in connection.execute(
        "SELECT data FROM packed_node WHERE nodeno != 1")]
    assert all(51 // 2 <= fill <= 51 for fill in fills)  # every node at least half full
    rng = np.random.default_rng(count + 1)
    for _ in range(25):  # window queries against a scan of the same boxes
        x0, y0 = rng.uniform(-180, 150), rng.uniform(-90, 60)
        x1, y1 = x0 + rng.uniform(0, 60), y0 + rng.uniform(0, 40)
        found = {row[0] for row in connection.execute(
            "SELECT id FROM packed WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?", (x1, x0, y1, y0))}
        scan = set(ids[(min_x <= x1) & (max_x >= x0) & (min_y <= y1) & (max_y >= y0)].tolist())
        assert found == scan


def test_sqlite_goes_on_editing_a_packed_tree():
    ids, min_x, max_x, min_y, max_y = _random_boxes(5000, 3)
    connection = sqlite3.connect(":memory:")
    _rtree(connection)
    # the R-tree module keeps its root node open between statements: read it before the node tables change
    assert connection.execute("SELECT COUNT(*) FROM r WHERE minx <= 0").fetchone()[0] == 0
    fill_empty_rtree(connection, "r", ids, min_x, max_x, min_y, max_y)
    assert connection.execute("SELECT COUNT(*) FROM r WHERE minx <= 0 AND maxx >= -180").fetchone()[0] == int(
        ((min_x <= 0) & (max_x >= -180)).sum())
    connection.execute("DELETE FROM r WHERE id % 3 = 0")  # node underflow and reinsertion in SQLite
    connection.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)",
                           ((10**6 + k, k * 0.01, k * 0.01 + 1, -k * 0.01, -k * 0.01 + 1) for k in range(2000)))
    connection.execute("UPDATE r SET minx = minx - 1 WHERE id % 7 = 1")
    assert connection.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    kept = int((ids % 3 != 0).sum())
    assert connection.execute("SELECT COUNT(*) FROM r").fetchone()[0] == kept + 2000


def test_leaves_of_a_grid_tile_the_plane():
    # STR on a 100 x 100 grid of points: leaves are compact tiles, so their areas add up to about the
    # extent; grouping in input order (rows of the grid) would give long thin strips of about the same
    # total, but grouping at random would give nearly 200 times the extent
    x, y = np.meshgrid(np.arange(100.0), np.arange(100.0))
    x, y = x.ravel(), y.ravel()
    order = np.random.default_rng(1).permutation(len(x))
    x, y = x[order], y[order]
    connection = sqlite3.connect(":memory:")
    _rtree(connection)
    fill_empty_rtree(connection, "r", np.arange(1, len(x) + 1), x, x, y, y)
    leaves = [row[0] for row in connection.execute("SELECT DISTINCT nodeno FROM r_rowid")]
    total = 0.0
    for leaf in leaves:
        boxes = np.array(connection.execute("SELECT minx, maxx, miny, maxy FROM r WHERE id IN "
                                            "(SELECT rowid FROM r_rowid WHERE nodeno = ?)", (leaf,)).fetchall())
        total += (boxes[:, 1].max() - boxes[:, 0].min()) * (boxes[:, 3].max() - boxes[:, 2].min())
    assert len(leaves) == 197
    assert total < 1.2 * 99 * 99


@pytest.mark.parametrize("bad, message", [
    ({"min_x": [2.0], "max_x": [1.0]}, "min <= max"),
    ({"min_y": [float("nan")]}, "finite"),
    ({"ids": [1, 1], "min_x": [0.0, 0.0], "max_x": [0.0, 0.0], "min_y": [0.0, 0.0], "max_y": [0.0, 0.0]},
     "unique"),
])
def test_bad_boxes_are_refused_before_anything_is_written(bad, message):
    connection = sqlite3.connect(":memory:")
    _rtree(connection)
    args = {"ids": [1], "min_x": [0.0], "max_x": [0.0], "min_y": [0.0], "max_y": [0.0], **bad}
    with pytest.raises(ValueError, match=message):
        fill_empty_rtree(connection, "r", args["ids"], args["min_x"], args["max_x"], args["min_y"], args["max_y"])
    assert connection.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert connection.execute("SELECT COUNT(*) FROM r").fetchone()[0] == 0


def test_a_tree_that_holds_rows_is_refused():
    connection = sqlite3.connect(":memory:")
    _rtree(connection)
    connection.execute("INSERT INTO r VALUES (1, 0, 1, 0, 1)")
    with pytest.raises(ValueError, match="not empty"):
        fill_empty_rtree(connection, "r", [2], [0.0], [0.0], [0.0], [0.0])
    assert connection.execute("SELECT COUNT(*) FROM r").fetchone()[0] == 1


def _blob(x, y, envelope=0, wkb_order="<", kind=1, z=None, empty=False):
    flags = 1 | (envelope << 1) | (0x10 if empty else 0)
    header = b"GP\x00" + bytes([flags]) + struct.pack("<i", 4326)
    if envelope == 1:
        header += struct.pack("<4d", x, x, y, y)
    body = bytes([1 if wkb_order == "<" else 0]) + struct.pack(wkb_order + "I", kind)
    body += struct.pack(wkb_order + "2d", x, y) + (struct.pack(wkb_order + "d", z) if z is not None else b"")
    return header + body


def test_point_blobs_decoded_like_gdal():
    from osgeo import ogr

    from corridor_plugin.core.rtree import point_blob_coordinates

    blobs = [_blob(116.1814, 50.43835), _blob(-0.5, 89.25, wkb_order=">"), _blob(87.0, 49.0, envelope=1),
             _blob(100.125, 45.5, kind=1001, z=1200.0), _blob(float("nan"), float("nan"), empty=True)]
    x, y = point_blob_coordinates(blobs)
    assert x[:4].tolist() == [116.1814, -0.5, 87.0, 100.125] and y[:4].tolist() == [50.43835, 89.25, 49.0, 45.5]
    assert np.isnan(x[4]) and np.isnan(y[4])
    for blob, bx, by in zip(blobs[:4], x, y):  # the second method: GDAL reading the WKB part
        offset = 8 + (32 if blob[3] >> 1 & 7 == 1 else 0)
        geometry = ogr.CreateGeometryFromWkb(blob[offset:])
        assert (geometry.GetX(), geometry.GetY()) == (bx, by)
    line = b"GP\x00\x01" + struct.pack("<i", 4326) + b"\x01" + struct.pack("<II4d", 2, 2, 0, 0, 1, 1)
    with pytest.raises(ValueError, match="not a point"):
        point_blob_coordinates([blobs[0], line])


def test_gpkg_point_layer_gets_a_standard_index(tmp_path):
    from osgeo import gdal, ogr, osr
    from osgeo_utils.samples import validate_gpkg

    from corridor_plugin.core.rtree import index_gpkg_points

    gdal.UseExceptions()
    path = str(tmp_path / "points.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("pts", srs, ogr.wkbPoint, ["SPATIAL_INDEX=NO"])
    rng = np.random.default_rng(11)
    xy = np.column_stack([rng.uniform(87, 120, 3000), rng.uniform(40, 55, 3000)])
    for k, (x, y) in enumerate(xy):
        feature = ogr.Feature(layer.GetLayerDefn())
        if k != 7:  # fid 8 has no geometry
            wkt = f"POINT ({float(x)!r} {float(y)!r})" if k != 9 else "POINT EMPTY"
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = layer = None
    # GDAL 3.6's own POINT EMPTY blob draws requirement 152 from its validator; the index must add nothing
    before = validate_gpkg.check(path, abort_at_first_error=False, warning_msg=False)
    assert {req for req, _ in before} <= {152}
    connection = sqlite3.connect(path)
    assert index_gpkg_points(connection, "pts") == 2998  # neither the NULL nor the empty point
    connection.commit()
    assert index_gpkg_points(connection, "pts") is None  # once only
    assert connection.execute("SELECT rtreecheck('rtree_pts_geom')").fetchone()[0] == "ok"
    stored = np.array(connection.execute("SELECT id, minx, miny FROM rtree_pts_geom ORDER BY id").fetchall())
    expected_ids = [k + 1 for k in range(3000) if k not in (7, 9)]
    assert stored[:, 0].astype(int).tolist() == expected_ids
    kept = xy[[k - 1 for k in expected_ids]]
    assert np.array_equal(stored[:, 1], round_down(kept[:, 0])) and np.array_equal(stored[:, 2], round_down(kept[:, 1]))
    connection.close()
    # the extension row and triggers as the GeoPackage specification wants them
    assert validate_gpkg.check(path, abort_at_first_error=False, warning_msg=False) == before
    dataset = ogr.Open(path, 1)  # GDAL edits through the triggers
    layer = dataset.GetLayer(0)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (100 45)"))
    layer.CreateFeature(feature)
    layer.DeleteFeature(1)
    layer.SetSpatialFilterRect(99.99, 44.99, 100.01, 45.01)
    assert [f.GetFID() for f in layer] == [3001]
    dataset = layer = None
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT rtreecheck('rtree_pts_geom')").fetchone()[0] == "ok"
    assert connection.execute("SELECT COUNT(*) FROM rtree_pts_geom").fetchone()[0] == 2998
    connection.close()


def _box_lists():
    from hypothesis import strategies as st

    coordinate = st.one_of(st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from([0.0, -0.0, 1.0, 116.1814]))
    box = st.tuples(coordinate, coordinate, coordinate, coordinate).map(
        lambda b: (min(b[0], b[1]), max(b[0], b[1]), min(b[2], b[3]), max(b[2], b[3])))
    return st.lists(box, min_size=0, max_size=400)


def test_any_set_of_boxes_packs_into_the_tree_sqlite_would_hold():
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_box_lists())
    def check(boxes):
        connection = sqlite3.connect(":memory:")
        _rtree(connection, "packed")
        _rtree(connection, "inserted")
        ids = list(range(1, len(boxes) + 1))
        columns = np.array(boxes, dtype=float).reshape(-1, 4)
        fill_empty_rtree(connection, "packed", ids, *columns.T)
        connection.executemany("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)",
                               [(i, *box) for i, box in zip(ids, boxes)])
        assert connection.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"
        assert (connection.execute("SELECT * FROM packed ORDER BY id").fetchall()
                == connection.execute("SELECT * FROM inserted ORDER BY id").fetchall())
        window = (-1000.0, 1000.0, -500.0, 5000.0)
        query = "SELECT id FROM {} WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ? ORDER BY id"
        arguments = (window[1], window[0], window[3], window[2])
        assert (connection.execute(query.format("packed"), arguments).fetchall()
                == connection.execute(query.format("inserted"), arguments).fetchall())

    check()


def _gdal_points(path, layers, count=200):
    """A GeoPackage written by GDAL with point layers ``{name: GDAL's own index?}``, the same points in each."""
    from osgeo import ogr, osr

    from corridor_plugin.core.gdal_compat import gdal_exceptions

    rng = np.random.default_rng(5)
    xy = np.column_stack([rng.uniform(87, 120, count), rng.uniform(40, 55, count)])
    with gdal_exceptions():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        for name, indexed in layers.items():
            layer = dataset.CreateLayer(name, srs, ogr.wkbPoint, [f"SPATIAL_INDEX={'YES' if indexed else 'NO'}"])
            for x, y in xy:
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({float(x)} {float(y)})"))
                layer.CreateFeature(feature)
        dataset = None
    return xy


def _trigger_kinds(connection, table):
    prefix = f"rtree_{table}_geom_"
    return {name[len(prefix):] for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (prefix + "%",))}


def test_index_triggers_are_the_ones_gdal_writes_for_the_same_file(tmp_path):
    """GDAL >= 3.12 writes GeoPackage 1.4, whose triggers are update5-7 instead of update1 and update3."""
    from corridor_plugin.core.rtree import index_gpkg_points

    path = tmp_path / "both.gpkg"
    _gdal_points(path, {"by_gdal": True, "packed": False})
    connection = sqlite3.connect(path)
    index_gpkg_points(connection, "packed")
    connection.commit()
    gdal_kinds = _trigger_kinds(connection, "by_gdal")
    assert _trigger_kinds(connection, "packed") == gdal_kinds
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert ("update5" in gdal_kinds) == (version >= 10400) and ("update1" in gdal_kinds) == (version < 10400)
    connection.close()


@pytest.mark.parametrize("version", [10300, 10400])
def test_triggers_of_each_geopackage_version_keep_the_index_right_through_edits(tmp_path, version):
    from osgeo import ogr

    from corridor_plugin.core.gdal_compat import gdal_exceptions
    from corridor_plugin.core.rtree import index_gpkg_points

    path = tmp_path / "edits.gpkg"
    _gdal_points(path, {"pts": False})
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {version}")
    index_gpkg_points(connection, "pts")
    connection.commit()
    expected = {"insert", "update2", "update4", "delete"} | (
        {"update1", "update3"} if version < 10400 else {"update5", "update6", "update7"})
    assert _trigger_kinds(connection, "pts") == expected
    connection.close()
    with gdal_exceptions():  # GDAL supplies ST_MinX…, so its edits run the file's triggers
        dataset = ogr.Open(str(path), 1)
        dataset.ExecuteSQL("UPDATE pts SET geom = MakePoint(100.5, 45.5, 4326) WHERE fid = 3")  # update1 / 6
        dataset.ExecuteSQL("UPDATE pts SET geom = NULL WHERE fid = 4")  # update2
        dataset.ExecuteSQL("UPDATE pts SET geom = MakePoint(101.5, 46.5, 4326) WHERE fid = 4")  # update1 / 7
        dataset.ExecuteSQL("UPDATE pts SET fid = 1000 WHERE fid = 5")  # update3 / 5
        dataset.ExecuteSQL("DELETE FROM pts WHERE fid = 6")
        dataset = None
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT rtreecheck('rtree_pts_geom')").fetchone()[0] == "ok"
    index = {row[0]: row[1:] for row in connection.execute("SELECT id, minx, miny FROM rtree_pts_geom")}
    fids = [row[0] for row in connection.execute("SELECT fid FROM pts WHERE geom IS NOT NULL")]
    assert sorted(index) == sorted(fids) and 5 not in index and 6 not in index and 1000 in index
    assert index[3] == (float(round_down(100.5)), float(round_down(45.5)))
    assert index[4] == (float(round_down(101.5)), float(round_down(46.5)))
    connection.close()
