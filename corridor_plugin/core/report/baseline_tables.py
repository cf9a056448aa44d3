"""Result layers the report takes from the baseline database when none is given: its occurrences and
its protected areas, the latter with the field names of corridor:preparepas's schema."""
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsVectorLayer


def baseline_layer(database: str, table: str):
    """A table of the baseline database (GeoPackage path or saved PostGIS connection name), or None.

    Read through ``core.baseline.open_store`` (credentials via QGIS's connections and auth manager);
    a GeoPackage that does not exist is not created by the report."""
    if not database:
        return None
    if database.lower().endswith(".gpkg") and not Path(database).exists():
        return None
    try:
        from ..baseline import BaselineError, open_store
    except ImportError:  # the baseline module is not part of this build: plain GeoPackage tables only
        layer = QgsVectorLayer(f"{database}|layername={table}", table, "ogr")
        return layer if layer.isValid() else None
    try:
        store = open_store(database, create=False)
    except BaselineError:
        return None
    try:
        layer = store.occurrences_layer() if table == "occurrences" else store.table_layer(table)
    except BaselineError:
        return None
    finally:
        store.close()
    if layer is None or not layer.isValid() or layer.featureCount() == 0:
        return None
    return with_protected_area_names(layer) if table == "protected_areas" else layer


# The baseline's protected_areas table names two fields of corridor:preparepas's schema its own way.
BASELINE_PROTECTED_AREA_NAMES = {"site_id": "pa_id", "country_iso3": "iso3"}


def with_protected_area_names(layer):
    """An in-memory copy of the baseline's protected areas with the field names the report reads."""
    copy = layer.materialize(QgsFeatureRequest())
    names = copy.fields().names()
    renames = {names.index(old): new for old, new in BASELINE_PROTECTED_AREA_NAMES.items()
               if old in names and new not in names}
    if renames:
        copy.dataProvider().renameAttributes(renames)
        copy.updateFields()
    return copy
