"""What a load returns, and the errors a store raises (messages are translated, for users)."""
from dataclasses import dataclass, field
from typing import List, Optional


class BaselineError(Exception):
    """A user-facing problem with the baseline database (message already translated)."""


class ConnectionLost(BaselineError):
    """The database connection dropped; the submission being loaded was rolled back."""


class LoadCanceled(BaselineError):
    """The user cancelled; the submission being loaded was rolled back. ``report`` lists the
    submissions committed before the cancel."""

    def __init__(self, message, report=None):
        super().__init__(message)
        self.report = report


@dataclass
class SubmissionReport:
    partner: str
    file_name: str
    sheet: str
    file_sha256: str
    status: str                      # loaded | replaced | unchanged
    submission_id: Optional[int] = None
    rows_loaded: int = 0
    rows_already_present: int = 0
    rejected_loaded: int = 0
    duplicates_linked: int = 0
    replaced_submission_id: Optional[int] = None


@dataclass
class LoadReport:
    submissions: List[SubmissionReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows_loaded(self):
        return sum(s.rows_loaded for s in self.submissions)

    @property
    def rows_already_present(self):
        return sum(s.rows_already_present for s in self.submissions)

    @property
    def rejected_loaded(self):
        return sum(s.rejected_loaded for s in self.submissions)

    @property
    def duplicates_linked(self):
        return sum(s.duplicates_linked for s in self.submissions)

    def count(self, status):
        return sum(1 for s in self.submissions if s.status == status)
