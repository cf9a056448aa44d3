"""What both back ends share: the load of submissions (idempotent, replacing corrected files, linking
cross-partner duplicates), schema migrations and the readers. A back end supplies the connection,
its dialect and the bulk insert of occurrences."""
import getpass
import math
import os
import time
from contextlib import contextmanager
from datetime import datetime, timezone

import numpy as np

from ...toolbelt.i18n import tr
from ..schema import OCCURRENCE_FIELDS, REJECTED_FIELD_NAMES, Submission
from . import tables
from .dates import bounds_columns
from .report import BaselineError, LoadCanceled, LoadReport, SubmissionReport

EARTH_RADIUS_M = 6371008.8  # mean Earth radius (IUGG), for the duplicate distance
DEFAULT_DUPLICATE_TOLERANCE_M = 100.0
_INTEGER_FIELDS = tuple(name for name, kind in OCCURRENCE_FIELDS if kind == "integer")
_DOUBLE_FIELDS = tuple(name for name, kind in OCCURRENCE_FIELDS if kind == "double")


def now_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def quote(name: str) -> str:
    """Quoted identifier; names come from ``tables`` or are validated by ``check_table_name``."""
    return '"' + name.replace('"', '""') + '"'


def haversine_m(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def check_table_name(name: str) -> str:
    import re

    if not re.fullmatch(r"[a-z][a-z0-9_]{0,62}", name or ""):
        raise BaselineError(tr("'{name}' is not a valid result table name: use lowercase letters, digits and "
                               "underscores, starting with a letter.").format(name=name))
    if name in tables.CORE_TABLES or name.startswith(("gpkg_", "rtree_", "sqlite_", "pg_")):
        raise BaselineError(tr("'{name}' is a table of the baseline itself and cannot be overwritten by a "
                               "result.").format(name=name))
    return name


class _Progress:
    """Cancel checks and progress for one submission inside the whole load."""

    def __init__(self, feedback, index, count, report):
        self.feedback, self.index, self.count, self.report = feedback, index, count, report

    def __call__(self, fraction):
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise LoadCanceled(tr("Loading was cancelled; the submission in progress was rolled back."),
                               self.report)
        self.feedback.setProgress(100.0 * (self.index + min(max(fraction, 0.0), 1.0)) / max(self.count, 1))


class BaselineStore:
    """One baseline database. Use :func:`corridor_plugin.core.baseline.open_store` to get one.

    A store holds one connection: use one store per thread (two stores on the same database may load
    at the same time; each submission is one transaction)."""

    kind = ""
    chunk_size = 50000           # rows per insert batch; cancel is checked between batches
    index_rebuild_rows = 50000   # a load this large into a smaller table rebuilds the indexes afterwards
    duplicate_tolerance_m = DEFAULT_DUPLICATE_TOLERANCE_M

    def __init__(self, database: str):
        self.database = database
        self._conn = None

    # -- to be provided by a back end ------------------------------------------------------------
    def _connect(self):
        raise NotImplementedError

    def _begin(self, cursor):
        raise NotImplementedError

    def sql(self, text: str) -> str:
        """SQL written with ``?`` placeholders, in this back end's parameter style."""
        return text

    def create_table(self, cursor, table, columns):
        raise NotImplementedError

    def create_index(self, cursor, name, table, columns, unique):
        raise NotImplementedError

    def _insert_occurrences(self, cursor, frame, progress, replacing=False):
        """Insert ``frame`` (columns of tables.OCCURRENCE_COLUMNS), skipping occurrenceIDs already
        present. Returns the number inserted."""
        raise NotImplementedError

    def _insert_ignore(self, table, columns, conflict):
        raise NotImplementedError

    def _insert_returning_id(self, cursor, table, columns, values):
        raise NotImplementedError

    def _lock(self, cursor, *keys):
        """Serialise transactions that use the same keys (no-op where the database serialises writers)."""

    def _translate_error(self, exc):
        return exc

    def occurrences_layer(self):
        raise NotImplementedError

    def write_table(self, name, layer_or_dataframe):
        raise NotImplementedError

    # -- connection and schema -------------------------------------------------------------------
    @property
    def connection(self):
        if self._conn is None or self._is_closed(self._conn):
            self._conn = self._connect()
        return self._conn

    def _is_closed(self, conn):
        return False

    def close(self):
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a dropped connection may fail too
                pass
            self._conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def query(self, text, params=()):
        """Rows of a read-only query (``?`` placeholders)."""
        cursor = self.connection.cursor()
        try:
            cursor.execute(self.sql(text), tuple(params))
            rows = cursor.fetchall()
        finally:
            cursor.close()
        self._end_read()
        return rows

    def _end_read(self):
        """Close the implicit read transaction so that later snapshots see other writers."""
        self.connection.rollback()

    def query_frame(self, text, params=()):
        import pandas as pd

        cursor = self.connection.cursor()
        try:
            cursor.execute(self.sql(text), tuple(params))
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        finally:
            cursor.close()
        self._end_read()
        return pd.DataFrame.from_records(rows, columns=names)

    def schema_version(self) -> int:
        try:
            rows = self.query("SELECT value FROM corridor_meta WHERE key = ?", ("schema_version",))
        except Exception:  # noqa: BLE001 - no meta table yet: an empty database
            self._rollback_quietly()
            return 0
        return int(rows[0][0]) if rows else 0

    def require_baseline(self, name: str):
        """Refuse a database without Corridor's tables: read-only tools must not turn it into a baseline."""
        if self.schema_version() == 0:
            self.close()
            raise BaselineError(tr("'{name}' is not a Corridor baseline database (it has no baseline tables): "
                                   "choose the baseline, or load sheets into it first.").format(name=name))

    def migrate(self):
        """Bring the schema to tables.SCHEMA_VERSION, one transaction per migration."""
        for version, migration in tables.MIGRATIONS:
            conn = self.connection
            with self._transaction() as cursor:
                self._lock(cursor, "corridor-schema")
                self._create_meta(cursor)
                cursor.execute(self.sql("SELECT value FROM corridor_meta WHERE key = ?"), ("schema_version",))
                row = cursor.fetchone()
                current = int(row[0]) if row else 0
                if current >= version:
                    conn.rollback()
                    continue
                migration(self, cursor)
                if row:
                    cursor.execute(self.sql("UPDATE corridor_meta SET value = ? WHERE key = ?"),
                                   (str(version), "schema_version"))
                else:
                    cursor.execute(self.sql("INSERT INTO corridor_meta (key, value) VALUES (?, ?)"),
                                   ("schema_version", str(version)))
                cursor.execute(self.sql("DELETE FROM corridor_meta WHERE key = ?"), ("migrated",))
                cursor.execute(self.sql("INSERT INTO corridor_meta (key, value) VALUES (?, ?)"),
                               ("migrated", now_iso()))
        if self.schema_version() > tables.SCHEMA_VERSION:
            raise BaselineError(tr("This baseline database was written by a newer Corridor (schema version "
                                   "{found}, this Corridor knows {known}). Update the plugin.").format(
                found=self.schema_version(), known=tables.SCHEMA_VERSION))

    def _create_meta(self, cursor):
        raise NotImplementedError

    @contextmanager
    def _transaction(self, begin=True):
        """A cursor inside one transaction: committed when the block ends (also by ``return``), rolled
        back when it raises, the error then translated into a BaselineError where it is a database
        error; the cursor is closed either way. ``begin``: open the transaction explicitly (with the
        back end's locking mode) rather than implicitly at the first statement."""
        conn = self.connection
        cursor = conn.cursor()
        try:
            if begin:
                self._begin(cursor)
            yield cursor
            conn.commit()
        except BaseException as exc:
            self._rollback_quietly()
            translated = self._translate_error(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            self._close_cursor(cursor)

    def _rollback_quietly(self):
        try:
            if self._conn is not None:
                self._conn.rollback()
        except Exception:  # noqa: BLE001 - the connection may be gone; nothing left to undo then
            self.close()

    @staticmethod
    def _close_cursor(cursor):
        try:
            cursor.close()
        except Exception:  # noqa: BLE001
            pass

    # -- readers ---------------------------------------------------------------------------------
    def submissions(self, include_superseded: bool = True):
        """A DataFrame of the submissions (one row per sheet of a file), oldest first."""
        columns = ", ".join(["fid"] + [quote(c) for c, _ in tables.SUBMISSION_COLUMNS])
        where = "" if include_superseded else " WHERE status = 'current'"
        return self.query_frame(f"SELECT {columns} FROM submissions{where} ORDER BY fid")

    def submission_history(self):
        columns = ", ".join(["fid"] + [quote(c) for c, _ in tables.HISTORY_COLUMNS])
        return self.query_frame(f"SELECT {columns} FROM submission_history ORDER BY fid")

    def duplicates(self):
        columns = ", ".join(quote(c) for c, _ in tables.DUPLICATE_COLUMNS)
        return self.query_frame(f"SELECT {columns} FROM occurrence_duplicates ORDER BY 1, 2")

    def count(self, table: str) -> int:
        if table not in tables.CORE_TABLES:
            check_table_name(table)
        return int(self.query(f"SELECT COUNT(*) FROM {quote(table)}")[0][0])

    def occurrences(self, where: str = "", params=(), columns=None):
        """A DataFrame of occurrences (Darwin Core fields + store columns). ``where`` is SQL written by
        Corridor's code with ``?`` placeholders for every value."""
        names = columns or [c for c, _ in tables.OCCURRENCE_COLUMNS]
        sql = "SELECT " + ", ".join(quote(c) for c in names) + " FROM occurrences"
        if where:
            sql += " WHERE " + where
        frame = self.query_frame(sql + " ORDER BY fid", params)
        for name in _INTEGER_FIELDS:
            if name in frame:
                frame[name] = frame[name].astype("Int64")
        for name in _DOUBLE_FIELDS:
            if name in frame:
                frame[name] = frame[name].astype(float)
        return frame

    def rejected_rows(self):
        names = [c for c, _ in tables.REJECTED_COLUMNS]
        return self.query_frame("SELECT " + ", ".join(quote(c) for c in names) + " FROM rejected_rows ORDER BY fid")

    def taxa(self):
        names = [c for c, _ in tables.TAXA_COLUMNS]
        return self.query_frame("SELECT " + ", ".join(quote(c) for c in names) + " FROM taxa ORDER BY 1")

    def expected_submissions(self):
        names = [c for c, _ in tables.EXPECTED_SUBMISSION_COLUMNS]
        return self.query_frame("SELECT fid, " + ", ".join(quote(c) for c in names)
                                + " FROM expected_submissions ORDER BY fid")

    # -- small writers ---------------------------------------------------------------------------
    def _write_rows(self, table, columns, rows, ignore_conflict=None):
        with self._transaction() as cursor:
            if ignore_conflict:
                sql = self._insert_ignore(table, columns, ignore_conflict)
            else:
                sql = self.sql(f"INSERT INTO {quote(table)} (" + ", ".join(quote(c) for c in columns)
                               + ") VALUES (" + ", ".join("?" for _ in columns) + ")")
            cursor.executemany(sql, [tuple(r) for r in rows])

    FEATURE_TABLES = ("sites", "protected_areas", "expected_submissions")

    def add_features(self, table, layer_or_dataframe, replace=False):
        """Add rows to ``sites``, ``protected_areas`` or ``expected_submissions`` from a QgsVectorLayer
        (geometry reprojected to EPSG:4326; polygons made multi for protected_areas) or a DataFrame.
        Fields are matched by name, case-insensitively; others are ignored. ``replace`` empties the table
        first, in the same transaction. Returns the number of rows added."""
        if table not in self.FEATURE_TABLES:
            raise BaselineError(tr("'{table}' does not take features; use one of {tables}.").format(
                table=table, tables=", ".join(self.FEATURE_TABLES)))
        spec = tables.TABLES[table]
        geometry = tables.geometry_column(spec)
        names = [c for c, k in spec if not k.startswith("geometry:")]
        rows = _feature_rows(layer_or_dataframe, names, geometry, self._geometry_value)
        columns = ([geometry[0]] if geometry else []) + names
        marks = ([self._geometry_placeholder(tables.SRID)] if geometry else []) + [
            self.sql("?") for _ in names]
        with self._transaction() as cursor:
            if replace:
                cursor.execute(f"DELETE FROM {quote(table)}")
            cursor.executemany(f"INSERT INTO {quote(table)} (" + ", ".join(quote(c) for c in columns)
                               + ") VALUES (" + ", ".join(marks) + ")", rows)
            if geometry:
                self._update_extent(cursor, table)
        return len(rows)

    def add_expected_submission(self, partner, country_iso3, period, due_date, note=""):
        self._write_rows("expected_submissions", [c for c, _ in tables.EXPECTED_SUBMISSION_COLUMNS],
                         [(partner, country_iso3, period, due_date, note)])

    def add_taxon_mapping(self, verbatim_name, scientific_name, partner="", added_by=""):
        """A user's mapping of a name as written to an accepted name (kept across re-imports)."""
        self._write_rows("taxon_mappings", [c for c, _ in tables.TAXON_MAPPING_COLUMNS],
                         [(verbatim_name, scientific_name, partner, "user", added_by or _user(), now_iso())],
                         ignore_conflict=("verbatimName", "partner"))

    def taxon_mappings(self):
        names = [c for c, _ in tables.TAXON_MAPPING_COLUMNS]
        return self.query_frame("SELECT " + ", ".join(quote(c) for c in names) + " FROM taxon_mappings ORDER BY 1")

    def add_taxa(self, frame, origin="checklist"):
        """Add checklist taxa (a DataFrame with any of the taxa columns); names already present stay."""
        names = [c for c, _ in tables.TAXA_COLUMNS]
        rows = []
        for record in frame.to_dict("records"):
            row = [_none_if_nan(record.get(c)) for c in names]
            row[names.index("origin")] = record.get("origin") or origin
            row[names.index("added")] = now_iso()
            rows.append(row)
        rows.sort(key=lambda r: str(r[0]))
        self._write_rows("taxa", names, rows, ignore_conflict=("scientificName",))

    # -- the load --------------------------------------------------------------------------------
    def load(self, result, feedback=None, duplicate_tolerance_m=None) -> LoadReport:
        """Load an :class:`~corridor_plugin.core.schema.ImportResult`: one transaction per submission.

        * same file again (same SHA-256 and sheet, or every occurrenceID already present): nothing added,
          status ``unchanged``;
        * a corrected file (same partner, file name and sheet, other content): the earlier submission's
          occurrences and rejected rows are replaced, the earlier submission is kept as ``superseded``
          and both appear in ``submission_history``; status ``replaced``;
        * records of another partner with the same taxon and eventDate within ``duplicate_tolerance_m``
          are linked in ``occurrence_duplicates``, never deleted.

        Raises :class:`LoadCanceled` when ``feedback`` is cancelled and :class:`BaselineError` (or
        :class:`ConnectionLost`) on failures; the submission in progress is then rolled back."""
        started = time.perf_counter()
        tolerance = self.duplicate_tolerance_m if duplicate_tolerance_m is None else float(duplicate_tolerance_m)
        report = LoadReport()
        parts = split_submissions(result)
        for index, (submission, occurrences, rejected) in enumerate(parts):
            progress = _Progress(feedback, index, len(parts), report)
            progress(0.0)
            report.submissions.append(self._load_submission(submission, occurrences, rejected, progress, tolerance))
            progress(1.0)
            if feedback is not None and hasattr(feedback, "pushInfo"):
                last = report.submissions[-1]
                feedback.pushInfo(tr("{file} [{sheet}] from {partner}: {status}, {rows} occurrences added, "
                                     "{present} already present, {rejected} rejected rows, {dups} duplicates "
                                     "linked").format(file=last.file_name, sheet=last.sheet, partner=last.partner,
                                                      status=last.status, rows=last.rows_loaded,
                                                      present=last.rows_already_present,
                                                      rejected=last.rejected_loaded, dups=last.duplicates_linked))
        report.seconds = time.perf_counter() - started
        return report

    def _load_submission(self, submission: Submission, occurrences, rejected, progress, tolerance):
        partner = submission_partner(submission, occurrences)
        sub_report = SubmissionReport(partner=partner, file_name=submission.file_name,
                                      sheet=submission.sheet or "", file_sha256=submission.file_sha256,
                                      status="loaded")
        sheet = submission.sheet or ""
        conn = self.connection
        with self._transaction() as cursor:
            # The same file, or a correction of it, may arrive from two sessions at once.
            self._lock(cursor, "sha:" + submission.file_sha256 + ":" + sheet,
                       "name:" + partner + ":" + submission.file_name + ":" + sheet)
            cursor.execute(self.sql("SELECT fid FROM submissions WHERE file_sha256 = ? AND sheet = ? "
                                    "AND status = 'current'"), (submission.file_sha256, sheet))
            same = cursor.fetchone()
            resolved_again = False
            if same:
                if not self._resolution_changed(cursor, int(same[0]), occurrences, rejected):
                    conn.rollback()
                    sub_report.status = "unchanged"
                    sub_report.submission_id = int(same[0])
                    sub_report.rows_already_present = len(occurrences)
                    return sub_report
                # The same file, read with other name decisions (a name the user resolved since): its rows
                # now resolve differently, so it replaces the earlier reading like a corrected file would.
                previous, resolved_again = same, True
            else:
                cursor.execute(self.sql("SELECT fid FROM submissions WHERE partner = ? AND file_name = ? "
                                        "AND sheet = ? AND status = 'current'"), (partner, submission.file_name, sheet))
                previous = cursor.fetchone()
            _check_ids(submission, occurrences)
            loaded_at = now_iso()
            submission_columns = [c for c, _ in tables.SUBMISSION_COLUMNS]
            values = dict(partner=partner, country_iso3=submission.country_iso3,
                          institution=submission.institution, file_name=submission.file_name,
                          file_sha256=submission.file_sha256, sheet=sheet, received=submission.received or loaded_at,
                          loaded=loaded_at, rows_total=int(submission.rows_total or len(occurrences) + len(rejected)),
                          rows_accepted=int(submission.rows_accepted or len(occurrences)),
                          rows_rejected=int(submission.rows_rejected or len(rejected)), rows_loaded=0,
                          rows_already_present=0, plugin_version=submission.plugin_version or _plugin_version(),
                          user_name=submission.user or _user(), status="current", superseded_by=None)
            new_id = self._insert_returning_id(cursor, "submissions", submission_columns,
                                               [values[c] for c in submission_columns])
            sub_report.submission_id = new_id
            if previous:
                old_id = int(previous[0])
                self._retire_submission(cursor, old_id, new_id, loaded_at)
                sub_report.status = "replaced"
                sub_report.replaced_submission_id = old_id

            frame = prepare_occurrences(occurrences, new_id, partner)
            inserted = self._insert_occurrences(cursor, frame, lambda f: progress(0.9 * f), replacing=bool(previous))
            if inserted == 0 and len(frame) > 0 and not previous:
                # every occurrenceID is in the baseline already: the same records again, nothing to add
                conn.rollback()
                sub_report.status = "unchanged"
                sub_report.submission_id = None
                sub_report.rows_already_present = len(frame)
                return sub_report
            sub_report.rows_loaded = inserted
            sub_report.rows_already_present = len(frame) - inserted
            sub_report.rejected_loaded = self._insert_rejected(cursor, rejected, new_id, partner)
            self._add_taxa_from(cursor, frame)
            progress(0.95)
            self._lock(cursor, "corridor-duplicates")
            sub_report.duplicates_linked = self._link_duplicates(cursor, new_id, tolerance, loaded_at)
            cursor.execute(self.sql("UPDATE submissions SET rows_loaded = ?, rows_already_present = ? WHERE fid = ?"),
                           (inserted, len(frame) - inserted, new_id))
            action = "names resolved" if resolved_again else "replaced" if previous else "loaded"
            self._history(cursor, new_id, action, loaded_at, values, inserted, sub_report.replaced_submission_id)
            progress(1.0)
            return sub_report

    def _resolution_changed(self, cursor, submission_id, occurrences, rejected) -> bool:
        """Whether a reading of an already loaded file differs from the stored one: other row counts, or
        other taxa (checked as counts per accepted name, one grouped query, so a reload stays cheap)."""
        cursor.execute(self.sql("SELECT rows_accepted, rows_rejected FROM submissions WHERE fid = ?"),
                       (submission_id,))
        accepted, rejected_count = cursor.fetchone()
        if int(accepted or 0) != len(occurrences) or int(rejected_count or 0) != len(rejected):
            return True
        if not len(occurrences) or "scientificName" not in occurrences:
            return False
        cursor.execute(self.sql('SELECT "scientificName", COUNT(*) FROM occurrences WHERE submission_id = ? '
                                'GROUP BY "scientificName"'), (submission_id,))
        stored = {str(name): int(count) for name, count in cursor.fetchall()}
        now = {str(name): int(count) for name, count in occurrences["scientificName"].value_counts().items()}
        return stored != now

    def _retire_submission(self, cursor, old_id, new_id, at):
        cursor.execute(self.sql("DELETE FROM occurrence_duplicates WHERE \"occurrenceID\" IN (SELECT \"occurrenceID\" "
                                "FROM occurrences WHERE submission_id = ?) OR duplicate_of IN (SELECT "
                                "\"occurrenceID\" FROM occurrences WHERE submission_id = ?)"), (old_id, old_id))
        cursor.execute(self.sql("DELETE FROM occurrences WHERE submission_id = ?"), (old_id,))
        cursor.execute(self.sql("DELETE FROM rejected_rows WHERE submission_id = ?"), (old_id,))
        cursor.execute(self.sql("UPDATE submissions SET status = 'superseded', superseded_by = ? WHERE fid = ?"),
                       (new_id, old_id))
        cursor.execute(self.sql("SELECT partner, file_name, sheet, file_sha256, rows_loaded, user_name FROM "
                                "submissions WHERE fid = ?"), (old_id,))
        partner, file_name, sheet, sha, rows_loaded, user = cursor.fetchone()
        self._history(cursor, old_id, "superseded", at, dict(partner=partner, file_name=file_name, sheet=sheet,
                                                              file_sha256=sha, user_name=user), rows_loaded, new_id)

    def _history(self, cursor, submission_id, action, at, values, rows_loaded, related):
        columns = [c for c, _ in tables.HISTORY_COLUMNS]
        row = dict(submission_id=submission_id, action=action, at=at, partner=values["partner"],
                   file_name=values["file_name"], sheet=values["sheet"], file_sha256=values["file_sha256"],
                   rows_loaded=rows_loaded, related_submission_id=related, user_name=values["user_name"])
        cursor.execute(self.sql("INSERT INTO submission_history (" + ", ".join(quote(c) for c in columns)
                                + ") VALUES (" + ", ".join("?" for _ in columns) + ")"),
                       tuple(row[c] for c in columns))

    def _insert_rejected(self, cursor, rejected, submission_id, partner):
        if rejected is None or len(rejected) == 0:
            return 0
        columns = [c for c, _ in tables.REJECTED_COLUMNS]
        frame = rejected.reindex(columns=list(REJECTED_FIELD_NAMES))
        rows = []
        for record in frame.itertuples(index=False, name=None):
            values = [_none_if_nan(v) for v in record]
            row_index = REJECTED_FIELD_NAMES.index("sourceRow")
            if values[row_index] is not None:
                values[row_index] = int(values[row_index])
            rows.append(tuple([submission_id, partner] + values))
        cursor.executemany(self.sql("INSERT INTO rejected_rows (" + ", ".join(quote(c) for c in columns)
                                    + ") VALUES (" + ", ".join("?" for _ in columns) + ")"), rows)
        return len(rows)

    def _add_taxa_from(self, cursor, frame):
        names = [c for c, _ in tables.TAXA_COLUMNS]
        present = [c for c in ("scientificName", "taxonRank", "taxonGroup", "vernacularName", "iucnCategory",
                               "citesAppendix") if c in frame]
        distinct = frame[present].dropna(subset=["scientificName"]).drop_duplicates("scientificName")
        if distinct.empty:
            return
        at = now_iso()
        rows = []
        for record in distinct.sort_values("scientificName").to_dict("records"):
            values = {c: _none_if_nan(record.get(c)) for c in names}
            values.update(origin="occurrences", added=at, dispersal_km=None)
            rows.append(tuple(values[c] for c in names))
        cursor.executemany(self._insert_ignore("taxa", names, ("scientificName",)), rows)

    def _link_duplicates(self, cursor, submission_id, tolerance_m, at):
        """Link each new record to records of other partners with the same taxon and eventDate within
        ``tolerance_m`` (haversine distance). A degree box narrows the candidates in SQL first."""
        if tolerance_m <= 0:
            return 0
        cursor.execute(self.sql("SELECT partner FROM submissions WHERE fid = ?"), (submission_id,))
        partner = cursor.fetchone()[0]
        cursor.execute(self.sql("SELECT 1 FROM occurrences WHERE partner <> ? LIMIT 1"), (partner,))
        if cursor.fetchone() is None:
            return 0  # no other partner's records yet: nothing to link (and no self-join of a big first load)
        cursor.execute(self.sql("SELECT MAX(ABS(\"decimalLatitude\")) FROM occurrences WHERE submission_id = ?"),
                       (submission_id,))
        row = cursor.fetchone()
        if not row or row[0] is None:
            return 0
        dlat = tolerance_m / 111000.0 * 1.01
        max_lat = min(float(row[0]) + dlat, 89.9)
        dlon = min(tolerance_m / (111000.0 * math.cos(math.radians(max_lat))) * 1.01, 360.0)
        cursor.execute(self.sql(
            'SELECT n."occurrenceID", o."occurrenceID", n."decimalLatitude", n."decimalLongitude", '
            'o."decimalLatitude", o."decimalLongitude" FROM occurrences n JOIN occurrences o '
            'ON o."scientificName" = n."scientificName" AND o."eventDate" = n."eventDate" '
            'WHERE n.submission_id = ? AND o.partner <> n.partner '
            'AND o."decimalLatitude" BETWEEN n."decimalLatitude" - ? AND n."decimalLatitude" + ? '
            'AND o."decimalLongitude" BETWEEN n."decimalLongitude" - ? AND n."decimalLongitude" + ?'),
            (submission_id, dlat, dlat, dlon, dlon))
        candidates = cursor.fetchall()
        if not candidates:
            return 0
        arr = np.array([c[2:] for c in candidates], dtype=float)
        distance = haversine_m(arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3])
        links = sorted((c[0], c[1], float(round(d, 2)), at) for c, d in zip(candidates, distance) if d <= tolerance_m)
        if not links:
            return 0
        cursor.executemany(self._insert_ignore("occurrence_duplicates", [c for c, _ in tables.DUPLICATE_COLUMNS],
                                               ("occurrenceID", "duplicate_of")), links)
        return len(links)


def _none_if_nan(value):
    if value is None:
        return None
    try:
        if isinstance(value, float) and math.isnan(value):
            return None
    except TypeError:
        pass
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:
        pass
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def _feature_rows(layer_or_dataframe, names, geometry, geometry_value):
    import pandas as pd

    if isinstance(layer_or_dataframe, pd.DataFrame):
        lower = {str(c).lower(): c for c in layer_or_dataframe.columns}
        rows = []
        for record in layer_or_dataframe.to_dict("records"):
            values = [_none_if_nan(record.get(lower.get(n.lower()))) for n in names]
            rows.append(tuple(([None] if geometry else []) + values))
        return rows
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    layer = layer_or_dataframe
    fields = layer.fields()
    lower = {fields.at(i).name().lower(): i for i in range(fields.count())}
    indices = [lower.get(n.lower(), -1) for n in names]
    transform = None
    if geometry and layer.isSpatial() and layer.crs().isValid() and layer.crs().authid() != "EPSG:4326":
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                           QgsProject.instance())
    from .gpkg import _plain

    rows = []
    for feature in layer.getFeatures():
        values = [_plain(feature.attribute(i)) if i >= 0 else None for i in indices]
        if geometry:
            shape = feature.geometry()
            if shape is not None and not shape.isNull():
                if transform is not None:
                    shape.transform(transform)
                if geometry[1].startswith("Multi"):
                    shape.convertToMultiType()
            values.insert(0, geometry_value(shape, tables.SRID))
        rows.append(tuple(values))
    return rows


def _check_ids(submission, occurrences):
    ids = occurrences.get("occurrenceID")
    if ids is None or ids.isna().any() or (ids.astype(str).str.strip() == "").any():
        raise BaselineError(tr("Some occurrences of {file} have no occurrenceID; nothing was loaded. Import the "
                               "sheet with Import partner sheets, which gives every record a stable id.").format(
            file=submission.file_name))


def submission_partner(submission, occurrences):
    """The partner of a submission: as given, else its institution, else the rows' institutionCode."""
    if submission.partner:
        return submission.partner
    if submission.institution:
        return submission.institution
    if occurrences is not None and "institutionCode" in occurrences and occurrences["institutionCode"].notna().any():
        return str(occurrences["institutionCode"].dropna().mode().iloc[0])
    return ""


def _user():
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some service environments
        return ""


def _plugin_version():
    try:
        from ...toolbelt.paths import plugin_version

        return plugin_version()
    except Exception:  # noqa: BLE001
        return ""


def _basename(value):
    if not isinstance(value, str):
        return ""
    return os.path.basename(value.replace("\\", "/"))


def _content_sha256(frame, rejected):
    import hashlib

    digest = hashlib.sha256()
    digest.update(frame.to_csv(index=False).encode("utf-8"))
    if rejected is not None:
        digest.update(rejected.to_csv(index=False).encode("utf-8"))
    return digest.hexdigest()


def split_submissions(result):
    """``[(Submission, occurrences, rejected)]``: each submission's rows, matched on the base name of
    ``sourceFile`` and on ``sourceSheet``. Without submissions (rows from a layer, say) one is made per
    (partner, sourceFile, sourceSheet) with a SHA-256 of the rows' content. Rows that belong to no
    submission are an error, never silently dropped."""
    import pandas as pd

    occurrences = result.occurrences if result.occurrences is not None else pd.DataFrame(
        columns=[n for n, _ in OCCURRENCE_FIELDS])
    rejected = result.rejected if result.rejected is not None else pd.DataFrame(columns=list(REJECTED_FIELD_NAMES))
    submissions = list(result.submissions or [])
    if not submissions:
        return _derive_submissions(occurrences, rejected)
    if len(submissions) == 1:
        return [(submissions[0], occurrences, rejected)]

    def keys(frame):
        files = frame["sourceFile"].map(_basename) if "sourceFile" in frame else pd.Series("", index=frame.index)
        sheets = frame["sourceSheet"].fillna("").astype(str) if "sourceSheet" in frame else pd.Series(
            "", index=frame.index)
        return files, sheets

    occ_files, occ_sheets = keys(occurrences)
    rej_files, rej_sheets = keys(rejected)
    occ_used = np.zeros(len(occurrences), dtype=bool)
    rej_used = np.zeros(len(rejected), dtype=bool)
    parts = []
    for submission in submissions:
        name, sheet = _basename(submission.file_name), submission.sheet or ""
        occ_mask = ((occ_files == name) & (occ_sheets == sheet)).to_numpy()
        rej_mask = ((rej_files == name) & (rej_sheets == sheet)).to_numpy()
        occ_used |= occ_mask
        rej_used |= rej_mask
        parts.append((submission, occurrences[occ_mask], rejected[rej_mask]))
    lost = int((~occ_used).sum() + (~rej_used).sum())
    if lost:
        raise BaselineError(tr("{count} rows belong to no submission of the import (their sourceFile/sourceSheet "
                               "match no file and sheet); nothing was loaded.").format(count=lost))
    return parts


def _derive_submissions(occurrences, rejected):
    import pandas as pd

    def group_keys(frame, partner_column):
        partner = frame[partner_column].fillna("").astype(str) if partner_column in frame else pd.Series(
            "", index=frame.index)
        files = frame["sourceFile"].map(_basename) if "sourceFile" in frame else pd.Series("", index=frame.index)
        sheets = frame["sourceSheet"].fillna("").astype(str) if "sourceSheet" in frame else pd.Series(
            "", index=frame.index)
        return partner, files, sheets

    occ_partner, occ_files, occ_sheets = group_keys(occurrences, "institutionCode")
    _, rej_files, rej_sheets = group_keys(rejected, "partner")
    parts = []
    seen = []
    for key in zip(occ_partner, occ_files, occ_sheets):
        if key not in seen:
            seen.append(key)
    for partner, name, sheet in seen:
        occ = occurrences[((occ_partner == partner) & (occ_files == name) & (occ_sheets == sheet)).to_numpy()]
        rej = rejected[((rej_files == name) & (rej_sheets == sheet)).to_numpy()]
        country = ""
        if "country_iso3" in occ and occ["country_iso3"].notna().any():
            country = str(occ["country_iso3"].dropna().iloc[0])
        parts.append((Submission(partner=partner, country_iso3=country, file_name=name, sheet=sheet,
                                 file_sha256=_content_sha256(occ, rej), institution=partner,
                                 rows_accepted=len(occ), rows_rejected=len(rej), rows_total=len(occ) + len(rej)),
                      occ, rej))
    if not seen and len(rejected):
        raise BaselineError(tr("The import has rejected rows but no occurrences and no submission: give the "
                               "partner so the rejected rows can be recorded."))
    return parts


def prepare_occurrences(occurrences, submission_id, partner):
    """The occurrence rows in the column order of ``tables.OCCURRENCE_COLUMNS`` with the store columns
    filled; integer fields as nullable integers, coordinates as floats."""
    import pandas as pd

    names = [c for c, _ in tables.OCCURRENCE_COLUMNS]
    frame = occurrences.reindex(columns=[n for n, _ in OCCURRENCE_FIELDS]).copy()
    frame.index = range(len(frame))
    for name in _INTEGER_FIELDS:
        frame[name] = pd.to_numeric(frame[name], errors="coerce").round().astype("Int64")
    for name in _DOUBLE_FIELDS:
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
    frame["submission_id"] = submission_id
    frame["partner"] = partner
    starts, ends = bounds_columns(frame["eventDate"])
    frame["eventDateStart"] = starts
    frame["eventDateEnd"] = ends
    return frame[names]
