"""``corridor:report``: the transboundary action-plan report (HTML and a PDF from a QGIS print layout)."""
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import report as core
from ..core.report import pdf
from ..core.report.baseline_tables import baseline_layer
from ..toolbelt.i18n import qgis_language
from .base import CorridorAlgorithm


class ReportAlgorithm(CorridorAlgorithm):
    ALG_ID = "report"
    GROUP = "report"

    DATABASE = "DATABASE"
    LANGUAGE = "LANGUAGE"
    CHECKLIST = "CHECKLIST"
    NOTE = "NOTE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_TEMPLATE = "OUTPUT_TEMPLATE"

    def display_name(self):
        return self.tr("Transboundary action-plan report")

    def help_text(self):
        return self.tr(
            "Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also "
            "saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, "
            "map of protected areas and records, gap species, gap grid, connectivity per country with the "
            "transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a "
            "data appendix.\n\n"
            "Every result layer is optional: a section whose input is missing says it was not computed.\n"
            "DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no "
            "OCCURRENCES layer is given.\n"
            "LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin "
            "with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).")

    def flags(self):
        # Print layouts and fonts are used from the main thread only.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database (GeoPackage or PostGIS connection)"), optional=True))
        kinds = {
            "PROTECTED_AREAS": QgsProcessing.SourceType.TypeVectorPolygon,
            "OCCURRENCES": QgsProcessing.SourceType.TypeVectorPoint,
            "GAP_SPECIES": QgsProcessing.SourceType.TypeVector,
            "GAP_GRID": QgsProcessing.SourceType.TypeVectorPolygon,
            "CONNECTIVITY_SUMMARY": QgsProcessing.SourceType.TypeVector,
            "CONNECTIVITY_NODES": QgsProcessing.SourceType.TypeVectorPolygon,
            "CONNECTIVITY_LINKS": QgsProcessing.SourceType.TypeVectorLine,
            "CORRIDORS": QgsProcessing.SourceType.TypeVectorAnyGeometry,
            "SURVEY": QgsProcessing.SourceType.TypeVectorAnyGeometry,
        }
        for key in core.INPUT_KEYS:
            # the label names the input in the report's error messages too (core.report.inputs)
            self.addParameter(QgsProcessingParameterVectorLayer(key, core.CONTRACTS[key].label(), [kinds[key]],
                                                                optional=True))
        default = qgis_language()
        languages = list(core.REPORT_LANGUAGES)
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Report language"), options=languages,
            defaultValue=languages.index(default) if default in languages else 0))
        self.addParameter(QgsProcessingParameterFile(
            self.CHECKLIST, self.tr("Checklist for vernacular names (CSV)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Line under the title (e.g. working group, meeting, date)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)"), optional=True))
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_TEMPLATE, self.tr("Report layout template (.qpt)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = self.parameterAsString(parameters, self.DATABASE, context).strip()
        inputs = {key: self.parameterAsVectorLayer(parameters, key, context) for key in core.INPUT_KEYS}
        if inputs["OCCURRENCES"] is None and database:
            inputs["OCCURRENCES"] = baseline_layer(database, "occurrences")
            if inputs["OCCURRENCES"] is None:
                feedback.pushWarning(self.tr("No occurrences table could be read from {database}.").format(
                    database=database))
        if inputs["PROTECTED_AREAS"] is None and database:
            inputs["PROTECTED_AREAS"] = baseline_layer(database, "protected_areas")
        language = core.REPORT_LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        checklist = self.parameterAsFile(parameters, self.CHECKLIST, context) or None
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        results = {self.OUTPUT_HTML: html_path, self.OUTPUT_PDF: None, self.OUTPUT_TEMPLATE: None}
        given = [key for key, layer in inputs.items() if layer is not None]
        problems = core.missing_fields(inputs)  # before anything is written, in the interface language
        if problems:
            self.fail("\n".join(problems))
        feedback.pushInfo(self.tr("Report in {language} from: {inputs}").format(
            language=language, inputs=", ".join(given) or "–"))
        with core.report_language(language) as switched:
            if not switched:
                feedback.pushWarning(self.tr("No translation for '{language}' is installed: the report headings "
                                             "stay in English.").format(language=language))
            note = self.parameterAsString(parameters, self.NOTE, context).strip()
            builder = core.ReportBuilder(inputs, language, database, checklist, feedback, note)
            report = builder.build()
            if feedback.isCanceled():
                return results
            try:
                core.write_html(report, html_path)
            except OSError as exc:
                self.fail(self.tr("Could not write the HTML report {path}: {error}").format(path=html_path,
                                                                                        error=exc))
            if pdf_path:
                writer = pdf.build_layout(report, context.project(), feedback)
                if feedback.isCanceled():
                    return results
                if not pdf.export_pdf(writer, pdf_path):
                    self.fail(self.tr("Could not write the PDF report {path}.").format(path=pdf_path))
                template = str(Path(pdf_path).with_suffix(".qpt"))
                if pdf.save_template(writer, template):
                    results[self.OUTPUT_TEMPLATE] = template
                results[self.OUTPUT_PDF] = pdf_path
        feedback.setProgress(100)
        return results
