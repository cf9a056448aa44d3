"""Bad input gets a clear message and no traceback: from Python (SheetError with a stable code) and
from Processing (QgsProcessingException with the same message)."""
import os
import zipfile

import pytest
from qgis.core import QgsProcessingException

from corridor_plugin.core.readers import OLE_MAGIC, SheetError
from corridor_plugin.core.sheets import import_sheets


def _garbage(path, size):
    with open(path, "wb") as handle:
        handle.write(os.urandom(size))
    return path


def _cases(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n  \r\n\t\r\n")
    binary = _garbage(tmp_path / "photo.csv", 4096)
    corrupt = tmp_path / "broken.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    encrypted = tmp_path / "secret.xlsx"  # Office encrypts XLSX into an OLE container
    encrypted.write_bytes(OLE_MAGIC + os.urandom(4000))
    not_zip = tmp_path / "table.xlsx"
    not_zip.write_text("species,date\n", encoding="utf-8")
    no_sheet_xml = tmp_path / "hollow.xlsx"
    with zipfile.ZipFile(no_sheet_xml, "w") as archive:
        archive.writestr("readme.txt", "nothing here")
    no_species = tmp_path / "no_species.csv"
    no_species.write_text("date,lat,lon,count\n2020-06-01,50.1,115.2,3\n", encoding="utf-8")
    return {
        "EMPTY_FILE": [empty, blank],
        "NOT_A_TABLE": [binary],
        "CORRUPT": [corrupt, not_zip, no_sheet_xml],
        "ENCRYPTED": [encrypted],
        "NO_SPECIES_COLUMN": [no_species],
        "FILE_NOT_FOUND": [tmp_path / "missing.csv"],
    }


def test_each_bad_file_gets_its_code_and_a_message_naming_it(tmp_path, checklist):
    for code, paths in _cases(tmp_path).items():
        for path in paths:
            with pytest.raises(SheetError) as caught:
                import_sheets([path], "MNG", checklist=checklist)
            assert caught.value.code == code, (path.name, caught.value.code, str(caught.value))
            assert path.name in str(caught.value) or code == "NO_SPECIES_COLUMN"
            assert "Traceback" not in str(caught.value)
    with pytest.raises(SheetError, match="species column"):
        import_sheets([tmp_path / "no_species.csv"], "MNG", checklist=checklist)
    with pytest.raises(SheetError, match="password"):
        import_sheets([tmp_path / "secret.xlsx"], "MNG", checklist=checklist)


def test_fifty_megabytes_of_garbage_is_refused_quickly(tmp_path, checklist):
    import time

    path = _garbage(tmp_path / "garbage.txt", 50 * 2**20)
    started = time.perf_counter()
    with pytest.raises(SheetError) as caught:
        import_sheets([path], "MNG", checklist=checklist)
    assert caught.value.code == "NOT_A_TABLE"
    assert time.perf_counter() - started < 5  # decided from the first 64 KB, not by parsing 50 MB
    xlsx = _garbage(tmp_path / "garbage.xlsx", 50 * 2**20)
    with pytest.raises(SheetError) as caught:
        import_sheets([xlsx], "MNG", checklist=checklist)
    assert caught.value.code == "CORRUPT"


def test_bad_parameters_are_explained(seed_sheets, checklist):
    sheet = seed_sheets / "rus_daursky_cp1251.csv"
    with pytest.raises(SheetError, match="Unknown country"):
        import_sheets([sheet], "XYZ", checklist=checklist)
    with pytest.raises(SheetError, match="coordinate reference system"):
        import_sheets([sheet], "RUS", source_crs="EPSG:999999", checklist=checklist)
    with pytest.raises(SheetError, match="Unknown role") as caught:
        import_sheets([sheet], "RUS", mapping="kind=Вид", checklist=checklist)
    assert caught.value.code == "BAD_MAPPING"
    with pytest.raises(ValueError, match="no such column"):
        import_sheets([sheet], "RUS", mapping="species=Taxon", checklist=checklist)
    with pytest.raises(SheetError, match="no sheet 'Nope'"):
        import_sheets([f"{seed_sheets / 'mng_dauria_survey.xlsx'}|layername=Nope"], "MNG", checklist=checklist)


def test_processing_reports_bad_input_as_a_message(corridor_plugin, tmp_path):
    import processing

    cases = _cases(tmp_path)
    for code in ("EMPTY_FILE", "NOT_A_TABLE", "ENCRYPTED", "NO_SPECIES_COLUMN"):
        path = cases[code][0]
        with pytest.raises(QgsProcessingException) as caught:
            processing.run("corridor:importsheets", {
                "INPUT": [str(path)], "COUNTRY": "MNG", "OUTPUT": "memory:", "REJECTED": "memory:"})
        assert str(caught.value).strip(), code
        assert "Traceback" not in str(caught.value)


def test_a_header_without_records_imports_nothing_and_says_so(write_sheet, checklist):
    result = import_sheets([write_sheet([["species", "lat", "lon", "date"], [], []])], "RUS", checklist=checklist)
    assert (len(result.occurrences), len(result.rejected), result.submissions[0].rows_total) == (0, 0, 0)
    assert result.occurrences["occurrenceID"].dtype == object
