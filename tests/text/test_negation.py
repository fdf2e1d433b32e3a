"""Negation cues per language: what counts as negating a claim, and what only looks like it."""

from __future__ import annotations

import pytest

from transcheck.text.negation import (
    affirmative,
    count_negations,
    implicit_negations,
    negation_cues,
    opposite_words,
    polarity_differs,
)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Anh có biết điều đó không?", "vi"),  # yes/no question particle
        ("Bạn ăn cơm chưa?", "vi"),  # "… yet?" question particle
        ("Les photos sont soumises avant qu'aucune ne soit publiée.", "fr"),  # expletive ne
        ("Il faut partir avant que la nuit ne tombe.", "fr"),
        ("Nó có phải là nhiếp ảnh không nhỉ?", "vi"),
        ("Liệu ông có thấy là hợp lý không nếu có ai đó phải chết?", "vi"),
        ("Nếu không thì, khi tôi hỏi, bạn hãy vỗ tay.", "vi"),  # otherwise
        ("Con người không thể không mắc sai lầm.", "vi"),  # cannot but
        ("Trong tương lai không xa, tội phạm sẽ lên mạng.", "vi"),  # the near future
        ("Chất lượng không khí và không gian xanh đều tốt hơn.", "vi"),
        ("Boston doesn't just have a call center.", "en"),  # not only
        ("We're not just consumers of government.", "en"),
        ("Hey, why not?", "en"),
        ("The effect was not unlike a storm.", "en"),  # litotes
        ("Das verringerte das Gewicht nicht unerheblich.", "de"),  # litotes
        ("Il ne reste donc plus que quatre sommets à gravir.", "fr"),  # only
        ("Ce n'est là, il va sans dire, qu'un argument.", "fr"),
        ("Trois larges empreintes de pas sur la neige.", "fr"),  # "pas" = steps
        ("Nous revînmes sur nos pas.", "fr"),
        ("Combien ont jamais vu un blaireau en liberté ?", "fr"),  # jamais = ever
        ("Cela ne manque pas de créer des difficultés.", "fr"),  # litotes: it does
        ('They tell me to say, "No, tell them that we grew up with that."', "en"),  # answer
        ("Không, chúng tôi đã lớn lên cùng với điều đó.", "vi"),
    ],
)
def test_constructions_that_do_not_negate_the_claim(sentence: str, lang: str) -> None:
    assert count_negations(sentence, lang) == 0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Tôi không biết nói chuyện về rượu.", "vi"),
        ("Tôi nói: không, tôi không uống.", "vi"),
        ("Nó không ảnh hưởng gì đến tôi.", "vi"),  # "không ảnh hưởng", not "không ảnh"
        ("It seems to have sprouted up out of nowhere.", "en"),
        ("Une telle créature ne pouvait exister.", "fr"),  # literary "ne" without "pas"
        ("Ces nouvelles ne peuvent bénéficier du copyright.", "fr"),  # … in every tense
        ("Le pont ne pourra rouvrir avant mars.", "fr"),
        ("Il faut qu'aucun camion ne puisse passer.", "fr"),
        ("Il est hors de question de rouvrir le pont.", "fr"),  # = it is not possible
        ("Pas de difficultés notables.", "fr"),
        ("Rien de nouveau à signaler.", "fr"),
        ("Nulle part elle n'avait marché à quatre pattes.", "fr"),
        ("Der Vertrag wurde nicht unterzeichnet.", "de"),  # not litotes: "unter-"
        ("The rule was not understood.", "en"),
        ("They will not stop until it ends.", "en"),
    ],
)
def test_real_negations_still_count(sentence: str, lang: str) -> None:
    assert count_negations(sentence, lang) >= 1


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("We are unwilling to commit ourselves.", "en"),
        ("It was an irreversible decision.", "en"),
        ("For a year we were penniless.", "en"),
        ("Die Wände sind zwar hoffnungslos.", "de"),
        ("Ein technisch unschwieriger Berg.", "de"),
        ("Việc làm đó thật vô lương tâm.", "vi"),
        ("Cette sommité est inaccessible.", "fr"),
        # spared a chore: "would not have to haul" said positively
        ("Les pêcheurs s'épargneront le trajet jusqu'au port.", "fr"),
        ("Das erspart den Fischern die Fahrt zum Hafen.", "de"),
        ("It will spare the fishermen the trip to the port.", "en"),
        ("Ngư dân sẽ khỏi phải chở cá ra cảng.", "vi"),
        # "not before 10pm" said as a wait
        ("Les camions devront attendre 22 heures pour entrer.", "fr"),
    ],
)
def test_negation_inside_a_word_is_seen(sentence: str, lang: str) -> None:
    assert count_negations(sentence, lang) == 0
    assert implicit_negations(sentence, lang) >= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Bất kể đó là ai, họ đều đến.",  # regardless
        "Ma-yo, mù tạt, gia vị.",  # mustard
        "Bạn nghĩ chỉ số đập bóng là gì?",  # an index
        "Một CEO mất 9 phút cho mỗi việc.",  # it takes nine minutes
        "Nhóm đạt mục tiêu chỉ trong năm tuần.",  # within five weeks: how fast, not "only"
        "Lịch sử của người Mỹ gốc Phi.",  # Africa
        "Điều đó vô cùng thú vị.",  # extremely
        "Điều đó có vẻ như rất khó thực hiện.",  # hard to do: "hard" is no negation in English
    ],
)
def test_vietnamese_words_built_on_negative_syllables_need_not_negate(sentence: str) -> None:
    """Read backwards (vi→en), such a word kept a planted "not" from being checked ("…
    tiếp theo - bất kể đó là cái gì" against "all of us here are not a part of …"): the
    English cue was taken as explained."""
    assert implicit_negations(sentence, "vi") == 0
    assert polarity_differs(sentence, "vi", "It was not that.", "en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Une immense paroi , effroyablement raide .", "fr"),  # huge, not im-mense
        ("Il est mort de sa maladie .", "fr"),  # an illness, not mal-
        ("Bei einem Unfall zahlt die Expedition .", "de"),  # an accident, not un-Fall
        ("Er reiste nach Ungarn .", "de"),  # Hungary
        ("Ein Unwetter zog auf .", "de"),  # a storm
    ],
)
def test_words_that_only_look_negative_explain_no_cue(sentence: str, lang: str) -> None:
    """Read forward, "l' expédition ne doit pas verser … une indemnité" against "Bei einem
    Unfall hat die Expedition … Schadenersatz zu leisten" was no candidate: "Unfall" was
    taken for a word that negates inside it, as "unbekannt" does."""
    assert implicit_negations(sentence, lang) == 0
    other = "Rien ne se passa ." if lang == "de" else "Es geschah nichts ."
    other_lang = "fr" if lang == "de" else "de"
    assert polarity_differs(sentence, lang, other, other_lang)


def test_a_cue_is_explained_by_a_negative_word_on_the_other_side() -> None:
    # "không sẵn sàng" = "unwilling": the same meaning, one side with a cue word
    assert not polarity_differs(
        "We are unwilling to commit ourselves to a process of truth.",
        "en",
        "Chúng ta không sẵn sàng thừa nhận chân lý.",
        "vi",
    )
    assert not polarity_differs(
        "Die Wände sind zwar hoffnungslos.", "de", "Les parois ne laissent aucun espoir.", "fr"
    )


def test_only_in_vain_and_unwanted_explain_a_negation_on_the_other_side() -> None:
    # "only reached 7200 m" = "did not get beyond 7200 m"; "in vain" = "without success"
    assert not polarity_differs(
        "Seule une hauteur de 7200 m a été atteinte.", "fr", "On n'a pas dépassé 7200 m.", "fr"
    )
    assert not polarity_differs(
        "Es wurde nur eine Höhe von 7200 m erreicht.", "de", "On n'a pas dépassé 7200 m.", "fr"
    )
    assert not polarity_differs("Mais cette fois en vain.", "fr", "Mais sans succès.", "fr")
    assert not polarity_differs(
        "Si elle estime que la conduite est indésirable.",
        "fr",
        "Si elle estime que la conduite n'est pas souhaitable.",
        "fr",
    )


def test_a_flipped_claim_is_a_polarity_difference() -> None:
    assert polarity_differs(
        "I had a chat with Gary this afternoon.",
        "en",
        "Chiều nay tôi đã không có cuộc nói chuyện với Gary.",
        "vi",
    )
    assert polarity_differs(
        "Fahrzeuge konnten die Straße nicht mehr befahren.",
        "de",
        "Les véhicules pouvaient encore emprunter la route.",
        "fr",
    )
    assert not polarity_differs("Bạn có biết không?", "vi", "Do you know?", "en")


@pytest.mark.parametrize(
    ("sentence", "lang", "plain"),
    [
        ("Life hadn 't changed for centuries.", "en", "Life had changed for centuries."),
        ("They don't know that it was different.", "en", "They do know that it was different."),
        ("I can't tell you how it works.", "en", "I can tell you how it works."),
        ("Nobody came, and we won't wait.", "en", "Somebody came, and we will wait."),
        ("Nhiệm vụ của tôi không phải là thức khuya.", "vi", "Nhiệm vụ của tôi là thức khuya."),
        ("Tôi chưa ăn, đừng đi.", "vi", "Tôi đã ăn, hãy đi."),
        ("Điều này không có nghĩa gì?", "vi", "Điều này có nghĩa gì?"),
        ("Xe cộ không thể lưu thông.", "vi", "Xe cộ có thể lưu thông."),
        # "not yet able" is "able", not the ungrammatical "đã thể" (a blind pair)
        ("Lũ chưa thể rút trước thứ Sáu.", "vi", "Lũ có thể rút trước thứ Sáu."),
        ("Il n'était pas accompagné du sherpa.", "fr", "Il était accompagné du sherpa."),
        ("On ne trouva rien.", "fr", "On trouva quelque chose."),
        # the subject negated (a blind pair's flip was missed with only "ne" taken out)
        ("Aucune aide d'urgence ne sera versée.", "fr", "Une aide d'urgence sera versée."),
        ("Aucun élu n'a voté contre.", "fr", "Un élu a voté contre."),
        ("Rien n'a changé.", "fr", "Quelque chose a changé."),
        ("Kein Mensch war nicht dort.", "de", "Ein Mensch war dort."),
        ("Sie kamen ohne Führer.", "de", "Sie kamen mit Führer."),
        # a cue of time denies "still": "no longer passable" is "still passable" denied
        ("Die Straße ist nicht mehr befahrbar.", "de", "Die Straße ist noch befahrbar."),
        ("The road is no longer passable.", "en", "The road is still passable."),
        ("It took no longer than an hour.", "en", "It took longer than an hour."),
        # "không … nữa" too: "no longer sells" is "still sells" denied (a blind pair's flip
        # to "continuerait d'écouler" came 0.2 hundredths closer with "nữa" left in)
        ("Họ sẽ không bán cá cho thương lái nữa.", "vi", "Họ sẽ vẫn bán cá cho thương lái."),
        ("Cây cầu không còn an toàn.", "vi", "Cây cầu vẫn còn an toàn."),
        # "not yet" denies "already", as "chưa" denies "đã" (blind round 41: "n'a pas encore
        # rendu ses conclusions" → "đã đưa ra kết luận" came 0.5 hundredths closer with
        # "encore" left in, 0.8 with "déjà")
        ("Il n'a pas encore rendu ses conclusions.", "fr", "Il a déjà rendu ses conclusions."),
        ("The mediator has not yet reported.", "en", "The mediator has already reported."),
        ("The mediator hasn't yet reported.", "en", "The mediator has already reported."),
        (
            "Der Schlichter hat noch nicht entschieden.",
            "de",
            "Der Schlichter hat schon entschieden.",
        ),
        ("Es gibt noch keine Entscheidung.", "de", "Es gibt schon eine Entscheidung."),
        (
            "Ces nouvelles ne peuvent bénéficier du copyright.",
            "fr",
            "Ces nouvelles peuvent bénéficier du copyright.",
        ),
        ("Il est hors de question de rouvrir.", "fr", "Il est possible de rouvrir."),
    ],
)
def test_affirmative_takes_the_cues_out(sentence: str, lang: str, plain: str) -> None:
    assert affirmative(sentence, lang) == plain
    assert count_negations(plain, lang) == 0


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Boston doesn't just have a call center.", "en"),  # not only: no cue to flip
        ('They tell me to say, "No, tell them."', "en"),  # an answer word
        ("Anh có biết điều đó không?", "vi"),  # question particle
        ("Das verringerte das Gewicht nicht unerheblich.", "de"),  # litotes
        ("The fair opens on Monday.", "en"),
    ],
)
def test_affirmative_leaves_what_does_not_negate(sentence: str, lang: str) -> None:
    assert affirmative(sentence, lang) == sentence


def test_negation_cues_are_the_words_a_report_points_at() -> None:
    assert negation_cues("They don't know that.", "en") == ["don't"]
    assert negation_cues("Il n'était pas accompagné.", "fr") == ["n'était", "pas"]
    assert negation_cues("Xe cộ không thể lưu thông.", "vi") == ["không"]
    assert negation_cues("Not only this, but also that.", "en") == []


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("Mit einem Gewinn rechnet Moonline frühestens 2028.", "de"),
        ("Moonline ne prévoit des bénéfices qu'en 2028 au plus tôt.", "fr"),
        ("Moonline dự kiến có lãi sớm nhất vào năm 2028.", "vi"),
    ],
)
def test_at_the_earliest_says_not_before(other: str, lang: str) -> None:
    """ "does not expect a profit before 2028" = "frühestens 2028": a blind pair's faithful
    sentence was a negation flip at 0.97."""
    english = "Moonline does not expect to turn a profit before 2028."
    assert not polarity_differs(english, "en", other, lang)
    # German "erst" alone ("erst kürzlich", only recently) is too common a word to say it;
    # "erst ab 2028" says it (test_erst_before_a_time_is_a_not_until)
    assert polarity_differs(
        "Die Ergebnisse wurden erst kürzlich bekannt.", "de",
        "Les résultats n'ont pas été connus récemment.", "fr",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Bà Wolter loại trừ khả năng sa thải nhân viên.", "vi"),
        ("Wolter ruled out layoffs.", "en"),
        ("Wolter a exclu des licenciements.", "fr"),
    ],
)
def test_not_ruling_out_is_not_ruling_out(sentence: str, lang: str) -> None:
    """ "schloss … nicht aus" (did not rule out) against "loại trừ" (ruled out): the
    word that explains a cue the other side lacks is on both sides, so the cue is a flip
    (a blind pair's negation shift was missed)."""
    german = "Betriebsbedingte Kündigungen schloss Wolter nicht aus."
    assert polarity_differs(german, "de", sentence, lang)
    assert polarity_differs(
        "Kündigungen schloss Wolter aus.", "de", "Wolter did not rule out layoffs.", "en"
    )
    assert not polarity_differs(german, "de", "Wolter did not rule out layoffs.", "en")
    # a word that negates on the plain side alone still explains the cue
    assert not polarity_differs(
        "Die Firma konnte nicht liefern.", "de", "The firm failed to deliver.", "en"
    )


@pytest.mark.parametrize(
    ("other", "lang", "differs"),
    [
        ("Eine Wiedereröffnung der Brücke ist ausgeschlossen.", "de", False),
        ("Die Brücke wieder zu öffnen, kommt nicht in Frage.", "de", False),
        ("Reopening the bridge is out of the question.", "en", False),
        ("Die Brücke wieder zu öffnen, ist möglich.", "de", True),  # a planted flip (de–fr dev)
    ],
)
def test_out_of_the_question_is_a_negation(other: str, lang: str, differs: bool) -> None:
    french = "Il est hors de question de rouvrir le pont."
    assert polarity_differs(french, "fr", other, lang) is differs


@pytest.mark.parametrize(
    ("plain", "plain_lang"),
    [
        ("Diese Pläne sind mit der Einigung vom Tisch.", "de"),
        ("With the deal, these plans are off the table.", "en"),
        ("Avec l'accord, ces projets sont caducs.", "fr"),
        ("Avec l'accord, ces projets sont abandonnés.", "fr"),
    ],
)
def test_a_plan_off_the_table_is_no_longer_on(plain: str, plain_lang: str) -> None:
    """ "vom Tisch" = "ne sont plus d'actualité" (a blind pair's false negation finding)."""
    negated = "Avec l'accord, ces projets ne sont plus d'actualité."
    assert not polarity_differs(plain, plain_lang, negated, "fr")
    assert polarity_differs("Diese Pläne bleiben auf dem Tisch.", "de", negated, "fr")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Le cambriolage n’est pas sans rappeler le vol de 2019.", "fr"),
        ("The theft is not without precedent.", "en"),
        ("Der Einbruch ist nicht ohne Vorbild.", "de"),
        # split round its verb (blind round 50)
        ("Ganz ohne Risiko sei die erste Probe aber nicht gewesen.", "de"),
    ],
)
def test_a_litotes_with_without_is_no_negation(sentence: str, lang: str) -> None:
    """ "n'est pas sans rappeler" (recalls) against "weckt Erinnerungen" (a blind pair)."""
    assert count_negations(sentence, lang) == 0


def test_without_alone_before_a_not_still_negates() -> None:
    """Only "ganz ohne … nicht" is the split litotes: "Ohne Helm ist das Fahren nicht
    erlaubt" forbids riding without a helmet."""
    assert count_negations("Ohne Helm ist das Fahren nicht erlaubt.", "de") == 2


def test_giving_something_up_explains_a_not() -> None:
    """ "appelé les skieurs à renoncer au hors-piste" = "urged skiers not to venture
    off-piste" (a blind pair); "would venture" against it is a flip."""
    fr = "La préfecture a appelé les skieurs à renoncer au hors-piste."
    assert not polarity_differs(
        fr, "fr", "The prefecture urged skiers not to venture off-piste.", "en"
    )
    assert not polarity_differs(
        "He gave up the race.", "en", "Il n'a pas continué la course.", "fr"
    )
    assert polarity_differs(
        "Die Skifahrer fuhren abseits der Piste.",
        "de",
        fr.replace("renoncer au", "ne pas aller au"),
        "fr",
    )


@pytest.mark.parametrize(
    ("negated", "negated_lang", "plain", "plain_lang", "differs"),
    [
        # a double negative affirms: "not spared" = "affected" (a blind pair's litotes)
        (
            "Les villages voisins ne sont pas épargnés.",
            "fr",
            "Các làng cũng chịu ảnh hưởng.",
            "vi",
            False,
        ),
        (
            "Auch die Nachbardörfer blieben nicht verschont.",
            "de",
            "Nearby villages were hit.",
            "en",
            False,
        ),
        ("Nông dân cũng không tránh khỏi ảnh hưởng.", "vi", "Farmers were hit too.", "en", False),
        (
            "The province would not hesitate to ask for help.",
            "en",
            "La province était prête à demander de l'aide.",
            "fr",
            False,
        ),
        ("He did not hesitate.", "en", "Il a hésité.", "fr", True),
        # "épargne" is savings, no litotes
        ("Il n'a pas d'épargne.", "fr", "He has savings.", "en", True),
        # only fixed litotes: "không mất" (not lost) against an idiom for losing is a flip
        (
            "Chúng ta đã không mất kiểm soát.",
            "vi",
            "And we got carried away with it.",
            "en",
            True,
        ),
        ("Ils ne sont pas immobilisés dans la tente.", "fr", "Sie warteten im Zelt.", "de", True),
        ("She was not breathless.", "en", "Bà rất khó thở.", "vi", True),
    ],
)
def test_a_double_negative_affirms(
    negated: str, negated_lang: str, plain: str, plain_lang: str, differs: bool
) -> None:
    assert polarity_differs(negated, negated_lang, plain, plain_lang) is differs


def test_a_first_time_is_a_never_before() -> None:
    """ "n'avait encore jamais siégé" = "the first time the party sits" (a blind pair)."""
    never = "Le parti n'avait encore jamais siégé au conseil."
    assert not polarity_differs(never, "fr", "It is the first time the party sits.", "en")
    assert not polarity_differs(never, "fr", "Die Partei sitzt erstmals im Rat.", "de")
    assert not polarity_differs(never, "fr", "Lần đầu đảng này có ghế.", "vi")
    assert polarity_differs(never, "fr", "The party sat on the council before.", "en")


def test_a_highest_since_is_a_never_reached_since() -> None:
    """ "un niveau jamais atteint depuis 1998" = "mức cao nhất kể từ 1998" (a blind pair);
    a level reached before is not."""
    never = (
        "La région a accueilli 13,8 millions de visiteurs, un niveau jamais atteint depuis 1998."
    )
    for plain, lang in [
        ("Vùng này đã đón 13,8 triệu lượt khách, mức cao nhất kể từ năm 1998.", "vi"),
        ("The region welcomed 13.8 million visitors, the highest number since 1998.", "en"),
        ("Die Region zählte 13,8 Millionen Besucher, die höchste Zahl seit 1998.", "de"),
    ]:
        assert not polarity_differs(never, "fr", plain, lang), plain
    assert polarity_differs(never, "fr", "The region matched the 13.8 million of 1998.", "en")
    negated = "Die Inflation ist nicht auf dem höchsten Stand seit 1993."
    assert polarity_differs("Inflation is at its highest level since 1993.", "en", negated, "de")


def test_a_superlative_ever_is_a_jamais() -> None:
    """ "the third-highest price ever paid" = "le troisième prix le plus élevé jamais payé"
    (a blind pair): French says "ever" with "jamais" after a superlative, no negation; and a
    superlative "ever" explains a French "never" said with "ne"."""
    assert count_negations("le troisième prix le plus élevé jamais payé pour lui", "fr") == 0
    assert count_negations("signe le meilleur score jamais obtenu par son parti", "fr") == 0
    assert count_negations("la plus grande part n'a jamais été versée", "fr") == 1
    never = "Aucun de ses tableaux n'a jamais été vendu aussi cher."
    for plain, lang in [
        ("It sold for £4.2 million, the highest price ever paid for him.", "en"),
        ("Es wurde für 4,2 Mio. Pfund verkauft, der höchste je gezahlte Preis.", "de"),
        ("Nó được bán với giá 4,2 triệu bảng, mức giá cao thứ ba từng được trả.", "vi"),
    ]:
        assert not polarity_differs(never, "fr", plain, lang), plain
    assert polarity_differs(never, "fr", "It sold for £4.2 million, a price paid before.", "en")


def test_keeping_a_thing_as_it_is_is_not_touching_it() -> None:
    """« Je ne toucherai pas à ma recette » = "Công thức của tôi sẽ giữ nguyên" (a blind
    pair); a recipe that changes is not."""
    fr = "« Je ne toucherai pas à ma recette », a promis le jeune artisan."
    assert not polarity_differs(fr, "fr", "“Công thức của tôi sẽ giữ nguyên”, anh hứa.", "vi")
    assert not polarity_differs("Le taux reste inchangé.", "fr", "The rate did not change.", "en")
    assert polarity_differs(fr, "fr", "“Công thức của tôi sẽ thay đổi”, anh hứa.", "vi")


def test_going_on_as_before_is_not_being_touched() -> None:
    """ "ne seront pas touchés" = "will run as normal", "sẽ không bị đóng cửa" = "bleibt in
    Betrieb" (blind pairs); a side that negates the going-on too still differs."""
    fr = "Les trains Lyria vers la Suisse ne seront pas touchés, précise la compagnie."
    assert not polarity_differs(fr, "fr", "Lyria trains to Switzerland will run as normal.", "en")
    vi = "Sân bay sẽ không bị đóng cửa trong thời gian sửa chữa."
    assert not polarity_differs(
        vi, "vi", "Der Flughafen bleibt während der Arbeiten in Betrieb.", "de"
    )
    assert polarity_differs(fr, "fr", "Lyria trains to Switzerland will be affected.", "en")
    not_normal = "Les trains ne circulent pas normalement."
    assert polarity_differs(not_normal, "fr", "Trains are running normally.", "en")


def test_no_after_an_elided_de_is_taken_out_whole() -> None:
    """ "ne souffrait d'aucune fracture" is "souffrait d'une fracture" without its cue (the
    test had left "d'aucune", and a blind pair's flip stayed under the threshold)."""
    fr = "Le directeur a assuré que le coureur ne souffrait d’aucune fracture."
    assert affirmative(fr, "fr") == "Le directeur a assuré que le coureur souffrait d’une fracture."
    assert negation_cues(fr, "fr") == ["ne", "d’aucune"]
    assert affirmative("Il ne dispose d'aucun permis.", "fr") == "Il dispose d'un permis."


def test_erst_before_a_time_is_a_not_until() -> None:
    """ "soll erst ab 2028 gelten" = "will not apply until 2028" (a blind pair); without
    "erst" the German says it applies from 2028, which "not until" does not."""
    en = "A fixed mechanism will not apply until 2028."
    assert not polarity_differs("Ein fester Mechanismus soll erst ab 2028 gelten.", "de", en, "en")
    assert polarity_differs("Ein fester Mechanismus soll ab 2028 gelten.", "de", en, "en")
    assert implicit_negations("Die erste Etappe ist erstaunlich.", "de") == 0


def test_a_negated_subject_is_taken_out_with_its_capitals() -> None:
    """The rules match the lower-cased sentence; what they keep of it keeps its capitals:
    "Aucun bateau de Brittany Ferries n'a pu" is "Un bateau de Brittany Ferries a pu" (it
    had read "brittany ferries")."""
    fr = "Aucun bateau de Brittany Ferries n’a pu rallier Roscoff mercredi."
    assert affirmative(fr, "fr") == "Un bateau de Brittany Ferries a pu rallier Roscoff mercredi."
    assert negation_cues(fr, "fr") == ["Aucun", "n’a"]


def test_a_german_cue_closing_the_sentence_is_taken_out() -> None:
    """ "… am Samstag nicht." was never tested (the rule wanted a space after "nicht"), so a
    blind pair's flip stayed at the untested 0.38."""
    de = "Offiziell gesperrt war die Route über den Wyssgrat am Samstag nicht."
    assert affirmative(de, "de") == "Offiziell gesperrt war die Route über den Wyssgrat am Samstag."
    assert negation_cues(de, "de") == ["nicht"]
    assert affirmative("Das stimmt nicht, sagte er.", "de") == "Das stimmt, sagte er."


def test_an_expletive_ne_after_a_comparison_says_what_not_expected_says() -> None:
    """ "did not expect … as hard as it did" = "plus durement que nous ne l'avions prévu"
    (a blind pair); "nous ne l'avions pas prévu" negates and still differs."""
    en = "We did not expect the wet season to hit our rail line as hard as it did."
    fr = "La saison des pluies a frappé notre ligne bien plus durement que nous ne l’avions prévu."
    assert not polarity_differs(en, "en", fr, "fr")
    assert polarity_differs("We expected the storm.", "en", "Nous ne l’avions pas prévu.", "fr")


def test_a_first_since_may_stand_six_words_from_its_since() -> None:
    """ "had not bought a painting of this value since 1996" = "le premier achat d'un
    tableau de cette valeur depuis 1996" (a blind pair)."""
    en = "The museum had not bought a painting of this value since 1996."
    fr = "C'est le premier achat d'un tableau de cette valeur depuis 1996."
    assert not polarity_differs(en, "en", fr, "fr")
    assert polarity_differs(en, "en", "C'est un achat d'un tableau de cette valeur.", "fr")


def test_a_shortage_is_a_lack() -> None:
    """ "to rule out a repeat of the power shortages" = "tình trạng thiếu điện … sẽ không thể
    tái diễn" (a blind pair): the shortage is the lack the Vietnamese "thiếu" says."""
    en = "The new plants rule out a repeat of the power shortages of 2023."
    vi = "Tình trạng thiếu điện như năm 2023 sẽ không thể tái diễn."
    assert not polarity_differs(en, "en", vi, "vi")
    assert polarity_differs("The new plants allow a repeat of the power cuts.", "en", vi, "vi")


@pytest.mark.parametrize(
    ("sentence", "lang", "other", "other_lang"),
    [
        (
            "Sie ist die erste Schweizer Läuferin seit 2009, die das Rennen gewinnt.",
            "de",
            "Aucune coureuse suisse n'avait gagné la course depuis 2009.",
            "fr",
        ),
        (
            "He is the first local mayor since 2006 to be re-elected.",
            "en",
            "Không thị trưởng địa phương nào được tái đắc cử kể từ năm 2006.",
            "vi",
        ),
        (
            "Les pluies ne devraient pas dépasser 20 millimètres.",
            "fr",
            "Es dürften höchstens 20 Millimeter Regen fallen.",
            "de",
        ),
        (
            "Xe tải chỉ được chạy tối đa 60 km/h.",
            "vi",
            "Trucks may not go faster than 60 km/h.",
            "en",
        ),
    ],
)
def test_first_since_and_at_most_say_a_negation_without_a_cue(
    sentence: str, lang: str, other: str, other_lang: str
) -> None:
    """ "the first since 2009" = "none since 2009"; "at most 20" = "not more than 20"."""
    assert not polarity_differs(sentence, lang, other, other_lang)
    assert not polarity_differs(other, other_lang, sentence, lang)


def test_an_instruction_is_no_negation_and_empty_handed_is_one() -> None:
    """ "chỉ thị" (instruction) is no "chỉ" (only): a dropped "not" shows against it; "ra về
    tay trắng" (leave empty-handed) says "keinen Punkt"."""
    en = "The court accepted that he had not profited and had followed his employer's instructions."
    vi = "Tòa chấp nhận rằng ông có hưởng lợi và đã làm theo chỉ thị của chủ."
    assert polarity_differs(en, "en", vi, "vi")
    de = "Wer seine Chancen nicht nutzt, hat keinen Punkt verdient."
    vi = "Đội nào phung phí cơ hội thì ra về tay trắng là xứng đáng."
    assert not polarity_differs(de, "de", vi, "vi")


@pytest.mark.parametrize(
    ("sentence", "lang", "other", "other_lang"),
    [
        (
            "Files are not sent to the server unless the user shares them.",
            "en",
            "Auf den Server gelangen die Dateien nur, wenn der Nutzer sie teilt.",
            "de",
        ),
        (
            "The lake rose to its highest level on record.",
            "en",
            "Le lac n'avait jamais atteint un tel niveau.",
            "fr",
        ),
        (
            "Bác sĩ khuyên phụ huynh không tự ý cho trẻ uống kháng sinh.",
            "vi",
            "The doctor advised parents against giving children antibiotics themselves.",
            "en",
        ),
    ],
)
def test_unless_a_record_and_advising_against_say_what_a_cue_says(
    sentence: str, lang: str, other: str, other_lang: str
) -> None:
    """ "not … unless" is "only if": the cue does not negate the "unless" beside it."""
    assert not polarity_differs(sentence, lang, other, other_lang)


def test_a_cue_that_negates_ruling_out_still_differs_from_ruling_out() -> None:
    assert polarity_differs(
        "He did not rule out a second vote.", "en", "Er schloss eine zweite Wahl aus.", "de"
    )


def test_a_record_as_a_noun_explains_no_cue() -> None:
    """ "a record level" says "never before"; "the altitude record" she set says nothing of
    the kind, so a "kein" against it still differs."""
    assert polarity_differs(
        "Elle avait établi le record d'altitude féminin.",
        "fr",
        "Sie hatte keinen Höhenrekord für Frauen aufgestellt.",
        "de",
    )
    assert not polarity_differs(
        "Le fleuve a atteint mardi un niveau record.",
        "fr",
        "Einen solchen Pegel hatte der Fluss noch nie erreicht.",
        "de",
    )


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "differs"),
    [
        ("Le club n’avait jamais joué en finale.", "fr",
         "Es ist das erste Finale des Vereins.", "de", False),
        ("The firm had never made a profit.", "en",
         "C'est le premier bénéfice de la société.", "fr", False),
        ("Le club n’a pas joué la première finale.", "fr",
         "Der Verein spielte das erste Finale.", "de", True),
        # "none … before" is "the first" too (a blind pair of the twenty-eighth round)
        ("None of the crew has raced outside Britain before.", "en",
         "Ce sera la première course de l’équipage hors du Royaume-Uni.", "fr", False),
        ("None of the crew has raced outside Britain.", "en",
         "Ce sera la première course de l’équipage hors du Royaume-Uni.", "fr", True),
        ("Aucun membre de l’équipage n’a jamais couru hors de Grande-Bretagne.", "fr",
         "Ce sera la première course de l’équipage hors du Royaume-Uni.", "fr", False),
        # "trước nay chưa có … nào" (never before any) = "die erste" (round twenty-nine)
        ("Thành phố trước nay chưa có sân băng nào đủ điều kiện thi đấu.", "vi",
         "Es sei die erste Eisbahn der Stadt, auf der Wettkämpfe möglich seien.", "de", False),
        ("Thành phố chưa có sân băng nào đủ điều kiện thi đấu.", "vi",
         "Es sei die erste Eisbahn der Stadt, auf der Wettkämpfe möglich seien.", "de", True),
        ("Die Stadt habe bisher keine Eisbahn gehabt.", "de",
         "Es sei die erste Eisbahn der Stadt.", "de", False),
        # a ban, a limit in time, "not … since" said as "last" (round thirty)
        ("Dogs are not allowed on the beach.", "en",
         "Les chiens sont interdits sur la plage.", "fr", False),
        ("Aucune voiture ne pourra circuler dans le centre.", "fr",
         "Ô tô bị cấm lưu thông trong khu vực trung tâm.", "vi", False),
        ("The licence does not allow the wheel to stay beyond October 2029.", "en",
         "Spätestens im Oktober 2029 muss das Rad wieder weg.", "de", False),
        ("Le nettoyage ne sera pas terminé avant lundi midi.", "fr",
         "Phải đến trưa thứ Hai, việc dọn dẹp các tuyến phố mới hoàn tất.", "vi", False),
        ("The town has not had a big wheel on its seafront since 2019.", "en",
         "Ein Riesenrad gab es an der Uferpromenade zuletzt 2019.", "de", False),
        ("The town has not had a big wheel on its seafront.", "en",
         "Ein Riesenrad gab es an der Uferpromenade zuletzt 2019.", "de", True),
        # "gefehlt", "erst Anfang", "duy nhất" (round thirty-one)
        ("Im August hat einfach die Sonne gefehlt.", "de",
         "There simply wasn’t enough sun in August.", "en", False),
        ("Die Kampagne endet damit erst Anfang Januar.", "de",
         "The campaign will not finish until early January.", "en", False),
        ("Il n’existe pas d’autre instrument de cette qualité.", "fr",
         "Đây là cây đàn duy nhất đạt được chất lượng như vậy.", "vi", False),
        ("Einen Umzug nach Polen schließt der Chef aus.", "de",
         "Il n'est pas question de déménager en Pologne.", "fr", False),
        ("Einen Umzug schließt der Chef nicht aus.", "de",
         "Le patron exclut un déménagement.", "fr", True),
        ("Le parti plafonne à 4 %.", "fr",
         "Die Partei kam nicht über 4 Prozent hinaus.", "de", False),
        ("Rents were capped at 900 euros.", "en",
         "Les loyers ne pouvaient pas dépasser 900 euros.", "fr", False),
    ],
)  # fmt: skip
def test_never_as_first_a_present_ruling_out_and_a_cap(a, lang_a, b, lang_b, differs) -> None:
    """ "had never played a final" = "its first final"; "schließt … aus" (rules out) =
    "il n'est pas question"; "plafonne à" / "capped at" = "not beyond"."""
    assert polarity_differs(a, lang_a, b, lang_b) is differs


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "differs"),
    [
        ("Cảnh sát chưa loại trừ khả năng khác.", "vi",
         "La police a écarté les autres hypothèses.", "fr", True),
        ("Cảnh sát chưa loại trừ khả năng khác.", "vi",
         "La police n'a pas écarté les autres hypothèses.", "fr", False),
        ("Cảnh sát đã loại trừ khả năng khác.", "vi",
         "La police n'a pas exclu d'autres pistes.", "fr", True),
        ("Regen ist nicht vor Freitag zu erwarten.", "de",
         "Pour la pluie, il faudra attendre au moins vendredi.", "fr", False),
    ],
)  # fmt: skip
def test_ruling_out_in_vietnamese_and_waiting_at_least(a, lang_a, b, lang_b, differs) -> None:
    """ "loại trừ" is ruling out (not "trừ", except); "écarter" rules out; "il faudra
    attendre au moins" is "not before"."""
    assert polarity_differs(a, lang_a, b, lang_b) is differs


def test_a_number_sign_is_no_negation() -> None:
    assert count_negations("The evening closes with Symphony No 8.", "en") == 0
    assert count_negations("There is no train at 8.", "en") == 1


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "other_lang"),
    [
        # "never so large" is the largest ever
        (
            "Jamais un navire aussi long n'avait accosté au port.",
            "fr",
            "It is the longest ship ever to dock in the port.",
            "en",
        ),
        (
            "I have never paid so much for a ticket.",
            "en",
            "C'est le plus cher que j'aie jamais payé un billet.",
            "fr",
        ),
        (
            "Ich habe noch nie so viel für Strom bezahlt.",
            "de",
            "It is the most I have paid for electricity.",
            "en",
        ),
        # "too … to" is "not … enough"
        (
            "Many tenants did not dare to complain.",
            "en",
            "Nhiều người thuê nhà quá sợ hãi nên im lặng.",
            "vi",
        ),
        (
            "Viele Mieter wagten nicht, sich zu beschweren.",
            "de",
            "Many tenants were too afraid to complain.",
            "en",
        ),
        (
            "Beaucoup n'osaient pas se plaindre.",
            "fr",
            "Viele waren zu ängstlich, um sich zu beschweren.",
            "de",
        ),
        # "not before" is "wait until"
        (
            "Aucune décision ne sera prise avant le vote du budget.",
            "fr",
            "Any decision will have to wait until the budget vote.",
            "en",
        ),
        (
            "Eine Entscheidung fällt nicht vor der Abstimmung.",
            "de",
            "Quyết định phải chờ đến cuộc bỏ phiếu.",
            "vi",
        ),
        # "not change" is "stay the same"
        ("Die Gebühren werden sich nicht ändern.", "de", "Fees will stay the same.", "en"),
        ("Fees will not change.", "en", "Les tarifs resteront les mêmes.", "fr"),
        ("Les tarifs ne changeront pas.", "fr", "Die Gebühren bleiben unverändert.", "de"),
        ("Fees will not change.", "en", "Mức phí vẫn như cũ.", "vi"),
        # "not before" is "until at least", "at least until" or holding back until
        (
            "Le nouveau pont ne sera pas ouvert avant l'automne 2028.",
            "fr",
            "The new bridge will stay shut until at least autumn 2028.",
            "en",
        ),
        (
            "Der Verein wird die Halle nicht vor dem Frühjahr verkaufen.",
            "de",
            "The club is holding the hall back from sale until spring.",
            "en",
        ),
        (
            "Nhà máy chưa tuyển thêm công nhân trước tháng 9.",
            "vi",
            "L'usine attendra au moins septembre pour embaucher.",
            "fr",
        ),
        # "never so many" is a record number, or more than in any year since
        (
            "Noch nie kamen so viele Besucher zum Stadtfest.",
            "de",
            "The town festival drew a record number of visitors.",
            "en",
        ),
        (
            "Le port n'avait jamais accueilli autant de navires depuis 1998.",
            "fr",
            "The port welcomed more ships than in any year since 1998.",
            "en",
        ),
        # kept from: prevented
        (
            "Das Netz soll die Vögel nicht wegfliegen lassen.",
            "de",
            "The net is meant to keep the birds from flying off.",
            "en",
        ),
        (
            "Cọc tre giúp cây non không bị sóng cuốn trôi.",
            "vi",
            "Bamboo stakes keep the waves from washing the seedlings away.",
            "en",
        ),
        # outgrowing a room: it is no longer big enough
        (
            "Die Gruppe passte nicht mehr in den alten Saal.",
            "de",
            "The group had outgrown the old hall.",
            "en",
        ),
        # a superlative and "since" with a clause between them
        (
            "Seit den Achtzigerjahren hat der Hafen keinen größeren Frachter gesehen.",
            "de",
            "Đây là tàu hàng lớn nhất mà cảng này đón được kể từ thập niên 80.",
            "vi",
        ),
        (
            "Seit den Achtzigerjahren hat der Hafen keinen größeren Frachter gesehen.",
            "de",
            "Es ist der größte Frachter, den der kleine Hafen seit den Achtzigerjahren sah.",
            "de",
        ),
    ],
)
def test_a_superlative_too_and_waiting_explain_a_cue(
    negated: str, lang: str, plain: str, other_lang: str
) -> None:
    """Phrasings a negation turns into (blind pairs of the twenty-first to twenty-third
    rounds, in our words)."""
    assert not polarity_differs(negated, lang, plain, other_lang)


def test_a_plain_superlative_or_wait_does_not_explain_a_flip() -> None:
    """Without "ever" or a perfect, a superlative says nothing of a negation."""
    flipped = "The council did not approve the largest budget."
    assert polarity_differs(flipped, "en", "Der Rat billigte den größten Haushalt.", "de")
    assert polarity_differs(
        "Le bac ne sera pas remis en service.", "fr", "The ferry will be back in service.", "en"
    )


def test_within_hours_is_how_fast_not_only() -> None:
    """ "chỉ trong vài giờ" (within hours) does not explain a flipped "did not believe" (a
    blind pair); "chỉ" restricting a claim still does."""
    en = "Police did not believe the money stayed in the country for more than a day."
    vi = "Cảnh sát tin rằng số tiền đã được chuyển đi chỉ trong vài giờ."
    assert polarity_differs(en, "en", vi, "vi")
    only = "Cảnh sát chỉ tin rằng số tiền đã được chuyển đi."
    assert not polarity_differs(en, "en", only, "vi")


def test_ever_inside_a_superlative_negates_nothing() -> None:
    """ "son plus haut niveau jamais enregistré" = "its highest level on record": "jamais"
    is the superlative's "ever" (an earlier pair, after the superlative rule above)."""
    en = "The river rose to its highest level on record on Tuesday."
    fr = "Le fleuve a atteint mardi son plus haut niveau jamais enregistré."
    assert not polarity_differs(en, "en", fr, "fr")


def test_a_flip_beside_staying_the_same_still_differs() -> None:
    assert polarity_differs("Fees will not change.", "en", "Les tarifs vont changer.", "fr")


def test_until_and_a_record_alone_do_not_explain_a_flip() -> None:
    """Only "until at least" or holding back says "not before"; a plain "until" and a
    record said with no number do not."""
    assert polarity_differs(
        "Le pont ne sera pas ouvert jusqu'en 2028.",
        "fr",
        "The bridge will be open until 2028.",
        "en",
    )
    assert polarity_differs(
        "Der Verein hat keinen Rekord aufgestellt.", "de", "The club set a record.", "en"
    )


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "other_lang"),
    [
        (
            "For the shops on the quay, the strike could not have come at a worse time.",
            "en",
            "Pour les commerces du quai, la grève tombe au pire moment.",
            "fr",
        ),
        (
            "Der Streik hätte für die Geschäfte nicht schlechter kommen können.",
            "de",
            "The strike came at the worst moment for the shops.",
            "en",
        ),
        (
            "La grève n'aurait pas pu tomber plus mal pour les commerces.",
            "fr",
            "Cuộc đình công diễn ra vào thời điểm tệ nhất với các cửa hàng.",
            "vi",
        ),
        (
            "The weather for the opening couldn't have been better.",
            "en",
            "Das Wetter zur Eröffnung war ideal.",
            "de",
        ),
    ],
)
def test_a_negated_comparison_is_a_superlative(
    negated: str, lang: str, plain: str, other_lang: str
) -> None:
    """ "could not have come at a worse time" says "at the worst time": no cue to flip (the
    twenty-fifth blind round, in our words)."""
    assert count_negations(negated, lang) == 0
    assert not polarity_differs(negated, lang, plain, other_lang)


def test_a_negated_comparison_without_worse_or_better_still_negates() -> None:
    assert count_negations("The strike could not have come at a good time.", "en") == 1


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "other_lang"),
    [
        (
            "Aucun bateau n'a le droit de sortir si la houle dépasse deux mètres.",
            "fr",
            "Les bateaux ne peuvent sortir que si la houle reste sous deux mètres.",
            "fr",
        ),
        (
            "Le retable n'a guère changé depuis sa restauration.",
            "fr",
            "Das Altarbild ist seit seiner Restaurierung praktisch gleich geblieben.",
            "de",
        ),
        (
            "Never before has the cooperative pressed so much fruit.",
            "en",
            "Record harvest for the cooperative's new press.",
            "en",
        ),
    ],
)
def test_only_staying_the_same_and_a_record_harvest_explain_a_cue(
    negated: str, lang: str, plain: str, other_lang: str
) -> None:
    """ "ne … que" is "only", "gleich geblieben" is unchanged, a record harvest is one never
    seen before (the twenty-fifth blind round, in our words)."""
    assert not polarity_differs(negated, lang, plain, other_lang)


@pytest.mark.parametrize(
    "text", ["Trạm cách trạm khác chưa đầy 25 km.", "Tỷ lệ chưa đến 3%.", "Gió không quá 15 km/h."]
)
def test_a_vietnamese_limit_on_a_figure_is_no_negation(text: str) -> None:
    """ "chưa đầy 25 km" = "under 25 km", "không quá 15" = "at most 15"; "chưa đến lúc"
    (not yet time) still negates."""
    assert count_negations(text, "vi") == 0
    assert count_negations("Chưa đến lúc về.", "vi") == 1


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a negative pronoun as the subject, its "ne" after it (a blind pair of the
        # twenty-eighth round: "None of us expected to win")
        ("« Personne parmi nous ne pensait gagner », a dit la capitaine.", 1),
        ("Personne ne sait.", 1),
        ("Nul ne sait.", 1),
        # counted once, not again for the "ne" a verb takes alone ("ne peut")
        ("Rien ne peut l’arrêter.", 1),
        ("Aucun membre ne peut venir.", 1),
        # a person is no negation; her "ne … pas" is one
        ("Chaque personne recevra un sac.", 0),
        ("La personne n’a pas répondu.", 1),
    ],
)
def test_a_french_negative_subject_counts_once(sentence: str, count: int) -> None:
    assert count_negations(sentence, "fr") == count


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        # a cue before a time negates the time, not "in Betrieb" after it (blind round 31)
        (
            "Die neue Trocknungsanlage soll nicht vor dem Herbst 2027 in Betrieb gehen.",
            "de",
            "The new drying plant is due to come on stream in autumn 2027 at the earliest.",
            "en",
        ),
        # a comma ends what "không" negates: "tránh" (avoid) is the plain side's own
        (
            "Cây bị bệnh cần được tiêu hủy, không vứt xuống mương, suối để tránh lây lan.",
            "vi",
            "Infected plants should be destroyed rather than dumped in ditches or streams.",
            "en",
        ),
        # "no woman had yet won" = "the first woman to win" (blind round 32)
        (
            "En 47 ans, aucune femme n’avait encore remporté de finale.",
            "fr",
            "She became the first woman to win a final in the contest’s 47-year history.",
            "en",
        ),
        # "will not be there" = "fera l'impasse" (will skip it)
        ("Karaka will not be there next week.", "en", "Hemi Karaka fera l’impasse.", "fr"),
        # "not the last" = "others will follow"
        (
            "„Die Rofenkarhütte wird nicht die letzte sein, die verlegt werden muss“.",
            "de",
            "« Après le Rofenkar, d’autres refuges devront être déplacés ».",
            "fr",
        ),
        # superlatives "to date" / "từ trước đến nay" = "never"; "not all pleased" = "critics";
        # "not to be shot" = "protected"; "không thua" = "as good as" (blind round 33)
        (
            "La participation a atteint 71,4 %, un niveau jamais vu pour un scrutin local.",
            "fr",
            "Tỷ lệ cử tri đạt 71,4%, mức cao nhất từ trước đến nay đối với một cuộc bỏ phiếu.",
            "vi",
        ),
        (
            "No high-tech shrimp farm in the province has ever been built on this scale.",
            "en",
            "This is the largest high-tech shrimp farm in the province to date.",
            "en",
        ),
        (
            "Nicht alle Anrainer sind vom Nachtmarkt begeistert.",
            "de",
            "The market has its critics among local residents, though.",
            "en",
        ),
        (
            "Kitze und führende Geißen dürfen weiterhin nicht erlegt werden.",
            "de",
            "Les chevreaux et les femelles suitées restent protégés.",
            "fr",
        ),
        (
            "So viele Stände hat es auf dem Markt noch nie gegeben.",
            "de",
            "That is a record for the market.",
            "en",
        ),
        (
            "Lương ở đây không thua trên thành phố.",
            "vi",
            "The pay is as good as in the city.",
            "en",
        ),
        (
            "The salary is no lower than in the city.",
            "en",
            "The pay is as good as in the city.",
            "en",
        ),
        # "not before several years" = "es wird Jahre dauern, bis"; "ne … pas à ce que" is no
        # "ne … que" (only) that "au plus tôt" would explain (blind round 34)
        (
            "« Nous ne pourrons pas équiper toutes les tables avant plusieurs années ».",
            "fr",
            "„Es wird Jahre dauern, bis alle Tische damit ausgestattet sind“.",
            "de",
        ),
        (
            "Elle ne s’attend pas à ce que les premiers trains arrivent avant 2030.",
            "fr",
            "Elle table sur 2030 au plus tôt pour l’arrivée des premiers trains.",
            "fr",
        ),
        # "ohne Pause" is nonstop, no negation of the claim
        (
            "Rund 240 Hutmacherinnen arbeiteten ohne Pause.",
            "de",
            "Khoảng 240 thợ làm việc liên tục.",
            "vi",
        ),
    ],
)
def test_faithful_rewordings_of_a_negation_are_no_polarity_difference(
    negated: str, lang: str, plain: str, plain_lang: str
) -> None:
    assert not polarity_differs(negated, lang, plain, plain_lang)


def test_the_rewordings_still_let_a_flip_through() -> None:
    assert polarity_differs(
        "Die Anlage soll im Herbst 2027 nicht in Betrieb gehen.",
        "de",
        "The plant is due to come on stream in autumn 2027.",
        "en",
    )
    assert polarity_differs(
        "The race was not held last year.", "en", "La course a eu lieu l’an dernier.", "fr"
    )
    assert polarity_differs("Sie arbeiteten nicht.", "de", "Họ làm việc liên tục.", "vi")
    # "nicht unbedenklich" (not harmless) affirms a danger: its "un-" explains no cue
    assert polarity_differs(
        "Les huîtres ne présentent aucun danger pour les consommateurs.",
        "fr",
        "Die Austern seien für Verbraucher nicht unbedenklich.",
        "de",
    )
    # "a marine protected area" explains no "not" on the other side (IWSLT seed 71)
    assert polarity_differs(
        "Đó là đối với những người có thể thấy được những vùng biển được bảo vệ.",
        "vi",
        "That is not for people who can see a marine protected area.",
        "en",
    )


@pytest.mark.parametrize(
    ("negated", "negated_lang", "plain", "plain_lang"),
    [
        # a long time to wait said as the time it takes
        (
            "Les arbres ne pourront pas être remplacés avant plusieurs décennies.", "fr",
            "Replacing the trees will take decades.", "en",
        ),
        (
            "The trees cannot be replaced for decades.", "en",
            "Il faudra des décennies pour remplacer les arbres.", "fr",
        ),
        # "not before Friday" = "at least until Friday"
        (
            "The road will not reopen before Friday.", "en",
            "La route restera fermée au moins jusqu'à vendredi.", "fr",
        ),
    ],
)  # fmt: skip
def test_the_time_a_thing_takes_says_not_before(
    negated: str, negated_lang: str, plain: str, plain_lang: str
) -> None:
    assert not polarity_differs(negated, negated_lang, plain, plain_lang)


def test_taking_a_name_or_a_turn_is_no_wait() -> None:
    assert implicit_negations("The bridge takes its name from the river.", "en") == 0
    assert implicit_negations("She took two years off.", "en") == 0


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        # "not injured" = "indemnes": the cue across "but" does not negate "lost"
        ("19 involved people who were lost but not injured.", "en",
         "19 concernaient des personnes égarées mais indemnes.", "fr"),
        ("None of its members is paid.", "en", "Tous ses membres sont bénévoles.", "fr"),
        ("She did not expect the number of call-outs to fall.", "en",
         "Elle s'attend à ce que les sorties restent au moins aussi nombreuses.", "fr"),
        ("« On n'a jamais eu une aussi bonne herbe en août », explique-t-il.", "fr",
         "“The grass in August was the best we've ever had,” he said.", "en"),
        # "not the first time" is a litotes: "had already"
        ("Đây không phải lần đầu tiên vườn phải giải cứu rùa mắc lưới.", "vi",
         "The park had already had to rescue turtles caught in nets.", "en"),
    ],
)  # fmt: skip
def test_more_ways_to_say_a_negation_without_a_cue(
    a: str, lang_a: str, b: str, lang_b: str
) -> None:
    assert not polarity_differs(a, lang_a, b, lang_b)


def test_the_first_time_against_not_the_first_time_differs() -> None:
    assert polarity_differs(
        "It was not the first time the park had to rescue turtles.", "en",
        "Đây là lần đầu tiên vườn phải giải cứu rùa.", "vi",
    )  # fmt: skip
    # "not lost" still negates "lost" where no "but" stands between: "verloren" is no
    # paraphrase of it
    assert polarity_differs("The keys were not lost.", "en", "Die Schlüssel gingen verloren.", "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The council won't stop there.", "en"),
        ("The council does not intend to stop there.", "en"),
        ("La commune ne compte pas s'arrêter là.", "fr"),
        ("Le projet ne s'arrêtera pas là.", "fr"),
        ("On n'en restera pas là.", "fr"),
        ("Die Gemeinde will es nicht dabei belassen.", "de"),
        ("Xã sẽ không dừng lại ở đó.", "vi"),
    ],
)
def test_not_stopping_there_is_no_negation(sentence: str, lang: str) -> None:
    # "won't stop there" says there is more to come: "has further plans" renders it
    assert count_negations(sentence, lang) == 0
    assert not polarity_differs(sentence, lang, "The council has further plans.", "en")


def test_a_cue_that_does_not_count_negates_no_word_next_to_it() -> None:
    # a blind pair: "does not intend to stop there …, but not before spring 2027" against
    # "has further plans … in spring 2027 at the earliest"; "stop" is a negative word, and
    # the cue that is no negation took it as negated, so "at the earliest" explained nothing
    mt = "It does not intend to stop there and hopes to hire a third doctor, but not before 2027."
    published = "It has further plans: it hopes to hire a third doctor in 2027 at the earliest."
    assert count_negations(mt, "en") == 1
    assert not polarity_differs(mt, "en", published, "en")
    # the stop itself negated still differs from the stop
    assert polarity_differs("The works did not stop.", "en", "The works stopped.", "en")
    assert count_negations("The council will not stop the works.", "en") == 1
    assert count_negations("Il ne faut pas s'arrêter là-bas.", "fr") == 1


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        (
            "Einen Engpass vor Weihnachten erwartet Rosner trotzdem nicht.",
            "de",
            "Dù vậy, ông Rosner tin rằng vẫn sẽ đủ cá cho dịp Giáng sinh.",
            "vi",
        ),
        ("There is no shortage of volunteers.", "en", "Es gibt genug Freiwillige.", "de"),
        ("Il n'y aura pas de pénurie de sapins.", "fr", "There will be plenty of trees.", "en"),
    ],
)
def test_no_shortage_is_enough(negated: str, lang: str, plain: str, plain_lang: str) -> None:
    # a blind pair's faithful sentence was a negation flip at 0.63
    assert not polarity_differs(negated, lang, plain, plain_lang)


def test_not_enough_is_no_plenty() -> None:
    assert polarity_differs("There is not enough fish.", "en", "Il y a assez de poisson.", "fr")
    # two cues are more than "no shortage"
    assert polarity_differs(
        "No shortage is expected and prices will not rise.",
        "en",
        "Es wird genug geben, und die Preise steigen.",
        "de",
    )


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("She will keep it open, so there will be no break in service.", "en"),
        ("The line ran without interruption.", "en"),
        ("Le service se poursuivra sans interruption.", "fr"),
        ("Dịch vụ sẽ không bị gián đoạn.", "vi"),
    ],
)
def test_no_break_is_no_negation(sentence: str, lang: str) -> None:
    # blind round 38: "no break in service" = "dịch vụ sẽ được duy trì liên tục" was a flip
    assert count_negations(sentence, lang) == 0


def test_worrying_what_will_become_of_it_is_no_negation() -> None:
    """ "lo không biết rồi nó sẽ ra sao" (worry, not knowing what becomes of it) = "I
    worried about what would happen to it"; "không biết" on its own still negates."""
    assert count_negations("Bà luôn lo không biết rồi cửa hàng sẽ ra sao.", "vi") == 0
    assert count_negations("Bà lo lắng không biết con ra sao.", "vi") == 0
    assert count_negations("Tôi không biết anh ấy.", "vi") == 1


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        ("He would not comment.", "en", "Er lehnte einen Kommentar ab.", "de"),
        ("Er wollte sich nicht äußern.", "de", "He declined to comment.", "en"),
        ("nhưng anh Phủ không bán.", "vi", "but Phu turned him down.", "en"),
        ("Le conseil n'a pas accepté le projet.", "fr", "The council rejected the plan.", "en"),
    ],
)
def test_a_refusal_said_in_a_verb_explains_a_cue(
    negated: str, lang: str, plain: str, plain_lang: str
) -> None:
    assert not polarity_differs(negated, lang, plain, plain_lang)


def test_a_refusal_negated_is_still_a_flip() -> None:
    assert polarity_differs(
        "The council did not reject the plan.", "en", "Der Rat lehnte den Plan ab.", "de"
    )
    # an anomaly found against none found: the negative word is negated on one side only
    assert polarity_differs(
        "mais il n'avait relevé aucune anomalie.",
        "fr",
        "khi đó đã ghi nhận một vài dấu hiệu bất thường.",
        "vi",
    )


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "verbs"),
    [
        # blind round 38: a refusal turned into its opposite, no cue on either side
        (
            "An Post rejected an earlier proposal from the council.",
            "en",
            "An Post đã chấp thuận đề xuất trước đó của hội đồng.",
            "vi",
            ("rejected", "chấp thuận"),
        ),
        (
            "Le conseil a approuvé le projet.",
            "fr",
            "Der Rat lehnte das Projekt ab.",
            "de",
            ("approuvé", "lehnte das Projekt ab"),
        ),
        # the same decision on both sides, or a side that says both, is no flip
        ("The council approved the plan.", "en", "Der Rat genehmigte den Plan.", "de", None),
        ("They refused to accept it.", "en", "Ils l'ont accepté.", "fr", None),
        # a cue is the negation reader's: "did not approve" = "rejected"
        ("The council did not approve it.", "en", "Le conseil l'a rejeté.", "fr", None),
        # a grant is money, not an approval; "thông qua" is "through" as often as "passed";
        # "stimmt … zu" approves only where "zu" closes the clause
        ("They received a grant.", "en", "Ils ont essuyé un refus.", "fr", None),
        ("Hàng được xuất thông qua kênh chính ngạch.", "vi", "The goods were refused.", "en", None),
        ("Es stimmt, dass die Miete zu hoch ist.", "de", "The rent was rejected.", "en", None),
        (
            "Der Rat stimmte dem Antrag zu.",
            "de",
            "The council rejected it.",
            "en",
            ("stimmte dem Antrag zu", "rejected"),
        ),
        # blind round 45: "plus abondants que" (more plentiful) → "ít hơn" (fewer)
        (
            "Les débarquements étaient plus abondants que l'an dernier.",
            "fr",
            "Sản lượng cá mòi cập cảng ít hơn năm ngoái.",
            "vi",
            ("plus abondants", "ít hơn"),
        ),
        (
            "Les visites sont plus rares qu'avant.",
            "fr",
            "Visits are more frequent than before.",
            "en",
            ("plus rares", "more frequent than"),
        ),
        # blind round 41: a comparison turned round, as the words are written
        (
            "Theo ông Khải, chi phí sẽ cao hơn ở nhà khoảng 15%.",
            "vi",
            "Die Kosten werden um etwa 15 Prozent niedriger liegen als zu Hause.",
            "de",
            ("cao hơn", "um etwa 15 Prozent niedriger"),
        ),
        (
            "Costs in the cluster will be higher than at home.",
            "en",
            "Les coûts y seront moins élevés qu'à domicile.",
            "fr",
            ("higher than", "moins élevés"),
        ),
        (
            "The terminal would be cheaper to run than the quay.",
            "en",
            "Das Terminal werde im Unterhalt teurer sein als der Kai.",
            "de",
            ("cheaper to run than", "teurer sein als"),
        ),
        # a figure after the comparison makes it a bound, said other ways too ("fall short
        # of the record of more than nine million" = "thấp hơn mức kỷ lục hơn 9 triệu")
        (
            "Xuất khẩu đạt 7,5 triệu tấn, thấp hơn mức kỷ lục hơn 9 triệu tấn.",
            "vi",
            "That would fall short of the record of more than nine million tonnes.",
            "en",
            None,
        ),
        ("More than half of the hives died.", "en", "Moins de la moitié des ruches.", "fr", None),
        # (a decision's figure is what it decided: "rejected two proposals")
        (
            "The council rejected two proposals.",
            "en",
            "Der Rat genehmigte zwei Anträge.",
            "de",
            ("rejected", "genehmigte"),
        ),
        (
            "Das Budget ist kleiner als geplant.",
            "de",
            "Le budget est plus élevé que prévu.",
            "fr",
            ("kleiner als", "plus élevé"),
        ),
        # German "-er" of a positive adjective is no comparative; a region's "Lower" is a
        # name; "supérieur" without "à" is a rank ("l'enseignement supérieur")
        (
            "Ein niedriger Preis lockt Kunden.",
            "de",
            "Prices are higher than last year.",
            "en",
            None,
        ),
        ("Bei kleiner Flamme kochen.", "de", "Cook it on a bigger flame than that.", "en", None),
        (
            "Prices in Lower Saxony rose.",
            "en",
            "Les prix sont plus élevés en Basse-Saxe.",
            "fr",
            None,
        ),
        ("l'enseignement supérieur", "fr", "fewer than ten students", "en", None),
        # the same direction on both sides, or a side that says both, is no reversal
        ("Die Kosten sind höher als geplant.", "de", "Costs are higher than planned.", "en", None),
        ("Giá cao hơn nhưng lượng bán ít hơn.", "vi", "Prices are lower than before.", "en", None),
    ],
)
def test_opposite_words(a, lang_a, b, lang_b, verbs) -> None:
    assert opposite_words(a, lang_a, b, lang_b) == verbs


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        ("Aufgeben wolle man nicht, sagte die Vorsitzende.", "de", "We will keep fighting.", "en"),
        ("Ông Hậu thì không bỏ cuộc.", "vi", "Hau, however, stuck it out.", "en"),
        ("He did not give up.", "en", "Il a continué à se battre.", "fr"),
        ("Elle n'a pas abandonné.", "fr", "Bà vẫn tiếp tục bám trụ.", "vi"),
    ],
)
def test_not_giving_up_said_as_going_on_is_no_flip(negated, lang, plain, plain_lang) -> None:
    """ "did not give up" = "kept going", as "no shortage" = "enough"; against a side that
    says no such thing the cue still differs."""
    assert not polarity_differs(negated, lang, plain, plain_lang)
    assert polarity_differs("He did not give up.", "en", "He left in the third round.", "en")


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        ("La maire n’a pas caché sa fierté.", "fr", "The mayor was openly proud.", "en"),
        ("Er machte kein Hehl aus seiner Wut.", "de", "Il était ouvertement furieux.", "fr"),
        ("She did not hide her anger.", "en", "Bà công khai bày tỏ sự tức giận.", "vi"),
    ],
)
def test_not_hiding_said_as_openly_is_no_flip(negated, lang, plain, plain_lang) -> None:
    """ "n'a pas caché sa fierté" = "was openly proud" (blind round 41)."""
    assert not polarity_differs(negated, lang, plain, plain_lang)
    assert polarity_differs("She did not hide it.", "en", "Elle l'a caché.", "fr")
    assert polarity_differs("La maire a caché sa fierté.", "fr", "She was not openly proud.", "en")


def test_not_exhausted_said_as_still_left_is_no_flip() -> None:
    """ "les stocks de l'an passé ne sont pas épuisés" = "there is still salt left from
    last year's stocks" (blind round 42)."""
    stocks = "Son directeur souligne que les stocks de l’an passé ne sont pas épuisés."
    left = "Its director says there is still salt left from last year's stocks."
    assert not polarity_differs(stocks, "fr", left, "en")
    assert polarity_differs(stocks, "fr", "Its director says last year's stocks are gone.", "en")


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        (
            "Halloran said the investigation was not over.",
            "en",
            "Laut Halloran dauern die Ermittlungen noch an.",
            "de",
        ),
        ("Die Arbeiten sind noch nicht abgeschlossen.", "de", "Les travaux sont en cours.", "fr"),
        ("Cuộc điều tra chưa kết thúc.", "vi", "The inquiry is ongoing.", "en"),
        ("Nicht alle Anwohner sind begeistert.", "de", "Some residents have reservations.", "en"),
        ("Not everyone agreed.", "en", "Certains habitants ont protesté.", "fr"),
        # blind round 46: a negated "share" is "dismiss"
        ("Le maire ne partage pas ces craintes.", "fr", "The mayor dismisses these fears.", "en"),
        ("Sie teilt diese Sorge nicht.", "de", "Bà bác bỏ lo ngại này.", "vi"),
        ("Không phải tất cả các hộ đều đồng ý.", "vi", "Einige Haushalte lehnten ab.", "de"),
    ],
)
def test_not_over_said_as_ongoing_and_not_all_as_some_is_no_flip(
    negated, lang, plain, plain_lang
) -> None:
    """ "was not over" = "dauern noch an", "Nicht alle … sind begeistert" = "Some … have
    reservations" (blind round 45), "ne partage pas" = "dismisses" (round 46); against a
    side that says the thing itself the cue still differs."""
    assert not polarity_differs(negated, lang, plain, plain_lang)
    assert polarity_differs(
        "The investigation was not over.", "en", "Die Ermittlungen sind beendet.", "de"
    )
    assert polarity_differs(
        "Nicht alle Anwohner sind begeistert.", "de", "All residents are delighted.", "en"
    )
    assert polarity_differs("Le maire ne partage pas ces craintes.", "fr", "He shares them.", "en")
    assert polarity_differs(
        "Nicht alle Anwohner sind begeistert.", "de", "Some residents, all of them happy.", "en"
    )
    # the cue must stand on "all": "sẽ không bán … mà dồn toàn bộ" (will no longer sell …
    # but put all of it) is a flip against "continuerait d'écouler une partie"
    assert polarity_differs(
        "Hợp tác xã sẽ không bán tổ thô nữa mà dồn toàn bộ sản lượng cho kênh chính ngạch.",
        "vi",
        "La coopérative continuerait d'écouler une partie de ses nids bruts.",
        "fr",
    )


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "words"),
    [
        # blind round 42: "a relevé de 6 % le prix" → "cut the price … by 6%"
        (
            "La coopérative a relevé de 6 % le prix d’achat du gros sel.",
            "fr",
            "The cooperative cut the price it pays for coarse salt by 6%.",
            "en",
            ("relevé de 6", "cut"),
        ),
        ("Giá điện giảm 5%.", "vi", "Der Strompreis stieg um 5 Prozent.", "de", ("giảm", "stieg")),
        # the same direction, "relever" as "to note", or a side that says both: no reversal
        ("Giá điện tăng 5%.", "vi", "Der Strompreis stieg um 5 Prozent.", "de", None),
        ("Il a relevé que les prix augmentent.", "fr", "He noted that prices rose.", "en", None),
        ("Prices rose after they dropped in May.", "en", "Les prix ont baissé.", "fr", None),
        # rain that has fallen, an amount that is double (blind round 42)
        (
            "Il est tombé 180 millimètres de pluie, soit plus du double de la normale.",
            "fr",
            "Some 180mm of rain has fallen, more than double the seasonal average.",
            "en",
            None,
        ),
        # a side with a change each way ("Um die Lücke zu verkleinern, steigt der Hebesatz")
        (
            "Um die Lücke zu verkleinern, steigt der Hebesatz auf 525 Prozent.",
            "de",
            "Pour réduire le déficit, le taux passe à 525 %.",
            "fr",
            None,
        ),
    ],
)
def test_a_change_turned_round_is_an_opposite_word(a, lang_a, b, lang_b, words) -> None:
    assert opposite_words(a, lang_a, b, lang_b) == words


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "words"),
    [
        # a cause turned round (blind round 43: "grâce à" → "trotz")
        (
            "Grâce à la nouvelle digue, le quartier est resté au sec.",
            "fr",
            "Trotz des neuen Deichs blieb das Viertel trocken.",
            "de",
            ("Grâce à", "Trotz"),
        ),
        (
            "Do mưa lớn, phiên chợ vẫn đông khách.",
            "vi",
            "Despite the heavy rain, the market was busy.",
            "en",
            ("Do", "Despite"),
        ),
        # "do" naming who did it, "tuy nhiên" (however), a side that says both: no reversal
        (
            "Lễ hội do xã tổ chức, tuy nhiên trời mưa.",
            "vi",
            "Despite the rain, the festival went ahead.",
            "en",
            None,
        ),
        (
            "Malgré la pluie et grâce aux bénévoles, la fête a eu lieu.",
            "fr",
            "Thanks to the volunteers, the fête went ahead.",
            "en",
            None,
        ),
        # an order in time turned round (blind round 43: "Vor dem Festkonzert" → "Sau buổi
        # hòa nhạc")
        (
            "Vor dem Spiel sang der Chor die Hymne.",
            "de",
            "After the match, the choir sang the anthem.",
            "en",
            ("Vor dem", "After"),
        ),
        (
            "Le maire a parlé avant le vote.",
            "fr",
            "Thị trưởng phát biểu sau khi bỏ phiếu.",
            "vi",
            ("avant", "sau khi"),
        ),
        # ago, in front of, above all, according to, afternoon, last year: no order
        (
            "Vor zehn Jahren wurde die Halle gebaut.",
            "de",
            "It was built after the war.",
            "en",
            None,
        ),
        ("Vor allem die Jugend kam.", "de", "Après-midi, les jeunes sont venus.", "fr", None),
        ("D'après le maire, tout va bien.", "fr", "Before the vote, all was well.", "en", None),
        ("Năm trước, chợ đóng cửa.", "vi", "After the fire, the market closed.", "en", None),
        # a sequence told the other way round, each side saying both or "then"
        (
            "The hall drew 9,000 visitors. It closed after a row over the rent.",
            "en",
            "Die Halle zählte 9000 Besucher, bevor sie nach einem Streit schloss.",
            "de",
            None,
        ),
        (
            "Cá được làm sạch, sau đó đóng hộp.",
            "vi",
            "On le nettoie avant de l'emballer.",
            "fr",
            None,
        ),
        # "vor" and "trước" in front of, or before a sum: a side saying the word in any sense
        # says it ("Vor 9.000 Zuschauern … nach 20 Minuten" = "Trước 9.000 khán giả")
        (
            "Vor 9.000 Zuschauern traf Weber nach 20 Minuten.",
            "de",
            "Trước 9.000 khán giả, Weber ghi bàn ở phút 20.",
            "vi",
            None,
        ),
        (
            "Vor Steuern blieb ein Verlust, nach einem Gewinn im Vorjahr.",
            "de",
            "Trước thuế, công ty lỗ.",
            "vi",
            None,
        ),
        # a quantity's scope widened (blind round 43: "hầu hết" → "all 64")
        (
            "Hầu hết 40 hộ dân đã nhận tiền hỗ trợ.",
            "vi",
            "All 40 households have received support.",
            "en",
            ("Hầu hết", "All"),
        ),
        (
            "Die meisten Läden bleiben geöffnet.",
            "de",
            "Tous les magasins restent ouverts.",
            "fr",
            ("Die meisten", "Tous les"),
        ),
        # "almost all" is "most"; "alle zwei Jahre" and "tous les ans" are "every"; "the most"
        # is a superlative
        ("Almost all the shops stay open.", "en", "Die meisten Läden bleiben offen.", "de", None),
        (
            "Das Fest findet alle zwei Jahre statt.",
            "de",
            "La plupart des fêtes ont lieu tous les ans.",
            "fr",
            None,
        ),
        ("It drew the most visitors.", "en", "Tất cả khách đều đến.", "vi", None),
    ],
)
def test_a_cause_an_order_or_a_scope_turned_round_is_an_opposite_word(
    a, lang_a, b, lang_b, words
) -> None:
    assert opposite_words(a, lang_a, b, lang_b) == words


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        ("There will be no charge for visitors.", "en", "L'entrée sera gratuite.", "fr"),
        ("Es wird keine Gebühr verlangt.", "de", "Admission is free.", "en"),
        ("Khách không phải trả tiền.", "vi", "Der Eintritt ist frei.", "de"),
    ],
)
def test_no_charge_said_as_free_is_no_flip(negated, lang, plain, plain_lang) -> None:
    """ "no charge for spectators" = "l'entrée sera gratuite" (blind round 43)."""
    assert not polarity_differs(negated, lang, plain, plain_lang)
    assert polarity_differs("There will be no charge.", "en", "Il faudra payer.", "fr")


def test_clearance_is_no_negation() -> None:
    """ "tĩnh không 7 m" is a bridge's clearance, not "not" (blind round 43)."""
    assert count_negations("Cầu có tĩnh không 7 m cho tàu qua lại.", "vi") == 0
    assert count_negations("Cầu không có tĩnh không đủ cao.", "vi") == 1


@pytest.mark.parametrize(
    ("negated", "lang", "plain", "plain_lang"),
    [
        # blind round 44: "had never been an option" = "luôn là điều bắt buộc" (always a must)
        ("Closing the road was never an option.", "en", "Việc mở đường là bắt buộc.", "vi"),
        ("Das war keine Option.", "de", "Il fallait le faire.", "fr"),
        # "We are not in a hurry" = "Wir lassen uns Zeit"
        ("We are not in a hurry.", "en", "Wir lassen uns Zeit.", "de"),
        ("Nous ne sommes pas pressés.", "fr", "We are taking our time.", "en"),
    ],
)
def test_no_option_said_as_a_must_and_no_hurry_as_taking_time_is_no_flip(
    negated, lang, plain, plain_lang
) -> None:
    assert not polarity_differs(negated, lang, plain, plain_lang)
    assert polarity_differs(negated, lang, "It was an option, and there was a hurry.", "en")


def test_waiting_for_a_month_is_not_before_it() -> None:
    """ "sẽ chưa được bơm nước trở lại trước tháng 6" = "Il faudra attendre juin" (blind
    round 44), as "attendre 22 heures" already was."""
    assert not polarity_differs(
        "Hồ sẽ chưa được bơm nước trở lại trước tháng 6.", "vi", "Il faudra attendre juin.", "fr"
    )
    assert polarity_differs("Hồ sẽ chưa được bơm nước.", "vi", "Le bassin sera rempli.", "fr")


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "words"),
    [
        # blind round 44: "plus haute que" → "thấp hơn"; comparisons of size, age and speed
        (
            "La tour est plus haute que l'église.",
            "fr",
            "Tháp này thấp hơn nhà thờ.",
            "vi",
            ("plus haute", "thấp hơn"),
        ),
        (
            "Der Turm ist älter als die Kirche.",
            "de",
            "The tower is younger than the church.",
            "en",
            ("älter als", "younger than"),
        ),
        # not speed: "25 minutes less than today" = "25 Minuten schneller als heute"
        (
            "The trip takes 25 minutes less than today.",
            "en",
            "Die Fahrt wird 25 Minuten schneller sein als heute.",
            "de",
            None,
        ),
        (
            "Der Turm ist älter als die Kirche.",
            "de",
            "The tower is older than the church.",
            "en",
            None,
        ),
    ],
)
def test_a_comparison_of_size_age_or_speed_turned_round(a, lang_a, b, lang_b, words) -> None:
    assert opposite_words(a, lang_a, b, lang_b) == words


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "differs"),
    [
        # "without … would not" is a cause said twice negated (blind round 47)
        (
            "„Ohne die Helfer wäre das Fest nicht möglich“, sagte sie.",
            "de",
            '"The festival is possible because of the helpers," she said.',
            "en",
            False,
        ),
        (
            "Sans les bénévoles, la fête n’aurait pas lieu.",
            "fr",
            "Nhờ các tình nguyện viên, lễ hội mới được tổ chức.",
            "vi",
            False,
        ),
        # the condition last (blind round 49)
        (
            "“I would not be here today without them,” Mr Nance said.",
            "en",
            "“Nhờ có họ mà hôm nay tôi vẫn còn ở đây,” ông Nance nói.",
            "vi",
            False,
        ),
        (
            "„Ich wäre heute nicht hier ohne die Retter“, sagte er.",
            "de",
            "« C'est grâce aux sauveteurs que je suis là aujourd'hui », a-t-il dit.",
            "fr",
            False,
        ),
        # one cue gone: "without them it would be possible" is no cause
        (
            "„Ohne die Helfer wäre das Fest möglich“, sagte sie.",
            "de",
            '"The festival is possible because of the helpers," she said.',
            "en",
            True,
        ),
        # no cause on the plain side: the claim is turned round
        (
            "Without the volunteers the festival would not happen.",
            "en",
            "Das Fest findet statt, sagte der Vorsitzende.",
            "de",
            True,
        ),
        (
            "The festival would not happen without the volunteers.",
            "en",
            "Das Fest findet statt, sagte der Vorsitzende.",
            "de",
            True,
        ),
    ],
)
def test_without_would_not_is_a_cause(a, lang_a, b, lang_b, differs) -> None:
    assert polarity_differs(a, lang_a, b, lang_b) is differs


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "words"),
    [
        # a report confirmed said as denied (blind round 48)
        (
            "Das Ministerium bestätigte, dass ein Verfahren läuft.",
            "de",
            "Le ministère a démenti qu’une procédure soit en cours.",
            "fr",
            ("bestätigte", "démenti"),
        ),
        (
            "The club confirmed the sale.",
            "en",
            "Câu lạc bộ đã phủ nhận thương vụ.",
            "vi",
            ("confirmed", "phủ nhận"),
        ),
        # a service kept said as cancelled (blind round 50), and an event
        (
            "La navette vers l’aéroport sera maintenue toute la journée.",
            "fr",
            "Tuyến xe đưa đón ra sân bay sẽ bị hủy suốt cả ngày.",
            "vi",
            ("maintenue", "hủy"),
        ),
        (
            "The parade will go ahead on Saturday.",
            "en",
            "Der Umzug am Samstag wurde abgesagt.",
            "de",
            ("go ahead", "abgesagt"),
        ),
        # one side keeps one thing and cancels another: no turned claim
        (
            "Les portes ouvertes sont maintenues, la randonnée a été annulée.",
            "fr",
            "Die Tage der offenen Tür finden statt, die Wanderung fällt dagegen aus.",
            "de",
            None,
        ),
        # both sides confirm, or one side says both
        (
            "Das Ministerium bestätigte den Bericht.",
            "de",
            "The ministry confirmed the report.",
            "en",
            None,
        ),
        (
            "The ministry confirmed one report and denied another.",
            "en",
            "Le ministère a démenti un rapport.",
            "fr",
            None,
        ),
    ],
)
def test_confirmed_against_denied_is_an_opposite_word(a, lang_a, b, lang_b, words) -> None:
    assert opposite_words(a, lang_a, b, lang_b) == words
