"""Sensitive species generalised in the Darwin Core Archive (and full precision only by choice, recorded
in eml.xml); countryCode where the record lies; organismQuantity numeric; quality flags where GBIF reads
them. Archives are read back with python-dwca-reader and checked against the GBIF validator's rules."""
import json
import math
import re

import pytest
from osgeo import ogr

from corridor_plugin.core.baseline import open_store
from corridor_plugin.core.baseline.dwca import DWC, DatasetMetadata, export_dwca
from corridor_plugin.core.sensitivity import SensitivityPolicy, generalise_points, policy_from_checklist
from corridor_plugin.core.taxonomy import load_checklist
from corridor_plugin.toolbelt.qgis_compat import make_field
from tests.builders.baseline import make_occurrences, make_rejected, result_of
from tests.conftest import REPO

KAZ_PARTNER = "Institute of Zoology (Almaty)"
# Katunsky reserve, Altai Republic (Russia), close to the Kazakh border
KATUNSKY = (86.3012, 49.8456)


def _records(partner, country, rows, file_name):
    """rows: (scientificName, group, lon, lat, organismQuantity, issues)."""
    frame = make_occurrences(len(rows), partner=partner, country=country, file_name=file_name, seed=5)
    for i, (name, group, lon, lat, quantity, issues) in enumerate(rows):
        frame.loc[i, ["scientificName", "verbatimIdentification", "taxonGroup"]] = [name, name, group]
        frame.loc[i, ["decimalLongitude", "decimalLatitude"]] = [lon, lat]
        frame.loc[i, "verbatimCoordinates"] = f"{lat} {lon}"
        frame.loc[i, "organismQuantity"] = quantity
        frame.loc[i, "issues"] = issues
        frame.loc[i, "coordinateUncertaintyInMeters"] = 30.0
        frame.loc[i, "eventDate"] = "2021-06-0" + str(i + 1)
    return frame


def _read(path):
    from dwca.read import DwCAReader

    with DwCAReader(str(path)) as dwca:
        return {row.id: row.data for row in dwca}, dwca.metadata


def _export(tmp_path, database, name, **kwargs):
    store = open_store(database, create=False)
    try:
        export_dwca(store, str(tmp_path / name), DatasetMetadata(title="t", publisher="p"), **kwargs)
    finally:
        store.close()
    return _read(tmp_path / name)


def _half_diagonal_m(grid_deg, lat):
    half = grid_deg / 2 * 111320.0
    return math.hypot(half, half * math.cos(math.radians(lat)))


@pytest.fixture
def baseline(tmp_path):
    database = str(tmp_path / "b.gpkg")
    rows = [("Panthera uncia", "large mammal", *KATUNSKY, "1", ""),            # high: 0.5°
            ("Ovis ammon", "large mammal", 90.1234, 48.2345, "~20", "ZERO_COORDINATE"),  # medium: 0.1°
            ("Procapra gutturosa", "large mammal", 114.5678, 47.3456, "10-15",
             "TAXON_MATCH_FUZZY;COORDINATE_AT_CAPITAL")]                       # not sensitive
    frame = _records(KAZ_PARTNER, "KAZ", rows, "kz.csv")
    store = open_store(database)
    store.load(result_of(frame, make_rejected(1, "kz.csv"), KAZ_PARTNER, "KAZ", "kz.csv"))
    # the same gazelle seen by a Mongolian partner 20 m away on the same day: a cross-partner duplicate
    twin = _records("MAS", "MNG", [("Procapra gutturosa", "large mammal", 114.5680, 47.3456, "12", "")], "mn.csv")
    twin.loc[0, "eventDate"] = frame.loc[2, "eventDate"]
    store.load(result_of(twin, make_rejected(1, "mn.csv"), "MAS", "MNG", "mn.csv"))
    store.close()
    return database, frame


def test_checklist_levels_follow_cites_and_iucn():
    checklist = load_checklist()
    assert checklist.get("Panthera uncia").sensitivity == "high"        # CITES I
    assert checklist.get("Falco cherrug").sensitivity == "high"         # CITES II, IUCN EN
    assert checklist.get("Ovis ammon").sensitivity == "medium"          # CITES II, NT
    assert checklist.get("Procapra gutturosa").sensitivity == ""        # not listed, LC
    policy = policy_from_checklist(checklist, "Panthera uncia=none; Procapra gutturosa=high")
    assert policy.grid_of("Panthera uncia") == 0 and policy.grid_of("Procapra gutturosa") == 0.5
    with pytest.raises(ValueError, match="high, medium, none"):
        policy_from_checklist(checklist, "Panthera uncia=secret")


def test_generalised_by_default(baseline, tmp_path):
    database, frame = baseline
    rows, metadata = _export(tmp_path, database, "default.zip")
    leopard = rows[frame.loc[0, "occurrenceID"]]
    # 0.5° cells: 86.3012 → [86.0, 86.5) → 86.25; 49.8456 → [49.5, 50.0) → 49.75
    assert float(leopard[DWC + "decimalLongitude"]) == 86.25 and float(leopard[DWC + "decimalLatitude"]) == 49.75
    assert float(leopard[DWC + "coordinateUncertaintyInMeters"]) == pytest.approx(_half_diagonal_m(0.5, 49.75),
                                                                                     abs=1)
    assert leopard[DWC + "locality"] == "" and leopard[DWC + "verbatimCoordinates"] == ""
    assert "0.5-degree" in leopard[DWC + "dataGeneralizations"] and leopard[DWC + "informationWithheld"]
    argali = rows[frame.loc[1, "occurrenceID"]]
    # 0.1° cells: 90.1234 → 90.15; 48.2345 → 48.25
    assert float(argali[DWC + "decimalLongitude"]) == 90.15 and float(argali[DWC + "decimalLatitude"]) == 48.25
    assert float(argali[DWC + "coordinateUncertaintyInMeters"]) == pytest.approx(_half_diagonal_m(0.1, 48.25), abs=1)
    gazelle = rows[frame.loc[2, "occurrenceID"]]
    assert float(gazelle[DWC + "decimalLongitude"]) == 114.5678 and gazelle[DWC + "dataGeneralizations"] == ""
    assert gazelle[DWC + "locality"] == frame.loc[2, "locality"]
    info = metadata.findtext("dataset/additionalInfo/para")
    assert "generalised" in info and "high: 0.5°" in info
    # no exact coordinate of a sensitive record anywhere in the archive, bounding box included
    import zipfile

    with zipfile.ZipFile(tmp_path / "default.zip") as archive:
        text = archive.read("occurrence.txt").decode() + archive.read("eml.xml").decode()
    assert "86.3012" not in text and "49.8456" not in text and "90.1234" not in text


def test_full_precision_only_by_choice_and_recorded(baseline, tmp_path):
    database, frame = baseline
    rows, metadata = _export(tmp_path, database, "full.zip", policy=SensitivityPolicy(full_precision=True))
    leopard = rows[frame.loc[0, "occurrenceID"]]
    assert float(leopard[DWC + "decimalLongitude"]) == KATUNSKY[0]
    assert leopard[DWC + "dataGeneralizations"] == ""
    assert "explicit choice" in metadata.findtext("dataset/additionalInfo/para")


def test_country_code_is_where_the_record_lies(baseline, tmp_path):
    database, frame = baseline
    dataset = ogr.Open(str(REPO / "seeds" / "borders" / "countries_naturalearth.gpkg"))
    point = ogr.CreateGeometryFromWkt(f"POINT ({KATUNSKY[0]} {KATUNSKY[1]})")
    holder = [f.GetField("ADM0_A3") for f in dataset.GetLayerByName("ne_50m_admin0")
              if f.GetGeometryRef().Contains(point)]
    assert holder == ["RUS"]
    rows, _ = _export(tmp_path, database, "c.zip")
    leopard = rows[frame.loc[0, "occurrenceID"]]
    assert leopard[DWC + "countryCode"] == "RU"
    assert json.loads(leopard[DWC + "dynamicProperties"])["partnerCountryCode"] == "KZ"


def test_quantity_flags_and_gbif_rules(baseline, tmp_path):
    database, frame = baseline
    rows, _ = _export(tmp_path, database, "q.zip")
    argali, gazelle, leopard = (rows[frame.loc[i, "occurrenceID"]] for i in (1, 2, 0))
    assert (argali[DWC + "organismQuantity"], argali[DWC + "organismQuantityType"]) == ("20", "individuals")
    assert json.loads(argali[DWC + "dynamicProperties"])["verbatimOrganismQuantity"] == "~20"
    assert gazelle[DWC + "organismQuantity"] == "" and gazelle[DWC + "organismQuantityType"] == ""
    assert json.loads(gazelle[DWC + "dynamicProperties"])["verbatimOrganismQuantity"] == "10-15"
    assert "ZERO_COORDINATE" in argali[DWC + "occurrenceRemarks"]
    assert argali[DWC + "georeferenceRemarks"].startswith("ZERO_COORDINATE: ")
    assert "TAXON_MATCH_FUZZY" in gazelle[DWC + "occurrenceRemarks"]
    assert gazelle[DWC + "identificationRemarks"].startswith("TAXON_MATCH_FUZZY: ")
    assert "COORDINATE_AT_CAPITAL: " in gazelle[DWC + "georeferenceRemarks"]
    assert "DUPLICATE_ACROSS_PARTNERS" in gazelle[DWC + "occurrenceRemarks"]
    assert "DUPLICATE_ACROSS_PARTNERS" not in leopard[DWC + "occurrenceRemarks"]
    # the GBIF validator's rules on every row
    ids = list(rows)
    assert len(ids) == len(set(ids)) == 4
    for data in rows.values():
        for term in ("occurrenceID", "basisOfRecord", "scientificName", "eventDate"):
            assert data[DWC + term]
        assert data[DWC + "basisOfRecord"] in ("HumanObservation", "MachineObservation", "PreservedSpecimen",
                                               "LivingSpecimen", "FossilSpecimen", "MaterialSample",
                                               "MaterialCitation", "Occurrence")
        assert re.fullmatch(r"[A-Z]{2}|", data[DWC + "countryCode"])
        assert -90 <= float(data[DWC + "decimalLatitude"]) <= 90
        assert -180 <= float(data[DWC + "decimalLongitude"]) <= 180
        assert float(data[DWC + "coordinateUncertaintyInMeters"]) > 0
        if data[DWC + "organismQuantity"]:
            float(data[DWC + "organismQuantity"])
            assert data[DWC + "organismQuantityType"]
        if data[DWC + "individualCount"]:
            assert int(data[DWC + "individualCount"]) >= 0


def test_generalise_points_by_hand():
    lon, lat = generalise_points([86.3012, -0.01, 179.99], [49.8456, -0.01, 89.99], [0.5, 0.1, 0.5])
    assert list(lon) == [86.25, -0.05, 179.75] and list(lat) == [49.75, -0.05, 89.75]


def test_report_map_layer_is_generalised(qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    from corridor_plugin.core.sensitivity import generalised_layer

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "occ", "memory")
    layer.dataProvider().addAttributes([make_field("scientificName", QVariant.String),
                                        make_field("locality", QVariant.String)])
    layer.updateFields()
    for name, lon, lat in (("Panthera uncia", *KATUNSKY), ("Procapra gutturosa", 114.5678, 47.3456)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, "Spring 3"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        layer.dataProvider().addFeatures([feature])
    shown = generalised_layer(layer, policy_from_checklist(load_checklist()))
    points = {f["scientificName"]: (f.geometry().asPoint().x(), f.geometry().asPoint().y(), f["locality"])
              for f in shown.getFeatures()}
    assert points["Panthera uncia"] == (86.25, 49.75, "")
    assert points["Procapra gutturosa"] == (114.5678, 47.3456, "Spring 3")
    assert next(layer.getFeatures()).geometry().asPoint().x() == KATUNSKY[0]  # the source is untouched
