"""The baseline schema, written once for both back ends, and its migrations.

Every table is described here as (column, type) with the portable types ``text``, ``integer``,
``double``, ``geometry:<Type>``; each back end turns the description into its own DDL. Column names
come from this module only (never from sheet content), so the SQL built from them is safe; every value
travels as a bound parameter.
"""
from ..schema import OCCURRENCE_FIELDS, REJECTED_FIELDS

SCHEMA_VERSION = 1
SRID = 4326

_TYPE = {"string": "text", "integer": "integer", "double": "double", "date": "text", "boolean": "integer"}

# Columns the store adds to each occurrence: which submission brought it, whose it is, and the
# first/last day of its (possibly partial or ranged) eventDate so that date filters use an index.
OCCURRENCE_STORE_COLUMNS = (
    ("submission_id", "integer"),
    ("partner", "text"),
    ("eventDateStart", "text"),
    ("eventDateEnd", "text"),
)
OCCURRENCE_COLUMNS = tuple((name, _TYPE[kind]) for name, kind in OCCURRENCE_FIELDS) + OCCURRENCE_STORE_COLUMNS
REJECTED_COLUMNS = (("submission_id", "integer"), ("partner", "text")) + tuple(
    (name, _TYPE[kind]) for name, kind in REJECTED_FIELDS)

SUBMISSION_COLUMNS = (
    ("partner", "text"),
    ("country_iso3", "text"),
    ("institution", "text"),
    ("file_name", "text"),
    ("file_sha256", "text"),
    ("sheet", "text"),
    ("received", "text"),            # when the partner's file arrived (ISO 8601)
    ("loaded", "text"),              # when it entered the baseline (ISO 8601, UTC)
    ("rows_total", "integer"),
    ("rows_accepted", "integer"),
    ("rows_rejected", "integer"),
    ("rows_loaded", "integer"),      # occurrences this submission added
    ("rows_already_present", "integer"),  # occurrenceIDs already in the baseline, not added again
    ("plugin_version", "text"),
    ("user_name", "text"),
    ("status", "text"),              # current | superseded
    ("superseded_by", "integer"),
)
HISTORY_COLUMNS = (
    ("submission_id", "integer"),
    ("action", "text"),              # loaded | replaced | superseded
    ("at", "text"),
    ("partner", "text"),
    ("file_name", "text"),
    ("sheet", "text"),
    ("file_sha256", "text"),
    ("rows_loaded", "integer"),
    ("related_submission_id", "integer"),  # replaced: the old one; superseded: the new one
    ("user_name", "text"),
)
TAXA_COLUMNS = (
    ("scientificName", "text"),
    ("taxonRank", "text"),
    ("taxonGroup", "text"),
    ("vernacularName", "text"),
    ("iucnCategory", "text"),
    ("citesAppendix", "text"),
    ("dispersal_km", "double"),
    ("origin", "text"),              # checklist | user | occurrences
    ("added", "text"),
)
TAXON_MAPPING_COLUMNS = (
    ("verbatimName", "text"),        # as partners write it
    ("scientificName", "text"),      # accepted name it resolves to
    ("partner", "text"),
    ("origin", "text"),              # user | checklist
    ("added_by", "text"),
    ("added", "text"),
)
DUPLICATE_COLUMNS = (
    ("occurrenceID", "text"),        # the later record
    ("duplicate_of", "text"),        # the earlier record of another partner
    ("distance_m", "double"),
    ("linked", "text"),
)
SITE_COLUMNS = (
    ("geom", "geometry:Geometry"),
    ("name", "text"),
    ("alt_names", "text"),
    ("country_iso3", "text"),
    ("partner", "text"),
    ("site_type", "text"),
    ("source", "text"),
)
PROTECTED_AREA_COLUMNS = (
    ("geom", "geometry:MultiPolygon"),
    ("site_id", "text"),
    ("name", "text"),
    ("name_eng", "text"),
    ("designation", "text"),
    ("iucn_cat", "text"),
    ("status_yr", "integer"),
    ("country_iso3", "text"),
    ("rep_area_km2", "double"),
    ("source", "text"),
)
EXPECTED_SUBMISSION_COLUMNS = (
    ("partner", "text"),
    ("country_iso3", "text"),
    ("period", "text"),              # e.g. 2025, 2025-Q2
    ("due_date", "text"),            # ISO date
    ("note", "text"),
)
RESULT_TABLE_COLUMNS = (
    ("name", "text"),
    ("created", "text"),
    ("rows", "integer"),
    ("geometry_type", "text"),
)

# table -> (columns, spatial?)  The order is the creation order.
TABLES = {
    "occurrences": (("geom", "geometry:Point"),) + OCCURRENCE_COLUMNS,
    "rejected_rows": REJECTED_COLUMNS,
    "submissions": SUBMISSION_COLUMNS,
    "submission_history": HISTORY_COLUMNS,
    "taxa": TAXA_COLUMNS,
    "taxon_mappings": TAXON_MAPPING_COLUMNS,
    "occurrence_duplicates": DUPLICATE_COLUMNS,
    "sites": SITE_COLUMNS,
    "protected_areas": PROTECTED_AREA_COLUMNS,
    "expected_submissions": EXPECTED_SUBMISSION_COLUMNS,
    "result_tables": RESULT_TABLE_COLUMNS,
}

# (index name, table, columns, unique)
INDEXES = (
    ("occurrences_occurrenceid_uq", "occurrences", ("occurrenceID",), True),
    # taxon index; its trailing columns let the cross-partner duplicate search run on the index alone
    ("occurrences_taxon_date_idx", "occurrences",
     ("scientificName", "eventDate", "decimalLatitude", "decimalLongitude", "partner"), False),
    ("occurrences_date_idx", "occurrences", ("eventDateStart",), False),
    ("occurrences_partner_idx", "occurrences", ("partner",), False),
    ("occurrences_country_idx", "occurrences", ("country_iso3",), False),
    ("occurrences_submission_idx", "occurrences", ("submission_id",), False),
    ("rejected_rows_submission_idx", "rejected_rows", ("submission_id",), False),
    ("submissions_sha_idx", "submissions", ("file_sha256", "sheet"), False),
    ("submissions_name_idx", "submissions", ("partner", "file_name", "sheet"), False),
    ("taxa_name_uq", "taxa", ("scientificName",), True),
    ("taxon_mappings_uq", "taxon_mappings", ("verbatimName", "partner"), True),
    ("duplicates_uq", "occurrence_duplicates", ("occurrenceID", "duplicate_of"), True),
    ("duplicates_of_idx", "occurrence_duplicates", ("duplicate_of",), False),
    ("expected_submissions_partner_idx", "expected_submissions", ("partner", "period"), False),
    ("result_tables_name_uq", "result_tables", ("name",), True),
)

CORE_TABLES = frozenset(TABLES) | {"corridor_meta"}


def geometry_column(columns):
    """(name, geometry type) of a table's geometry column, or None."""
    for name, kind in columns:
        if kind.startswith("geometry:"):
            return name, kind.split(":", 1)[1]
    return None


def migrate_to_1(backend, cursor):
    """Version 1: every table, index and spatial index of the baseline."""
    for table, columns in TABLES.items():
        backend.create_table(cursor, table, columns)
    for name, table, columns, unique in INDEXES:
        backend.create_index(cursor, name, table, columns, unique)


# (version it brings the schema to, function(backend, cursor)); applied in order, each in its own
# transaction together with the new schema_version, so a failed migration leaves the previous version.
MIGRATIONS = (
    (1, migrate_to_1),
)
