"""Hand-worked graphs of 2-3 areas (squares in UTM metres, d50 = 1000 m, p = 0.5, so that
p_ij = 2^(-d_ij / 1000) and every expected value below is exact arithmetic)."""
import math

import pytest

from tests.builders.connectivity import box, layer_from_wkt


def p(d):
    return 2.0 ** (-d / 1000.0)


def region_layer(*wkts):
    rows = [(w, f"R{k + 1}") for k, w in enumerate(wkts)]
    return layer_from_wkt(rows, fields=(("code", "string"),))


@pytest.fixture()
def chain():
    """A (1 ha), B (4 ha), C (1 ha) in a row: gaps A-B 1000 m, B-C 2000 m, A-C 3200 m."""
    return layer_from_wkt([
        (box(0, 0, 100, 100), "A", "Alpha", "MNG"),
        (box(1100, 0, 1300, 200), "B", "Beta", "MNG"),
        (box(3300, 0, 3400, 100), "C", "Gamma", "MNG"),
    ])


def test_every_index_on_a_three_area_chain(chain, run_connectivity):
    region = region_layer(box(-1000, -1000, 5000, 1000))           # 6 km x 2 km = 1200 ha
    out = run_connectivity(INPUT=chain, REGIONS=region, REGION_FIELD="code", DISTANCES="1000",
                           DISTANCE_TYPE=0)
    (row,) = out["summary"]
    pcnum = 1 + 16 + 1 + 2 * (4 * p(1000) + 4 * p(2000) + p(1000) * p(2000))  # A-C best via B
    assert pcnum == pytest.approx(24.25)
    eca = math.sqrt(pcnum)
    assert row["region_id"] == "R1"
    assert row["pcnum"] == pytest.approx(pcnum, rel=1e-9)
    assert row["eca"] == pytest.approx(eca, rel=1e-9)
    assert row["pc"] == pytest.approx(pcnum / 1200 ** 2, rel=1e-9)
    assert row["prot"] == pytest.approx(100 * 6 / 1200, rel=1e-9)
    assert row["protconn"] == pytest.approx(100 * eca / 1200, rel=1e-9)
    assert row["protunconn"] == pytest.approx(0.5 - 100 * eca / 1200, rel=1e-9)
    assert row["relconn"] == pytest.approx(100 * (100 * eca / 1200) / 0.5, rel=1e-9)
    assert row["protconn_prot"] == pytest.approx(100 * math.sqrt(18) / eca, rel=1e-9)
    assert row["protconn_trans"] == 0
    assert row["protconn_unprot"] == pytest.approx(100 - 100 * math.sqrt(18) / eca, rel=1e-9)
    assert row["protconn_within"] == pytest.approx(100 * math.sqrt(18) / eca, rel=1e-9)
    assert row["protconn_contig"] == pytest.approx(0, abs=1e-9)
    # one region part holding every area: perfect design would connect all 6 ha
    assert row["protconn_design"] == pytest.approx(100 * (6 - eca) / 1200, rel=1e-9)
    assert row["protconn_bound"] == pytest.approx(0.5 - 100 * (6 - eca) / 1200, rel=1e-9)
    assert (row["nodes"], row["links"], row["components"]) == (3, 3, 1)

    nodes = {n["pa_id"]: n for n in out["nodes"]}
    b = nodes["B"]
    assert b["dpc_intra"] == pytest.approx(100 * 16 / pcnum, rel=1e-9)
    assert b["dpc_flux"] == pytest.approx(100 * 2 * (4 * p(1000) + 4 * p(2000)) / pcnum, rel=1e-9)
    assert b["dpc_connector"] == pytest.approx(100 * 2 * (p(3000) - p(3200)) / pcnum, rel=1e-7)
    without_b = 2 + 2 * p(3200)
    assert b["dpc"] == pytest.approx(100 * (pcnum - without_b) / pcnum, rel=1e-7)
    assert b["rank"] == 1
    a = nodes["A"]
    assert a["dpc_connector"] == pytest.approx(0, abs=1e-12)
    assert a["dpc"] == pytest.approx(100 * (pcnum - (16 + 1 + 2 * 4 * p(2000))) / pcnum, rel=1e-9)

    links = {(lk["from_id"], lk["to_id"]): lk for lk in out["links"]}
    assert links[("A", "B")]["distance_m"] == pytest.approx(1000)
    assert links[("A", "B")]["probability"] == pytest.approx(0.5)
    assert links[("A", "C")]["distance_m"] == pytest.approx(3200)
    assert links[("A", "B")]["_geometry"].length() == pytest.approx(1000)
    assert not links[("A", "B")]["transboundary"]
    assert out["clusters"] == []


def test_foreign_stepping_stone_gives_trans(run_connectivity):
    """A and C in two parts of a Mongolian region; B in China between them is their only good link."""
    areas = layer_from_wkt([
        (box(0, 0, 100, 100), "A", "Alpha", "MNG"),
        (box(600, 0, 1700, 100), "B", "Border reserve", "CHN"),
        (box(2200, 0, 2300, 100), "C", "Gamma", "MNG"),
    ])
    region = region_layer(
        "MULTIPOLYGON(((-400 -400,500 -400,500 500,-400 500,-400 -400)),"
        "((1800 -400,2700 -400,2700 500,1800 500,1800 -400)))")        # 2 x 81 ha
    out = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000", DISTANCE_TYPE=0,
                           TRANSBOUNDARY=1000, TRANSBOUNDARY_TYPE=1)
    (row,) = out["summary"]
    with_b = 1 + 1 + 2 * p(500) * p(500)          # A-B-C, p* = 0.5
    without_b = 1 + 1 + 2 * p(2100)
    eca, eca_n = math.sqrt(with_b), math.sqrt(without_b)
    assert row["eca"] == pytest.approx(eca, rel=1e-9)
    assert row["prot"] == pytest.approx(100 * 2 / 162, rel=1e-9)
    assert row["protconn_trans"] == pytest.approx(100 * (eca - eca_n) / eca, rel=1e-9)
    assert row["protconn_trans"] > 5
    assert row["protconn_prot"] == pytest.approx(100 * math.sqrt(2) / eca, rel=1e-9)
    assert row["protconn_unprot"] == pytest.approx(100 - row["protconn_prot"] - row["protconn_trans"], rel=1e-9)
    # region parts as hubs: A -1- part1 -(100 m)- B -(100 m)- part2 -1- C
    eca_bound = math.sqrt(2 + 2 * p(100) * p(100))
    assert row["protconn_design"] == pytest.approx(100 * (eca_bound - eca) / 162, rel=1e-9)
    assert row["components_transboundary"] == 1
    nodes = {n["pa_id"]: n for n in out["nodes"]}
    stone = nodes["B"]
    assert not stone["in_region"] and stone["attribute_ha"] == 0 and stone["country"] == "CHN"
    assert stone["dpc_intra"] == 0 and stone["dpc_flux"] == 0
    assert stone["dpc_connector"] == pytest.approx(100 * 2 * (0.5 - p(2100)) / with_b, rel=1e-9)
    link = next(lk for lk in out["links"] if {lk["from_id"], lk["to_id"]} == {"A", "B"})
    assert link["transboundary"] and link["country_pair"] == "CHN-MNG"
    (cluster,) = out["clusters"]
    assert cluster["countries"] == "CHN,MNG" and cluster["nodes"] == 3
    assert cluster["eca"] == pytest.approx(eca, rel=1e-9)


def test_barrier_halves_a_link(run_connectivity):
    areas = layer_from_wkt([(box(0, 0, 100, 100), "A", "", "MNG"), (box(1100, 0, 1200, 100), "B", "", "MNG")])
    region = region_layer(box(-1000, -1000, 3000, 1000))
    fence = layer_from_wkt([("LINESTRING(600 -500, 600 500)", "railway")], geometry="LineString",
                           fields=(("kind", "string"),))
    free = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000")
    fenced = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000", BARRIERS=fence, PERMEABILITY=0.5)
    assert free["summary"][0]["pcnum"] == pytest.approx(1 + 1 + 2 * 0.5)
    assert fenced["summary"][0]["pcnum"] == pytest.approx(1 + 1 + 2 * 0.25)
    (link,) = fenced["links"]
    assert link["crosses_barrier"] and link["probability"] == pytest.approx(0.25)
    assert not free["links"][0]["crosses_barrier"]


def test_overlapping_areas_split_prot_into_within_and_contig(run_connectivity):
    areas = layer_from_wkt([(box(0, 0, 200, 100), "A1", "", "MNG"), (box(100, 0, 300, 100), "A2", "", "MNG")])
    region = region_layer(box(-1000, -1000, 3000, 1000))
    out = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000")
    (row,) = out["summary"]
    assert row["nodes"] == 1 and row["eca"] == pytest.approx(3.0)          # dissolved: one 3 ha node
    assert row["protconn_prot"] == pytest.approx(100.0)
    assert row["protconn_within"] == pytest.approx(100 * math.sqrt(8) * math.sqrt(3 / 4) / 3)
    assert row["protconn_contig"] == pytest.approx(100 - row["protconn_within"])


def test_region_without_areas_gives_zeros_and_a_message(chain, run_connectivity):
    regions = region_layer(box(-1000, -1000, 5000, 1000), box(50000, 50000, 60000, 60000))
    out = run_connectivity(INPUT=chain, REGIONS=regions, REGION_FIELD="code", DISTANCES="1000,2000")
    rows = {(r["region_id"], r["d50_m"]): r for r in out["summary"]}
    assert len(rows) == 4
    for d50 in (1000.0, 2000.0):
        empty = rows[("R2", d50)]
        assert empty["nodes"] == 0 and empty["eca"] == 0 and empty["protconn"] == 0 and empty["prot"] == 0
        assert rows[("R1", d50)]["nodes"] == 3
    assert rows[("R1", 2000.0)]["eca"] > rows[("R1", 1000.0)]["eca"]
    assert any("R2" in w and "no protected area" in w for w in out["warnings"])


def test_bad_distances_are_refused(chain, run_connectivity):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="DISTANCES"):
        run_connectivity(INPUT=chain, REGIONS=region_layer(box(0, 0, 10, 10)), DISTANCES="ten km")


def test_centroid_of_the_largest_part_or_point_on_surface(qgis_app):
    from qgis.core import QgsGeometry

    from corridor_plugin.core.connectivity.network import centroid_point

    u_shape = QgsGeometry.fromWkt("POLYGON((0 0,300 0,300 300,200 300,200 100,100 100,100 300,0 300,0 0))")
    point = centroid_point(u_shape)
    assert not u_shape.centroid().within(u_shape)
    assert u_shape.contains(QgsGeometry.fromPointXY(point))
    two = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((100 0,300 0,300 200,100 200,100 0)))")
    assert (centroid_point(two).x(), centroid_point(two).y()) == (200.0, 100.0)


def test_minimum_probability_drops_weak_links_but_keeps_best_paths(chain, run_connectivity):
    region = region_layer(box(-1000, -1000, 5000, 1000))
    out = run_connectivity(INPUT=chain, REGIONS=region, DISTANCES="1000", MIN_PROBABILITY=0.2)
    (row,) = out["summary"]
    assert row["links"] == 2                                  # A-C (p = 0.109) is dropped
    assert row["pcnum"] == pytest.approx(24.25)               # its best path runs through B anyway
    assert {frozenset((lk["from_id"], lk["to_id"])) for lk in out["links"]} == {frozenset("AB"), frozenset("BC")}


def test_geographic_input_is_projected_to_equal_area(run_connectivity):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    # the chain on UTM 49N's central meridian at 45 deg N (scale 0.9996), then in longitude/latitude
    x0, y0 = 500_000, 4_983_000
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32649"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def geographic(x_min, y_min, x_max, y_max):
        g = QgsGeometry.fromWkt(box(x0 + x_min, y0 + y_min, x0 + x_max, y0 + y_max)).densifyByCount(20)
        g.transform(to_wgs84)
        return g.asWkt()

    areas = layer_from_wkt([(geographic(0, 0, 100, 100), "A", "", "MNG"),
                            (geographic(1100, 0, 1300, 200), "B", "", "MNG"),
                            (geographic(3300, 0, 3400, 100), "C", "", "MNG")], crs="EPSG:4326")
    region = layer_from_wkt([(geographic(-1000, -1000, 5000, 1000), "R1")], crs="EPSG:4326",
                            fields=(("code", "string"),))
    out = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000")
    (row,) = out["summary"]
    assert row["pcnum"] == pytest.approx(24.25, rel=3e-3)
    assert row["region_area_ha"] == pytest.approx(1200, rel=2e-3)


def test_styles_load_and_classify_the_output_fields(qgis_app):
    from qgis.core import QgsVectorLayer

    from corridor_plugin.toolbelt.paths import style_path

    for geometry, field, qml in (("LineString", "probability", "connectivity_links.qml"),
                                 ("MultiPolygon", "dpc", "connectivity_nodes.qml")):
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32649&field={field}:double", "styled", "memory")
        _message, ok = layer.loadNamedStyle(style_path(qml))
        assert ok
        assert layer.renderer().type() == "graduatedSymbol"
        assert layer.renderer().classAttribute() == field


def test_transboundary_buffer_around_the_areas_clips_the_stepping_stone(run_connectivity):
    """Type `nodes`: the buffer (1000 m) is drawn around A and C, not the region, so the Chinese
    reserve B (x 600-1700) is clipped to x 600-1100 and 1200-1700: two stepping stones 100 m apart."""
    areas = layer_from_wkt([
        (box(0, 0, 100, 100), "A", "Alpha", "MNG"),
        (box(600, 0, 1700, 100), "B", "Border reserve", "CHN"),
        (box(2200, 0, 2300, 100), "C", "Gamma", "MNG"),
    ])
    region = region_layer(
        "MULTIPOLYGON(((-400 -400,500 -400,500 500,-400 500,-400 -400)),"
        "((1800 -400,2700 -400,2700 500,1800 500,1800 -400)))")
    out = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000", TRANSBOUNDARY=1000,
                           TRANSBOUNDARY_TYPE=0)
    (row,) = out["summary"]
    assert row["nodes"] == 4
    assert row["eca"] == pytest.approx(math.sqrt(2 + 2 * p(500) * p(100) * p(500)), rel=1e-9)
    stones = [n for n in out["nodes"] if not n["in_region"]]
    assert sorted(round(n["area_ha"], 6) for n in stones) == [5.0, 5.0]


def test_checklist_dispersal_distances_add_d50_per_species(chain, run_connectivity, shared_data):
    from qgis.core import QgsVectorLayer

    checklist = QgsVectorLayer(str(shared_data / "corridor_checklist.csv"), "checklist", "ogr")
    assert checklist.isValid()
    published = {}
    for feature in checklist.getFeatures():
        try:
            km = float(feature["dispersal_km"])
        except (TypeError, ValueError):
            continue
        published.setdefault(km * 1000, []).append(feature["scientific_name_accepted"])
    assert len(published) >= 5
    region = region_layer(box(-1000, -1000, 5000, 1000))
    out = run_connectivity(INPUT=chain, REGIONS=region, DISTANCES="1000", CHECKLIST=checklist,
                           OUTPUT_NODES=None, OUTPUT_LINKS=None, OUTPUT_CLUSTERS=None)
    rows = {r["d50_m"]: r for r in out["summary"]}
    assert set(rows) == {1000.0} | set(published)
    assert rows[1000.0]["species"] in ("", None)
    for d50, names in published.items():
        assert rows[d50]["species"] == "; ".join(names)
    # longer dispersal: connectivity can only grow
    ecas = [rows[d]["eca"] for d in sorted(rows)]
    assert ecas == sorted(ecas)


def test_overlapping_areas_are_one_node_that_keeps_every_member(run_connectivity):
    # Daursky (RUS) and a Mongolian area overlap across no border here: one node, both names and ids
    areas = layer_from_wkt([(box(0, 0, 200, 100), "D1", "Daursky", "RUS"),
                            (box(100, 0, 300, 100), "M2", "Mongol Daguur", "MNG"),
                            (box(1300, 0, 1400, 100), "C3", "Gamma", "MNG")])
    region = region_layer(box(-1000, -1000, 3000, 1000))
    out = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000")
    nodes = {n["pa_id"]: n for n in out["nodes"]}
    assert set(nodes) == {"D1", "C3"}                          # D1 has the larger share (equal: first id)
    merged = nodes["D1"]
    assert merged["members"] == 2 and set(merged["member_ids"].split(";")) == {"D1", "M2"}
    assert "Daursky" in merged["name"] and "Mongol Daguur" in merged["name"]
    assert merged["country"] == "MNG;RUS"
    (link,) = out["links"]
    # {MNG, RUS} vs {MNG}: the sets differ → transboundary; the pair lists each code once
    assert link["transboundary"] and link["country_pair"] == "MNG-RUS"


def test_transboundary_compares_country_sets_not_strings(qgis_app):
    from corridor_plugin.core.connectivity import network as nw

    assert nw.iso3_set("MNG;RUS") == nw.iso3_set("rus, MNG") == frozenset({"MNG", "RUS"})
    assert not nw.countries_differ("MNG;RUS", "RUS;MNG")
    assert not nw.countries_differ("MNG", "MNG ")
    assert nw.countries_differ("MNG", "MNG;RUS")
    assert not nw.countries_differ("", "MNG")                # unknown country: not claimed transboundary


def test_no_link_from_an_area_to_itself(run_connectivity):
    # one area across the region's border: its inside part and its stepping-stone part touch (0 m, p = 1)
    areas = layer_from_wkt([(box(-200, 0, 200, 100), "X", "Across", "MNG;RUS"),
                            (box(-1500, 0, -1400, 100), "Y", "Neighbour", "MNG")])
    region = region_layer(box(-3000, -1000, 0, 1000))
    out = run_connectivity(INPUT=areas, REGIONS=region, DISTANCES="1000", TRANSBOUNDARY=1000)
    nodes = out["nodes"]
    assert sorted(n["pa_id"] for n in nodes) == ["X", "X", "Y"]     # the area's two pieces are nodes
    assert out["links"], "the area-to-neighbour link is kept"
    for link in out["links"]:
        assert link["from_id"] != link["to_id"]
        assert link["distance_m"] > 0
    # the contiguity still counts in the indices: the stepping-stone piece is reached at p = 1
    (row,) = out["summary"]
    assert row["links"] >= len(out["links"])


def test_dpc_that_fits_nowhere_is_refused_with_what_to_change(chain, run_connectivity, monkeypatch):
    """No memory share and a full temporary disk: the run stops before the trees are built and
    names the parameters that shrink the problem."""
    from qgis.core import QgsProcessingException

    from corridor_plugin.core.connectivity import graph

    monkeypatch.setattr(graph, "MEMORY_SHARE", 0.0)
    monkeypatch.setattr(graph.shutil, "disk_usage", lambda _path: type("usage", (), {"free": 0})())
    with pytest.raises(QgsProcessingException, match="NODE_IMPORTANCE"):
        run_connectivity(INPUT=chain, REGIONS=region_layer(box(-1000, -1000, 10000, 10000)), DISTANCES="1000")
