"""Shared record shapes that travel along the chain sheets → baseline → analyses.

Occurrence fields use Darwin Core term names (https://dwc.tdwg.org/terms/) plus Corridor's
provenance and quality fields. The sheet importer produces them, the baseline stores them, the
analyses read them: this module is the one place that names them.
"""
from dataclasses import dataclass, field
from typing import List, Optional

# (name, type) with type one of "string", "integer", "double", "date", "boolean".
OCCURRENCE_FIELDS = (
    ("occurrenceID", "string"),            # stable: same record imported twice -> same id
    ("basisOfRecord", "string"),           # HumanObservation unless the sheet says otherwise
    ("occurrenceStatus", "string"),        # present / absent (abundance 0 is a true absence)
    ("scientificName", "string"),          # accepted name from the checklist
    ("verbatimIdentification", "string"),  # the name as written in the sheet
    ("vernacularName", "string"),
    ("taxonRank", "string"),
    ("taxonGroup", "string"),              # checklist group (large mammal, bird, ...)
    ("iucnCategory", "string"),
    ("citesAppendix", "string"),
    ("individualCount", "integer"),        # only when the count is exact
    ("organismQuantity", "string"),        # e.g. "10-15", "~20", "many"
    ("organismQuantityType", "string"),    # individuals, ...
    ("abundanceMin", "double"),
    ("abundanceMax", "double"),
    ("eventDate", "string"),               # ISO 8601: 2020-06-12, 2020-06, 2020, 2020-06-01/2020-06-15
    ("verbatimEventDate", "string"),
    ("year", "integer"),
    ("locality", "string"),
    ("verbatimLocality", "string"),
    ("decimalLatitude", "double"),
    ("decimalLongitude", "double"),
    ("verbatimCoordinates", "string"),
    ("verbatimSRS", "string"),
    ("geodeticDatum", "string"),
    ("coordinateUncertaintyInMeters", "double"),
    ("countryCode", "string"),             # ISO 3166-1 alpha-2 (Darwin Core), e.g. MN
    ("country_iso3", "string"),            # alpha-3 (WDPA), e.g. MNG
    ("institutionCode", "string"),         # partner / institution
    ("recordedBy", "string"),
    ("sourceFile", "string"),
    ("sourceSheet", "string"),
    ("sourceRow", "integer"),              # 1-based row number as the user sees it in the sheet
    ("issues", "string"),                  # ';'-separated quality flags (GBIF issue names where one fits)
)
OCCURRENCE_FIELD_NAMES = tuple(name for name, _ in OCCURRENCE_FIELDS)

REJECTED_FIELDS = (
    ("sourceFile", "string"),
    ("sourceSheet", "string"),
    ("sourceRow", "integer"),
    ("reasonCode", "string"),      # stable code, e.g. NAME_UNRESOLVED, COORDINATE_INVALID
    ("reason", "string"),          # translated human message
    ("suggestions", "string"),     # e.g. best name matches, ';'-separated
    ("cells", "string"),           # every original cell, JSON object {header: value}
)
REJECTED_FIELD_NAMES = tuple(name for name, _ in REJECTED_FIELDS)

ISO3_TO_ISO2 = {"CHN": "CN", "MNG": "MN", "RUS": "RU", "KAZ": "KZ"}
ISO2_TO_ISO3 = {v: k for k, v in ISO3_TO_ISO2.items()}


@dataclass
class Submission:
    """One sheet of one file from one partner: the unit that the baseline loads atomically."""

    partner: str
    country_iso3: str
    file_name: str
    file_sha256: str
    sheet: str = ""
    institution: str = ""
    rows_total: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    received: Optional[str] = None  # ISO timestamp
    plugin_version: str = ""
    user: str = ""


@dataclass
class ImportResult:
    """What the sheet importer returns. ``occurrences`` and ``rejected`` are pandas DataFrames
    whose columns are OCCURRENCE_FIELD_NAMES and REJECTED_FIELD_NAMES."""

    occurrences: object
    rejected: object
    submissions: List[Submission] = field(default_factory=list)
    messages: List[str] = field(default_factory=list)
