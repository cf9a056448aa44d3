"""The workflow steps the dock walks a user through, in order. Each step maps to a Processing group,
so a step panel always offers the algorithms that ``qgis_process`` offers for that stage."""
from dataclasses import dataclass
from typing import Callable, Tuple

from ..toolbelt.i18n import tr


@dataclass(frozen=True)
class WorkflowStep:
    key: str
    title: Callable[[], str]
    description: Callable[[], str]
    icon: str
    groups: Tuple[str, ...]
    outputs: Tuple[str, ...] = ()  # workflow outputs (``state.OUTPUT_KEYS``) whose presence marks the step done


WORKFLOW_STEPS = (
    WorkflowStep("sheets", lambda: tr("Partners and sheets"),
                 lambda: tr("Import partner species sheets, check rejected rows, load the baseline database."),
                 "step_sheets.svg", ("sheets", "baseline"), ("occurrences",)),
    WorkflowStep("protected_areas", lambda: tr("Protected areas"),
                 lambda: tr("Load WDPA or national layers, clean them, overlay the occurrences."),
                 "step_protected_areas.svg", ("protected_areas",), ("protected_areas",)),
    WorkflowStep("analyses", lambda: tr("Analyses"),
                 lambda: tr("Gap analysis, range metrics, transboundary connectivity and corridors."),
                 "step_analyses.svg", ("gap", "connectivity"),
                 ("gap_species", "connectivity_summary", "corridors")),
    WorkflowStep("results", lambda: tr("Results"),
                 lambda: tr("Headline figures, charts and the styled result layers."),
                 "step_results.svg", ("tools",), ("results_shown",)),
    WorkflowStep("report", lambda: tr("Report"),
                 lambda: tr("Write the transboundary action-plan report (HTML and PDF)."),
                 "step_report.svg", ("report",), ("report_html",)),
)
