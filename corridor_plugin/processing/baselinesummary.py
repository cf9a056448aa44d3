"""``corridor:baselinesummary``: what the baseline holds per partner, country, taxon group and year."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..toolbelt.qgis_compat import make_field
from .base import CorridorAlgorithm, defuse_values, is_spreadsheet_destination


class BaselineSummaryAlgorithm(CorridorAlgorithm):
    ALG_ID = "baselinesummary"
    GROUP = "baseline"

    DATABASE = "DATABASE"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"

    def display_name(self):
        return self.tr("Baseline summary")

    def help_text(self):
        return self.tr(
            "Summarises the baseline database per partner, country, taxon group and year: number of records, "
            "number of species (accepted names of records that are not absences), first and last date, and "
            "the share of records with coordinates. Writes a table and an HTML page with a chart of records "
            "per year and partner.\n\nDATABASE: GeoPackage file or saved PostgreSQL connection.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database (GeoPackage file or saved PostgreSQL connection)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Baseline summary"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Summary page"), self.tr("HTML files (*.html)"), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", self.tr("The baseline summary"))
        from ..core.baseline import BaselineError, open_store
        from ..core.baseline.summary import SUMMARY_COLUMNS, baseline_summary, summary_html

        try:
            store = open_store(self.parameterAsString(parameters, self.DATABASE, context).strip(), create=False)
            try:
                frame = baseline_summary(store)
                # the submission timeline (expected against received submissions) joins the page
                from ..core.submission_status import store_timeline_html

                timeline = store_timeline_html(store)
            finally:
                store.close()
        except BaselineError as exc:
            self.fail(str(exc))
        kinds = {"year": QVariant.Int, "records": QVariant.Int, "species": QVariant.Int,
                 "with_coordinates": QVariant.Int, "share_with_coordinates": QVariant.Double}
        fields = QgsFields()
        for name in SUMMARY_COLUMNS:
            fields.append(make_field(name, kinds.get(name, QVariant.String)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(self.tr("Could not create the output table."))
        spreadsheet = is_spreadsheet_destination(dest)
        records = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
        for i, record in enumerate(records):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            values = [int(v) if isinstance(v, int) else v for v in record]
            feature.setAttributes(defuse_values(values) if spreadsheet else values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (i + 1) / max(len(frame), 1))
        results = {self.OUTPUT: dest}
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            with open(html_path, "w", encoding="utf-8") as page:
                page.write(summary_html(frame).replace("</body>", timeline + "</body>", 1))
            results[self.OUTPUT_HTML] = html_path
        return results
