"""corridor:submissionstatus: a hand-worked schedule (received, late, missing, pending, unscheduled, a
corrected file, an explicit period), from CSV tables and from a real baseline GeoPackage fed by imports."""
import datetime as dt
import re

import pytest

from corridor_plugin.core import submission_status as core
from tests.builders.templates import fill_template, template_spec, valid_rows

EXPECTED_CSV = """partner,country,period,due_date
Daursky,RUS,2025-Q1,2025-04-15
Daursky,RUS,2025-Q2,2025-07-15
Daursky,RUS,2024-Q4,2025-01-15
Khan Khentii,MNG,2025-H1,2025-06-30
Dalai Lake,CHN,2025-H1,2025-06-30
Altai,KAZ,2025-Q1,2025-04-15
"""
SUBMISSIONS_CSV = """fid,partner,country_iso3,received,rows_accepted,species,status,superseded_by,period
1,Daursky,RUS,2025-01-10T09:00:00,120,Otis tarda;Grus grus,current,,
2,Daursky,RUS,2025-04-20T10:00:00,80,Grus grus;Canis lupus,superseded,3,
3,Daursky,RUS,2025-04-25T10:00:00,85,Grus grus;Canis lupus;Otis tarda,current,,
4,khan  khentii,MNG,2025-06-30T23:30:00,40,5,current,,
5,Dalai Lake,,2025-06-01T08:00:00,10,Otis tarda,current,,
6,Dalai Lake,CHN,2025-07-01T08:00:00,12,Otis tarda;Cygnus cygnus,current,,2025-H1
7,Gobi Institute,MNG,2025-05-05T12:00:00,7,,current,,
"""
AS_OF = dt.date(2025, 7, 1)
# (partner, period) -> (status, submissions, days_late, records, species), worked out by hand:
# Daursky 2024-Q4: file 1 on 2025-01-10 <= due 01-15. 2025-Q1: file 2 on 04-20 (5 days late), its
# correction (file 3) belongs to the same period; records/species from the current file 3 only.
# Q2 not due on 07-01. Khan Khentii: 23:30 on the due day is on time; species given as a count.
# Dalai Lake: file 5 (no country: the partner's only country) on 06-01 is on time; file 6 names H1.
# Altai: nothing by 04-15 -> missing. Gobi Institute: no expected period -> unscheduled.
EXPECTED_STATUS = {
    ("Daursky", "2024-Q4"): ("received", 1, 0, 120, 2),
    ("Daursky", "2025-Q1"): ("late", 2, 5, 85, 3),
    ("Daursky", "2025-Q2"): ("pending", 0, None, 0, 0),
    ("Khan Khentii", "2025-H1"): ("received", 1, 0, 40, 5),
    ("Dalai Lake", "2025-H1"): ("received", 2, 0, 22, 2),
    ("Altai", "2025-Q1"): ("missing", 0, None, 0, 0),
    ("Gobi Institute", ""): ("unscheduled", 1, None, 7, 0),
}


def _csv_rows(text):
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def test_hand_worked_schedule():
    expected = core.expected_from_rows(_csv_rows(EXPECTED_CSV))
    received = core.received_from_rows(_csv_rows(SUBMISSIONS_CSV))
    statuses = core.submission_status(expected, received, AS_OF)
    got = {(s.partner, s.period): (s.status, len(s.submissions), s.days_late, s.records, s.species) for s in statuses}
    assert got == EXPECTED_STATUS
    daursky_q1 = next(s for s in statuses if s.period == "2025-Q1" and s.partner == "Daursky")
    assert daursky_q1.first_received == dt.datetime(2025, 4, 20, 10) and daursky_q1.last_received == dt.datetime(
        2025, 4, 25, 10)
    assert core.summary_counts(statuses) == {"received": 3, "late": 1, "missing": 1, "pending": 1, "unscheduled": 1}


def test_without_correction_links_a_second_file_fills_the_next_open_period():
    expected = core.expected_from_rows(_csv_rows(EXPECTED_CSV))
    rows = [dict(r, superseded_by="", status="current") for r in _csv_rows(SUBMISSIONS_CSV)]
    statuses = core.submission_status(expected, core.received_from_rows(rows), AS_OF)
    got = {(s.partner, s.period): s.status for s in statuses if s.partner == "Daursky"}
    assert got == {("Daursky", "2024-Q4"): "received", ("Daursky", "2025-Q1"): "late",
                   ("Daursky", "2025-Q2"): "received"}


def test_opens_column_keeps_early_files_out_of_later_periods():
    expected = core.expected_from_rows([
        {"partner": "P", "country": "MNG", "period": "2025", "due_date": "2025-12-31", "opens": "2025-01-01"},
        {"partner": "P", "country": "MNG", "period": "2024", "due_date": "2024-12-31", "opens": "2024-01-01"}])
    received = core.received_from_rows([{"partner": "P", "country": "MNG", "received": "2025-02-01", "records": "3"}])
    statuses = core.submission_status(expected, received, dt.date(2025, 3, 1))
    assert [(s.period, s.status, s.days_late) for s in statuses] == [("2024", "late", 32), ("2025", "pending", None)]


@pytest.mark.parametrize("rows, message", [
    ([{"partner": "P", "period": "2025"}], "missing due_date"),
    ([{"partner": "P", "period": "2025", "due_date": "soon"}], "not a date"),
])
def test_unreadable_expected_rows_name_the_row(rows, message):
    with pytest.raises(core.StatusInputError, match=message):
        core.expected_from_rows(rows)


def test_algorithm_from_csv_tables_writes_table_and_timeline(corridor_plugin, tmp_path):
    import processing

    (tmp_path / "expected.csv").write_text(EXPECTED_CSV, encoding="utf-8")
    (tmp_path / "submissions.csv").write_text(SUBMISSIONS_CSV, encoding="utf-8")
    html_path = tmp_path / "status.html"
    result = processing.run("corridor:submissionstatus", {
        "EXPECTED": str(tmp_path / "expected.csv"), "SUBMISSIONS": str(tmp_path / "submissions.csv"),
        "AS_OF": AS_OF.isoformat(), "OUTPUT": "memory:", "OUTPUT_HTML": str(html_path)})
    features = list(result["OUTPUT"].getFeatures())
    got = {(f["partner"], f["period"] or ""): (f["status"], f["submissions"], None if f["days_late"] is None or (
        hasattr(f["days_late"], "isNull") and f["days_late"].isNull()) else f["days_late"], f["records"], f["species"])
        for f in features}
    assert got == EXPECTED_STATUS
    late = next(f for f in features if f["status"] == "late")
    assert late["due_date"].toPyDate() == dt.date(2025, 4, 15)
    assert late["last_received"].toPyDateTime() == dt.datetime(2025, 4, 25, 10)
    page = html_path.read_text(encoding="utf-8")
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert len(re.findall(r"<path d=\"M", svg)) == 6   # one diamond per expected period
    assert svg.count("<circle") == 7                    # one dot per received file
    assert svg.count("Daursky (RUS)") == 1 and svg.count("Gobi Institute (MNG)") == 1
    assert page.count("<tr>") == 1 + len(EXPECTED_STATUS)


def test_algorithm_reads_the_baseline_fed_by_template_imports(corridor_plugin, checklist, tmp_path):
    """Two partners send filled templates through corridor:importsheets into a GeoPackage baseline; the
    coordinator's expected periods sit in its expected_submissions table."""
    import processing

    from corridor_plugin.core.baseline import open_store

    database = str(tmp_path / "baseline.gpkg")
    today = dt.date.today()
    species_sent = {}
    for country, language, partner, n in (("MNG", "mn", "Khan Khentii", 9), ("RUS", "ru", "Daursky", 5)):
        spec = template_spec(checklist, country, language, partner=partner)
        rows = valid_rows(spec, n=n, seed=n)
        names = {e.label: e.scientific_name for e in spec.species}
        species_sent[partner] = (n, len({names[r["species"]] for r in rows}))
        path = fill_template(tmp_path / f"{partner}.xlsx", spec, rows)
        processing.run("corridor:importsheets", {"INPUT": [str(path)], "SOURCE_CRS": "EPSG:4326",
                                                 "DATABASE": database, "OUTPUT": "memory:", "REJECTED": "memory:"})
    store = open_store(database)
    for partner, country, period, due in (
            ("Khan Khentii", "MNG", "P1", today - dt.timedelta(days=100)),
            ("Khan Khentii", "MNG", "P2", today + dt.timedelta(days=30)),
            ("Daursky", "RUS", "P1", today + dt.timedelta(days=10)),
            ("Altai", "KAZ", "P1", today - dt.timedelta(days=5))):
        store.add_expected_submission(partner, country, period, due.isoformat())
    store.close()
    result = processing.run("corridor:submissionstatus", {"DATABASE": database, "OUTPUT": "memory:"})
    got = {(f["partner"], f["period"]): (f["status"], f["days_late"], f["records"], f["species"])
           for f in result["OUTPUT"].getFeatures()}
    records_mn, species_mn = species_sent["Khan Khentii"]
    records_ru, species_ru = species_sent["Daursky"]
    assert got[("Khan Khentii", "P1")] == ("late", 100, records_mn, species_mn)
    assert got[("Khan Khentii", "P2")][0] == "pending"
    assert got[("Daursky", "P1")] == ("received", 0, records_ru, species_ru)
    assert got[("Altai", "P1")][0] == "missing"
    assert len(got) == 4
    # the same timeline on the baseline summary page
    page_path = tmp_path / "summary.html"
    processing.run("corridor:baselinesummary", {"DATABASE": database, "OUTPUT": "memory:",
                                                "OUTPUT_HTML": str(page_path)})
    page = page_path.read_text(encoding="utf-8")
    timeline = page[page.index("Submission timeline"):]
    svg = timeline[timeline.index("<svg"):timeline.index("</svg>")]
    assert len(re.findall(r"<path d=\"M", svg)) == 4 and svg.count("<circle") == 2
    assert "Khan Khentii (MNG)" in svg and "Altai (KAZ)" in svg


def test_algorithm_without_inputs_says_what_it_needs(corridor_plugin):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="baseline database"):
        processing.run("corridor:submissionstatus", {"OUTPUT": "memory:"})


def test_timeline_panel_draws_the_statuses(qgis_app, tmp_path):
    from corridor_plugin.gui.submission_timeline import SubmissionTimelineWidget

    widget = SubmissionTimelineWidget()
    statuses = core.submission_status(core.expected_from_rows(_csv_rows(EXPECTED_CSV)),
                                      core.received_from_rows(_csv_rows(SUBMISSIONS_CSV)), AS_OF)
    widget.show_statuses(statuses, AS_OF)
    assert widget.chart.renderer().isValid()
    assert widget.summary.text() == "received: 3, late: 1, missing: 1, pending: 1, unscheduled: 1"
    assert widget.svg.count("<circle") == 7
    widget.show_database(str(tmp_path / "new.gpkg"))  # a path where no baseline is: said, and not created
    assert widget.statuses == [] and "does not exist" in widget.summary.text()
    assert not (tmp_path / "new.gpkg").exists()
