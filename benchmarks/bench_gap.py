"""Range metrics and gap analysis on synthetic corridor data (default 1,000,000 occurrences of 2,000
species with 9,000 protected areas), against QGIS's own convex hulls per species
(``qgis:minimumboundinggeometry``) and point-in-polygon counts (``native:countpointsinpolygon``)
on the same layers, plus growth from 10k to 1M records."""
import tempfile
from pathlib import Path

import processing

from corridor_plugin.core import gap, ranges
from tests.builders import gap as build

FULL = dict(records=1_000_000, species=2_000, pas=9_000, sizes=(10_000, 100_000, 1_000_000))
QUICK = dict(records=20_000, species=200, pas=500, sizes=(2_000, 20_000))


def occurrences(data, n=None):
    sl = slice(0, n)
    return ranges.from_arrays(data["names"][sl], data["lon"][sl], data["lat"][sl], iucn=data["iucn"][sl],
                              country=data["country"][sl], partner=data["partner"][sl], year=data["year"][sl])


def protected(pa_layer, proj):
    from qgis.core import QgsCoordinateTransform, QgsProject

    transform = QgsCoordinateTransform(pa_layer.crs(), ranges.qgis_crs(proj), QgsProject.instance())
    wkbs = []
    for feature in pa_layer.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        wkbs.append(bytes(geometry.asWkb()))
    return gap.ProtectedAreas(wkbs, [False] * len(wkbs))


def write_gpkg(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    return str(path)


def run(bench):
    cfg = QUICK if bench.quick else FULL
    n, s = cfg["records"], cfg["species"]
    with bench.section(f"gap: building {n:,} occurrences of {s:,} species, {cfg['pas']:,} protected areas"):
        layer, data = build.synthetic_occurrence_layer(n, s)
        pa_layer = build.polygon_layer(build.synthetic_pa_rings(cfg["pas"]))
        occ = occurrences(data)
        proj = ranges.centred_laea(occ.lon, occ.lat, rounding=0.5)
        pas = protected(pa_layer, proj)
        # the point-in-polygon baseline reads memory layers with spatial indexes (on GeoPackage it
        # opens one OGR iterator per protected area and takes tens of minutes at 1M points)
        layer.dataProvider().createSpatialIndex()
        pa_layer.dataProvider().createSpatialIndex()
        folder = Path(tempfile.mkdtemp(prefix="bench_gap_"))
        occ_path = write_gpkg(layer, folder / "occurrences.gpkg")
        pa_path = write_gpkg(pa_layer, folder / "protected_areas.gpkg")

    with bench.section("gap: range metrics (EOO + AOO 2 km)"):
        bench.compare(
            f"rangemetrics core, {n:,} records", lambda: ranges.range_metrics(occ, 2000.0),
            lambda: processing.run("qgis:minimumboundinggeometry", {
                "INPUT": layer, "FIELD": "scientificName", "TYPE": 3, "OUTPUT": "memory:"}),
            "qgis:minimumboundinggeometry (hull/species)", units=n, unit="records")
        bench.compare(
            "rangemetrics core, grid search 4×4", lambda: ranges.range_metrics(occ, 2000.0, shifts=4),
            lambda: ranges.range_metrics(occ, 2000.0), "fixed origin", units=n, unit="records")
        bench.compare(
            "corridor:rangemetrics on GeoPackage", lambda: processing.run("corridor:rangemetrics", {
                "INPUT": occ_path, "OUTPUT": "memory:", "OUTPUT_HULLS": "memory:"}),
            lambda: processing.run("qgis:minimumboundinggeometry", {
                "INPUT": occ_path, "FIELD": "scientificName", "TYPE": 3, "OUTPUT": "memory:"}),
            "qgis:minimumboundinggeometry (GeoPackage)", units=n, unit="records")
        bench.compare(
            "corridor:rangemetrics on a memory layer", lambda: processing.run("corridor:rangemetrics", {
                "INPUT": layer, "OUTPUT": "memory:"}),
            lambda: processing.run("corridor:rangemetrics", {"INPUT": occ_path, "OUTPUT": "memory:"}),
            "same on GeoPackage (Arrow fast path)", units=n, unit="records")
        bench.scaling("rangemetrics core", cfg["sizes"],
                      lambda k: (lambda o=occurrences(data, k): ranges.range_metrics(o, 2000.0)), unit="records")

    with bench.section("gap: gap analysis (10 km ranges, 50 km square grid)"):
        def analyse(o=occ, shape="square"):
            return gap.GapAnalysis(o, pas, resolution_m=10_000.0, proj=proj, grid_shape=shape,
                                   grid_size_m=50_000.0).run()

        bench.compare(
            f"gapanalysis core, {n:,} records", analyse,
            lambda: processing.run("native:countpointsinpolygon", {
                "POLYGONS": pa_layer, "POINTS": layer, "FIELD": "NUMPOINTS", "OUTPUT": "memory:"}),
            "native:countpointsinpolygon (PAs, memory)", units=n, unit="records")
        bench.compare("gapanalysis core, hexagons", lambda: analyse(shape="hexagon"), analyse, "squares",
                      units=n, unit="records")
        bench.compare(
            "corridor:gapanalysis on GeoPackage", lambda: processing.run("corridor:gapanalysis", {
                "OCCURRENCES": occ_path, "PROTECTED_AREAS": pa_path, "OUTPUT_SPECIES": "memory:",
                "OUTPUT_GRID": "memory:", "OUTPUT_SURVEY": "memory:"}),
            analyse, "gapanalysis core (arrays in memory)", units=n, unit="records")
        bench.scaling("gapanalysis core", cfg["sizes"],
                      lambda k: (lambda o=occurrences(data, k): analyse(o)), unit="records")
