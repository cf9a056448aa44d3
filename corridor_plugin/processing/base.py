"""Base class for every Corridor algorithm: id, group, icon, help and translation in one place.

An algorithm module defines one subclass with ``ALG_ID``, ``GROUP``, ``display_name()``,
``help_text()``, ``initAlgorithm()`` and ``processAlgorithm()``; the provider finds it by itself.
Algorithms are thin shells: they read parameters, call ``corridor_plugin.core`` and write sinks.
"""
from qgis.core import QgsFields, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.deps import MissingDependency
from ..toolbelt.i18n import tr
from ..toolbelt.paths import icon_path
from ..toolbelt.qgis_compat import make_field

# field kinds of the core's column specs
FIELD_TYPES = {"string": QVariant.String, "integer": QVariant.Int, "long": QVariant.LongLong,
               "double": QVariant.Double, "boolean": QVariant.Bool, "date": QVariant.Date,
               "datetime": QVariant.DateTime}


def fields_from_spec(spec, integer=QVariant.Int) -> QgsFields:
    """QgsFields from (name, kind) pairs; a kind is a name of :data:`FIELD_TYPES` or a QVariant type.
    ``integer``: the type of "integer" fields (LongLong where counts or row numbers may pass 2^31)."""
    fields = QgsFields()
    for name, kind in spec:
        if isinstance(kind, str):
            kind = integer if kind == "integer" else FIELD_TYPES[kind]
        fields.append(make_field(name, kind))
    return fields


SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods")


def is_spreadsheet_destination(dest: str) -> bool:
    """Whether a sink destination is a file that a spreadsheet program opens (and would run formulas of)."""
    return str(dest).partition("|")[0].lower().endswith(SPREADSHEET_SUFFIXES)


def defuse_formulas(frame, spec):
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas (see
    :func:`corridor_plugin.core.baseline.dwca.neutralise_formula`)."""
    from ..core.baseline.dwca import neutralise_formula

    frame = frame.copy()
    for name, kind in spec:
        if kind == "string" and name in frame.columns:
            frame[name] = frame[name].map(lambda v: neutralise_formula(v) if isinstance(v, str) else v)
    return frame


def defuse_values(values):
    """A row of attribute values with its text cells defused as :func:`defuse_formulas` does."""
    from ..core.baseline.dwca import neutralise_formula

    return [neutralise_formula(v) if isinstance(v, str) else v for v in values]


# Group ids are fixed, lowercase and never translated; names are translated.
GROUPS = {
    "sheets": lambda: tr("1 · Partner sheets"),
    "baseline": lambda: tr("2 · Baseline database"),
    "protected_areas": lambda: tr("3 · Protected areas"),
    "gap": lambda: tr("4 · Gap analysis"),
    "connectivity": lambda: tr("5 · Connectivity and corridors"),
    "report": lambda: tr("6 · Reports"),
    "tools": lambda: tr("Tools"),
}


class CorridorAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour of Corridor algorithms. Subclasses set ``ALG_ID`` and ``GROUP``."""

    ALG_ID = ""
    GROUP = "tools"
    ICON = "corridor.svg"

    # -- identity ----------------------------------------------------------------------
    def name(self):
        return self.ALG_ID

    def displayName(self):  # noqa: N802
        return self.display_name()

    def display_name(self) -> str:
        raise NotImplementedError

    def group(self):
        return GROUPS[self.GROUP]()

    def groupId(self):  # noqa: N802
        return self.GROUP

    def icon(self):
        return QIcon(icon_path(self.ICON))

    def shortHelpString(self):  # noqa: N802
        return self.help_text()

    def help_text(self) -> str:
        return ""

    def helpUrl(self):  # noqa: N802
        return f"https://github.com/corridor-gis/corridor#{self.ALG_ID}"

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    # -- helpers for subclasses -----------------------------------------------------------
    @staticmethod
    def fail(message: str):
        """Stop the algorithm with a user-facing (already translated) message; any password in it (a
        database string echoed by an error) is masked."""
        from ..core.credentials import mask_credentials

        raise QgsProcessingException(mask_credentials(message))

    @staticmethod
    def require(module_name: str, feature: str = ""):
        """Import an optional package or stop with a message that names it."""
        from ..toolbelt.deps import require

        try:
            return require(module_name, feature)
        except MissingDependency as exc:
            raise QgsProcessingException(str(exc)) from exc

    @staticmethod
    def output_wanted(parameters, name: str) -> bool:
        """False for an optional output left out (``qgis_process`` without it, or skipped in the dialog)."""
        value = parameters.get(name)
        return value is not None and value != ""

    def optional_sink(self, parameters, name, context, fields, wkb_type, crs=None):
        """(sink, destination) of an optional secondary output; a sink that discards its features and None
        when the output was left out. Raises the translated error when a requested output cannot be made."""
        from qgis.core import QgsCoordinateReferenceSystem

        if not self.output_wanted(parameters, name):
            return DiscardingSink(), None
        sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type,
                                          crs if crs is not None else QgsCoordinateReferenceSystem())
        if sink is None:
            self.fail(tr("Could not create the output layer {name}.").format(name=name))
        return sink, dest


class DiscardingSink:
    """Stands for an output the user did not ask for."""

    def addFeature(self, feature, flags=None):  # noqa: N802
        return True

    def addFeatures(self, features, flags=None):  # noqa: N802
        return True
