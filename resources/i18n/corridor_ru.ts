<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Corridor</name>
    <message>
      <location filename="corridor_plugin/core/baseline/__init__.py" line="39" />
      <source>No baseline database given: choose a GeoPackage file or a saved PostgreSQL connection.</source>
      <translation>База исходных данных не указана: выберите файл GeoPackage или сохранённое подключение PostgreSQL.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="145" />
      <source>'{value}' is not a date in the form YYYY-MM-DD.</source>
      <translation>«{value}» не является датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="250" />
      <source>Unknown licence '{licence}': use one of {known}.</source>
      <translation>Неизвестная лицензия «{licence}»: используйте одну из {known}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="331" />
      <source>A Darwin Core Archive needs a dataset title.</source>
      <translation>Для архива Darwin Core Archive нужно название набора данных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="340" />
      <source>{n} records of sensitive species generalised (coordinates to grid-cell centres, locality withheld).</source>
      <translation>Записей чувствительных видов обобщено: {n} (координаты — центры ячеек сетки, местонахождение скрыто).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="343" />
      <source>Full precision chosen: sensitive species are exported with exact coordinates; the archive's metadata say so.</source>
      <translation>Выбрана полная точность: чувствительные виды экспортируются с точными координатами; это указано в метаданных архива.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="349" />
      <source>Corridor baseline database</source>
      <translation>База исходных данных Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="372" />
      <source>Cannot write the archive '{path}': {error}</source>
      <translation>Не удаётся записать архив «{path}»: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="114" />
      <source>'{path}' is neither a GeoPackage (.gpkg) nor a saved PostgreSQL connection name.</source>
      <translation>«{path}» не является ни файлом GeoPackage (.gpkg), ни именем сохранённого подключения PostgreSQL.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="117" />
      <source>The folder of the GeoPackage '{path}' does not exist.</source>
      <translation>Папка файла GeoPackage «{path}» не существует.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="122" />
      <source>'{path}' is not a GeoPackage: the file is not an SQLite database.</source>
      <translation>«{path}» не является файлом GeoPackage: это не база данных SQLite.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="126" />
      <source>The baseline database '{path}' does not exist.</source>
      <translation>База исходных данных «{path}» не существует.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="137" />
      <source>Cannot open the GeoPackage '{path}': {error}</source>
      <translation>Не удаётся открыть GeoPackage «{path}»: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="161" />
      <source>GeoPackage error in '{path}': {error}</source>
      <translation>Ошибка GeoPackage в «{path}»: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="332" />
      <source>Cannot open the occurrences of '{path}' as a layer.</source>
      <translation>Не удаётся открыть находки из «{path}» как слой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="69" />
      <source>Cancelled while reading the layer; nothing was loaded.</source>
      <translation>Чтение слоя отменено; ничего не загружено.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="80" />
      <source>The occurrence layer is empty: nothing to load.</source>
      <translation>Слой находок пуст: загружать нечего.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="82" />
      <source>{count} occurrences have no occurrenceID: load the output of Import partner sheets, which gives every record a stable id.</source>
      <translation>Находок без occurrenceID: {count}. Загрузите результат «Импорт листов партнёров», который присваивает каждой записи постоянный идентификатор.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="111" />
      <source>Cannot tell the partner of {file} [{sheet}] (institutionCode is {found}): set PARTNER.</source>
      <translation>Не удаётся определить партнёра для {file} [{sheet}] (institutionCode: {found}): задайте PARTNER.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="113" />
      <source>empty</source>
      <translation>пусто</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="49" />
      <source>No saved PostgreSQL connection called '{name}' in QGIS (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>В QGIS нет сохранённого подключения PostgreSQL с именем «{name}» (Браузер ▸ PostgreSQL ▸ Новое подключение).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="72" />
      <source>The authentication configuration '{id}' of connection '{name}' cannot be read (is the QGIS master password set?).</source>
      <translation>Не удаётся прочитать конфигурацию аутентификации «{id}» подключения «{name}» (задан ли мастер-пароль QGIS?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="98" />
      <source>The PostGIS baseline</source>
      <translation>База исходных данных PostGIS</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="113" />
      <source>Cannot connect to the PostGIS baseline '{name}': {error}</source>
      <translation>Не удаётся подключиться к базе исходных данных PostGIS «{name}»: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="127" />
      <source>The database '{name}' has no PostGIS extension and this user may not create it: ask the administrator to run CREATE EXTENSION postgis.</source>
      <translation>В базе данных «{name}» нет расширения PostGIS, и у этого пользователя нет прав на его создание: попросите администратора выполнить CREATE EXTENSION postgis.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="179" />
      <source>The connection to the PostGIS baseline '{name}' was lost; the submission being loaded was rolled back. ({error})</source>
      <translation>Соединение с базой исходных данных PostGIS «{name}» потеряно; загружаемая передача данных отменена (откат). ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="183" />
      <source>PostGIS error in '{name}': {error}</source>
      <translation>Ошибка PostGIS в «{name}»: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="324" />
      <source>Cannot open the occurrences of '{name}' as a layer.</source>
      <translation>Не удаётся открыть находки из «{name}» как слой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="44" />
      <source>'{name}' is not a valid result table name: use lowercase letters, digits and underscores, starting with a letter.</source>
      <translation>«{name}» — недопустимое имя таблицы результатов: используйте строчные латинские буквы, цифры и подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="47" />
      <source>'{name}' is a table of the baseline itself and cannot be overwritten by a result.</source>
      <translation>«{name}» — таблица самой базы исходных данных, её нельзя перезаписать результатом.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="62" />
      <source>Loading was cancelled; the submission in progress was rolled back.</source>
      <translation>Загрузка отменена; выполнявшаяся передача данных отменена (откат).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="186" />
      <source>'{name}' is not a Corridor baseline database (it has no baseline tables): choose the baseline, or load sheets into it first.</source>
      <translation>«{name}» не является базой исходных данных Corridor (в ней нет её таблиц): выберите базу исходных данных или сначала загрузите в неё таблицы партнёров.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="213" />
      <source>This baseline database was written by a newer Corridor (schema version {found}, this Corridor knows {known}). Update the plugin.</source>
      <translation>Эта база исходных данных записана более новой версией Corridor (версия схемы {found}, эта версия Corridor знает {known}). Обновите модуль.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="323" />
      <source>'{table}' does not take features; use one of {tables}.</source>
      <translation>Таблица «{table}» не принимает объекты; используйте одну из таблиц: {tables}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="392" />
      <source>{file} [{sheet}] from {partner}: {status}, {rows} occurrences added, {present} already present, {rejected} rejected rows, {dups} duplicates linked</source>
      <translation>{file} [{sheet}] от {partner}: {status}, добавлено находок: {rows}, уже имелось: {present}, отклонено строк: {rejected}, связано дубликатов: {dups}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="644" />
      <source>Some occurrences of {file} have no occurrenceID; nothing was loaded. Import the sheet with Import partner sheets, which gives every record a stable id.</source>
      <translation>У некоторых находок из {file} нет occurrenceID; ничего не загружено. Импортируйте лист через «Импорт листов партнёров», который присваивает каждой записи постоянный идентификатор.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="728" />
      <source>{count} rows belong to no submission of the import (their sourceFile/sourceSheet match no file and sheet); nothing was loaded.</source>
      <translation>Строк, не относящихся ни к одной передаче данных импорта: {count} (их sourceFile/sourceSheet не соответствуют ни одному файлу и листу); ничего не загружено.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="762" />
      <source>The import has rejected rows but no occurrences and no submission: give the partner so the rejected rows can be recorded.</source>
      <translation>В импорте есть отклонённые строки, но нет ни находок, ни передачи данных: укажите партнёра, чтобы отклонённые строки можно было зарегистрировать.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="85" />
      <source>Baseline database summary</source>
      <translation>Сводка по базе исходных данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Taxon group</source>
      <translation>Таксономическая группа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Records</source>
      <translation>Записи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Species</source>
      <translation>Виды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>First date</source>
      <translation>Первая дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Last date</source>
      <translation>Последняя дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>With coordinates</source>
      <translation>С координатами</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Share with coordinates</source>
      <translation>Доля с координатами</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="99" />
      <source>{records} records in {groups} groups.</source>
      <translation>Записей: {records}, групп: {groups}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="100" />
      <source>Records per year and partner</source>
      <translation>Записи по годам и партнёрам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="102" />
      <source>Per partner, country, taxon group and year</source>
      <translation>По партнёру, стране, таксономической группе и году</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="21" />
      <source>Unknown border scale '{scale}': use 50m or 110m.</source>
      <translation>Неизвестный масштаб границ «{scale}»: используйте 50m или 110m.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="24" />
      <source>The country borders file is missing or unreadable: {path}</source>
      <translation>Файл границ стран отсутствует или не читается: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="34" />
      <source>The borders layer has no ISO 3166-1 alpha-3 field.</source>
      <translation>В слое границ нет поля ISO 3166-1 alpha-3.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="49" />
      <source>No border in the shipped borders for: {codes}. Available: {available}</source>
      <translation>В поставляемых границах нет границы для: {codes}. Доступны: {available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="95" />
      <source>Target '{text}' is not a number (write 0.3 or 30%).</source>
      <translation>Целевое значение «{text}» не является числом (укажите 0.3 или 30%).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="99" />
      <source>Target '{text}' is outside 0–1 (write 0.3 or 30%).</source>
      <translation>Целевое значение «{text}» вне диапазона 0–1 (укажите 0.3 или 30%).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="111" />
      <source>Target entry '{entry}' needs the form name=share.</source>
      <translation>Элемент целевых значений «{entry}» должен иметь вид имя=доля.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="115" />
      <source>Target entry '{entry}' has no name.</source>
      <translation>У элемента целевых значений «{entry}» нет имени.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="384" />
      <source>No present occurrence and no range polygon: nothing to analyse.</source>
      <translation>Нет ни находок со статусом «присутствует», ни полигона ареала: анализировать нечего.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="401" />
      <source>Study area is large: protected shares use {sub}×{sub} pixels per cell.</source>
      <translation>Область исследования велика: доли охраняемой площади рассчитываются по {sub}×{sub} пикселей на ячейку.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="474" />
      <source>The range of {name} is too small for the grid or empty.</source>
      <translation>Ареал {name} слишком мал для сетки или пуст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="564" />
      <source>The gap grid would have {n} cells: choose a larger cell size.</source>
      <translation>Сетка анализа пробелов содержала бы {n} ячеек: выберите больший размер ячейки.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="695" />
      <source>{records}% of the records lie inside protected areas, which cover {area}% of the analysed cells.</source>
      <translation>{records}% записей лежат внутри охраняемых территорий, которые покрывают {area}% анализируемых ячеек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="698" />
      <source>Sampling is concentrated inside protected areas: protected shares of ranges built from records are overstated.</source>
      <translation>Обследования сосредоточены внутри охраняемых территорий: доли под охраной для ареалов, построенных по записям, завышены.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="177" />
      <source>The column mapping is not valid JSON: {detail}</source>
      <translation>Сопоставление столбцов не является корректным JSON: {detail}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="184" />
      <source>Column mapping entries look like role=column; got '{part}'.</source>
      <translation>Элементы сопоставления столбцов имеют вид роль=столбец; получено «{part}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="193" />
      <source>Unknown role '{role}' in the column mapping. Roles: {roles}</source>
      <translation>Неизвестная роль «{role}» в сопоставлении столбцов. Роли: {roles}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="249" />
      <source>The sheet is empty.</source>
      <translation>Лист пуст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="257" />
      <source>The column mapping names '{column}' for {role}, but the sheet has no such column. Columns: {columns}</source>
      <translation>Сопоставление столбцов указывает «{column}» для {role}, но такого столбца в листе нет. Столбцы: {columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="262" />
      <source>No species column found. Expected a header such as 'species', 'scientific name', 'вид', 'зүйл', '物种' or 'түр' in the first {n} rows; or name the column in MAPPING (e.g. species=B).</source>
      <translation>Столбец вида не найден. Ожидался заголовок вроде 'species', 'scientific name', 'вид', 'зүйл', '物种' или 'түр' в первых {n} строках; либо укажите столбец в MAPPING (напр. species=B).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/name_resolution.py" line="100" />
      <source>{path} is not a checklist (no scientific_name_accepted column).</source>
      <translation>{path} не является списком видов (нет столбца scientific_name_accepted).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/overlay.py" line="788" />
      <source>{path}: written without a spatial index (not a plain point layer, or the index could not be built); QGIS can add one in Layer Properties ▸ Source.</source>
      <translation>{path}: записан без пространственного индекса (не простой точечный слой, или индекс не удалось построить); QGIS может добавить его в Свойствах слоя ▸ Источник.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="193" />
      <source>The layer {name} could not be opened.</source>
      <translation>Не удалось открыть слой {name}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="195" />
      <source>The layer {name} has no point or polygon geometry: protected areas need outlines (or points with a reported area).</source>
      <translation>У слоя {name} нет точечной или полигональной геометрии: для охраняемых территорий нужны контуры (или точки с указанной площадью).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="198" />
      <source>The layer {name} has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>У слоя {name} нет системы координат (или она неизвестна): сначала задайте его СК.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="203" />
      <source>The layer {name} is neither WDPA (legacy or 2025 schema) nor mapped: give at least the name field of a national layer.</source>
      <translation>Слой {name} не является ни WDPA (устаревшая схема или схема 2025), ни сопоставленным: укажите хотя бы поле названия национального слоя.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="217" />
      <source>no geometry</source>
      <translation>нет геометрии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="235" />
      <source>same pa_id already read from another layer</source>
      <translation>тот же pa_id уже прочитан из другого слоя</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="253" />
      <source>status '{status}' is not Designated, Inscribed or Established</source>
      <translation>статус «{status}» не является Designated, Inscribed или Established</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="257" />
      <source>UNESCO-MAB Biosphere Reserve (not a protected area designation, overlaps national sites)</source>
      <translation>Биосферный резерват ЮНЕСКО-МАБ (не является категорией охраняемой территории, перекрывается с национальными объектами)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="260" />
      <source>OECM (other effective area-based conservation measure)</source>
      <translation>OECM (иные эффективные территориальные меры сохранения)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="263" />
      <source>marine site</source>
      <translation>морской объект</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="267" />
      <source>STATUS_YR 0 (not reported) set to null</source>
      <translation>STATUS_YR 0 (не указан) заменён на null</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="274" />
      <source>point-only site (buffering switched off)</source>
      <translation>объект только в виде точки (буферизация отключена)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="277" />
      <source>point-only site without a reported area (REP_AREA)</source>
      <translation>объект только в виде точки без указанной площади (REP_AREA)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="282" />
      <source>point-only site buffered to a circle of {area} km²</source>
      <translation>объект в виде точки преобразован буфером в круг площадью {area} км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="293" />
      <source>split at the antimeridian (180°)</source>
      <translation>разделено по антимеридиану (180°)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="302" />
      <source>invalid geometry ({error}), repair switched off</source>
      <translation>недопустимая геометрия ({error}), исправление отключено</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="307" />
      <source>invalid geometry ({error}) could not be repaired</source>
      <translation>недопустимую геометрию ({error}) не удалось исправить</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="311" />
      <source>invalid geometry repaired ({error})</source>
      <translation>недопустимая геометрия исправлена ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="323" />
      <source>outside the study region</source>
      <translation>вне региона исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="328" />
      <source>only touches the study region</source>
      <translation>лишь касается региона исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="331" />
      <source>clipped to the study region</source>
      <translation>обрезано по региону исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="384" />
      <source>only {share}% of the outline lies in its country {iso3}: check the country code or the outline; connectivity by country counts the area where it lies</source>
      <translation>только {share}% контура лежит в его стране {iso3}: проверьте код страны или контур; связность по странам учитывает территорию там, где она лежит</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="476" />
      <source>wholly inside higher-precedence areas: {ids}</source>
      <translation>целиком внутри территорий с более высоким приоритетом: {ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="481" />
      <source>overlap with {ids} erased (precedence: IUCN category, then year)</source>
      <translation>перекрытие с {ids} удалено (приоритет: категория IUCN, затем год)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="507" />
      <source>dissolved into {pa_id}</source>
      <translation>объединено в {pa_id}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="532" />
      <source>Unknown area CRS: {crs}</source>
      <translation>Неизвестная СК площади: {crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="225" />
      <source>fewer than 3 distinct points ({n})</source>
      <translation>менее 3 различных точек ({n})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="230" />
      <source>all points on one line</source>
      <translation>все точки на одной линии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="235" />
      <source>hull lies entirely outside land</source>
      <translation>оболочка целиком вне суши</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="421" />
      <source>Size class for a regional assessment, not a Red List category.</source>
      <translation>Класс размера для региональной оценки, а не категория Красного списка.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="423" />
      <source>Data insufficient: {n} distinct records, fewer than {minimum} ({source}).</source>
      <translation>Недостаточно данных: {n} различных записей, меньше {minimum} ({source}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="597" />
      <source>EOO below AOO: AOO used for B1</source>
      <translation>EOO меньше AOO: для B1 использована AOO</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="621" />
      <source>The occurrence layer has no scientificName field.</source>
      <translation>В слое находок нет поля scientificName.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="624" />
      <source>The occurrence layer has neither point geometry nor decimalLatitude and decimalLongitude fields.</source>
      <translation>В слое находок нет ни точечной геометрии, ни полей decimalLatitude и decimalLongitude.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="184" />
      <source>The file {name} is empty.</source>
      <translation>Файл {name} пуст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="186" />
      <source>The file {name} is a workbook saved with a text extension: rename it to .xlsx, .xls or .ods.</source>
      <translation>Файл {name} — рабочая книга, сохранённая с текстовым расширением: переименуйте его в .xlsx, .xls или .ods.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="192" />
      <source>The file {name} is not a table: it holds binary data, not text (expected CSV, TSV, XLSX, XLS or ODS).</source>
      <translation>Файл {name} не является таблицей: он содержит двоичные данные, а не текст (ожидается CSV, TSV, XLSX, XLS или ODS).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="326" />
      <source>The workbook {name} is password-protected (encrypted). Open it in a spreadsheet program and save it again without a password.</source>
      <translation>Рабочая книга {name} защищена паролем (зашифрована). Откройте её в табличном редакторе и сохраните снова без пароля.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="330" />
      <source>The workbook {name} is damaged or not a {kind} file.</source>
      <translation>Рабочая книга {name} повреждена или не является файлом {kind}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="345" />
      <source>The workbook {name} cannot be read ({detail}).</source>
      <translation>Не удаётся прочитать рабочую книгу {name} ({detail}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="348" />
      <source>The workbook {name} cannot be read.</source>
      <translation>Не удаётся прочитать рабочую книгу {name}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="352" />
      <source>The workbook {name} has no sheet '{sheet}'. Sheets: {sheets}</source>
      <translation>В рабочей книге {name} нет листа «{sheet}». Листы: {sheets}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="372" />
      <source>The workbook {name} has no sheet with data.</source>
      <translation>В рабочей книге {name} нет листа с данными.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="379" />
      <source>The file {name} is larger than Corridor reads ({limit} MiB, unpacked for workbooks): split it into several files.</source>
      <translation>Файл {name} больше, чем читает Corridor ({limit} МиБ, для книг — в распакованном виде): разделите его на несколько файлов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="418" />
      <source>The workbook {name} has data beyond column {limit} (cell {cell}), which the spreadsheet reader cannot see: move the data to the first {limit} columns or save the sheet as CSV.</source>
      <translation>В книге {name} есть данные за столбцом {limit} (ячейка {cell}), которые программа чтения таблиц не видит: перенесите данные в первые {limit} столбцов или сохраните лист как CSV.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="431" />
      <source>File not found: {path}</source>
      <translation>Файл не найден: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="84" />
      <source>Transboundary action plan: protected areas, gaps and connectivity</source>
      <translation>Трансграничный план действий: охраняемые территории, пробелы и связность</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="85" />
      <source>Corridor {version} · {date}</source>
      <translation>Corridor {version} · {date}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>#</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Evidence</source>
      <translation>Обоснование</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Analysis</source>
      <translation>Анализ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="16" />
      <source>The baseline holds {records} records of {species} species from {partners} partners in {countries}.</source>
      <translation>Базовая база данных содержит {records} записей о {species} видах от {partners} партнёров в {countries}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="28" />
      <source>{gap} of {total} species have no protected part of their range and {partial} are below their representation target.</source>
      <translation>У {gap} из {total} видов нет охраняемой части ареала, а {partial} ниже целевого уровня представленности.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="31" />
      <source>Threatened species among them: {names}.</source>
      <translation>Угрожаемые виды среди них: {names}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="37" />
      <source>For {n} of {total} species the range is only their known occupied area (cells with records), not a range map: their protected shares say where they were recorded, not how much of their range is protected.</source>
      <translation>Для {n} из {total} видов ареал — лишь известная занятая площадь (ячейки с записями), а не карта ареала: их доля под охраной показывает, где их регистрировали, а не какая часть ареала охраняется.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="54" />
      <source>{region}: {prot}% protected, {protconn}% protected and connected</source>
      <translation>{region}: под охраной {prot}%, под охраной и связано {protconn}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="58" />
      <source> ({trans}% of it only through areas across the border)</source>
      <translation> ({trans}% из неё только через территории за границей)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="61" />
      <source>, from {n} protected areas only</source>
      <translation>, всего по {n} охраняемым территориям</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="65" />
      <source> at a median dispersal distance of {km} km</source>
      <translation> при медианной дистанции расселения {km} км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="66" />
      <source>Connectivity per country{distance}: {parts}.</source>
      <translation>Связность по странам{distance}: {parts}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="74" />
      <source>{n} links cross a border; the strongest joins {a} and {b} ({countries}, {km} km apart, probability {p}).</source>
      <translation>{n} связей пересекают границу; самая сильная соединяет {a} и {b} ({countries}, {km} км, вероятность {p}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="82" />
      <source>Areas whose loss would cost most connectivity: {areas}.</source>
      <translation>Территории, утрата которых сильнее всего снизит связность: {areas}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="83" />
      <source>{name} (dPC {dpc}%)</source>
      <translation>{name} (dPC {dpc}%)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="86" />
      <source>Survey first at {place}.</source>
      <translation>Обследовать в первую очередь: {place}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="90" />
      <source>{n} corridors were drawn, {crossing} of them across a barrier (fence, railway).</source>
      <translation>Построено {n} коридоров, {crossing} из них через барьер (забор, железная дорога).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="93" />
      <source>They rest on a demonstration resistance raster: they show the method, not where animals move.</source>
      <translation>Они основаны на демонстрационном растре сопротивления: показывают метод, а не пути перемещения животных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="111" />
      <source>No result layer was given: there is nothing to summarise yet.</source>
      <translation>Слои результатов не заданы: обобщать пока нечего.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="120" />
      <source>{protected}% of its range protected, target {target}%</source>
      <translation>под охраной {protected}% ареала, цель {target}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="123" />
      <source> (records only: range not mapped)</source>
      <translation> (только записи: ареал не картирован)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="125" />
      <source>Protect more of the range of {species}{category}</source>
      <translation>Взять под охрану большую часть ареала {species}{category}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="128" />
      <source>Gap analysis</source>
      <translation>Анализ пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="135" />
      <source>probability {p} at {km} km</source>
      <translation>вероятность {p} на расстоянии {km} км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="140" />
      <source>; crosses {barriers}</source>
      <translation>; пересекает {barriers}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="142" />
      <source>; crosses a barrier</source>
      <translation>; пересекает барьер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Connectivity</source>
      <translation>Связность</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Corridors</source>
      <translation>Коридоры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="145" />
      <source>Secure the link between {a} and {b}</source>
      <translation>Сохранить связь между {a} и {b}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="152" />
      <source>Keep and strengthen {area}</source>
      <translation>Сохранить и укрепить {area}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="154" />
      <source>dPC {dpc}%: connectivity lost if the area were lost</source>
      <translation>dPC {dpc}%: потеря связности при утрате территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="155" />
      <source>Connectivity (dPC)</source>
      <translation>Связность (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="158" />
      <source>{n} expected species without a recent record</source>
      <translation>{n} ожидаемых видов без недавней записи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="160" />
      <source>; last record {year}</source>
      <translation>; последняя запись {year}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey this cell</source>
      <translation>Обследовать эту ячейку</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey gaps</source>
      <translation>Пробелы в обследованиях</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="177" />
      <source>unknown partner</source>
      <translation>неизвестный партнёр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="181" />
      <source>{n} of {total} species have fewer than {minimum} records (too few for range size classes): {names}.</source>
      <translation>У {n} из {total} видов меньше {minimum} записей (слишком мало для классов размера ареала): {names}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="186" />
      <source>Records per partner: {partners}.</source>
      <translation>Записей по партнёрам: {partners}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="194" />
      <source>Ranges: {mapped} species from range maps, {only} from records only (known occupied area).</source>
      <translation>Ареалы: {mapped} видов по картам ареалов, {only} только по записям (известная занятая площадь).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="211" />
      <source>Connectivity of {regions} rests on fewer than {n} protected areas each: read it as an indication for those areas, not as a national figure.</source>
      <translation>Связность для {regions} основана менее чем на {n} охраняемых территориях в каждом случае: это ориентир для этих территорий, а не национальный показатель.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="216" />
      <source>{n} protected areas lie mostly outside the country of their code: {areas}.</source>
      <translation>{n} охраняемых территорий лежат в основном вне страны своего кода: {areas}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="229" />
      <source>Corridors were computed on a demonstration resistance raster: they show the method, not where animals move. A real study derives resistance from land cover.</source>
      <translation>Коридоры рассчитаны по демонстрационному растру сопротивления: они показывают метод, а не пути перемещения животных. В реальном исследовании сопротивление выводится из земного покрова.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="232" />
      <source>This report was translated by machine and has not been reviewed by a native speaker; the English report is the reference.</source>
      <translation>Этот отчёт переведён машинным способом и не проверен носителем языка; эталоном служит отчёт на английском.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="234" />
      <source>Range size classes (criterion B) are for a regional assessment, not Red List categories.</source>
      <translation>Классы размера ареала (критерий B) относятся к региональной оценке и не являются категориями Красного списка.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>gap</source>
      <translation>пробел</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>partial</source>
      <translation>частично</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>covered</source>
      <translation>покрыт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>gap (records only)</source>
      <translation>пробел (только записи)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>partial (records only)</source>
      <translation>частично (только записи)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="91" />
      <source>covered (records only)</source>
      <translation>покрыт (только записи)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="36" />
      <source>Protected areas</source>
      <translation>Охраняемые территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="39" />
      <source>Occurrences</source>
      <translation>Находки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="42" />
      <source>Gap analysis: species table</source>
      <translation>Анализ пробелов: таблица видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="46" />
      <source>Gap analysis: grid</source>
      <translation>Анализ пробелов: сетка</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="49" />
      <source>Connectivity: summary table</source>
      <translation>Связность: сводная таблица</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="53" />
      <source>Connectivity: nodes</source>
      <translation>Связность: узлы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="56" />
      <source>Connectivity: links</source>
      <translation>Связность: связи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="73" />
      <source>{input}: the layer '{layer}' has no field '{field}'. The report reads the {output} output of Corridor by its field names: give that output, or rename the field.</source>
      <translation>{input}: в слое «{layer}» нет поля «{field}». Отчёт читает выход {output} модуля Corridor по именам полей: укажите этот выход или переименуйте поле.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Gap priority</source>
      <translation>Приоритет пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Protected areas by dPC</source>
      <translation>Охраняемые территории по dPC</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="57" />
      <source>Links (probability)</source>
      <translation>Связи (вероятность)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/model.py" line="44" />
      <source>Not computed: no {what} was given to the report.</source>
      <translation>Не рассчитано: в отчёт не переданы входные данные ({what}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="16" />
      <source>What the data say</source>
      <translation>Что говорят данные</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="23" />
      <source>No action can be derived yet: give the report the gap-analysis, connectivity or survey-gap results.</source>
      <translation>Действия пока вывести нельзя: передайте отчёту результаты анализа пробелов, связности или пробелов в обследованиях.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Recommended actions</source>
      <translation>Рекомендуемые действия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Ranked: threatened species short of protection first, then transboundary links to secure, areas whose loss would cost most connectivity, and cells to survey; within each, by the score of the analysis named in the last column.</source>
      <translation>Порядок: сначала угрожаемые виды с недостаточной охраной, затем трансграничные связи, которые нужно сохранить, территории, утрата которых сильнее всего снизит связность, и ячейки для обследования; внутри каждой группы — по оценке анализа, указанного в последнем столбце.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="32" />
      <source>Limitations</source>
      <translation>Ограничения</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="35" />
      <source>Study area</source>
      <translation>Область исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="38" />
      <source>layer with features</source>
      <translation>слой с объектами</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="45" />
      <source>The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to {north:.2f}° (WGS 84).</source>
      <translation>Область исследования простирается по долготе от {west:.2f}° до {east:.2f}° и по широте от {south:.2f}° до {north:.2f}° (WGS 84).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="50" />
      <source>Countries: {countries}.</source>
      <translation>Страны: {countries}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="52" />
      <source>Baseline database: {database}</source>
      <translation>База исходных данных: {database}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="56" />
      <source>Data sources per partner</source>
      <translation>Источники данных по партнёрам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="58" />
      <source>occurrence layer</source>
      <translation>слой находок</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="77" />
      <source>{records} records of {species} species from {partners} partners.</source>
      <translation>Записей: {records}, видов: {species}, партнёров: {partners}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="80" />
      <source>Years</source>
      <translation>Годы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="83" />
      <source>Protected areas and records</source>
      <translation>Охраняемые территории и записи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="86" />
      <source>protected-area or occurrence layer</source>
      <translation>слой охраняемых территорий или находок</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="89" />
      <source>{count} protected areas.</source>
      <translation>Охраняемых территорий: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="91" />
      <source>{count} occurrence records.</source>
      <translation>Записей о находках: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Area</source>
      <translation>Территория</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Threatened</source>
      <translation>Угрожаемые виды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="99" />
      <source>CITES species</source>
      <translation>Виды CITES</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="104" />
      <source>Methods</source>
      <translation>Методы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="105" />
      <source>Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below 1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between.</source>
      <translation>Целевые уровни представленности (Rodrigues et al. 2004, Nature 428:640): 100% ареала при площади менее 1 000 км², 10% — более 250 000 км², в промежутке — линейная интерполяция по логарифму площади ареала.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="107" />
      <source>Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of the records; area of occupancy = occupied 2 × 2 km cells × 4 km².</source>
      <translation>Показатели ареала (критерий B IUCN): протяжённость ареала (EOO) = площадь минимального выпуклого многоугольника по записям; площадь занятости (AOO) = число занятых ячеек 2 × 2 км × 4 км².</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="109" />
      <source>Connectivity (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</source>
      <translation>Связность (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij), где k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij, где p* — вероятность пути с максимальным произведением; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="112" />
      <source>Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B − LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape).</source>
      <translation>Коридоры: взвешенное по стоимости расстояние по сетке с 8 соседями, нормализованный коридор = CWD_A + CWD_B − LCD_AB (как в Linkage Mapper); узкие места (pinch points) по теории электрических цепей (как в Circuitscape).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="114" />
      <source>Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; rejected rows are listed with their reason and never silently dropped.</source>
      <translation>Находки: листы партнёров приведены к Darwin Core; названия сопоставлены со списком видов коридора; отклонённые строки перечислены с указанием причины и никогда не отбрасываются молча.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="123" />
      <source>not given</source>
      <translation>не указано</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="126" />
      <source>Data appendix</source>
      <translation>Приложение с данными</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="127" />
      <source>Inputs of this report. Corridor {version}, report language {language}.</source>
      <translation>Исходные данные этого отчёта. Corridor {version}, язык отчёта: {language}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Input</source>
      <translation>Входные данные</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Features</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="56" />
      <source>{coordinates}, in {area}</source>
      <translation>{coordinates}, в {area}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="63" />
      <source>{coordinates}, {km} km from {area}</source>
      <translation>{coordinates}, {km} км от {area}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="18" />
      <source>Gap species</source>
      <translation>Виды-пробелы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="20" />
      <source>gap-analysis species table</source>
      <translation>таблица видов анализа пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="27" />
      <source>{gap} species have no protected part of their range (gap), {partial} are below their representation target (partial), {covered} meet it (covered).</source>
      <translation>Видов без охраняемой части ареала (пробел): {gap}; ниже целевого уровня представленности (частично): {partial}; достигают его (покрыты): {covered}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="32" />
      <source>{n} species have no range map: their area is the known occupied area (grid cells holding records) and their status ends in '(records only)'. Surveys inside protected areas make such ranges look protected.</source>
      <translation>У {n} видов нет карты ареала: их площадь — известная занятая площадь (ячейки сетки с записями), а статус оканчивается на «(records only)». Обследования внутри охраняемых территорий создают видимость охраны таких ареалов.</translation>
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
      <translation>Охраняется, %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Target %</source>
      <translation>Цель, %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Shortfall (points)</source>
      <translation>Дефицит (п.п.)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="50" />
      <source>{shown} of {total} species shown; the HTML report lists them all.</source>
      <translation>Показано видов: {shown} из {total}; в HTML-отчёте перечислены все.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="59" />
      <source>Range km²</source>
      <translation>Ареал, км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="61" />
      <source>Known occupied area km²</source>
      <translation>Известная занятая площадь, км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="62" />
      <source>Range or known occupied area km²</source>
      <translation>Ареал или известная занятая площадь, км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="65" />
      <source>Gap grid: priority cells</source>
      <translation>Сетка пробелов: приоритетные ячейки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="68" />
      <source>gap grid layer</source>
      <translation>слой сетки пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="69" />
      <source>{cells} grid cells; colour shows the priority score (summed target shortfall weighted by threat, over the unprotected part of the cell).</source>
      <translation>Ячеек сетки: {cells}; цвет показывает балл приоритета (суммарный дефицит до целевого уровня, взвешенный по угрозе, по неохраняемой части ячейки).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Cell</source>
      <translation>Ячейка</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Richness</source>
      <translation>Видовое богатство</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="77" />
      <source>Connectivity per country</source>
      <translation>Связность по странам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="79" />
      <source>connectivity summary table</source>
      <translation>сводная таблица связности</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Areas</source>
      <translation>Территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>d50 (km)</source>
      <translation>d50 (км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Prot %</source>
      <translation>Охр. %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>ProtConn %</source>
      <translation>ProtConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>Transboundary share %</source>
      <translation>Трансграничная доля %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>RelConn %</source>
      <translation>RelConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>ECA (ha)</source>
      <translation>ECA (га)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="92" />
      <source>ProtConn is the percentage of the region covered by protected and connected land; the transboundary share is the part of ProtConn that exists only through protected areas abroad (ProtConn[Trans] / ProtConn).</source>
      <translation>ProtConn — доля региона (в процентах), занятая охраняемыми и связанными землями; трансграничная доля — часть ProtConn, существующая только благодаря охраняемым территориям за рубежом (ProtConn[Trans] / ProtConn).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="95" />
      <source>Areas are counted in the country where they lie.</source>
      <translation>Территории учитываются в той стране, где они лежат.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="98" />
      <source>{regions}: fewer than {n} protected areas each; their ProtConn describes those areas, not the whole country's network.</source>
      <translation>{regions}: менее {n} охраняемых территорий в каждой; их ProtConn описывает эти территории, а не всю сеть страны.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="103" />
      <source>Most important areas for connectivity (dPC)</source>
      <translation>Наиболее важные для связности территории (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="105" />
      <source>connectivity nodes layer</source>
      <translation>слой узлов связности</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="106" />
      <source>Areas ranked by dPC, the loss of connectivity if the area were lost, split into its intra, flux and connector parts.</source>
      <translation>Территории, ранжированные по dPC — потере связности при утрате территории, с разбивкой на составляющие intra, flux и connector.</translation>
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
      <translation>Самые сильные связи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="118" />
      <source>connectivity links layer</source>
      <translation>слой связей</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="119" />
      <source>Links between protected areas ranked by importance (dPC where computed, otherwise by probability).</source>
      <translation>Связи между охраняемыми территориями, ранжированные по важности (по dPC, если рассчитан, иначе по вероятности).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>From</source>
      <translation>Откуда</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>To</source>
      <translation>Куда</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Countries</source>
      <translation>Страны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Distance (m)</source>
      <translation>Расстояние (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Probability</source>
      <translation>Вероятность</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="125" />
      <source>Transboundary</source>
      <translation>Трансграничная</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="131" />
      <source>corridor layer</source>
      <translation>слой коридоров</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="133" />
      <source>{count} least-cost corridors between protected areas.</source>
      <translation>Коридоров наименьшей стоимости между охраняемыми территориями: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="136" />
      <source>Demonstration: these corridors were computed on a demonstration resistance raster. They show the method, not where animals move.</source>
      <translation>Демонстрация: эти коридоры рассчитаны по демонстрационному растру сопротивления. Они показывают метод, а не пути перемещения животных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Cost distance</source>
      <translation>Стоимостное расстояние</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Barriers crossed</source>
      <translation>Пересекаемые барьеры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="149" />
      <source>Survey-gap priorities</source>
      <translation>Приоритеты восполнения пробелов в обследованиях</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="152" />
      <source>survey-gap layer</source>
      <translation>слой пробелов в обследованиях</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="153" />
      <source>Cells with few or old records relative to their neighbours and to the species expected there: where to survey next.</source>
      <translation>Ячейки с малым числом или давними записями по сравнению с соседними ячейками и ожидаемыми там видами: где проводить обследования в первую очередь.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="154" />
      <source>Each cell is given by its centre and the nearest protected area.</source>
      <translation>Каждая ячейка указана своим центром и ближайшей охраняемой территорией.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Rank</source>
      <translation>Ранг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Location</source>
      <translation>Местоположение</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Expected species</source>
      <translation>Ожидаемые виды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Last record</source>
      <translation>Последняя запись</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Priority</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="221" />
      <source>Top {shown} of {total}.</source>
      <translation>Первые {shown} из {total}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="30" />
      <source>from {count} partners</source>
      <translation>от партнёров: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="36" />
      <source>in {count} countries</source>
      <translation>в странах: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="44" />
      <source>{partial} partial · {covered} covered of {total}</source>
      <translation>частично: {partial} · покрыты: {covered} из {total}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sensitivity.py" line="59" />
      <source>Sensitivity overrides look like 'Scientific name=high' (levels: high, medium, none); got '{part}'.</source>
      <translation>Переопределения чувствительности записываются как 'Научное название=high' (уровни: high, medium, none); получено «{part}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="62" />
      <source>The row holds bytes that no known text encoding reads (UTF-8, Windows-1251, GB18030): save the sheet again as UTF-8.</source>
      <translation>В строке есть байты, которые не читает ни одна известная кодировка (UTF-8, Windows-1251, GB18030): сохраните таблицу заново в UTF-8.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="64" />
      <source>A cell is longer than 32,767 characters (the spreadsheet limit); the cell is shortened in this report.</source>
      <translation>Ячейка длиннее 32 767 символов (предел электронных таблиц); в этом отчёте ячейка сокращена.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="66" />
      <source>Projected coordinates far outside the area where the coordinate reference system is used (wrong CRS, swapped columns or a typing error).</source>
      <translation>Проекционные координаты далеко за пределами области применения системы координат (не та система координат, перепутанные столбцы или опечатка).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="68" />
      <source>Not a record (a total, a repeated header or a note row).</source>
      <translation>Не запись (итоговая строка, повторный заголовок или примечание).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="69" />
      <source>No species name.</source>
      <translation>Нет названия вида.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="70" />
      <source>Species name not found in the checklist; add it to a mapping file to import it.</source>
      <translation>Название вида не найдено в списке видов; добавьте его в файл сопоставления, чтобы импортировать.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="71" />
      <source>Species name matches several taxa of the checklist; map it explicitly.</source>
      <translation>Название вида соответствует нескольким таксонам списка видов; задайте сопоставление явно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="72" />
      <source>No date.</source>
      <translation>Нет даты.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="73" />
      <source>Date not understood or impossible.</source>
      <translation>Дата не распознана или невозможна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="74" />
      <source>Date in the future.</source>
      <translation>Дата в будущем.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="75" />
      <source>Date before 1800.</source>
      <translation>Дата ранее 1800 года.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="76" />
      <source>Coordinates not understood (or only one of latitude/longitude).</source>
      <translation>Координаты не распознаны (или указана только широта либо только долгота).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="77" />
      <source>Impossible coordinates (latitude beyond ±90° or longitude beyond ±180°, also after trying them swapped).</source>
      <translation>Невозможные координаты (широта за пределами ±90° или долгота за пределами ±180°, в том числе после перестановки).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="79" />
      <source>No coordinates and no site to locate the record.</source>
      <translation>Нет ни координат, ни места, по которому можно определить местоположение записи.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="80" />
      <source>No coordinates, and the site is not in the site gazetteer.</source>
      <translation>Нет координат, и место отсутствует в справочнике мест.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="81" />
      <source>Abundance not understood, negative or implausibly large.</source>
      <translation>Численность не распознана, отрицательна или неправдоподобно велика.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="102" />
      <source>The point lies outside the country given for the record.</source>
      <translation>Точка лежит за пределами страны, указанной для записи.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="103" />
      <source>No country given: taken from where the point lies.</source>
      <translation>Страна не указана: взята по положению точки.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="104" />
      <source>Latitude and longitude were presumed swapped and exchanged.</source>
      <translation>Широта и долгота сочтены перепутанными и переставлены.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="105" />
      <source>The latitude's sign was presumed wrong and changed.</source>
      <translation>Знак широты сочтён ошибочным и изменён.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="106" />
      <source>The longitude's sign was presumed wrong and changed.</source>
      <translation>Знак долготы сочтён ошибочным и изменён.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="107" />
      <source>Coordinates rounded to 6 decimals.</source>
      <translation>Координаты округлены до 6 знаков после запятой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="108" />
      <source>Coordinates transformed to WGS 84.</source>
      <translation>Координаты пересчитаны в WGS 84.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="109" />
      <source>Coordinates written to 0.01° (about 1 km) or coarser.</source>
      <translation>Координаты записаны с точностью 0,01° (около 1 км) или грубее.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="110" />
      <source>No datum shift to WGS 84 was available; the position may be off by about 100 m.</source>
      <translation>Сдвиг датума к WGS 84 недоступен; положение может отличаться примерно на 100 м.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="112" />
      <source>Latitude or longitude is zero.</source>
      <translation>Широта или долгота равна нулю.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="113" />
      <source>The species name matched the checklist only approximately.</source>
      <translation>Название вида совпало со списком видов лишь приблизительно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="114" />
      <source>The species name is a synonym of the checklist's accepted name.</source>
      <translation>Название вида — синоним принятого в списке названия.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="115" />
      <source>The species was identified by its vernacular name.</source>
      <translation>Вид определён по его народному названию.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="116" />
      <source>Position taken from the site gazetteer.</source>
      <translation>Положение взято из справочника мест.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="117" />
      <source>Gauss–Krüger zone read from the easting's prefix.</source>
      <translation>Зона Гаусса–Крюгера определена по префиксу восточной координаты.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="118" />
      <source>The date is a range, not a day.</source>
      <translation>Дата — это период, а не день.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="119" />
      <source>NUL characters were removed from the row's text.</source>
      <translation>Из текста строки удалены символы NUL.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="120" />
      <source>The row was in another text encoding than the rest of the file; check its text.</source>
      <translation>Строка была в другой кодировке, чем остальной файл; проверьте её текст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="121" />
      <source>Within 10 km of a country capital (often a default position).</source>
      <translation>В пределах 10 км от столицы страны (часто это положение по умолчанию).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="122" />
      <source>Within 1 km of a country's centroid (often a default position).</source>
      <translation>В пределах 1 км от центроида страны (часто это положение по умолчанию).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="123" />
      <source>Within 1 km of a province's centroid (often a default position).</source>
      <translation>В пределах 1 км от центроида региона (часто это положение по умолчанию).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="124" />
      <source>At a museum, zoo, herbarium or academy (a specimen's place of keeping?).</source>
      <translation>У музея, зоопарка, гербария или академии (место хранения экземпляра?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="125" />
      <source>At GBIF's headquarters in Copenhagen (a known default position).</source>
      <translation>У штаб-квартиры GBIF в Копенгагене (известное положение по умолчанию).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="126" />
      <source>Latitude equals longitude (a typing error?).</source>
      <translation>Широта равна долготе (опечатка?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="127" />
      <source>In the sea, for a species that lives on land or in fresh water.</source>
      <translation>В море — для вида, живущего на суше или в пресной воде.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="128" />
      <source>Coordinates are whole degrees (precision about 100 km).</source>
      <translation>Координаты — целые градусы (точность около 100 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="129" />
      <source>Coordinates are whole minutes (precision about 2 km).</source>
      <translation>Координаты — целые минуты (точность около 2 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="130" />
      <source>Far from the species' other records (more than Q75 + 5 × IQR of their mean distances and more than 100 km).</source>
      <translation>Далеко от других записей вида (больше Q75 + 5 × IQR их средних расстояний и больше 100 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="132" />
      <source>The same species, date and position as an earlier record of the same partner.</source>
      <translation>Тот же вид, дата и место, что и у более ранней записи того же партнёра.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="133" />
      <source>The same species and date within the duplicate distance of another partner's record.</source>
      <translation>Тот же вид и дата в пределах расстояния дубликата от записи другого партнёра.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="178" />
      <source>The site gazetteer layer cannot be opened.</source>
      <translation>Не удаётся открыть слой справочника мест.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="187" />
      <source>The site gazetteer has no text field with site names.</source>
      <translation>В справочнике мест нет текстового поля с названиями мест.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="366" />
      <source>{where}: the sheet is empty.</source>
      <translation>{where}: лист пуст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="397" />
      <source>{where}: header on row {rows}; columns: {columns}</source>
      <translation>{where}: заголовок в строке {rows}; столбцы: {columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="400" />
      <source>{where}: {n} blank rows skipped.</source>
      <translation>{where}: пропущено пустых строк: {n}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="425" />
      <source>{where}: {n} rows are in another text encoding than the rest of the file; they were read as such and flagged {flag}.</source>
      <translation>{where}: {n} строк в другой кодировке, чем остальной файл; они прочитаны в ней и отмечены {flag}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="477" />
      <source>{where}: dates read month-first (a value like 06/13/2020 was found).</source>
      <translation>{where}: даты прочитаны в формате «сначала месяц» (найдено значение вида 06/13/2020).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="540" />
      <source>{where}: no column '{column}' for the country.</source>
      <translation>{where}: нет столбца «{column}» для страны.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="784" />
      <source>{where}: PROJ has no datum shift from {crs} to WGS 84 for this area; positions may be off by about 100 m (flag DATUM_SHIFT_UNAVAILABLE).</source>
      <translation>{where}: в PROJ нет преобразования датума из {crs} в WGS 84 для этой территории; положение может быть смещено примерно на 100 м (флаг DATUM_SHIFT_UNAVAILABLE).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="813" />
      <source>{where}: {n} rows hold Pulkovo 1942 Gauss–Krüger coordinates; the zone was read from the easting prefix.</source>
      <translation>{where}: строк с координатами Гаусса–Крюгера в системе Пулково 1942: {n}; зона определена по префиксу восточной координаты (Y).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="877" />
      <source>{file}: Corridor template with coordinates in {crs}.</source>
      <translation>{file}: шаблон Corridor с координатами в {crs}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="899" />
      <source>Unknown country '{country}': use CHN, MNG, RUS or KAZ.</source>
      <translation>Неизвестная страна «{country}»: используйте CHN, MNG, RUS или KAZ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="909" />
      <source>Unknown coordinate reference system: {crs}</source>
      <translation>Неизвестная система координат: {crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="946" />
      <source>{file}{sheet}: {total} rows, {accepted} accepted, {rejected} rejected</source>
      <translation>{file}{sheet}: строк: {total}, принято: {accepted}, отклонено: {rejected}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="953" />
      <source>No sheet could be imported.</source>
      <translation>Не удалось импортировать ни одного листа.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>Submission timeline</source>
      <translation>График передачи данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>today</source>
      <translation>сегодня</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>As of</source>
      <translation>По состоянию на</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>received</source>
      <translation>получено</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>late</source>
      <translation>с опозданием</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>missing</source>
      <translation>отсутствует</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>pending</source>
      <translation>ожидается</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="420" />
      <source>unscheduled</source>
      <translation>внеплановая</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Due date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Submissions</source>
      <translation>Передачи данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Last received</source>
      <translation>Последнее получение</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Days late</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="472" />
      <source>The expected submissions table cannot be read: {error}</source>
      <translation>Не удаётся прочитать таблицу ожидаемых передач данных: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="332" />
      <source>Cannot read the checklist file {path}: unknown text encoding.</source>
      <translation>Не удаётся прочитать файл списка видов {path}: неизвестная кодировка текста.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="382" />
      <source>The checklist file {path} is empty.</source>
      <translation>Файл списка видов {path} пуст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="396" />
      <source>The file {path} is neither a checklist (column scientific_name_accepted) nor a name mapping (two columns: verbatim, scientificName).</source>
      <translation>Файл {path} не является ни списком видов (столбец scientific_name_accepted), ни сопоставлением названий (два столбца: verbatim, scientificName).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="415" />
      <source>Checklist file not found: {path}</source>
      <translation>Файл списка видов не найден: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="200" />
      <source>Unknown language '{language}': use one of {languages}.</source>
      <translation>Неизвестный язык «{language}»: используйте один из {languages}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="203" />
      <source>The translations for '{language}' are not installed (resources/i18n/corridor_{language}.qm): run 'make translations'.</source>
      <translation>Переводы для «{language}» не установлены (resources/i18n/corridor_{language}.qm): выполните «make translations».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="41" />
      <source>Done: its results are on the map.</source>
      <translation>Готово: результаты на карте.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="51" />
      <source>Workflow</source>
      <translation>Порядок работы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="54" />
      <source>From partner species sheets to a transboundary action plan, step by step. Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor).</source>
      <translation>От листов видов партнёров до трансграничного плана действий, шаг за шагом. Каждый шаг также доступен как алгоритм Processing (Панель инструментов Processing ▸ Corridor).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="84" />
      <source>Corridor</source>
      <translation>Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="96" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation>Трансграничные исходные данные о биоразнообразии, пробелы и связность</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="121" />
      <source>Version {version} · database: {database} · {count} results</source>
      <translation>Версия {version} · база данных: {database} · результатов: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="122" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="26" />
      <source>Connectivity nodes (dPC)</source>
      <translation>Узлы связности (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="27" />
      <source>Connectivity links</source>
      <translation>Связи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="29" />
      <source>Protected areas with records</source>
      <translation>Охраняемые территории с записями</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="31" />
      <source>Gap grid</source>
      <translation>Сетка пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="32" />
      <source>Corridor zones (cost above the least cost)</source>
      <translation>Зоны коридоров (стоимость сверх минимальной)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="36" />
      <source>Corridor results</source>
      <translation>Результаты Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="108" />
      <source>Country borders</source>
      <translation>Государственные границы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="51" />
      <source>or a drawn study area</source>
      <translation>или нарисованная область исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="62" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="63" />
      <source>Range cell size</source>
      <translation>Размер ячейки ареала</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="68" />
      <source>Gap grid cell size</source>
      <translation>Размер ячейки сетки пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="78" />
      <source>Custom distances</source>
      <translation>Свои расстояния</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="81" />
      <source>{group} ({count} species with a published distance)</source>
      <translation>{group} (видов с опубликованным расстоянием: {count})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="84" />
      <source>Dispersal preset</source>
      <translation>Предустановка расселения</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="86" />
      <source>Median dispersal distances d50 in km, comma-separated.</source>
      <translation>Медианные дистанции расселения d50 в км через запятую.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="88" />
      <source>d50: the distance at which half of the animals that leave an area reach another; from the species' published dispersal distances.</source>
      <translation>d50: расстояние, на котором половина животных, покинувших территорию, достигает другой; по опубликованным дистанциям расселения видов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="94" />
      <source>Probability at d50</source>
      <translation>Вероятность при d50</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="99" />
      <source>Transboundary buffer</source>
      <translation>Трансграничный буфер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="101" />
      <source>Lines</source>
      <translation>Линии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="102" />
      <source>Barriers (fences, railways)</source>
      <translation>Барьеры (заборы, железные дороги)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="107" />
      <source>Barrier permeability</source>
      <translation>Проницаемость барьеров</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="108" />
      <source>Permeability: the share of animals that still cross a barrier (0 = none, 1 = the barrier does not matter).</source>
      <translation>Проницаемость: доля животных, всё же пересекающих барьер (0 = никто, 1 = барьер не влияет).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="110" />
      <source>ProtConn: the share of a country that is protected and connected; dPC: how much connectivity would be lost without an area.</source>
      <translation>ProtConn: доля страны, которая охраняется и связана; dPC: сколько связности будет потеряно без территории.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="124" />
      <source>Rasters</source>
      <translation>Растры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="125" />
      <source>Resistance raster</source>
      <translation>Растр сопротивления</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="126" />
      <source>Resistance: the cost for an animal to cross each cell (1 = easy); a demonstration raster gives demonstration corridors.</source>
      <translation>Сопротивление: стоимость пересечения каждой ячейки для животного (1 = легко); демонстрационный растр даёт демонстрационные коридоры.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="135" />
      <source>Corridor width (cost units above the least cost)</source>
      <translation>Ширина коридора (единицы стоимости сверх минимальной)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="141" />
      <source>Largest width (cost units, 0 = no cap)</source>
      <translation>Наибольшая ширина (единицы стоимости, 0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="142" />
      <source>Corridor width: how much more than the cheapest path a route may cost and still belong to the corridor, in the resistance raster's cost units.</source>
      <translation>Ширина коридора: насколько маршрут может быть дороже самого дешёвого пути и всё ещё относиться к коридору, в единицах стоимости растра сопротивления.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="144" />
      <source>Transboundary links only</source>
      <translation>Только трансграничные связи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="147" />
      <source>Pinch points (circuit theory)</source>
      <translation>Узкие места (теория электрических цепей)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="164" />
      <source>Run analyses</source>
      <translation>Выполнить анализ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="216" />
      <source>Analyses finished.</source>
      <translation>Анализ завершён.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="239" />
      <source>Gap analysis skipped: import sheets and prepare protected areas first.</source>
      <translation>Анализ пробелов пропущен: сначала импортируйте листы и подготовьте охраняемые территории.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="252" />
      <source>Gap analysis done.</source>
      <translation>Анализ пробелов выполнен.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="260" />
      <source>Connectivity skipped: prepare protected areas first.</source>
      <translation>Связность пропущена: сначала подготовьте охраняемые территории.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="280" />
      <source>Connectivity done.</source>
      <translation>Связность рассчитана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="289" />
      <source>Corridors skipped: they need protected areas and a resistance raster.</source>
      <translation>Коридоры пропущены: для них нужны охраняемые территории и растр сопротивления.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="307" />
      <source>Corridors done.</source>
      <translation>Коридоры построены.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>large mammal</source>
      <translation>крупные млекопитающие</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>small mammal</source>
      <translation>мелкие млекопитающие</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>bird</source>
      <translation>птицы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>fish</source>
      <translation>рыбы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>reptile</source>
      <translation>рептилии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>amphibian</source>
      <translation>амфибии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>invertebrate</source>
      <translation>беспозвоночные</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>plant</source>
      <translation>растения</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="226" />
      <source>All tools of this step (Processing)</source>
      <translation>Все инструменты этого шага (Processing)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="235" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation>Для этого шага пока нет алгоритма Corridor.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="241" />
      <source>Open…</source>
      <translation>Открыть…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="311" />
      <source>{alg_id} is not installed in this version of Corridor.</source>
      <translation>{alg_id} не установлен в этой версии Corridor.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="320" />
      <source>Failed: {message}</source>
      <translation>Ошибка: {message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="326" />
      <source>Done: {name}</source>
      <translation>Готово: {name}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="332" />
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="362" />
      <source>Next: {step} ▸</source>
      <translation>Далее: {step} ▸</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="32" />
      <source>Layer in the project</source>
      <translation>Слой в проекте</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="36" />
      <source>or WDPA files</source>
      <translation>или файлы WDPA</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="41" />
      <source>Clip to region</source>
      <translation>Обрезать по региону</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="48" />
      <source>National layer: fields</source>
      <translation>Национальный слой: поля</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Country (ISO3)</source>
      <translation>Страна (ISO3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>Designation</source>
      <translation>Категория (designation)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>IUCN category</source>
      <translation>Категория IUCN</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="55" />
      <source>Status year</source>
      <translation>Год присвоения статуса</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="69" />
      <source>Cleaning</source>
      <translation>Очистка</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="87" />
      <source>Prepare areas</source>
      <translation>Подготовить территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="90" />
      <source>Overlay records</source>
      <translation>Наложить записи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="96" />
      <source>What each cleaning step removed</source>
      <translation>Что удалил каждый шаг очистки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="122" />
      <source>Pick a protected-area layer or WDPA files first.</source>
      <translation>Сначала выберите слой охраняемых территорий или файлы WDPA.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="146" />
      <source>Import sheets (step 1) and prepare protected areas first.</source>
      <translation>Сначала импортируйте листы (шаг 1) и подготовьте охраняемые территории.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Step</source>
      <translation>Шаг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Sites</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="179" />
      <source>{count} clean protected areas.</source>
      <translation>Очищенных охраняемых территорий: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="181" />
      <source>No site was removed or changed.</source>
      <translation>Ни один объект не был удалён или изменён.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="183" />
      <source>Overlay done: {count} areas with per-area figures.</source>
      <translation>Наложение выполнено: территорий с показателями по каждой: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="184" />
      <source>Not prepared yet.</source>
      <translation>Ещё не подготовлено.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>reading</source>
      <translation>чтение</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>duplicate sites</source>
      <translation>повторяющиеся объекты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>status (not designated)</source>
      <translation>статус (не учреждена)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>UNESCO-MAB biosphere reserves</source>
      <translation>биосферные резерваты ЮНЕСКО-МАБ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>OECMs (not protected areas)</source>
      <translation>ОЭСМ (не охраняемые территории)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>marine sites</source>
      <translation>морские объекты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>status year</source>
      <translation>год статуса</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>point-only sites</source>
      <translation>объекты только с точкой</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>antimeridian</source>
      <translation>антимеридиан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>geometry repair</source>
      <translation>исправление геометрии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>study region</source>
      <translation>район исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>overlapping areas</source>
      <translation>перекрывающиеся территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>outline outside its country</source>
      <translation>контур вне своей страны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>removed</source>
      <translation>удалено</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>changed</source>
      <translation>изменено</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>merged</source>
      <translation>объединено</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>flagged</source>
      <translation>отмечено</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="80" />
      <source>Report written: {path}</source>
      <translation>Отчёт записан: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="90" />
      <source>No program opened the report. It is here: {path}</source>
      <translation>Ни одна программа не открыла отчёт. Он здесь: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="99" />
      <source>Gap analysis: species</source>
      <translation>Анализ пробелов: виды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="100" />
      <source>Connectivity by country</source>
      <translation>Связность по странам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>records</source>
      <translation>записей</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>species</source>
      <translation>видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>gap species</source>
      <translation>видов-пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>protected areas</source>
      <translation>охраняемых территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="29" />
      <source>Gap status by IUCN category</source>
      <translation>Статус пробела по категориям IUCN</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="30" />
      <source>ProtConn by country (% of the country)</source>
      <translation>ProtConn по странам (% площади страны)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="31" />
      <source>Most important areas (dPC)</source>
      <translation>Наиболее важные территории (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="35" />
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="37" />
      <source>Add styled layers to the map</source>
      <translation>Добавить слои на карту</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="62" />
      <source>ProtConn {region}</source>
      <translation>ProtConn {region}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="64" />
      <source>ProtConn {region} (d50 {km:g} km)</source>
      <translation>ProtConn {region} (d50 {km:g} км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="66" />
      <source>transboundary share {share:.0f}% · Prot {prot:.1f}%</source>
      <translation>трансграничная доля {share:.0f}% · Prot {prot:.1f}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="78" />
      <source>within</source>
      <translation>внутри</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="80" />
      <source>through foreign areas</source>
      <translation>через зарубежные территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="88" />
      <source>{count} layers added to the map.</source>
      <translation>Слоёв добавлено на карту: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="48" />
      <source>from the coordinates</source>
      <translation>по координатам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="68" />
      <source>Partner sheets</source>
      <translation>Листы партнёров</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="70" />
      <source>Drop sheets here or add them; set the partner and country of each file.</source>
      <translation>Перетащите листы сюда или добавьте их; укажите партнёра и страну для каждого файла.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="76" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="77" />
      <source>Columns</source>
      <translation>Столбцы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="79" />
      <source>Only for sheets whose headers were not recognised: the column of each role, e.g. species=B; date=Дата; lat=Ш; lon=Д</source>
      <translation>Только для листов, заголовки которых не распознаны: столбец для каждой роли, напр. species=B; date=Дата; lat=Ш; lon=Д</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="85" />
      <source>Partner or institution (institutionCode of the records): double-click to type it</source>
      <translation>Партнёр или учреждение (institutionCode записей): дважды щёлкните, чтобы ввести</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="93" />
      <source>Add files…</source>
      <translation>Добавить файлы…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="95" />
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="97" />
      <source>Import sheets</source>
      <translation>Импортировать листы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="109" />
      <source>Baseline database</source>
      <translation>База исходных данных</translation>
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
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="124" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="127" />
      <source>Connection</source>
      <translation>Подключение</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="128" />
      <source>Load imported sheets into the baseline database</source>
      <translation>Загрузить импортированные листы в базу исходных данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="132" />
      <source>Your own checklist with the columns of the corridor checklist (optional): used for names, dispersal presets and the report.</source>
      <translation>Собственный список видов со столбцами списка видов коридора (необязательно): используется для названий, предустановок расселения и отчёта.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="134" />
      <source>Extra checklist</source>
      <translation>Дополнительный список видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="149" />
      <source>Rejected rows of the selected file</source>
      <translation>Отклонённые строки выбранного файла</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="157" />
      <source>Unknown names: pick the right species (or type it) and save; the next import uses your choices.</source>
      <translation>Неизвестные названия: выберите нужный вид (или введите его) и сохраните; при следующем импорте будет использован ваш выбор.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="166" />
      <source>Save names</source>
      <translation>Сохранить названия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="168" />
      <source>Save and re-import</source>
      <translation>Сохранить и импортировать</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="183" />
      <source>Selected sheet</source>
      <translation>Выбранная таблица</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="190" />
      <source>Coordinate system of the sheet's coordinates: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) or Pulkovo 1942 Gauss–Krüger (EPSG:28415–28420).</source>
      <translation>Система координат таблицы: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) или Пулково 1942 Гаусса–Крюгера (EPSG:28415–28420).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="192" />
      <source>Coordinates</source>
      <translation>Координаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="196" />
      <source>Points or polygons with a name field: rows that give only a site name are placed at that site.</source>
      <translation>Точки или полигоны с полем названия: строки только с названием места помещаются в это место.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="198" />
      <source>Site list</source>
      <translation>Список мест</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="232" />
      <source>Submissions by partner</source>
      <translation>Передачи данных по партнёрам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="237" />
      <source>Expected submissions (partner, country, period, due_date); empty: the table of the baseline database</source>
      <translation>Ожидаемые передачи данных (partner, country, period, due_date); если пусто — таблица базы исходных данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="239" />
      <source>Expected</source>
      <translation>Ожидаемые</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="244" />
      <source>Check submissions</source>
      <translation>Проверить передачи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="248" />
      <source>Periods per partner</source>
      <translation>Периоды по партнёрам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="249" />
      <source>Check the submissions of the baseline database</source>
      <translation>Проверить передачи данных в базе исходных данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="262" />
      <source>Choose the baseline database first.</source>
      <translation>Сначала выберите базу исходных данных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="344" />
      <source>{accepted} ✔ · {rejected} ✖</source>
      <translation>{accepted} ✔ · {rejected} ✖</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="353" />
      <source>Double-click to choose the partner's country</source>
      <translation>Дважды щёлкните, чтобы выбрать страну партнёра</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="391" />
      <source>Add partner sheets first.</source>
      <translation>Сначала добавьте листы партнёров.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="431" />
      <source>Import {file}</source>
      <translation>Импорт {file}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="465" />
      <source>Merge the imported occurrences</source>
      <translation>Объединить импортированные находки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Name as written</source>
      <translation>Название в написании источника</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Resolve as</source>
      <translation>Сопоставить с</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="505" />
      <source>accepted name</source>
      <translation>принятое название</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="506" />
      <source>Ranked suggestions first, then every name of the checklist. A name that is not in the checklist is only added after you confirm it.</source>
      <translation>Сначала ранжированные предложения, затем все названия списка видов. Название не из списка добавляется только после вашего подтверждения.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="549" />
      <source>Names not in the checklist</source>
      <translation>Названия не из списка видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="550" />
      <source>These names are not in the checklist and would be added as new taxa:

{names}

Add them? (No: keep those rows rejected.)</source>
      <translation>Этих названий нет в списке видов, они будут добавлены как новые таксоны:

{names}

Добавить? (Нет: эти строки останутся отклонёнными.)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="558" />
      <source>Pick a name for at least one rejected row first.</source>
      <translation>Сначала выберите название хотя бы для одной отклонённой строки.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="565" />
      <source>Nothing saved: no name was confirmed.</source>
      <translation>Ничего не сохранено: ни одно название не подтверждено.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="569" />
      <source>{count} names saved to your mapping.</source>
      <translation>В ваше сопоставление сохранено названий: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="579" />
      <source>Your name mapping: {count} names ({file})</source>
      <translation>Ваше сопоставление названий: {count} ({file})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>not imported</source>
      <translation>не импортирован</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>importing…</source>
      <translation>импорт…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>imported</source>
      <translation>импортирован</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="589" />
      <source>imported, check rejected rows</source>
      <translation>импортирован, проверьте отклонённые строки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="592" />
      <source>failed: {message}</source>
      <translation>ошибка: {message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="20" />
      <source>Partners and sheets</source>
      <translation>Партнёры и листы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="21" />
      <source>Import partner species sheets, check rejected rows, load the baseline database.</source>
      <translation>Импорт листов видов партнёров, проверка отклонённых строк, загрузка базы исходных данных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="24" />
      <source>Load WDPA or national layers, clean them, overlay the occurrences.</source>
      <translation>Загрузка слоёв WDPA или национальных слоёв, их очистка, наложение находок.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="26" />
      <source>Analyses</source>
      <translation>Анализ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="27" />
      <source>Gap analysis, range metrics, transboundary connectivity and corridors.</source>
      <translation>Анализ пробелов, показатели ареала, трансграничная связность и коридоры.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="30" />
      <source>Results</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="31" />
      <source>Headline figures, charts and the styled result layers.</source>
      <translation>Основные показатели, диаграммы и стилизованные слои результатов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="33" />
      <source>Report</source>
      <translation>Отчёт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="34" />
      <source>Write the transboundary action-plan report (HTML and PDF).</source>
      <translation>Создание отчёта по трансграничному плану действий (HTML и PDF).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="21" />
      <source>No baseline database chosen.</source>
      <translation>База исходных данных не выбрана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="35" />
      <source>No expected or received submissions yet.</source>
      <translation>Ожидаемых или полученных передач данных пока нет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="59" />
      <source>The submission timeline cannot be shown: {error}</source>
      <translation>Не удаётся показать график передачи данных: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="108" />
      <source>The tool {alg_id} is not installed. Update the Corridor plugin.</source>
      <translation>Инструмент {alg_id} не установлен. Обновите модуль Corridor.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="122" />
      <source>'{name}' stopped because of an unexpected error ({error}).</source>
      <translation>«{name}» остановлен из-за непредвиденной ошибки ({error}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="131" />
      <source>'{name}' did not finish.</source>
      <translation>«{name}» не завершён.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="150" />
      <source>{name} finished in {seconds:.1f} s.</source>
      <translation>{name} завершён за {seconds:.1f} с.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="156" />
      <source>{name} was cancelled.</source>
      <translation>{name} отменён.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="161" />
      <source>'{name}' failed.</source>
      <translation>«{name}» завершился с ошибкой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="166" />
      <source>{message} (details in the log, tab Corridor)</source>
      <translation>{message} (подробности в журнале, вкладка Corridor)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="74" />
      <source>Not computed yet</source>
      <translation>Ещё не рассчитано</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="186" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="247" />
      <source>Choose a file</source>
      <translation>Выбрать файл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="43" />
      <source>Corridor panel</source>
      <translation>Панель Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="46" />
      <source>Show or hide the Corridor workflow panel</source>
      <translation>Показать или скрыть панель порядка работы Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="44" />
      <source>absence records (occurrenceStatus = absent)</source>
      <translation>записи об отсутствии (occurrenceStatus = absent)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="45" />
      <source>no scientificName</source>
      <translation>нет scientificName</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="46" />
      <source>missing or invalid coordinates</source>
      <translation>отсутствующие или недопустимые координаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="67" />
      <source>The occurrence layer could not be read.</source>
      <translation>Не удалось прочитать слой находок.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="62" />
      <source>1 · Partner sheets</source>
      <translation>1 · Листы партнёров</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="63" />
      <source>2 · Baseline database</source>
      <translation>2 · База исходных данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="64" />
      <source>3 · Protected areas</source>
      <translation>3 · Охраняемые территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="65" />
      <source>4 · Gap analysis</source>
      <translation>4 · Анализ пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="66" />
      <source>5 · Connectivity and corridors</source>
      <translation>5 · Связность и коридоры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="67" />
      <source>6 · Reports</source>
      <translation>6 · Отчёты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="68" />
      <source>Tools</source>
      <translation>Инструменты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="148" />
      <source>Could not create the output layer {name}.</source>
      <translation>Не удалось создать выходной слой {name}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="27" />
      <source>Baseline summary</source>
      <translation>Сводка по исходным данным</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="30" />
      <source>Summarises the baseline database per partner, country, taxon group and year: number of records, number of species (accepted names of records that are not absences), first and last date, and the share of records with coordinates. Writes a table and an HTML page with a chart of records per year and partner.

DATABASE: GeoPackage file or saved PostgreSQL connection.</source>
      <translation>Сводка по базе исходных данных в разрезе партнёров, стран, таксономических групп и лет: число записей, число видов (принятые названия записей, не являющихся записями об отсутствии), первая и последняя даты, доля записей с координатами. Создаёт таблицу и HTML-страницу с диаграммой числа записей по годам и партнёрам.

DATABASE: файл GeoPackage или сохранённое подключение PostgreSQL.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="38" />
      <source>Baseline database (GeoPackage file or saved PostgreSQL connection)</source>
      <translation>База исходных данных (файл GeoPackage или сохранённое подключение PostgreSQL)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>Summary page</source>
      <translation>Страница сводки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>HTML files (*.html)</source>
      <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="45" />
      <source>The baseline summary</source>
      <translation>Сводка по исходным данным</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="68" />
      <source>Could not create the output table.</source>
      <translation>Не удалось создать выходную таблицу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="86" />
      <source>Transboundary connectivity (ProtConn, PC, dPC)</source>
      <translation>Трансграничная связность (ProtConn, PC, dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="90" />
      <source>Connectivity of protected areas per region and dispersal distance, with the Probability of Connectivity (Saura &amp; Pascual-Hortal 2007) and ProtConn (Saura et al. 2017, 2018); results match the Makurhini R package on its example data.</source>
      <translation>Связность охраняемых территорий по регионам и дистанциям расселения на основе вероятности связности (Probability of Connectivity, Saura &amp; Pascual-Hortal 2007) и ProtConn (Saura et al. 2017, 2018); результаты совпадают с R-пакетом Makurhini на его демонстрационных данных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="93" />
      <source>Areas inside each region are clipped, dissolved and split into parts (nodes weighted by their area in ha). Areas outside the region but within the transboundary buffer are stepping stones with weight 0: ProtConn[Trans] is the connectivity that exists only through them.</source>
      <translation>Территории внутри каждого региона обрезаются, объединяются и разбиваются на части (узлы взвешиваются по площади в га). Территории вне региона, но в пределах трансграничного буфера, служат промежуточными участками (stepping stones) с весом 0: ProtConn[Trans] — связность, существующая только благодаря им.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="96" />
      <source>DISTANCES: median dispersal distances d50 in metres, comma-separated; p_ij = exp(-k d_ij) with p = PROBABILITY at d50. DISTANCE_TYPE: edge-to-edge or centroid (centroid of the largest part, point on surface when outside). MIN_PROBABILITY: links below it are dropped (0 = keep all above 1e-6). BARRIERS: lines; the probability of a link crossing one is multiplied by PERMEABILITY (0 = impassable). CHECKLIST: a species table whose dispersal distances (km) are added as further d50 values, named in the summary's species field.</source>
      <translation>DISTANCES: медианные дистанции расселения d50 в метрах через запятую; p_ij = exp(-k d_ij), где p = PROBABILITY при d50. DISTANCE_TYPE: от края до края или по центроидам (центроид наибольшей части; точка на поверхности, если центроид снаружи). MIN_PROBABILITY: связи с меньшей вероятностью отбрасываются (0 = сохранить все выше 1e-6). BARRIERS: линии; вероятность связи, пересекающей барьер, умножается на PERMEABILITY (0 = непроходимо). CHECKLIST: таблица видов, дистанции расселения которых (км) добавляются как дополнительные значения d50; вид указывается в поле species сводки.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="102" />
      <source>Outputs: summary (one row per region and d50), nodes with dPC and its intra/flux/connector parts and rank, links (from_id/to_id are the pa_id of the areas, else their feature id), and transboundary clusters (components spanning more than one country). A geographic input CRS is projected to an equal-area CRS centred on the data; outputs are in that CRS.</source>
      <translation>Результаты: сводка (одна строка на регион и d50), узлы с dPC, его составляющими intra/flux/connector и рангом, связи (from_id/to_id — pa_id территорий, иначе идентификаторы объектов) и трансграничные кластеры (компоненты, охватывающие более одной страны). Входные данные в географической СК проецируются в равновеликую СК с центром в области данных; результаты выдаются в этой СК.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="106" />
      <source>A node of touching or overlapping areas keeps them all: name lists every name, member_ids every id (pa_id is the one with the largest share), country the set of their ISO3 codes. A link is transboundary when the two nodes' country sets differ. Pieces of one area (split by the region border) are contiguous in the graph but not written as links. Areas are counted in the region where they lie (clipped).</source>
      <translation>Узел из соприкасающихся или перекрывающихся территорий сохраняет их все: name перечисляет все названия, member_ids — все идентификаторы (pa_id — территории с наибольшей долей), country — набор их кодов ISO3. Связь трансграничная, когда наборы стран двух узлов различаются. Части одной территории (разделённой границей региона) смежны в графе, но не выводятся как связи. Территории учитываются в том регионе, где они лежат (обрезка).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="117" />
      <source>Regions (countries, ecoregions, study area)</source>
      <translation>Регионы (страны, экорегионы, область исследования)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="120" />
      <source>Region id field</source>
      <translation>Поле идентификатора региона</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="122" />
      <source>Country field of the protected areas</source>
      <translation>Поле страны охраняемых территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="125" />
      <source>Median dispersal distances d50 (m, comma-separated)</source>
      <translation>Медианные дистанции расселения d50 (м, через запятую)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="127" />
      <source>Link probability at d50</source>
      <translation>Вероятность связи при d50</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="130" />
      <source>Distance between areas</source>
      <translation>Расстояние между территориями</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Edge to edge</source>
      <translation>От края до края</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Centroid</source>
      <translation>По центроидам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="133" />
      <source>Minimum link probability (0 = none)</source>
      <translation>Минимальная вероятность связи (0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="136" />
      <source>Transboundary buffer (m, 0 = none)</source>
      <translation>Трансграничный буфер (м, 0 = нет)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="139" />
      <source>Transboundary buffer around</source>
      <translation>Трансграничный буфер вокруг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region's protected areas (nodes)</source>
      <translation>Охраняемые территории региона (узлы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="142" />
      <source>Barriers (fences, fenced railways, highways)</source>
      <translation>Барьеры (заборы, огороженные железные дороги, автомагистрали)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="145" />
      <source>Barrier permeability (multiplies p of crossing links)</source>
      <translation>Проницаемость барьеров (множитель p для пересекающих связей)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="148" />
      <source>Clip areas to the region (off: whole patches, region gives only its area)</source>
      <translation>Обрезать территории по региону (выкл.: целые участки, регион задаёт только свою площадь)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="151" />
      <source>Compute node importance (dPC)</source>
      <translation>Рассчитать важность узлов (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="153" />
      <source>Species checklist (adds one d50 per published dispersal distance)</source>
      <translation>Список видов (добавляет по одному d50 на каждую опубликованную дистанцию расселения)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="156" />
      <source>Species name field</source>
      <translation>Поле названия вида</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="159" />
      <source>Dispersal distance field (km, taken as d50)</source>
      <translation>Поле дистанции расселения (км, принимается за d50)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="162" />
      <source>Connectivity summary</source>
      <translation>Сводка по связности</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="164" />
      <source>Connectivity nodes</source>
      <translation>Узлы связности</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="169" />
      <source>Transboundary clusters</source>
      <translation>Трансграничные кластеры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="182" />
      <source>The checklist has no field {field}.</source>
      <translation>В списке видов нет поля {field}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="201" />
      <source>DISTANCES must be positive numbers in metres separated by commas, e.g. 10000,30000.</source>
      <translation>DISTANCES должны быть положительными числами в метрах через запятую, напр. 10000,30000.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="222" />
      <source>The protected areas layer could not be read.</source>
      <translation>Не удалось прочитать слой охраняемых территорий.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="224" />
      <source>The regions layer could not be read.</source>
      <translation>Не удалось прочитать слой регионов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="237" />
      <source>The protected areas are in a geographic CRS: working in {crs}.</source>
      <translation>Охраняемые территории заданы в географической СК: расчёт ведётся в {crs}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="244" />
      <source>Country field {field} not found: links and clusters carry no country.</source>
      <translation>Поле страны {field} не найдено: связи и кластеры не будут содержать страну.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="247" />
      <source>Reading protected areas</source>
      <translation>Чтение охраняемых территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="251" />
      <source>{n} protected areas have no usable polygon and were left out (feature ids: {ids}).</source>
      <translation>Охраняемых территорий без пригодного полигона, исключённых из расчёта: {n} (идентификаторы объектов: {ids}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="272" />
      <source>The regions layer has no feature.</source>
      <translation>В слое регионов нет объектов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="280" />
      <source>Region {id} has no usable polygon: skipped.</source>
      <translation>У региона {id} нет пригодного полигона: пропущен.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="282" />
      <source>Region {id} ({n} of {total})</source>
      <translation>Регион {id} ({n} из {total})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="288" />
      <source>Region {id}: node importance (dPC) for a component of {nodes} nodes needs about {needed:.1f} GB of memory or temporary disk space, and {available:.1f} GB are free. Raise MIN_PROBABILITY, lower the dispersal distance or turn NODE_IMPORTANCE off.</source>
      <translation>Регион {id}: для важности узлов (dPC) в компоненте из {nodes} узлов нужно около {needed:.1f} ГБ памяти или места на диске для временных файлов, а свободно {available:.1f} ГБ. Увеличьте MIN_PROBABILITY, уменьшите дистанцию расселения или отключите NODE_IMPORTANCE.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="295" />
      <source>Region {id} holds no protected area: its indices are 0.</source>
      <translation>В регионе {id} нет охраняемых территорий: его индексы равны 0.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="313" />
      <source>Could not create the output layer.</source>
      <translation>Не удалось создать выходной слой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="93" />
      <source>Corridors between protected areas</source>
      <translation>Коридоры между охраняемыми территориями</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="97" />
      <source>Least-cost paths, normalised corridors and (optionally) pinch points between pairs of protected areas over a resistance raster, as Linkage Mapper and Circuitscape compute them.</source>
      <translation>Пути наименьшей стоимости, нормализованные коридоры и (по желанию) узкие места (pinch points) между парами охраняемых территорий по растру сопротивления — так, как их рассчитывают Linkage Mapper и Circuitscape.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="100" />
      <source>Pairs: the links of 'Connectivity' (LINKS: from_id, to_id, probability, transboundary) kept above MIN_PROBABILITY (and only transboundary ones with TRANSBOUNDARY_ONLY); or pairs typed in PAIRS as '1-2; 3-4'; otherwise every pair of areas closer than MAX_LENGTH.</source>
      <translation>Пары: связи из «Связности» (LINKS: from_id, to_id, probability, transboundary) с вероятностью выше MIN_PROBABILITY (и только трансграничные при TRANSBOUNDARY_ONLY); или пары, введённые в PAIRS в виде '1-2; 3-4'; иначе все пары территорий, расположенных ближе MAX_LENGTH.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="103" />
      <source>Resistance: RESISTANCE, or LANDCOVER with RESISTANCE_TABLE (class and resistance fields; classes missing from the table are impassable). Cells with no data or resistance ≤ 0 are impassable. BARRIERS (lines) are burnt into every cell they touch with their 'resistance' field or BARRIER_RESISTANCE (≤ 0: impassable). CELL_SIZE resamples the raster (0: native).</source>
      <translation>Сопротивление: RESISTANCE или LANDCOVER с RESISTANCE_TABLE (поля класса и сопротивления; классы, отсутствующие в таблице, непроходимы). Ячейки без данных или с сопротивлением ≤ 0 непроходимы. BARRIERS (линии) прожигаются во все ячейки, которых касаются, со значением их поля 'resistance' или BARRIER_RESISTANCE (≤ 0: непроходимо). CELL_SIZE передискретизирует растр (0: исходное разрешение).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="107" />
      <source>Method: cost-weighted distance from each area over the 8-neighbour cell graph (move cost = mean resistance of the two cells × step length, diagonals × √2), least-cost path and distance, normalised corridor CWD_A + CWD_B − LCD cut at WIDTH (cost units or % of the least-cost distance). Each pair is computed inside a window around both areas, widened by WINDOW_MARGIN (% of its larger side) and widened again while the areas cannot be joined inside it or the path runs along its side; the table flags corridors that still reach the window side.</source>
      <translation>Метод: взвешенное по стоимости расстояние от каждой территории по графу ячеек с 8 соседями (стоимость перехода = среднее сопротивление двух ячеек × длина шага, диагонали × √2), путь и расстояние наименьшей стоимости, нормализованный коридор CWD_A + CWD_B − LCD, обрезанный по WIDTH (в единицах стоимости или в % от расстояния наименьшей стоимости). Каждая пара рассчитывается в окне вокруг обеих территорий, расширенном на WINDOW_MARGIN (% его большей стороны) и расширяемом снова, пока территории нельзя соединить внутри окна или путь проходит вдоль его края; в таблице отмечаются коридоры, которые всё ещё достигают края окна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="113" />
      <source>WIDTH is in cost-distance units by default, as in Linkage Mapper (10,000: 10 km of resistance-1 land); as a percentage one costly barrier on the path would widen the corridor over a huge area, so the cut-off never exceeds MAX_WIDTH cost units (0 = no cap). Pairs whose areas overlap get no corridor (status areas_overlap); links below MIN_PROBABILITY (default 0.01) are not paired. A resistance raster whose GDAL metadata holds CORRIDOR_DEMONSTRATION=yes is a demonstration: demo_raster marks every output row.</source>
      <translation>WIDTH по умолчанию задаётся в единицах стоимостного расстояния, как в Linkage Mapper (10 000: 10 км земель с сопротивлением 1); в процентах один дорогой барьер на пути расширил бы коридор на огромную площадь, поэтому отсечка никогда не превышает MAX_WIDTH единиц стоимости (0 = без ограничения). Пары с перекрывающимися территориями коридора не получают (статус areas_overlap); связи ниже MIN_PROBABILITY (по умолчанию 0,01) не берутся. Растр сопротивления, в метаданных GDAL которого есть CORRIDOR_DEMONSTRATION=yes, — демонстрационный: demo_raster отмечает каждую строку результатов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="119" />
      <source>CIRCUIT: effective resistance and current density (1 A from A to B) inside each corridor, solved sparse on the graph Laplacian (Circuitscape's conductances); high current = pinch point.</source>
      <translation>CIRCUIT: эффективное сопротивление и плотность тока (1 А от A к B) внутри каждого коридора, решение разреженной системы на лапласиане графа (проводимости как в Circuitscape); высокий ток = узкое место.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="121" />
      <source>Outputs: least-cost paths (cost distance, path length, edge-to-edge distance, ratios, countries and barriers crossed), corridor polygons, a corridor mosaic (minimum over pairs), per-pair rasters in OUTPUT_PAIR_FOLDER, a pinch-point mosaic (maximum current) and a table of all pairs with their status.</source>
      <translation>Результаты: пути наименьшей стоимости (стоимостное расстояние, длина пути, расстояние от края до края, отношения, пересекаемые страны и барьеры), полигоны коридоров, мозаика коридоров (минимум по парам), растры для каждой пары в OUTPUT_PAIR_FOLDER, мозаика узких мест (максимальный ток) и таблица всех пар с их статусом.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="132" />
      <source>Area id field (empty: feature id)</source>
      <translation>Поле идентификатора территории (пусто: идентификатор объекта)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="135" />
      <source>Country field (ISO alpha-3)</source>
      <translation>Поле страны (ISO alpha-3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="138" />
      <source>Links from 'Connectivity' (from_id, to_id, probability, transboundary)</source>
      <translation>Связи из «Связности» (from_id, to_id, probability, transboundary)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="141" />
      <source>Minimum link probability</source>
      <translation>Минимальная вероятность связи</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="144" />
      <source>Transboundary pairs only</source>
      <translation>Только трансграничные пары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="146" />
      <source>Pairs of area ids (e.g. 1-2; 3-4)</source>
      <translation>Пары идентификаторов территорий (напр. 1-2; 3-4)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="150" />
      <source>Land-cover raster (instead of a resistance raster)</source>
      <translation>Растр растительного покрова (вместо растра сопротивления)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="152" />
      <source>Resistance per land-cover class (table)</source>
      <translation>Сопротивление по классам покрова (таблица)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="155" />
      <source>Barrier lines (fences, railways, mines…)</source>
      <translation>Линии барьеров (заборы, железные дороги, карьеры…)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="158" />
      <source>Barrier resistance (when the barrier has no 'resistance' field)</source>
      <translation>Сопротивление барьера (если у барьера нет поля 'resistance')</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="161" />
      <source>Cell size (map units, 0 = the raster's own)</source>
      <translation>Размер ячейки (единицы карты, 0 = собственный размер растра)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="164" />
      <source>Corridor width cut-off</source>
      <translation>Порог ширины коридора</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="167" />
      <source>Width unit</source>
      <translation>Единица ширины</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>% above the least-cost distance</source>
      <translation>% сверх расстояния наименьшей стоимости</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>cost-distance units</source>
      <translation>единицы стоимостного расстояния</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="170" />
      <source>Maximum width cut-off (cost-distance units, 0 = no cap)</source>
      <translation>Максимальная отсечка ширины (единицы стоимостного расстояния, 0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="174" />
      <source>Maximum corridor length (edge-to-edge, raster map units, 0 = no limit)</source>
      <translation>Максимальная длина коридора (от края до края, в единицах карты растра, 0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="177" />
      <source>Window margin around each pair (% of its larger side)</source>
      <translation>Запас окна вокруг каждой пары (% её большей стороны)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="180" />
      <source>Circuit mode: effective resistance and pinch points</source>
      <translation>Режим электрической цепи: эффективное сопротивление и узкие места</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="184" />
      <source>Least-cost paths</source>
      <translation>Пути наименьшей стоимости</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="187" />
      <source>Corridor polygons</source>
      <translation>Полигоны коридоров</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="189" />
      <source>Normalised corridors (mosaic)</source>
      <translation>Нормализованные коридоры (мозаика)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="191" />
      <source>Pinch points (current density)</source>
      <translation>Узкие места (плотность тока)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="193" />
      <source>Corridor table</source>
      <translation>Таблица коридоров</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="196" />
      <source>Folder for one corridor raster per pair</source>
      <translation>Папка для растров коридоров по каждой паре</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="206" />
      <source>Give either a resistance raster (RESISTANCE) or a land-cover raster with a resistance table (LANDCOVER + RESISTANCE_TABLE), not both or neither.</source>
      <translation>Укажите ровно одно из двух: растр сопротивления (RESISTANCE) или растр покрова с таблицей сопротивления (LANDCOVER + RESISTANCE_TABLE).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="213" />
      <source>The raster {name} is in geographic coordinates (degrees): reproject it to a projected CRS in metres (e.g. UTM) so that cell sizes are distances.</source>
      <translation>Растр {name} задан в географических координатах (градусах): перепроецируйте его в проекционную СК в метрах (напр. UTM), чтобы размеры ячеек были расстояниями.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="220" />
      <source>Cannot read the raster {name}: {error}</source>
      <translation>Не удаётся прочитать растр {name}: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="236" />
      <source>A land-cover raster needs RESISTANCE_TABLE (a class field and a resistance field).</source>
      <translation>Для растра покрова нужна RESISTANCE_TABLE (поле класса и поле сопротивления).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="243" />
      <source>RESISTANCE_TABLE needs a class field and a resistance field.</source>
      <translation>Для RESISTANCE_TABLE нужны поле класса и поле сопротивления.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="251" />
      <source>RESISTANCE_TABLE row {row}: class '{code}' or resistance '{value}' is not a number.</source>
      <translation>Строка RESISTANCE_TABLE {row}: класс «{code}» или сопротивление «{value}» не является числом.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="256" />
      <source>RESISTANCE_TABLE is empty.</source>
      <translation>RESISTANCE_TABLE пуста.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="264" />
      <source>The protected areas layer (INPUT) cannot be read.</source>
      <translation>Не удаётся прочитать слой охраняемых территорий (INPUT).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="272" />
      <source>The id field '{field}' is not in the protected areas layer.</source>
      <translation>Поле идентификатора «{field}» отсутствует в слое охраняемых территорий.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="281" />
      <source>Protected area (feature {fid}) has an empty id in '{field}'.</source>
      <translation>У охраняемой территории (объект {fid}) пустой идентификатор в «{field}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="286" />
      <source>Protected area {id} has no geometry.</source>
      <translation>У охраняемой территории {id} нет геометрии.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="288" />
      <source>The id {id} occurs twice in the field '{field}': ids must be unique.</source>
      <translation>Идентификатор {id} встречается дважды в поле «{field}»: идентификаторы должны быть уникальными.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="295" />
      <source>At least two protected areas are needed.</source>
      <translation>Нужны как минимум две охраняемые территории.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="316" />
      <source>The links layer has no field '{field}'.</source>
      <translation>В слое связей нет поля «{field}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="318" />
      <source>MIN_PROBABILITY is set but the links layer has no 'probability' field.</source>
      <translation>Задан MIN_PROBABILITY, но в слое связей нет поля 'probability'.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="319" />
      <source>Set MIN_PROBABILITY to 0 to pair every link.</source>
      <translation>Задайте MIN_PROBABILITY = 0, чтобы взять все связи.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="328" />
      <source>Link {id} has an empty from_id or to_id.</source>
      <translation>У связи {id} пустой from_id или to_id.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="335" />
      <source>{kept} of {total} links selected.</source>
      <translation>Выбрано связей: {kept} из {total}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="341" />
      <source>Cannot read the pair '{part}' in PAIRS: write pairs as 1-2; 3-4.</source>
      <translation>Не удаётся прочитать пару «{part}» в PAIRS: записывайте пары как 1-2; 3-4.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="357" />
      <source>{count} pairs of areas: choose pairs with LINKS or PAIRS, or lower MAX_LENGTH (at most {limit} pairs are computed automatically).</source>
      <translation>Пар территорий: {count}; выберите пары через LINKS или PAIRS либо уменьшите MAX_LENGTH (автоматически рассчитывается не более {limit} пар).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="384" />
      <source>Barrier {id}: resistance '{value}' is not a number.</source>
      <translation>Барьер {id}: сопротивление «{value}» не является числом.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="405" />
      <source>corridor computed</source>
      <translation>коридор рассчитан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="406" />
      <source>areas farther apart than MAX_LENGTH</source>
      <translation>территории дальше друг от друга, чем MAX_LENGTH</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="407" />
      <source>an area covers no passable cell of the raster</source>
      <translation>территория не покрывает ни одной проходимой ячейки растра</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="408" />
      <source>no passable route between the areas inside the window</source>
      <translation>внутри окна нет проходимого маршрута между территориями</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="409" />
      <source>a pair of an area with itself</source>
      <translation>пара из территории с самой собой</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="410" />
      <source>the areas lie outside the raster</source>
      <translation>территории лежат вне растра</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="411" />
      <source>the areas overlap: they are already joined</source>
      <translation>территории перекрываются: они уже соединены</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="412" />
      <source>an id of the pair is not in the protected areas layer</source>
      <translation>идентификатор пары отсутствует в слое охраняемых территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="421" />
      <source>corridors</source>
      <translation>коридоры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="429" />
      <source>The resistance raster is a demonstration (CORRIDOR_DEMONSTRATION): the corridors show how the method works, not where animals move.</source>
      <translation>Растр сопротивления демонстрационный (CORRIDOR_DEMONSTRATION): коридоры показывают, как работает метод, а не пути перемещения животных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="437" />
      <source>A pinch-point raster (OUTPUT_PINCH) needs circuit mode (CIRCUIT).</source>
      <translation>Для растра узких мест (OUTPUT_PINCH) нужен режим электрической цепи (CIRCUIT).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="459" />
      <source>Could not create the output layers.</source>
      <translation>Не удалось создать выходные слои.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="464" />
      <source>Raster outputs are written as GeoTIFF: give a .tif file name, not {path}.</source>
      <translation>Растровые результаты записываются в формате GeoTIFF: укажите имя файла .tif, а не {path}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="481" />
      <source>Pair {a}–{b}: an id is not in the protected areas layer.</source>
      <translation>Пара {a}–{b}: идентификатор отсутствует в слое охраняемых территорий.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="492" />
      <source>Pair {a}–{b}: not enough memory for its window; lower WINDOW_MARGIN or use a larger CELL_SIZE.</source>
      <translation>Пара {a}–{b}: недостаточно памяти для её окна; уменьшите WINDOW_MARGIN или увеличьте CELL_SIZE.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="529" />
      <source>Pair {a}–{b}: the corridor reaches the side of its window; raise WINDOW_MARGIN to see all of it.</source>
      <translation>Пара {a}–{b}: коридор достигает края окна; увеличьте WINDOW_MARGIN, чтобы увидеть его целиком.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="533" />
      <source>Pair {a}–{b}: {message}.</source>
      <translation>Пара {a}–{b}: {message}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="25" />
      <source>Country borders of the corridor</source>
      <translation>Государственные границы коридора</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="28" />
      <source>Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor (Natural Earth, public domain, EPSG:4326) for use as study regions.

COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).
SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do not share vertices: snap with about 0.001° before border work.</source>
      <translation>Записывает поставляемые с Corridor государственные границы (admin-0) Китая, Монголии, России и Казахстана (Natural Earth, общественное достояние, EPSG:4326) для использования в качестве регионов исследования.

COUNTRIES: коды ISO 3166-1 alpha-3 через запятую (по умолчанию CHN,MNG,RUS,KAZ).
SCALE: 1:50m (подробно) или 1:110m (генерализованно). Контуры соседних стран в масштабе 1:50m не имеют общих вершин: перед работой с границами выполните привязку с допуском около 0.001°.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="37" />
      <source>Countries (ISO alpha-3, comma-separated)</source>
      <translation>Страны (ISO alpha-3, через запятую)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>Scale</source>
      <translation>Масштаб</translation>
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
      <translation>Экспорт Darwin Core Archive</translation>
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
      <translation>Записывает архив Darwin Core Archive (.zip с occurrence.txt, meta.xml и eml.xml) с находками из базы исходных данных, готовый к загрузке в GBIF IPT.

DATABASE: файл GeoPackage или сохранённое подключение PostgreSQL.
PARTNER, COUNTRY, TAXA: списки через запятую (пусто = все). COUNTRY принимает коды ISO alpha-3 или alpha-2; TAXA — научные названия или таксономические группы.
DATE_FROM, DATE_TO: ГГГГ-ММ-ДД; запись отбирается, если её дата или интервал дат пересекается с ними.
TITLE, PUBLISHER, LICENCE, CONTACT_NAME, CONTACT_EMAIL записываются в eml.xml; если PUBLISHER не задан, издателями указываются партнёры, чьи записи экспортируются.
SENSITIVITY: переопределения уровней чувствительности из списка видов, например 'Canis lupus=none; Otis tarda=high' (уровни: high = сетка 0,5°, medium = сетка 0,1°, none).
FULL_PRECISION: экспортировать чувствительные виды с точными координатами. По умолчанию выключено: записи чувствительных видов (столбец sensitivity списка видов: CITES I/II, МСОП CR/EN/VU) переносятся в центр своей ячейки сетки, coordinateUncertaintyInMeters охватывает ячейку, местонахождение и исходные координаты скрываются, а dataGeneralizations/informationWithheld сообщают об этом. Любой выбор записывается в eml.xml.

countryCode — страна, где лежит запись (по её координатам); страна партнёра — partnerCountryCode в dynamicProperties. organismQuantity — число с organismQuantityType; численность в исходной записи (~20, 10-15, мало) — verbatimOrganismQuantity в dynamicProperties. Флаги качества — в occurrenceRemarks (с названиями проблем GBIF, где они есть), georeferenceRemarks и identificationRemarks.

Поля без термина Darwin Core (таксономическая группа, IUCN, CITES, границы численности, происхождение, флаги качества) записываются как JSON в dynamicProperties. Текстовые ячейки, которые табличный редактор выполнил бы как формулу (начинающиеся с =, +, -, @), получают начальный апостроф.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="66" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="69" />
      <source>Taxa (scientific names or taxon groups)</source>
      <translation>Таксоны (научные названия или таксономические группы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="70" />
      <source>From date (YYYY-MM-DD)</source>
      <translation>С даты (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="72" />
      <source>To date (YYYY-MM-DD)</source>
      <translation>По дату (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="74" />
      <source>Dataset title</source>
      <translation>Название набора данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="77" />
      <source>Publisher (organisation; empty: the partners of the exported records)</source>
      <translation>Издатель (организация; если пусто — партнёры, чьи записи экспортируются)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="79" />
      <source>Licence</source>
      <translation>Лицензия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="81" />
      <source>Contact name</source>
      <translation>Контактное лицо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="82" />
      <source>Contact e-mail</source>
      <translation>Контактный e-mail</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="84" />
      <source>Sensitivity overrides (e.g. Canis lupus=none; Otis tarda=high)</source>
      <translation>Переопределения чувствительности (например, Canis lupus=none; Otis tarda=high)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="87" />
      <source>Export sensitive species at full precision (recorded in the metadata)</source>
      <translation>Экспортировать чувствительные виды с полной точностью (отмечается в метаданных)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive</source>
      <translation>Darwin Core Archive</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive (*.zip)</source>
      <translation>Darwin Core Archive (*.zip)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="91" />
      <source>Records exported</source>
      <translation>Экспортировано записей</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="94" />
      <source>The Darwin Core export</source>
      <translation>Экспорт Darwin Core</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="122" />
      <source>Full precision chosen: exact coordinates of sensitive species will leave the baseline in this archive.</source>
      <translation>Выбрана полная точность: точные координаты чувствительных видов покинут базу исходных данных в этом архиве.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="133" />
      <source>No occurrence matches the selection: the archive is empty.</source>
      <translation>Ни одна находка не соответствует выборке: архив пуст.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="134" />
      <source>{count} records written to {path}.</source>
      <translation>Записей записано в {path}: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="53" />
      <source>Gap analysis (species representation in protected areas)</source>
      <translation>Анализ пробелов (представленность видов в охраняемых территориях)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="57" />
      <source>Which species the protected-area network misses, where, and where to survey next.</source>
      <translation>Какие виды не охвачены сетью охраняемых территорий, где именно и где проводить обследования в первую очередь.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="58" />
      <source>Ranges: occupied cells of a RESOLUTION metres equal-area grid (default 10000 m), or your range polygons (RANGES, one layer, species in RANGE_FIELD; species without a polygon fall back to their cells). Protected areas are merged (overlaps count once) and rasterised at RESOLUTION/10.</source>
      <translation>Ареалы: занятые ячейки равновеликой сетки с шагом RESOLUTION метров (по умолчанию 10 000 м) или ваши полигоны ареалов (RANGES, один слой, вид в поле RANGE_FIELD; для видов без полигона используются их ячейки). Охраняемые территории объединяются (перекрытия учитываются один раз) и растеризуются с разрешением RESOLUTION/10.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="61" />
      <source>Targets (Rodrigues et al. 2004, Nature 428:640): 100% of ranges under 1,000 km², 10% of ranges over 250,000 km², linear on log10(range) between (55% at 15,811 km²). TARGET_CAP (km², 0 = none) caps the target area of very wide ranges. TARGETS overrides, e.g. 'Panthera uncia=0.5; EN=60%; CR=100%': a species name or an IUCN category, '=' and a share (0–1 or percent), entries separated by ';'. TARGETS_TABLE does the same from a table with a 'name' and a 'target' field. A species override wins over a category override.</source>
      <translation>Целевые уровни (Rodrigues et al. 2004, Nature 428:640): 100% для ареалов менее 1 000 км², 10% для ареалов более 250 000 км², в промежутке — линейно по log10(ареала) (55% при 15 811 км²). TARGET_CAP (км², 0 = нет) ограничивает целевую площадь очень обширных ареалов. TARGETS переопределяет цели, напр. 'Panthera uncia=0.5; EN=60%; CR=100%': название вида или категория IUCN, '=' и доля (0–1 или в процентах), элементы разделяются ';'. TARGETS_TABLE делает то же по таблице с полями 'name' и 'target'. Переопределение для вида имеет приоритет над переопределением для категории.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="67" />
      <source>Status: gap (nothing protected), partial (protected share below target), covered.</source>
      <translation>Статус: gap (пробел — ничего не охраняется), partial (частично — охраняемая доля ниже цели), covered (покрыт).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="68" />
      <source>Without a range polygon the range is only the known occupied area (cells with records; range_source says so): the status then ends in '(records only)', and records_in_pa counts the species' records inside protected areas (a sampling-bias indicator: records from surveys inside protected areas make such ranges look protected).</source>
      <translation>Без полигона ареала ареал — лишь известная занятая площадь (ячейки с записями; range_source это указывает): статус тогда оканчивается на «(records only)», а records_in_pa считает записи вида внутри охраняемых территорий (показатель смещения выборки: записи обследований внутри охраняемых территорий создают видимость, что такие ареалы охраняются).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="72" />
      <source>Gap grid (GRID_SHAPE square or hexagon, GRID_SIZE metres; hexagons have the area of the square): richness, threatened (CR/EN/VU) richness, gap and partial richness, share inside protected areas, records, partners, and priority = Σ species weight × shortfall × (1 − protected share of the cell), weight = 1 + Red List Index weight (LC 1, NT 2, VU 3, EN 4, CR 5).</source>
      <translation>Сетка пробелов (GRID_SHAPE — квадрат или шестиугольник, GRID_SIZE метров; шестиугольники имеют площадь квадрата): видовое богатство, богатство угрожаемых видов (CR/EN/VU), богатство видов-пробелов и частично охраняемых видов, доля внутри охраняемых территорий, записи, партнёры и приоритет = Σ вес вида × дефицит × (1 − охраняемая доля ячейки), вес = 1 + вес индекса Красного списка (LC 1, NT 2, VU 3, EN 4, CR 5).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="77" />
      <source>Survey gaps: per cell, species expected there (their range; with occupied cells, their convex hull) without a record from the last RECENT_YEARS years of the data, weighted as above, times the sampling deficit (m + 1)/(m + r + 2) (r recent records in the cell, m the mean of its neighbours: an empty cell among well-surveyed neighbours scores near 1, among empty ones 0.5). Ranked, best first; expected_means says what 'expected' means.</source>
      <translation>Пробелы в обследованиях: для каждой ячейки — виды, ожидаемые в ней (их ареал; при ареале из занятых ячеек — выпуклая оболочка), без записи за последние RECENT_YEARS лет данных, взвешенные как выше, умноженные на дефицит выборки (m + 1)/(m + r + 2) (r — недавние записи в ячейке, m — среднее по соседям: пустая ячейка среди хорошо обследованных соседей получает около 1, среди пустых — 0,5). Ранжировано, лучшие первыми; expected_means поясняет, что значит «ожидаемый».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="82" />
      <source>CRS: an equal-area CRS for all grids (default: Lambert azimuthal equal-area centred on the records). STUDY_AREA: only grid cells touching these polygons are written (the grid otherwise covers the records' and ranges' bounding box).</source>
      <translation>CRS: равновеликая СК для всех сеток (по умолчанию — азимутальная равновеликая проекция Ламберта с центром в области записей). STUDY_AREA: записываются только ячейки сетки, касающиеся этих полигонов (иначе сетка покрывает ограничивающий прямоугольник записей и ареалов).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="89" />
      <source>Occurrences (with scientificName)</source>
      <translation>Находки (с scientificName)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="94" />
      <source>Range polygons (optional)</source>
      <translation>Полигоны ареалов (необязательно)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="97" />
      <source>Species field of the range polygons</source>
      <translation>Поле вида в полигонах ареалов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="100" />
      <source>Range cell size (m)</source>
      <translation>Размер ячейки ареала (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="103" />
      <source>Target overrides (name=share; …)</source>
      <translation>Переопределение целей (название=доля; …)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="105" />
      <source>Target overrides table (fields name, target)</source>
      <translation>Таблица переопределения целей (поля name, target)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="108" />
      <source>Cap on the target area (km², 0 = none)</source>
      <translation>Предел целевой площади (км², 0 = нет)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Gap grid cells</source>
      <translation>Ячейки сетки пробелов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Square</source>
      <translation>Квадрат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Hexagon</source>
      <translation>Шестиугольник</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Gap grid cell size (m)</source>
      <translation>Размер ячейки сетки пробелов (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="118" />
      <source>Recent records: last N years of the data</source>
      <translation>Недавние записи: последние N лет данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="121" />
      <source>Equal-area CRS (default: LAEA centred on the records)</source>
      <translation>Равновеликая СК (по умолчанию: LAEA с центром в области записей)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="123" />
      <source>Study area (optional: keep grid cells that touch it)</source>
      <translation>Область исследования (необязательно: сохраняются ячейки сетки, касающиеся её)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="126" />
      <source>Species representation</source>
      <translation>Представленность видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="140" />
      <source>The targets table needs a 'name' field and a 'target' field.</source>
      <translation>В таблице целей должны быть поля 'name' и 'target'.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="180" />
      <source>The protected-area layer could not be read.</source>
      <translation>Не удалось прочитать слой охраняемых территорий.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="187" />
      <source>{count} records left out: {reason}</source>
      <translation>Исключено записей: {count}: {reason}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="192" />
      <source>The CRS must be projected and equal-area, not geographic.</source>
      <translation>СК должна быть проекционной и равновеликой, а не географической.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="204" />
      <source>Choose the species field of the range polygons (RANGE_FIELD).</source>
      <translation>Выберите поле вида в полигонах ареалов (RANGE_FIELD).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="206" />
      <source>With no occurrence, choose an equal-area CRS (CRS).</source>
      <translation>При отсутствии находок выберите равновеликую СК (CRS).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="221" />
      <source>No present occurrence with valid coordinates and no range polygon.</source>
      <translation>Нет ни находок со статусом «присутствует» с корректными координатами, ни полигонов ареалов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="225" />
      <source>The protected-area layer has no polygon: every species will be a gap.</source>
      <translation>В слое охраняемых территорий нет полигонов: все виды окажутся пробелами.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="226" />
      <source>{n} protected areas, {s} species.</source>
      <translation>Охраняемых территорий: {n}, видов: {s}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="250" />
      <source>The study area has no polygon.</source>
      <translation>В области исследования нет полигонов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="270" />
      <source>known occupied area (records in {km} km cells)</source>
      <translation>известная занятая площадь (записи в ячейках {km} км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="273" />
      <source>range polygons</source>
      <translation>полигоны ареалов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="298" />
      <source>expected: the cell lies in the species' range (range polygon, or the convex hull of its records); missing: no record there in the last {years} years of the data</source>
      <translation>ожидаемый: ячейка лежит в ареале вида (полигон ареала или выпуклая оболочка его записей); отсутствующий: там нет записи за последние {years} лет данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="220" />
      <source>Import partner species sheets</source>
      <translation>Импорт листов видов партнёров</translation>
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
      <translation>Читает листы видов партнёров (CSV/TSV/TXT в UTF-8, UTF-16, Windows-1251 или GB18030; XLSX, XLS, ODS: все листы или один в виде file.xlsx|layername=Sheet) и записывает проверенные находки Darwin Core (точки, EPSG:4326) и таблицу отклонённых строк с кодом причины, сообщением и всеми исходными ячейками. Каждая строка попадает ровно в один из двух результатов.

INPUT: один или несколько файлов.
COUNTRY: код ISO 3166-1 alpha-3 партнёра (CHN, MNG, RUS, KAZ) или имя столбца, содержащего страну для каждой строки. Пусто: определяется по координатам.
PARTNER: название партнёра или учреждения (institutionCode, часть постоянного occurrenceID).
SOURCE_CRS: СК координат (по умолчанию EPSG:4326). Восточные координаты Гаусса–Крюгера Пулково 1942 с префиксом зоны распознаются в любом случае.
SITES: необязательный справочник мест (точки или полигоны с полем названия) для строк без координат.
CHECKLIST: необязательный дополнительный список видов (те же столбцы, что и в поставляемом) или двухстолбцовое сопоставление verbatim,scientificName, разрешающее ранее отклонённые названия.
MAPPING: необязательные роли столбцов, заменяющие автоопределение заголовков, напр. species=B; date=Дата; lat=Ш; lon=Д.
DATABASE: необязательный путь к GeoPackage или имя подключения PostGIS базы исходных данных, в которую выполняется загрузка.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="242" />
      <source>Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)</source>
      <translation>Листы партнёров (CSV, TSV, TXT, XLSX, XLS, ODS)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="244" />
      <source>Partner country (ISO alpha-3) or country column</source>
      <translation>Страна партнёра (ISO alpha-3) или столбец страны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="246" />
      <source>Partner / institution</source>
      <translation>Партнёр / учреждение</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="248" />
      <source>CRS of the coordinates in the sheets</source>
      <translation>СК координат в листах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="251" />
      <source>Site gazetteer (optional)</source>
      <translation>Справочник мест (необязательно)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="254" />
      <source>Extra checklist or name mapping file (optional)</source>
      <translation>Дополнительный список видов или файл сопоставления названий (необязательно)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="257" />
      <source>Column mapping (optional), e.g. species=B; date=Дата</source>
      <translation>Сопоставление столбцов (необязательно), напр. species=B; date=Дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="260" />
      <source>Baseline database: GeoPackage path or PostGIS connection (optional)</source>
      <translation>База исходных данных: путь к GeoPackage или подключение PostGIS (необязательно)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="265" />
      <source>Rejected rows</source>
      <translation>Отклонённые строки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="268" />
      <source>Importing sheets</source>
      <translation>Импорт листов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="276" />
      <source>No input file given.</source>
      <translation>Входной файл не указан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="293" />
      <source>Checklist: {n} taxa (version {version})</source>
      <translation>Список видов: {n} таксонов (версия {version})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="305" />
      <source>Internal error: {total} rows read but {a} + {r} written.</source>
      <translation>Внутренняя ошибка: прочитано строк {total}, а записано {a} + {r}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="307" />
      <source>{total} rows read = {accepted} accepted + {rejected} rejected</source>
      <translation>Прочитано строк {total} = принято {accepted} + отклонено {rejected}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="310" />
      <source>  rejected {code}: {n}</source>
      <translation>  отклонено {code}: {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="312" />
      <source>  flagged {flag}: {n} ({meaning})</source>
      <translation>  отмечено {flag}: {n} ({meaning})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="328" />
      <source>Loading into a baseline database needs the baseline module, which this version of Corridor does not have. Leave DATABASE empty.</source>
      <translation>Для загрузки в базу исходных данных нужен модуль базы исходных данных, которого нет в этой версии Corridor. Оставьте DATABASE пустым.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="334" />
      <source>Loading into the baseline database {db} failed: {error}</source>
      <translation>Не удалось загрузить в базу исходных данных {db}: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="336" />
      <source>Loaded into the baseline database {db}.</source>
      <translation>Загружено в базу исходных данных {db}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="349" />
      <source>the disk is full ({error})</source>
      <translation>диск заполнен ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="350" />
      <source>Could not write {output}: {error}</source>
      <translation>Не удалось записать {output}: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the occurrences</source>
      <translation>находки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the rejected rows</source>
      <translation>отклонённые строки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="365" />
      <source>Could not create the occurrences layer.</source>
      <translation>Не удалось создать слой находок.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="366" />
      <source>Could not create the rejected rows table.</source>
      <translation>Не удалось создать таблицу отклонённых строк.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="28" />
      <source>Load occurrences into the baseline database</source>
      <translation>Загрузка находок в базу исходных данных</translation>
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
      <translation>Загружает находки и отклонённые строки, полученные инструментом «Импорт листов партнёров», в базу исходных данных, одна транзакция на передачу данных (один лист одного файла): отмена, сбой или потеря соединения оставляют базу в состоянии до этой передачи.

DATABASE: файл GeoPackage (создаётся при отсутствии) или имя подключения PostgreSQL, сохранённого в QGIS (учётные данные — из его конфигурации аутентификации).
INPUT: точечный слой находок; REJECTED: таблица отклонённых строк (необязательно).
PARTNER, COUNTRY: используются там, где institutionCode или country_iso3 слоя пусты.
SOURCE_FILES: исходные файлы партнёров (необязательно); их SHA-256 идентифицирует передачу данных. Без них используется контрольная сумма строк.
TOLERANCE: записи двух партнёров с одним таксоном и датой, расположенные ближе этого расстояния (в метрах), связываются как дубликаты и никогда не удаляются.

Повторная загрузка того же файла ничего не добавляет; исправленный файл (тот же партнёр, имя файла и лист) заменяет строки своей предыдущей передачи, которая остаётся в истории передач.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="50" />
      <source>Occurrences (from Import partner sheets)</source>
      <translation>Находки (из «Импорт листов партнёров»)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="53" />
      <source>Rejected rows (from Import partner sheets)</source>
      <translation>Отклонённые строки (из «Импорт листов партнёров»)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="57" />
      <source>Country (ISO 3166-1 alpha-3)</source>
      <translation>Страна (ISO 3166-1 alpha-3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="59" />
      <source>Original partner files (for their SHA-256)</source>
      <translation>Исходные файлы партнёров (для их SHA-256)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="62" />
      <source>Duplicate distance between partners (m)</source>
      <translation>Расстояние дубликатов между партнёрами (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="65" />
      <source>Occurrences added</source>
      <translation>Добавлено находок</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="66" />
      <source>Occurrences already present</source>
      <translation>Находки, уже имеющиеся в базе</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="67" />
      <source>Rejected rows recorded</source>
      <translation>Зарегистрировано отклонённых строк</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="68" />
      <source>Cross-partner duplicates linked</source>
      <translation>Связано дубликатов между партнёрами</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="69" />
      <source>Submissions loaded</source>
      <translation>Загружено передач данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="70" />
      <source>Submissions replaced</source>
      <translation>Заменено передач данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="71" />
      <source>Submissions unchanged</source>
      <translation>Неизменённые передачи данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="75" />
      <source>Loading the baseline</source>
      <translation>Загрузка исходных данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="82" />
      <source>The occurrence layer cannot be read.</source>
      <translation>Не удаётся прочитать слой находок.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="101" />
      <source>{rows} occurrences added, {present} already present, {rejected} rejected rows recorded, {dups} duplicates linked.</source>
      <translation>Добавлено находок: {rows}, уже имелось: {present}, зарегистрировано отклонённых строк: {rejected}, связано дубликатов: {dups}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="62" />
      <source>Overlay occurrences on protected areas</source>
      <translation>Наложение находок на охраняемые территории</translation>
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
      <translation>Подсчитывает находки партнёров, попадающие в каждую охраняемую территорию (точки на границе считаются внутри, как в предикате 'intersects'), и записывает четыре результата.

OCCURRENCES: точечный слой с полями Darwin Core базы исходных данных (scientificName, institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, country_iso3).
PROTECTED_AREAS: слой из «Подготовки охраняемых территорий» или любой полигональный слой; его атрибуты сохраняются. Территории идентифицируются по pa_id, иначе по идентификаторам WDPA, иначе по fid.
BUFFER: записи вне территории, но в пределах этого расстояния (км) от её границы, учитываются как краевые (0 = выкл.).

OUTPUT_AREAS: территории с полями records, richness (виды), threatened (виды категорий IUCN CR/EN/VU), cites (виды из приложений CITES), partners, last_survey, first_year, last_year, years_covered, edge_records.
OUTPUT_SPECIES_AREAS: одна строка на вид и территорию: записи, сумма и максимум численности (individualCount, иначе abundanceMax), первая и последняя даты.
OUTPUT_SPECIES: по каждому виду: записи, записи внутри любой территории, охраняемая доля, число территорий, страны охраняемых записей.
OUTPUT_OCCURRENCES: находки с pa_ids (через ';'), n_pas и edge_pa_ids.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="90" />
      <source>Edge buffer (km, 0 = none)</source>
      <translation>Краевой буфер (км, 0 = нет)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="93" />
      <source>Protected areas with figures</source>
      <translation>Охраняемые территории с показателями</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="96" />
      <source>Species × protected area</source>
      <translation>Вид × охраняемая территория</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="99" />
      <source>Species protection summary</source>
      <translation>Сводка по охране видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="102" />
      <source>Occurrences with protected areas</source>
      <translation>Находки с охраняемыми территориями</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="116" />
      <source>The occurrence layer must be a point layer.</source>
      <translation>Слой находок должен быть точечным.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="118" />
      <source>The protected-area layer must be a polygon layer.</source>
      <translation>Слой охраняемых территорий должен быть полигональным.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>occurrence</source>
      <translation>находок</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>protected-area</source>
      <translation>охраняемых территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="121" />
      <source>The {layer} layer has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>У слоя {layer} нет системы координат (или она неизвестна): сначала задайте его СК.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="142" />
      <source>{n} occurrences without geometry were not overlaid (they count as unprotected records).</source>
      <translation>Находок без геометрии, не участвовавших в наложении: {n} (они учитываются как неохраняемые записи).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="144" />
      <source>{n} occurrences read in {s:.1f} s.</source>
      <translation>Прочитано находок: {n} за {s:.1f} с.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="166" />
      <source>{n} protected areas have no geometry and get no records: {ids}</source>
      <translation>Охраняемых территорий без геометрии, которым не назначены записи: {n}: {ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="173" />
      <source>{n} point–area matches.</source>
      <translation>Совпадений точка–территория: {n}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="204" />
      <source>Overlay done in {s:.1f} s.</source>
      <translation>Наложение выполнено за {s:.1f} с.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="230" />
      <source>Fast GeoPackage copy failed ({error}); writing feature by feature.</source>
      <translation>Быстрое копирование GeoPackage не удалось ({error}); запись выполняется пообъектно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="53" />
      <source>Prepare protected areas</source>
      <translation>Подготовка охраняемых территорий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="57" />
      <source>Reads protected areas from WDPA (legacy schema with WDPAID, or the late-2025 schema with SITE_ID; shapefile, GeoPackage or File Geodatabase, polygon and point parts, several files at once) or from national layers with a field mapping, and cleans them as the wdpar R package does.</source>
      <translation>Читает охраняемые территории из WDPA (устаревшая схема с WDPAID или схема конца 2025 года с SITE_ID; шейп-файл, GeoPackage или File Geodatabase, полигональные и точечные части, несколько файлов одновременно) или из национальных слоёв с сопоставлением полей и очищает их так же, как R-пакет wdpar.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="62" />
      <source>INPUT: one or more layers. REGION: optional study region (polygons) to clip to.</source>
      <translation>INPUT: один или несколько слоёв. REGION: необязательный регион исследования (полигоны) для обрезки.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="63" />
      <source>KEEP_STATUS keeps Designated/Inscribed/Established sites; DROP_MAB drops UNESCO-MAB Biosphere Reserves; DROP_OECM and DROP_MARINE drop OECMs and marine sites; BUFFER_POINTS turns point-only sites into circles of their reported area (REP_AREA); REPAIR repairs invalid geometries. STATUS_YR 0 becomes null. Sites crossing 180° are split. OVERLAPS: keep, erase by IUCN category precedence (Ia first), or dissolve per country. AREA_CRS: equal-area CRS for area_km2 (empty: a Lambert azimuthal equal-area projection centred on each site, exact on the WGS84 ellipsoid; ESRI:54009 gives wdpar's Mollweide, which is spherical: -0.1 % at 50°N, -0.5 % at 70°N).</source>
      <translation>KEEP_STATUS сохраняет объекты со статусом Designated/Inscribed/Established; DROP_MAB исключает биосферные резерваты ЮНЕСКО-МАБ; DROP_OECM и DROP_MARINE исключают OECM и морские объекты; BUFFER_POINTS превращает объекты, заданные только точкой, в круги с их указанной площадью (REP_AREA); REPAIR исправляет недопустимые геометрии. STATUS_YR 0 заменяется на null. Объекты, пересекающие 180°, разделяются. OVERLAPS: сохранить, удалить по приоритету категорий IUCN (сначала Ia) или объединить по странам. AREA_CRS: равновеликая СК для area_km2 (если пусто — азимутальная равновеликая проекция Ламберта с центром на каждом объекте, точная на эллипсоиде WGS84; ESRI:54009 даёт проекцию Mollweide, как в wdpar, но она сферическая: -0.1 % на 50° с. ш., -0.5 % на 70° с. ш.).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="71" />
      <source>National layers: give ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (names of their fields); pa_id is '&lt;layer&gt;:&lt;id&gt;'.</source>
      <translation>Национальные слои: укажите ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (имена их полей); pa_id имеет вид '&lt;layer&gt;:&lt;id&gt;'.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="74" />
      <source>OUTPUT fields: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (several ISO3 or part of Dauria / Great Altai), source, provenance. REPORT: one row per removed or changed site with the step and the reason.</source>
      <translation>Поля OUTPUT: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (несколько ISO3 или часть Даурии / Большого Алтая), source, provenance. REPORT: одна строка на каждый удалённый или изменённый объект с шагом и причиной.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="77" />
      <source>country_share: share of the outline inside its ISO3 countries (shipped Natural Earth borders); below 0.5 the REPORT flags the site with its share.</source>
      <translation>country_share: доля контура внутри его стран ISO3 (поставляемые границы Natural Earth); ниже 0,5 REPORT отмечает участок с этой долей.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="83" />
      <source>Protected-area layers (WDPA or national)</source>
      <translation>Слои охраняемых территорий (WDPA или национальные)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="86" />
      <source>Study region</source>
      <translation>Регион исследования</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="88" />
      <source>Keep only Designated, Inscribed, Established</source>
      <translation>Сохранить только Designated, Inscribed, Established</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="89" />
      <source>Drop UNESCO-MAB Biosphere Reserves</source>
      <translation>Исключить биосферные резерваты ЮНЕСКО-МАБ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="90" />
      <source>Drop OECMs</source>
      <translation>Исключить OECM</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="91" />
      <source>Drop marine sites</source>
      <translation>Исключить морские объекты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="92" />
      <source>Buffer point-only sites to their reported area</source>
      <translation>Построить буфер вокруг объектов-точек по их указанной площади</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="93" />
      <source>Repair invalid geometries</source>
      <translation>Исправить недопустимые геометрии</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="96" />
      <source>Overlapping areas</source>
      <translation>Перекрывающиеся территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Keep overlaps</source>
      <translation>Сохранить перекрытия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Erase by IUCN category precedence</source>
      <translation>Удалить по приоритету категорий IUCN</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="98" />
      <source>Dissolve per country</source>
      <translation>Объединить по странам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="100" />
      <source>Equal-area CRS for areas (empty: per-site Lambert azimuthal equal-area)</source>
      <translation>Равновеликая СК для площадей (если пусто — азимутальная равновеликая проекция Ламберта для каждого объекта)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="102" />
      <source>National layers: id field</source>
      <translation>Национальные слои: поле идентификатора</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="103" />
      <source>National layers: name field</source>
      <translation>Национальные слои: поле названия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="104" />
      <source>National layers: local-name field</source>
      <translation>Национальные слои: поле местного названия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="105" />
      <source>National layers: ISO3 country field</source>
      <translation>Национальные слои: поле страны ISO3</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="106" />
      <source>National layers: designation field</source>
      <translation>Национальные слои: поле категории (designation)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="107" />
      <source>National layers: IUCN category field</source>
      <translation>Национальные слои: поле категории IUCN</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="108" />
      <source>National layers: status year field</source>
      <translation>Национальные слои: поле года присвоения статуса</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="111" />
      <source>Clean protected areas</source>
      <translation>Очищенные охраняемые территории</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="113" />
      <source>Cleaning report</source>
      <translation>Отчёт об очистке</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="119" />
      <source>Only {n} of the {m} input layers could be opened: check {sources}</source>
      <translation>Удалось открыть только {n} из {m} входных слоёв: проверьте {sources}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="124" />
      <source>None of the input layers could be opened: {sources}</source>
      <translation>Не удалось открыть ни один входной слой: {sources}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="126" />
      <source>Give at least one protected-area layer.</source>
      <translation>Укажите хотя бы один слой охраняемых территорий.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="136" />
      <source>{name} is not a vector layer.</source>
      <translation>{name} не является векторным слоем.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="140" />
      <source>The layer {name} has no field {fields}.</source>
      <translation>В слое {name} нет поля {fields}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="148" />
      <source>The input layers hold no features.</source>
      <translation>Входные слои не содержат объектов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="198" />
      <source>{step}: {n} {action}</source>
      <translation>{step}: {action} — {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="200" />
      <source>{read} sites read, {kept} kept.</source>
      <translation>Прочитано объектов: {read}, сохранено: {kept}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="202" />
      <source>No protected area is left after cleaning: see the report.</source>
      <translation>После очистки не осталось ни одной охраняемой территории: см. отчёт.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="208" />
      <source>The study region has no (or an unknown) coordinate reference system.</source>
      <translation>У региона исследования нет системы координат (или она неизвестна).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="220" />
      <source>The study region has no polygon.</source>
      <translation>В регионе исследования нет полигонов.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="30" />
      <source>Corridor algorithm module '{name}' not loaded: {error}</source>
      <translation>Модуль алгоритмов Corridor «{name}» не загружен: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="48" />
      <source>Corridor transboundary biodiversity tools {version}</source>
      <translation>Инструменты Corridor для трансграничного биоразнообразия {version}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="46" />
      <source>Range metrics (EOO, AOO, IUCN criterion B)</source>
      <translation>Показатели ареала (EOO, AOO, критерий B IUCN)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="50" />
      <source>Extent of occurrence (EOO) and area of occupancy (AOO) of every species, with the IUCN criterion B1/B2 threshold each meets.</source>
      <translation>Протяжённость ареала (EOO) и площадь занятости (AOO) каждого вида с указанием порога критериев B1/B2 IUCN, которому они соответствуют.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="52" />
      <source>EOO: area of the convex hull of the species' distinct present records, in a Lambert azimuthal equal-area projection (WGS 84 ellipsoid) centred on that species' records (records on both sides of the antimeridian are handled). Fewer than 3 distinct points, or all on one line: EOO is empty and eoo_note says why. Optionally clipped to land (the shipped Natural Earth borders or your own land layer). When EOO is smaller than AOO, B1 uses AOO (IUCN guidelines 4.9).</source>
      <translation>EOO: площадь выпуклой оболочки различных записей о присутствии вида в азимутальной равновеликой проекции Ламберта (эллипсоид WGS 84) с центром в области записей этого вида (записи по обе стороны антимеридиана обрабатываются). Менее 3 различных точек или все точки на одной линии: EOO пуста, причина указывается в eoo_note. По желанию обрезается по суше (поставляемые границы Natural Earth или ваш слой суши). Если EOO меньше AOO, для B1 используется AOO (руководство IUCN, 4.9).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="57" />
      <source>AOO: occupied cells of a square grid (CELL_SIZE metres, IUCN: 2000 m) × cell area, in a study-wide equal-area projection centred on all records. Without GRID_SEARCH the grid origin is fixed; with it, GRID_SHIFTS × GRID_SHIFTS origins shifted by CELL_SIZE / GRID_SHIFTS are tried and each species keeps its minimum (allowed by the IUCN guidelines); aoo_grid states which. CRS sets another equal-area CRS for the grid.</source>
      <translation>AOO: число занятых ячеек квадратной сетки (CELL_SIZE метров, по IUCN — 2000 м) × площадь ячейки в равновеликой проекции для всей области исследования с центром в области всех записей. Без GRID_SEARCH начало сетки фиксировано; с ним перебираются GRID_SHIFTS × GRID_SHIFTS начал со сдвигом CELL_SIZE / GRID_SHIFTS и для каждого вида сохраняется минимум (допускается руководством IUCN); способ указывается в aoo_grid. CRS задаёт другую равновеликую СК для сетки.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="62" />
      <source>Thresholds: EOO &lt; 100 km² CR, &lt; 5,000 EN, &lt; 20,000 VU; AOO &lt; 10 km² CR, &lt; 500 EN, &lt; 2,000 VU. Meeting a threshold is only the first condition of criterion B.</source>
      <translation>Пороги: EOO &lt; 100 км² CR, &lt; 5 000 EN, &lt; 20 000 VU; AOO &lt; 10 км² CR, &lt; 500 EN, &lt; 2 000 VU. Соответствие порогу — лишь первое условие критерия B.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="64" />
      <source>MIN_RECORDS: below this number of distinct points both classes are 'data insufficient' (default 15, after Rivers et al. 2011, Biol. Conserv. 144:2541). Every class is a size class for a regional assessment, not a Red List category; criterion_b_note says so on every row.</source>
      <translation>MIN_RECORDS: при меньшем числе различных точек оба класса — «недостаточно данных» (по умолчанию 15, по Rivers et al. 2011, Biol. Conserv. 144:2541). Каждый класс — класс размера для региональной оценки, а не категория Красного списка; criterion_b_note говорит об этом в каждой строке.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="67" />
      <source>Records with occurrenceStatus 'absent' are ignored.</source>
      <translation>Записи с occurrenceStatus 'absent' игнорируются.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="75" />
      <source>AOO cell size (m)</source>
      <translation>Размер ячейки AOO (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="78" />
      <source>Search grid origins for the minimum AOO</source>
      <translation>Перебирать начала сетки для минимальной AOO</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="80" />
      <source>Grid origins per axis when searching</source>
      <translation>Число начал сетки по каждой оси при переборе</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="83" />
      <source>Clip EOO hulls to land</source>
      <translation>Обрезать оболочки EOO по суше</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="85" />
      <source>Land polygons (default: shipped country borders)</source>
      <translation>Полигоны суши (по умолчанию: поставляемые государственные границы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="88" />
      <source>Equal-area CRS of the AOO grid (default: LAEA centred on the records)</source>
      <translation>Равновеликая СК сетки AOO (по умолчанию: LAEA с центром в области записей)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="91" />
      <source>Minimum distinct records for a criterion-B class</source>
      <translation>Минимум различных записей для класса по критерию B</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="94" />
      <source>Range metrics</source>
      <translation>Показатели ареала</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="96" />
      <source>EOO hulls</source>
      <translation>Оболочки EOO</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="98" />
      <source>AOO cells</source>
      <translation>Ячейки AOO</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="105" />
      <source>Reading occurrences…</source>
      <translation>Чтение находок…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="114" />
      <source>No present occurrence with valid coordinates in the input.</source>
      <translation>Во входных данных нет находок со статусом «присутствует» с корректными координатами.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="126" />
      <source>Computing EOO and AOO of {n} species…</source>
      <translation>Расчёт EOO и AOO для видов: {n}…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>fixed origin</source>
      <translation>фиксированное начало</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>minimum over {n} origins</source>
      <translation>минимум по {n} началам сетки</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="35" />
      <source>Transboundary action-plan report</source>
      <translation>Отчёт по трансграничному плану действий</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="38" />
      <source>Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, map of protected areas and records, gap species, gap grid, connectivity per country with the transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a data appendix.

Every result layer is optional: a section whose input is missing says it was not computed.
DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no OCCURRENCES layer is given.
LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).</source>
      <translation>Создаёт отчёт по плану действий в формате HTML и PDF на основе макета печати QGIS (макет также сохраняется как шаблон .qpt рядом с PDF для редактирования в QGIS): область исследования, источники данных по партнёрам, карта охраняемых территорий и записей, виды-пробелы, сетка пробелов, связность по странам с трансграничной долей, наиболее важные территории и связи по dPC, коридоры, приоритеты восполнения пробелов в обследованиях, методы и приложение с данными.

Каждый слой результатов необязателен: в разделе, для которого нет входных данных, указывается, что он не рассчитан.
DATABASE: GeoPackage базы исходных данных или имя подключения PostGIS; её находки используются, если слой OCCURRENCES не указан.
LANGUAGE: en, zh, ru, mn или kk (по умолчанию — язык QGIS). Названия видов выводятся на латыни с местным названием на этом языке из списка видов (CHECKLIST или поставляемого).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="56" />
      <source>Baseline database (GeoPackage or PostGIS connection)</source>
      <translation>База исходных данных (GeoPackage или подключение PostGIS)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="75" />
      <source>Report language</source>
      <translation>Язык отчёта</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="78" />
      <source>Checklist for vernacular names (CSV)</source>
      <translation>Список видов для местных названий (CSV)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="80" />
      <source>Line under the title (e.g. working group, meeting, date)</source>
      <translation>Строка под заголовком (например, рабочая группа, совещание, дата)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="82" />
      <source>Report (HTML)</source>
      <translation>Отчёт (HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>Report (PDF)</source>
      <translation>Отчёт (PDF)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="85" />
      <source>Report layout template (.qpt)</source>
      <translation>Шаблон макета отчёта (.qpt)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="93" />
      <source>No occurrences table could be read from {database}.</source>
      <translation>Не удалось прочитать таблицу находок из {database}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="106" />
      <source>Report in {language} from: {inputs}</source>
      <translation>Отчёт на языке {language} по данным: {inputs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="110" />
      <source>No translation for '{language}' is installed: the report headings stay in English.</source>
      <translation>Перевод для «{language}» не установлен: заголовки отчёта останутся на английском.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="120" />
      <source>Could not write the HTML report {path}: {error}</source>
      <translation>Не удалось записать HTML-отчёт {path}: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="127" />
      <source>Could not write the PDF report {path}.</source>
      <translation>Не удалось записать PDF-отчёт {path}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="34" />
      <source>Partner data-sheet template</source>
      <translation>Шаблон листа данных партнёра</translation>
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
      <translation>Записывает для одного партнёра рабочую книгу XLSX, которую трудно заполнить неправильно: лист данных с заголовками на языке партнёра и термином Darwin Core под ними, раскрывающийся список видов из списка видов (латинское и местное название), проверки дат (реальная дата, не в будущем), числа особей (целое число от 0, диапазон, ~n, &gt;n, few/many или +), координат (в пределах страны, в десятичных градусах или в выбранной проекционной СК) и мест (раскрывающийся список из справочника мест); лист инструкций на языке партнёра; скрытый лист списков. В свойствах рабочей книги указаны партнёр, страна, версии шаблона и списка видов, поэтому corridor:importsheets распознаёт шаблон и читает его столбцы без угадывания.

COUNTRY: ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ).
LANGUAGE: en, zh, ru, mn или kk.
CHECKLIST: необязательный файл дополнительного списка видов (те же столбцы, что и в поставляемом, или сопоставление названий).
TAXON_GROUPS: необязательные группы через запятую (напр. bird, large mammal); группа включает и свои подгруппы.
COUNTRY_SPECIES_ONLY: оставить только виды, у которых в строке списка видов страна указана в столбце 'countries'.
SITES: необязательный слой справочника мест; SITE_FIELD: его поле названия (определяется автоматически, если пусто).
SOURCE_CRS: СК, в которой партнёры записывают координаты (EPSG:4326 даёт столбцы широты/долготы, проекционная СК — столбцы восточной/северной координаты).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="59" />
      <source>Partner's country (ISO alpha-3: CHN, MNG, RUS, KAZ)</source>
      <translation>Страна партнёра (ISO alpha-3: CHN, MNG, RUS, KAZ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="62" />
      <source>Language of the sheet (en, zh, ru, mn, kk)</source>
      <translation>Язык листа (en, zh, ru, mn, kk)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="64" />
      <source>Extra checklist file</source>
      <translation>Файл дополнительного списка видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="66" />
      <source>Taxon groups (comma-separated; empty: all)</source>
      <translation>Таксономические группы (через запятую; пусто: все)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="68" />
      <source>Only species expected in the country (checklist column 'countries')</source>
      <translation>Только виды, ожидаемые в стране (столбец списка видов 'countries')</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="71" />
      <source>Site gazetteer</source>
      <translation>Справочник мест</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="73" />
      <source>Site name field</source>
      <translation>Поле названия места</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="76" />
      <source>Coordinate reference system of the partner's coordinates</source>
      <translation>Система координат для координат партнёра</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Template workbook</source>
      <translation>Рабочая книга шаблона</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Рабочая книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="87" />
      <source>Unknown country '{code}': use one of {codes}.</source>
      <translation>Неизвестная страна «{code}»: используйте одну из {codes}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="91" />
      <source>Name the partner: the template carries it in its properties.</source>
      <translation>Укажите партнёра: шаблон хранит его в своих свойствах.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="112" />
      <source>No checklist file says where species occur: add a column 'countries' (ISO alpha-3 codes) to the extra checklist, or switch off 'Only species expected in the country'.</source>
      <translation>Ни в одном файле списка видов не указано, где встречаются виды: добавьте столбец 'countries' (коды ISO alpha-3) в дополнительный список видов или отключите «Только виды, ожидаемые в стране».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="119" />
      <source>Unknown taxon group in '{groups}'. The checklist has: {available}</source>
      <translation>Неизвестная таксономическая группа в «{groups}». В списке видов есть: {available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="122" />
      <source>No species of the checklist is left after the taxon-group and country filters.</source>
      <translation>После фильтров по таксономическим группам и стране в списке видов не осталось ни одного вида.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="131" />
      <source>The site gazetteer cannot be used: {error}</source>
      <translation>Справочник мест нельзя использовать: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="133" />
      <source>The site gazetteer has no site names; the site column stays free text.</source>
      <translation>В справочнике мест нет названий мест; столбец места останется свободным текстом.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="153" />
      <source>Could not write the template {path}: {error}</source>
      <translation>Не удалось записать шаблон {path}: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="155" />
      <source>Template for {partner} ({country}, {language}): {n} species, {s} sites.</source>
      <translation>Шаблон для {partner} ({country}, {language}): видов: {n}, мест: {s}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="50" />
      <source>Submission status and timeline</source>
      <translation>Статус и график передачи данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="53" />
      <source>Compares the expected submissions (partner, country, period, due date) with the submissions received and reports, per partner and period: received (on or before the due date), late, missing (due date passed, nothing received) or pending (not yet due), with the number of submissions, records and species received and the last submission date. Submissions of partners without any expected period are listed as unscheduled. The HTML output holds a timeline chart per partner and the table.

DATABASE: the baseline (GeoPackage path or saved PostgreSQL connection); its expected_submissions and submissions tables are used unless EXPECTED or SUBMISSIONS are given.
EXPECTED: a table (e.g. CSV) with columns partner, country, period, due_date and optionally opens (the date from which a submission counts for that period).
SUBMISSIONS: a table with partner, country_iso3, received, rows_accepted and optionally species (a count or ';'-separated names) and period.
A submission counts for the period it names; otherwise for the earliest open period of that partner still without a submission; otherwise it is a further submission of the latest period already due.
AS_OF: the date the status is computed for (YYYY-MM-DD; default today).</source>
      <translation>Сравнивает ожидаемые передачи данных (партнёр, страна, период, срок) с полученными и сообщает по каждому партнёру и периоду: получено (в срок или раньше), с опозданием, отсутствует (срок прошёл, ничего не получено) или ожидается (срок ещё не наступил), с числом полученных передач, записей и видов и датой последней передачи. Передачи партнёров без ожидаемых периодов перечисляются как внеплановые. HTML-результат содержит диаграмму-график по каждому партнёру и таблицу.

DATABASE: база исходных данных (путь к GeoPackage или сохранённое подключение PostgreSQL); используются её таблицы expected_submissions и submissions, если не указаны EXPECTED или SUBMISSIONS.
EXPECTED: таблица (напр. CSV) со столбцами partner, country, period, due_date и, необязательно, opens (дата, с которой передача засчитывается за этот период).
SUBMISSIONS: таблица с partner, country_iso3, received, rows_accepted и, необязательно, species (число или названия через ';') и period.
Передача засчитывается за указанный в ней период; иначе — за самый ранний открытый период этого партнёра, по которому ещё нет передачи; иначе она считается дополнительной передачей за последний период, срок которого уже наступил.
AS_OF: дата, на которую рассчитывается статус (ГГГГ-ММ-ДД; по умолчанию — сегодня).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="73" />
      <source>Baseline database (GeoPackage or PostgreSQL connection)</source>
      <translation>База исходных данных (GeoPackage или подключение PostgreSQL)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="75" />
      <source>Expected submissions table</source>
      <translation>Таблица ожидаемых передач данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="77" />
      <source>Received submissions table</source>
      <translation>Таблица полученных передач данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="80" />
      <source>Status as of (YYYY-MM-DD; empty: today)</source>
      <translation>Статус на дату (ГГГГ-ММ-ДД; пусто: сегодня)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="82" />
      <source>Submission status</source>
      <translation>Статус передачи данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="84" />
      <source>Timeline (HTML)</source>
      <translation>График (HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="93" />
      <source>AS_OF is not a date (YYYY-MM-DD): {value}</source>
      <translation>AS_OF не является датой (ГГГГ-ММ-ДД): {value}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="98" />
      <source>Give the baseline database, or both the expected and the received submissions tables.</source>
      <translation>Укажите базу исходных данных или обе таблицы — ожидаемых и полученных передач данных.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="120" />
      <source>A table row cannot be read: {error}</source>
      <translation>Не удаётся прочитать строку таблицы: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="122" />
      <source>The expected submissions table is empty: every submission is unscheduled.</source>
      <translation>Таблица ожидаемых передач данных пуста: все передачи считаются внеплановыми.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="152" />
      <source>Could not write {path}: {error}</source>
      <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="155" />
      <source>Periods: {received} received, {late} late, {missing} missing, {pending} pending; {unscheduled} unscheduled partner(s).</source>
      <translation>Периоды: получено {received}, с опозданием {late}, отсутствует {missing}, ожидается {pending}; внеплановых партнёров: {unscheduled}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="26" />
      <source>This tool</source>
      <translation>Этот инструмент</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="28" />
      <source>{feature} needs the Python package '{package}', which is not installed. Install: {hint}</source>
      <translation>{feature}: требуется пакет Python «{package}», который не установлен. Установка: {hint}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="17" />
      <source>above VU</source>
      <translation>выше порога VU</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="18" />
      <source>data insufficient (too few records)</source>
      <translation>недостаточно данных (слишком мало записей)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="19" />
      <source>0 (no shortfall)</source>
      <translation>0 (дефицита нет)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="20" />
      <source>CR (&lt; 100 km²)</source>
      <translation>CR (&lt; 100 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="21" />
      <source>EN (&lt; 5,000 km²)</source>
      <translation>EN (&lt; 5 000 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="22" />
      <source>VU (&lt; 20,000 km²)</source>
      <translation>VU (&lt; 20 000 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="23" />
      <source>CR Critically Endangered</source>
      <translation>CR На грани полного исчезновения</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="24" />
      <source>EN Endangered</source>
      <translation>EN Вымирающие</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="25" />
      <source>VU Vulnerable</source>
      <translation>VU Уязвимые</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="26" />
      <source>NT Near Threatened</source>
      <translation>NT Близкие к уязвимому положению</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="27" />
      <source>LC Least Concern</source>
      <translation>LC Вызывающие наименьшие опасения</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="28" />
      <source>DD Data Deficient</source>
      <translation>DD Недостаточно данных</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="29" />
      <source>not assessed</source>
      <translation>не оценён</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="30" />
      <source>inside a protected area</source>
      <translation>внутри ООПТ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="31" />
      <source>near the edge of a protected area</source>
      <translation>у границы ООПТ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="32" />
      <source>outside protected areas</source>
      <translation>вне ООПТ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="33" />
      <source>transboundary</source>
      <translation>трансграничная</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="34" />
      <source>national</source>
      <translation>национальная</translation>
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
      <translation>Данные</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="22" />
      <source>Instructions</source>
      <translation>Инструкция</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="23" />
      <source>Corridor species data sheet: instructions</source>
      <translation>Лист видовых данных Corridor: инструкция</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="24" />
      <source>Record one observation per row on the sheet “{data_sheet}”, starting on row 3. The first header row is in your language; the second gives the international Darwin Core term. Do not change, move or delete the two header rows, do not add columns and do not rename the sheets: the coordinator's software reads the file by them. Cells with a drop-down list or a range check refuse values that cannot be right.</source>
      <translation>Записывайте одно наблюдение в одну строку на листе «{data_sheet}», начиная с 3-й строки. Первая строка заголовка — на вашем языке, вторая содержит международный термин Darwin Core. Не изменяйте, не перемещайте и не удаляйте две строки заголовка, не добавляйте столбцы и не переименовывайте листы: программа координатора читает файл по ним. Ячейки с раскрывающимся списком или проверкой диапазона не принимают заведомо неверные значения.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="31" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="32" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="33" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="34" />
      <source>Template version</source>
      <translation>Версия шаблона</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="35" />
      <source>Checklist version</source>
      <translation>Версия списка видов</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="36" />
      <source>Coordinate reference system</source>
      <translation>Система координат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="37" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="40" />
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="41" />
      <source>Darwin Core term</source>
      <translation>Термин Darwin Core</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="42" />
      <source>What to write</source>
      <translation>Что записывать</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="45" />
      <source>Species</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="46" />
      <source>Number of individuals</source>
      <translation>Число особей</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="47" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="48" />
      <source>Site</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="49" />
      <source>Latitude</source>
      <translation>Широта</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="50" />
      <source>Longitude</source>
      <translation>Долгота</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="51" />
      <source>Easting (x)</source>
      <translation>Восточная координата (x)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="52" />
      <source>Northing (y)</source>
      <translation>Северная координата (y)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="53" />
      <source>Location uncertainty (m)</source>
      <translation>Точность местоположения (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="54" />
      <source>Observer(s)</source>
      <translation>Наблюдатель(и)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="57" />
      <source>Choose the species from the drop-down list (Latin name — name in your language). A species that is not on the list may be typed in with its Latin name; the coordinator will check it.</source>
      <translation>Выберите вид из раскрывающегося списка (латинское название — название на вашем языке). Вид, которого нет в списке, можно вписать латинским названием; координатор его проверит.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="60" />
      <source>Number of individuals seen: a whole number, 0 or more. Write 0 when the species was looked for and not found. For ranges and uncertain counts see below.</source>
      <translation>Число замеченных особей: целое число, 0 или больше. Пишите 0, если вид искали, но не нашли. О диапазонах и неточных подсчётах см. ниже.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="63" />
      <source>Date of the observation: a real date, not in the future, as YYYY-MM-DD (for example 2024-06-12).</source>
      <translation>Дата наблюдения: настоящая дата, не в будущем, в виде ГГГГ-ММ-ДД (например, 2024-06-12).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="65" />
      <source>Name of the place. When a list is offered, choose the site from it so that it matches the project's site gazetteer.</source>
      <translation>Название места. Если предложен список, выберите место из него, чтобы оно совпало со справочником мест проекта.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="68" />
      <source>Latitude in decimal degrees, WGS 84, north positive (for example 49.6512). Accepted: {min} to {max}.</source>
      <translation>Широта в десятичных градусах, WGS 84, север — положительные значения (например, 49.6512). Допустимо: от {min} до {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="71" />
      <source>Longitude in decimal degrees, WGS 84, east positive (for example 117.3345). Accepted: {min} to {max}.</source>
      <translation>Долгота в десятичных градусах, WGS 84, восток — положительные значения (например, 117.3345). Допустимо: от {min} до {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="74" />
      <source>Easting (x) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>Восточная координата (x) в системе {crs}, в метрах, простым числом. Допустимо: от {min} до {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="75" />
      <source>Northing (y) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>Северная координата (y) в системе {crs}, в метрах, простым числом. Допустимо: от {min} до {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="76" />
      <source>How far the true place may be from the coordinates, in metres (0 or more). Leave empty if unknown.</source>
      <translation>На сколько метров истинное место может отстоять от координат (0 или больше). Оставьте пустым, если неизвестно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="78" />
      <source>Name(s) of the observer(s); separate several names with | .</source>
      <translation>Имя (имена) наблюдателя (наблюдателей); несколько имён разделяйте знаком | .</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="82" />
      <source>Recording absence</source>
      <translation>Как записать отсутствие</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="83" />
      <source>If a species was looked for and not found, write a row with the number 0. An empty number cell does not mean absence: it means that the number was not recorded.</source>
      <translation>Если вид искали, но не нашли, запишите строку с числом 0. Пустая ячейка числа не означает отсутствия: она означает, что число не записано.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="88" />
      <source>Ranges and uncertain counts</source>
      <translation>Диапазоны и неточные подсчёты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="89" />
      <source>When the exact number is not known, write one of: a range with a hyphen (10-15), an approximate number with a tilde (~20), a minimum with a greater-than sign (&gt;100), the word “{few}” or “{many}”, or + when the species was present but not counted. Do not add words such as “about” or units.</source>
      <translation>Если точное число неизвестно, запишите одно из: диапазон через дефис (10-15), приблизительное число с тильдой (~20), минимум со знаком «больше» (&gt;100), слово «{few}» или «{many}», или +, если вид присутствовал, но не был подсчитан. Не добавляйте слова вроде «около» и единицы измерения.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="96" />
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="97" />
      <source>Only complete dates are accepted. If only the month or the year of an observation is known, do not invent a day: send those observations to the coordinator separately, with the month or year as known.</source>
      <translation>Принимаются только полные даты. Если известен только месяц или год наблюдения, не придумывайте день: отправьте такие наблюдения координатору отдельно, с известным месяцем или годом.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="103" />
      <source>Coordinates</source>
      <translation>Координаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="104" />
      <source>Coordinates are in {crs}. Write them as plain numbers with a decimal point. Degrees, minutes and seconds must be converted: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Four decimals of a degree are about 10 m. Rows without coordinates are placed by their site name.</source>
      <translation>Координаты задаются в системе {crs}. Пишите их простыми числами с десятичной точкой. Градусы, минуты и секунды нужно пересчитать: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Четыре знака после запятой соответствуют примерно 10 м. Строки без координат размещаются по названию места.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="110" />
      <source>Projected coordinates</source>
      <translation>Прямоугольные координаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="111" />
      <source>Write easting and northing exactly as on your maps, in metres, including the zone number at the start of the easting if your coordinate system uses one (for example 20403402).</source>
      <translation>Пишите восточную и северную координаты точно так, как на ваших картах, в метрах, включая номер зоны в начале восточной координаты, если ваша система его использует (например, 20403402).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="116" />
      <source>Species not in the list</source>
      <translation>Виды, которых нет в списке</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="117" />
      <source>The list holds the species of the corridor checklist (version {checklist_version}). If you observed another species, type its Latin name; the sheet will warn you, but the row is kept and checked by the coordinator. Vernacular names not yet checked against a source are not shown in the list.</source>
      <translation>В списке — виды контрольного списка коридора (версия {checklist_version}). Если вы наблюдали другой вид, впишите его латинское название; лист предупредит вас, но строка сохранится и будет проверена координатором. Местные названия, ещё не сверенные с источником, в списке не показаны.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="124" />
      <source>Sending the sheet</source>
      <translation>Отправка листа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="125" />
      <source>Save the workbook as .xlsx and send this file to the coordinator. Do not copy the data into another file: the file properties identify your template. You may add as many rows as you need.</source>
      <translation>Сохраните книгу в формате .xlsx и отправьте этот файл координатору. Не копируйте данные в другой файл: свойства файла указывают на ваш шаблон. Строк можно добавлять сколько угодно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="134" />
      <source>Choose a species from the list, or type its Latin name.</source>
      <translation>Выберите вид из списка или впишите его латинское название.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="138" />
      <source>A whole number 0 or more, a range (10-15), ~20, &gt;100, {few}, {many} or +.</source>
      <translation>Целое число 0 или больше, диапазон (10-15), ~20, &gt;100, {few}, {many} или +.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="142" />
      <source>A date between 1800-01-01 and today, as YYYY-MM-DD.</source>
      <translation>Дата от 1800-01-01 до сегодняшнего дня, в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="146" />
      <source>Choose a site from the list.</source>
      <translation>Выберите место из списка.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="150" />
      <source>Decimal degrees between {min} and {max}.</source>
      <translation>Десятичные градусы от {min} до {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="157" />
      <source>Easting</source>
      <translation>Восточная координата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="158" />
      <source>Metres between {min} and {max}.</source>
      <translation>Метры от {min} до {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="161" />
      <source>Northing</source>
      <translation>Северная координата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="165" />
      <source>Location uncertainty</source>
      <translation>Точность местоположения</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="166" />
      <source>Metres, 0 or more.</source>
      <translation>Метры, 0 или больше.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="170" />
      <source>Name(s) of the observer(s).</source>
      <translation>Имя (имена) наблюдателей.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="174" />
      <source>few</source>
      <translation>мало</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="175" />
      <source>many</source>
      <translation>много</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="178" />
      <source>China</source>
      <translation>Китай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="179" />
      <source>Mongolia</source>
      <translation>Монголия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="180" />
      <source>Russia</source>
      <translation>Россия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="181" />
      <source>Kazakhstan</source>
      <translation>Казахстан</translation>
    </message>
  </context>
  <context>
    <name>ReportPanel</name>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Report</source>
      <translation>Отчёт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Under the title</source>
      <translation>Под заголовком</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>e.g. Dauria working group, 2026</source>
      <translation>напр. Рабочая группа «Даурия», 2026</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>PDF from a QGIS print layout (besides HTML)</source>
      <translation>PDF из макета печати QGIS (в дополнение к HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Results that go into the report</source>
      <translation>Результаты, включаемые в отчёт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Open the report</source>
      <translation>Открыть отчёт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Write the report</source>
      <translation>Создать отчёт</translation>
    </message>
  </context>
</TS>
