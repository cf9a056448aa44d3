<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Corridor</name>
    <message>
      <location filename="corridor_plugin/core/baseline/__init__.py" line="39" />
      <source>No baseline database given: choose a GeoPackage file or a saved PostgreSQL connection.</source>
      <translation>未指定基线数据库：请选择 GeoPackage 文件或已保存的 PostgreSQL 连接。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="145" />
      <source>'{value}' is not a date in the form YYYY-MM-DD.</source>
      <translation>“{value}”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="250" />
      <source>Unknown licence '{licence}': use one of {known}.</source>
      <translation>未知许可协议“{licence}”：请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="331" />
      <source>A Darwin Core Archive needs a dataset title.</source>
      <translation>Darwin Core 存档需要数据集标题。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="340" />
      <source>{n} records of sensitive species generalised (coordinates to grid-cell centres, locality withheld).</source>
      <translation>已对 {n} 条敏感物种记录进行泛化（坐标改为网格单元中心，地点信息已隐去）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="343" />
      <source>Full precision chosen: sensitive species are exported with exact coordinates; the archive's metadata say so.</source>
      <translation>已选择完整精度：敏感物种以精确坐标导出；归档的元数据中已注明。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="349" />
      <source>Corridor baseline database</source>
      <translation>Corridor 基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="372" />
      <source>Cannot write the archive '{path}': {error}</source>
      <translation>无法写入存档“{path}”：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="114" />
      <source>'{path}' is neither a GeoPackage (.gpkg) nor a saved PostgreSQL connection name.</source>
      <translation>“{path}”既不是 GeoPackage（.gpkg），也不是已保存的 PostgreSQL 连接名称。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="117" />
      <source>The folder of the GeoPackage '{path}' does not exist.</source>
      <translation>GeoPackage“{path}”所在的文件夹不存在。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="122" />
      <source>'{path}' is not a GeoPackage: the file is not an SQLite database.</source>
      <translation>“{path}”不是 GeoPackage：该文件不是 SQLite 数据库。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="126" />
      <source>The baseline database '{path}' does not exist.</source>
      <translation>基线数据库“{path}”不存在。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="137" />
      <source>Cannot open the GeoPackage '{path}': {error}</source>
      <translation>无法打开 GeoPackage“{path}”：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="161" />
      <source>GeoPackage error in '{path}': {error}</source>
      <translation>GeoPackage“{path}”出错：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="332" />
      <source>Cannot open the occurrences of '{path}' as a layer.</source>
      <translation>无法将“{path}”中的分布记录作为图层打开。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="69" />
      <source>Cancelled while reading the layer; nothing was loaded.</source>
      <translation>读取图层时已取消；未加载任何内容。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="80" />
      <source>The occurrence layer is empty: nothing to load.</source>
      <translation>分布记录图层为空：没有可加载的内容。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="82" />
      <source>{count} occurrences have no occurrenceID: load the output of Import partner sheets, which gives every record a stable id.</source>
      <translation>有 {count} 条分布记录没有 occurrenceID：请加载“导入合作方物种表”的输出结果，它会为每条记录分配固定标识符。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="111" />
      <source>Cannot tell the partner of {file} [{sheet}] (institutionCode is {found}): set PARTNER.</source>
      <translation>无法确定 {file} [{sheet}] 的合作方（institutionCode 为 {found}）：请设置 PARTNER。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="113" />
      <source>empty</source>
      <translation>空</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="49" />
      <source>No saved PostgreSQL connection called '{name}' in QGIS (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>QGIS 中没有名为“{name}”的已保存 PostgreSQL 连接（浏览器 ▸ PostgreSQL ▸ 新建连接）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="72" />
      <source>The authentication configuration '{id}' of connection '{name}' cannot be read (is the QGIS master password set?).</source>
      <translation>无法读取连接“{name}”的认证配置“{id}”（是否已设置 QGIS 主密码？）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="98" />
      <source>The PostGIS baseline</source>
      <translation>PostGIS 基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="113" />
      <source>Cannot connect to the PostGIS baseline '{name}': {error}</source>
      <translation>无法连接到 PostGIS 基线数据库“{name}”：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="127" />
      <source>The database '{name}' has no PostGIS extension and this user may not create it: ask the administrator to run CREATE EXTENSION postgis.</source>
      <translation>数据库“{name}”没有 PostGIS 扩展，且当前用户无权创建：请联系管理员执行 CREATE EXTENSION postgis。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="179" />
      <source>The connection to the PostGIS baseline '{name}' was lost; the submission being loaded was rolled back. ({error})</source>
      <translation>与 PostGIS 基线数据库“{name}”的连接已断开；正在加载的提交已回滚。（{error}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="183" />
      <source>PostGIS error in '{name}': {error}</source>
      <translation>“{name}”中出现 PostGIS 错误：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="324" />
      <source>Cannot open the occurrences of '{name}' as a layer.</source>
      <translation>无法将“{name}”中的分布记录作为图层打开。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="44" />
      <source>'{name}' is not a valid result table name: use lowercase letters, digits and underscores, starting with a letter.</source>
      <translation>“{name}”不是有效的结果表名称：请使用小写字母、数字和下划线，并以字母开头。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="47" />
      <source>'{name}' is a table of the baseline itself and cannot be overwritten by a result.</source>
      <translation>“{name}”是基线数据库自身的表，不能被结果覆盖。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="62" />
      <source>Loading was cancelled; the submission in progress was rolled back.</source>
      <translation>加载已取消；正在进行的提交已回滚。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="186" />
      <source>'{name}' is not a Corridor baseline database (it has no baseline tables): choose the baseline, or load sheets into it first.</source>
      <translation>“{name}”不是 Corridor 基线数据库（没有基线数据表）：请选择基线数据库，或先向其中载入表格。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="213" />
      <source>This baseline database was written by a newer Corridor (schema version {found}, this Corridor knows {known}). Update the plugin.</source>
      <translation>该基线数据库由更新版本的 Corridor 写入（架构版本 {found}，当前 Corridor 支持 {known}）。请更新插件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="323" />
      <source>'{table}' does not take features; use one of {tables}.</source>
      <translation>“{table}”不接受要素；请使用以下表之一：{tables}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="392" />
      <source>{file} [{sheet}] from {partner}: {status}, {rows} occurrences added, {present} already present, {rejected} rejected rows, {dups} duplicates linked</source>
      <translation>{file} [{sheet}]，来自 {partner}：{status}，新增 {rows} 条分布记录，{present} 条已存在，{rejected} 行被拒，关联 {dups} 条重复记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="644" />
      <source>Some occurrences of {file} have no occurrenceID; nothing was loaded. Import the sheet with Import partner sheets, which gives every record a stable id.</source>
      <translation>{file} 中部分分布记录没有 occurrenceID；未加载任何内容。请用“导入合作方物种表”导入该表，它会为每条记录分配固定标识符。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="728" />
      <source>{count} rows belong to no submission of the import (their sourceFile/sourceSheet match no file and sheet); nothing was loaded.</source>
      <translation>有 {count} 行不属于本次导入的任何提交（其 sourceFile/sourceSheet 与任何文件和工作表都不匹配）；未加载任何内容。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="762" />
      <source>The import has rejected rows but no occurrences and no submission: give the partner so the rejected rows can be recorded.</source>
      <translation>本次导入有被拒行，但没有分布记录也没有提交：请指定合作方，以便记录被拒行。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="85" />
      <source>Baseline database summary</source>
      <translation>基线数据库汇总</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Partner</source>
      <translation>合作方</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Taxon group</source>
      <translation>类群</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Records</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Species</source>
      <translation>物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>First date</source>
      <translation>最早日期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Last date</source>
      <translation>最晚日期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>With coordinates</source>
      <translation>有坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Share with coordinates</source>
      <translation>有坐标比例</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="99" />
      <source>{records} records in {groups} groups.</source>
      <translation>{groups} 个分组中共 {records} 条记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="100" />
      <source>Records per year and partner</source>
      <translation>按年份和合作方统计的记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="102" />
      <source>Per partner, country, taxon group and year</source>
      <translation>按合作方、国家、类群和年份</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="21" />
      <source>Unknown border scale '{scale}': use 50m or 110m.</source>
      <translation>未知边界比例尺“{scale}”：请使用 50m 或 110m。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="24" />
      <source>The country borders file is missing or unreadable: {path}</source>
      <translation>国界文件缺失或无法读取：{path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="34" />
      <source>The borders layer has no ISO 3166-1 alpha-3 field.</source>
      <translation>边界图层没有 ISO 3166-1 alpha-3 字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="49" />
      <source>No border in the shipped borders for: {codes}. Available: {available}</source>
      <translation>随附的边界数据中没有以下国家的边界：{codes}。可用：{available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="95" />
      <source>Target '{text}' is not a number (write 0.3 or 30%).</source>
      <translation>目标“{text}”不是数字（请写 0.3 或 30%）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="99" />
      <source>Target '{text}' is outside 0–1 (write 0.3 or 30%).</source>
      <translation>目标“{text}”超出 0–1 范围（请写 0.3 或 30%）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="111" />
      <source>Target entry '{entry}' needs the form name=share.</source>
      <translation>目标条目“{entry}”须采用 名称=比例 的形式。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="115" />
      <source>Target entry '{entry}' has no name.</source>
      <translation>目标条目“{entry}”没有名称。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="384" />
      <source>No present occurrence and no range polygon: nothing to analyse.</source>
      <translation>没有“存在”状态的分布记录，也没有分布区多边形：无可分析内容。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="401" />
      <source>Study area is large: protected shares use {sub}×{sub} pixels per cell.</source>
      <translation>研究区范围较大：保护比例按每个单元 {sub}×{sub} 个像元计算。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="474" />
      <source>The range of {name} is too small for the grid or empty.</source>
      <translation>{name} 的分布区对该网格而言过小或为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="564" />
      <source>The gap grid would have {n} cells: choose a larger cell size.</source>
      <translation>空缺网格将有 {n} 个单元：请选择更大的单元大小。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="695" />
      <source>{records}% of the records lie inside protected areas, which cover {area}% of the analysed cells.</source>
      <translation>{records}% 的记录位于保护地内，而保护地仅覆盖所分析单元的 {area}%。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="698" />
      <source>Sampling is concentrated inside protected areas: protected shares of ranges built from records are overstated.</source>
      <translation>采样集中在保护地内：由记录构建的分布区的受保护比例被高估。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="177" />
      <source>The column mapping is not valid JSON: {detail}</source>
      <translation>列映射不是有效的 JSON：{detail}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="184" />
      <source>Column mapping entries look like role=column; got '{part}'.</source>
      <translation>列映射条目应形如 角色=列；实际为“{part}”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="193" />
      <source>Unknown role '{role}' in the column mapping. Roles: {roles}</source>
      <translation>列映射中存在未知角色“{role}”。可用角色：{roles}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="249" />
      <source>The sheet is empty.</source>
      <translation>该工作表为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="257" />
      <source>The column mapping names '{column}' for {role}, but the sheet has no such column. Columns: {columns}</source>
      <translation>列映射为 {role} 指定了列“{column}”，但工作表中没有该列。现有列：{columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="262" />
      <source>No species column found. Expected a header such as 'species', 'scientific name', 'вид', 'зүйл', '物种' or 'түр' in the first {n} rows; or name the column in MAPPING (e.g. species=B).</source>
      <translation>未找到物种列。前 {n} 行中应有“species”、“scientific name”、“вид”、“зүйл”、“物种”或“түр”等表头；也可在 MAPPING 中指定该列（例如 species=B）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/name_resolution.py" line="100" />
      <source>{path} is not a checklist (no scientific_name_accepted column).</source>
      <translation>{path} 不是物种名录（没有 scientific_name_accepted 列）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/overlay.py" line="788" />
      <source>{path}: written without a spatial index (not a plain point layer, or the index could not be built); QGIS can add one in Layer Properties ▸ Source.</source>
      <translation>{path}：写入时未建空间索引（不是普通点图层，或无法建立索引）；可在 QGIS 的“图层属性 ▸ 源”中添加。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="193" />
      <source>The layer {name} could not be opened.</source>
      <translation>无法打开图层 {name}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="195" />
      <source>The layer {name} has no point or polygon geometry: protected areas need outlines (or points with a reported area).</source>
      <translation>图层 {name} 没有点或多边形几何：保护地需要边界轮廓（或带有申报面积的点）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="198" />
      <source>The layer {name} has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>图层 {name} 没有坐标参考系（或坐标参考系未知）：请先设置其 CRS。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="203" />
      <source>The layer {name} is neither WDPA (legacy or 2025 schema) nor mapped: give at least the name field of a national layer.</source>
      <translation>图层 {name} 既不是 WDPA（旧版或 2025 架构），也未进行字段映射：至少需指定国家级图层的名称字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="217" />
      <source>no geometry</source>
      <translation>无几何</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="235" />
      <source>same pa_id already read from another layer</source>
      <translation>相同的 pa_id 已从另一图层读取</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="253" />
      <source>status '{status}' is not Designated, Inscribed or Established</source>
      <translation>状态“{status}”不是 Designated、Inscribed 或 Established</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="257" />
      <source>UNESCO-MAB Biosphere Reserve (not a protected area designation, overlaps national sites)</source>
      <translation>UNESCO-MAB 生物圈保护区（不属于保护地认定类型，与国家级保护地重叠）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="260" />
      <source>OECM (other effective area-based conservation measure)</source>
      <translation>OECM（其他有效的区域保护措施）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="263" />
      <source>marine site</source>
      <translation>海洋保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="267" />
      <source>STATUS_YR 0 (not reported) set to null</source>
      <translation>STATUS_YR 为 0（未报告），已设为空值</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="274" />
      <source>point-only site (buffering switched off)</source>
      <translation>仅有点位的保护地（已关闭缓冲）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="277" />
      <source>point-only site without a reported area (REP_AREA)</source>
      <translation>仅有点位且无申报面积（REP_AREA）的保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="282" />
      <source>point-only site buffered to a circle of {area} km²</source>
      <translation>仅有点位的保护地已缓冲为面积 {area} km² 的圆</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="293" />
      <source>split at the antimeridian (180°)</source>
      <translation>在反子午线（180°）处分割</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="302" />
      <source>invalid geometry ({error}), repair switched off</source>
      <translation>几何无效（{error}），已关闭修复</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="307" />
      <source>invalid geometry ({error}) could not be repaired</source>
      <translation>几何无效（{error}），无法修复</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="311" />
      <source>invalid geometry repaired ({error})</source>
      <translation>无效几何已修复（{error}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="323" />
      <source>outside the study region</source>
      <translation>位于研究区域之外</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="328" />
      <source>only touches the study region</source>
      <translation>仅与研究区域相接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="331" />
      <source>clipped to the study region</source>
      <translation>已裁剪至研究区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="384" />
      <source>only {share}% of the outline lies in its country {iso3}: check the country code or the outline; connectivity by country counts the area where it lies</source>
      <translation>轮廓仅有 {share}% 位于其国家 {iso3} 内：请检查国家代码或轮廓；按国家计算连通性时，该地按其实际所在位置计入</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="476" />
      <source>wholly inside higher-precedence areas: {ids}</source>
      <translation>完全位于优先级更高的保护地内：{ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="481" />
      <source>overlap with {ids} erased (precedence: IUCN category, then year)</source>
      <translation>已擦除与 {ids} 的重叠部分（优先级：IUCN 类别，其次为年份）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="507" />
      <source>dissolved into {pa_id}</source>
      <translation>已融合至 {pa_id}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="532" />
      <source>Unknown area CRS: {crs}</source>
      <translation>未知的面积计算 CRS：{crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="225" />
      <source>fewer than 3 distinct points ({n})</source>
      <translation>不同点位少于 3 个（{n}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="230" />
      <source>all points on one line</source>
      <translation>所有点位于同一直线上</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="235" />
      <source>hull lies entirely outside land</source>
      <translation>凸包完全位于陆地之外</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="421" />
      <source>Size class for a regional assessment, not a Red List category.</source>
      <translation>区域评估的面积等级，而非红色名录类别。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="423" />
      <source>Data insufficient: {n} distinct records, fewer than {minimum} ({source}).</source>
      <translation>数据不足：{n} 个不同记录点，少于 {minimum}（{source}）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="597" />
      <source>EOO below AOO: AOO used for B1</source>
      <translation>EOO 小于 AOO：B1 采用 AOO</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="621" />
      <source>The occurrence layer has no scientificName field.</source>
      <translation>分布记录图层没有 scientificName 字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="624" />
      <source>The occurrence layer has neither point geometry nor decimalLatitude and decimalLongitude fields.</source>
      <translation>分布记录图层既没有点几何，也没有 decimalLatitude 和 decimalLongitude 字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="184" />
      <source>The file {name} is empty.</source>
      <translation>文件 {name} 为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="186" />
      <source>The file {name} is a workbook saved with a text extension: rename it to .xlsx, .xls or .ods.</source>
      <translation>文件 {name} 是以文本扩展名保存的工作簿：请将其重命名为 .xlsx、.xls 或 .ods。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="192" />
      <source>The file {name} is not a table: it holds binary data, not text (expected CSV, TSV, XLSX, XLS or ODS).</source>
      <translation>文件 {name} 不是表格：其中是二进制数据而非文本（应为 CSV、TSV、XLSX、XLS 或 ODS）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="326" />
      <source>The workbook {name} is password-protected (encrypted). Open it in a spreadsheet program and save it again without a password.</source>
      <translation>工作簿 {name} 受密码保护（已加密）。请在电子表格程序中打开，并以无密码方式重新保存。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="330" />
      <source>The workbook {name} is damaged or not a {kind} file.</source>
      <translation>工作簿 {name} 已损坏或不是 {kind} 文件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="345" />
      <source>The workbook {name} cannot be read ({detail}).</source>
      <translation>无法读取工作簿 {name}（{detail}）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="348" />
      <source>The workbook {name} cannot be read.</source>
      <translation>无法读取工作簿 {name}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="352" />
      <source>The workbook {name} has no sheet '{sheet}'. Sheets: {sheets}</source>
      <translation>工作簿 {name} 中没有工作表“{sheet}”。现有工作表：{sheets}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="372" />
      <source>The workbook {name} has no sheet with data.</source>
      <translation>工作簿 {name} 中没有含数据的工作表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="379" />
      <source>The file {name} is larger than Corridor reads ({limit} MiB, unpacked for workbooks): split it into several files.</source>
      <translation>文件 {name} 超出 Corridor 可读取的大小（{limit} MiB，工作簿按解压后计算）：请拆分为多个文件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="418" />
      <source>The workbook {name} has data beyond column {limit} (cell {cell}), which the spreadsheet reader cannot see: move the data to the first {limit} columns or save the sheet as CSV.</source>
      <translation>工作簿 {name} 在第 {limit} 列之后有数据（单元格 {cell}），表格读取器无法读取：请把数据移到前 {limit} 列，或将工作表另存为 CSV。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="431" />
      <source>File not found: {path}</source>
      <translation>未找到文件：{path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="84" />
      <source>Transboundary action plan: protected areas, gaps and connectivity</source>
      <translation>跨境行动计划：保护地、保护空缺与连通性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="85" />
      <source>Corridor {version} · {date}</source>
      <translation>Corridor {version} · {date}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>#</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Evidence</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Analysis</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="16" />
      <source>The baseline holds {records} records of {species} species from {partners} partners in {countries}.</source>
      <translation>基线数据库包含来自 {countries} 的 {partners} 个合作方的 {species} 个物种的 {records} 条记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="28" />
      <source>{gap} of {total} species have no protected part of their range and {partial} are below their representation target.</source>
      <translation>{total} 个物种中有 {gap} 个的分布区完全没有受保护部分，{partial} 个低于其代表性目标。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="31" />
      <source>Threatened species among them: {names}.</source>
      <translation>其中受威胁物种：{names}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="37" />
      <source>For {n} of {total} species the range is only their known occupied area (cells with records), not a range map: their protected shares say where they were recorded, not how much of their range is protected.</source>
      <translation>{total} 个物种中有 {n} 个的分布区仅为已知占据面积（有记录的单元），而非分布图：其受保护比例反映的是记录地点，而非分布区受保护的程度。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="54" />
      <source>{region}: {prot}% protected, {protconn}% protected and connected</source>
      <translation>{region}：受保护 {prot}%，受保护且连通 {protconn}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="58" />
      <source> ({trans}% of it only through areas across the border)</source>
      <translation>（其中 {trans}% 仅经由境外保护地实现）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="61" />
      <source>, from {n} protected areas only</source>
      <translation>，仅基于 {n} 个保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="65" />
      <source> at a median dispersal distance of {km} km</source>
      <translation>（中位扩散距离 {km} km）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="66" />
      <source>Connectivity per country{distance}: {parts}.</source>
      <translation>各国连通性{distance}：{parts}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="74" />
      <source>{n} links cross a border; the strongest joins {a} and {b} ({countries}, {km} km apart, probability {p}).</source>
      <translation>{n} 条连接跨越国界；最强的一条连接 {a} 与 {b}（{countries}，相距 {km} km，概率 {p}）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="82" />
      <source>Areas whose loss would cost most connectivity: {areas}.</source>
      <translation>一旦丧失将损失最多连通性的保护地：{areas}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="83" />
      <source>{name} (dPC {dpc}%)</source>
      <translation>{name}（dPC {dpc}%）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="86" />
      <source>Survey first at {place}.</source>
      <translation>优先调查：{place}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="90" />
      <source>{n} corridors were drawn, {crossing} of them across a barrier (fence, railway).</source>
      <translation>共绘制 {n} 条廊道，其中 {crossing} 条穿越屏障（围栏、铁路）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="93" />
      <source>They rest on a demonstration resistance raster: they show the method, not where animals move.</source>
      <translation>它们基于演示用阻力栅格：展示的是方法，而非动物的实际移动路线。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="111" />
      <source>No result layer was given: there is nothing to summarise yet.</source>
      <translation>未提供结果图层：暂无可总结的内容。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="120" />
      <source>{protected}% of its range protected, target {target}%</source>
      <translation>分布区受保护 {protected}%，目标 {target}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="123" />
      <source> (records only: range not mapped)</source>
      <translation>（仅记录：分布区未制图）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="125" />
      <source>Protect more of the range of {species}{category}</source>
      <translation>扩大 {species}{category} 分布区的保护</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="128" />
      <source>Gap analysis</source>
      <translation>保护空缺分析</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="135" />
      <source>probability {p} at {km} km</source>
      <translation>概率 {p}，距离 {km} km</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="140" />
      <source>; crosses {barriers}</source>
      <translation>；穿越 {barriers}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="142" />
      <source>; crosses a barrier</source>
      <translation>；穿越一处屏障</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Connectivity</source>
      <translation>连通性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Corridors</source>
      <translation>廊道</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="145" />
      <source>Secure the link between {a} and {b}</source>
      <translation>保障 {a} 与 {b} 之间的连接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="152" />
      <source>Keep and strengthen {area}</source>
      <translation>保持并加强 {area}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="154" />
      <source>dPC {dpc}%: connectivity lost if the area were lost</source>
      <translation>dPC {dpc}%：该保护地丧失时损失的连通性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="155" />
      <source>Connectivity (dPC)</source>
      <translation>连通性（dPC）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="158" />
      <source>{n} expected species without a recent record</source>
      <translation>{n} 个预期物种没有近期记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="160" />
      <source>; last record {year}</source>
      <translation>；最近记录 {year} 年</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey this cell</source>
      <translation>调查此单元</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey gaps</source>
      <translation>调查空缺</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="177" />
      <source>unknown partner</source>
      <translation>未知合作方</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="181" />
      <source>{n} of {total} species have fewer than {minimum} records (too few for range size classes): {names}.</source>
      <translation>{total} 个物种中有 {n} 个记录少于 {minimum} 条（不足以划分分布区面积等级）：{names}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="186" />
      <source>Records per partner: {partners}.</source>
      <translation>各合作方记录数：{partners}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="194" />
      <source>Ranges: {mapped} species from range maps, {only} from records only (known occupied area).</source>
      <translation>分布区：{mapped} 个物种来自分布图，{only} 个仅来自记录（已知占据面积）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="211" />
      <source>Connectivity of {regions} rests on fewer than {n} protected areas each: read it as an indication for those areas, not as a national figure.</source>
      <translation>{regions} 的连通性各自基于少于 {n} 个保护地：应视为这些保护地的参考，而非全国数值。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="216" />
      <source>{n} protected areas lie mostly outside the country of their code: {areas}.</source>
      <translation>{n} 个保护地大部分位于其代码所示国家之外：{areas}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="229" />
      <source>Corridors were computed on a demonstration resistance raster: they show the method, not where animals move. A real study derives resistance from land cover.</source>
      <translation>廊道基于演示用阻力栅格计算：它们展示方法，而非动物的实际移动路线。实际研究应由土地覆盖推导阻力。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="232" />
      <source>This report was translated by machine and has not been reviewed by a native speaker; the English report is the reference.</source>
      <translation>本报告为机器翻译，未经母语人士审校；以英文报告为准。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="234" />
      <source>Range size classes (criterion B) are for a regional assessment, not Red List categories.</source>
      <translation>分布区面积等级（B 标准）用于区域评估，不是红色名录类别。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>gap</source>
      <translation>空缺</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>partial</source>
      <translation>部分</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>covered</source>
      <translation>覆盖</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>gap (records only)</source>
      <translation>空缺（仅记录）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>partial (records only)</source>
      <translation>部分（仅记录）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="91" />
      <source>covered (records only)</source>
      <translation>覆盖（仅记录）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="36" />
      <source>Protected areas</source>
      <translation>保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="39" />
      <source>Occurrences</source>
      <translation>分布记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="42" />
      <source>Gap analysis: species table</source>
      <translation>保护空缺分析：物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="46" />
      <source>Gap analysis: grid</source>
      <translation>保护空缺分析：网格</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="49" />
      <source>Connectivity: summary table</source>
      <translation>连通性：汇总表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="53" />
      <source>Connectivity: nodes</source>
      <translation>连通性：节点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="56" />
      <source>Connectivity: links</source>
      <translation>连通性：连接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="73" />
      <source>{input}: the layer '{layer}' has no field '{field}'. The report reads the {output} output of Corridor by its field names: give that output, or rename the field.</source>
      <translation>{input}：图层“{layer}”没有字段“{field}”。报告按字段名读取 Corridor 的 {output} 输出：请提供该输出，或重命名该字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Gap priority</source>
      <translation>空缺优先级</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Protected areas by dPC</source>
      <translation>按 dPC 的保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="57" />
      <source>Links (probability)</source>
      <translation>连接（概率）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/model.py" line="44" />
      <source>Not computed: no {what} was given to the report.</source>
      <translation>未计算：报告未获得{what}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="16" />
      <source>What the data say</source>
      <translation>数据说明了什么</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="23" />
      <source>No action can be derived yet: give the report the gap-analysis, connectivity or survey-gap results.</source>
      <translation>尚无法得出行动建议：请向报告提供保护空缺分析、连通性或调查空缺结果。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Recommended actions</source>
      <translation>建议行动</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Ranked: threatened species short of protection first, then transboundary links to secure, areas whose loss would cost most connectivity, and cells to survey; within each, by the score of the analysis named in the last column.</source>
      <translation>排序：首先是保护不足的受威胁物种，其次是需保障的跨境连接、丧失后连通性损失最大的保护地，以及需调查的单元；同类内按最后一列所列分析的得分排序。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="32" />
      <source>Limitations</source>
      <translation>局限性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="35" />
      <source>Study area</source>
      <translation>研究区</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="38" />
      <source>layer with features</source>
      <translation>含要素的图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="45" />
      <source>The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to {north:.2f}° (WGS 84).</source>
      <translation>研究区范围：经度 {west:.2f}° 至 {east:.2f}°，纬度 {south:.2f}° 至 {north:.2f}°（WGS 84）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="50" />
      <source>Countries: {countries}.</source>
      <translation>国家：{countries}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="52" />
      <source>Baseline database: {database}</source>
      <translation>基线数据库：{database}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="56" />
      <source>Data sources per partner</source>
      <translation>各合作方的数据来源</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="58" />
      <source>occurrence layer</source>
      <translation>分布记录图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="77" />
      <source>{records} records of {species} species from {partners} partners.</source>
      <translation>来自 {partners} 个合作方的 {species} 个物种共 {records} 条记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="80" />
      <source>Years</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="83" />
      <source>Protected areas and records</source>
      <translation>保护地与记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="86" />
      <source>protected-area or occurrence layer</source>
      <translation>保护地或分布记录图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="89" />
      <source>{count} protected areas.</source>
      <translation>{count} 个保护地。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="91" />
      <source>{count} occurrence records.</source>
      <translation>{count} 条分布记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Area</source>
      <translation>保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Threatened</source>
      <translation>受威胁物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="99" />
      <source>CITES species</source>
      <translation>CITES 物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="104" />
      <source>Methods</source>
      <translation>方法</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="105" />
      <source>Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below 1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between.</source>
      <translation>代表性目标（Rodrigues et al. 2004, Nature 428:640）：分布区小于 1,000 km² 时为 100%，大于 250,000 km² 时为 10%，其间按分布区面积的对数线性插值。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="107" />
      <source>Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of the records; area of occupancy = occupied 2 × 2 km cells × 4 km².</source>
      <translation>分布区指标（IUCN 标准 B）：分布范围 = 记录最小凸多边形的面积；占有面积 = 被占据的 2 × 2 km 单元数 × 4 km²。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="109" />
      <source>Connectivity (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</source>
      <translation>连通性（Saura &amp; Pascual-Hortal 2007；Saura et al. 2017, 2018）：p_ij = exp(−k·d_ij)，其中 k = −ln(0.5)/d50；PCnum = Σ_i Σ_j a_i·a_j·p*_ij，p* 为最大乘积路径概率；ECA = √PCnum；ProtConn = 100·ECA / A_L；dPC_k = 100·(PC − PC_k)/PC。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="112" />
      <source>Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B − LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape).</source>
      <translation>廊道：基于 8 邻域网格的成本加权距离，标准化廊道 = CWD_A + CWD_B − LCD_AB（同 Linkage Mapper）；夹点依据电路理论计算（同 Circuitscape）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="114" />
      <source>Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; rejected rows are listed with their reason and never silently dropped.</source>
      <translation>分布记录：合作方物种表统一转换为 Darwin Core；名称与廊道物种名录匹配；被拒行连同原因一并列出，绝不静默丢弃。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="123" />
      <source>not given</source>
      <translation>未提供</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="126" />
      <source>Data appendix</source>
      <translation>数据附录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="127" />
      <source>Inputs of this report. Corridor {version}, report language {language}.</source>
      <translation>本报告的输入数据。Corridor {version}，报告语言 {language}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Input</source>
      <translation>输入</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Features</source>
      <translation>要素数</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="56" />
      <source>{coordinates}, in {area}</source>
      <translation>{coordinates}，位于 {area} 内</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="63" />
      <source>{coordinates}, {km} km from {area}</source>
      <translation>{coordinates}，距 {area} {km} km</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="18" />
      <source>Gap species</source>
      <translation>空缺物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="20" />
      <source>gap-analysis species table</source>
      <translation>空缺分析物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="27" />
      <source>{gap} species have no protected part of their range (gap), {partial} are below their representation target (partial), {covered} meet it (covered).</source>
      <translation>{gap} 个物种的分布区完全未受保护（空缺），{partial} 个低于其代表性目标（部分），{covered} 个达到目标（覆盖）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="32" />
      <source>{n} species have no range map: their area is the known occupied area (grid cells holding records) and their status ends in '(records only)'. Surveys inside protected areas make such ranges look protected.</source>
      <translation>{n} 个物种没有分布图：其面积为已知占据面积（有记录的网格单元），状态以“(records only)”结尾。保护地内的调查会使这类分布区看起来受到保护。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="46" />
      <source>IUCN</source>
      <translation>IUCN</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="46" />
      <source>CITES</source>
      <translation>CITES</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Protected %</source>
      <translation>受保护 %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Target %</source>
      <translation>目标 %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Shortfall (points)</source>
      <translation>缺口（百分点）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="50" />
      <source>{shown} of {total} species shown; the HTML report lists them all.</source>
      <translation>显示 {total} 个物种中的 {shown} 个；HTML 报告列出全部物种。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="59" />
      <source>Range km²</source>
      <translation>分布区 km²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="61" />
      <source>Known occupied area km²</source>
      <translation>已知占据面积 km²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="62" />
      <source>Range or known occupied area km²</source>
      <translation>分布区或已知占据面积 km²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="65" />
      <source>Gap grid: priority cells</source>
      <translation>空缺网格：优先单元</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="68" />
      <source>gap grid layer</source>
      <translation>空缺网格图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="69" />
      <source>{cells} grid cells; colour shows the priority score (summed target shortfall weighted by threat, over the unprotected part of the cell).</source>
      <translation>{cells} 个网格单元；颜色表示优先级得分（按受威胁程度加权的目标缺口之和，针对单元中未受保护的部分）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Cell</source>
      <translation>单元</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Richness</source>
      <translation>丰富度</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="77" />
      <source>Connectivity per country</source>
      <translation>各国连通性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="79" />
      <source>connectivity summary table</source>
      <translation>连通性汇总表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Areas</source>
      <translation>保护地数</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>d50 (km)</source>
      <translation>d50（km）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Prot %</source>
      <translation>Prot %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>ProtConn %</source>
      <translation>ProtConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>Transboundary share %</source>
      <translation>跨境比例 %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>RelConn %</source>
      <translation>RelConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>ECA (ha)</source>
      <translation>ECA（ha）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="92" />
      <source>ProtConn is the percentage of the region covered by protected and connected land; the transboundary share is the part of ProtConn that exists only through protected areas abroad (ProtConn[Trans] / ProtConn).</source>
      <translation>ProtConn 是区域内受保护且相互连通的土地所占的百分比；跨境比例是 ProtConn 中仅通过境外保护地才得以实现的部分（ProtConn[Trans] / ProtConn）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="95" />
      <source>Areas are counted in the country where they lie.</source>
      <translation>保护地按其实际所在的国家计算。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="98" />
      <source>{regions}: fewer than {n} protected areas each; their ProtConn describes those areas, not the whole country's network.</source>
      <translation>{regions}：各自少于 {n} 个保护地；其 ProtConn 描述的是这些保护地，而非全国保护地网络。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="103" />
      <source>Most important areas for connectivity (dPC)</source>
      <translation>对连通性最重要的保护地（dPC）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="105" />
      <source>connectivity nodes layer</source>
      <translation>连通性节点图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="106" />
      <source>Areas ranked by dPC, the loss of connectivity if the area were lost, split into its intra, flux and connector parts.</source>
      <translation>按 dPC（若失去该保护地所造成的连通性损失）排序的保护地，并分解为 intra、flux 和 connector 三部分。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="110" />
      <source>dPC</source>
      <translation>dPC</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="110" />
      <source>intra</source>
      <translation>intra</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="110" />
      <source>flux</source>
      <translation>flux</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="111" />
      <source>connector</source>
      <translation>connector</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="116" />
      <source>Strongest links</source>
      <translation>最强连接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="118" />
      <source>connectivity links layer</source>
      <translation>连通性连接图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="119" />
      <source>Links between protected areas ranked by importance (dPC where computed, otherwise by probability).</source>
      <translation>按重要性排序的保护地间连接（已计算 dPC 的按 dPC，否则按概率）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>From</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>To</source>
      <translation>终点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Countries</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Distance (m)</source>
      <translation>距离（m）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Probability</source>
      <translation>概率</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="125" />
      <source>Transboundary</source>
      <translation>跨境</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="131" />
      <source>corridor layer</source>
      <translation>廊道图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="133" />
      <source>{count} least-cost corridors between protected areas.</source>
      <translation>保护地之间共 {count} 条最小成本廊道。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="136" />
      <source>Demonstration: these corridors were computed on a demonstration resistance raster. They show the method, not where animals move.</source>
      <translation>演示：这些廊道基于演示用阻力栅格计算，展示的是方法，而非动物的实际移动路线。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Cost distance</source>
      <translation>成本距离</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Barriers crossed</source>
      <translation>穿越的屏障</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="149" />
      <source>Survey-gap priorities</source>
      <translation>调查空缺优先区</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="152" />
      <source>survey-gap layer</source>
      <translation>调查空缺图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="153" />
      <source>Cells with few or old records relative to their neighbours and to the species expected there: where to survey next.</source>
      <translation>相对于相邻单元及预期物种而言记录较少或较旧的单元：下一步应调查的地点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="154" />
      <source>Each cell is given by its centre and the nearest protected area.</source>
      <translation>每个单元以其中心坐标和最近的保护地表示。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Expected species</source>
      <translation>预期物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Last record</source>
      <translation>最近记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="221" />
      <source>Top {shown} of {total}.</source>
      <translation>前 {shown} 项（共 {total} 项）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="30" />
      <source>from {count} partners</source>
      <translation>来自 {count} 个合作方</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="36" />
      <source>in {count} countries</source>
      <translation>分布于 {count} 个国家</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="44" />
      <source>{partial} partial · {covered} covered of {total}</source>
      <translation>{total} 个中 {partial} 个部分 · {covered} 个覆盖</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sensitivity.py" line="59" />
      <source>Sensitivity overrides look like 'Scientific name=high' (levels: high, medium, none); got '{part}'.</source>
      <translation>敏感级别覆盖的格式为“学名=high”（级别：high、medium、none）；收到的是“{part}”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="62" />
      <source>The row holds bytes that no known text encoding reads (UTF-8, Windows-1251, GB18030): save the sheet again as UTF-8.</source>
      <translation>该行含有任何已知文本编码（UTF-8、Windows-1251、GB18030）都无法读取的字节：请将表格重新保存为 UTF-8。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="64" />
      <source>A cell is longer than 32,767 characters (the spreadsheet limit); the cell is shortened in this report.</source>
      <translation>某个单元格超过 32,767 个字符（电子表格的上限）；本报告中已截短该单元格。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="66" />
      <source>Projected coordinates far outside the area where the coordinate reference system is used (wrong CRS, swapped columns or a typing error).</source>
      <translation>投影坐标远在该坐标参考系的适用范围之外（坐标系错误、列颠倒或输入错误）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="68" />
      <source>Not a record (a total, a repeated header or a note row).</source>
      <translation>不是记录（合计行、重复表头或备注行）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="69" />
      <source>No species name.</source>
      <translation>无物种名称。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="70" />
      <source>Species name not found in the checklist; add it to a mapping file to import it.</source>
      <translation>物种名录中未找到该物种名称；请将其添加到映射文件后再导入。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="71" />
      <source>Species name matches several taxa of the checklist; map it explicitly.</source>
      <translation>物种名称与物种名录中的多个分类单元匹配；请明确指定映射。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="72" />
      <source>No date.</source>
      <translation>无日期。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="73" />
      <source>Date not understood or impossible.</source>
      <translation>日期无法识别或不可能存在。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="74" />
      <source>Date in the future.</source>
      <translation>日期在未来。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="75" />
      <source>Date before 1800.</source>
      <translation>日期早于 1800 年。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="76" />
      <source>Coordinates not understood (or only one of latitude/longitude).</source>
      <translation>坐标无法识别（或仅有纬度/经度之一）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="77" />
      <source>Impossible coordinates (latitude beyond ±90° or longitude beyond ±180°, also after trying them swapped).</source>
      <translation>坐标不可能存在（纬度超出 ±90° 或经度超出 ±180°，交换后仍然如此）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="79" />
      <source>No coordinates and no site to locate the record.</source>
      <translation>既无坐标也无可用于定位该记录的地点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="80" />
      <source>No coordinates, and the site is not in the site gazetteer.</source>
      <translation>无坐标，且该地点不在地点名录中。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="81" />
      <source>Abundance not understood, negative or implausibly large.</source>
      <translation>数量无法识别、为负数或大得不合理。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="102" />
      <source>The point lies outside the country given for the record.</source>
      <translation>该点位于记录所填国家之外。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="103" />
      <source>No country given: taken from where the point lies.</source>
      <translation>未填写国家：按点所在位置确定。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="104" />
      <source>Latitude and longitude were presumed swapped and exchanged.</source>
      <translation>推定纬度与经度填反，已对调。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="105" />
      <source>The latitude's sign was presumed wrong and changed.</source>
      <translation>推定纬度符号错误，已更正。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="106" />
      <source>The longitude's sign was presumed wrong and changed.</source>
      <translation>推定经度符号错误，已更正。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="107" />
      <source>Coordinates rounded to 6 decimals.</source>
      <translation>坐标已四舍五入到小数点后 6 位。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="108" />
      <source>Coordinates transformed to WGS 84.</source>
      <translation>坐标已转换为 WGS 84。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="109" />
      <source>Coordinates written to 0.01° (about 1 km) or coarser.</source>
      <translation>坐标精度为 0.01°（约 1 公里）或更粗。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="110" />
      <source>No datum shift to WGS 84 was available; the position may be off by about 100 m.</source>
      <translation>没有可用的到 WGS 84 的基准转换；位置可能偏差约 100 米。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="112" />
      <source>Latitude or longitude is zero.</source>
      <translation>纬度或经度为零。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="113" />
      <source>The species name matched the checklist only approximately.</source>
      <translation>物种名称与名录仅近似匹配。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="114" />
      <source>The species name is a synonym of the checklist's accepted name.</source>
      <translation>该物种名称是名录中接受名的异名。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="115" />
      <source>The species was identified by its vernacular name.</source>
      <translation>该物种是按俗名识别的。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="116" />
      <source>Position taken from the site gazetteer.</source>
      <translation>位置取自地点名录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="117" />
      <source>Gauss–Krüger zone read from the easting's prefix.</source>
      <translation>高斯–克吕格投影带号取自东坐标的前缀。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="118" />
      <source>The date is a range, not a day.</source>
      <translation>日期是一个时间段，而不是某一天。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="119" />
      <source>NUL characters were removed from the row's text.</source>
      <translation>已从该行文本中删除 NUL 字符。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="120" />
      <source>The row was in another text encoding than the rest of the file; check its text.</source>
      <translation>该行的文本编码与文件其余部分不同；请检查其文本。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="121" />
      <source>Within 10 km of a country capital (often a default position).</source>
      <translation>距某国首都 10 公里以内（常为默认位置）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="122" />
      <source>Within 1 km of a country's centroid (often a default position).</source>
      <translation>距某国质心 1 公里以内（常为默认位置）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="123" />
      <source>Within 1 km of a province's centroid (often a default position).</source>
      <translation>距某省级行政区质心 1 公里以内（常为默认位置）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="124" />
      <source>At a museum, zoo, herbarium or academy (a specimen's place of keeping?).</source>
      <translation>位于博物馆、动物园、标本馆或科学院处（标本的保存地点？）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="125" />
      <source>At GBIF's headquarters in Copenhagen (a known default position).</source>
      <translation>位于 GBIF 哥本哈根总部（已知的默认位置）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="126" />
      <source>Latitude equals longitude (a typing error?).</source>
      <translation>纬度等于经度（输入错误？）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="127" />
      <source>In the sea, for a species that lives on land or in fresh water.</source>
      <translation>位于海中，而该物种生活在陆地或淡水中。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="128" />
      <source>Coordinates are whole degrees (precision about 100 km).</source>
      <translation>坐标为整度数（精度约 100 公里）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="129" />
      <source>Coordinates are whole minutes (precision about 2 km).</source>
      <translation>坐标为整分（精度约 2 公里）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="130" />
      <source>Far from the species' other records (more than Q75 + 5 × IQR of their mean distances and more than 100 km).</source>
      <translation>远离该物种的其他记录（超过其平均距离的 Q75 + 5 × IQR，且超过 100 公里）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="132" />
      <source>The same species, date and position as an earlier record of the same partner.</source>
      <translation>与同一合作方较早的一条记录物种、日期和位置相同。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="133" />
      <source>The same species and date within the duplicate distance of another partner's record.</source>
      <translation>与另一合作方的记录物种和日期相同，且在重复判定距离之内。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="178" />
      <source>The site gazetteer layer cannot be opened.</source>
      <translation>无法打开地点名录图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="187" />
      <source>The site gazetteer has no text field with site names.</source>
      <translation>地点名录中没有包含地点名称的文本字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="366" />
      <source>{where}: the sheet is empty.</source>
      <translation>{where}：工作表为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="397" />
      <source>{where}: header on row {rows}; columns: {columns}</source>
      <translation>{where}：表头位于第 {rows} 行；列：{columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="400" />
      <source>{where}: {n} blank rows skipped.</source>
      <translation>{where}：跳过了 {n} 个空行。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="425" />
      <source>{where}: {n} rows are in another text encoding than the rest of the file; they were read as such and flagged {flag}.</source>
      <translation>{where}：有 {n} 行的文本编码与文件其余部分不同；已按该编码读取并标记为 {flag}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="477" />
      <source>{where}: dates read month-first (a value like 06/13/2020 was found).</source>
      <translation>{where}：日期按“月在前”读取（发现了类似 06/13/2020 的值）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="540" />
      <source>{where}: no column '{column}' for the country.</source>
      <translation>{where}：没有表示国家的列“{column}”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="784" />
      <source>{where}: PROJ has no datum shift from {crs} to WGS 84 for this area; positions may be off by about 100 m (flag DATUM_SHIFT_UNAVAILABLE).</source>
      <translation>{where}：PROJ 没有该区域从 {crs} 到 WGS 84 的基准面转换参数；位置可能偏差约 100 m（标记 DATUM_SHIFT_UNAVAILABLE）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="813" />
      <source>{where}: {n} rows hold Pulkovo 1942 Gauss–Krüger coordinates; the zone was read from the easting prefix.</source>
      <translation>{where}：有 {n} 行为 Pulkovo 1942 高斯–克吕格坐标；投影带号从东坐标前缀读取。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="877" />
      <source>{file}: Corridor template with coordinates in {crs}.</source>
      <translation>{file}：坐标采用 {crs} 的 Corridor 模板。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="899" />
      <source>Unknown country '{country}': use CHN, MNG, RUS or KAZ.</source>
      <translation>未知国家“{country}”：请使用 CHN、MNG、RUS 或 KAZ。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="909" />
      <source>Unknown coordinate reference system: {crs}</source>
      <translation>未知坐标参考系：{crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="946" />
      <source>{file}{sheet}: {total} rows, {accepted} accepted, {rejected} rejected</source>
      <translation>{file}{sheet}：共 {total} 行，接受 {accepted} 行，拒绝 {rejected} 行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="953" />
      <source>No sheet could be imported.</source>
      <translation>没有可导入的工作表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>Submission timeline</source>
      <translation>提交时间线</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>As of</source>
      <translation>截至</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>pending</source>
      <translation>待提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="420" />
      <source>unscheduled</source>
      <translation>计划外</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Submissions</source>
      <translation>提交次数</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Last received</source>
      <translation>最近收到</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Days late</source>
      <translation>逾期天数</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="472" />
      <source>The expected submissions table cannot be read: {error}</source>
      <translation>无法读取预期提交表：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="332" />
      <source>Cannot read the checklist file {path}: unknown text encoding.</source>
      <translation>无法读取物种名录文件 {path}：文本编码未知。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="382" />
      <source>The checklist file {path} is empty.</source>
      <translation>物种名录文件 {path} 为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="396" />
      <source>The file {path} is neither a checklist (column scientific_name_accepted) nor a name mapping (two columns: verbatim, scientificName).</source>
      <translation>文件 {path} 既不是物种名录（含 scientific_name_accepted 列），也不是名称映射（两列：verbatim, scientificName）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="415" />
      <source>Checklist file not found: {path}</source>
      <translation>未找到物种名录文件：{path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="200" />
      <source>Unknown language '{language}': use one of {languages}.</source>
      <translation>未知语言“{language}”：请使用以下之一：{languages}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="203" />
      <source>The translations for '{language}' are not installed (resources/i18n/corridor_{language}.qm): run 'make translations'.</source>
      <translation>未安装“{language}”的翻译（resources/i18n/corridor_{language}.qm）：请运行“make translations”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="41" />
      <source>Done: its results are on the map.</source>
      <translation>已完成：结果已显示在地图上。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="51" />
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="54" />
      <source>From partner species sheets to a transboundary action plan, step by step. Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor).</source>
      <translation>从合作方物种表到跨境行动计划，逐步完成。每一步也都是一个处理算法（处理工具箱 ▸ Corridor）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="84" />
      <source>Corridor</source>
      <translation>Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="96" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation>跨境生物多样性基线、保护空缺与连通性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="121" />
      <source>Version {version} · database: {database} · {count} results</source>
      <translation>版本 {version} · 数据库：{database} · {count} 项结果</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="122" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="26" />
      <source>Connectivity nodes (dPC)</source>
      <translation>连通性节点（dPC）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="27" />
      <source>Connectivity links</source>
      <translation>连通性连接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="29" />
      <source>Protected areas with records</source>
      <translation>有记录的保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="31" />
      <source>Gap grid</source>
      <translation>空缺网格</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="32" />
      <source>Corridor zones (cost above the least cost)</source>
      <translation>廊道区（高于最小成本的成本）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="36" />
      <source>Corridor results</source>
      <translation>Corridor 结果</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="108" />
      <source>Country borders</source>
      <translation>国界</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="51" />
      <source>or a drawn study area</source>
      <translation>或绘制的研究区</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="62" />
      <source>km</source>
      <translation>公里</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="63" />
      <source>Range cell size</source>
      <translation>分布区单元大小</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="68" />
      <source>Gap grid cell size</source>
      <translation>空缺网格单元大小</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="78" />
      <source>Custom distances</source>
      <translation>自定义距离</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="81" />
      <source>{group} ({count} species with a published distance)</source>
      <translation>{group}（{count} 个物种有已发表的距离）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="84" />
      <source>Dispersal preset</source>
      <translation>扩散预设</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="86" />
      <source>Median dispersal distances d50 in km, comma-separated.</source>
      <translation>扩散距离中位数 d50（km），以逗号分隔。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="88" />
      <source>d50: the distance at which half of the animals that leave an area reach another; from the species' published dispersal distances.</source>
      <translation>d50：离开一个保护地的动物中有一半能到达另一个保护地的距离；取自物种已发表的扩散距离。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="94" />
      <source>Probability at d50</source>
      <translation>d50 处的概率</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="99" />
      <source>Transboundary buffer</source>
      <translation>跨境缓冲区</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="101" />
      <source>Lines</source>
      <translation>线</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="102" />
      <source>Barriers (fences, railways)</source>
      <translation>障碍（围栏、铁路）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="107" />
      <source>Barrier permeability</source>
      <translation>障碍通透性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="108" />
      <source>Permeability: the share of animals that still cross a barrier (0 = none, 1 = the barrier does not matter).</source>
      <translation>渗透性：仍能穿越障碍的动物比例（0 = 无，1 = 障碍无影响）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="110" />
      <source>ProtConn: the share of a country that is protected and connected; dPC: how much connectivity would be lost without an area.</source>
      <translation>ProtConn：一个国家受保护且相互连通的面积比例；dPC：失去某个保护地后连通性的损失。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="124" />
      <source>Rasters</source>
      <translation>栅格</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="125" />
      <source>Resistance raster</source>
      <translation>阻力栅格</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="126" />
      <source>Resistance: the cost for an animal to cross each cell (1 = easy); a demonstration raster gives demonstration corridors.</source>
      <translation>阻力：动物穿越每个像元的成本（1 = 容易）；演示栅格只能得到演示廊道。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="135" />
      <source>Corridor width (cost units above the least cost)</source>
      <translation>廊道宽度（高于最小成本的成本单位）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="141" />
      <source>Largest width (cost units, 0 = no cap)</source>
      <translation>最大宽度（成本单位，0 = 不限）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="142" />
      <source>Corridor width: how much more than the cheapest path a route may cost and still belong to the corridor, in the resistance raster's cost units.</source>
      <translation>廊道宽度：一条路线的成本最多可比最便宜路径高出多少仍属于廊道，以阻力栅格的成本单位计。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="144" />
      <source>Transboundary links only</source>
      <translation>仅跨境连接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="147" />
      <source>Pinch points (circuit theory)</source>
      <translation>夹点（电路理论）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="164" />
      <source>Run analyses</source>
      <translation>运行分析</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="216" />
      <source>Analyses finished.</source>
      <translation>分析完成。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="239" />
      <source>Gap analysis skipped: import sheets and prepare protected areas first.</source>
      <translation>已跳过保护空缺分析：请先导入物种表并准备保护地。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="252" />
      <source>Gap analysis done.</source>
      <translation>保护空缺分析完成。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="260" />
      <source>Connectivity skipped: prepare protected areas first.</source>
      <translation>已跳过连通性分析：请先准备保护地。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="280" />
      <source>Connectivity done.</source>
      <translation>连通性分析完成。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="289" />
      <source>Corridors skipped: they need protected areas and a resistance raster.</source>
      <translation>已跳过廊道分析：需要保护地和阻力栅格。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="307" />
      <source>Corridors done.</source>
      <translation>廊道分析完成。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>large mammal</source>
      <translation>大型哺乳动物</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>small mammal</source>
      <translation>小型哺乳动物</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>bird</source>
      <translation>鸟类</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>fish</source>
      <translation>鱼类</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>reptile</source>
      <translation>爬行动物</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>amphibian</source>
      <translation>两栖动物</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>invertebrate</source>
      <translation>无脊椎动物</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>plant</source>
      <translation>植物</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="226" />
      <source>All tools of this step (Processing)</source>
      <translation>本步骤的所有工具（处理）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="235" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation>本步骤暂无可用的 Corridor 算法。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="241" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="311" />
      <source>{alg_id} is not installed in this version of Corridor.</source>
      <translation>此版本的 Corridor 未安装 {alg_id}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="320" />
      <source>Failed: {message}</source>
      <translation>失败：{message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="326" />
      <source>Done: {name}</source>
      <translation>完成：{name}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="332" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="362" />
      <source>Next: {step} ▸</source>
      <translation>下一步：{step} ▸</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="32" />
      <source>Layer in the project</source>
      <translation>项目中的图层</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="36" />
      <source>or WDPA files</source>
      <translation>或 WDPA 文件</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="41" />
      <source>Clip to region</source>
      <translation>裁剪至区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="48" />
      <source>National layer: fields</source>
      <translation>国家级图层：字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Country (ISO3)</source>
      <translation>国家（ISO3）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>Designation</source>
      <translation>认定类型</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>IUCN category</source>
      <translation>IUCN 类别</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="55" />
      <source>Status year</source>
      <translation>状态年份</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="69" />
      <source>Cleaning</source>
      <translation>清理</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="87" />
      <source>Prepare areas</source>
      <translation>准备保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="90" />
      <source>Overlay records</source>
      <translation>叠加记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="96" />
      <source>What each cleaning step removed</source>
      <translation>各清理步骤移除的内容</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="122" />
      <source>Pick a protected-area layer or WDPA files first.</source>
      <translation>请先选择保护地图层或 WDPA 文件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="146" />
      <source>Import sheets (step 1) and prepare protected areas first.</source>
      <translation>请先导入物种表（第 1 步）并准备保护地。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Sites</source>
      <translation>保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="179" />
      <source>{count} clean protected areas.</source>
      <translation>{count} 个已清理的保护地。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="181" />
      <source>No site was removed or changed.</source>
      <translation>没有保护地被移除或更改。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="183" />
      <source>Overlay done: {count} areas with per-area figures.</source>
      <translation>叠加完成：{count} 个保护地带有分区统计数据。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="184" />
      <source>Not prepared yet.</source>
      <translation>尚未准备。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>reading</source>
      <translation>读取</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>duplicate sites</source>
      <translation>重复地点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>status (not designated)</source>
      <translation>状态（未指定）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>UNESCO-MAB biosphere reserves</source>
      <translation>UNESCO-MAB生物圈保护区</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>OECMs (not protected areas)</source>
      <translation>OECM（非保护地）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>marine sites</source>
      <translation>海洋地点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>status year</source>
      <translation>状态年份</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>point-only sites</source>
      <translation>仅有点位的地点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>antimeridian</source>
      <translation>反子午线</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>geometry repair</source>
      <translation>几何修复</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>study region</source>
      <translation>研究区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>overlapping areas</source>
      <translation>重叠区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>outline outside its country</source>
      <translation>轮廓位于其国家之外</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>removed</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>changed</source>
      <translation>已更改</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>flagged</source>
      <translation>已标记</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="80" />
      <source>Report written: {path}</source>
      <translation>报告已写入：{path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="90" />
      <source>No program opened the report. It is here: {path}</source>
      <translation>没有程序打开报告。报告位于：{path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="99" />
      <source>Gap analysis: species</source>
      <translation>空缺分析：物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="100" />
      <source>Connectivity by country</source>
      <translation>按国家的连通性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>records</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>species</source>
      <translation>物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>gap species</source>
      <translation>空缺物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>protected areas</source>
      <translation>保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="29" />
      <source>Gap status by IUCN category</source>
      <translation>按 IUCN 类别的空缺状态</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="30" />
      <source>ProtConn by country (% of the country)</source>
      <translation>各国 ProtConn（占国土的 %）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="31" />
      <source>Most important areas (dPC)</source>
      <translation>最重要的保护地（dPC）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="35" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="37" />
      <source>Add styled layers to the map</source>
      <translation>将带样式的图层添加到地图</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="62" />
      <source>ProtConn {region}</source>
      <translation>ProtConn {region}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="64" />
      <source>ProtConn {region} (d50 {km:g} km)</source>
      <translation>ProtConn {region}（d50 {km:g} km）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="66" />
      <source>transboundary share {share:.0f}% · Prot {prot:.1f}%</source>
      <translation>跨境比例 {share:.0f}% · Prot {prot:.1f}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="78" />
      <source>within</source>
      <translation>境内</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="80" />
      <source>through foreign areas</source>
      <translation>经由境外保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="88" />
      <source>{count} layers added to the map.</source>
      <translation>已向地图添加 {count} 个图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="48" />
      <source>from the coordinates</source>
      <translation>根据坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="68" />
      <source>Partner sheets</source>
      <translation>合作方物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="70" />
      <source>Drop sheets here or add them; set the partner and country of each file.</source>
      <translation>将物种表拖放到此处或添加文件；为每个文件设置合作方和国家。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="76" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="77" />
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="79" />
      <source>Only for sheets whose headers were not recognised: the column of each role, e.g. species=B; date=Дата; lat=Ш; lon=Д</source>
      <translation>仅用于表头未被识别的工作表：各角色对应的列，例如 species=B; date=Дата; lat=Ш; lon=Д</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="85" />
      <source>Partner or institution (institutionCode of the records): double-click to type it</source>
      <translation>合作方或机构（记录的 institutionCode）：双击输入</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="93" />
      <source>Add files…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="95" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="97" />
      <source>Import sheets</source>
      <translation>导入物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="109" />
      <source>Baseline database</source>
      <translation>基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="111" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="112" />
      <source>PostGIS</source>
      <translation>PostGIS</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="120" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="124" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="127" />
      <source>Connection</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="128" />
      <source>Load imported sheets into the baseline database</source>
      <translation>将导入的物种表加载到基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="132" />
      <source>Your own checklist with the columns of the corridor checklist (optional): used for names, dispersal presets and the report.</source>
      <translation>您自己的物种名录，列与廊道物种名录相同（可选）：用于名称、扩散预设和报告。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="134" />
      <source>Extra checklist</source>
      <translation>附加物种名录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="149" />
      <source>Rejected rows of the selected file</source>
      <translation>所选文件的被拒行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="157" />
      <source>Unknown names: pick the right species (or type it) and save; the next import uses your choices.</source>
      <translation>未知名称：请选择正确的物种（或直接输入）并保存；下次导入将采用您的选择。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="166" />
      <source>Save names</source>
      <translation>保存名称</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="168" />
      <source>Save and re-import</source>
      <translation>保存并重新导入</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="183" />
      <source>Selected sheet</source>
      <translation>所选表格</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="190" />
      <source>Coordinate system of the sheet's coordinates: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) or Pulkovo 1942 Gauss–Krüger (EPSG:28415–28420).</source>
      <translation>表格坐标的坐标系：WGS 84（EPSG:4326）、CGCS2000（EPSG:4490）或 Pulkovo 1942 高斯-克吕格（EPSG:28415–28420）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="192" />
      <source>Coordinates</source>
      <translation>坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="196" />
      <source>Points or polygons with a name field: rows that give only a site name are placed at that site.</source>
      <translation>带名称字段的点或面：只给出地点名称的行将放置在该地点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="198" />
      <source>Site list</source>
      <translation>地点列表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="232" />
      <source>Submissions by partner</source>
      <translation>各合作方的提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="237" />
      <source>Expected submissions (partner, country, period, due_date); empty: the table of the baseline database</source>
      <translation>预期提交（partner、country、period、due_date）；留空：使用基线数据库中的表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="239" />
      <source>Expected</source>
      <translation>预期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="244" />
      <source>Check submissions</source>
      <translation>检查提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="248" />
      <source>Periods per partner</source>
      <translation>各合作方的期间</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="249" />
      <source>Check the submissions of the baseline database</source>
      <translation>检查基线数据库中的提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="262" />
      <source>Choose the baseline database first.</source>
      <translation>请先选择基线数据库。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="344" />
      <source>{accepted} ✔ · {rejected} ✖</source>
      <translation>{accepted} ✔ · {rejected} ✖</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="353" />
      <source>Double-click to choose the partner's country</source>
      <translation>双击选择合作方所在国家</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="391" />
      <source>Add partner sheets first.</source>
      <translation>请先添加合作方物种表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="431" />
      <source>Import {file}</source>
      <translation>导入 {file}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="465" />
      <source>Merge the imported occurrences</source>
      <translation>合并已导入的分布记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Name as written</source>
      <translation>原始名称</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Resolve as</source>
      <translation>解析为</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="505" />
      <source>accepted name</source>
      <translation>接受名</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="506" />
      <source>Ranked suggestions first, then every name of the checklist. A name that is not in the checklist is only added after you confirm it.</source>
      <translation>先列出排序后的建议，然后是名录中的所有名称。不在名录中的名称只有在您确认后才会添加。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="549" />
      <source>Names not in the checklist</source>
      <translation>不在名录中的名称</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="550" />
      <source>These names are not in the checklist and would be added as new taxa:

{names}

Add them? (No: keep those rows rejected.)</source>
      <translation>这些名称不在名录中，将作为新分类单元添加：

{names}

是否添加？（否：这些行保持被拒绝。）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="558" />
      <source>Pick a name for at least one rejected row first.</source>
      <translation>请先为至少一个被拒行选择名称。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="565" />
      <source>Nothing saved: no name was confirmed.</source>
      <translation>未保存：没有确认任何名称。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="569" />
      <source>{count} names saved to your mapping.</source>
      <translation>已将 {count} 个名称保存到您的映射中。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="579" />
      <source>Your name mapping: {count} names ({file})</source>
      <translation>您的名称映射：{count} 个名称（{file}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>not imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="589" />
      <source>imported, check rejected rows</source>
      <translation>已导入，请检查被拒行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="592" />
      <source>failed: {message}</source>
      <translation>失败：{message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="20" />
      <source>Partners and sheets</source>
      <translation>合作方与物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="21" />
      <source>Import partner species sheets, check rejected rows, load the baseline database.</source>
      <translation>导入合作方物种表，检查被拒行，加载到基线数据库。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="24" />
      <source>Load WDPA or national layers, clean them, overlay the occurrences.</source>
      <translation>加载 WDPA 或国家级图层，进行清理，并叠加分布记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="26" />
      <source>Analyses</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="27" />
      <source>Gap analysis, range metrics, transboundary connectivity and corridors.</source>
      <translation>保护空缺分析、分布区指标、跨境连通性和廊道。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="30" />
      <source>Results</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="31" />
      <source>Headline figures, charts and the styled result layers.</source>
      <translation>主要数据、图表和带样式的结果图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="33" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="34" />
      <source>Write the transboundary action-plan report (HTML and PDF).</source>
      <translation>撰写跨境行动计划报告（HTML 和 PDF）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="21" />
      <source>No baseline database chosen.</source>
      <translation>未选择基线数据库。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="35" />
      <source>No expected or received submissions yet.</source>
      <translation>尚无预期或已收到的提交。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="59" />
      <source>The submission timeline cannot be shown: {error}</source>
      <translation>无法显示提交时间线：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="108" />
      <source>The tool {alg_id} is not installed. Update the Corridor plugin.</source>
      <translation>未安装工具 {alg_id}。请更新 Corridor 插件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="122" />
      <source>'{name}' stopped because of an unexpected error ({error}).</source>
      <translation>“{name}”因意外错误而停止（{error}）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="131" />
      <source>'{name}' did not finish.</source>
      <translation>“{name}”未完成。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="150" />
      <source>{name} finished in {seconds:.1f} s.</source>
      <translation>{name} 已完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="156" />
      <source>{name} was cancelled.</source>
      <translation>{name} 已取消。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="161" />
      <source>'{name}' failed.</source>
      <translation>“{name}”失败。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="166" />
      <source>{message} (details in the log, tab Corridor)</source>
      <translation>{message}（详情见日志的 Corridor 选项卡）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="74" />
      <source>Not computed yet</source>
      <translation>尚未计算</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="186" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="247" />
      <source>Choose a file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="43" />
      <source>Corridor panel</source>
      <translation>Corridor 面板</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="46" />
      <source>Show or hide the Corridor workflow panel</source>
      <translation>显示或隐藏 Corridor 工作流程面板</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="44" />
      <source>absence records (occurrenceStatus = absent)</source>
      <translation>缺失记录（occurrenceStatus = absent）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="45" />
      <source>no scientificName</source>
      <translation>无 scientificName</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="46" />
      <source>missing or invalid coordinates</source>
      <translation>坐标缺失或无效</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="67" />
      <source>The occurrence layer could not be read.</source>
      <translation>无法读取分布记录图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="62" />
      <source>1 · Partner sheets</source>
      <translation>1 · 合作方物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="63" />
      <source>2 · Baseline database</source>
      <translation>2 · 基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="64" />
      <source>3 · Protected areas</source>
      <translation>3 · 保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="65" />
      <source>4 · Gap analysis</source>
      <translation>4 · 保护空缺分析</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="66" />
      <source>5 · Connectivity and corridors</source>
      <translation>5 · 连通性与廊道</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="67" />
      <source>6 · Reports</source>
      <translation>6 · 报告</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="68" />
      <source>Tools</source>
      <translation>工具</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="148" />
      <source>Could not create the output layer {name}.</source>
      <translation>无法创建输出图层 {name}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="27" />
      <source>Baseline summary</source>
      <translation>基线汇总</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="30" />
      <source>Summarises the baseline database per partner, country, taxon group and year: number of records, number of species (accepted names of records that are not absences), first and last date, and the share of records with coordinates. Writes a table and an HTML page with a chart of records per year and partner.

DATABASE: GeoPackage file or saved PostgreSQL connection.</source>
      <translation>按合作方、国家、类群和年份汇总基线数据库：记录数、物种数（非缺失记录的接受名）、最早和最晚日期，以及有坐标记录的比例。输出一张表和一个 HTML 页面，其中含按年份和合作方统计的记录图表。

DATABASE：GeoPackage 文件或已保存的 PostgreSQL 连接。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="38" />
      <source>Baseline database (GeoPackage file or saved PostgreSQL connection)</source>
      <translation>基线数据库（GeoPackage 文件或已保存的 PostgreSQL 连接）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>Summary page</source>
      <translation>汇总页面</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>HTML files (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="45" />
      <source>The baseline summary</source>
      <translation>基线汇总</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="68" />
      <source>Could not create the output table.</source>
      <translation>无法创建输出表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="86" />
      <source>Transboundary connectivity (ProtConn, PC, dPC)</source>
      <translation>跨境连通性（ProtConn、PC、dPC）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="90" />
      <source>Connectivity of protected areas per region and dispersal distance, with the Probability of Connectivity (Saura &amp; Pascual-Hortal 2007) and ProtConn (Saura et al. 2017, 2018); results match the Makurhini R package on its example data.</source>
      <translation>按区域和扩散距离计算保护地的连通性，包括连通概率指数 PC（Saura &amp; Pascual-Hortal 2007）和 ProtConn（Saura et al. 2017, 2018）；在 Makurhini R 包的示例数据上结果与其一致。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="93" />
      <source>Areas inside each region are clipped, dissolved and split into parts (nodes weighted by their area in ha). Areas outside the region but within the transboundary buffer are stepping stones with weight 0: ProtConn[Trans] is the connectivity that exists only through them.</source>
      <translation>各区域内的保护地经裁剪、融合并拆分为若干部分（节点以其面积（ha）加权）。位于区域外但在跨境缓冲区内的保护地作为权重为 0 的“踏脚石”：ProtConn[Trans] 即仅通过它们实现的连通性。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="96" />
      <source>DISTANCES: median dispersal distances d50 in metres, comma-separated; p_ij = exp(-k d_ij) with p = PROBABILITY at d50. DISTANCE_TYPE: edge-to-edge or centroid (centroid of the largest part, point on surface when outside). MIN_PROBABILITY: links below it are dropped (0 = keep all above 1e-6). BARRIERS: lines; the probability of a link crossing one is multiplied by PERMEABILITY (0 = impassable). CHECKLIST: a species table whose dispersal distances (km) are added as further d50 values, named in the summary's species field.</source>
      <translation>DISTANCES：扩散距离中位数 d50（米），以逗号分隔；p_ij = exp(-k d_ij)，在 d50 处 p = PROBABILITY。DISTANCE_TYPE：边到边或质心（最大部分的质心，若在其外则取面上点）。MIN_PROBABILITY：低于该值的连接将被舍弃（0 = 保留所有高于 1e-6 的连接）。BARRIERS：线要素；穿越障碍的连接概率乘以 PERMEABILITY（0 = 不可通过）。CHECKLIST：物种表，其扩散距离（km）作为额外的 d50 值加入，并在汇总表的 species 字段中注明物种。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="102" />
      <source>Outputs: summary (one row per region and d50), nodes with dPC and its intra/flux/connector parts and rank, links (from_id/to_id are the pa_id of the areas, else their feature id), and transboundary clusters (components spanning more than one country). A geographic input CRS is projected to an equal-area CRS centred on the data; outputs are in that CRS.</source>
      <translation>输出：汇总（每个区域和 d50 一行）、含 dPC 及其 intra/flux/connector 分量和排名的节点、连接（from_id/to_id 为保护地的 pa_id，否则为要素 ID），以及跨境集群（跨越多个国家的连通组分）。地理坐标系的输入会被投影到以数据为中心的等积 CRS；输出采用该 CRS。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="106" />
      <source>A node of touching or overlapping areas keeps them all: name lists every name, member_ids every id (pa_id is the one with the largest share), country the set of their ISO3 codes. A link is transboundary when the two nodes' country sets differ. Pieces of one area (split by the region border) are contiguous in the graph but not written as links. Areas are counted in the region where they lie (clipped).</source>
      <translation>由相接或重叠的保护地组成的节点保留全部成员：name 列出所有名称，member_ids 列出所有编号（pa_id 为占比最大者），country 为其 ISO3 代码集合。两个节点的国家集合不同时，连接才算跨境。同一保护地被区域边界分开的部分在图中相连，但不作为连接输出。保护地按其实际所在的区域计算（裁剪）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="117" />
      <source>Regions (countries, ecoregions, study area)</source>
      <translation>区域（国家、生态区、研究区）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="120" />
      <source>Region id field</source>
      <translation>区域 ID 字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="122" />
      <source>Country field of the protected areas</source>
      <translation>保护地的国家字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="125" />
      <source>Median dispersal distances d50 (m, comma-separated)</source>
      <translation>扩散距离中位数 d50（m，以逗号分隔）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="127" />
      <source>Link probability at d50</source>
      <translation>d50 处的连接概率</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="130" />
      <source>Distance between areas</source>
      <translation>保护地间距离</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Edge to edge</source>
      <translation>边到边</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Centroid</source>
      <translation>质心</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="133" />
      <source>Minimum link probability (0 = none)</source>
      <translation>最小连接概率（0 = 无）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="136" />
      <source>Transboundary buffer (m, 0 = none)</source>
      <translation>跨境缓冲区（m，0 = 无）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="139" />
      <source>Transboundary buffer around</source>
      <translation>跨境缓冲区的缓冲对象</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region's protected areas (nodes)</source>
      <translation>区域内的保护地（节点）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="142" />
      <source>Barriers (fences, fenced railways, highways)</source>
      <translation>障碍（围栏、带围栏的铁路、高速公路）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="145" />
      <source>Barrier permeability (multiplies p of crossing links)</source>
      <translation>障碍通透性（乘以穿越连接的 p）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="148" />
      <source>Clip areas to the region (off: whole patches, region gives only its area)</source>
      <translation>将保护地裁剪至区域（关闭时：使用完整斑块，区域仅提供其面积）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="151" />
      <source>Compute node importance (dPC)</source>
      <translation>计算节点重要性（dPC）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="153" />
      <source>Species checklist (adds one d50 per published dispersal distance)</source>
      <translation>物种名录（每个已发表的扩散距离增加一个 d50）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="156" />
      <source>Species name field</source>
      <translation>物种名称字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="159" />
      <source>Dispersal distance field (km, taken as d50)</source>
      <translation>扩散距离字段（km，作为 d50）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="162" />
      <source>Connectivity summary</source>
      <translation>连通性汇总</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="164" />
      <source>Connectivity nodes</source>
      <translation>连通性节点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="169" />
      <source>Transboundary clusters</source>
      <translation>跨境集群</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="182" />
      <source>The checklist has no field {field}.</source>
      <translation>物种名录没有字段 {field}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="201" />
      <source>DISTANCES must be positive numbers in metres separated by commas, e.g. 10000,30000.</source>
      <translation>DISTANCES 必须是以米为单位、以逗号分隔的正数，例如 10000,30000。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="222" />
      <source>The protected areas layer could not be read.</source>
      <translation>无法读取保护地图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="224" />
      <source>The regions layer could not be read.</source>
      <translation>无法读取区域图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="237" />
      <source>The protected areas are in a geographic CRS: working in {crs}.</source>
      <translation>保护地采用地理坐标系：将在 {crs} 中计算。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="244" />
      <source>Country field {field} not found: links and clusters carry no country.</source>
      <translation>未找到国家字段 {field}：连接和集群将不带国家信息。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="247" />
      <source>Reading protected areas</source>
      <translation>正在读取保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="251" />
      <source>{n} protected areas have no usable polygon and were left out (feature ids: {ids}).</source>
      <translation>有 {n} 个保护地没有可用的多边形，已被排除（要素 ID：{ids}）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="272" />
      <source>The regions layer has no feature.</source>
      <translation>区域图层没有要素。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="280" />
      <source>Region {id} has no usable polygon: skipped.</source>
      <translation>区域 {id} 没有可用的多边形：已跳过。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="282" />
      <source>Region {id} ({n} of {total})</source>
      <translation>区域 {id}（第 {n} 个，共 {total} 个）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="288" />
      <source>Region {id}: node importance (dPC) for a component of {nodes} nodes needs about {needed:.1f} GB of memory or temporary disk space, and {available:.1f} GB are free. Raise MIN_PROBABILITY, lower the dispersal distance or turn NODE_IMPORTANCE off.</source>
      <translation>区域 {id}：对包含 {nodes} 个节点的组分计算节点重要性（dPC）约需 {needed:.1f} GB 内存或临时磁盘空间，而当前仅有 {available:.1f} GB 可用。请提高 MIN_PROBABILITY、减小扩散距离或关闭 NODE_IMPORTANCE。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="295" />
      <source>Region {id} holds no protected area: its indices are 0.</source>
      <translation>区域 {id} 内没有保护地：其指数为 0。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="313" />
      <source>Could not create the output layer.</source>
      <translation>无法创建输出图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="93" />
      <source>Corridors between protected areas</source>
      <translation>保护地之间的廊道</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="97" />
      <source>Least-cost paths, normalised corridors and (optionally) pinch points between pairs of protected areas over a resistance raster, as Linkage Mapper and Circuitscape compute them.</source>
      <translation>基于阻力栅格，计算保护地对之间的最小成本路径、标准化廊道以及（可选的）夹点，计算方式同 Linkage Mapper 和 Circuitscape。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="100" />
      <source>Pairs: the links of 'Connectivity' (LINKS: from_id, to_id, probability, transboundary) kept above MIN_PROBABILITY (and only transboundary ones with TRANSBOUNDARY_ONLY); or pairs typed in PAIRS as '1-2; 3-4'; otherwise every pair of areas closer than MAX_LENGTH.</source>
      <translation>保护地对：取自“连通性”的连接（LINKS：from_id、to_id、probability、transboundary）中高于 MIN_PROBABILITY 的连接（若设置 TRANSBOUNDARY_ONLY，则仅保留跨境连接）；或在 PAIRS 中以“1-2; 3-4”形式输入的保护地对；否则为距离小于 MAX_LENGTH 的所有保护地对。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="103" />
      <source>Resistance: RESISTANCE, or LANDCOVER with RESISTANCE_TABLE (class and resistance fields; classes missing from the table are impassable). Cells with no data or resistance ≤ 0 are impassable. BARRIERS (lines) are burnt into every cell they touch with their 'resistance' field or BARRIER_RESISTANCE (≤ 0: impassable). CELL_SIZE resamples the raster (0: native).</source>
      <translation>阻力：RESISTANCE，或 LANDCOVER 加 RESISTANCE_TABLE（类别字段和阻力字段；表中缺少的类别视为不可通过）。无数据或阻力 ≤ 0 的像元不可通过。BARRIERS（线）以其“resistance”字段或 BARRIER_RESISTANCE（≤ 0：不可通过）烧录到其经过的每个像元中。CELL_SIZE 对栅格重采样（0：原始分辨率）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="107" />
      <source>Method: cost-weighted distance from each area over the 8-neighbour cell graph (move cost = mean resistance of the two cells × step length, diagonals × √2), least-cost path and distance, normalised corridor CWD_A + CWD_B − LCD cut at WIDTH (cost units or % of the least-cost distance). Each pair is computed inside a window around both areas, widened by WINDOW_MARGIN (% of its larger side) and widened again while the areas cannot be joined inside it or the path runs along its side; the table flags corridors that still reach the window side.</source>
      <translation>方法：在 8 邻域像元图上计算每个保护地出发的成本加权距离（移动成本 = 两像元平均阻力 × 步长，对角线 × √2），得到最小成本路径和距离，以及在 WIDTH 处截断的标准化廊道 CWD_A + CWD_B − LCD（成本单位或最小成本距离的 %）。每对保护地在包含两者的窗口内计算，窗口按 WINDOW_MARGIN（较长边的 %）扩展；若窗口内无法连通两保护地或路径沿窗口边缘延伸，则继续扩大窗口；表中会标记仍触及窗口边缘的廊道。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="113" />
      <source>WIDTH is in cost-distance units by default, as in Linkage Mapper (10,000: 10 km of resistance-1 land); as a percentage one costly barrier on the path would widen the corridor over a huge area, so the cut-off never exceeds MAX_WIDTH cost units (0 = no cap). Pairs whose areas overlap get no corridor (status areas_overlap); links below MIN_PROBABILITY (default 0.01) are not paired. A resistance raster whose GDAL metadata holds CORRIDOR_DEMONSTRATION=yes is a demonstration: demo_raster marks every output row.</source>
      <translation>WIDTH 默认以成本距离单位表示，与 Linkage Mapper 相同（10,000：阻力为 1 的土地上 10 km）；若用百分比，路径上一处高成本屏障会使廊道扩展到很大范围，因此截断值不会超过 MAX_WIDTH 个成本单位（0 = 无上限）。相互重叠的保护地对不生成廊道（状态 areas_overlap）；低于 MIN_PROBABILITY（默认 0.01）的连接不配对。GDAL 元数据中含 CORRIDOR_DEMONSTRATION=yes 的阻力栅格为演示数据：demo_raster 标记每一行输出。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="119" />
      <source>CIRCUIT: effective resistance and current density (1 A from A to B) inside each corridor, solved sparse on the graph Laplacian (Circuitscape's conductances); high current = pinch point.</source>
      <translation>CIRCUIT：在每条廊道内计算有效电阻和电流密度（从 A 到 B 注入 1 A），在图拉普拉斯矩阵上以稀疏方式求解（采用 Circuitscape 的电导）；电流高处即为夹点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="121" />
      <source>Outputs: least-cost paths (cost distance, path length, edge-to-edge distance, ratios, countries and barriers crossed), corridor polygons, a corridor mosaic (minimum over pairs), per-pair rasters in OUTPUT_PAIR_FOLDER, a pinch-point mosaic (maximum current) and a table of all pairs with their status.</source>
      <translation>输出：最小成本路径（成本距离、路径长度、边到边距离、比值、穿越的国家和障碍）、廊道多边形、廊道镶嵌图（各对最小值）、OUTPUT_PAIR_FOLDER 中每对的栅格、夹点镶嵌图（最大电流）以及列出所有保护地对及其状态的表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="132" />
      <source>Area id field (empty: feature id)</source>
      <translation>保护地 ID 字段（空：要素 ID）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="135" />
      <source>Country field (ISO alpha-3)</source>
      <translation>国家字段（ISO alpha-3）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="138" />
      <source>Links from 'Connectivity' (from_id, to_id, probability, transboundary)</source>
      <translation>来自“连通性”的连接（from_id、to_id、probability、transboundary）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="141" />
      <source>Minimum link probability</source>
      <translation>最小连接概率</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="144" />
      <source>Transboundary pairs only</source>
      <translation>仅跨境保护地对</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="146" />
      <source>Pairs of area ids (e.g. 1-2; 3-4)</source>
      <translation>保护地 ID 对（例如 1-2; 3-4）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="150" />
      <source>Land-cover raster (instead of a resistance raster)</source>
      <translation>土地覆盖栅格（替代阻力栅格）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="152" />
      <source>Resistance per land-cover class (table)</source>
      <translation>各土地覆盖类别的阻力（表）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="155" />
      <source>Barrier lines (fences, railways, mines…)</source>
      <translation>障碍线（围栏、铁路、矿区…）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="158" />
      <source>Barrier resistance (when the barrier has no 'resistance' field)</source>
      <translation>障碍阻力（障碍无“resistance”字段时使用）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="161" />
      <source>Cell size (map units, 0 = the raster's own)</source>
      <translation>像元大小（地图单位，0 = 栅格原始大小）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="164" />
      <source>Corridor width cut-off</source>
      <translation>廊道宽度阈值</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="167" />
      <source>Width unit</source>
      <translation>宽度单位</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>% above the least-cost distance</source>
      <translation>高于最小成本距离的 %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>cost-distance units</source>
      <translation>成本距离单位</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="170" />
      <source>Maximum width cut-off (cost-distance units, 0 = no cap)</source>
      <translation>最大宽度截断（成本距离单位，0 = 无上限）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="174" />
      <source>Maximum corridor length (edge-to-edge, raster map units, 0 = no limit)</source>
      <translation>最大廊道长度（边到边，栅格地图单位，0 = 无限制）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="177" />
      <source>Window margin around each pair (% of its larger side)</source>
      <translation>每对保护地周围的窗口边距（较长边的 %）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="180" />
      <source>Circuit mode: effective resistance and pinch points</source>
      <translation>电路模式：有效电阻与夹点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="184" />
      <source>Least-cost paths</source>
      <translation>最小成本路径</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="187" />
      <source>Corridor polygons</source>
      <translation>廊道多边形</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="189" />
      <source>Normalised corridors (mosaic)</source>
      <translation>标准化廊道（镶嵌图）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="191" />
      <source>Pinch points (current density)</source>
      <translation>夹点（电流密度）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="193" />
      <source>Corridor table</source>
      <translation>廊道表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="196" />
      <source>Folder for one corridor raster per pair</source>
      <translation>每对保存一个廊道栅格的文件夹</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="206" />
      <source>Give either a resistance raster (RESISTANCE) or a land-cover raster with a resistance table (LANDCOVER + RESISTANCE_TABLE), not both or neither.</source>
      <translation>请指定阻力栅格（RESISTANCE）或土地覆盖栅格加阻力表（LANDCOVER + RESISTANCE_TABLE）之一，不能同时指定或都不指定。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="213" />
      <source>The raster {name} is in geographic coordinates (degrees): reproject it to a projected CRS in metres (e.g. UTM) so that cell sizes are distances.</source>
      <translation>栅格 {name} 采用地理坐标（度）：请将其重投影到以米为单位的投影 CRS（例如 UTM），使像元大小表示距离。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="220" />
      <source>Cannot read the raster {name}: {error}</source>
      <translation>无法读取栅格 {name}：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="236" />
      <source>A land-cover raster needs RESISTANCE_TABLE (a class field and a resistance field).</source>
      <translation>土地覆盖栅格需要 RESISTANCE_TABLE（一个类别字段和一个阻力字段）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="243" />
      <source>RESISTANCE_TABLE needs a class field and a resistance field.</source>
      <translation>RESISTANCE_TABLE 需要一个类别字段和一个阻力字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="251" />
      <source>RESISTANCE_TABLE row {row}: class '{code}' or resistance '{value}' is not a number.</source>
      <translation>RESISTANCE_TABLE 第 {row} 行：类别“{code}”或阻力“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="256" />
      <source>RESISTANCE_TABLE is empty.</source>
      <translation>RESISTANCE_TABLE 为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="264" />
      <source>The protected areas layer (INPUT) cannot be read.</source>
      <translation>无法读取保护地图层（INPUT）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="272" />
      <source>The id field '{field}' is not in the protected areas layer.</source>
      <translation>保护地图层中没有 ID 字段“{field}”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="281" />
      <source>Protected area (feature {fid}) has an empty id in '{field}'.</source>
      <translation>保护地（要素 {fid}）在“{field}”中的 ID 为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="286" />
      <source>Protected area {id} has no geometry.</source>
      <translation>保护地 {id} 没有几何。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="288" />
      <source>The id {id} occurs twice in the field '{field}': ids must be unique.</source>
      <translation>ID {id} 在字段“{field}”中出现两次：ID 必须唯一。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="295" />
      <source>At least two protected areas are needed.</source>
      <translation>至少需要两个保护地。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="316" />
      <source>The links layer has no field '{field}'.</source>
      <translation>连接图层没有字段“{field}”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="318" />
      <source>MIN_PROBABILITY is set but the links layer has no 'probability' field.</source>
      <translation>已设置 MIN_PROBABILITY，但连接图层没有“probability”字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="319" />
      <source>Set MIN_PROBABILITY to 0 to pair every link.</source>
      <translation>将 MIN_PROBABILITY 设为 0 可为所有连接配对。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="328" />
      <source>Link {id} has an empty from_id or to_id.</source>
      <translation>连接 {id} 的 from_id 或 to_id 为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="335" />
      <source>{kept} of {total} links selected.</source>
      <translation>已选择 {total} 条连接中的 {kept} 条。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="341" />
      <source>Cannot read the pair '{part}' in PAIRS: write pairs as 1-2; 3-4.</source>
      <translation>无法读取 PAIRS 中的保护地对“{part}”：请按 1-2; 3-4 的形式书写。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="357" />
      <source>{count} pairs of areas: choose pairs with LINKS or PAIRS, or lower MAX_LENGTH (at most {limit} pairs are computed automatically).</source>
      <translation>共 {count} 对保护地：请通过 LINKS 或 PAIRS 选择保护地对，或降低 MAX_LENGTH（自动计算最多 {limit} 对）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="384" />
      <source>Barrier {id}: resistance '{value}' is not a number.</source>
      <translation>障碍 {id}：阻力“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="405" />
      <source>corridor computed</source>
      <translation>廊道已计算</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="406" />
      <source>areas farther apart than MAX_LENGTH</source>
      <translation>保护地间距离超过 MAX_LENGTH</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="407" />
      <source>an area covers no passable cell of the raster</source>
      <translation>某保护地未覆盖栅格中任何可通过的像元</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="408" />
      <source>no passable route between the areas inside the window</source>
      <translation>窗口内两保护地之间没有可通过的路线</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="409" />
      <source>a pair of an area with itself</source>
      <translation>保护地与其自身构成的对</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="410" />
      <source>the areas lie outside the raster</source>
      <translation>保护地位于栅格范围之外</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="411" />
      <source>the areas overlap: they are already joined</source>
      <translation>保护地相互重叠：它们已连为一体</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="412" />
      <source>an id of the pair is not in the protected areas layer</source>
      <translation>该对中的某个 ID 不在保护地图层中</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="421" />
      <source>corridors</source>
      <translation>廊道</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="429" />
      <source>The resistance raster is a demonstration (CORRIDOR_DEMONSTRATION): the corridors show how the method works, not where animals move.</source>
      <translation>阻力栅格为演示数据（CORRIDOR_DEMONSTRATION）：廊道展示方法如何工作，而非动物的实际移动路线。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="437" />
      <source>A pinch-point raster (OUTPUT_PINCH) needs circuit mode (CIRCUIT).</source>
      <translation>夹点栅格（OUTPUT_PINCH）需要电路模式（CIRCUIT）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="459" />
      <source>Could not create the output layers.</source>
      <translation>无法创建输出图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="464" />
      <source>Raster outputs are written as GeoTIFF: give a .tif file name, not {path}.</source>
      <translation>栅格输出以 GeoTIFF 格式写入：请指定 .tif 文件名，而不是 {path}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="481" />
      <source>Pair {a}–{b}: an id is not in the protected areas layer.</source>
      <translation>保护地对 {a}–{b}：某个 ID 不在保护地图层中。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="492" />
      <source>Pair {a}–{b}: not enough memory for its window; lower WINDOW_MARGIN or use a larger CELL_SIZE.</source>
      <translation>保护地对 {a}–{b}：内存不足以处理其窗口；请降低 WINDOW_MARGIN 或使用更大的 CELL_SIZE。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="529" />
      <source>Pair {a}–{b}: the corridor reaches the side of its window; raise WINDOW_MARGIN to see all of it.</source>
      <translation>保护地对 {a}–{b}：廊道触及窗口边缘；请增大 WINDOW_MARGIN 以查看完整廊道。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="533" />
      <source>Pair {a}–{b}: {message}.</source>
      <translation>保护地对 {a}–{b}：{message}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="25" />
      <source>Country borders of the corridor</source>
      <translation>廊道沿线国家的国界</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="28" />
      <source>Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor (Natural Earth, public domain, EPSG:4326) for use as study regions.

COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).
SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do not share vertices: snap with about 0.001° before border work.</source>
      <translation>输出 Corridor 随附的中国、蒙古、俄罗斯和哈萨克斯坦的 admin-0 国界（Natural Earth，公有领域，EPSG:4326），用作研究区域。

COUNTRIES：以逗号分隔的 ISO 3166-1 alpha-3 代码（默认 CHN,MNG,RUS,KAZ）。
SCALE：1:50m（详细）或 1:110m（粗略）。相邻国家的 1:50m 轮廓不共享顶点：进行边界处理前请以约 0.001° 的容差进行捕捉。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="37" />
      <source>Countries (ISO alpha-3, comma-separated)</source>
      <translation>国家（ISO alpha-3，以逗号分隔）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>Scale</source>
      <translation>比例尺</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:50m</source>
      <translation>1:50m</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:110m</source>
      <translation>1:110m</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="35" />
      <source>Export Darwin Core Archive</source>
      <translation>导出 Darwin Core 存档</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="38" />
      <source>Writes a Darwin Core Archive (.zip with occurrence.txt, meta.xml and eml.xml) of the baseline's occurrences, ready to upload to a GBIF IPT.

DATABASE: GeoPackage file or saved PostgreSQL connection.
PARTNER, COUNTRY, TAXA: comma-separated lists (empty = all). COUNTRY takes ISO alpha-3 or alpha-2 codes; TAXA takes scientific names or taxon groups.
DATE_FROM, DATE_TO: YYYY-MM-DD; a record is selected when its date or date range overlaps them.
TITLE, PUBLISHER, LICENCE, CONTACT_NAME, CONTACT_EMAIL go to eml.xml; without PUBLISHER the partners whose records are exported are named.
SENSITIVITY: overrides of the checklist's sensitivity levels, e.g. 'Canis lupus=none; Otis tarda=high' (levels: high = 0.5° grid, medium = 0.1° grid, none).
FULL_PRECISION: export sensitive species with exact coordinates. Off by default: records of sensitive species (checklist column sensitivity: CITES I/II, IUCN CR/EN/VU) are moved to the centre of their grid cell, coordinateUncertaintyInMeters covers the cell, locality and verbatim coordinates are withheld, and dataGeneralizations/informationWithheld say so. Either choice is written into eml.xml.

countryCode is where a record lies (from its coordinates); the partner's country is partnerCountryCode in dynamicProperties. organismQuantity is a number with organismQuantityType; the abundance as written (~20, 10-15, few) is verbatimOrganismQuantity in dynamicProperties. Quality flags are in occurrenceRemarks (GBIF issue names where GBIF has one), georeferenceRemarks and identificationRemarks.

Fields without a Darwin Core term (taxon group, IUCN, CITES, abundance bounds, provenance, quality flags) are written as JSON in dynamicProperties. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @) get a leading apostrophe.</source>
      <translation>将基线数据库中的分布记录写入 Darwin Core 存档（含 occurrence.txt、meta.xml 和 eml.xml 的 .zip），可直接上传到 GBIF IPT。

DATABASE：GeoPackage 文件或已保存的 PostgreSQL 连接。
PARTNER、COUNTRY、TAXA：以逗号分隔的列表（空 = 全部）。COUNTRY 接受 ISO alpha-3 或 alpha-2 代码；TAXA 接受学名或类群。
DATE_FROM、DATE_TO：YYYY-MM-DD；记录的日期或日期范围与之重叠时即被选中。
TITLE、PUBLISHER、LICENCE、CONTACT_NAME、CONTACT_EMAIL 写入 eml.xml；未指定 PUBLISHER 时，以其记录被导出的合作方作为发布者。
SENSITIVITY：覆盖名录中的敏感级别，例如 'Canis lupus=none; Otis tarda=high'（级别：high = 0.5° 网格，medium = 0.1° 网格，none）。
FULL_PRECISION：以精确坐标导出敏感物种。默认关闭：敏感物种（名录 sensitivity 列：CITES I/II、IUCN CR/EN/VU）的记录移到其网格单元中心，coordinateUncertaintyInMeters 覆盖整个单元，地点和原始坐标被隐去，并在 dataGeneralizations/informationWithheld 中说明。无论如何选择都会写入 eml.xml。

countryCode 是记录所在的国家（按坐标确定）；合作方的国家写在 dynamicProperties 的 partnerCountryCode 中。organismQuantity 为数字，附 organismQuantityType；原始写法的数量（~20、10-15、少量）写在 dynamicProperties 的 verbatimOrganismQuantity 中。质量标记写在 occurrenceRemarks（有 GBIF 问题名称时使用该名称）、georeferenceRemarks 和 identificationRemarks 中。

没有对应 Darwin Core 术语的字段（类群、IUCN、CITES、数量上下限、来源信息、质量标记）以 JSON 形式写入 dynamicProperties。电子表格会当作公式执行的文本单元格（以 =、+、-、@ 开头）前面会加一个撇号。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="66" />
      <source>Partners</source>
      <translation>合作方</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="69" />
      <source>Taxa (scientific names or taxon groups)</source>
      <translation>分类单元（学名或类群）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="70" />
      <source>From date (YYYY-MM-DD)</source>
      <translation>起始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="72" />
      <source>To date (YYYY-MM-DD)</source>
      <translation>截止日期（YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="74" />
      <source>Dataset title</source>
      <translation>数据集标题</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="77" />
      <source>Publisher (organisation; empty: the partners of the exported records)</source>
      <translation>发布者（机构；留空：所导出记录的合作方）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="79" />
      <source>Licence</source>
      <translation>许可协议</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="81" />
      <source>Contact name</source>
      <translation>联系人姓名</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="82" />
      <source>Contact e-mail</source>
      <translation>联系人电子邮箱</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="84" />
      <source>Sensitivity overrides (e.g. Canis lupus=none; Otis tarda=high)</source>
      <translation>敏感级别覆盖（例如 Canis lupus=none; Otis tarda=high）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="87" />
      <source>Export sensitive species at full precision (recorded in the metadata)</source>
      <translation>以完整精度导出敏感物种（记录在元数据中）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive</source>
      <translation>Darwin Core 存档</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive (*.zip)</source>
      <translation>Darwin Core 存档 (*.zip)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="91" />
      <source>Records exported</source>
      <translation>已导出记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="94" />
      <source>The Darwin Core export</source>
      <translation>Darwin Core 导出</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="122" />
      <source>Full precision chosen: exact coordinates of sensitive species will leave the baseline in this archive.</source>
      <translation>已选择完整精度：敏感物种的精确坐标将随此归档离开基线数据库。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="133" />
      <source>No occurrence matches the selection: the archive is empty.</source>
      <translation>没有与所选条件匹配的分布记录：存档为空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="134" />
      <source>{count} records written to {path}.</source>
      <translation>已将 {count} 条记录写入 {path}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="53" />
      <source>Gap analysis (species representation in protected areas)</source>
      <translation>保护空缺分析（保护地中的物种代表性）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="57" />
      <source>Which species the protected-area network misses, where, and where to survey next.</source>
      <translation>找出保护地网络遗漏了哪些物种、遗漏在何处，以及下一步应在何处调查。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="58" />
      <source>Ranges: occupied cells of a RESOLUTION metres equal-area grid (default 10000 m), or your range polygons (RANGES, one layer, species in RANGE_FIELD; species without a polygon fall back to their cells). Protected areas are merged (overlaps count once) and rasterised at RESOLUTION/10.</source>
      <translation>分布区：RESOLUTION 米等积网格（默认 10000 m）中被占据的单元，或您提供的分布区多边形（RANGES，单个图层，物种名在 RANGE_FIELD 中；没有多边形的物种退回使用其单元）。保护地被合并（重叠部分只计一次），并以 RESOLUTION/10 的分辨率栅格化。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="61" />
      <source>Targets (Rodrigues et al. 2004, Nature 428:640): 100% of ranges under 1,000 km², 10% of ranges over 250,000 km², linear on log10(range) between (55% at 15,811 km²). TARGET_CAP (km², 0 = none) caps the target area of very wide ranges. TARGETS overrides, e.g. 'Panthera uncia=0.5; EN=60%; CR=100%': a species name or an IUCN category, '=' and a share (0–1 or percent), entries separated by ';'. TARGETS_TABLE does the same from a table with a 'name' and a 'target' field. A species override wins over a category override.</source>
      <translation>目标（Rodrigues et al. 2004, Nature 428:640）：分布区小于 1,000 km² 时为 100%，大于 250,000 km² 时为 10%，其间按 log10(分布区) 线性插值（15,811 km² 时为 55%）。TARGET_CAP（km²，0 = 无）为分布极广的物种设定目标面积上限。TARGETS 可覆盖目标，例如“Panthera uncia=0.5; EN=60%; CR=100%”：物种名或 IUCN 类别，加“=”和比例（0–1 或百分比），条目之间以“;”分隔。TARGETS_TABLE 的作用相同，但取自含“name”和“target”字段的表。物种覆盖优先于类别覆盖。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="67" />
      <source>Status: gap (nothing protected), partial (protected share below target), covered.</source>
      <translation>状态：gap（空缺，完全未受保护）、partial（部分，受保护比例低于目标）、covered（覆盖）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="68" />
      <source>Without a range polygon the range is only the known occupied area (cells with records; range_source says so): the status then ends in '(records only)', and records_in_pa counts the species' records inside protected areas (a sampling-bias indicator: records from surveys inside protected areas make such ranges look protected).</source>
      <translation>没有分布区多边形时，分布区仅为已知占据面积（有记录的单元；range_source 会注明）：此时状态以“(records only)”结尾，records_in_pa 统计该物种位于保护地内的记录数（采样偏差指标：保护地内调查所得的记录会使这类分布区看起来受到保护）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="72" />
      <source>Gap grid (GRID_SHAPE square or hexagon, GRID_SIZE metres; hexagons have the area of the square): richness, threatened (CR/EN/VU) richness, gap and partial richness, share inside protected areas, records, partners, and priority = Σ species weight × shortfall × (1 − protected share of the cell), weight = 1 + Red List Index weight (LC 1, NT 2, VU 3, EN 4, CR 5).</source>
      <translation>空缺网格（GRID_SHAPE 为正方形或六边形，GRID_SIZE 米；六边形面积与正方形相同）：丰富度、受威胁（CR/EN/VU）物种丰富度、空缺和部分物种丰富度、位于保护地内的比例、记录数、合作方数，以及优先级 = Σ 物种权重 × 缺口 × (1 − 单元受保护比例)，权重 = 1 + 红色名录指数权重（LC 1、NT 2、VU 3、EN 4、CR 5）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="77" />
      <source>Survey gaps: per cell, species expected there (their range; with occupied cells, their convex hull) without a record from the last RECENT_YEARS years of the data, weighted as above, times the sampling deficit (m + 1)/(m + r + 2) (r recent records in the cell, m the mean of its neighbours: an empty cell among well-surveyed neighbours scores near 1, among empty ones 0.5). Ranked, best first; expected_means says what 'expected' means.</source>
      <translation>调查空缺：每个单元中预期出现（其分布区；以占据单元表示时为其凸包）但在数据最近 RECENT_YEARS 年内没有记录的物种，按上述方式加权，再乘以采样不足度 (m + 1)/(m + r + 2)（r 为该单元的近期记录数，m 为其相邻单元的平均值：周围调查充分的空单元得分接近 1，周围也为空的单元为 0.5）。按得分从高到低排序；expected_means 说明“预期”的含义。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="82" />
      <source>CRS: an equal-area CRS for all grids (default: Lambert azimuthal equal-area centred on the records). STUDY_AREA: only grid cells touching these polygons are written (the grid otherwise covers the records' and ranges' bounding box).</source>
      <translation>CRS：所有网格使用的等积 CRS（默认：以记录为中心的 Lambert 方位等积投影）。STUDY_AREA：仅输出与这些多边形相接的网格单元（否则网格覆盖记录和分布区的外包矩形）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="89" />
      <source>Occurrences (with scientificName)</source>
      <translation>分布记录（含 scientificName）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="94" />
      <source>Range polygons (optional)</source>
      <translation>分布区多边形（可选）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="97" />
      <source>Species field of the range polygons</source>
      <translation>分布区多边形的物种字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="100" />
      <source>Range cell size (m)</source>
      <translation>分布区单元大小（m）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="103" />
      <source>Target overrides (name=share; …)</source>
      <translation>目标覆盖（名称=比例; …）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="105" />
      <source>Target overrides table (fields name, target)</source>
      <translation>目标覆盖表（字段 name、target）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="108" />
      <source>Cap on the target area (km², 0 = none)</source>
      <translation>目标面积上限（km²，0 = 无）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Gap grid cells</source>
      <translation>空缺网格单元</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Square</source>
      <translation>正方形</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Hexagon</source>
      <translation>六边形</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Gap grid cell size (m)</source>
      <translation>空缺网格单元大小（m）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="118" />
      <source>Recent records: last N years of the data</source>
      <translation>近期记录：数据最近 N 年</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="121" />
      <source>Equal-area CRS (default: LAEA centred on the records)</source>
      <translation>等积 CRS（默认：以记录为中心的 LAEA）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="123" />
      <source>Study area (optional: keep grid cells that touch it)</source>
      <translation>研究区（可选：保留与其相接的网格单元）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="126" />
      <source>Species representation</source>
      <translation>物种代表性</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="140" />
      <source>The targets table needs a 'name' field and a 'target' field.</source>
      <translation>目标表需要“name”字段和“target”字段。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="180" />
      <source>The protected-area layer could not be read.</source>
      <translation>无法读取保护地图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="187" />
      <source>{count} records left out: {reason}</source>
      <translation>已排除 {count} 条记录：{reason}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="192" />
      <source>The CRS must be projected and equal-area, not geographic.</source>
      <translation>CRS 必须是投影的等积坐标系，而不是地理坐标系。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="204" />
      <source>Choose the species field of the range polygons (RANGE_FIELD).</source>
      <translation>请选择分布区多边形的物种字段（RANGE_FIELD）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="206" />
      <source>With no occurrence, choose an equal-area CRS (CRS).</source>
      <translation>没有分布记录时，请选择等积 CRS（CRS）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="221" />
      <source>No present occurrence with valid coordinates and no range polygon.</source>
      <translation>没有坐标有效的“存在”分布记录，也没有分布区多边形。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="225" />
      <source>The protected-area layer has no polygon: every species will be a gap.</source>
      <translation>保护地图层没有多边形：所有物种都将是空缺物种。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="226" />
      <source>{n} protected areas, {s} species.</source>
      <translation>{n} 个保护地，{s} 个物种。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="250" />
      <source>The study area has no polygon.</source>
      <translation>研究区没有多边形。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="270" />
      <source>known occupied area (records in {km} km cells)</source>
      <translation>已知占据面积（{km} km 单元中的记录）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="273" />
      <source>range polygons</source>
      <translation>分布区多边形</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="298" />
      <source>expected: the cell lies in the species' range (range polygon, or the convex hull of its records); missing: no record there in the last {years} years of the data</source>
      <translation>预期：该单元位于物种分布区内（分布区多边形，或其记录的凸包）；缺失：数据最近 {years} 年内该处没有记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="220" />
      <source>Import partner species sheets</source>
      <translation>导入合作方物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="223" />
      <source>Reads partner species sheets (CSV/TSV/TXT in UTF-8, UTF-16, Windows-1251 or GB18030; XLSX, XLS, ODS: every sheet, or one with file.xlsx|layername=Sheet) and writes validated Darwin Core occurrences (points, EPSG:4326) and a table of rejected rows with a reason code, a message and every original cell. Every row is in exactly one of the two outputs.

INPUT: one or more files.
COUNTRY: ISO 3166-1 alpha-3 of the partner (CHN, MNG, RUS, KAZ), or the name of a column that holds the country per row. Empty: derived from the coordinates.
PARTNER: partner or institution name (institutionCode, part of the stable occurrenceID).
SOURCE_CRS: CRS of the coordinates (default EPSG:4326). Pulkovo 1942 Gauss–Krüger eastings with the zone prefix are recognised in any case.
SITES: optional site gazetteer (points or polygons with a name field) for rows without coordinates.
CHECKLIST: optional extra checklist (same columns as the shipped one) or a two-column mapping verbatim,scientificName that resolves names rejected before.
MAPPING: optional column roles overriding header detection, e.g. species=B; date=Дата; lat=Ш; lon=Д.
DATABASE: optional GeoPackage path or PostGIS connection name of the baseline database to load into.</source>
      <translation>读取合作方物种表（UTF-8、UTF-16、Windows-1251 或 GB18030 编码的 CSV/TSV/TXT；XLSX、XLS、ODS：读取所有工作表，或用 file.xlsx|layername=Sheet 指定一个），输出经过验证的 Darwin Core 分布记录（点，EPSG:4326），以及含原因代码、说明和全部原始单元格的被拒行表。每一行恰好出现在两个输出之一中。

INPUT：一个或多个文件。
COUNTRY：合作方的 ISO 3166-1 alpha-3 代码（CHN、MNG、RUS、KAZ），或逐行记录国家的列名。留空：根据坐标推断。
PARTNER：合作方或机构名称（institutionCode，固定 occurrenceID 的组成部分）。
SOURCE_CRS：坐标的 CRS（默认 EPSG:4326）。带投影带前缀的 Pulkovo 1942 高斯–克吕格东坐标在任何情况下都能识别。
SITES：可选的地点名录（带名称字段的点或多边形），用于无坐标的行。
CHECKLIST：可选的附加物种名录（列与随附名录相同），或两列映射 verbatim,scientificName，用于解析此前被拒的名称。
MAPPING：可选的列角色设置，覆盖表头自动识别，例如 species=B; date=Дата; lat=Ш; lon=Д。
DATABASE：可选，要加载到的基线数据库的 GeoPackage 路径或 PostGIS 连接名称。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="242" />
      <source>Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)</source>
      <translation>合作方物种表（CSV、TSV、TXT、XLSX、XLS、ODS）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="244" />
      <source>Partner country (ISO alpha-3) or country column</source>
      <translation>合作方国家（ISO alpha-3）或国家列</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="246" />
      <source>Partner / institution</source>
      <translation>合作方 / 机构</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="248" />
      <source>CRS of the coordinates in the sheets</source>
      <translation>物种表中坐标的 CRS</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="251" />
      <source>Site gazetteer (optional)</source>
      <translation>地点名录（可选）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="254" />
      <source>Extra checklist or name mapping file (optional)</source>
      <translation>附加物种名录或名称映射文件（可选）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="257" />
      <source>Column mapping (optional), e.g. species=B; date=Дата</source>
      <translation>列映射（可选），例如 species=B; date=Дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="260" />
      <source>Baseline database: GeoPackage path or PostGIS connection (optional)</source>
      <translation>基线数据库：GeoPackage 路径或 PostGIS 连接（可选）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="265" />
      <source>Rejected rows</source>
      <translation>被拒行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="268" />
      <source>Importing sheets</source>
      <translation>正在导入物种表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="276" />
      <source>No input file given.</source>
      <translation>未指定输入文件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="293" />
      <source>Checklist: {n} taxa (version {version})</source>
      <translation>物种名录：{n} 个分类单元（版本 {version}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="305" />
      <source>Internal error: {total} rows read but {a} + {r} written.</source>
      <translation>内部错误：读取 {total} 行，但写入 {a} + {r} 行。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="307" />
      <source>{total} rows read = {accepted} accepted + {rejected} rejected</source>
      <translation>读取 {total} 行 = 接受 {accepted} 行 + 拒绝 {rejected} 行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="310" />
      <source>  rejected {code}: {n}</source>
      <translation>  拒绝 {code}：{n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="312" />
      <source>  flagged {flag}: {n} ({meaning})</source>
      <translation>  标记 {flag}：{n}（{meaning}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="328" />
      <source>Loading into a baseline database needs the baseline module, which this version of Corridor does not have. Leave DATABASE empty.</source>
      <translation>加载到基线数据库需要基线模块，而此版本的 Corridor 没有该模块。请将 DATABASE 留空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="334" />
      <source>Loading into the baseline database {db} failed: {error}</source>
      <translation>加载到基线数据库 {db} 失败：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="336" />
      <source>Loaded into the baseline database {db}.</source>
      <translation>已加载到基线数据库 {db}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="349" />
      <source>the disk is full ({error})</source>
      <translation>磁盘已满（{error}）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="350" />
      <source>Could not write {output}: {error}</source>
      <translation>无法写入{output}：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the occurrences</source>
      <translation>物种记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the rejected rows</source>
      <translation>被拒绝的行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="365" />
      <source>Could not create the occurrences layer.</source>
      <translation>无法创建分布记录图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="366" />
      <source>Could not create the rejected rows table.</source>
      <translation>无法创建被拒行表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="28" />
      <source>Load occurrences into the baseline database</source>
      <translation>将分布记录加载到基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="31" />
      <source>Loads the occurrences and rejected rows produced by Import partner sheets into the baseline database, one transaction per submission (one sheet of one file): a cancel, a crash or a lost connection leaves the database as it was before that submission.

DATABASE: a GeoPackage file (created if missing) or the name of a PostgreSQL connection saved in QGIS (credentials from its authentication configuration).
INPUT: the occurrence point layer; REJECTED: the rejected-rows table (optional).
PARTNER, COUNTRY: used where the layer's institutionCode or country_iso3 is empty.
SOURCE_FILES: the partners' original files (optional); their SHA-256 identifies a submission. Without them a checksum of the rows is used.
TOLERANCE: records of two partners with the same taxon and date closer than this (metres) are linked as duplicates, never deleted.

Loading the same file again adds nothing; a corrected file (same partner, file name and sheet) replaces the rows of its earlier submission, which stays in the submission history.</source>
      <translation>将“导入合作方物种表”生成的分布记录和被拒行加载到基线数据库，每次提交（一个文件的一个工作表）使用一个事务：取消、崩溃或连接中断都会使数据库恢复到该次提交之前的状态。

DATABASE：GeoPackage 文件（不存在时自动创建），或在 QGIS 中保存的 PostgreSQL 连接名称（凭据取自其认证配置）。
INPUT：分布记录点图层；REJECTED：被拒行表（可选）。
PARTNER、COUNTRY：在图层的 institutionCode 或 country_iso3 为空时使用。
SOURCE_FILES：合作方的原始文件（可选）；以其 SHA-256 标识一次提交。未提供时使用各行的校验和。
TOLERANCE：两个合作方的同一分类单元、同一日期且距离小于该值（米）的记录将被关联为重复记录，但绝不删除。

再次加载同一文件不会新增任何内容；更正后的文件（相同合作方、文件名和工作表）将替换其先前提交中的行，先前的提交仍保留在提交历史中。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="50" />
      <source>Occurrences (from Import partner sheets)</source>
      <translation>分布记录（来自“导入合作方物种表”）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="53" />
      <source>Rejected rows (from Import partner sheets)</source>
      <translation>被拒行（来自“导入合作方物种表”）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="57" />
      <source>Country (ISO 3166-1 alpha-3)</source>
      <translation>国家（ISO 3166-1 alpha-3）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="59" />
      <source>Original partner files (for their SHA-256)</source>
      <translation>合作方原始文件（用于计算 SHA-256）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="62" />
      <source>Duplicate distance between partners (m)</source>
      <translation>合作方之间的重复距离（m）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="65" />
      <source>Occurrences added</source>
      <translation>新增的分布记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="66" />
      <source>Occurrences already present</source>
      <translation>已存在的分布记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="67" />
      <source>Rejected rows recorded</source>
      <translation>已记录的被拒行</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="68" />
      <source>Cross-partner duplicates linked</source>
      <translation>已关联的跨合作方重复记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="69" />
      <source>Submissions loaded</source>
      <translation>已加载的提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="70" />
      <source>Submissions replaced</source>
      <translation>已替换的提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="71" />
      <source>Submissions unchanged</source>
      <translation>未变化的提交</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="75" />
      <source>Loading the baseline</source>
      <translation>正在加载基线数据库</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="82" />
      <source>The occurrence layer cannot be read.</source>
      <translation>无法读取分布记录图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="101" />
      <source>{rows} occurrences added, {present} already present, {rejected} rejected rows recorded, {dups} duplicates linked.</source>
      <translation>新增 {rows} 条分布记录，{present} 条已存在，记录 {rejected} 个被拒行，关联 {dups} 条重复记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="62" />
      <source>Overlay occurrences on protected areas</source>
      <translation>将分布记录与保护地叠加</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="65" />
      <source>Counts the partner occurrences that fall in each protected area (points on a boundary count as inside, like the 'intersects' predicate) and writes four outputs.

OCCURRENCES: point layer with the Darwin Core fields of the baseline (scientificName, institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, country_iso3).
PROTECTED_AREAS: the layer from 'Prepare protected areas' or any polygon layer; its attributes are kept. Areas are identified by pa_id, else WDPA ids, else fid.
BUFFER: records outside an area but within this distance (km) of its boundary are counted as edge records (0 = off).

OUTPUT_AREAS: the areas with records, richness (species), threatened (IUCN CR/EN/VU species), cites (CITES-listed species), partners, last_survey, first_year, last_year, years_covered, edge_records.
OUTPUT_SPECIES_AREAS: one row per species and area: records, abundance sum and maximum (individualCount, else abundanceMax), first and last date.
OUTPUT_SPECIES: per species: records, records inside any area, share protected, number of areas, countries of the protected records.
OUTPUT_OCCURRENCES: the occurrences with pa_ids (';'-separated), n_pas and edge_pa_ids.</source>
      <translation>统计落入每个保护地的合作方分布记录数（位于边界上的点视为在内，与“intersects”谓词相同），并生成四个输出。

OCCURRENCES：带有基线数据库 Darwin Core 字段（scientificName、institutionCode、eventDate、year、individualCount、abundanceMax、iucnCategory、citesAppendix、country_iso3）的点图层。
PROTECTED_AREAS：“准备保护地”生成的图层或任意多边形图层；保留其属性。保护地依次按 pa_id、WDPA ID、fid 识别。
BUFFER：位于保护地外但距其边界在此距离（km）内的记录计为边缘记录（0 = 关闭）。

OUTPUT_AREAS：保护地及其 records、richness（物种数）、threatened（IUCN CR/EN/VU 物种）、cites（CITES 附录物种）、partners、last_survey、first_year、last_year、years_covered、edge_records。
OUTPUT_SPECIES_AREAS：每个物种与保护地组合一行：记录数、数量总和与最大值（individualCount，否则 abundanceMax）、最早和最晚日期。
OUTPUT_SPECIES：每个物种：记录数、位于任一保护地内的记录数、受保护比例、保护地数量、受保护记录所在国家。
OUTPUT_OCCURRENCES：带有 pa_ids（以“;”分隔）、n_pas 和 edge_pa_ids 的分布记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="90" />
      <source>Edge buffer (km, 0 = none)</source>
      <translation>边缘缓冲区（km，0 = 无）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="93" />
      <source>Protected areas with figures</source>
      <translation>带统计数据的保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="96" />
      <source>Species × protected area</source>
      <translation>物种 × 保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="99" />
      <source>Species protection summary</source>
      <translation>物种保护汇总</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="102" />
      <source>Occurrences with protected areas</source>
      <translation>带保护地信息的分布记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="116" />
      <source>The occurrence layer must be a point layer.</source>
      <translation>分布记录图层必须是点图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="118" />
      <source>The protected-area layer must be a polygon layer.</source>
      <translation>保护地图层必须是多边形图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>occurrence</source>
      <translation>分布记录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>protected-area</source>
      <translation>保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="121" />
      <source>The {layer} layer has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>{layer}图层没有坐标参考系（或坐标参考系未知）：请先设置其 CRS。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="142" />
      <source>{n} occurrences without geometry were not overlaid (they count as unprotected records).</source>
      <translation>{n} 条无几何的分布记录未参与叠加（计为未受保护记录）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="144" />
      <source>{n} occurrences read in {s:.1f} s.</source>
      <translation>读取 {n} 条分布记录，用时 {s:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="166" />
      <source>{n} protected areas have no geometry and get no records: {ids}</source>
      <translation>{n} 个保护地没有几何，不分配记录：{ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="173" />
      <source>{n} point–area matches.</source>
      <translation>{n} 个点–保护地匹配。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="204" />
      <source>Overlay done in {s:.1f} s.</source>
      <translation>叠加完成，用时 {s:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="230" />
      <source>Fast GeoPackage copy failed ({error}); writing feature by feature.</source>
      <translation>快速 GeoPackage 复制失败（{error}）；改为逐要素写入。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="53" />
      <source>Prepare protected areas</source>
      <translation>准备保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="57" />
      <source>Reads protected areas from WDPA (legacy schema with WDPAID, or the late-2025 schema with SITE_ID; shapefile, GeoPackage or File Geodatabase, polygon and point parts, several files at once) or from national layers with a field mapping, and cleans them as the wdpar R package does.</source>
      <translation>从 WDPA（含 WDPAID 的旧版架构，或含 SITE_ID 的 2025 年末架构；shapefile、GeoPackage 或 File Geodatabase，多边形和点部分，可同时读取多个文件）或通过字段映射从国家级图层读取保护地，并按 wdpar R 包的方式进行清理。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="62" />
      <source>INPUT: one or more layers. REGION: optional study region (polygons) to clip to.</source>
      <translation>INPUT：一个或多个图层。REGION：可选的研究区域（多边形），用于裁剪。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="63" />
      <source>KEEP_STATUS keeps Designated/Inscribed/Established sites; DROP_MAB drops UNESCO-MAB Biosphere Reserves; DROP_OECM and DROP_MARINE drop OECMs and marine sites; BUFFER_POINTS turns point-only sites into circles of their reported area (REP_AREA); REPAIR repairs invalid geometries. STATUS_YR 0 becomes null. Sites crossing 180° are split. OVERLAPS: keep, erase by IUCN category precedence (Ia first), or dissolve per country. AREA_CRS: equal-area CRS for area_km2 (empty: a Lambert azimuthal equal-area projection centred on each site, exact on the WGS84 ellipsoid; ESRI:54009 gives wdpar's Mollweide, which is spherical: -0.1 % at 50°N, -0.5 % at 70°N).</source>
      <translation>KEEP_STATUS 保留 Designated/Inscribed/Established 状态的保护地；DROP_MAB 排除 UNESCO-MAB 生物圈保护区；DROP_OECM 和 DROP_MARINE 排除 OECM 和海洋保护地；BUFFER_POINTS 将仅有点位的保护地转换为面积等于其申报面积（REP_AREA）的圆；REPAIR 修复无效几何。STATUS_YR 为 0 时设为空值。跨越 180° 的保护地将被分割。OVERLAPS：保留、按 IUCN 类别优先级擦除（Ia 优先），或按国家融合。AREA_CRS：计算 area_km2 的等积 CRS（留空：以每个保护地为中心的 Lambert 方位等积投影，在 WGS84 椭球体上精确；ESRI:54009 对应 wdpar 的 Mollweide 投影，该投影基于球体：北纬 50° 处 -0.1 %，北纬 70° 处 -0.5 %）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="71" />
      <source>National layers: give ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (names of their fields); pa_id is '&lt;layer&gt;:&lt;id&gt;'.</source>
      <translation>国家级图层：指定 ID_FIELD、NAME_FIELD、LOCAL_NAME_FIELD、COUNTRY_FIELD、DESIGNATION_FIELD、IUCN_FIELD、YEAR_FIELD（其字段名）；pa_id 为“&lt;layer&gt;:&lt;id&gt;”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="74" />
      <source>OUTPUT fields: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (several ISO3 or part of Dauria / Great Altai), source, provenance. REPORT: one row per removed or changed site with the step and the reason.</source>
      <translation>OUTPUT 字段：pa_id、name、name_local、iso3、designation、iucn_cat、status_year、area_km2、is_transboundary（涉及多个 ISO3，或属于达乌尔 / 大阿尔泰的一部分）、source、provenance。REPORT：每个被移除或被修改的保护地一行，含步骤和原因。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="77" />
      <source>country_share: share of the outline inside its ISO3 countries (shipped Natural Earth borders); below 0.5 the REPORT flags the site with its share.</source>
      <translation>country_share：轮廓位于其 ISO3 国家内的比例（随附的 Natural Earth 边界）；低于 0.5 时 REPORT 会标记该地点并给出比例。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="83" />
      <source>Protected-area layers (WDPA or national)</source>
      <translation>保护地图层（WDPA 或国家级）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="86" />
      <source>Study region</source>
      <translation>研究区域</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="88" />
      <source>Keep only Designated, Inscribed, Established</source>
      <translation>仅保留 Designated、Inscribed、Established</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="89" />
      <source>Drop UNESCO-MAB Biosphere Reserves</source>
      <translation>排除 UNESCO-MAB 生物圈保护区</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="90" />
      <source>Drop OECMs</source>
      <translation>排除 OECM</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="91" />
      <source>Drop marine sites</source>
      <translation>排除海洋保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="92" />
      <source>Buffer point-only sites to their reported area</source>
      <translation>将仅有点位的保护地缓冲至其申报面积</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="93" />
      <source>Repair invalid geometries</source>
      <translation>修复无效几何</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="96" />
      <source>Overlapping areas</source>
      <translation>重叠的保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Keep overlaps</source>
      <translation>保留重叠</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Erase by IUCN category precedence</source>
      <translation>按 IUCN 类别优先级擦除</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="98" />
      <source>Dissolve per country</source>
      <translation>按国家融合</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="100" />
      <source>Equal-area CRS for areas (empty: per-site Lambert azimuthal equal-area)</source>
      <translation>面积计算用等积 CRS（留空：每个保护地各自的 Lambert 方位等积投影）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="102" />
      <source>National layers: id field</source>
      <translation>国家级图层：ID 字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="103" />
      <source>National layers: name field</source>
      <translation>国家级图层：名称字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="104" />
      <source>National layers: local-name field</source>
      <translation>国家级图层：当地名称字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="105" />
      <source>National layers: ISO3 country field</source>
      <translation>国家级图层：ISO3 国家字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="106" />
      <source>National layers: designation field</source>
      <translation>国家级图层：认定类型字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="107" />
      <source>National layers: IUCN category field</source>
      <translation>国家级图层：IUCN 类别字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="108" />
      <source>National layers: status year field</source>
      <translation>国家级图层：状态年份字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="111" />
      <source>Clean protected areas</source>
      <translation>清理后的保护地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="113" />
      <source>Cleaning report</source>
      <translation>清理报告</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="119" />
      <source>Only {n} of the {m} input layers could be opened: check {sources}</source>
      <translation>{m} 个输入图层中只有 {n} 个可以打开：请检查 {sources}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="124" />
      <source>None of the input layers could be opened: {sources}</source>
      <translation>无法打开任何输入图层：{sources}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="126" />
      <source>Give at least one protected-area layer.</source>
      <translation>请至少指定一个保护地图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="136" />
      <source>{name} is not a vector layer.</source>
      <translation>{name} 不是矢量图层。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="140" />
      <source>The layer {name} has no field {fields}.</source>
      <translation>图层 {name} 没有字段 {fields}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="148" />
      <source>The input layers hold no features.</source>
      <translation>输入图层中没有要素。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="198" />
      <source>{step}: {n} {action}</source>
      <translation>{step}：{action} {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="200" />
      <source>{read} sites read, {kept} kept.</source>
      <translation>读取 {read} 个保护地，保留 {kept} 个。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="202" />
      <source>No protected area is left after cleaning: see the report.</source>
      <translation>清理后没有剩余保护地：请查看报告。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="208" />
      <source>The study region has no (or an unknown) coordinate reference system.</source>
      <translation>研究区域没有坐标参考系（或坐标参考系未知）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="220" />
      <source>The study region has no polygon.</source>
      <translation>研究区域没有多边形。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="30" />
      <source>Corridor algorithm module '{name}' not loaded: {error}</source>
      <translation>未加载 Corridor 算法模块“{name}”：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="48" />
      <source>Corridor transboundary biodiversity tools {version}</source>
      <translation>Corridor 跨境生物多样性工具 {version}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="46" />
      <source>Range metrics (EOO, AOO, IUCN criterion B)</source>
      <translation>分布区指标（EOO、AOO，IUCN 标准 B）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="50" />
      <source>Extent of occurrence (EOO) and area of occupancy (AOO) of every species, with the IUCN criterion B1/B2 threshold each meets.</source>
      <translation>计算每个物种的分布范围（EOO）和占有面积（AOO），以及其满足的 IUCN 标准 B1/B2 阈值。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="52" />
      <source>EOO: area of the convex hull of the species' distinct present records, in a Lambert azimuthal equal-area projection (WGS 84 ellipsoid) centred on that species' records (records on both sides of the antimeridian are handled). Fewer than 3 distinct points, or all on one line: EOO is empty and eoo_note says why. Optionally clipped to land (the shipped Natural Earth borders or your own land layer). When EOO is smaller than AOO, B1 uses AOO (IUCN guidelines 4.9).</source>
      <translation>EOO：物种不同“存在”记录的凸包面积，采用以该物种记录为中心的 Lambert 方位等积投影（WGS 84 椭球体）计算（可处理跨反子午线两侧的记录）。不同点位少于 3 个或全部位于同一直线上时：EOO 为空，eoo_note 说明原因。可选择裁剪至陆地（随附的 Natural Earth 国界或您自己的陆地图层）。EOO 小于 AOO 时，B1 采用 AOO（IUCN 指南 4.9）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="57" />
      <source>AOO: occupied cells of a square grid (CELL_SIZE metres, IUCN: 2000 m) × cell area, in a study-wide equal-area projection centred on all records. Without GRID_SEARCH the grid origin is fixed; with it, GRID_SHIFTS × GRID_SHIFTS origins shifted by CELL_SIZE / GRID_SHIFTS are tried and each species keeps its minimum (allowed by the IUCN guidelines); aoo_grid states which. CRS sets another equal-area CRS for the grid.</source>
      <translation>AOO：正方形网格（CELL_SIZE 米，IUCN：2000 m）中被占据的单元数 × 单元面积，采用以全部记录为中心的全研究区等积投影。未启用 GRID_SEARCH 时网格原点固定；启用时尝试按 CELL_SIZE / GRID_SHIFTS 平移的 GRID_SHIFTS × GRID_SHIFTS 个原点，并取每个物种的最小值（IUCN 指南允许）；aoo_grid 说明采用的方式。CRS 可为网格指定其他等积 CRS。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="62" />
      <source>Thresholds: EOO &lt; 100 km² CR, &lt; 5,000 EN, &lt; 20,000 VU; AOO &lt; 10 km² CR, &lt; 500 EN, &lt; 2,000 VU. Meeting a threshold is only the first condition of criterion B.</source>
      <translation>阈值：EOO &lt; 100 km² 为 CR，&lt; 5,000 为 EN，&lt; 20,000 为 VU；AOO &lt; 10 km² 为 CR，&lt; 500 为 EN，&lt; 2,000 为 VU。满足阈值只是标准 B 的第一个条件。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="64" />
      <source>MIN_RECORDS: below this number of distinct points both classes are 'data insufficient' (default 15, after Rivers et al. 2011, Biol. Conserv. 144:2541). Every class is a size class for a regional assessment, not a Red List category; criterion_b_note says so on every row.</source>
      <translation>MIN_RECORDS：不同记录点少于此数时，两个等级均为“数据不足”（默认 15，依据 Rivers et al. 2011, Biol. Conserv. 144:2541）。每个等级都是区域评估的面积等级，而非红色名录类别；criterion_b_note 在每一行中注明这一点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="67" />
      <source>Records with occurrenceStatus 'absent' are ignored.</source>
      <translation>occurrenceStatus 为“absent”的记录将被忽略。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="75" />
      <source>AOO cell size (m)</source>
      <translation>AOO 单元大小（m）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="78" />
      <source>Search grid origins for the minimum AOO</source>
      <translation>搜索网格原点以求最小 AOO</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="80" />
      <source>Grid origins per axis when searching</source>
      <translation>搜索时每个轴向的网格原点数</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="83" />
      <source>Clip EOO hulls to land</source>
      <translation>将 EOO 凸包裁剪至陆地</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="85" />
      <source>Land polygons (default: shipped country borders)</source>
      <translation>陆地多边形（默认：随附的国界）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="88" />
      <source>Equal-area CRS of the AOO grid (default: LAEA centred on the records)</source>
      <translation>AOO 网格的等积 CRS（默认：以记录为中心的 LAEA）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="91" />
      <source>Minimum distinct records for a criterion-B class</source>
      <translation>获得 B 标准等级所需的最少不同记录点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="94" />
      <source>Range metrics</source>
      <translation>分布区指标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="96" />
      <source>EOO hulls</source>
      <translation>EOO 凸包</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="98" />
      <source>AOO cells</source>
      <translation>AOO 单元</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="105" />
      <source>Reading occurrences…</source>
      <translation>正在读取分布记录…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="114" />
      <source>No present occurrence with valid coordinates in the input.</source>
      <translation>输入中没有坐标有效的“存在”分布记录。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="126" />
      <source>Computing EOO and AOO of {n} species…</source>
      <translation>正在计算 {n} 个物种的 EOO 和 AOO…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>fixed origin</source>
      <translation>固定原点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>minimum over {n} origins</source>
      <translation>{n} 个原点中的最小值</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="35" />
      <source>Transboundary action-plan report</source>
      <translation>跨境行动计划报告</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="38" />
      <source>Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, map of protected areas and records, gap species, gap grid, connectivity per country with the transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a data appendix.

Every result layer is optional: a section whose input is missing says it was not computed.
DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no OCCURRENCES layer is given.
LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).</source>
      <translation>以 HTML 格式以及基于 QGIS 打印布局的 PDF 格式输出行动计划报告（布局另存为 PDF 旁的 .qpt 模板，可在 QGIS 中编辑）：研究区、各合作方的数据来源、保护地与记录分布图、空缺物种、空缺网格、含跨境比例的各国连通性、按 dPC 排序的重要保护地和连接、廊道、调查空缺优先区、方法和数据附录。

每个结果图层都是可选的：缺少输入的章节会注明未计算。
DATABASE：基线 GeoPackage 或 PostGIS 连接名称；未指定 OCCURRENCES 图层时使用其中的分布记录。
LANGUAGE：en、zh、ru、mn 或 kk（默认：QGIS 界面语言）。物种名称以拉丁学名显示，并附上物种名录（CHECKLIST 或随附名录）中该语言的俗名。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="56" />
      <source>Baseline database (GeoPackage or PostGIS connection)</source>
      <translation>基线数据库（GeoPackage 或 PostGIS 连接）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="75" />
      <source>Report language</source>
      <translation>报告语言</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="78" />
      <source>Checklist for vernacular names (CSV)</source>
      <translation>俗名所用物种名录（CSV）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="80" />
      <source>Line under the title (e.g. working group, meeting, date)</source>
      <translation>标题下方的一行文字（如工作组、会议、日期）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="82" />
      <source>Report (HTML)</source>
      <translation>报告（HTML）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>Report (PDF)</source>
      <translation>报告（PDF）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="85" />
      <source>Report layout template (.qpt)</source>
      <translation>报告布局模板（.qpt）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="93" />
      <source>No occurrences table could be read from {database}.</source>
      <translation>无法从 {database} 读取分布记录表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="106" />
      <source>Report in {language} from: {inputs}</source>
      <translation>{language} 报告，输入：{inputs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="110" />
      <source>No translation for '{language}' is installed: the report headings stay in English.</source>
      <translation>未安装“{language}”的翻译：报告标题保持英文。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="120" />
      <source>Could not write the HTML report {path}: {error}</source>
      <translation>无法写入 HTML 报告 {path}：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="127" />
      <source>Could not write the PDF report {path}.</source>
      <translation>无法写入 PDF 报告 {path}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="34" />
      <source>Partner data-sheet template</source>
      <translation>合作方数据表模板</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="37" />
      <source>Writes an XLSX workbook for one partner that is hard to fill in wrongly: a data sheet with headers in the partner's language and the Darwin Core term beneath, a species drop-down from the checklist (Latin name and vernacular name), checks on dates (a real date, not in the future), numbers of individuals (whole number 0 or more, a range, ~n, &gt;n, few/many or +), coordinates (within the country, in decimal degrees or in the chosen projected CRS) and sites (drop-down from the gazetteer); an instructions sheet in the partner's language; a hidden lists sheet. Workbook properties name the partner, country, template and checklist versions, so that corridor:importsheets recognises the template and reads its columns without guessing.

COUNTRY: ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ).
LANGUAGE: en, zh, ru, mn or kk.
CHECKLIST: optional extra checklist file (same columns as the shipped one, or a name mapping).
TAXON_GROUPS: optional comma-separated groups (e.g. bird, large mammal); a group also takes its sub-groups.
COUNTRY_SPECIES_ONLY: keep only species whose checklist row lists the country in a 'countries' column.
SITES: optional site gazetteer layer; SITE_FIELD: its name field (guessed when empty).
SOURCE_CRS: the CRS partners record coordinates in (EPSG:4326 gives latitude/longitude columns, a projected CRS gives easting/northing columns).</source>
      <translation>为某一合作方生成不易填错的 XLSX 工作簿：一个数据表，表头使用合作方的语言，下方标注 Darwin Core 术语；来自物种名录的物种下拉列表（拉丁学名和俗名）；对日期（真实日期，且不在未来）、个体数（0 或以上的整数、范围、~n、&gt;n、few/many 或 +）、坐标（位于该国境内，采用十进制度或所选投影 CRS）和地点（来自地点名录的下拉列表）的校验；一个使用合作方语言的说明表；一个隐藏的列表工作表。工作簿属性中记录合作方、国家、模板和物种名录版本，使 corridor:importsheets 能够识别该模板并直接读取其列，无需猜测。

COUNTRY：ISO 3166-1 alpha-3（CHN、MNG、RUS、KAZ）。
LANGUAGE：en、zh、ru、mn 或 kk。
CHECKLIST：可选的附加物种名录文件（列与随附名录相同，或为名称映射）。
TAXON_GROUPS：可选，以逗号分隔的类群（例如 bird, large mammal）；类群同时包括其子类群。
COUNTRY_SPECIES_ONLY：仅保留物种名录“countries”列中列有该国的物种。
SITES：可选的地点名录图层；SITE_FIELD：其名称字段（留空时自动推测）。
SOURCE_CRS：合作方记录坐标所用的 CRS（EPSG:4326 生成纬度/经度列，投影 CRS 生成东坐标/北坐标列）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="59" />
      <source>Partner's country (ISO alpha-3: CHN, MNG, RUS, KAZ)</source>
      <translation>合作方国家（ISO alpha-3：CHN、MNG、RUS、KAZ）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="62" />
      <source>Language of the sheet (en, zh, ru, mn, kk)</source>
      <translation>数据表语言（en、zh、ru、mn、kk）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="64" />
      <source>Extra checklist file</source>
      <translation>附加物种名录文件</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="66" />
      <source>Taxon groups (comma-separated; empty: all)</source>
      <translation>类群（以逗号分隔；留空：全部）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="68" />
      <source>Only species expected in the country (checklist column 'countries')</source>
      <translation>仅限预期在该国出现的物种（物种名录“countries”列）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="71" />
      <source>Site gazetteer</source>
      <translation>地点名录</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="73" />
      <source>Site name field</source>
      <translation>地点名称字段</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="76" />
      <source>Coordinate reference system of the partner's coordinates</source>
      <translation>合作方坐标的坐标参考系</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Template workbook</source>
      <translation>模板工作簿</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="87" />
      <source>Unknown country '{code}': use one of {codes}.</source>
      <translation>未知国家“{code}”：请使用以下之一：{codes}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="91" />
      <source>Name the partner: the template carries it in its properties.</source>
      <translation>请指定合作方：模板会将其写入属性中。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="112" />
      <source>No checklist file says where species occur: add a column 'countries' (ISO alpha-3 codes) to the extra checklist, or switch off 'Only species expected in the country'.</source>
      <translation>没有物种名录文件说明物种的分布国家：请在附加物种名录中添加“countries”列（ISO alpha-3 代码），或关闭“仅限预期在该国出现的物种”。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="119" />
      <source>Unknown taxon group in '{groups}'. The checklist has: {available}</source>
      <translation>“{groups}”中有未知类群。物种名录中的类群：{available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="122" />
      <source>No species of the checklist is left after the taxon-group and country filters.</source>
      <translation>经类群和国家筛选后，物种名录中没有剩余物种。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="131" />
      <source>The site gazetteer cannot be used: {error}</source>
      <translation>无法使用地点名录：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="133" />
      <source>The site gazetteer has no site names; the site column stays free text.</source>
      <translation>地点名录中没有地点名称；地点列保持为自由文本。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="153" />
      <source>Could not write the template {path}: {error}</source>
      <translation>无法写入模板 {path}：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="155" />
      <source>Template for {partner} ({country}, {language}): {n} species, {s} sites.</source>
      <translation>{partner}（{country}，{language}）的模板：{n} 个物种，{s} 个地点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="50" />
      <source>Submission status and timeline</source>
      <translation>提交状态与时间线</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="53" />
      <source>Compares the expected submissions (partner, country, period, due date) with the submissions received and reports, per partner and period: received (on or before the due date), late, missing (due date passed, nothing received) or pending (not yet due), with the number of submissions, records and species received and the last submission date. Submissions of partners without any expected period are listed as unscheduled. The HTML output holds a timeline chart per partner and the table.

DATABASE: the baseline (GeoPackage path or saved PostgreSQL connection); its expected_submissions and submissions tables are used unless EXPECTED or SUBMISSIONS are given.
EXPECTED: a table (e.g. CSV) with columns partner, country, period, due_date and optionally opens (the date from which a submission counts for that period).
SUBMISSIONS: a table with partner, country_iso3, received, rows_accepted and optionally species (a count or ';'-separated names) and period.
A submission counts for the period it names; otherwise for the earliest open period of that partner still without a submission; otherwise it is a further submission of the latest period already due.
AS_OF: the date the status is computed for (YYYY-MM-DD; default today).</source>
      <translation>将预期提交（合作方、国家、期间、截止日期）与已收到的提交进行比较，并按合作方和期间报告状态：已收到（在截止日期当天或之前）、逾期、缺失（已过截止日期且未收到）或待提交（尚未到期），同时列出收到的提交次数、记录数和物种数以及最近提交日期。没有任何预期期间的合作方的提交列为计划外。HTML 输出包含每个合作方的时间线图和该表。

DATABASE：基线数据库（GeoPackage 路径或已保存的 PostgreSQL 连接）；除非指定了 EXPECTED 或 SUBMISSIONS，否则使用其中的 expected_submissions 和 submissions 表。
EXPECTED：含 partner、country、period、due_date 列以及可选 opens 列（提交自该日期起计入该期间）的表（例如 CSV）。
SUBMISSIONS：含 partner、country_iso3、received、rows_accepted 以及可选 species（数量或以“;”分隔的名称）和 period 列的表。
提交计入其指明的期间；否则计入该合作方最早一个已开放且尚无提交的期间；否则视为最近一个已到期期间的追加提交。
AS_OF：计算状态所依据的日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="73" />
      <source>Baseline database (GeoPackage or PostgreSQL connection)</source>
      <translation>基线数据库（GeoPackage 或 PostgreSQL 连接）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="75" />
      <source>Expected submissions table</source>
      <translation>预期提交表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="77" />
      <source>Received submissions table</source>
      <translation>已收到提交表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="80" />
      <source>Status as of (YYYY-MM-DD; empty: today)</source>
      <translation>状态截至日期（YYYY-MM-DD；留空：今天）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="82" />
      <source>Submission status</source>
      <translation>提交状态</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="84" />
      <source>Timeline (HTML)</source>
      <translation>时间线（HTML）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="93" />
      <source>AS_OF is not a date (YYYY-MM-DD): {value}</source>
      <translation>AS_OF 不是日期（YYYY-MM-DD）：{value}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="98" />
      <source>Give the baseline database, or both the expected and the received submissions tables.</source>
      <translation>请指定基线数据库，或同时指定预期提交表和已收到提交表。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="120" />
      <source>A table row cannot be read: {error}</source>
      <translation>无法读取表中的一行：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="122" />
      <source>The expected submissions table is empty: every submission is unscheduled.</source>
      <translation>预期提交表为空：所有提交均为计划外。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="152" />
      <source>Could not write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="155" />
      <source>Periods: {received} received, {late} late, {missing} missing, {pending} pending; {unscheduled} unscheduled partner(s).</source>
      <translation>期间：已收到 {received} 个，逾期 {late} 个，缺失 {missing} 个，待提交 {pending} 个；计划外合作方 {unscheduled} 个。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="26" />
      <source>This tool</source>
      <translation>本工具</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="28" />
      <source>{feature} needs the Python package '{package}', which is not installed. Install: {hint}</source>
      <translation>{feature} 需要 Python 包“{package}”，但尚未安装。安装方法：{hint}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="17" />
      <source>above VU</source>
      <translation>高于 VU 阈值</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="18" />
      <source>data insufficient (too few records)</source>
      <translation>数据不足（记录过少）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="19" />
      <source>0 (no shortfall)</source>
      <translation>0（无缺口）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="20" />
      <source>CR (&lt; 100 km²)</source>
      <translation>CR（&lt; 100 km²）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="21" />
      <source>EN (&lt; 5,000 km²)</source>
      <translation>EN（&lt; 5,000 km²）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="22" />
      <source>VU (&lt; 20,000 km²)</source>
      <translation>VU（&lt; 20,000 km²）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="23" />
      <source>CR Critically Endangered</source>
      <translation>CR 极危</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="24" />
      <source>EN Endangered</source>
      <translation>EN 濒危</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="25" />
      <source>VU Vulnerable</source>
      <translation>VU 易危</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="26" />
      <source>NT Near Threatened</source>
      <translation>NT 近危</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="27" />
      <source>LC Least Concern</source>
      <translation>LC 无危</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="28" />
      <source>DD Data Deficient</source>
      <translation>DD 数据缺乏</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="29" />
      <source>not assessed</source>
      <translation>未评估</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="30" />
      <source>inside a protected area</source>
      <translation>位于保护地内</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="31" />
      <source>near the edge of a protected area</source>
      <translation>靠近保护地边界</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="32" />
      <source>outside protected areas</source>
      <translation>位于保护地外</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="33" />
      <source>transboundary</source>
      <translation>跨境</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="34" />
      <source>national</source>
      <translation>国内</translation>
    </message>
  </context>
  <context>
    <name>CorridorDockContents</name>
    <message>
      <location filename="corridor_plugin/gui/dock.ui" line="0" />
      <source>Corridor</source>
      <translation>Corridor</translation>
    </message>
  </context>
  <context>
    <name>CorridorSheet</name>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="21" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="22" />
      <source>Instructions</source>
      <translation>填写说明</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="23" />
      <source>Corridor species data sheet: instructions</source>
      <translation>Corridor 物种数据表：填写说明</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="24" />
      <source>Record one observation per row on the sheet “{data_sheet}”, starting on row 3. The first header row is in your language; the second gives the international Darwin Core term. Do not change, move or delete the two header rows, do not add columns and do not rename the sheets: the coordinator's software reads the file by them. Cells with a drop-down list or a range check refuse values that cannot be right.</source>
      <translation>请在“{data_sheet}”工作表中每行填写一条观察记录，从第 3 行开始。第一行表头为您的语言，第二行为国际通用的 Darwin Core 术语。请勿修改、移动或删除这两行表头，请勿增加列，也请勿重命名工作表：协调人的软件依靠它们读取文件。带下拉列表或范围检查的单元格会拒绝明显错误的数值。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="31" />
      <source>Partner</source>
      <translation>合作单位</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="32" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="33" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="34" />
      <source>Template version</source>
      <translation>模板版本</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="35" />
      <source>Checklist version</source>
      <translation>物种名录版本</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="36" />
      <source>Coordinate reference system</source>
      <translation>坐标参照系</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="37" />
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="40" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="41" />
      <source>Darwin Core term</source>
      <translation>Darwin Core 术语</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="42" />
      <source>What to write</source>
      <translation>填写内容</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="45" />
      <source>Species</source>
      <translation>物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="46" />
      <source>Number of individuals</source>
      <translation>个体数量</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="47" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="48" />
      <source>Site</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="49" />
      <source>Latitude</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="50" />
      <source>Longitude</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="51" />
      <source>Easting (x)</source>
      <translation>东坐标 (x)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="52" />
      <source>Northing (y)</source>
      <translation>北坐标 (y)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="53" />
      <source>Location uncertainty (m)</source>
      <translation>位置误差 (米)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="54" />
      <source>Observer(s)</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="57" />
      <source>Choose the species from the drop-down list (Latin name — name in your language). A species that is not on the list may be typed in with its Latin name; the coordinator will check it.</source>
      <translation>从下拉列表中选择物种（拉丁学名 — 中文名）。不在列表中的物种可填写其拉丁学名，由协调人核查。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="60" />
      <source>Number of individuals seen: a whole number, 0 or more. Write 0 when the species was looked for and not found. For ranges and uncertain counts see below.</source>
      <translation>观察到的个体数：0 或正整数。如寻找过该物种但未发现，请填 0。范围和不确定数量的写法见下文。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="63" />
      <source>Date of the observation: a real date, not in the future, as YYYY-MM-DD (for example 2024-06-12).</source>
      <translation>观察日期：真实的日期，不得晚于今天，格式为 YYYY-MM-DD（例如 2024-06-12）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="65" />
      <source>Name of the place. When a list is offered, choose the site from it so that it matches the project's site gazetteer.</source>
      <translation>地点名称。如提供了下拉列表，请从中选择，以便与项目的地点名录一致。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="68" />
      <source>Latitude in decimal degrees, WGS 84, north positive (for example 49.6512). Accepted: {min} to {max}.</source>
      <translation>纬度，十进制度，WGS 84，北纬为正（例如 49.6512）。允许范围：{min} 至 {max}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="71" />
      <source>Longitude in decimal degrees, WGS 84, east positive (for example 117.3345). Accepted: {min} to {max}.</source>
      <translation>经度，十进制度，WGS 84，东经为正（例如 117.3345）。允许范围：{min} 至 {max}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="74" />
      <source>Easting (x) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>{crs} 中的东坐标 (x)，单位为米，只填数字。允许范围：{min} 至 {max}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="75" />
      <source>Northing (y) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>{crs} 中的北坐标 (y)，单位为米，只填数字。允许范围：{min} 至 {max}。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="76" />
      <source>How far the true place may be from the coordinates, in metres (0 or more). Leave empty if unknown.</source>
      <translation>真实位置与坐标之间可能的距离，单位为米（0 或以上）。未知时留空。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="78" />
      <source>Name(s) of the observer(s); separate several names with | .</source>
      <translation>观察人姓名；多人时用 | 分隔。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="82" />
      <source>Recording absence</source>
      <translation>如何记录未发现</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="83" />
      <source>If a species was looked for and not found, write a row with the number 0. An empty number cell does not mean absence: it means that the number was not recorded.</source>
      <translation>如寻找过某物种但未发现，请填写一行并将数量填为 0。数量单元格留空并不表示未发现，而表示未记录数量。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="88" />
      <source>Ranges and uncertain counts</source>
      <translation>范围和不确定的数量</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="89" />
      <source>When the exact number is not known, write one of: a range with a hyphen (10-15), an approximate number with a tilde (~20), a minimum with a greater-than sign (&gt;100), the word “{few}” or “{many}”, or + when the species was present but not counted. Do not add words such as “about” or units.</source>
      <translation>如不知道确切数量，请填写以下之一：用连字符表示的范围（10-15）、带波浪号的约数（~20）、带大于号的最小值（&gt;100）、“{few}”或“{many}”，或在物种出现但未计数时填 +。请勿添加“约”等字样或单位。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="96" />
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="97" />
      <source>Only complete dates are accepted. If only the month or the year of an observation is known, do not invent a day: send those observations to the coordinator separately, with the month or year as known.</source>
      <translation>只接受完整日期。如果只知道观察的月份或年份，请勿编造具体日期：请将这些记录单独发送给协调人，并注明已知的月份或年份。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="103" />
      <source>Coordinates</source>
      <translation>坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="104" />
      <source>Coordinates are in {crs}. Write them as plain numbers with a decimal point. Degrees, minutes and seconds must be converted: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Four decimals of a degree are about 10 m. Rows without coordinates are placed by their site name.</source>
      <translation>坐标采用 {crs}。请填写带小数点的数字。度分秒须换算：50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603。小数点后四位约相当于 10 米。没有坐标的记录将按地点名称定位。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="110" />
      <source>Projected coordinates</source>
      <translation>投影坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="111" />
      <source>Write easting and northing exactly as on your maps, in metres, including the zone number at the start of the easting if your coordinate system uses one (for example 20403402).</source>
      <translation>请按地图上的数值填写东坐标和北坐标，单位为米；如您的坐标系在东坐标前带有带号，请一并填写（例如 20403402）。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="116" />
      <source>Species not in the list</source>
      <translation>不在列表中的物种</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="117" />
      <source>The list holds the species of the corridor checklist (version {checklist_version}). If you observed another species, type its Latin name; the sheet will warn you, but the row is kept and checked by the coordinator. Vernacular names not yet checked against a source are not shown in the list.</source>
      <translation>列表包含走廊物种名录（版本 {checklist_version}）中的物种。如观察到其他物种，请填写其拉丁学名；表格会给出提示，但该行会被保留并由协调人核查。尚未与资料来源核对的俗名不在列表中显示。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="124" />
      <source>Sending the sheet</source>
      <translation>发送数据表</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="125" />
      <source>Save the workbook as .xlsx and send this file to the coordinator. Do not copy the data into another file: the file properties identify your template. You may add as many rows as you need.</source>
      <translation>请将工作簿保存为 .xlsx 格式，并将此文件发送给协调人。请勿把数据复制到其他文件中：文件属性标识了您的模板。可以根据需要增加任意行数。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="134" />
      <source>Choose a species from the list, or type its Latin name.</source>
      <translation>请从列表中选择物种，或填写其拉丁学名。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="138" />
      <source>A whole number 0 or more, a range (10-15), ~20, &gt;100, {few}, {many} or +.</source>
      <translation>0 或正整数、范围（10-15）、~20、&gt;100、{few}、{many} 或 +。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="142" />
      <source>A date between 1800-01-01 and today, as YYYY-MM-DD.</source>
      <translation>1800-01-01 至今天之间的日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="146" />
      <source>Choose a site from the list.</source>
      <translation>请从列表中选择地点。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="150" />
      <source>Decimal degrees between {min} and {max}.</source>
      <translation>{min} 至 {max} 之间的十进制度。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="157" />
      <source>Easting</source>
      <translation>东坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="158" />
      <source>Metres between {min} and {max}.</source>
      <translation>{min} 至 {max} 之间的米数。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="161" />
      <source>Northing</source>
      <translation>北坐标</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="165" />
      <source>Location uncertainty</source>
      <translation>位置误差</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="166" />
      <source>Metres, 0 or more.</source>
      <translation>米，0 或以上。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="170" />
      <source>Name(s) of the observer(s).</source>
      <translation>观察人姓名。</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="174" />
      <source>few</source>
      <translation>少量</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="175" />
      <source>many</source>
      <translation>许多</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="178" />
      <source>China</source>
      <translation>中国</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="179" />
      <source>Mongolia</source>
      <translation>蒙古国</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="180" />
      <source>Russia</source>
      <translation>俄罗斯</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="181" />
      <source>Kazakhstan</source>
      <translation>哈萨克斯坦</translation>
    </message>
  </context>
  <context>
    <name>ReportPanel</name>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Under the title</source>
      <translation>标题下方</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>e.g. Dauria working group, 2026</source>
      <translation>例如：达乌尔工作组，2026</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>PDF from a QGIS print layout (besides HTML)</source>
      <translation>基于 QGIS 打印布局的 PDF（HTML 之外）</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Results that go into the report</source>
      <translation>纳入报告的结果</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Open the report</source>
      <translation>打开报告</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Write the report</source>
      <translation>撰写报告</translation>
    </message>
  </context>
</TS>
