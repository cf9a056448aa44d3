"""The dock's step panels, one module per step over ``base_panel.BaseStepPanel``."""
from .analyses_panel import AnalysesPanel
from .protected_areas_panel import ProtectedAreasPanel
from .report_panel import ReportPanel
from .results_panel import ResultsPanel
from .sheets_panel import SheetsPanel

PANELS = {"sheets": SheetsPanel, "protected_areas": ProtectedAreasPanel, "analyses": AnalysesPanel,
          "results": ResultsPanel, "report": ReportPanel}

__all__ = ["PANELS", "AnalysesPanel", "ProtectedAreasPanel", "ReportPanel", "ResultsPanel", "SheetsPanel"]
