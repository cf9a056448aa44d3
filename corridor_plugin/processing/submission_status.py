"""``corridor:submissionstatus``: per partner and period, received / late / missing, with a timeline chart."""
import datetime as _dt

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .base import CorridorAlgorithm, fields_from_spec


def _python_value(value):
    """QGIS attribute -> plain Python (NULL -> None, QDate/QDateTime -> date/datetime)."""
    if value is None or (hasattr(value, "isNull") and not isinstance(value, (QDate, QDateTime)) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def source_rows(source):
    names = [f.name() for f in source.fields()]
    for feature in source.getFeatures():
        yield {name: _python_value(value) for name, value in zip(names, feature.attributes())}


class SubmissionStatusAlgorithm(CorridorAlgorithm):
    ALG_ID = "submissionstatus"
    GROUP = "baseline"

    DATABASE = "DATABASE"
    EXPECTED = "EXPECTED"
    SUBMISSIONS = "SUBMISSIONS"
    AS_OF = "AS_OF"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"

    def display_name(self):
        return self.tr("Submission status and timeline")

    def help_text(self):
        return self.tr(
            "Compares the expected submissions (partner, country, period, due date) with the submissions "
            "received and reports, per partner and period: received (on or before the due date), late, "
            "missing (due date passed, nothing received) or pending (not yet due), with the number of "
            "submissions, records and species received and the last submission date. Submissions of "
            "partners without any expected period are listed as unscheduled. The HTML output holds a "
            "timeline chart per partner and the table.\n\n"
            "DATABASE: the baseline (GeoPackage path or saved PostgreSQL connection); its "
            "expected_submissions and submissions tables are used unless EXPECTED or SUBMISSIONS are given.\n"
            "EXPECTED: a table (e.g. CSV) with columns partner, country, period, due_date and optionally "
            "opens (the date from which a submission counts for that period).\n"
            "SUBMISSIONS: a table with partner, country_iso3, received, rows_accepted and optionally species "
            "(a count or ';'-separated names) and period.\n"
            "A submission counts for the period it names; otherwise for the earliest open period of that "
            "partner still without a submission; otherwise it is a further submission of the latest period "
            "already due.\n"
            "AS_OF: the date the status is computed for (YYYY-MM-DD; default today).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database (GeoPackage or PostgreSQL connection)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXPECTED, self.tr("Expected submissions table"), [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUBMISSIONS, self.tr("Received submissions table"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AS_OF, self.tr("Status as of (YYYY-MM-DD; empty: today)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Submission status"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Timeline (HTML)"), fileFilter=self.tr("HTML files (*.html)"), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core import submission_status as core

        as_of_text = self.parameterAsString(parameters, self.AS_OF, context).strip()
        try:
            as_of = _dt.date.fromisoformat(as_of_text) if as_of_text else _dt.date.today()
        except ValueError:
            self.fail(self.tr("AS_OF is not a date (YYYY-MM-DD): {value}").format(value=as_of_text))
        database = self.parameterAsString(parameters, self.DATABASE, context).strip()
        expected_source = self.parameterAsSource(parameters, self.EXPECTED, context)
        submissions_source = self.parameterAsSource(parameters, self.SUBMISSIONS, context)
        if not database and (expected_source is None or submissions_source is None):
            self.fail(self.tr("Give the baseline database, or both the expected and the received submissions tables."))

        store = None
        if database and (expected_source is None or submissions_source is None):
            from ..core.baseline import BaselineError, open_store

            try:
                store = open_store(database, create=False)
            except BaselineError as exc:
                self.fail(str(exc))
        try:
            store_rows = core.rows_from_store(store) if store is not None else ([], [])
        finally:
            if store is not None:
                store.close()
        expected_rows = list(source_rows(expected_source)) if expected_source is not None else store_rows[0]
        received_rows = list(source_rows(submissions_source)) if submissions_source is not None else store_rows[1]
        feedback.setProgress(40)
        try:
            expected = core.expected_from_rows(expected_rows)
            received = core.received_from_rows(received_rows)
        except core.StatusInputError as exc:
            self.fail(self.tr("A table row cannot be read: {error}").format(error=str(exc)))
        if not expected:
            feedback.pushWarning(self.tr("The expected submissions table is empty: every submission is unscheduled."))
        statuses = core.submission_status(expected, received, as_of)
        feedback.setProgress(70)

        fields = fields_from_spec(core.STATUS_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(self.tr("Could not create the output table."))
        for item in statuses:
            if feedback.isCanceled():
                break
            row = item.as_row()
            feature = QgsFeature(fields)
            values = []
            for name, kind in core.STATUS_FIELDS:
                value = row[name]
                if value is not None and kind == "date":
                    value = QDate(value.year, value.month, value.day)
                elif value is not None and kind == "datetime":
                    value = QDateTime(value)
                values.append(value)
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        results = {self.OUTPUT: dest}
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            try:
                with open(html_path, "w", encoding="utf-8") as handle:
                    handle.write(core.status_html(statuses, as_of, core.status_labels()))
            except OSError as exc:
                self.fail(self.tr("Could not write {path}: {error}").format(path=html_path, error=str(exc)))
            results[self.OUTPUT_HTML] = html_path
        counts = core.summary_counts(statuses)
        feedback.pushInfo(self.tr("Periods: {received} received, {late} late, {missing} missing, {pending} pending; "
                                  "{unscheduled} unscheduled partner(s).").format(**counts))
        feedback.setProgress(100)
        return results
