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

# -- outputs that another algorithm, the report or the dock reads -----------------------------------
# Each is written by its producer from this constant and read by its consumers by these names; the report
# checks a given layer against them (``core.report.inputs``) and names a missing field instead of guessing.

# corridor:preparepas OUTPUT (and the protected areas the overlay and connectivity read).
PROTECTED_AREA_FIELDS = (
    ("pa_id", "string"), ("name", "string"), ("name_local", "string"), ("iso3", "string"),
    ("designation", "string"), ("iucn_cat", "string"), ("status_year", "integer"), ("area_km2", "double"),
    ("is_transboundary", "boolean"), ("source", "string"), ("provenance", "string"), ("country_share", "double"),
)
# corridor:preparepas REPORT: what each cleaning step removed or changed (the dock counts step and action).
PROTECTED_AREA_CLEANING_FIELDS = (
    ("step", "string"), ("pa_id", "string"), ("name", "string"), ("source", "string"), ("action", "string"),
    ("reason", "string"),
)
# corridor:overlay OUTPUT_AREAS: the protected-area layer's own fields, then these per-area figures.
OVERLAY_AREA_FIELDS = (
    ("records", "integer"), ("richness", "integer"), ("threatened", "integer"), ("cites", "integer"),
    ("partners", "integer"), ("last_survey", "string"), ("first_year", "integer"), ("last_year", "integer"),
    ("years_covered", "integer"), ("edge_records", "integer"),
)
# corridor:overlay OUTPUT_OCCURRENCES: the occurrence layer's own fields, then these (its style reads them).
OVERLAY_OCCURRENCE_FIELDS = (("pa_ids", "string"), ("n_pas", "integer"), ("edge_pa_ids", "string"))
# corridor:rangemetrics OUTPUT_HULLS (its style reads b1_class).
RANGE_HULL_FIELDS = (("scientificName", "string"), ("eoo_km2", "double"), ("b1_class", "string"))
# corridor:gapanalysis OUTPUT_SPECIES, OUTPUT_GRID and OUTPUT_SURVEY.
GAP_SPECIES_FIELDS = (
    ("scientificName", "string"), ("records", "integer"), ("range_source", "string"), ("range_km2", "double"),
    ("protected_km2", "double"), ("protected_share", "double"), ("transboundary_pa_km2", "double"),
    ("target_share", "double"), ("target_source", "string"), ("target_km2", "double"), ("shortfall", "double"),
    ("shortfall_km2", "double"), ("status", "string"), ("iucnCategory", "string"), ("citesAppendix", "string"),
    ("countries", "string"), ("transboundary", "boolean"), ("by_country", "string"), ("records_in_pa", "integer"),
)
GAP_GRID_FIELDS = (
    ("cell_id", "string"), ("richness", "integer"), ("threatened", "integer"), ("gap_richness", "integer"),
    ("partial_richness", "integer"), ("pa_share", "double"), ("pa_km2", "double"), ("records", "integer"),
    ("partners", "integer"), ("need", "double"), ("priority", "double"),
)
SURVEY_FIELDS = (
    ("rank", "integer"), ("cell_id", "string"), ("expected", "integer"), ("observed", "integer"),
    ("missing", "integer"), ("threatened_missing", "integer"), ("recent_records", "integer"),
    ("neighbour_mean", "double"), ("last_year", "integer"), ("deficit", "double"), ("score", "double"),
    ("expected_means", "string"),
)
# corridor:connectivity OUTPUT_SUMMARY, OUTPUT_NODES, OUTPUT_LINKS and OUTPUT_CLUSTERS.
CONNECTIVITY_SUMMARY_FIELDS = (
    ("region_id", "string"), ("d50_m", "double"), ("prot", "double"), ("protconn", "double"),
    ("protunconn", "double"), ("relconn", "double"), ("eca", "double"), ("pc", "double"),
    ("protconn_prot", "double"), ("protconn_trans", "double"), ("protconn_unprot", "double"),
    ("protconn_within", "double"), ("protconn_contig", "double"), ("protconn_design", "double"),
    ("protconn_bound", "double"), ("nodes", "integer"), ("links", "integer"), ("components", "integer"),
    ("components_transboundary", "integer"), ("pcnum", "double"), ("region_area_ha", "double"),
    ("species", "string"),
)
CONNECTIVITY_NODE_FIELDS = (
    ("region_id", "string"), ("d50_m", "double"), ("node_id", "integer"), ("pa_id", "string"), ("name", "string"),
    ("country", "string"), ("members", "integer"), ("member_ids", "string"), ("in_region", "boolean"),
    ("area_ha", "double"), ("attribute_ha", "double"), ("component", "integer"), ("dpc", "double"),
    ("dpc_intra", "double"), ("dpc_flux", "double"), ("dpc_connector", "double"), ("rank", "integer"),
)
CONNECTIVITY_LINK_FIELDS = (
    ("region_id", "string"), ("d50_m", "double"), ("from_id", "string"), ("to_id", "string"),
    ("from_node", "integer"), ("to_node", "integer"), ("distance_m", "double"), ("probability", "double"),
    ("transboundary", "boolean"), ("country_pair", "string"), ("crosses_barrier", "boolean"),
)
CONNECTIVITY_CLUSTER_FIELDS = (
    ("region_id", "string"), ("d50_m", "double"), ("component", "integer"), ("countries", "string"),
    ("nodes", "integer"), ("eca", "double"), ("area_ha", "double"),
)
# corridor:corridors OUTPUT_PATHS, OUTPUT_CORRIDORS and OUTPUT_TABLE: first the pair of protected-area ids
# (whose type follows the areas' id field), then these.
CORRIDOR_PAIR_FIELDS = ("from_id", "to_id")
CORRIDOR_PATH_FIELDS = (
    ("cost_dist", "double"), ("path_len", "double"), ("euclid", "double"), ("cwd_euc", "double"),
    ("cwd_path", "double"), ("from_iso3", "string"), ("to_iso3", "string"), ("countries", "string"),
    ("transbound", "boolean"), ("barriers", "integer"), ("barrier_ids", "string"), ("eff_res", "double"),
    ("demo_raster", "boolean"),
)
CORRIDOR_POLYGON_FIELDS = (("cutoff", "double"), ("cells", "integer"), ("area_ha", "double"))
CORRIDOR_TABLE_FIELDS = (
    ("status", "string"), ("message", "string"), ("probability", "double"), ("cost_dist", "double"),
    ("path_len", "double"), ("euclid", "double"), ("cwd_euc", "double"), ("cwd_path", "double"),
    ("cutoff", "double"), ("corr_ha", "double"), ("clipped", "boolean"), ("eff_res", "double"),
    ("countries", "string"), ("barriers", "integer"), ("win_cells", "integer"), ("seconds", "double"),
    ("demo_raster", "boolean"),
)
# corridor:submissionstatus OUTPUT (the dock's partner table reads it).
SUBMISSION_STATUS_FIELDS = (
    ("partner", "string"), ("country", "string"), ("period", "string"), ("due_date", "date"),
    ("status", "string"), ("submissions", "integer"), ("first_received", "datetime"),
    ("last_received", "datetime"), ("days_late", "integer"), ("records", "integer"), ("species", "integer"),
)


def field_names(spec) -> tuple:
    """The names of a (name, type) spec."""
    return tuple(name for name, _ in spec)


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
