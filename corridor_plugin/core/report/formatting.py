"""How the report writes numbers, shares, statuses and places for a reader (no layer reading here)."""
import math
from pathlib import Path

from ...toolbelt.i18n import tr


def as_number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def fmt(value, digits=1) -> str:
    """A number for a reader: thousands separated, ``digits`` decimals, ``< 0.01`` for what would print
    as zero (never scientific notation)."""
    number = as_number(value)
    if value is None:
        return "–"
    if number is None:
        return str(value)
    if number != 0 and abs(number) < 10 ** -digits:
        bound = f"{10 ** -digits:.{digits}f}" if digits > 0 else "1"
        return f"< {bound}" if number > 0 else f"> -{bound}"
    if float(number).is_integer() and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,.{digits}f}"


def share_text(value) -> str:
    """A share (0–1) as a percentage with sensible digits: ``< 0.01``, ``0.12``, ``3.4``, ``56``."""
    number = as_number(value)
    if number is None:
        return "–"
    percent = 100.0 * number
    if percent == 0:
        return "0"
    if abs(percent) < 0.01:
        return "< 0.01"
    if abs(percent) < 1:
        return f"{percent:.2f}"
    if abs(percent) < 10 or 99 < abs(percent) < 100:   # 99.6 % is not "100": it may miss a 100 % target
        return f"{percent:.1f}"
    return f"{percent:.0f}"


def percent_text(value) -> str:
    """A value already in percent."""
    number = as_number(value)
    return "–" if number is None else share_text(number / 100.0)


def degrees_text(point) -> str:
    lat, lon = point.y(), point.x()
    return "{lat:.2f}° {ns}, {lon:.2f}° {ew}".format(lat=abs(lat), ns="N" if lat >= 0 else "S", lon=abs(lon),
                                                      ew="E" if lon >= 0 else "W")


def is_true(value) -> bool:
    return str(value).lower() in ("1", "true", "yes", "t")


def yes_no(value) -> str:
    if value is None:
        return "–"
    return tr("yes") if is_true(value) else tr("no")


def base_status(status) -> str:
    """``covered (records only)`` → ``covered``."""
    return str(status or "").lower().split(" (")[0].strip()


def records_only(row) -> bool:
    """A gap-analysis row whose range is only the known occupied area (cells holding records)."""
    status = str(row.get("status") or "").lower()
    if "records only" in status:
        return True
    source = str(row.get("range_source") or "").lower()
    return "occupied" in source and "polygon" not in source


def status_label(status, only_records=False) -> str:
    """The translated status; ``covered (records only)`` when the range is only the known occupied area."""
    base = base_status(status)
    labels = {"gap": tr("gap"), "partial": tr("partial"), "covered": tr("covered")}
    if only_records or "records only" in str(status).lower():
        labels = {"gap": tr("gap (records only)"), "partial": tr("partial (records only)"),
                  "covered": tr("covered (records only)")}
    return labels.get(base, fmt(status))


def transboundary_share(row):
    """ProtConn[Trans]: already the share of ProtConn in percent (Makurhini); None when not computed."""
    if as_number(row["protconn"]) is None:
        return None
    return as_number(row["protconn_trans"])


def database_name(database) -> str:
    """The baseline's name without its folder (a file path) or the PostGIS connection name."""
    text = str(database or "").strip()
    if not text:
        return ""
    if "/" in text or "\\" in text:
        return Path(text.replace("\\", "/").split("|")[0]).name
    return text


def source_name(layer) -> str:
    """Where a layer comes from, without local folders: ``file.gpkg (layer)``, a table, or the provider."""
    from qgis.core import QgsDataSourceUri

    provider = layer.providerType()
    source = layer.source()
    if provider == "ogr":
        path, _, rest = source.partition("|")
        name = Path(path).name
        for part in rest.split("|"):
            if part.startswith("layername="):
                name += f" ({part.split('=', 1)[1]})"
        return name
    if provider in ("postgres", "spatialite"):
        uri = QgsDataSourceUri(source)
        return ".".join(p for p in (uri.database(), uri.schema(), uri.table()) if p)
    return provider
