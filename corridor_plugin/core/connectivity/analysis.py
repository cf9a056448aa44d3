"""One region, several dispersal distances: nodes, links, indices, node importance, clusters.

The Processing algorithm ``corridor:connectivity`` and the benchmark call :func:`analyse_region`;
it returns plain rows (dicts) and geometries so that any front end can write them.
"""
import time
from dataclasses import dataclass, field

import numpy as np

from . import network as nw
from .graph import cutoff_distance
from .indices import LinkSet, empty_indices, kept_links, link_probabilities, protconn_indices


@dataclass
class Settings:
    distances: list                    # d50 values, metres
    probability: float = 0.5
    distance_type: int = nw.EDGE
    min_probability: float = 0.0
    transboundary_m: float = 0.0
    transboundary_type: int = nw.BUFFER_NODES
    permeability: float = 0.1
    clip: bool = True
    node_importance: bool = True
    want_links: bool = True
    want_clusters: bool = True
    species: dict = field(default_factory=dict)   # d50 -> species names whose dispersal distance it is


@dataclass
class RegionResult:
    summaries: list = field(default_factory=list)      # one dict per d50
    nodes: list = field(default_factory=list)          # (geometry, dict)
    links: list = field(default_factory=list)          # (geometry, dict)
    clusters: list = field(default_factory=list)       # (geometry, dict)
    timings: dict = field(default_factory=dict)
    empty: bool = False


def _progress(feedback, lo, hi):
    """Map a 0..1 fraction of one stage onto lo..hi of the feedback; returns the cancel flag."""
    if feedback is None:
        return None

    def report(fraction):
        feedback.setProgress(lo + (hi - lo) * min(max(fraction, 0.0), 1.0))
        return feedback.isCanceled()
    return report


def _hub_links(rn: nw.RegionNodes, max_distance):
    """Links of the region parts (nodes n, n+1, ...) for ProtConn[Design]/[Bound]: p = 1 to the
    areas inside a part, edge distance to the other parts and to the stepping stones."""
    n = rn.size
    hi, hj, hd = [], [], []
    surface = [g.pointOnSurface() if rn.inside[k] else None for k, g in enumerate(rn.geometries)]
    boxes = [g.boundingBox() for g in rn.geometries]
    for q, part in enumerate(rn.region_parts):
        engine = nw._prepared(part)
        hub = n + q
        reach = part.boundingBox().buffered(max_distance)
        for k, g in enumerate(rn.geometries):
            if not reach.intersects(boxes[k]):
                continue
            if surface[k] is not None and engine.intersects(surface[k].constGet()):
                hi.append(k)
                hj.append(hub)
                hd.append(0.0)
            else:
                d = engine.distance(g.constGet())
                if d <= max_distance:
                    hi.append(k)
                    hj.append(hub)
                    hd.append(d)
        for r in range(q + 1, len(rn.region_parts)):
            d = engine.distance(rn.region_parts[r].constGet())
            if d <= max_distance:
                hi.append(hub)
                hj.append(n + r)
                hd.append(d)
    return np.array(hi, np.int64), np.array(hj, np.int64), np.array(hd, float)


def analyse_region(area_index: nw.AreaIndex, region, region_id, settings: Settings, barriers=None,
                   feedback=None, prepared_nodes=None) -> RegionResult:
    """``prepared_nodes``: the region's nodes when already built (the benchmark times them apart)."""
    out = RegionResult()
    started = time.perf_counter()
    if prepared_nodes is not None:
        rn = prepared_nodes
    elif settings.clip:
        rn = nw.region_nodes(area_index, region, settings.transboundary_m, settings.transboundary_type,
                             feedback=_progress(feedback, 0, 5))
    else:
        rn = nw.whole_area_nodes(area_index, region, settings.transboundary_m, settings.transboundary_type,
                                 feedback=_progress(feedback, 0, 5))
    out.timings["nodes"] = time.perf_counter() - started
    if not rn.inside.any():
        out.empty = True
        for d50 in settings.distances:
            row = empty_indices()
            row.update(region_id=region_id, d50_m=d50, nodes=0, links=0, components=0,
                       components_transboundary=0, region_area_ha=rn.region_area_ha,
                       species=settings.species.get(d50, ""))
            out.summaries.append(row)
        return out

    max_distance = max(cutoff_distance(d, settings.probability, settings.min_probability)
                       for d in settings.distances)
    started = time.perf_counter()
    i, j, d, points = nw.candidate_links(rn.geometries, settings.distance_type, max_distance,
                                         _progress(feedback, 5, 40))
    crosses = np.zeros(i.size, dtype=bool)
    lines = {}
    if barriers is not None and i.size:
        for e in range(i.size):
            if feedback is not None and e % 1000 == 0 and feedback.isCanceled():
                break
            line = nw.link_line(rn.geometries, points, i[e], j[e])
            lines[e] = line
            crosses[e] = barriers.crossed(line)
    links = LinkSet(i, j, d, crosses)
    hub = _hub_links(rn, max_distance) if settings.clip and rn.region_parts else None
    out.timings["graph"] = time.perf_counter() - started

    countries = np.array([c or "" for c in rn.country], dtype=object)
    for step, d50 in enumerate(settings.distances):
        if feedback is not None and feedback.isCanceled():
            break
        lo = 40 + 60 * step / len(settings.distances)
        hi = 40 + 60 * (step + 1) / len(settings.distances)
        p = link_probabilities(links, d50, settings.probability, settings.permeability)
        keep = kept_links(p, settings.min_probability)
        li, lj, lp = i[keep], j[keep], p[keep]
        bound = None
        if hub is not None:
            bp = link_probabilities(LinkSet(*hub[:3], np.zeros(0, bool)), d50, settings.probability, 1.0)
            bkeep = kept_links(bp, settings.min_probability)
            bound = (len(rn.region_parts), hub[0][bkeep], hub[1][bkeep], bp[bkeep])
        started = time.perf_counter()
        values, result = protconn_indices(rn.attribute, rn.inside, rn.undissolved_ha, rn.region_area_ha,
                                          li, lj, lp, settings.node_importance, bound,
                                          _progress(feedback, lo, hi))
        out.timings[f"indices_d{d50:g}"] = time.perf_counter() - started
        labels = result.labels
        span = {}
        for k in range(rn.size):
            if countries[k]:
                span.setdefault(int(labels[k]), set()).update(nw.iso3_set(countries[k]))
        cross_components = sorted(c for c, s in span.items() if len(s) > 1)
        row = dict(values)
        row.update(region_id=region_id, d50_m=d50, nodes=rn.size, links=int(keep.sum()),
                   components=result.components, components_transboundary=len(cross_components),
                   region_area_ha=rn.region_area_ha, species=settings.species.get(d50, ""))
        out.summaries.append(row)

        dpc = result.dpc if result.dpc is not None else np.zeros(rn.size)
        rank = np.empty(rn.size, dtype=np.int64)
        rank[np.argsort(-dpc, kind="stable")] = np.arange(1, rn.size + 1)
        for k in range(rn.size):
            out.nodes.append((rn.geometries[k], dict(
                region_id=region_id, d50_m=d50, node_id=k + 1, pa_id=rn.pa_id[k], name=rn.name[k],
                country=countries[k], members=len(rn.members[k]) if rn.members else 1,
                member_ids=";".join(str(a.pa_id) for a in rn.members[k]) if rn.members else str(rn.pa_id[k]),
                in_region=bool(rn.inside[k]), area_ha=float(rn.area_ha[k]),
                attribute_ha=float(rn.attribute[k]), component=int(labels[k]) + 1,
                dpc=float(dpc[k]),
                dpc_intra=float(result.dpc_intra[k]) if result.dpc_intra is not None else 0.0,
                dpc_flux=float(result.dpc_flux[k]) if result.dpc_flux is not None else 0.0,
                dpc_connector=float(result.dpc_connector[k]) if result.dpc_connector is not None else 0.0,
                rank=int(rank[k]))))

        if settings.want_links:
            for e in np.flatnonzero(keep):
                a, b = int(i[e]), int(j[e])
                if rn.members and nw.is_self_link(rn.members[a], rn.members[b]):
                    continue  # two pieces of one area: contiguity inside the graph, not a link to secure
                line = lines.get(e) or nw.link_line(rn.geometries, points, a, b)
                ca, cb = countries[a], countries[b]
                out.links.append((line, dict(
                    region_id=region_id, d50_m=d50, from_id=rn.pa_id[a], to_id=rn.pa_id[b],
                    from_node=a + 1, to_node=b + 1, distance_m=float(d[e]), probability=float(p[e]),
                    transboundary=nw.countries_differ(ca, cb),
                    country_pair="-".join(sorted(nw.iso3_set(ca) | nw.iso3_set(cb))),
                    crosses_barrier=bool(crosses[e]))))

        if settings.want_clusters and cross_components:
            for c in cross_components:
                members = np.flatnonzero(labels == c)
                geometry = nw.merged([rn.geometries[k] for k in members])
                out.clusters.append((geometry, dict(
                    region_id=region_id, d50_m=d50, component=c + 1,
                    countries=",".join(sorted(span[c])), nodes=int(members.size),
                    eca=float(np.sqrt(result.component_pcnum[c])),
                    area_ha=float(rn.attribute[members].sum()))))
    return out
