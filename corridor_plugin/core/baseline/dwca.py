"""Darwin Core Archive export (https://dwc.tdwg.org/text/): ``occurrence.txt`` (tab-separated, UTF-8,
one header row), ``meta.xml`` naming every column's term, ``eml.xml`` (EML 2.1.1, GBIF metadata profile)
with title, publisher, licence, contacts and coverage — what a GBIF IPT accepts.

Corridor fields that have no Darwin Core term (taxon group, IUCN, CITES, abundance bounds, provenance,
the partner's country, the abundance as written) travel in ``dynamicProperties`` as a JSON object, as Darwin
Core recommends. Quality flags go where GBIF and its users read them: ``occurrenceRemarks`` (every flag, by
its GBIF name where GBIF has one), ``georeferenceRemarks`` and ``identificationRemarks`` (the flags of the
position and of the name, with their meaning).

``countryCode`` is where the record lies (from its coordinates), not the partner's country. Sensitive
species are generalised (:mod:`corridor_plugin.core.sensitivity`) unless full precision is chosen, and the
choice is written into ``eml.xml``."""
import json
import math
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date
from typing import List, Sequence
from xml.etree import ElementTree as ET

from ...toolbelt.i18n import tr
from ..schema import ISO2_TO_ISO3, ISO3_TO_ISO2
from .report import BaselineError

DWC = "http://rs.tdwg.org/dwc/terms/"
DCTERMS = "http://purl.org/dc/terms/"
OCCURRENCE_ROW_TYPE = DWC + "Occurrence"

# (column in occurrence.txt, term URI); the store column has the same name unless noted
DWC_COLUMNS = tuple((name, DWC + name) for name in (
    "occurrenceID", "basisOfRecord", "occurrenceStatus", "scientificName", "verbatimIdentification",
    "vernacularName", "taxonRank", "individualCount", "organismQuantity", "organismQuantityType", "eventDate",
    "verbatimEventDate", "year", "locality", "verbatimLocality", "decimalLatitude", "decimalLongitude",
    "verbatimCoordinates", "verbatimSRS", "geodeticDatum", "coordinateUncertaintyInMeters", "countryCode",
    "institutionCode", "recordedBy", "occurrenceRemarks", "georeferenceRemarks", "identificationRemarks",
    "dataGeneralizations", "informationWithheld"))
DYNAMIC_PROPERTIES = ("taxonGroup", "iucnCategory", "citesAppendix", "abundanceMin", "abundanceMax",
                      "partnerCountryCode", "verbatimOrganismQuantity", "sourceFile", "sourceSheet", "sourceRow",
                      "issues", "partner")
# Flags of the position and of the name (the rest are about dates, text or duplicates)
GEOREFERENCE_FLAGS = ("COUNTRY_COORDINATE_MISMATCH", "COUNTRY_DERIVED_FROM_COORDINATES", "PRESUMED_SWAPPED_COORDINATE",
                      "PRESUMED_NEGATED_LATITUDE", "PRESUMED_NEGATED_LONGITUDE", "COORDINATE_ROUNDED",
                      "COORDINATE_REPROJECTED", "COORDINATE_PRECISION_COARSE", "DATUM_SHIFT_UNAVAILABLE",
                      "ZERO_COORDINATE", "GEOREFERENCED_FROM_SITE", "CRS_FROM_GK_ZONE_PREFIX",
                      "COORDINATE_AT_CAPITAL", "COORDINATE_AT_COUNTRY_CENTROID", "COORDINATE_AT_PROVINCE_CENTROID",
                      "COORDINATE_AT_INSTITUTION", "COORDINATE_AT_GBIF_HQ", "EQUAL_COORDINATES", "COORDINATE_IN_SEA",
                      "COORDINATE_ROUNDED_TO_DEGREE", "COORDINATE_ROUNDED_TO_MINUTE", "SPECIES_OUTLIER")
IDENTIFICATION_FLAGS = ("TAXON_MATCH_FUZZY", "TAXON_MATCH_SYNONYM", "TAXON_MATCH_VERNACULAR")
# Corridor flag → the GBIF occurrence issue of the same meaning (the GBIF validator's names)
GBIF_ISSUE_NAMES = {
    "COUNTRY_COORDINATE_MISMATCH": "COUNTRY_COORDINATE_MISMATCH",
    "COUNTRY_DERIVED_FROM_COORDINATES": "COUNTRY_DERIVED_FROM_COORDINATES",
    "PRESUMED_SWAPPED_COORDINATE": "PRESUMED_SWAPPED_COORDINATE",
    "PRESUMED_NEGATED_LATITUDE": "PRESUMED_NEGATED_LATITUDE",
    "PRESUMED_NEGATED_LONGITUDE": "PRESUMED_NEGATED_LONGITUDE",
    "COORDINATE_ROUNDED": "COORDINATE_ROUNDED",
    "COORDINATE_REPROJECTED": "COORDINATE_REPROJECTED",
    "ZERO_COORDINATE": "ZERO_COORDINATE",
    "TAXON_MATCH_FUZZY": "TAXON_MATCH_FUZZY",
    "RECORDED_DATE_RANGE": "RECORDED_DATE_MISMATCH",
    "COORDINATE_AT_COUNTRY_CENTROID": "COUNTRY_CENTROID",  # GBIF's name is about the country centroid only
}
APPROXIMATE = re.compile(r"^~(\d+(?:\.\d+)?)$")
EXTRA_COLUMNS = (("dynamicProperties", DWC + "dynamicProperties"), ("datasetName", DWC + "datasetName"),
                 ("license", DCTERMS + "license"))
ALL_COLUMNS = DWC_COLUMNS + EXTRA_COLUMNS

# GBIF accepts exactly these three licences for occurrence data.
LICENCES = {
    "CC0-1.0": ("http://creativecommons.org/publicdomain/zero/1.0/legalcode",
                "Public Domain (CC0 1.0)"),
    "CC-BY-4.0": ("http://creativecommons.org/licenses/by/4.0/legalcode",
                  "Creative Commons Attribution (CC-BY) 4.0 License"),
    "CC-BY-NC-4.0": ("http://creativecommons.org/licenses/by-nc/4.0/legalcode",
                     "Creative Commons Attribution Non Commercial (CC-BY-NC) 4.0 License"),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def neutralise_formula(text: str) -> str:
    """A cell that a spreadsheet would run as a formula (starts with ``=``, ``+``, ``-``, ``@``, tab or
    carriage return: OWASP CSV injection) gets a leading apostrophe. Plain numbers (``-12.5``) and a
    lone sign (``+``, a partner's "present") cannot carry a formula and stay as they are."""
    if not text or not text.startswith(_FORMULA_START):
        return text
    if len(text) == 1 or _NUMBER.match(text):
        return text
    return "'" + text


def flat_cell(text: str) -> str:
    """One line, no tab: occurrence.txt is tab-separated without quoting."""
    return re.sub(r"[\t\r\n]+", " ", text)


@dataclass
class Contact:
    name: str
    email: str = ""
    organisation: str = ""
    position: str = ""


@dataclass
class DatasetMetadata:
    title: str
    publisher: str
    licence: str = "CC-BY-4.0"
    contacts: List[Contact] = field(default_factory=list)
    abstract: str = ""
    language: str = "en"
    identifier: str = ""


@dataclass
class OccurrenceFilter:
    partners: Sequence[str] = ()
    countries: Sequence[str] = ()   # ISO alpha-3 or alpha-2
    taxa: Sequence[str] = ()        # scientific names or taxon groups
    date_from: str = ""             # ISO day; records whose date range overlaps [date_from, date_to]
    date_to: str = ""

    def where(self):
        """(SQL condition with ``?`` placeholders, parameters)."""
        clauses, params = [], []
        if self.partners:
            clauses.append("partner IN (" + ", ".join("?" for _ in self.partners) + ")")
            params += list(self.partners)
        if self.countries:
            codes = [ISO2_TO_ISO3.get(c.upper(), c.upper()) for c in self.countries]
            clauses.append("country_iso3 IN (" + ", ".join("?" for _ in codes) + ")")
            params += codes
        if self.taxa:
            marks = ", ".join("?" for _ in self.taxa)
            clauses.append(f'("scientificName" IN ({marks}) OR "taxonGroup" IN ({marks}))')
            params += list(self.taxa) + list(self.taxa)
        for value, clause in ((self.date_from, '"eventDateEnd" >= ?'), (self.date_to, '"eventDateStart" <= ?')):
            if value:
                if not _ISO_DAY.match(value):
                    raise BaselineError(tr("'{value}' is not a date in the form YYYY-MM-DD.").format(value=value))
                clauses.append(clause)
                params.append(value)
        return " AND ".join(clauses), params


def parse_list(text: str):
    return [part.strip() for part in re.split(r"[,;\n]", text or "") if part.strip()]


def _format(value, numeric):
    if value is None:
        return ""
    try:
        if isinstance(value, float) and math.isnan(value):
            return ""
    except TypeError:
        pass
    if numeric:
        number = float(value)
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return repr(number)
    return neutralise_formula(flat_cell(str(value)))


_NUMERIC = {"individualCount", "year", "decimalLatitude", "decimalLongitude", "coordinateUncertaintyInMeters"}


def numeric_quantity(quantity, quantity_type):
    """(organismQuantity, organismQuantityType) as GBIF reads them: a number with its type, or nothing.
    ``12`` and ``~20`` (approximately 20) give a number; ranges, bounds and words (``10-15``, ``>100``,
    ``few``, ``+``) give none: they stay verbatim in dynamicProperties and abundanceMin/Max."""
    text = "" if quantity is None else str(quantity).strip()
    if not text:
        return "", ""
    match = APPROXIMATE.match(text)
    number = match.group(1) if match else text
    if _NUMBER.match(number) and not number.startswith(("+", "-")):
        value = float(number)
        return (str(int(value)) if value.is_integer() else repr(value)), (quantity_type or "individuals")
    return "", ""


def _flag_list(record):
    return [f for f in str(record.get("issues") or "").split(";") if f]


def _remarks(flags):
    """(occurrenceRemarks, georeferenceRemarks, identificationRemarks) of a record's flags."""
    from ..sheets import flag_message

    if not flags:
        return "", "", ""
    names = [GBIF_ISSUE_NAMES.get(f, f) for f in flags]
    occurrence = "Quality flags (GBIF issue names where GBIF has one): " + "; ".join(names)
    georeference = "; ".join(f"{f}: {flag_message(f)}" for f in flags if f in GEOREFERENCE_FLAGS)
    identification = "; ".join(f"{f}: {flag_message(f)}" for f in flags if f in IDENTIFICATION_FLAGS)
    return occurrence, georeference, identification


def occurrence_rows(frame, dataset_name, licence_url):
    """Text rows of occurrence.txt for a DataFrame of stored occurrences."""
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for record in records:
        flags = _flag_list(record)
        record["occurrenceRemarks"], record["georeferenceRemarks"], record["identificationRemarks"] = _remarks(flags)
        record["verbatimOrganismQuantity"] = record.get("organismQuantity")
        record["organismQuantity"], record["organismQuantityType"] = numeric_quantity(
            record.get("organismQuantity"), record.get("organismQuantityType"))
        record["partnerCountryCode"] = ISO3_TO_ISO2.get(str(record.get("country_iso3") or ""), "") or None
        row = [_format(record.get(name), name in _NUMERIC) for name, _ in DWC_COLUMNS]
        dynamic = {}
        for key in DYNAMIC_PROPERTIES:
            value = record.get(key)
            if value is None or value == "":
                continue
            if key == "sourceRow":
                value = int(value)
            elif key in ("abundanceMin", "abundanceMax"):
                value = float(value)
            dynamic[key] = value
        row.append(json.dumps(dynamic, ensure_ascii=False, sort_keys=True) if dynamic else "")
        row.append(neutralise_formula(flat_cell(dataset_name)))
        row.append(licence_url)
        yield row


def meta_xml():
    archive = ET.Element("archive", {"xmlns": "http://rs.tdwg.org/dwc/text/",
                                     "metadata": "eml.xml"})
    core = ET.SubElement(archive, "core", {"encoding": "UTF-8", "fieldsTerminatedBy": "\\t",
                                           "linesTerminatedBy": "\\n", "fieldsEnclosedBy": "",
                                           "ignoreHeaderLines": "1", "rowType": OCCURRENCE_ROW_TYPE})
    files = ET.SubElement(core, "files")
    ET.SubElement(files, "location").text = "occurrence.txt"
    ET.SubElement(core, "id", {"index": "0"})
    for index, (_, term) in enumerate(ALL_COLUMNS):
        ET.SubElement(core, "field", {"index": str(index), "term": term})
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(archive, encoding="unicode")


def eml_xml(metadata: DatasetMetadata, coverage, generalisation: str = ""):
    """EML 2.1.1 in the element order of the GBIF metadata profile."""
    if metadata.licence not in LICENCES:
        raise BaselineError(tr("Unknown licence '{licence}': use one of {known}.").format(
            licence=metadata.licence, known=", ".join(LICENCES)))
    ET.register_namespace("eml", "eml://ecoinformatics.org/eml-2.1.1")
    ET.register_namespace("dc", "http://purl.org/dc/terms/")
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root = ET.Element("{eml://ecoinformatics.org/eml-2.1.1}eml", {
        "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation":
            "eml://ecoinformatics.org/eml-2.1.1 http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd",
        "packageId": metadata.identifier, "system": "http://gbif.org", "scope": "system",
        "{http://www.w3.org/XML/1998/namespace}lang": metadata.language})
    dataset = ET.SubElement(root, "dataset")
    ET.SubElement(dataset, "alternateIdentifier").text = metadata.identifier
    ET.SubElement(dataset, "title", {"{http://www.w3.org/XML/1998/namespace}lang": metadata.language}).text = \
        metadata.title

    def party(tag, contact=None, organisation=None):
        element = ET.SubElement(dataset, tag)
        if contact is not None and contact.name:
            individual = ET.SubElement(element, "individualName")
            given, _, surname = contact.name.strip().rpartition(" ")
            if given:
                ET.SubElement(individual, "givenName").text = given
            ET.SubElement(individual, "surName").text = surname
        org = organisation if organisation is not None else (contact.organisation if contact else "")
        if org:
            ET.SubElement(element, "organizationName").text = org
        if contact is not None and contact.position:
            ET.SubElement(element, "positionName").text = contact.position
        if contact is not None and contact.email:
            ET.SubElement(element, "electronicMailAddress").text = contact.email
        return element

    contacts = metadata.contacts or [Contact(name="", organisation=metadata.publisher)]
    party("creator", organisation=metadata.publisher)
    party("metadataProvider", contacts[0], organisation=contacts[0].organisation or metadata.publisher)
    ET.SubElement(dataset, "pubDate").text = date.today().isoformat()
    ET.SubElement(dataset, "language").text = metadata.language
    abstract = ET.SubElement(dataset, "abstract")
    ET.SubElement(abstract, "para").text = metadata.abstract or metadata.title
    if generalisation:  # GBIF profile: additionalInfo after abstract (and keywordSet), before intellectualRights
        ET.SubElement(ET.SubElement(dataset, "additionalInfo"), "para").text = generalisation
    url, label = LICENCES[metadata.licence]
    rights = ET.SubElement(ET.SubElement(dataset, "intellectualRights"), "para")
    rights.text = "This work is licensed under a "
    link = ET.SubElement(rights, "ulink", {"url": url})
    ET.SubElement(link, "citetitle").text = label
    link.tail = "."
    if coverage:
        cover = ET.SubElement(dataset, "coverage")
        if coverage.get("bbox"):
            west, east, south, north = coverage["bbox"]
            geo = ET.SubElement(cover, "geographicCoverage")
            ET.SubElement(geo, "geographicDescription").text = coverage.get("description", "")
            box = ET.SubElement(geo, "boundingCoordinates")
            for tag, value in (("westBoundingCoordinate", west), ("eastBoundingCoordinate", east),
                               ("northBoundingCoordinate", north), ("southBoundingCoordinate", south)):
                ET.SubElement(box, tag).text = repr(float(value))
        if coverage.get("dates"):
            begin, end = coverage["dates"]
            dates = ET.SubElement(ET.SubElement(cover, "temporalCoverage"), "rangeOfDates")
            ET.SubElement(ET.SubElement(dates, "beginDate"), "calendarDate").text = begin
            ET.SubElement(ET.SubElement(dates, "endDate"), "calendarDate").text = end
    for contact in contacts:
        party("contact", contact, organisation=contact.organisation or metadata.publisher)
    party("publisher", organisation=metadata.publisher)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def export_dwca(store, output, metadata: DatasetMetadata, selection: OccurrenceFilter = None, feedback=None,
                policy=None):
    """Write the archive ``output`` (.zip) for the selected occurrences; returns the number of records.
    ``policy``: a :class:`corridor_plugin.core.sensitivity.SensitivityPolicy` (default: the shipped
    checklist's levels, generalised)."""
    from ..sensitivity import generalise_occurrences, policy_from_checklist

    selection = selection or OccurrenceFilter()
    if policy is None:
        from ..taxonomy import load_checklist

        policy = policy_from_checklist(load_checklist())
    if not metadata.title.strip():
        raise BaselineError(tr("A Darwin Core Archive needs a dataset title."))
    metadata.identifier = metadata.identifier or str(uuid.uuid4())
    where, params = selection.where()
    frame = store.occurrences(where, params)
    if len(frame):
        frame = _with_location_and_duplicates(store, frame)
    frame, generalised = generalise_occurrences(frame, policy)
    if feedback is not None:
        if generalised:
            feedback.pushInfo(tr("{n} records of sensitive species generalised (coordinates to grid-cell centres, "
                                 "locality withheld).").format(n=generalised))
        elif policy.full_precision:
            feedback.pushInfo(tr("Full precision chosen: sensitive species are exported with exact coordinates; "
                                 "the archive's metadata say so."))
        feedback.setProgress(40)
    if not metadata.publisher.strip():
        # without a named publisher, the partners whose records are exported publish them
        partners = sorted(str(p) for p in frame["partner"].dropna().unique()) if len(frame) else []
        metadata.publisher = "; ".join(partners) or tr("Corridor baseline database")
    coverage = {}
    if len(frame):
        lat, lon = frame["decimalLatitude"].dropna(), frame["decimalLongitude"].dropna()
        if len(lat) and len(lon):
            coverage["bbox"] = (lon.min(), lon.max(), lat.min(), lat.max())
            coverage["description"] = ", ".join(sorted(frame["country_iso3"].dropna().unique()))
        starts, ends = frame["eventDateStart"].dropna(), frame["eventDateEnd"].dropna()
        if len(starts) and len(ends):
            coverage["dates"] = (starts.min(), ends.max())
    licence_url = LICENCES.get(metadata.licence, ("",))[0]
    eml = eml_xml(metadata, coverage, policy.describe())
    lines = ["\t".join(name for name, _ in ALL_COLUMNS)]
    for row in occurrence_rows(frame, metadata.title, licence_url):
        lines.append("\t".join(row))
    if feedback is not None:
        feedback.setProgress(80)
    try:
        with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("meta.xml", meta_xml())
            archive.writestr("eml.xml", eml)
            archive.writestr("occurrence.txt", "\n".join(lines) + "\n")
    except OSError as exc:
        raise BaselineError(tr("Cannot write the archive '{path}': {error}").format(path=output, error=exc)) from exc
    return len(frame)


def _with_location_and_duplicates(store, frame):
    """countryCode from where each record lies; DUPLICATE_ACROSS_PARTNERS for records the baseline linked
    to another partner's record."""
    import numpy as np

    from ..quality import location_countries
    from ..sheets import country_locator

    stated = frame["countryCode"].fillna("").map(lambda c: ISO2_TO_ISO3.get(str(c).upper(), "")).to_numpy(dtype=object)
    stated = np.where(stated == "", frame["country_iso3"].fillna("").to_numpy(dtype=object), stated)
    found = location_countries(country_locator(), frame["decimalLongitude"].to_numpy(dtype=float),
                               frame["decimalLatitude"].to_numpy(dtype=float), stated)
    has = frame["decimalLongitude"].notna().to_numpy() & frame["decimalLatitude"].notna().to_numpy()
    frame = frame.copy()
    frame["countryCode"] = np.where(has, [ISO3_TO_ISO2.get(c, "") for c in found],
                                    frame["countryCode"].fillna("").to_numpy(dtype=object))
    links = store.duplicates()
    if len(links):
        linked = set(links["occurrenceID"]) | set(links["duplicate_of"])
        issues = frame["issues"].fillna("").to_numpy(dtype=object)
        for i in np.flatnonzero(frame["occurrenceID"].isin(linked).to_numpy()):
            issues[i] = f"{issues[i]};DUPLICATE_ACROSS_PARTNERS" if issues[i] else "DUPLICATE_ACROSS_PARTNERS"
        frame["issues"] = issues
    return frame
