"""The report as one self-contained HTML file (maps embedded as PNG)."""
import base64
import html

from .model import Report

HTML_STYLE = """
body { font-family: 'Noto Sans CJK SC', 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 2em auto;
       max-width: 60em; color: #222; }
h1 { color: #1b5e20; } h2 { color: #2e7d32; border-bottom: 1px solid #c8e6c9; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .6em 0; font-size: 90%; }
th { background: #e8f5e9; text-align: left; } th, td { border: 1px solid #ccc; padding: .25em .5em; }
.missing { color: #8d6e63; font-style: italic; } img { max-width: 100%; border: 1px solid #ccc; }
.note { color: #666; font-size: 85%; }
"""


def _section_html(section) -> list:
    parts = [f'<section id="{section.key}"><h2>{html.escape(section.title)}</h2>']
    for paragraph in section.paragraphs:
        css = ' class="missing"' if not section.computed else ""
        parts.append(f"<p{css}>{html.escape(paragraph)}</p>")
    if section.map is not None and section.map.extent is not None and section.map.layers:
        from .pdf import render_map_image

        png = base64.b64encode(render_map_image(section.map)).decode("ascii")
        parts.append(f'<img alt="{html.escape(section.title)}" src="data:image/png;base64,{png}">')
    if section.table is not None:
        rows = section.full_rows or section.table.rows
        parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in section.table.headers)
                     + "</tr>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>")
        parts.append("</table>")
        if section.table.note and not section.full_rows:
            parts.append(f'<p class="note">{html.escape(section.table.note)}</p>')
    parts.append("</section>")
    return parts


def write_html(report: Report, path):
    parts = [f'<!DOCTYPE html><html lang="{report.language}"><head><meta charset="utf-8">',
             f"<title>{html.escape(report.title)}</title><style>{HTML_STYLE}</style></head><body>",
             f"<h1>{html.escape(report.title)}</h1><p>{html.escape(report.subtitle)}</p>"]
    for section in report.sections:
        parts.extend(_section_html(section))
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
