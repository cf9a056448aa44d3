"""Build ``seeds/quality/quality_reference.gpkg``: the reference layers of the coordinate quality
checks (core.quality), so that no check downloads anything at run time.

Layers and where they come from (sources and licences also in ``seeds/quality/SOURCES.md``):
- ``land``: land of the corridor's part of the world (20–180°E, 0–85°N), the union of the ``countries``
  layer of QGIS's own ``resources/data/world_map.gpkg`` (Natural Earth, public domain).
- ``province_centroids``: centroids of the first-level divisions of CHN, MNG, RUS and KAZ, from the
  ``states_provinces`` layer of the same file (Natural Earth admin-1, public domain).
- ``country_centroids``: centroids of the corridor countries of ``seeds/borders`` (Natural Earth 1:50m).
- ``capitals``: the four national capitals; ``institutions``: biodiversity institutions (museums, zoos,
  herbaria, academies) of the corridor countries; ``gbif_hq``: GBIF's secretariat. Their positions are
  typed below from public maps, approximate to a few hundred metres (``radius_m`` says how close a
  record must be to be flagged) and marked unverified where not checked against a survey-grade source.

Deterministic: same file each run. Run: /usr/bin/python3 scripts/make_seed_quality.py
"""
from pathlib import Path

from osgeo import gdal, ogr, osr

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "seeds" / "quality" / "quality_reference.gpkg"
WORLD_MAP = Path("/usr/share/qgis/resources/data/world_map.gpkg")
BORDERS = REPO / "seeds" / "borders" / "countries_naturalearth.gpkg"
CORRIDOR = ("CHN", "MNG", "RUS", "KAZ")
REGION = (20.0, 0.0, 180.0, 85.0)

# name, iso3, lon, lat, radius_m (CoordinateCleaner: capitals 10 km)
CAPITALS = [
    ("Beijing", "CHN", 116.3912, 39.9062, 10000),
    ("Ulaanbaatar", "MNG", 106.9177, 47.9184, 10000),
    ("Moscow", "RUS", 37.6176, 55.7558, 10000),
    ("Astana", "KAZ", 71.4306, 51.1283, 10000),
]
# name, kind, city, iso3, lon, lat, radius_m, verified. CoordinateCleaner's default radius is 100 m for a
# surveyed position; these are typed from public maps (a few hundred metres), hence 1 km, and unverified.
INSTITUTIONS = [
    ("Zoological Institute of the Russian Academy of Sciences (museum)", "museum", "Saint Petersburg", "RUS",
     30.3058, 59.9418, 1000, "unverified"),
    ("Komarov Botanical Institute (herbarium LE)", "herbarium", "Saint Petersburg", "RUS", 30.3254, 59.9703, 1000,
     "unverified"),
    ("Zoological Museum of Moscow State University", "museum", "Moscow", "RUS", 37.6088, 55.7571, 1000,
     "unverified"),
    ("Moscow Zoo", "zoo", "Moscow", "RUS", 37.5786, 55.7612, 1000, "unverified"),
    ("Moscow University Herbarium (MW)", "herbarium", "Moscow", "RUS", 37.5303, 55.7032, 1000, "unverified"),
    ("Institute of Systematics and Ecology of Animals SB RAS (Siberian Zoological Museum)", "museum", "Novosibirsk",
     "RUS", 82.9370, 55.0335, 1000, "unverified"),
    ("Novosibirsk Zoo", "zoo", "Novosibirsk", "RUS", 82.8985, 55.0560, 1000, "unverified"),
    ("Institute of General and Experimental Biology SB RAS", "academy", "Ulan-Ude", "RUS", 107.6060, 51.8270, 1000,
     "unverified"),
    ("Institute of Natural Resources, Ecology and Cryology SB RAS", "academy", "Chita", "RUS", 113.5000, 52.0330,
     1000, "unverified"),
    ("Institute of Zoology, Chinese Academy of Sciences (National Zoological Museum)", "museum", "Beijing", "CHN",
     116.3914, 40.0066, 1000, "unverified"),
    ("Institute of Botany, Chinese Academy of Sciences (herbarium PE)", "herbarium", "Beijing", "CHN", 116.2080,
     39.9950, 1000, "unverified"),
    ("Beijing Zoo", "zoo", "Beijing", "CHN", 116.3377, 39.9414, 1000, "unverified"),
    ("Mongolian Academy of Sciences", "academy", "Ulaanbaatar", "MNG", 106.9190, 47.9205, 1000, "unverified"),
    ("Institute of Zoology, Kazakhstan (museum)", "museum", "Almaty", "KAZ", 76.9237, 43.2235, 1000, "unverified"),
    ("Almaty Zoo", "zoo", "Almaty", "KAZ", 76.9660, 43.2550, 1000, "unverified"),
]
# CoordinateCleaner's cc_gbif: 1 km around GBIF's secretariat, Universitetsparken 15, Copenhagen.
GBIF_HQ = [("GBIF Secretariat", "DNK", 12.5584, 55.7023, 1000)]


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    return srs


def _layer(dataset, name, geometry_type, fields):
    layer = dataset.CreateLayer(name, _srs(), geometry_type, ["SPATIAL_INDEX=NO"])
    for field_name, kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    return layer


def main():
    gdal.UseExceptions()
    if OUT.exists():
        OUT.unlink()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(OUT))
    world = ogr.Open(str(WORLD_MAP))

    # land: union of the countries in the region
    region = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(*REGION))
    parts = []
    for feature in world.GetLayerByName("countries"):
        geometry = feature.GetGeometryRef()
        if geometry is not None and geometry.Intersects(region):
            parts.append(geometry.Intersection(region))
    land = parts[0]
    for part in parts[1:]:
        land = land.Union(part)
    layer = _layer(dataset, "land", ogr.wkbMultiPolygon, [("source", ogr.OFTString)])
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("source", "QGIS resources/data/world_map.gpkg countries (Natural Earth, public domain)")
    feature.SetGeometry(ogr.ForceToMultiPolygon(land))
    layer.CreateFeature(feature)

    fields = [("name", ogr.OFTString), ("iso3", ogr.OFTString), ("radius_m", ogr.OFTInteger),
              ("source", ogr.OFTString)]
    layer = _layer(dataset, "province_centroids", ogr.wkbPoint, fields)
    provinces = world.GetLayerByName("states_provinces")
    rows = []
    for feature in provinces:
        if feature.GetField("adm0_a3") not in CORRIDOR:
            continue
        centroid = feature.GetGeometryRef().Centroid()
        rows.append((feature.GetField("adm0_a3"), feature.GetField("name") or "", centroid.GetX(), centroid.GetY()))
    for iso3, name, lon, lat in sorted(rows):
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetField("name", name)
        out.SetField("iso3", iso3)
        out.SetField("radius_m", 1000)
        out.SetField("source", "centroid of Natural Earth admin-1 (QGIS world_map.gpkg states_provinces)")
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(round(lon, 6), round(lat, 6))
        out.SetGeometry(point)
        layer.CreateFeature(out)

    layer = _layer(dataset, "country_centroids", ogr.wkbPoint, fields)
    borders_dataset = ogr.Open(str(BORDERS))  # kept alive while its features are read
    borders = borders_dataset.GetLayerByName("ne_50m_admin0")
    for feature in sorted(borders, key=lambda f: f.GetField("ADM0_A3")):
        if feature.GetField("ADM0_A3") not in CORRIDOR:
            continue
        centroid = feature.GetGeometryRef().Centroid()
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetField("name", feature.GetField("NAME"))
        out.SetField("iso3", feature.GetField("ADM0_A3"))
        out.SetField("radius_m", 1000)
        out.SetField("source", "centroid of Natural Earth 1:50m admin-0 (seeds/borders)")
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(round(centroid.GetX(), 6), round(centroid.GetY(), 6))
        out.SetGeometry(point)
        layer.CreateFeature(out)

    def typed(name, rows, extra):
        layer = _layer(dataset, name, ogr.wkbPoint, list(extra) +
                       [("radius_m", ogr.OFTInteger), ("source", ogr.OFTString), ("verified", ogr.OFTString)])
        for row in rows:
            values = list(row)
            attributes = values[:len(extra)]
            lon, lat, radius = values[len(extra):len(extra) + 3]
            verified = values[len(extra) + 3] if len(values) > len(extra) + 3 else "unverified"
            out = ogr.Feature(layer.GetLayerDefn())
            for (field_name, _), value in zip(extra, attributes):
                out.SetField(field_name, value)
            out.SetField("radius_m", radius)
            out.SetField("source", "typed from public maps (approximate, a few hundred metres)")
            out.SetField("verified", verified)
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(lon, lat)
            out.SetGeometry(point)
            layer.CreateFeature(out)

    typed("capitals", CAPITALS, [("name", ogr.OFTString), ("iso3", ogr.OFTString)])
    typed("institutions", INSTITUTIONS, [("name", ogr.OFTString), ("kind", ogr.OFTString), ("city", ogr.OFTString),
                                         ("iso3", ogr.OFTString)])
    typed("gbif_hq", GBIF_HQ, [("name", ogr.OFTString), ("iso3", ogr.OFTString)])
    dataset = borders_dataset = world = None  # closes the files
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
