"""GDAL raster I/O for corridors: the analysis grid, windowed reads, burning vectors, mosaics.

Nothing here reads a whole raster: every read and write goes through a pixel window, so memory
follows the size of a pair's window, not of the study area.
"""
import math
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from ..gdal_compat import gdal_exceptions, ogr_memory_driver
from .graph import passable

NODATA = -9999.0
GTIFF_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "BIGTIFF=IF_SAFER", "SPARSE_OK=TRUE"]


@dataclass(frozen=True)
class Window:
    """Pixel window of the analysis grid: columns ``col .. col+cols-1``, rows ``row .. row+rows-1``."""

    col: int
    row: int
    cols: int
    rows: int

    @property
    def cells(self) -> int:
        return self.cols * self.rows


class AnalysisGrid:
    """The resistance surface as read for the analysis, one window at a time.

    ``path`` is a resistance raster, or a land-cover raster with ``lookup`` (class → resistance;
    classes missing from the table are impassable). ``cell_size`` (map units, 0 = native) resamples
    through a virtual warped dataset (average for resistance, mode for classes), read lazily.
    """

    @gdal_exceptions()
    def __init__(self, path: str, cell_size: float = 0.0, lookup=None, band: int = 1):
        self.source = gdal.Open(str(path))
        if self.source is None:
            raise ValueError(path)
        self.lookup = dict(lookup) if lookup else None
        dataset = self.source
        gt = dataset.GetGeoTransform()
        if gt[2] or gt[4]:
            raise ValueError("rotated rasters are not supported")
        native = abs(gt[1])
        if cell_size and not math.isclose(cell_size, native, rel_tol=1e-9):
            dataset = gdal.Warp("", dataset, format="VRT", xRes=cell_size, yRes=cell_size,
                                resampleAlg="mode" if self.lookup else "average", targetAlignedPixels=False)
        self.dataset = dataset
        self.band = dataset.GetRasterBand(band)
        self.nodata = self.band.GetNoDataValue()
        self.cols = dataset.RasterXSize
        self.rows = dataset.RasterYSize
        self.geotransform = dataset.GetGeoTransform()
        self.projection = dataset.GetProjection()

    @property
    def cell_size(self) -> float:
        return abs(self.geotransform[1])

    @property
    def cell_height(self) -> float:
        return abs(self.geotransform[5])

    @gdal_exceptions()
    def srs(self):
        srs = osr.SpatialReference()
        if self.projection:
            srs.ImportFromWkt(self.projection)
        return srs

    def window_geotransform(self, window: Window):
        x0, dx, rx, y0, ry, dy = self.geotransform
        return (x0 + window.col * dx, dx, rx, y0 + window.row * dy, ry, dy)

    def _pixel_box(self, envelope):
        x0, dx, _, y0, _, dy = self.geotransform
        minx, maxx, miny, maxy = envelope
        c0 = math.floor((minx - x0) / dx)
        c1 = math.ceil((maxx - x0) / dx)
        r0 = math.floor((maxy - y0) / dy) if dy < 0 else math.floor((miny - y0) / dy)
        r1 = math.ceil((miny - y0) / dy) if dy < 0 else math.ceil((maxy - y0) / dy)
        return c0, r0, c1, r1

    def margin_cells(self, envelope, margin_fraction: float = 0.25, min_margin_cells: int = 20) -> int:
        """``margin_fraction`` × the larger side of ``envelope`` in cells, at least ``min_margin_cells``."""
        c0, r0, c1, r1 = self._pixel_box(envelope)
        return max(int(min_margin_cells), int(math.ceil(margin_fraction * max(c1 - c0, r1 - r0))))

    def window_around(self, envelope, margin_fraction: float = 0.25, min_margin_cells: int = 20,
                      margin_cells: int = None) -> Window:
        """Window covering ``envelope`` (minx, maxx, miny, maxy in map units) plus a margin of
        ``margin_cells`` (default: ``margin_fraction`` × its larger side, at least ``min_margin_cells``),
        clipped to the grid."""
        c0, r0, c1, r1 = self._pixel_box(envelope)
        margin = margin_cells if margin_cells is not None else self.margin_cells(envelope, margin_fraction,
                                                                                 min_margin_cells)
        c0, r0 = max(0, c0 - margin), max(0, r0 - margin)
        c1, r1 = min(self.cols, c1 + margin), min(self.rows, r1 + margin)
        if c1 <= c0 or r1 <= r0:
            return Window(0, 0, 0, 0)
        return Window(c0, r0, c1 - c0, r1 - r0)

    @gdal_exceptions()
    def read(self, window: Window) -> np.ndarray:
        """Resistance of the window as float64, NaN where impassable (no data, ≤ 0, unknown class)."""
        values = self.band.ReadAsArray(window.col, window.row, window.cols, window.rows)
        if self.lookup is not None:
            values = reclassify(values, self.lookup, self.nodata)
            return passable(values)
        return passable(values, self.nodata)


def reclassify(classes: np.ndarray, lookup: dict, nodata=None) -> np.ndarray:
    """Land-cover classes → resistance through ``lookup``; unknown classes and no data → NaN."""
    out = np.full(classes.shape, np.nan)
    for code, resistance in lookup.items():
        out[classes == code] = resistance
    if nodata is not None:
        out[classes == nodata] = np.nan
    return out


def _memory_raster(window: Window, geotransform, projection, dtype=gdal.GDT_Byte):
    mem = gdal.GetDriverByName("MEM").Create("", window.cols, window.rows, 1, dtype)
    mem.SetGeoTransform(geotransform)
    if projection:
        mem.SetProjection(projection)
    return mem


@gdal_exceptions()
def _ogr_layer(geometries_wkb, values=None, projection=""):
    """In-memory OGR layer of WKB geometries with an optional numeric ``burn`` field."""
    source = ogr_memory_driver().CreateDataSource("")
    srs = None
    if projection:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(projection)
    layer = source.CreateLayer("g", srs=srs, geom_type=ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("burn", ogr.OFTReal))
    for k, wkb in enumerate(geometries_wkb):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        feature.SetField("burn", float(values[k]) if values is not None else 1.0)
        layer.CreateFeature(feature)
    return source, layer


@gdal_exceptions()
def burn_mask(geometries_wkb, window: Window, geotransform, projection="", all_touched=False) -> np.ndarray:
    """Boolean mask of the window cells covered by the geometries (cell centre rule, or every
    touched cell with ``all_touched``). A polygon smaller than a cell that covers no centre is
    burnt with ``all_touched`` so that no area is lost."""
    mem = _memory_raster(window, geotransform, projection)
    source, layer = _ogr_layer(geometries_wkb, projection=projection)
    options = ["ALL_TOUCHED=TRUE"] if all_touched else []
    gdal.RasterizeLayer(mem, [1], layer, burn_values=[1], options=options)
    mask = mem.GetRasterBand(1).ReadAsArray().astype(bool)
    if not mask.any() and not all_touched:
        return burn_mask(geometries_wkb, window, geotransform, projection, all_touched=True)
    del source
    return mask


@gdal_exceptions()
def burn_values(geometries_wkb, values, window: Window, geotransform, projection="") -> np.ndarray:
    """Float grid with each geometry's value burnt on every cell it touches (NaN elsewhere);
    where lines overlap the larger value wins. Lines are burnt with ALL_TOUCHED so that an
    8-neighbour move cannot slip diagonally through a barrier."""
    order = np.argsort(np.asarray(values, dtype=float))
    mem = _memory_raster(window, geotransform, projection, gdal.GDT_Float64)
    band = mem.GetRasterBand(1)
    band.Fill(np.nan)
    source, layer = _ogr_layer([geometries_wkb[i] for i in order], [values[i] for i in order], projection)
    gdal.RasterizeLayer(mem, [1], layer, options=["ALL_TOUCHED=TRUE", "ATTRIBUTE=burn"])
    out = band.ReadAsArray()
    del source
    return out


class WindowedRaster:
    """A GeoTIFF on the analysis grid written window by window and combined with what is there
    (minimum for corridors, maximum for current), so no full-size array is ever held."""

    @gdal_exceptions()
    def __init__(self, path: str, grid: AnalysisGrid, combine: str = "min"):
        self.path = str(path)
        self.grid = grid
        self.combine = combine
        driver = gdal.GetDriverByName("GTiff")
        if os.path.exists(self.path):
            driver.Delete(self.path)
        self.dataset = driver.Create(self.path, grid.cols, grid.rows, 1, gdal.GDT_Float32, GTIFF_OPTIONS)
        self.dataset.SetGeoTransform(grid.geotransform)
        self.dataset.SetProjection(grid.projection)
        self.band = self.dataset.GetRasterBand(1)
        self.band.SetNoDataValue(NODATA)
        self.written = False

    @gdal_exceptions()
    def add(self, window: Window, values: np.ndarray):
        """Combine ``values`` (NaN = nothing) into the window."""
        current = self.band.ReadAsArray(window.col, window.row, window.cols, window.rows).astype(np.float64)
        current[current == NODATA] = np.nan
        merged = np.fmin(current, values) if self.combine == "min" else np.fmax(current, values)
        self.band.WriteArray(np.where(np.isnan(merged), NODATA, merged).astype(np.float32), window.col, window.row)
        self.written = True

    @gdal_exceptions()
    def close(self):
        if self.dataset is not None:
            self.band.FlushCache()
            self.band = None
            self.dataset = None
        return self.path


@gdal_exceptions()
def write_window_raster(path: str, grid: AnalysisGrid, window: Window, values: np.ndarray):
    """A GeoTIFF covering only ``window`` (per-pair corridor rasters)."""
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), window.cols, window.rows, 1, gdal.GDT_Float32,
                            ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3"])
    dataset.SetGeoTransform(grid.window_geotransform(window))
    dataset.SetProjection(grid.projection)
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(np.where(np.isnan(values), NODATA, values).astype(np.float32))
    band.FlushCache()
    dataset = None
    return str(path)


@gdal_exceptions()
def polygonize(mask: np.ndarray, window: Window, geotransform, projection=""):
    """Polygons (WKB) of the True cells of ``mask`` with gdal.Polygonize (8-connected)."""
    mem = _memory_raster(window, geotransform, projection)
    band = mem.GetRasterBand(1)
    band.WriteArray(mask.astype(np.uint8))
    source = ogr_memory_driver().CreateDataSource("")
    layer = source.CreateLayer("p", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, ["8CONNECTED=8"])
    polygons = [bytes(f.GetGeometryRef().ExportToWkb()) for f in layer]
    del source
    return polygons
