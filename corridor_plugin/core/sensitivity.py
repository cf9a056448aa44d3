"""Sensitive species: exact coordinates of traded or threatened taxa never leave the partner network by
accident (Chapman 2020, GBIF "Current Best Practices for Generalizing Sensitive Species Occurrence Data").

Each taxon of the checklist has a level (column ``sensitivity``; partners override it); every export
that leaves the baseline moves such records to the centre of the level's grid cell, widens
``coordinateUncertaintyInMeters`` to the cell, withholds the texts that name the place, and says so in
``dataGeneralizations`` and ``informationWithheld``. Full precision only on an explicit choice, which
the export records in its metadata.
"""
import re
from dataclasses import dataclass, field
from typing import Dict

import numpy as np

from ..toolbelt.i18n import tr

# level → grid in degrees (0.1° ≈ 11 km, 0.5° ≈ 55 km of latitude)
LEVEL_GRID_DEG = {"": 0.0, "none": 0.0, "medium": 0.1, "high": 0.5}
# text fields that can name or pin the place of a record
WITHHELD_FIELDS = ("locality", "verbatimLocality", "verbatimCoordinates")


@dataclass
class SensitivityPolicy:
    """Grid (degrees) per accepted scientific name; ``full_precision`` switches generalisation off."""

    grid_deg: Dict[str, float] = field(default_factory=dict)
    full_precision: bool = False
    overrides: Dict[str, str] = field(default_factory=dict)

    def grid_of(self, name) -> float:
        return 0.0 if self.full_precision else self.grid_deg.get(str(name or ""), 0.0)

    def describe(self) -> str:
        """One sentence for the export's metadata (English: metadata are read by GBIF)."""
        if self.full_precision:
            return ("Full-precision coordinates of sensitive species exported by an explicit choice of the "
                    "publisher; sensitive-species generalisation (Chapman 2020) was switched off.")
        levels = sorted({(grid, level) for level, grid in LEVEL_GRID_DEG.items() if grid})
        text = ("Coordinates of sensitive species are generalised to the centre of a grid cell (" +
                ", ".join(f"{level}: {grid:g}°" for grid, level in levels) +
                "); locality texts and verbatim coordinates of those records are withheld (Chapman 2020).")
        if self.overrides:
            text += " Levels overridden: " + "; ".join(f"{k}={v}" for k, v in sorted(self.overrides.items())) + "."
        return text


def parse_overrides(text) -> Dict[str, str]:
    """``Canis lupus=none; Otis tarda=high`` (or a dict) → {name: level}. Raises ValueError (translated)."""
    if not text:
        return {}
    items = text.items() if isinstance(text, dict) else (
        part.split("=", 1) if "=" in part else (part, None) for part in re.split(r"[;\n]", str(text)) if part.strip())
    out = {}
    for name, level in items:
        level = (level or "").strip().lower() if level is not None else None
        if level is None or level not in LEVEL_GRID_DEG:
            raise ValueError(tr("Sensitivity overrides look like 'Scientific name=high' (levels: high, medium, "
                                "none); got '{part}'.").format(part=f"{name}={level}" if level else name))
        out[str(name).strip()] = level
    return out


def policy_from_checklist(checklist, overrides=None, full_precision=False) -> SensitivityPolicy:
    """The policy of a :class:`corridor_plugin.core.taxonomy.Checklist` and the partner's overrides."""
    overrides = parse_overrides(overrides)
    grid = {}
    for taxon in checklist.taxa:
        grid[taxon.scientific_name] = LEVEL_GRID_DEG.get(taxon.sensitivity, 0.0)
    for name, level in overrides.items():
        accepted = checklist.resolve(name)
        grid[accepted.scientific_name if accepted.resolved else name] = LEVEL_GRID_DEG[level]
    return SensitivityPolicy(grid_deg={k: v for k, v in grid.items() if v}, full_precision=full_precision,
                             overrides=overrides)


def generalise_points(lon, lat, grid_deg):
    """(lon, lat) moved to the centre of their ``grid_deg`` cell; unchanged where the grid is 0."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    grid = np.broadcast_to(np.asarray(grid_deg, dtype=float), lon.shape)
    on = grid > 0
    safe = np.where(on, grid, 1.0)
    glon = np.where(on, (np.floor(lon / safe) + 0.5) * safe, lon)
    glat = np.where(on, np.clip((np.floor(lat / safe) + 0.5) * safe, -90.0, 90.0), lat)
    return np.round(glon, 6), np.round(glat, 6)


def cell_uncertainty_m(lat, grid_deg):
    """Distance from a cell's centre to its farthest corner (metres): the uncertainty of a generalised point."""
    from .quality import rounding_uncertainty_m

    return rounding_uncertainty_m(grid_deg, lat)


def generalise_occurrences(frame, policy: SensitivityPolicy):
    """A copy of an occurrence DataFrame with sensitive records generalised, and how many were. Adds or
    fills ``dataGeneralizations`` and ``informationWithheld``. Use it for every export that leaves the
    baseline (Darwin Core Archive, CSV, report maps: see :func:`generalise_points` for bare points)."""
    frame = frame.copy()
    for name in ("dataGeneralizations", "informationWithheld"):
        if name not in frame.columns:
            frame[name] = ""
    if frame.empty:
        return frame, 0
    grid = np.array([policy.grid_of(name) for name in frame["scientificName"].to_numpy(dtype=object)], dtype=float)
    lon = frame["decimalLongitude"].to_numpy(dtype=float)
    lat = frame["decimalLatitude"].to_numpy(dtype=float)
    rows = (grid > 0) & np.isfinite(lon) & np.isfinite(lat)
    if not rows.any():
        return frame, 0
    glon, glat = generalise_points(lon, lat, grid)
    frame["decimalLongitude"] = np.where(rows, glon, lon)
    frame["decimalLatitude"] = np.where(rows, glat, lat)
    stated = frame["coordinateUncertaintyInMeters"].to_numpy(dtype=float) if \
        "coordinateUncertaintyInMeters" in frame.columns else np.full(len(frame), np.nan)
    widened = np.round(cell_uncertainty_m(glat, np.where(rows, grid, 0.0)), 0)
    frame["coordinateUncertaintyInMeters"] = np.where(rows, np.fmax(np.nan_to_num(stated, nan=0.0), widened), stated)
    for name in WITHHELD_FIELDS:
        if name in frame.columns:
            frame[name] = np.where(rows, "", frame[name].to_numpy(dtype=object))
    notes = {g: (f"Coordinates generalised to the centre of a {g:g}-degree grid cell (sensitive species).")
             for g in np.unique(grid[rows])}
    frame["dataGeneralizations"] = [notes[g] if r else d for g, r, d in zip(
        grid, rows, frame["dataGeneralizations"].to_numpy(dtype=object))]
    frame["informationWithheld"] = np.where(
        rows, "Exact coordinates, locality and verbatim coordinates withheld (sensitive species); available "
              "from the data holder on request.", frame["informationWithheld"].to_numpy(dtype=object))
    return frame, int(rows.sum())


def generalised_layer(layer, policy: SensitivityPolicy, name_field: str = "scientificName"):
    """A memory copy of an occurrence point layer (EPSG:4326, e.g. the report's OCCURRENCES input) whose
    sensitive records sit at their grid-cell centres, with locality texts emptied: what a report map may
    show. The source layer is left untouched."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsWkbTypes

    copy = QgsVectorLayer(f"Point?crs={layer.crs().authid() or 'EPSG:4326'}", layer.name(), "memory")
    provider = copy.dataProvider()
    provider.addAttributes(layer.fields().toList())
    copy.updateFields()
    names = [f.name() for f in layer.fields()]
    withheld = [names.index(n) for n in WITHHELD_FIELDS if n in names]
    features = []
    for feature in layer.getFeatures():
        out = QgsFeature(copy.fields())
        attributes = feature.attributes()
        geometry = feature.geometry()
        grid = policy.grid_of(feature[name_field]) if name_field in names else 0.0
        if grid and geometry is not None and not geometry.isEmpty() and \
                QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
            point = geometry.asPoint()
            glon, glat = generalise_points([point.x()], [point.y()], grid)
            geometry = QgsGeometry.fromPointXY(QgsPointXY(float(glon[0]), float(glat[0])))
            for index in withheld:
                attributes[index] = ""
        out.setAttributes(attributes)
        out.setGeometry(geometry)
        features.append(out)
    provider.addFeatures(features)
    copy.updateExtents()
    return copy
