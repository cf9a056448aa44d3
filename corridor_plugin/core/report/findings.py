"""What the result layers say, read once for the report's first pages: the summary, the recommended actions
and the limitations (no text is written unless a layer supports it).

Each action names the analysis it comes from, so a reader can trace it to its table further on.
Actions are ranked by kind (threatened species without enough protection first, then transboundary
links to secure, then areas whose loss would cost most connectivity, then cells to survey), and
within a kind by that analysis' own score.
"""
import math
from dataclasses import dataclass
from typing import Dict, List

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject

from ...toolbelt.i18n import tr
from .formatting import as_number, base_status, is_true, records_only
from .inputs import unique_values
from .maps import WGS84
from .model import Table
from .places import Places

# Per kind of action, how many the first page lists.
TOP_PER_KIND = 3
# A country figure resting on fewer areas than this is an indication, not a national figure.
FEW_AREAS = 10
# Sampling counts as concentrated in protected areas above this ratio of records share to area share.
BIAS_RATIO = 1.5
THREAT_WEIGHT = {"CR": 5, "EN": 4, "VU": 3, "NT": 2}
NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry


@dataclass
class Action:
    kind: int          # 0 species, 1 link, 2 area, 3 survey
    score: float
    action: str
    where: str
    evidence: str
    source: str


class Findings:
    """Reads the result layers once; :mod:`.findings_text` writes the summary, actions and limitations."""

    def __init__(self, builder):
        self.builder = builder
        self.inputs = builder.inputs
        self.species = self._gap_species()
        self.places = Places([self.inputs.get("PROTECTED_AREAS"), self.inputs.get("CONNECTIVITY_NODES")])
        self.area_names = self._area_names()

    def _gap_species(self):
        rows = self.builder.rows("GAP_SPECIES", (
            "scientificName", "iucnCategory", "status", "protected_share", "target_share", "shortfall", "range_km2",
            "records", "records_in_pa", "range_source", "countries"))
        for row in rows:
            row["base"] = base_status(row["status"])
            row["records_only"] = records_only(row)
            row["category"] = str(row["iucnCategory"] or "").strip().upper()
        return rows

    def _area_names(self) -> Dict[str, str]:
        """{pa_id: name} from the protected areas and the connectivity nodes."""
        names = {}
        for key in ("PROTECTED_AREAS", "CONNECTIVITY_NODES"):
            if self.inputs.get(key) is None or self.builder.field(key, "pa_id") is None:
                continue
            for row in self.builder.rows(key, ("pa_id", "name"), QgsFeatureRequest().setFlags(NO_GEOMETRY)):
                if row["pa_id"] is not None and row["name"]:
                    names.setdefault(str(row["pa_id"]), str(row["name"]))
        return names

    def area_name(self, pa_id) -> str:
        return self.area_names.get(str(pa_id), str(pa_id))

    def rows_at_shortest_d50(self, key, names, inside_only=False):
        """(rows, shortest d50) of a connectivity output, which repeats its rows per distance."""
        d50 = self.builder.field(key, "d50_m")
        values = [as_number(v) for v in unique_values(self.inputs[key], d50)]
        values = [v for v in values if v is not None]
        shortest = min(values) if values else None
        filters = [f'"{d50}" = {shortest}'] if shortest is not None else []
        inside = self.builder.field(key, "in_region") if inside_only else None
        if inside:
            filters.append(f'"{inside}"')
        request = QgsFeatureRequest()
        if filters:
            request.setFilterExpression(" AND ".join(filters))
        return self.builder.rows(key, names, request), shortest

    def nodes_per_region(self) -> Dict[str, int]:
        """Protected areas (nodes inside their region) per region at the shortest d50."""
        if self.inputs.get("CONNECTIVITY_NODES") is None or self.builder.field("CONNECTIVITY_NODES",
                                                                              "region_id") is None:
            return {}
        rows, _ = self.rows_at_shortest_d50("CONNECTIVITY_NODES", ("region_id", "members"), inside_only=True)
        counts = {}
        for row in rows:
            counts[str(row["region_id"])] = counts.get(str(row["region_id"]), 0) + int(row["members"] or 1)
        return counts

    def transboundary_links(self):
        """(links across a border, each pair once, strongest first; the d50 they were read at)."""
        if self.inputs.get("CONNECTIVITY_LINKS") is None:
            return [], None
        rows, d50 = self.rows_at_shortest_d50("CONNECTIVITY_LINKS", (
            "from_id", "to_id", "country_pair", "distance_m", "probability", "transboundary", "crosses_barrier"))
        seen, out = set(), []
        for row in rows:
            if str(row["from_id"]) == str(row["to_id"]):
                continue  # an area with itself: not a link to secure
            if not is_true(row["transboundary"]):
                continue
            key = frozenset((str(row["from_id"]), str(row["to_id"])))
            if key in seen:
                continue
            seen.add(key)
            out.append(row)
        out.sort(key=lambda r: -(as_number(r["probability"]) or 0))
        return out, d50

    def corridor_rows(self):
        return self.builder.rows("CORRIDORS", ("from_id", "to_id", "barrier_ids", "barriers", "cost_dist",
                                               "countries", "demo_raster"))

    def demonstration_corridors(self) -> bool:
        return any(is_true(r["demo_raster"]) for r in self.corridor_rows())

    def sampling_bias(self):
        """(share of records inside protected areas, share of the analysed area protected) or Nones."""
        records = sum(as_number(r["records"]) or 0 for r in self.species)
        inside = [(as_number(r["records_in_pa"])) for r in self.species]
        records_share = sum(v for v in inside if v is not None) / records if records and any(
            v is not None for v in inside) else None
        area_share = None
        if self.builder.field("GAP_GRID", "pa_share") is not None:
            values = [as_number(r["pa_share"]) for r in self.builder.rows(
                "GAP_GRID", ("pa_share",), QgsFeatureRequest().setFlags(NO_GEOMETRY))]
            values = [v for v in values if v is not None]
            area_share = sum(values) / len(values) if values else None
        return records_share, area_share

    def survey_cells(self):
        """Top survey cells by rank: (row, location text)."""
        layer = self.inputs.get("SURVEY")
        if layer is None or not layer.isSpatial():
            return []
        rows = self.builder.rows("SURVEY", ("rank", "score", "missing", "threatened_missing", "expected",
                                            "last_year"))
        transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        cells = []
        for row, feature in zip(rows, layer.getFeatures(QgsFeatureRequest())):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            cells.append((row, geometry.centroid().asPoint()))
        cells.sort(key=lambda c: as_number(c[0]["rank"]) if as_number(c[0]["rank"]) is not None else math.inf)
        return [(row, self.places.describe(point)) for row, point in cells[:TOP_PER_KIND]]

    def top_nodes(self):
        if self.inputs.get("CONNECTIVITY_NODES") is None:
            return []
        rows, _ = self.rows_at_shortest_d50("CONNECTIVITY_NODES", ("name", "country", "dpc", "region_id"),
                                            inside_only=True)
        rows.sort(key=lambda r: -(as_number(r["dpc"]) or 0))
        return [r for r in rows if (as_number(r["dpc"]) or 0) > 0][:TOP_PER_KIND]

    def misplaced_areas(self):
        """Protected areas with less than half their outline in the country of their code: (name, share)."""
        if self.inputs.get("PROTECTED_AREAS") is None or self.builder.field("PROTECTED_AREAS",
                                                                           "country_share") is None:
            return []
        rows = self.builder.rows("PROTECTED_AREAS", ("name", "country_share"),
                                 QgsFeatureRequest().setFlags(NO_GEOMETRY))
        return [(r["name"], r["country_share"]) for r in rows
                if as_number(r["country_share"]) is not None and as_number(r["country_share"]) < 0.5]

    # -- texts (see findings_text) ---------------------------------------------------------------------------
    def summary_paragraphs(self) -> List[str]:
        from .findings_text import summary_paragraphs

        return summary_paragraphs(self)

    def actions(self) -> List[Action]:
        from .findings_text import actions

        return actions(self)

    def limitations(self) -> List[str]:
        from .findings_text import limitations

        return limitations(self)


def actions_table(actions: List[Action]) -> Table:
    return Table([tr("#"), tr("Action"), tr("Where"), tr("Evidence"), tr("Analysis")],
                 [[str(k + 1), a.action, a.where, a.evidence, a.source] for k, a in enumerate(actions)])
