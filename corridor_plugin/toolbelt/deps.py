"""Optional third-party packages: a missing one gives a clear message naming it, never a traceback."""
import importlib

from .i18n import tr

# Where users of each platform get the package; shown in the error message.
INSTALL_HINTS = {
    "pandas": "python3-pandas (Debian/Ubuntu), OSGeo4W 'python3-pandas', or: pip install pandas",
    "scipy": "python3-scipy (Debian/Ubuntu), OSGeo4W 'python3-scipy', or: pip install scipy",
    "numpy": "python3-numpy (Debian/Ubuntu), OSGeo4W 'python3-numpy', or: pip install numpy",
    "psycopg2": "python3-psycopg2 (Debian/Ubuntu), OSGeo4W 'python3-psycopg2', or: pip install psycopg2-binary",
}


class MissingDependency(ImportError):
    """Raised when a package Corridor needs is not installed; the message says how to get it."""


def require(module_name: str, feature: str = ""):
    """Import and return ``module_name``, or raise :class:`MissingDependency` with install advice."""
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        top = module_name.split(".")[0]
        hint = INSTALL_HINTS.get(top, f"pip install {top}")
        what = feature or tr("This tool")
        raise MissingDependency(
            tr("{feature} needs the Python package '{package}', which is not installed. Install: {hint}").format(
                feature=what, package=top, hint=hint
            )
        ) from exc


def missing(*module_names: str):
    """Names of the given packages that cannot be imported."""
    absent = []
    for name in module_names:
        try:
            importlib.import_module(name)
        except ImportError:
            absent.append(name)
    return absent
