"""Small synthetic result layers shaped like the outputs of the Corridor algorithms, for the report.

Field names are those documented in the issues (importsheets, gapanalysis, connectivity, …); values are
made up but consistent, in the Dauria region (Russia–Mongolia–China border, about 115–118°E, 48–51°N).
"""
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from corridor_plugin.toolbelt.qgis_compat import make_field

TYPES = {"s": QVariant.String, "i": QVariant.Int, "d": QVariant.Double}

PROTECTED_AREAS = [  # name, iso3, west, south, size (degrees)
    ("Daursky", "RUS", 115.3, 50.0, 0.5),
    ("Mongol Daguur", "MNG", 114.8, 49.4, 0.6),
    ("Dalai Lake", "CHN", 117.0, 48.6, 0.8),
    ("Sokhondo", "RUS", 111.0, 49.4, 0.4),
]
SPECIES = [  # scientificName, iucn, cites, range km², protected, target and shortfall shares (0–1), status
    ("Procapra gutturosa", "LC", "", 250000.0, 0.0, 0.10, 0.10, "gap"),
    ("Antigone vipio", "VU", "I", 40000.0, 0.12, 0.35, 0.23, "partial"),
    ("Otocolobus manul", "LC", "II", 9000.0, 0.60, 0.52, 0.0, "covered"),
    ("Ichthyaetus relictus", "VU", "I", 800.0, 0.0, 1.0, 1.0, "gap"),
]


def memory_layer(geometry, name, fields, rows):
    """``fields``: [(name, 's'|'i'|'d')]; ``rows``: [(wkt or None, values…)]."""
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(field, TYPES[kind]) for field, kind in fields])
    layer.updateFields()
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def square(west, south, size):
    return QgsGeometry.fromRect(QgsRectangle(west, south, west + size, south + size)).asWkt()


def protected_areas():
    return memory_layer("Polygon", "protected_areas", [("pa_id", "i"), ("name", "s"), ("iso3", "s")],
                        [(square(w, s, d), i + 1, name, iso3) for i, (name, iso3, w, s, d) in
                         enumerate(PROTECTED_AREAS)])


def occurrences():
    rows = []
    partners = [("IZIP Ulaanbaatar", "MNG"), ("Daursky reserve", "RUS"), ("IOZ Beijing", "CHN")]
    for i in range(60):
        species = SPECIES[i % len(SPECIES)][0]
        partner, iso3 = partners[i % 3]
        lon, lat = 114.5 + (i * 0.618034 * 3.5) % 3.5, 48.5 + (i * 0.414214 * 2.2) % 2.2
        rows.append((QgsGeometry.fromPointXY(QgsPointXY(lon, lat)).asWkt(), species, partner, iso3,
                     2015 + i % 8, f"{2015 + i % 8}-06-12"))
    return memory_layer("Point", "occurrences", [("scientificName", "s"), ("institutionCode", "s"),
                                                 ("country_iso3", "s"), ("year", "i"), ("eventDate", "s")], rows)


def gap_species():
    return memory_layer("None", "gap_species", [
        ("scientificName", "s"), ("iucnCategory", "s"), ("citesAppendix", "s"), ("range_km2", "d"),
        ("protected_share", "d"), ("target_share", "d"), ("shortfall", "d"), ("status", "s")],
        [(None, *row) for row in SPECIES])


def gap_grid():
    rows = []
    for i in range(6):
        for j in range(4):
            cell = i * 4 + j
            rows.append((square(114.5 + i * 0.6, 48.4 + j * 0.6, 0.6), cell, (cell * 7) % 5, cell % 9,
                         round(((cell * 37) % 100) / 10.0, 1)))
    return memory_layer("Polygon", "gap_grid", [("cell_id", "i"), ("richness", "i"), ("records", "i"),
                                                ("priority", "d")], rows)


def connectivity_summary():
    rows = [(None, "CHN", 10000.0, 14.2, 3.1, 0.4, 21.8, 120000.0),
            (None, "MNG", 10000.0, 17.5, 6.4, 2.2, 36.6, 250000.0),
            (None, "RUS", 10000.0, 9.8, 2.05, 1.1, 20.9, 90000.0),
            (None, "MNG", 50000.0, 17.5, 9.9, 4.0, 56.6, 380000.0)]
    return memory_layer("None", "connectivity_summary", [
        ("region_id", "s"), ("d50_m", "d"), ("prot", "d"), ("protconn", "d"), ("protconn_trans", "d"),
        ("relconn", "d"), ("eca", "d")], rows)


def connectivity_nodes():
    return memory_layer("Polygon", "nodes", [("name", "s"), ("country", "s"), ("dpc", "d"), ("dpc_intra", "d"),
                                             ("dpc_flux", "d"), ("dpc_connector", "d")],
                        [(square(w, s, d), name, iso3, 40.0 - 9 * i, 20.0 - 4 * i, 15.0 - 3 * i, 5.0 - 2 * i)
                         for i, (name, iso3, w, s, d) in enumerate(PROTECTED_AREAS)])


def connectivity_links():
    rows = [("LineString (115.55 50.25, 115.1 49.7)", 1, 2, "MNG-RUS", 21000.0, 0.23, 1),
            ("LineString (115.1 49.7, 117.4 49.0)", 2, 3, "CHN-MNG", 95000.0, 0.0014, 1),
            ("LineString (111.2 49.6, 115.55 50.25)", 4, 1, "RUS-RUS", 280000.0, 0.00001, 0)]
    return memory_layer("LineString", "links", [("from_id", "i"), ("to_id", "i"), ("country_pair", "s"),
                                                ("distance_m", "d"), ("probability", "d"), ("transboundary", "i")],
                        rows)


def survey():
    return memory_layer("Polygon", "survey", [("rank", "i"), ("cell_id", "i"), ("observed", "i"),
                                              ("expected", "i"), ("last_year", "i"), ("score", "d")],
                        [(square(116 + k * 0.6, 50.2, 0.6), k + 1, 100 + k, k, 6 - k, 2001 + k, 9.0 - k)
                         for k in range(5)])


def all_inputs():
    return {"PROTECTED_AREAS": protected_areas(), "OCCURRENCES": occurrences(), "GAP_SPECIES": gap_species(),
            "GAP_GRID": gap_grid(), "CONNECTIVITY_SUMMARY": connectivity_summary(),
            "CONNECTIVITY_NODES": connectivity_nodes(), "CONNECTIVITY_LINKS": connectivity_links(),
            "SURVEY": survey()}
