"""Which layers a file holds: a GeoPackage or a File Geodatabase can carry several (WDPA ships its polygons
and its points as two layers), and opening the file by its path gives only the first."""
from typing import List

from osgeo import ogr


def vector_layer_sources(path: str, with_geometry: bool = True) -> List[str]:
    """QGIS/OGR sources (``path|layername=…``) of every vector layer in ``path``; ``[path]`` for a file of one
    layer, a path that already names its layer, or a file OGR cannot open (the caller reports that)."""
    if not path or "|" in path:
        return [path] if path else []
    dataset = ogr.Open(path, 0)
    if dataset is None:
        return [path]
    try:
        names = []
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayerByIndex(index)
            if with_geometry and layer.GetGeomType() == ogr.wkbNone:
                continue
            names.append(layer.GetName())
    finally:
        dataset = None
    if len(names) <= 1:
        return [path]
    return [f"{path}|layername={name}" for name in names]
