"""Measures with their units (lengths, weights, areas, spans of time, speeds), so that a
conversion is not read as a new figure.

Translators convert: "gut 30 cm" becomes "12 pouces (305 mm)", "60 ft" becomes "18,29 m",
"5 miles" becomes "8 km". The number anchors (anchors.py) keep physical units off on
purpose, so every such conversion would look like a changed figure. Here a figure followed
by a unit word is also kept as a measure ("305 mm", "12 in"), and `converted` says which
figures of one side are the other side's measures in another unit.

Only a different unit excuses a figure: "6100 m" against "6200 m" stays a mismatch, and
a planted change of a figure's leading digit moves it by 11 % or more, beyond the
tolerance. Words that are also common nouns in these languages ("in", "livre" as a book,
"mille" as a thousand, "bộ") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOLERANCE = 0.04  # relative: "gut 30 cm" = "12 pouces" (30.48 cm) = "305 mm"
# A month is 28 to 31 days, and a span put in another unit is rounded: "knapp drei Wochen"
# = "une vingtaine de jours", "two months" = "60 ngày"
# ("pendant six semaines" = "for a month and a half", 42 against 45.7 days)
TIME_TOLERANCE = 0.1

# canonical unit → (dimension, size in the dimension's base unit, words that name it)
_UNITS: dict[str, tuple[str, float, str]] = {
    "mm": ("length", 0.001, "mm millimeter millimetern millimetre millimetres millimeters "
           "millimètre millimètres milimét"),
    "cm": ("length", 0.01, "cm zentimeter zentimetern centimetre centimetres centimeter "
           "centimeters centimètre centimètres xentimét xăng-ti-mét"),
    "m": ("length", 1.0, "m meter metern metre metres meters mètre mètres mét"),
    "km": ("length", 1000.0, "km kilometer kilometern kilometre kilometres kilometers "
           "kilomètre kilomètres ki-lô-mét"),
    "in": ("length", 0.0254, "inch inches zoll pouce pouces"),
    "ft": ("length", 0.3048, "ft feet foot fuss fuß pied pieds"),
    "yd": ("length", 0.9144, "yd yard yards"),
    "mi": ("length", 1609.344, "mile miles meile meilen dặm"),
    # "20 hải lý" = "37 Kilometer" (blind round 49)
    "nmi": ("length", 1852.0, "nautical_mile nautical_miles seemeile seemeilen mille_marin "
            "milles_marins mille_nautique milles_nautiques hải_lý"),
    "g": ("mass", 0.001, "g gramm gramme grammes gram grams"),
    "kg": ("mass", 1.0, "kg kilogramm kilogramme kilogrammes kilogram kilograms kilo kilos"),
    "t": ("mass", 1000.0, "tonne tonnes tonnen ton tons tấn"),
    # "4 tạ gạo" = "400 kilos de riz"; a Zentner is fifty kilograms
    "q": ("mass", 100.0, "tạ quintal quintaux doppelzentner doppelzentnern"),
    "yến": ("mass", 10.0, "yến"),
    "ztr": ("mass", 50.0, "zentner zentnern"),
    "lb": ("mass", 0.45359237, "lb lbs pound pounds pfund livres"),
    "oz": ("mass", 0.028349523, "oz ounce ounces unze unzen once onces"),
    "m2": ("area", 1.0, "m² m2 qm quadratmeter quadratmetern square_metre square_metres "
           "square_meter square_meters square-metre square-meter sq_m mètre_carré "
           "mètres_carrés mét_vuông"),
    "ha": ("area", 10000.0, "ha hektar hektaren hectare hectares héc-ta hecta"),
    "km2": ("area", 1e6, "km² km2 quadratkilometer quadratkilometern square_kilometre "
            "square_kilometres square_kilometer square_kilometers kilomètre_carré "
            "kilomètres_carrés ki-lô-mét_vuông"),
    "acre": ("area", 4046.8564224, "acre acres mẫu_anh"),
    "sqft": ("area", 0.09290304, "square_foot square_feet square-foot sq_ft"),
    # volumes, in litres: "90,000 litres" = "90 Kubikmeter"
    "ml": ("volume", 0.001, "ml milliliter millilitern millilitre millilitres milliliters"),
    "l": ("volume", 1.0, "liter litern litre litres liters lít"),
    "hl": ("volume", 100.0, "hl hektoliter hektolitern hectolitre hectolitres hectoliter "
           "hectoliters"),
    "m3": ("volume", 1000.0, "m³ m3 kubikmeter kubikmetern cubic_metre cubic_metres "
           "cubic_meter cubic_meters mètre_cube mètres_cubes mét_khối"),
    # spans of time, in days: "drei Jahre" = "36 mois", "two weeks" = "14 ngày"
    "min": ("time", 1 / 1440, "minute minutes minuten phút"),
    "hour": ("time", 1 / 24, "hour hours stunde stunden heure heures tiếng"),
    "day": ("time", 1.0, "day days tag tage tagen jour jours ngày"),
    "week": ("time", 7.0, "week weeks woche wochen semaine semaines tuần"),
    "month": ("time", 30.4375, "month months monat monate monaten mois tháng"),
    "year": ("time", 365.25, "year years jahr jahre jahren an ans année années năm"),
    "decade": ("time", 3652.5, "decade decades jahrzehnt jahrzehnte jahrzehnten décennie "
               "décennies thập_kỷ thập_niên"),
    "century": ("time", 36525.0, "century centuries jahrhundert jahrhunderte jahrhunderten "
                "siècle siècles thế_kỷ"),
    # speeds: "41 m/s" = "knapp 150 Kilometern pro Stunde"
    "kmh": ("speed", 1 / 3.6, "km/h kmh km/std stundenkilometer stundenkilometern "
            "kilometer_pro_stunde kilometern_pro_stunde kilometres_per_hour "
            "kilometers_per_hour kilometre_an_hour kilometres_an_hour kilomètres_par_heure "
            "kilomètres-heure km/giờ"),
    "ms": ("speed", 1.0, "m/s meter_pro_sekunde metern_pro_sekunde metres_per_second "
           "meters_per_second mètres_par_seconde"),
    "mph": ("speed", 0.44704, "mph miles_per_hour"),
    "kn": ("speed", 0.514444, "knots knoten nœuds hải_lý/giờ"),
    # energy, in kilowatt hours: "1 340 mégawattheures" = "1,34 Gigawattstunden"
    "kwh": ("energy", 1.0, "kwh kilowattstunde kilowattstunden kilowatt-hour kilowatt-hours "
            "kilowatt_hours kilowattheure kilowattheures"),
    "mwh": ("energy", 1e3, "mwh megawattstunde megawattstunden megawatt-hour megawatt-hours "
            "megawatt_hours mégawattheure mégawattheures"),
    "gwh": ("energy", 1e6, "gwh gigawattstunde gigawattstunden gigawatt-hour gigawatt-hours "
            "gigawatt_hours gigawattheure gigawattheures"),
    "twh": ("energy", 1e9, "twh terawattstunde terawattstunden terawatt-hour terawatt-hours "
            "terawatt_hours térawattheure térawattheures"),
    # temperatures, in degrees Celsius (`parse` reads Fahrenheit as such): "21 °C" = "21C
    # (70F)"; not a bare "Grad", "degrees" or "độ", angles too ("Steilkurven mit 38 Grad")
    "degc": ("temperature", 1.0, "°c ºc °_c degrees_celsius degree_celsius grad_celsius "
             "degrés_celsius độ_c c"),
    "degf": ("temperature", 1.0, "°f ºf °_f degrees_fahrenheit fahrenheit f"),
}  # fmt: skip
_WORD_TO_UNIT = {
    w.replace("_", " "): unit for unit, (_, _, words) in _UNITS.items() for w in words.split()
}
# every word that names a unit, longest first, as one alternation
UNIT_WORDS = "|".join(re.escape(w) for w in sorted(_WORD_TO_UNIT, key=len, reverse=True))
_UNIT_WORD = re.compile(rf"\s*[.-]?\s*({UNIT_WORDS})(?![\w$€£¥%])")  # "305 mm", "2.5 m."


@dataclass(frozen=True)
class Measure:
    """A figure as written (the anchor's number) and its size in the base unit."""

    figure: str  # the number anchor it belongs to: "305"
    unit: str  # canonical unit: "mm"
    dimension: str
    base: float  # in metres, kilograms, square metres, litres, days or metres per second


def unit_after(lower: str, pos: int) -> str:
    """The canonical unit named right after position `pos` of a lower-cased text, or "".
    A lone "c" or "f" is a temperature only glued to its figure ("21C (70F)"), not "S. 12
    f." (the pages after) or "3 C"."""
    m = _UNIT_WORD.match(lower, pos)
    if m is None:
        return ""
    word = m.group(1)
    if word in ("c", "f") and (m.start(1) != pos or lower[m.end() : m.end() + 1] == "."):
        return ""
    return _WORD_TO_UNIT[word]


def measure_key(figure: str, unit: str) -> str:
    """How a measure is kept on the anchors: "305 mm"."""
    return f"{figure} {unit}"


def measure_figure(key: str) -> str:
    """The figure of a measure key: "305 mm" → "305"."""
    return key.rpartition(" ")[0]


def parse(keys: Iterable[str]) -> list[Measure]:
    """Measures from their keys (unknown units are skipped)."""
    out = []
    for key in keys:
        figure, _, unit = key.rpartition(" ")
        if unit not in _UNITS:
            continue
        try:
            value = float(figure)
        except ValueError:
            continue
        dimension, size, _ = _UNITS[unit]
        base = (value - 32) * 5 / 9 if unit == "degf" else value * size
        out.append(Measure(figure, unit, dimension, base))
    return out


TEMPERATURE_TOLERANCE = 1.0  # degrees Celsius: "21 °C" = "70 °F" (21.1 °C), also below zero


def _close(a: float, b: float, dimension: str = "") -> bool:
    if dimension == "temperature":
        return abs(a - b) <= TEMPERATURE_TOLERANCE
    tolerance = TIME_TOLERANCE if dimension == "time" else TOLERANCE
    return a > 0 and b > 0 and abs(a - b) <= tolerance * max(a, b)


ROUNDED_TOLERANCE = 0.1  # relative, for a converted figure said in one digit


def _rounded(x: Measure, y: Measure) -> bool:
    """Whether `y` is `x` converted and rounded to a single digit: "rund drei Kilometer" =
    "just under two miles" (1.86; blind round 44). A one-digit figure says no more than
    that, so it gets ROUNDED_TOLERANCE; not a span of time or a temperature, which are
    counted, nor a figure of two or more digits ("60 ft" against "19,29 m" is a misprint)."""
    if x.dimension in ("time", "temperature") or x.base <= 0 or y.base <= 0:
        return False
    size = _UNITS[y.unit][1]
    said, exact = y.base / size, x.base / size
    if said != round(said) or not 1 <= said <= 9:
        return False
    return abs(exact - said) <= ROUNDED_TOLERANCE * said


def converted(mine: Sequence[str], theirs: Sequence[str]) -> tuple[set[str], set[str]]:
    """Figures of each side that the other side states in another unit.

    `mine` and `theirs` are measure keys of the two sides. Returns (figures of mine,
    figures of theirs) that are one quantity converted: same dimension, a different unit,
    sizes within TOLERANCE.
    """
    a, b = parse(mine), parse(theirs)
    mine_ok: set[str] = set()
    theirs_ok: set[str] = set()
    for x in a:
        for y in b:
            if (
                x.dimension == y.dimension
                and x.unit != y.unit
                and (_close(x.base, y.base, x.dimension) or _rounded(x, y) or _rounded(y, x))
            ):
                mine_ok.add(x.figure)
                theirs_ok.add(y.figure)
    return mine_ok, theirs_ok


# dimensions whose unit words are not also common words of our languages (a span of time
# is: "an", "năm" is also five)
_RESCALABLE = frozenset({"length", "mass", "area", "volume"})
_SHOWN = {"m2": "m²", "km2": "km²", "m3": "m³"}


def shown(unit: str) -> str:
    """A canonical unit as a reader writes it: "km2" → "km²"."""
    return _SHOWN.get(unit, unit)


def rescaled(mine: Sequence[str], theirs: Sequence[str]) -> list[tuple[str, str]]:
    """Measures that keep their figure but change their size: "trois hectares" against
    "3 km²". The figure matches, so the number anchors see nothing; the unit says a
    hundred times as much land. Returns (mine, theirs) pairs as a reader writes them ("3
    ha", "3 km²"), where neither side states the figure in the other's unit or converts it
    into a size the other side states. Only within a dimension: rain in millimetres is
    litres a square metre ("80 mm" = "80 Liter pro Quadratmeter"), a litre of milk about a
    kilogram."""
    a, b = parse(mine), parse(theirs)
    out: list[tuple[str, str]] = []
    for x in a:
        for y in b:
            if (
                x.figure == y.figure
                and x.unit != y.unit
                and x.dimension == y.dimension in _RESCALABLE
                and not _close(x.base, y.base, x.dimension)
                and not any(z.figure == x.figure and z.unit == x.unit for z in b)
                and not any(z.figure == y.figure and z.unit == y.unit for z in a)
                and not any(_close(x.base, z.base) for z in b if z.dimension == x.dimension)
                and not any(_close(y.base, z.base) for z in a if z.dimension == y.dimension)
            ):
                out.append((f"{x.figure} {shown(x.unit)}", f"{y.figure} {shown(y.unit)}"))
    return out


# Units of each currency anchors.py reads to one US dollar, roughly (2024–2026). A
# translation for readers abroad adds the amount in their money ("68,5 triệu đồng/m²" →
# "68,5 Millionen Dong (umgerechnet rund 2600 US-Dollar)"); rates drift and are rounded, so
# an amount counts as converted within RATE_SPREAD of the table's rate either way.
PER_DOLLAR = {
    "USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CHF": 0.88, "JPY": 150.0, "CNY": 7.2,
    "INR": 84.0, "VND": 25_000.0, "KRW": 1_380.0, "RUB": 90.0, "AUD": 1.52, "SGD": 1.34,
    "CAD": 1.37, "HKD": 7.8,
}  # fmt: skip
RATE_SPREAD = 1.6


def _money(value: str) -> tuple[float, str] | None:
    """An amount anchor ("2600 USD") as (amount, currency), else None."""
    figure, _, code = value.rpartition(" ")
    if code not in PER_DOLLAR:
        return None
    try:
        return float(figure), code
    except ValueError:
        return None


def money_conversions(new: Sequence[str], stated: Sequence[str]) -> set[str]:
    """Amounts of `new` that are an amount of `stated` (the same side's) in another
    currency at about the going rate: a conversion a translator adds."""
    out: set[str] = set()
    for value in new:
        this = _money(value)
        if this is None:
            continue
        for other in stated:
            that = _money(other)
            if that is None or that[1] == this[1] or this[0] <= 0 or that[0] <= 0:
                continue
            rate = (that[0] / PER_DOLLAR[that[1]]) / (this[0] / PER_DOLLAR[this[1]])
            if 1 / RATE_SPREAD <= rate <= RATE_SPREAD:
                out.add(value)
    return out
