"""The transboundary action-plan report: sections computed from the result layers, written as HTML
and as a QGIS print layout (PDF), in the language asked for.

The report reads the outputs of the other algorithms by their documented field names
(``corridor:gapanalysis``, ``corridor:connectivity``…). A missing input never stops it: its section
says "not computed". Field lookups accept a few spellings (see ``FIELD_CANDIDATES``) so that a
renamed column degrades to an empty cell, not a failure.
"""
import base64
import contextlib
import csv
import datetime
import html
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsClassificationQuantile,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QColor

from ..toolbelt import i18n
from ..toolbelt.i18n import tr
from ..toolbelt.paths import plugin_version, seeds_path, style_path
from ..toolbelt.qgis_compat import null_rectangle
from .connectivity.network import iso3_set

REPORT_LANGUAGES = ("en", "zh", "ru", "mn", "kk")
# Covers Latin, Cyrillic (incl. Kazakh and Mongolian letters) and CJK; Qt falls back per glyph if absent.
REPORT_FONT = "Noto Sans CJK SC"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

# Result-layer keys (also the Processing parameter names of corridor:report).
INPUT_KEYS = ("PROTECTED_AREAS", "OCCURRENCES", "GAP_SPECIES", "GAP_GRID", "CONNECTIVITY_SUMMARY",
              "CONNECTIVITY_NODES", "CONNECTIVITY_LINKS", "CORRIDORS", "SURVEY")

# The documented field name first, then spellings tolerated.
FIELD_CANDIDATES = {
    "species": ("scientificName", "species", "scientific_name", "taxon"),
    "vernacular": ("vernacularName",),
    "partner": ("institutionCode", "partner"),
    "country": ("country_iso3", "iso3", "country", "countryCode", "region_id"),
    "year": ("year",),
    "date": ("eventDate",),
    "iucn": ("iucnCategory", "iucn", "iucn_category", "iucn_cat"),
    "cites": ("citesAppendix", "cites", "cites_appendix"),
    "range_km2": ("range_km2", "range_area_km2", "range"),
    "protected_km2": ("protected_km2",),
    "protected_share": ("protected_share", "protected_pct", "protected_percent", "share_protected"),
    "target_share": ("target_share", "target_pct", "target_percent", "target"),
    "shortfall": ("shortfall", "shortfall_km2", "shortfall_pct"),
    "status": ("status", "gap_status"),
    "priority": ("priority", "priority_score", "score"),
    "region_id": ("region_id",),
    "d50_m": ("d50_m",),
    "prot": ("prot",),
    "protconn": ("protconn",),
    "protconn_trans": ("protconn_trans",),
    "relconn": ("relconn",),
    "eca": ("eca",),
    "name": ("name", "NAME", "name_eng", "NAME_ENG", "pa_name"),
    "dpc": ("dpc", "dPC", "dpc_total"),
    "dpc_intra": ("dpc_intra", "dPCintra"),
    "dpc_flux": ("dpc_flux", "dPCflux"),
    "dpc_connector": ("dpc_connector", "dPCconnector"),
    "probability": ("probability", "p_ij", "pij", "prob"),
    "distance": ("distance_m", "distance", "dist_m"),
    "transboundary": ("transboundary", "is_transboundary"),
    "country_pair": ("country_pair", "countries"),
    "from": ("from_id", "from", "node_a", "a"),
    "to": ("to_id", "to", "node_b", "b"),
    "rank": ("rank", "priority_rank"),
    "records": ("records", "n_records", "observed"),
    "richness": ("richness", "expected", "expected_richness"),
    "last_year": ("last_year", "last_record_year", "latest_year"),
    "cell_id": ("cell_id", "id", "fid"),
    "threatened": ("threatened",),
    "cites_species": ("cites", "cites_species"),
    "in_region": ("in_region",),
    "pa_id": ("pa_id",),
    "members": ("members",),
    "records_in_pa": ("records_in_pa",),
    "range_source": ("range_source",),
    "species_countries": ("countries",),
    "pa_share": ("pa_share",),
    "missing": ("missing",),
    "threatened_missing": ("threatened_missing",),
    "crosses_barrier": ("crosses_barrier",),
    "barrier_ids": ("barrier_ids",),
    "barriers": ("barriers",),
    "cost_dist": ("cost_dist",),
    "demo_raster": ("demo_raster",),
    "expected_means": ("expected_means",),
    "country_share": ("country_share",),
}

CHECKLIST_NAME_COLUMNS = ("scientific_name_accepted", "scientificName", "scientific_name")
CHECKLIST_LANGUAGE_COLUMNS = {
    "en": ("english_name", "vernacular_en", "name_en"),
    "ru": ("russian_name", "vernacular_ru", "name_ru"),
    "zh": ("chinese_name", "vernacular_zh", "name_zh"),
    "mn": ("mongolian_name", "vernacular_mn", "name_mn"),
    "kk": ("kazakh_name", "vernacular_kk", "name_kk"),
}


# -- language --------------------------------------------------------------------------------------
@contextlib.contextmanager
def report_language(language: str):
    """Translate tr() into ``language`` for the duration of the block, then restore the interface language.

    Qt translators are application-wide: while a report is written the interface switches too.
    """
    previous = i18n._translator
    if previous is not None:
        QCoreApplication.removeTranslator(previous)
    translator = None
    if language and language != "en":
        qm = i18n.translation_file(language)
        if qm is not None:
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
            else:
                translator = None
    try:
        yield translator is not None or language == "en"
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        if previous is not None:
            QCoreApplication.installTranslator(previous)


def species_key(name) -> str:
    """``Genus species`` (authority and case dropped): how checklist and results names are matched."""
    words = str(name or "").replace("(", " ").split()
    if len(words) >= 3 and words[2].islower() and words[2].isalpha():
        return " ".join(words[:3]).lower()
    return " ".join(words[:2]).lower()


def _first_vernacular(cell) -> str:
    text = str(cell or "").strip()
    if not text or "unverified" in text.lower():
        return ""
    for separator in (";", " / ", "/", ","):
        text = text.split(separator)[0]
    return text.split(" (")[0].strip()


def vernacular_names(language: str, checklist_path=None) -> Dict[str, str]:
    """{species key: vernacular name in ``language``} from the checklist (user file or the shipped one).

    Cells marked "unverified" in the checklist are left out rather than printed as facts.
    """
    names = {}
    paths = [checklist_path] if checklist_path else sorted(seeds_path("checklist").glob("*.csv"))
    columns = CHECKLIST_LANGUAGE_COLUMNS.get(language, ())
    for path in paths:
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    latin = next((row[c] for c in CHECKLIST_NAME_COLUMNS if row.get(c)), "")
                    local = next((_first_vernacular(row[c]) for c in columns if row.get(c)), "")
                    if latin and local:
                        names.setdefault(species_key(latin), local)
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
    return names


# -- reading layers -------------------------------------------------------------------------------
def find_field(layer, key) -> Optional[str]:
    if layer is None:
        return None
    names = {f.name().lower(): f.name() for f in layer.fields()}
    for candidate in FIELD_CANDIDATES.get(key, (key,)):
        if candidate.lower() in names:
            return names[candidate.lower()]
    return None


def _value(feature, name):
    if name is None:
        return None
    value = feature[name]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def as_number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def fmt(value, digits=1) -> str:
    """A number for a reader: thousands separated, ``digits`` decimals, ``< 0.01`` for what would print
    as zero (never scientific notation)."""
    number = as_number(value)
    if value is None:
        return "–"
    if number is None:
        return str(value)
    if number != 0 and abs(number) < 10 ** -digits:
        bound = f"{10 ** -digits:.{digits}f}" if digits > 0 else "1"
        return f"< {bound}" if number > 0 else f"> -{bound}"
    if float(number).is_integer() and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,.{digits}f}"


def database_name(database) -> str:
    """The baseline's name without its folder (a file path) or the PostGIS connection name."""
    text = str(database or "").strip()
    if not text:
        return ""
    if "/" in text or "\\" in text:
        return Path(text.replace("\\", "/").split("|")[0]).name
    return text


def source_name(layer) -> str:
    """Where a layer comes from, without local folders: ``file.gpkg (layer)``, a table, or the provider."""
    from qgis.core import QgsDataSourceUri

    provider = layer.providerType()
    source = layer.source()
    if provider == "ogr":
        path, _, rest = source.partition("|")
        name = Path(path).name
        for part in rest.split("|"):
            if part.startswith("layername="):
                name += f" ({part.split('=', 1)[1]})"
        return name
    if provider in ("postgres", "spatialite"):
        uri = QgsDataSourceUri(source)
        return ".".join(p for p in (uri.database(), uri.schema(), uri.table()) if p)
    return provider


def read_rows(layer, keys, request=None) -> List[dict]:
    names = {key: find_field(layer, key) for key in keys}
    rows = []
    for feature in layer.getFeatures(request or QgsFeatureRequest()):
        rows.append({key: _value(feature, name) for key, name in names.items()})
    return rows


# -- sections -------------------------------------------------------------------------------------
@dataclass
class Table:
    headers: List[str]
    rows: List[List[str]]
    note: str = ""


@dataclass
class MapSpec:
    layers: list  # drawn bottom to top
    extent: Optional[QgsRectangle] = None  # EPSG:4326


@dataclass
class Section:
    key: str
    title: str
    paragraphs: List[str] = field(default_factory=list)
    table: Optional[Table] = None
    map: Optional[MapSpec] = None
    computed: bool = True


@dataclass
class Report:
    language: str
    title: str
    subtitle: str
    sections: List[Section]
    layers: dict


def not_computed(key, title, what) -> Section:
    return Section(key, title, [tr("Not computed: no {what} was given to the report.").format(what=what)],
                   computed=False)


class ReportBuilder:
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

    def map_occurrences(self, layer):
        from .sensitivity import generalised_layer, policy_from_checklist
        from .taxonomy import load_checklist

        try:
            checklist = load_checklist(None, [self.checklist_path] if self.checklist_path else [])
        except ValueError:
            checklist = load_checklist()  # the user's file is unreadable: the shipped levels still apply
        return generalised_layer(layer, policy_from_checklist(checklist))

    def findings(self):
        """The layers read once for the summary, actions and limitations (and the sections that share them)."""
        if self._findings is None:
            from .report_findings import Findings

            self._findings = Findings(self)
        return self._findings

    def label_species(self, latin) -> str:
        if not latin:
            return "–"
        local = self.vernacular.get(species_key(latin))
        return f"{latin} ({local})" if local and local != latin else str(latin)

    # -- sections ----------------------------------------------------------------------------------
    def build(self) -> Report:
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

    def summary(self) -> Section:
        return Section("summary", tr("What the data say"), self.findings().summary_paragraphs())

    def recommended_actions(self) -> Section:
        from .report_findings import actions_table

        actions = self.findings().actions()
        if not actions:
            return Section("actions", tr("Recommended actions"), [tr(
                "No action can be derived yet: give the report the gap-analysis, connectivity or survey-gap "
                "results.")], computed=False)
        return Section("actions", tr("Recommended actions"), [tr(
            "Ranked: threatened species short of protection first, then transboundary links to secure, areas whose "
            "loss would cost most connectivity, and cells to survey; within each, by the score of the analysis "
            "named in the last column.")], actions_table(actions))

    def limitations(self) -> Section:
        return Section("limitations", tr("Limitations"), self.findings().limitations())

    def study_area(self) -> Section:
        title = tr("Study area")
        extent = self.extent()
        if extent is None:
            return not_computed("study_area", title, tr("layer with features"))
        countries = set()
        for key in ("PROTECTED_AREAS", "OCCURRENCES", "CONNECTIVITY_NODES"):
            layer = self.inputs.get(key)
            name = find_field(layer, "country")
            if layer is not None and name:
                # "MNG;RUS" is an area of two countries, not a country: each code counts once
                for value in layer.uniqueValues(layer.fields().indexOf(name)):
                    countries.update(iso3_set(value))
        text = tr("The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to "
                  "{north:.2f}° (WGS 84).").format(west=extent.xMinimum(), east=extent.xMaximum(),
                                                  south=extent.yMinimum(), north=extent.yMaximum())
        paragraphs = [text]
        if countries:
            paragraphs.append(tr("Countries: {countries}.").format(countries=", ".join(sorted(countries))))
        if self.database:
            paragraphs.append(tr("Baseline database: {database}").format(database=database_name(self.database)))
        return Section("study_area", title, paragraphs, map=MapSpec(self.base_layers(), extent))

    def data_sources(self) -> Section:
        title = tr("Data sources per partner")
        layer = self.inputs.get("OCCURRENCES")
        if layer is None:
            return not_computed("data_sources", title, tr("occurrence layer"))
        groups = {}
        for row in read_rows(layer, ("partner", "country", "species", "year", "date")):
            key = (row["partner"] or tr("unknown partner"), row["country"] or "–")
            entry = groups.setdefault(key, {"records": 0, "species": set(), "years": []})
            entry["records"] += 1
            if row["species"]:
                entry["species"].add(row["species"])
            year = as_number(row["year"]) or as_number(str(row["date"] or "")[:4])
            if year:
                entry["years"].append(int(year))
        rows = []
        for (partner, country), entry in sorted(groups.items(), key=lambda kv: (-kv[1]["records"], kv[0])):
            years = entry["years"]
            span = f"{min(years)}–{max(years)}" if years else "–"
            rows.append([str(partner), str(country), fmt(entry["records"]), fmt(len(entry["species"])), span])
        total = sum(g["records"] for g in groups.values())
        species = len(set().union(*(g["species"] for g in groups.values()))) if groups else 0
        text = tr("{records} records of {species} species from {partners} partners.").format(
            records=fmt(total), species=fmt(species), partners=len(groups))
        return Section("data_sources", title, [text], Table(
            [tr("Partner"), tr("Country"), tr("Records"), tr("Species"), tr("Years")], rows))

    def protected_areas_map(self) -> Section:
        title = tr("Protected areas and records")
        pas, occ = self.inputs.get("PROTECTED_AREAS"), self.inputs.get("OCCURRENCES")
        if pas is None and occ is None:
            return not_computed("pa_map", title, tr("protected-area or occurrence layer"))
        paragraphs = []
        if pas is not None:
            paragraphs.append(tr("{count} protected areas.").format(count=fmt(pas.featureCount())))
        if occ is not None:
            paragraphs.append(tr("{count} occurrence records.").format(count=fmt(occ.featureCount())))
        table = None
        if pas is not None and find_field(pas, "records") and find_field(pas, "richness"):
            # The areas layer of corridor:overlay: per-area figures.
            table = self.top_table(pas, find_field(pas, "records"),
                                   ("name", "country", "records", "richness", "threatened", "cites_species"),
                                   [tr("Area"), tr("Country"), tr("Records"), tr("Species"), tr("Threatened"),
                                    tr("CITES species")])
        return Section("pa_map", title, paragraphs, table,
                       map=MapSpec(self.base_layers(), self.extent(("PROTECTED_AREAS", "OCCURRENCES"))))

    def gap_species(self) -> Section:
        title = tr("Gap species")
        layer = self.inputs.get("GAP_SPECIES")
        if layer is None:
            return not_computed("gap_species", title, tr("gap-analysis species table"))
        from .report_findings import base_status, records_only

        rows = read_rows(layer, ("species", "iucn", "cites", "range_km2", "protected_share", "target_share",
                                 "shortfall", "status", "range_source"))
        order = {"gap": 0, "partial": 1, "covered": 2}
        rows.sort(key=lambda r: (order.get(base_status(r["status"]), 3), -(as_number(r["shortfall"]) or 0)))
        counts = {}
        for row in rows:
            counts[base_status(row["status"])] = counts.get(base_status(row["status"]), 0) + 1
        text = tr("{gap} species have no protected part of their range (gap), {partial} are below their "
                  "representation target (partial), {covered} meet it (covered).").format(
            gap=counts.get("gap", 0), partial=counts.get("partial", 0), covered=counts.get("covered", 0))
        paragraphs = [text]
        only = sum(1 for r in rows if records_only(r))
        if only:
            paragraphs.append(tr("{n} species have no range map: their area is the known occupied area (grid cells "
                                 "holding records) and their status ends in '(records only)'. Surveys inside "
                                 "protected areas make such ranges look protected.").format(n=only))
        # corridor:gapanalysis writes shares as fractions (0–1); percentages are accepted too.
        scale = {key: 100.0 if all((as_number(r[key]) or 0) <= 1.0 for r in rows) else 1.0
                 for key in ("protected_share", "target_share", "shortfall")}

        def cells(r):
            return [self.label_species(r["species"]), fmt(r["iucn"]), fmt(r["cites"]), fmt(r["range_km2"], 0),
                    *(fmt(None if as_number(r[k]) is None else as_number(r[k]) * scale[k])
                      for k in ("protected_share", "target_share", "shortfall")),
                    status_label(r["status"], records_only(r))]

        if not only:
            range_header = tr("Range km²")
        elif only == len(rows):
            range_header = tr("Known occupied area km²")
        else:
            range_header = tr("Range or known occupied area km²")
        table = Table([tr("Species"), tr("IUCN"), tr("CITES"), range_header, tr("Protected %"), tr("Target %"),
                       tr("Shortfall (points)"), tr("Status")], [cells(r) for r in rows[:self.TOP * 2]])
        if len(rows) > self.TOP * 2:
            table.note = tr("{shown} of {total} species shown; the HTML report lists them all.").format(
                shown=self.TOP * 2, total=len(rows))
        section = Section("gap_species", title, paragraphs, table)
        section.full_rows = [cells(r) for r in rows]
        return section

    def gap_grid(self) -> Section:
        title = tr("Gap grid: priority cells")
        layer = self.inputs.get("GAP_GRID")
        if layer is None:
            return not_computed("gap_grid", title, tr("gap grid layer"))
        priority = find_field(layer, "priority")
        text = tr("{cells} grid cells; colour shows the priority score (summed target shortfall weighted by "
                  "threat, over the unprotected part of the cell).").format(cells=fmt(layer.featureCount()))
        return Section("gap_grid", title, [text],
                       map=MapSpec(self.base_layers(grid=True), self.extent(("GAP_GRID",))),
                       table=self.top_table(layer, priority, ("cell_id", "richness", "records", "priority"),
                                            [tr("Cell"), tr("Richness"), tr("Records"), tr("Priority")], top=10))

    def connectivity(self) -> Section:
        title = tr("Connectivity per country")
        layer = self.inputs.get("CONNECTIVITY_SUMMARY")
        if layer is None:
            return not_computed("connectivity", title, tr("connectivity summary table"))
        from .report_findings import FEW_AREAS

        rows = read_rows(layer, ("region_id", "d50_m", "prot", "protconn", "protconn_trans", "relconn", "eca"))
        rows.sort(key=lambda r: (str(r["region_id"]), as_number(r["d50_m"]) or 0))
        counts = self.findings().nodes_per_region()
        table = Table([tr("Region"), tr("Areas"), tr("d50 (km)"), tr("Prot %"), tr("ProtConn %"),
                       tr("Transboundary share %"), tr("RelConn %"), tr("ECA (ha)")],
                      [[fmt(r["region_id"]), fmt(counts.get(str(r["region_id"]))),
                        fmt((as_number(r["d50_m"]) or 0) / 1000.0), fmt(r["prot"], 2),
                        fmt(r["protconn"], 2), fmt(transboundary_share(r), 1), fmt(r["relconn"], 1),
                        fmt(r["eca"], 0)] for r in rows])
        text = tr("ProtConn is the percentage of the region covered by protected and connected land; the "
                  "transboundary share is the part of ProtConn that exists only through protected areas "
                  "abroad (ProtConn[Trans] / ProtConn).")
        paragraphs = [text + " " + tr("Areas are counted in the country where they lie.")]
        few = sorted(region for region, n in counts.items() if n < FEW_AREAS)
        if few:
            paragraphs.append(tr("{regions}: fewer than {n} protected areas each; their ProtConn describes those "
                                 "areas, not the whole country's network.").format(regions=", ".join(few), n=FEW_AREAS))
        return Section("connectivity", title, paragraphs, table)

    def top_areas(self) -> Section:
        title = tr("Most important areas for connectivity (dPC)")
        layer = self.inputs.get("CONNECTIVITY_NODES")
        if layer is None:
            return not_computed("top_areas", title, tr("connectivity nodes layer"))
        dpc = find_field(layer, "dpc")
        return Section("top_areas", title, [tr("Areas ranked by dPC, the loss of connectivity if the area were "
                                               "lost, split into its intra, flux and connector parts.")],
                       self.top_table(layer, dpc, ("name", "country", "dpc", "dpc_intra", "dpc_flux",
                                                   "dpc_connector"),
                                      [tr("Area"), tr("Country"), tr("dPC"), tr("intra"), tr("flux"),
                                       tr("connector")], in_region=True),
                       map=MapSpec(self.base_layers(network=True), self.extent(("CONNECTIVITY_NODES",
                                                                                 "CONNECTIVITY_LINKS"))))

    def top_links(self) -> Section:
        title = tr("Strongest links")
        layer = self.inputs.get("CONNECTIVITY_LINKS")
        if layer is None:
            return not_computed("top_links", title, tr("connectivity links layer"))
        key = find_field(layer, "dpc") or find_field(layer, "probability")
        names = self.findings().area_names
        return Section("top_links", title, [tr("Links between protected areas ranked by importance (dPC where "
                                               "computed, otherwise by probability).")],
                       self.top_table(layer, key, ("from", "to", "country_pair", "distance", "probability",
                                                   "transboundary"),
                                      [tr("From"), tr("To"), tr("Countries"), tr("Distance (m)"), tr("Probability"),
                                       tr("Transboundary")], pairs=True, names=names))

    def corridors(self) -> Section:
        title = tr("Corridors")
        layer = self.inputs.get("CORRIDORS")
        if layer is None:
            return not_computed("corridors", title, tr("corridor layer"))
        findings = self.findings()
        paragraphs = [tr("{count} least-cost corridors between protected areas.").format(
            count=fmt(layer.featureCount()))]
        if findings.demonstration_corridors():
            paragraphs.append(tr("Demonstration: these corridors were computed on a demonstration resistance raster. "
                                 "They show the method, not where animals move."))
        rows = findings.corridor_rows()
        table = None
        if rows and find_field(layer, "from"):
            rows.sort(key=lambda r: -(as_number(r["cost_dist"]) or 0))
            table = Table([tr("From"), tr("To"), tr("Countries"), tr("Cost distance"), tr("Barriers crossed")],
                          [[findings.area_name(r["from"]), findings.area_name(r["to"]), fmt(r["countries"]),
                            fmt(r["cost_dist"], 0), str(r["barrier_ids"] or "–")] for r in rows[:self.TOP]])
        return Section("corridors", title, paragraphs, table, map=MapSpec(
            self.base_layers(corridors=True), self.extent(("CORRIDORS", "PROTECTED_AREAS"))))

    def survey(self) -> Section:
        title = tr("Survey-gap priorities")
        layer = self.inputs.get("SURVEY")
        if layer is None:
            return not_computed("survey", title, tr("survey-gap layer"))
        key = find_field(layer, "priority") or find_field(layer, "rank")
        ascending = key is not None and key == find_field(layer, "rank")
        paragraphs = [tr("Cells with few or old records relative to their neighbours and to the species expected "
                         "there: where to survey next.") + " " + tr("Each cell is given by its centre and the "
                                                                    "nearest protected area.")]
        expected = find_field(layer, "expected_means")
        if expected is not None:
            values = [v for v in layer.uniqueValues(layer.fields().indexOf(expected)) if v]
            if values:
                paragraphs.append(str(values[0]))
        table = self.top_table(layer, key, ("rank", "cell_id", "records", "richness", "last_year", "priority"),
                               [tr("Rank"), tr("Location"), tr("Records"), tr("Expected species"),
                                tr("Last record"), tr("Priority")], ascending=ascending, locate="cell_id")
        return Section("survey", title, paragraphs, table)

    def methods(self) -> Section:
        return Section("methods", tr("Methods"), [
            tr("Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below "
               "1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between."),
            tr("Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of "
               "the records; area of occupancy = occupied 2 × 2 km cells × 4 km²."),
            tr("Connectivity (Saura & Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with "
               "k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; "
               "ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC."),
            tr("Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B "
               "− LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape)."),
            tr("Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; "
               "rejected rows are listed with their reason and never silently dropped."),
        ])

    def appendix(self) -> Section:
        rows = []
        for key in INPUT_KEYS:
            layer = self.inputs.get(key)
            if layer is None:
                rows.append([key, "–", tr("not given"), "–"])
                continue
            rows.append([key, layer.name(), fmt(layer.featureCount()), source_name(layer)])
        return Section("appendix", tr("Data appendix"), [
            tr("Inputs of this report. Corridor {version}, report language {language}.").format(
                version=plugin_version(), language=self.language)],
            Table([tr("Input"), tr("Layer"), tr("Features"), tr("Source")], rows))

    # -- helpers ---------------------------------------------------------------------------------------
    def top_table(self, layer, sort_field, keys, headers, top=None, ascending=False, in_region=False,
                  pairs=False, names=None, locate=None) -> Table:
        """The first rows of ``layer`` by ``sort_field``. Connectivity outputs repeat nodes and links per
        region and distance: they are ranked at the shortest distance, nodes only inside their region
        (``in_region``), each link once (``pairs``); a Region column is added when there are several."""
        top = top or self.TOP
        filters = []
        d50 = find_field(layer, "d50_m")
        if d50 is not None:
            distances = [v for v in layer.uniqueValues(layer.fields().indexOf(d50)) if as_number(v) is not None]
            if distances:
                filters.append(f'"{d50}" = {min(as_number(v) for v in distances)}')
        inside = find_field(layer, "in_region") if in_region else None
        if inside is not None:
            filters.append(f'"{inside}"')
        request = QgsFeatureRequest()
        if filters:
            request.setFilterExpression(" AND ".join(filters))
        region = find_field(layer, "region_id")
        if region is not None and len(layer.uniqueValues(layer.fields().indexOf(region))) > 1:
            keys, headers = ("region_id",) + tuple(keys), [tr("Region")] + list(headers)
        rows = read_rows(layer, tuple(keys) + ("region_id",) if "region_id" not in keys else keys, request)
        if locate is not None:
            # an internal cell id means nothing to a reader: the cell's centre and nearest named area instead
            from .report_findings import Places

            places = Places([self.inputs.get("PROTECTED_AREAS"), self.inputs.get("CONNECTIVITY_NODES")])
            transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
            for row, feature in zip(rows, layer.getFeatures(request)):
                geometry = feature.geometry()
                if geometry is not None and not geometry.isEmpty():
                    geometry.transform(transform)
                    row[locate] = places.describe(geometry.centroid().asPoint())
        if pairs:
            rows_and_values = [(row, as_number(f[sort_field]) if sort_field else None)
                               for row, f in zip(rows, layer.getFeatures(request))]
            rows_and_values = [(row, v) for row, v in rows_and_values if str(row.get("from")) != str(row.get("to"))]
            rows = [row for row, _ in rows_and_values]
            values = [v for _, v in rows_and_values]
        elif sort_field is not None:
            values = [as_number(f[sort_field]) for f in layer.getFeatures(request)]
        if sort_field is not None:
            paired = list(zip(values, rows))
            paired.sort(key=lambda p: (p[0] is None, p[0] if ascending else -(p[0] or 0)))
            rows = [row for _, row in paired]
        if pairs:
            seen, unique = set(), []
            for row in rows:
                key = (row.get("region_id"), tuple(sorted((str(row.get("from")), str(row.get("to"))))))
                if key not in seen:
                    seen.add(key)
                    unique.append(row)
            rows = unique
        digits = {"probability": 3, "dpc": 3, "dpc_intra": 3, "dpc_flux": 3, "dpc_connector": 3, "priority": 2}
        names = names or {}

        def cell(row, k):
            if k == "transboundary":
                return yes_no(row[k])
            if k in ("from", "to") and str(row[k]) in names:
                return names[str(row[k])]
            if k == "last_year" and as_number(row[k]) is not None:
                return str(int(as_number(row[k])))  # a year, not a quantity: no thousands separator
            return fmt(row[k], digits.get(k, 1))
        body = [[cell(row, k) for k in keys] for row in rows[:top]]
        note = tr("Top {shown} of {total}.").format(shown=len(body), total=len(rows)) if len(rows) > top else ""
        return Table(headers, body, note)

    def base_layers(self, grid=False, network=False, corridors=False):
        """Layers of a map, styled for print: borders, then the result layer, then PAs and records."""
        layers = []
        borders = borders_layer()
        if borders is not None:
            layers.append(borders)
        if grid and self.inputs.get("GAP_GRID") is not None:
            layers.append(self.styled_layer("GAP_GRID"))
        layers.append(self.styled_layer("PROTECTED_AREAS"))
        if network:
            layers.append(self.styled_layer("CONNECTIVITY_NODES"))
            layers.append(self.styled_layer("CONNECTIVITY_LINKS"))
        if corridors:
            layers.append(self.styled_layer("CORRIDORS"))
        if not (grid or network or corridors):
            layers.append(self.styled_layer("OCCURRENCES"))
        return [layer for layer in layers if layer is not None]

    @staticmethod
    def legend_name(key) -> str:
        return {"PROTECTED_AREAS": tr("Protected areas"), "OCCURRENCES": tr("Records"),
                "GAP_GRID": tr("Gap priority"), "CONNECTIVITY_NODES": tr("Protected areas by dPC"),
                "CONNECTIVITY_LINKS": tr("Links (probability)"), "CORRIDORS": tr("Corridors"),
                "SURVEY": tr("Survey gaps")}.get(key, key)

    def styled_layer(self, key):
        """A clone of the input with a print style (the user's own layer style is left untouched)."""
        if key in self.styled:
            return self.styled[key]
        source = self.inputs.get(key)
        if source is None or not source.isSpatial():
            return None
        if key == "OCCURRENCES":
            # A report leaves the partner network: sensitive species are drawn at their grid-cell centres,
            # as in every other export (Chapman 2020); counts and overlays still use the exact records.
            source = self.map_occurrences(source)
        layer = source.clone()
        layer.setName(self.legend_name(key))
        geometry = layer.geometryType()
        colours = {"PROTECTED_AREAS": ("46,125,50,110", "27,94,32"), "CONNECTIVITY_NODES": ("0,121,107,150", "0,77,64"),
                   "CORRIDORS": ("255,152,0,140", "230,81,0"), "GAP_GRID": ("255,255,255,0", "120,120,120")}
        if geometry == QgsWkbTypes.GeometryType.PointGeometry:
            symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "211,47,47", "size": "1.6",
                                                   "outline_color": "255,255,255", "outline_width": "0.1"})
        elif geometry == QgsWkbTypes.GeometryType.LineGeometry:
            colour = "230,81,0" if key == "CORRIDORS" else "21,101,192"
            symbol = QgsLineSymbol.createSimple({"color": colour, "width": "0.5"})
        else:
            fill, outline = colours.get(key, ("120,144,156,120", "55,71,79"))
            symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": "0.25"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        shipped = [Path(style_path(name)) for name in ALGORITHM_STYLES.get(key, ())]
        shipped = [path for path in shipped if path.exists()]
        if shipped:
            # The style the algorithm gives its output, so the report looks like the map in QGIS.
            _message, loaded = layer.loadNamedStyle(str(shipped[0]))
            if loaded:
                self.styled[key] = layer
                return layer
        if key == "GAP_GRID":
            priority = find_field(layer, "priority")
            if priority:
                renderer = QgsGraduatedSymbolRenderer(priority)
                renderer.setSourceSymbol(QgsFillSymbol.createSimple({"outline_style": "no"}))
                renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(255, 255, 204), QColor(189, 0, 38)))
                renderer.setClassificationMethod(QgsClassificationQuantile())
                renderer.updateClasses(layer, 5)
                layer.setRenderer(renderer)
        self.styled[key] = layer
        return layer


# Styles shipped by the algorithms for their outputs (resources/styles), tried before the print defaults.
ALGORITHM_STYLES = {"GAP_GRID": ("gap_priority.qml",), "CONNECTIVITY_NODES": ("connectivity_nodes.qml",),
                    "CONNECTIVITY_LINKS": ("connectivity_links.qml",),
                    "CORRIDORS": ("corridor_polygons.qml", "corridor_paths.qml")}

_BORDERS = {}


def borders_layer():
    if "layer" not in _BORDERS:
        from .borders import borders_layer as shipped

        try:
            layer = shipped("50m").clone()
        except ValueError:
            _BORDERS["layer"] = None
            return None
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "245,243,236", "outline_color": "110,110,110", "outline_width": "0.3",
             "outline_style": "dash"})))
        layer.setCustomProperty("corridor_legend", False)  # the base map needs no legend entry
        _BORDERS["layer"] = layer
    return _BORDERS["layer"]


def status_label(status, records_only=False) -> str:
    """The translated status; ``covered (records only)`` when the range is only the known occupied area."""
    base = str(status).lower().split(" (")[0].strip()
    labels = {"gap": tr("gap"), "partial": tr("partial"), "covered": tr("covered")}
    if records_only or "records only" in str(status).lower():
        labels = {"gap": tr("gap (records only)"), "partial": tr("partial (records only)"),
                  "covered": tr("covered (records only)")}
    return labels.get(base, fmt(status))


def yes_no(value) -> str:
    if value is None:
        return "–"
    return tr("yes") if str(value).lower() in ("1", "true", "yes", "t") else tr("no")


def transboundary_share(row):
    protconn, trans = as_number(row["protconn"]), as_number(row["protconn_trans"])
    if protconn is None or trans is None:
        return None
    # protconn_trans is a fraction of ProtConn in percent (Makurhini); values above 100 are not possible.
    return trans


# -- rendering ------------------------------------------------------------------------------------
def map_crs(extent_wgs84):
    """(CRS, extent in it) of a report map: Lambert azimuthal equal-area centred on the extent, so that
    the scale bar reads true kilometres and areas keep their proportions."""
    centre = extent_wgs84.center()
    crs = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={centre.y():.3f} +lon_0={centre.x():.3f} +datum=WGS84 +units=m +no_defs")
    transform = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
    return crs, transform.transformBoundingBox(extent_wgs84)


def fit_extent(extent, width, height):
    """``extent`` grown to the aspect ratio of the frame (maps keep their shape)."""
    extent = QgsRectangle(extent)
    ratio = width / float(height)
    if extent.width() / max(extent.height(), 1e-9) < ratio:
        grow = (extent.height() * ratio - extent.width()) / 2
        extent.setXMinimum(extent.xMinimum() - grow)
        extent.setXMaximum(extent.xMaximum() + grow)
    else:
        grow = (extent.width() / ratio - extent.height()) / 2
        extent.setYMinimum(extent.yMinimum() - grow)
        extent.setYMaximum(extent.yMaximum() + grow)
    return extent


HTML_STYLE = """
body { font-family: 'Noto Sans CJK SC', 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 2em auto;
       max-width: 60em; color: #222; }
h1 { color: #1b5e20; } h2 { color: #2e7d32; border-bottom: 1px solid #c8e6c9; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .6em 0; font-size: 90%; }
th { background: #e8f5e9; text-align: left; } th, td { border: 1px solid #ccc; padding: .25em .5em; }
.missing { color: #8d6e63; font-style: italic; } img { max-width: 100%; border: 1px solid #ccc; }
.note { color: #666; font-size: 85%; }
"""


def write_html(report: Report, path):
    parts = [f'<!DOCTYPE html><html lang="{report.language}"><head><meta charset="utf-8">',
             f"<title>{html.escape(report.title)}</title><style>{HTML_STYLE}</style></head><body>",
             f"<h1>{html.escape(report.title)}</h1><p>{html.escape(report.subtitle)}</p>"]
    for section in report.sections:
        parts.append(f'<section id="{section.key}"><h2>{html.escape(section.title)}</h2>')
        for paragraph in section.paragraphs:
            css = ' class="missing"' if not section.computed else ""
            parts.append(f"<p{css}>{html.escape(paragraph)}</p>")
        if section.map is not None and section.map.extent is not None and section.map.layers:
            from .report_layout import render_map_image

            png = base64.b64encode(render_map_image(section.map)).decode("ascii")
            parts.append(f'<img alt="{html.escape(section.title)}" src="data:image/png;base64,{png}">')
        if section.table is not None:
            rows = getattr(section, "full_rows", None) or section.table.rows
            parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in section.table.headers)
                         + "</tr>")
            for row in rows:
                parts.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>")
            parts.append("</table>")
            if section.table.note and not getattr(section, "full_rows", None):
                parts.append(f'<p class="note">{html.escape(section.table.note)}</p>')
        parts.append("</section>")
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
