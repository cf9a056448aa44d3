"""The report as a QGIS print layout: A4 pages of headings, paragraphs, maps and tables, exported to PDF.

The first page comes from ``resources/report/corridor_report_cover.qpt`` (items ``title`` and
``subtitle`` on a band), so users can restyle it in QGIS's layout designer; under the band it holds what
the data say and the ranked actions, and the sections follow in code. Every map has a legend, a scale bar
(in km: maps are drawn in a Lambert azimuthal equal-area projection centred on their extent) and a north
arrow. The finished layout is also saved as a ``.qpt`` beside the PDF, to be opened and edited.

Labels are HTML labels and tables, legends and scale bars use DejaVu Sans (Han glyphs from Noto Sans
CJK SC): drawn otherwise, Noto Sans CJK's digits after Latin text lose their Unicode mapping in Qt's PDF
writer (they render, but cannot be copied out of the PDF).
"""
import html
import math

from qgis.core import (
    QgsApplication,
    QgsLayerTree,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ...toolbelt.paths import resources_path
from ...toolbelt.qgis_compat import set_label_font, set_legend_style_font
from .maps import fit_extent, map_crs

# Covers Latin, Cyrillic (incl. Kazakh and Mongolian letters) and CJK; Qt falls back per glyph if absent.
REPORT_FONT = "Noto Sans CJK SC"

NORTH_ARROW = "arrows/NorthArrow_02.svg"

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
BODY_W = PAGE_W - 2 * MARGIN
GREEN = QColor(27, 94, 32)
COVER_TEMPLATE = "corridor_report_cover.qpt"


TABLE_FONT = "DejaVu Sans"


def report_font(size, bold=False):
    """Font of the (HTML) labels: the table font. From QGIS 3.32 labels are drawn by QgsTextRenderer, and
    its PDFs of Noto Sans CJK text lose the digits' text (visible, but not copied or searched), so Latin and
    Cyrillic come from DejaVu Sans and Han from the CJK font by substitution, in labels as in tables."""
    return table_font(size, bold)


def table_font(size, bold=False):
    """Font of tables, legends and scale bars; glyphs it lacks (Han) come from the report font."""
    if REPORT_FONT not in QFont.substitutes(TABLE_FONT):
        QFont.insertSubstitution(TABLE_FONT, REPORT_FONT)
    font = QFont(TABLE_FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def html_text(text, align="left") -> str:
    """Plain text as the body of an HTML label: escaped, aligned, line breaks kept."""
    return f'<div style="text-align:{align}">' + html.escape(str(text)).replace("\n", "<br>") + "</div>"


def north_arrow_path():
    for folder in QgsApplication.svgPaths():
        candidate = f"{folder.rstrip('/')}/{NORTH_ARROW}"
        try:
            with open(candidate, "rb"):
                return candidate
        except OSError:
            continue
    return None


class LayoutWriter:
    """Places items top to bottom on A4 portrait pages, opening a new page when one is full."""

    def __init__(self, project=None):
        self.project = project or QgsProject.instance()
        self.layout = QgsPrintLayout(self.project)
        self.layout.setUnits(QgsUnitTypes.LayoutUnit.LayoutMillimeters)
        self.page = -1
        self.y = MARGIN
        self.maps = []
        self.legend_trees = []  # the legends' layer trees must live as long as the layout

    # -- pages --------------------------------------------------------------------------------
    def load_cover(self, title, subtitle, note="", map_spec=None):
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
                item.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
                item.setText(html_text(text))
        cover_map = self.layout.itemById("cover_map")
        if isinstance(cover_map, QgsLayoutItemMap):
            # a template from an older version: the first page now holds the summary, the maps follow
            self.layout.removeLayoutItem(cover_map)
        note_item = self.layout.itemById("cover_note")
        if isinstance(note_item, QgsLayoutItemLabel) and not note:
            self.layout.removeLayoutItem(note_item)
        band = self.layout.itemById("cover_band")
        self.page = 0
        self.y = (band.pos().y() + band.rect().height() + 8) if band is not None else 70

    def new_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        self.page = self.layout.pageCollection().pageCount() - 1
        self.y = MARGIN
        footer = self.label(str(self.page + 1), MARGIN, PAGE_H - 10, BODY_W, 5, 7, colour=QColor(120, 120, 120),
                            place=False)
        footer.setHAlign(Qt.AlignmentFlag.AlignRight)
        footer.setText(html_text(str(self.page + 1), "right"))

    def room(self, height):
        if self.page < 0 or self.y + height > PAGE_H - MARGIN - 4:
            self.new_page()

    # -- items ------------------------------------------------------------------------------------
    def label(self, text, x, y, width, height, size, bold=False, colour=None, place=True, item_id=None):
        label = QgsLayoutItemLabel(self.layout)
        label.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
        label.setText(html_text(text))
        set_label_font(label, report_font(size, bold), colour or QColor(33, 33, 33))
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
        line = QgsLayoutUtils.fontHeightMM(font) * 1.2
        lines = 0
        for paragraph in str(text).split("\n"):
            lines += max(1, math.ceil(QgsLayoutUtils.textWidthMM(font, paragraph) / (width * 0.98)))
        return lines * line + 1

    def heading(self, text, keep_page=False):
        if not keep_page:
            self.room(30)
        self.label(text, MARGIN, self.y, BODY_W, 8, 14, bold=True, colour=GREEN)
        rule = QgsLayoutItemShape(self.layout)
        rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        self.layout.addLayoutItem(rule)
        rule.attemptMove(QgsLayoutPoint(MARGIN, self.y + 8.5), page=self.page)
        rule.attemptResize(QgsLayoutSize(BODY_W, 0.4))
        symbol = rule.symbol().clone()
        symbol.setColor(QColor(165, 214, 167))
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
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
        self.decorate(item, spec)
        self.y += height + 4
        return item

    def set_map(self, item, spec):
        crs, extent = map_crs(spec.extent)
        item.setCrs(crs)
        item.setLayers(list(reversed(spec.layers)))
        item.setKeepLayerSet(True)
        size = item.sizeWithUnits()
        item.setExtent(fit_extent(extent, size.width(), size.height()))
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        item.setBackgroundColor(QColor(214, 230, 240))
        self.maps.append(item)

    def decorate(self, item, spec):
        """Legend (top left), scale bar (bottom left) and north arrow (top right) inside the map frame."""
        position = item.pagePositionWithUnits()
        size = item.sizeWithUnits()
        x0, y0, width, height = position.x(), position.y(), size.width(), size.height()
        legend_layers = [layer for layer in spec.layers if layer.customProperty("corridor_legend", True)]
        if legend_layers:
            self._add_legend(item, legend_layers, x0 + 2, y0 + 2)
        self._add_scale_bar(item, x0 + 2, y0 + height - 2, width)
        self._add_north_arrow(item, x0 + width - 9, y0 + 2)

    def _add_legend(self, item, legend_layers, x, y):
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle("")
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        tree = QgsLayerTree()
        for layer in legend_layers:
            tree.addLayer(layer)
        self.legend_trees.append(tree)
        legend.model().setRootGroup(tree)
        for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                      QgsLegendStyle.Style.SymbolLabel):
            set_legend_style_font(legend.rstyle(style),
                                  table_font(6.5, bold=style != QgsLegendStyle.Style.SymbolLabel))
        legend.setSymbolHeight(3.0)
        legend.setSymbolWidth(5.0)
        legend.setBackgroundEnabled(True)
        legend.setBackgroundColor(QColor(255, 255, 255, 220))
        legend.setFrameEnabled(True)
        legend.setFrameStrokeWidth(QgsLayoutMeasurement(0.15))
        legend.setResizeToContents(True)
        legend.setId(f"legend_{len(self.maps)}")
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x, y), page=item.page())
        legend.adjustBoxSize()

    def _add_scale_bar(self, item, x, bottom, width):
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.setUnitLabel("km")
        bar.setNumberOfSegments(2)
        bar.setHeight(1.5)
        bar.setNumberOfSegmentsLeft(0)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
        bar.setMinimumBarWidth(15)
        bar.setMaximumBarWidth(max(20.0, width / 4))
        bar.setTextFormat(QgsTextFormat.fromQFont(table_font(6.5)))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 200))
        bar.setId(f"scalebar_{len(self.maps)}")
        self.layout.addLayoutItem(bar)
        bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.update()
        bar_size = bar.sizeWithUnits()
        bar.attemptMove(QgsLayoutPoint(x, bottom - bar_size.height()), page=item.page())

    def _add_north_arrow(self, item, x, y):
        page = item.page()
        arrow_path = north_arrow_path()
        if arrow_path:
            arrow = QgsLayoutItemPicture(self.layout)
            arrow.setPicturePath(arrow_path)
            arrow.setLinkedMap(item)
            arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
            arrow.setId(f"north_{len(self.maps)}")
            self.layout.addLayoutItem(arrow)
            arrow.attemptResize(QgsLayoutSize(7, 10))
            arrow.attemptMove(QgsLayoutPoint(x, y), page=page)
        else:  # no SVG shipped: a plain N
            self.label("N ↑", x, y, 8, 5, 8, bold=True, place=False).attemptMove(QgsLayoutPoint(x, y), page=page)

    def table(self, table, first_column_width=0, widths=None):
        text_table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(text_table)
        columns = []
        for i, heading in enumerate(table.headers):
            column = QgsLayoutTableColumn(heading)
            if widths is not None and i < len(widths):
                column.setWidth(widths[i])
            elif i == 0 and first_column_width:
                column.setWidth(first_column_width)
            columns.append(column)
        text_table.setColumns(columns)
        header_font, content_font = table_font(7.5, bold=True), table_font(7.5)
        text_table.setHeaderTextFormat(QgsTextFormat.fromQFont(header_font))
        text_table.setContentTextFormat(QgsTextFormat.fromQFont(content_font))
        text_table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        margin = 0.8
        text_table.setCellMargin(margin)
        text_table.setGridStrokeWidth(0.15)
        text_table.setBackgroundColor(QColor(255, 255, 255))
        rows = [[str(c) for c in row] for row in table.rows]
        text_table.setContents(rows)
        header = QgsLayoutUtils.fontHeightMM(header_font) * 1.25 + 2 * margin + 0.5
        heights = row_heights(rows, content_font, margin, widths, first_column_width)
        # The rows flow from frame to frame (the header repeated): fill what is left of this page, then
        # go on over as many pages as needed.
        text_table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        bottom = PAGE_H - MARGIN - 4
        remaining = list(heights)
        while True:
            room = bottom - self.y
            if self.page < 0 or room < header + (remaining[0] if remaining else 0) + 1.5:
                self.new_page()
                room = bottom - self.y
            height, fitted = header + 1.5, 0
            while fitted < len(remaining) and height + remaining[fitted] <= room:
                height += remaining[fitted]
                fitted += 1
            fitted = max(fitted, 1) if remaining else 0
            frame = QgsLayoutFrame(self.layout, text_table)
            frame.attemptMove(QgsLayoutPoint(MARGIN, self.y), page=self.page)
            frame.attemptResize(QgsLayoutSize(BODY_W, min(height, room)))
            text_table.addFrame(frame)
            self.y += min(height, room) + 3
            remaining = remaining[fitted:]
            if not remaining:
                break
        text_table.refresh()
        if table.note:
            self.paragraph(table.note, italic=True, size=8)
        return text_table


def row_heights(rows, font, margin, widths=None, first_column_width=0):
    """Heights (mm) of table rows: layout tables only report the height of their frames, so the rows'
    height is estimated from the font and the wrapped columns."""
    line = QgsLayoutUtils.fontHeightMM(font) * 1.1
    heights = []
    for row in rows:
        lines = 1
        if widths is not None:
            lines = max(int(QgsLayoutUtils.textWidthMM(font, cell) / (width - 2 * margin)) + 1
                        for cell, width in zip(row, widths))
        elif first_column_width and row:
            lines = int(QgsLayoutUtils.textWidthMM(font, row[0]) / (first_column_width - 2 * margin)) + 1
        heights.append(lines * line + 2 * margin + 0.15)
    return heights


def map_height(spec, width, lowest, highest):
    """Height of a map frame of ``width`` that shows ``spec``'s extent (EPSG:4326) without wasted margins."""
    extent = spec.extent
    ratio = extent.height() / max(extent.width(), 1e-9)
    return max(lowest, min(highest, width * ratio))


def build_cover(layout):
    """The default cover page (also what ``resources/report/corridor_report_cover.qpt`` holds)."""
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout.pageCollection().addPage(page)
    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    band.setId("cover_band")
    layout.addLayoutItem(band)
    band.attemptMove(QgsLayoutPoint(0, 0), page=0)
    band.attemptResize(QgsLayoutSize(PAGE_W, 62))
    symbol = band.symbol().clone()
    symbol.setColor(GREEN)
    symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    band.setSymbol(symbol)
    for item_id, y, height, size, bold, colour in (
            ("title", 16, 30, 22, True, QColor(255, 255, 255)),
            ("subtitle", 48, 8, 10, False, QColor(232, 245, 233))):
        label = QgsLayoutItemLabel(layout)
        label.setId(item_id)
        label.setText(item_id)
        set_label_font(label, report_font(size, bold), colour)
        label.setMarginX(0)
        label.setMarginY(0)
        layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(MARGIN, y), page=0)
        label.attemptResize(QgsLayoutSize(BODY_W, height))
    return layout
