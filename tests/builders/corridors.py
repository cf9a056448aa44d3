"""Synthetic resistance rasters, protected areas and barriers for corridor tests and benchmarks."""
import math

import numpy as np
from osgeo import gdal, ogr, osr

from corridor_plugin.toolbelt.qgis_compat import make_field

# WGS 84 / UTM zone 50N: covers Dauria (114–120° E), metres.
EPSG = 32650
ORIGIN = (500_000.0, 5_600_000.0)  # upper-left corner, inside zone 50N near 117° E, 50.5° N


def write_raster(path, values, cell_size=100.0, nodata=None, origin=ORIGIN, epsg=EPSG, dtype=gdal.GDT_Float32):
    """GeoTIFF of ``values`` (rows × cols) with square cells, north up."""
    values = np.asarray(values)
    rows, cols = values.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, dtype,
                                              ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=LZW"])
    ds.SetGeoTransform((origin[0], cell_size, 0.0, origin[1], 0.0, -cell_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    band.FlushCache()
    ds = None
    return str(path)


def cell_box(col0, row0, col1, row1, cell_size=100.0, origin=ORIGIN):
    """Map-unit box (minx, miny, maxx, maxy) covering cells col0..col1-1, row0..row1-1."""
    x0, y0 = origin
    return (x0 + col0 * cell_size, y0 - row1 * cell_size, x0 + col1 * cell_size, y0 - row0 * cell_size)


def box_wkt(box):
    minx, miny, maxx, maxy = box
    return f"POLYGON(({minx} {miny},{maxx} {miny},{maxx} {maxy},{minx} {maxy},{minx} {miny}))"


def box_wkb(box):
    return bytes(ogr.CreateGeometryFromWkt(box_wkt(box)).ExportToWkb())


def cell_centre(col, row, cell_size=100.0, origin=ORIGIN):
    return origin[0] + (col + 0.5) * cell_size, origin[1] - (row + 0.5) * cell_size


def line_wkt(points):
    return "LINESTRING(" + ",".join(f"{x} {y}" for x, y in points) + ")"


def area_layer(areas, epsg=EPSG, id_field="pa_id"):
    """Memory polygon layer of ``areas`` = [(id, wkt, iso3)] with fields ``pa_id``, ``name``, ``iso3``."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:{epsg}", "areas", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(id_field, QVariant.Int), make_field("name", QVariant.String),
                            make_field("iso3", QVariant.String)])
    layer.updateFields()
    features = []
    for pa_id, wkt, iso3 in areas:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([pa_id, f"PA {pa_id}", iso3])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def barrier_layer(lines, epsg=EPSG):
    """Memory line layer of ``lines`` = [(name, wkt, resistance)]."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer(f"LineString?crs=EPSG:{epsg}", "barriers", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field("name", QVariant.String), make_field("resistance", QVariant.Double)])
    layer.updateFields()
    features = []
    for name, wkt, resistance in lines:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, resistance])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def links_layer(links):
    """Geometry-less links table like ``corridor:connectivity`` writes: [(from, to, probability, transboundary)]."""
    from qgis.core import QgsFeature, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("None", "links", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field("from_id", QVariant.Int), make_field("to_id", QVariant.Int),
                            make_field("probability", QVariant.Double), make_field("transboundary", QVariant.Bool)])
    layer.updateFields()
    features = []
    for row in links:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def landscape(size, seed=0):
    """Smooth random resistance 1..~50 (cheap to make at 5,000²: coarse noise upsampled) with a
    few impassable lakes (NaN → written as no data)."""
    rng = np.random.default_rng(seed)
    coarse = max(4, size // 100)
    noise = rng.random((coarse, coarse))
    reps = math.ceil(size / coarse)
    grid = np.kron(noise, np.ones((reps, reps), dtype=np.float32))[:size, :size]
    resistance = (1.0 + 49.0 * grid ** 3).astype(np.float32)
    for _ in range(max(1, size // 1000)):
        r, c = rng.integers(0, size, 2)
        radius = size // 60
        rr, cc = np.ogrid[:size, :size]
        resistance[(rr - r) ** 2 + (cc - c) ** 2 < radius ** 2] = -9999.0
    return resistance


def write_landscape(path, size, seed=0, cell_size=100.0, strip=1024):
    """Like :func:`landscape` but written strip by strip, so a 18,000² raster (1.3 GB as float32)
    never sits in memory. Returns the path."""
    rng = np.random.default_rng(seed)
    coarse = max(4, size // 100)
    noise = rng.random((coarse, coarse)).astype(np.float32)
    reps = math.ceil(size / coarse)
    lakes = [(int(r), int(c)) for r, c in rng.integers(0, size, (max(1, size // 1000), 2))]
    radius = size // 60
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Float32,
                                              ["TILED=YES", "COMPRESS=LZW", "BIGTIFF=YES"])
    ds.SetGeoTransform((ORIGIN[0], cell_size, 0.0, ORIGIN[1], 0.0, -cell_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    columns = np.repeat(np.arange(coarse), reps)[:size]
    for r0 in range(0, size, strip):
        rows = np.arange(r0, min(size, r0 + strip))
        block = noise[np.ix_(rows // reps, columns)]
        block = (1.0 + 49.0 * block ** 3).astype(np.float32)
        rr, cc = rows[:, None], np.arange(size)[None, :]
        for lr, lc in lakes:
            if abs(lr - rows[0]) <= radius + strip:
                block[(rr - lr) ** 2 + (cc - lc) ** 2 < radius ** 2] = -9999.0
        band.WriteArray(block, 0, r0)
    band.FlushCache()
    ds = None
    return str(path)


def bench_scene(size, pairs=20, seed=1, area_cells=None, gap=None):
    """Areas for ``pairs`` pairs on a ``size``² grid: pair k joins two squares about ``gap`` cells
    (default a fifth of the grid) apart. Returns ``[(id_a, box_a, id_b, box_b)]`` in cell units."""
    rng = np.random.default_rng(seed)
    side = area_cells or max(3, size // 100)
    gap = gap or size // 5
    scene = []
    for k in range(pairs):
        c0 = int(rng.integers(0, size - gap - 2 * side))
        r0 = int(rng.integers(0, size - gap - 2 * side))
        dc, dr = int(rng.integers(gap // 2, gap)), int(rng.integers(0, gap // 2))
        scene.append((2 * k + 1, (c0, r0, c0 + side, r0 + side),
                      2 * k + 2, (c0 + dc, r0 + dr, c0 + dc + side, r0 + dr + side)))
    return scene
