"""Generated messy partner sheets (for the benchmark and scaling tests): Russian headers, ``;``
delimiter, comma decimals, names as Latin, synonyms, vernaculars and typos, dates in several notations,
abundance words, DMS now and then, and about 3 % deliberately bad rows. Deterministic for a seed."""
import random

# (written name, resolves?) — a mix like real sheets: mostly vernacular and Latin, some synonyms and typos
NAMES = [
    ("дзерен", True), ("Procapra gutturosa", True), ("Цагаан зээр", True), ("黄羊", True),
    ("Grus vipio", True), ("даурский журавль", True), ("Antigone vipio", True), ("Larus relictus", True),
    ("реликтовая чайка", True), ("тарбаган", True), ("Marmota sibirica", True), ("журавль-красавка", True),
    ("Anthropoides virgo", True), ("манул", True), ("Otocolobus manul", True), ("волк", True), ("Canis lupus", True),
    ("корсак", True), ("Vulpes corsac", True), ("дрофа", True), ("Otis tarda", True), ("балобан", True),
    ("Falco cherrug", True), ("степной орёл", True), ("Aquila nipalensis", True), ("сухонос", True),
    ("даурский суслик", True), ("Spermophilus dauricus", True), ("Procapra guturosa", True), ("Ovis amon", True),
    ("кот домашний", False), ("Felis catus", False),
]


def _dms(value, hemisphere):
    degrees = int(value)
    minutes = (value - degrees) * 60
    return f"{degrees}°{int(minutes):02d}'{(minutes - int(minutes)) * 60:04.1f}\" {hemisphere}"


def messy_rows(count: int, seed: int = 42):
    rng = random.Random(seed)
    header = ["Вид", "Численность", "Дата учёта", "Урочище", "Широта", "Долгота", "Учётчик"]
    rows = [header]
    months = ["июнь", "июль", "август", "май"]
    for i in range(count):
        name = NAMES[rng.randrange(len(NAMES))][0]
        year = rng.randint(2005, 2024)
        month = rng.randint(5, 8)
        day = rng.randint(1, 28)
        style = rng.random()
        if style < 0.6:
            date = f"{day:02d}.{month:02d}.{year}"
        elif style < 0.8:
            date = f"{year}-{month:02d}-{day:02d}"
        elif style < 0.9:
            date = f"{months[month - 5]} {year}"
        else:
            date = f"{day}-{day + 2}.{month:02d}.{year}"
        # mostly inside Russia north of the Torey lakes; 2 % across the border in Mongolia
        lat = rng.uniform(50.1, 50.6) if rng.random() > 0.02 else rng.uniform(49.5, 49.8)
        lon = rng.uniform(115.2, 116.3)
        if rng.random() < 0.05:
            lat_text, lon_text = _dms(lat, "с.ш."), _dms(lon, "в.д.")
        else:
            lat_text, lon_text = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
        count_style = rng.random()
        if count_style < 0.7:
            abundance = str(rng.randint(0, 60))
        elif count_style < 0.8:
            abundance = f"~{rng.randint(10, 200)}"
        elif count_style < 0.9:
            low = rng.randint(1, 20)
            abundance = f"{low}-{low + rng.randint(1, 10)}"
        else:
            abundance = rng.choice(["много", "+", "несколько", ">100"])
        bad = rng.random()
        if bad < 0.01:
            date = f"12.06.{2030 + rng.randint(0, 9)}"       # future
        elif bad < 0.02:
            lat_text = "95,5"                                # impossible
        rows.append([name, abundance, date, f"участок {i % 97}", lat_text, lon_text, f"Учётчик {i % 13}"])
    return rows


def write_messy_csv(path, count: int, seed: int = 42, encoding: str = "utf-8"):
    rows = messy_rows(count, seed)
    with open(path, "w", encoding=encoding, newline="") as handle:
        handle.write("\r\n".join(";".join(row) for row in rows) + "\r\n")
    return path
