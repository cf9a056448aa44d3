"""From protected-area polygons and a region to graph nodes and candidate links (QGIS geometry).

Nodes follow Saura et al. (2017) and Makurhini: the areas that intersect the region are clipped
to it, dissolved and split into parts (each part is a node whose attribute is its area in ha);
areas (or parts of areas) outside the region but within the transboundary buffer are dissolved
and split the same way and enter as stepping stones with attribute 0.

A node made of touching or overlapping areas keeps every member (``node_members``): their ids and
names, and the set of their ISO 3166-1 alpha-3 countries (``iso3_set``; WDPA writes ``MNG;RUS`` for
an area of two countries). Two nodes that share a member are parts of one area: a link between
them is a self-link (``is_self_link``), kept in the graph (it is real contiguity) but not reported as
a link between areas. A link is transboundary when the two nodes' country sets differ
(``countries_differ``), not when their strings do.
"""
import math
import re
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...toolbelt.qgis_compat import null_rectangle

HECTARE = 10_000.0
EDGE, CENTROID = 0, 1
BUFFER_NODES, BUFFER_REGION = 0, 1


@dataclass
class Area:
    """One protected area (or habitat patch) as read from the input layer."""

    geometry: QgsGeometry
    pa_id: object
    name: str = ""
    country: str = ""


@dataclass
class RegionNodes:
    """The nodes of one region: parts inside (attribute = area, ha) and stepping stones outside."""

    geometries: list
    attribute: np.ndarray          # ha, 0 for stepping stones outside the region
    inside: np.ndarray             # bool
    pa_id: list
    name: list
    country: list
    area_ha: np.ndarray            # geometric area of the node, ha (also for stepping stones)
    undissolved_ha: np.ndarray     # each input area clipped to the region, split into parts (ProtConn[Within])
    region_area_ha: float
    region_parts: list = field(default_factory=list)
    members: list = field(default_factory=list)   # per node: the Areas it is made of (largest first)

    @property
    def size(self):
        return len(self.geometries)


def working_crs(layer_crs, extent_wgs84=None):
    """The layer's CRS if projected; otherwise a Lambert azimuthal equal-area CRS centred on the
    data (areas exact, distances within about 1 % over a few thousand km)."""
    if not layer_crs.isGeographic():
        return layer_crs
    centre = extent_wgs84.center() if extent_wgs84 is not None else QgsPointXY(0, 0)
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={centre.y():.4f} +lon_0={centre.x():.4f} +datum=WGS84 +units=m +no_defs")


def transform_to(crs_from, crs_to):
    if crs_from == crs_to:
        return None
    return QgsCoordinateTransform(crs_from, crs_to, QgsProject.instance())


def clean(geometry: QgsGeometry, transform=None):
    """A valid polygon geometry in the working CRS, or None when nothing is left."""
    if geometry is None or geometry.isEmpty():
        return None
    g = QgsGeometry(geometry)
    if transform is not None:
        g.transform(transform)
    if not g.isGeosValid():
        g = g.makeValid()
        if g.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            polygons = [p for p in g.asGeometryCollection() if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
            g = QgsGeometry.collectGeometry(polygons) if polygons else QgsGeometry()
    if g.isEmpty() or g.area() <= 0:
        return None
    return g


def parts(geometry: QgsGeometry):
    """Single polygons of a (multi)polygon, ignoring anything that is not a polygon."""
    if geometry is None or geometry.isEmpty():
        return []
    if geometry.isMultipart() or geometry.wkbType() == QgsWkbTypes.Type.GeometryCollection:
        out = []
        for g in geometry.asGeometryCollection():
            if g.type() == QgsWkbTypes.GeometryType.PolygonGeometry and g.area() > 0:
                out.append(g)
        return out
    return [geometry] if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry and geometry.area() > 0 else []


def _prepared(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def bounding_boxes(geometries) -> np.ndarray:
    """(n, 4) array of xmin, ymin, xmax, ymax."""
    out = np.empty((len(geometries), 4))
    for k, g in enumerate(geometries):
        b = g.boundingBox()
        out[k] = (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())
    return out


def box_pairs(boxes: np.ndarray, distance: float, max_pairs: int = 2_000_000):
    """Yield (i, j) arrays (i < j) of the boxes whose gap is at most ``distance``, in blocks of at
    most about ``max_pairs`` candidates (a sweep along x: memory stays bounded whatever the number
    of boxes). The gap between boxes is a lower bound of the distance between what they bound."""
    n = len(boxes)
    if n < 2:
        return
    order = np.argsort(boxes[:, 0], kind="stable")
    b = boxes[order]
    # candidates of sorted box s: the boxes after it whose xmin is within its xmax + distance
    last = np.searchsorted(b[:, 0], b[:, 2] + distance, side="right")
    counts = np.maximum(last - np.arange(n) - 1, 0)
    cumulative = np.cumsum(counts)
    start = 0
    while start < n:
        done = cumulative[start - 1] if start else 0
        stop = max(int(np.searchsorted(cumulative, done + max_pairs, side="right")), start + 1)
        stop = min(stop, n)
        c = counts[start:stop]
        owner = np.repeat(np.arange(start, stop), c)
        if owner.size:
            other = owner + 1 + (np.arange(owner.size) - np.repeat(np.cumsum(c) - c, c))
            gx = np.maximum(0.0, np.maximum(b[owner, 0], b[other, 0]) - np.minimum(b[owner, 2], b[other, 2]))
            gy = np.maximum(0.0, np.maximum(b[owner, 1], b[other, 1]) - np.minimum(b[owner, 3], b[other, 3]))
            near = gx * gx + gy * gy <= distance * distance
            i, j = order[owner[near]], order[other[near]]
            yield np.minimum(i, j), np.maximum(i, j)
        start = stop


def overlap_groups(geometries, boxes=None, feedback=None):
    """Component label of every geometry in the graph 'intersects' (touching counts, as for a
    union): geometries that share no label can be dissolved separately."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(geometries)
    boxes = bounding_boxes(geometries) if boxes is None else boxes
    ii, jj = [], []
    for i, j in box_pairs(boxes, 0.0):
        order = np.argsort(i, kind="stable")
        i, j = i[order], j[order]
        current, engine = -1, None
        hit = np.zeros(i.size, dtype=bool)
        for e in range(i.size):
            if i[e] != current:
                current, engine = int(i[e]), _prepared(geometries[int(i[e])])
                if feedback is not None and e % 64 == 0 and feedback(0.5 * current / n):
                    return None
            hit[e] = engine.intersects(geometries[int(j[e])].constGet())
        ii.append(i[hit])
        jj.append(j[hit])
    i = np.concatenate(ii) if ii else np.zeros(0, np.int64)
    j = np.concatenate(jj) if jj else np.zeros(0, np.int64)
    graph = coo_matrix((np.ones(i.size), (i, j)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def dissolve_overlapping(geometries, feedback=None):
    """The parts of the union of ``geometries``, as ``parts(unaryUnion(geometries))`` gives them,
    but each group of intersecting geometries is dissolved on its own and a geometry that meets
    no other is only split: one union of a national network of detailed outlines takes minutes
    and gigabytes (GEOS), the groups take seconds."""
    if not geometries:
        return []
    labels = overlap_groups(geometries, feedback=feedback)
    if labels is None:
        return []
    order = np.argsort(labels, kind="stable")
    cuts = np.flatnonzero(np.diff(labels[order])) + 1
    out = []
    groups = np.split(order, cuts)
    for g, group in enumerate(groups):
        if group.size == 1:
            out.extend(parts(geometries[int(group[0])]))
        else:
            out.extend(parts(QgsGeometry.unaryUnion([geometries[int(k)] for k in group])))
            if feedback is not None and feedback(0.5 + 0.5 * g / len(groups)):
                break
    return out


class AreaIndex:
    """The input areas with a spatial index, shared by every region."""

    def __init__(self, areas):
        self.areas = areas
        self.index = QgsSpatialIndex()
        for n, area in enumerate(areas):
            self.index.addFeature(n, area.geometry.boundingBox())

    def candidates(self, rectangle: QgsRectangle):
        return self.index.intersects(rectangle)

    def owner(self, geometry, among=None):
        """The area that holds the point on surface of ``geometry`` (its id, name, country)."""
        point = geometry.pointOnSurface()
        ids = among if among is not None else self.candidates(point.boundingBox())
        for n in ids:
            if self.areas[n].geometry.intersects(point):
                return self.areas[n]
        best = None
        for n in ids:  # slivers from dissolving: take the nearest area
            d = self.areas[n].geometry.distance(point)
            if best is None or d < best[0]:
                best = (d, self.areas[n])
        return best[1] if best else Area(geometry, None)


def region_nodes(area_index: AreaIndex, region: QgsGeometry, buffer_m: float = 0.0,
                 buffer_type: int = BUFFER_NODES, clip: bool = True, feedback=None) -> RegionNodes:
    """Clip, dissolve and split the areas of one region; add the stepping stones of the buffer.

    ``clip=False`` keeps the areas that touch the region whole (habitat patches of a landscape,
    as Makurhini's MK_dPCIIC): the region then only gives the landscape area A_L.
    ``feedback``: optional callable(fraction) returning True to cancel."""
    region_engine = _prepared(region)
    inside_ids, clipped, undissolved = [], [], []
    candidates = area_index.candidates(region.boundingBox())
    for count, n in enumerate(candidates):
        g = area_index.areas[n].geometry
        if not region_engine.intersects(g.constGet()):
            continue
        contained = not clip or region_engine.contains(g.constGet())  # most areas: no clipping needed
        piece = g if contained else g.intersection(region)
        if piece.isEmpty() or piece.area() <= 0:
            continue
        inside_ids.append(n)
        clipped.append(piece)
        undissolved.extend(p.area() / HECTARE for p in parts(piece))
        if feedback is not None and count % 256 == 0 and feedback(0.2 * count / max(len(candidates), 1)):
            break
    inside_parts = dissolve_overlapping(clipped, _stage(feedback, 0.2, 0.6))

    outside_parts, pieces, piece_ids = [], [], []
    if buffer_m > 0:
        pieces, piece_ids = [], []
        inside_set = set(inside_ids)
        for n in inside_ids if clip else []:  # parts of border-crossing areas outside the region
            if region_engine.contains(area_index.areas[n].geometry.constGet()):
                continue
            rest = area_index.areas[n].geometry.difference(region)
            if not rest.isEmpty() and rest.area() > 0:
                pieces.append(rest)
                piece_ids.append(n)
        if buffer_type == BUFFER_REGION:
            found, found_ids = _within_region_buffer(area_index, region, buffer_m, inside_set)
        else:
            found, found_ids = _within_node_buffer(area_index, inside_ids, buffer_m, inside_set,
                                                   _stage(feedback, 0.6, 0.8))
        pieces.extend(found)
        piece_ids.extend(found_ids)
        if pieces:
            outside_parts = dissolve_overlapping(pieces, _stage(feedback, 0.8, 0.9))

    geometries = inside_parts + outside_parts
    members = (members_from_pieces(area_index, inside_parts, clipped, inside_ids)
               + members_from_pieces(area_index, outside_parts, pieces, piece_ids))
    area_ha = np.array([g.area() / HECTARE for g in geometries])
    inside = np.array([True] * len(inside_parts) + [False] * len(outside_parts), dtype=bool)
    return RegionNodes(
        geometries=geometries,
        attribute=np.where(inside, area_ha, 0.0) if geometries else np.zeros(0),
        inside=inside,
        pa_id=[m[0].pa_id for m in members],
        name=["; ".join(dict.fromkeys(a.name for a in m if a.name)) for m in members],
        country=[";".join(sorted(node_countries(m))) for m in members],
        area_ha=area_ha,
        undissolved_ha=np.array(undissolved),
        region_area_ha=region.area() / HECTARE,
        region_parts=parts(region),
        members=members,
    )


# -- node members, countries and self-links ----------------------------------------------------------
ISO3_CODE = re.compile(r"[A-Za-z]{3}")


def iso3_set(text) -> frozenset:
    """``"MNG;RUS"``, ``"RUS, MNG"``, ``"mng"`` → frozenset of upper-case ISO alpha-3 codes."""
    return frozenset(code.upper() for code in ISO3_CODE.findall(str(text or "")))


def node_countries(members) -> frozenset:
    """Union of the ISO3 codes of a node's member areas."""
    out = set()
    for area in members:
        out |= iso3_set(area.country)
    return frozenset(out)


def countries_differ(countries_a, countries_b) -> bool:
    """Transboundary: both nodes have known countries and the two sets differ in membership."""
    a, b = iso3_set(countries_a), iso3_set(countries_b)
    return bool(a) and bool(b) and a != b


def node_members(area_index: "AreaIndex", geometry: QgsGeometry) -> list:
    """The input areas whose interiors overlap the node, largest overlap first (the first is the
    node's representative id); the area holding its point on surface when none does (slivers)."""
    candidates = area_index.candidates(geometry.boundingBox())
    if len(candidates) == 1:  # most nodes: one area, nothing else near (no geometry work needed)
        return [area_index.areas[candidates[0]]]
    engine = _prepared(geometry)
    found = [n for n in candidates if engine.relatePattern(area_index.areas[n].geometry.constGet(), "T********")]
    if not found:
        return [area_index.owner(geometry, candidates)]
    if len(found) > 1:  # the shares are only needed to choose the representative
        shares = {n: geometry.intersection(area_index.areas[n].geometry).area() for n in found}
        found.sort(key=lambda n: (-shares[n], n))
    return [area_index.areas[n] for n in found]


def members_from_pieces(area_index: "AreaIndex", nodes, pieces, piece_ids) -> list:
    """Members of each node from the pieces it was dissolved from: a piece (an input area clipped to the
    region or to the buffer) belongs to the node holding its point on surface. Largest share first; a
    node no piece lands in (a sliver) falls back to ``node_members``."""
    index = QgsSpatialIndex()
    for k, node in enumerate(nodes):
        index.addFeature(k, node.boundingBox())
    shares = [{} for _ in nodes]
    for piece, n in zip(pieces, piece_ids):
        for part in parts(piece):
            point = part.pointOnSurface()
            hits = index.intersects(point.boundingBox())
            k = hits[0] if len(hits) == 1 else next((h for h in hits if nodes[h].intersects(point)), None)
            if k is not None:
                shares[k][n] = shares[k].get(n, 0.0) + part.area()
    out = []
    for k, node in enumerate(nodes):
        if not shares[k]:
            out.append(node_members(area_index, node))
            continue
        order = sorted(shares[k], key=lambda n: (-shares[k][n], n))
        out.append([area_index.areas[n] for n in order])
    return out


def is_self_link(members_a, members_b) -> bool:
    """Two nodes sharing a member area are pieces of one area (split by the region's border)."""
    ids_a = {str(a.pa_id) for a in members_a if a.pa_id is not None}
    return any(str(b.pa_id) in ids_a for b in members_b if b.pa_id is not None)


def merged(geometries) -> QgsGeometry:
    """One (multi)polygon of the union of ``geometries``: nodes are disjoint but for parts that
    touch across a region border, so only those groups are dissolved and the rest collected
    (one union of a giant component of detailed outlines takes minutes)."""
    pieces = dissolve_overlapping(geometries)
    return QgsGeometry.collectGeometry(pieces) if pieces else QgsGeometry()


def _stage(feedback, lo, hi):
    """``feedback`` for a sub-stage: fractions 0..1 mapped onto lo..hi."""
    if feedback is None:
        return None
    return lambda fraction: feedback(lo + (hi - lo) * fraction)


def _within_region_buffer(area_index, region, buffer_m, inside_set):
    """The areas outside the region clipped to the region grown by ``buffer_m``, and their indices."""
    mask = region.buffer(buffer_m, 8)
    if mask.isEmpty():
        return [], []
    mask_engine = _prepared(mask)
    pieces, ids = [], []
    for n in area_index.candidates(mask.boundingBox()):
        if n in inside_set:
            continue
        g = area_index.areas[n].geometry
        if mask_engine.intersects(g.constGet()):
            piece = g if mask_engine.contains(g.constGet()) else g.intersection(mask)
            if not piece.isEmpty() and piece.area() > 0:
                pieces.append(piece)
                ids.append(n)
    return pieces, ids


#: The buffer around the areas (transboundary type 'nodes') is drawn from outlines simplified by this
#: share of its width (500 m for 50 km): GEOS takes seconds to grow one detailed outline by tens
#: of kilometres, and stepping stones (attribute 0) only need the buffer's limit.
BUFFER_SIMPLIFY_SHARE = 0.01


def _within_node_buffer(area_index, inside_ids, buffer_m, inside_set, feedback=None):
    """The areas outside the region clipped to the union of the inside areas grown by ``buffer_m``,
    and their indices.

    The union of all buffers is never built (for a national network it takes minutes and many
    gigabytes). An outside area closer to an inside area than ``buffer_m`` minus its own bounding
    box diagonal lies wholly in that area's buffer (no clipping); the others are clipped to the
    buffers of the inside areas within ``buffer_m``, grown once each from simplified outlines."""
    if not inside_ids:
        return [], []
    grown = {}
    inside_index = QgsSpatialIndex()
    box = null_rectangle()
    for n in inside_ids:
        b = area_index.areas[n].geometry.boundingBox()
        inside_index.addFeature(n, b)
        box.combineExtentWith(b)
    box.grow(buffer_m)
    pieces, ids = [], []
    candidates = [n for n in area_index.candidates(box) if n not in inside_set]
    for count, n in enumerate(candidates):
        if feedback is not None and count % 64 == 0 and feedback(count / len(candidates)):
            break
        g = area_index.areas[n].geometry
        engine = _prepared(g)
        bbox = g.boundingBox()
        diagonal = math.hypot(bbox.width(), bbox.height())
        near, whole = [], False
        for m in inside_index.intersects(bbox.buffered(buffer_m)):
            d = engine.distance(area_index.areas[m].geometry.constGet())
            if d + diagonal <= buffer_m:
                whole = True  # every point of g is within d + diagonal of the nearest point of m
                break
            if d <= buffer_m:
                near.append(m)
        if whole:
            pieces.append(g)
            ids.append(n)
            continue
        if not near:
            continue
        for m in near:
            if m not in grown:
                simple = area_index.areas[m].geometry.simplify(BUFFER_SIMPLIFY_SHARE * buffer_m)
                grown[m] = simple.buffer(buffer_m, 8)
        mask = grown[near[0]] if len(near) == 1 else QgsGeometry.unaryUnion([grown[m] for m in near])
        piece = g if _prepared(mask).contains(g.constGet()) else g.intersection(mask)
        if not piece.isEmpty() and piece.area() > 0:
            pieces.append(piece)
            ids.append(n)
    return pieces, ids


def centroid_point(geometry: QgsGeometry) -> QgsPointXY:
    """Makurhini's node point: centroid of the largest part, point on surface if it falls outside."""
    pieces = parts(geometry) or [geometry]
    largest = max(pieces, key=lambda g: g.area())
    c = largest.centroid()
    if not geometry.intersects(c):
        c = geometry.pointOnSurface()
    return c.asPoint()


def candidate_links(geometries, distance_type: int, max_distance: float, feedback=None):
    """Pairs (i < j) closer than ``max_distance`` and their distance (edge-to-edge or between
    centroids). Edge distances use a spatial index on bounding boxes grown by the distance."""
    n = len(geometries)
    if n < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), None
    if distance_type == CENTROID:
        from scipy.spatial import cKDTree

        points = [centroid_point(g) for g in geometries]
        xy = np.array([[p.x(), p.y()] for p in points])
        pairs = cKDTree(xy).query_pairs(max_distance, output_type="ndarray")
        if pairs.size == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), points
        i, j = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
        swap = i > j
        i[swap], j[swap] = j[swap], i[swap]
        d = np.hypot(xy[i, 0] - xy[j, 0], xy[i, 1] - xy[j, 1])
        order = np.lexsort((j, i))
        return i[order], j[order], d[order], points
    return edge_distance_pairs(geometries, max_distance, feedback)


def edge_distance_pairs(geometries, max_distance, feedback=None):
    """Edge-to-edge distances of the pairs closer than ``max_distance``. Pairs come from a sweep
    over bounding boxes (gap <= distance) in blocks; within a block they are sorted by their first
    area so that one prepared geometry (GEOS indexed facet distance) at a time serves all its
    pairs. Memory: one block of candidate pairs and the pairs kept, whatever the number of areas."""
    n = len(geometries)
    boxes = bounding_boxes(geometries)
    # the prepared side of a pair is the one with more vertices: GEOS indexes it once, and the
    # other side, converted and indexed at every call, is the smaller
    vertices = np.array([g.constGet().nCoordinates() for g in geometries])
    ii, jj, dd = [], [], []
    done = 0
    for i, j in box_pairs(boxes, max_distance):
        big = np.where(vertices[i] >= vertices[j], i, j)
        small = np.where(vertices[i] >= vertices[j], j, i)
        order = np.argsort(big, kind="stable")
        big, small, i, j = big[order], small[order], i[order], j[order]
        d = np.empty(i.size)
        current, engine = -1, None
        for e in range(i.size):
            if big[e] != current:
                current, engine = int(big[e]), _prepared(geometries[int(big[e])])
                done += 1
                if feedback is not None and done % 32 == 0 and feedback(min(done / n, 1.0)):
                    return _link_arrays(ii, jj, dd)
            d[e] = engine.distance(geometries[int(small[e])].constGet())
        keep = d <= max_distance
        ii.append(i[keep])
        jj.append(j[keep])
        dd.append(d[keep])
    return _link_arrays(ii, jj, dd)


def _link_arrays(ii, jj, dd):
    if not ii:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), None
    i, j, d = np.concatenate(ii), np.concatenate(jj), np.concatenate(dd)
    order = np.lexsort((j, i))
    return i[order], j[order], d[order], None


def link_line(geometries, points, a, b):
    """The segment a link is drawn as: shortest line between the areas, or centroid to centroid."""
    if points is not None:
        return QgsGeometry.fromPolylineXY([points[a], points[b]])
    line = geometries[a].shortestLine(geometries[b])
    if line.isEmpty():
        p = geometries[a].intersection(geometries[b]).pointOnSurface().asPoint()
        line = QgsGeometry.fromPolylineXY([p, p])
    return line


class Barriers:
    """Barrier lines (fences, fenced railways) with a spatial index."""

    def __init__(self, geometries):
        self.geometries = [g for g in geometries if g is not None and not g.isEmpty()]
        self.index = QgsSpatialIndex()
        for n, g in enumerate(self.geometries):
            self.index.addFeature(n, g.boundingBox())

    def crossed(self, line: QgsGeometry) -> bool:
        return any(self.geometries[n].intersects(line) for n in self.index.intersects(line.boundingBox()))


def read_areas(layer, transform, id_field, name_field, country_field, feedback=None):
    """Areas of ``layer`` in the working CRS; returns (areas, skipped feature ids)."""
    fields = layer.fields()
    id_idx = fields.lookupField(id_field) if id_field else -1
    name_idx = fields.lookupField(name_field) if name_field else -1
    country_idx = fields.lookupField(country_field) if country_field else -1
    areas, skipped = [], []
    total = max(layer.featureCount(), 1)
    for n, feature in enumerate(layer.getFeatures(QgsFeatureRequest())):
        g = clean(feature.geometry(), transform)
        if g is None:
            skipped.append(feature.id())
            continue
        pa_id = feature[id_idx] if id_idx >= 0 else feature.id()
        name = feature[name_idx] if name_idx >= 0 else ""
        country = feature[country_idx] if country_idx >= 0 else ""
        areas.append(Area(g, pa_id, "" if name is None else str(name),
                          "" if country is None else str(country)))
        if feedback is not None and n % 500 == 0 and feedback(n / total):
            break
    return areas, skipped


def whole_area_nodes(area_index, region, buffer_m=0.0, buffer_type=BUFFER_NODES, feedback=None):
    return region_nodes(area_index, region, buffer_m, buffer_type, clip=False, feedback=feedback)
