<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
  <context>
    <name>Corridor</name>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="21" />
      <source>Unknown border scale '{scale}': use 50m or 110m.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="24" />
      <source>The country borders file is missing or unreadable: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="34" />
      <source>The borders layer has no ISO 3166-1 alpha-3 field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="49" />
      <source>No border in the shipped borders for: {codes}. Available: {available}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="159" />
      <source>The column mapping is not valid JSON: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="166" />
      <source>Column mapping entries look like role=column; got '{part}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="175" />
      <source>Unknown role '{role}' in the column mapping. Roles: {roles}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="231" />
      <source>The sheet is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="239" />
      <source>The column mapping names '{column}' for {role}, but the sheet has no such column. Columns: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="244" />
      <source>No species column found. Expected a header such as 'species', 'scientific name', 'вид', 'зүйл', '物种' or 'түр' in the first {n} rows; or name the column in MAPPING (e.g. species=B).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="163" />
      <source>The file {name} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="165" />
      <source>The file {name} is a workbook saved with a text extension: rename it to .xlsx, .xls or .ods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="171" />
      <source>The file {name} is not a table: it holds binary data, not text (expected CSV, TSV, XLSX, XLS or ODS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="224" />
      <source>The workbook {name} is password-protected (encrypted). Open it in a spreadsheet program and save it again without a password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="228" />
      <source>The workbook {name} is damaged or not a {kind} file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="241" />
      <source>The workbook {name} cannot be read ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="244" />
      <source>The workbook {name} cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="248" />
      <source>The workbook {name} has no sheet '{sheet}'. Sheets: {sheets}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="268" />
      <source>The workbook {name} has no sheet with data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="279" />
      <source>File not found: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="50" />
      <source>Not a record (a total, a repeated header or a note row).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="51" />
      <source>No species name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="52" />
      <source>Species name not found in the checklist; add it to a mapping file to import it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="53" />
      <source>Species name matches several taxa of the checklist; map it explicitly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="54" />
      <source>No date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="55" />
      <source>Date not understood or impossible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="56" />
      <source>Date in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="57" />
      <source>Date before 1800.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="58" />
      <source>Coordinates not understood (or only one of latitude/longitude).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="59" />
      <source>Impossible coordinates (latitude beyond ±90° or longitude beyond ±180°, also after trying them swapped).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="61" />
      <source>No coordinates and no site to locate the record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="62" />
      <source>No coordinates, and the site is not in the site gazetteer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="63" />
      <source>Abundance not understood or negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="115" />
      <source>The site gazetteer layer cannot be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="124" />
      <source>The site gazetteer has no text field with site names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="272" />
      <source>{where}: the sheet is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="292" />
      <source>{where}: header on row {rows}; columns: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="295" />
      <source>{where}: {n} blank rows skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="351" />
      <source>{where}: dates read month-first (a value like 06/13/2020 was found).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="414" />
      <source>{where}: no column '{column}' for the country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="641" />
      <source>{where}: PROJ has no datum shift from {crs} to WGS 84 for this area; positions may be off by about 100 m (flag DATUM_SHIFT_UNAVAILABLE).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="670" />
      <source>{where}: {n} rows hold Pulkovo 1942 Gauss–Krüger coordinates; the zone was read from the easting prefix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="724" />
      <source>Unknown country '{country}': use CHN, MNG, RUS or KAZ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="734" />
      <source>Unknown coordinate reference system: {crs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="769" />
      <source>{file}{sheet}: {total} rows, {accepted} accepted, {rejected} rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="776" />
      <source>No sheet could be imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="329" />
      <source>Cannot read the checklist file {path}: unknown text encoding.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="378" />
      <source>The checklist file {path} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="392" />
      <source>The file {path} is neither a checklist (column scientific_name_accepted) nor a name mapping (two columns: verbatim, scientificName).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="411" />
      <source>Checklist file not found: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="50" />
      <source>Workflow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="52" />
      <source>From partner species sheets to a transboundary action plan, step by step. Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="87" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="99" />
      <source>Run…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="121" />
      <source>Corridor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="130" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="131" />
      <source>Version {version} · no baseline database open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="19" />
      <source>Partners and sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="20" />
      <source>Import partner species sheets, check rejected rows, load the baseline database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="22" />
      <source>Protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="23" />
      <source>Load WDPA or national layers, clean them, overlay the occurrences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="25" />
      <source>Analyses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="26" />
      <source>Gap analysis, range metrics, transboundary connectivity and corridors.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="28" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="29" />
      <source>Headline figures, charts and the styled result layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="31" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="32" />
      <source>Write the transboundary action-plan report (HTML and PDF).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="39" />
      <source>Corridor panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="42" />
      <source>Show or hide the Corridor workflow panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="16" />
      <source>1 · Partner sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="17" />
      <source>2 · Baseline database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="18" />
      <source>3 · Protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="19" />
      <source>4 · Gap analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="20" />
      <source>5 · Connectivity and corridors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="21" />
      <source>6 · Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="22" />
      <source>Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="25" />
      <source>Country borders of the corridor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="28" />
      <source>Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor (Natural Earth, public domain, EPSG:4326) for use as study regions.

COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).
SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do not share vertices: snap with about 0.001° before border work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="37" />
      <source>Countries (ISO alpha-3, comma-separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>Scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:50m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:110m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="42" />
      <source>Country borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="54" />
      <source>Could not create the output layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="64" />
      <source>Import partner species sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="67" />
      <source>Reads partner species sheets (CSV/TSV/TXT in UTF-8, UTF-16, Windows-1251 or GB18030; XLSX, XLS, ODS: every sheet, or one with file.xlsx|layername=Sheet) and writes validated Darwin Core occurrences (points, EPSG:4326) and a table of rejected rows with a reason code, a message and every original cell. Every row is in exactly one of the two outputs.

INPUT: one or more files.
COUNTRY: ISO 3166-1 alpha-3 of the partner (CHN, MNG, RUS, KAZ), or the name of a column that holds the country per row. Empty: derived from the coordinates.
PARTNER: partner or institution name (institutionCode, part of the stable occurrenceID).
SOURCE_CRS: CRS of the coordinates (default EPSG:4326). Pulkovo 1942 Gauss–Krüger eastings with the zone prefix are recognised in any case.
SITES: optional site gazetteer (points or polygons with a name field) for rows without coordinates.
CHECKLIST: optional extra checklist (same columns as the shipped one) or a two-column mapping verbatim,scientificName that resolves names rejected before.
MAPPING: optional column roles overriding header detection, e.g. species=B; date=Дата; lat=Ш; lon=Д.
DATABASE: optional GeoPackage path or PostGIS connection name of the baseline database to load into.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="86" />
      <source>Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="88" />
      <source>Partner country (ISO alpha-3) or country column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="90" />
      <source>Partner / institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="92" />
      <source>CRS of the coordinates in the sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="95" />
      <source>Site gazetteer (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="98" />
      <source>Extra checklist or name mapping file (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="101" />
      <source>Column mapping (optional), e.g. species=B; date=Дата</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="104" />
      <source>Baseline database: GeoPackage path or PostGIS connection (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="107" />
      <source>Occurrences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="109" />
      <source>Rejected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="112" />
      <source>Importing sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="120" />
      <source>No input file given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="137" />
      <source>Checklist: {n} taxa (version {version})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="149" />
      <source>Internal error: {total} rows read but {a} + {r} written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="151" />
      <source>{total} rows read = {accepted} accepted + {rejected} rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="154" />
      <source>  rejected {code}: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="156" />
      <source>  flagged {flag}: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="162" />
      <source>Could not create the occurrences layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="182" />
      <source>Could not create the rejected rows table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="194" />
      <source>Loading into a baseline database needs the baseline module, which this version of Corridor does not have. Leave DATABASE empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="199" />
      <source>Loading into the baseline database {db} failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="201" />
      <source>Loaded into the baseline database {db}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="30" />
      <source>Corridor algorithm module '{name}' not loaded: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="48" />
      <source>Corridor transboundary biodiversity tools {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="26" />
      <source>This tool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="28" />
      <source>{feature} needs the Python package '{package}', which is not installed. Install: {hint}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CorridorDockContents</name>
    <message>
      <location filename="corridor_plugin/gui/dock.ui" line="0" />
      <source>Corridor</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
