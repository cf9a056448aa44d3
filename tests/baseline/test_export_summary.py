"""Darwin Core Archive read back by python-dwca-reader (an independent reader), and the summary checked
against a hand-worked case and against a pandas group-by of the source records."""
import json
import zipfile

import pandas as pd
import pytest

from corridor_plugin.core.baseline import open_store
from corridor_plugin.core.baseline.dwca import (
    DWC,
    Contact,
    DatasetMetadata,
    OccurrenceFilter,
    export_dwca,
    neutralise_formula,
)
from corridor_plugin.core.baseline.summary import baseline_summary, summary_html
from corridor_plugin.core.sensitivity import SensitivityPolicy
from tests.builders.baseline import make_occurrences, make_rejected, result_of

MAS = "Mongolian Academy of Sciences"
DAURSKY = "Daursky Reserve"


@pytest.mark.parametrize("text, expected", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+7 914 000", "'+7 914 000"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("-12.5", "-12.5"),      # a number cannot run
    ("+", "+"),              # a partner's "present"
    ("Transect 4", "Transect 4"),
    ("", ""),
])
def test_formula_injection_is_neutralised(text, expected):
    assert neutralise_formula(text) == expected


def _day_bounds(event_date):
    """An independent reading of eventDate for the test: pandas periods."""
    first, _, last = event_date.partition("/")
    last = last or first
    start = pd.Period(first, freq="D" if len(first) == 10 else "M" if len(first) == 7 else "Y").start_time
    end = pd.Period(last, freq="D" if len(last) == 10 else "M" if len(last) == 7 else "Y").end_time
    return start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")


_OGR_BORDERS = {}


def _where_it_lies(lon, lat, stated_iso3):
    """An independent reading of countryCode with OGR: the Natural Earth 1:50m country holding the point,
    or the stated country when the point is within 0.02° of it."""
    from osgeo import ogr

    from tests.conftest import REPO

    if not _OGR_BORDERS:
        dataset = ogr.Open(str(REPO / "seeds" / "borders" / "countries_naturalearth.gpkg"))
        for feature in dataset.GetLayerByName("ne_50m_admin0"):
            _OGR_BORDERS[feature.GetField("ADM0_A3")] = (feature.GetField("ISO_A2"),
                                                         feature.GetGeometryRef().Clone())
    point = ogr.CreateGeometryFromWkt(f"POINT ({lon!r} {lat!r})")
    if _OGR_BORDERS[stated_iso3][1].Distance(point) <= 0.02:
        return _OGR_BORDERS[stated_iso3][0]
    return next((iso2 for iso2, geometry in _OGR_BORDERS.values() if geometry.Contains(point)), "")


def dataset_text(metadata_xml):
    return metadata_xml.findtext("dataset/additionalInfo/para") or ""


def _number(text):
    return float(text) if text != "" else None


def test_dwca_export_reads_back_field_by_field(database, tmp_path):
    from dwca.read import DwCAReader

    mas = make_occurrences(150, partner=MAS, country="MNG", file_name="mas.xlsx", seed=21)
    rus = make_occurrences(80, partner=DAURSKY, country="RUS", file_name="rus.csv", seed=22)
    mas.loc[0, ["taxonGroup", "scientificName", "eventDate"]] = ["bird", "Antigone vipio", "2019-05-02"]
    mas.loc[0, "locality"] = '=HYPERLINK("http://example.invalid","click")'
    mas.loc[0, "recordedBy"] = "@SUM(1+1)"
    mas.loc[0, "verbatimLocality"] = "Даурия\tзаповедник\nсевер"
    mas.loc[0, "vernacularName"] = "白枕鹤"
    mas.loc[0, "organismQuantity"] = "+"
    store = open_store(database)
    store.load(result_of(mas, make_rejected(2, "mas.xlsx"), MAS, "MNG", "mas.xlsx"))
    store.load(result_of(rus, make_rejected(1, "rus.csv"), DAURSKY, "RUS", "rus.csv"))

    output = tmp_path / "export.zip"
    selection = OccurrenceFilter(partners=[MAS], countries=["MN"], taxa=["bird", "Panthera uncia"],
                                 date_from="2018-01-01", date_to="2020-12-31")
    metadata = DatasetMetadata(title="Dauria steppe baseline 2018–2020", publisher="Mongolian Academy of Sciences",
                               licence="CC-BY-4.0",
                               contacts=[Contact(name="Batbayar Nyambayar", email="batbayar@example.org",
                                                 organisation="Institute of Biology")])
    # full precision chosen: this test reads every field back unchanged (generalisation: test_sensitive.py)
    count = export_dwca(store, str(output), metadata, selection, policy=SensitivityPolicy(full_precision=True))

    bounds = mas["eventDate"].map(_day_bounds)
    expected = mas[(mas["taxonGroup"].eq("bird") | mas["scientificName"].eq("Panthera uncia"))
                   & (bounds.str[1] >= "2018-01-01") & (bounds.str[0] <= "2020-12-31")]
    assert 10 < len(expected) < 150 and count == len(expected)
    assert expected.index[0] == 0

    with zipfile.ZipFile(output) as archive:
        assert sorted(archive.namelist()) == ["eml.xml", "meta.xml", "occurrence.txt"]
    with DwCAReader(str(output)) as dwca:
        rows = {row.id: row.data for row in dwca}
        metadata_xml = dwca.metadata
    assert sorted(rows) == sorted(expected["occurrenceID"])
    text_terms = ("occurrenceID", "basisOfRecord", "occurrenceStatus", "scientificName", "verbatimIdentification",
                  "vernacularName", "taxonRank", "eventDate",
                  "verbatimEventDate", "locality", "verbatimLocality", "verbatimCoordinates", "verbatimSRS",
                  "geodeticDatum", "institutionCode", "recordedBy")
    for record in expected.astype(object).where(expected.notna(), None).to_dict("records"):
        data = rows[record["occurrenceID"]]
        for term in text_terms:
            value = record[term] or ""
            value = " ".join(value.replace("\t", "\n").split("\n")) if term == "verbatimLocality" else value
            if value[:1] in ("=", "@") or (value[:1] in "+-" and len(value) > 1 and not value[1:].replace(
                    ".", "").isdigit()):
                value = "'" + value
            assert data[DWC + term] == value, (term, record["occurrenceID"])
        for term in ("decimalLatitude", "decimalLongitude", "coordinateUncertaintyInMeters"):
            assert _number(data[DWC + term]) == (None if record[term] is None else pytest.approx(record[term],
                                                                                                 abs=1e-12))
        assert data[DWC + "countryCode"] == _where_it_lies(record["decimalLongitude"], record["decimalLatitude"],
                                                            "MNG"), record["occurrenceID"]
        # organismQuantity: a number (GBIF reads nothing else); ranges and signs stay verbatim in dynamicProperties
        quantity = record["organismQuantity"] or ""
        assert data[DWC + "organismQuantity"] == (quantity if quantity.isdigit() else "")
        assert data[DWC + "organismQuantityType"] == ("individuals" if quantity.isdigit() else "")
        for term in ("individualCount", "year"):
            assert data[DWC + term] == ("" if record[term] is None else str(int(record[term])))
        dynamic = json.loads(data[DWC + "dynamicProperties"])
        for key in ("taxonGroup", "iucnCategory", "citesAppendix", "sourceFile", "sourceSheet"):
            assert dynamic.get(key) == (record[key] or None)
        assert dynamic["partnerCountryCode"] == "MN" and dynamic["verbatimOrganismQuantity"] == quantity
        assert dynamic["sourceRow"] == int(record["sourceRow"])
        assert dynamic["abundanceMin"] == record["abundanceMin"] and dynamic["abundanceMax"] == record["abundanceMax"]
        assert dynamic.get("issues") == (record["issues"] or None)
        assert dynamic["partner"] == MAS
        assert data["http://purl.org/dc/terms/license"] == "http://creativecommons.org/licenses/by/4.0/legalcode"
        assert data[DWC + "datasetName"] == "Dauria steppe baseline 2018–2020"
    first = rows[mas.loc[0, "occurrenceID"]]
    assert first[DWC + "locality"] == '\'=HYPERLINK("http://example.invalid","click")'
    assert first[DWC + "recordedBy"] == "'@SUM(1+1)"
    assert first[DWC + "verbatimLocality"] == "Даурия заповедник север"
    assert first[DWC + "vernacularName"] == "白枕鹤" and first[DWC + "organismQuantity"] == ""
    assert json.loads(first[DWC + "dynamicProperties"])["verbatimOrganismQuantity"] == "+"
    assert "Full-precision" in dataset_text(metadata_xml)

    dataset = metadata_xml.find("dataset")
    assert dataset.findtext("title") == "Dauria steppe baseline 2018–2020"
    assert dataset.findtext("publisher/organizationName") == "Mongolian Academy of Sciences"
    assert dataset.find("intellectualRights/para/ulink").get("url") == \
        "http://creativecommons.org/licenses/by/4.0/legalcode"
    contact = dataset.find("contact")
    assert contact.findtext("individualName/givenName") == "Batbayar"
    assert contact.findtext("individualName/surName") == "Nyambayar"
    assert contact.findtext("electronicMailAddress") == "batbayar@example.org"
    box = dataset.find("coverage/geographicCoverage/boundingCoordinates")
    assert float(box.findtext("westBoundingCoordinate")) == expected["decimalLongitude"].min()
    assert float(box.findtext("northBoundingCoordinate")) == expected["decimalLatitude"].max()
    assert dataset.findtext("coverage/temporalCoverage/rangeOfDates/beginDate/calendarDate") == min(
        bounds[expected.index].str[0])
    store.close()


def _record(partner, group, name, year, lat, status="present", date=None):
    frame = make_occurrences(1, partner=partner, file_name=f"{partner}.csv")
    frame["taxonGroup"] = group
    frame["scientificName"] = name
    frame["year"] = pd.array([year], dtype="Int64")
    frame["eventDate"] = date or f"{year}-06-01"
    frame["decimalLatitude"] = lat
    frame["occurrenceStatus"] = status
    return frame


def test_summary_hand_worked_case(database):
    a = pd.concat([
        _record("A", "bird", "Otis tarda", 2020, 49.1, date="2020-05-03"),
        _record("A", "bird", "Otis tarda", 2020, None, date="2020-07"),
        _record("A", "bird", "Antigone vipio", 2021, 49.2),
        _record("A", "large mammal", "Ovis ammon", 2020, 49.3, status="absent"),
    ], ignore_index=True)
    a["occurrenceID"] = [f"a{i}" for i in range(len(a))]
    b = pd.concat([_record("B", "bird", "Otis tarda", 2020, 50.0), _record("B", "bird", "Cygnus cygnus", 2020, 50.1)],
                  ignore_index=True)
    b["occurrenceID"] = ["b0", "b1"]
    b["country_iso3"] = "RUS"
    store = open_store(database)
    store.load(result_of(a, make_rejected(0), "A", "MNG", "A.csv"))
    store.load(result_of(b, make_rejected(0), "B", "RUS", "B.csv"))
    summary = baseline_summary(store)
    rows = [tuple(r) for r in summary.astype(object).itertuples(index=False, name=None)]
    assert rows == [
        ("A", "MNG", "bird", 2020, 2, 1, "2020-05-03", "2020-07-31", 1, 0.5),
        ("A", "MNG", "bird", 2021, 1, 1, "2021-06-01", "2021-06-01", 1, 1.0),
        ("A", "MNG", "large mammal", 2020, 1, 0, "2020-06-01", "2020-06-01", 1, 1.0),
        ("B", "RUS", "bird", 2020, 2, 2, "2020-06-01", "2020-06-01", 2, 1.0),
    ]
    page = summary_html(summary)
    assert "<svg" in page and "<title>A 2020: 3</title>" in page and "<title>B 2020: 2</title>" in page
    assert "<title>A 2021: 1</title>" in page
    store.close()


def test_summary_matches_a_pandas_group_by(database):
    frames = [make_occurrences(400, partner=MAS, country="MNG", file_name="m.xlsx", seed=31),
              make_occurrences(300, partner=DAURSKY, country="RUS", file_name="r.csv", seed=32)]
    frames[1].loc[frames[1].index[:40], ["decimalLatitude", "decimalLongitude"]] = None
    store = open_store(database)
    for frame, partner, country, name in zip(frames, (MAS, DAURSKY), ("MNG", "RUS"), ("m.xlsx", "r.csv")):
        store.load(result_of(frame, make_rejected(0), partner, country, name))
    source = pd.concat(frames, ignore_index=True)
    source["has_xy"] = source["decimalLatitude"].notna() & source["decimalLongitude"].notna()
    source["present_name"] = source["scientificName"].where(source["occurrenceStatus"] != "absent")
    expected = source.groupby(["institutionCode", "country_iso3", "taxonGroup", "year"]).agg(
        records=("occurrenceID", "size"), species=("present_name", "nunique"), with_xy=("has_xy", "sum")).reset_index()
    summary = baseline_summary(store)
    assert len(summary) == len(expected)
    assert list(summary["records"]) == list(expected["records"])
    assert list(summary["species"]) == list(expected["species"])
    assert list(summary["with_coordinates"]) == list(expected["with_xy"])
    share = (expected["with_xy"] / expected["records"]).tolist()
    assert summary["share_with_coordinates"].tolist() == pytest.approx(share)
    store.close()
