"""``corridor:importsheets``: partner species sheets → validated occurrences (points, EPSG:4326) and a
table of rejected rows; every input row in exactly one of them. A thin shell over
:func:`corridor_plugin.core.sheets.import_sheets`."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
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

from .base import CorridorAlgorithm

_QVARIANT = {"string": QVariant.String, "integer": QVariant.LongLong, "double": QVariant.Double,
             "date": QVariant.Date, "boolean": QVariant.Bool}


def qgs_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _QVARIANT[kind]))
    return fields


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


_OGR_TYPES = {"string": "String", "integer": "Integer64", "double": "Real", "date": "Date", "boolean": "Integer"}
# stands for NULL in the in-memory CSV (CSV cannot tell an empty string from a missing one)
_NULL_TOKEN = "\x01NULL\x01"


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


def append_frame_with_ogr(path, layer_name, frame, spec, lon=None, lat=None):
    """Append ``frame`` (columns named as ``spec``) to an existing, empty GeoPackage layer in one
    transaction, in C: the frame goes to an in-memory CSV (with its .csvt of field types) and
    ``gdal.VectorTranslate`` appends it. Values are the same as QgsFeatureSink writes them: text as
    text, NaN/None as NULL, points from ``lon``/``lat`` columns. Returns the number of features."""
    import uuid

    from osgeo import gdal

    names = [name for name, _ in spec]
    out = frame.loc[:, names].copy()
    null_columns = []
    for name, kind in spec:
        if kind == "string":
            missing = out[name].isna()
            if missing.any():
                null_columns.append(name)
                out[name] = out[name].astype(object).where(~missing, _NULL_TOKEN)
    base = f"/vsimem/corridor_{uuid.uuid4().hex}"
    text = out.to_csv(index=False, lineterminator="\n", na_rep="")
    gdal.FileFromMemBuffer(base + ".csv", text.encode("utf-8"))
    gdal.FileFromMemBuffer(base + ".csvt", ",".join(f'"{_OGR_TYPES[kind]}"' for _, kind in spec).encode())
    use_exceptions = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        open_options = ["EMPTY_STRING_AS_NULL=NO", "AUTODETECT_TYPE=NO"]
        if lon and lat:
            open_options += [f"X_POSSIBLE_NAMES={lon}", f"Y_POSSIBLE_NAMES={lat}", "KEEP_GEOM_COLUMNS=YES"]
        source = gdal.OpenEx(base + ".csv", gdal.OF_VECTOR, open_options=open_options)
        target = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        layer = target.GetLayerByName(layer_name) if layer_name else None
        if layer is None:
            layer = target.GetLayer(0)
        layer_name = layer.GetName()
        target = None
        # one transaction for all features, as ogr2ogr -gt unlimited
        options = gdal.VectorTranslateOptions(options=["-gt", "unlimited"], accessMode="append",
                                              layerName=layer_name, layers=[source.GetLayer(0).GetName()])
        result = gdal.VectorTranslate(path, source, options=options)
        if result is None:
            raise RuntimeError(gdal.GetLastErrorMsg())
        count = result.GetLayerByName(layer_name).GetFeatureCount()
        for name in null_columns:
            result.ExecuteSQL(f'UPDATE "{layer_name}" SET "{name}" = NULL WHERE "{name}" = \'{_NULL_TOKEN}\'')
        result = None
        source = None
    finally:
        gdal.Unlink(base + ".csv")
        gdal.Unlink(base + ".csvt")
        if not use_exceptions:
            gdal.DontUseExceptions()
    return count


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
            self.INPUT, self.tr("Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)"), QgsProcessing.TypeFile))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRY, self.tr("Partner country (ISO alpha-3) or country column"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PARTNER, self.tr("Partner / institution"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of the coordinates in the sheets"), defaultValue="EPSG:4326",
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SITES, self.tr("Site gazetteer (optional)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CHECKLIST, self.tr("Extra checklist or name mapping file (optional)"),
            behavior=QgsProcessingParameterFile.File, extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, self.tr("Column mapping (optional), e.g. species=B; date=Дата"), defaultValue="",
            multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database: GeoPackage path or PostGIS connection (optional)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Occurrences"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", self.tr("Importing sheets"))
        from ..core.readers import SheetError
        from ..core.schema import OCCURRENCE_FIELDS, REJECTED_FIELDS
        from ..core.sheets import country_iso3_of, flag_counts, import_sheets, reason_counts
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
            feedback.pushInfo(self.tr("  flagged {flag}: {n}").format(flag=flag, n=count))

        dest = self._write(parameters, self.OUTPUT, context, feedback, occurrences, OCCURRENCE_FIELDS, True)
        if dest is None:
            return {}
        feedback.setProgress(95)
        rej_dest = self._write(parameters, self.REJECTED, context, feedback, rejected, REJECTED_FIELDS, False)
        if rej_dest is None:
            return {}
        if database:
            try:
                from ..core.baseline import open_store
            except ImportError:
                self.fail(self.tr("Loading into a baseline database needs the baseline module, which this version "
                                  "of Corridor does not have. Leave DATABASE empty."))
            try:
                open_store(database).load(result, feedback)
            except Exception as exc:  # noqa: BLE001 - a store error must reach the user as a message
                self.fail(self.tr("Loading into the baseline database {db} failed: {error}").format(
                    db=database, error=exc))
            feedback.pushInfo(self.tr("Loaded into the baseline database {db}.").format(db=database))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.REJECTED: rej_dest}

    def _write(self, parameters, name, context, feedback, frame, spec, points):
        """Write ``frame`` to the sink ``name``; its destination, or None when cancelled. QGIS creates the
        sink (layer name, fid, CRS, loading on completion stay QGIS's); a GeoPackage file is then filled by
        GDAL in one transaction, far faster than feature by feature; other destinations take the sink."""
        fields = qgs_fields(spec)
        if points:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Point,
                                              QgsCoordinateReferenceSystem("EPSG:4326"))
        else:
            sink, dest = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.NoGeometry,
                                              QgsCoordinateReferenceSystem())
        if sink is None:
            self.fail(self.tr("Could not create the occurrences layer.") if points
                      else self.tr("Could not create the rejected rows table."))
        path, layer_name = gpkg_path(dest)
        if path is not None and len(frame):
            del sink  # closes the empty GeoPackage layer so that GDAL can fill it
            try:
                coordinates = ("decimalLongitude", "decimalLatitude") if points else (None, None)
                append_frame_with_ogr(path, layer_name, frame, spec, *coordinates)
                return dest
            except RuntimeError as exc:  # then feature by feature through QGIS, as for other formats
                feedback.pushInfo(self.tr("Writing {dest} with GDAL failed ({error}); writing feature by "
                                          "feature.").format(dest=dest, error=exc))
                from qgis.core import QgsVectorLayer

                layer = QgsVectorLayer(dest, "", "ogr")
                sink = layer.dataProvider()
        names = [f.name() for f in fields]
        columns = python_columns(frame, names)
        lons = frame["decimalLongitude"].tolist() if points else None
        lats = frame["decimalLatitude"].tolist() if points else None
        total_rows = max(len(frame), 1)
        # one feature object reused: the sink copies it, and 200,000 Python wrappers are not needed
        feature = QgsFeature(fields)
        for i, values in enumerate(zip(*columns)):
            feature.setAttributes(list(values))
            if points:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lons[i], lats[i])))
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            if i % 10000 == 9999:
                if feedback.isCanceled():
                    return None
                if points:
                    feedback.setProgress(50 + 45 * i / total_rows)
        return dest
