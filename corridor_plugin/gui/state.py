"""What the workflow remembers, stored in the QGIS project (``QgsProject.writeEntry``, scope "Corridor"):
each step's settings and the paths of the outputs the steps produced, so a saved project reopens where
the user left it."""
import json
import tempfile
from pathlib import Path

from qgis.core import QgsProject, QgsSettings

SCOPE = "Corridor"

# Output keys shared by the steps (and the report parameters they feed).
OUTPUT_KEYS = ("occurrences", "rejected", "protected_areas", "pa_cleaning", "pa_overlay", "regions",
               "gap_species", "gap_grid", "survey", "connectivity_summary", "connectivity_nodes",
               "connectivity_links", "corridors", "report_html", "report_pdf", "submission_status")


def read(key, default=""):
    value, ok = QgsProject.instance().readEntry(SCOPE, key, "")
    return value if ok and value != "" else default


def write(key, value):
    QgsProject.instance().writeEntry(SCOPE, key, "" if value is None else str(value))


def read_json(key, default=None):
    text = read(key, "")
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def write_json(key, value):
    write(key, json.dumps(value, ensure_ascii=False))


def outputs():
    return read_json("outputs", {}) or {}


def output(key):
    path = outputs().get(key, "")
    return path if path and Path(path.split("|")[0]).exists() else ""


def set_output(key, path):
    current = outputs()
    if path:
        current[key] = str(path)
    else:
        current.pop(key, None)
    write_json("outputs", current)


def work_dir() -> Path:
    """Where the dock writes its outputs: ``corridor/`` beside the saved project, else a folder kept
    for this project (remembered in the project), else a temporary folder."""
    project = QgsProject.instance()
    if project.homePath():
        folder = Path(project.homePath()) / "corridor"
    else:
        folder = Path(read("work_dir", "") or tempfile.mkdtemp(prefix="corridor_"))
        write("work_dir", folder)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def postgis_connections():
    """Names of the PostGIS connections saved in QGIS (Data Source Manager ▸ PostgreSQL)."""
    settings = QgsSettings()
    settings.beginGroup("PostgreSQL/connections")
    names = list(settings.childGroups())
    settings.endGroup()
    return sorted(names)


def database():
    """The baseline database chosen in step 1: a GeoPackage path or a PostGIS connection name."""
    if read("sheets/use_postgis", "0") == "1":
        return read("sheets/postgis", "")
    return read("sheets/gpkg", "")
