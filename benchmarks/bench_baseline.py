"""Baseline load: N synthetic occurrences into a GeoPackage and into PostGIS, against ``ogr2ogr`` copying the
same GeoPackage layer into the same kind of target; then a reload of the same file (must be close to a no-op:
under 5 % of the first load) and a reload of the same records under a new checksum (every occurrenceID
checked against the store)."""
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.harness import measure


def _source_layer(result, folder):
    """The occurrences as a GeoPackage layer (what importsheets writes), for ogr2ogr to copy."""
    from corridor_plugin.core.baseline.gpkg import GeoPackageStore

    path = Path(folder) / "source.gpkg"
    store = GeoPackageStore(str(path))
    store.duplicate_tolerance_m = 0
    store.load(result)
    store.close()
    return path


def run(bench):
    from corridor_plugin.core.baseline import open_store
    from tests.builders.baseline import make_import_result, result_of
    from tests.builders.postgis_server import start_postgis_server

    size = 20_000 if bench.quick else 1_000_000
    folder = Path(tempfile.mkdtemp(prefix="corridor-bench-baseline-"))
    counter = iter(range(1000))
    started = time.perf_counter()
    result = make_import_result(size, seed=1, rejected=max(size // 100, 1))
    print(f"generated {size:,} occurrences in {time.perf_counter() - started:.1f} s", flush=True)
    source = _source_layer(result, folder)
    server = start_postgis_server(settings={"max_wal_size": "'4GB'", "checkpoint_timeout": "'30min'"})
    try:
        targets = {
            "GeoPackage": (lambda: str(folder / f"target_{next(counter)}.gpkg"),
                           lambda target: ["ogr2ogr", "-f", "GPKG", target, str(source), "occurrences",
                                           "-nln", "occurrences"]),
            "PostGIS": (lambda: server.create_database(f"bench_{next(counter)}"),
                        lambda target: ["ogr2ogr", "-f", "PostgreSQL", "PG:" + _pg_conninfo(target), str(source),
                                        "occurrences", "-nln", "ogr_occurrences", "-lco", "GEOMETRY_NAME=geom"]),
        }
        for label, (new_target, ogr_command) in targets.items():
            with bench.section(f"baseline: {size:,} occurrences into {label}"):
                loaded = {}

                def corridor_load(new_target=new_target, loaded=loaded):
                    target = new_target()
                    store = open_store(target)
                    loaded["report"] = store.load(result)
                    loaded["store"] = store

                def ogr_load(new_target=new_target, ogr_command=ogr_command):
                    subprocess.run(ogr_command(new_target()), check=True, capture_output=True)

                first, _ = bench.compare(f"Corridor load → {label}", corridor_load, ogr_load,
                                         f"ogr2ogr → {label}", units=size)
                store = loaded["store"]
                assert loaded["report"].rows_loaded == size
                again = measure(store.load, result)
                assert again.result.rows_loaded == 0
                bench.figure("reload of the same file (s)", again.seconds, "s")
                bench.figure("reload / first load", 100.0 * again.seconds / first.seconds, "%")
                renamed = result_of(result.occurrences, result.rejected, result.submissions[0].partner, "MNG",
                                    "re-exported.xlsx", sha256="e" * 64)
                same_ids = measure(store.load, renamed)
                assert same_ids.result.rows_loaded == 0
                bench.figure("same records, new checksum / first load", 100.0 * same_ids.seconds / first.seconds, "%")
                store.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _pg_conninfo(uri):
    from psycopg2.extensions import parse_dsn

    return " ".join(f"{k}={v}" for k, v in parse_dsn(uri).items())
