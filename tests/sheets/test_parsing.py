"""Parsers of coordinates, dates and abundance: every notation of the issue with values worked by
hand, and property-based checks that no string makes them raise."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corridor_plugin.core.parsing.abundance import parse_abundance
from corridor_plugin.core.parsing.coordinates import gk_zone_prefix, looks_like_gk_pair, parse_coordinate, split_pair
from corridor_plugin.core.parsing.dates import infer_day_first, parse_date

TODAY = dt.date(2026, 1, 1)


# -- coordinates: degrees + minutes/60 + seconds/3600, worked by hand -------------------------------
@pytest.mark.parametrize("text, value, axis", [
    ("50.0603", 50.0603, None),
    ("50,0603", 50.0603, None),                       # comma decimal
    ("-115.5", -115.5, None),
    ("50°03'37\" N", 50 + 3 / 60 + 37 / 3600, "lat"),   # 50.060277...
    ("50 03 37N", 50.0602777778, "lat"),
    ("50°03.6'", 50.06, None),                        # 3.6' = 0.06°
    ("50 03,6", 50.06, None),
    ("N 50.5", 50.5, "lat"),
    ("С 50°03′37″", 50.0602777778, "lat"),            # Cyrillic С = север
    ("50°03′37″ ю.ш.", -50.0602777778, "lat"),        # южной широты
    ("115 20 10 В", 115 + 20 / 60 + 10 / 3600, "lon"),  # 115.336111...
    ("З 12°30'", -12.5, "lon"),                        # запад
    ("北纬48°33′", 48.55, "lat"),
    ("东经117°30′00″", 117.5, "lon"),
    ("50度03分37秒", 50.0602777778, None),
    ("48°45'50\"N", 48 + 45 / 60 + 50 / 3600, "lat"),  # Dalai Lake NNR bbox corner: 47.763889 + 1
    ("115°20′10″ в.д.", 115.3361111111, "lon"),
    ("49.33 хө", 49.33, "lat"),
])
def test_coordinates_by_hand(text, value, axis):
    parsed = parse_coordinate(text)
    assert parsed.ok, parsed
    assert parsed.value == pytest.approx(value, abs=1e-6)
    assert parsed.axis == axis


@pytest.mark.parametrize("text", ["abc", "50.1.2", "73°60'", "50°03'61\"", "50 N 3", "-50 S", "", None, "50 30 20 10"])
def test_bad_coordinates_are_errors_not_values(text):
    parsed = parse_coordinate(text)
    assert not parsed.ok and parsed.error in ("COORDINATE_INVALID", "COORDINATE_MISSING")


def test_precision_of_written_coordinates():
    assert parse_coordinate("50.06").precision_deg == pytest.approx(0.01)
    assert parse_coordinate("50°03'").precision_deg == pytest.approx(1 / 60)
    assert parse_coordinate("50°03'37\"").precision_deg == pytest.approx(1 / 3600)


@pytest.mark.parametrize("text, first, second", [
    ("50.06, 115.3", "50.06", "115.3"),
    ("50,06; 115,3", "50,06", "115,3"),
    ("50.06 115.3", "50.06", "115.3"),
    ("50.06,115.3", "50.06", "115.3"),
    ("北纬50.1° 东经115.3°", "北纬50.1°", "东经115.3°"),
])
def test_pairs_in_one_cell(text, first, second):
    assert split_pair(text) == (first, second)


def test_pairs_in_one_cell_with_dms_and_hemispheres():
    a, b = split_pair("50°03'37\"N 115°20'10\"E")
    assert parse_coordinate(a).value == pytest.approx(50.0602778, abs=1e-6)
    assert parse_coordinate(b).value == pytest.approx(115.3361111, abs=1e-6)
    a, b = split_pair("N50 03 37 E115 20 10")
    assert parse_coordinate(b).axis == "lon"


def test_gauss_kruger_zone_prefix():
    assert gk_zone_prefix(20403402) == 20
    assert gk_zone_prefix(403402) is None
    assert looks_like_gk_pair(5550000, 20403402) == (20403402, 5550000, 20)   # X north, Y east (Soviet order)
    assert looks_like_gk_pair(20403402, 5550000) == (20403402, 5550000, 20)
    assert looks_like_gk_pair(50.1, 115.3) is None


# -- dates --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, iso", [
    ("12.06.2020", "2020-06-12"),
    ("12/06/2020", "2020-06-12"),
    ("12-06-2020", "2020-06-12"),
    ("2020-06-12", "2020-06-12"),
    ("2020/06/12", "2020-06-12"),
    ("2020.06.12", "2020-06-12"),
    ("2020-06-12 00:00:00", "2020-06-12"),
    ("2020年6月12日", "2020-06-12"),
    ("2020年6月", "2020-06"),
    ("2020-06", "2020-06"),
    ("June 2020", "2020-06"),
    ("June 12, 2020", "2020-06-12"),
    ("12 Jun 2020", "2020-06-12"),
    ("июнь 2020", "2020-06"),
    ("12 июня 2020 г.", "2020-06-12"),
    ("маусым 2020", "2020-06"),          # Kazakh June
    ("2020 оны 6 сар", "2020-06"),       # Mongolian
    ("12.VI.2020", "2020-06-12"),        # Roman month
    ("43994", "2020-06-12"),             # Excel serial: 43831 = 2020-01-01, + 163 days
    ("2020", "2020"),
    ("12-15.06.2020", "2020-06-12/2020-06-15"),
    ("12.06.2020 - 15.06.2020", "2020-06-12/2020-06-15"),
    ("2020-06-12/2020-06-15", "2020-06-12/2020-06-15"),
    ("июнь-июль 2020", "2020-06/2020-07"),
    ("2019-2020", "2019/2020"),
    ("12.06.20", "2020-06-12"),
])
def test_dates_keep_their_precision(text, iso):
    parsed = parse_date(text, today=TODAY)
    assert parsed.ok, parsed
    assert parsed.iso == iso


def test_date_bounds_and_errors():
    assert parse_date("2030-01-01", today=TODAY).error == "DATE_FUTURE"
    assert parse_date("2026-01-02", today=TODAY).error == "DATE_FUTURE"
    assert parse_date("2026-01-01", today=TODAY).ok
    assert parse_date("1750", today=TODAY).error == "DATE_TOO_OLD"
    assert parse_date("1799-12-31", today=TODAY).error == "DATE_TOO_OLD"
    assert parse_date("31.02.2020", today=TODAY).error == "DATE_INVALID"
    assert parse_date("", today=TODAY).error == "DATE_MISSING"
    assert parse_date("spring", today=TODAY).error == "DATE_INVALID"
    june = parse_date("2020-06", today=TODAY)
    assert (june.start, june.end) == (dt.date(2020, 6, 1), dt.date(2020, 6, 30))


def test_day_first_by_default_and_inferred_per_column():
    assert parse_date("03/04/2020", today=TODAY).iso == "2020-04-03"
    assert parse_date("03/04/2020", day_first=False, today=TODAY).iso == "2020-03-04"
    assert infer_day_first(["03/04/2020", "06/13/2020"]) is False
    assert infer_day_first(["03/04/2020", "13/06/2020"]) is True
    assert infer_day_first(["03/04/2020"]) is True
    assert infer_day_first(["13/06/2020", "06/13/2020"]) is True  # contradictory column: keep the default


# -- abundance ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, status, count, quantity, low, high", [
    ("12", "present", 12, "12", 12, 12),
    ("12.0", "present", 12, "12", 12, 12),
    ("~20", "present", None, "~20", 20, 20),
    ("около 20", "present", None, "~20", 20, 20),
    ("约20", "present", None, "~20", 20, 20),
    (">100", "present", None, ">100", 100, None),
    ("100+", "present", None, ">100", 100, None),
    ("10-15", "present", None, "10-15", 10, 15),
    ("10–15", "present", None, "10-15", 10, 15),
    ("<5", "present", None, "<5", 1, 5),
    ("2.5", "present", None, "2.5", 2.5, 2.5),
    ("few", "present", None, "few", 1, None),
    ("несколько", "present", None, "few", 1, None),
    ("many", "present", None, "many", 1, None),
    ("много", "present", None, "many", 1, None),
    ("олон", "present", None, "many", 1, None),
    ("许多", "present", None, "many", 1, None),
    ("көп", "present", None, "many", 1, None),
    ("+", "present", None, "present", 1, None),
    ("0", "absent", 0, "0", 0, 0),
    ("5 ос.", "present", 5, "5", 5, 5),
    ("", "present", None, "", None, None),
])
def test_abundance(text, status, count, quantity, low, high):
    parsed = parse_abundance(text)
    assert not parsed.error
    assert (parsed.status, parsed.individual_count, parsed.quantity) == (status, count, quantity)
    assert (parsed.minimum, parsed.maximum) == (low, high)


@pytest.mark.parametrize("text", ["-3", "abc", "12 or so?!", "<0", "<1", "<0.5"])
def test_bad_abundance(text):
    assert parse_abundance(text).error == "ABUNDANCE_INVALID"


# -- never raises ------------------------------------------------------------------------------------
_alphabet = st.characters(blacklist_categories=("Cs",))
_notation = st.text(alphabet="0123456789.,-°'\" NSEWСЮВЗ北纬东经年月日/~><+ ", max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=_alphabet, max_size=40), _notation))
def test_parsers_never_raise(text):
    coordinate = parse_coordinate(text)
    assert coordinate.ok or coordinate.error
    if coordinate.ok:
        assert coordinate.value == coordinate.value  # not NaN
    split_pair(text)
    date = parse_date(text, today=TODAY)
    assert date.ok or date.error
    if date.ok:
        assert dt.date(1800, 1, 1) <= date.start <= date.end <= TODAY
    abundance = parse_abundance(text)
    assert abundance.error or abundance.status in ("present", "absent")
    if abundance.minimum is not None and abundance.maximum is not None:
        assert abundance.minimum <= abundance.maximum


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_parsers_take_numbers_too(number):
    parse_coordinate(number)
    parse_abundance(number)
    parse_date(str(number), today=TODAY)
