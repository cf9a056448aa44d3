"""What a report is made of, before it is written as HTML or laid out for the PDF."""
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import QgsRectangle

from ...toolbelt.i18n import tr


@dataclass
class Table:
    headers: List[str]
    rows: List[List[str]]
    note: str = ""


@dataclass
class MapSpec:
    layers: list  # drawn bottom to top
    extent: Optional[QgsRectangle] = None  # EPSG:4326


@dataclass
class Section:
    key: str
    title: str
    paragraphs: List[str] = field(default_factory=list)
    table: Optional[Table] = None
    map: Optional[MapSpec] = None
    computed: bool = True
    full_rows: Optional[List[List[str]]] = None  # every row, for the HTML report, when the table is cut


@dataclass
class Report:
    language: str
    title: str
    subtitle: str
    sections: List[Section]
    layers: dict


def not_computed(key, title, what) -> Section:
    return Section(key, title, [tr("Not computed: no {what} was given to the report.").format(what=what)],
                   computed=False)
