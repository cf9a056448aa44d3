"""Occurrences on protected areas: a fast exact point-in-polygon index and the per-area,
per-species and species × area summaries.

Why not one GEOS test per candidate: WDPA boundaries carry hundreds to thousands of vertices, so a
prepared-geometry test per (point, polygon) candidate costs about as much as QGIS's native join.
Here each polygon gets its own small grid over its bounding box:

* cells that no edge touches are wholly inside or wholly outside; their state comes from one
  scan line through the cell centres (crossing count), so points there need no test at all;
* points in cells an edge touches get an exact crossing-number test, vectorised with numpy, but
  only against the edges of their grid row (a horizontal ray crosses no other edge), the same
  idea as PostGIS's ``ST_Subdivide`` pieces without clipping artefacts.

Points on a boundary (within ``tol``, about 1 cm) count as inside, as with the ``intersects``
predicate of ``native:joinattributesbylocation``. Rings are read with the even–odd rule, so holes
and multipart areas need no special case.
"""
import math
import struct

import numpy as np

from .gdal_compat import gdal_exceptions

INSIDE, OUTSIDE, EDGE = 1, 0, 2


# -- geometry reading -------------------------------------------------------------------------
def wkb_rings(wkb: bytes):
    """Rings (closed N×2 float64 arrays) of an ISO/OGC WKB Polygon or MultiPolygon (Z/M dropped)."""
    rings = []

    def read_polygon(offset, dims, endian):
        (nrings,) = struct.unpack_from(endian + "I", wkb, offset)
        offset += 4
        for _ in range(nrings):
            (npts,) = struct.unpack_from(endian + "I", wkb, offset)
            offset += 4
            coords = np.frombuffer(wkb, dtype=endian + "f8", count=npts * dims, offset=offset)
            offset += 8 * npts * dims
            if npts >= 3:
                rings.append(coords.reshape(npts, dims)[:, :2].astype(np.float64))
        return offset

    def read_geometry(offset):
        endian = "<" if wkb[offset] == 1 else ">"
        (gtype,) = struct.unpack_from(endian + "I", wkb, offset + 1)
        offset += 5
        base, dims = gtype % 1000, 2 + (1 if gtype // 1000 in (1, 2) else 2 if gtype // 1000 == 3 else 0)
        if gtype & 0x80000000 or gtype & 0x40000000:  # EWKB-style Z/M flags
            dims = 2 + bool(gtype & 0x80000000) + bool(gtype & 0x40000000)
            base = gtype & 0xFFFF
        if base == 3:
            return read_polygon(offset, dims, endian)
        if base == 6:
            (nparts,) = struct.unpack_from(endian + "I", wkb, offset)
            offset += 4
            for _ in range(nparts):
                offset = read_geometry(offset)
            return offset
        raise ValueError(f"not a polygon geometry (WKB type {gtype})")

    read_geometry(0)
    return rings


def geometry_rings(geometry):
    """Rings of a QgsGeometry (curves are segmentised first)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    abstract = geometry.constGet()
    if abstract.hasCurvedSegments():
        from qgis.core import QgsGeometry

        geometry = QgsGeometry(abstract.segmentize())
    return wkb_rings(bytes(geometry.asWkb()))


# -- the index ----------------------------------------------------------------------------------
def _expand(starts, counts):
    """Concatenated ranges [starts[i], starts[i] + counts[i]) and the owner i of each element."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    owner = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    if total == 0:
        return np.zeros(0, np.int64), owner
    first = np.cumsum(counts) - counts
    values = (np.arange(total, dtype=np.int64) - np.repeat(first, counts)
              + np.repeat(np.asarray(starts, np.int64), counts))
    return values, owner


class PolygonIndex:
    """Exact point-in-polygon index over many polygons (each a list of rings)."""

    def __init__(self, polygons, cells_per_side=None, max_cells_per_side=64):
        n = self.n_polygons = len(polygons)
        xs, ys, ring_polygon, ring_length = [], [], [], []
        for p, rings in enumerate(polygons):
            for ring in rings:
                ring = np.asarray(ring, dtype=np.float64)
                if len(ring) < 3:
                    continue
                if ring[0, 0] != ring[-1, 0] or ring[0, 1] != ring[-1, 1]:
                    ring = np.vstack([ring, ring[:1]])
                xs.append(ring[:, 0])
                ys.append(ring[:, 1])
                ring_polygon.append(p)
                ring_length.append(len(ring))
        ring_length = np.asarray(ring_length, dtype=np.int64)
        ring_polygon = np.asarray(ring_polygon, dtype=np.int64)
        self.x = np.concatenate(xs) if xs else np.zeros(0)
        self.y = np.concatenate(ys) if xs else np.zeros(0)
        vertex_polygon = np.repeat(ring_polygon, ring_length)
        is_end = np.zeros(len(self.x), dtype=bool)
        is_end[np.cumsum(ring_length) - 1] = True
        nverts = np.bincount(ring_polygon, weights=ring_length - 1, minlength=n).astype(np.int64)
        # polygon bounds: vertices are grouped by polygon, so one reduceat per coordinate
        bounds = np.full((n, 4), np.nan)
        if len(self.x):
            counts = np.bincount(vertex_polygon, minlength=n)
            has = np.flatnonzero(counts)
            starts = (np.cumsum(counts) - counts)[has]
            bounds[has, 0] = np.minimum.reduceat(self.x, starts)
            bounds[has, 1] = np.minimum.reduceat(self.y, starts)
            bounds[has, 2] = np.maximum.reduceat(self.x, starts)
            bounds[has, 3] = np.maximum.reduceat(self.y, starts)
        # edge k joins vertex k and k+1; the last vertex of a ring starts no edge
        edges = np.flatnonzero(~is_end)
        edge_polygon = vertex_polygon[edges]

        valid = ~np.isnan(bounds[:, 0])
        bounds[~valid] = 0.0
        # boundary tolerance: 1e-9 of the coordinate magnitude (about 1 cm in degrees or metres)
        self.tol = 1e-9 * np.maximum(np.abs(bounds).max(axis=1) if n else np.zeros(0), 1.0)
        self.minx = np.where(valid, bounds[:, 0] - self.tol, np.inf)
        self.miny = np.where(valid, bounds[:, 1] - self.tol, np.inf)
        self.maxx = np.where(valid, bounds[:, 2] + self.tol, -np.inf)
        self.maxy = np.where(valid, bounds[:, 3] + self.tol, -np.inf)

        # per-polygon grid: about 1.5·sqrt(vertices) cells a side keeps ~20–40 edges per row
        side = cells_per_side or np.clip(np.ceil(1.5 * np.sqrt(nverts)), 1, max_cells_per_side)
        self.nx = np.where(valid, np.broadcast_to(side, (n,)), 1).astype(np.int64)
        self.ny = self.nx.copy()
        self.cw = np.where(valid, (self.maxx - self.minx) / self.nx, 1.0)
        self.ch = np.where(valid, (self.maxy - self.miny) / self.ny, 1.0)
        self.row_offset = np.concatenate([[0], np.cumsum(self.ny)])[:-1]
        self.stride = self.nx + 1  # one spare column per row, see _fill_states
        self.cell_offset = np.concatenate([[0], np.cumsum(self.stride * self.ny)])[:-1]
        n_rows = int(self.ny.sum()) if n else 0
        n_cells = int((self.stride * self.ny).sum()) if n else 0

        self.n_rows, self.n_cells = n_rows, n_cells
        self._edges, self._edge_polygon, self._vertex_polygon = edges, edge_polygon, vertex_polygon
        self.cell_state = None
        v = (self.y - self.miny[vertex_polygon]) / self.ch[vertex_polygon]
        va, vb = v[edges], v[edges + 1]
        del v
        margin = (1e-6 + 2 * self.tol / np.minimum(self.cw, self.ch))[edge_polygon]
        ny_e = self.ny[edge_polygon]
        r0 = self._index(np.minimum(va, vb) - margin, ny_e)
        r1 = self._index(np.maximum(va, vb) + margin, ny_e)
        del va, vb, margin
        # row bands: CSR row -> start vertex of each edge touching the band
        one_row = r0 == r1
        multi = np.flatnonzero(~one_row)
        row_offset_e = self.row_offset[edge_polygon]
        pair_rows, owner = _expand(r0[multi], r1[multi] - r0[multi] + 1)
        pair_edge = multi[owner]
        global_row = np.concatenate([row_offset_e[one_row] + r0[one_row], row_offset_e[pair_edge] + pair_rows])
        row_edge = np.concatenate([np.flatnonzero(one_row), pair_edge])
        order = np.argsort(global_row, kind="stable")
        self.row_edges = edges[row_edge[order]]
        self.row_start = np.concatenate([[0], np.cumsum(np.bincount(global_row, minlength=n_rows))])
        self._build_coarse_grid()

    def _grid_units(self, edges, edge_polygon):
        """Edge end points in each polygon's grid units (column = floor(u), row = floor(v)), with the
        formula used for query points, and the margin by which edges are grown: a cell wrongly
        marked as edge costs one exact test, a missed one would give a wrong answer."""
        def units(k, coordinate, low, size):
            return (coordinate[k] - low[edge_polygon]) / size[edge_polygon]

        ua, ub = units(edges, self.x, self.minx, self.cw), units(edges + 1, self.x, self.minx, self.cw)
        va, vb = units(edges, self.y, self.miny, self.ch), units(edges + 1, self.y, self.miny, self.ch)
        margin = (1e-6 + 2 * self.tol / np.minimum(self.cw, self.ch))[edge_polygon]
        return ua, ub, va, vb, margin

    def classify_cells(self, polygons=None):
        """Mark the cells edges touch and give the others their inside/outside state, for the
        given polygons (boolean mask; all when None). Cells of other polygons stay 'edge': their
        points get exact tests. Pays off for polygons with many points (see ``query``)."""
        if self.cell_state is not None:
            return
        selected = np.ones(self.n_polygons, bool) if polygons is None else np.asarray(polygons, bool)
        sel = np.flatnonzero(selected[self._edge_polygon])
        edge_polygon = self._edge_polygon[sel]
        ua, ub, va, vb, margin = self._grid_units(self._edges[sel], edge_polygon)
        nx_e, ny_e = self.nx[edge_polygon], self.ny[edge_polygon]
        c0 = self._index(np.minimum(ua, ub) - margin, nx_e)
        c1 = self._index(np.maximum(ua, ub) + margin, nx_e)
        r0 = self._index(np.minimum(va, vb) - margin, ny_e)
        r1 = self._index(np.maximum(va, vb) + margin, ny_e)
        # most edges are shorter than a cell: one row, one cell
        simple = (r0 == r1) & (c0 == c1)
        cell_state = np.where(np.repeat(selected, self.stride * self.ny), np.int8(0), np.int8(EDGE))
        cell_offset_e = self.cell_offset[edge_polygon]
        stride_e = self.stride[edge_polygon]
        cell_state[cell_offset_e[simple] + r0[simple] * stride_e[simple] + c0[simple]] = EDGE
        # the others: the u range of the edge clipped to each row band it crosses
        complex_edges = np.flatnonzero(~simple)
        pair_rows, owner = _expand(r0[complex_edges], r1[complex_edges] - r0[complex_edges] + 1)
        e = complex_edges[owner]
        dv = vb[e] - va[e]
        m = margin[e]
        with np.errstate(divide="ignore", invalid="ignore"):
            ta = np.where(dv != 0, (pair_rows - m - va[e]) / dv, 0.0)
            tb = np.where(dv != 0, (pair_rows + 1 + m - va[e]) / dv, 1.0)
        tlo = np.clip(np.minimum(ta, tb), 0, 1)
        thi = np.clip(np.maximum(ta, tb), 0, 1)
        du = ub[e] - ua[e]
        xa = ua[e] + tlo * du
        xb = ua[e] + thi * du
        cc0 = self._index(np.minimum(xa, xb) - m, nx_e[e])
        cc1 = self._index(np.maximum(xa, xb) + m, nx_e[e])
        cols, owner = _expand(cc0, cc1 - cc0 + 1)
        cell_state[cell_offset_e[e][owner] + pair_rows[owner] * stride_e[e][owner] + cols] = EDGE
        # state of edge-free cells: crossings of each row's centre line left of each cell centre
        self.cell_state = self._fill_states(cell_state, edge_polygon, ua, va, ub, vb)

    @staticmethod
    def _index(value, count):
        """floor(value) limited to [0, count - 1] (truncation equals floor once clamped at 0)."""
        index = np.asarray(value).astype(np.int64)
        np.maximum(index, 0, out=index)
        np.minimum(index, count - 1, out=index)
        return index

    def _row(self, y, poly):
        return self._index((y - self.miny[poly]) / self.ch[poly], self.ny[poly])

    def _col(self, x, poly):
        return self._index((x - self.minx[poly]) / self.cw[poly], self.nx[poly])

    def _fill_states(self, cell_state, edge_polygon, ua, va, ub, vb):
        """Inside/outside of edge-free cells from the crossings of each row's centre line (in grid
        units, v = row + 0.5).

        Rows have one spare column (stride nx + 1): a crossing at column k flips the parity of
        cells k, k+1, …; a ring crosses any line an even number of times, so the running parity
        (one cumulative sum over all rows of all polygons) is back to even at the end of each row."""
        if not len(cell_state):
            return cell_state
        vmin, vmax = np.minimum(va, vb), np.maximum(va, vb)
        # rows whose centre line lies in [vmin, vmax) (half-open rule)
        ra = np.maximum(np.ceil(vmin - 0.5), 0).astype(np.int64)
        rb = np.minimum(np.ceil(vmax - 0.5).astype(np.int64) - 1, self.ny[edge_polygon] - 1)
        counts = np.maximum(rb - ra + 1, 0)
        crossing = np.flatnonzero(counts)
        rows, owner = _expand(ra[crossing], counts[crossing])
        e = crossing[owner]
        vc = rows + 0.5
        ui = ua[e] + (vc - va[e]) * (ub[e] - ua[e]) / (vb[e] - va[e])
        p = edge_polygon[e]
        # first cell whose centre is right of the crossing
        k = np.clip(np.ceil(ui - 0.5), 0, self.nx[p]).astype(np.int64)
        flips = np.bincount(self.cell_offset[p] + rows * self.stride[p] + k, minlength=len(cell_state))
        inside = (np.cumsum(flips, dtype=np.int32) & 1).astype(np.int8)
        return np.where(cell_state == EDGE, np.int8(EDGE), inside)

    def _build_coarse_grid(self):
        valid = np.flatnonzero(np.isfinite(self.minx))
        if not len(valid):
            self.grid = None
            return
        gminx, gminy = self.minx[valid].min(), self.miny[valid].min()
        gmaxx, gmaxy = self.maxx[valid].max(), self.maxy[valid].max()
        # cell about the median polygon size, at most ~4M cells
        size = max(np.median(self.maxx[valid] - self.minx[valid]), np.median(self.maxy[valid] - self.miny[valid]))
        span = max(gmaxx - gminx, gmaxy - gminy, 1e-12)
        size = max(size, span / 2000.0, 1e-12)
        gnx = max(1, int(math.ceil((gmaxx - gminx) / size)))
        gny = max(1, int(math.ceil((gmaxy - gminy) / size)))
        c0 = np.clip(((self.minx[valid] - gminx) / size).astype(np.int64), 0, gnx - 1)
        c1 = np.clip(((self.maxx[valid] - gminx) / size).astype(np.int64), 0, gnx - 1)
        r0 = np.clip(((self.miny[valid] - gminy) / size).astype(np.int64), 0, gny - 1)
        r1 = np.clip(((self.maxy[valid] - gminy) / size).astype(np.int64), 0, gny - 1)
        # expand rows then columns
        rows, owner = _expand(r0, r1 - r0 + 1)
        cols, owner2 = _expand(c0[owner], (c1 - c0 + 1)[owner])
        cells = rows[owner2] * gnx + cols
        polys = valid[owner[owner2]]
        order = np.argsort(cells, kind="stable")
        counts = np.bincount(cells, minlength=gnx * gny)
        self.grid = (gminx, gminy, size, gnx, gny, np.concatenate([[0], np.cumsum(counts)]), polys[order])

    # -- queries -------------------------------------------------------------------------------
    def query(self, px, py, chunk=250_000, classify=None):
        """(point index, polygon index) of every point inside or on the boundary of a polygon,
        sorted by point. Cells are classified (inside/outside answered without tests) when the
        points number at least 2.5 % of the edges: below that, testing every candidate against the
        edges of its row is cheaper than classifying millions of cells."""
        px = np.asarray(px, dtype=np.float64)
        py = np.asarray(py, dtype=np.float64)
        if classify is None and self.cell_state is None and self.grid is not None and len(px):
            # estimate the bbox candidates of each polygon from a sample of the points; classify the
            # polygons whose exact tests would cost more than their classification (≈ 2 points a row)
            sample = np.random.default_rng(0).choice(len(px), min(len(px), 50_000), replace=False)
            _pt, poly, _x, _y = self._candidates(px[sample], py[sample])
            estimate = np.bincount(poly, minlength=self.n_polygons) * (len(px) / len(sample))
            wanted = estimate >= 2 * self.ny
            if wanted.any():
                self.classify_cells(wanted)
        elif classify:
            self.classify_cells()
        out_p, out_g = [], []
        for start in range(0, len(px), chunk):
            a, b = self._query_chunk(px[start:start + chunk], py[start:start + chunk])
            out_p.append(a + start)
            out_g.append(b)
        if not out_p:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(out_p), np.concatenate(out_g)

    def _candidates(self, px, py):
        """(point, polygon, x, y) of every point inside a polygon's bounding box."""
        empty = np.zeros(0, np.int64)
        if self.grid is None or not len(px):
            return empty, empty, np.zeros(0), np.zeros(0)
        gminx, gminy, size, gnx, gny, start, polys = self.grid
        finite = np.isfinite(px) & np.isfinite(py)
        gc = np.floor((px - gminx) / size)
        gr = np.floor((py - gminy) / size)
        ok = finite & (gc >= 0) & (gc < gnx) & (gr >= 0) & (gr < gny)
        pts = np.flatnonzero(ok)
        cell = gr[pts].astype(np.int64) * gnx + gc[pts].astype(np.int64)
        cand, owner = _expand(start[cell], start[cell + 1] - start[cell])
        pt = pts[owner]
        poly = polys[cand]
        x, y = px[pt], py[pt]
        inbox = (x >= self.minx[poly]) & (x <= self.maxx[poly]) & (y >= self.miny[poly]) & (y <= self.maxy[poly])
        return pt[inbox], poly[inbox], x[inbox], y[inbox]

    def _query_chunk(self, px, py):
        pt, poly, x, y = self._candidates(px, py)
        if not len(pt):
            return pt, poly
        row = self._row(y, poly)
        col = self._col(x, poly)
        if self.cell_state is None:
            state = np.full(len(pt), EDGE, dtype=np.int8)
        else:
            state = self.cell_state[self.cell_offset[poly] + row * self.stride[poly] + col]
        sure = state == INSIDE
        test = np.flatnonzero(state == EDGE)
        hit = self._exact(x[test], y[test], poly[test], self.row_offset[poly[test]] + row[test])
        keep_pt = np.concatenate([pt[sure], pt[test[hit]]])
        keep_poly = np.concatenate([poly[sure], poly[test[hit]]])
        order = np.lexsort((keep_poly, keep_pt))
        return keep_pt[order], keep_poly[order]

    def _exact(self, x, y, poly, global_row, block=2_000_000):
        """Crossing number (even–odd) plus on-boundary test against the edges of each point's row."""
        n = len(x)
        result = np.zeros(n, dtype=bool)
        counts = self.row_start[global_row + 1] - self.row_start[global_row]
        # split into blocks of about `block` (point, edge) pairs to bound memory
        cum = np.cumsum(counts)
        begin = 0
        while begin < n:
            end = int(np.searchsorted(cum, (cum[begin - 1] if begin else 0) + block, side="right"))
            end = max(end, begin + 1)
            sl = slice(begin, end)
            pos, owner = _expand(self.row_start[global_row[sl]], counts[sl])
            e = self.row_edges[pos]
            ex0, ey0, ex1, ey1 = self.x[e], self.y[e], self.x[e + 1], self.y[e + 1]
            qx, qy = x[sl][owner], y[sl][owner]
            crosses = (ey0 > qy) != (ey1 > qy)
            with np.errstate(divide="ignore", invalid="ignore"):
                xi = ex0 + (qy - ey0) * (ex1 - ex0) / (ey1 - ey0)
            crossing = crosses & (qx < xi)
            parity = np.bincount(owner, weights=crossing, minlength=end - begin).astype(np.int64) % 2 == 1
            # on the boundary: distance to the segment within tol
            dx, dy = ex1 - ex0, ey1 - ey0
            len2 = dx * dx + dy * dy
            with np.errstate(divide="ignore", invalid="ignore"):
                t = np.where(len2 > 0, ((qx - ex0) * dx + (qy - ey0) * dy) / len2, 0.0)
            t = np.clip(t, 0.0, 1.0)
            ddx, ddy = qx - (ex0 + t * dx), qy - (ey0 + t * dy)
            tol = self.tol[poly[sl]][owner]
            on_edge = np.bincount(owner, weights=(ddx * ddx + ddy * ddy) <= tol * tol,
                                  minlength=end - begin) > 0
            result[sl] = parity | on_edge
            begin = end
        return result


# -- occurrences as columns ---------------------------------------------------------------------
# Darwin Core fields the summaries read (corridor_plugin.core.schema); missing ones stay empty.
SUMMARY_FIELDS = ("scientificName", "institutionCode", "eventDate", "year", "individualCount",
                  "abundanceMax", "iucnCategory", "citesAppendix", "country_iso3")
THREATENED = ("CR", "EN", "VU")


class Factor:
    """A text column as integer codes into sorted unique values (code -1 = empty)."""

    def __init__(self, values):
        values = np.asarray(values)
        if values.dtype.kind == "S":
            uniques, codes = np.unique(values, return_inverse=True)
            labels = [u.decode("utf-8", "replace").strip() for u in uniques]
        else:
            text = np.array(["" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip()
                             for v in values], dtype=object)
            uniques, codes = np.unique(text.astype(str), return_inverse=True)
            labels = [str(u) for u in uniques]
        # re-sort labels after decoding/stripping and drop the empty label
        order = sorted(set(labels) - {""})
        position = {label: i for i, label in enumerate(order)}
        remap = np.array([position.get(label, -1) for label in labels], dtype=np.int64)
        self.codes = remap[codes] if len(codes) else np.zeros(0, np.int64)
        self.labels = order

    def __len__(self):
        return len(self.codes)


def numeric(values, n):
    if values is None:
        return np.full(n, np.nan)
    values = np.asarray(values)
    if values.dtype.kind in "fiu":
        return values.astype(np.float64)
    out = np.full(n, np.nan)
    for i, v in enumerate(values):
        try:
            out[i] = float(v)
        except (TypeError, ValueError):
            pass
    return out


class Occurrences:
    """Point coordinates plus the summary fields as factors/numbers."""

    def __init__(self, x, y, columns, fids=None):
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        n = self.n = len(self.x)
        self.fids = np.asarray(fids) if fids is not None else np.arange(n)
        empty = np.array([""] * n, dtype=object)
        self.species = Factor(columns.get("scientificName", empty))
        self.partner = Factor(columns.get("institutionCode", empty))
        self.country = Factor(columns.get("country_iso3", empty))
        self.iucn = Factor(columns.get("iucnCategory", empty))
        self.cites = Factor(columns.get("citesAppendix", empty))
        self.year = numeric(columns.get("year"), n)
        count = numeric(columns.get("individualCount"), n)
        # abundance of a record: the exact count when there is one, otherwise the upper estimate
        self.abundance = np.where(np.isnan(count), numeric(columns.get("abundanceMax"), n), count)
        dates = Factor(columns.get("eventDate", empty))
        # ISO 8601 strings sort as dates; an interval "a/b" starts at a and ends at b
        starts = [label.split("/")[0] for label in dates.labels]
        ends = [label.split("/")[-1] for label in dates.labels]
        self.date_labels = sorted(set(starts) | set(ends))
        rank = {d: i for i, d in enumerate(self.date_labels)}
        start_rank = np.array([rank[s] for s in starts] + [-1], dtype=np.int64)
        end_rank = np.array([rank[e] for e in ends] + [-1], dtype=np.int64)
        self.date_start = start_rank[dates.codes]  # code -1 picks the trailing -1
        self.date_end = end_rank[dates.codes]


def _date(labels, rank):
    return labels[int(rank)] if rank >= 0 else None


def _nunique_per(group, value, n_groups, mask=None):
    """Number of distinct non-negative ``value`` per ``group``."""
    keep = value >= 0
    if mask is not None:
        keep &= mask
    if not keep.any():
        return np.zeros(n_groups, dtype=np.int64)
    pairs = np.unique(group[keep].astype(np.int64) * (int(value.max()) + 1) + value[keep])
    return np.bincount(pairs // (int(value.max()) + 1), minlength=n_groups)


def summarise(occ: Occurrences, point_of_pair, area_of_pair, n_areas, edge_point=None, edge_area=None):
    """The three summary tables as lists of dicts, plus per-point area lists.

    Returns ``areas`` (one dict per area index), ``species_areas`` (rows), ``species`` (rows)."""
    pp, pa = np.asarray(point_of_pair), np.asarray(area_of_pair)
    sp = occ.species.codes[pp]
    n_species = len(occ.species.labels)
    records = np.bincount(pa, minlength=n_areas)
    richness = _nunique_per(pa, sp, n_areas)
    threatened_label = np.array([label.upper() in THREATENED for label in occ.iucn.labels] + [False])
    cites_label = np.array([label.upper().replace("APPENDIX", "").strip() in ("I", "II", "III", "I/II")
                            for label in occ.cites.labels] + [False])
    threatened = _nunique_per(pa, sp, n_areas, threatened_label[occ.iucn.codes[pp]])
    cites = _nunique_per(pa, sp, n_areas, cites_label[occ.cites.codes[pp]])
    partners = _nunique_per(pa, occ.partner.codes[pp], n_areas)
    years = occ.year[pp]
    year_codes = np.where(np.isnan(years), -1, years).astype(np.int64)
    years_covered = _nunique_per(pa, year_codes, n_areas)
    first_year = _reduce(pa, years, n_areas, np.fmin)
    last_year = _reduce(pa, years, n_areas, np.fmax)
    last_rank = _reduce(pa, np.where(occ.date_end[pp] >= 0, occ.date_end[pp], np.nan), n_areas, np.fmax)
    edge_records = (np.bincount(np.asarray(edge_area), minlength=n_areas) if edge_area is not None
                    else np.zeros(n_areas, np.int64))
    labels = np.array(occ.date_labels + [None], dtype=object)
    areas = []
    for a in range(n_areas):
        areas.append(dict(
            records=int(records[a]), richness=int(richness[a]), threatened=int(threatened[a]),
            cites=int(cites[a]), partners=int(partners[a]),
            last_survey=labels[int(last_rank[a])] if not np.isnan(last_rank[a]) else None,
            first_year=None if np.isnan(first_year[a]) else int(first_year[a]),
            last_year=None if np.isnan(last_year[a]) else int(last_year[a]),
            years_covered=int(years_covered[a]), edge_records=int(edge_records[a])))

    # species x area
    species_areas = []
    if len(pp):
        key = pa.astype(np.int64) * (n_species + 1) + (sp + 1)
        uniq, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        ab = occ.abundance[pp]
        has_ab = ~np.isnan(ab)
        ab_sum = np.bincount(inverse, weights=np.where(has_ab, ab, 0.0), minlength=len(uniq))
        ab_n = np.bincount(inverse, weights=has_ab, minlength=len(uniq))
        ab_max = _reduce(inverse, ab, len(uniq), np.fmax)
        first = _reduce(inverse, np.where(occ.date_start[pp] >= 0, occ.date_start[pp], np.nan), len(uniq), np.fmin)
        last = _reduce(inverse, np.where(occ.date_end[pp] >= 0, occ.date_end[pp], np.nan), len(uniq), np.fmax)
        for i, k in enumerate(uniq):
            s = int(k % (n_species + 1)) - 1
            species_areas.append(dict(
                area=int(k // (n_species + 1)), scientificName=occ.species.labels[s] if s >= 0 else None,
                records=int(counts[i]), abundance_sum=float(ab_sum[i]) if ab_n[i] else None,
                abundance_max=None if np.isnan(ab_max[i]) else float(ab_max[i]),
                first_date=None if np.isnan(first[i]) else labels[int(first[i])],
                last_date=None if np.isnan(last[i]) else labels[int(last[i])]))

    # per species, over all occurrences
    all_sp = occ.species.codes
    total = np.bincount(all_sp[all_sp >= 0], minlength=n_species)
    inside_points = np.unique(pp)
    sp_in = all_sp[inside_points]
    protected = np.bincount(sp_in[sp_in >= 0], minlength=n_species)
    n_areas_sp = _nunique_per(sp, pa, n_species) if len(pp) else np.zeros(n_species, np.int64)
    country_in = occ.country.codes[inside_points]
    country_pairs = np.unique(np.stack([sp_in, country_in]), axis=1) if len(inside_points) else np.zeros((2, 0), int)
    countries = [[] for _ in range(n_species)]
    for s, c in country_pairs.T:
        if s >= 0 and c >= 0:
            countries[s].append(occ.country.labels[c])
    species = []
    for s in range(n_species):
        species.append(dict(
            scientificName=occ.species.labels[s], records=int(total[s]), records_protected=int(protected[s]),
            share_protected=float(protected[s] / total[s]) if total[s] else None,
            n_areas=int(n_areas_sp[s]), countries=";".join(sorted(countries[s]))))
    return areas, species_areas, species


def _reduce(group, values, n_groups, ufunc):
    """``ufunc``-reduction (np.fmin / np.fmax, NaN-ignoring) of values per group; NaN when none."""
    out = np.full(n_groups, np.nan)
    if len(group):
        order = np.argsort(group, kind="stable")
        g, v = np.asarray(group)[order], np.asarray(values, dtype=np.float64)[order]
        starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
        out[g[starts]] = ufunc.reduceat(v, starts)
    return out


def labels_per_point(n_points, point_of_pair, area_of_pair, area_labels, separator=";"):
    """Per point the ';'-joined labels of its areas ('' when none) and the number of areas."""
    out = np.full(n_points, "", dtype=object)
    count = np.zeros(n_points, dtype=np.int64)
    if not len(point_of_pair):
        return out, count
    area_labels = np.asarray(area_labels, dtype=object)
    points, first, counts = np.unique(point_of_pair, return_index=True, return_counts=True)
    count[points] = counts
    single = counts == 1
    out[points[single]] = area_labels[np.asarray(area_of_pair)[first[single]]]
    for p, f, c in zip(points[~single], first[~single], counts[~single]):
        out[p] = separator.join(area_labels[area_of_pair[f:f + c]])
    return out, count


# -- reading and writing -------------------------------------------------------------------------
def ogr_source(layer):
    """(path, layer name) when ``layer`` is a whole GDAL/OGR-readable file layer without filter,
    else None (then the generic QGIS reader is used)."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    return path, parts.get("layerName") or None, parts.get("layerId")


def _open_ogr_layer(path, layer_name=None, layer_id=None):
    """(dataset, layer) of a file opened with GDAL, the layer chosen by name, index or first;
    (None, None) when GDAL cannot open it. The dataset is returned to keep the layer alive."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    if dataset is None:
        return None, None
    if layer_name:
        return dataset, dataset.GetLayerByName(layer_name)
    if layer_id not in (None, ""):
        return dataset, dataset.GetLayer(int(layer_id))
    return dataset, dataset.GetLayer(0)


@gdal_exceptions()
def read_points_ogr(path, layer_name=None, layer_id=None, target_crs=None, transform_context=None):
    """Occurrences of a point layer through GDAL's Arrow stream (columnar, no per-feature Python).
    Returns an ``Occurrences`` or None when the layer cannot be read this way."""
    from osgeo import ogr

    dataset, layer = _open_ogr_layer(path, layer_name, layer_id)
    if dataset is None:
        return None
    if layer is None or ogr.GT_Flatten(layer.GetGeomType()) != ogr.wkbPoint \
            or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    wanted = [name for name in SUMMARY_FIELDS if layer.GetLayerDefn().GetFieldIndex(name) >= 0]
    layer.SetIgnoredFields([layer.GetLayerDefn().GetFieldDefn(i).GetName()
                            for i in range(layer.GetLayerDefn().GetFieldCount())
                            if layer.GetLayerDefn().GetFieldDefn(i).GetName() not in wanted])
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    columns = {name: [] for name in wanted}
    fids, blobs = [], []
    stream = layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"])
    for batch in stream:
        fid_name = next((k for k in batch if k not in wanted and k != geometry_name
                         and k.lower() in ("fid", "ogc_fid")), None)
        if geometry_name not in batch:
            return None
        blobs.append(batch[geometry_name])
        fids.append(batch[fid_name] if fid_name else None)
        for name in wanted:
            columns[name].append(batch[name])
    if not blobs:
        return Occurrences(np.zeros(0), np.zeros(0), {})
    x, y = _points_from_wkb(np.concatenate(blobs))
    if x is None:
        return None
    fid_array = np.concatenate(fids) if all(f is not None for f in fids) else None
    data = {name: np.concatenate(parts) for name, parts in columns.items()}
    occ = Occurrences(x, y, data, fid_array)
    occ.layer_name = layer.GetName()
    return occ


def _points_from_wkb(blobs):
    """x, y of 2D/3D WKB points held in a numpy array of fixed-size or object blobs."""
    if blobs.dtype.kind == "V" and blobs.dtype.itemsize in (21, 29, 37):
        raw = np.frombuffer(blobs.tobytes(), dtype=np.uint8).reshape(len(blobs), blobs.dtype.itemsize)
    else:
        sizes = {len(b) if b is not None else 0 for b in blobs}
        if len(sizes) != 1 or sizes.pop() not in (21, 29, 37):
            return None, None
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), -1)
    if raw.size and not (raw[:, 0] == 1).all():  # big-endian blobs: leave to the generic reader
        return None, None
    xy = raw[:, 5:21].copy().view("<f8")
    return xy[:, 0].copy(), xy[:, 1].copy()


def read_points_qgis(source, feedback=None):
    """Occurrences of any QgsFeatureSource (memory layers, PostGIS, filtered layers...)."""
    from qgis.core import QgsFeatureRequest

    names = [f.name() for f in source.fields()]
    wanted = [name for name in SUMMARY_FIELDS if name in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
    total = source.featureCount() or 1
    xs, ys, fids, columns = [], [], [], {name: [] for name in wanted}
    skipped = 0
    for i, feature in enumerate(source.getFeatures(request)):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        point = geometry.constGet()
        if geometry.isMultipart():
            point = point.geometryN(0)
        xs.append(point.x())
        ys.append(point.y())
        fids.append(feature.id())
        for name in wanted:
            columns[name].append(feature[name])
        if feedback is not None and i % 20000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(20.0 * i / total)
    data = {name: np.array(values, dtype=object) for name, values in columns.items()}
    occ = Occurrences(np.array(xs), np.array(ys), data, np.array(fids, dtype=np.int64))
    occ.skipped_without_geometry = skipped
    return occ


def polygon_rings_from_source(source, target_crs, transform_context, feedback=None):
    """Per feature of a polygon source: (feature id, attributes, geometry, rings in ``target_crs``)."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest

    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context)
    rows = []
    for feature in source.getFeatures(QgsFeatureRequest()):
        geometry = feature.geometry()
        rings = []
        if not geometry.isNull() and not geometry.isEmpty():
            projected = geometry
            if transform is not None:
                projected = type(geometry)(geometry)
                projected.transform(transform)
            rings = geometry_rings(projected)
        rows.append((feature.id(), feature.attributes(), geometry, rings))
        if feedback is not None and feedback.isCanceled():
            break
    return rows


def buffered_rings(rows, distance_m, source_crs, target_crs, transform_context):
    """Rings of each area grown by ``distance_m`` metres, buffered in an azimuthal equidistant
    projection centred on the area (distances true from the centre, error < 0.1 % within 300 km)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs = QgsCoordinateTransform(source_crs, wgs84, transform_context)
    cache = {}
    out = []
    for _fid, _attrs, geometry, _rings in rows:
        if isinstance(geometry, LazyGeometry):
            geometry = geometry.get()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            out.append([])
            continue
        centre = to_wgs.transform(geometry.boundingBox().center())
        key = (round(centre.x(), 0), round(centre.y(), 0))
        if key not in cache:
            local = QgsCoordinateReferenceSystem.fromProj(
                f"+proj=aeqd +lat_0={key[1]} +lon_0={key[0]} +datum=WGS84 +units=m +no_defs")
            cache[key] = (QgsCoordinateTransform(source_crs, local, transform_context),
                          QgsCoordinateTransform(local, target_crs, transform_context))
        forward, backward = cache[key]
        grown = type(geometry)(geometry)
        grown.transform(forward)
        grown = grown.buffer(distance_m, 16)
        grown.transform(backward)
        out.append(geometry_rings(grown))
    return out


@gdal_exceptions()
def write_occurrences_gpkg(source_path, source_layer, destination, occ, extra_columns, feedback=None):
    """Copy the occurrence layer to a GeoPackage with GDAL (no per-feature Python) and fill the
    extra text/integer columns by fid. ``extra_columns``: list of (name, SQL type, values per point)."""
    import os

    from osgeo import gdal

    if os.path.exists(destination):
        os.remove(destination)
    layer_name = os.path.splitext(os.path.basename(destination))[0]
    # GDAL's own R-tree would take an SQLite insert per point (more than the whole overlay for a
    # million points): the copy is made without one and the index packed afterwards in one pass
    options = ["-preserve_fid", "-nln", layer_name, "-gt", "262144", "-lco", "SPATIAL_INDEX=NO"]
    source = gdal.OpenEx(source_path, gdal.OF_VECTOR)
    gdal.VectorTranslate(destination, source, format="GPKG", layers=[source_layer] if source_layer else None,
                         options=options)
    source = None
    _fill_columns(destination, occ.fids, extra_columns)
    if not _index_points(destination) and feedback is not None:
        from ..toolbelt.i18n import tr

        feedback.pushWarning(tr("{path}: written without a spatial index (not a plain point layer, or the "
                                "index could not be built); QGIS can add one in Layer Properties ▸ Source.").format(
                                    path=destination))
    return destination, layer_name


def _index_points(destination) -> bool:
    """The standard GeoPackage spatial index on the copied point layer. False, with the file unchanged,
    for a layer of other geometries (multipoints) or when SQLite fails: the data stay as written."""
    import sqlite3

    from .rtree import index_gpkg_points

    connection = sqlite3.connect(destination)
    try:
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        connection.execute("BEGIN")  # the CREATE statements too: a failure leaves no half index
        index_gpkg_points(connection, table)
        connection.commit()
        return True
    except (ValueError, sqlite3.Error):
        connection.rollback()
        return False
    finally:
        connection.close()


LABEL_FIELDS = ("pa_id", "WDPA_PID", "SITE_PID", "WDPAID", "SITE_ID")


class LazyGeometry:
    """A polygon read by GDAL as WKB, made a QgsGeometry only when needed (buffer, generic output)."""

    def __init__(self, wkb):
        self.wkb = wkb

    def get(self):
        from qgis.core import QgsGeometry

        geometry = QgsGeometry()
        geometry.fromWkb(self.wkb)
        return geometry


@gdal_exceptions()
def read_polygons_ogr(path, layer_name=None, layer_id=None):
    """Rows (fid, {label field: value}, LazyGeometry, rings) of a polygon file layer read by GDAL,
    plus the layer name; None when GDAL cannot read it this way."""
    from osgeo import ogr

    dataset, layer = _open_ogr_layer(path, layer_name, layer_id)
    if dataset is None:
        return None
    if layer is None or ogr.GT_Flatten(layer.GetGeomType()) not in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    wanted = [n for n in names if n in LABEL_FIELDS]
    layer.SetIgnoredFields([n for n in names if n not in wanted])
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            rows.append((feature.GetFID(), {n: feature.GetField(n) for n in wanted}, None, []))
            continue
        wkb = bytes(geometry.ExportToIsoWkb())
        rows.append((feature.GetFID(), {n: feature.GetField(n) for n in wanted}, LazyGeometry(wkb), wkb_rings(wkb)))
    return rows, layer.GetName()


def labels_of_rows(rows, field_names):
    """Stable ids of the areas: ``pa_id`` when the layer has one, else WDPA ids, else fid.
    ``rows`` hold attributes as a list (in ``field_names`` order) or as a dict."""
    for field, prefix in (("pa_id", ""), ("WDPA_PID", "WDPA:"), ("SITE_PID", "WDPA:"), ("WDPAID", "WDPA:"),
                          ("SITE_ID", "WDPA:")):
        if field in field_names:
            index = list(field_names).index(field)
            labels = []
            for fid, attributes, _g, _r in rows:
                value = attributes[field] if isinstance(attributes, dict) else attributes[index]
                text = _label_text(value)
                labels.append(prefix + text if text else f"fid:{fid}")
            return labels
    return [f"fid:{fid}" for fid, _a, _g, _r in rows]


def _label_text(value):
    if value is None or str(value) in ("", "NULL"):
        return ""
    text = str(value)
    return text[:-2] if text.endswith(".0") else text


@gdal_exceptions()
def write_areas_gpkg(source_path, source_layer, destination, fids, columns):
    """Copy a polygon layer to a GeoPackage with GDAL and fill the figure columns by fid.
    ``columns``: list of (name, SQL type, values per area in ``fids`` order)."""
    import os

    from osgeo import gdal

    if os.path.exists(destination):
        os.remove(destination)
    layer_name = os.path.splitext(os.path.basename(destination))[0]
    source = gdal.OpenEx(source_path, gdal.OF_VECTOR)
    # the returned dataset is dropped at once, which closes (flushes) the file before sqlite opens it
    gdal.VectorTranslate(destination, source, format="GPKG", layers=[source_layer],
                         options=["-preserve_fid", "-nln", layer_name, "-nlt", "PROMOTE_TO_MULTI"])
    source = None
    _fill_columns(destination, fids, columns)
    return destination


def _fill_columns(destination, fids, columns):
    import sqlite3

    connection = sqlite3.connect(destination)
    try:
        # a file we have just created: no rollback journal needed, a failure leaves nothing to keep
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        info = list(connection.execute(f'PRAGMA table_info("{table}")'))
        fid_column = [row[1] for row in info if row[5]][0]
        existing = {row[1].lower() for row in info}
        names = []
        for name, sql_type, _values, *default in columns:
            column = name
            while column.lower() in existing:
                column += "_2"
            existing.add(column.lower())
            names.append(column)
            # a constant DEFAULT costs nothing to add: rows that keep it need no UPDATE
            default_sql = ""
            if default and default[0] is not None:
                default_sql = " DEFAULT " + (f"'{default[0]}'" if isinstance(default[0], str) else str(default[0]))
            connection.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {sql_type}{default_sql}')
        assignments = ", ".join(f'"{c}" = ?' for c in names)
        arrays = [np.asarray(v) for _n, _t, v, *_d in columns]
        defaults = [d[0] if d else None for _n, _t, _v, *d in columns]
        fids = np.asarray(fids)
        if all(d is not None for d in defaults) and len(fids):
            changed = np.zeros(len(fids), dtype=bool)
            for array, default in zip(arrays, defaults):
                changed |= array != default
            arrays = [array[changed] for array in arrays]
            fids = fids[changed]
        rows = zip(*[array.tolist() for array in arrays], fids.astype(np.int64).tolist())
        # GeoPackage update triggers call spatial SQL functions that only GDAL's connection has;
        # geometries are not touched, so they are lifted for the update and restored unchanged
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = ?", (table,)).fetchall()
        for trigger, _sql in triggers:
            connection.execute(f'DROP TRIGGER "{trigger}"')
        connection.executemany(f'UPDATE "{table}" SET {assignments} WHERE "{fid_column}" = ?', rows)
        for _trigger, sql in triggers:
            connection.execute(sql)
        connection.commit()
    finally:
        connection.close()
    return names
