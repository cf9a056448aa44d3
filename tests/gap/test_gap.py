"""Gap analysis: Rodrigues targets, protected shares of hand-placed species, gap-grid reconciliation,
survey gaps, and the two Processing algorithms end to end."""
import math

import numpy as np
import pytest

from corridor_plugin.core import gap, ranges
from tests.builders import gap as build

KM = 1000.0


# -- targets -------------------------------------------------------------------------------------
@pytest.mark.parametrize("range_km2,target", [
    (500, 1.0), (1000, 1.0), (15811, 0.55), (250_000, 0.1), (1_000_000, 0.1)])
def test_rodrigues_targets(range_km2, target):
    # 15,811 km² is the geometric midpoint of 1,000 and 250,000 (√(1000 × 250000) = 15,811.4): halfway
    # on log range between 100% and 10%, i.e. 55%
    assert gap.rodrigues_target(range_km2) == pytest.approx(target, abs=2e-5)


def test_target_cap_and_overrides():
    # cap 20,000 km² of target area: a 1,000,000 km² range keeps 2%, a 15,811 km² one its 55%
    capped = gap.rodrigues_target(np.array([1_000_000.0, 15811.0]), cap_km2=20_000)
    assert capped.tolist() == pytest.approx([0.02, 0.55], abs=2e-5)
    overrides = gap.parse_targets("Panthera uncia=0.5; en=60%\nCR = 1")
    assert overrides == {"Panthera uncia": 0.5, "EN": 0.6, "CR": 1.0}
    shares, sources = gap.resolve_targets(
        ["Panthera uncia", "Grus vipio", "Ovis ammon", "Lynx lynx"], np.array([500.0, 500_000, 500_000, 1e6]),
        {"Panthera uncia": "VU", "Grus vipio": "EN", "Ovis ammon": "NT"}, overrides, cap_km2=20_000)
    assert shares.tolist() == pytest.approx([0.5, 0.6, 0.04, 0.02])
    assert sources == ["species", "category EN", "Rodrigues 2004 (capped)", "Rodrigues 2004 (capped)"]
    for bad in ("x=2", "x", "=0.3", "x=abc"):
        with pytest.raises(ValueError):
            gap.parse_targets(bad)


# -- hand-placed species -------------------------------------------------------------------------
def xy_records(name, xy_km, **extra):
    xy = np.asarray(xy_km, float) * KM
    lon, lat = build.to_lonlat(xy[:, 0], xy[:, 1])
    return build.records_at(name, lon, lat, **extra)


def pa_layer():
    # PA 1: 100 × 100 km from the origin of the Dauria LAEA; PA 2 inside it (overlap counts once)
    return build.polygon_layer(
        [build.laea_square_lonlat(0, 0, 100 * KM), build.laea_square_lonlat(0, 0, 50 * KM)],
        [("PA1", "Big reserve", "MNG", True, 10000.0), ("PA2", "Core zone", "MNG", False, 2500.0)])


def occurrences():
    records = (xy_records("Inside sp", [(15, 15), (35, 35), (55, 55), (75, 75)], iucnCategory="EN",
                          citesAppendix="I", country_iso3="MNG", institutionCode="IB-MAS", year=2020)
               + xy_records("Half sp", [(85, 15), (95, 15), (105, 15), (115, 15)], iucnCategory="VU",
                            country_iso3="MNG", institutionCode="IB-MAS", year=2021)
               + xy_records("Half sp", [(115, 15)], iucnCategory="VU", country_iso3="CHN",
                            institutionCode="IOZ", year=2022)
               + xy_records("Out sp", [(205, 205), (215, 205), (225, 215)], iucnCategory="LC",
                            country_iso3="RUS", institutionCode="DAURSKY", year=2019)
               + xy_records("Out sp", [(20, 20)], iucnCategory="LC", occurrenceStatus="absent"))
    return records


def protected_areas(layer, proj=build.DAURIA):
    from qgis.core import QgsCoordinateTransform, QgsProject

    transform = QgsCoordinateTransform(layer.crs(), ranges.qgis_crs(proj), QgsProject.instance())
    wkbs, flags = [], []
    for f in layer.getFeatures():
        g = f.geometry()
        g.transform(transform)
        wkbs.append(bytes(g.asWkb()))
        flags.append(bool(f["is_transboundary"]))
    return gap.ProtectedAreas(wkbs, flags)


def run_core(grid_size_km=50.0, shape="square", ranges_wkb=None, **kwargs):
    occ = ranges.occurrences_from_source(build.occurrence_layer(occurrences()))
    analysis = gap.GapAnalysis(occ, protected_areas(pa_layer()), resolution_m=10 * KM, proj=build.DAURIA,
                               grid_shape=shape, grid_size_m=grid_size_km * KM, ranges=ranges_wkb, **kwargs)
    return occ, analysis.run()


def by_name(result):
    return {s.name: s for s in result.species}


def test_species_inside_half_inside_outside(qgis_app):
    occ, result = run_core()
    assert occ.skipped == {"absent": 1}
    table = by_name(result)
    inside, half, out = table["Inside sp"], table["Half sp"], table["Out sp"]
    assert (inside.range_km2, inside.protected_km2, inside.protected_share) == (400.0, 400.0, 1.0)
    assert (inside.target_share, inside.status, inside.cites) == (1.0, "covered", "I")
    assert (half.range_km2, half.protected_km2, half.protected_share) == (400.0, 200.0, 0.5)
    assert (half.status, half.shortfall, half.shortfall_km2) == ("partial", 0.5, 200.0)
    assert (out.range_km2, out.protected_km2, out.status, out.shortfall) == (300.0, 0.0, "gap", 1.0)
    # only PA 1 is transboundary: its area counts, PA 2 inside it adds nothing
    assert inside.transboundary_km2 == 400.0
    # Half sp is recorded in two countries; the shared cell (110–120 km) is outside the PA
    assert half.countries == "CHN;MNG" and half.transboundary
    assert half.by_country == "CHN: 100 km2, 0%; MNG: 400 km2, 50%"
    assert result.subdivision == 10


def test_gap_grid_reconciles_with_species_table(qgis_app):
    occ, result = run_core(grid_size_km=50.0)
    cells = result.cells
    table = result.species
    # every present record falls in one cell
    assert cells["records"].sum() == sum(s.records for s in table) == 12
    # species × 50-km cell pairs, counted independently from the records
    x, y = build.from_lonlat(occ.lon, occ.lat)
    pairs = {(occ.names[s], math.floor(a / 50000), math.floor(b / 50000)) for s, a, b in zip(occ.species, x, y)}
    assert cells["richness"].sum() == len(pairs) == 5
    status = {s.name: s.status for s in table}
    assert cells["gap_richness"].sum() == sum(1 for p in pairs if status[p[0]] == "gap")
    assert cells["partial_richness"].sum() == sum(1 for p in pairs if status[p[0]] == "partial")
    assert cells["threatened"].sum() == sum(1 for p in pairs if p[0] in ("Inside sp", "Half sp"))
    # the grid covers the whole PA union (10,000 km²): its protected km² add up to it
    assert cells["pa_km2"].sum() == pytest.approx(10_000.0)
    # priority: Half sp (VU, weight 3, shortfall 0.5) in the unprotected cell (2, 0); Out sp (LC, 1, 1)
    priority = {(int(i), int(j)): p for i, j, p in zip(cells["i"], cells["j"], cells["priority"])}
    share = {(int(i), int(j)): p for i, j, p in zip(cells["i"], cells["j"], cells["pa_share"])}
    assert share[(1, 0)] == 1.0 and priority[(1, 0)] == 0.0
    assert share[(2, 0)] == 0.0 and priority[(2, 0)] == pytest.approx(1.5)
    assert priority[(4, 4)] == pytest.approx(1.0)
    assert cells["partners"][np.nonzero((cells["i"] == 2) & (cells["j"] == 0))[0][0]] == 2


def test_gap_grid_at_range_resolution_adds_up_to_ranges(qgis_app):
    _, result = run_core(grid_size_km=10.0)
    assert result.cells["richness"].sum() * 100.0 == sum(s.range_km2 for s in result.species)


def test_hexagon_grid_counts_each_unit_once(qgis_app):
    occ, result = run_core(grid_size_km=30.0, shape="hexagon")
    grid = result.grid
    assert grid.cell_area == pytest.approx(900e6)
    # hexagon centres and indices are consistent: each centre maps back to its own cell
    ci, cj = result.cells["i"], result.cells["j"]
    cx, cy = grid.centre(ci, cj)
    back_i, back_j = grid.index(cx, cy)
    assert (back_i == ci).all() and (back_j == cj).all()
    # area of the drawn hexagon equals the square's
    ring = np.array(grid.ring(ci[0], cj[0]))
    area = 0.5 * abs(np.dot(ring[:-1, 0], ring[1:, 1]) - np.dot(ring[1:, 0], ring[:-1, 1]))
    assert area == pytest.approx(900e6)
    assert result.cells["records"].sum() == 12
    assert result.cells["pa_km2"].sum() == pytest.approx(10_000.0, rel=1e-9)


def test_user_range_polygon(qgis_app):
    from qgis.core import QgsGeometry, QgsPointXY

    ring = build.square_ring(50 * KM, 0, 200 * KM)
    geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(float(a), float(b)) for a, b in ring]])
    rect = QgsGeometry.fromPolygonXY([[QgsPointXY(a, b) for a, b in [(50e3, 0), (250e3, 0), (250e3, 100e3),
                                                                        (50e3, 100e3), (50e3, 0)]]])
    _, result = run_core(ranges_wkb={"Range sp": [bytes(rect.asWkb())]})
    sp = by_name(result)["Range sp"]
    assert geometry.area() == pytest.approx(40_000e6)
    assert sp.range_km2 == pytest.approx(20_000.0)
    assert sp.protected_km2 == pytest.approx(5_000.0)
    expected_target = 1 - 0.9 * (math.log10(20_000) - 3) / (math.log10(250_000) - 3)
    assert sp.target_share == pytest.approx(expected_target)
    assert sp.status == "partial" and sp.records == 0


def test_survey_gaps_find_unvisited_cells_in_the_hull(qgis_app):
    records = (xy_records("Wide sp", [(5, 5), (195, 5), (195, 195), (5, 195)], iucnCategory="EN", year=2020)
               + xy_records("Wide sp", [(75, 75)], iucnCategory="EN", year=1990))
    occ = ranges.occurrences_from_source(build.occurrence_layer(records))
    result = gap.GapAnalysis(occ, gap.ProtectedAreas([], []), resolution_m=10 * KM, proj=build.DAURIA,
                             grid_size_m=50 * KM, recent_years=10).run()
    survey = result.survey
    key = {(int(i), int(j)): k for k, (i, j) in enumerate(zip(result.cells["i"], result.cells["j"]))}
    # all 16 cells of the 200 km square lie inside the hull: the species is expected in each
    inner = [key[(i, j)] for i in range(4) for j in range(4)]
    assert all(survey["expected"][k] == 1 for k in inner)
    corners = [key[c] for c in [(0, 0), (3, 0), (0, 3), (3, 3)]]
    assert all(survey["missing"][k] == 0 and survey["score"][k] == 0 for k in corners)
    # (1, 1) has only a 1990 record: observed, but still missing recently; neighbours (0,0) have 1 record
    old = key[(1, 1)]
    assert survey["observed"][old] == 1 and survey["missing"][old] == 1 and survey["last_year"][old] == 1990
    assert survey["recent_records"][old] == 0
    assert survey["neighbour_mean"][old] == pytest.approx(1 / 8)
    # deficit (m + 1)/(m + r + 2) with r = 0, m = 1/8: 9/17; EN weight 4
    assert survey["deficit"][old] == pytest.approx((1 / 8 + 1) / (1 / 8 + 2))
    assert survey["score"][old] == pytest.approx(4.0 * (9 / 8) / (17 / 8))
    # an edge cell (1, 0): neighbours (0,0) with 1 recent record, 4 others empty → m = 1/5
    assert survey["neighbour_mean"][key[(1, 0)]] == pytest.approx(1 / 5)
    assert survey["score"][key[(1, 0)]] == pytest.approx(4.0 * 1.2 / 2.2)
    assert survey["threatened_missing"][key[(1, 0)]] == 1


def test_survey_deficit_lets_the_neighbours_count_for_an_empty_cell():
    # both cells have no recent record: the one among well-surveyed neighbours ranks higher
    deficit = gap.sampling_deficit([0, 0, 5, 0], [10.0, 0.0, 0.0, 0.0])
    assert deficit[0] == pytest.approx(11 / 12) and deficit[1] == pytest.approx(0.5)
    assert deficit[0] > deficit[1] > deficit[2] == pytest.approx(1 / 7)
    assert deficit[3] == deficit[1]


def test_records_only_status_and_sampling_bias(qgis_app):
    # the demo's failure: records from surveys inside the PA make a records-only range "covered"
    _, result = run_core()
    table = by_name(result)
    inside = table["Inside sp"]
    assert inside.status == "covered" and inside.reported_status == "covered (records only)"
    assert inside.records_only and inside.records_in_pa == 4
    # 6 of 12 records inside the PA union; the 50-km grid's cells: PA 10,000 km² of the grid's area
    assert result.records_in_pa_share == pytest.approx(6 / 12)
    grid_km2 = result.cells["pa_km2"].size * 2500.0
    assert result.area_protected_share == pytest.approx(10_000.0 / grid_km2)
    assert any("inside protected areas" in m for m in result.messages)


# -- the Processing algorithms ----------------------------------------------------------------------
def test_rangemetrics_algorithm(corridor_plugin):
    import processing
    from qgis.core import QgsDistanceArea

    lon, lat = build.to_lonlat(np.array([-50, 50, 50, -50, 0]) * KM, np.array([-50, -50, 50, 50, 0]) * KM)
    records = (build.records_at("Square sp", lon, lat, iucnCategory="VU", country_iso3="MNG",
                                institutionCode="IB-MAS", occurrenceStatus="present")
               + build.records_at("Pair sp", lon[:2], lat[:2])
               + build.records_at("Square sp", [120.0], [45.0], occurrenceStatus="absent"))
    out = processing.run("corridor:rangemetrics", {
        "INPUT": build.occurrence_layer(records), "CELL_SIZE": 2000, "GRID_SEARCH": False, "MIN_RECORDS": 0,
        "OUTPUT": "memory:", "OUTPUT_HULLS": "memory:", "OUTPUT_CELLS": "memory:"})
    rows = {f["scientificName"]: f for f in out["OUTPUT"].getFeatures()}
    square = rows["Square sp"]
    assert square["records"] == 5 and square["eoo_km2"] == pytest.approx(10_000.0, rel=1e-4)
    assert square["aoo_km2"] == 20.0 and square["b1_class"] == "VU" and square["b2_class"] == "EN"
    assert square["aoo_grid"] == "fixed origin"
    pair = rows["Pair sp"]
    assert pair["eoo_km2"] is None or str(pair["eoo_km2"]) == "NULL"
    assert pair["b1_class"] in (None, "NULL") or str(pair["b1_class"]) == "NULL"
    assert "3" in pair["eoo_note"]
    hulls = list(out["OUTPUT_HULLS"].getFeatures())
    assert len(hulls) == 1
    planar = QgsDistanceArea()   # the hull layer is in an equal-area CRS: its planar area is the EOO
    assert planar.measureArea(hulls[0].geometry()) / 1e6 == pytest.approx(10_000.0, rel=1e-3)
    assert out["OUTPUT_CELLS"].featureCount() == 5 + 2
    assert all("not a Red List category" in f["criterion_b_note"] for f in out["OUTPUT"].getFeatures())
    default = processing.run("corridor:rangemetrics", {"INPUT": build.occurrence_layer(records), "OUTPUT": "memory:"})
    classes = {f["scientificName"]: (f["b1_class"], f["b2_class"]) for f in default["OUTPUT"].getFeatures()}
    assert classes["Square sp"] == ("data insufficient", "data insufficient")   # 5 records < 15


def test_rangemetrics_rejects_layer_without_names(corridor_plugin):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "bad", "memory")
    with pytest.raises(QgsProcessingException, match="scientificName"):
        processing.run("corridor:rangemetrics", {"INPUT": layer, "OUTPUT": "memory:"})


def test_gapanalysis_algorithm(corridor_plugin):
    import processing
    from qgis.core import QgsProcessingException

    crs = ranges.qgis_crs(build.DAURIA)
    out = processing.run("corridor:gapanalysis", {
        "OCCURRENCES": build.occurrence_layer(occurrences()), "PROTECTED_AREAS": pa_layer(), "RESOLUTION": 10000,
        "TARGETS": "Out sp=0.2", "GRID_SHAPE": 0, "GRID_SIZE": 50000, "CRS": crs,
        "OUTPUT_SPECIES": "memory:", "OUTPUT_GRID": "memory:", "OUTPUT_SURVEY": "memory:"})
    rows = {f["scientificName"]: f for f in out["OUTPUT_SPECIES"].getFeatures()}
    # no range polygon: the "range" is the known occupied area and every status says so
    assert rows["Inside sp"]["status"] == "covered (records only)" and rows["Inside sp"]["protected_share"] == 1.0
    assert rows["Half sp"]["status"] == "partial (records only)" and rows["Half sp"]["protected_share"] == 0.5
    assert rows["Out sp"]["status"] == "gap (records only)" and rows["Out sp"]["target_share"] == 0.2
    assert rows["Inside sp"]["range_source"] == "known occupied area (records in 10 km cells)"
    # sampling-bias indicator: all 4 Inside sp records and 2 of the 5 Half sp records lie in the PA
    assert (rows["Inside sp"]["records_in_pa"], rows["Half sp"]["records_in_pa"],
            rows["Out sp"]["records_in_pa"]) == (4, 2, 0)
    assert rows["Out sp"]["target_source"] == "species"
    grid = list(out["OUTPUT_GRID"].getFeatures())
    assert sum(f["records"] for f in grid) == 12
    assert sum(f["pa_km2"] for f in grid) == pytest.approx(10_000.0)
    assert sum(f.geometry().area() for f in grid) == pytest.approx(len(grid) * 2500e6)
    survey = list(out["OUTPUT_SURVEY"].getFeatures())
    assert [f["rank"] for f in survey] == list(range(1, len(survey) + 1))
    assert all(a["score"] >= b["score"] for a, b in zip(survey, survey[1:]))
    assert all("range" in f["expected_means"] and "10 years" in f["expected_means"] for f in survey)
    with pytest.raises(QgsProcessingException, match="0.3"):
        processing.run("corridor:gapanalysis", {
            "OCCURRENCES": build.occurrence_layer(occurrences()), "PROTECTED_AREAS": pa_layer(),
            "TARGETS": "Out sp=3", "OUTPUT_SPECIES": "memory:"})


@pytest.mark.parametrize("name,kind,field", [
    ("gap_priority.qml", "graduatedSymbol", "priority"), ("survey_gaps.qml", "graduatedSymbol", "score"),
    ("range_hulls.qml", "categorizedSymbol", "b1_class")])
def test_styles_load(qgis_app, name, kind, field):
    from qgis.core import QgsVectorLayer

    from corridor_plugin.toolbelt.paths import style_path

    layer = QgsVectorLayer(f"Polygon?crs=EPSG:3035&field={field}:double", "styled", "memory")
    message, ok = layer.loadNamedStyle(style_path(name))
    assert ok, message
    assert layer.renderer().type() == kind
    assert layer.renderer().classAttribute() == field


def test_rangemetrics_grid_search_in_a_chosen_crs(corridor_plugin):
    import processing

    lon, lat = build.to_lonlat(np.array([1.5, 2.5, 1.5, 2.5]) * KM, np.array([1.5, 1.5, 2.5, 2.5]) * KM)
    layer = build.occurrence_layer(build.records_at("Shift sp", lon, lat))
    params = {"INPUT": layer, "CELL_SIZE": 2000, "CRS": ranges.qgis_crs(build.DAURIA), "MIN_RECORDS": 0,
              "OUTPUT": "memory:"}
    fixed = next(processing.run("corridor:rangemetrics", dict(params, GRID_SEARCH=False))["OUTPUT"].getFeatures())
    searched = next(processing.run("corridor:rangemetrics", dict(params, GRID_SEARCH=True, GRID_SHIFTS=2))[
        "OUTPUT"].getFeatures())
    assert (fixed["aoo_cells"], fixed["aoo_km2"], fixed["b2_class"]) == (4, 16.0, "EN")
    assert (searched["aoo_cells"], searched["aoo_km2"], searched["b2_class"]) == (1, 4.0, "CR")
    assert searched["aoo_grid"] == "minimum over 4 origins"


def test_gapanalysis_study_area_keeps_cells_overlapping_it(corridor_plugin):
    import processing

    area = build.polygon_layer([build.laea_square_lonlat(10 * KM, 10 * KM, 30 * KM),
                                build.laea_square_lonlat(60 * KM, 10 * KM, 30 * KM)], name="area")
    out = processing.run("corridor:gapanalysis", {
        "OCCURRENCES": build.occurrence_layer(occurrences()), "PROTECTED_AREAS": pa_layer(), "GRID_SIZE": 50000,
        "CRS": ranges.qgis_crs(build.DAURIA), "STUDY_AREA": area, "OUTPUT_SPECIES": "memory:",
        "OUTPUT_GRID": "memory:"})
    cells = sorted(f["cell_id"] for f in out["OUTPUT_GRID"].getFeatures())
    assert cells == ["s0_0", "s1_0"]


def test_gapanalysis_with_iucn_style_range_layer(corridor_plugin):
    import processing
    from qgis.PyQt.QtCore import QVariant

    ranges_layer = build.polygon_layer(
        [build.laea_square_lonlat(50 * KM, 0, 100 * KM), build.laea_square_lonlat(150 * KM, 0, 100 * KM)],
        [("Range sp", "EN"), ("Range sp", "EN")], name="ranges",
        fields=(("sci_name", QVariant.String), ("category", QVariant.String)))
    out = processing.run("corridor:gapanalysis", {
        "OCCURRENCES": build.occurrence_layer(occurrences()), "PROTECTED_AREAS": pa_layer(),
        "RANGES": ranges_layer, "GRID_SIZE": 50000, "CRS": ranges.qgis_crs(build.DAURIA),
        "OUTPUT_SPECIES": "memory:", "OUTPUT_GRID": "memory:"})
    rows = {f["scientificName"]: f for f in out["OUTPUT_SPECIES"].getFeatures()}
    sp = rows["Range sp"]
    assert sp["range_source"] == "range polygons" and sp["records"] == 0
    assert sp["range_km2"] == pytest.approx(20_000.0) and sp["protected_km2"] == pytest.approx(5_000.0)
    assert sp["iucnCategory"] == "EN" and sp["status"] == "partial"      # a real range: no caveat
    assert rows["Half sp"]["range_source"] == "known occupied area (records in 10 km cells)"
    assert rows["Half sp"]["status"] == "partial (records only)"
    # the range's 50-km cells (8 of them: 4 × 2) each count it once, and it is threatened
    grid = list(out["OUTPUT_GRID"].getFeatures())
    assert sum(f["threatened"] for f in grid) == 8 + 2 + 2   # Range sp + Inside sp (2 cells) + Half sp (2)
