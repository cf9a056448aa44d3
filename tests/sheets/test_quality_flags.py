"""The CoordinateCleaner / GBIF checks on hand-made records: each flagged where it applies, nothing
dropped, the reasons translated. Expected distances are worked out here from the reference file read
with OGR (not through Corridor's loader) and a plain spherical-law formula."""
import math

import pytest
from osgeo import ogr

from corridor_plugin.core.quality import QUALITY_FLAGS, species_outliers
from corridor_plugin.core.sheets import FLAGS, IMPORT_FLAGS, flag_message, import_sheets
from tests.conftest import REPO

REFERENCE = REPO / "seeds" / "quality" / "quality_reference.gpkg"


def _reference_point(layer_name, **where):
    dataset = ogr.Open(str(REFERENCE))
    for feature in dataset.GetLayerByName(layer_name):
        if all(feature.GetField(k) == v for k, v in where.items()):
            point = feature.GetGeometryRef()
            return point.GetX(), point.GetY()
    raise AssertionError(f"no {where} in {layer_name}")


def _offset(lon, lat, north_m):
    """A point ``north_m`` metres north of (lon, lat) on the sphere."""
    return lon, lat + north_m / (6371008.8 * math.pi / 180)


def _import(tmp_path, checklist, rows, name="s.csv"):
    path = tmp_path / name
    lines = ["species,date,lat,lon,count"] + [f"{sp},{date},{lat!r},{lon!r},1" for sp, date, lon, lat in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_sheets([path], None, partner="P", checklist=checklist)
    assert len(result.occurrences) + len(result.rejected) == len(rows)
    assert len(result.rejected) == 0, result.rejected[["reasonCode", "cells"]].to_dict("records")
    return [set(filter(None, text.split(";"))) for text in result.occurrences["issues"]]


GAZELLE = "Procapra gutturosa"


def test_capital_centroids_institution_gbif(tmp_path, checklist):
    ub = _reference_point("capitals", name="Ulaanbaatar")
    province = _reference_point("province_centroids", name="Dornod")
    country = _reference_point("country_centroids", iso3="MNG")
    zoo = _reference_point("institutions", name="Beijing Zoo")
    gbif = _reference_point("gbif_hq")
    rows = [
        (GAZELLE, "2020-06-01", *_offset(*ub, 5000)),        # 5 km from the capital: flagged (10 km)
        (GAZELLE, "2020-06-02", *_offset(*ub, 15000)),       # 15 km: not
        (GAZELLE, "2020-06-03", *_offset(*province, 500)),   # 500 m from Dornod's centroid: flagged (1 km)
        (GAZELLE, "2020-06-04", *_offset(*province, 3000)),  # 3 km: not
        (GAZELLE, "2020-06-05", *_offset(*country, 800)),
        (GAZELLE, "2020-06-06", *_offset(*zoo, 300)),
        (GAZELLE, "2020-06-07", *_offset(*gbif, 200)),
    ]
    issues = _import(tmp_path, checklist, rows)
    assert "COORDINATE_AT_CAPITAL" in issues[0] and "COORDINATE_AT_CAPITAL" not in issues[1]
    assert "COORDINATE_AT_PROVINCE_CENTROID" in issues[2] and "COORDINATE_AT_PROVINCE_CENTROID" not in issues[3]
    assert "COORDINATE_AT_COUNTRY_CENTROID" in issues[4]
    assert "COORDINATE_AT_INSTITUTION" in issues[5] and "COORDINATE_AT_CAPITAL" in issues[5]  # the zoo is in Beijing
    assert "COORDINATE_AT_GBIF_HQ" in issues[6]
    flagged_elsewhere = {"COORDINATE_AT_INSTITUTION", "COORDINATE_AT_GBIF_HQ", "COORDINATE_AT_COUNTRY_CENTROID"}
    assert not issues[0] & flagged_elsewhere and not issues[1] & (flagged_elsewhere | {"COORDINATE_AT_CAPITAL"})


def test_equal_sea_and_rounding(tmp_path, checklist):
    rows = [
        (GAZELLE, "2020-06-01", 47.5, 47.5),             # equal latitude and longitude
        (GAZELLE, "2020-06-02", 135.0, 40.5),            # Sea of Japan, a gazelle: in the sea
        ("Grus grus", "2020-06-03", 135.0, 40.5),        # a crane over the sea: not flagged
        (GAZELLE, "2020-06-04", 138.5, 36.1),            # Honshu, on land
        (GAZELLE, "2020-06-05", 107.0, 47.0),            # whole degrees
        (GAZELLE, "2020-06-06", 107.5, 47.25),           # whole minutes (30', 15')
        (GAZELLE, "2020-06-07", 107.512, 47.034),        # neither
    ]
    issues = _import(tmp_path, checklist, rows)
    assert "EQUAL_COORDINATES" in issues[0] and not any("EQUAL_COORDINATES" in i for i in issues[1:])
    assert "COORDINATE_IN_SEA" in issues[1]
    assert "COORDINATE_IN_SEA" not in issues[2] and "COORDINATE_IN_SEA" not in issues[3]
    assert "COORDINATE_ROUNDED_TO_DEGREE" in issues[4] and "COORDINATE_ROUNDED_TO_MINUTE" not in issues[4]
    assert "COORDINATE_ROUNDED_TO_MINUTE" in issues[5] and "COORDINATE_ROUNDED_TO_DEGREE" not in issues[5]
    assert not issues[6] & {"COORDINATE_ROUNDED_TO_DEGREE", "COORDINATE_ROUNDED_TO_MINUTE", "COORDINATE_IN_SEA"}


def test_species_outlier_needs_seven_records_and_a_real_distance(tmp_path, checklist):
    cluster = [(GAZELLE, f"2020-06-{d:02d}", 114.0 + 0.01 * d, 47.5 + 0.007 * d) for d in range(1, 9)]
    far = (GAZELLE, "2020-07-01", 88.5, 49.0)  # Altai, about 1900 km west
    few = [("Canis lupus", f"2020-06-{d:02d}", 114.0 + 3 * d, 47.0) for d in range(1, 5)] + [
        ("Canis lupus", "2020-06-20", 88.5, 49.0)]  # 5 wolves: too few to judge
    issues = _import(tmp_path, checklist, cluster + [far] + few)
    outliers = ["SPECIES_OUTLIER" in i for i in issues]
    assert outliers == [False] * 8 + [True] + [False] * 5


def test_outlier_rule_by_hand():
    # 7 points on a line 1 km apart, one 500 km away: mean distances by hand
    lon = [100.0] * 8
    lat = [45.0 + k / 111.195 for k in range(7)] + [45.0 + 500 / 111.195]
    means = []
    for i in range(8):
        d = [abs(lat[i] - lat[j]) * 111.195 for j in range(8) if j != i]
        means.append(sum(d) / 7)
    ordered = sorted(means)
    q25 = ordered[1] + 0.75 * (ordered[2] - ordered[1])   # numpy's linear percentile, position 1.75
    q75 = ordered[5] + 0.25 * (ordered[6] - ordered[5])   # position 5.25
    threshold = max(q75 + 5 * (q75 - q25), 100.0)
    expected = [m > threshold for m in means]
    assert expected == [False] * 7 + [True]
    assert list(species_outliers(["a"] * 8, lon, lat)) == expected


def test_duplicates_within_a_partner(tmp_path, checklist):
    rows = [(GAZELLE, "2020-06-01", 114.2, 47.6), (GAZELLE, "2020-06-01", 114.2, 47.6),
            (GAZELLE, "2020-06-02", 114.2, 47.6), ("Canis lupus", "2020-06-01", 114.2, 47.6)]
    issues = _import(tmp_path, checklist, rows)
    assert ["DUPLICATE_WITHIN_PARTNER" in i for i in issues] == [False, True, False, False]


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_every_flag_has_a_translated_reason(language):
    from corridor_plugin.toolbelt.i18n import install_translator, remove_translator

    every = set(FLAGS) | set(IMPORT_FLAGS) | set(QUALITY_FLAGS)
    english = {flag: flag_message(flag) for flag in every}
    assert all(english[f] != f for f in every)
    install_translator(language)
    try:
        translated = {flag: flag_message(flag) for flag in every}
    finally:
        remove_translator()
    assert all(translated[f] != english[f] for f in every), [f for f in every if translated[f] == english[f]]
