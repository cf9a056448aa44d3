"""Sections of the report that present the analyses' results: gap species, gap grid, connectivity, the
most important areas and links, corridors and survey gaps (mixin of :class:`.builder.ReportBuilder`)."""
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject

from ...toolbelt.i18n import tr
from .formatting import as_number, base_status, fmt, records_only, status_label, transboundary_share, yes_no
from .inputs import CONTRACTS, unique_values
from .maps import WGS84
from .model import MapSpec, Section, Table, not_computed

# Decimals of a table column (1 unless listed).
DIGITS = {"probability": 3, "dpc": 3, "dpc_intra": 3, "dpc_flux": 3, "dpc_connector": 3, "priority": 2, "score": 2}
GAP_ORDER = {"gap": 0, "partial": 1, "covered": 2}


class ResultSections:
    def gap_species(self) -> Section:
        title = tr("Gap species")
        if self.inputs.get("GAP_SPECIES") is None:
            return not_computed("gap_species", title, tr("gap-analysis species table"))
        rows = self.rows("GAP_SPECIES", ("scientificName", "iucnCategory", "citesAppendix", "range_km2",
                                         "protected_share", "target_share", "shortfall", "status", "range_source"))
        rows.sort(key=lambda r: (GAP_ORDER.get(base_status(r["status"]), 3), -(as_number(r["shortfall"]) or 0)))
        counts = {}
        for row in rows:
            counts[base_status(row["status"])] = counts.get(base_status(row["status"]), 0) + 1
        paragraphs = [tr("{gap} species have no protected part of their range (gap), {partial} are below their "
                         "representation target (partial), {covered} meet it (covered).").format(
            gap=counts.get("gap", 0), partial=counts.get("partial", 0), covered=counts.get("covered", 0))]
        only = sum(1 for r in rows if records_only(r))
        if only:
            paragraphs.append(tr("{n} species have no range map: their area is the known occupied area (grid cells "
                                 "holding records) and their status ends in '(records only)'. Surveys inside "
                                 "protected areas make such ranges look protected.").format(n=only))
        # corridor:gapanalysis writes shares as fractions (0–1); percentages are accepted too.
        scale = {key: 100.0 if all((as_number(r[key]) or 0) <= 1.0 for r in rows) else 1.0
                 for key in ("protected_share", "target_share", "shortfall")}

        def cells(r):
            return [self.label_species(r["scientificName"]), fmt(r["iucnCategory"]), fmt(r["citesAppendix"]),
                    fmt(r["range_km2"], 0),
                    *(fmt(None if as_number(r[k]) is None else as_number(r[k]) * scale[k])
                      for k in ("protected_share", "target_share", "shortfall")),
                    status_label(r["status"], records_only(r))]

        table = Table([tr("Species"), tr("IUCN"), tr("CITES"), self._range_header(only, len(rows)),
                       tr("Protected %"), tr("Target %"), tr("Shortfall (points)"), tr("Status")],
                      [cells(r) for r in rows[:self.TOP * 2]])
        if len(rows) > self.TOP * 2:
            table.note = tr("{shown} of {total} species shown; the HTML report lists them all.").format(
                shown=self.TOP * 2, total=len(rows))
        section = Section("gap_species", title, paragraphs, table)
        section.full_rows = [cells(r) for r in rows]
        return section

    @staticmethod
    def _range_header(records_only_count, total) -> str:
        if not records_only_count:
            return tr("Range km²")
        if records_only_count == total:
            return tr("Known occupied area km²")
        return tr("Range or known occupied area km²")

    def gap_grid(self) -> Section:
        title = tr("Gap grid: priority cells")
        layer = self.inputs.get("GAP_GRID")
        if layer is None:
            return not_computed("gap_grid", title, tr("gap grid layer"))
        text = tr("{cells} grid cells; colour shows the priority score (summed target shortfall weighted by "
                  "threat, over the unprotected part of the cell).").format(cells=fmt(layer.featureCount()))
        return Section("gap_grid", title, [text],
                       map=MapSpec(self.base_layers(grid=True), self.extent(("GAP_GRID",))),
                       table=self.top_table("GAP_GRID", "priority", ("cell_id", "richness", "records", "priority"),
                                            [tr("Cell"), tr("Richness"), tr("Records"), tr("Priority")], top=10))

    def connectivity(self) -> Section:
        title = tr("Connectivity per country")
        if self.inputs.get("CONNECTIVITY_SUMMARY") is None:
            return not_computed("connectivity", title, tr("connectivity summary table"))
        from .findings import FEW_AREAS

        rows = self.rows("CONNECTIVITY_SUMMARY", ("region_id", "d50_m", "prot", "protconn", "protconn_trans",
                                                  "relconn", "eca"))
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
        if self.inputs.get("CONNECTIVITY_NODES") is None:
            return not_computed("top_areas", title, tr("connectivity nodes layer"))
        return Section("top_areas", title, [tr("Areas ranked by dPC, the loss of connectivity if the area were "
                                               "lost, split into its intra, flux and connector parts.")],
                       self.top_table("CONNECTIVITY_NODES", "dpc", ("name", "country", "dpc", "dpc_intra", "dpc_flux",
                                                                    "dpc_connector"),
                                      [tr("Area"), tr("Country"), tr("dPC"), tr("intra"), tr("flux"),
                                       tr("connector")], in_region=True),
                       map=MapSpec(self.base_layers(network=True), self.extent(("CONNECTIVITY_NODES",
                                                                                 "CONNECTIVITY_LINKS"))))

    def top_links(self) -> Section:
        title = tr("Strongest links")
        if self.inputs.get("CONNECTIVITY_LINKS") is None:
            return not_computed("top_links", title, tr("connectivity links layer"))
        return Section("top_links", title, [tr("Links between protected areas ranked by importance (dPC where "
                                               "computed, otherwise by probability).")],
                       self.top_table("CONNECTIVITY_LINKS", "probability",
                                      ("from_id", "to_id", "country_pair", "distance_m", "probability",
                                       "transboundary"),
                                      [tr("From"), tr("To"), tr("Countries"), tr("Distance (m)"), tr("Probability"),
                                       tr("Transboundary")], pairs=True, area_names=self.findings().area_names))

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
        if rows:
            rows.sort(key=lambda r: -(as_number(r["cost_dist"]) or 0))
            table = Table([tr("From"), tr("To"), tr("Countries"), tr("Cost distance"), tr("Barriers crossed")],
                          [[findings.area_name(r["from_id"]), findings.area_name(r["to_id"]), fmt(r["countries"]),
                            fmt(r["cost_dist"], 0), str(r["barrier_ids"] or "–")] for r in rows[:self.TOP]])
        return Section("corridors", title, paragraphs, table, map=MapSpec(
            self.base_layers(corridors=True), self.extent(("CORRIDORS", "PROTECTED_AREAS"))))

    def survey(self) -> Section:
        title = tr("Survey-gap priorities")
        layer = self.inputs.get("SURVEY")
        if layer is None:
            return not_computed("survey", title, tr("survey-gap layer"))
        paragraphs = [tr("Cells with few or old records relative to their neighbours and to the species expected "
                         "there: where to survey next.") + " " + tr("Each cell is given by its centre and the "
                                                                    "nearest protected area.")]
        values = [v for v in unique_values(layer, self.field("SURVEY", "expected_means")) if v]
        if values:
            paragraphs.append(str(values[0]))
        # corridor:gapanalysis ranks the cells by score (ties: more species missing first)
        table = self.top_table("SURVEY", "rank", ("rank", "cell_id", "observed", "expected", "last_year", "score"),
                               [tr("Rank"), tr("Location"), tr("Records"), tr("Expected species"),
                                tr("Last record"), tr("Priority")], ascending=True, locate="cell_id")
        return Section("survey", title, paragraphs, table)

    # -- ranked tables -------------------------------------------------------------------------------------
    def _optional_field(self, key, name):
        return self.field(key, name) if name in CONTRACTS[key].fields else None

    def _ranking_request(self, key, in_region):
        """Connectivity outputs repeat nodes and links per region and distance: rows at the shortest d50,
        nodes only inside their region (``in_region``)."""
        layer = self.inputs[key]
        filters = []
        d50 = self._optional_field(key, "d50_m")
        distances = [as_number(v) for v in unique_values(layer, d50) if as_number(v) is not None]
        if distances:
            filters.append(f'"{d50}" = {min(distances)}')
        inside = self._optional_field(key, "in_region") if in_region else None
        if inside is not None:
            filters.append(f'"{inside}"')
        request = QgsFeatureRequest()
        if filters:
            request.setFilterExpression(" AND ".join(filters))
        return request

    def _locate(self, key, rows, request, column):
        """Replace an internal cell id by the cell's centre and nearest named area: the id means nothing to a reader."""
        from .places import Places

        layer = self.inputs[key]
        places = Places([self.inputs.get("PROTECTED_AREAS"), self.inputs.get("CONNECTIVITY_NODES")])
        transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        for row, feature in zip(rows, layer.getFeatures(request)):
            geometry = feature.geometry()
            if geometry is not None and not geometry.isEmpty():
                geometry.transform(transform)
                row[column] = places.describe(geometry.centroid().asPoint())

    def top_table(self, key, sort_name, names, headers, top=None, ascending=False, in_region=False,
                  pairs=False, area_names=None, locate=None) -> Table:
        """The first rows of the input ``key`` by ``sort_name``; each link once (``pairs``); a Region column
        when there are several regions."""
        top = top or self.TOP
        layer = self.inputs[key]
        request = self._ranking_request(key, in_region)
        region = self._optional_field(key, "region_id")
        names, headers = tuple(names), list(headers)
        if region is not None and len(unique_values(layer, region)) > 1:
            names, headers = ("region_id",) + names, [tr("Region")] + headers
        extra = tuple(n for n in (sort_name, "region_id" if region else None) if n and n not in names)
        rows = self.rows(key, names + extra, request)
        if locate is not None:
            self._locate(key, rows, request, locate)
        if pairs:
            rows = [row for row in rows if str(row["from_id"]) != str(row["to_id"])]
        rows.sort(key=lambda r: (as_number(r[sort_name]) is None,
                                 as_number(r[sort_name]) if ascending else -(as_number(r[sort_name]) or 0)))
        if pairs:
            rows = _each_pair_once(rows)
        body = [[_cell(row, name, area_names or {}) for name in names] for row in rows[:top]]
        note = tr("Top {shown} of {total}.").format(shown=len(body), total=len(rows)) if len(rows) > top else ""
        return Table(headers, body, note)


def _each_pair_once(rows):
    seen, unique = set(), []
    for row in rows:
        key = (row.get("region_id"), tuple(sorted((str(row["from_id"]), str(row["to_id"])))))
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def _cell(row, name, area_names) -> str:
    value = row[name]
    if name == "transboundary":
        return yes_no(value)
    if name in ("from_id", "to_id") and str(value) in area_names:
        return area_names[str(value)]
    if name == "last_year" and as_number(value) is not None:
        return str(int(as_number(value)))  # a year, not a quantity: no thousands separator
    return fmt(value, DIGITS.get(name, 1))

