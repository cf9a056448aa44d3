"""Who has sent what: expected submissions (partner, country, period, due date) against received ones.

Pure Python (no QGIS). The expected table is small and edited by the coordinator (CSV, or the
baseline's ``expected_submissions`` table); received submissions come from the baseline's
``submissions`` table (or a CSV of the same columns).

Assigning a received submission to a period:
1. a corrected file (the baseline links it through ``superseded_by``) belongs to the period of the file it
   replaced; a submission that names its period (a ``period`` column) belongs to that period;
2. otherwise it fills the earliest period of that partner (by due date) that has no submission yet and
   whose window has opened (``opens`` column; no ``opens`` means always open);
3. when every open period is already filled, it is a further (e.g. corrected) submission of the latest
   period whose window had opened when it arrived (or the partner's first period if none had).
A period is ``received`` when its first submission arrived on or before the due date (the whole due day
counts), ``late`` when after it, ``missing`` when nothing arrived and the due date has passed at
``as_of``, ``pending`` when nothing arrived yet and it is not due. Submissions of a partner/country that
the expected table does not list are reported as ``unscheduled`` so that nothing is lost.
"""
import datetime as _dt
import html
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from ..toolbelt.i18n import tr
from .schema import SUBMISSION_STATUS_FIELDS

STATUSES = ("received", "late", "missing", "pending", "unscheduled")
STATUS_COLOURS = {"received": "#2e7d32", "late": "#ef6c00", "missing": "#c62828", "pending": "#757575",
                  "unscheduled": "#6a1b9a"}

STATUS_FIELDS = SUBMISSION_STATUS_FIELDS

_EXPECTED_COLUMNS = {
    "partner": ("partner", "institution", "institutioncode", "partner_name"),
    "country": ("country", "country_iso3", "iso3", "countrycode"),
    "period": ("period", "reporting_period"),
    "due": ("due_date", "due", "deadline", "duedate"),
    "opens": ("opens", "open_date", "period_start", "opens_on"),
}
_RECEIVED_COLUMNS = {
    "partner": ("partner", "institution", "institutioncode", "partner_name"),
    "country": ("country_iso3", "country", "iso3", "countrycode"),
    "received": ("received", "received_at", "received_time", "receivedtime", "loaded_at", "date"),
    "records": ("rows_accepted", "records", "rows", "accepted", "rows_total"),
    "species": ("species", "species_count", "taxa"),
    "period": ("period",),
    "file": ("file_name", "file", "filename", "source_file"),
    "status": ("status",),
    "id": ("fid", "id", "submission_id"),
    "superseded_by": ("superseded_by",),
}


class StatusInputError(ValueError):
    """A row of the expected or received table that cannot be read (message names the row)."""


@dataclass
class ExpectedSubmission:
    partner: str
    country: str
    period: str
    due: _dt.date
    opens: Optional[_dt.date] = None


@dataclass
class ReceivedSubmission:
    partner: str
    country: str
    received: _dt.datetime
    records: int = 0
    species: Set[str] = field(default_factory=set)
    species_count: Optional[int] = None   # when only a count is known
    period: str = ""
    file_name: str = ""
    superseded: bool = False   # replaced by a corrected file: counts for timing, not for records/species
    id: Optional[int] = None
    superseded_by: Optional[int] = None  # id of the corrected submission that replaced this one


@dataclass
class PeriodStatus:
    partner: str
    country: str
    period: str
    due: Optional[_dt.date]
    status: str
    submissions: List[ReceivedSubmission] = field(default_factory=list)
    opens: Optional[_dt.date] = None

    @property
    def first_received(self) -> Optional[_dt.datetime]:
        return min((s.received for s in self.submissions), default=None)

    @property
    def last_received(self) -> Optional[_dt.datetime]:
        return max((s.received for s in self.submissions), default=None)

    @property
    def records(self) -> int:
        return sum(s.records for s in self.submissions if not s.superseded)

    @property
    def species(self) -> int:
        names: Set[str] = set()
        counted = 0
        for s in self.submissions:
            if s.superseded:
                continue
            names |= s.species
            if s.species_count is not None:
                counted = max(counted, s.species_count)
        # names from several submissions are united; bare counts cannot be, so the largest is a lower bound
        return max(len(names), counted)

    @property
    def days_late(self) -> Optional[int]:
        if self.due is None or self.first_received is None:
            return None
        return max(0, (self.first_received.date() - self.due).days)

    def as_row(self) -> dict:
        return {"partner": self.partner, "country": self.country, "period": self.period, "due_date": self.due,
                "status": self.status, "submissions": len(self.submissions),
                "first_received": self.first_received, "last_received": self.last_received,
                "days_late": self.days_late, "records": self.records, "species": self.species}


# -- reading ------------------------------------------------------------------------------------
def _norm_key(text) -> str:
    return re.sub(r"[\s_\-]+", "_", str(text or "").strip().lower())


def _pick(row: dict, names: Sequence[str]):
    keyed = {_norm_key(k): v for k, v in row.items()}
    for name in names:
        value = keyed.get(_norm_key(name))
        if value is not None and str(value).strip() not in ("", "NULL"):
            return value
    return None


def partner_key(partner: str, country: str) -> Tuple[str, str]:
    return " ".join(str(partner or "").split()).casefold(), str(country or "").strip().upper()


def parse_date(value) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if match:  # day first, as the partners write dates
        return _dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    raise ValueError(text)


def parse_datetime(value) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(_dt.timezone.utc)
        return value.replace(tzinfo=None)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    text = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = _dt.datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        return _dt.datetime.combine(parse_date(text), _dt.time())
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return parsed


def _int_or_none(value) -> Optional[int]:
    try:
        return int(float(value)) if value is not None and str(value).strip() != "" else None
    except (TypeError, ValueError):
        return None


def expected_from_rows(rows: Iterable[dict]) -> List[ExpectedSubmission]:
    out = []
    for number, row in enumerate(rows, start=1):
        partner, country = _pick(row, _EXPECTED_COLUMNS["partner"]), _pick(row, _EXPECTED_COLUMNS["country"])
        period, due = _pick(row, _EXPECTED_COLUMNS["period"]), _pick(row, _EXPECTED_COLUMNS["due"])
        if partner is None and period is None and due is None:
            continue  # blank line
        missing = [name for name, value in (("partner", partner), ("period", period), ("due_date", due))
                   if value is None]
        if missing:
            raise StatusInputError(f"expected submissions, row {number}: missing {', '.join(missing)}")
        try:
            due_date = parse_date(due)
            opens = _pick(row, _EXPECTED_COLUMNS["opens"])
            opens_date = parse_date(opens) if opens is not None else None
        except ValueError as exc:
            raise StatusInputError(f"expected submissions, row {number}: not a date: {exc}") from exc
        out.append(ExpectedSubmission(str(partner).strip(), str(country or "").strip().upper(), str(period).strip(),
                                      due_date, opens_date))
    return out


def received_from_rows(rows: Iterable[dict]) -> List[ReceivedSubmission]:
    out = []
    for number, row in enumerate(rows, start=1):
        partner = _pick(row, _RECEIVED_COLUMNS["partner"])
        received = _pick(row, _RECEIVED_COLUMNS["received"])
        if partner is None and received is None:
            continue
        if partner is None or received is None:
            raise StatusInputError(f"submissions, row {number}: missing {'partner' if partner is None else 'received'}")
        try:
            when = parse_datetime(received)
        except ValueError as exc:
            raise StatusInputError(f"submissions, row {number}: not a date/time: {received}") from exc
        records = _pick(row, _RECEIVED_COLUMNS["records"])
        try:
            records = int(float(records)) if records is not None else 0
        except (TypeError, ValueError) as exc:
            raise StatusInputError(f"submissions, row {number}: not a number of records: {records}") from exc
        species_value = _pick(row, _RECEIVED_COLUMNS["species"])
        names, count = set(), None
        if isinstance(species_value, (set, list, tuple, frozenset)):
            names = {str(n) for n in species_value if str(n).strip()}
        elif species_value is not None:
            text = str(species_value).strip()
            if re.fullmatch(r"\d+(\.0+)?", text):
                count = int(float(text))
            else:
                names = {part.strip() for part in text.split(";") if part.strip()}
        out.append(ReceivedSubmission(
            str(partner).strip(), str(_pick(row, _RECEIVED_COLUMNS["country"]) or "").strip().upper(), when,
            records, names, count, str(_pick(row, _RECEIVED_COLUMNS["period"]) or "").strip(),
            str(_pick(row, _RECEIVED_COLUMNS["file"]) or ""),
            str(_pick(row, _RECEIVED_COLUMNS["status"]) or "").strip().lower() == "superseded",
            _int_or_none(_pick(row, _RECEIVED_COLUMNS["id"])),
            _int_or_none(_pick(row, _RECEIVED_COLUMNS["superseded_by"]))))
    return out


# -- the status ---------------------------------------------------------------------------------
def submission_status(expected: Sequence[ExpectedSubmission], received: Sequence[ReceivedSubmission],
                      as_of: Optional[_dt.date] = None) -> List[PeriodStatus]:
    """One PeriodStatus per expected period (sorted by partner, country, due date), then one
    ``unscheduled`` row per partner/country that sent submissions without any expected period."""
    as_of = as_of or _dt.date.today()
    by_partner: Dict[Tuple[str, str], List[PeriodStatus]] = {}
    for item in sorted(expected, key=lambda e: (partner_key(e.partner, e.country), e.due, e.period)):
        by_partner.setdefault(partner_key(item.partner, item.country), []).append(
            PeriodStatus(item.partner, item.country, item.period, item.due, "pending", opens=item.opens))
    unscheduled: Dict[Tuple[str, str], PeriodStatus] = {}
    replaced_period: Dict[int, PeriodStatus] = {}  # id of a correction -> period of the file it replaced

    for sub in sorted(received, key=lambda s: s.received):
        key = partner_key(sub.partner, sub.country)
        periods = by_partner.get(key)
        if periods is None and not sub.country:
            # a submission without a country matches the partner's only country, if it has one
            candidates = [k for k in by_partner if k[0] == key[0]]
            if len(candidates) == 1:
                periods = by_partner[candidates[0]]
        if not periods:
            unscheduled.setdefault(key, PeriodStatus(sub.partner, sub.country, "", None, "unscheduled"))
            unscheduled[key].submissions.append(sub)
            continue
        target = replaced_period.get(sub.id) if sub.id is not None else None
        if target is not None and not any(p is target for p in periods):
            target = None
        if target is None and sub.period:
            target = next((p for p in periods if p.period.casefold() == sub.period.casefold()), None)
        if target is None:
            day = sub.received.date()
            opened = [p for p in periods if p.opens is None or day >= p.opens]
            target = next((p for p in opened if not p.submissions), None)
            if target is None:
                started = [p for p in opened if p.due is not None and p.due < sub.received.date()] or opened
                target = started[-1] if started else periods[0]
        target.submissions.append(sub)
        if sub.superseded_by is not None:
            replaced_period[sub.superseded_by] = target

    result = []
    for periods in by_partner.values():
        for period in periods:
            first = period.first_received
            if first is not None:
                period.status = "received" if first.date() <= period.due else "late"
            else:
                period.status = "missing" if period.due < as_of else "pending"
            result.append(period)
    result.extend(unscheduled[k] for k in sorted(unscheduled))
    return result


def summary_counts(statuses: Iterable[PeriodStatus]) -> Dict[str, int]:
    counts = {status: 0 for status in STATUSES}
    for item in statuses:
        counts[item.status] += 1
    return counts


# -- the chart --------------------------------------------------------------------------------
def timeline_svg(statuses: Sequence[PeriodStatus], as_of: Optional[_dt.date] = None, labels: Optional[dict] = None,
                 width: int = 900) -> str:
    """A timeline per partner: one row per partner/country; due dates as diamonds (coloured by the
    period's status), received submissions as dots, a line from each due date to a late first
    submission, and a vertical line at ``as_of``."""
    as_of = as_of or _dt.date.today()
    labels = labels or {}
    rows: Dict[Tuple[str, str], List[PeriodStatus]] = {}
    for item in statuses:
        rows.setdefault((item.partner, item.country), []).append(item)
    dates = [as_of]
    for item in statuses:
        if item.due:
            dates.append(item.due)
        dates += [s.received.date() for s in item.submissions]
    start, end = min(dates) - _dt.timedelta(days=15), max(dates) + _dt.timedelta(days=15)
    span = max(1, (end - start).days)
    left, right, top, row_h = 210, 20, 30, 34
    height = top + row_h * max(1, len(rows)) + 60
    plot_w = width - left - right

    def x(day: _dt.date) -> float:
        return left + plot_w * (day - start).days / span

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" role="img">',
           f"<title>{html.escape(labels.get('title', 'Submission timeline'))}</title>"]
    # month ticks (every month when the span is short, else every quarter)
    step = 1 if span <= 400 else 3
    tick = _dt.date(start.year, start.month, 1)
    axis_y = top + row_h * max(1, len(rows)) + 5
    while tick <= end:
        if tick >= start and (tick.month - 1) % step == 0:
            out.append(f'<line x1="{x(tick):.1f}" y1="{top - 10}" x2="{x(tick):.1f}" y2="{axis_y}" '
                       'stroke="#e0e0e0" stroke-width="1"/>')
            out.append(f'<text x="{x(tick):.1f}" y="{axis_y + 15}" text-anchor="middle" fill="#555">'
                       f"{tick.strftime('%Y-%m')}</text>")
        tick = _dt.date(tick.year + (tick.month // 12), tick.month % 12 + 1, 1)
    out.append(f'<line x1="{x(as_of):.1f}" y1="{top - 15}" x2="{x(as_of):.1f}" y2="{axis_y}" stroke="#1565c0" '
               'stroke-dasharray="4 3"/>')
    out.append(f'<text x="{x(as_of):.1f}" y="{top - 18}" text-anchor="middle" fill="#1565c0">'
               f"{html.escape(labels.get('today', 'today'))} {as_of.isoformat()}</text>")
    for index, ((partner, country), items) in enumerate(rows.items()):
        y = top + row_h * index + row_h / 2
        name = f"{partner} ({country})" if country else partner
        out.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{html.escape(name[:32])}</text>')
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#bdbdbd"/>')
        for item in items:
            colour = STATUS_COLOURS[item.status]
            first = item.first_received
            if item.due is not None:
                if item.status == "late" and first is not None:
                    out.append(f'<line x1="{x(item.due):.1f}" y1="{y:.1f}" x2="{x(first.date()):.1f}" y2="{y:.1f}" '
                               f'stroke="{colour}" stroke-width="3"/>')
                cx = x(item.due)
                out.append(f'<path d="M{cx:.1f},{y - 8:.1f} L{cx + 8:.1f},{y:.1f} L{cx:.1f},{y + 8:.1f} '
                           f'L{cx - 8:.1f},{y:.1f} Z" fill="{colour}" fill-opacity="0.85" stroke="#212121">'
                           f"<title>{html.escape(item.period)}: {html.escape(labels.get(item.status, item.status))}"
                           f" ({item.due.isoformat()})</title></path>")
            for sub in item.submissions:
                out.append(f'<circle cx="{x(sub.received.date()):.1f}" cy="{y:.1f}" r="5" fill="#ffffff" '
                           f'stroke="{colour}" stroke-width="2.5"><title>{html.escape(sub.file_name or item.period)}'
                           f" {sub.received.isoformat(sep=' ', timespec='minutes')}: {sub.records}</title></circle>")
    legend_y = axis_y + 35
    lx = left
    for status in STATUSES:
        out.append(f'<rect x="{lx}" y="{legend_y - 10}" width="12" height="12" fill="{STATUS_COLOURS[status]}"/>')
        text = html.escape(labels.get(status, status))
        out.append(f'<text x="{lx + 16}" y="{legend_y}">{text}</text>')
        lx += 30 + 8 * len(text)
    out.append("</svg>")
    return "\n".join(out)


def status_html(statuses: Sequence[PeriodStatus], as_of: Optional[_dt.date] = None,
                labels: Optional[dict] = None) -> str:
    """A self-contained HTML page: the timeline chart and the per-period table."""
    labels = labels or {}
    as_of = as_of or _dt.date.today()
    head = [labels.get(k, k) for k in ("partner", "country", "period", "due_date", "status", "submissions",
                                        "last_received", "days_late", "records", "species")]
    rows = []
    for item in statuses:
        row = item.as_row()
        cells = [row["partner"], row["country"], row["period"], row["due_date"].isoformat() if row["due_date"] else "",
                 labels.get(row["status"], row["status"]), row["submissions"],
                 row["last_received"].isoformat(sep=" ", timespec="minutes") if row["last_received"] else "",
                 "" if row["days_late"] is None else row["days_late"], row["records"], row["species"]]
        colour = STATUS_COLOURS[item.status]
        rows.append("<tr>" + "".join(
            f'<td style="color:{colour};font-weight:bold">{html.escape(str(c))}</td>' if i == 4
            else f"<td>{html.escape(str(c))}</td>" for i, c in enumerate(cells)) + "</tr>")
    counts = summary_counts(statuses)
    summary = ", ".join(f"{labels.get(k, k)}: {v}" for k, v in counts.items() if v)
    title = html.escape(labels.get("title", "Submission timeline"))
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
            "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}th{background:#eee}</style></head><body>"
            f"<h1>{title}</h1><p>{html.escape(labels.get('as_of', 'As of'))} {as_of.isoformat()} — "
            f"{html.escape(summary)}</p>\n" + timeline_svg(statuses, as_of, labels) +
            "\n<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></body></html>\n")


def status_labels() -> dict:
    """Translated words of the HTML page and the chart."""
    return {
        "title": tr("Submission timeline"), "today": tr("today"), "as_of": tr("As of"),
        "received": tr("received"), "late": tr("late"), "missing": tr("missing"), "pending": tr("pending"),
        "unscheduled": tr("unscheduled"), "partner": tr("Partner"), "country": tr("Country"),
        "period": tr("Period"), "due_date": tr("Due date"), "status": tr("Status"),
        "submissions": tr("Submissions"), "last_received": tr("Last received"), "days_late": tr("Days late"),
        "records": tr("Records"), "species": tr("Species"),
    }


# -- from the baseline --------------------------------------------------------------------------
def rows_from_store(store):
    """(expected rows, received rows) of a baseline store (``core.baseline.open_store``): its
    ``expected_submissions`` table, and its ``submissions`` with the distinct accepted names of each
    submission's occurrences as ``species``."""
    expected_rows = store.expected_submissions().to_dict("records")
    frame = store.submissions()
    species = {}
    occurrences = store.occurrences(columns=["submission_id", "scientificName"])
    for sub_id, names in occurrences.groupby("submission_id")["scientificName"]:
        species[int(sub_id)] = {str(n) for n in names.dropna() if str(n).strip()}
    received_rows = []
    for row in frame.to_dict("records"):
        row = dict(row)
        row["species"] = species.get(int(row["fid"]), set())
        received_rows.append(row)
    return expected_rows, received_rows


def store_status(store, as_of: Optional[_dt.date] = None) -> List[PeriodStatus]:
    expected_rows, received_rows = rows_from_store(store)
    return submission_status(expected_from_rows(expected_rows), received_from_rows(received_rows), as_of)


def timeline_section(statuses: Sequence[PeriodStatus], as_of: Optional[_dt.date] = None,
                     labels: Optional[dict] = None) -> str:
    """An HTML fragment (heading, counts, chart) for other pages such as the baseline summary; empty
    when there is nothing to show."""
    if not statuses:
        return ""
    labels = labels or {}
    counts = summary_counts(statuses)
    summary = ", ".join(f"{labels.get(k, k)}: {v}" for k, v in counts.items() if v)
    return (f"<h2>{html.escape(labels.get('title', 'Submission timeline'))}</h2>\n"
            f"<p>{html.escape(summary)}</p>\n{timeline_svg(statuses, as_of, labels)}\n")


def store_timeline_html(store, as_of: Optional[_dt.date] = None) -> str:
    """``timeline_section`` of a baseline store for its summary page; an unreadable expected table gives
    a line saying which row, not a failed summary."""
    labels = status_labels()
    try:
        return timeline_section(store_status(store, as_of), as_of, labels)
    except StatusInputError as exc:
        return (f"<h2>{html.escape(labels['title'])}</h2>\n<p>"
                f"{html.escape(tr('The expected submissions table cannot be read: {error}').format(error=str(exc)))}"
                "</p>\n")
