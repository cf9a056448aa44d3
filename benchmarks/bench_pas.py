"""Overlay of occurrences on protected areas: ``corridor:overlay`` (all four outputs) against
``native:joinattributesbylocation`` on the same GeoPackage files in the same run, and its scaling.

Full size: 9,000 generated protected areas of 200–2,000 vertices (Russia's WDPA size) and
1,000,000 occurrences, half uniform over the region and half around the areas. ``--quick``:
300 areas and 10,000 points. Generated files are cached in build/bench-data/pas/.
"""
import shutil
import tempfile
from pathlib import Path

import numpy as np

from tests.builders.pas import (
    random_occurrence_columns,
    random_protected_areas,
    write_points_gpkg,
    write_polygons_gpkg,
)

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / "build" / "bench-data" / "pas"
EXTENT = (80.0, 40.0, 140.0, 60.0)


def polygons_file(n):
    path = CACHE / f"pas_{n}.gpkg"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        rng = np.random.default_rng(n)
        write_polygons_gpkg(str(path), random_protected_areas(n, rng, extent=EXTENT))
    return str(path)


def points_file(n, pa_path):
    path = CACHE / f"occ_{n}.gpkg"
    if not path.exists():
        from osgeo import ogr

        ds = ogr.Open(pa_path)
        near = []
        for feature in ds.GetLayer(0):
            xmin, xmax, ymin, ymax = feature.GetGeometryRef().GetEnvelope()
            near.append(((xmin + xmax) / 2, (ymin + ymax) / 2, (ymax - ymin) / 2))
        ds = None
        columns = random_occurrence_columns(n, np.random.default_rng(n + 1), extent=EXTENT, near=near)
        write_points_gpkg(str(path), columns)
    return str(path)


def overlay(points, areas, folder):
    import processing

    folder = Path(folder)
    return processing.run("corridor:overlay", {
        "OCCURRENCES": points, "PROTECTED_AREAS": areas,
        "OUTPUT_AREAS": str(folder / "areas.gpkg"), "OUTPUT_SPECIES_AREAS": str(folder / "species_areas.gpkg"),
        "OUTPUT_SPECIES": str(folder / "species.gpkg"), "OUTPUT_OCCURRENCES": str(folder / "occurrences.gpkg")})


def native_join(points, areas, output):
    import processing

    return processing.run("native:joinattributesbylocation", {
        "INPUT": points, "JOIN": areas, "PREDICATE": [0], "METHOD": 0, "DISCARD_NONMATCHING": False,
        "OUTPUT": output})


def run(bench):
    n_areas = 300 if bench.quick else 9000
    sizes = (10_000,) if bench.quick else (10_000, 100_000, 1_000_000)
    with bench.section(f"protected areas: overlay on {n_areas:,} areas of 200–2,000 vertices"):
        areas = polygons_file(n_areas)
        files = {n: points_file(n, areas) for n in sizes}
        work = Path(tempfile.mkdtemp(prefix="bench_pas_"))
        try:
            for n in sizes:
                points = files[n]
                if n <= 100_000 or not bench.quick:
                    bench.compare(f"corridor:overlay {n:,} pts (4 outputs, GPKG)",
                                  lambda p=points: overlay(p, areas, work),
                                  lambda p=points, n=n: native_join(p, areas, str(work / f"native_{n}.gpkg")),
                                  "native join → GPKG", units=n, unit="points")
                if n <= 100_000:
                    bench.compare(f"corridor:overlay {n:,} pts vs native → memory",
                                  lambda p=points: overlay(p, areas, work),
                                  lambda p=points: native_join(p, areas, "TEMPORARY_OUTPUT"),
                                  "native join → memory", units=n, unit="points")
            bench.scaling("corridor:overlay", sizes, lambda n: (lambda: overlay(files[n], areas, work)),
                          unit="points")
        finally:
            shutil.rmtree(work, ignore_errors=True)
