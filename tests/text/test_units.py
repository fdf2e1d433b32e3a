"""Lengths and weights converted between units are one quantity, not a changed figure."""

from __future__ import annotations

import pytest

from transcheck.compare.mismatch import number_mismatch
from transcheck.text.anchors import extract
from transcheck.text.units import converted, money_conversions, rescaled


@pytest.mark.parametrize(
    ("sentence", "lang", "measure"),
    [
        ("Die Spur war gut 30 cm lang.", "de", "30 cm"),
        ("Elle mesurait 12 pouces de long.", "fr", "12 in"),
        ("The ridge rises 60 ft. above the col.", "en", "60 ft"),
        ("Der Gipfel ist 8481 m hoch.", "de", "8481 m"),
        ("Il pesait 89 kilos.", "fr", "89 kg"),
        ("Con đường dài 5 ki-lô-mét.", "vi", "5 km"),
        ("It weighed ten lbs.", "en", "10 lb"),
        ("The animal weighs about 85 pounds.", "en", "85 lb"),  # weighed: no money
        ("Gia đình dùng khoảng 4 tạ gạo mỗi ngày.", "vi", "4 q"),  # a quintal, 100 kg
        ("Es waren drei Zentner Kartoffeln.", "de", "3 ztr"),
        # German dative plurals (a blind pair: "28 millimètres" = "2,8 Zentimetern")
        ("Sie erreichen einen Durchmesser von 2,8 Zentimetern.", "de", "2.8 cm"),
        ("Geerntet wurde mit 32 Doppelzentnern je Hektar.", "de", "32 q"),
        ("Le glacier avance de 18,29 mètres.", "fr", "18.29 m"),
    ],
)
def test_a_figure_with_a_unit_is_kept_as_a_measure(sentence: str, lang: str, measure: str) -> None:
    assert measure in extract(sentence, lang).measures


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Er kaufte 20 Pfund Sterling.", "de"),  # a currency, not a weight
        ("Sie kamen um 15 Uhr.", "de"),  # a time of day
        ("There were thousands of miles of road.", "en"),  # a vague magnitude
        ("In 2019 in Berlin.", "en"),  # "in" is not an inch
    ],
)
def test_no_measure_without_a_unit(sentence: str, lang: str) -> None:
    assert extract(sentence, lang).measures == ()


def test_a_conversion_is_no_number_mismatch() -> None:
    de = extract(
        "Der Abdruck hatte eine Länge von gut 30 cm und eine Breite von 20 cm und war "
        "etwa 28 cm tief; ich wiege 89 kg.",
        "de",
    )
    fr = extract(
        "Elles mesuraient 12 pouces ( 305 mm ) de longueur sur 8 ( 203 mm ) de large et "
        "étaient profondes de 28 centimètres ; je pèse 89 kg.",
        "fr",
    )
    assert number_mismatch(de, fr) == ([], [])


def test_a_changed_figure_stays_a_mismatch_next_to_a_conversion() -> None:
    de = extract("Die Spur war gut 30 cm lang und 20 cm breit.", "de")
    fr = extract("Elle avait 12 pouces ( 405 mm ) de long et 20 cm de large.", "fr")
    assert number_mismatch(de, fr) == ([], ["405"])


def test_the_same_unit_never_excuses_a_different_figure() -> None:
    de = extract("Sechs Gipfel zwischen 5800 und 6100 m wurden bestiegen.", "de")
    fr = extract("Six sommets de 5800 à 6200 m furent gravis.", "fr")
    assert number_mismatch(de, fr) == (["6100"], ["6200"])


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        (["60 ft"], ["18.29 m"], ({"60"}, {"18.29"})),
        (["24350 ft"], ["7422 m"], ({"24350"}, {"7422"})),
        (["5 mi"], ["8 km"], ({"5"}, {"8"})),
        (["10 lb"], ["4.5 kg"], ({"10"}, {"4.5"})),
        (["60 ft"], ["19.29 m"], (set(), set())),  # 5 % off: another figure
        (["30 cm"], ["30 kg"], (set(), set())),  # another dimension
        (["6100 m"], ["6200 m"], (set(), set())),
    ],
)
def test_converted_pairs_one_quantity_in_two_units(mine, theirs, expected) -> None:
    assert converted(mine, theirs) == expected


def test_scanned_zero_and_elision_are_read_as_written() -> None:
    assert extract("Touristen-Zeitung , 7O.Jahrgang , Folge 1.", "de").numbers[0] == "70"
    assert extract("il ne faut pas exagérer 1'«Human Interest »", "fr").numbers == ()
    assert extract("The H2O molecule", "en").numbers == ()
    assert extract("Il mesure 1 m.", "fr").numbers == ("1",)


def test_a_figure_both_sides_state_excuses_no_changed_conversion() -> None:
    # 60 ft is 18.29 m; the French keeps the 60 feet and changes the metres
    de = extract("Die Höhe muss um etwa 60 ft .  = 18,29 m erhöht werden.", "de")
    fr = extract("La cote devait être relevée de 60 pieds ( 19,29 m ).", "fr")
    assert number_mismatch(de, fr) == (["18.29"], ["19.29"])


def test_an_area_converted_is_one_quantity() -> None:
    """ "24.000 Quadratmeter" = "2,4 ha" (a blind pair's plant expansion); "24.000
    Quadratmeter" against "3,4 ha" is a changed figure."""
    de = extract("Die Fläche wächst um 24.000 Quadratmeter.", "de")
    assert de.measures == ("24000 m2",)
    assert number_mismatch(de, extract("Diện tích tăng thêm 2,4 ha.", "vi")) == ([], [])
    assert number_mismatch(de, extract("Diện tích tăng thêm 3,4 ha.", "vi")) == (
        ["24000"],
        ["3.4"],
    )
    en = extract("The hall covers 30,000 square metres.", "en")
    assert number_mismatch(en, extract("La halle couvre 3 hectares.", "fr")) == ([], [])


def test_a_conversion_one_side_adds_in_brackets_is_no_new_figure() -> None:
    """ "400 acres" = "400 acres (environ 160 hectares)"; a bracketed figure that is no
    conversion of the stated one is new."""
    en = extract("Tom Ashworth farms 400 acres near Diss.", "en")
    fr = extract("Tom Ashworth cultive 400 acres (environ 160 hectares) près de Diss.", "fr")
    assert number_mismatch(en, fr) == ([], [])
    wrong = extract("Tom Ashworth cultive 400 acres (environ 260 hectares) près de Diss.", "fr")
    assert number_mismatch(en, wrong) == ([], ["260"])


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "expected"),
    [
        ("Die Laufzeit beträgt drei Jahre.", "de", "La durée est de 36 mois.", "fr", ([], [])),
        (
            "Die Laufzeit beträgt drei Jahre.",
            "de",
            "La durée est de 30 mois.",
            "fr",
            (["3"], ["30"]),
        ),
        ("The ban lasts two weeks.", "en", "Lệnh cấm kéo dài 14 ngày.", "vi", ([], [])),
        ("The ban lasts two weeks.", "en", "Lệnh cấm kéo dài 12 ngày.", "vi", (["2"], ["12"])),
        ("The match lasted 90 minutes.", "en", "Das Spiel dauerte 1,5 Stunden.", "de", ([], [])),
    ],
)
def test_a_span_of_time_in_another_unit_is_one_quantity(
    src: str, src_lang: str, tgt: str, tgt_lang: str, expected: tuple[list[str], list[str]]
) -> None:
    """A blind pair wrote "drei Jahren" as "36 mois"; a changed span stays a mismatch."""
    assert number_mismatch(extract(src, src_lang), extract(tgt, tgt_lang)) == expected


def test_speeds_and_decades_in_another_unit_are_one_quantity() -> None:
    """A blind pair: "gió giật 41 m/s … trong hơn 20 năm" / "Böen von 41 Metern pro Sekunde
    (knapp 150 Kilometern pro Stunde) … seit mehr als zwei Jahrzehnten"."""
    vi = extract("Gió giật 41 m/s, mạnh nhất trong hơn 20 năm.", "vi")
    de = extract(
        "Böen von 41 Metern pro Sekunde (knapp 150 Kilometern pro Stunde), so stark wie "
        "seit mehr als zwei Jahrzehnten.",
        "de",
    )
    assert number_mismatch(vi, de) == ([], [])
    assert number_mismatch(
        extract("Gió giật 41 m/s.", "vi"), extract("Böen von 180 km/h.", "de")
    ) == (["41"], ["180"])


def test_centuries_are_a_span_of_years() -> None:
    """A blind pair: "more than two centuries in private hands" = "plus de deux cents ans";
    three centuries are not two hundred years."""
    en = extract("The work spent more than two centuries in private hands.", "en")
    fr = extract("L'œuvre est restée plus de deux cents ans en mains privées.", "fr")
    assert number_mismatch(en, fr) == ([], [])
    vi = extract("Tác phẩm nằm trong tay tư nhân hơn hai thế kỷ.", "vi")
    assert number_mismatch(vi, fr) == ([], [])
    three = extract("The work spent more than three centuries in private hands.", "en")
    assert number_mismatch(three, fr) == (["3"], ["200"])


def test_an_amount_converted_into_another_currency_is_no_new_figure() -> None:
    """A translation for readers abroad adds the amount in their money; at about the going
    rate it is the same amount, at another rate it is a figure of its own."""
    assert money_conversions(["3000 USD"], ["75000000 VND"]) == {"3000 USD"}
    assert money_conversions(["8000 USD"], ["75000000 VND"]) == set()
    assert money_conversions(["3000 USD"], ["3000 USD"]) == set()  # the same currency
    vi = extract("Mỗi mét vuông có giá 75 triệu đồng, tăng 12%.", "vi")
    de = extract("Ein Quadratmeter kostet 75 Millionen Dong (rund 3000 US-Dollar), 12 %.", "de")
    assert number_mismatch(vi, de) == ([], [])
    wrong = extract("Ein Quadratmeter kostet 57 Millionen Dong (rund 3000 US-Dollar), 12 %.", "de")
    assert number_mismatch(vi, wrong)[0] == ["75000000 VND"]


def test_a_span_of_weeks_rounded_to_days_is_one_quantity() -> None:
    """ "knapp drei Wochen" = "une vingtaine de jours" (a blind pair); a fourth week is not."""
    de = extract("Die Fähre lag damals knapp drei Wochen still.", "de")
    fr = extract("Le bac était alors resté à quai une vingtaine de jours.", "fr")
    assert fr.measures == ("20 day",)
    assert number_mismatch(de, fr) == ([], [])
    four = extract("Die Fähre lag damals knapp vier Wochen still.", "de")
    assert number_mismatch(four, fr) == (["4"], ["20"])
    # lengths keep their tolerance: 100 km is not 65 miles (104.6 km)
    km = extract("Die Strecke ist 100 Kilometer lang.", "de")
    assert number_mismatch(km, extract("The route is 65 miles long.", "en")) == (["100"], ["65"])


def test_belgian_and_swiss_tens_are_numbers() -> None:
    """ "septante hectares" = "70 hectares", "nonante-cinq" = 95 (a blind pair)."""
    assert extract("Sur mes septante hectares.", "fr").numbers == ("70",)
    assert extract("La friteuse a coûté nonante-cinq euros.", "fr").numbers == ("95 EUR",)
    assert extract("Il y avait huitante personnes.", "fr").numbers == ("80",)


def test_a_bare_dollar_is_the_local_one() -> None:
    """An Australian site's "$1.9 million" is "1,9 triệu AUD" (a blind pair); another
    figure in Australian dollars is still another figure."""
    en = extract("Victims lost a combined $1.9 million since November.", "en")
    vi = extract("Các nạn nhân mất tổng cộng 1,9 triệu AUD kể từ tháng 11.", "vi")
    assert number_mismatch(en, vi) == ([], [])
    other = extract("Các nạn nhân mất tổng cộng 2,9 triệu AUD kể từ tháng 11.", "vi")
    assert number_mismatch(en, other) == (["1900000 USD"], ["2900000 AUD"])
    euros = extract("Die Opfer verloren seit November 1,9 Millionen Euro.", "de")
    assert number_mismatch(en, euros) == (["1900000 USD"], ["1900000 EUR"])


def test_pounds_are_money_unless_the_sentence_weighs() -> None:
    assert extract("Tickets cost 85 pounds each.", "en").numbers == ("85 GBP",)
    assert extract("The animal weighs about 85 pounds.", "en").numbers == ("85",)


@pytest.mark.parametrize(
    ("mine", "mine_lang", "theirs", "theirs_lang"),
    [
        # a pound of weight converted, and a Vietnamese quintal
        ("The animal weighs about 85 pounds.", "en", "Das Tier wiegt knapp 40 Kilogramm.", "de"),
        ("mỗi ngày dùng khoảng 4 tạ gạo.", "vi", "environ 400 kilos de riz par jour.", "fr"),
    ],
)
def test_a_weight_in_another_unit_is_no_number_mismatch(
    mine: str, mine_lang: str, theirs: str, theirs_lang: str
) -> None:
    assert number_mismatch(extract(mine, mine_lang), extract(theirs, theirs_lang)) == ([], [])


def test_a_quintal_changed_stays_a_mismatch() -> None:
    mine, theirs = extract("dùng khoảng 4 tạ gạo.", "vi"), extract("environ 500 kilos.", "fr")
    assert number_mismatch(mine, theirs) == (["4"], ["500"])


def test_a_figure_kept_with_another_unit_is_a_mismatch() -> None:
    """ "un terrain de trois hectares" → "khu đất rộng 3 km²" (blind round 41): the figure
    matches, the unit makes it a hundred times the land."""
    fr = extract("La cave sera construite sur un terrain de trois hectares.", "fr")
    vi = extract("Hầm sẽ được xây trên khu đất rộng 3 km².", "vi")
    assert number_mismatch(fr, vi) == (["3 ha"], ["3 km²"])
    grams = extract("400 grammes de beurre", "fr")
    assert number_mismatch(grams, extract("400 kg bơ", "vi")) == (["400 g"], ["400 kg"])
    # across dimensions a figure may stay: rain in millimetres is litres a square metre
    rain = extract("Up to 80mm could fall.", "en"), extract("Bis zu 80 Liter könnten fallen.", "de")
    assert number_mismatch(*rain) == ([], [])
    # the same size in another unit, or the figure kept beside its conversion, is faithful
    area = extract("3,5 hectares", "fr"), extract("nine acres (3.5 hectares)", "en")
    assert number_mismatch(*area) == ([], [])
    assert rescaled(["5 mi"], ["8 km"]) == []
    assert rescaled(["3 ha"], ["3 ha", "3 km2"]) == []
    # spans of time are left to the date readers ("an", "năm" are common words too)
    assert rescaled(["3 week"], ["3 month"]) == []


def test_a_temperature_converted_to_fahrenheit_is_one_quantity() -> None:
    """ "21 °C" = "21C (70F)" (blind round 42), "28 độ C" = "28°C (82°F)"; a wrong
    conversion stays a figure, and a bare "38 Grad" (an angle too) is no temperature."""
    celsius = extract("La température n’a pas dépassé 21 °C.", "fr")
    assert number_mismatch(celsius, extract("It stayed at just 21C (70F).", "en")) == ([], [])
    assert number_mismatch(extract("28 độ C", "vi"), extract("28°C (82°F)", "en")) == ([], [])
    assert number_mismatch(celsius, extract("It stayed at 21C (90F).", "en")) == ([], ["90"])
    assert extract("Die Steilkurven sind 38 Grad geneigt.", "de").measures == ()
    assert extract("Siehe S. 12 f. im Bericht.", "de").measures == ()


def test_a_conversion_rounded_to_one_digit_is_one_quantity() -> None:
    """ "rund drei Kilometer" = "just under two miles" (1.86; blind round 44): a translator
    rounds a converted figure to one digit. Not a figure of two digits, nor one more than a
    tenth off."""
    assert converted(["3 km"], ["2 mi"]) == ({"3"}, {"2"})
    assert converted(["3 km"], ["3 mi"]) == (set(), set())
    assert converted(["3 km"], ["2.5 mi"]) == (set(), set())  # 1.86: _close decides
    assert converted(["40 km"], ["20 mi"]) == (set(), set())  # 24.9
    assert converted(["7 km"], ["4 mi"]) == ({"7"}, {"4"})  # 4.35 mi: 9 % off
    assert converted(["7 km"], ["5 mi"]) == (set(), set())  # 15 % off


def test_weeks_said_as_months_and_a_day_as_hours() -> None:
    """ "pendant six semaines" = "for a month and a half"; "en moins de 24 heures" =
    "within a day" (blind round 44)."""
    assert number_mismatch(
        extract("Le moulin a tourné pendant six semaines.", "fr"),
        extract("The mill ran for a month and a half.", "en"),
    ) == ([], [])
    assert number_mismatch(
        extract("Les olives sont broyées en moins de 24 heures.", "fr"),
        extract("The olives are crushed within a day.", "en"),
    ) == ([], [])
    assert number_mismatch(
        extract("Les olives sont broyées en moins de 48 heures.", "fr"),
        extract("The olives are crushed within a day.", "en"),
    ) == (["48"], ["1"])
