"""Gap analysis: how much of each species' range the protected-area network holds, against a target.

Method
------
* **Ranges** are occupied cells of a square equal-area grid (default 10 km, study-wide Lambert
  azimuthal equal-area, see :mod:`.ranges`), or user range polygons. Either way a range becomes a
  set of *units*: grid cells with their range area and protected area (a cell of a polygon range
  holds only the part of the polygon inside it).
* **Protected area** per cell comes from rasterising the protected areas (their union: overlaps count
  once) on a fine pixel grid aligned with the range grid, ``subdivision`` pixels per cell side (10 by
  default, fewer when the study area is huge). A pixel counts as protected when its centre is inside
  a protected area (GDAL rasterisation), so the protected share of a cell is exact to 1/subdivision²
  for outlines that follow pixel edges, and otherwise off by at most half a pixel along each outline.
* **Targets** after Rodrigues et al. 2004 (Nature 428:640–643): 100% of the range below 1,000 km²,
  10% above 250,000 km², linear in log10(range) between. With a cap, the target area never exceeds
  ``cap_km2`` (as Butchart et al. 2015 did for very wide ranges, 1,000,000 km²). Overrides (a species
  name or an IUCN category with a share) win over the formula, species over category.
* **Status**: ``gap`` when nothing of the range is protected, ``partial`` when the protected share is
  below the target, ``covered`` otherwise. Shortfall = max(0, target − protected share) (a share) and
  its area in km². Without a range polygon the "range" is only the *known occupied area* (the cells
  holding records): it is small, so its target is near 100 %, and records from surveys inside
  protected areas make it look protected. Such a species' status is written with ``(records only)``
  (``covered (records only)``) and ``records_in_pa`` gives the sampling-bias indicator: the share of
  its records inside protected areas, to compare with the share of the area that is protected.
* **Gap grid** (square or hexagonal cells of equal area ``size²``): per cell, species whose range units
  have their centre in it (richness), threatened (CR/EN/VU), gap and partial species, protected share
  of the cell, records, partners and the priority score
  ``priority = Σ_species weight × shortfall × (1 − protected share of the cell)`` with
  ``weight = 1 + Red List Index weight`` (LC/DD/unknown 1, NT 2, VU 3, EN 4, CR 5; Butchart et al. 2007).
* **Survey gaps**: species expected in a cell (its range; with occupied-cell ranges, the species'
  convex hull, EOO) but without a recent record there, weighted as above, times a sampling deficit
  ``d = (m + 1) / (m + r + 2)``, r the cell's recent records and m the mean of its neighbours': the
  share of nearby recent records that fall around the cell rather than in it, with one pseudo-record
  on each side (Laplace) so that an empty cell among well-surveyed neighbours (m large) scores near 1,
  an empty cell among empty neighbours 0.5, and a well-surveyed cell near 0. "Expected" means: the
  cell lies in the species' range (range polygon, or the convex hull of its records).
"""
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..toolbelt.i18n import tr
from .gdal_compat import ogr_memory_driver
from .ranges import (
    THREATENED,
    Occurrences,
    _pack,
    _unpack,
    centred_laea,
    distinct_xy,
    project_lonlat,
)

SMALL_RANGE_KM2 = 1000.0
LARGE_RANGE_KM2 = 250000.0
SMALL_TARGET = 1.0
LARGE_TARGET = 0.1
IUCN_CATEGORIES = ("EX", "EW", "CR", "EN", "VU", "NT", "LC", "DD", "NE")
RLI_WEIGHTS = {"NT": 1, "VU": 2, "EN": 3, "CR": 4, "EW": 5, "EX": 5}
STATUS_GAP, STATUS_PARTIAL, STATUS_COVERED = "gap", "partial", "covered"
RECORDS_ONLY_SUFFIX = " (records only)"
RANGE_BASIS_RECORDS, RANGE_BASIS_POLYGONS = "records", "range polygons"
MAX_RASTER_PIXELS = 40_000_000
MAX_GRID_CELLS = 500_000


# -- targets --------------------------------------------------------------------------------------
def rodrigues_target(range_km2, cap_km2: Optional[float] = None):
    """Target share of the range (0–1) for each range size (km²), after Rodrigues et al. 2004."""
    r = np.asarray(range_km2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = SMALL_TARGET + (LARGE_TARGET - SMALL_TARGET) * (np.log10(r) - math.log10(SMALL_RANGE_KM2)) / (
            math.log10(LARGE_RANGE_KM2) - math.log10(SMALL_RANGE_KM2))
    t = np.where(r <= SMALL_RANGE_KM2, SMALL_TARGET, np.where(r >= LARGE_RANGE_KM2, LARGE_TARGET, t))
    if cap_km2 and cap_km2 > 0:
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(r * t > cap_km2, cap_km2 / r, t)
    return t if t.ndim else float(t)


def threat_weight(category: str) -> float:
    return 1.0 + RLI_WEIGHTS.get((category or "").strip().upper(), 0)


def parse_share(text: str) -> float:
    """``0.3``, ``30%`` → 0.3. Anything else (or outside 0–1) raises ValueError."""
    raw = str(text).strip().replace(",", ".")
    percent = raw.endswith("%")
    try:
        value = float(raw.rstrip("%").strip())
    except ValueError:
        raise ValueError(tr("Target '{text}' is not a number (write 0.3 or 30%).").format(text=text)) from None
    if percent:
        value /= 100.0
    if not 0.0 <= value <= 1.0:
        raise ValueError(tr("Target '{text}' is outside 0–1 (write 0.3 or 30%).").format(text=text))
    return value


def parse_targets(text: str) -> Dict[str, float]:
    """``"Panthera uncia=0.5; EN=60%"`` → {name or category: share}. Entries separated by ``;`` or
    new lines; IUCN category keys are upper-cased."""
    out = {}
    for entry in re.split(r"[;\n]", text or ""):
        if not entry.strip():
            continue
        if "=" not in entry:
            raise ValueError(tr("Target entry '{entry}' needs the form name=share.").format(entry=entry.strip()))
        key, value = entry.rsplit("=", 1)
        key = key.strip()
        if not key:
            raise ValueError(tr("Target entry '{entry}' has no name.").format(entry=entry.strip()))
        out[key.upper() if key.upper() in IUCN_CATEGORIES else key] = parse_share(value)
    return out


def resolve_targets(names, range_km2, iucn: Dict[str, str], overrides: Dict[str, float], cap_km2=None):
    """(target share, source) per species: species override, then category override, then formula."""
    range_km2 = np.atleast_1d(np.asarray(range_km2, dtype=float))
    formula = np.atleast_1d(rodrigues_target(range_km2, cap_km2))
    uncapped = np.atleast_1d(rodrigues_target(range_km2))
    shares, sources = [], []
    for name, value, plain in zip(names, formula, uncapped):
        category = (iucn.get(name) or "").strip().upper()
        if name in overrides:
            shares.append(overrides[name])
            sources.append("species")
        elif category and category in overrides:
            shares.append(overrides[category])
            sources.append("category " + category)
        else:
            shares.append(float(value))
            sources.append("Rodrigues 2004 (capped)" if value < plain - 1e-12 else "Rodrigues 2004")
    return np.array(shares, dtype=float), sources


def status_of(protected_share: float, target: float) -> str:
    if protected_share <= 0:
        return STATUS_GAP
    if protected_share + 1e-9 < target:
        return STATUS_PARTIAL
    return STATUS_COVERED


# -- grids ----------------------------------------------------------------------------------------
class SquareGrid:
    """Square cells of side ``size`` (m) with lines through (0, 0) of the projection."""

    shape = "square"
    neighbours = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))

    def __init__(self, size: float):
        self.size = float(size)
        self.cell_area = self.size ** 2

    def index(self, x, y):
        return np.floor(x / self.size).astype(np.int64), np.floor(y / self.size).astype(np.int64)

    def cells_covering(self, xmin, ymin, xmax, ymax):
        i0, j0 = self.index(np.array([xmin]), np.array([ymin]))
        i1, j1 = self.index(np.array([xmax]), np.array([ymax]))
        ii, jj = np.meshgrid(np.arange(i0[0], i1[0] + 1), np.arange(j0[0], j1[0] + 1), indexing="ij")
        return ii.ravel(), jj.ravel()

    def ring(self, i, j):
        s = self.size
        x0, y0 = i * s, j * s
        return [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s), (x0, y0)]

    def centre(self, i, j):
        return (np.asarray(i) + 0.5) * self.size, (np.asarray(j) + 0.5) * self.size


class HexGrid:
    """Pointy-top hexagons (axial coordinates q, r) with the area of a ``size`` × ``size`` square,
    centred on (0, 0) of the projection."""

    shape = "hexagon"
    neighbours = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))

    def __init__(self, size: float):
        self.size = float(size)
        self.cell_area = self.size ** 2
        self.radius = self.size * math.sqrt(2.0 / (3.0 * math.sqrt(3.0)))   # centre to vertex

    def index(self, x, y):
        q = (math.sqrt(3.0) / 3.0 * x - y / 3.0) / self.radius
        r = (2.0 / 3.0 * y) / self.radius
        s = -q - r
        rq, rr, rs = np.round(q), np.round(r), np.round(s)
        dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
        fix_q = (dq > dr) & (dq > ds)
        fix_r = ~fix_q & (dr > ds)
        rq = np.where(fix_q, -rr - rs, rq)
        rr = np.where(fix_r, -rq - rs, rr)
        return rq.astype(np.int64), rr.astype(np.int64)

    def centre(self, q, r):
        q = np.asarray(q, dtype=float)
        r = np.asarray(r, dtype=float)
        return self.radius * math.sqrt(3.0) * (q + r / 2.0), self.radius * 1.5 * r

    def cells_covering(self, xmin, ymin, xmax, ymax):
        pad = 2 * self.radius
        step_x = self.radius * math.sqrt(3.0) / 2.0
        step_y = self.radius * 0.75
        xs = np.arange(xmin - pad, xmax + pad + step_x, step_x)
        ys = np.arange(ymin - pad, ymax + pad + step_y, step_y)
        gx, gy = np.meshgrid(xs, ys, indexing="ij")
        q, r = self.index(gx.ravel(), gy.ravel())
        keys = np.unique(_pack(q, r))
        q, r = _unpack(keys)
        cx, cy = self.centre(q, r)
        inside = (cx >= xmin - self.radius) & (cx <= xmax + self.radius) & (cy >= ymin - self.radius) & (
            cy <= ymax + self.radius)
        return q[inside], r[inside]

    def ring(self, q, r):
        cx, cy = self.centre(q, r)
        angles = np.radians(np.arange(30, 390, 60) % 360)
        pts = [(float(cx + self.radius * math.cos(a)), float(cy + self.radius * math.sin(a))) for a in angles]
        return pts + [pts[0]]


def make_grid(shape: str, size_m: float):
    return HexGrid(size_m) if shape.startswith("hex") else SquareGrid(size_m)


# -- rasterisation ------------------------------------------------------------------------------
@dataclass
class PixelGrid:
    """North-up pixel grid: ``x0, y0`` lower-left corner, ``pixel`` side, ``nx`` × ``ny`` pixels.
    Arrays are indexed [row from the bottom, column]."""

    x0: float
    y0: float
    pixel: float
    nx: int
    ny: int

    def centres(self, rows, cols):
        return self.x0 + (cols + 0.5) * self.pixel, self.y0 + (rows + 0.5) * self.pixel


def rasterize(wkbs, grid: PixelGrid) -> np.ndarray:
    """Boolean mask [row from bottom, col]: pixel centre inside any of the WKB polygons (their union)."""
    from osgeo import gdal, ogr

    mask = np.zeros((grid.ny, grid.nx), dtype=bool)
    if not wkbs or grid.nx == 0 or grid.ny == 0:
        return mask
    source = ogr_memory_driver().CreateDataSource("rasterize")
    layer = source.CreateLayer("polygons", geom_type=ogr.wkbMultiPolygon)
    definition = layer.GetLayerDefn()
    for wkb in wkbs:
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None:
            continue
        feature = ogr.Feature(definition)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    target = gdal.GetDriverByName("MEM").Create("", grid.nx, grid.ny, 1, gdal.GDT_Byte)
    target.SetGeoTransform((grid.x0, grid.pixel, 0.0, grid.y0 + grid.ny * grid.pixel, 0.0, -grid.pixel))
    # neither side has a CRS (both are in the study CRS): silence GDAL's warning about it
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    finally:
        gdal.PopErrorHandler()
    mask[:] = target.GetRasterBand(1).ReadAsArray()[::-1] > 0
    return mask


# -- the analysis -------------------------------------------------------------------------------
@dataclass
class Units:
    """A range as grid cells: per unit its species code, cell (ix, iy), range and protected km²."""

    species: np.ndarray
    ix: np.ndarray
    iy: np.ndarray
    area_km2: np.ndarray
    protected_km2: np.ndarray
    transboundary_km2: np.ndarray


@dataclass
class SpeciesGap:
    name: str
    records: int
    range_km2: float
    protected_km2: float
    protected_share: float
    transboundary_km2: float
    target_share: float
    target_source: str
    target_km2: float
    shortfall: float
    shortfall_km2: float
    status: str
    iucn: str
    cites: str
    countries: str
    transboundary: bool
    by_country: str
    range_basis: str = RANGE_BASIS_RECORDS
    records_in_pa: int = 0

    @property
    def records_only(self) -> bool:
        return self.range_basis == RANGE_BASIS_RECORDS

    @property
    def reported_status(self) -> str:
        """The status as written: ``covered (records only)`` when the range is the known occupied area."""
        return self.status + RECORDS_ONLY_SUFFIX if self.records_only else self.status


@dataclass
class GapResult:
    species: List[SpeciesGap]
    grid: object                    # SquareGrid or HexGrid
    cells: Dict[str, np.ndarray]    # per gap cell: i, j, richness, ..., priority
    survey: Dict[str, np.ndarray]   # per gap cell survey fields (same order as cells)
    proj: str
    resolution: float
    subdivision: int
    messages: List[str] = field(default_factory=list)
    records_in_pa_share: float = float("nan")     # share of the records inside protected areas
    area_protected_share: float = float("nan")    # share of the gap grid's area that is protected


@dataclass
class ProtectedAreas:
    """Protected-area polygons as WKB in the study CRS, with optional transboundary flags."""

    wkbs: List[bytes]
    transboundary: List[bool]


class GapAnalysis:
    def __init__(self, occ: Occurrences, protected: ProtectedAreas, resolution_m: float = 10000.0,
                 proj: Optional[str] = None, overrides: Optional[Dict[str, float]] = None,
                 cap_km2: Optional[float] = None, grid_shape: str = "square", grid_size_m: float = 50000.0,
                 recent_years: int = 10, subdivision: int = 10, ranges=None, feedback=None):
        """``ranges``: optional {species name: list of WKB polygons in the study CRS} (user range maps);
        species absent from it fall back to occupied cells."""
        self.occ = occ
        self.protected = protected
        self.resolution = float(resolution_m)
        self.proj = proj or centred_laea(occ.lon, occ.lat, rounding=0.5)
        self.overrides = overrides or {}
        self.cap_km2 = cap_km2
        self.grid = make_grid(grid_shape, grid_size_m)
        self.recent_years = recent_years
        self.subdivision = max(1, int(subdivision))
        self.ranges = ranges or {}
        self.feedback = feedback
        self.messages: List[str] = []

    def _progress(self, value):
        if self.feedback is not None:
            self.feedback.setProgress(value)
            if self.feedback.isCanceled():
                raise InterruptedError

    # -- steps --------------------------------------------------------------------------------
    def _range_names(self):
        names = list(self.occ.names)
        extra = sorted(set(self.ranges) - set(names))
        return names + extra

    def _extent(self, x, y):
        boxes = []
        if x.size:
            boxes.append((x.min(), y.min(), x.max(), y.max()))
        for wkbs in self.ranges.values():
            for wkb in wkbs:
                boxes.append(_wkb_bbox(wkb))
        if not boxes:
            raise ValueError(tr("No present occurrence and no range polygon: nothing to analyse."))
        b = np.array(boxes)
        return b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()

    def _pixel_grid(self, xmin, ymin, xmax, ymax):
        """Pixel grid aligned with the range grid, covering the extent padded to whole gap cells."""
        pad = self.grid.size * 1.5
        res = self.resolution
        x0 = math.floor((xmin - pad) / res) * res
        y0 = math.floor((ymin - pad) / res) * res
        x1 = math.ceil((xmax + pad) / res) * res
        y1 = math.ceil((ymax + pad) / res) * res
        sub = self.subdivision
        cells = ((x1 - x0) / res) * ((y1 - y0) / res)
        while sub > 1 and cells * sub * sub > MAX_RASTER_PIXELS:
            sub -= 1
        if sub != self.subdivision:
            self.messages.append(tr("Study area is large: protected shares use {sub}×{sub} pixels per cell.").format(
                sub=sub))
        self.subdivision = sub
        pixel = res / sub
        return PixelGrid(x0, y0, pixel, int(round((x1 - x0) / pixel)), int(round((y1 - y0) / pixel)))

    def run(self) -> GapResult:
        occ = self.occ
        x, y = project_lonlat(occ.lon, occ.lat, self.proj)
        self._progress(5)
        pixels = self._pixel_grid(*self._extent(x, y))
        pa_mask = rasterize(self.protected.wkbs, pixels)
        tb_wkbs = [w for w, t in zip(self.protected.wkbs, self.protected.transboundary) if t]
        tb_mask = rasterize(tb_wkbs, pixels) if tb_wkbs else np.zeros_like(pa_mask)
        self._progress(20)
        sub = self.subdivision
        px_km2 = pixels.pixel ** 2 / 1e6
        ncx, ncy = pixels.nx // sub, pixels.ny // sub
        cell_pa = pa_mask.reshape(ncy, sub, ncx, sub).sum(axis=(1, 3)) * px_km2     # [row, col] km²
        cell_tb = tb_mask.reshape(ncy, sub, ncx, sub).sum(axis=(1, 3)) * px_km2
        col0 = int(round(pixels.x0 / self.resolution))
        row0 = int(round(pixels.y0 / self.resolution))

        names = self._range_names()
        units = self._units(names, x, y, pixels, pa_mask, tb_mask, cell_pa, cell_tb, col0, row0)
        self._progress(50)
        species = self._species_table(names, units, x, y, col0, row0)
        in_pa = records_in_protected_areas(x, y, pixels, pa_mask)
        per_species = np.bincount(occ.species[in_pa], minlength=len(names)) if len(occ) else np.zeros(len(names))
        for code, s in enumerate(species):
            s.records_in_pa = int(per_species[code])
        self._progress(70)
        cells, survey = self._gap_grid(names, units, species, x, y, pixels, pa_mask)
        self._progress(100)
        result = GapResult(species, self.grid, cells, survey, self.proj, self.resolution, self.subdivision,
                           self.messages)
        if len(occ):
            result.records_in_pa_share = float(in_pa.mean())
            result.area_protected_share = float(cells["pa_km2"].sum() / (cells["pa_km2"].size * self.grid.cell_area
                                                                          / 1e6))
            self.messages.append(sampling_bias_message(result.records_in_pa_share, result.area_protected_share))
        return result

    def _units(self, names, x, y, pixels, pa_mask, tb_mask, cell_pa, cell_tb, col0, row0) -> Units:
        occ = self.occ
        res = self.resolution
        cell_km2 = res ** 2 / 1e6
        code_of = {n: i for i, n in enumerate(names)}
        from_points = np.array([n not in self.ranges for n in occ.names], dtype=bool)
        keep = from_points[occ.species] if len(occ) else np.zeros(0, dtype=bool)
        ix = np.floor(x[keep] / res).astype(np.int64)
        iy = np.floor(y[keep] / res).astype(np.int64)
        _, cell_ids, = np.unique(_pack(ix, iy), return_inverse=True)
        n_cells = int(cell_ids.max()) + 1 if cell_ids.size else 1
        pairs, first = np.unique(occ.species[keep] * n_cells + cell_ids, return_index=True)
        sp = pairs // n_cells
        ux, uy = ix[first], iy[first]
        pa = cell_pa[uy - row0, ux - col0]
        tb = cell_tb[uy - row0, ux - col0]
        parts = [(sp, ux, uy, np.full(sp.size, cell_km2), pa, tb)]
        sub = self.subdivision
        px_km2 = pixels.pixel ** 2 / 1e6
        for name, wkbs in self.ranges.items():
            # rasterise only the window of whole cells around this range
            b = np.array([_wkb_bbox(w) for w in wkbs])
            c0 = max(0, int(math.floor((b[:, 0].min() - pixels.x0) / res)))
            r0 = max(0, int(math.floor((b[:, 1].min() - pixels.y0) / res)))
            c1 = min(pixels.nx // sub, int(math.ceil((b[:, 2].max() - pixels.x0) / res)))
            r1 = min(pixels.ny // sub, int(math.ceil((b[:, 3].max() - pixels.y0) / res)))
            window = PixelGrid(pixels.x0 + c0 * res, pixels.y0 + r0 * res, pixels.pixel, (c1 - c0) * sub,
                               (r1 - r0) * sub)
            mask = rasterize(wkbs, window) if c1 > c0 and r1 > r0 else np.zeros((0, 0), dtype=bool)
            if not mask.any():
                self.messages.append(tr("The range of {name} is too small for the grid or empty.").format(name=name))
                continue
            rows_px = slice(r0 * sub, r1 * sub)
            cols_px = slice(c0 * sub, c1 * sub)
            ncy, ncx = r1 - r0, c1 - c0
            area = mask.reshape(ncy, sub, ncx, sub).sum(axis=(1, 3)) * px_km2
            prot = (mask & pa_mask[rows_px, cols_px]).reshape(ncy, sub, ncx, sub).sum(axis=(1, 3)) * px_km2
            tbp = (mask & tb_mask[rows_px, cols_px]).reshape(ncy, sub, ncx, sub).sum(axis=(1, 3)) * px_km2
            rows, cols = np.nonzero(area)
            parts.append((np.full(rows.size, code_of[name], dtype=np.int64), cols + c0 + col0, rows + r0 + row0,
                          area[rows, cols], prot[rows, cols], tbp[rows, cols]))
        return Units(*(np.concatenate([p[k] for p in parts]) for k in range(6)))

    def _species_table(self, names, units: Units, x, y, col0, row0) -> List[SpeciesGap]:
        occ = self.occ
        n = len(names)
        range_km2 = np.bincount(units.species, weights=units.area_km2, minlength=n)
        prot_km2 = np.bincount(units.species, weights=units.protected_km2, minlength=n)
        tb_km2 = np.bincount(units.species, weights=units.transboundary_km2, minlength=n)
        records = np.bincount(occ.species, minlength=n) if len(occ) else np.zeros(n, dtype=np.int64)
        targets, sources = resolve_targets(names, range_km2, occ.iucn, self.overrides, self.cap_km2)
        by_country = self._by_country(names, x, y, units)
        countries = {}
        if occ.country is not None:
            order, bounds = occ.order()
            for code, name in enumerate(occ.names):
                countries[name] = sorted({c for c in occ.country[order[bounds[code]:bounds[code + 1]]] if c})
        table = []
        for code, name in enumerate(names):
            r, p = float(range_km2[code]), float(prot_km2[code])
            share = p / r if r > 0 else 0.0
            t = float(targets[code])
            shortfall = max(0.0, t - share)
            cs = countries.get(name, [])
            table.append(SpeciesGap(
                name, int(records[code]), r, p, share, float(tb_km2[code]), t, sources[code], t * r, shortfall,
                shortfall * r, status_of(share, t), occ.iucn.get(name, ""), occ.cites.get(name, ""),
                ";".join(cs), len(cs) > 1, by_country.get(name, ""),
                RANGE_BASIS_POLYGONS if name in self.ranges else RANGE_BASIS_RECORDS))
        return table

    def _by_country(self, names, x, y, units: Units) -> Dict[str, str]:
        """Per species and country: range and protected km² of the cells whose records carry that
        country (a cell shared by records of two countries counts for both)."""
        occ = self.occ
        if occ.country is None or not len(occ):
            return {}
        res = self.resolution
        ix = np.floor(x / res).astype(np.int64)
        iy = np.floor(y / res).astype(np.int64)
        countries, country_code = np.unique(occ.country.astype(str), return_inverse=True)
        nc = len(countries)
        nu = units.species.size
        cells_all, inv = np.unique(np.concatenate([_pack(units.ix, units.iy), _pack(ix, iy)]), return_inverse=True)
        big = cells_all.size
        unit_keys = units.species * big + inv[:nu]
        record_keys = occ.species * big + inv[nu:]
        order = np.argsort(unit_keys)
        pos = np.minimum(np.searchsorted(unit_keys[order], record_keys), max(nu - 1, 0))
        found = (unit_keys[order][pos] == record_keys) & (countries[country_code] != "") if nu else \
            np.zeros(len(occ), dtype=bool)
        unit_of_record = order[pos[found]]
        pairs = np.unique(unit_of_record * nc + country_code[found])
        unit_idx, country_idx = pairs // nc, pairs % nc
        sc = units.species[unit_idx] * nc + country_idx
        area = np.bincount(sc, weights=units.area_km2[unit_idx], minlength=len(names) * nc)
        prot = np.bincount(sc, weights=units.protected_km2[unit_idx], minlength=len(names) * nc)
        sums = {(int(k // nc), countries[k % nc]): (area[k], prot[k]) for k in np.nonzero(area)[0]}
        out: Dict[str, list] = {}
        for (s, c), (area, prot) in sorted(sums.items()):
            share = 100.0 * prot / area if area else 0.0
            out.setdefault(names[s], []).append(f"{c}: {area:.0f} km2, {share:.0f}%")
        return {k: "; ".join(v) for k, v in out.items()}

    def _gap_grid(self, names, units: Units, species: List[SpeciesGap], x, y, pixels: PixelGrid, pa_mask):
        grid = self.grid
        occ = self.occ
        res = self.resolution
        ux, uy = (units.ix + 0.5) * res, (units.iy + 0.5) * res
        gi, gj = grid.index(ux, uy)
        ri, rj = grid.index(x, y) if len(occ) else (np.zeros(0, np.int64), np.zeros(0, np.int64))
        all_i = np.concatenate([gi, ri])
        all_j = np.concatenate([gj, rj])
        xmin, ymin = min(ux.min(initial=np.inf), x.min(initial=np.inf)), min(uy.min(initial=np.inf),
                                                                              y.min(initial=np.inf))
        xmax, ymax = max(ux.max(initial=-np.inf), x.max(initial=-np.inf)), max(uy.max(initial=-np.inf),
                                                                                y.max(initial=-np.inf))
        ci, cj = grid.cells_covering(xmin, ymin, xmax, ymax)
        keys = np.unique(np.concatenate([_pack(ci, cj), _pack(all_i, all_j)]))
        if keys.size > MAX_GRID_CELLS:
            raise ValueError(tr("The gap grid would have {n} cells: choose a larger cell size.").format(n=keys.size))
        ci, cj = _unpack(keys)
        m = keys.size
        unit_cell = np.searchsorted(keys, _pack(gi, gj))
        record_cell = np.searchsorted(keys, _pack(ri, rj))

        # species per cell
        pair_keys = np.unique(units.species * m + unit_cell)
        pair_sp, pair_cell = pair_keys // m, pair_keys % m
        status = np.array([s.status for s in species], dtype=object)
        iucn = np.array([(s.iucn or "").upper() for s in species], dtype=object)
        threatened = np.isin(iucn, THREATENED)
        weights = np.array([threat_weight(c) for c in iucn])
        shortfall = np.array([s.shortfall for s in species])
        richness = np.bincount(pair_cell, minlength=m)
        thr = np.bincount(pair_cell, weights=threatened[pair_sp], minlength=m).astype(np.int64)
        gap_r = np.bincount(pair_cell, weights=(status == STATUS_GAP)[pair_sp], minlength=m).astype(np.int64)
        part_r = np.bincount(pair_cell, weights=(status == STATUS_PARTIAL)[pair_sp], minlength=m).astype(np.int64)
        need = np.bincount(pair_cell, weights=(weights * shortfall)[pair_sp], minlength=m)

        # protected share of each gap cell from the protected pixels' centres
        rows, cols = np.nonzero(pa_mask)
        px, py = pixels.centres(rows, cols)
        pi, pj = grid.index(px, py)
        pkeys = _pack(pi, pj)
        pos = np.searchsorted(keys, pkeys)
        inside = (pos < m) & (keys[np.minimum(pos, m - 1)] == pkeys)
        pa_km2 = np.bincount(pos[inside], minlength=m) * (pixels.pixel ** 2 / 1e6)
        pa_share = np.minimum(1.0, pa_km2 / (grid.cell_area / 1e6))
        priority = need * (1.0 - pa_share)

        records = np.bincount(record_cell, minlength=m)
        partners = np.zeros(m, dtype=np.int64)
        if occ.partner is not None and len(occ):
            _, partner_code = np.unique(occ.partner.astype(str), return_inverse=True)
            has = occ.partner.astype(str) != ""
            pk = np.unique(record_cell[has] * (partner_code.max() + 1) + partner_code[has])
            partners = np.bincount(pk // (partner_code.max() + 1), minlength=m)
        cells = dict(i=ci, j=cj, richness=richness, threatened=thr, gap_richness=gap_r, partial_richness=part_r,
                     pa_share=pa_share, pa_km2=pa_km2, records=records, partners=partners, need=need,
                     priority=priority)
        survey = self._survey(names, keys, unit_cell, units, record_cell, x, y, weights, threatened)
        return cells, survey

    def _survey(self, names, keys, unit_cell, units: Units, record_cell, x, y, weights, threatened):
        occ = self.occ
        grid = self.grid
        m = keys.size
        ci, cj = _unpack(keys)
        cx, cy = grid.centre(ci, cj)
        # expected: range units, plus the convex hull of species ranged from points
        expected = [unit_cell.astype(np.int64) + units.species * m]
        if len(occ):
            order, bounds = occ.order()
            from scipy.spatial import ConvexHull, QhullError

            for code, name in enumerate(occ.names):
                if name in self.ranges:
                    continue
                idx = order[bounds[code]:bounds[code + 1]]
                pts = distinct_xy(x[idx], y[idx])
                if len(pts) < 3:
                    continue
                try:
                    hull = ConvexHull(pts)
                except QhullError:
                    continue
                lo, hi = pts.min(axis=0), pts.max(axis=0)
                near = np.nonzero((cx >= lo[0]) & (cx <= hi[0]) & (cy >= lo[1]) & (cy <= hi[1]))[0]
                if near.size:
                    # inside a convex hull: on the inner side of every facet (normal · p + offset <= 0)
                    side = np.column_stack([cx[near], cy[near]]) @ hull.equations[:, :2].T + hull.equations[:, 2]
                    hit = near[(side <= 1e-9).all(axis=1)]
                    expected.append(hit + code * m)
        exp = np.unique(np.concatenate(expected))
        exp_sp, exp_cell = exp // m, exp % m
        years = occ.year if occ.year is not None else np.full(len(occ), np.nan)
        latest = np.nanmax(years) if np.isfinite(years).any() else np.nan
        recent = np.isfinite(years) & (years >= latest - self.recent_years) if np.isfinite(latest) else \
            np.ones(len(occ), dtype=bool)
        rec_recent = np.bincount(record_cell[recent], minlength=m).astype(float)
        seen = np.unique(occ.species[recent] * m + record_cell[recent]) if len(occ) else np.zeros(0, np.int64)
        observed_any = np.unique(occ.species * m + record_cell) if len(occ) else np.zeros(0, np.int64)
        missing = ~np.isin(exp, seen)
        expected_n = np.bincount(exp_cell, minlength=m)
        observed_n = np.bincount(observed_any % m, minlength=m)
        missing_n = np.bincount(exp_cell[missing], minlength=m)
        missing_thr = np.bincount(exp_cell[missing], weights=threatened[exp_sp[missing]], minlength=m).astype(np.int64)
        missing_w = np.bincount(exp_cell[missing], weights=weights[exp_sp[missing]], minlength=m)
        last_year = np.full(m, np.nan)
        ok = np.isfinite(years)
        if ok.any():
            np.fmax.at(last_year, record_cell[ok], years[ok])
        # neighbour mean of recent records (cells outside the grid count as absent, not as zero)
        neighbour_sum = np.zeros(m)
        neighbour_count = np.zeros(m)
        for di, dj in grid.neighbours:
            nkeys = _pack(ci + di, cj + dj)
            pos = np.minimum(np.searchsorted(keys, nkeys), m - 1)
            found = keys[pos] == nkeys
            neighbour_sum[found] += rec_recent[pos[found]]
            neighbour_count[found] += 1
        neighbour_mean = np.divide(neighbour_sum, neighbour_count, out=np.zeros(m), where=neighbour_count > 0)
        deficit = sampling_deficit(rec_recent, neighbour_mean)
        score = missing_w * deficit
        return dict(expected=expected_n, observed=observed_n, missing=missing_n, threatened_missing=missing_thr,
                    recent_records=rec_recent.astype(np.int64), neighbour_mean=neighbour_mean, last_year=last_year,
                    deficit=deficit, score=score)


def sampling_deficit(recent_records, neighbour_mean):
    """``(m + 1) / (m + r + 2)``: how much of the recent sampling around a cell missed the cell itself.
    One pseudo-record on each side keeps the neighbours in play when the cell has no record (the former
    ``m / (m + r)`` was 1 for every empty cell, whatever its neighbours)."""
    r = np.asarray(recent_records, dtype=float)
    m = np.asarray(neighbour_mean, dtype=float)
    return (m + 1.0) / (m + r + 2.0)


def records_in_protected_areas(x, y, pixels: PixelGrid, pa_mask) -> np.ndarray:
    """Per record: does its pixel of the protection raster lie in a protected area?"""
    cols = np.floor((np.asarray(x) - pixels.x0) / pixels.pixel).astype(np.int64)
    rows = np.floor((np.asarray(y) - pixels.y0) / pixels.pixel).astype(np.int64)
    inside = (cols >= 0) & (cols < pixels.nx) & (rows >= 0) & (rows < pixels.ny)
    out = np.zeros(cols.size, dtype=bool)
    out[inside] = pa_mask[rows[inside], cols[inside]]
    return out


def sampling_bias_message(records_share: float, area_share: float) -> str:
    """Sampling concentrated inside protected areas makes records-only ranges look protected."""
    text = tr("{records}% of the records lie inside protected areas, which cover {area}% of the analysed "
              "cells.").format(records=f"{100 * records_share:.0f}", area=f"{100 * area_share:.0f}")
    if records_share > 1.5 * area_share:
        text += " " + tr("Sampling is concentrated inside protected areas: protected shares of ranges built "
                         "from records are overstated.")
    return text


def _wkb_bbox(wkb):
    from osgeo import ogr

    g = ogr.CreateGeometryFromWkb(bytes(wkb))
    xmin, xmax, ymin, ymax = g.GetEnvelope()
    return xmin, ymin, xmax, ymax
