"""Fixtures of the sheet-import tests: QGIS running (the country check reads the shipped borders),
the shipped checklist, the seed sheets and a helper to write sheets in any encoding."""
import pytest

from tests.conftest import REPO

SEED_SHEETS = REPO / "seeds" / "sheets"


@pytest.fixture(autouse=True)
def _qgis(qgis_app):
    return qgis_app


@pytest.fixture(scope="session")
def checklist():
    from corridor_plugin.core.taxonomy import load_checklist

    return load_checklist()


@pytest.fixture(scope="session")
def seed_sheets():
    return SEED_SHEETS


@pytest.fixture()
def write_sheet(tmp_path):
    """write_sheet(rows, name="s.csv", encoding="utf-8", delimiter=",") -> Path"""

    def write(rows, name="sheet.csv", encoding="utf-8", delimiter=","):
        path = tmp_path / name
        text = "\r\n".join(delimiter.join(str(c) for c in row) for row in rows) + "\r\n"
        path.write_bytes(text.encode(encoding))
        return path

    return write
