"""5. Report: language, outputs, which results go in; writes it with corridor:report."""
from pathlib import Path

from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QWidget,
)

from ...core import report as report_core
from ...toolbelt.i18n import qgis_language, tr
from .. import state
from ..map_layers import result_layers
from ..widgets import ButtonRow
from .base_panel import BaseStepPanel

REPORT_FORM, _ = uic.loadUiType(str(Path(__file__).with_name("report_panel.ui")))


class ReportPanel(BaseStepPanel):
    """5. Report: language, outputs, which results go in; writes it with corridor:report."""

    def build(self):
        self.form_widget = QWidget()
        self.ui = REPORT_FORM()
        self.ui.setupUi(self.form_widget)
        self.body.addWidget(self.form_widget)
        names = {"en": "English", "zh": "中文", "ru": "Русский", "mn": "Монгол", "kk": "Қазақша"}
        for code in report_core.REPORT_LANGUAGES:
            self.ui.languageCombo.addItem(f"{names[code]} ({code})", code)
        default = qgis_language()
        index = self.ui.languageCombo.findData(default)
        self.ui.languageCombo.setCurrentIndex(max(index, 0))
        self.ui.folderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.ui.folderWidget.setFilePath(str(state.work_dir()))
        # the .ui's button row cannot wrap: its buttons move into a flow layout (long Russian labels)
        flow = ButtonRow()
        for button in (self.ui.openButton, self.ui.writeButton):
            self.ui.buttons.removeWidget(button)
            flow.addWidget(button)
        self.ui.verticalLayout.insertLayout(self.ui.verticalLayout.indexOf(self.ui.resultLabel), flow)
        self.ui.writeButton.clicked.connect(self.write_report)
        self.ui.openButton.clicked.connect(self.open_report)
        self.remember(self.ui.languageCombo, "language")
        self.remember(self.ui.folderWidget, "folder")
        self.remember(self.ui.pdfCheck, "pdf")
        self.remember(self.ui.titleEdit, "title")
        self.refresh()

    def refresh(self):
        layers = result_layers()
        lines = []
        for key in report_core.INPUT_KEYS:
            mark = "✔" if key in layers else "–"
            lines.append(f"{mark} {input_label(key)}")
        self.ui.inputsLabel.setText("\n".join(lines))
        self.ui.openButton.setEnabled(bool(state.output("report_pdf") or state.output("report_html")))

    def write_report(self):
        folder = Path(self.ui.folderWidget.filePath() or state.work_dir())
        folder.mkdir(parents=True, exist_ok=True)
        language = self.ui.languageCombo.currentData()
        parameters = {key: layer.source() for key, layer in result_layers().items()}
        if state.output("pa_overlay"):  # the areas with their per-area figures, when the overlay ran
            parameters["PROTECTED_AREAS"] = state.output("pa_overlay")
        parameters["NOTE"] = self.ui.titleEdit.text().strip()
        if state.read("sheets/checklist", ""):
            parameters["CHECKLIST"] = state.read("sheets/checklist", "")
        parameters.update({"LANGUAGE": list(report_core.REPORT_LANGUAGES).index(language),
                           "DATABASE": state.database(),
                           "OUTPUT_HTML": str(folder / f"corridor_report_{language}.html"),
                           "OUTPUT_PDF": str(folder / f"corridor_report_{language}.pdf")
                           if self.ui.pdfCheck.isChecked() else None})

        def done(results):
            state.set_output("report_html", results.get("OUTPUT_HTML", ""))
            state.set_output("report_pdf", results.get("OUTPUT_PDF") or "")
            self.ui.resultLabel.setText(tr("Report written: {path}").format(
                path=results.get("OUTPUT_PDF") or results.get("OUTPUT_HTML")))
            self.refresh()

        self.run("corridor:report", parameters, done)

    def open_report(self):
        path = state.output("report_pdf") or state.output("report_html")
        if path and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            # no viewer registered for the file (a bare desktop, a server): say where it is instead
            self.ui.resultLabel.setText(tr("No program opened the report. It is here: {path}").format(path=path))
            self.ui.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)




def input_label(key):
    """A report input (``PROTECTED_AREAS``…) as the user knows it."""
    labels = {"PROTECTED_AREAS": tr("Protected areas"), "OCCURRENCES": tr("Occurrences"),
              "GAP_SPECIES": tr("Gap analysis: species"), "GAP_GRID": tr("Gap grid"),
              "CONNECTIVITY_SUMMARY": tr("Connectivity by country"),
              "CONNECTIVITY_NODES": tr("Connectivity nodes (dPC)"),
              "CONNECTIVITY_LINKS": tr("Connectivity links"), "CORRIDORS": tr("Corridors"), "SURVEY": tr("Survey gaps")}
    return labels.get(key, key.replace("_", " ").capitalize())
