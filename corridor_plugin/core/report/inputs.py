"""What the report reads from each result layer: the contract between the algorithms and the report.

Each input is the output of one algorithm; its field names are the constants of ``core/schema.py``, which
the producing algorithm writes. The report reads those names (letter case aside, as GeoPackage and
Shapefile treat it) and nothing else. A field the report cannot do without (``required``) that a given
layer lacks is an error naming the layer and the field, never a guess or an empty cell. The other fields
of the schema are read when present; a table column whose field a layer lacks shows "–".
"""
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import QgsFeatureRequest

from ...toolbelt.i18n import tr
from .. import schema

# Result-layer keys (also the Processing parameter names of corridor:report).
INPUT_KEYS = ("PROTECTED_AREAS", "OCCURRENCES", "GAP_SPECIES", "GAP_GRID", "CONNECTIVITY_SUMMARY",
              "CONNECTIVITY_NODES", "CONNECTIVITY_LINKS", "CORRIDORS", "SURVEY")


@dataclass(frozen=True)
class InputContract:
    label: Callable[[], str]     # translated name of the input (the Processing parameter's label)
    output: str                  # the algorithm output that writes it
    fields: Tuple[str, ...]      # every field the report may read (the producer's schema)
    required: Tuple[str, ...]    # the fields without which the report cannot read the layer


def _names(*specs) -> Tuple[str, ...]:
    return tuple(name for spec in specs for name in schema.field_names(spec))


CONTRACTS: Dict[str, InputContract] = {
    "PROTECTED_AREAS": InputContract(
        lambda: tr("Protected areas"), "corridor:preparepas OUTPUT / corridor:overlay OUTPUT_AREAS",
        _names(schema.PROTECTED_AREA_FIELDS, schema.OVERLAY_AREA_FIELDS), ("name", "iso3")),
    "OCCURRENCES": InputContract(
        lambda: tr("Occurrences"), "corridor:importsheets OUTPUT / corridor:loadbaseline",
        schema.OCCURRENCE_FIELD_NAMES, ("scientificName", "institutionCode", "country_iso3", "year", "eventDate")),
    "GAP_SPECIES": InputContract(
        lambda: tr("Gap analysis: species table"), "corridor:gapanalysis OUTPUT_SPECIES",
        _names(schema.GAP_SPECIES_FIELDS),
        ("scientificName", "iucnCategory", "range_km2", "protected_share", "target_share", "shortfall", "status")),
    "GAP_GRID": InputContract(
        lambda: tr("Gap analysis: grid"), "corridor:gapanalysis OUTPUT_GRID", _names(schema.GAP_GRID_FIELDS),
        ("cell_id", "priority")),
    "CONNECTIVITY_SUMMARY": InputContract(
        lambda: tr("Connectivity: summary table"), "corridor:connectivity OUTPUT_SUMMARY",
        _names(schema.CONNECTIVITY_SUMMARY_FIELDS),
        ("region_id", "d50_m", "prot", "protconn", "protconn_trans", "relconn", "eca")),
    "CONNECTIVITY_NODES": InputContract(
        lambda: tr("Connectivity: nodes"), "corridor:connectivity OUTPUT_NODES",
        _names(schema.CONNECTIVITY_NODE_FIELDS), ("name", "country", "dpc")),
    "CONNECTIVITY_LINKS": InputContract(
        lambda: tr("Connectivity: links"), "corridor:connectivity OUTPUT_LINKS",
        _names(schema.CONNECTIVITY_LINK_FIELDS), ("from_id", "to_id", "probability")),
    "CORRIDORS": InputContract(
        lambda: tr("Corridors"), "corridor:corridors OUTPUT_CORRIDORS / OUTPUT_PATHS",
        schema.CORRIDOR_PAIR_FIELDS + _names(schema.CORRIDOR_PATH_FIELDS, schema.CORRIDOR_POLYGON_FIELDS),
        schema.CORRIDOR_PAIR_FIELDS),
    "SURVEY": InputContract(
        lambda: tr("Survey gaps"), "corridor:gapanalysis OUTPUT_SURVEY", _names(schema.SURVEY_FIELDS),
        ("rank", "cell_id")),
}


class MissingFieldError(ValueError):
    """A given layer lacks a field its contract requires: the message names the input, layer and field."""

    def __init__(self, label: str, layer_name: str, field: str, output: str):
        self.label, self.layer_name, self.field, self.output = label, layer_name, field, output
        super().__init__(tr("{input}: the layer '{layer}' has no field '{field}'. The report reads the {output} "
                            "output of Corridor by its field names: give that output, or rename the field.").format(
            input=label, layer=layer_name, field=field, output=output))


def layer_field(layer, name: str) -> Optional[str]:
    """The layer's spelling of the field ``name`` (letter case may differ), or None."""
    if layer is None:
        return None
    wanted = name.lower()
    return next((f.name() for f in layer.fields() if f.name().lower() == wanted), None)


def contract_field(key: str, layer, name: str) -> Optional[str]:
    """The layer's field for ``name`` of the input ``key``: None for an optional field the layer lacks,
    :class:`MissingFieldError` for a required one."""
    contract = CONTRACTS[key]
    if name not in contract.fields:
        raise KeyError(f"{name} is not a field of the {key} contract")  # a programming error, not the user's
    found = layer_field(layer, name)
    if found is None and name in contract.required:
        raise MissingFieldError(contract.label(), layer.name(), name, contract.output)
    return found


def check_input(key: str, layer) -> None:
    """Raise :class:`MissingFieldError` for the first required field of ``key`` that ``layer`` lacks."""
    for name in CONTRACTS[key].required:
        contract_field(key, layer, name)


def missing_fields(inputs) -> List[str]:
    """Messages for every given input (key → layer or None) that lacks a required field."""
    messages = []
    for key, layer in inputs.items():
        if layer is None or key not in CONTRACTS:
            continue
        try:
            check_input(key, layer)
        except MissingFieldError as error:
            messages.append(str(error))
    return messages


def _value(feature, name):
    if name is None:
        return None
    value = feature[name]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def read_fields(layer, names, request=None) -> List[dict]:
    """Rows of ``layer`` as {name: value}; a field the layer lacks reads None (for tables outside the
    report's contracts, e.g. the submission status the dock shows)."""
    found = {name: layer_field(layer, name) for name in names}
    return [{name: _value(feature, field) for name, field in found.items()}
            for feature in layer.getFeatures(request or QgsFeatureRequest())]


def read_rows(key: str, layer, names, request=None) -> List[dict]:
    """Rows of the input ``key`` as {schema name: value} (see :func:`contract_field`)."""
    found = {name: contract_field(key, layer, name) for name in names}
    return [{name: _value(feature, field) for name, field in found.items()}
            for feature in layer.getFeatures(request or QgsFeatureRequest())]


def unique_values(layer, field: Optional[str]) -> list:
    return [] if field is None else list(layer.uniqueValues(layer.fields().indexOf(field)))
