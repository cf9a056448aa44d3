"""GDAL across the versions QGIS ships with (3.6 on QGIS 3.22/Debian 12 … 3.13 on QGIS 3.44).

``gdal.UseExceptions()`` is process-wide: called at import it changes GDAL's behaviour for QGIS and every other
plugin in the same process (and since GDAL 3.7 it switches ``osr`` and ``ogr`` too). Corridor's GDAL code runs
inside ``with gdal_exceptions():`` (or under ``@gdal_exceptions()``), which puts back what was there.

The switch is process-wide while GDAL keeps its error handlers per thread (switching on pushes one, off pops
one): two QgsTasks switching at once would pop each other's handlers. One lock makes each block switch on and
back in its own thread, one block at a time (blocks nest within a thread)."""
import threading
from contextlib import contextmanager

_SWITCH = threading.RLock()


@contextmanager
def gdal_exceptions():
    from osgeo import gdal, ogr, osr

    modules = (gdal, ogr, osr)
    with _SWITCH:
        before = [module.GetUseExceptions() for module in modules]
        for module in modules:
            module.UseExceptions()
        try:
            yield
        finally:
            # GDAL keeps the modules' error handlers on a stack: switched off in the reverse order
            for module, was in reversed(list(zip(modules, before))):
                if not was:
                    module.DontUseExceptions()


def gdal_version() -> tuple:
    from osgeo import gdal

    number = int(gdal.VersionInfo("VERSION_NUM"))
    return number // 1000000, number // 10000 % 100, number // 100 % 100


def ogr_memory_driver():
    """OGR's in-memory vector driver: ``MEM`` since GDAL 3.11, which deprecates the old ``Memory``."""
    from osgeo import ogr

    return ogr.GetDriverByName("MEM" if gdal_version() >= (3, 11, 0) else "Memory")
