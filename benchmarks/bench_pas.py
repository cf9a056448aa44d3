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


IRREGULAR_EXTENT = (104.0, 41.0, 130.0, 59.0)  # about 2,000 × 2,000 km
MEXICO_EXTENT = (-117.0, 15.0, -87.0, 32.0)


def irregular_polygons_file(n):
    """``n`` spiky, overlapping areas (tests/builders/dense.py: hairbrush spikes on a wandering
    outline, radius 2–40 km log-uniform, 200–2,000 vertices) uniformly over 2,000 × 2,000 km."""
    path = CACHE / f"irregular_pas_{n}.gpkg"
    if not path.exists():
        from tests.builders.dense import irregular_ring
        from tests.builders.pas import ring_wkt

        CACHE.mkdir(parents=True, exist_ok=True)
        rng = np.random.default_rng(n + 7)
        xmin, ymin, xmax, ymax = IRREGULAR_EXTENT
        rows = []
        for k in range(n):
            lon, lat = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
            radius = float(np.exp(rng.uniform(np.log(2000.0), np.log(40000.0))))
            ring = irregular_ring(0.0, 0.0, radius, int(rng.integers(200, 2001)), rng, spikiness=0.6)
            ring = np.column_stack([lon + ring[:, 0] / (111_320.0 * np.cos(np.radians(lat))),
                                    lat + ring[:, 1] / 110_570.0])
            rows.append((f"MULTIPOLYGON(({ring_wkt(ring)}))", {"WDPAID": 500000 + k, "NAME": f"PA {k}",
                                                              "IUCN_CAT": "IV"}))
        write_polygons_gpkg(str(path), rows)
    return str(path)


def uniform_points_file(n):
    path = CACHE / f"occ_uniform_{n}.gpkg"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        write_points_gpkg(str(path), random_occurrence_columns(n, np.random.default_rng(n + 3),
                                                               extent=IRREGULAR_EXTENT))
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

    n_irregular = 300 if bench.quick else 9000
    with bench.section(f"protected areas: overlay on {n_irregular:,} spiky, overlapping areas, uniform points"):
        areas = irregular_polygons_file(n_irregular)
        work = Path(tempfile.mkdtemp(prefix="bench_pas_"))
        try:
            for n in sizes:
                points = uniform_points_file(n)
                bench.compare(f"corridor:overlay {n:,} pts (4 outputs, GPKG)",
                              lambda p=points: overlay(p, areas, work),
                              lambda p=points, n=n: native_join(p, areas, str(work / f"native_{n}.gpkg")),
                              "native join → GPKG", units=n, unit="points")
        finally:
            shutil.rmtree(work, ignore_errors=True)

    mexico = REPO.parent / "shared" / "data" / "reference" / "makurhini_mexico_protected_areas.gpkg"
    if not mexico.exists():
        print(f"skipped: {mexico} not found")
        return
    with bench.section("protected areas: overlay on Makurhini's 706 real Mexican protected areas, uniform points"):
        work = Path(tempfile.mkdtemp(prefix="bench_pas_"))
        try:
            for n in sizes:
                points = CACHE / f"occ_mexico_{n}.gpkg"
                if not points.exists():
                    write_points_gpkg(str(points), random_occurrence_columns(
                        n, np.random.default_rng(n + 5), extent=MEXICO_EXTENT))
                bench.compare(f"corridor:overlay {n:,} pts (4 outputs, GPKG)",
                              lambda p=str(points): overlay(p, str(mexico), work),
                              lambda p=str(points), n=n: native_join(p, str(mexico), str(work / f"native_{n}.gpkg")),
                              "native join → GPKG", units=n, unit="points")
        finally:
            shutil.rmtree(work, ignore_errors=True)
