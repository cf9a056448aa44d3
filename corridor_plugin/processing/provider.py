"""The ``corridor`` Processing provider. Algorithms are discovered: every module of this package
(other than ``base`` and ``provider``) that defines a :class:`CorridorAlgorithm` subclass adds it.
A module that cannot be imported (for example a missing optional package) is logged and skipped,
so the other algorithms still load."""
import importlib
import inspect
import pkgutil

from qgis.core import Qgis, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr
from ..toolbelt.log import log
from ..toolbelt.paths import icon_path, plugin_version
from . import __path__ as _package_path
from .base import CorridorAlgorithm

NOT_ALGORITHM_MODULES = {"base", "provider"}


def algorithm_classes():
    """All algorithm classes defined in this package, sorted by id; import failures are logged."""
    classes = {}
    for info in pkgutil.iter_modules(_package_path):
        if info.name in NOT_ALGORITHM_MODULES or info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__package__}.{info.name}")
        except ImportError as exc:
            log(tr("Corridor algorithm module '{name}' not loaded: {error}").format(name=info.name, error=exc),
                Qgis.MessageLevel.Warning)
            continue
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, CorridorAlgorithm) and obj is not CorridorAlgorithm and obj.ALG_ID \
                    and obj.__module__ == module.__name__:
                classes[obj.ALG_ID] = obj
    return [classes[key] for key in sorted(classes)]


class CorridorProvider(QgsProcessingProvider):
    def id(self):
        return "corridor"

    def name(self):
        return "Corridor"

    def longName(self):  # noqa: N802
        return tr("Corridor transboundary biodiversity tools {version}").format(version=plugin_version())

    def icon(self):
        return QIcon(icon_path())

    def versionInfo(self):  # noqa: N802
        return plugin_version()

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
