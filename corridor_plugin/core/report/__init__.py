"""The transboundary action-plan report, written from the result layers as HTML and as a PDF print layout.

Modules, by job:

- :mod:`.inputs`: what the report reads from each result layer (the algorithms' schemas), and the error
  naming a field a given layer lacks; :mod:`.baseline_tables`: the inputs taken from the baseline database;
- :mod:`.builder` with :mod:`.overview` and :mod:`.results`: the sections; :mod:`.findings` and
  :mod:`.findings_text`: the summary, the ranked actions and the limitations; :mod:`.places`: where a cell lies;
- :mod:`.formatting` and :mod:`.names`: numbers, statuses and species names for a reader;
- :mod:`.maps`: the layers and print styles of the maps; :mod:`.html_report`, :mod:`.layout` and :mod:`.pdf`: the
  written report.

The report's language is a parameter: the sections are built inside ``translated_into(language)``
(``toolbelt.i18n``), which makes ``tr()`` answer from that language's catalogue and leaves the
interface's translator in place.
"""
from ...toolbelt.i18n import translated_into as report_language
from .builder import REPORT_LANGUAGES, ReportBuilder
from .formatting import as_number, fmt
from .html_report import write_html
from .inputs import CONTRACTS, INPUT_KEYS, MissingFieldError, missing_fields, read_fields
from .model import MapSpec, Report, Section, Table
from .names import species_key, vernacular_names

__all__ = ["REPORT_LANGUAGES", "INPUT_KEYS", "CONTRACTS", "ReportBuilder", "MissingFieldError", "missing_fields",
           "read_fields", "as_number", "fmt", "write_html", "report_language", "MapSpec", "Report", "Section",
           "Table", "species_key", "vernacular_names"]
