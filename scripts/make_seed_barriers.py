#!/usr/bin/env python3
"""Build seeds/barriers/barriers.gpkg: linear barriers for the demo and for users to start from.

* The Mongolia–China border fence, taken as the shared MNG–CHN boundary of the shipped Natural Earth
  1:50m borders (the outlines do not share vertices, so MNG's boundary is cut by CHN buffered 0.01°).
* The fenced Trans-Mongolian railway (Ulaanbaatar–Zamyn-Üüd–Erenhot–Beijing) and the
  Chita–Borzya–Zabaikalsk–Manzhouli railway through Dauria, as polylines through their main stations
  (approximate: station coordinates, not the surveyed track).
Tracked Mongolian gazelles and khulan never crossed the railway or the border fence in 2002–2012
(Ito et al. 2013, PLoS ONE 8:e56995), hence their default permeability of 0.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_headless import REPO, start_qgis  # noqa: E402

RAILWAYS = {
    "Trans-Mongolian railway (Ulaanbaatar–Beijing)": [
        (106.917, 47.918), (108.361, 46.361), (110.140, 44.892), (111.900, 43.717), (111.977, 43.653),
        (113.100, 41.030), (114.880, 40.770), (116.400, 39.900)],
    "Chita–Zabaikalsk–Manzhouli railway": [
        (113.500, 52.030), (114.350, 51.620), (116.520, 50.390), (117.320, 49.640), (117.430, 49.600)],
}


def main():
    start_qgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    from corridor_plugin.core.borders import country_features

    _, (mng, chn) = country_features(("MNG", "CHN"), "50m")
    fence = QgsGeometry(mng.geometry().constGet().boundary()).intersection(chn.geometry().buffer(0.01, 8))
    fields = QgsFields()
    for name, kind in (("name", QVariant.String), ("kind", QVariant.String), ("permeability", QVariant.Double),
                       ("source", QVariant.String)):
        fields.append(QgsField(name, kind))
    out = REPO / "seeds" / "barriers" / "barriers.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "barriers"
    writer = QgsVectorFileWriter.create(str(out), fields, QgsWkbTypes.MultiLineString,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext(),
                                        options)
    rows = [("Mongolia–China border fence", "fence", 0.0, "Natural Earth 1:50m MNG–CHN boundary", fence)]
    for name, vertices in RAILWAYS.items():
        rows.append((name, "railway", 0.0, "main stations, approximate",
                     QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in vertices])))
    for name, kind, permeability, source, geometry in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([name, kind, permeability, source])
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        writer.addFeature(feature)
    del writer
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
