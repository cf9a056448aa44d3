"""``corridor:corridors`` on a Dauria-sized resistance raster (5,000 × 5,000 cells of 100 m) with 20
area pairs, against GDAL's proximity (Euclidean distance) pass over the same raster.

Baseline choice: QGIS has no native cost-distance algorithm (cost distance needs the optional GRASS
``r.cost`` or SAGA providers, absent from a plain install); ``gdal:proximity`` (``gdal.ComputeProximity``)
is the distance raster QGIS itself offers without them, one full-raster pass from all area cells.
The ratio says how much a windowed cost-weighted corridor analysis costs next to that plain pass.
"""
import tempfile
from pathlib import Path

from osgeo import gdal, ogr, osr

from benchmarks.harness import measure
from corridor_plugin.core.gdal_compat import ogr_memory_driver
from tests.builders import corridors as build


def _scene(folder: Path, size: int, pairs: int):
    raster = build.write_raster(folder / f"resistance_{size}.tif", build.landscape(size), nodata=-9999.0)
    scene = build.bench_scene(size, pairs)
    areas = []
    links = []
    for id_a, box_a, id_b, box_b in scene:
        areas.append((id_a, build.box_wkt(build.cell_box(*box_a)), "MNG"))
        areas.append((id_b, build.box_wkt(build.cell_box(*box_b)), "CHN"))
        links.append((id_a, id_b, 0.5, True))
    return raster, areas, links


def _run_corridors(raster, areas, links, folder: Path, tag: str, circuit: bool = False):
    import processing

    layer = build.area_layer(areas)
    links_layer = build.links_layer(links)
    params = {
        "INPUT": layer, "LINKS": links_layer, "RESISTANCE": raster, "WIDTH": 10, "WIDTH_UNIT": 0,
        "OUTPUT_PATHS": str(folder / f"paths_{tag}.gpkg"), "OUTPUT_CORRIDORS": str(folder / f"corr_{tag}.gpkg"),
        "OUTPUT_RASTER": str(folder / f"mosaic_{tag}.tif"), "OUTPUT_TABLE": str(folder / f"table_{tag}.gpkg")}
    if circuit:
        params.update(CIRCUIT=True, OUTPUT_PINCH=str(folder / f"pinch_{tag}.tif"))
    return processing.run("corridor:corridors", params)


def _proximity(raster, areas):
    """Euclidean distance from every area cell over the whole raster (GDAL, in memory)."""
    source = gdal.Open(raster)
    target = gdal.GetDriverByName("MEM").Create("", source.RasterXSize, source.RasterYSize, 1, gdal.GDT_Byte)
    target.SetGeoTransform(source.GetGeoTransform())
    target.SetProjection(source.GetProjection())
    vectors = ogr_memory_driver().CreateDataSource("")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(source.GetProjection())
    layer = vectors.CreateLayer("a", srs=srs, geom_type=ogr.wkbPolygon)
    for _, wkt, _ in areas:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    distance = gdal.GetDriverByName("MEM").Create("", source.RasterXSize, source.RasterYSize, 1, gdal.GDT_Float32)
    distance.SetGeoTransform(source.GetGeoTransform())
    gdal.ComputeProximity(target.GetRasterBand(1), distance.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
    return distance.GetRasterBand(1).ComputeRasterMinMax(False)


def _window_cells(table_path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(table_path, "t", "ogr")
    rows = list(layer.getFeatures())
    return sum(int(f["win_cells"] or 0) for f in rows), sum(1 for f in rows if f["status"] == "ok"), len(rows)


def run(bench):
    size, pairs = (1000, 5) if bench.quick else (5000, 20)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with bench.section(f"corridors: {size:,} × {size:,} resistance raster, {pairs} area pairs"):
            raster, areas, links = _scene(folder, size, pairs)
            holder = {}

            def candidate():
                holder["result"] = _run_corridors(raster, areas, links, folder, "main")

            cand, _ = bench.compare(f"corridor:corridors ({pairs} pairs)", candidate,
                                    lambda: _proximity(raster, areas), "gdal.ComputeProximity (whole raster)",
                                    units=size * size, unit="raster cells")
            window_cells, ok, total = _window_cells(holder["result"]["OUTPUT_TABLE"])
            bench.figure("pairs computed / requested", ok / max(1, total) * 100, "%")
            bench.figure("window cells per pair (mean)", window_cells / max(1, total), "cells")
            bench.figure("window cells processed per second", window_cells / cand.seconds, "cells/s")
            bench.figure("peak memory", cand.peak_mb, "MB")
        with bench.section("corridors: circuit mode (current density inside each corridor)"):
            few = 2 if bench.quick else 3
            some_areas, some_links = areas[:2 * few], links[:few]
            bench.compare(f"CIRCUIT=True ({few} pairs)",
                          lambda: _run_corridors(raster, some_areas, some_links, folder, "circuit", True),
                          lambda: _run_corridors(raster, some_areas, some_links, folder, "plain"),
                          "same pairs, least-cost only")
        if not bench.quick:
            # Pairs as far apart as on the 5,000² raster: time and memory should not depend on the raster.
            with bench.section("corridors: 18,000 × 18,000 raster (where peer plugins run out of memory)"):
                big = 18_000
                raster_big = build.write_landscape(folder / "resistance_18000.tif", big)
                big_areas, big_links = [], []
                for id_a, box_a, id_b, box_b in build.bench_scene(big, 5, area_cells=50, gap=1000):
                    big_areas.append((id_a, build.box_wkt(build.cell_box(*box_a)), "MNG"))
                    big_areas.append((id_b, build.box_wkt(build.cell_box(*box_b)), "CHN"))
                    big_links.append((id_a, id_b, 0.5, True))
                m = measure(lambda: _run_corridors(raster_big, big_areas, big_links, folder, "big"))
                bench.figure("5 pairs on 18,000² (324 M cells): time", m.seconds, "s")
                bench.figure("5 pairs on 18,000² (324 M cells): peak memory", m.peak_mb, "MB")
                Path(raster_big).unlink()
        with bench.section("corridors: scaling with raster size (pairs scale with the raster)"):
            sides = (500, 1000) if bench.quick else (1000, 2000, 3000, 4000)

            def make_case(cells):
                side = int(round(cells ** 0.5))
                case = _scene(folder, side, 5)
                return lambda: _run_corridors(*case, folder, f"s{side}")

            # Pair distances grow with the raster side, so window sizes grow with the raster area:
            # an exponent near 1 against raster cells means cost linear in the cells processed.
            bench.scaling("corridor:corridors, 5 pairs", [s * s for s in sides], make_case, unit="raster cells")
