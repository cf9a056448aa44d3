"""GeoPackage back end through Python's ``sqlite3``: GeoPackage 1.3 tables written directly (so QGIS and
GDAL read the file as an ordinary GeoPackage), occurrences inserted in batches with their GeoPackage
geometry blobs built by numpy, the R-tree spatial index filled in one statement per submission.

Why not OGR: feature-by-feature ``CreateFeature`` from Python costs a call per row and cannot share
a transaction with the provenance tables; sqlite3's ``executemany`` inside one transaction is faster
and makes the whole submission atomic (SQLite's journal undoes it after a crash)."""
import math
import sqlite3
import struct
from pathlib import Path

import numpy as np

from ...toolbelt.i18n import tr
from ..rtree import gpkg_rtree_triggers
from . import tables
from .report import BaselineError
from .store import BaselineStore, check_table_name, now_iso, quote

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300         # GeoPackage 1.3.0

_SQL_TYPES = {"text": "TEXT", "integer": "INTEGER", "double": "DOUBLE"}
_GPKG_POINT = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                        ("byte_order", "u1"), ("wkb_type", "<u4"), ("x", "<f8"), ("y", "<f8")])

WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
             'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
             '0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]')


def point_blobs(lon, lat, srs_id=tables.SRID):
    """GeoPackage geometry blobs (header without envelope + little-endian WKB Point) for coordinate
    arrays; None where a coordinate is missing."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    packed = np.zeros(len(lon), dtype=_GPKG_POINT)
    packed["magic"] = b"GP"
    packed["flags"] = 1          # little endian, no envelope, not empty
    packed["srs_id"] = srs_id
    packed["byte_order"] = 1
    packed["wkb_type"] = 1
    packed["x"] = lon
    packed["y"] = lat
    blobs = packed.view(f"V{_GPKG_POINT.itemsize}").tolist()
    valid = np.isfinite(lon) & np.isfinite(lat)
    if not valid.all():
        blobs = [b if ok else None for b, ok in zip(blobs, valid.tolist())]
    return blobs


def geometry_blob(wkb: bytes, bbox, srs_id: int):
    """GeoPackage blob with an xy envelope for any WKB geometry (bbox = xmin, xmax, ymin, ymax)."""
    header = struct.pack("<2sBBi4d", b"GP", 0, 0b00000011, srs_id, *bbox)
    return header + bytes(wkb)


def _blob_envelope(blob):
    """(minx, maxx, miny, maxy) of a GeoPackage blob, or None when empty/null: the ST_* functions that
    the GeoPackage R-tree triggers call (GDAL and SpatiaLite provide them; plain sqlite3 does not)."""
    if blob is None or len(blob) < 8:
        return None
    flags = blob[3]
    if flags & 0b10000:
        return None
    envelope = (flags >> 1) & 0b111
    little = flags & 1
    fmt = "<" if little else ">"
    if envelope in (1, 2, 3, 4):
        return struct.unpack(fmt + "4d", blob[8:40])
    wkb = blob[8:]
    wkb_fmt = "<" if wkb[0] == 1 else ">"
    kind = struct.unpack(wkb_fmt + "I", wkb[1:5])[0]
    if kind % 1000 == 1:
        x, y = struct.unpack(wkb_fmt + "2d", wkb[5:21])
        if math.isnan(x):
            return None
        return x, x, y, y
    from qgis.core import QgsGeometry

    geometry = QgsGeometry()
    geometry.fromWkb(bytes(wkb))
    if geometry.isEmpty():
        return None
    box = geometry.boundingBox()
    return box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()


def _register_functions(conn):
    def part(i):
        def fn(blob):
            env = _blob_envelope(blob)
            return None if env is None else env[i]
        return fn

    conn.create_function("ST_MinX", 1, part(0), deterministic=True)
    conn.create_function("ST_MaxX", 1, part(1), deterministic=True)
    conn.create_function("ST_MinY", 1, part(2), deterministic=True)
    conn.create_function("ST_MaxY", 1, part(3), deterministic=True)
    conn.create_function("ST_IsEmpty", 1, lambda b: 1 if _blob_envelope(b) is None else 0, deterministic=True)


SQLITE_MAGIC = b"SQLite format 3\x00"


class GeoPackageStore(BaselineStore):
    kind = "gpkg"

    def __init__(self, path: str, create: bool = True):
        super().__init__(str(path))
        self.path = Path(path)
        if self.path.suffix.lower() != ".gpkg":
            raise BaselineError(tr("'{path}' is neither a GeoPackage (.gpkg) nor a saved PostgreSQL connection "
                                   "name.").format(path=path))
        if not self.path.parent.is_dir():
            raise BaselineError(tr("The folder of the GeoPackage '{path}' does not exist.").format(path=path))
        new = not self.path.exists() or self.path.stat().st_size == 0
        if not new:
            with open(self.path, "rb") as handle:
                if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                    raise BaselineError(tr("'{path}' is not a GeoPackage: the file is not an SQLite database.").format(
                        path=path))
        if not create:  # a read-only use: neither a new file nor baseline tables in someone else's GeoPackage
            if new:
                raise BaselineError(tr("The baseline database '{path}' does not exist.").format(path=path))
            self.require_baseline(str(path))
        if new:
            self._initialise_geopackage()
        self.migrate()

    # -- connection --------------------------------------------------------------------------------
    def _connect(self):
        try:
            conn = sqlite3.connect(str(self.path), timeout=120, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise BaselineError(tr("Cannot open the GeoPackage '{path}': {error}").format(
                path=self.path, error=exc)) from exc
        _register_functions(conn)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA cache_size = -200000")  # 200 MB: index inserts of a large load stay in memory
        # isolation_level=None: we issue BEGIN ourselves (BEGIN IMMEDIATE takes the write lock up front,
        # so two writers queue instead of failing half-way with "database is locked").
        return conn

    def _begin(self, cursor):
        cursor.execute("BEGIN IMMEDIATE")

    def _end_read(self):
        pass  # autocommit reads: nothing held open

    def _rollback_quietly(self):
        try:
            if self._conn is not None and self._conn.in_transaction:
                self._conn.rollback()
        except sqlite3.Error:
            self.close()

    def _translate_error(self, exc):
        if isinstance(exc, sqlite3.Error):
            return BaselineError(tr("GeoPackage error in '{path}': {error}").format(path=self.path, error=exc))
        return exc

    def _initialise_geopackage(self):
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {USER_VERSION}")
            conn.execute("""CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL,
                srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
                definition TEXT NOT NULL, description TEXT)""")
            conn.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", [
                ("Undefined cartesian SRS", -1, "NONE", -1, "undefined",
                 "undefined cartesian coordinate reference system"),
                ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
                 "undefined geographic coordinate reference system"),
                ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees"),
            ])
            conn.execute("""CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,
                data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
                last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
                CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""")
            conn.execute("""CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL,
                column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
                z TINYINT NOT NULL, m TINYINT NOT NULL,
                CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
                CONSTRAINT uk_gc_table_name UNIQUE (table_name),
                CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
                CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""")
            conn.execute("""CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT,
                extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
                CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""")
            conn.execute("COMMIT")
        finally:
            conn.close()

    def _create_meta(self, cursor):
        cursor.execute("CREATE TABLE IF NOT EXISTS corridor_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)")

    def _ensure_srs(self, cursor, crs):
        srid = crs.postgisSrid() or -1
        cursor.execute("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (srid,))
        if cursor.fetchone() is None:
            auth, _, code = crs.authid().partition(":")
            cursor.execute("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
                           (crs.description() or crs.authid(), srid, auth or "NONE",
                            int(code) if code.isdigit() else srid, crs.toWkt() or "undefined", ""))
        return srid

    # -- DDL ---------------------------------------------------------------------------------------
    def create_table(self, cursor, table, columns, srs_id=tables.SRID, drop=False):
        geometry = tables.geometry_column(columns)
        if drop:
            self._drop_table(cursor, table)
        parts = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
        for name, kind in columns:
            if kind.startswith("geometry:"):
                parts.append(f"{quote(name)} {kind.split(':', 1)[1].upper()}")
            else:
                parts.append(f"{quote(name)} {_SQL_TYPES[kind]}")
        cursor.execute(f"CREATE TABLE {quote(table)} ({', '.join(parts)})")
        data_type = "features" if geometry else "attributes"
        cursor.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, ?, ?, ?)",
                       (table, data_type, table, srs_id if geometry else None))
        if geometry:
            name, geometry_type = geometry
            cursor.execute("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                           (table, name, geometry_type.upper(), srs_id))
            cursor.execute(f'CREATE VIRTUAL TABLE "rtree_{table}_{name}" USING rtree(id, minx, maxx, miny, maxy)')
            for statement in gpkg_rtree_triggers(table, name).values():
                cursor.execute(statement)
            cursor.execute("INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                           "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (table, name))

    def _drop_table(self, cursor, table):
        cursor.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,))
        row = cursor.fetchone()
        if row:
            cursor.execute(f'DROP TABLE IF EXISTS "rtree_{table}_{row[0]}"')
        for meta in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_contents"):
            cursor.execute(f"DELETE FROM {meta} WHERE table_name = ?", (table,))
        cursor.execute(f"DROP TABLE IF EXISTS {quote(table)}")

    def create_index(self, cursor, name, table, columns, unique):
        cursor.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX {quote(name)} ON {quote(table)} ("
                       + ", ".join(quote(c) for c in columns) + ")")

    def _insert_ignore(self, table, columns, conflict):
        return (f"INSERT OR IGNORE INTO {quote(table)} (" + ", ".join(quote(c) for c in columns) + ") VALUES ("
                + ", ".join("?" for _ in columns) + ")")

    def _insert_returning_id(self, cursor, table, columns, values):
        cursor.execute(f"INSERT INTO {quote(table)} (" + ", ".join(quote(c) for c in columns) + ") VALUES ("
                       + ", ".join("?" for _ in columns) + ")", tuple(values))
        return int(cursor.lastrowid)

    # -- bulk load ---------------------------------------------------------------------------------
    def _insert_occurrences(self, cursor, frame, progress, replacing=False):
        total = len(frame)
        if total == 0:
            return 0
        names = [c for c, _ in tables.OCCURRENCE_COLUMNS]
        sql = ("INSERT OR IGNORE INTO occurrences (geom, " + ", ".join(quote(c) for c in names) + ") VALUES ("
               + ", ".join("?" for _ in range(len(names) + 1)) + ")")
        triggers = gpkg_rtree_triggers("occurrences", "geom")
        # The R-tree is filled below in one statement from the coordinates instead of a Python trigger
        # call per row; the trigger comes back before commit (DDL is transactional in SQLite).
        cursor.execute('DROP TRIGGER "rtree_occurrences_geom_insert"')
        cursor.execute("SELECT COALESCE(MAX(fid), 0) FROM occurrences")
        first_fid = cursor.fetchone()[0]
        # A load larger than what the table holds builds its secondary indexes faster afterwards, from
        # sorted data, than row by row; the unique occurrenceID index stays (it decides what is new).
        rebuild = []
        if total >= self.index_rebuild_rows:
            cursor.execute("SELECT COUNT(*) FROM occurrences")
            if cursor.fetchone()[0] < total:
                rebuild = [index for index in tables.INDEXES if index[1] == "occurrences" and not index[3]]
                for name, *_ in rebuild:
                    cursor.execute(f"DROP INDEX {quote(name)}")
        changes_before = cursor.connection.total_changes
        for start in range(0, total, self.chunk_size):
            chunk = frame.iloc[start:start + self.chunk_size]
            cursor.executemany(sql, _rows(chunk, names))
            progress(0.9 * (start + len(chunk)) / total)
        inserted = cursor.connection.total_changes - changes_before
        for index in rebuild:
            self.create_index(cursor, *index)
        self._index_new_points(cursor, first_fid)
        cursor.execute(triggers["insert"])
        self._update_extent(cursor)
        return inserted

    def _index_new_points(self, cursor, first_fid):
        """R-tree entries for the rows after ``first_fid``: an empty index (a first load) is packed bottom
        up (:mod:`corridor_plugin.core.rtree`, several times faster); a filled one takes SQLite inserts."""
        cursor.execute('SELECT EXISTS (SELECT 1 FROM "rtree_occurrences_geom_rowid")')
        if not cursor.fetchone()[0]:
            import numpy as np

            from ..rtree import fill_empty_rtree

            cursor.execute('SELECT fid, "decimalLongitude", "decimalLatitude" FROM occurrences '
                           "WHERE fid > ? AND geom IS NOT NULL AND \"decimalLongitude\" IS NOT NULL "
                           "AND \"decimalLatitude\" IS NOT NULL", (first_fid,))
            rows = np.array(cursor.fetchall(), dtype=float).reshape(-1, 3)
            if len(rows):
                fill_empty_rtree(cursor.connection, "rtree_occurrences_geom", rows[:, 0].astype(np.int64),
                                 rows[:, 1], rows[:, 1], rows[:, 2], rows[:, 2])
            return
        cursor.execute('INSERT INTO "rtree_occurrences_geom" SELECT fid, "decimalLongitude", "decimalLongitude", '
                       '"decimalLatitude", "decimalLatitude" FROM occurrences WHERE fid > ? AND geom IS NOT NULL',
                       (first_fid,))

    def _update_extent(self, cursor, table="occurrences"):
        cursor.execute(f'SELECT MIN(minx), MIN(miny), MAX(maxx), MAX(maxy) FROM "rtree_{table}_geom"')
        extent = cursor.fetchone()
        cursor.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                       "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
                       tuple(extent) + (table,))

    def _geometry_placeholder(self, srid):
        return "?"

    # -- readers and result tables -----------------------------------------------------------------
    def occurrences_layer(self, name="occurrences"):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(f"{self.path}|layername=occurrences", name, "ogr")
        if not layer.isValid():
            raise BaselineError(tr("Cannot open the occurrences of '{path}' as a layer.").format(path=self.path))
        return layer

    def table_layer(self, table, name=None):
        from qgis.core import QgsVectorLayer

        return QgsVectorLayer(f"{self.path}|layername={table}", name or table, "ogr")

    def write_table(self, name, layer_or_dataframe):
        """Create or replace result table ``name`` from a QgsVectorLayer (with its geometry) or a
        pandas DataFrame; it is listed in ``result_tables``. Returns the number of rows."""
        check_table_name(name)
        columns, rows, geometry_type, crs = _table_rows(layer_or_dataframe, self._geometry_value)
        with self._transaction() as cursor:
            srs_id = self._ensure_srs(cursor, crs) if geometry_type else tables.SRID
            spec = ((("geom", "geometry:" + geometry_type),) if geometry_type else ()) + tuple(columns)
            self.create_table(cursor, name, spec, srs_id=srs_id, drop=True)
            names = [c for c, _ in spec]
            if rows:
                cursor.executemany(f"INSERT INTO {quote(name)} (" + ", ".join(quote(c) for c in names) + ") VALUES ("
                                   + ", ".join("?" for _ in names) + ")", rows)
            cursor.execute("DELETE FROM result_tables WHERE name = ?", (name,))
            cursor.execute("INSERT INTO result_tables (name, created, rows, geometry_type) VALUES (?, ?, ?, ?)",
                           (name, now_iso(), len(rows), geometry_type or ""))
            if geometry_type:
                cursor.execute(f'SELECT MIN(minx), MIN(miny), MAX(maxx), MAX(maxy) FROM "rtree_{name}_geom"')
                cursor.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE "
                               "table_name = ?", tuple(cursor.fetchone()) + (name,))
        return len(rows)

    @staticmethod
    def _geometry_value(geometry, srid):
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        box = geometry.boundingBox()
        return geometry_blob(geometry.asWkb(), (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()), srid)

    def read_table(self, name):
        """A result table as a DataFrame (without geometry)."""
        check_table_name(name)
        frame = self.query_frame(f"SELECT * FROM {quote(name)} ORDER BY fid")
        return frame.drop(columns=[c for c in ("geom",) if c in frame])


def _rows(chunk, names):
    """Row tuples for executemany: geometry blob first, NaN/NA as None."""
    columns = [point_blobs(chunk["decimalLongitude"].to_numpy(), chunk["decimalLatitude"].to_numpy())]
    for name in names:
        series = chunk[name]
        if series.dtype == object:
            values = series.tolist()
            if series.isna().any():
                mask = series.isna().tolist()
                values = [None if m else v for v, m in zip(values, mask)]
        elif str(series.dtype) == "Int64":
            values = series.astype(object).where(series.notna(), None).tolist()
        elif series.dtype.kind == "f":
            array = series.to_numpy()
            values = array.tolist()
            if np.isnan(array).any():
                values = [None if v != v else v for v in values]
        else:
            values = series.tolist()
        columns.append(values)
    return list(zip(*columns))


def _table_rows(layer_or_dataframe, geometry_value):
    """(columns spec, row tuples, geometry type name or '', crs) of a layer or DataFrame."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a runtime dependency of the baseline
        pd = None
    if pd is not None and isinstance(layer_or_dataframe, pd.DataFrame):
        frame = layer_or_dataframe
        columns = []
        for name in frame.columns:
            kind = frame[name].dtype.kind
            columns.append((str(name), "integer" if kind in "iub" else "double" if kind == "f" else "text"))
        rows = []
        for record in frame.itertuples(index=False, name=None):
            rows.append(tuple(_plain(v) for v in record))
        return columns, rows, "", None
    from qgis.core import QgsWkbTypes

    layer = layer_or_dataframe
    fields = layer.fields()
    columns = []
    for field in fields:
        if field.name().lower() in ("fid", "geom"):
            continue
        type_name = field.typeName().lower()
        if field.isNumeric():
            kind = "integer" if field.type() in (2, 4, 32, 33) or type_name.startswith("int") else "double"
        else:
            kind = "text"
        columns.append((field.name(), kind))
    geometry_type = ""
    if layer.isSpatial():
        geometry_type = QgsWkbTypes.displayString(QgsWkbTypes.flatType(layer.wkbType()))
    srid = layer.crs().postgisSrid() if geometry_type else 0
    rows = []
    for feature in layer.getFeatures():
        values = [_plain(feature[c]) for c, _ in columns]
        if geometry_type:
            values.insert(0, geometry_value(feature.geometry(), srid))
        rows.append(tuple(values))
    return columns, rows, geometry_type, layer.crs() if geometry_type else None


def _plain(value):
    """A value sqlite3/psycopg2 can bind: QVariant nulls, numpy scalars and NaN become plain Python."""
    if value is None:
        return None
    try:
        from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

        if isinstance(value, QVariant):
            return None if value.isNull() else value.value()
        if isinstance(value, QDateTime):
            return value.toString("yyyy-MM-ddThh:mm:ss")
        if isinstance(value, QDate):
            return value.toString("yyyy-MM-dd")
    except ImportError:
        pass
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        value = float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.bool_):
        return bool(value)
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    except ImportError:
        pass
    return value
