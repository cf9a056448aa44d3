"""Start QGIS without a display, with Processing and the Corridor provider, for scripts and benchmarks."""
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

_app = None


def start_qgis():
    """QgsApplication + Processing (native, GDAL) + the Corridor provider; idempotent."""
    global _app
    if _app is not None:
        return _app
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    _app = QgsApplication([], False)
    _app.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from corridor_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    _app._corridor_plugin = plugin  # keep a reference for the life of the application
    return _app
