"""Synthetic inputs for the range-metrics and gap-analysis tests and benchmark.

Points are placed in a known Lambert azimuthal equal-area projection and converted to lon/lat, so
areas are known by construction; the large generator scatters species over the corridor
(70–125°E, 40–55°N) with protected areas as squares.
"""
import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from corridor_plugin.core.ranges import Projector, laea_proj
from corridor_plugin.toolbelt.qgis_compat import make_field

OCC_FIELDS = (("scientificName", QVariant.String), ("decimalLatitude", QVariant.Double),
              ("decimalLongitude", QVariant.Double), ("iucnCategory", QVariant.String),
              ("citesAppendix", QVariant.String), ("country_iso3", QVariant.String),
              ("institutionCode", QVariant.String), ("year", QVariant.Int), ("eventDate", QVariant.String),
              ("occurrenceStatus", QVariant.String))
PA_FIELDS = (("pa_id", QVariant.String), ("name", QVariant.String), ("iso3", QVariant.String),
             ("is_transboundary", QVariant.Bool), ("area_km2", QVariant.Double))

# A fixed LAEA used to place hand-made cases (centre of the Dauria region).
DAURIA = laea_proj(116.0, 50.0)


def to_lonlat(x, y, proj=DAURIA):
    return Projector(proj, "EPSG:4326")(np.asarray(x, float), np.asarray(y, float))


def from_lonlat(lon, lat, proj=DAURIA):
    return Projector("EPSG:4326", proj)(np.asarray(lon, float), np.asarray(lat, float))


def occurrence_layer(records, geometry=True, name="occurrences"):
    """Memory layer from dicts with any of OCC_FIELDS (lon/lat in decimalLongitude/decimalLatitude)."""
    uri = "Point?crs=EPSG:4326" if geometry else "None"
    layer = QgsVectorLayer(uri, name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(n, t) for n, t in OCC_FIELDS])
    layer.updateFields()
    features = []
    for rec in records:
        f = QgsFeature(layer.fields())
        f.setAttributes([rec.get(n) for n, _ in OCC_FIELDS])
        if geometry and rec.get("decimalLongitude") is not None:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(rec["decimalLongitude"], rec["decimalLatitude"])))
        features.append(f)
    provider.addFeatures(features)
    return layer


def records_at(name, lon, lat, **extra):
    return [dict(scientificName=name, decimalLongitude=float(a), decimalLatitude=float(b), **extra)
            for a, b in zip(lon, lat)]


def polygon_layer(rings_lonlat, attributes=(), name="protected_areas", crs="EPSG:4326", fields=PA_FIELDS):
    """Polygon layer from rings (lists of (x, y)) with attribute rows (may be shorter than fields)."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for k, ring in enumerate(rings_lonlat):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(float(x), float(y)) for x, y in ring]]))
        row = list(attributes[k]) if k < len(attributes) else []
        f.setAttributes(row + [None] * (len(fields) - len(row)))
        features.append(f)
    provider.addFeatures(features)
    return layer


def square_ring(x0, y0, side, densify=20):
    """Ring of a square in projected metres, densified so it stays a square when reprojected."""
    t = np.linspace(0, 1, densify, endpoint=False)
    edges = [np.column_stack([x0 + side * t, np.full_like(t, y0)]),
             np.column_stack([np.full_like(t, x0 + side), y0 + side * t]),
             np.column_stack([x0 + side * (1 - t), np.full_like(t, y0 + side)]),
             np.column_stack([np.full_like(t, x0), y0 + side * (1 - t)])]
    ring = np.vstack(edges + [edges[0][:1]])
    return ring


def laea_square_lonlat(x0, y0, side, proj=DAURIA):
    ring = square_ring(x0, y0, side)
    lon, lat = to_lonlat(ring[:, 0], ring[:, 1], proj)
    return list(zip(lon, lat))


# -- large synthetic data (benchmark) ------------------------------------------------------------
CATEGORIES = np.array(["LC", "LC", "LC", "NT", "VU", "EN", "CR", "DD"])
PARTNERS = np.array(["IBSS-RU", "IB-MAS", "IOZ-CAS", "IZ-KZ", "DAURSKY", "WWF-MN"])
COUNTRIES = np.array(["RUS", "MNG", "CHN", "KAZ"])


def synthetic_arrays(n_records: int, n_species: int, seed: int = 6):
    """Per-record arrays (names, lon, lat, iucn, country, partner, year) for ``n_species`` species
    with clustered ranges of 5–500 km spread over the corridor."""
    rng = np.random.default_rng(seed)
    centre_lon = rng.uniform(72, 123, n_species)
    centre_lat = rng.uniform(41, 54, n_species)
    spread_km = np.exp(rng.uniform(np.log(5), np.log(500), n_species))
    weights = rng.pareto(1.2, n_species) + 1
    species = rng.choice(n_species, size=n_records, p=weights / weights.sum())
    species[:n_species] = np.arange(min(n_species, n_records))    # every species has a record
    dlat = rng.normal(0, 1, n_records) * spread_km[species] / 111.0
    dlon = rng.normal(0, 1, n_records) * spread_km[species] / (111.0 * np.cos(np.radians(centre_lat[species])))
    lon = np.clip(centre_lon[species] + dlon, 60, 140)
    lat = np.clip(centre_lat[species] + dlat, 35, 60)
    names = np.array([f"Species {k:05d}" for k in range(n_species)], dtype=object)
    iucn = CATEGORIES[rng.integers(0, len(CATEGORIES), n_species)]
    return dict(names=names[species], lon=lon, lat=lat, iucn=iucn[species],
                country=COUNTRIES[rng.integers(0, 4, n_records)],
                partner=PARTNERS[rng.integers(0, len(PARTNERS), n_records)],
                year=rng.integers(1980, 2025, n_records).astype(float))


def synthetic_pa_rings(n_pas: int, seed: int = 7):
    """``n_pas`` square protected areas (1–40 km side) over the corridor, as lon/lat rings."""
    rng = np.random.default_rng(seed)
    lon = rng.uniform(72, 123, n_pas)
    lat = rng.uniform(41, 54, n_pas)
    half = np.exp(rng.uniform(np.log(0.5), np.log(20), n_pas)) / 111.0
    rings = []
    for a, b, h in zip(lon, lat, half):
        w = h / np.cos(np.radians(b))
        rings.append([(a - w, b - h), (a + w, b - h), (a + w, b + h), (a - w, b + h), (a - w, b - h)])
    return rings


def synthetic_occurrence_layer(n_records: int, n_species: int, seed: int = 6):
    data = synthetic_arrays(n_records, n_species, seed)
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "occurrences", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(n, t) for n, t in OCC_FIELDS])
    layer.updateFields()
    fields = layer.fields()
    features = []
    for k in range(n_records):
        f = QgsFeature(fields)
        f.setAttributes([str(data["names"][k]), float(data["lat"][k]), float(data["lon"][k]), str(data["iucn"][k]),
                         None, str(data["country"][k]), str(data["partner"][k]), int(data["year"][k]), None,
                         "present"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(data["lon"][k]), float(data["lat"][k]))))
        features.append(f)
        if len(features) >= 100000:
            provider.addFeatures(features)
            features = []
    provider.addFeatures(features)
    return layer, data
