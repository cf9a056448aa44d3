#!/usr/bin/env python3
"""`make demo`: the whole Corridor workflow, headless, on the seed data in seeds/.

Each step calls a Corridor Processing algorithm exactly as a user would with `processing.run` or
`qgis_process`, and writes into one GeoPackage plus a small HTML index of what was produced.
"""
import argparse
import html
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_headless import REPO, start_qgis  # noqa: E402


class Demo:
    def __init__(self, output: Path):
        self.output = output
        self.gpkg = output / "corridor_demo.gpkg"
        self.baseline = output / "baseline.gpkg"
        self.outputs = []  # (step, description, path)
        self.results = {}

    def layer(self, name: str) -> str:
        """Destination for a layer inside the demo GeoPackage (overwriting the previous run).

        For tables without geometry QGIS 3.22 makes GDAL print "ERROR 1: No geometry column" with such
        destinations (its own native algorithms too); the table is written correctly."""
        return f"ogr:dbname='{self.gpkg}' table=\"{name}\""

    def path_of(self, name: str) -> str:
        """A layer written earlier into the demo GeoPackage, as an input path."""
        return f"{self.gpkg}|layername={name}"

    def run(self, step: str, alg_id: str, params: dict, description: str):
        import processing

        started = time.perf_counter()
        result = processing.run(alg_id, params)
        seconds = time.perf_counter() - started
        print(f"demo: {step:<28} {alg_id:<30} {seconds:6.1f} s")
        self.results[step] = result
        for key, value in result.items():
            if isinstance(value, str) and (str(self.output) in value or value.endswith((".gpkg", ".html"))):
                self.outputs.append((step, f"{description} ({key})", value))
        return result


SEEDS = REPO / "seeds"
# The four sample partner sheets: (file, partner, country), partners as in the expected-submissions table.
PARTNER_SHEETS = [
    ("rus_daursky_cp1251.csv", "Daursky Zapovednik", "RUS"),
    ("mng_dauria_survey.xlsx", "Mongolian Academy of Sciences", "MNG"),
    ("chn_hulun_gb18030.csv", "Hulun Lake National Nature Reserve", "CHN"),
    ("kaz_altai_pulkovo_gk.txt", "Katon-Karagay National Park", "KAZ"),
]


def step_borders(demo: Demo):
    demo.run("study region", "corridor:countryborders",
             {"COUNTRIES": "CHN,MNG,RUS,KAZ", "SCALE": 0, "OUTPUT": demo.layer("country_borders")},
             "Country borders (Natural Earth 1:50m)")


def step_templates(demo: Demo):
    demo.run("sheet template (kk)", "corridor:sheettemplate",
             {"COUNTRY": "KAZ", "PARTNER": "Katon-Karagay National Park", "LANGUAGE": "kk",
              "SITES": str(SEEDS / "sheets" / "sites_altai.geojson"),
              "OUTPUT": str(demo.output / "template_KAZ_kk.xlsx")}, "Data-sheet template for Kazakhstan")
    demo.run("sheet template (ru, GK)", "corridor:sheettemplate",
             {"COUNTRY": "RUS", "PARTNER": "Daursky Zapovednik", "LANGUAGE": "ru", "SOURCE_CRS": "EPSG:28420",
              "OUTPUT": str(demo.output / "template_RUS_ru_gk20.xlsx")}, "Data-sheet template for Russia")


def step_import(demo: Demo):
    for file_name, partner, country in PARTNER_SHEETS:
        params = {"INPUT": [str(SEEDS / "sheets" / file_name)], "COUNTRY": country, "PARTNER": partner,
                  "DATABASE": str(demo.baseline),
                  "OUTPUT": demo.layer(f"occurrences_{country.lower()}"),
                  "REJECTED": demo.layer(f"rejected_{country.lower()}")}
        if country == "KAZ":
            params["SITES"] = str(SEEDS / "sheets" / "sites_altai.geojson")
        demo.run(f"import {country} sheet", "corridor:importsheets", params, f"Occurrences from {partner}")
    # Importing the same sheet again must add nothing to the baseline.
    first = PARTNER_SHEETS[0]
    demo.run("re-import (no-op)", "corridor:importsheets",
             {"INPUT": [str(SEEDS / "sheets" / first[0])], "COUNTRY": first[2], "PARTNER": first[1],
              "DATABASE": str(demo.baseline), "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"},
             "Re-import of the Russian sheet")


def step_baseline_outputs(demo: Demo):
    demo.run("baseline summary", "corridor:baselinesummary",
             {"DATABASE": str(demo.baseline), "OUTPUT": demo.layer("baseline_summary"),
              "OUTPUT_HTML": str(demo.output / "baseline_summary.html")}, "Baseline summary")
    demo.run("Darwin Core Archive", "corridor:exportdwca",
             {"DATABASE": str(demo.baseline), "OUTPUT": str(demo.output / "corridor_dwca.zip")},
             "Darwin Core Archive for a GBIF IPT")
    demo.run("submission status", "corridor:submissionstatus",
             {"DATABASE": str(demo.baseline), "EXPECTED": str(SEEDS / "submissions" / "expected_submissions.csv"),
              "OUTPUT": demo.layer("submission_status"),
              "OUTPUT_HTML": str(demo.output / "submission_status.html")}, "Submission timeline")


def occurrences_layer(demo: Demo) -> str:
    return f"{demo.baseline}|layername=occurrences"


def step_protected_areas(demo: Demo):
    demo.run("prepare protected areas", "corridor:preparepas",
             {"INPUT": [f"{SEEDS / 'protected_areas' / 'wdpa_sample_legacy.gpkg'}|layername=wdpa_poly",
                        f"{SEEDS / 'protected_areas' / 'wdpa_sample_legacy.gpkg'}|layername=wdpa_point"],
              "OUTPUT": demo.layer("protected_areas"), "REPORT": demo.layer("protected_areas_report")},
             "Cleaned protected areas")
    demo.run("overlay", "corridor:overlay",
             {"OCCURRENCES": occurrences_layer(demo), "PROTECTED_AREAS": demo.path_of("protected_areas"),
              "BUFFER": 5, "OUTPUT_AREAS": demo.layer("pa_figures"),
              "OUTPUT_SPECIES_AREAS": demo.layer("species_by_area"),
              "OUTPUT_SPECIES": demo.layer("species_protection"),
              "OUTPUT_OCCURRENCES": demo.layer("occurrences_in_pas")}, "Occurrences on protected areas")


def step_gap(demo: Demo):
    demo.run("range metrics", "corridor:rangemetrics",
             {"INPUT": occurrences_layer(demo), "CELL_SIZE": 2000, "GRID_SEARCH": True,
              "OUTPUT": demo.layer("range_metrics"), "OUTPUT_HULLS": demo.layer("range_hulls"),
              "OUTPUT_CELLS": demo.layer("aoo_cells")}, "EOO and AOO per species")
    demo.run("gap analysis", "corridor:gapanalysis",
             {"OCCURRENCES": occurrences_layer(demo), "PROTECTED_AREAS": demo.path_of("protected_areas"),
              "RESOLUTION": 10000, "GRID_SIZE": 25000,
              "OUTPUT_SPECIES": demo.layer("gap_species"), "OUTPUT_GRID": demo.layer("gap_grid"),
              "OUTPUT_SURVEY": demo.layer("survey_gaps")}, "Gap species, gap grid and survey gaps")


def step_connectivity(demo: Demo):
    demo.run("connectivity", "corridor:connectivity",
             {"INPUT": demo.path_of("protected_areas"),
              "REGIONS": f"{SEEDS / 'borders' / 'countries_naturalearth.gpkg'}|layername=ne_50m_admin0",
              "REGION_FIELD": "adm0_a3", "DISTANCES": "10000,50000", "TRANSBOUNDARY": 50000,
              "TRANSBOUNDARY_TYPE": 0, "BARRIERS": str(SEEDS / "barriers" / "barriers.gpkg"), "PERMEABILITY": 0.1,
              "OUTPUT_SUMMARY": demo.layer("connectivity_summary"), "OUTPUT_NODES": demo.layer("connectivity_nodes"),
              "OUTPUT_LINKS": demo.layer("connectivity_links"),
              "OUTPUT_CLUSTERS": demo.layer("transboundary_clusters")}, "ProtConn, PC/ECA and dPC")


def write_resistance(demo: Demo) -> Path:
    """Demonstration resistance over both seed regions (Dauria and Altai), 2 km cells in a Lambert
    azimuthal equal-area CRS: uniform steppe (1) with a few high-resistance patches (lakes, towns: 50–100).
    The border fence and the railways are burnt in by the algorithm from seeds/barriers. A real study
    derives resistance from land cover (LANDCOVER + RESISTANCE_TABLE)."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle, QgsVectorLayer

    proj4 = "+proj=laea +lat_0=48 +lon_0=102 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    areas = QgsVectorLayer(demo.path_of("protected_areas"), "areas", "ogr")
    transform = QgsCoordinateTransform(areas.crs(), QgsCoordinateReferenceSystem.fromProj(proj4),
                                       QgsProject.instance())
    extent = transform.transformBoundingBox(areas.extent())
    margin, cell = 150_000.0, 2000.0
    extent = QgsRectangle(extent.xMinimum() - margin, extent.yMinimum() - margin,
                          extent.xMaximum() + margin, extent.yMaximum() + margin)
    cols, rows = int(extent.width() // cell) + 1, int(extent.height() // cell) + 1
    rng = np.random.default_rng(2020)
    resistance = np.ones((rows, cols), dtype="float32")
    yy, xx = np.mgrid[0:rows, 0:cols]
    for _ in range(25):
        cx, cy, radius = rng.uniform(0, cols), rng.uniform(0, rows), rng.uniform(3, 15)
        resistance[(xx - cx) ** 2 + (yy - cy) ** 2 < radius ** 2] = rng.choice([50.0, 100.0])
    path = demo.output / "resistance_demo.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((extent.xMinimum(), cell, 0, extent.yMaximum(), 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromProj4(proj4)
    dataset.SetProjection(srs.ExportToWkt())
    # corridor:corridors marks every result from a raster with this tag, and the report says so
    dataset.SetMetadataItem("CORRIDOR_DEMONSTRATION", "yes")
    dataset.GetRasterBand(1).WriteArray(resistance)
    dataset = None
    return path


def step_corridors(demo: Demo):
    resistance = write_resistance(demo)
    demo.run("corridors", "corridor:corridors",
             {"INPUT": demo.path_of("protected_areas"), "LINKS": demo.path_of("connectivity_links"),
              "TRANSBOUNDARY_ONLY": True, "RESISTANCE": str(resistance),
              "BARRIERS": str(SEEDS / "barriers" / "barriers.gpkg"), "MIN_PROBABILITY": 0.01,
              "WIDTH": 10000, "WIDTH_UNIT": 1, "MAX_WIDTH": 100000, "CIRCUIT": True,
              "OUTPUT_PATHS": demo.layer("corridor_paths"), "OUTPUT_CORRIDORS": demo.layer("corridor_zones"),
              "OUTPUT_RASTER": str(demo.output / "corridors.tif"), "OUTPUT_PINCH": str(demo.output / "pinch.tif"),
              "OUTPUT_TABLE": demo.layer("corridor_pairs")}, "Least-cost corridors and pinch points")


def step_report(demo: Demo):
    inputs = {"PROTECTED_AREAS": demo.path_of("pa_figures"), "GAP_SPECIES": demo.path_of("gap_species"),
              "GAP_GRID": demo.path_of("gap_grid"), "CONNECTIVITY_SUMMARY": demo.path_of("connectivity_summary"),
              "CONNECTIVITY_NODES": demo.path_of("connectivity_nodes"),
              "CONNECTIVITY_LINKS": demo.path_of("connectivity_links"),
              "CORRIDORS": demo.path_of("corridor_paths"), "SURVEY": demo.path_of("survey_gaps")}
    for index, language in enumerate(("en", "zh", "ru", "mn", "kk")):
        demo.run(f"report ({language})", "corridor:report",
                 dict(inputs, DATABASE=str(demo.baseline), LANGUAGE=index,
                      OUTPUT_HTML=str(demo.output / f"report_{language}.html"),
                      OUTPUT_PDF=str(demo.output / f"report_{language}.pdf")),
                 f"Action-plan report ({language})")


# The QGIS project of the demo: (group, layer title, source, style in resources/styles or None, shown);
# the layers not shown are in the project, unticked (rasters and grids would hide the others)
PROJECT_LAYERS = [
    ("5 · Corridors", "Corridor paths", "corridor_paths", "corridor_paths.qml", True),
    ("5 · Corridors", "Corridor zones", "corridor_zones", "corridor_polygons.qml", False),
    ("5 · Corridors", "Pinch points (current density)", "pinch.tif", "corridor_pinch.qml", False),
    ("5 · Corridors", "Cost-weighted corridors", "corridors.tif", "corridor_raster.qml", False),
    ("4 · Connectivity", "Links (probability)", "connectivity_links", "connectivity_links.qml", True),
    ("4 · Connectivity", "Protected areas by dPC", "connectivity_nodes", "connectivity_nodes.qml", False),
    ("3 · Gaps", "Range hulls (EOO)", "range_hulls", "range_hulls.qml", False),
    ("3 · Gaps", "Survey gaps", "survey_gaps", "survey_gaps.qml", False),
    ("3 · Gaps", "Gap grid (priority)", "gap_grid", "gap_priority.qml", False),
    ("2 · Protected areas", "Records on protected areas", "occurrences_in_pas", "overlay_occurrences.qml", True),
    ("2 · Protected areas", "Protected areas by species richness", "pa_figures", "overlay_areas.qml", True),
    ("2 · Protected areas", "Protected areas (clean)", "protected_areas", "protected_areas.qml", False),
    ("1 · Baseline", "Occurrences (baseline, IUCN category)", "baseline.gpkg|layername=occurrences",
     "occurrences.qml", False),
    ("Study region", "Country borders", "country_borders", None, True),
]


def step_project(demo: Demo):
    """corridor_demo.qgz: the demo's layers in one QGIS project, grouped by workflow step and styled as
    Corridor styles them (open it with QGIS), and map_dauria.png, the Dauria part of it rendered."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFillSymbol,
        QgsMapRendererCustomPainterJob,
        QgsMapSettings,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    from corridor_plugin.toolbelt.styles import apply_style

    project = QgsProject.instance()  # QGIS's own: its layers go away with QGIS, not at interpreter exit
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    project.setTitle("Corridor demo")
    root = project.layerTreeRoot()
    groups = {}
    layers = []
    shown = []
    for group, title, source, style, visible in PROJECT_LAYERS:
        if source.endswith(".tif"):
            layer = QgsRasterLayer(str(demo.output / source), title)
        elif "|" in source:
            layer = QgsVectorLayer(str(demo.output / source), title, "ogr")
        else:
            layer = QgsVectorLayer(demo.path_of(source), title, "ogr")
        if not layer.isValid():
            print(f"demo: project: {title} not found ({source}); left out")
            continue
        if style:
            apply_style(layer, style)
        else:
            layer.renderer().setSymbol(QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#6d6d6d", "outline_width": "0.4"}))
        project.addMapLayer(layer, False)
        if group not in groups:
            groups[group] = root.addGroup(group)
        groups[group].addLayer(layer).setItemVisibilityChecked(visible)
        layers.append(layer)
        if visible:
            shown.append(layer)
    project.writeEntry("Paths", "/Absolute", False)  # relative paths: the folder can be moved or zipped
    path = demo.output / "corridor_demo.qgz"
    if not project.write(str(path)):
        raise RuntimeError(f"could not write {path}")
    demo.outputs.append(("project", "QGIS project of the demo's layers, styled", str(path)))

    # the Dauria steppe (Daursky, Mongol Daguur, Dalai Lake), where the seed records are
    settings = QgsMapSettings()
    settings.setDestinationCrs(project.crs())
    settings.setTransformContext(project.transformContext())
    settings.setLayers(shown)  # first on top, as in the layer tree
    settings.setOutputSize(QSize(1200, 800))
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), project.crs(), project)
    settings.setExtent(to_map.transformBoundingBox(QgsRectangle(112.5, 46.0, 121.0, 51.5)))
    # rendered in this thread: the parallel renderer's worker threads could crash the process at exit
    picture = QImage(settings.outputSize(), QImage.Format_ARGB32_Premultiplied)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    QgsMapRendererCustomPainterJob(settings, painter).renderSynchronously()
    painter.end()
    image = demo.output / "map_dauria.png"
    picture.save(str(image))
    project.clear()
    demo.outputs.append(("project", "Map of Dauria from the demo project", str(image)))
    print(f"demo: {'project':<28} {len(layers)} layers in {path.name}, map in {image.name}")


STEPS = [step_borders, step_templates, step_import, step_baseline_outputs, step_protected_areas, step_gap,
         step_connectivity, step_corridors, step_report, step_project]


def write_index(demo: Demo):
    rows = "\n".join(f"<tr><td>{html.escape(s)}</td><td>{html.escape(d)}</td><td>{html.escape(str(p))}</td></tr>"
                     for s, d, p in demo.outputs)
    page = demo.output / "index.html"
    page.write_text(f"""<!doctype html><html><head><meta charset="utf-8"><title>Corridor demo</title></head>
<body><h1>Corridor demo outputs</h1><table border="1" cellpadding="4">
<tr><th>step</th><th>output</th><th>where</th></tr>{rows}</table></body></html>""", encoding="utf-8")
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(REPO / "build" / "demo"))
    parser.add_argument("--steps", help="comma-separated step names to run (default: all), e.g. borders,import")
    args = parser.parse_args()
    output = Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    demo = Demo(output)
    for previous in (demo.gpkg, demo.baseline):
        if previous.exists():
            previous.unlink()
    start_qgis()
    wanted = set(args.steps.split(",")) if args.steps else None
    for step in STEPS:
        if wanted is None or step.__name__[len("step_"):] in wanted:
            step(demo)
    page = write_index(demo)
    print(f"demo: outputs in {demo.gpkg} and {page}")


if __name__ == "__main__":
    main()
