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
    values = np.arange(total, dtype=np.int64) - np.repeat(first, counts) + np.repeat(np.asarray(starts, np.int64), counts)
    return values, owner


class PolygonIndex:
    """Exact point-in-polygon index over many polygons (each a list of rings)."""

    def __init__(self, polygons, cells_per_side=None, max_cells_per_side=64):
        n = self.n_polygons = len(polygons)
        xs, ys, polygon_of_vertex, ring_end = [], [], [], []
        nverts = np.zeros(n, dtype=np.int64)
        bounds = np.full((n, 4), np.nan)
        for p, rings in enumerate(polygons):
            for ring in rings:
                ring = np.asarray(ring, dtype=np.float64)
                if len(ring) < 3:
                    continue
                if ring[0, 0] != ring[-1, 0] or ring[0, 1] != ring[-1, 1]:
                    ring = np.vstack([ring, ring[:1]])
                xs.append(ring[:, 0])
                ys.append(ring[:, 1])
                polygon_of_vertex.append(np.full(len(ring), p, dtype=np.int64))
                end = np.zeros(len(ring), dtype=bool)
                end[-1] = True
                ring_end.append(end)
                nverts[p] += len(ring) - 1
                lo, hi = ring.min(axis=0), ring.max(axis=0)
                bounds[p, :2] = np.fmin(bounds[p, :2], lo)
                bounds[p, 2:] = np.fmax(bounds[p, 2:], hi)
        self.x = np.concatenate(xs) if xs else np.zeros(0)
        self.y = np.concatenate(ys) if xs else np.zeros(0)
        vertex_polygon = np.concatenate(polygon_of_vertex) if xs else np.zeros(0, np.int64)
        is_end = np.concatenate(ring_end) if xs else np.zeros(0, bool)
        # edge k joins vertex k and k+1; the last vertex of a ring starts no edge
        edges = np.flatnonzero(~is_end)
        edge_polygon = vertex_polygon[edges]
        x0, y0 = self.x[edges], self.y[edges]
        x1, y1 = self.x[edges + 1], self.y[edges + 1]

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

        # rows and columns each edge touches, grown by a margin: a cell wrongly marked as edge
        # costs one exact test, a missed one would give a wrong answer
        margin = 2 * self.tol[edge_polygon] + 1e-6 * self.cw[edge_polygon]
        ex_lo, ex_hi = np.minimum(x0, x1) - margin, np.maximum(x0, x1) + margin
        ey_lo, ey_hi = np.minimum(y0, y1) - margin, np.maximum(y0, y1) + margin
        r0, r1 = self._row(ey_lo, edge_polygon), self._row(ey_hi, edge_polygon)
        c0, c1 = self._col(ex_lo, edge_polygon), self._col(ex_hi, edge_polygon)
        pair_rows, pair_edge = _expand(r0, r1 - r0 + 1)
        pair_edge_poly = edge_polygon[pair_edge]
        global_row = self.row_offset[pair_edge_poly] + pair_rows
        order = np.argsort(global_row, kind="stable")
        self.row_edges = pair_edge[order]
        self.row_start = np.concatenate([[0], np.cumsum(np.bincount(global_row, minlength=n_rows))])
        del order, global_row

        cell_state = np.zeros(n_cells, dtype=np.int8)
        # most edges are shorter than a cell: one cell holds the whole (grown) edge
        simple = (r0 == r1) & (c0 == c1)
        cell_state[self.cell_offset[edge_polygon[simple]] + r0[simple] * self.stride[edge_polygon[simple]]
                   + c0[simple]] = EDGE
        # the others: the x range of the edge clipped to each row band it crosses
        sel = ~simple[pair_edge]
        rows, e, p = pair_rows[sel], pair_edge[sel], pair_edge_poly[sel]
        band0 = self.miny[p] + rows * self.ch[p]
        band1 = band0 + self.ch[p]
        dy = y1[e] - y0[e]
        with np.errstate(divide="ignore", invalid="ignore"):
            ta = np.where(dy != 0, (band0 - margin[e] - y0[e]) / dy, 0.0)
            tb = np.where(dy != 0, (band1 + margin[e] - y0[e]) / dy, 1.0)
        tlo = np.clip(np.minimum(ta, tb), 0, 1)
        thi = np.clip(np.maximum(ta, tb), 0, 1)
        xa = x0[e] + tlo * (x1[e] - x0[e])
        xb = x0[e] + thi * (x1[e] - x0[e])
        cc0 = self._col(np.minimum(xa, xb) - margin[e], p)
        cc1 = self._col(np.maximum(xa, xb) + margin[e], p)
        cols, owner = _expand(cc0, cc1 - cc0 + 1)
        cell_state[self.cell_offset[p[owner]] + rows[owner] * self.stride[p[owner]] + cols] = EDGE

        # state of edge-free cells: crossings of each row's centre line left of each cell centre
        self.cell_state = self._fill_states(cell_state, edge_polygon, x0, y0, x1, y1)
        self._ex0, self._ey0, self._ex1, self._ey1 = x0, y0, x1, y1
        self._build_coarse_grid()

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

    def _fill_states(self, cell_state, edge_polygon, x0, y0, x1, y1):
        """Inside/outside of edge-free cells from the crossings of each row's centre line.

        Rows have one spare column (stride nx + 1): a crossing at column k flips the parity of
        cells k, k+1, …; a ring crosses any line an even number of times, so the running parity
        (one cumulative sum over all rows) is back to even at the end of each row."""
        if not len(cell_state):
            return cell_state
        ymin, ymax = np.minimum(y0, y1), np.maximum(y0, y1)
        ch, miny = self.ch[edge_polygon], self.miny[edge_polygon]
        # rows whose centre line y_c lies in [ymin, ymax) (half-open rule)
        ra = np.maximum(np.ceil((ymin - miny) / ch - 0.5).astype(np.int64), 0)
        rb = np.minimum(np.ceil((ymax - miny) / ch - 0.5).astype(np.int64) - 1, self.ny[edge_polygon] - 1)
        local_rows, edge_of = _expand(ra, np.maximum(rb - ra + 1, 0))
        p = edge_polygon[edge_of]
        yc = self.miny[p] + (local_rows + 0.5) * self.ch[p]
        ex0, ey0, ex1, ey1 = x0[edge_of], y0[edge_of], x1[edge_of], y1[edge_of]
        keep = (np.minimum(ey0, ey1) <= yc) & (yc < np.maximum(ey0, ey1))
        p, local_rows, yc = p[keep], local_rows[keep], yc[keep]
        ex0, ey0, ex1, ey1 = ex0[keep], ey0[keep], ex1[keep], ey1[keep]
        xi = ex0 + (yc - ey0) * (ex1 - ex0) / (ey1 - ey0)
        # first cell whose centre is right of the crossing
        k = np.clip(np.ceil((xi - self.minx[p]) / self.cw[p] - 0.5), 0, self.nx[p]).astype(np.int64)
        flips = np.bincount(self.cell_offset[p] + local_rows * self.stride[p] + k, minlength=len(cell_state))
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
    def query(self, px, py, chunk=250_000):
        """(point index, polygon index) of every point inside or on the boundary of a polygon,
        sorted by point."""
        px = np.asarray(px, dtype=np.float64)
        py = np.asarray(py, dtype=np.float64)
        out_p, out_g = [], []
        for start in range(0, len(px), chunk):
            a, b = self._query_chunk(px[start:start + chunk], py[start:start + chunk])
            out_p.append(a + start)
            out_g.append(b)
        if not out_p:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(out_p), np.concatenate(out_g)

    def _query_chunk(self, px, py):
        empty = np.zeros(0, np.int64)
        if self.grid is None or not len(px):
            return empty, empty
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
        pt, poly, x, y = pt[inbox], poly[inbox], x[inbox], y[inbox]
        row = self._row(y, poly)
        col = self._col(x, poly)
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
            ex0, ey0, ex1, ey1 = self._ex0[e], self._ey0[e], self._ex1[e], self._ey1[e]
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
