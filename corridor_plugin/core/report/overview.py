"""Sections of the report that describe the data: summary, actions, limitations, study area, sources,
the protected-areas map, methods and the data appendix (mixin of :class:`.builder.ReportBuilder`)."""
from ...toolbelt.i18n import tr
from ...toolbelt.paths import plugin_version
from ..connectivity.network import iso3_set
from .formatting import as_number, database_name, fmt, source_name
from .inputs import INPUT_KEYS, unique_values
from .model import MapSpec, Section, Table, not_computed

# The field holding the ISO alpha-3 country code(s) in each input that has one.
COUNTRY_FIELDS = {"PROTECTED_AREAS": "iso3", "OCCURRENCES": "country_iso3", "CONNECTIVITY_NODES": "country"}


class OverviewSections:
    def summary(self) -> Section:
        return Section("summary", tr("What the data say"), self.findings().summary_paragraphs())

    def recommended_actions(self) -> Section:
        from .findings import actions_table

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
        for key, name in COUNTRY_FIELDS.items():
            layer = self.inputs.get(key)
            # "MNG;RUS" is an area of two countries, not a country: each code counts once
            for value in unique_values(layer, self.field(key, name)):
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
        if self.inputs.get("OCCURRENCES") is None:
            return not_computed("data_sources", title, tr("occurrence layer"))
        groups = {}
        for row in self.rows("OCCURRENCES", ("institutionCode", "country_iso3", "scientificName", "year",
                                             "eventDate")):
            key = (row["institutionCode"] or tr("unknown partner"), row["country_iso3"] or "–")
            entry = groups.setdefault(key, {"records": 0, "species": set(), "years": []})
            entry["records"] += 1
            if row["scientificName"]:
                entry["species"].add(row["scientificName"])
            year = as_number(row["year"]) or as_number(str(row["eventDate"] or "")[:4])
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
        if pas is not None and self.field("PROTECTED_AREAS", "records") and self.field("PROTECTED_AREAS",
                                                                                       "richness"):
            # The areas layer of corridor:overlay: per-area figures.
            table = self.top_table("PROTECTED_AREAS", "records",
                                   ("name", "iso3", "records", "richness", "threatened", "cites"),
                                   [tr("Area"), tr("Country"), tr("Records"), tr("Species"), tr("Threatened"),
                                    tr("CITES species")])
        return Section("pa_map", title, paragraphs, table,
                       map=MapSpec(self.base_layers(), self.extent(("PROTECTED_AREAS", "OCCURRENCES"))))

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
