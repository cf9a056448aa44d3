"""The transboundary action-plan report: sections computed from the result layers, in the language asked for.

:class:`ReportBuilder` reads the outputs of the other algorithms by the field names of their schemas
(``core/schema.py``, see :mod:`.inputs`). A missing input never stops it: its section says "not computed".
A given input that lacks a field the report needs is an error (:class:`.inputs.MissingFieldError`).
"""
import datetime

from qgis.core import QgsCoordinateTransform, QgsProject

from ...toolbelt.i18n import tr
from ...toolbelt.paths import plugin_version
from ...toolbelt.qgis_compat import null_rectangle
from .inputs import INPUT_KEYS, MissingFieldError, check_input, contract_field, read_rows
from .maps import WGS84, MapLayers
from .model import Report
from .names import label_species, vernacular_names
from .overview import OverviewSections
from .results import ResultSections

REPORT_LANGUAGES = ("en", "zh", "ru", "mn", "kk")


class ReportBuilder(OverviewSections, ResultSections, MapLayers):
    """Computes the sections from the layers (``inputs``: key → QgsVectorLayer or None)."""

    TOP = 15

    def __init__(self, inputs, language="en", database="", checklist=None, feedback=None, note=""):
        self.note = note
        self.inputs = {key: (layer if layer is not None and layer.isValid() else None)
                       for key, layer in inputs.items()}
        self.language = language
        self.database = database
        self.vernacular = vernacular_names(language, checklist)
        self.checklist_path = checklist if isinstance(checklist, str) else None
        self.feedback = feedback
        self.styled = {}
        self._findings = None

    # -- reading ---------------------------------------------------------------------------------------
    def check_inputs(self):
        """Raise :class:`MissingFieldError` for the first given input that lacks a field the report needs."""
        for key, layer in self.inputs.items():
            if layer is not None:
                check_input(key, layer)

    def rows(self, key, names, request=None):
        """Rows of the input ``key`` ({schema field name: value}); [] when the input was not given."""
        layer = self.inputs.get(key)
        return [] if layer is None else read_rows(key, layer, names, request)

    def field(self, key, name):
        """The input's field ``name`` as the layer spells it; None when the input or an optional field is absent."""
        layer = self.inputs.get(key)
        return None if layer is None else contract_field(key, layer, name)

    def findings(self):
        """The layers read once for the summary, actions and limitations (and the sections that share them)."""
        if self._findings is None:
            from .findings import Findings

            self._findings = Findings(self)
        return self._findings

    def label_species(self, latin) -> str:
        return label_species(latin, self.vernacular)

    # -- the report --------------------------------------------------------------------------------------
    def build(self) -> Report:
        """All sections, in reading order. Raises :class:`MissingFieldError` before any is written."""
        self.check_inputs()
        steps = (self.summary, self.recommended_actions, self.limitations, self.study_area, self.data_sources,
                 self.protected_areas_map, self.gap_species, self.gap_grid,
                 self.connectivity, self.top_areas, self.top_links, self.corridors, self.survey, self.methods,
                 self.appendix)
        sections = []
        for i, step in enumerate(steps):
            if self.feedback is not None:
                if self.feedback.isCanceled():
                    break
                self.feedback.setProgress(60.0 * i / len(steps))
            sections.append(step())
        title = tr("Transboundary action plan: protected areas, gaps and connectivity")
        subtitle = tr("Corridor {version} · {date}").format(version=plugin_version(),
                                                             date=datetime.date.today().isoformat())
        if self.note:
            subtitle = f"{self.note} · {subtitle}"
        return Report(self.language, title, subtitle, sections, self.styled)

    def extent(self, keys=None):
        """The extent (EPSG:4326, 10 % margin) of the given inputs with features; None if there are none."""
        extent = null_rectangle()
        for key in keys or INPUT_KEYS:
            layer = self.inputs.get(key)
            if layer is None or not layer.isSpatial() or layer.featureCount() == 0:
                continue
            transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
            try:
                extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
            except Exception:  # a layer without a usable CRS: its extent is left out of the study area
                continue
        if extent.isEmpty() or extent.isNull():
            return None
        extent.scale(1.1)
        return extent


__all__ = ["ReportBuilder", "REPORT_LANGUAGES", "MissingFieldError"]
