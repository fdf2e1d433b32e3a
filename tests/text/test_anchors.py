"""Anchors: the same fact written the way each language writes it gives the same anchor."""

from __future__ import annotations

import pytest

from transcheck.compare.mismatch import number_mismatch
from transcheck.text.anchors import count_negations, extract, road_named
from transcheck.text.dates import time_zones


def numbers(sentence: str, lang: str) -> list[str]:
    return list(extract(sentence, lang).numbers)


def dates(sentence: str, lang: str) -> list[str]:
    return list(extract(sentence, lang).dates)


# --- numbers in words and digits ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Zehn Menschen wurden verletzt.", "de", "10"),
        ("Mười người bị thương.", "vi", "10"),
        ("Two people were injured.", "en", "2"),
        ("Dix personnes ont été blessées.", "fr", "10"),
        ("Có hai mươi người bị thương.", "vi", "20"),
        ("Có mười hai người bị thương.", "vi", "12"),
        ("Có hai mươi lăm người tham gia.", "vi", "25"),
        ("Twenty-five people took part.", "en", "25"),
        ("Es nahmen fünfundzwanzig Menschen teil.", "de", "25"),
        ("Vingt-cinq personnes y ont participé.", "fr", "25"),
        ("Il a fallu quatre-vingt-dix minutes.", "fr", "90"),
        ("Il y avait vingt et un invités.", "fr", "21"),
        ("Die Fahrt dauerte zweieinhalb Stunden.", "de", "2.5"),
        ("The project took two and a half months.", "en", "2.5"),
        ("Dự án kéo dài hai tháng rưỡi.", "vi", "2.5"),
        ("Le projet a duré deux mois et demi.", "fr", "2.5"),
        ("Das Dorf hat zweihundertfünfzig Einwohner.", "de", "250"),
        ("Il n'appartient plus à la catégorie des « 7000 ».", "fr", "7000"),
        ("The village has two hundred and fifty inhabitants.", "en", "250"),
        ("Làng có hai trăm năm mươi người dân.", "vi", "250"),
        ("Une quarantaine d'œuvres sont prêtées.", "fr", "40"),
        ("Beide Seiten stimmten zu.", "de", "2"),
        # German counts inside compounds: twice, ten days long, four-peaked
        ("Der Gipfel wurde zweimal bestiegen.", "de", "2"),
        ("The summit was climbed twice.", "en", "2"),
        ("Nach einer zehntägigen Pause ging es weiter.", "de", "10"),
        ("Das viergipflige Massiv liegt im Osten.", "de", "4"),
        ("Ein vierzigköpfiges Team half.", "de", "40"),
        # a quarter year is three months; half a month two weeks (blind round 32)
        ("Sie arbeiteten knapp ein Vierteljahr lang.", "de", "3"),
        ("Mưa kéo dài suốt nửa tháng qua.", "vi", "2"),
    ],
)
def test_number_words_are_read_as_numbers(sentence: str, lang: str, value: str) -> None:
    assert value in numbers(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        # after tens, hundreds and thousands a unit five is "lăm": a last "năm" is years
        ("Tôi đã sống ở đó hai mươi năm.", "vi", ["20"]),
        ("Suốt mười năm qua tôi luôn lo cho nó.", "vi", ["10"]),  # "mười lăm" is 15
        ("Có mười lăm người.", "vi", ["15"]),
        ("Năm mươi năm sau, họ trở lại.", "vi", ["50"]),
        ("Nó xảy ra trong vòng ít hơn một trăm năm.", "vi", ["100"]),
        ("Trong ba nghìn năm qua.", "vi", ["3000"]),
        ("Làng có một trăm năm mươi người.", "vi", ["150"]),  # "năm mươi" is still 50
        ("Có hai trăm lẻ năm người.", "vi", ["205"]),  # … and "lẻ năm" 5
        # tens after a unit are "mươi": "năm mười bốn tuổi" is the year one turned 14
        ("Tôi làm đậu từ năm mười bốn tuổi.", "vi", ["14"]),
        # "a" before a scale word is one of it
        ("It took less than a million years.", "en", ["1000000"]),
        ("They spent a billion.", "en", ["1000000000"]),
        ("That kept them happy for another billion years.", "en", ["1000000000"]),
        ("He took another.", "en", []),
        ("We met at 10 a m yesterday.", "en", ["10"]),  # no abbreviation makes "a" one
        ("He ran a k.", "en", []),
        ("Half a million people came.", "en", ["500000"]),  # half of the million, not one
        ("It costs two a day.", "en", ["2"]),
    ],
)
def test_years_and_articles_beside_number_words(sentence: str, lang: str, value: list[str]) -> None:
    """Read before: "hai mươi năm" (twenty years) as 25 and "ba nghìn năm" as 3005; "a
    million years" as nothing, so "một trăm năm" (a hundred years) against it said nothing
    either."""
    assert numbers(sentence, lang) == value


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("One of the ministers resigned.", "en"),
        ("Ein Minister trat zurück.", "de"),
        ("Un ministre a démissionné.", "fr"),
        ("Một bộ trưởng đã từ chức.", "vi"),
        ("Năm nay, giá lúa tăng.", "vi"),  # năm = year, not five
        ("Ông Ba và bà Tư đến Ba Lan.", "vi"),  # names and Poland
        ("Hôm thứ hai, nhiều người xuống đường.", "vi"),  # Monday
        ("Le patient reste en quarantaine.", "fr"),  # quarantine
        ("Er war einmal dort, es war ganz einfach.", "de"),  # once, simple: idioms
        ("Das Denkmal hat ein Merkmal.", "de"),
    ],
)
def test_words_that_only_look_like_numbers_are_not_numbers(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("They sell more than two dozen kinds of water.", "en"),
        ("Họ bán hơn 2 tá loại nước khác nhau.", "vi"),
        ("Họ bán hơn hai tá loại nước.", "vi"),
        ("Sie verkaufen zwei Dutzend Sorten Wasser.", "de"),
        ("Ils vendent deux douzaines d'eaux.", "fr"),
    ],
)
def test_dozens_count_as_twelve_each(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["24"]


def test_vague_dozens_and_hundreds_are_no_figure_only_a_magnitude() -> None:
    assert numbers("Dozens of people came.", "en") == ["~10"]
    assert numbers("Des centaines de personnes sont venues.", "fr") == ["~100"]
    assert numbers("Ông là một đại tá.", "vi") == []  # "đại tá" = colonel, not a dozen


def test_ambiguous_vietnamese_number_counts_before_a_counted_noun() -> None:
    assert numbers("Dự án kéo dài năm năm.", "vi") == ["5"]
    assert numbers("Ba người bị thương.", "vi") == ["3"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Die Stadt hat 2 Millionen Einwohner.", "de"),
        ("The city has 2 million inhabitants.", "en"),
        ("Thành phố có 2 triệu dân.", "vi"),
        ("La ville compte deux millions d'habitants.", "fr"),
        ("Die Stadt hat zwei Millionen Einwohner.", "de"),
        ("Die Stadt hat 2 Mio. Einwohner.", "de"),
    ],
)
def test_scale_words_multiply(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["2000000"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Der Bund gibt 1,5 Milliarden aus.", "de"),
        ("The government spends 1.5 billion.", "en"),
        ("Chính phủ chi 1,5 tỷ.", "vi"),
        ("L'État dépense 1,5 milliard.", "fr"),
    ],
)
def test_billions_across_languages(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["1500000000"]


def test_german_and_french_billion_is_a_million_millions() -> None:
    assert numbers("Die Schulden liegen bei 2 Billionen.", "de") == ["2000000000000"]
    assert numbers("La dette atteint 2 billions.", "fr") == ["2000000000000"]
    assert numbers("The debt is 2 trillion.", "en") == ["2000000000000"]
    assert numbers("Khoản nợ là 2 nghìn tỷ.", "vi") == ["2000000000000"]


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Die Quote lag bei 3,5.", "de", "3.5"),
        ("Tỷ lệ là 3,5.", "vi", "3.5"),
        ("Le taux était de 3,5.", "fr", "3.5"),
        ("The rate was 3.5.", "en", "3.5"),
        ("Es kamen 10.000 Menschen.", "de", "10000"),
        ("Some 10,000 people came.", "en", "10000"),
        ("Quelque 10 000 personnes sont venues.", "fr", "10000"),
        ("Quelque 10\u00a0000 personnes sont venues.", "fr", "10000"),
        ("Quelque 10\u202f000 personnes sont venues.", "fr", "10000"),
        ("Es kamen 10'000 Menschen.", "de", "10000"),
        ("Es kamen 10’000 Menschen.", "de", "10000"),
        ("Có 10.000 người đến.", "vi", "10000"),
        ("Der Etat beträgt 1.234.567,89.", "de", "1234567.89"),
        ("The budget is 1,234,567.89.", "en", "1234567.89"),
    ],
)
def test_decimal_marks_and_thousands_separators(sentence: str, lang: str, value: str) -> None:
    assert numbers(sentence, lang) == [value]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Die Preise stiegen um 15 %.", "de"),
        ("Die Preise stiegen um 15 Prozent.", "de"),
        ("Giá tăng 15 phần trăm.", "vi"),
        ("Giá tăng 15%.", "vi"),
        ("Prices rose by 15 per cent.", "en"),
        ("Prices rose by 15 percent.", "en"),
        ("Les prix ont augmenté de 15 pour cent.", "fr"),
    ],
)
def test_percent_in_every_spelling(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["15%"]


def test_percentage_points_differ_from_percent() -> None:
    assert numbers("Die Quote stieg um 2 Prozentpunkte.", "de") == ["2pp"]
    assert numbers("The rate rose by 2 percentage points.", "en") == ["2pp"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Die Strecke ist 10,5 km lang.", "de"),
        ("The line is 10.5 kilometres long.", "en"),
        ("Tuyến dài 10,5 cây số.", "vi"),
        ("La ligne mesure 10,5 km.", "fr"),
    ],
)
def test_physical_units_leave_the_bare_number(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["10.5"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Le billet coûte 12 euros.", "fr"),
        ("Das Ticket kostet 12 €.", "de"),
        ("Das Ticket kostet 12 Euro.", "de"),
        ("The ticket costs €12.", "en"),
        ("Vé có giá 12 euro.", "vi"),
    ],
)
def test_currency_is_part_of_the_anchor(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["12 EUR"]


def test_euros_against_dollars_is_a_mismatch() -> None:
    src = extract("Le billet coûte 12 euros.", "fr")
    tgt = extract("The ticket costs 12 dollars.", "en")
    assert number_mismatch(src, tgt) == (["12 EUR"], ["12 USD"])


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Kim ngạch đạt US$ 335,6 tỷ.", "vi"),
        ("Kim ngạch đạt 335,6 tỷ USD.", "vi"),
        ("Kim ngạch đạt 335,6 tỷ đô la Mỹ.", "vi"),
        ("Trade reached 335.6 billion USD.", "en"),
        ("Trade reached $335.6 billion.", "en"),
        ("Der Handel erreichte 335,6 Milliarden US-Dollar.", "de"),
        ("Les échanges ont atteint 335,6 milliards de dollars.", "fr"),
    ],
)
def test_scaled_amounts_with_currency_before_or_after(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["335600000000 USD"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Each winner takes home VND100 million.", "en"),
        ("Each winner takes home VND 100 million.", "en"),
        ("Mỗi người nhận 100 triệu đồng.", "vi"),
    ],
)
def test_a_currency_code_glued_to_the_amount(sentence: str, lang: str) -> None:
    assert numbers(sentence, lang) == ["100000000 VND"]


def test_quebec_millions_of_dollars() -> None:
    assert numbers("Le service a dépensé 412 M$ l'an dernier.", "fr") == [
        "1 years ago",
        "412000000 USD",
    ]
    assert numbers("Un budget de 1,2 G$.", "fr") == ["1200000000 USD"]


def test_vietnamese_dong_and_pound_abbreviation() -> None:
    assert numbers("Giá vé là 10.000đ.", "vi") == ["10000 VND"]
    assert numbers("Giá là 5 triệu đồng.", "vi") == ["5000000 VND"]
    assert numbers("The club paid £3m.", "en") == ["3000000 GBP"]


def test_a_range_lends_scale_and_currency_to_its_first_number() -> None:
    expected = ["12000000 EUR", "15000000 EUR"]
    assert numbers("Es kostet 12 bis 15 Millionen Euro.", "de") == expected
    assert numbers("It costs 12 to 15 million euros.", "en") == expected
    assert numbers("Chi phí từ 12 đến 15 triệu euro.", "vi") == expected
    assert numbers("Cela coûte entre 12 et 15 millions d'euros.", "fr") == expected


def test_a_currency_before_a_span_and_its_scale_after_are_both_numbers() -> None:
    """ "fines of VND1-3 million" = "phạt từ 1 đến 3 triệu đồng" (a blind pair of the
    twenty-eighth round); a sum beside another count keeps its own scale."""
    vi = numbers("Hộ dân sẽ bị phạt từ 1 đến 3 triệu đồng.", "vi")
    assert (
        numbers("They face fines of VND1-3 million.", "en") == vi == ["1000000 VND", "3000000 VND"]
    )
    assert numbers("The bridge will cost $2 to 4 billion.", "en") == [
        "2000000000 USD",
        "4000000000 USD",
    ]
    assert numbers("It cost €5 and 3 million visitors came.", "en") == ["5 EUR", "3000000"]


def test_an_hour_of_the_clock_in_words_is_read_as_in_digits() -> None:
    """ "von vier Uhr morgens bis zehn Uhr abends" = "từ 4h sáng đến 22h" (a blind pair of
    the twenty-eighth round); an hour counted ("deux heures de route") stays a count."""
    assert numbers("von vier Uhr morgens bis zehn Uhr abends", "de") == ["04:00", "22:00"]
    assert numbers("làm việc từ 4h sáng đến 22h", "vi") == ["04:00", "22:00"]
    assert numbers("à dix heures du soir", "fr") == numbers("at ten in the evening", "en")
    assert numbers("lúc mười giờ tối", "vi") == ["22:00"]
    assert numbers("Il faut deux heures de route.", "fr") == ["2"]


@pytest.mark.parametrize(
    ("explained", "lang"),
    [
        (
            "On Tuesday 3 March, the fifteenth day of the first lunar month, the bridge opened.",
            "en",
        ),
        ("Le mardi 3 mars, 15e jour du premier mois lunaire, le pont a ouvert.", "fr"),
        ("Am Vollmondtag des ersten Mondmonats, dem 3. März, wurde die Brücke eröffnet.", "de"),
    ],
)
def test_a_lunar_day_explained_in_a_translation_is_no_figure(explained: str, lang: str) -> None:
    """ "rằm tháng Giêng" explained as "the fifteenth day of the first lunar month" (blind
    round 43: 15 read as a figure the original lacks); the Western date still counts."""
    anchors = extract(explained, lang)
    assert anchors.lunar and anchors.dates == ("--03-03",)
    assert not anchors.numbers and not anchors.measures
    vi = extract("Sáng thứ Ba, ngày rằm tháng Giêng, hai xã khánh thành cây cầu.", "vi")
    assert number_mismatch(vi, anchors) == ([], [])
    assert not extract("He was the first of the twelve members.", "en").lunar


@pytest.mark.parametrize(
    ("lunar", "western"),
    [
        ("Chợ hoa họp đến chiều 27 tháng Chạp.", "Der Blumenmarkt dauert bis zum 26. Januar."),
        ("Đình làng mở cửa từ mùng 2 Tết.", "Das Gemeindehaus öffnet am 30. Januar."),
        ("Lễ hội diễn ra ngày 15/8 âm lịch.", "Das Fest findet am 6. Oktober statt."),
        ("Rằm tháng Giêng, làng rước kiệu.", "Am 12. Februar zieht das Dorf in Prozession."),
        # the full moon of any lunar month (blind round 50)
        ("Lễ hội Trung thu vào đêm rằm tháng Tám.", "Das Mondfest ist am 6. Oktober."),
    ],
)
def test_a_lunar_date_is_not_checked_against_a_western_one(lunar: str, western: str) -> None:
    """A Vietnamese lunar-calendar day ("27 tháng Chạp") is the Western date a translation
    gives for it on another day and month: neither side's date can be checked."""
    vi, de = extract(lunar, "vi"), extract(western, "de")
    assert vi.lunar and not vi.dates and not de.lunar
    assert number_mismatch(vi, de) == ([], [])
    assert number_mismatch(de, vi) == ([], [])
    # a Western date both give still counts
    assert number_mismatch(
        extract("Ngày 2/2, tức mùng 5 Tết, chợ mở lại.", "vi"),
        extract("Am 3. Februar öffnet der Markt wieder.", "de"),
    ) == (["--02-02"], ["--02-03"])


def test_a_month_and_a_year_said_in_words_are_their_figures() -> None:
    """ "một năm rưỡi" = "dix-huit mois"; "the past decade" = "en dix ans" (a span up to
    now); a lone "one" before the unit is left alone by numwords, so these are read here."""
    assert number_mismatch(
        extract("Công trình kéo dài một năm rưỡi.", "vi"),
        extract("Le chantier a duré dix-huit mois.", "fr"),
    ) == ([], [])
    for text, lang in [
        ("It took a year and a half.", "en"),
        ("A second road will be built over the next year and a half.", "en"),  # blind round 49
        ("It took one and a half years.", "en"),
        ("Cela a pris un an et demi.", "fr"),
        ("Mất một năm rưỡi.", "vi"),
    ]:
        assert extract(text, lang).measures == ("1.5 year",)
    for text, lang in [
        ("Prices rose in the past decade.", "en"),
        ("Die Preise stiegen im vergangenen Jahrzehnt.", "de"),
        ("Les prix ont augmenté en une décennie.", "fr"),
        ("Giá đã tăng trong một thập kỷ qua.", "vi"),
        ("Hơn 1 thập kỉ trong quá khứ, giá đã tăng.", "vi"),  # "kỉ" spelled with i
    ]:
        assert extract(text, lang).numbers == ("10",), text
    assert extract("Giá đã tăng trong những thập kỷ qua.", "vi").numbers == ()  # decades
    assert extract("Nhà máy có 3.000 lao động trong thập niên 1970.", "vi").numbers == ("3000",)
    assert number_mismatch(
        extract("Prices doubled in the past decade.", "en"),
        extract("Les prix ont doublé en vingt ans.", "fr"),
    ) == (["10"], ["20"])
    # "ces quinze derniers jours" = "nửa tháng qua" (half a month); Q4 stays Q4
    assert number_mismatch(
        extract("Chị đã bán 400 chậu trong nửa tháng qua.", "vi"),
        extract("Elle a vendu 400 pots ces quinze derniers jours.", "fr"),
    ) == ([], [])
    assert extract("les trois derniers mois de l'année", "fr").dates == ("Q4",)
    # "les quinze premiers jours" = "hai tuần … đầu tiên" (blind round 42)
    assert number_mismatch(
        extract("Sau hai tuần học đầu tiên, chưa có học viên nào bỏ lớp.", "vi"),
        extract("Après les quinze premiers jours de formation, tous sont là.", "fr"),
    ) == ([], [])
    assert extract("les trois premiers mois de l'année", "fr").dates == ("Q1",)


def test_a_century_in_words_is_a_hundred_years() -> None:
    """ "seit mehr als einem Jahrhundert" = "từ hơn một trăm năm trước"; a century named
    by its number ("im 19. Jahrhundert") is that number."""
    hundred = numbers("từ hơn một trăm năm trước", "vi")
    assert numbers("seit mehr als einem Jahrhundert", "de") == hundred == ["100"]
    assert numbers("for more than a century", "en") == hundred
    assert numbers("depuis plus d’un siècle", "fr") == hundred
    assert numbers("im 19. Jahrhundert", "de") == ["19"]
    # and a half: "älter als 150 Jahre" = "more than a century and a half old"
    assert numbers("more than a century and a half old", "en") == ["150"]
    assert numbers("vor anderthalb Jahrhunderten", "de") == numbers("un siècle et demi", "fr")
    assert numbers("một thế kỷ rưỡi", "vi") == ["150"]


def test_half_a_century_is_fifty_years() -> None:
    """ "il y a un demi-siècle" = "50 years ago" (blind round 41 read it as 0.5)."""
    assert numbers("il y a un demi-siècle", "fr") == numbers("50 years ago", "en")
    assert numbers("half a century ago", "en") == ["50 years ago"]
    assert numbers("vor einem halben Jahrhundert", "de") == ["50 years ago"]
    assert numbers("cách đây nửa thế kỷ", "vi") == ["50 years ago"]
    assert numbers("seit einem halben Jahrhundert", "de") == numbers("seit 50 Jahren", "de")
    assert numbers("un demi-litre", "fr") == ["0.5"]  # a half before another unit is a half


def test_times_of_day_agree_across_conventions() -> None:
    assert numbers("Das Treffen beginnt um 15 Uhr.", "de") == ["15:00"]
    assert numbers("The meeting starts at 3 p.m.", "en") == ["15:00"]
    assert numbers("La réunion commence à 15h.", "fr") == ["15:00"]
    assert numbers("Cuộc họp bắt đầu lúc 15 giờ 30.", "vi") == ["15:30"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Họ đến lúc 3 giờ chiều.", "vi", ["15:00"]),
        ("Họ đến lúc 3 giờ 30 chiều.", "vi", ["15:30"]),
        ("Sie kamen um 4 Uhr nachmittags an.", "de", ["16:00"]),
        ("They arrived at 3 in the afternoon.", "en", ["15:00"]),
        ("Ils arrivèrent vers 3 heures de l'après-midi.", "fr", ["15:00"]),
        ("Ils repartirent à 8 heures du soir.", "fr", ["20:00"]),
        ("Sie brachen um 5 Uhr morgens auf.", "de", ["05:00"]),
        # the part of the day said first, and "à partir de" before an hour
        ("Buổi chiều, từ 2 giờ, diễn ra cuộc thi.", "vi", ["14:00"]),
        ("Buổi tối lúc 8 giờ có pháo hoa.", "vi", ["20:00"]),
        ("L'après-midi, à partir de 14 heures, un concours a eu lieu.", "fr", ["14:00"]),
    ],
)
def test_an_hour_with_its_part_of_the_day_is_a_time(text: str, lang: str, expected) -> None:
    assert numbers(text, lang) == expected


def test_french_franc_and_centimes_read_as_one_price() -> None:
    # "2 fr. 70" is 2.70 francs, as the German "Fr. 2.70" says it (also tokenised "fr .")
    assert numbers("Un porteur reçoit 2 fr. 70 par jour.", "fr") == ["2.7"]
    assert numbers("Un porteur reçoit 2 fr .  70 par jour .", "fr") == ["2.7"]
    assert numbers("Ein Träger bekommt Fr. 2.70 pro Tag.", "de") == ["2.7"]
    # a franc today is the Swiss one (the one currency of that name our rates know)
    assert numbers("Il a payé 20 francs.", "fr") == ["20 CHF"]


def test_roman_centuries_in_french() -> None:
    assert numbers("Une église du XVIIe siècle.", "fr") == ["17"]


@pytest.mark.parametrize(
    ("sentence", "lang", "section"),
    [
        ("13. Aus dem Jahre 1955 ist auch die Expedition nachzutragen.", "de", 13),
        (") 13. L'année 1955 a vu également l'expédition.", "fr", 13),  # a scan's bracket
        ("2. Il en est de même pour le Makalu.", "fr", 2),
        ("Am 13. Mai erreichten sie den Gipfel.", "de", None),  # a date
        ("13. Mai: Aufbruch ins Basislager.", "de", None),  # a date opening the sentence
        ("2.5 Millionen Menschen leben dort.", "de", None),
        ("Es waren 13. Dann kamen mehr.", "de", None),
    ],
)
def test_a_section_number_opening_a_sentence_is_kept_apart(sentence, lang, section) -> None:
    anchors = extract(sentence, lang)
    assert anchors.section == section
    if section is not None:  # not also a figure of the sentence
        assert str(section) not in anchors.numbers


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Ab dem ersten Januar 2027 kostet das Abo 68,90 Euro.", "de", ["2027-01-01"]),
        ("Am einundzwanzigsten März war es kalt.", "de", ["--03-21"]),
        ("The fare rises from the first of January 2027.", "en", ["2027-01-01"]),
        ("Le tarif augmente le premier janvier 2027.", "fr", ["2027-01-01"]),
        ("It was the first March rally since 2019.", "en", ["--03", "2019"]),
        ("Die erste Etappe im Januar war flach.", "de", ["--01"]),
    ],
)
def test_a_day_said_as_an_ordinal_word_is_its_figure(
    sentence: str, lang: str, expected: list[str]
) -> None:
    """ "Ab dem ersten Januar 2027" = "from 1 January 2027" (a nineteenth-round blind pair
    read "Jan 2027" against "1 Jan 2027"); English says "the first of"."""
    assert dates(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Das Treffen fand am 16. November 2024 statt.", "de"),
        ("Das Treffen fand am 16.11.2024 statt.", "de"),
        ("Cuộc họp diễn ra ngày 16/11/2024.", "vi"),
        ("Cuộc họp diễn ra ngày 16 tháng 11 năm 2024.", "vi"),
        ("The meeting took place on November 16, 2024.", "en"),
        ("The meeting took place on 16 November 2024.", "en"),
        ("The meeting took place on the 16th of November 2024.", "en"),
        ("La réunion a eu lieu le 16 novembre 2024.", "fr"),
        ("La réunion a eu lieu le 16/11/2024.", "fr"),
    ],
)
def test_full_dates_in_each_language(sentence: str, lang: str) -> None:
    anchors = extract(sentence, lang)
    assert anchors.dates == ("2024-11-16",)
    assert anchors.numbers == ()  # day and year are not counted again as numbers


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Hôm 16/11, ông đến Lima.", "vi"),
        ("Am 16. November reiste er nach Lima.", "de"),
        ("Am 16.11. reiste er nach Lima.", "de"),
        ("On November 16 he flew to Lima.", "en"),
        ("Le 16 novembre, il est arrivé à Lima.", "fr"),
    ],
)
def test_day_and_month_without_year(sentence: str, lang: str) -> None:
    assert dates(sentence, lang) == ["--11-16"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Die Ernte dauert bis Ende Juli.", "de"),
        ("Vụ thu hoạch kéo dài đến cuối tháng 7.", "vi"),
        ("Vụ thu hoạch kéo dài đến cuối tháng Bảy.", "vi"),
        ("The harvest lasts until late July.", "en"),
        ("La récolte dure jusqu'à fin juillet.", "fr"),
    ],
)
def test_month_alone(sentence: str, lang: str) -> None:
    assert dates(sentence, lang) == ["--07"]


def test_month_of_a_year_and_year_alone() -> None:
    assert dates("Im Juli 2024 begann der Bau.", "de") == ["2024-07"]
    assert dates("Tháng 7/2024, dự án khởi công.", "vi") == ["2024-07"]
    assert dates("In July 2024 construction began.", "en") == ["2024-07"]
    assert dates("Im Jahr 2024 begann der Bau.", "de") == ["2024"]
    assert dates("Năm 2024, dự án khởi công.", "vi") == ["2024"]


def test_may_the_verb_is_not_a_month() -> None:
    assert dates("Prices may rise again.", "en") == []
    assert dates("The vote is in May.", "en") == ["--05"]


def test_american_numeric_order_is_recognised_when_unambiguous() -> None:
    assert dates("The vote was on 11/16/2024.", "en") == ["2024-11-16"]


# --- negation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Die Regierung stimmte nicht zu.", "de"),
        ("Es gab keine Einigung.", "de"),
        ("Es gab keinerlei Einigung.", "de"),
        ("Er war nie in Berlin.", "de"),
        ("Chính phủ không đồng ý.", "vi"),
        ("Hai bên chưa đạt được thỏa thuận.", "vi"),
        ("Ông chẳng nói gì.", "vi"),
        ("The government did not agree.", "en"),
        ("The government didn't agree.", "en"),
        ("He has never been to Berlin.", "en"),
        ("There was no agreement.", "en"),
        ("Le gouvernement n'a pas accepté.", "fr"),
        ("Il ne viendra jamais.", "fr"),
        ("Il ne travaille plus ici.", "fr"),
    ],
)
def test_negations_count_once(sentence: str, lang: str) -> None:
    assert count_negations(sentence, lang) == 1


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Vietnam Airlines là hãng hàng không quốc gia.", "vi"),
        ("Chất lượng không khí đã được cải thiện.", "vi"),
        ("Dự án mở rộng không gian công cộng.", "vi"),
        ("Không chỉ Hà Nội mà cả TP.HCM cũng bị ảnh hưởng.", "vi"),
        ("Không những giá tăng mà còn thiếu hàng.", "vi"),
        ("Nhiều nước, chẳng hạn Nhật Bản, đã đồng ý.", "vi"),
        ("Non seulement les prix augmentent, mais les salaires baissent.", "fr"),
        ("Il n'a que deux enfants.", "fr"),
        ("Not only prices but also wages rose.", "en"),
        ("Nicht nur die Preise stiegen.", "de"),
        ("Plus de 10 personnes sont venues.", "fr"),  # "plus" = more
    ],
)
def test_constructions_that_are_not_negations(sentence: str, lang: str) -> None:
    assert count_negations(sentence, lang) == 0


def test_a_negated_clause_is_not_hidden_by_an_excluded_word() -> None:
    assert count_negations("Hãng hàng không chưa công bố lịch bay.", "vi") == 1
    assert count_negations("Non seulement il ne vient pas, mais il se tait.", "fr") == 1


def test_anchors_carry_names_and_negations() -> None:
    anchors = extract("Ngoại trưởng Nga Sergei Lavrov không tới Bình Nhưỡng.", "vi")
    assert "Sergei Lavrov" in anchors.names
    assert anchors.negations == 1


# --- regressions found on the corpora ------------------------------------------------------


def test_words_that_contain_number_syllables_are_not_numbers() -> None:
    assert numbers("Vốn đầu tư nước ngoài chiếm 71%.", "vi") == ["71%"]  # đầu tư = investment
    assert numbers("Điện thoại đứng thứ hai với 44,2 tỷ USD.", "vi") == ["44200000000 USD"]


def test_a_capitalised_number_word_opening_a_quote_is_a_number() -> None:
    assert numbers("Ông Sullivan nói: “Hai nhà lãnh đạo đã gặp nhau.”", "vi") == ["2"]
    assert numbers("Sullivan sagte: „Die beiden Staatschefs trafen sich.“", "de") == ["2"]


def test_thousands_are_not_years() -> None:
    anchors = extract("Từ 2.000 lên 4.000 bước mỗi ngày.", "vi")
    assert anchors.numbers == ("2000", "4000")
    assert anchors.dates == ()


def test_number_word_compounds_with_a_unit() -> None:
    assert numbers("They built a three-metre fence.", "en") == ["3"]
    assert numbers("Sie bauten einen 3-Meter-Zaun.", "de") == ["3"]
    assert numbers("It was a one-off payment.", "en") == []
    # the unit after a number word's hyphen is read as after a digit's: "a nine-mile
    # pipeline" = "une canalisation de 14,5 kilomètres" (blind round 45)
    assert extract("a nine-mile pipeline", "en").measures == ("9 mi",)
    assert extract("a 9-mile pipeline", "en").measures == ("9 mi",)
    assert extract("twenty-five people", "en").measures == ()
    en = extract("A nine-mile pipeline will connect it.", "en")
    fr = extract("Une canalisation de 14,5 kilomètres le reliera.", "fr")
    assert number_mismatch(en, fr) == ([], [])


def test_a_news_brand_is_not_a_time_of_day() -> None:
    assert numbers("Bản quyền thuộc về Tin Miền Trung 24h.", "vi") == ["24"]
    assert numbers("Xem tại tinmientrung24h.vn", "vi") == []
    assert numbers("Cuộc họp lúc 15h30.", "vi") == ["15:30"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Das ist keineswegs sicher.", "de"),
        ("Das kommt keinesfalls in Frage.", "de"),
    ],
)
def test_more_german_negations(sentence: str, lang: str) -> None:
    assert count_negations(sentence, lang) == 1


def test_halves_and_rates() -> None:
    assert numbers("That was two and a half billion years ago.", "en") == ["2500000000"]
    assert numbers("Cách đây 2,5 tỉ năm.", "vi") == ["2500000000"]
    assert numbers("Chỉ một tỉ lệ nhỏ trở nên phổ biến.", "vi") == []  # tỉ lệ = rate


# --- vague magnitudes and "both … and" ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("They make hundreds of millions of copies.", "en", "~100000000"),
        ("Họ làm ra hàng trăm triệu bản sao.", "vi", "~100000000"),
        ("Sie machen Hunderte Millionen Kopien.", "de", "~100000000"),
        ("Ils font des centaines de millions de copies.", "fr", "~100000000"),
        ("Tens of thousands of people came.", "en", "~10000"),
        ("Hàng chục nghìn người đã đến.", "vi", "~10000"),
        ("Zehntausende Menschen kamen.", "de", "~10000"),
        ("Millions of years of evolution.", "en", "~1000000"),
        ("Vài triệu năm tiến hoá.", "vi", "~1000000"),
    ],
)
def test_a_vague_magnitude_is_an_order_of_magnitude(sentence, lang, value):
    assert numbers(sentence, lang) == [value]


def test_thousands_are_a_magnitude_not_a_figure():
    # "hàng nghìn" (by the thousand) is no figure 1000, only its order of magnitude
    assert numbers("Hôm thứ hai, hàng nghìn người xuống đường.", "vi") == ["~1000"]


def test_a_scale_after_a_figure_is_not_a_vague_magnitude():
    assert numbers("Sie zahlten zwei Millionen Euro und 3 Millionen Dollar.", "de") == [
        "2000000 EUR",
        "3000000 USD",
    ]
    assert numbers("They stayed for the tens.", "en") == []  # "tens" alone is no magnitude


def test_both_before_and_is_a_coordinator_not_two():
    assert numbers("a function of both increase in sales and lowering of costs", "en") == []
    assert numbers("Both of them left, and nobody stayed.", "en") == ["2"]


def test_a_garbled_magnitude_word_is_a_number_mismatch():
    src = extract("Make a hundred million random sequences of instructions.", "en")
    same = extract("Hãy đưa ra hàng trăm triệu dãy câu lệnh ngẫu nhiên.", "vi")
    garbled = extract("Hãy đưa ra hàng trăm trăm dãy câu lệnh ngẫu nhiên.", "vi")
    assert number_mismatch(src, same) == ([], [])
    assert number_mismatch(src, garbled) == (["100000000"], ["~10000"])
    years = extract("the equivalent of millions of years of evolution", "en")
    assert number_mismatch(years, extract("tương tự của vài triệu năm tiến hoá", "vi")) == ([], [])
    assert number_mismatch(years, extract("tương tự của vài trăm năm tiến hoá", "vi")) == (
        ["~1000000"],
        ["~100"],
    )


def test_a_german_ranking_superlative_is_an_ordinal():
    """ "der dritthöchste Berg" = "le troisième sommet": the rank is a figure both keep."""
    assert numbers("Der dritthöchste Berg der Erde wird höher.", "de") == ["3"]
    assert numbers("Sie ist die zweitgrößte Stadt des Landes.", "de") == ["2"]
    assert numbers("C'est le troisième sommet du globe.", "fr") == ["3"]
    assert numbers("Der höchste Berg der Erde.", "de") == []


def test_a_vietnamese_ordinal_after_the_noun_it_ranks():
    """ "Câu chuyện thứ hai" = "the second story": "thứ hai" alone is also Monday, so only
    after a noun that is ranked ("câu chuyện", "vòng", "năm") or a height or size."""
    assert numbers("Câu chuyện thứ hai, vẫn là để chú giải.", "vi") == ["2"]
    assert numbers("The second story, also to illustrate it.", "en") == ["2"]
    assert numbers("Vòng thứ ba bắt đầu.", "vi") == ["3"]
    assert numbers("Đây là ngọn núi cao thứ hai thế giới.", "vi") == ["2"]
    assert numbers("Hôm thứ hai, nhiều người xuống đường.", "vi") == []  # Monday


def test_a_german_thousander_is_its_thousands():
    """ "kein Achttausender" = "n'atteignant pas les 8000": a mountain of so many thousand
    metres; capitalised as a noun, it is a figure all the same (not a name like "die
    Elf")."""
    assert numbers("Obwohl noch kein Achttausender , ist er hart .", "de") == ["8000"]
    assert numbers("Bien que n' atteignant pas les 8000 , c' est dur .", "fr") == ["8000"]
    assert numbers("den derzeitigen « Achttausender-Status »", "de") == ["8000"]
    assert numbers("mit sechs kotierten Siebentausendern", "de") == ["6", "7000"]
    assert numbers("Es bleiben nur noch vier Achttausender .", "de") == ["4", "8000"]
    assert numbers("Er zahlte mit einem Tausender .", "de") == []  # a banknote
    assert numbers("Die Elf gewann .", "de") == []


def test_page_references_are_citation_detail_not_figures():
    assert numbers("Bericht in « Die Alpen » 1956 , S. 81 .", "de") == []
    assert numbers("( voir Les Alpes 1956 , p. 80 ; pp. 279-295 )", "fr") == []
    assert numbers("S. Jöchler kam mit 5 Trägern.", "de") == ["5"]  # an initial, not a page
    assert numbers("habe ich auf S.66/67 geschrieben :", "de") == []  # both pages, not "67"


def test_a_number_glued_to_its_abbreviation_is_read():
    """A scan writes "Nr.212"; the French "n° 312" must meet a figure, not nothing."""
    assert numbers("Sein Sherpa war Da Temba ( Sherpa-Liste Nr.212 ) .", "de") == ["212"]
    assert number_mismatch(
        extract("Sherpa-Liste Nr.212", "de"), extract("n° 312 de la liste", "fr")
    ) == (["212"], ["312"])
    # so is "circa": "( ca.7315 m )" gives the height the French "environ 7315 m" gives
    assert numbers("des Sia-Kangri-Westgipfels ( ca.7315 m ) .", "de") == ["7315"]


def test_weeks_said_in_days_are_weeks():
    src = extract("Seit zwei Wochen standen die Engländer am Grat.", "de")
    assert number_mismatch(
        src, extract("Depuis quinze jours les Anglais menaient l'attaque.", "fr")
    ) == ([], [])
    assert number_mismatch(
        src, extract("For a fortnight the English had been on the ridge.", "en")
    ) == ([], [])
    assert numbers("Nach 15 jours de marche.", "fr") == ["15"]  # digits stay days


def test_a_counted_compound_stands_alone_after_an_article() -> None:
    """ "einer zehntägigen" is ten days, not eleven: the compound joins no run."""
    assert numbers("Nach einer zehntägigen Pause ging es weiter.", "de") == ["10"]
    assert numbers("Zwei zweitägige Reisen.", "de") == ["2", "2"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Dự án có tổng vốn 2.500 tỷ đồng.", "vi"),  # "." groups thousands in Vietnamese
        ("The project costs 2,500 billion dong.", "en"),
        ("Le projet coûte 2 500 milliards de dongs.", "fr"),
    ],
)
def test_a_grouped_figure_before_a_scale_word_reads_by_the_language_s_decimal_mark(
    sentence: str, lang: str
) -> None:
    """ "2.500 tỷ" was 2.5 × 10^9, against the French "2 500 milliards" (a blind pair);
    "1,125 Milliarden" and "1.125 billion" stay 1.125 × 10^9."""
    assert numbers(sentence, lang)[0].startswith("2500000000000")
    assert numbers("Der Bund gibt 1,125 Milliarden aus.", "de") == ["1125000000"]
    assert numbers("The government spends 1.125 billion.", "en") == ["1125000000"]


def test_french_times_with_spaces_and_german_short_dates_after_a_weekday() -> None:
    """ "9 h 15" = "9.15 Uhr" and "après 10 h" = "nach 10 Uhr"; a bare "20 h" is a
    duration. "am Montag (9.3.)" is 9 March, not the figure 9.3."""
    assert numbers("Le premier train ne partira pas avant 9 h 15.", "fr") == ["09:15"]
    assert numbers("Der erste Zug fährt frühestens um 9.15 Uhr.", "de") == ["09:15"]
    assert numbers("Des cars circuleront après 10 h.", "fr") == ["10:00"]
    assert numbers("Il faut 20 h de travail.", "fr") == ["20"]
    assert extract("Der Kreistag stimmte am Montag (9.3.) ab.", "de").dates == ("--03-09",)
    assert extract("Der Kreistag stimmte am Montag (9.3.) ab.", "de").numbers == ()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Kiptoo won the race in 2:07:41 on Sunday.", "en"),
        ("Kiptoo a gagné la course en 2 h 07 min 41 s dimanche.", "fr"),
        ("Kiptoo gewann das Rennen in 2 Std. 7 Min. 41 Sek.", "de"),
        ("Kiptoo về nhất với thành tích 2 giờ 7 phút 41 giây.", "vi"),
    ],
)
def test_a_running_time_is_one_figure(sentence: str, lang: str) -> None:
    """A race time is a duration: "2:07:41" = "2 h 07 min 41 s", not the time of day 02:07
    beside the figure 41 (a blind pair's marathon report)."""
    assert numbers(sentence, lang) == ["2:07:41"]


def test_a_running_time_that_differs_is_a_changed_figure() -> None:
    en = extract("Pryce was third in 2:10:05.", "en")
    assert number_mismatch(en, extract("Pryce termine troisième en 2 h 10 min 05 s.", "fr")) == (
        [],
        [],
    )
    other = extract("Pryce termine troisième en 2 h 10 min 50 s.", "fr")
    assert number_mismatch(en, other) == (["2:10:05"], ["2:10:50"])


def test_cents_are_hundredths_of_the_currency() -> None:
    """ "nach 95 Cent im Vorjahr" = "0,95 euro"; "29 cents" = "29 xu"; French "cent" is a
    hundred and Vietnamese "xu hướng" a trend."""
    assert numbers("Im Vorjahr waren es 95 Cent je Aktie.", "de") == ["0.95"]
    assert numbers("năm trước là 0,95 euro/cổ phiếu.", "vi") == ["0.95 EUR"]
    assert numbers("It will cost 29 cents per $1,000.", "en") == ["0.29", "1000 USD"]
    assert numbers("Chủ nhà đóng 29 xu cho mỗi 1.000 USD.", "vi") == ["0.29", "1000 USD"]
    assert numbers("Il y a 5 xu ici.", "fr") == ["5"]
    assert numbers("Có 5 xu hướng mới.", "vi") == ["5"]
    de = extract("Im Vorjahr waren es 95 Cent je Aktie.", "de")
    assert number_mismatch(de, extract("năm trước là 0,95 euro/cổ phiếu.", "vi")) == ([], [])
    assert number_mismatch(de, extract("năm trước là 0,59 euro.", "vi")) == (["0.95"], ["0.59 EUR"])


def test_a_percent_sign_said_once_for_two_figures_is_the_same_figure() -> None:
    """ "von 7,6 auf 9,1 Prozent" = "từ 7,6% lên 9,1%"; a percentage is no percentage
    point."""
    de = extract("Die Marge stieg von 7,6 auf 9,1 Prozent.", "de")
    assert number_mismatch(de, extract("Biên lợi nhuận tăng từ 7,6% lên 9,1%.", "vi")) == ([], [])
    other = extract("Biên lợi nhuận tăng từ 6,7% lên 9,1%.", "vi")
    assert number_mismatch(de, other) == (["7.6%"], ["6.7%"])  # "von 7,6 auf" takes the %
    points = extract("The margin rose by 15 percentage points.", "en")
    assert number_mismatch(extract("Die Marge stieg um 15 Prozent.", "de"), points) == (
        ["15%"],
        ["15pp"],
    )


def test_an_english_ordinal_before_its_noun_needs_no_article() -> None:
    """ "to reach FA Cup fifth round" = "zieht in die fünfte Runde ein" (a blind pair's
    headline); "He finished fifth" and "Second, …" stay no figures."""
    assert numbers("Stockbridge reach FA Cup fifth round", "en") == ["5"]
    assert numbers("a third straight title", "en") == ["3"]
    assert numbers("He finished fifth.", "en") == []
    assert numbers("Second, he said no.", "en") == []


def test_a_german_place_said_as_a_noun_is_an_ordinal() -> None:
    """ "in der vergangenen Saison Vierzehnter" = "finished 14th" (a blind pair); "ein
    Dritter" is a third party, "Zweiter Weltkrieg" a name's first word."""
    assert numbers("Harwick, in der vergangenen Saison Vierzehnter der Liga.", "de") == ["14"]
    assert numbers("Bayern wurde Zweiter hinter Dortmund.", "de") == ["2"]
    assert numbers("Das bezahlt ein Dritter.", "de") == []
    assert numbers("Er schrieb über Zweiter Weltkrieg und Frieden.", "de") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "key"),
    [
        ("Xuất khẩu gạo quý I/2026 đạt 2,1 triệu tấn.", "vi", "Q1 2026"),
        ("Indonesia sẽ không nhập thêm gạo trong quý II.", "vi", "Q2"),
        ("Exports rose in the first quarter of fiscal 2026.", "en", "Q1 2026"),
        ("Q3 revenue fell.", "en", "Q3"),
        ("Im 2. Quartal 2025 sank der Umsatz.", "de", "Q2 2025"),
        ("Im vierten Quartal stieg er.", "de", "Q4"),
        ("Au deuxième trimestre 2026, les ventes ont reculé.", "fr", "Q2 2026"),
    ],
)
def test_quarters_of_a_year_are_dates(sentence: str, lang: str, key: str) -> None:
    """ "quý I/2026" = "Q1 2026" (a blind pair): a quarter, not January 2026."""
    assert extract(sentence, lang).dates == (key,)


def test_a_quarter_covers_its_months_and_no_others() -> None:
    vi = extract("Indonesia sẽ không nhập thêm gạo trong quý II.", "vi")
    en = extract("Indonesia will hold off on purchases between April and June.", "en")
    assert number_mismatch(vi, en) == ([], [])
    late = extract("Indonesia will hold off on purchases between July and September.", "en")
    assert number_mismatch(vi, late) == (["Q2"], ["--07", "--09"])
    assert extract("They reached the second quarter-final.", "en").dates == ()


def test_french_abbreviated_millions_before_the_sign_and_a_hyphenated_unit() -> None:
    """ "€410 million" = "410 M€", "1,2 Md€" is 1.2 billion euros; "the 2,340-kilogram
    satellite" = "le satellite de 2,34 tonnes" (a blind pair)."""
    assert numbers("La mission a coûté 410 M€.", "fr") == ["410000000 EUR"]
    assert numbers("Le budget atteint 1,2 Md€.", "fr") == ["1200000000 EUR"]
    assert numbers("Le tableau a coûté 4,2 M£.", "fr") == ["4200000 GBP"]
    assert number_mismatch(
        extract("The museum paid £4.2 million.", "en"), extract("Le musée a payé 4,2 M£.", "fr")
    ) == ([], [])
    en = extract("The 2,340-kilogram satellite separated.", "en")
    fr = extract("Le satellite de 2,34 tonnes s'est séparé.", "fr")
    assert en.measures == ("2340 kg",)
    assert number_mismatch(en, fr) == ([], [])


@pytest.mark.parametrize(
    ("sentence", "lang", "numbers"),
    [
        ("Die Partei scheiterte an der Drei-Prozent-Hürde.", "de", ("3%",)),
        ("Sie scheiterte an der 3-Prozent-Hürde.", "de", ("3%",)),
        ("It announced a 12-percent rise.", "en", ("12%",)),
        ("Das Konzert begann um halb neun am Abend.", "de", ("20:30",)),
        ("Der Zug fährt um Viertel nach sieben.", "de", ("07:15",)),
        ("Der Zug fährt um Viertel vor 8 Uhr.", "de", ("07:45",)),
        ("Vor acht Jahren war sie Ministerin.", "de", ("8 years ago",)),
        ("She was a minister eight years ago.", "en", ("8 years ago",)),
        ("Elle était ministre il y a huit ans.", "fr", ("8 years ago",)),
        ("Cách đây 8 năm, bà là bộ trưởng.", "vi", ("8 years ago",)),
        ("Lợi nhuận tăng 14% so với một năm trước.", "vi", ("14%",)),  # the year before
        ("Letztes Jahr war sie Ministerin.", "de", ("1 years ago",)),
        ("She was a minister last year.", "en", ("1 years ago",)),
        ("Elle était ministre l'an dernier.", "fr", ("1 years ago",)),
        ("Năm ngoái bà là bộ trưởng.", "vi", ("1 years ago",)),
    ],
)
def test_compounds_german_clock_words_and_years_ago(sentence, lang, numbers) -> None:
    """A figure in a compound with its unit, German "halb neun" (8:30), and so many years
    before the article."""
    assert extract(sentence, lang).numbers == numbers


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Trong ba tháng đầu năm, xuất khẩu tăng 12%.", "vi"),
        ("In the first three months, exports rose 12%.", "en"),
        ("In den ersten drei Monaten stiegen die Exporte um 12 Prozent.", "de"),
        ("Au cours des trois premiers mois, les exportations ont crû de 12 %.", "fr"),
    ],
)
def test_the_first_three_months_are_the_first_quarter(sentence: str, lang: str) -> None:
    """ "ba tháng đầu năm" = "January-March" = the first quarter."""
    january_march = extract("In January-March, exports rose 12%.", "en")
    assert number_mismatch(extract(sentence, lang), january_march) == ([], [])


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Riêng ba tháng cuối năm đã chiếm gần một nửa sản lượng.", "vi"),
        ("The last three months of the year made up almost half of output.", "en"),
        ("In den letzten drei Monaten des Jahres entstand fast die Hälfte.", "de"),
        ("Les trois derniers mois de l’année en représentent près de la moitié.", "fr"),
    ],
)
def test_the_last_three_months_of_the_year_are_the_fourth_quarter(sentence, lang) -> None:
    """ "ba tháng cuối năm" = "Oktober bis Dezember" (a blind pair of the twenty-eighth
    round); they are not the first three."""
    october_december = extract("Auf Oktober bis Dezember entfällt fast die Hälfte.", "de")
    assert number_mismatch(extract(sentence, lang), october_december) == ([], [])
    first = extract("Auf Januar bis März entfällt fast die Hälfte.", "de")
    assert number_mismatch(extract(sentence, lang), first) != ([], [])


def test_feast_days_by_their_weekday_and_german_billiarden() -> None:
    """ "bis Ostermontag (6.4.)" is 6 April, not the figure 6.4; "Billiarden" are 10^15 as
    "triệu tỷ" are."""
    de = extract("Die Saison dauert bis Ostermontag (6.4.).", "de")
    assert de.dates == ("--04-06",) and de.numbers == ()
    assert extract("Die Kredite stiegen auf 17,6 Billiarden Dong.", "de").numbers == (
        extract("Dư nợ tăng lên 17,6 triệu tỷ đồng.", "vi").numbers
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The prize purse was a quarter of a million dollars.", "en", ["250000 USD"]),
        ("Das Preisgeld betrug eine Viertelmillion Dollar.", "de", ["250000 USD"]),
        ("Sie erhielt eine halbe Million Euro.", "de", ["500000 EUR"]),
        ("Le projet coûte un demi-million d'euros.", "fr", ["500000 EUR"]),
        ("La ville a perdu trois quarts de milliard.", "fr", ["750000000"]),
        ("Dự án tốn nửa triệu USD.", "vi", ["500000 USD"]),
        ("A quarter of the vote went to him.", "en", []),  # a share, not a figure
        ("Sie wartete eine halbe Stunde.", "de", ["0.5"]),  # a span, 0.5 hours: no scale
    ],
)
def test_a_fraction_of_a_scale_word_is_that_part_of_it(
    sentence: str, lang: str, expected: list[str]
) -> None:
    """ "a total prize purse of $250,000" = "einer Viertelmillion Dollar" (a blind pair);
    "a quarter of a million" had read as a million."""
    assert numbers(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Le bénéfice est tombé à 2,86 milliards de dollars australiens.", "fr", "2860000000 AUD"),
        ("Der Gewinn fiel auf 2,86 Milliarden australische Dollar.", "de", "2860000000 AUD"),
        ("Profit fell to 2.86 billion Australian dollars.", "en", "2860000000 AUD"),
        ("Der Gewinn fiel auf 2,86 Milliarden amerikanische Dollar.", "de", "2860000000 USD"),
        ("Il a coûté 40 millions de dollars canadiens.", "fr", "40000000 CAD"),
    ],
)
def test_a_dollar_named_by_its_country_is_that_country_s(
    sentence: str, lang: str, expected: str
) -> None:
    """ "A$2.86 billion" = "2,86 milliards de dollars australiens" (a twentieth-round blind
    pair read the French as US dollars); an adjective no currency names stays a dollar."""
    assert extract(sentence, lang).numbers == (expected,)


def test_two_german_times_may_share_one_uhr() -> None:
    """ "von 19.30 bis 23 Uhr" = "từ 19h30 đến 23h" (a blind pair read 19.3); a range of
    percentages is no time."""
    assert extract("Geöffnet ist von 19.30 bis 23 Uhr.", "de").numbers == ("19:30", "23:00")
    assert extract("Die Preise stiegen um 19.30 bis 23 Prozent.", "de").numbers == ("19.3%", "23%")


def test_a_french_half_after_its_unit_keeps_the_unit() -> None:
    """ "trois ans et demi" is 3.5 years, as "42 Monate" (a blind pair); it had no unit."""
    assert extract("Les travaux ont duré trois ans et demi.", "fr").measures == ("3.5 year",)


def test_an_australian_quarter_is_named_by_its_last_month() -> None:
    """ "in the December quarter" = "au trimestre d'octobre à décembre" (a blind pair)."""
    assert dates("First ore is due in the December quarter.", "en") == ["Q4"]
    assert dates("Sales rose in the March quarter of 2025.", "en") == ["Q1 2025"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Prices had not been so low since the nineties.", "en"),
        ("Prices had not been so low since the late 90s.", "en"),
        ("So niedrig waren die Preise seit den Neunzigerjahren nicht.", "de"),
        ("So niedrig waren die Preise seit den neunziger Jahren nicht.", "de"),
        ("So niedrig waren die Preise seit den 90er Jahren nicht.", "de"),
        ("Les prix n'avaient pas été aussi bas depuis les années 90.", "fr"),
        ("Les prix n'avaient pas été aussi bas depuis les années quatre-vingt-dix.", "fr"),
        ("Giá chưa từng thấp như vậy kể từ thập niên 90.", "vi"),
        ("Giá chưa từng thấp như vậy kể từ những năm 1990.", "vi"),
    ],
)
def test_a_decade_without_its_century_is_the_year_that_starts_it(text: str, lang: str) -> None:
    anchors = extract(text, lang)
    assert anchors.dates == ("1990",)
    assert anchors.numbers == ()


def test_an_age_is_no_decade() -> None:
    assert extract("She is in her nineties.", "en").dates == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The helpline is staffed 24/7.", "en"),
        ("La permanence est assurée 24 heures sur 24 et 7 jours sur 7.", "fr"),
        ("La permanence est assurée 24h/24, 7j/7.", "fr"),
        ("Đường dây nóng hoạt động 24/24 giờ.", "vi"),
    ],
)
def test_round_the_clock_counts_nothing(text: str, lang: str) -> None:
    assert extract(text, lang).numbers == ()


def test_a_vietnamese_24_7_is_a_date() -> None:
    assert extract("Hội nghị diễn ra ngày 24/7.", "vi").dates == ("--07-24",)


def test_vietnamese_staff_and_households_are_counted() -> None:
    """ "ba nhân viên" is three staff ("ba" alone may be a father)."""
    assert extract("Trạm có ba nhân viên.", "vi").numbers == ("3",)
    assert extract("Làng còn năm hộ giữ nghề.", "vi").numbers == ("5",)


@pytest.mark.parametrize(
    ("text", "lang", "zones"),
    [
        ("The vote closed at 10pm UK time.", "en", {"en:uk"}),
        ("Die Wahl endete um 23 Uhr deutscher Zeit.", "de", {"de:deutscher zeit"}),
        ("Le vote s'est clos à 23 h, heure de Paris.", "fr", {"fr:de paris"}),
        ("Cuộc bỏ phiếu kết thúc lúc 5h (giờ Hà Nội).", "vi", {"vi:hà nội"}),
        # local and universal time are one zone in every language
        ("Der Start ist um 21.47 Uhr Ortszeit.", "de", {"local"}),
        ("Le lancement est prévu à 21 h 47 heure locale.", "fr", {"local"}),
        ("Launch is at 21:47 UTC.", "en", {"utc"}),
        # no clock before it: no zone
        ("Zu dieser Zeit war das Museum geschlossen.", "de", set()),
        ("It is the first time in years.", "en", set()),
        ("Une heure de marche suffit.", "fr", set()),
    ],
)
def test_a_time_zone_is_read_after_a_clock(text: str, lang: str, zones: set[str]) -> None:
    assert set(time_zones(text, lang)) == zones


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le village se trouve à une trentaine de kilomètres au nord de Lyon.", "fr"),
        ("The village lies some 30 km north of Lyon.", "en"),
        ("Das Dorf liegt rund 30 Kilometer südlich von Lyon.", "de"),
        ("Ngôi làng cách Lyon khoảng 30 km về phía bắc.", "vi"),
    ],
)
def test_how_far_a_place_lies_is_located(text: str, lang: str) -> None:
    assert extract(text, lang).located == ("30",)


def test_a_distance_travelled_is_not_located() -> None:
    assert extract("The road was closed for 30 km.", "en").located == ()


@pytest.mark.parametrize(
    ("sentence", "lang", "numbers"),
    [
        ("Le kilo coûte un franc de plus.", "fr", ("1 CHF",)),
        ("Der Eintritt kostet einen Euro mehr.", "de", ("1 EUR",)),
        ("Tickets cost one dollar more.", "en", ("1 USD",)),
        ("Le pot est vendu 12 francs.", "fr", ("12 CHF",)),
        # an article before anything else, or English "a", is no figure
        ("Un projet pour une Europe unie.", "fr", ()),
        ("Buy a pound of apples.", "en", ()),
    ],
)
def test_an_article_before_a_currency_is_one_of_it(sentence, lang, numbers) -> None:
    """ "un franc de plus" = "tăng 1 franc" (a blind pair's price rise; our sentences)."""
    assert extract(sentence, lang).numbers == numbers


def test_last_year_against_a_year_is_left_unchecked() -> None:
    """Which year "last year" is depends on the article's date, which we do not read."""
    fr = extract("Le pot coûte un franc de plus qu'en 2025.", "fr")
    vi = extract("Mỗi hũ đắt hơn 1 franc so với năm ngoái.", "vi")
    assert number_mismatch(fr, vi) == ([], [])
    two = extract("Mỗi hũ đắt hơn 2 franc so với năm ngoái.", "vi")
    assert number_mismatch(fr, two) == (["1 CHF"], ["2 CHF"])
    # "last year" on both sides, and a year one side drops, is still a change (a dev text)
    de = extract("Die Expedition vom Frühjahr 2019 stand in der letztjährigen Chronik.", "de")
    fr = extract("La chronique de l'an dernier a parlé de l'expédition.", "fr")
    assert number_mismatch(de, fr) == (["2019"], [])


@pytest.mark.parametrize(
    ("sentence", "lang", "numbers"),
    [
        ("Zum fünfzigsten Mal fand das Fest statt.", "de", ("50",)),
        ("The festival was held for the fiftieth time.", "en", ("50",)),
        ("Le festival a eu lieu pour la cinquantième fois.", "fr", ("50",)),
        ("Die hundertste Ausgabe erscheint heute.", "de", ("100",)),
        ("C'est la nonantième édition.", "fr", ("90",)),
    ],
)
def test_round_tens_in_words_are_ordinals(sentence, lang, numbers) -> None:
    """ "Zum fünfzigsten Mal" = "for the 50th time" (a blind pair; our sentences)."""
    assert extract(sentence, lang).numbers == numbers


@pytest.mark.parametrize(
    ("sentence", "lang", "other", "other_lang"),
    [
        ("Der Pfahl steckt einen halben Meter tief.", "de", "The stake is 50cm deep.", "en"),
        ("Cọc cắm sâu khoảng nửa mét.", "vi", "The stake goes about 50 centimetres deep.", "en"),
        ("Il a attendu une demi-heure.", "fr", "Er wartete 30 Minuten.", "de"),
        ("They waited half an hour.", "en", "Họ chờ 30 phút.", "vi"),
        (
            "Das Becken verlor 90.000 Liter am Tag.",
            "de",
            "The pool lost 90 cubic metres a day.",
            "en",
        ),
    ],
)
def test_half_a_unit_and_litres_are_measures(sentence, lang, other, other_lang) -> None:
    """ "nửa mét" = "50 centimetres", "90,000 litres" = "90 Kubikmeter" (blind pairs; our
    sentences)."""
    assert number_mismatch(extract(sentence, lang), extract(other, other_lang)) == ([], [])


def test_the_first_hour_of_a_french_span_is_a_time() -> None:
    """ "de 9 h à 17 h": both are times of day; the 9 read as a bare figure excused a
    changed date "9/4" on the other side (the twenty-fifth blind round)."""
    assert numbers("Le forum ouvrira de 9 h à 17 h.", "fr") == ["09:00", "17:00"]
    assert numbers("Guichets ouverts entre 8 h et 12 h 30.", "fr") == ["12:30", "08:00"]
    forum = extract("Le forum aura lieu jeudi 2 avril, de 9 h à 17 h.", "fr")
    changed = extract("Ngày hội diễn ra thứ Năm (9/4), từ 9h đến 17h.", "vi")
    assert number_mismatch(forum, changed) == (["--04-02"], ["--04-09"])


@pytest.mark.parametrize(
    ("said", "lang", "minutes", "other_lang"),
    [
        ("Le tour en ballon dure trois quarts d'heure.", "fr", "Chuyến bay kéo dài 45 phút.", "vi"),
        ("The ride takes a quarter of an hour.", "en", "Die Fahrt dauert 15 Minuten.", "de"),
        ("Die Fahrt dauert eine Dreiviertelstunde.", "de", "The ride takes 45 minutes.", "en"),
        ("Chuyến bay kéo dài một tiếng rưỡi.", "vi", "Le vol dure 90 minutes.", "fr"),
        ("The crossing takes an hour and a half.", "en", "La traversée dure 90 minutes.", "fr"),
        ("La visite dure une heure et demie.", "fr", "Die Führung dauert 90 Minuten.", "de"),
    ],
)
def test_parts_of_an_hour_in_words_are_minutes(
    said: str, lang: str, minutes: str, other_lang: str
) -> None:
    """ "trois quarts d'heure" = "45 phút": one duration, not a 3 against a 45."""
    assert number_mismatch(extract(said, lang), extract(minutes, other_lang)) == ([], [])


def test_a_part_of_an_hour_changed_is_still_a_changed_figure() -> None:
    quarter = extract("The ride takes a quarter of an hour.", "en")
    assert number_mismatch(quarter, extract("Die Fahrt dauert 20 Minuten.", "de")) != ([], [])


def test_french_dongs_are_the_currency() -> None:
    """ "4,5 millions de dongs, soit quelque 165 euros": a conversion of the amount."""
    vi = extract("Một chuyến bay có giá 4,5 triệu đồng.", "vi")
    fr = extract("Comptez 4,5 millions de dongs, soit quelque 165 euros, pour un vol.", "fr")
    assert "4500000 VND" in fr.numbers
    assert number_mismatch(vi, fr) == ([], [])


def test_millions_of_french_livres_are_sterling() -> None:
    """ "2,4 millions de livres (environ 2,8 millions d'euros)" = "£2.4 million"; 300
    livres alone stay a weight (or books)."""
    fr = extract("Le hangar a coûté 2,4 millions de livres (environ 2,8 millions d'euros).", "fr")
    assert "2400000 GBP" in fr.numbers
    assert number_mismatch(extract("The boathouse cost £2.4 million.", "en"), fr) == ([], [])
    assert numbers("Il pèse 300 livres.", "fr") == ["300"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The bridge was tolled for 13 and a half years.", "en"),
        ("Le pont a été payant pendant 13 ans et demi.", "fr"),
        ("Cầu thu phí trong 13 năm rưỡi.", "vi"),
        ("Cầu thu phí trong 13 năm 6 tháng.", "vi"),
    ],
)
def test_a_half_after_a_figure_in_digits(text: str, lang: str) -> None:
    assert numbers(text, lang) == ["13.5"]


def test_a_half_hour_after_a_figure_is_a_time_of_day() -> None:
    """ "9 heures et demie", "9 giờ rưỡi" are half past nine, not 9.5 hours."""
    assert "9.5" not in numbers("Rendez-vous à 9 heures et demie.", "fr")
    assert "9.5" not in numbers("Hẹn lúc 9 giờ rưỡi.", "vi")


def test_a_vietnamese_night_hour_and_a_french_span_in_heures() -> None:
    """ "từ 11 giờ đêm đến 5 giờ sáng" = "de 23 heures à 5 heures"; "2 giờ đêm" is 2:00."""
    vi = extract("Đèn đường tắt từ 11 giờ đêm đến 5 giờ sáng.", "vi")
    fr = extract("L'éclairage est éteint de 23 heures à 5 heures.", "fr")
    assert vi.numbers == ("23:00", "05:00")
    assert number_mismatch(vi, fr) == ([], [])
    assert numbers("Xe chạy lúc 2 giờ đêm.", "vi") == ["02:00"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("In the first ten months of the year, exports rose 12%.", "en"),
        ("In den ersten zehn Monaten stiegen die Exporte um 12 Prozent.", "de"),
        ("Au cours des dix premiers mois, les exportations ont crû de 12 %.", "fr"),
        ("Trong 10 tháng đầu năm, xuất khẩu tăng 12%.", "vi"),
    ],
)
def test_the_first_months_of_a_year_are_a_span_from_january(sentence: str, lang: str) -> None:
    """ "10 tháng đầu năm" = "de janvier à octobre" (a blind pair of the thirty-first
    round); not "de janvier à septembre"."""
    january_october = extract("De janvier à octobre, les exportations ont crû de 12 %.", "fr")
    assert number_mismatch(extract(sentence, lang), january_october) == ([], [])
    september = extract("De janvier à septembre, les exportations ont crû de 12 %.", "fr")
    assert number_mismatch(extract(sentence, lang), september) != ([], [])


def test_energy_in_another_unit_is_one_quantity() -> None:
    """ "1 340 mégawattheures" = "1,34 Gigawattstunden" (round thirty-one); 1.54 GWh is not."""
    fr = extract("Elle a produit 1 340 mégawattheures en six mois.", "fr")
    assert number_mismatch(
        fr, extract("Sie erzeugte in sechs Monaten 1,34 Gigawattstunden.", "de")
    ) == ([], [])
    assert number_mismatch(fr, extract("It produced 1.54 GWh in six months.", "en")) != ([], [])


@pytest.mark.parametrize(
    ("sentence", "lang", "code"),
    [
        ("Le feu est parti sous la route départementale 71, près du village.", "fr", "D71"),
        ("La RD 71 restera fermée.", "fr", "D71"),
        ("La route nationale 7 traverse la ville.", "fr", "N7"),
        ("Die Bundesstraße 27 bleibt gesperrt.", "de", "B27"),
    ],
)
def test_a_road_number_is_its_name_not_a_figure(sentence: str, lang: str, code: str) -> None:
    """ "la route départementale 71" is "the D71": no figure 71 against the code."""
    assert numbers(sentence, lang) == []
    assert road_named(code, sentence, lang)
    assert not road_named(code.replace("7", "8"), sentence, lang)


def test_a_hundred_years_said_in_one_word() -> None:
    assert numbers("Les arbres étaient plus que centenaires.", "fr") == ["100"]
    assert numbers("The centenary of the bridge falls this year.", "en") == ["100"]


def test_three_before_a_counted_vietnamese_noun() -> None:
    # "ba" is also "father": it counts before a noun counted after a number
    assert numbers("dưới sự đánh giá của ba giám khảo.", "vi") == ["3"]
    assert numbers("ba xã và năm làng.", "vi") == ["3", "5"]


@pytest.mark.parametrize(
    ("sentence", "lang", "numbers"),
    [
        # a spelled number takes "pour cent" as its unit, and "cent" is no 100 of its own
        ("dont septante pour cent seront pris en charge", "fr", ("70%",)),
        ("dix pour cent des élèves et cent enseignants", "fr", ("10%", "100")),
        # a currency opening a range makes the "m" after it a million, not metres
        ("bulls fetching VND45-70m each", "en", ("45000000 VND", "70000000 VND")),
        ("prices of $2-4m", "en", ("2000000 USD", "4000000 USD")),
        ("a 70m tower", "en", ("70",)),
    ],
)
def test_spelled_percentages_and_coded_ranges(sentence: str, lang: str, numbers) -> None:
    # blind round 38: "septante pour cent" read as 70% and 100; "VND45-70m" as 45 VND and
    # 70 metres
    assert extract(sentence, lang).numbers == numbers


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Le nombre de licenciés a progressé d'un tiers en deux ans.", "fr"),
        ("Die Zahl stieg in den letzten zwei Jahren um ein Drittel.", "de"),
        ("The number has grown by a third over the past two years.", "en"),
        ("Hexham's two-year-old pool", "en"),
    ],
)
def test_a_span_up_to_now_or_an_age_is_kept_apart(sentence: str, lang: str) -> None:
    assert extract(sentence, lang).since == ("2",)


def test_a_conversion_of_a_figure_the_other_side_gives_as_money_is_no_mismatch() -> None:
    """French "livres" are pounds of weight as often as sterling; "£28" on the other side
    makes them money, so the bracket converts it (blind round 45)."""
    en = extract("Bills could rise by up to £28 a year.", "en")
    fr = extract("Les factures pourraient augmenter de 28 livres (environ 32 euros) par an.", "fr")
    assert number_mismatch(en, fr) == ([], [])
    wrong = extract("Les factures pourraient augmenter de 28 livres (environ 90 euros).", "fr")
    assert number_mismatch(en, wrong) == ([], ["90 EUR"])


def test_a_year_is_no_ranges_first_figure_and_hecta_is_a_hectare() -> None:
    """ "im Jahr 2026 auf 8,2 Millionen Tonnen" is no range from 2,026 million; "gần hai
    hecta" = "knapp 20.000 Quadratmeter" (blind round 46)."""
    de = extract("Die Ernte könnte im Jahr 2026 auf 8,2 Millionen Tonnen steigen.", "de")
    assert de.numbers == ("8200000",) and de.dates == ("2026",)
    assert extract("von 58 auf 37 Millionen Dollar", "de").numbers == (
        "58000000 USD",
        "37000000 USD",
    )
    vi = extract("Trên khu đất rộng gần hai hecta.", "vi")
    de = extract("Auf dem knapp 20.000 Quadratmeter großen Gelände.", "de")
    assert number_mismatch(vi, de) == ([], [])


def test_within_a_year_and_a_half_is_eighteen_months() -> None:
    """ "within a year" is one year, "within a year and a half" eighteen months (blind
    round 46: "trong 18 tháng")."""
    assert extract("It was done within a year.", "en").measures == ("1 year",)
    vi = extract("Giai đoạn một sẽ hoàn thành trong 18 tháng.", "vi")
    en = extract("Phase one is due to be completed within a year and a half.", "en")
    assert number_mismatch(vi, en) == ([], [])
