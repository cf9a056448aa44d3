"""Bulk loading of an empty SQLite R-tree (a GeoPackage spatial index) by writing its node tables directly.

Inserting rows one by one into an SQLite R-tree costs about 9 µs each (every insert descends the tree,
picks a leaf and may split nodes); a GeoPackage of 200,000 points spends more time filling its spatial
index than writing its features. An R-tree of a set known in advance is better built bottom up, packed
with the Sort-Tile-Recursive order (Leutenegger, Lopez & Edgington 1997, "STR: a simple and efficient
algorithm for R-tree packing", ICDE): nodes nearly full and spatially compact, built in numpy.

The node format is SQLite's own (``ext/rtree/rtree.c``, checked by ``rtreecheck()``): a node is a blob of
the size of the existing root node; bytes 0-1 hold the depth of the tree (root only), bytes 2-3 the number
of cells; each cell is a big-endian 64-bit id (a rowid in leaves, a child node number above) followed by
the box as big-endian 32-bit floats (min x, max x, min y, max y). ``<name>_rowid`` maps each rowid to its
leaf and ``<name>_parent`` each node but the root (number 1) to its parent. Coordinates are rounded to
32-bit floats outwards exactly as SQLite rounds them on insert, so the index is the one SQLite would hold
after inserting the same boxes, apart from how the boxes are grouped into nodes."""
import numpy as np

_CELL_DTYPE = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
_TOWARDS_ZERO = 1.0 - 1.0 / 8388608.0   # SQLite's RNDTOWARDS
_AWAY_FROM_ZERO = 1.0 + 1.0 / 8388608.0  # SQLite's RNDAWAY


def round_down(values) -> np.ndarray:
    """``rtreeValueDown``: the 32-bit float SQLite stores for a lower bound (never above the value)."""
    values = np.asarray(values, dtype=np.float64)
    single = values.astype(np.float32)
    nudged = (values * np.where(values < 0, _AWAY_FROM_ZERO, _TOWARDS_ZERO)).astype(np.float32)
    return np.where(single.astype(np.float64) > values, nudged, single)


def round_up(values) -> np.ndarray:
    """``rtreeValueUp``: the 32-bit float SQLite stores for an upper bound (never below the value)."""
    values = np.asarray(values, dtype=np.float64)
    single = values.astype(np.float32)
    nudged = (values * np.where(values < 0, _TOWARDS_ZERO, _AWAY_FROM_ZERO)).astype(np.float32)
    return np.where(single.astype(np.float64) < values, nudged, single)


def _group_bounds(count: int, capacity: int) -> np.ndarray:
    """Start offsets (and the end) of ceil(count / capacity) groups of near-equal size: every node at
    least half full, so SQLite never finds one under its minimum fill when rows are deleted later."""
    groups = -(-count // capacity)
    sizes = np.full(groups, count // groups, dtype=np.int64)
    sizes[:count % groups] += 1
    return np.concatenate(([0], np.cumsum(sizes)))


def str_order(centre_x: np.ndarray, centre_y: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Sort-Tile-Recursive order for the groups given by ``bounds``: entries sorted by x, cut into about
    sqrt(groups) vertical slices made of whole groups, each slice sorted by y."""
    count, groups = len(centre_x), len(bounds) - 1
    slices = int(np.ceil(np.sqrt(groups)))
    groups_per_slice = -(-groups // slices)
    by_x = np.argsort(centre_x, kind="stable")
    slice_starts = bounds[np.arange(0, groups, groups_per_slice)]
    slice_of = np.searchsorted(slice_starts, np.arange(count), side="right") - 1
    return by_x[np.lexsort((centre_y[by_x], slice_of))]


def fill_empty_rtree(connection, name: str, ids, min_x, max_x, min_y, max_y) -> int:
    """Fill the empty 2-D R-tree virtual table ``name`` with the given boxes, inside the caller's
    transaction; returns the number of nodes written. Raises ValueError when the R-tree is not empty or
    not two-dimensional, or when a box is not finite or inverted (what SQLite's own insert refuses)."""
    quoted = name.replace('"', '""')
    root = connection.execute(f'SELECT length(data) FROM "{quoted}_node" WHERE nodeno = 1').fetchone()
    if root is None or connection.execute(f'SELECT 1 FROM "{quoted}_rowid" LIMIT 1').fetchone():
        raise ValueError(f"R-tree {name} is not empty")
    columns = connection.execute(f'PRAGMA table_info("{quoted}")').fetchall()
    if len(columns) != 5:
        raise ValueError(f"R-tree {name} is not two-dimensional")
    node_size = int(root[0])
    capacity = (node_size - 4) // _CELL_DTYPE.itemsize
    ids = np.asarray(ids, dtype=np.int64)
    boxes = np.column_stack([round_down(min_x), round_up(max_x), round_down(min_y), round_up(max_y)])
    if len(ids) == 0:
        return 0
    if len(np.unique(ids)) != len(ids):
        raise ValueError("R-tree ids must be unique")
    if not np.isfinite(boxes).all() or (boxes[:, 0] > boxes[:, 1]).any() or (boxes[:, 2] > boxes[:, 3]).any():
        raise ValueError("R-tree boxes must be finite with min <= max")

    nodes, rowid_rows, parent_rows = [], None, []
    next_node = 2
    depth = 0
    entry_ids, entry_boxes = ids, boxes.astype(np.float32)
    while True:
        count = len(entry_ids)
        is_root = count <= capacity
        bounds = np.array([0, count]) if is_root else _group_bounds(count, capacity)
        groups = len(bounds) - 1
        if is_root:
            order = np.arange(count)
            numbers = np.array([1], dtype=np.int64)
        else:
            centres = entry_boxes.astype(np.float64)
            order = str_order((centres[:, 0] + centres[:, 1]) / 2, (centres[:, 2] + centres[:, 3]) / 2, bounds)
            numbers = np.arange(next_node, next_node + groups, dtype=np.int64)
            next_node += groups
        entry_ids, entry_boxes = entry_ids[order], entry_boxes[order]
        group_of = np.repeat(np.arange(groups), np.diff(bounds))
        if depth == 0:  # by rowid: the _rowid table's B-tree fills faster in key order
            rowid_rows = np.column_stack([entry_ids, numbers[group_of]])
            rowid_rows = rowid_rows[np.argsort(entry_ids, kind="stable")]
        else:
            parent_rows.append(np.column_stack([entry_ids, numbers[group_of]]))
        cells = np.zeros((groups, capacity), dtype=_CELL_DTYPE)
        slot = np.arange(count) - bounds[group_of]
        cells["id"][group_of, slot] = entry_ids
        cells["box"][group_of, slot] = entry_boxes
        blobs = np.zeros((groups, node_size), dtype=np.uint8)
        header = np.zeros((groups, 2), dtype=">u2")
        header[:, 0] = depth if is_root else 0
        header[:, 1] = np.diff(bounds)
        blobs[:, :4] = header.view(np.uint8).reshape(groups, 4)
        blobs[:, 4:4 + capacity * _CELL_DTYPE.itemsize] = cells.view(np.uint8).reshape(groups, -1)
        nodes.extend(zip(numbers.tolist(), (row.tobytes() for row in blobs)))
        if is_root:
            break
        starts = bounds[:-1]
        entry_boxes = np.column_stack([
            np.minimum.reduceat(entry_boxes[:, 0], starts), np.maximum.reduceat(entry_boxes[:, 1], starts),
            np.minimum.reduceat(entry_boxes[:, 2], starts), np.maximum.reduceat(entry_boxes[:, 3], starts)])
        entry_ids = numbers
        depth += 1

    connection.execute(f'DELETE FROM "{quoted}_node"')
    connection.executemany(f'INSERT INTO "{quoted}_node" (nodeno, data) VALUES (?, ?)', nodes)
    connection.executemany(f'INSERT INTO "{quoted}_rowid" (rowid, nodeno) VALUES (?, ?)', rowid_rows.tolist())
    if parent_rows:
        connection.executemany(f'INSERT INTO "{quoted}_parent" (nodeno, parentnode) VALUES (?, ?)',
                               np.concatenate(parent_rows).tolist())
    return len(nodes)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


GPKG_1_4 = 10400  # PRAGMA user_version of a GeoPackage 1.4 file (GDAL >= 3.12 writes 1.4 by default)


def gpkg_rtree_triggers(table: str, column: str, fid: str = "fid", version: int = 10300) -> dict:
    """The R-tree triggers that keep ``rtree_<table>_<column>`` in step with the table, as the GeoPackage
    version of the file (``PRAGMA user_version``) wants them (annex F.3): up to 1.3 ``update1``–``update4``;
    from 1.4 ``update1`` is replaced by ``update6``/``update7`` and ``update3`` by ``update5``, the set GDAL
    writes and its validator expects. They call ST_MinX… which GDAL, SpatiaLite (and the baseline store)
    provide."""
    rtree = _quote(f"rtree_{table}_{column}")
    t, c, f = _quote(table), _quote(column), _quote(fid)
    name = f"rtree_{table}_{column}".replace('"', '""')
    box = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    triggers = {
        "insert": f"""CREATE TRIGGER "{name}_insert" AFTER INSERT ON {t}
            WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.{f}, {box}); END""",
        "update1": f"""CREATE TRIGGER "{name}_update1" AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{f} = NEW.{f} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.{f}, {box}); END""",
        "update2": f"""CREATE TRIGGER "{name}_update2" AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{f} = NEW.{f} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {rtree} WHERE id = OLD.{f}; END""",
        "update3": f"""CREATE TRIGGER "{name}_update3" AFTER UPDATE ON {t}
            WHEN OLD.{f} != NEW.{f} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {rtree} WHERE id = OLD.{f}; INSERT OR REPLACE INTO {rtree} VALUES (NEW.{f},
            {box}); END""",
        "update4": f"""CREATE TRIGGER "{name}_update4" AFTER UPDATE ON {t}
            WHEN OLD.{f} != NEW.{f} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {rtree} WHERE id IN (OLD.{f}, NEW.{f}); END""",
        "delete": f"""CREATE TRIGGER "{name}_delete" AFTER DELETE ON {t} WHEN old.{c} NOT NULL
            BEGIN DELETE FROM {rtree} WHERE id = OLD.{f}; END""",
    }
    if version < GPKG_1_4:
        return triggers
    del triggers["update1"], triggers["update3"]
    triggers["update5"] = f"""CREATE TRIGGER "{name}_update5" AFTER UPDATE ON {t}
            WHEN OLD.{f} != NEW.{f} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {rtree} WHERE id = OLD.{f}; INSERT OR REPLACE INTO {rtree} VALUES (NEW.{f},
            {box}); END"""
    triggers["update6"] = f"""CREATE TRIGGER "{name}_update6" AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{f} = NEW.{f} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            AND (OLD.{c} NOTNULL AND NOT ST_IsEmpty(OLD.{c}))
            BEGIN UPDATE {rtree} SET minx = ST_MinX(NEW.{c}), maxx = ST_MaxX(NEW.{c}), miny = ST_MinY(NEW.{c}),
            maxy = ST_MaxY(NEW.{c}) WHERE id = NEW.{f}; END"""
    triggers["update7"] = f"""CREATE TRIGGER "{name}_update7" AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{f} = NEW.{f} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            AND (OLD.{c} ISNULL OR ST_IsEmpty(OLD.{c}))
            BEGIN INSERT INTO {rtree} VALUES (NEW.{f}, {box}); END"""
    return triggers


_ENVELOPE_BYTES = np.array([0, 32, 48, 48, 64, 0, 0, 0])


def point_blob_coordinates(blobs):
    """x and y of GeoPackage point geometry blobs (any envelope, either WKB byte order, 2-D or with Z/M),
    vectorised; NaN for empty points. Raises ValueError when a blob is not a point."""
    blobs = list(blobs)
    if not blobs:
        return np.zeros(0), np.zeros(0)
    lengths = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    data = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    if (lengths < 8).any() or (data[starts] != ord("G")).any() or (data[starts + 1] != ord("P")).any():
        raise ValueError("not GeoPackage geometry blobs")
    flags = data[starts + 3]
    wkb = starts + 8 + _ENVELOPE_BYTES[(flags >> 1) & 7]
    if (wkb + 21 > starts + lengths).any():
        raise ValueError("geometry blob too short for a point")
    little = data[wkb] == 1
    type_bytes = data[wkb[:, None] + np.arange(1, 5)]
    kind = np.where(little, type_bytes.copy().view("<u4").ravel(), type_bytes.copy().view(">u4").ravel())
    # ISO (1, 1001, 2001, 3001) and extended (0x80000001…) point codes
    if ((kind & 0x0FFFFFFF) % 1000 != 1).any():
        raise ValueError("not a point layer")
    coordinates = data[wkb[:, None] + np.arange(5, 21)].copy()
    x = np.where(little, coordinates[:, :8].copy().view("<f8").ravel(), coordinates[:, :8].copy().view(">f8").ravel())
    y = np.where(little, coordinates[:, 8:].copy().view("<f8").ravel(), coordinates[:, 8:].copy().view(">f8").ravel())
    empty = (flags & 0x10) != 0
    return np.where(empty, np.nan, x), np.where(empty, np.nan, y)


def index_gpkg_points(connection, table: str):
    """Give the point layer ``table`` of a GeoPackage (open ``sqlite3`` connection) its standard spatial
    index, packed in one pass: the R-tree virtual table, the GeoPackage extension row and the triggers
    that keep it up to date. Returns the number of points indexed; does nothing (returns None) when the
    layer already has an index. Raises ValueError, before changing anything, for a table without
    geometry or geometries that are not points. Rows with a NULL or empty geometry get no entry, as with
    the triggers."""
    row = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                             (table,)).fetchone()
    if row is None:
        raise ValueError(f"{table} is not a GeoPackage feature table")
    column = row[0]
    name = f"rtree_{table}_{column}"
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
        return None
    fid = [row[1] for row in connection.execute(f"PRAGMA table_info({_quote(table)})") if row[5]][0]
    rows = connection.execute(f"SELECT {_quote(fid)}, {_quote(column)} FROM {_quote(table)} "
                              f"WHERE {_quote(column)} IS NOT NULL").fetchall()
    ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
    x, y = point_blob_coordinates(row[1] for row in rows)
    del rows
    keep = np.isfinite(x) & np.isfinite(y)
    connection.execute(f"CREATE VIRTUAL TABLE {_quote(name)} USING rtree(id, minx, maxx, miny, maxy)")
    fill_empty_rtree(connection, name, ids[keep], x[keep], x[keep], y[keep], y[keep])
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    for statement in gpkg_rtree_triggers(table, column, fid, version).values():
        connection.execute(statement)
    connection.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
                       "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
                       "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))")
    connection.execute("INSERT OR IGNORE INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                       "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (table, column))
    return int(keep.sum())
