"""corridor:report on small synthetic result layers: PDF pages rendered and inspected, HTML, languages."""
import shutil
import subprocess
import unicodedata

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from tests.builders import report as build
from tests.conftest import REPO, SCREENSHOTS

# make test installs poppler-utils: without pdftoppm these tests fail with a clear message, never skip.
assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is needed for the report tests"

LANGUAGES = ["en", "zh", "ru", "mn", "kk"]
# A few report headings in Chinese and Russian, compiled into real .qm catalogues by lrelease: the
# report must load the catalogue of its LANGUAGE for its duration, whatever the interface language.
TRANSLATIONS = {
    "zh": {"Gap species": "空缺物种", "Data sources per partner": "各合作方的数据来源",
           "Connectivity per country": "各国连通性"},
    "ru": {"Gap species": "Виды вне охраны", "Data sources per partner": "Источники данных по партнёрам",
           "Connectivity per country": "Связность по странам"},
}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    paths = {}
    for language, messages in TRANSLATIONS.items():
        body = "".join(f"<message><source>{source}</source><translation>{target}</translation></message>"
                       for source, target in messages.items())
        ts = folder / f"corridor_{language}.ts"
        ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
                      f"<context><name>Corridor</name>{body}</context></TS>", encoding="utf-8")
        qm = folder / f"corridor_{language}.qm"
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        paths[language] = qm
    return paths


@pytest.fixture()
def with_catalogues(monkeypatch, catalogues):
    from corridor_plugin.toolbelt import i18n

    monkeypatch.setattr(i18n, "translation_file", lambda language: catalogues.get(language))


def run_report(tmp_path, language, inputs, checklist=None, pdf=True):
    import processing

    params = dict(inputs)
    params.update({"LANGUAGE": LANGUAGES.index(language), "OUTPUT_HTML": str(tmp_path / f"r_{language}.html"),
                   "OUTPUT_PDF": str(tmp_path / f"r_{language}.pdf") if pdf else None})
    if checklist:
        params["CHECKLIST"] = str(checklist)
    return processing.run("corridor:report", params)


def pdf_text(path):
    """Text of the PDF, NFKC-normalised: Qt's PDF writer maps some CJK glyphs back to their Kangxi-radical
    code points (白 as U+2F69), which NFKC folds back. Digits of labels do not survive its text mapping
    (they render fine), so numbers are checked in tables and in the HTML."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFKC", text)


def page_images(pdf, tmp_path, dpi=60):
    prefix = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(tmp_path.glob(f"{pdf.stem}-*.png"))


def map_pixels(image_path):
    """Pixels inside the bounding box of the land colour of the report maps, as (rgb list, box area)."""
    image = QImage(str(image_path))
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - 245) < 4 and abs(c.green() - 243) < 4 and abs(c.blue() - 236) < 4:
                xs.append(x)
                ys.append(y)
    if len(xs) < 50:
        return [], 0
    pixels = [QColor(image.pixel(x, y)).getRgb()[:3] for y in range(min(ys), max(ys), 2)
              for x in range(min(xs), max(xs), 2)]
    return pixels, (max(xs) - min(xs)) * (max(ys) - min(ys))


def variance(values):
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def test_full_report_has_maps_tables_and_every_section(corridor_plugin, tmp_path, shared_data):
    result = run_report(tmp_path, "en", build.all_inputs(), shared_data / "corridor_checklist.csv")
    pdf = tmp_path / "r_en.pdf"
    assert result["OUTPUT_PDF"] == str(pdf) and pdf.stat().st_size > 10_000
    text = pdf_text(pdf)
    for heading in ("Data sources per partner", "Protected areas and records", "Gap species", "Gap grid",
                    "Connectivity per country", "Most important areas for connectivity (dPC)", "Strongest links",
                    "Survey-gap priorities", "Methods", "Data appendix"):
        assert heading in text, heading
    # Tables: partner rows with counts computed here independently from the builder's records.
    occurrences = build.occurrences()
    per_partner = {}
    for feature in occurrences.getFeatures():
        per_partner[feature["institutionCode"]] = per_partner.get(feature["institutionCode"], 0) + 1
    for partner, count in per_partner.items():
        line = next(line for line in text.splitlines() if partner in line and "2015" in line)   # the table row
        assert f" {count} " in f" {line} ", line
    # Gap species sorted gap first, with English vernacular names from the checklist.
    gap_text = text[text.index("representation target (partial)"):]      # the gap-species section
    assert gap_text.index("Ichthyaetus relictus") < gap_text.index("Antigone vipio") < gap_text.index(
        "Otocolobus manul")
    assert "Procapra gutturosa (Mongolian gazelle)" in text
    # Shares (0–1 in corridor:gapanalysis) are printed as percentages: 0.12 protected, 0.35 target.
    vipio = next(line for line in gap_text.splitlines() if "Antigone vipio" in line).split()
    assert vipio[-5:] == ["40,000", "12", "35", "23", "partial"], vipio
    assert "Not computed" in text and "corridor layer" in text  # CORRIDORS was not given
    assert "MNG-RUS" in text and "Daursky" in text
    # Maps: every page with a map frame shows real drawing (borders, areas, records), not a flat fill.
    images = page_images(pdf, tmp_path)
    maps = [map_pixels(path) for path in images]
    drawn = [pixels for pixels, area in maps if pixels]
    assert len(drawn) >= 4, "cover, records, gap grid and network maps"
    for pixels in drawn:
        assert variance([sum(p) / 3 for p in pixels]) > 100
        # Areas, records, cells and links are drawn in saturated colours; land, sea and borders are not.
        coloured = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)
        assert coloured > 20, "nothing but the base map drawn"
    greens = sum(1 for r, g, b in drawn[1] if g > r + 20 and g > b)
    assert greens > 20, "no protected area on the map of protected areas and records"
    # The editable layout: template beside the PDF, loadable in QGIS with its maps and tables.
    from qgis.core import QgsLayoutItemMap, QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    document.setContent((tmp_path / "r_en.qpt").read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    assert layout.pageCollection().pageCount() == len(images)
    assert sum(isinstance(item, QgsLayoutItemMap) for item in layout.items()) >= 4
    html = (tmp_path / "r_en.html").read_text(encoding="utf-8")
    assert html.count("<img") >= 4 and "Procapra gutturosa" in html and "data:image/png;base64" in html


def ink_inside_glyph_cells(image, box, characters):
    """Share of dark pixels in the inner half of each character cell: a tofu box is hollow there."""
    x0, y0, x1, y1 = box
    width = (x1 - x0) / characters
    shares = []
    for i in range(characters):
        left, right = x0 + i * width + width * 0.25, x0 + i * width + width * 0.75
        top, bottom = y0 + (y1 - y0) * 0.3, y0 + (y1 - y0) * 0.7
        total = ink = 0
        for y in range(int(top), int(bottom) + 1):
            for x in range(int(left), int(right) + 1):
                total += 1
                ink += QColor(image.pixel(x, y)).lightness() < 140
        shares.append(ink / max(total, 1))
    return shares


def word_box(pdf, word, page, dpi):
    """Bounding box in pixels of ``word`` on ``page`` (pdftotext -bbox gives points)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    import re

    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                             out):
        if match.group(5) == word:
            return [float(v) * dpi / 72.0 for v in match.groups()[:4]]
    return None


@pytest.mark.parametrize("language, heading", [("zh", "空缺物种"), ("ru", "Виды вне охраны")])
def test_report_language_switches_headings_and_glyphs_render(corridor_plugin, with_catalogues, tmp_path,
                                                             shared_data, language, heading):
    from corridor_plugin.toolbelt.i18n import tr

    inputs = {key: layer for key, layer in build.all_inputs().items()
              if key in ("OCCURRENCES", "GAP_SPECIES", "PROTECTED_AREAS")}
    run_report(tmp_path, language, inputs, shared_data / "corridor_checklist.csv")
    assert tr("Gap species") == "Gap species", "the interface language must come back after the report"
    pdf = tmp_path / f"r_{language}.pdf"
    text = pdf_text(pdf)
    assert heading in text
    assert TRANSLATIONS[language]["Data sources per partner"] in text
    # Vernacular names of the report language come from the checklist.
    expected = {"zh": "Antigone vipio (白枕鹤)", "ru": "Procapra gutturosa (дзерен)"}[language]
    assert expected in text
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    # Han from the CJK font, Cyrillic from DejaVu Sans (whose digits stay text in QGIS 3.32+ PDFs), embedded
    font = {"zh": "NotoSansCJK", "ru": "DejaVuSans"}[language]
    assert any(font in line and " yes " in line for line in fonts.splitlines()), fonts
    # Glyphs, not tofu: the heading's characters have ink inside their cells.
    dpi = 150
    page = next(i for i in range(1, 10) if word_box(pdf, heading.split()[0], i, dpi))
    box = word_box(pdf, heading.split()[0], page, dpi)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(pdf),
                    str(tmp_path / "glyph")], check=True)
    image = QImage(str(next(tmp_path.glob("glyph*.png"))))
    shares = ink_inside_glyph_cells(image, box, len(heading.split()[0]))
    assert min(shares) > 0.05, shares


def test_missing_inputs_give_not_computed_sections_not_a_failure(corridor_plugin, tmp_path):
    run_report(tmp_path, "en", {"OCCURRENCES": build.occurrences()})
    text = pdf_text(tmp_path / "r_en.pdf")
    assert text.count("Not computed") >= 7
    assert "Data sources per partner" in text and "records of" in text
    html = (tmp_path / "r_en.html").read_text(encoding="utf-8")
    assert "60 records of 4 species from 3 partners." in html
    assert 'class="missing"' in html


def test_report_reads_occurrences_from_the_baseline_database(corridor_plugin, tmp_path):
    """DATABASE alone: the records of a GeoPackage baseline loaded by corridor:loadbaseline."""
    import processing

    from tests.builders.baseline import make_occurrences, occurrence_layer

    database = str(tmp_path / "baseline.gpkg")
    frames = [make_occurrences(40, partner="Mongolian Academy of Sciences", file_name="mas.xlsx", seed=7),
              make_occurrences(25, partner="Daursky Zapovednik", file_name="daursky.csv", seed=8)]
    for frame in frames:
        processing.run("corridor:loadbaseline", {"DATABASE": database, "INPUT": occurrence_layer(frame)})
    records = sum(len(frame) for frame in frames)
    species = len(set().union(*(set(frame["scientificName"].dropna()) for frame in frames)))
    processing.run("corridor:report", {"DATABASE": database, "LANGUAGE": 0,
                                       "OUTPUT_HTML": str(tmp_path / "db.html")})
    html = (tmp_path / "db.html").read_text(encoding="utf-8")
    assert f"{records} records of {species} species from 2 partners." in html
    # A GeoPackage that does not exist is reported as not computed, and is not created.
    processing.run("corridor:report", {"DATABASE": str(tmp_path / "none.gpkg"), "LANGUAGE": 0,
                                       "OUTPUT_HTML": str(tmp_path / "none.html")})
    assert not (tmp_path / "none.gpkg").exists()
    assert "Not computed: no occurrence layer" in (tmp_path / "none.html").read_text(encoding="utf-8")


def test_cover_template_is_shipped_with_the_items_the_report_fills(corridor_plugin):
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    from corridor_plugin.toolbelt.paths import resources_path

    document = QDomDocument()
    document.setContent(resources_path("report", "corridor_report_cover.qpt").read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    for item_id in ("title", "subtitle", "cover_band"):
        assert layout.itemById(item_id) is not None, item_id
    # the first page holds the summary and the actions, not a map
    assert layout.itemById("cover_map") is None


def test_vernacular_names_skip_unverified_cells(shared_data):
    from corridor_plugin.core.report import vernacular_names

    kk = vernacular_names("kk", shared_data / "corridor_checklist.csv")
    # Procapra gutturosa's Kazakh name is marked "(unverified)" in the checklist: never printed as a fact.
    assert "procapra gutturosa" not in kk
    assert kk["saiga tatarica"] == "Ақбөкен"
    assert vernacular_names("zh", shared_data / "corridor_checklist.csv")["saiga tatarica"] == "高鼻羚羊"


VERNACULAR = {"en": "Antigone vipio (White-naped crane)", "zh": "Antigone vipio (白枕鹤)",
              "ru": "Antigone vipio (даурский журавль)", "mn": "Antigone vipio (Цэн тогоруу)",
              "kk": "Ichthyaetus relictus (Мойнақ шағала)"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_prints_its_vernacular_names_and_a_readme_picture(corridor_plugin, tmp_path, shared_data,
                                                                        language):
    """Species in Latin plus the report language's vernacular; the gap-species page kept as a picture."""
    inputs = {key: layer for key, layer in build.all_inputs().items()
              if key in ("OCCURRENCES", "GAP_SPECIES", "PROTECTED_AREAS")}
    run_report(tmp_path, language, inputs, shared_data / "corridor_checklist.csv")
    pdf = tmp_path / f"r_{language}.pdf"
    assert VERNACULAR[language] in pdf_text(pdf)
    if language == "kk":  # the checklist marks the Kazakh name of Procapra gutturosa unverified: Latin only
        assert "Procapra gutturosa (" not in pdf_text(pdf)
    page = next(i for i in range(1, 10) if word_box(pdf, "Antigone", i, 72))
    subprocess.run(["pdftoppm", "-r", "70", "-f", str(page), "-l", str(page), "-png", "-singlefile", str(pdf),
                    str(SCREENSHOTS / f"report_{language}")], check=True)


def test_connectivity_tables_rank_nodes_in_their_region_and_each_link_once(corridor_plugin):
    """corridor:connectivity repeats nodes and links per region and d50; areas abroad are stepping stones."""
    from corridor_plugin.core.report import ReportBuilder

    square = build.square
    nodes = build.memory_layer("Polygon", "nodes", [
        ("region_id", "s"), ("d50_m", "d"), ("name", "s"), ("country", "s"), ("in_region", "i"), ("dpc", "d")], [
        (square(115, 50, 0.5), "RUS", 10000.0, "Daursky", "RUS", 1, 70.0),
        (square(115, 49, 0.5), "RUS", 10000.0, "Mongol Daguur", "MNG", 0, 0.0),
        (square(115, 49, 0.5), "MNG", 10000.0, "Mongol Daguur", "MNG", 1, 100.0),
        (square(115, 50, 0.5), "MNG", 10000.0, "Daursky", "RUS", 0, 0.0),
        (square(115, 50, 0.5), "RUS", 50000.0, "Daursky", "RUS", 1, 99.0)])
    links = build.memory_layer("LineString", "links", [
        ("region_id", "s"), ("d50_m", "d"), ("from_id", "s"), ("to_id", "s"), ("probability", "d")], [
        ("LineString (115 50, 115 49)", "RUS", 10000.0, "1", "2", 0.4),
        ("LineString (115 49, 115 50)", "RUS", 10000.0, "2", "1", 0.4),
        ("LineString (115 49, 115 50)", "MNG", 10000.0, "2", "1", 0.4)])
    builder = ReportBuilder({"CONNECTIVITY_NODES": nodes, "CONNECTIVITY_LINKS": links})
    areas = builder.top_areas().table
    assert areas.headers[0] == "Region"
    # At the shortest d50, each area inside its own region only (the foreign copies have dPC 0).
    assert [row[:2] + row[3:4] for row in areas.rows] == [["MNG", "Mongol Daguur", "100"], ["RUS", "Daursky", "70"]]
    # The RUS link listed in both directions appears once; the MNG region's copy keeps its own row.
    assert [row[:3] for row in builder.top_links().table.rows] == [["RUS", "1", "2"], ["MNG", "2", "1"]]


def test_areas_from_the_overlay_get_a_table_of_their_figures(corridor_plugin):
    from corridor_plugin.core.report import ReportBuilder

    square = build.square
    areas = build.memory_layer("Polygon", "areas", [("name", "s"), ("iso3", "s"), ("records", "i"),
                                                    ("richness", "i"), ("threatened", "i"), ("cites", "i")], [
        (square(115, 50, 0.5), "Daursky", "RUS", 12, 5, 2, 1),
        (square(115, 49, 0.5), "Mongol Daguur", "MNG", 30, 7, 3, 2),
        (square(117, 48, 0.5), "Dalai Lake", "CHN", 0, 0, 0, 0)])
    section = ReportBuilder({"PROTECTED_AREAS": areas}).protected_areas_map()
    assert section.table.headers[:4] == ["Area", "Country", "Records", "Species"]
    assert [row[:4] for row in section.table.rows] == [["Mongol Daguur", "MNG", "30", "7"],
                                                       ["Daursky", "RUS", "12", "5"], ["Dalai Lake", "CHN", "0", "0"]]
    # A plain protected-area layer (no overlay figures) has the map only.
    assert ReportBuilder({"PROTECTED_AREAS": build.protected_areas()}).protected_areas_map().table is None


# -- issue 15: an honest action plan --------------------------------------------------------------------
def ts_translation(language, source):
    import xml.etree.ElementTree as ET

    if language == "en":
        return source
    root = ET.parse(REPO / "resources" / "i18n" / f"corridor_{language}.ts").getroot()
    for message in root.iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in the {language} catalogue")


def page_text(pdf, page):
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)


def test_numbers_are_never_printed_in_scientific_notation():
    from corridor_plugin.core.report import fmt
    from corridor_plugin.core.report.formatting import share_text

    assert fmt(8.5e-05, 2) == "< 0.01" and fmt(1.9e-6, 3) == "< 0.001" and fmt(-3e-5) == "> -0.1"
    assert fmt(0.2345, 2) == "0.23" and fmt(42000) == "42,000" and fmt(0) == "0"
    assert share_text(8.5e-07) == "< 0.01" and share_text(0.0012) == "0.12" and share_text(0.5) == "50"
    assert share_text(0.9951) == "99.5" and share_text(1.0) == "100"          # short of a 100 % target: not "100"
    assert "e-" not in fmt(1e-12, 1) + share_text(1e-12)


def records_only_species():
    rows = [("Procapra gutturosa", "LC", 600.0, 1.0, 1.0, 0.0, "covered (records only)", 12, 12, "MNG"),
            ("Canis lupus", "LC", 300.0, 0.0, 1.0, 1.0, "gap (records only)", 3, 0, "MNG;RUS"),
            ("Antigone vipio", "VU", 40000.0, 0.12, 0.35, 0.23, "partial", 40, 30, "CHN;MNG")]
    return build.memory_layer("None", "gap_species", [
        ("scientificName", "s"), ("iucnCategory", "s"), ("range_km2", "d"), ("protected_share", "d"),
        ("target_share", "d"), ("shortfall", "d"), ("status", "s"), ("records", "i"), ("records_in_pa", "i"),
        ("countries", "s")], [(None, *row) for row in rows])


def test_records_only_species_are_never_called_covered_without_the_caveat(corridor_plugin, tmp_path):
    grid = build.memory_layer("Polygon", "grid", [("cell_id", "s"), ("pa_share", "d"), ("priority", "d")],
                              [(build.square(115 + k * 0.5, 49, 0.5), f"s{k}_0", 0.1 if k else 0.0, 1.0)
                               for k in range(5)])
    run_report(tmp_path, "en", {"GAP_SPECIES": records_only_species(), "GAP_GRID": grid}, pdf=False)
    html = (tmp_path / "r_en.html").read_text(encoding="utf-8")
    import re

    statuses = dict(re.findall(r"<tr><td>([A-Z][a-z]+ [a-z]+)[^<]*</td>(?:<td>[^<]*</td>)*?<td>([^<]*)</td></tr>",
                               html))
    assert statuses["Procapra gutturosa"] == "covered (records only)"
    assert statuses["Canis lupus"] == "gap (records only)"
    assert statuses["Antigone vipio"] == "partial"                      # a real range map: no caveat
    assert "Range or known occupied area km²" in html
    # summary and limitations: 42 of 55 records (76 %) inside protected areas, which cover 8 % of the cells
    assert "For 2 of 3 species the range is only their known occupied area" in html
    assert "76% of the records lie inside protected areas, which cover 8.0% of the analysed cells" in html
    assert "Sampling is concentrated inside protected areas" in html
    assert "Ranges: 1 species from range maps, 2 from records only" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_page_holds_the_summary_and_the_ranked_actions(corridor_plugin, tmp_path, shared_data, language):
    inputs = build.all_inputs()
    run_report(tmp_path, language, inputs, shared_data / "corridor_checklist.csv")
    pdf = tmp_path / f"r_{language}.pdf"
    first = page_text(pdf, 1)
    for heading in ("What the data say", "Recommended actions"):
        assert ts_translation(language, heading) in first, (language, heading, first[:600])
    # ranked actions traceable to their analyses, with names, not ids; digits can be copied
    actions = first[first.index(ts_translation(language, "Recommended actions")):]
    lines = [line.split() for line in actions.splitlines() if line.strip()]
    ranks = [words[0] for words in lines if words and words[0].isdigit() and len(words) > 2]
    assert ranks[:3] == ["1", "2", "3"], first
    assert "Ichthyaetus relictus" in first and "Daursky" in first
    assert ts_translation(language, "Gap analysis").split()[0] in first      # the source column (may wrap)
    assert "60" in first                                            # 60 records, copied out of the PDF
    assert "e-0" not in pdftotext_all(pdf)
    # the limitations follow, generated from the data
    assert ts_translation(language, "Limitations") in pdftotext_all(pdf)


def pdftotext_all(pdf):
    return pdf_text(pdf)


def test_maps_carry_legend_scale_bar_and_north_arrow_and_no_local_paths(corridor_plugin, tmp_path):
    from qgis.core import (
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
    )
    from qgis.PyQt.QtXml import QDomDocument

    inputs = build.all_inputs()
    inputs["PROTECTED_AREAS"] = build.memory_layer(
        "Polygon", "protected_areas", [("pa_id", "i"), ("name", "s"), ("iso3", "s")],
        [(build.square(115.3, 50.0, 0.5), 1, "Daursky", "RUS"),
         (build.square(114.8, 49.4, 0.6), 2, "Dauria IPA", "MNG;RUS")])
    folder = tmp_path / "private" / "folder"
    folder.mkdir(parents=True)
    params = dict(inputs, DATABASE=str(folder / "baseline.gpkg"))
    run_report(tmp_path, "en", params)
    html = (tmp_path / "r_en.html").read_text(encoding="utf-8")
    assert "private" not in html and str(tmp_path) not in html
    assert "Baseline database: baseline.gpkg" in html
    # "MNG;RUS" is two countries, each listed once
    assert "Countries: CHN, MNG, RUS." in html and "MNG;RUS," not in html
    document = QDomDocument()
    document.setContent((tmp_path / "r_en.qpt").read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    items = layout.items()
    maps = [i for i in items if isinstance(i, QgsLayoutItemMap)]
    assert len(maps) >= 3
    for kind in (QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsLayoutItemPicture):
        assert sum(isinstance(i, kind) for i in items) == len(maps), kind
    text = pdf_text(tmp_path / "r_en.pdf")
    assert " km" in text and "Protected areas" in text                    # scale bar unit, legend entry


def test_links_corridors_and_survey_cells_are_named_for_a_reader(corridor_plugin):
    from corridor_plugin.core.report import ReportBuilder

    square = build.square
    nodes = build.memory_layer("Polygon", "nodes", [
        ("region_id", "s"), ("d50_m", "d"), ("pa_id", "s"), ("name", "s"), ("country", "s"), ("in_region", "i"),
        ("members", "i"), ("dpc", "d")], [
        (square(115, 50, 0.5), "RUS", 10000.0, "1", "Daursky", "RUS", 1, 2, 70.0),
        (square(115, 49, 0.5), "MNG", 10000.0, "2", "Mongol Daguur", "MNG", 1, 1, 100.0)])
    links = build.memory_layer("LineString", "links", [
        ("region_id", "s"), ("d50_m", "d"), ("from_id", "s"), ("to_id", "s"), ("probability", "d"),
        ("distance_m", "d"), ("transboundary", "i"), ("country_pair", "s")], [
        ("LineString (115 50, 115 50)", "RUS", 10000.0, "1", "1", 1.0, 0.0, 0, "RUS"),       # an area with itself
        ("LineString (115 50, 115 49)", "RUS", 10000.0, "1", "2", 0.4, 12000.0, 1, "MNG-RUS")])
    corridors = build.memory_layer("LineString", "paths", [
        ("from_id", "s"), ("to_id", "s"), ("cost_dist", "d"), ("countries", "s"), ("barriers", "i"),
        ("barrier_ids", "s"), ("demo_raster", "i")], [
        ("LineString (115 50, 115 49)", "1", "2", 52000.0, "RUS,MNG", 1, "border fence", 1)])
    survey = build.memory_layer("Polygon", "survey", [("rank", "i"), ("cell_id", "s"), ("missing", "i"),
                                                      ("last_year", "i"), ("score", "d")],
                                [(square(116.0, 50.2, 0.2), 1, "s23_1", 4, 2009, 3.0)])
    builder = ReportBuilder({"CONNECTIVITY_NODES": nodes, "CONNECTIVITY_LINKS": links, "CORRIDORS": corridors,
                             "SURVEY": survey})
    link_rows = builder.top_links().table.rows
    assert len(link_rows) == 1 and link_rows[0][:2] == ["Daursky", "Mongol Daguur"]    # no self-link, names
    actions = builder.recommended_actions().table.rows
    link = next(row for row in actions if "Secure the link" in row[1])
    assert "Daursky" in link[1] and "Mongol Daguur" in link[1] and "border fence" in link[3]
    assert link[4] == "Connectivity · Corridors"
    cell = next(row for row in actions if row[4] == "Survey gaps")
    assert "s23_1" not in cell[2] and "° N" in cell[2] and "Daursky" in cell[2]
    survey_rows = builder.survey().table.rows
    assert "s23_1" not in survey_rows[0][1] and "° E" in survey_rows[0][1]
    corridor_section = builder.corridors()
    assert any("demonstration" in p for p in corridor_section.paragraphs)
    assert any("demonstration resistance raster" in p for p in builder.limitations().paragraphs)
    # two areas in each country: their ProtConn describes those areas only
    assert any("rests on fewer than 10 protected areas" in p for p in builder.limitations().paragraphs)


def test_report_maps_draw_sensitive_species_at_their_grid_cell_centres(corridor_plugin):
    """A snow leopard (high: 0.5° cells) is drawn at the centre of its cell, a Mongolian gazelle (not sensitive)
    where it was seen; the input layer itself keeps the exact points (counts and overlays use them)."""
    import math

    from corridor_plugin.core.report import ReportBuilder

    occurrences = build.memory_layer("Point", "occurrences", [("scientificName", "s"), ("locality", "s")], [
        ("POINT (87.23 49.37)", "Panthera uncia", "den under the third ridge"),
        ("POINT (115.2 49.6)", "Procapra gutturosa", "Dashbalbar")])
    styled = ReportBuilder({"OCCURRENCES": occurrences}).styled_layer("OCCURRENCES")
    drawn = {f["scientificName"]: (f.geometry().asPoint(), f["locality"]) for f in styled.getFeatures()}
    centre = lambda v: math.floor(v / 0.5) * 0.5 + 0.25  # noqa: E731 - the cell centre, worked by hand
    leopard, place = drawn["Panthera uncia"]
    assert (centre(87.23), centre(49.37)) == (87.25, 49.25)
    assert (leopard.x(), leopard.y()) == pytest.approx((87.25, 49.25))
    assert not place  # the locality of a sensitive record is withheld too
    gazelle, place = drawn["Procapra gutturosa"]
    assert (gazelle.x(), gazelle.y()) == pytest.approx((115.2, 49.6)) and place == "Dashbalbar"
    exact = {f["scientificName"]: f.geometry().asPoint() for f in occurrences.getFeatures()}
    assert (exact["Panthera uncia"].x(), exact["Panthera uncia"].y()) == pytest.approx((87.23, 49.37))
