"""A person's rank or office changed (text/roles.py), on sentences of our own."""

from __future__ import annotations

import pytest

from transcheck.text.roles import rank_changed, ranked


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # a deputy told as the head
        (
            "Ông Lê Văn Tám, Phó Giám đốc Sở Xây dựng, cho biết cầu sẽ thông xe vào tháng 6.",
            "vi",
            "Lê Văn Tám, Direktor des Bauamts, sagte, die Brücke werde im Juni freigegeben.",
            "de",
            ("deputy", "a", "Phó"),
        ),
        (
            "Deputy chair Tamsin Pascoe opened the meeting.",
            "en",
            "La présidente Tamsin Pascoe a ouvert la séance.",
            "fr",
            ("deputy", "a", "Deputy"),
        ),
        (
            "Die stellvertretende Bürgermeisterin Jana Roth eröffnete den Markt.",
            "de",
            "Mayor Jana Roth opened the market.",
            "en",
            ("deputy", "a", "stellvertretende"),
        ),
        (
            "Le directeur adjoint, Paul Mercier, a confirmé la fermeture.",
            "fr",
            "Giám đốc Paul Mercier đã xác nhận việc đóng cửa.",
            "vi",
            ("deputy", "a", "adjoint"),
        ),
        # the translation makes a head a deputy
        (
            "Bürgermeister Karl Huber lobte die Helfer.",
            "de",
            "Vice-mayor Karl Huber praised the volunteers.",
            "en",
            ("deputy", "b", "Vice-mayor"),
        ),
        # a former holder told as the current one
        (
            "L'ancien maire de Saumur, Gilles Ravel, a salué la décision.",
            "fr",
            "Thị trưởng Saumur Gilles Ravel hoan nghênh quyết định.",
            "vi",
            ("former", "a", "ancien maire"),
        ),
        (
            "Cựu Bộ trưởng Nguyễn Văn An phát biểu tại lễ khánh thành.",
            "vi",
            "Minister Nguyen Van An spoke at the opening.",
            "en",
            ("former", "a", "Cựu"),
        ),
        (
            "Former councillor Ruth Trelawny led the campaign.",
            "en",
            "Gemeinderätin Ruth Trelawny führte die Kampagne an, so der Vorsitzende.",
            "de",
            ("former", "a", "Former"),
        ),
        # an acting holder told as appointed
        (
            "Die kommissarische Leiterin Anke Brandt stellte den Plan vor.",
            "de",
            "La directrice Anke Brandt a présenté le plan.",
            "fr",
            ("acting", "a", "kommissarische"),
        ),
        (
            "Quyền Chủ tịch UBND xã Trần Văn Bình chủ trì cuộc họp.",
            "vi",
            "Le président du comité populaire de la commune, Trần Văn Bình, a présidé la réunion.",
            "fr",
            ("acting", "a", "Quyền"),
        ),
        # a lifeboat's coxswain (blind round 49), and "quyền" before a two-word office
        (
            "Acting coxswain Tamsin Kellow, 34, took command of the lifeboat in March.",
            "en",
            "Thuyền trưởng Tamsin Kellow, 34 tuổi, nắm quyền chỉ huy tàu cứu hộ từ tháng Ba.",
            "vi",
            ("acting", "a", "Acting coxswain"),
        ),
        (
            "Quyền thuyền trưởng Rhys Pritchard điều khiển tàu trong lễ diễu hành.",
            "vi",
            "Coxswain Rhys Pritchard steered the boat in the parade.",
            "en",
            ("acting", "a", "Quyền"),
        ),
        # a spokesperson told as the chief ("chef", blind round 48)
        (
            "Polizeisprecher Jan Lenz sagte, die Arbeit sei nicht beeinträchtigt worden.",
            "de",
            "Pour le chef de la police, Jan Lenz, le travail n’a pas souffert.",
            "fr",
            ("spokesperson", "a", "Polizeisprecher"),
        ),
        # a treasurer or a spokesperson told as another office
        (
            "Kassier Anton Kössel freut sich über die Spende.",
            "de",
            "Chủ tịch hội Anton Kössel vui mừng về khoản tài trợ.",
            "vi",
            ("treasurer", "a", "Kassier"),
        ),
        # a fund is no treasurer's office: "quỹ dự trữ" (the reserve fund) beside a director
        (
            "Kassiererin Ines Vogel sagte, der Rest komme aus den Rücklagen.",
            "de",
            "Giám đốc Ines Vogel cho biết phần còn lại lấy từ quỹ dự trữ.",
            "vi",
            ("treasurer", "a", "Kassiererin"),
        ),
        (
            "Le porte-parole de la préfecture, Luc Arnaud, a démenti.",
            "fr",
            "Prefect Luc Arnaud denied it.",
            "en",
            ("spokesperson", "a", "porte-parole"),
        ),
    ],
)
def test_a_rank_or_office_changed_is_read(a, lang_a, b, lang_b, expected):
    assert rank_changed(a, lang_a, b, lang_b) == expected


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        # the rank kept in other words
        (
            "Ông Lê Văn Tám, Phó Giám đốc Sở Xây dựng, cho biết cầu sẽ thông xe.",
            "vi",
            "Lê Văn Tám, stellvertretender Direktor des Bauamts, sagte, die Brücke werde "
            "freigegeben.",
            "de",
        ),
        (
            "Deputy mayor Anna Berger opened the fair.",
            "en",
            "Anna Berger, maire adjointe, a ouvert la foire.",
            "fr",
        ),
        (
            "Deputy mayor Anna Berger opened the fair.",
            "en",
            "Zweite Bürgermeisterin Anna Berger eröffnete die Messe.",
            "de",
        ),
        (
            "L'ancien maire Gilles Ravel a salué la décision.",
            "fr",
            "Gilles Ravel, der damals Bürgermeister war, begrüßte die Entscheidung.",
            "de",
        ),
        (
            "Former headteacher Alan Reed cut the ribbon.",
            "en",
            "Ông Alan Reed, nguyên hiệu trưởng của trường, cắt băng khánh thành.",
            "vi",
        ),
        (
            "The acting head, Priya Shah, welcomed parents.",
            "en",
            "La directrice par intérim, Priya Shah, a accueilli les parents.",
            "fr",
        ),
        (
            "Kassier Anton Kössel freut sich über die Spende.",
            "de",
            "Thủ quỹ Anton Kössel vui mừng về khoản tài trợ.",
            "vi",
        ),
        # a treasurer said by the work ("keeps the accounts"), a former head by an
        # honorary title
        (
            "Marie Roux, qui tient les comptes du club depuis 2019, a été réélue.",
            "fr",
            "Thủ quỹ Marie Roux, người giữ chức này từ năm 2019, được bầu lại.",
            "vi",
        ),
        (
            "Die Versammlung ernannte Otto Kern zum Ehrenvorsitzenden.",
            "de",
            "Nguyên Chủ tịch Otto Kern được phong làm Chủ tịch danh dự.",
            "vi",
        ),
        # a role left out on a second mention: the other side names no office
        (
            "Phó Chủ tịch Hùng cho biết dự án đã hoàn thành.",
            "vi",
            "Hùng said the project had been completed.",
            "en",
        ),
        # a rank word next to no office, and words that look like one
        (
            "The former site of the cannery is empty, the mayor said.",
            "en",
            "Le maire a dit que le site est vide.",
            "fr",
        ),
        (
            "Chủ tịch UBND tỉnh chỉ đạo ứng phó với bão.",
            "vi",
            "The provincial chairman ordered a response to the storm.",
            "en",
        ),
        (
            "Die Mannschaft wurde Vizemeister, sagte Trainer Max Ott.",
            "de",
            "The team came second, coach Max Ott said.",
            "en",
        ),
        # heads render one another: a commune chairman as a mayor
        (
            "Chủ tịch UBND xã Nguyễn Văn Hòa cho biết chợ sẽ mở cửa.",
            "vi",
            "Le maire de la commune, Nguyễn Văn Hòa, a indiqué que le marché ouvrira.",
            "fr",
        ),
        # a British university's vice-chancellor is its head; an acting mayor said as one
        # "standing in" (blind round 48)
        (
            "Pickering, the outgoing vice-chancellor, has run the university for a decade.",
            "en",
            "Pickering, der scheidende Rektor, leitet die Universität seit zehn Jahren.",
            "de",
        ),
        (
            "C’est Alain Perrot, premier adjoint et maire par intérim, qui a présidé la séance.",
            "fr",
            "The meeting was chaired by Alain Perrot, the first deputy mayor, who is standing "
            "in as mayor.",
            "en",
        ),
        # a language without tables says nothing
        (
            "Il vicesindaco Marco Neri ha parlato.",
            "it",
            "Mayor Marco Neri spoke.",
            "en",
        ),
    ],
)
def test_a_rank_kept_or_left_out_is_not_read(a, lang_a, b, lang_b):
    assert rank_changed(a, lang_a, b, lang_b) is None


def test_ranked_reads_the_wide_set_of_a_rank():
    """The MT check asks the wide set: "zweite Bürgermeisterin" keeps a deputy's rank."""
    assert ranked("Zweite Bürgermeisterin Anna Berger sprach.", "de", "deputy")
    assert not ranked("Bürgermeisterin Anna Berger sprach.", "de", "deputy")
    assert ranked("Ông Hòa, nguyên Chủ tịch xã, phát biểu.", "vi", "former")
    assert not ranked("Il vicesindaco ha parlato.", "it", "deputy")
