"""Partner sheet import: a generated messy 200,000-row sheet (``tests/builders/sheets.py``) cleaned and
validated by Corridor, against ``ogr2ogr`` converting the same CSV to GeoPackage with no validation.

Figures, each against ogr2ogr timed in the same run: the core (``import_sheets``: read, detect, resolve,
parse, check countries), the whole Processing algorithm writing occurrences and rejected rows to
GeoPackage (filled through SQLite in one transaction), how time grows from 20,000 to 200,000 rows, and
the algorithm writing memory layers (QGIS's feature sink, the path for every other destination)."""
import subprocess
import tempfile
from pathlib import Path

from tests.builders.sheets import write_messy_csv


def floor_section(bench, sheet, occurrences, ogr2ogr, rows):
    """Where the floor of the target lies: three steps that any Python implementation of the import has
    to take, with none of Corridor's logic, each timed against the same ogr2ogr run: read the CSV as text,
    hash each record once (a stable id), bind the accepted rows' varying values into SQLite (in memory, no
    geometry, no index). Their sum is a lower bound of the ratio the algorithm can reach on this stack."""
    import hashlib
    import sqlite3

    import pandas as pd

    from corridor_plugin.processing.import_sheets import python_columns, sql_literal_of_constant

    names = list(occurrences.columns)
    values = python_columns(occurrences, names)
    # only the columns that vary: constant ones are SQL literals in the algorithm too
    varying = [k for k, column in enumerate(values) if sql_literal_of_constant(column) is None]
    names, values = [names[k] for k in varying], [values[k] for k in varying]
    lines = sheet.read_text(encoding="utf-8").splitlines()

    def parse_only():
        return pd.read_csv(sheet, sep=";", dtype=str, keep_default_na=False, encoding="utf-8")

    def hash_only():
        sha256 = hashlib.sha256
        return [sha256(line.encode()).hexdigest() for line in lines]

    def bind_only():
        connection = sqlite3.connect(":memory:")
        connection.execute("CREATE TABLE t (" + ", ".join(f'"{name}"' for name in names) + ")")
        connection.executemany(f"INSERT INTO t VALUES ({', '.join('?' for _ in names)})", zip(*values))
        connection.close()

    total = 0.0
    with bench.section("sheets: the floor (no Corridor logic at all)"):
        for label, step in (("pandas.read_csv, text only", parse_only), ("sha256 of each line", hash_only),
                            ("sqlite3 executemany of the varying columns", bind_only)):
            candidate, base = bench.compare(label, step, ogr2ogr, "ogr2ogr CSV→GPKG", units=rows)
            total += candidate.seconds / base.seconds
        bench.figure("sum of the three ratios (lower bound)", total, "x")


def run(bench):
    import processing

    from corridor_plugin.core.sheets import import_sheets
    from corridor_plugin.core.taxonomy import load_checklist

    rows = 20_000 if bench.quick else 200_000
    checklist = load_checklist()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        sheet = write_messy_csv(folder / "messy.csv", rows)
        target = folder / "ogr.gpkg"

        def ogr2ogr():
            target.unlink(missing_ok=True)
            subprocess.run(["ogr2ogr", "-f", "GPKG", str(target), str(sheet)], check=True)

        def core(path=sheet):
            return lambda: import_sheets([path], country_iso3="RUS", partner="bench", checklist=checklist)

        def algorithm(path=sheet, output="gpkg"):
            def run_it():
                for name in ("occ.gpkg", "rej.gpkg"):
                    (folder / name).unlink(missing_ok=True)
                destinations = ((str(folder / "occ.gpkg"), str(folder / "rej.gpkg")) if output == "gpkg"
                                else ("memory:", "memory:"))
                return processing.run("corridor:importsheets", {
                    "INPUT": [str(path)], "COUNTRY": "RUS", "PARTNER": "bench", "SOURCE_CRS": "EPSG:4326",
                    "OUTPUT": destinations[0], "REJECTED": destinations[1]})
            return run_it

        with bench.section(f"sheets: {rows:,}-row messy CSV"):
            candidate, _ = bench.compare("import_sheets (core, in memory)", core(), ogr2ogr, "ogr2ogr CSV→GPKG",
                                         units=rows)
            result = candidate.result
            assert len(result.occurrences) + len(result.rejected) == rows
            bench.figure("accepted rows", len(result.occurrences), "rows")
            bench.figure("rejected rows", len(result.rejected), "rows")
            floor_section(bench, sheet, result.occurrences, ogr2ogr, rows)
            del candidate, result
            bench.compare("corridor:importsheets → GeoPackage", algorithm(), ogr2ogr, "ogr2ogr CSV→GPKG",
                          units=rows)

        with bench.section("sheets: scaling"):
            sizes = [2_000, 20_000] if bench.quick else [20_000, 200_000]
            sheets = {size: write_messy_csv(folder / f"s{size}.csv", size, seed=size) for size in sizes}
            bench.scaling("import_sheets", sizes, lambda size: core(sheets[size]), unit="rows")
            bench.scaling("importsheets → GeoPackage", sizes, lambda size: algorithm(sheets[size]), unit="rows")

        # last: memory layers stay in the process and would inflate the peaks measured after them
        with bench.section(f"sheets: {rows:,} rows to memory layers"):
            bench.compare("corridor:importsheets → memory (sink)", algorithm(output="memory"), ogr2ogr,
                          "ogr2ogr CSV→GPKG", units=rows)
