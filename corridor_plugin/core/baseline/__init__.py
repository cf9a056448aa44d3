"""The ecological baseline database: one interface over a GeoPackage (single analyst, the default) and
PostGIS (the partners' shared server).

    from corridor_plugin.core.baseline import open_store
    store = open_store("baseline.gpkg")          # or a saved QGIS PostgreSQL connection name
    report = store.load(import_result, feedback)  # one transaction per submission
    layer = store.occurrences_layer()
"""
from ..credentials import mask_credentials
from .report import BaselineError, ConnectionLost, LoadCanceled, LoadReport, SubmissionReport
from .store import DEFAULT_DUPLICATE_TOLERANCE_M, BaselineStore, split_submissions
from .tables import MIGRATIONS, SCHEMA_VERSION, TABLES


def is_postgis(database: str) -> bool:
    """Whether ``database`` names a PostGIS baseline (URI, libpq string or saved QGIS connection)."""
    from .postgis import is_postgres_uri, saved_connection_names

    text = (database or "").strip()
    if is_postgres_uri(text):
        return True
    if text.lower().endswith(".gpkg"):
        return False
    try:
        return text in saved_connection_names()
    except Exception:  # noqa: BLE001 - no QGIS settings available: only paths and URIs then
        return False


def open_store(database: str, create: bool = True) -> BaselineStore:
    """Open (and create or migrate) the baseline ``database``: a GeoPackage path (created if missing),
    the name of a PostgreSQL connection saved in QGIS, a ``postgres://`` URI or a libpq string such as
    ``service=corridor``. ``create=False`` (read-only tools): a database that does not exist or has no
    baseline tables is refused, never created. Raises :class:`BaselineError` with a translated message."""
    from ...toolbelt.i18n import tr

    text = (str(database) if database is not None else "").strip()
    if not text:
        raise BaselineError(tr("No baseline database given: choose a GeoPackage file or a saved PostgreSQL "
                               "connection."))
    if is_postgis(text):
        from .postgis import PostgisStore

        return PostgisStore(text, create=create)
    from .gpkg import GeoPackageStore

    return GeoPackageStore(text, create=create)


__all__ = ["open_store", "mask_credentials", "is_postgis", "BaselineStore", "LoadReport", "SubmissionReport",
           "BaselineError", "ConnectionLost", "LoadCanceled", "split_submissions", "SCHEMA_VERSION", "MIGRATIONS",
           "TABLES", "DEFAULT_DUPLICATE_TOLERANCE_M"]
