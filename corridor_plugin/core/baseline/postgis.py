"""PostGIS back end through psycopg2: the baseline lives in schema ``corridor``; occurrences arrive by
``COPY`` into a temporary staging table and move to ``occurrences`` in one ``INSERT … ON CONFLICT DO
NOTHING`` inside the submission's transaction.

Connections: the name of a connection saved in QGIS (``PostgreSQL/connections/<name>/…``; user and
password come from its ``authcfg`` through ``QgsAuthManager``, never written anywhere by Corridor), a
``postgres://`` / ``postgresql://`` URI, or a libpq key=value string (``service=corridor``)."""
import csv
import io
import zlib

from ...toolbelt.i18n import tr
from . import tables
from .report import BaselineError, ConnectionLost
from .store import BaselineStore, check_table_name, now_iso, quote

SCHEMA = "corridor"
APPLICATION_NAME = "corridor-baseline"
_SQL_TYPES = {"text": "text", "integer": "bigint", "double": "double precision"}


def is_postgres_uri(database: str) -> bool:
    text = (database or "").strip()
    lowered = text.lower()
    return lowered.startswith(("postgres://", "postgresql://", "pg:")) or (
        "=" in text and not lowered.endswith(".gpkg") and any(
            lowered.startswith(k) or f" {k}" in lowered for k in ("service=", "dbname=", "host=", "port=", "user=")))


def saved_connection_names():
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.beginGroup("PostgreSQL/connections")
    try:
        return list(settings.childGroups())
    finally:
        settings.endGroup()


def connection_parameters(database: str):
    """``(psycopg2 keyword arguments, QGIS authcfg id or '')`` for a URI or a saved QGIS connection."""
    text = database.strip()
    if text.lower().startswith("pg:"):
        text = text[3:]
    if is_postgres_uri(database):
        return {"dsn": text}, ""
    if text not in saved_connection_names():
        raise BaselineError(tr("No saved PostgreSQL connection called '{name}' in QGIS (Browser ▸ PostgreSQL ▸ "
                               "New Connection).").format(name=text))
    from qgis.core import QgsSettings

    settings = QgsSettings()
    prefix = f"PostgreSQL/connections/{text}/"
    params = {}
    for key, setting in (("service", "service"), ("host", "host"), ("port", "port"), ("dbname", "database"),
                         ("sslmode", "sslmode")):
        value = settings.value(prefix + setting, "")
        if value not in (None, ""):
            params[key] = str(value)
    if params.get("sslmode") in ("SslDisable", "0"):
        params["sslmode"] = "disable"
    elif params.get("sslmode", "").startswith("Ssl"):
        params["sslmode"] = params["sslmode"][3:].lower().replace("verifyca", "verify-ca").replace(
            "verifyfull", "verify-full")
    authcfg = settings.value(prefix + "authcfg", "") or ""
    if authcfg:
        from qgis.core import QgsApplication, QgsAuthMethodConfig

        config = QgsAuthMethodConfig()
        if not QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
            raise BaselineError(tr("The authentication configuration '{id}' of connection '{name}' cannot be "
                                   "read (is the QGIS master password set?).").format(id=authcfg, name=text))
        if config.config("username"):
            params["user"] = config.config("username")
        if config.config("password"):
            params["password"] = config.config("password")
    else:
        # credentials the user chose to save in QGIS's own settings; Corridor only reads them
        if settings.value(prefix + "saveUsername", False, type=bool) and settings.value(prefix + "username", ""):
            params["user"] = settings.value(prefix + "username")
        if settings.value(prefix + "savePassword", False, type=bool) and settings.value(prefix + "password", ""):
            params["password"] = settings.value(prefix + "password")
    return params, authcfg


class PostgisStore(BaselineStore):
    kind = "postgis"

    def __init__(self, database: str, create: bool = True):
        super().__init__(database)
        try:
            import psycopg2  # noqa: F401
        except ImportError as exc:
            from ...toolbelt.deps import require

            try:
                require("psycopg2", tr("The PostGIS baseline"))
            except ImportError as missing:
                raise BaselineError(str(missing)) from exc
        self.params, self.authcfg = connection_parameters(database)
        if not create:
            self.require_baseline(self._display_name())
        self.migrate()

    # -- connection --------------------------------------------------------------------------------
    def _connect(self):
        import psycopg2

        try:
            conn = psycopg2.connect(application_name=APPLICATION_NAME, connect_timeout=20, **self.params)
        except psycopg2.Error as exc:
            raise BaselineError(tr("Cannot connect to the PostGIS baseline '{name}': {error}").format(
                name=self._display_name(), error=str(exc).strip())) from exc
        conn.autocommit = False
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            has_postgis = cursor.fetchone() is not None
        conn.commit()
        if not has_postgis:
            try:
                with conn.cursor() as cursor:
                    cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                conn.commit()
            except psycopg2.Error as exc:
                conn.close()
                raise BaselineError(tr("The database '{name}' has no PostGIS extension and this user may not "
                                       "create it: ask the administrator to run CREATE EXTENSION postgis.").format(
                    name=self._display_name())) from exc
        if not self._schema_exists(conn):
            with conn.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", (zlib.crc32(b"corridor-schema") - 2**31,))
                cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            conn.commit()
        with conn.cursor() as cursor:
            cursor.execute(f"SET search_path TO {SCHEMA}, public")
        conn.commit()
        return conn

    @staticmethod
    def _schema_exists(conn):
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (SCHEMA,))
            return cursor.fetchone() is not None

    def _display_name(self):
        # never the password: only what identifies the database
        params = self.params
        if "dsn" in params:
            dsn = params["dsn"]
            if "@" in dsn and "://" in dsn:
                scheme, rest = dsn.split("://", 1)
                dsn = scheme + "://" + rest.split("@", 1)[1]
            from ..credentials import mask_credentials

            return mask_credentials(dsn)
        return " ".join(f"{k}={v}" for k, v in params.items() if k != "password")

    def _is_closed(self, conn):
        return bool(conn.closed)

    def _begin(self, cursor):
        pass  # psycopg2 opens the transaction with the first statement

    def sql(self, text):
        return text.replace("?", "%s")

    def _lock(self, cursor, *keys):
        # transaction-level advisory locks, always taken in the same order (no deadlock between sessions)
        for key in sorted({zlib.crc32(k.encode("utf-8")) - 2**31 for k in keys}):
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (key,))

    def _translate_error(self, exc):
        import psycopg2

        if isinstance(exc, (psycopg2.OperationalError, psycopg2.InterfaceError)) and (
                self._conn is None or self._conn.closed):
            self.close()
            return ConnectionLost(tr("The connection to the PostGIS baseline '{name}' was lost; the submission "
                                     "being loaded was rolled back. ({error})").format(
                name=self._display_name(), error=str(exc).strip()))
        if isinstance(exc, psycopg2.Error):
            return BaselineError(tr("PostGIS error in '{name}': {error}").format(
                name=self._display_name(), error=str(exc).strip()))
        return exc

    def _rollback_quietly(self):
        try:
            if self._conn is not None and not self._conn.closed:
                self._conn.rollback()
            elif self._conn is not None:
                self.close()
        except Exception:  # noqa: BLE001 - a dropped connection cannot roll back; the server already did
            self.close()

    def backend_pid(self):
        """Server process id of this store's connection (for administrators and tests)."""
        return self.connection.get_backend_pid()

    def _create_meta(self, cursor):
        cursor.execute("CREATE TABLE IF NOT EXISTS corridor_meta (key text PRIMARY KEY, value text)")

    # -- DDL ---------------------------------------------------------------------------------------
    def create_table(self, cursor, table, columns, srid=tables.SRID, drop=False):
        if drop:
            cursor.execute(f"DROP TABLE IF EXISTS {quote(table)}")
        parts = ["fid bigserial PRIMARY KEY"]
        geometry = tables.geometry_column(columns)
        for name, kind in columns:
            if kind.startswith("geometry:"):
                parts.append(f"{quote(name)} geometry({kind.split(':', 1)[1]}, {int(srid)})")
            else:
                parts.append(f"{quote(name)} {_SQL_TYPES[kind]}")
        cursor.execute(f"CREATE TABLE {quote(table)} ({', '.join(parts)})")
        if geometry:
            cursor.execute(f"CREATE INDEX {quote(table + '_' + geometry[0] + '_gist')} ON {quote(table)} "
                           f"USING gist ({quote(geometry[0])})")

    def create_index(self, cursor, name, table, columns, unique):
        cursor.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX {quote(name)} ON {quote(table)} ("
                       + ", ".join(quote(c) for c in columns) + ")")

    def _insert_ignore(self, table, columns, conflict):
        return (f"INSERT INTO {quote(table)} (" + ", ".join(quote(c) for c in columns) + ") VALUES ("
                + ", ".join("%s" for _ in columns) + ") ON CONFLICT (" + ", ".join(quote(c) for c in conflict)
                + ") DO NOTHING")

    def _insert_returning_id(self, cursor, table, columns, values):
        cursor.execute(f"INSERT INTO {quote(table)} (" + ", ".join(quote(c) for c in columns) + ") VALUES ("
                       + ", ".join("%s" for _ in columns) + ") RETURNING fid", tuple(values))
        return int(cursor.fetchone()[0])

    # -- bulk load ---------------------------------------------------------------------------------
    def _insert_occurrences(self, cursor, frame, progress, replacing=False):
        total = len(frame)
        if total == 0:
            return 0
        names = [c for c, _ in tables.OCCURRENCE_COLUMNS]
        rebuild = []
        if total >= self.index_rebuild_rows and not replacing:
            # A big load: lock the table up front (nothing in this transaction touched it yet, so no lock
            # upgrade can deadlock with another session). When the table holds fewer rows than the load,
            # leave out the ids it has already (and repeats within the load), drop every index, COPY
            # straight into the table, and build the indexes once at the end from sorted data.
            cursor.execute("LOCK TABLE occurrences IN ACCESS EXCLUSIVE MODE")
            cursor.execute("SELECT COUNT(*) FROM occurrences")
            if cursor.fetchone()[0] < total:
                rebuild = [index for index in tables.INDEXES if index[1] == "occurrences"]
                for name, *_ in rebuild:
                    cursor.execute(f"DROP INDEX {quote(name)}")
                cursor.execute('DROP INDEX "occurrences_geom_gist"')
                cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        if rebuild:
            cursor.execute('SELECT "occurrenceID" FROM occurrences')
            present = {row[0] for row in cursor.fetchall()}
            ids = frame["occurrenceID"]
            fresh = frame[~ids.isin(present) & ~ids.duplicated()] if present or ids.duplicated().any() else frame
            self._copy(cursor, "occurrences", names, fresh, lambda f: progress(0.8 * f))
            inserted = len(fresh)
            progress(0.85)
            cursor.execute('CREATE INDEX "occurrences_geom_gist" ON occurrences USING gist (geom)')
            for index in rebuild:
                self.create_index(cursor, *index)
            progress(1.0)
            return inserted
        spec = ", ".join(f"{quote(c)} {_SQL_TYPES[k]}" for c, k in tables.OCCURRENCE_COLUMNS)
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS corridor_staging ({spec}, geom geometry(Point, 4326)) "
                       "ON COMMIT DROP")
        cursor.execute("TRUNCATE corridor_staging")
        self._copy(cursor, "corridor_staging", names, frame, lambda f: progress(0.8 * f))
        column_list = ", ".join(quote(c) for c in names)
        cursor.execute(f"INSERT INTO occurrences ({column_list}, geom) SELECT {column_list}, geom "
                       "FROM corridor_staging ON CONFLICT (\"occurrenceID\") DO NOTHING")
        inserted = cursor.rowcount
        cursor.execute("DROP TABLE corridor_staging")
        progress(1.0)
        return inserted

    def _copy(self, cursor, table, names, frame, progress):
        """COPY the rows of ``frame`` (columns ``names``) plus their point geometry into ``table``."""
        copy = (f"COPY {quote(table)} (" + ", ".join(quote(c) for c in names)
                + ", geom) FROM STDIN WITH (FORMAT csv, NULL '\\N')")
        total = len(frame)
        for start in range(0, total, self.chunk_size):
            chunk = frame.iloc[start:start + self.chunk_size].copy()
            lon, lat = chunk["decimalLongitude"], chunk["decimalLatitude"]
            valid = lon.notna() & lat.notna()
            chunk["geom"] = None
            chunk.loc[valid, "geom"] = ("SRID=4326;POINT(" + lon[valid].map(repr) + " "
                                        + lat[valid].map(repr) + ")")
            buffer = io.StringIO()
            chunk.to_csv(buffer, header=False, index=False, na_rep="\\N", quoting=csv.QUOTE_MINIMAL)
            buffer.seek(0)
            cursor.copy_expert(copy, buffer)
            progress((start + len(chunk)) / total)

    # -- readers and result tables -----------------------------------------------------------------
    def _layer_uri(self, table, geometry_column="geom"):
        from qgis.core import QgsDataSourceUri

        params = dict(self.params)
        if "dsn" in params:
            params = _parse_dsn(params["dsn"])
        if self.authcfg:
            # the layer (and any project that saves it) gets the authcfg id, never the credentials
            params.pop("user", None)
            params.pop("password", None)
        uri = QgsDataSourceUri()
        if params.get("service"):
            uri.setConnection(params["service"], params.get("dbname", ""), params.get("user", ""),
                              params.get("password", ""), QgsDataSourceUri.SslMode.SslPrefer, self.authcfg)
        else:
            uri.setConnection(params.get("host", "localhost"), str(params.get("port", "5432")),
                              params.get("dbname", ""), params.get("user", ""), params.get("password", ""),
                              QgsDataSourceUri.SslMode.SslPrefer, self.authcfg)
        uri.setDataSource(SCHEMA, table, geometry_column, "", "fid")
        return uri

    def occurrences_layer(self, name="occurrences"):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(self._layer_uri("occurrences").uri(False), name, "postgres")
        if not layer.isValid():
            raise BaselineError(tr("Cannot open the occurrences of '{name}' as a layer.").format(
                name=self._display_name()))
        return layer

    def table_layer(self, table, name=None):
        from qgis.core import QgsVectorLayer

        rows = self.query("SELECT f_geometry_column FROM geometry_columns WHERE f_table_schema = ? "
                          "AND f_table_name = ?", (SCHEMA, table))
        return QgsVectorLayer(self._layer_uri(table, rows[0][0] if rows else None).uri(False),
                              name or table, "postgres")

    def write_table(self, name, layer_or_dataframe):
        """Create or replace result table ``name`` (in schema corridor) from a QgsVectorLayer or a pandas
        DataFrame; it is listed in ``result_tables``. Returns the number of rows."""
        from .gpkg import _table_rows

        check_table_name(name)
        columns, rows, geometry_type, crs = _table_rows(layer_or_dataframe, self._geometry_value)
        srid = crs.postgisSrid() if geometry_type else tables.SRID
        spec = ((("geom", "geometry:" + geometry_type),) if geometry_type else ()) + tuple(columns)
        names = [c for c, _ in spec]
        placeholders = ", ".join(
            ("ST_SetSRID(ST_GeomFromWKB(%s), " + str(int(srid)) + ")") if c == "geom" and geometry_type else "%s"
            for c in names)
        with self._transaction(begin=False) as cursor:
            self.create_table(cursor, name, spec, srid=srid, drop=True)
            if rows:
                cursor.executemany(f"INSERT INTO {quote(name)} (" + ", ".join(quote(c) for c in names)
                                   + f") VALUES ({placeholders})", rows)
            cursor.execute("DELETE FROM result_tables WHERE name = %s", (name,))
            cursor.execute("INSERT INTO result_tables (name, created, rows, geometry_type) VALUES (%s, %s, %s, %s)",
                           (name, now_iso(), len(rows), geometry_type or ""))
        return len(rows)

    def _update_extent(self, cursor, table="occurrences"):
        pass  # PostGIS computes extents on demand

    def _geometry_placeholder(self, srid):
        return f"ST_SetSRID(ST_GeomFromWKB(%s), {int(srid)})"

    @staticmethod
    def _geometry_value(geometry, srid):
        import psycopg2

        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        return psycopg2.Binary(bytes(geometry.asWkb()))

    def read_table(self, name):
        check_table_name(name)
        frame = self.query_frame(f"SELECT * FROM {quote(name)} ORDER BY fid")
        return frame.drop(columns=[c for c in ("geom",) if c in frame])


def _parse_dsn(dsn):
    from psycopg2.extensions import parse_dsn

    return parse_dsn(dsn)
