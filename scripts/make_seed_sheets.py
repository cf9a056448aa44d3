"""Write the sample partner sheets of ``seeds/sheets/`` in the shapes partners really send.

Records sit in and around real protected areas of Dauria and the Altai (centres from
``../shared/data/protected_areas_reference.csv``); a few rows are deliberately bad (unknown name,
impossible coordinate, future date, a totals row) so the rejected table has something to show.
Expected outcome per row is written beside it here; ``tests/sheets/test_seeds.py`` checks the counts.

- ``mng_dauria_survey.xlsx``: Mongolian, a title block and two header rows (merged "Солбицол" over
  latitude/longitude), DMS coordinates, Excel serial dates, a notes sheet without records.
- ``rus_daursky_cp1251.csv``: Russian, Windows-1251, ``;`` delimiter, comma decimals, dates in words.
- ``chn_hulun_gb18030.csv``: Chinese, GB18030, Chinese headers, dates and hemisphere words.
- ``kaz_altai_pulkovo_gk.txt``: Kazakh, UTF-16 tab-separated (Excel's "Unicode text"), Pulkovo 1942
  Gauss–Krüger zone 15 with the zone prefix on the easting, X = northing and Y = easting (Soviet order).
- ``sites_altai.geojson``: a small site gazetteer (points) for rows without coordinates.

Run: ``python3 scripts/make_seed_sheets.py`` (uses GDAL's osr for the Gauss–Krüger coordinates).
"""
import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.builders.xlsx import write_xlsx  # noqa: E402

OUT = REPO / "seeds" / "sheets"

# Protected-area centres (lat, lon) from protected_areas_reference.csv
DAURSKY = (50.0603, 115.6517)
MONGOL_DAGUUR = (49.70, 115.10)
UGTAM = (49.33, 113.75)
SOKHONDO = (49.6936, 111.0908)
DALAI_LAKE = (48.55, 117.50)
KATON_KARAGAY = (49.167, 85.600)
MARKAKOL = (48.75, 85.75)
KATUNSKY = (49.633, 86.100)


def dms(value, positive, negative):
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60)
    if seconds == 60:
        minutes, seconds = minutes + 1, 0
    return f"{degrees}°{minutes:02d}'{seconds:02d}\" {hemisphere}"


def mongolia_xlsx(path):
    lat, lon = MONGOL_DAGUUR
    ulat, ulon = UGTAM
    rows = [
        ["Монгол Дагуурын дархан цаазат газар — зүйлийн бүртгэл, 2021"],
        ["Байгууллага: ШУА-ийн Биологийн хүрээлэн"],
        [],
        ["Зүйл", "Тоо толгой", "Огноо", "Байршил", "Солбицол", None, "Тэмдэглэл"],
        [None, None, None, None, "Өргөрөг", "Уртраг", None],
        # accepted
        ["Цагаан зээр", 120, 44359, "Улз гол", dms(lat, "N", "S"), dms(lon, "E", "W"), ""],  # serial 2021-06-12
        ["Grus vipio", 4, "2021.06.13", "Улз гол", dms(lat + 0.02, "N", "S"), dms(lon + 0.03, "E", "W"), "синоним"],
        ["Цэн тогоруу", "олон", "2021 оны 6 сар", "Угтам", f"{ulat}", f"{ulon}", ""],
        ["Otocolobus manul", 1, datetime.date(2021, 6, 14), "Угтам", f"{ulat + 0.01}", f"{ulon - 0.02}", ""],
        ["Procapra guturosa", "~300", "2021.06.15", "Улз гол", f"{lat - 0.05}", f"{lon + 0.1}", "typo: fuzzy"],
        ["Монгол тарвага", 0, "2021.06.15", "Улз гол", f"{lat - 0.01}", f"{lon}", "absent"],
        ["Цагаан зээр", "10-15", "15.06.2021", "Улз гол", f"{lon + 0.2}", f"{lat + 0.1}", "swapped columns"],
        # rejected
        ["Ямаа", 30, "2021.06.16", "Улз гол", f"{lat}", f"{lon}", "domestic goat: unknown"],
        ["Хулан", 5, "2031.06.16", "Улз гол", f"{lat}", f"{lon}", "future date"],
        ["Цагаан зээр", 7, "2021.06.17", "Улз гол", "149.7", "115.1", "impossible coordinate"],
    ]
    notes = [["Тайлбар"], ["Энэ хуудсанд бүртгэл байхгүй."]]
    write_xlsx(path, {"Бүртгэл": rows, "Тайлбар": notes}, merges={"Бүртгэл": ["A1:G1", "E4:F4"]})
    return {"accepted": 7, "rejected": 3}


def russia_cp1251(path):
    lat, lon = DAURSKY
    slat, slon = SOKHONDO

    def c(value):
        return f"{value}".replace(".", ",")

    header = ["Вид", "Численность, особей", "Дата учёта", "Урочище", "Широта, с.ш.", "Долгота, в.д.", "Учётчик"]
    rows = [
        ["дзерен", "~20", "12.06.2020", "Кличка", c(lat), c(lon), "Кирилюк О.К."],
        ["Даурский журавль", "2", "12.VI.2020", "Барун-Торей", c(lat + 0.03), c(lon - 0.05), "Кирилюк О.К."],
        ["Grus vipio", "10-15", "12-15.06.2020", "Зун-Торей", c(lat + 0.08), c(lon + 0.1), "Кирилюк В.Е."],
        ["Larus relictus", ">100", "июнь 2020", "Барун-Торей", c(lat - 0.02), c(lon - 0.1), "Кирилюк В.Е."],
        ["тарбаган", "много", "13.06.2020", "Кулусутай", c(lat + 0.01), c(lon + 0.02), "Ткачук Т.Е."],
        ["журавль-красавка", "+", "14 июня 2020 г.", "Кулусутай", c(lat), c(lon + 0.04), "Ткачук Т.Е."],
        ["Ovis ammon", "0", "15.06.2020", "Сохондо", c(slat), c(slon), "Горошко О.А."],
        ["дзерен", "35", "16.06.2020", "за кордоном (Монголия)", c(49.5), c(115.2), "Кирилюк О.К."],
        ["манул", "1", "2020-06-17", "Кличка", "50°04'12\" с.ш.", "115°40'01\" в.д.", "Ткачук Т.Е."],
        # rejected
        ["кот домашний", "1", "17.06.2020", "Кличка", c(lat), c(lon), "Ткачук Т.Е."],
        ["дзерен", "5", "17.06.2031", "Кличка", c(lat), c(lon), "Ткачук Т.Е."],
        ["волк", "2", "18.06.2020", "Кличка", "95,1", c(lon), "Ткачук Т.Е."],
        [],
        ["Итого", "185", "", "", "", "", ""],
    ]
    text = "\r\n".join(";".join(r) for r in [header] + rows) + "\r\n"
    path.write_bytes(text.encode("cp1251"))
    return {"accepted": 9, "rejected": 4}


def china_gb18030(path):
    lat, lon = DALAI_LAKE
    header = ["物种", "数量（只）", "日期", "地点", "纬度", "经度", "记录人"]
    rows = [
        ["黄羊", "约20", "2020年6月12日", "达赉湖", f"{lat}", f"{lon}", "张伟"],
        ["白枕鹤", "4", "2020年6月", "乌尔逊河", f"{lat + 0.1}", f"{lon - 0.2}", "张伟"],
        ["丹顶鹤", "2", "2020-06-14", "达赉湖", f"北纬{lat - 0.1}°", f"东经{lon + 0.1}°", "李娜"],
        ["大鸨", "许多", "2020/6/15", "新巴尔虎右旗", f"{lat - 0.3}", f"{lon - 0.3}", "李娜"],
        ["遗鸥", "10-15", "2020年6月16日", "达赉湖", f"{lat + 0.05}", f"{lon + 0.05}", "王芳"],
        ["鸿雁", "0", "2020年6月17日", "达赉湖", f"{lat}", f"{lon + 0.2}", "王芳"],
        ["Otis tarda", "3", "2020年6月18日", "达赉湖", f"{lon}", f"{lat}", "王芳"],  # swapped
        # rejected
        ["熊猫", "1", "2020年6月18日", "达赉湖", f"{lat}", f"{lon}", "王芳"],
        ["黄羊", "5", "2035年1月1日", "达赉湖", f"{lat}", f"{lon}", "王芳"],
        ["黄羊", "5", "2020年6月19日", "达赉湖", "北纬148.5°", f"{lon}", "王芳"],
    ]
    text = "\r\n".join(",".join(r) for r in [header] + rows) + "\r\n"
    path.write_bytes(text.encode("gb18030"))
    return {"accepted": 7, "rejected": 3}


def gauss_kruger(lat, lon, epsg=28415):
    from osgeo import osr

    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    gk = osr.SpatialReference()
    gk.ImportFromEPSG(epsg)
    gk.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    easting, northing, _ = osr.CoordinateTransformation(wgs84, gk).TransformPoint(lon, lat)
    return round(easting), round(northing)


def kazakhstan_gk(path):
    header = ["№", "Түр атауы", "X", "Y", "Күні", "Саны", "Орны"]
    rows = []

    def add(name, lat, lon, date, count, site):
        if lat is None:
            x = y = ""
        else:
            easting, northing = gauss_kruger(lat, lon)
            x, y = str(northing), str(easting)  # Soviet convention: X north, Y east (zone prefix 15)
        rows.append([str(len(rows) + 1), name, x, y, date, count, site])

    klat, klon = KATON_KARAGAY
    mlat, mlon = MARKAKOL
    add("Барыс", klat, klon, "03.07.2019", "1", "Катонқарағай")
    add("Uncia uncia", klat + 0.05, klon + 0.1, "04.07.2019", "2", "Катонқарағай")
    add("Арқар", klat - 0.04, klon - 0.05, "шілде 2019", "~15", "Катонқарағай")
    add("Сібір таутекесі", klat + 0.02, klon + 0.2, "2019-07-05", "20-25", "Катонқарағай")
    add("Бүркіт", mlat, mlon, "06.07.2019", "2", "Марқакөл")
    add("Қасқыр", mlat + 0.03, mlon - 0.04, "07.07.2019", "көп", "Марқакөл")
    add("Uncia uncia", KATUNSKY[0], KATUNSKY[1], "08.07.2019", "1", "Катунский (Ресей)")  # in Russia: flagged
    add("Арқар", None, None, "09.07.2019", "4", "Марқакөл")  # no coordinates: from the gazetteer if given
    # rejected
    add("снежный человек", klat, klon, "10.07.2019", "1", "Катонқарағай")
    add("Барыс", klat, klon, "", "1", "Катонқарағай")  # no date
    rows.append([str(len(rows) + 1), "Бүркіт", "99999999", "99999999", "11.07.2019", "1", "Марқакөл"])
    text = "\r\n".join("\t".join(r) for r in [header] + rows) + "\r\n"
    path.write_bytes(text.encode("utf-16"))  # with BOM, little-endian
    return {"accepted": 7, "rejected": 4, "accepted_with_sites": 8, "rejected_with_sites": 3}


def sites_geojson(path):
    features = [
        {"type": "Feature", "properties": {"name": "Марқакөл", "name_en": "Markakol State Nature Reserve"},
         "geometry": {"type": "Point", "coordinates": [MARKAKOL[1], MARKAKOL[0]]}},
        {"type": "Feature", "properties": {"name": "Катонқарағай", "name_en": "Katon-Karagay National Park"},
         "geometry": {"type": "Point", "coordinates": [KATON_KARAGAY[1], KATON_KARAGAY[0]]}},
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1),
                    encoding="utf-8")


EXPECTED = {}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    EXPECTED["mng_dauria_survey.xlsx"] = mongolia_xlsx(OUT / "mng_dauria_survey.xlsx")
    EXPECTED["rus_daursky_cp1251.csv"] = russia_cp1251(OUT / "rus_daursky_cp1251.csv")
    EXPECTED["chn_hulun_gb18030.csv"] = china_gb18030(OUT / "chn_hulun_gb18030.csv")
    EXPECTED["kaz_altai_pulkovo_gk.txt"] = kazakhstan_gk(OUT / "kaz_altai_pulkovo_gk.txt")
    sites_geojson(OUT / "sites_altai.geojson")
    for name, counts in EXPECTED.items():
        print(name, counts)


if __name__ == "__main__":
    main()
