"""Header detection: words in five languages, abbreviations and units, title blocks, two header rows,
and a user mapping that overrides detection."""
import pytest

from corridor_plugin.core.headers import detect_header, parse_mapping, role_of


@pytest.mark.parametrize("label, role", [
    ("Species", "species"), ("Scientific name", "species"), ("Вид", "species"), ("Латинское название", "species"),
    ("Зүйл", "species"), ("Зүйлийн нэр", "species"), ("物种", "species"), ("学名", "species"), ("Түр атауы", "species"),
    ("Русское название", "vernacular"), ("中文名", "vernacular"),
    ("Count", "count"), ("Кол-во", "count"), ("Численность, особей", "count"), ("Тоо толгой", "count"),
    ("数量（只）", "count"), ("Саны", "count"),
    ("Date", "date"), ("Дата учёта", "date"), ("Огноо", "date"), ("日期", "date"), ("Күні", "date"),
    ("Locality", "site"), ("Урочище", "site"), ("Байршил", "site"), ("地点", "site"), ("Орны", "site"),
    ("Lat (dd)", "lat"), ("Широта, °", "lat"), ("с.ш.", "lat"), ("Өргөрөг", "lat"), ("纬度", "lat"), ("Ендік", "lat"),
    ("Long.", "lon"), ("Долгота в.д.", "lon"), ("Уртраг", "lon"), ("经度", "lon"), ("Бойлық", "lon"),
    ("Координаты", "coordinates"), ("坐标", "coordinates"), ("X", "x"), ("Y", "y"),
    ("Страна", "country"), ("Наблюдатель", "observer"), ("№", None), ("Примечание", None), ("", None),
])
def test_header_words(label, role):
    assert role_of(label) == role


def test_title_block_and_two_header_rows():
    rows = [["Учёт птиц, Даурский заповедник, 2020"], [],
            ["Вид", "Дата", "Координаты", "", "Кол-во"],
            ["", "", "широта", "долгота", ""],
            ["Grus vipio", "12.06.2020", "50.1", "115.6", "2"]]
    layout = detect_header(rows)
    assert layout.header_rows == [2, 3] and layout.first_data_row == 4
    assert layout.roles["lat"] == 2 and layout.roles["lon"] == 3 and layout.roles["species"] == 0
    assert layout.labels[2] == "Координаты / широта"


def test_single_header_row_is_not_merged_with_data():
    layout = detect_header([["species", "date", "lat", "lon"], ["Grus vipio", "2020", "50.1", "115.6"]])
    assert layout.header_rows == [0] and layout.first_data_row == 1


def test_mapping_overrides_and_is_validated():
    rows = [["Taxon name", "When", "A", "B"], ["Grus vipio", "2020", "50.1", "115.6"]]
    layout = detect_header(rows, mapping="species=Taxon name; date=When; lat=C; lon=4")
    assert (layout.roles["species"], layout.roles["date"], layout.roles["lat"], layout.roles["lon"]) == (0, 1, 2, 3)
    assert parse_mapping('{"abundance": "Кол-во", "locality": "Место"}') == {"count": "Кол-во", "site": "Место"}
    with pytest.raises(ValueError, match="Unknown role"):
        parse_mapping("colour=B")
    with pytest.raises(ValueError, match="no species column|No species column"):
        detect_header([["date", "lat"], ["2020", "50"]])
