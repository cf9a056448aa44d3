"""The plugin as QGIS sees it: metadata, provider, a real algorithm, unload, dock, translations."""
import math
import subprocess

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject, QgsVectorLayer

from tests.conftest import REPO, SCREENSHOTS, read_metadata, version_tuple

MANDATORY = ("name", "description", "about", "version", "qgisminimumversion", "author", "email",
             "tracker", "repository")


def test_metadata_has_every_field_the_plugin_repository_requires(metadata):
    for key in MANDATORY + ("homepage", "tags", "icon", "category", "hasprocessingprovider"):
        assert metadata.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert metadata["qgisminimumversion"] == "3.22"
    assert metadata["hasprocessingprovider"] == "yes"
    assert (REPO / metadata["icon"]).exists()
    from qgis.core import Qgis

    assert version_tuple(metadata["qgisminimumversion"]) <= version_tuple(Qgis.QGIS_VERSION)


def test_provider_is_registered_with_the_countryborders_algorithm(corridor_plugin):
    provider = QgsApplication.processingRegistry().providerById("corridor")
    assert provider is not None
    ids = [alg.id() for alg in provider.algorithms()]
    assert "corridor:countryborders" in ids
    for alg in provider.algorithms():
        assert alg.displayName() and alg.group() and alg.shortHelpString(), alg.id()
        assert alg.groupId() == alg.groupId().lower()


def test_countryborders_writes_the_four_corridor_countries_with_true_areas(corridor_plugin, tmp_path):
    import processing

    out = str(tmp_path / "borders.gpkg")
    result = processing.run("corridor:countryborders", {"COUNTRIES": "MNG,KAZ", "SCALE": 0, "OUTPUT": out})
    layer = QgsVectorLayer(result["OUTPUT"], "b", "ogr")
    assert layer.isValid()
    codes = sorted(f["adm0_a3"] for f in layer.getFeatures())
    assert codes == ["KAZ", "MNG"]
    area = QgsDistanceArea()
    area.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    km2 = {f["adm0_a3"]: area.measureArea(f.geometry()) / 1e6 for f in layer.getFeatures()}
    # Official land areas: Mongolia 1,564,116 km², Kazakhstan 2,724,900 km²; 1:50m outlines within 2 %.
    assert math.isclose(km2["MNG"], 1_564_116, rel_tol=0.02)
    assert math.isclose(km2["KAZ"], 2_724_900, rel_tol=0.02)


def test_countryborders_unknown_country_is_a_clear_error(corridor_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="FRA"):
        processing.run("corridor:countryborders", {"COUNTRIES": "FRA", "OUTPUT": str(tmp_path / "x.gpkg")})


def test_unload_removes_provider_actions_and_dock_and_reload_works(corridor_plugin, qgis_iface):
    """What Plugin Reloader does: unload() leaves nothing behind, and loading again works."""
    registry = QgsApplication.processingRegistry()
    corridor_plugin.toggle_action.setChecked(True)
    assert corridor_plugin.dock is not None
    assert registry.providerById("corridor") is corridor_plugin.provider
    corridor_plugin.unload()
    assert registry.providerById("corridor") is None
    assert corridor_plugin.dock is None and corridor_plugin.actions == [] and corridor_plugin.toolbar is None
    corridor_plugin.initProcessing()
    corridor_plugin.initGui()
    assert registry.providerById("corridor") is corridor_plugin.provider
    assert "corridor:countryborders" in [a.id() for a in corridor_plugin.provider.algorithms()]


def test_dock_opens_with_the_workflow_steps_and_is_screenshotted(corridor_plugin, qgis_iface):
    from corridor_plugin.gui.steps import WORKFLOW_STEPS

    corridor_plugin.toggle_action.setChecked(True)
    dock = corridor_plugin.dock
    assert dock is not None
    dock.resize(380, 620)
    dock.show()
    QgsApplication.processEvents()
    panel = dock.workflow_panel
    assert [b.step.key for b in panel.buttons] == [s.key for s in WORKFLOW_STEPS]
    image = dock.grab().toImage()
    shot = SCREENSHOTS / "dock_workflow.png"
    assert dock.grab().save(str(shot))
    # A real panel, not a grey box: many distinct colours (text, icons).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 50
    step_panel = dock.open_step(WORKFLOW_STEPS[-1])
    assert step_panel.panelTitle() == WORKFLOW_STEPS[-1].title()
    tools = dock.open_step(WORKFLOW_STEPS[3])
    assert "corridor:countryborders" in tools.run_buttons
    tools.acceptPanel()


def test_metadata_reader_matches_configparser():
    # The test helper itself: the version in metadata.txt is what plugin_version() reports.
    from corridor_plugin.toolbelt.paths import plugin_version

    assert plugin_version() == read_metadata()["version"]


def test_translator_from_a_compiled_catalogue_translates_tr(tmp_path, qgis_app):
    """The i18n plumbing end to end: a .ts compiled by lrelease is installed and tr() uses it."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from corridor_plugin.toolbelt.i18n import CONTEXT, tr

    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU">'
        f"<context><name>{CONTEXT}</name><message><source>Protected areas</source>"
        "<translation>Охраняемые территории</translation></message></context></TS>", encoding="utf-8")
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(tmp_path / "x.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "x.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("Protected areas") == "Охраняемые территории"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Protected areas") == "Protected areas"


def test_translation_catalogues_list_every_string_of_the_code():
    """`make translations` was run: each .ts holds every tr() literal (nothing left out of Linguist)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations", REPO / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    in_code = set(module.all_messages())
    for language in ("zh", "ru", "mn", "kk"):
        catalogue = set(module.read_ts(REPO / "resources" / "i18n" / f"corridor_{language}.ts"))
        missing = sorted(source for _, source in in_code - catalogue)
        assert not missing, f"{language}: run `make translations`; missing {missing[:5]}"
