"""A plan or a doubt told as done (text/modality.py), on sentences of our own."""

from __future__ import annotations

import pytest

from transcheck.text.modality import stated_as_fact


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # a journalistic conditional with words between (blind round 47)
        (
            "Une pompe défectueuse serait donc à l’origine de la panne.",
            "fr",
            "A faulty pump caused the breakdown.",
            "en",
            ("doubt", "a", "serait donc à l’origine"),
        ),
        # a plan told as done
        (
            "Con đường dự kiến sẽ được trải nhựa trước mùa mưa.",
            "vi",
            "The road has been asphalted ahead of the rainy season.",
            "en",
            ("plan", "a", "dự kiến"),
        ),
        (
            "Die Halle wird voraussichtlich im Frühjahr abgerissen.",
            "de",
            "La salle a été démolie au printemps.",
            "fr",
            ("plan", "a", "voraussichtlich"),
        ),
        (
            "La ligne est prévue pour décembre.",
            "fr",
            "Die Linie wurde im Dezember eröffnet.",
            "de",
            ("plan", "a", "est prévue"),
        ),
        (
            "The council is expected to approve the budget.",
            "en",
            "Hội đồng đã thông qua ngân sách.",
            "vi",
            ("plan", "a", "is expected to"),
        ),
        # a doubt told as fact
        (
            "Das Feuer wurde vermutlich durch eine Zigarette ausgelöst.",
            "de",
            "Le feu a été déclenché par une cigarette.",
            "fr",
            ("doubt", "a", "vermutlich"),
        ),
        (
            "The man allegedly stole two bicycles.",
            "en",
            "Der Mann stahl zwei Fahrräder und wurde gefasst.",
            "de",
            ("doubt", "a", "allegedly"),
        ),
        (
            "Einer soll zwei Wochen nach dem Diebstahl versucht haben, Münzen zu verkaufen.",
            "de",
            "One of them tried to sell coins two weeks after the theft.",
            "en",
            ("doubt", "a", "soll zwei Wochen nach dem Diebstahl versucht haben"),
        ),
        (
            "Un court-circuit serait à l'origine de l'incendie.",
            "fr",
            "Vụ cháy do chập điện gây ra.",
            "vi",
            ("doubt", "a", "serait à l'origine"),
        ),
        (
            "Vụ cháy được cho là do chập điện.",
            "vi",
            "The fire was caused by a short circuit.",
            "en",
            ("doubt", "a", "được cho là"),
        ),
        # blind round 46: a fact told as a passive plan; a word of time alone ("künftige
        # Schäden") does not make a side hedged
        (
            "Phần móng của nhà kho đã hoàn thành.",
            "vi",
            "Das Fundament der Halle soll als Nächstes fertiggestellt werden.",
            "de",
            ("plan", "b", "soll als Nächstes fertiggestellt werden"),
        ),
        (
            "À l'avenir, la coopérative prévoit de louer deux éoliennes.",
            "fr",
            "Um künftige Schäden zu begrenzen, hat die Genossenschaft zwei Windmaschinen gemietet.",
            "de",
            ("plan", "a", "prévoit"),
        ),
        # a fact told as a plan: the marker is on the translation's side
        (
            "Die Brücke wurde im Mai eröffnet.",
            "de",
            "Le pont devrait ouvrir en mai.",
            "fr",
            ("plan", "b", "devrait"),
        ),
    ],
)
def test_stated_as_fact(a, lang_a, b, lang_b, expected) -> None:
    assert stated_as_fact(a, lang_a, b, lang_b) == expected


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        # both sides tell a plan, in other words
        ("Cây cầu dự kiến thông xe vào tháng 5.", "vi", "The bridge will open in May.", "en"),
        ("Die Brücke soll im Mai öffnen.", "de", "Le pont ouvrira en mai.", "fr"),
        ("Die Brücke soll im Mai öffnen.", "de", "The bridge is due to open in May.", "en"),
        # the plain side tells no past event: a present-tense future is not "done"
        ("Cây cầu dự kiến thông xe vào tháng 5.", "vi", "Die Brücke öffnet im Mai.", "de"),
        # a doubt kept as a report or a possibility
        (
            "The man allegedly stole two bicycles.",
            "en",
            "Laut Polizei stahl der Mann zwei Räder.",
            "de",
        ),
        (
            "Le feu a probablement été causé par un court-circuit.",
            "fr",
            "The fire may have been caused by a short circuit.",
            "en",
        ),
        # German "soll" says a purpose or a price as often as a plan
        (
            "Die Brille soll 399 Dollar kosten.",
            "de",
            "The glasses were priced at $399.",
            "en",
        ),
        # a plan as a noun or an attribute, or "as planned", is no marker
        ("The vote was held over the planned closure.", "en", "Le vote a eu lieu.", "fr"),
        ("Das Fest fand wie geplant am Sonntag statt.", "de", "La fête a eu lieu dimanche.", "fr"),
        (
            "Công ty đã hoàn thành 78% kế hoạch lợi nhuận.",
            "vi",
            "It reached 78% of its target.",
            "en",
        ),
        ("Das vorgesehene Gebiet wurde verlassen.", "de", "La zone a été abandonnée.", "fr"),
        (
            "Les travaux prévus ont enrichi la ville.",
            "fr",
            "Die Arbeiten bereicherten die Stadt.",
            "de",
        ),
        # "could", "có thể": ability, not doubt, so they never make a side hedged
        ("Farmers could only cross by ferry.", "en", "Nông dân đã chỉ đi phà.", "vi"),
        ("Người dân có thể mua vé trực tuyến.", "vi", "Residents bought tickets online.", "en"),
        # "May" the month, capitalised, is no marker
        ("In May the hall was closed.", "en", "Im Mai wurde die Halle geschlossen.", "de"),
        # a plain conditional is no doubt
        (
            "Tenter une voie de ce côté serait un pur suicide.",
            "fr",
            "Der reinste Selbstmord.",
            "de",
        ),
        ("Il n'y aurait pas eu assez de vivres.", "fr", "Es gab nicht genug Proviant.", "de"),
        # a doubt told as a claim, or as a risk
        (
            "The man allegedly stole two bicycles.",
            "en",
            "Le procureur affirme que l'homme a volé deux vélos.",
            "fr",
        ),
        ("§ 11 dürfte sich als Hemmschuh erweisen.", "de", "L'article 11 risque de freiner.", "fr"),
        # "so-called" (angeblichen), "more likely to" and "can't possibly" are no doubts
        (
            "Sie erreichten den Fuß seines angeblichen Nordgrates.",
            "de",
            "Ils atteignirent le pied de son arête nord.",
            "fr",
        ),
        ("They are more likely to delay choosing.", "en", "Họ thích trì hoãn lựa chọn.", "vi"),
        (
            "Things can't possibly keep changing this fast.",
            "en",
            "Mọi thứ không thể mãi thay đổi nhanh như vậy.",
            "vi",
        ),
        # words of seeming are no doubts ("dường như quên" = "had just forgotten")
        ("I had just forgotten all about it.", "en", "Tôi dường như quên hẳn chuyện này.", "vi"),
        # German "offenbar" (evidently) and French "apparemment" are not read as doubts
        (
            "Offenbar war ein Tier auf die Insel gestiegen.",
            "de",
            "C'était indubitablement la trace d'un animal.",
            "fr",
        ),
        # a plan a cue negates is a fact ("has no plan to list"), an expectation someone
        # had is no hedge, and a time to come keeps a present from telling a plan as done
        (
            "Công ty cho biết chưa có kế hoạch niêm yết cổ phiếu.",
            "vi",
            "The company said a listing was not on the agenda.",
            "en",
        ),
        ("None of us expected to win.", "en", "Aucune de nous ne pensait gagner.", "fr"),
        (
            "Hội chợ năm sau dự kiến diễn ra vào tháng 3/2027.",
            "vi",
            "Next year's fair is pencilled in for March, before farmers started ploughing.",
            "en",
        ),
        # a language without tables
        ("Il ponte è previsto per maggio.", "it", "The bridge opened in May.", "en"),
    ],
)
def test_not_stated_as_fact(a, lang_a, b, lang_b) -> None:
    assert stated_as_fact(a, lang_a, b, lang_b) is None
