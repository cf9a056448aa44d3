"""The first pages of the action-plan report: what the data say, the recommended actions and the
limitations, all computed from the result layers (no text is written unless a layer supports it).

Each action names the analysis it comes from, so a reader can trace it to its table further on.
Actions are ranked by kind (threatened species without enough protection first, then transboundary
links to secure, then areas whose loss would cost most connectivity, then cells to survey), and
within a kind by that analysis' own score.
"""
import math
from dataclasses import dataclass
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSpatialIndex,
)

from ..toolbelt.i18n import tr
from .connectivity.network import iso3_set
from .ranges import MIN_RECORDS_CRITERION_B, THREATENED

# Per kind of action, how many the first page lists.
TOP_PER_KIND = 3
# A country figure resting on fewer areas than this is an indication, not a national figure.
FEW_AREAS = 10
# Sampling counts as concentrated in protected areas above this ratio of records share to area share.
BIAS_RATIO = 1.5
THREAT_WEIGHT = {"CR": 5, "EN": 4, "VU": 3, "NT": 2}


@dataclass
class Action:
    kind: int          # 0 species, 1 link, 2 area, 3 survey
    score: float
    action: str
    where: str
    evidence: str
    source: str


def base_status(status) -> str:
    """``covered (records only)`` → ``covered``."""
    return str(status or "").lower().split(" (")[0].strip()


def records_only(row) -> bool:
    """A gap-analysis row whose range is only the known occupied area (cells holding records)."""
    status = str(row.get("status") or "").lower()
    if "records only" in status:
        return True
    source = str(row.get("range_source") or "").lower()
    return "occupied" in source and "polygon" not in source


def share_text(value) -> str:
    """A share (0–1) as a percentage with sensible digits: ``< 0.01``, ``0.12``, ``3.4``, ``56``."""
    from .report import as_number

    number = as_number(value)
    if number is None:
        return "–"
    percent = 100.0 * number
    if percent == 0:
        return "0"
    if abs(percent) < 0.01:
        return "< 0.01"
    if abs(percent) < 1:
        return f"{percent:.2f}"
    if abs(percent) < 10 or 99 < abs(percent) < 100:   # 99.6 % is not "100": it may miss a 100 % target
        return f"{percent:.1f}"
    return f"{percent:.0f}"


def percent_text(value) -> str:
    """A value already in percent."""
    from .report import as_number

    number = as_number(value)
    return "–" if number is None else share_text(number / 100.0)


def degrees_text(point: QgsPointXY) -> str:
    lat, lon = point.y(), point.x()
    return "{lat:.2f}° {ns}, {lon:.2f}° {ew}".format(lat=abs(lat), ns="N" if lat >= 0 else "S", lon=abs(lon),
                                                      ew="E" if lon >= 0 else "W")


class Places:
    """Named protected areas (WGS 84) to say where a cell lies: "12 km from Dalai Lake"."""

    def __init__(self, layers):
        from .report import WGS84, find_field

        self.geometries, self.names = [], []
        self.index = QgsSpatialIndex()
        for layer in layers:
            name_field = find_field(layer, "name")
            if layer is None or name_field is None or not layer.isSpatial():
                continue
            transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
            for feature in layer.getFeatures(QgsFeatureRequest()):
                name = feature[name_field]
                geometry = QgsGeometry(feature.geometry())
                if not name or geometry.isEmpty():
                    continue
                try:
                    geometry.transform(transform)
                except Exception:  # noqa: BLE001 - a feature that cannot be placed names nothing
                    continue
                self.index.addFeature(len(self.geometries), geometry.boundingBox())
                self.geometries.append(geometry)
                self.names.append(str(name))
            if self.geometries:
                break  # the first layer with named areas is enough
        self.measure = QgsDistanceArea()
        self.measure.setEllipsoid("WGS84")

    def describe(self, point: QgsPointXY) -> str:
        where = degrees_text(point)
        if not self.geometries:
            return where
        nearest = self.index.nearestNeighbor(point, 3)
        best = None
        here = QgsGeometry.fromPointXY(point)
        for n in nearest:
            if self.geometries[n].contains(here):
                return tr("{coordinates}, in {area}").format(coordinates=where, area=self.names[n])
            line = self.geometries[n].shortestLine(here)
            points = line.asPolyline()
            km = self.measure.measureLine(points[0], points[-1]) / 1000.0 if len(points) >= 2 else 0.0
            if best is None or km < best[0]:
                best = (km, self.names[n])
        if best is None:
            return where
        return tr("{coordinates}, {km} km from {area}").format(coordinates=where, km=f"{best[0]:.0f}", area=best[1])


class Findings:
    """Reads the result layers once and writes the summary, the actions and the limitations."""

    def __init__(self, builder):
        from .report import WGS84

        self.builder = builder
        self.inputs = builder.inputs
        self.wgs84 = WGS84
        self.species = self._gap_species()
        self.places = Places([self.inputs.get("PROTECTED_AREAS"), self.inputs.get("CONNECTIVITY_NODES")])
        self.area_names = self._area_names()

    # -- reading ---------------------------------------------------------------------------------
    def _gap_species(self):
        from .report import read_rows

        layer = self.inputs.get("GAP_SPECIES")
        if layer is None:
            return []
        rows = read_rows(layer, ("species", "iucn", "status", "protected_share", "target_share", "shortfall",
                                 "range_km2", "records", "records_in_pa", "range_source", "species_countries"))
        for row in rows:
            row["base"] = base_status(row["status"])
            row["records_only"] = records_only(row)
            row["category"] = str(row["iucn"] or "").strip().upper()
        return rows

    def _area_names(self) -> Dict[str, str]:
        """{pa_id: name} from the protected areas and the connectivity nodes."""
        from .report import find_field

        names = {}
        for key in ("PROTECTED_AREAS", "CONNECTIVITY_NODES"):
            layer = self.inputs.get(key)
            id_field, name_field = find_field(layer, "pa_id"), find_field(layer, "name")
            if layer is None or id_field is None or name_field is None:
                continue
            for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
                if feature[id_field] is not None and feature[name_field]:
                    names.setdefault(str(feature[id_field]), str(feature[name_field]))
        return names

    def area_name(self, pa_id) -> str:
        return self.area_names.get(str(pa_id), str(pa_id))

    def _shortest_d50(self, layer):
        from .report import as_number, find_field

        d50 = find_field(layer, "d50_m")
        if d50 is None:
            return None, None
        values = [as_number(v) for v in layer.uniqueValues(layer.fields().indexOf(d50))]
        values = [v for v in values if v is not None]
        return (d50, min(values)) if values else (d50, None)

    def _rows_at_shortest_d50(self, layer, keys, extra_filter=""):
        from .report import read_rows

        d50, shortest = self._shortest_d50(layer)
        filters = [f'"{d50}" = {shortest}'] if shortest is not None else []
        if extra_filter:
            filters.append(extra_filter)
        request = QgsFeatureRequest()
        if filters:
            request.setFilterExpression(" AND ".join(filters))
        return read_rows(layer, keys, request), shortest

    def nodes_per_region(self) -> Dict[str, int]:
        """Protected areas (nodes inside their region) per region at the shortest d50."""
        from .report import find_field

        layer = self.inputs.get("CONNECTIVITY_NODES")
        if layer is None or find_field(layer, "region_id") is None:
            return {}
        inside = find_field(layer, "in_region")
        rows, _ = self._rows_at_shortest_d50(layer, ("region_id", "members"), f'"{inside}"' if inside else "")
        counts = {}
        for row in rows:
            members = row.get("members")
            counts[str(row["region_id"])] = counts.get(str(row["region_id"]), 0) + int(members or 1)
        return counts

    def transboundary_links(self):
        from .report import as_number, find_field, read_rows

        layer = self.inputs.get("CONNECTIVITY_LINKS")
        if layer is None:
            return [], None
        rows, d50 = self._rows_at_shortest_d50(layer, ("from", "to", "country_pair", "distance", "probability",
                                                      "transboundary", "crosses_barrier"))
        if find_field(layer, "d50_m") is None:
            rows = read_rows(layer, ("from", "to", "country_pair", "distance", "probability", "transboundary",
                                     "crosses_barrier"))
        seen, out = set(), []
        for row in rows:
            if str(row["from"]) == str(row["to"]):
                continue  # an area with itself: not a link to secure
            if str(row["transboundary"]).lower() not in ("1", "true", "yes", "t"):
                continue
            key = frozenset((str(row["from"]), str(row["to"])))
            if key in seen:
                continue
            seen.add(key)
            out.append(row)
        out.sort(key=lambda r: -(as_number(r["probability"]) or 0))
        return out, d50

    def corridor_rows(self):
        from .report import read_rows

        layer = self.inputs.get("CORRIDORS")
        if layer is None:
            return []
        return read_rows(layer, ("from", "to", "barrier_ids", "barriers", "cost_dist", "countries", "demo_raster"))

    def demonstration_corridors(self) -> bool:
        return any(str(r["demo_raster"]).lower() in ("1", "true", "yes", "t") for r in self.corridor_rows())

    def sampling_bias(self):
        """(share of records inside protected areas, share of the analysed area protected) or Nones."""
        from .report import as_number, find_field

        records = sum(as_number(r["records"]) or 0 for r in self.species)
        inside = [(as_number(r["records_in_pa"])) for r in self.species]
        records_share = sum(v for v in inside if v is not None) / records if records and any(
            v is not None for v in inside) else None
        grid = self.inputs.get("GAP_GRID")
        area_share = None
        share_field = find_field(grid, "pa_share")
        if grid is not None and share_field is not None:
            values = [as_number(f[share_field]) for f in grid.getFeatures(
                QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))]
            values = [v for v in values if v is not None]
            area_share = sum(values) / len(values) if values else None
        return records_share, area_share

    def survey_cells(self):
        """Top survey cells: (row, location text)."""
        from .report import as_number, find_field, read_rows

        layer = self.inputs.get("SURVEY")
        if layer is None or not layer.isSpatial():
            return []
        key = find_field(layer, "priority")
        rank = find_field(layer, "rank")
        rows = read_rows(layer, ("rank", "priority", "missing", "threatened_missing", "richness", "last_year"))
        features = list(layer.getFeatures(QgsFeatureRequest()))
        transform = QgsCoordinateTransform(layer.crs(), self.wgs84, QgsProject.instance())
        cells = []
        for row, feature in zip(rows, features):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            cells.append((row, geometry.centroid().asPoint()))
        if rank is not None:
            cells.sort(key=lambda c: as_number(c[0]["rank"]) if as_number(c[0]["rank"]) is not None else math.inf)
        elif key is not None:
            cells.sort(key=lambda c: -(as_number(c[0]["priority"]) or 0))
        return [(row, self.places.describe(point)) for row, point in cells[:TOP_PER_KIND]]

    def top_nodes(self):
        from .report import as_number, find_field

        layer = self.inputs.get("CONNECTIVITY_NODES")
        if layer is None or find_field(layer, "dpc") is None:
            return []
        inside = find_field(layer, "in_region")
        rows, _ = self._rows_at_shortest_d50(layer, ("name", "country", "dpc", "region_id"),
                                            f'"{inside}"' if inside else "")
        rows.sort(key=lambda r: -(as_number(r["dpc"]) or 0))
        return [r for r in rows if (as_number(r["dpc"]) or 0) > 0][:TOP_PER_KIND]

    # -- sections ---------------------------------------------------------------------------------
    def summary_paragraphs(self) -> List[str]:
        from .report import as_number, fmt, read_rows

        out = []
        occ = self.inputs.get("OCCURRENCES")
        if occ is not None:
            rows = read_rows(occ, ("species", "partner", "country"))
            countries = sorted(set().union(*(iso3_set(r["country"]) for r in rows))) if rows else []
            out.append(tr("The baseline holds {records} records of {species} species from {partners} partners in "
                          "{countries}.").format(records=fmt(len(rows)),
                                                 species=fmt(len({r["species"] for r in rows if r["species"]})),
                                                 partners=fmt(len({r["partner"] for r in rows if r["partner"]})),
                                                 countries=", ".join(countries) or "–"))
        if self.species:
            gaps = [r for r in self.species if r["base"] == "gap"]
            partial = [r for r in self.species if r["base"] == "partial"]
            threatened_short = [r for r in gaps + partial if r["category"] in THREATENED]
            text = tr("{gap} of {total} species have no protected part of their range and {partial} are below "
                      "their representation target.").format(gap=len(gaps), total=len(self.species),
                                                             partial=len(partial))
            if threatened_short:
                text += " " + tr("Threatened species among them: {names}.").format(names=", ".join(
                    f"{self.builder.label_species(r['species'])} [{r['category']}]" for r in threatened_short[:6]))
            out.append(text)
            only = [r for r in self.species if r["records_only"]]
            if only:
                records_share, area_share = self.sampling_bias()
                text = tr("For {n} of {total} species the range is only their known occupied area (cells with "
                          "records), not a range map: their protected shares say where they were recorded, not how "
                          "much of their range is protected.").format(n=len(only), total=len(self.species))
                if records_share is not None and area_share is not None:
                    text += " " + tr("{records}% of the records lie inside protected areas, which cover {area}% "
                                     "of the analysed cells.").format(records=share_text(records_share),
                                                                      area=share_text(area_share))
                out.append(text)
        summary = self.inputs.get("CONNECTIVITY_SUMMARY")
        if summary is not None:
            rows, d50 = self._rows_at_shortest_d50(summary, ("region_id", "prot", "protconn", "protconn_trans"))
            counts = self.nodes_per_region()
            parts = []
            for row in sorted(rows, key=lambda r: str(r["region_id"])):
                text = tr("{region}: {prot}% protected, {protconn}% protected and connected").format(
                    region=row["region_id"], prot=percent_text(row["prot"]), protconn=percent_text(row["protconn"]))
                trans = as_number(row["protconn_trans"])
                if trans:
                    text += tr(" ({trans}% of it only through areas across the border)").format(
                        trans=percent_text(trans))
                count = counts.get(str(row["region_id"]))
                if count is not None and count < FEW_AREAS:
                    text += tr(", from {n} protected areas only").format(n=count)
                parts.append(text)
            if parts:
                distance = tr(" at a median dispersal distance of {km} km").format(km=fmt((d50 or 0) / 1000.0)) \
                    if d50 else ""
                out.append(tr("Connectivity per country{distance}: {parts}.").format(distance=distance,
                                                                                    parts="; ".join(parts)))
        links, _ = self.transboundary_links()
        if links:
            best = links[0]
            out.append(tr("{n} links cross a border; the strongest joins {a} and {b} ({countries}, {km} km apart, "
                          "probability {p}).").format(n=len(links), a=self.area_name(best["from"]),
                                                      b=self.area_name(best["to"]),
                                                      countries=best["country_pair"] or "–",
                                                      km=fmt((as_number(best["distance"]) or 0) / 1000.0),
                                                      p=fmt(best["probability"], 2)))
        nodes = self.top_nodes()
        if nodes:
            out.append(tr("Areas whose loss would cost most connectivity: {areas}.").format(areas=", ".join(
                tr("{name} (dPC {dpc}%)").format(name=r["name"], dpc=percent_text(r["dpc"])) for r in nodes)))
        cells = self.survey_cells()
        if cells:
            out.append(tr("Survey first at {place}.").format(place=cells[0][1]))
        corridors = self.corridor_rows()
        if corridors:
            crossing = sum(1 for r in corridors if (as_number(r["barriers"]) or 0) > 0 or r["barrier_ids"])
            text = tr("{n} corridors were drawn, {crossing} of them across a barrier (fence, railway).").format(
                n=len(corridors), crossing=crossing)
            if self.demonstration_corridors():
                text += " " + tr("They rest on a demonstration resistance raster: they show the method, not where "
                                 "animals move.")
            out.append(text)
        if not out:
            out.append(tr("No result layer was given: there is nothing to summarise yet."))
        return out

    def actions(self) -> List[Action]:
        from .report import as_number, fmt

        actions = []
        short = [r for r in self.species if r["base"] in ("gap", "partial")]
        short.sort(key=lambda r: -(THREAT_WEIGHT.get(r["category"], 1) * (as_number(r["shortfall"]) or 0)))
        for row in short[:TOP_PER_KIND]:
            evidence = tr("{protected}% of its range protected, target {target}%").format(
                protected=share_text(row["protected_share"]), target=share_text(row["target_share"]))
            if row["records_only"]:
                evidence += tr(" (records only: range not mapped)")
            actions.append(Action(0, THREAT_WEIGHT.get(row["category"], 1) * (as_number(row["shortfall"]) or 0),
                                  tr("Protect more of the range of {species}{category}").format(
                                      species=self.builder.label_species(row["species"]),
                                      category=f" [{row['category']}]" if row["category"] else ""),
                                  ", ".join(sorted(iso3_set(row["species_countries"]))) or "–", evidence,
                                  tr("Gap analysis")))
        links, d50 = self.transboundary_links()
        corridors = {frozenset((str(r["from"]), str(r["to"]))): r for r in self.corridor_rows()}
        for row in links[:TOP_PER_KIND]:
            evidence = tr("probability {p} at {km} km").format(p=fmt(row["probability"], 2),
                                                             km=fmt((as_number(row["distance"]) or 0) / 1000.0))
            corridor = corridors.get(frozenset((str(row["from"]), str(row["to"]))))
            barriers = corridor["barrier_ids"] if corridor is not None else None
            if barriers:
                evidence += tr("; crosses {barriers}").format(barriers=barriers)
            elif str(row["crosses_barrier"]).lower() in ("1", "true", "yes", "t"):
                evidence += tr("; crosses a barrier")
            source = tr("Connectivity") + (" · " + tr("Corridors") if corridor is not None else "")
            actions.append(Action(1, as_number(row["probability"]) or 0,
                                  tr("Secure the link between {a} and {b}").format(a=self.area_name(row["from"]),
                                                                                   b=self.area_name(row["to"])),
                                  str(row["country_pair"] or "–"), evidence, source))
        for row in self.top_nodes():
            actions.append(Action(2, as_number(row["dpc"]) or 0,
                                  tr("Keep and strengthen {area}").format(area=row["name"]),
                                  ", ".join(sorted(iso3_set(row["country"]))) or str(row["region_id"] or "–"),
                                  tr("dPC {dpc}%: connectivity lost if the area were lost").format(
                                      dpc=percent_text(row["dpc"])), tr("Connectivity (dPC)")))
        for row, place in self.survey_cells():
            missing = row["missing"] if row["missing"] is not None else row["richness"]
            evidence = tr("{n} expected species without a recent record").format(n=fmt(missing))
            if row["last_year"]:
                evidence += tr("; last record {year}").format(year=int(as_number(row["last_year"]) or 0))
            actions.append(Action(3, as_number(row["priority"]) or 0, tr("Survey this cell"), place, evidence,
                                  tr("Survey gaps")))
        actions.sort(key=lambda a: (a.kind, -a.score))
        return actions

    def limitations(self) -> List[str]:
        from .report import as_number, find_field, read_rows

        out = []
        occ = self.inputs.get("OCCURRENCES")
        if occ is not None:
            rows = read_rows(occ, ("species", "partner"))
            per_species, per_partner = {}, {}
            for row in rows:
                if row["species"]:
                    per_species[row["species"]] = per_species.get(row["species"], 0) + 1
                partner = row["partner"] or tr("unknown partner")
                per_partner[partner] = per_partner.get(partner, 0) + 1
            few = sorted((n, s) for s, n in per_species.items() if n < MIN_RECORDS_CRITERION_B)
            if few:
                out.append(tr("{n} of {total} species have fewer than {minimum} records (too few for range size "
                              "classes): {names}.").format(
                    n=len(few), total=len(per_species), minimum=MIN_RECORDS_CRITERION_B,
                    names=", ".join(f"{s} ({n})" for n, s in few[:12]) + (" …" if len(few) > 12 else "")))
            if per_partner:
                out.append(tr("Records per partner: {partners}.").format(partners=", ".join(
                    f"{p} {n}" for p, n in sorted(per_partner.items(), key=lambda kv: -kv[1]))))
        if self.species:
            mapped = [r["species"] for r in self.species if not r["records_only"]]
            only = [r for r in self.species if r["records_only"]]
            out.append(tr("Ranges: {mapped} species from range maps, {only} from records only (known occupied "
                          "area).").format(mapped=len(mapped), only=len(only)))
            records_share, area_share = self.sampling_bias()
            if records_share is not None and area_share is not None:
                text = tr("{records}% of the records lie inside protected areas, which cover {area}% of the "
                          "analysed cells.").format(records=share_text(records_share), area=share_text(area_share))
                if records_share > BIAS_RATIO * area_share:
                    text += " " + tr("Sampling is concentrated inside protected areas: protected shares of ranges "
                                     "built from records are overstated.")
                out.append(text)
        counts = self.nodes_per_region()
        few_regions = sorted((n, r) for r, n in counts.items() if n < FEW_AREAS)
        if few_regions:
            out.append(tr("Connectivity of {regions} rests on fewer than {n} protected areas each: read it as an "
                          "indication for those areas, not as a national figure.").format(
                regions=", ".join(f"{r} ({n})" for n, r in few_regions), n=FEW_AREAS))
        areas = self.inputs.get("PROTECTED_AREAS")
        share_field = find_field(areas, "country_share")
        if areas is not None and share_field is not None:
            name_field = find_field(areas, "name")
            misplaced = [f for f in areas.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))
                         if as_number(f[share_field]) is not None and as_number(f[share_field]) < 0.5]
            if misplaced:
                out.append(tr("{n} protected areas lie mostly outside the country of their code: {areas}.").format(
                    n=len(misplaced), areas=", ".join(
                        f"{f[name_field] if name_field else f.id()} ({share_text(f[share_field])}%)"
                        for f in misplaced[:8])))
        if self.demonstration_corridors():
            out.append(tr("Corridors were computed on a demonstration resistance raster: they show the method, not "
                          "where animals move. A real study derives resistance from land cover."))
        if self.builder.language != "en":
            out.append(tr("This report was translated by machine and has not been reviewed by a native speaker; the "
                          "English report is the reference."))
        out.append(tr("Range size classes (criterion B) are for a regional assessment, not Red List categories."))
        return out


def actions_table(actions: List[Action]):
    from .report import Table

    return Table([tr("#"), tr("Action"), tr("Where"), tr("Evidence"), tr("Analysis")],
                 [[str(k + 1), a.action, a.where, a.evidence, a.source] for k, a in enumerate(actions)])


def nearest_description(places: Optional[Places], point: QgsPointXY) -> str:
    return places.describe(point) if places is not None else degrees_text(point)
