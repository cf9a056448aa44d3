"""``corridor:loadbaseline``: load imported partner sheets (the occurrence layer and rejected-rows table
written by ``corridor:importsheets``) into the baseline database, one transaction per submission."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .base import CorridorAlgorithm


class LoadBaselineAlgorithm(CorridorAlgorithm):
    ALG_ID = "loadbaseline"
    GROUP = "baseline"

    DATABASE = "DATABASE"
    INPUT = "INPUT"
    REJECTED = "REJECTED"
    PARTNER = "PARTNER"
    COUNTRY = "COUNTRY"
    SOURCE_FILES = "SOURCE_FILES"
    TOLERANCE = "TOLERANCE"

    def display_name(self):
        return self.tr("Load occurrences into the baseline database")

    def help_text(self):
        return self.tr(
            "Loads the occurrences and rejected rows produced by Import partner sheets into the baseline "
            "database, one transaction per submission (one sheet of one file): a cancel, a crash or a lost "
            "connection leaves the database as it was before that submission.\n\n"
            "DATABASE: a GeoPackage file (created if missing) or the name of a PostgreSQL connection saved in "
            "QGIS (credentials from its authentication configuration).\n"
            "INPUT: the occurrence point layer; REJECTED: the rejected-rows table (optional).\n"
            "PARTNER, COUNTRY: used where the layer's institutionCode or country_iso3 is empty.\n"
            "SOURCE_FILES: the partners' original files (optional); their SHA-256 identifies a submission. "
            "Without them a checksum of the rows is used.\n"
            "TOLERANCE: records of two partners with the same taxon and date closer than this (metres) are "
            "linked as duplicates, never deleted.\n\n"
            "Loading the same file again adds nothing; a corrected file (same partner, file name and sheet) "
            "replaces the rows of its earlier submission, which stays in the submission history.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database (GeoPackage file or saved PostgreSQL connection)")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Occurrences (from Import partner sheets)"),
            [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.REJECTED, self.tr("Rejected rows (from Import partner sheets)"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterString(self.PARTNER, self.tr("Partner"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRY, self.tr("Country (ISO 3166-1 alpha-3)"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SOURCE_FILES, self.tr("Original partner files (for their SHA-256)"), QgsProcessing.SourceType.TypeFile,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Duplicate distance between partners (m)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=100.0, minValue=0.0))
        for name, label in (("LOADED", self.tr("Occurrences added")),
                            ("ALREADY_PRESENT", self.tr("Occurrences already present")),
                            ("REJECTED_LOADED", self.tr("Rejected rows recorded")),
                            ("DUPLICATES", self.tr("Cross-partner duplicates linked")),
                            ("SUBMISSIONS_LOADED", self.tr("Submissions loaded")),
                            ("SUBMISSIONS_REPLACED", self.tr("Submissions replaced")),
                            ("SUBMISSIONS_UNCHANGED", self.tr("Submissions unchanged"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", self.tr("Loading the baseline"))
        from ..core.baseline import BaselineError, LoadCanceled, open_store
        from ..core.baseline.layers import import_result_from_layers

        database = self.parameterAsString(parameters, self.DATABASE, context).strip()
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            self.fail(self.tr("The occurrence layer cannot be read."))
        rejected = self.parameterAsVectorLayer(parameters, self.REJECTED, context)
        files = self.parameterAsFileList(parameters, self.SOURCE_FILES, context) if parameters.get(
            self.SOURCE_FILES) else []
        try:
            result = import_result_from_layers(
                layer, rejected, partner=self.parameterAsString(parameters, self.PARTNER, context).strip(),
                country=self.parameterAsString(parameters, self.COUNTRY, context).strip(), source_files=files,
                feedback=feedback)
            store = open_store(database)
            try:
                report = store.load(result, feedback,
                                    duplicate_tolerance_m=self.parameterAsDouble(parameters, self.TOLERANCE, context))
            finally:
                store.close()
        except LoadCanceled as exc:
            self.fail(str(exc))
        except BaselineError as exc:
            self.fail(str(exc))
        feedback.pushInfo(self.tr("{rows} occurrences added, {present} already present, {rejected} rejected rows "
                                  "recorded, {dups} duplicates linked.").format(
            rows=report.rows_loaded, present=report.rows_already_present, rejected=report.rejected_loaded,
            dups=report.duplicates_linked))
        return {"LOADED": report.rows_loaded, "ALREADY_PRESENT": report.rows_already_present,
                "REJECTED_LOADED": report.rejected_loaded, "DUPLICATES": report.duplicates_linked,
                "SUBMISSIONS_LOADED": report.count("loaded"), "SUBMISSIONS_REPLACED": report.count("replaced"),
                "SUBMISSIONS_UNCHANGED": report.count("unchanged")}
