"""A small scene across the Mongolia–China border at Zamyn-Üüd / Erenhot for Processing tests:
40 × 30 cells of 1 km (UTM 49N), resistance 2 with an impassable east–west wall on row 15 open
only at column 35; area 1 (MNG) in the north-west, area 2 (CHN) south of the wall, area 3 (MNG)
east of area 1."""
import numpy as np
import pytest

from tests.builders import corridors as build

EPSG = 32649
ORIGIN = (560_000.0, 4_855_000.0)
CELL = 1000.0
COLS, ROWS = 40, 30
GAP = (35, 15)
AREA_CELLS = {1: (5, 2, 9, 6), 2: (5, 24, 9, 28), 3: (20, 2, 24, 6)}  # col0, row0, col1, row1 (exclusive)
ISO3 = {1: "MNG", 2: "CHN", 3: "MNG"}


def box(cells):
    return build.cell_box(*cells, cell_size=CELL, origin=ORIGIN)


@pytest.fixture
def scene(tmp_path):
    resistance = np.full((ROWS, COLS), 2.0, np.float32)
    resistance[GAP[1], :] = -9999.0
    resistance[GAP[1], GAP[0]] = 2.0
    raster = build.write_raster(tmp_path / "resistance.tif", resistance, CELL, nodata=-9999.0, origin=ORIGIN,
                                epsg=EPSG)
    classes = np.where(resistance > 0, 3, 9).astype(np.int16)  # class 3 → 2.0; class 9 not in the table
    from osgeo import gdal

    landcover = build.write_raster(tmp_path / "landcover.tif", classes, CELL, origin=ORIGIN, epsg=EPSG,
                                   dtype=gdal.GDT_Int16)
    areas = build.area_layer([(k, build.box_wkt(box(c)), ISO3[k]) for k, c in AREA_CELLS.items()], epsg=EPSG)
    return dict(raster=raster, landcover=landcover, areas=areas, tmp=tmp_path)
