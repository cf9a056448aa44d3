"""Partner templates and the submission timeline: Corridor's pure-Python XLSX writer against GDAL's
XLSX driver writing the same cells; importing a filled template against ogr2ogr converting it with no
validation; the submission status as the schedule grows."""
import datetime as dt
import random
import tempfile
from pathlib import Path


def _gdal_xlsx(path, rows):
    """The same cells through GDAL's XLSX driver (what QGIS would use without a writer of its own)."""
    from osgeo import ogr

    driver = ogr.GetDriverByName("XLSX")
    dataset = driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer("Data", geom_type=ogr.wkbNone)
    kinds = {"species": ogr.OFTString, "count": ogr.OFTString, "date": ogr.OFTDate, "site": ogr.OFTString,
             "latitude": ogr.OFTReal, "longitude": ogr.OFTReal, "recorded_by": ogr.OFTString}
    for name, kind in kinds.items():
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    for row in rows:
        feature = ogr.Feature(definition)
        for name in kinds:
            value = row[name]
            if isinstance(value, dt.date):
                feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
            else:
                feature.SetField(name, str(value) if name == "count" else value)
        layer.CreateFeature(feature)
    dataset = None


def _schedule(partners, periods, seed=3):
    from corridor_plugin.core import submission_status as core

    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    expected, received = [], []
    for p in range(partners):
        for k in range(periods):
            due = start + dt.timedelta(days=91 * (k + 1))
            expected.append(core.ExpectedSubmission(f"Partner {p}", "MNG", f"P{k}", due))
            for _ in range(rng.choice((0, 1, 1, 2))):
                when = dt.datetime.combine(due, dt.time()) + dt.timedelta(days=rng.randint(-40, 30))
                received.append(core.ReceivedSubmission(f"Partner {p}", "MNG", when, rng.randint(10, 500),
                                                        {f"sp{rng.randint(1, 49)}" for _ in range(5)}))
    return expected, received


def run(bench):
    from osgeo import gdal

    from corridor_plugin.core import submission_status as core
    from corridor_plugin.core.sheets import import_sheets
    from corridor_plugin.core.taxonomy import load_checklist
    from tests.builders.templates import fill_template, template_spec, valid_rows

    checklist = load_checklist()
    n = 5_000 if bench.quick else 100_000
    work = Path(tempfile.mkdtemp(prefix="bench_templates_"))
    spec = template_spec(checklist, "MNG", "mn", partner="Bench Academy")
    rows = valid_rows(spec, n=n, seed=7)

    with bench.section("templates: writing a filled template"):
        bench.compare(f"Corridor XLSX writer ({n:,} rows + validations)",
                      lambda: fill_template(work / "filled.xlsx", spec, rows),
                      lambda: _gdal_xlsx(work / "gdal.xlsx", rows), "GDAL XLSX driver, same cells", units=n)
        bench.scaling("template writer", [1_000, 5_000] if bench.quick else [10_000, 50_000, 200_000],
                      lambda size: (lambda: fill_template(work / f"w{size}.xlsx", spec,
                                                          valid_rows(spec, n=size, seed=size))), unit="rows")

    with bench.section("templates: importing a filled template"):
        bench.compare(f"import_sheets on the template ({n:,} rows)",
                      lambda: import_sheets([str(work / "filled.xlsx")], checklist=checklist),
                      lambda: gdal.VectorTranslate(str(work / "plain.gpkg"), str(work / "filled.xlsx"), format="GPKG",
                                                   layers=["Өгөгдөл"], accessMode="overwrite"),
                      "ogr2ogr XLSX -> GPKG, no validation", units=n)

    with bench.section("submission status"):
        def case(partners):
            expected, received = _schedule(partners, 20)
            return lambda: core.submission_status(expected, received, dt.date(2025, 6, 1))

        bench.scaling("submission_status (20 periods)", [50, 200] if bench.quick else [100, 1_000, 5_000], case,
                      unit="partners")
