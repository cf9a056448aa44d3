"""The report's contracts with the algorithms (issue 19): each input is read by the field names of the schema its
producer writes (core/schema.py), a layer lacking a required field is an error naming the layer and the field,
and the report and the sheet template are translated by one mechanism, the catalogues, without touching the
interface's translator."""
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsProcessingException

from tests.builders import report as build
from tests.conftest import REPO

LANGUAGES = ["en", "zh", "ru", "mn", "kk"]


def catalogue_text(language, source, context="Corridor"):
    """The translation of ``source`` in ``context`` as the .ts file holds it (the source itself in English)."""
    if language == "en":
        return source
    root = ET.parse(REPO / "resources" / "i18n" / f"corridor_{language}.ts").getroot()
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in the {language} catalogue ({context})")


def gap_species_without(field):
    fields = [("scientificName", "s"), ("iucnCategory", "s"), ("citesAppendix", "s"), ("range_km2", "d"),
              ("protected_share", "d"), ("target_share", "d"), ("shortfall", "d"), ("status", "s")]
    kept = [i for i, (name, _) in enumerate(fields) if name != field]
    return build.memory_layer("None", "species of the meeting", [fields[i] for i in kept],
                              [(None, *[row[i] for i in kept]) for row in build.SPECIES])


@pytest.fixture()
def interface_in(request):
    """The interface translator of a language, installed as the plugin does, removed afterwards."""
    from corridor_plugin.toolbelt import i18n

    def install(language):
        assert i18n.install_translator(language) == language, f"no compiled catalogue for {language}"
        return i18n.interface_translator()

    yield install
    i18n.remove_translator()


def test_a_layer_missing_a_required_field_stops_the_report_with_a_message_naming_it(corridor_plugin, tmp_path):
    import processing

    html = tmp_path / "r.html"
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("corridor:report", {"GAP_SPECIES": gap_species_without("status"),
                                           "OCCURRENCES": build.occurrences(), "LANGUAGE": 0,
                                           "OUTPUT_HTML": str(html)})
    message = str(raised.value)
    assert "Gap analysis: species table" in message and "'species of the meeting'" in message
    assert "no field 'status'" in message and "corridor:gapanalysis OUTPUT_SPECIES" in message
    assert "Traceback" not in message and not html.exists()


def test_the_missing_field_message_is_in_the_interface_language(corridor_plugin, tmp_path, interface_in):
    import processing

    interface_in("ru")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("corridor:report", {"CONNECTIVITY_LINKS": build.memory_layer(
            "LineString", "links", [("from_id", "i"), ("to_id", "i")], [("LineString (115 50, 115 49)", 1, 2)]),
            "LANGUAGE": LANGUAGES.index("zh"), "OUTPUT_HTML": str(tmp_path / "r.html")})
    expected = catalogue_text("ru", "{input}: the layer '{layer}' has no field '{field}'. The report reads the "
                                    "{output} output of Corridor by its field names: give that output, or rename "
                                    "the field.").format(input=catalogue_text("ru", "Connectivity: links"),
                                                         layer="links", field="probability",
                                                         output="corridor:connectivity OUTPUT_LINKS")
    assert str(raised.value) == expected
    assert "«probability»" in expected  # a real Russian sentence, not the English source


def test_the_builder_and_the_dock_figures_raise_or_report_the_same_error(corridor_plugin):
    from corridor_plugin.core.report import MissingFieldError, ReportBuilder
    from corridor_plugin.core.results_summary import results_figures

    with pytest.raises(MissingFieldError) as raised:
        ReportBuilder({"GAP_SPECIES": gap_species_without("shortfall")}).build()
    assert raised.value.field == "shortfall" and raised.value.layer_name == "species of the meeting"
    figures = results_figures({"GAP_SPECIES": gap_species_without("iucnCategory"),
                               "OCCURRENCES": build.occurrences()})
    assert len(figures["errors"]) == 1 and "no field 'iucnCategory'" in figures["errors"][0]
    assert figures["gap_species"] == "–"                                   # no figure from the broken layer
    assert figures["records"] == "60" and figures["species"] == "4"      # the good layer still counts


def test_each_contract_reads_fields_its_producer_writes():
    from corridor_plugin.core import schema
    from corridor_plugin.core.report.inputs import CONTRACTS, INPUT_KEYS

    producers = {
        "PROTECTED_AREAS": schema.PROTECTED_AREA_FIELDS + schema.OVERLAY_AREA_FIELDS,
        "OCCURRENCES": schema.OCCURRENCE_FIELDS, "GAP_SPECIES": schema.GAP_SPECIES_FIELDS,
        "GAP_GRID": schema.GAP_GRID_FIELDS, "SURVEY": schema.SURVEY_FIELDS,
        "CONNECTIVITY_SUMMARY": schema.CONNECTIVITY_SUMMARY_FIELDS,
        "CONNECTIVITY_NODES": schema.CONNECTIVITY_NODE_FIELDS, "CONNECTIVITY_LINKS": schema.CONNECTIVITY_LINK_FIELDS,
        "CORRIDORS": tuple((name, "") for name in schema.CORRIDOR_PAIR_FIELDS) + schema.CORRIDOR_PATH_FIELDS}
    assert set(CONTRACTS) == set(INPUT_KEYS)
    for key, contract in CONTRACTS.items():
        written = {name for name, _ in producers[key]}
        assert set(contract.required) <= written, key
        assert set(contract.required) <= set(contract.fields), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_in_each_language_takes_its_catalogue_and_leaves_the_interface_translator(
        corridor_plugin, tmp_path, interface_in, language):
    import processing

    from corridor_plugin.toolbelt import i18n
    from corridor_plugin.toolbelt.i18n import tr

    before = interface_in("ru")
    processing.run("corridor:report", dict(build.all_inputs(), LANGUAGE=LANGUAGES.index(language),
                                           OUTPUT_HTML=str(tmp_path / "r.html")))
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    for heading in ("What the data say", "Recommended actions", "Limitations", "Gap species", "Strongest links"):
        assert f"<h2>{catalogue_text(language, heading)}</h2>" in html, (language, heading)
    if language != "ru":   # nothing of the interface's Russian leaks into the report
        assert catalogue_text("ru", "Recommended actions") not in html
    assert i18n.interface_translator() is before
    assert tr("Recommended actions") == catalogue_text("ru", "Recommended actions")


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_template_texts_come_from_the_catalogues_in_their_own_context(corridor_plugin, interface_in, language):
    from corridor_plugin.core.template_texts import texts_for
    from corridor_plugin.toolbelt import i18n

    before = interface_in("zh")
    texts = texts_for(language)
    # the wording partners have received so far (issue 9's template texts), now read from the catalogues
    expected = {"en": ("Data", "Species", "Partner", "few"), "zh": ("数据", "物种", "合作单位", "少量"),
                "ru": ("Данные", "Вид", "Партнёр", "мало"), "mn": ("Өгөгдөл", "Зүйл", "Түнш байгууллага", "цөөн"),
                "kk": ("Деректер", "Түр", "Серіктес", "аз")}[language]
    assert (texts["sheet_data"], texts["headers"]["species"], texts["meta"]["partner"],
            texts["words"]["few"]) == expected
    for key, english in (("title", "Corridor species data sheet: instructions"), ("intro", None)):
        source = english or texts_for("en")[key]
        assert texts[key] == catalogue_text(language, source, "CorridorSheet")
    # the interface's "Partner" (合作方) is another message than the sheet's (合作单位)
    assert catalogue_text("zh", "Partner") != catalogue_text("zh", "Partner", "CorridorSheet")
    assert i18n.interface_translator() is before


def test_a_language_without_its_compiled_catalogue_gives_no_half_english_template(corridor_plugin, monkeypatch):
    from corridor_plugin.core.template_texts import texts_for
    from corridor_plugin.toolbelt import i18n

    monkeypatch.setattr(i18n, "translation_file", lambda language: None)
    with pytest.raises(ValueError, match="corridor_kk.qm"):
        texts_for("kk")
    assert texts_for("en")["headers"]["species"] == "Species"


def test_survey_table_reads_the_survey_output_by_its_schema_names(corridor_plugin):
    """corridor:gapanalysis writes observed, expected and score (no 'records', 'richness', 'priority'):
    the columns Records, Expected species and Priority show them, ranked by the output's rank."""
    from corridor_plugin.core.report import ReportBuilder

    layer = build.survey()
    table = ReportBuilder({"SURVEY": layer}).survey().table
    by_rank = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert [row[0] for row in table.rows] == [str(f["rank"]) for f in by_rank]
    assert [row[2:] for row in table.rows] == [
        [str(f["observed"]), str(f["expected"]), str(f["last_year"]), f"{f['score']:.0f}"] for f in by_rank]
    assert all("–" not in row for row in table.rows)


def test_shipped_styles_read_fields_of_the_outputs_they_style():
    """A style is a consumer too: the fields its renderer and rules read are in its output's schema."""
    import html
    import re

    from corridor_plugin.core import schema

    outputs = {
        "connectivity_links.qml": schema.CONNECTIVITY_LINK_FIELDS,
        "connectivity_nodes.qml": schema.CONNECTIVITY_NODE_FIELDS,
        "gap_priority.qml": schema.GAP_GRID_FIELDS, "survey_gaps.qml": schema.SURVEY_FIELDS,
        "protected_areas.qml": schema.PROTECTED_AREA_FIELDS,
        "overlay_areas.qml": schema.PROTECTED_AREA_FIELDS + schema.OVERLAY_AREA_FIELDS,
        "occurrences.qml": schema.OCCURRENCE_FIELDS,
        "overlay_occurrences.qml": schema.OCCURRENCE_FIELDS + schema.OVERLAY_OCCURRENCE_FIELDS,
        "range_hulls.qml": schema.RANGE_HULL_FIELDS,
    }
    checked = 0
    for name, spec in outputs.items():
        text = (REPO / "resources" / "styles" / name).read_text(encoding="utf-8")
        filters = " ".join(html.unescape(f) for f in re.findall(r' filter="([^"]*)"', text))
        read = set(re.findall(r' attr="(\w+)"', text)) | set(re.findall(r'"(\w+)"', filters))
        assert read <= {field for field, _ in spec}, (name, read - {field for field, _ in spec})
        checked += len(read)
    assert checked == 10  # the renderers' and rules' fields counted above, one or two a style


def test_protected_areas_of_the_baseline_are_read_with_their_own_field_names(corridor_plugin, tmp_path):
    """DATABASE alone: the baseline's protected_areas table (site_id, name, country_iso3) feeds the report."""
    import processing

    from corridor_plugin.core.baseline import open_store

    database = str(tmp_path / "baseline.gpkg")
    areas = build.memory_layer("Polygon", "pas", [("site_id", "s"), ("name", "s"), ("country_iso3", "s")], [
        (build.square(w, s, d), f"pa{i}", name, iso3) for i, (name, iso3, w, s, d) in
        enumerate(build.PROTECTED_AREAS)])
    store = open_store(database)
    try:
        assert store.add_features("protected_areas", areas) == len(build.PROTECTED_AREAS)
    finally:
        store.close()
    processing.run("corridor:report", {"DATABASE": database, "LANGUAGE": 0, "OUTPUT_HTML": str(tmp_path / "r.html")})
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    countries = sorted({iso3 for _name, iso3, *_ in build.PROTECTED_AREAS})
    assert f"Countries: {', '.join(countries)}." in html
    assert f"{len(build.PROTECTED_AREAS)} protected areas." in html
