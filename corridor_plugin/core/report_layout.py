"""The report as a QGIS print layout: A4 pages of headings, paragraphs, maps and tables, exported to PDF.

The cover page comes from ``resources/report/corridor_report_cover.qpt`` (items ``title``, ``subtitle``,
``cover_map``, ``cover_note``), so users can restyle it in QGIS's layout designer; the sections follow
in code. The finished layout is also saved as a ``.qpt`` beside the PDF, to be opened and edited.
"""
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..toolbelt.paths import resources_path
from .report import REPORT_FONT, WGS84, fit_extent

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
BODY_W = PAGE_W - 2 * MARGIN
GREEN = QColor(27, 94, 32)
COVER_TEMPLATE = "corridor_report_cover.qpt"


def report_font(size, bold=False):
    font = QFont(REPORT_FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class LayoutWriter:
    """Places items top to bottom on A4 portrait pages, opening a new page when one is full."""

    def __init__(self, project=None):
        self.project = project or QgsProject.instance()
        self.layout = QgsPrintLayout(self.project)
        self.layout.setUnits(QgsUnitTypes.LayoutMillimeters)
        self.page = -1
        self.y = MARGIN
        self.maps = []

    # -- pages --------------------------------------------------------------------------------
    def load_cover(self, title, subtitle, note, map_spec=None):
        template = resources_path("report", COVER_TEMPLATE)
        document = QDomDocument()
        loaded = False
        if template.exists():
            with open(template, encoding="utf-8") as handle:
                document.setContent(handle.read())
            _, loaded = self.layout.loadFromTemplate(document, QgsReadWriteContext(), True)
        if not loaded or self.layout.pageCollection().pageCount() == 0:
            self.layout.clear()
            build_cover(self.layout)
        self.layout.setName(title)
        for item_id, text in (("title", title), ("subtitle", subtitle), ("cover_note", note)):
            item = self.layout.itemById(item_id)
            if isinstance(item, QgsLayoutItemLabel):
                item.setText(text)
        cover_map = self.layout.itemById("cover_map")
        if isinstance(cover_map, QgsLayoutItemMap):
            if map_spec is not None and map_spec.extent is not None:
                # The frame keeps the template's width and takes the study area's shape (within the page).
                size = cover_map.sizeWithUnits()
                cover_map.attemptResize(QgsLayoutSize(size.width(), map_height(map_spec, size.width(),
                                                                                  80, size.height())))
                self.set_map(cover_map, map_spec)
            else:
                self.layout.removeLayoutItem(cover_map)
        self.page = 0
        self.y = PAGE_H  # sections start on a new page

    def new_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Portrait)
        self.layout.pageCollection().addPage(page)
        self.page = self.layout.pageCollection().pageCount() - 1
        self.y = MARGIN
        footer = self.label(str(self.page + 1), MARGIN, PAGE_H - 10, BODY_W, 5, 7, colour=QColor(120, 120, 120),
                            place=False)
        footer.setHAlign(Qt.AlignRight)

    def room(self, height):
        if self.page < 0 or self.y + height > PAGE_H - MARGIN - 4:
            self.new_page()

    # -- items ------------------------------------------------------------------------------------
    def label(self, text, x, y, width, height, size, bold=False, colour=None, place=True, item_id=None):
        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        label.setFont(report_font(size, bold))
        label.setFontColor(colour or QColor(33, 33, 33))
        label.setMarginX(0)
        label.setMarginY(0)
        if item_id:
            label.setId(item_id)
        self.layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(x, y), page=max(self.page, 0))
        label.attemptResize(QgsLayoutSize(width, height))
        return label

    def text_height(self, text, size, width=BODY_W):
        font = report_font(size)
        line = QgsLayoutUtils.fontHeightMM(font) * 1.45
        lines = 0
        for paragraph in str(text).split("\n"):
            lines += max(1, int(QgsLayoutUtils.textWidthMM(font, paragraph) / (width * 0.97)) + 1)
        return lines * line + 1

    def heading(self, text):
        self.room(30)
        self.label(text, MARGIN, self.y, BODY_W, 8, 14, bold=True, colour=GREEN)
        rule = QgsLayoutItemShape(self.layout)
        rule.setShapeType(QgsLayoutItemShape.Rectangle)
        self.layout.addLayoutItem(rule)
        rule.attemptMove(QgsLayoutPoint(MARGIN, self.y + 8.5), page=self.page)
        rule.attemptResize(QgsLayoutSize(BODY_W, 0.4))
        symbol = rule.symbol().clone()
        symbol.setColor(QColor(165, 214, 167))
        symbol.symbolLayer(0).setStrokeStyle(Qt.NoPen)
        rule.setSymbol(symbol)
        self.y += 12

    def paragraph(self, text, italic=False, size=9.5):
        height = self.text_height(text, size)
        self.room(height)
        label = self.label(text, MARGIN, self.y, BODY_W, height, size,
                           colour=QColor(141, 110, 99) if italic else None)
        self.y += height + 2
        return label

    def map(self, spec, height=None):
        height = height or map_height(spec, BODY_W, 60, 120)
        self.room(height + 2)
        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(MARGIN, self.y), page=self.page)
        item.attemptResize(QgsLayoutSize(BODY_W, height))
        self.set_map(item, spec)
        self.y += height + 4
        return item

    def set_map(self, item, spec):
        item.setCrs(WGS84)
        item.setLayers(list(reversed(spec.layers)))
        item.setKeepLayerSet(True)
        size = item.sizeWithUnits()
        item.setExtent(fit_extent(spec.extent, size.width(), size.height()))
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        item.setBackgroundColor(QColor(214, 230, 240))
        self.maps.append(item)

    def table(self, table, first_column_width=0):
        text_table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(text_table)
        columns = []
        for i, heading in enumerate(table.headers):
            column = QgsLayoutTableColumn(heading)
            if i == 0 and first_column_width:
                column.setWidth(first_column_width)
            columns.append(column)
        text_table.setColumns(columns)
        header_font, content_font = report_font(7.5, bold=True), report_font(7.5)
        text_table.setHeaderTextFormat(QgsTextFormat.fromQFont(header_font))
        text_table.setContentTextFormat(QgsTextFormat.fromQFont(content_font))
        text_table.setWrapBehavior(QgsLayoutTable.WrapText)
        margin = 0.8
        text_table.setCellMargin(margin)
        text_table.setGridStrokeWidth(0.15)
        text_table.setBackgroundColor(QColor(255, 255, 255))
        rows = [[str(c) for c in row] for row in table.rows]
        text_table.setContents(rows)
        # Layout tables only report the height of their frames: estimate the rows' height from the fonts.
        line = QgsLayoutUtils.fontHeightMM(content_font) * 1.25
        height = QgsLayoutUtils.fontHeightMM(header_font) * 1.25 + 2 * margin + 0.5
        for row in rows:
            lines = 1
            if first_column_width and row:
                lines = int(QgsLayoutUtils.textWidthMM(content_font, row[0]) / (first_column_width - 2 * margin)) + 1
            height += lines * line + 2 * margin + 0.15
        height = min(height + 1.5, PAGE_H - 2 * MARGIN - 10)
        self.room(height)
        frame = QgsLayoutFrame(self.layout, text_table)
        frame.attemptMove(QgsLayoutPoint(MARGIN, self.y), page=self.page)
        frame.attemptResize(QgsLayoutSize(BODY_W, height))
        text_table.addFrame(frame)
        text_table.refresh()
        self.y += height + 3
        if table.note:
            self.paragraph(table.note, italic=True, size=8)
        return text_table


def map_height(spec, width, lowest, highest):
    """Height of a map frame of ``width`` that shows ``spec``'s extent (EPSG:4326) without wasted margins."""
    extent = spec.extent
    ratio = extent.height() / max(extent.width(), 1e-9)
    return max(lowest, min(highest, width * ratio))


def build_cover(layout):
    """The default cover page (also what ``resources/report/corridor_report_cover.qpt`` holds)."""
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Portrait)
    layout.pageCollection().addPage(page)
    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Rectangle)
    band.setId("cover_band")
    layout.addLayoutItem(band)
    band.attemptMove(QgsLayoutPoint(0, 0), page=0)
    band.attemptResize(QgsLayoutSize(PAGE_W, 62))
    symbol = band.symbol().clone()
    symbol.setColor(GREEN)
    symbol.symbolLayer(0).setStrokeStyle(Qt.NoPen)
    band.setSymbol(symbol)
    for item_id, y, height, size, bold, colour in (
            ("title", 16, 30, 22, True, QColor(255, 255, 255)),
            ("subtitle", 48, 8, 10, False, QColor(232, 245, 233)),
            ("cover_note", 250, 30, 9, False, QColor(80, 80, 80))):
        label = QgsLayoutItemLabel(layout)
        label.setId(item_id)
        label.setText(item_id)
        label.setFont(report_font(size, bold))
        label.setFontColor(colour)
        label.setMarginX(0)
        label.setMarginY(0)
        layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(MARGIN, y), page=0)
        label.attemptResize(QgsLayoutSize(BODY_W, height))
    cover_map = QgsLayoutItemMap(layout)
    cover_map.setId("cover_map")
    layout.addLayoutItem(cover_map)
    cover_map.attemptMove(QgsLayoutPoint(MARGIN, 72), page=0)
    cover_map.attemptResize(QgsLayoutSize(BODY_W, 170))
    cover_map.setFrameEnabled(True)
    return layout


def write_cover_template(path=None):
    """(Re)write the editable cover template shipped in ``resources/report/``."""
    layout = QgsPrintLayout(QgsProject.instance())
    build_cover(layout)
    path = path or resources_path("report", COVER_TEMPLATE)
    path.parent.mkdir(parents=True, exist_ok=True)
    return layout.saveAsTemplate(str(path), QgsReadWriteContext())


def build_layout(report, project=None, feedback=None):
    writer = LayoutWriter(project)
    study = next((s for s in report.sections if s.key == "study_area"), None)
    note = "\n".join(study.paragraphs) if study is not None else ""
    writer.load_cover(report.title, report.subtitle, note, study.map if study and study.computed else None)
    for i, section in enumerate(report.sections):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(60 + 30.0 * i / len(report.sections))
        if section.key == "study_area":
            continue
        # Keep a heading with the start of its section: the paragraphs and the map or the first table rows.
        needed = 12 + sum(writer.text_height(p, 9.5) + 2 for p in section.paragraphs)
        if section.map is not None and section.map.extent is not None:
            needed += 109
        elif section.table is not None and section.table.rows:
            needed += min(12 + 5 * len(section.table.rows), 60)
        writer.room(min(needed, PAGE_H - 2 * MARGIN - 10))
        writer.heading(section.title)
        for paragraph in section.paragraphs:
            writer.paragraph(paragraph, italic=not section.computed)
        if section.map is not None and section.map.extent is not None and section.map.layers:
            writer.map(section.map)
        if section.table is not None and section.table.rows:
            writer.table(section.table, first_column_width=55 if section.key == "gap_species" else 0)
    return writer


def export_pdf(writer, path):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    result = QgsLayoutExporter(writer.layout).exportToPdf(str(path), settings)
    return result == QgsLayoutExporter.Success


def save_template(writer, path):
    return writer.layout.saveAsTemplate(str(path), QgsReadWriteContext())
