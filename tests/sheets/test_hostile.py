"""Sheets written as a hostile (or merely careless) partner would: every row still ends in the
occurrences or in the rejected rows with a reason, and nothing is silently changed."""
import pytest

from corridor_plugin.core.readers import MAX_CELL_CHARS, MAX_FILE_BYTES, SheetError
from corridor_plugin.core.sheets import import_sheets
from tests.builders.xlsx import write_xlsx

ROW = "2020-06-01,47.512,107.034"


def _run(path, checklist, **kwargs):
    return import_sheets([path], kwargs.pop("country", "MNG"), checklist=checklist, **kwargs)


def test_scientific_and_vernacular_columns_both_used(tmp_path, checklist):
    path = tmp_path / "both.csv"
    path.write_text("scientific name,common name,date,lat,lon\n"
                    f"Procapra gutturosa,Mongolian gazelle,{ROW}\n"
                    f"Procapra gutturosa,dzeren,{ROW}\n"
                    f"Canis lupus,Mongolian gazelle,{ROW}\n", encoding="utf-8")
    result = _run(path, checklist)
    assert len(result.rejected) == 0, result.rejected[["reasonCode", "cells"]].to_dict("records")
    assert list(result.occurrences["scientificName"]) == ["Procapra gutturosa", "Procapra gutturosa", "Canis lupus"]


def test_russian_latin_and_russian_name_headers(tmp_path, checklist):
    path = tmp_path / "ru.csv"
    path.write_text("Вид (лат.),Вид (рус.),Дата,Широта,Долгота\n"
                    f"Procapra gutturosa,дзерен,{ROW}\n"
                    f",дзерен,{ROW}\n"
                    f",,{ROW}\n", encoding="utf-8")
    result = _run(path, checklist)
    occ = result.occurrences
    assert list(occ["scientificName"]) == ["Procapra gutturosa", "Procapra gutturosa"]
    flags = list(occ["issues"])
    assert "TAXON_MATCH_VERNACULAR" not in flags[0]
    assert "TAXON_MATCH_VERNACULAR" in flags[1]
    assert list(result.rejected["reasonCode"]) == ["NAME_MISSING"]
    assert list(result.rejected["sourceRow"]) == [4]


def test_huge_abundance_rejects_one_row_not_the_file(tmp_path, checklist):
    path = tmp_path / "over.csv"
    path.write_text("species,count,date,lat,lon\n"
                    f"Procapra gutturosa,99999999999999999999,{ROW}\n"
                    f"Procapra gutturosa,{'9' * 400},{ROW}\n"
                    f"Procapra gutturosa,~{'9' * 30},{ROW}\n"
                    f"Procapra gutturosa,3,{ROW}\n", encoding="utf-8")
    result = _run(path, checklist)
    assert list(result.occurrences["individualCount"]) == [3]
    assert list(result.rejected["reasonCode"]) == ["ABUNDANCE_INVALID"] * 3
    assert list(result.rejected["sourceRow"]) == [2, 3, 4]


def test_blank_rows_before_the_header(tmp_path, checklist):
    path = tmp_path / "late.csv"
    path.write_text("\n" * 29 + "species,date,lat,lon\n" + f"Procapra gutturosa,{ROW}\n", encoding="utf-8")
    result = _run(path, checklist)
    assert list(result.occurrences["sourceRow"]) == [31]
    book = tmp_path / "late.xlsx"
    write_xlsx(book, {"Data": [[None]] * 40 + [["species", "date", "lat", "lon"],
                                               ["Procapra gutturosa", "2020-06-01", 47.512, 107.034]]})
    result = _run(book, checklist)
    assert list(result.occurrences["sourceRow"]) == [42]


def test_double_colon_in_file_name(tmp_path, checklist):
    path = tmp_path / "survey::2020.csv"
    path.write_text("species,date,lat,lon\n" + f"Procapra gutturosa,{ROW}\n", encoding="utf-8")
    result = _run(path, checklist)
    assert len(result.occurrences) == 1
    assert result.submissions[0].file_name == "survey::2020.csv"


def test_nul_byte_in_a_cell_is_flagged_not_truncated(tmp_path, checklist):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"species,date,lat,lon,site\n"
                     b"Procapra gutturosa,2020-06-01,47.512,107.034,Da\x00lai\n"
                     b"Procapra gutturosa,2020-06-01,47.512,107.034,Dalai\n")
    result = _run(path, checklist)
    occ = result.occurrences
    assert list(occ["locality"]) == ["Dalai", "Dalai"]
    assert "TEXT_NUL_REMOVED" in occ["issues"].iloc[0]
    assert "TEXT_NUL_REMOVED" not in occ["issues"].iloc[1]


def test_second_encoding_after_the_sniffed_part_is_not_silent(tmp_path, checklist):
    filler = "".join(f"Procapra gutturosa,{ROW},Даурия {i}\n" for i in range(1500))
    assert len(filler.encode("utf-8")) > 65536
    body = ("species,date,lat,lon,site\n" + filler).encode("utf-8")
    body += f"Procapra gutturosa,{ROW},Торей\n".encode("cp1251")
    body += b"Procapra gutturosa,2020-06-01,47.512,107.034,\x98\x98\x98\n"  # no encoding reads 0x98 alone
    path = tmp_path / "mixed.csv"
    path.write_bytes(body)
    result = _run(path, checklist)
    occ = result.occurrences
    assert not occ["locality"].str.contains("\ufffd").any()
    mixed = occ[occ["issues"].str.contains("TEXT_ENCODING_MIXED")]
    assert list(mixed["locality"]) == ["Торей"]
    assert list(mixed["sourceRow"]) == [1502]
    assert list(result.rejected["reasonCode"]) == ["TEXT_UNDECODABLE"]
    assert list(result.rejected["sourceRow"]) == [1503]
    assert len(occ) + len(result.rejected) == 1502


def test_xlsx_data_beyond_column_2000_is_refused_with_a_reason(tmp_path, checklist):
    row = ["Procapra gutturosa", "2020-06-01", 47.512, 107.034]
    wide = [["species", "date", "lat", "lon"], row, [None] * 2100 + ["Procapra gutturosa"]]
    path = tmp_path / "wide.xlsx"
    write_xlsx(path, {"Data": wide})
    with pytest.raises(SheetError) as caught:
        _run(path, checklist)
    assert caught.value.code == "TOO_MANY_COLUMNS"
    assert "2000" in str(caught.value) and "wide.xlsx" in str(caught.value)


def test_oversized_cells_and_files_are_refused_early(tmp_path, checklist):
    path = tmp_path / "long.csv"
    path.write_text("species,date,lat,lon,site\n"
                    f"Procapra gutturosa,{ROW},{'x' * (MAX_CELL_CHARS + 1)}\n"
                    f"Procapra gutturosa,{ROW},ok\n", encoding="utf-8")
    result = _run(path, checklist)
    assert list(result.rejected["reasonCode"]) == ["CELL_TOO_LONG"]
    assert len(result.rejected["cells"].iloc[0]) < 2 * MAX_CELL_CHARS // 10
    assert len(result.occurrences) == 1
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:  # sparse: the size is refused before a byte is read
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(SheetError) as caught:
        _run(big, checklist)
    assert caught.value.code == "FILE_TOO_LARGE"
    bomb = tmp_path / "bomb.xlsx"
    import zipfile

    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b"a" * (MAX_FILE_BYTES + 10) + b"</sst>")
    assert bomb.stat().st_size < 2 * 2**20
    with pytest.raises(SheetError) as caught:
        _run(bomb, checklist)
    assert caught.value.code == "FILE_TOO_LARGE"


@pytest.mark.timeout(60)
def test_projected_coordinates_outside_the_crs_area_are_rejected(tmp_path, checklist):
    path = tmp_path / "merc.csv"
    path.write_text("species,date,x,y\n"
                    "Procapra gutturosa,2020-06-01,1e20,5900000\n"
                    "Procapra gutturosa,2020-06-01,12900000000000,5900000\n"
                    "Procapra gutturosa,2020-06-01,11915000,6030000\n", encoding="utf-8")
    result = _run(path, checklist, source_crs="EPSG:3857")
    assert list(result.rejected["reasonCode"]) == ["COORDINATE_OUTSIDE_CRS_AREA"] * 2
    assert list(result.rejected["sourceRow"]) == [2, 3]
    lon, lat = result.occurrences[["decimalLongitude", "decimalLatitude"]].iloc[0]
    # 11915000 m east in Web Mercator = 107.034°E (x / 6378137 in radians)
    assert lon == pytest.approx(11915000 / 6378137 * 180 / 3.141592653589793, abs=1e-6)
    assert 47 < lat < 48


def test_country_code_is_where_the_point_lies_not_the_partners(tmp_path, checklist):
    # a Kazakh partner's snow leopard in Katunsky (Altai Republic, Russia)
    path = tmp_path / "kz.csv"
    path.write_text("species,date,lat,lon\nPanthera uncia,2021-06-01,49.8456,86.3012\n"
                    "Panthera uncia,2021-06-02,49.2,84.0\n", encoding="utf-8")
    result = _run(path, checklist, country="KAZ")
    occ = result.occurrences
    assert list(occ["countryCode"]) == ["RU", "KZ"]
    assert list(occ["country_iso3"]) == ["KAZ", "KAZ"]
    assert "COUNTRY_COORDINATE_MISMATCH" in occ["issues"].iloc[0]
