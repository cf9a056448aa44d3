"""The speed-ups of the importer keep the results: quoted-cell detection, ids for a subset of rows, and
the distinct-point country lookup."""
import re

import numpy as np
import pandas as pd
import pytest

from corridor_plugin.core.readers import _has_quoted_cell
from corridor_plugin.core.sheets import _occurrence_id


def _by_regex(text, delimiter):  # the former test: a MULTILINE pattern
    return re.search(r'(?:^|' + re.escape(delimiter) + r')[ \t]*"', text, re.MULTILINE) is not None


@pytest.mark.parametrize("text, expected", [
    ('a;b\n"x";y', True), (' "a";b', True), ('a; "b"', True), ("a;\t\"b", True), ('a\r\n"b"', True),
    ('50°03\'37" N;115', False), ('a;b"', False), ('x"\ny', False), ("no quotes;at all", False),
    ('a,"b"', False),   # a quote after another character than the delimiter
    ('a\r"b"', False),   # a lone carriage return is not a line start for the former pattern either
])
def test_quoted_cell_detection(text, expected):
    assert _has_quoted_cell(text, ";") is expected
    assert _by_regex(text, ";") is expected


def test_ids_of_some_rows_are_those_of_all_rows():
    frame = pd.DataFrame({0: ["дзерен", "дзерен", "волк", "дзерен"], 1: ["3", "3", "1", "3"]},
                         index=[2, 3, 4, 5])
    every = _occurrence_id("P", "", ["Вид", "Численность"], frame)
    some = _occurrence_id("P", "", ["Вид", "Численность"], frame, np.array([1, 3]))
    assert list(some) == [every[1], every[3]]
    # identical rows are told apart by their rank, so all ids differ, and they are stable
    assert len(set(every)) == 4 and all(i.startswith("crd:") and len(i) == 36 for i in every)
    assert list(_occurrence_id("P", "", ["Вид", "Численность"], frame)) == list(every)


def test_distinct_points_keep_their_country(corridor_plugin):
    from corridor_plugin.core.quality import CountryLocator

    locator = CountryLocator()
    lon = np.array([116.0, 106.9, 116.0, 77.0, np.nan, 106.9, -0.0])
    lat = np.array([50.3, 47.9, 50.3, 43.25, 10.0, 47.9, 0.0])
    assert list(locator.countries(lon, lat)) == ["RUS", "MNG", "RUS", "KAZ", "", "MNG", ""]


def test_flag_counts_per_distinct_combination():
    from corridor_plugin.core.sheets import flag_counts

    issues = ["", "COORDINATE_ROUNDED", "COORDINATE_ROUNDED;TAXON_MATCH_FUZZY", "", "TAXON_MATCH_FUZZY",
              "COORDINATE_ROUNDED"]
    counts = flag_counts(pd.DataFrame({"issues": issues}))
    assert counts == {"COORDINATE_ROUNDED": 3, "TAXON_MATCH_FUZZY": 2}
    assert flag_counts(pd.DataFrame({"issues": []})) == {}
