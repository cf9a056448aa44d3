"""Legacy Excel 97–2003 (.xls) sheets, as some partners still send them: read through GDAL's XLS driver.

LibreOffice converts the seed workbook (title block, two header rows, a real date cell) to .xls; the import
of the .xls must give exactly what the .xlsx gives, row for row."""
import pandas as pd

from corridor_plugin.core.sheets import import_sheets

COMPARED = ["sourceRow", "scientificName", "verbatimIdentification", "eventDate", "decimalLatitude",
            "decimalLongitude", "individualCount", "organismQuantity", "occurrenceStatus", "locality"]


def test_xls_imports_exactly_like_the_xlsx_it_was_saved_from(seed_sheets, checklist, tmp_path, libreoffice):
    source = seed_sheets / "mng_dauria_survey.xlsx"
    libreoffice([source], "xls", tmp_path)
    xls = tmp_path / "mng_dauria_survey.xls"
    assert xls.exists()
    from_xlsx = import_sheets([source], "MNG", partner="P", checklist=checklist)
    from_xls = import_sheets([xls], "MNG", partner="P", checklist=checklist)
    assert len(from_xls.occurrences) == len(from_xlsx.occurrences) == 7
    assert len(from_xls.rejected) == len(from_xlsx.rejected) == 3
    assert sorted(from_xls.rejected["reasonCode"]) == sorted(from_xlsx.rejected["reasonCode"])
    left = from_xlsx.occurrences[COMPARED].sort_values("sourceRow").reset_index(drop=True)
    right = from_xls.occurrences[COMPARED].sort_values("sourceRow").reset_index(drop=True)
    pd.testing.assert_frame_equal(left, right, check_dtype=False)
    assert from_xls.submissions[0].rows_total == from_xlsx.submissions[0].rows_total == 10
