"""ProtConn, PC/ECA and their fractions for one region and one dispersal distance.

Formulas (Saura & Pascual-Hortal 2007; Saura et al. 2017, 2018; README has the full list):
PCnum = sum_i sum_j a_i a_j p*_ij, ECA = sqrt(PCnum), PC = PCnum / A_L^2, Prot = 100 sum a / A_L,
ProtConn = 100 ECA / A_L, ProtUnconn = Prot - ProtConn, RelConn = 100 ProtConn / Prot.
Fractions are percentages of ProtConn:
[Prot]   = 100 sqrt(sum a_i^2) / ECA                (dissolved parts: movement inside protected land)
[Trans]  = 100 (ECA - ECA_without_outside) / ECA    (only through areas outside the region)
[Unprot] = 100 - [Prot] - [Trans]
[Within] = 100 sqrt(sum a'_i^2) sqrt(sum a / sum a') / ECA  (a': each area clipped, not dissolved)
[Contig] = [Prot] - [Within]
[Design] = 100 (ECA_bound - ECA) / A_L, [Bound] = Prot - [Design]  (ECA_bound: every region part
           acts as a hub with p = 1 to the areas inside it, as in Makurhini)
"""
import math
from dataclasses import dataclass

import numpy as np

from .graph import NEGLIGIBLE_PROBABILITY, decay_constant, probability_of_connectivity

SUMMARY_FIELDS = [
    "region_id", "d50_m", "prot", "protconn", "protunconn", "relconn", "eca", "pc",
    "protconn_prot", "protconn_trans", "protconn_unprot", "protconn_within", "protconn_contig",
    "protconn_design", "protconn_bound", "nodes", "links", "components",
]


@dataclass
class LinkSet:
    """Candidate links of one region (computed once for the largest d50)."""

    i: np.ndarray
    j: np.ndarray
    distance: np.ndarray
    crosses_barrier: np.ndarray   # bool


def link_probabilities(links: LinkSet, d50, probability, permeability):
    k = decay_constant(d50, probability)
    p = np.exp(-k * links.distance)
    if links.crosses_barrier.size:
        p = np.where(links.crosses_barrier, p * permeability, p)
    return p


def kept_links(p, min_probability):
    return p >= max(min_probability, NEGLIGIBLE_PROBABILITY)


def protconn_indices(attribute, inside, undissolved, region_area, i, j, p, node_importance=False,
                     bound=None, feedback=None):
    """Every index of the summary table for one network (links already filtered).

    ``bound``: optional (extra_nodes, bi, bj, bp): region parts appended as nodes n..n+extra-1
    with their links, to compute [Design]/[Bound]. Returns (dict, PCResult)."""
    n = attribute.size
    result = probability_of_connectivity(n, i, j, p, attribute, node_importance, feedback)
    a_sum = float(attribute.sum())
    eca = result.eca
    values = dict(
        eca=eca,
        pc=result.pcnum / region_area ** 2 if region_area > 0 else 0.0,
        prot=100.0 * a_sum / region_area if region_area > 0 else 0.0,
        protconn=100.0 * eca / region_area if region_area > 0 else 0.0,
        pcnum=result.pcnum,
    )
    values["protunconn"] = values["prot"] - values["protconn"]
    values["relconn"] = 100.0 * values["protconn"] / values["prot"] if values["prot"] > 0 else 0.0
    if eca <= 0:
        for name in ("protconn_prot", "protconn_trans", "protconn_unprot", "protconn_within",
                     "protconn_contig", "protconn_design", "protconn_bound"):
            values[name] = 0.0
        return values, result
    values["protconn_prot"] = 100.0 * math.sqrt(float(np.sum(attribute ** 2))) / eca
    outside = ~inside
    if outside.any():
        keep_nodes = np.flatnonzero(inside)
        remap = np.full(n, -1)
        remap[keep_nodes] = np.arange(keep_nodes.size)
        both = inside[i] & inside[j]
        without = probability_of_connectivity(keep_nodes.size, remap[i[both]], remap[j[both]], p[both],
                                              attribute[keep_nodes])
        values["protconn_trans"] = 100.0 * (eca - without.eca) / eca
    else:
        values["protconn_trans"] = 0.0
    values["protconn_unprot"] = max(0.0, 100.0 - values["protconn_prot"] - values["protconn_trans"])
    undissolved = np.asarray(undissolved, dtype=float)
    if undissolved.size and undissolved.sum() > 0:
        within = math.sqrt(float(np.sum(undissolved ** 2))) * math.sqrt(a_sum / float(undissolved.sum()))
        values["protconn_within"] = min(100.0 * within / eca, values["protconn_prot"])
    else:
        values["protconn_within"] = 0.0
    values["protconn_contig"] = max(0.0, values["protconn_prot"] - values["protconn_within"])
    if bound is not None:
        extra, bi, bj, bp = bound
        battr = np.concatenate([attribute, np.zeros(extra)])
        hub = probability_of_connectivity(n + extra, np.concatenate([i, bi]), np.concatenate([j, bj]),
                                          np.concatenate([p, bp]), battr)
        values["protconn_design"] = max(0.0, 100.0 * (hub.eca - eca) / region_area)
        values["protconn_bound"] = values["prot"] - values["protconn_design"]
    else:
        values["protconn_design"] = 0.0
        values["protconn_bound"] = 0.0
    return values, result


def empty_indices():
    """The row of a region without protected areas: zeros, nothing to connect."""
    return {name: 0.0 for name in SUMMARY_FIELDS if name not in ("region_id", "d50_m")} | {"pcnum": 0.0}
