<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
      <location filename="corridor_plugin/core/protected_areas.py" line="192" />
      <source>The layer {name} could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="194" />
      <source>The layer {name} has no point or polygon geometry: protected areas need outlines (or points with a reported area).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="197" />
      <source>The layer {name} has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="202" />
      <source>The layer {name} is neither WDPA (legacy or 2025 schema) nor mapped: give at least the name field of a national layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="216" />
      <source>no geometry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="234" />
      <source>same pa_id already read from another layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="252" />
      <source>status '{status}' is not Designated, Inscribed or Established</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="256" />
      <source>UNESCO-MAB Biosphere Reserve (not a protected area designation, overlaps national sites)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="259" />
      <source>OECM (other effective area-based conservation measure)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="262" />
      <source>marine site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="266" />
      <source>STATUS_YR 0 (not reported) set to null</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="273" />
      <source>point-only site (buffering switched off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="276" />
      <source>point-only site without a reported area (REP_AREA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="281" />
      <source>point-only site buffered to a circle of {area} km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="292" />
      <source>split at the antimeridian (180°)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="301" />
      <source>invalid geometry ({error}), repair switched off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="306" />
      <source>invalid geometry ({error}) could not be repaired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="310" />
      <source>invalid geometry repaired ({error})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="322" />
      <source>outside the study region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="327" />
      <source>only touches the study region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="330" />
      <source>clipped to the study region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="433" />
      <source>wholly inside higher-precedence areas: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="438" />
      <source>overlap with {ids} erased (precedence: IUCN category, then year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="464" />
      <source>dissolved into {pa_id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="489" />
      <source>Unknown area CRS: {crs}</source>
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
      <location filename="corridor_plugin/processing/overlay.py" line="63" />
      <source>Overlay occurrences on protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="66" />
      <source>Counts the partner occurrences that fall in each protected area (points on a boundary count as inside, like the 'intersects' predicate) and writes four outputs.

OCCURRENCES: point layer with the Darwin Core fields of the baseline (scientificName, institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, country_iso3).
PROTECTED_AREAS: the layer from 'Prepare protected areas' or any polygon layer; its attributes are kept. Areas are identified by pa_id, else WDPA ids, else fid.
BUFFER: records outside an area but within this distance (km) of its boundary are counted as edge records (0 = off).

OUTPUT_AREAS: the areas with records, richness (species), threatened (IUCN CR/EN/VU species), cites (CITES-listed species), partners, last_survey, first_year, last_year, years_covered, edge_records.
OUTPUT_SPECIES_AREAS: one row per species and area: records, abundance sum and maximum (individualCount, else abundanceMax), first and last date.
OUTPUT_SPECIES: per species: records, records inside any area, share protected, number of areas, countries of the protected records.
OUTPUT_OCCURRENCES: the occurrences with pa_ids (';'-separated), n_pas and edge_pa_ids.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="87" />
      <source>Occurrences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="91" />
      <source>Edge buffer (km, 0 = none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="94" />
      <source>Protected areas with figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="96" />
      <source>Species × protected area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="98" />
      <source>Species protection summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="100" />
      <source>Occurrences with protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="108" />
      <source>The occurrence layer could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="110" />
      <source>The protected-area layer could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="112" />
      <source>The occurrence layer must be a point layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="114" />
      <source>The protected-area layer must be a polygon layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="115" />
      <source>occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="115" />
      <source>protected-area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="117" />
      <source>The {layer} layer has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="138" />
      <source>{n} occurrences without geometry were not overlaid (they count as unprotected records).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="140" />
      <source>{n} occurrences read in {s:.1f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="162" />
      <source>{n} protected areas have no geometry and get no records: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="169" />
      <source>{n} point–area matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="198" />
      <source>Overlay done in {s:.1f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="224" />
      <source>Fast GeoPackage copy failed ({error}); writing feature by feature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="234" />
      <source>Could not create the output layer {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="63" />
      <source>Prepare protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="66" />
      <source>Reads protected areas from WDPA (legacy schema with WDPAID, or the late-2025 schema with SITE_ID; shapefile, GeoPackage or File Geodatabase, polygon and point parts, several files at once) or from national layers with a field mapping, and cleans them as the wdpar R package does.

INPUT: one or more layers. REGION: optional study region (polygons) to clip to.
KEEP_STATUS keeps Designated/Inscribed/Established sites; DROP_MAB drops UNESCO-MAB Biosphere Reserves; DROP_OECM and DROP_MARINE drop OECMs and marine sites; BUFFER_POINTS turns point-only sites into circles of their reported area (REP_AREA); REPAIR repairs invalid geometries. STATUS_YR 0 becomes null. Sites crossing 180° are split. OVERLAPS: keep, erase by IUCN category precedence (Ia first), or dissolve per country. AREA_CRS: equal-area CRS for area_km2 (empty: a Lambert azimuthal equal-area projection centred on each site, exact on the WGS84 ellipsoid; ESRI:54009 gives wdpar's Mollweide, which is spherical: -0.1 % at 50°N, -0.5 % at 70°N).
National layers: give ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (names of their fields); pa_id is '&lt;layer&gt;:&lt;id&gt;'.

OUTPUT fields: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (several ISO3 or part of Dauria / Great Altai), source, provenance. REPORT: one row per removed or changed site with the step and the reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="86" />
      <source>Protected-area layers (WDPA or national)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="88" />
      <source>Study region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="90" />
      <source>Keep only Designated, Inscribed, Established</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="91" />
      <source>Drop UNESCO-MAB Biosphere Reserves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="92" />
      <source>Drop OECMs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="93" />
      <source>Drop marine sites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="94" />
      <source>Buffer point-only sites to their reported area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="95" />
      <source>Repair invalid geometries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="98" />
      <source>Overlapping areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="99" />
      <source>Keep overlaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="99" />
      <source>Erase by IUCN category precedence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="100" />
      <source>Dissolve per country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="102" />
      <source>Equal-area CRS for areas (empty: per-site Lambert azimuthal equal-area)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="104" />
      <source>National layers: id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="105" />
      <source>National layers: name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="106" />
      <source>National layers: local-name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="107" />
      <source>National layers: ISO3 country field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="108" />
      <source>National layers: designation field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="109" />
      <source>National layers: IUCN category field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="110" />
      <source>National layers: status year field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="113" />
      <source>Clean protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="115" />
      <source>Cleaning report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="121" />
      <source>Only {n} of the {m} input layers could be opened: check {sources}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="126" />
      <source>None of the input layers could be opened: {sources}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="128" />
      <source>Give at least one protected-area layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="138" />
      <source>{name} is not a vector layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="142" />
      <source>The layer {name} has no field {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="150" />
      <source>The input layers hold no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="198" />
      <source>{step}: {n} {action}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="200" />
      <source>{read} sites read, {kept} kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="202" />
      <source>No protected area is left after cleaning: see the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="208" />
      <source>The study region has no (or an unknown) coordinate reference system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="220" />
      <source>The study region has no polygon.</source>
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
