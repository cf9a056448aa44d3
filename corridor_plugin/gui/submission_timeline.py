"""A small panel showing the submission timeline (who has sent what) for the dock's first step.

Thin: the statuses and the SVG chart come from ``core.submission_status``; the panel only draws them.
The dock embeds it with ``SubmissionTimelineWidget(parent)`` and calls ``show_database(path)`` when the
user picks a baseline database."""
import datetime as _dt

from qgis.PyQt.QtCore import QByteArray
from qgis.PyQt.QtSvg import QSvgWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core import submission_status as core
from ..toolbelt.i18n import tr


class SubmissionTimelineWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(tr("No baseline database chosen."), self)
        self.summary.setWordWrap(True)
        self.chart = QSvgWidget(self)
        self.chart.setMinimumHeight(120)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        self.statuses = []
        self.svg = ""

    def show_statuses(self, statuses, as_of=None):
        """Draw ``statuses`` (a list of core PeriodStatus)."""
        self.statuses = list(statuses)
        as_of = as_of or _dt.date.today()
        if not self.statuses:
            self.summary.setText(tr("No expected or received submissions yet."))
            self.svg = ""
            self.chart.load(QByteArray(b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'))
            return
        labels = core.status_labels()
        counts = core.summary_counts(self.statuses)
        self.summary.setText(", ".join(f"{labels[k]}: {v}" for k, v in counts.items() if v))
        self.svg = core.timeline_svg(self.statuses, as_of, labels)
        self.chart.load(QByteArray(self.svg.encode("utf-8")))
        size = self.chart.renderer().defaultSize()
        self.chart.setMinimumHeight(min(400, size.height()))

    def show_database(self, database, as_of=None):
        """Statuses of a baseline database; a database that cannot be opened is said, not raised."""
        from ..core.baseline import BaselineError, open_store

        try:
            store = open_store(database, create=False)
            try:
                statuses = core.store_status(store, as_of)
            finally:
                store.close()
        except (BaselineError, core.StatusInputError) as exc:
            self.statuses, self.svg = [], ""
            self.summary.setText(tr("The submission timeline cannot be shown: {error}").format(error=str(exc)))
            return
        self.show_statuses(statuses, as_of)
