"""Partner sheet import: a generated messy 200,000-row sheet (``tests/builders/sheets.py``) cleaned and
validated by Corridor, against ``ogr2ogr`` converting the same CSV to GeoPackage with no validation.

Three figures: the core (``import_sheets``: read, detect, resolve, parse, check countries), the whole
Processing algorithm writing occurrences and rejected rows to GeoPackage, and how time grows with rows."""
import subprocess
import tempfile
from pathlib import Path

from tests.builders.sheets import write_messy_csv


def run(bench):
    import processing

    from corridor_plugin.core.sheets import import_sheets
    from corridor_plugin.core.taxonomy import load_checklist

    rows = 20_000 if bench.quick else 200_000
    checklist = load_checklist()
    with tempfile.TemporaryDirectory() as folder, bench.section(f"sheets: {rows:,}-row messy CSV"):
        folder = Path(folder)
        sheet = write_messy_csv(folder / "messy.csv", rows)
        target = folder / "ogr.gpkg"

        def ogr2ogr():
            target.unlink(missing_ok=True)
            subprocess.run(["ogr2ogr", "-f", "GPKG", str(target), str(sheet)], check=True)

        def core():
            return import_sheets([sheet], country_iso3="RUS", partner="bench", checklist=checklist)

        candidate, _ = bench.compare("import_sheets (core, in memory)", core, ogr2ogr, "ogr2ogr CSV→GPKG",
                                     units=rows)
        result = candidate.result
        assert len(result.occurrences) + len(result.rejected) == rows
        bench.figure("accepted rows", len(result.occurrences), "rows")
        bench.figure("rejected rows", len(result.rejected), "rows")

        def algorithm():
            for name in ("occ.gpkg", "rej.gpkg"):
                (folder / name).unlink(missing_ok=True)
            return processing.run("corridor:importsheets", {
                "INPUT": [str(sheet)], "COUNTRY": "RUS", "PARTNER": "bench", "SOURCE_CRS": "EPSG:4326",
                "OUTPUT": str(folder / "occ.gpkg"), "REJECTED": str(folder / "rej.gpkg")})

        bench.compare("corridor:importsheets → GeoPackage", algorithm, ogr2ogr, "ogr2ogr CSV→GPKG", units=rows)

    with tempfile.TemporaryDirectory() as folder, bench.section("sheets: scaling of import_sheets"):
        sizes = [2_000, 8_000, 32_000] if bench.quick else [10_000, 40_000, 160_000]

        def make_case(size):
            path = write_messy_csv(Path(folder) / f"s{size}.csv", size, seed=size)
            return lambda: import_sheets([path], country_iso3="RUS", checklist=checklist)

        bench.scaling("import_sheets", sizes, make_case, unit="rows")
