"""Reading partner files into raw cell grids: CSV/TSV/TXT in any of the encodings partners use, and
XLSX/XLS/ODS workbooks through GDAL/OGR with header detection and typing switched off (raw cells,
every row, row numbers as the user sees them).

Errors are :class:`SheetError` with a stable ``code`` and a translated message, never a traceback.
"""
import csv
import hashlib
import io
import itertools
import re
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from ..toolbelt.i18n import tr
from .gdal_compat import gdal_exceptions

TEXT_EXTENSIONS = {".csv", ".tsv", ".txt", ".tab", ".dat", ""}
WORKBOOK_EXTENSIONS = {".xlsx": "XLSX", ".xlsm": "XLSX", ".xls": "XLS", ".ods": "ODS"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# The first bytes tell whether a file is text at all; garbage is refused without reading it all.
SNIFF_BYTES = 65536
# Stated limits, checked before a file is parsed (a zip bomb must not run for minutes): a file on disk,
# and the unpacked parts of a workbook, up to 256 MiB; a cell up to Excel's own 32,767 characters.
MAX_FILE_BYTES = 256 * 2**20
MAX_CELL_CHARS = 32767
# GDAL's XLSX driver reads at most 2000 columns; cells beyond would vanish without a word.
MAX_XLSX_COLUMNS = 2000
# Marks of single rows found while reading (see RawSheet.row_marks): two are flags, one a rejection.
MARK_NUL_REMOVED = "TEXT_NUL_REMOVED"
MARK_ENCODING_MIXED = "TEXT_ENCODING_MIXED"
MARK_UNDECODABLE = "TEXT_UNDECODABLE"


class SheetError(ValueError):
    """A file or sheet that cannot be imported; ``code`` is stable, the message translated."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class RawSheet:
    path: Path
    sheet: str                      # sheet name for workbooks, "" for text files
    rows: List[List[str]]           # raw cells as strings, row i is sheet row i + 1
    encoding: str = ""
    delimiter: str = ""
    messages: List[str] = field(default_factory=list)
    frame: object = None            # the same cells as a pandas DataFrame of str ("" where empty)
    # row index (0-based, as ``rows``) → codes of what the reader had to do to that row's text
    row_marks: dict = field(default_factory=dict)

    def as_frame(self):
        """All rows as a DataFrame of strings, trailing empty columns dropped."""
        import pandas as pd

        if self.frame is None:
            frame = pd.DataFrame(self.rows, dtype=object).fillna("") if self.rows else pd.DataFrame()
        else:
            frame = self.frame
        last = frame.shape[1]
        while last and (frame.iloc[:, last - 1] == "").all():  # trailing empty columns
            last -= 1
        frame = frame.iloc[:, :last]
        frame.columns = range(frame.shape[1])
        self.frame = frame
        return frame

    def head(self, count: int = 25):
        return self.as_frame().iloc[:count].values.tolist()


def file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def split_sheet_spec(spec: str):
    """``file.xlsx|layername=Sheet1`` or ``file.xlsx::Sheet1`` → (path, sheet); else (path, None). A file
    that exists under the whole text is that file (``survey::2020.csv`` is a legal file name)."""
    text = str(spec)
    if ("::" in text or "|" in text) and Path(text).is_file():
        return Path(text), None
    if "|layername=" in text:
        path, _, rest = text.partition("|layername=")
        return Path(path), rest.split("|")[0]
    if "::" in text:
        path, _, sheet = text.rpartition("::")
        return Path(path), sheet
    return Path(text), None


# -- encodings ------------------------------------------------------------------------------------
def _looks_utf16(sample: bytes) -> str:
    if len(sample) < 4:
        return ""
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return ""


def _cp1251_plausibility(text: str) -> float:
    """How much ``text`` (bytes read as cp1251) looks like Russian: the larger of the share of lower-case
    Cyrillic letters (prose: > 0.7) and, scaled, the share of Cyrillic letters of either case (upper-case
    sheets: ~1.0). GB18030 bytes read as cp1251 give about 0.3 and 0.7: a third of them land on symbols."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 1.0
    lower = sum(1 for ch in non_ascii if "а" <= ch <= "я" or ch == "ё") / len(non_ascii)
    letters = sum(1 for ch in non_ascii if "А" <= ch <= "я" or ch in "Ёё") / len(non_ascii)
    return max(lower, (letters - 0.9) * 6 + 0.6 if letters >= 0.9 else 0.0)


def detect_encoding(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), GB18030 or Windows-1251."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    utf16 = _looks_utf16(raw[:4096])
    if utf16:
        return utf16
    sample = raw[:SNIFF_BYTES]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a character cut at the end of the sample
            try:
                sample[:exc.start].decode("utf-8")
                return "utf-8"
            except UnicodeDecodeError:
                pass
    as_cp1251 = sample.decode("cp1251", errors="replace")
    try:
        sample.decode("gb18030")
        gb_ok = True
    except UnicodeDecodeError as exc:
        gb_ok = exc.start >= len(sample) - 4
    if not gb_ok or _cp1251_plausibility(as_cp1251) >= 0.6:
        return "cp1251"
    return "gb18030"


def _control_share(text: str) -> float:
    """Share of control and undecodable characters; a few stray ones in a small file do not count."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or ch == "\ufffd")
    return bad / len(text) if bad > 8 else 0.0


def detect_delimiter(lines) -> str:
    """The candidate whose per-line count is most consistent (ties: tab, ';', ',', '|')."""
    best, best_score = ",", (0, 0)
    for delimiter in ("\t", ";", ",", "|"):
        counts = [line.count(delimiter) for line in lines if line.strip()]
        counts = [c for c in counts if c > 0]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# -- readers --------------------------------------------------------------------------------------
def read_text_table(path: Path) -> RawSheet:
    raw = path.read_bytes()
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise SheetError("EMPTY_FILE", tr("The file {name} is empty.").format(name=path.name))
    if raw[:8] == OLE_MAGIC or raw[:4] == ZIP_MAGIC:
        raise SheetError("NOT_A_TABLE", tr(
            "The file {name} is a workbook saved with a text extension: rename it to .xlsx, .xls or .ods."
        ).format(name=path.name))
    encoding = detect_encoding(raw)
    sample = raw[:SNIFF_BYTES].decode(encoding, errors="replace")
    if _control_share(sample) > 0.01:
        raise SheetError("NOT_A_TABLE", tr(
            "The file {name} is not a table: it holds binary data, not text (expected CSV, TSV, XLSX, XLS or ODS)."
        ).format(name=path.name))
    text, line_marks = decode_lines(raw, encoding)
    lines = text[:SNIFF_BYTES].splitlines()[:60]
    delimiter = detect_delimiter(lines)
    # quoted cells may hold delimiters and line breaks: then Python's csv module, which is exact
    if _has_quoted_cell(text, delimiter):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows, row_marks, first_line = [], {}, 0
        for row in reader:  # a row spans the lines from the previous row's end to line_num
            marks = set().union(*(line_marks.get(k, ()) for k in range(first_line, reader.line_num)))
            if marks:
                row_marks[len(rows)] = marks
            rows.append(row)
            first_line = reader.line_num
        return RawSheet(path=path, sheet="", rows=rows, encoding=encoding, delimiter=delimiter, row_marks=row_marks)
    return RawSheet(path=path, sheet="", rows=[], encoding=encoding, delimiter=delimiter,
                    frame=_fast_frame(text, delimiter), row_marks=line_marks)


def decode_lines(raw: bytes, encoding: str):
    """(text, {line index: marks}). The sniffed encoding is trusted only as far as it decodes: a line it
    cannot read (a second encoding pasted in after the sniffed part) is read in the other encoding that
    reads it, and marked; a line no encoding reads keeps U+FFFD and is marked undecodable. NUL bytes
    are removed and their lines marked (a NUL would cut the cell short further on)."""
    marks = {}
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        if encoding.startswith("utf-16"):
            text = raw.decode(encoding, errors="replace")
        else:
            parts = raw.split(b"\n")
            decoded = []
            for number, part in enumerate(parts):
                try:
                    decoded.append(part.decode(encoding))
                    continue
                except UnicodeDecodeError:
                    pass
                other = _other_encoding(part, encoding)
                if other:
                    decoded.append(part.decode(other))
                    marks.setdefault(number, set()).add(MARK_ENCODING_MIXED)
                else:
                    decoded.append(part.decode(encoding, errors="replace"))
                    marks.setdefault(number, set()).add(MARK_UNDECODABLE)
            text = "\n".join(decoded)
    if encoding.startswith("utf-16") and "\ufffd" in text:
        for number, line in enumerate(text.split("\n")):
            if "\ufffd" in line:
                marks.setdefault(number, set()).add(MARK_UNDECODABLE)
    if "\x00" in text:
        for number, line in enumerate(text.split("\n")):
            if "\x00" in line:
                marks.setdefault(number, set()).add(MARK_NUL_REMOVED)
        text = text.replace("\x00", "")
    return text, marks


def _other_encoding(part: bytes, encoding: str) -> str:
    """The encoding (other than ``encoding``) that reads ``part`` without error, Russian text preferred
    to GB18030 when it reads as plausible Russian; "" when none does."""
    readable = {}
    for candidate in ("utf-8", "cp1251", "gb18030"):
        if candidate == encoding or (candidate == "utf-8" and encoding == "utf-8-sig"):
            continue
        try:
            readable[candidate] = part.decode(candidate)
        except UnicodeDecodeError:
            continue
    if "utf-8" in readable:
        return "utf-8"
    if "cp1251" in readable and (_cp1251_plausibility(readable["cp1251"]) >= 0.6 or "gb18030" not in readable):
        return "cp1251"
    return "gb18030" if "gb18030" in readable else ""


def _has_quoted_cell(text: str, delimiter: str) -> bool:
    """A cell that starts with a quote (after blanks), at a line start or after a delimiter. Only the
    quotes are visited (a MULTILINE ``(?:^|;)`` pattern tries every position), so inch marks of DMS
    coordinates (``37"``) cost little."""
    position = text.find('"')
    while position >= 0:
        before = position - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if before < 0 or text[before] == "\n" or text[before] == delimiter:
            return True
        position = text.find('"', position + 1)
    return False


def _fast_frame(text: str, delimiter: str):
    """Unquoted delimited text through pandas' C parser: every line a row, blank lines kept."""
    import pandas as pd

    lines = text.splitlines()
    width = max(map(str.count, lines, itertools.repeat(delimiter)), default=0) + 1
    frame = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, names=range(width), dtype=str,
                        na_filter=False, skip_blank_lines=False, quoting=csv.QUOTE_NONE, engine="c",
                        index_col=False)
    # a final line break gives no extra row in pandas; the count must match the lines
    return frame.iloc[:len(lines)]  # with na_filter=False missing cells are "" already


class _GdalConfig:
    def __init__(self, **options):
        self.options = options
        self.saved = {}

    def __enter__(self):
        from osgeo import gdal

        for key, value in self.options.items():
            self.saved[key] = gdal.GetConfigOption(key)
            gdal.SetConfigOption(key, value)

    def __exit__(self, *exc):
        from osgeo import gdal

        for key, value in self.saved.items():
            gdal.SetConfigOption(key, value)


def read_workbook(path: Path, driver: str, sheet_name=None) -> List[RawSheet]:
    from osgeo import gdal

    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head:
        raise SheetError("EMPTY_FILE", tr("The file {name} is empty.").format(name=path.name))
    if driver in ("XLSX", "ODS") and head[:8] == OLE_MAGIC:
        raise SheetError("ENCRYPTED", tr(
            "The workbook {name} is password-protected (encrypted). Open it in a spreadsheet program and save "
            "it again without a password.").format(name=path.name))
    if driver in ("XLSX", "ODS") and head[:4] != ZIP_MAGIC:
        raise SheetError("CORRUPT", tr("The workbook {name} is damaged or not a {kind} file.").format(
            name=path.name, kind=driver))
    if driver == "XLS" and head[:8] != OLE_MAGIC:
        raise SheetError("CORRUPT", tr("The workbook {name} is damaged or not a {kind} file.").format(
            name=path.name, kind=driver))
    if driver in ("XLSX", "ODS"):
        check_workbook_parts(path, driver)
    options = {f"OGR_{driver}_HEADERS": "DISABLE", f"OGR_{driver}_FIELD_TYPES": "STRING"}
    exceptions = ExitStack()
    exceptions.enter_context(gdal_exceptions())
    try:
        with _GdalConfig(**options):
            try:
                dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=[driver])
            except RuntimeError as exc:
                raise SheetError("CORRUPT", tr("The workbook {name} cannot be read ({detail}).").format(
                    name=path.name, detail=str(exc).strip())) from exc
            if dataset is None:
                raise SheetError("CORRUPT", tr("The workbook {name} cannot be read.").format(name=path.name))
            sheets = []
            names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
            if sheet_name is not None and sheet_name not in names:
                raise SheetError("NO_SUCH_SHEET", tr(
                    "The workbook {name} has no sheet '{sheet}'. Sheets: {sheets}").format(
                    name=path.name, sheet=sheet_name, sheets=", ".join(names)))
            for index, name in enumerate(names):
                if sheet_name is not None and name != sheet_name:
                    continue
                layer = dataset.GetLayer(index)
                width = layer.GetLayerDefn().GetFieldCount()
                grid = {}
                for feature in layer:
                    values = [feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else ""
                              for i in range(width)]
                    grid[feature.GetFID()] = values
                # OGR numbers XLSX/ODS features by sheet row (1-based); keep blank rows as blank
                rows = []
                if grid:
                    base = 0 if min(grid) == 0 else 1  # FIDs are sheet rows, 1-based (0-based in some drivers)
                    rows = [grid.get(fid, [""] * width) for fid in range(base, max(grid) + 1)]
                sheets.append(RawSheet(path=path, sheet=name, rows=rows))
            if not sheets:
                raise SheetError("EMPTY_FILE", tr("The workbook {name} has no sheet with data.").format(name=path.name))
            return sheets
    finally:
        exceptions.close()


def _too_large(name: str) -> SheetError:
    return SheetError("FILE_TOO_LARGE", tr(
        "The file {name} is larger than Corridor reads ({limit} MiB, unpacked for workbooks): split it into "
        "several files.").format(name=name, limit=MAX_FILE_BYTES // 2**20))


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


_CELL_REF = re.compile(rb'<c r="([A-Z]{3,})(\d+)"[^>]*?(/?)>')


def check_workbook_parts(path: Path, driver: str):
    """Refuse, before GDAL reads it, a workbook whose unpacked parts pass :data:`MAX_FILE_BYTES` (a zip
    bomb) or whose sheets hold a cell beyond GDAL's 2000 columns (it would vanish silently)."""
    import zipfile

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # GDAL reports a damaged workbook itself
    with archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_FILE_BYTES:
            raise _too_large(path.name)
        if driver != "XLSX":
            return
        for info in infos:
            if not info.filename.startswith("xl/worksheets/") or not info.filename.endswith(".xml"):
                continue
            tail = b""
            with archive.open(info) as handle:
                for block in iter(lambda h=handle: h.read(1 << 22), b""):
                    chunk = tail + block
                    for match in _CELL_REF.finditer(chunk):
                        if not match.group(3) and _column_number(match.group(1)) > MAX_XLSX_COLUMNS:
                            raise SheetError("TOO_MANY_COLUMNS", tr(
                                "The workbook {name} has data beyond column {limit} (cell {cell}), which the "
                                "spreadsheet reader cannot see: move the data to the first {limit} columns or "
                                "save the sheet as CSV.").format(
                                name=path.name, limit=MAX_XLSX_COLUMNS,
                                cell=(match.group(1) + match.group(2)).decode()))
                    tail = chunk[-64:]


def read_tables(spec) -> List[RawSheet]:
    """Every sheet of the file (or the one named in ``file|layername=Sheet``)."""
    path, sheet_name = split_sheet_spec(spec)
    if not path.is_file():
        raise SheetError("FILE_NOT_FOUND", tr("File not found: {path}").format(path=path))
    if path.stat().st_size == 0:
        raise SheetError("EMPTY_FILE", tr("The file {name} is empty.").format(name=path.name))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _too_large(path.name)
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_EXTENSIONS:
        return read_workbook(path, WORKBOOK_EXTENSIONS[suffix], sheet_name)
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head[:4] == ZIP_MAGIC:
        return read_workbook(path, "XLSX" if not re.search(r"\.ods$", path.name, re.I) else "ODS", sheet_name)
    if head == OLE_MAGIC:
        return read_workbook(path, "XLS", sheet_name)
    return [read_text_table(path)]
