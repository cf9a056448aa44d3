"""``corridor:importsheets``: partner species sheets → validated occurrences (points, EPSG:4326) and a
table of rejected rows; every input row in exactly one of them. A thin shell over
:func:`corridor_plugin.core.sheets.import_sheets`."""
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.credentials import mask_credentials
from ..toolbelt.styles import style_output
from .base import CorridorAlgorithm, defuse_formulas, fields_from_spec, is_spreadsheet_destination


def qgs_fields(spec) -> QgsFields:
    """Fields of a core column spec; integers as LongLong (counts and row numbers of big sheets)."""
    return fields_from_spec(spec, integer=QVariant.LongLong)


def python_columns(frame, names):
    """DataFrame columns as lists of plain Python values, None where missing (what QgsFeature takes)."""
    columns = []
    for name in names:
        series = frame[name]
        if series.dtype.kind == "f":
            columns.append([None if v != v else v for v in series.tolist()])
        else:
            columns.append(series.astype(object).where(series.notna(), None).tolist())
    return columns


def gpkg_path(dest: str):
    """The file of a sink destination that is a plain GeoPackage (``x.gpkg`` or ``x.gpkg|layername=y``),
    and the layer name if given; (None, None) for memory layers, databases and other formats."""
    path, _, options = str(dest).partition("|")
    if not path.lower().endswith(".gpkg") or path.startswith(("memory:", "ogr:", "postgres:")):
        return None, None
    layer = None
    for option in filter(None, options.split("|")):
        key, _, value = option.partition("=")
        if key.strip().lower() == "layername":
            layer = value.strip()
    return path, layer


def _point_blobs(lons, lats, srid=4326):
    """GeoPackage geometry blobs of points as OGR writes them: header GP, version 0, flags 1 (little
    endian, no envelope), srs id, then little-endian WKB Point."""
    import numpy as np

    record = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srid", "<i4"), ("order", "u1"),
                       ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])
    blobs = np.zeros(len(lons), dtype=record)
    blobs["magic"] = b"GP"
    blobs["flags"] = 1
    blobs["srid"] = srid
    blobs["order"] = 1
    blobs["kind"] = 1
    blobs["x"] = lons
    blobs["y"] = lats
    raw = blobs.tobytes()
    size = record.itemsize
    return [raw[i:i + size] for i in range(0, len(raw), size)]


def sql_literal_of_constant(column):
    """The SQL literal of the one value a non-empty column holds in every row, or None when its values
    differ or the value has no exact literal (bytes, infinities, text with NUL). SQLite's column affinity
    stores a literal exactly as it stores the same bound value."""
    if not column:
        return None
    first = column[0]
    if column.count(first) != len(column):
        return None
    kind = type(first)
    if first is None:
        return "NULL"
    if kind is str:
        return None if "\x00" in first else "'" + first.replace("'", "''") + "'"
    if kind is bool:
        return "1" if first else "0"
    if kind is int:
        return str(first)
    if kind is float and math.isfinite(first):
        return repr(first)
    return None


def _quoted(identifier: str) -> str:
    return '"' + str(identifier).replace('"', '""') + '"'


def insert_frame_with_sqlite(path, layer_name, frame, spec, points):
    """Fill the empty GeoPackage layer QGIS created with ``frame`` in one SQLite transaction. The
    R-tree and feature-count triggers call SpatiaLite/GDAL SQL functions that plain SQLite lacks, so they
    are set aside during the insert and their work is done in bulk (the R-tree packed bottom up by
    :func:`corridor_plugin.core.rtree.fill_empty_rtree`, count, extent). Values
    are those QgsFeatureSink writes (``python_columns``). Returns False, having changed nothing, when the
    layer is not as expected."""
    import sqlite3

    import numpy as np

    from ..core.rtree import fill_empty_rtree

    names = [name for name, _ in spec]
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents ORDER BY rowid")]
        table = layer_name if layer_name in tables else (tables[0] if len(tables) == 1 else None)
        if table is None:
            return False
        geometry_column = None
        if points:
            row = connection.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                     (table,)).fetchone()
            if row is None or row[1] != 4326:
                return False
            geometry_column = row[0]
        q_table = _quoted(table)  # a layer name may hold '"' (from the file name)
        info = connection.execute(f'PRAGMA table_info({q_table})').fetchall()
        columns = [row[1] for row in info]
        keys = [row[1] for row in info if row[5]]
        if len(keys) != 1:
            return False
        if not set(names) <= set(columns) or connection.execute(f'SELECT COUNT(*) FROM {q_table}').fetchone()[0]:
            return False
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                      "AND sql LIKE '%AFTER INSERT%'", (table,)).fetchall()
        rtree = f"rtree_{table}_{geometry_column}" if points else None
        expected = {f"trigger_insert_feature_count_{table}"} | ({f"{rtree}_insert"} if points else set())
        if {name for name, _ in triggers} - expected:
            return False
        values = python_columns(frame, names)
        from pandas.api.types import infer_dtype

        for k, (name, kind) in enumerate(spec):  # text fields hold text, as QGIS converts them
            if kind == "string" and infer_dtype(frame[name], skipna=True) not in ("string", "empty"):
                values[k] = [v if v is None or type(v) is str else str(v) for v in values[k]]
        quoted = ", ".join(_quoted(name) for name in names)
        # a column with one value in every row (partner, file, datum, ...) is written as an SQL literal:
        # binding it 200,000 times from Python is a good part of the insert's cost
        literals = [sql_literal_of_constant(column) for column in values]
        if not points and literals and all(literal is not None for literal in literals):
            literals[0] = None  # executemany needs one bound value per row, or it inserts no row at all
        marks = ", ".join("?" if literal is None else literal for literal in literals)
        values = [column for column, literal in zip(values, literals) if literal is None]
        if points:
            lons = frame["decimalLongitude"].to_numpy(dtype=float)
            lats = frame["decimalLatitude"].to_numpy(dtype=float)
            if not (np.isfinite(lons).all() and np.isfinite(lats).all()):
                return False
            values.insert(0, _point_blobs(lons, lats))
            quoted = f'{_quoted(geometry_column)}, ' + quoted
            marks = "?, " + marks
        connection.execute("BEGIN")
        try:
            for name, _ in triggers:
                connection.execute(f'DROP TRIGGER {_quoted(name)}')
            connection.executemany(f'INSERT INTO {q_table} ({quoted}) VALUES ({marks})', zip(*values))
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM "
                               f'{q_table}) WHERE lower(table_name) = lower(?)', (table,))
            if points:
                # rows were appended to an empty table, so fids follow the frame's order
                fids = np.fromiter((row[0] for row in connection.execute(
                    f'SELECT {_quoted(keys[0])} FROM {q_table} ORDER BY 1')), dtype=np.int64, count=len(frame))
                fill_empty_rtree(connection, rtree, fids, lons, lons, lats, lats)
                connection.execute(
                    "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                    (float(lons.min()), float(lats.min()), float(lons.max()), float(lats.max()), table))
            connection.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                               "WHERE table_name = ?", (table,))
            for _, sql in triggers:
                connection.execute(sql)
            connection.execute("COMMIT")
        except BaseException:
            # after a disk-full error SQLite has often rolled back already: then ROLLBACK fails with
            # "no transaction is active", which must not hide the real error
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
        return True
    finally:
        connection.close()


class ImportSheetsAlgorithm(CorridorAlgorithm):
    ALG_ID = "importsheets"
    GROUP = "sheets"

    INPUT = "INPUT"
    COUNTRY = "COUNTRY"
    PARTNER = "PARTNER"
    SOURCE_CRS = "SOURCE_CRS"
    SITES = "SITES"
    CHECKLIST = "CHECKLIST"
    MAPPING = "MAPPING"
    DATABASE = "DATABASE"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"

    def display_name(self):
        return self.tr("Import partner species sheets")

    def help_text(self):
        return self.tr(
            "Reads partner species sheets (CSV/TSV/TXT in UTF-8, UTF-16, Windows-1251 or GB18030; XLSX, XLS, ODS: "
            "every sheet, or one with file.xlsx|layername=Sheet) and writes validated Darwin Core occurrences "
            "(points, EPSG:4326) and a table of rejected rows with a reason code, a message and every original cell. "
            "Every row is in exactly one of the two outputs.\n\n"
            "INPUT: one or more files.\n"
            "COUNTRY: ISO 3166-1 alpha-3 of the partner (CHN, MNG, RUS, KAZ), or the name of a column that holds "
            "the country per row. Empty: derived from the coordinates.\n"
            "PARTNER: partner or institution name (institutionCode, part of the stable occurrenceID).\n"
            "SOURCE_CRS: CRS of the coordinates (default EPSG:4326). Pulkovo 1942 Gauss–Krüger eastings with the "
            "zone prefix are recognised in any case.\n"
            "SITES: optional site gazetteer (points or polygons with a name field) for rows without coordinates.\n"
            "CHECKLIST: optional extra checklist (same columns as the shipped one) or a two-column mapping "
            "verbatim,scientificName that resolves names rejected before.\n"
            "MAPPING: optional column roles overriding header detection, e.g. species=B; date=Дата; lat=Ш; lon=Д.\n"
            "DATABASE: optional GeoPackage path or PostGIS connection name of the baseline database to load into.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)"), QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRY, self.tr("Partner country (ISO alpha-3) or country column"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PARTNER, self.tr("Partner / institution"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of the coordinates in the sheets"), defaultValue="EPSG:4326",
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SITES, self.tr("Site gazetteer (optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CHECKLIST, self.tr("Extra checklist or name mapping file (optional)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, self.tr("Column mapping (optional), e.g. species=B; date=Дата"), defaultValue="",
            multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database: GeoPackage path or PostGIS connection (optional)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Occurrences"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", self.tr("Importing sheets"))
        from ..core.readers import SheetError
        from ..core.schema import OCCURRENCE_FIELDS, REJECTED_FIELDS
        from ..core.sheets import country_iso3_of, flag_counts, flag_message, import_sheets, reason_counts
        from ..core.taxonomy import load_checklist

        files = self.parameterAsFileList(parameters, self.INPUT, context)
        if not files:
            self.fail(self.tr("No input file given."))
        country_text = (self.parameterAsString(parameters, self.COUNTRY, context) or "").strip()
        country_iso3, country_column = None, None
        if country_text:
            if country_iso3_of(country_text):
                country_iso3 = country_iso3_of(country_text)
            else:
                country_column = country_text
        partner = self.parameterAsString(parameters, self.PARTNER, context) or ""
        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        source_crs = crs.authid() if crs.isValid() and crs.authid() else (crs.toWkt() if crs.isValid() else "EPSG:4326")
        sites = self.parameterAsVectorLayer(parameters, self.SITES, context)
        extra = self.parameterAsFile(parameters, self.CHECKLIST, context)
        mapping = self.parameterAsString(parameters, self.MAPPING, context) or None
        database = (self.parameterAsString(parameters, self.DATABASE, context) or "").strip()
        try:
            checklist = load_checklist(None, [extra] if extra else [])
            feedback.pushInfo(self.tr("Checklist: {n} taxa (version {version})").format(
                n=len(checklist), version=checklist.version))
            result = import_sheets(files, country_iso3=country_iso3, country_column=country_column, partner=partner,
                                   source_crs=source_crs, sites_layer=sites, checklist=checklist, mapping=mapping,
                                   feedback=feedback)
        except (SheetError, ValueError) as exc:
            self.fail(str(exc))
        if feedback.isCanceled():
            return {}
        occurrences, rejected = result.occurrences, result.rejected
        total = sum(s.rows_total for s in result.submissions)
        if total != len(occurrences) + len(rejected):  # the promise of this tool: nothing is lost
            self.fail(self.tr("Internal error: {total} rows read but {a} + {r} written.").format(
                total=total, a=len(occurrences), r=len(rejected)))
        feedback.pushInfo(self.tr("{total} rows read = {accepted} accepted + {rejected} rejected").format(
            total=total, accepted=len(occurrences), rejected=len(rejected)))
        for code, count in sorted(reason_counts(rejected).items()):
            feedback.pushInfo(self.tr("  rejected {code}: {n}").format(code=code, n=count))
        for flag, count in sorted(flag_counts(occurrences).items()):
            feedback.pushInfo(self.tr("  flagged {flag}: {n} ({meaning})").format(flag=flag, n=count,
                                                                              meaning=flag_message(flag)))

        dest = self._write_or_fail(parameters, self.OUTPUT, context, feedback, occurrences, OCCURRENCE_FIELDS, True)
        if dest is None:
            return {}
        style_output(context, dest, "occurrences.qml")
        feedback.setProgress(95)
        rej_dest = self._write_or_fail(parameters, self.REJECTED, context, feedback, rejected, REJECTED_FIELDS,
                                       False)
        if rej_dest is None:
            return {}
        if database:
            try:
                from ..core.baseline import open_store
            except ImportError:
                self.fail(self.tr("Loading into a baseline database needs the baseline module, which this version "
                                  "of Corridor does not have. Leave DATABASE empty."))
            try:
                with open_store(database) as store:
                    store.load(result, feedback)
            except Exception as exc:  # noqa: BLE001 - a store error must reach the user as a message
                self.fail(self.tr("Loading into the baseline database {db} failed: {error}").format(
                    db=mask_credentials(database), error=mask_credentials(exc)))
            feedback.pushInfo(self.tr("Loaded into the baseline database {db}.").format(db=mask_credentials(database)))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.REJECTED: rej_dest}

    def _write_or_fail(self, parameters, name, context, feedback, frame, spec, points):
        """``_write``, with a write error (disk full, read-only folder) turned into a message."""
        import sqlite3

        try:
            return self._write(parameters, name, context, feedback, frame, spec, points)
        except (sqlite3.Error, OSError) as exc:
            detail = str(exc)
            if isinstance(exc, sqlite3.Error) and "full" in detail.lower() or getattr(exc, "errno", None) == 28:
                detail = self.tr("the disk is full ({error})").format(error=exc)
            self.fail(self.tr("Could not write {output}: {error}").format(
                output=self.tr("the occurrences") if points else self.tr("the rejected rows"), error=detail))

    def _write(self, parameters, name, context, feedback, frame, spec, points):
        """Write ``frame`` to the sink ``name``; its destination, or None when cancelled. QGIS creates the
        sink (layer name, fid, CRS, loading on completion stay QGIS's); a GeoPackage file is then filled by
        SQLite in one transaction, far faster than feature by feature; other destinations take the sink."""
        fields = qgs_fields(spec)
        if points:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.Point,
                                              QgsCoordinateReferenceSystem("EPSG:4326"))
        else:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry,
                                              QgsCoordinateReferenceSystem())
        if sink is None:
            self.fail(self.tr("Could not create the occurrences layer.") if points
                      else self.tr("Could not create the rejected rows table."))
        if is_spreadsheet_destination(dest):
            frame = defuse_formulas(frame, spec)
        path, layer_name = gpkg_path(dest)
        if path is not None and len(frame):
            del sink  # closes the empty GeoPackage layer so that SQLite can fill it
            if insert_frame_with_sqlite(path, layer_name, frame, spec, points):
                return dest
            from qgis.core import QgsVectorLayer

            # not the layer shape expected: feature by feature through QGIS, as for other formats
            layer = QgsVectorLayer(dest, "", "ogr")
            sink = layer.dataProvider()
            fields = sink.fields()  # the file's own fields: with its fid first
        names = [f.name() for f in fields]
        known = [name for name in names if name in frame.columns]
        by_name = dict(zip(known, python_columns(frame, known)))
        columns = [by_name.get(name, [None] * len(frame)) for name in names]
        lons = frame["decimalLongitude"].tolist() if points else None
        lats = frame["decimalLatitude"].tolist() if points else None
        total_rows = max(len(frame), 1)
        # one feature object reused: the sink copies it, and 200,000 Python wrappers are not needed
        feature = QgsFeature(fields)
        for i, values in enumerate(zip(*columns)):
            feature.setAttributes(list(values))
            if points:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lons[i], lats[i])))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if i % 10000 == 9999:
                if feedback.isCanceled():
                    return None
                if points:
                    feedback.setProgress(50 + 45 * i / total_rows)
        return dest
