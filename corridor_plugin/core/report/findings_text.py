"""The sentences of the report's first pages, written from :class:`.findings.Findings`: the summary,
the ranked actions and the limitations. A sentence appears only when a layer supports it."""
from typing import List

from ...toolbelt.i18n import tr
from ..connectivity.network import iso3_set
from ..ranges import MIN_RECORDS_CRITERION_B, THREATENED
from .findings import BIAS_RATIO, FEW_AREAS, THREAT_WEIGHT, TOP_PER_KIND, Action
from .formatting import as_number, fmt, is_true, percent_text, share_text


# -- summary ----------------------------------------------------------------------------------------------
def _records_sentence(findings):
    rows = findings.builder.rows("OCCURRENCES", ("scientificName", "institutionCode", "country_iso3"))
    countries = sorted(set().union(*(iso3_set(r["country_iso3"]) for r in rows))) if rows else []
    return tr("The baseline holds {records} records of {species} species from {partners} partners in "
              "{countries}.").format(records=fmt(len(rows)),
                                     species=fmt(len({r["scientificName"] for r in rows if r["scientificName"]})),
                                     partners=fmt(len({r["institutionCode"] for r in rows if r["institutionCode"]})),
                                     countries=", ".join(countries) or "–")


def _species_sentences(findings):
    species = findings.species
    gaps = [r for r in species if r["base"] == "gap"]
    partial = [r for r in species if r["base"] == "partial"]
    threatened_short = [r for r in gaps + partial if r["category"] in THREATENED]
    text = tr("{gap} of {total} species have no protected part of their range and {partial} are below "
              "their representation target.").format(gap=len(gaps), total=len(species), partial=len(partial))
    if threatened_short:
        text += " " + tr("Threatened species among them: {names}.").format(names=", ".join(
            f"{findings.builder.label_species(r['scientificName'])} [{r['category']}]" for r in threatened_short[:6]))
    out = [text]
    only = [r for r in species if r["records_only"]]
    if only:
        records_share, area_share = findings.sampling_bias()
        text = tr("For {n} of {total} species the range is only their known occupied area (cells with "
                  "records), not a range map: their protected shares say where they were recorded, not how "
                  "much of their range is protected.").format(n=len(only), total=len(species))
        if records_share is not None and area_share is not None:
            text += " " + tr("{records}% of the records lie inside protected areas, which cover {area}% "
                             "of the analysed cells.").format(records=share_text(records_share),
                                                              area=share_text(area_share))
        out.append(text)
    return out


def _connectivity_sentence(findings):
    rows, d50 = findings.rows_at_shortest_d50("CONNECTIVITY_SUMMARY", ("region_id", "prot", "protconn",
                                                                       "protconn_trans"))
    counts = findings.nodes_per_region()
    parts = []
    for row in sorted(rows, key=lambda r: str(r["region_id"])):
        text = tr("{region}: {prot}% protected, {protconn}% protected and connected").format(
            region=row["region_id"], prot=percent_text(row["prot"]), protconn=percent_text(row["protconn"]))
        trans = as_number(row["protconn_trans"])
        if trans:
            text += tr(" ({trans}% of it only through areas across the border)").format(trans=percent_text(trans))
        count = counts.get(str(row["region_id"]))
        if count is not None and count < FEW_AREAS:
            text += tr(", from {n} protected areas only").format(n=count)
        parts.append(text)
    if not parts:
        return None
    distance = tr(" at a median dispersal distance of {km} km").format(km=fmt((d50 or 0) / 1000.0)) if d50 else ""
    return tr("Connectivity per country{distance}: {parts}.").format(distance=distance, parts="; ".join(parts))


def _network_sentences(findings):
    out = []
    links, _ = findings.transboundary_links()
    if links:
        best = links[0]
        out.append(tr("{n} links cross a border; the strongest joins {a} and {b} ({countries}, {km} km apart, "
                      "probability {p}).").format(n=len(links), a=findings.area_name(best["from_id"]),
                                                  b=findings.area_name(best["to_id"]),
                                                  countries=best["country_pair"] or "–",
                                                  km=fmt((as_number(best["distance_m"]) or 0) / 1000.0),
                                                  p=fmt(best["probability"], 2)))
    nodes = findings.top_nodes()
    if nodes:
        out.append(tr("Areas whose loss would cost most connectivity: {areas}.").format(areas=", ".join(
            tr("{name} (dPC {dpc}%)").format(name=r["name"], dpc=percent_text(r["dpc"])) for r in nodes)))
    cells = findings.survey_cells()
    if cells:
        out.append(tr("Survey first at {place}.").format(place=cells[0][1]))
    corridors = findings.corridor_rows()
    if corridors:
        crossing = sum(1 for r in corridors if (as_number(r["barriers"]) or 0) > 0 or r["barrier_ids"])
        text = tr("{n} corridors were drawn, {crossing} of them across a barrier (fence, railway).").format(
            n=len(corridors), crossing=crossing)
        if findings.demonstration_corridors():
            text += " " + tr("They rest on a demonstration resistance raster: they show the method, not where "
                             "animals move.")
        out.append(text)
    return out


def summary_paragraphs(findings) -> List[str]:
    out = []
    if findings.inputs.get("OCCURRENCES") is not None:
        out.append(_records_sentence(findings))
    if findings.species:
        out.extend(_species_sentences(findings))
    if findings.inputs.get("CONNECTIVITY_SUMMARY") is not None:
        sentence = _connectivity_sentence(findings)
        if sentence:
            out.append(sentence)
    out.extend(_network_sentences(findings))
    if not out:
        out.append(tr("No result layer was given: there is nothing to summarise yet."))
    return out


# -- actions ----------------------------------------------------------------------------------------------
def _species_actions(findings):
    short = [r for r in findings.species if r["base"] in ("gap", "partial")]
    short.sort(key=lambda r: -(THREAT_WEIGHT.get(r["category"], 1) * (as_number(r["shortfall"]) or 0)))
    for row in short[:TOP_PER_KIND]:
        evidence = tr("{protected}% of its range protected, target {target}%").format(
            protected=share_text(row["protected_share"]), target=share_text(row["target_share"]))
        if row["records_only"]:
            evidence += tr(" (records only: range not mapped)")
        yield Action(0, THREAT_WEIGHT.get(row["category"], 1) * (as_number(row["shortfall"]) or 0),
                     tr("Protect more of the range of {species}{category}").format(
                         species=findings.builder.label_species(row["scientificName"]),
                         category=f" [{row['category']}]" if row["category"] else ""),
                     ", ".join(sorted(iso3_set(row["countries"]))) or "–", evidence, tr("Gap analysis"))


def _link_actions(findings):
    links, _ = findings.transboundary_links()
    corridors = {frozenset((str(r["from_id"]), str(r["to_id"]))): r for r in findings.corridor_rows()}
    for row in links[:TOP_PER_KIND]:
        evidence = tr("probability {p} at {km} km").format(p=fmt(row["probability"], 2),
                                                         km=fmt((as_number(row["distance_m"]) or 0) / 1000.0))
        corridor = corridors.get(frozenset((str(row["from_id"]), str(row["to_id"]))))
        barriers = corridor["barrier_ids"] if corridor is not None else None
        if barriers:
            evidence += tr("; crosses {barriers}").format(barriers=barriers)
        elif is_true(row["crosses_barrier"]):
            evidence += tr("; crosses a barrier")
        source = tr("Connectivity") + (" · " + tr("Corridors") if corridor is not None else "")
        yield Action(1, as_number(row["probability"]) or 0,
                     tr("Secure the link between {a} and {b}").format(a=findings.area_name(row["from_id"]),
                                                                      b=findings.area_name(row["to_id"])),
                     str(row["country_pair"] or "–"), evidence, source)


def _area_and_survey_actions(findings):
    for row in findings.top_nodes():
        yield Action(2, as_number(row["dpc"]) or 0, tr("Keep and strengthen {area}").format(area=row["name"]),
                     ", ".join(sorted(iso3_set(row["country"]))) or str(row["region_id"] or "–"),
                     tr("dPC {dpc}%: connectivity lost if the area were lost").format(dpc=percent_text(row["dpc"])),
                     tr("Connectivity (dPC)"))
    for row, place in findings.survey_cells():
        missing = row["missing"] if row["missing"] is not None else row["expected"]
        evidence = tr("{n} expected species without a recent record").format(n=fmt(missing))
        if row["last_year"]:
            evidence += tr("; last record {year}").format(year=int(as_number(row["last_year"]) or 0))
        yield Action(3, as_number(row["score"]) or 0, tr("Survey this cell"), place, evidence, tr("Survey gaps"))


def actions(findings) -> List[Action]:
    found = [*_species_actions(findings), *_link_actions(findings), *_area_and_survey_actions(findings)]
    found.sort(key=lambda a: (a.kind, -a.score))
    return found


# -- limitations ------------------------------------------------------------------------------------------
def _record_limitations(findings):
    out = []
    per_species, per_partner = {}, {}
    for row in findings.builder.rows("OCCURRENCES", ("scientificName", "institutionCode")):
        if row["scientificName"]:
            per_species[row["scientificName"]] = per_species.get(row["scientificName"], 0) + 1
        partner = row["institutionCode"] or tr("unknown partner")
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
    return out


def _range_limitations(findings):
    mapped = [r for r in findings.species if not r["records_only"]]
    only = [r for r in findings.species if r["records_only"]]
    out = [tr("Ranges: {mapped} species from range maps, {only} from records only (known occupied "
              "area).").format(mapped=len(mapped), only=len(only))]
    records_share, area_share = findings.sampling_bias()
    if records_share is not None and area_share is not None:
        text = tr("{records}% of the records lie inside protected areas, which cover {area}% of the "
                  "analysed cells.").format(records=share_text(records_share), area=share_text(area_share))
        if records_share > BIAS_RATIO * area_share:
            text += " " + tr("Sampling is concentrated inside protected areas: protected shares of ranges "
                             "built from records are overstated.")
        out.append(text)
    return out


def _area_limitations(findings):
    out = []
    few_regions = sorted((n, r) for r, n in findings.nodes_per_region().items() if n < FEW_AREAS)
    if few_regions:
        out.append(tr("Connectivity of {regions} rests on fewer than {n} protected areas each: read it as an "
                      "indication for those areas, not as a national figure.").format(
            regions=", ".join(f"{r} ({n})" for n, r in few_regions), n=FEW_AREAS))
    misplaced = findings.misplaced_areas()
    if misplaced:
        out.append(tr("{n} protected areas lie mostly outside the country of their code: {areas}.").format(
            n=len(misplaced), areas=", ".join(f"{name} ({share_text(share)}%)" for name, share in misplaced[:8])))
    return out


def limitations(findings) -> List[str]:
    out = []
    if findings.inputs.get("OCCURRENCES") is not None:
        out.extend(_record_limitations(findings))
    if findings.species:
        out.extend(_range_limitations(findings))
    out.extend(_area_limitations(findings))
    if findings.demonstration_corridors():
        out.append(tr("Corridors were computed on a demonstration resistance raster: they show the method, not "
                      "where animals move. A real study derives resistance from land cover."))
    if findings.builder.language != "en":
        out.append(tr("This report was translated by machine and has not been reviewed by a native speaker; the "
                      "English report is the reference."))
    out.append(tr("Range size classes (criterion B) are for a regional assessment, not Red List categories."))
    return out
