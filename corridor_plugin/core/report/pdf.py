"""The report's PDF: sections laid out on the pages of a :class:`.layout.LayoutWriter`, exported, saved as
an editable ``.qpt`` template; and single map pictures for the HTML report."""
from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProject,
    QgsReadWriteContext,
)

from .layout import MARGIN, PAGE_H, LayoutWriter, map_height

# Sections on the first page, under the title band: they start there, without a page break.
FIRST_PAGE = ("summary", "actions")


def build_layout(report, project=None, feedback=None):
    writer = LayoutWriter(project)
    writer.load_cover(report.title, report.subtitle)
    for i, section in enumerate(report.sections):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(60 + 30.0 * i / len(report.sections))
        if section.key in FIRST_PAGE:
            writer.heading(section.title, keep_page=True)
            for paragraph in section.paragraphs:
                writer.paragraph(paragraph, italic=not section.computed)
            if section.table is not None and section.table.rows:
                writer.table(section.table, first_column_width=8 if section.key == "actions" else 0,
                             widths=(8, 52, 32, 60, 28) if section.key == "actions" else None)
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
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result = QgsLayoutExporter(writer.layout).exportToPdf(str(path), settings)
    return result == QgsLayoutExporter.ExportResult.Success


def save_template(writer, path):
    return writer.layout.saveAsTemplate(str(path), QgsReadWriteContext())


def render_map_image(spec, width_mm=180.0, dpi=110):
    """PNG bytes of one map with its legend, scale bar and north arrow (for the HTML report)."""
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize

    writer = LayoutWriter(QgsProject.instance())
    height = map_height(spec, width_mm, 60, 130)
    page = QgsLayoutItemPage(writer.layout)
    page.setPageSize(QgsLayoutSize(width_mm + 4, height + 4))
    writer.layout.pageCollection().addPage(page)
    writer.page = 0
    item = QgsLayoutItemMap(writer.layout)
    writer.layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(2, 2), page=0)
    item.attemptResize(QgsLayoutSize(width_mm, height))
    writer.set_map(item, spec)
    writer.decorate(item, spec)
    pixels = QSize(int((width_mm + 4) / 25.4 * dpi), int((height + 4) / 25.4 * dpi))
    image = QgsLayoutExporter(writer.layout).renderPageToImage(0, pixels, dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)
