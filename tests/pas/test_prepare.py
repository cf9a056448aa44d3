"""corridor:preparepas: both WDPA schemas, the wdpar cleaning steps, areas, antimeridian, bad input."""
import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.pas.conftest import legacy_record, memory_layer

CLEAN = ("pa_id", "name", "name_local", "iso3", "designation", "iucn_cat", "status_year", "area_km2",
         "is_transboundary", "source")


def prepare(inputs, **params):
    import processing

    args = {"INPUT": inputs, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"}
    args.update(params)
    result = processing.run("corridor:preparepas", args)
    out = {f["pa_id"]: f for f in result["OUTPUT"].getFeatures()}
    report = [dict(zip(result["REPORT"].fields().names(), f.attributes())) for f in result["REPORT"].getFeatures()]
    return out, report


def geodesic_km2(geometry):
    area = QgsDistanceArea()
    area.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    return area.measureArea(geometry) / 1e6


def seed(seeds, name, layer):
    return f"{seeds / 'protected_areas' / name}|layername={layer}"


def test_both_schemas_give_the_same_clean_output(corridor_plugin, seeds):
    legacy, _ = prepare([seed(seeds, "wdpa_sample_legacy.gpkg", "wdpa_poly"),
                         seed(seeds, "wdpa_sample_legacy.gpkg", "wdpa_point")])
    new, _ = prepare([seed(seeds, "wdpa_sample_2025.gpkg", "wdpa2025_poly"),
                      seed(seeds, "wdpa_sample_2025.gpkg", "wdpa2025_point")])
    assert set(new) == {"WDPA:9000001", "WDPA:9000002", "WDPA:9000003", "WDPA:9000005", "WDPA:9000006",
                        "WDPA:555624857"}  # the 2025 copy also holds the MAB record, dropped
    for pa_id, feature in new.items():
        assert [feature[k] for k in CLEAN] == [legacy[pa_id][k] for k in CLEAN], pa_id
        assert feature.geometry().equals(legacy[pa_id].geometry())
    assert legacy["WDPA:555624857"]["iso3"] == "MNG;RUS" and legacy["WDPA:555624857"]["is_transboundary"]
    assert legacy["WDPA:9000001"]["is_transboundary"]       # Daursky: Dauria complex
    assert not legacy["WDPA:9000004"]["is_transboundary"]   # Dornod Mongol
    assert len(legacy) == 13


def test_seed_areas_multipart_and_point_site(corridor_plugin, seeds):
    out, report = prepare([seed(seeds, "wdpa_sample_legacy.gpkg", "wdpa_poly"),
                           seed(seeds, "wdpa_sample_legacy.gpkg", "wdpa_point")])
    daguur = out["WDPA:9000002"]
    assert len(daguur.geometry().asMultiPolygon()) == 2
    assert geodesic_km2(daguur.geometry()) == pytest.approx(1030.16, rel=0.005)
    # point-only Nömrög buffered to its reported 3,112 km²: geodesic area and Mollweide area_km2
    nomrog = out["WDPA:9000005"]
    assert geodesic_km2(nomrog.geometry()) == pytest.approx(3112, rel=0.005)
    assert nomrog["area_km2"] == pytest.approx(3112, rel=0.005)
    centroid = nomrog.geometry().centroid().asPoint()
    assert (centroid.x(), centroid.y()) == pytest.approx((119.8, 46.2), abs=1e-3)
    # with AREA_CRS = Mollweide (wdpar's choice), area_km2 is the Mollweide area of the output geometry
    out, report = prepare([seed(seeds, "wdpa_sample_legacy.gpkg", "wdpa_poly"),
                           seed(seeds, "wdpa_sample_legacy.gpkg", "wdpa_point")], AREA_CRS="ESRI:54009")
    moll = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                  QgsCoordinateReferenceSystem("ESRI:54009"), QgsProject.instance())
    for feature in out.values():
        g = QgsGeometry(feature.geometry())
        g.transform(moll)
        assert feature["area_km2"] == pytest.approx(g.area() / 1e6, abs=0.001)
    # the buffered Nömrög circle lies mostly in China by the 1:50m borders: flagged, with its share
    assert [(r["step"], r["pa_id"], r["action"]) for r in report] == [
        ("unesco_mab", "WDPA:9000013", "removed"), ("points", "WDPA:9000005", "changed"),
        ("country", "WDPA:9000005", "flagged")]
    assert out["WDPA:9000005"]["country_share"] < 0.5
    assert all(f["country_share"] >= 0.5 for k, f in out.items() if k != "WDPA:9000005"
               and f["country_share"] not in (None, "NULL") and str(f["country_share"]) != "NULL")


def test_cleaning_steps_are_reported(corridor_plugin, legacy_layer):
    box = "MultiPolygon(((100 45,100.5 45,100.5 45.5,100 45.5,100 45)))"
    layer = legacy_layer([
        (box, legacy_record(1, "kept", STATUS_YR=0)),
        (box.replace("100", "101"), legacy_record(2, "proposed", STATUS="Proposed")),
        (box.replace("100", "102"), legacy_record(3, "mab", DESIG_ENG="UNESCO-MAB Biosphere Reserve")),
        (box.replace("100", "103"), legacy_record(4, "oecm", PA_DEF="0")),
        (box.replace("100", "104"), legacy_record(5, "marine", MARINE="2")),
        (None, legacy_record(6, "no geometry")),
        ("MultiPolygon(((105 45,106 46,106 45,105 46,105 45)))", legacy_record(7, "bowtie")),
    ])
    out, report = prepare([layer], DROP_OECM=True, DROP_MARINE=True)
    assert sorted(out) == ["WDPA:1", "WDPA:7"]
    assert out["WDPA:1"]["status_year"] is None or str(out["WDPA:1"]["status_year"]) == "NULL"
    by_id = {r["pa_id"]: r for r in report}
    assert (by_id["WDPA:2"]["step"], by_id["WDPA:2"]["action"]) == ("status", "removed")
    assert "Proposed" in by_id["WDPA:2"]["reason"]
    assert by_id["WDPA:3"]["step"] == "unesco_mab"
    assert by_id["WDPA:4"]["step"] == "oecm"
    assert by_id["WDPA:5"]["step"] == "marine"
    assert (by_id["WDPA:6"]["step"], by_id["WDPA:6"]["reason"]) == ("read", "no geometry")
    assert (by_id["WDPA:7"]["step"], by_id["WDPA:7"]["action"]) == ("repair", "changed")
    assert {r["pa_id"] for r in report if r["step"] == "status_year"} == {"WDPA:1"}
    # bowtie repaired into its two triangles: 2 × ½ × 1° × 0.5° (valid, two parts)
    bowtie = out["WDPA:7"].geometry()
    assert bowtie.isGeosValid() and bowtie.area() == pytest.approx(0.5)
    # same layer without the switches: OECM and marine sites stay, nothing silently lost
    out, report = prepare([layer])
    assert sorted(out) == ["WDPA:1", "WDPA:4", "WDPA:5", "WDPA:7"]
    assert len(out) + len([r for r in report if r["action"] == "removed"]) == 7
    # repair switched off: the bowtie is removed, with the reason
    out, report = prepare([layer], REPAIR=False)
    assert "WDPA:7" not in out
    assert any(r["pa_id"] == "WDPA:7" and r["action"] == "removed" for r in report)


def test_antimeridian_site_is_split_and_overlaid(corridor_plugin, legacy_layer, tmp_path):
    # a Chukotka-like site drawn across 180°: 178°E … 178°W, 70–71°N, vertices every 0.1° along the
    # parallels (so its edges follow them)
    lons = [round(178 + 0.1 * k, 1) for k in range(41)]
    lons = [lon - 360 if lon > 180 else lon for lon in lons]
    ring = [(lon, 70) for lon in lons] + [(lon, 71) for lon in reversed(lons)] + [(178, 70)]
    wkt = "MultiPolygon(((" + ",".join(f"{x} {y}" for x, y in ring) + ")))"
    out, report = prepare([legacy_layer([(wkt, legacy_record(10, "Wrangel-like", ISO3="RUS"))])])
    site = out["WDPA:10"]
    box = site.geometry().boundingBox()
    assert box.xMinimum() >= -180 and box.xMaximum() <= 180
    assert len(site.geometry().asMultiPolygon()) == 2
    # true area of the 4° × 1° band at 70–71°N on the WGS84 ellipsoid (Snyder 1987, eq. 3-12)
    a, f = 6378.137, 1 / 298.257223563
    e = math.sqrt(f * (2 - f))

    def q(lat):
        s = math.sin(math.radians(lat))
        return (1 - e * e) * (s / (1 - e * e * s * s) - math.log((1 - e * s) / (1 + e * s)) / (2 * e))

    zone = a * a / 2 * math.radians(4) * (q(71) - q(70))
    assert geodesic_km2(site.geometry()) == pytest.approx(zone, rel=0.001)
    assert site["area_km2"] == pytest.approx(zone, rel=0.001)
    # the band lies mostly over the East Siberian Sea, outside Russia's land outline: flagged too
    assert [r["step"] for r in report] == ["antimeridian", "country"]
    import processing

    occurrences = memory_layer("Point", (("scientificName", 10),), [
        ("Point(-179.5 70.5)", {"scientificName": "Ursus maritimus"}),
        ("Point(179.5 70.5)", {"scientificName": "Ursus maritimus"}),
        ("Point(170 70.5)", {"scientificName": "Ursus maritimus"})])
    clean = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "clean", "memory")
    clean.dataProvider().addAttributes(list(site.fields()))
    clean.updateFields()
    clean.dataProvider().addFeatures([site])
    result = processing.run("corridor:overlay", {
        "OCCURRENCES": occurrences, "PROTECTED_AREAS": clean, "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
        "OUTPUT_SPECIES_AREAS": "TEMPORARY_OUTPUT", "OUTPUT_SPECIES": "TEMPORARY_OUTPUT",
        "OUTPUT_OCCURRENCES": "TEMPORARY_OUTPUT"})
    assert [f["records"] for f in result["OUTPUT_AREAS"].getFeatures()] == [2]


def test_overlaps_erase_by_iucn_precedence_and_dissolve(corridor_plugin, legacy_layer):
    layer = legacy_layer([
        ("MultiPolygon(((0 0,2 0,2 2,0 2,0 0)))", legacy_record(1, "park", IUCN_CAT="II", STATUS_YR=1990)),
        ("MultiPolygon(((1 0,3 0,3 2,1 2,1 0)))", legacy_record(2, "zapovednik", IUCN_CAT="Ia", STATUS_YR=2000)),
        ("MultiPolygon(((1.2 0.2,1.8 0.2,1.8 0.8,1.2 0.8,1.2 0.2)))", legacy_record(3, "inner", IUCN_CAT="IV")),
        ("MultiPolygon(((5 5,6 5,6 6,5 6,5 5)))", legacy_record(4, "russian", ISO3="RUS")),
    ])
    out, report = prepare([layer], OVERLAPS=1)
    # Ia keeps its whole square; II loses x 1..2; IV lies wholly inside Ia and is removed
    assert out["WDPA:2"].geometry().area() == pytest.approx(4.0)
    assert out["WDPA:1"].geometry().area() == pytest.approx(2.0)
    assert out["WDPA:1"].geometry().boundingBox().xMaximum() == pytest.approx(1.0)
    assert "WDPA:3" not in out
    assert "WDPA:2" in out["WDPA:1"]["provenance"]
    assert {r["pa_id"]: r["action"] for r in report if r["step"] == "overlaps"} == {
        "WDPA:1": "changed", "WDPA:3": "removed"}
    out, report = prepare([layer], OVERLAPS=2)
    assert sorted(out) == ["DISSOLVED:MNG", "DISSOLVED:RUS"]
    assert out["DISSOLVED:MNG"].geometry().area() == pytest.approx(6.0)
    assert "WDPA:3" in out["DISSOLVED:MNG"]["provenance"]


def test_region_clip_and_national_layer_mapping(corridor_plugin):
    national = memory_layer("Polygon", (("code", 10), ("title", 10), ("country", 10), ("cat", 10), ("yr", 2)), [
        ("Polygon((0 0,2 0,2 2,0 2,0 0))", dict(code="N1", title="Reserve one", country="chn", cat="Ia", yr=1986)),
        ("Polygon((10 10,11 10,11 11,10 11,10 10))", dict(code="N2", title="Far away", country="CHN", yr=0)),
    ], name="china_national")
    region = memory_layer("Polygon", (), [("Polygon((1 -1,5 -1,5 5,1 5,1 -1))", {})], name="region")
    out, report = prepare([national], REGION=region, ID_FIELD="code", NAME_FIELD="title",
                          COUNTRY_FIELD="country", IUCN_FIELD="cat", YEAR_FIELD="yr")
    assert list(out) == ["china_national:N1"]
    site = out["china_national:N1"]
    assert (site["name"], site["iso3"], site["iucn_cat"], site["status_year"], site["source"]) == (
        "Reserve one", "CHN", "Ia", 1986, "china_national")
    assert site.geometry().area() == pytest.approx(2.0)  # clipped to x >= 1
    assert {(r["pa_id"], r["step"], r["action"]) for r in report} >= {
        ("china_national:N2", "region", "removed"), ("china_national:N1", "region", "changed")}


def test_bad_inputs_are_clear_errors(corridor_plugin, legacy_layer):
    table = QgsVectorLayer("None", "table", "memory")
    with pytest.raises(QgsProcessingException, match="no point or polygon geometry"):
        prepare([table])
    no_crs = legacy_layer([("MultiPolygon(((0 0,1 0,1 1,0 0)))", legacy_record(1, "x"))], crs=None)
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        prepare([no_crs])
    with pytest.raises(QgsProcessingException, match="INPUT|could be opened"):  # Processing checks first
        prepare([legacy_layer([("MultiPolygon(((0 0,1 0,1 1,0 0)))", legacy_record(1, "x"))]),
                 "/nonexistent/wdpa.gpkg"])
    with pytest.raises(QgsProcessingException, match="no features"):
        prepare([legacy_layer([])])
    unmapped = memory_layer("Polygon", (("title", 10),), [("Polygon((0 0,1 0,1 1,0 0))", {"title": "x"})])
    with pytest.raises(QgsProcessingException, match="neither WDPA"):
        prepare([unmapped])
    with pytest.raises(QgsProcessingException, match="no field"):
        prepare([unmapped], NAME_FIELD="nom")


def test_outline_mostly_outside_its_country_is_flagged_with_its_share(corridor_plugin, legacy_layer):
    # a "Mongolian" area drawn in Inner Mongolia (China), one in central Mongolia, one coded with a
    # code the shipped borders do not hold (cannot be checked: no flag, no share)
    layer = legacy_layer([
        ("MultiPolygon(((111 41,111.5 41,111.5 41.5,111 41.5,111 41)))", legacy_record(1, "misplaced")),
        ("MultiPolygon(((105 47,105.5 47,105.5 47.5,105 47.5,105 47)))", legacy_record(2, "at home")),
        ("MultiPolygon(((10 47,10.5 47,10.5 47.5,10 47.5,10 47)))", legacy_record(3, "elsewhere", ISO3="AUT",
                                                                                 PARENT_ISO3="AUT")),
        # coded as both Mongolia and China: the Chinese outline counts as its own country
        ("MultiPolygon(((111 41,111.5 41,111.5 41.5,111 41.5,111 41)))", legacy_record(4, "shared", ISO3="MNG;CHN",
                                                                                       PARENT_ISO3="MNG;CHN")),
    ])
    out, report = prepare([layer])
    assert out["WDPA:1"]["country_share"] == pytest.approx(0.0, abs=1e-6)
    assert out["WDPA:2"]["country_share"] == pytest.approx(1.0)
    assert out["WDPA:3"]["country_share"] in (None, "NULL") or str(out["WDPA:3"]["country_share"]) == "NULL"
    assert out["WDPA:4"]["country_share"] == pytest.approx(1.0)
    flagged = [r for r in report if r["step"] == "country"]
    assert [(r["pa_id"], r["action"]) for r in flagged] == [("WDPA:1", "flagged")]
    assert "0%" in flagged[0]["reason"] and "MNG" in flagged[0]["reason"]
    assert "outline mostly outside MNG" in out["WDPA:1"]["provenance"]
