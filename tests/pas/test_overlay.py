"""corridor:overlay on hand-built layers (every figure worked out by hand), the GeoPackage fast
path against the generic path, and against native:joinattributesbylocation on random data."""
import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

from tests.builders.pas import (
    random_occurrence_columns,
    random_protected_areas,
    write_points_gpkg,
    write_polygons_gpkg,
)
from tests.pas.conftest import legacy_record

AREAS = [
    # A: 0..2 x 0..2 with a hole 0.5..1 x 0.5..1 ; B: 1..3 x 0..2 (overlaps A on 1..2) ; C: two parts
    ("MultiPolygon(((0 0,2 0,2 2,0 2,0 0),(0.5 0.5,1 0.5,1 1,0.5 1,0.5 0.5)))", legacy_record(1, "A")),
    ("MultiPolygon(((1 0,3 0,3 2,1 2,1 0)))", legacy_record(2, "B", ISO3="RUS")),
    ("MultiPolygon(((10 0,11 0,11 1,10 1,10 0)),((12 0,13 0,13 1,12 1,12 0)))", legacy_record(3, "C")),
]


def occ(i, x, y, species, partner, date, count=None, ab_max=None, iucn="LC", cites="", country="MNG"):
    return (f"Point({x} {y})", dict(occurrenceID=f"o{i}", scientificName=species, institutionCode=partner,
                                   eventDate=date, year=int(date[:4]), individualCount=count,
                                   abundanceMax=ab_max, iucnCategory=iucn, citesAppendix=cites,
                                   country_iso3=country))


POINTS = [
    occ(1, 0.25, 0.25, "Grus vipio", "P1", "2019-05-01", count=3, iucn="VU", cites="I"),       # A
    occ(2, 0.75, 0.75, "Grus vipio", "P1", "2020-05-01", count=4, iucn="VU", cites="I"),       # hole: none
    occ(3, 1.5, 1.0, "Otis tarda", "P2", "2021-06-01", count=2, iucn="VU", cites="II"),        # A and B
    occ(4, 0, 1, "Procapra gutturosa", "P2", "2018", ab_max=40.0),                              # A boundary
    occ(5, 3, 1, "Procapra gutturosa", "P3", "2022-07-01/2022-07-15", count=10, country="RUS"),  # B boundary
    occ(6, 12.5, 0.5, "Procapra gutturosa", "P1", "2017-01-02", count=1),                       # C part 2
    occ(7, 5, 5, "Otis tarda", "P1", "2016-01-01", count=1, iucn="VU", cites="II"),             # nowhere
    occ(8, 1, 0.75, "Grus vipio", "P3", "2020-08-01", count=5, iucn="VU", cites="I"),          # hole edge + B edge
    occ(9, 3.05, 1, "Grus vipio", "P1", "2015-01-01", count=1, iucn="VU", cites="I"),          # 5.6 km outside B
]


def run_overlay(occurrences, areas, tmp_path, buffer_km=0.0, to_files=False):
    """Outputs to memory layers, or (``to_files``) to GeoPackages, which takes the GDAL fast path."""
    import processing

    def out(name):
        return str(tmp_path / f"{name}.gpkg") if to_files else "TEMPORARY_OUTPUT"

    result = processing.run("corridor:overlay", {
        "OCCURRENCES": occurrences, "PROTECTED_AREAS": areas, "BUFFER": buffer_km,
        "OUTPUT_AREAS": out("areas"), "OUTPUT_SPECIES_AREAS": out("species_areas"),
        "OUTPUT_SPECIES": out("species"), "OUTPUT_OCCURRENCES": out("occurrences")})
    as_layer = {k: (v if isinstance(v, QgsVectorLayer) else QgsVectorLayer(v, k, "ogr")) for k, v in result.items()}
    return as_layer


def rows(layer, key):
    return {f[key]: {n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()}


def test_overlay_figures_by_hand(corridor_plugin, tmp_path, legacy_layer, occurrence_layer):
    out = run_overlay(occurrence_layer(POINTS), legacy_layer(AREAS), tmp_path, buffer_km=10)
    areas = rows(out["OUTPUT_AREAS"], "WDPA_PID")
    # A: points 1, 3, 4, 8 (8 on the hole's edge) -> species vipio, tarda, gutturosa
    assert {k: areas["1"][k] for k in ("records", "richness", "threatened", "cites", "partners",
                                       "first_year", "last_year", "years_covered", "last_survey")} == dict(
        records=4, richness=3, threatened=2, cites=2, partners=3, first_year=2018, last_year=2021,
        years_covered=4, last_survey="2021-06-01")
    # B: points 3, 5, 8 ; interval date ends 2022-07-15 ; point 9 is an edge record (5.6 km < 10 km)
    assert {k: areas["2"][k] for k in ("records", "richness", "threatened", "cites", "partners",
                                       "last_survey", "edge_records")} == dict(
        records=3, richness=3, threatened=2, cites=2, partners=2, last_survey="2022-07-15", edge_records=1)
    assert (areas["3"]["records"], areas["3"]["richness"], areas["3"]["last_survey"]) == (1, 1, "2017-01-02")
    assert areas["1"]["NAME"] == "A"  # the input attributes are kept

    species_areas = {(f["pa_id"], f["scientificName"]): f for f in out["OUTPUT_SPECIES_AREAS"].getFeatures()}
    vipio_a = species_areas[("WDPA:1", "Grus vipio")]
    assert (vipio_a["records"], vipio_a["abundance_sum"], vipio_a["abundance_max"],
            vipio_a["first_date"], vipio_a["last_date"]) == (2, 8.0, 5.0, "2019-05-01", "2020-08-01")
    gutturosa_a = species_areas[("WDPA:1", "Procapra gutturosa")]
    assert (gutturosa_a["abundance_sum"], gutturosa_a["first_date"]) == (40.0, "2018")  # abundanceMax used
    assert len(species_areas) == 3 + 3 + 1

    species = rows(out["OUTPUT_SPECIES"], "scientificName")
    assert species["Grus vipio"]["records"] == 4
    assert species["Grus vipio"]["records_protected"] == 2          # points 1 and 8
    assert species["Grus vipio"]["share_protected"] == pytest.approx(0.5)
    assert species["Grus vipio"]["n_areas"] == 2
    assert species["Procapra gutturosa"]["countries"] == "MNG;RUS"
    assert species["Otis tarda"]["share_protected"] == pytest.approx(0.5)

    tagged = rows(out["OUTPUT_OCCURRENCES"], "occurrenceID")
    assert tagged["o3"]["pa_ids"] == "WDPA:1;WDPA:2" and tagged["o3"]["n_pas"] == 2
    assert tagged["o2"]["pa_ids"] == "" and tagged["o2"]["n_pas"] == 0
    assert tagged["o8"]["pa_ids"] == "WDPA:1;WDPA:2"
    assert tagged["o6"]["pa_ids"] == "WDPA:3"
    assert tagged["o9"]["pa_ids"] == "" and tagged["o9"]["edge_pa_ids"] == "WDPA:2"


def test_buffer_distance_decides_edge_records(corridor_plugin, tmp_path, legacy_layer, occurrence_layer):
    # point 9 is 0.05° east of B at 1°N: 5.57 km
    out = run_overlay(occurrence_layer(POINTS), legacy_layer(AREAS), tmp_path, buffer_km=5.0)
    assert rows(out["OUTPUT_AREAS"], "WDPA_PID")["2"]["edge_records"] == 0
    out = run_overlay(occurrence_layer(POINTS), legacy_layer(AREAS), tmp_path, buffer_km=5.7)
    assert rows(out["OUTPUT_AREAS"], "WDPA_PID")["2"]["edge_records"] == 1


def test_no_occurrences_gives_zero_figures(corridor_plugin, tmp_path, legacy_layer, occurrence_layer):
    out = run_overlay(occurrence_layer([]), legacy_layer(AREAS), tmp_path)
    assert [f["records"] for f in out["OUTPUT_AREAS"].getFeatures()] == [0, 0, 0]
    assert out["OUTPUT_SPECIES"].featureCount() == 0 and out["OUTPUT_OCCURRENCES"].featureCount() == 0


def test_bad_inputs_are_clear_errors(corridor_plugin, tmp_path, legacy_layer, occurrence_layer):
    no_crs = occurrence_layer(POINTS, crs=None)
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    assert not no_crs.crs().isValid()
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        run_overlay(no_crs, legacy_layer(AREAS), tmp_path)
    with pytest.raises(QgsProcessingException):  # polygons given as occurrences
        run_overlay(legacy_layer(AREAS), legacy_layer(AREAS), tmp_path)


@pytest.fixture(scope="module")
def random_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("overlay")
    rng = np.random.default_rng(7)
    polygons = random_protected_areas(60, rng, extent=(100, 45, 106, 49), vertices=(200, 800),
                                      hole_share=0.2, multipart_share=0.2)
    pa_path = write_polygons_gpkg(str(folder / "pas.gpkg"), polygons)
    columns = random_occurrence_columns(20000, rng, extent=(100, 45, 106, 49))
    occ_path = write_points_gpkg(str(folder / "occ.gpkg"), columns)
    return folder, pa_path, occ_path


def test_fast_path_equals_generic_path_and_native_join(corridor_plugin, random_files):
    import processing

    folder, pa_path, occ_path = random_files
    fast = run_overlay(occ_path, pa_path, folder, to_files=True)
    import sqlite3

    with sqlite3.connect(str(folder / "occurrences.gpkg")) as db:  # the copy's R-tree, packed afterwards
        assert db.execute("SELECT rtreecheck('rtree_occurrences_geom')").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM rtree_occurrences_geom").fetchone()[0] == 20000
        assert db.execute("SELECT COUNT(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' "
                          "AND table_name = 'occurrences'").fetchone()[0] == 1
    from osgeo import ogr

    copied = ogr.Open(str(folder / "occurrences.gpkg"))
    layer = copied.GetLayer(0)
    assert layer.TestCapability(ogr.OLCFastSpatialFilter)  # GDAL recognises the index
    layer.SetSpatialFilterRect(101, 46, 102.5, 47)
    by_index = {f.GetFID() for f in layer}
    layer.SetSpatialFilter(None)
    by_scan = {f.GetFID() for f in layer if 101 <= f.GetGeometryRef().GetX() <= 102.5
               and 46 <= f.GetGeometryRef().GetY() <= 47}
    assert by_index == by_scan and len(by_index) > 100
    copied = layer = None
    occ_layer = QgsVectorLayer(occ_path, "occ", "ogr")
    pa_layer = QgsVectorLayer(pa_path, "pa", "ogr")
    generic = run_overlay(occ_layer.materialize(QgsFeatureRequest()), pa_layer.materialize(QgsFeatureRequest()),
                          folder)
    fast_ids = {f["occurrenceID"]: f["pa_ids"] for f in fast["OUTPUT_OCCURRENCES"].getFeatures()}
    generic_ids = {f["occurrenceID"]: f["pa_ids"] for f in generic["OUTPUT_OCCURRENCES"].getFeatures()}
    assert len(fast_ids) == 20000 and fast_ids == generic_ids
    def figures(layer):
        names = [n for n in layer.fields().names() if n != "fid"]
        return [[f[n] for n in names] for f in layer.getFeatures()]

    assert figures(fast["OUTPUT_AREAS"]) == figures(generic["OUTPUT_AREAS"])
    assert fast["OUTPUT_AREAS"].featureCount() == 60
    assert [f.attributes() for f in fast["OUTPUT_SPECIES"].getFeatures()][0][1:] == \
        [f.attributes() for f in generic["OUTPUT_SPECIES"].getFeatures()][0]

    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": occ_path, "JOIN": pa_path, "PREDICATE": [0], "JOIN_FIELDS": ["WDPAID"], "METHOD": 0,
        "DISCARD_NONMATCHING": False, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    native = {}
    for f in joined.getFeatures():
        native.setdefault(f["occurrenceID"], set())
        if f["WDPAID"]:
            native[f["occurrenceID"]].add(f"WDPA:{int(f['WDPAID'])}")
    ours = {k: set(v.split(";")) - {""} for k, v in fast_ids.items()}
    assert ours == native
    assert sum(len(v) for v in native.values()) > 1000
    counts = {f["WDPAID"]: f["records"] for f in fast["OUTPUT_AREAS"].getFeatures()}
    by_native = {}
    for ids in native.values():
        for pa in ids:
            by_native[int(pa.split(":")[1])] = by_native.get(int(pa.split(":")[1]), 0) + 1
    assert {k: v for k, v in counts.items() if v} == by_native


def _unindexed_gpkg(path, geometry_type, wkts):
    """A GeoPackage layer "occ" written by GDAL without a spatial index, as the overlay's copy is."""
    from osgeo import ogr, osr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("occ", srs, geometry_type, ["SPATIAL_INDEX=NO"])
    for wkt in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = layer = None
    return str(path)


def test_copy_that_cannot_be_indexed_stays_whole_without_an_index(tmp_path):
    """A multipoint layer (or a failing SQLite) leaves the copied file as written, with no half-built index."""
    import sqlite3

    from osgeo import ogr

    from corridor_plugin.core.overlay import _index_points

    path = _unindexed_gpkg(tmp_path / "multi.gpkg", ogr.wkbMultiPoint,
                           [f"MULTIPOINT ({100 + k} 45, {101 + k} 46)" for k in range(5)])
    assert _index_points(path) is False
    with sqlite3.connect(path) as connection:
        assert not connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rtree%'").fetchall()
        assert connection.execute("SELECT COUNT(*) FROM occ").fetchone()[0] == 5


def test_index_failing_half_way_is_rolled_back(tmp_path):
    import sqlite3

    from osgeo import ogr

    from corridor_plugin.core.overlay import _index_points

    path = _unindexed_gpkg(tmp_path / "points.gpkg", ogr.wkbPoint, ["POINT (100 45)"])
    with sqlite3.connect(path) as connection:  # a trigger in the way: the index fails after its table exists
        connection.execute('CREATE TRIGGER "rtree_occ_geom_delete" AFTER DELETE ON occ BEGIN SELECT 1; END')
    assert _index_points(path) is False
    with sqlite3.connect(path) as connection:
        assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rtree%'")] == [
            "rtree_occ_geom_delete"]
        assert connection.execute("SELECT COUNT(*) FROM occ").fetchone()[0] == 1
