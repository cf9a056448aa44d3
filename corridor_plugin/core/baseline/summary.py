"""What the baseline holds, per partner, country, taxon group and year: records, species, date range and
the share of records with coordinates; as a table and as an HTML page with an inline SVG chart."""
import html

from ...toolbelt.i18n import tr

SUMMARY_COLUMNS = ("partner", "country_iso3", "taxonGroup", "year", "records", "species", "date_from", "date_to",
                   "with_coordinates", "share_with_coordinates")

# One aggregate query, the same on SQLite and PostgreSQL. Species: distinct accepted names among the
# records that are not true absences (an absence does not show that a species is there).
SUMMARY_SQL = """SELECT partner, country_iso3, "taxonGroup", "year", COUNT(*),
    COUNT(DISTINCT CASE WHEN "occurrenceStatus" = 'absent' THEN NULL ELSE "scientificName" END),
    MIN("eventDateStart"), MAX("eventDateEnd"),
    SUM(CASE WHEN "decimalLatitude" IS NOT NULL AND "decimalLongitude" IS NOT NULL THEN 1 ELSE 0 END)
    FROM occurrences GROUP BY partner, country_iso3, "taxonGroup", "year"
    ORDER BY partner, country_iso3, "taxonGroup", "year\""""


def baseline_summary(store):
    """A DataFrame with SUMMARY_COLUMNS, one row per partner × country × taxon group × year."""
    import pandas as pd

    rows = store.query(SUMMARY_SQL)
    frame = pd.DataFrame.from_records(rows, columns=SUMMARY_COLUMNS[:-1])
    for name in ("records", "species", "with_coordinates"):
        frame[name] = frame[name].astype("int64")
    frame["year"] = pd.to_numeric(frame["year"], errors="coerce").astype("Int64")
    frame["share_with_coordinates"] = (frame["with_coordinates"] / frame["records"]).astype(float)
    return frame[list(SUMMARY_COLUMNS)]


_PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")


def svg_chart(frame, width=900, height=320):
    """Records per year, stacked by partner, as an inline SVG (no script, no external file)."""
    if frame.empty:
        return ""
    data = frame.dropna(subset=["year"]).groupby(["year", "partner"])["records"].sum().unstack(fill_value=0)
    if data.empty:
        return ""
    partners = list(data.columns)
    years = [int(y) for y in data.index]
    top = max(int(data.sum(axis=1).max()), 1)
    left, bottom, right, head = 60, 40, 300, 20
    plot_w, plot_h = width - left - right, height - bottom - head
    step = plot_w / len(years)
    bar = step * 0.7
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(tr("Records per year and partner"))}" font-family="sans-serif" font-size="11">']
    parts.append(f'<line x1="{left}" y1="{head + plot_h}" x2="{left + plot_w}" y2="{head + plot_h}" stroke="#333"/>')
    parts.append(f'<line x1="{left}" y1="{head}" x2="{left}" y2="{head + plot_h}" stroke="#333"/>')
    parts.append(f'<text x="14" y="{head + plot_h / 2:.1f}" text-anchor="middle" '
                 f'transform="rotate(-90 14 {head + plot_h / 2:.1f})">{html.escape(tr("Records"))}</text>')
    for tick in range(5):
        value = top * tick / 4
        y = head + plot_h - plot_h * tick / 4
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:,.0f}</text>')
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
    for i, year in enumerate(years):
        x = left + i * step + (step - bar) / 2
        base = head + plot_h
        for j, partner in enumerate(partners):
            value = int(data.iloc[i][partner])
            if value <= 0:
                continue
            h = plot_h * value / top
            base -= h
            parts.append(f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{_PALETTE[j % len(_PALETTE)]}"><title>{html.escape(str(partner))} {year}: '
                         f'{value}</title></rect>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{head + plot_h + 16}" text-anchor="middle">{year}</text>')
    for j, partner in enumerate(partners):
        y = head + 14 * j
        parts.append(f'<rect x="{width - right + 12}" y="{y}" width="10" height="10" '
                     f'fill="{_PALETTE[j % len(_PALETTE)]}"/>')
        label = str(partner) if len(str(partner)) <= 40 else str(partner)[:39] + "…"
        parts.append(f'<text x="{width - right + 28}" y="{y + 9}">{html.escape(label)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def summary_html(frame, title=None):
    title = title or tr("Baseline database summary")
    headers = [tr("Partner"), tr("Country"), tr("Taxon group"), tr("Year"), tr("Records"), tr("Species"),
               tr("First date"), tr("Last date"), tr("With coordinates"), tr("Share with coordinates")]
    rows = []
    for record in frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None):
        cells = list(record)
        cells[-1] = f"{100 * cells[-1]:.1f} %" if cells[-1] is not None else ""
        rows.append("<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in cells) + "</tr>")
    total = int(frame["records"].sum()) if len(frame) else 0
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:3px 8px}}td:nth-child(n+4){{text-align:right}}</style></head>
<body><h1>{html.escape(title)}</h1>
<p>{html.escape(tr("{records} records in {groups} groups.").format(records=total, groups=len(frame)))}</p>
<h2>{html.escape(tr("Records per year and partner"))}</h2>
{svg_chart(frame)}
<h2>{html.escape(tr("Per partner, country, taxon group and year"))}</h2>
<table><thead><tr>{"".join(f"<th>{html.escape(h)}</th>" for h in headers)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
