"""Name swaps without MT: a name lost and a name brought in, judged against both documents."""

from __future__ import annotations

import pytest

from transcheck.text.lexicon import Lexicon
from transcheck.text.name_swap import (
    bracketed,
    common_words,
    defined_in,
    described_around,
    double_name_swap,
    expanded,
    first_name_swap,
    foreign_word,
    glossed,
    head_swap,
    heads_bracketed_body,
    home_country,
    home_region,
    in_capitals,
    located,
    marked_name,
    marked_strangers,
    name_units,
    named_entities,
    named_together,
    names_currency,
    other_compound,
    other_part_of,
    placed_after,
    respelled_swap,
    slot_places,
    slot_swaps,
    spelled_alike,
    spelled_out_in,
    stand_in_words,
    strangers,
    swap_evidence,
    translated_heads,
    unknown_openers,
    unmentioned,
    whole_runs,
)
from transcheck.text.names import entity_of, phrases


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Bell", "vi", True),  # no Vietnamese syllable ends in -ll
        ("Aldi", "vi", True),
        ("AED4US", "vi", True),
        ("Xin", "vi", False),  # a Vietnamese word capitalised at a subtitle break
        ("Ryan", "vi", True),  # "ya" after a consonant is no Vietnamese nucleus
        ("Nyan", "vi", True),
        ("Khuya", "vi", False),  # … but "uya" is
        ("Yên", "vi", False),  # "yê" opens a syllable
        ("Quyết", "vi", False),  # … or follows "qu"
        ("Nguyễn", "vi", False),
        ("Điều", "vi", False),
        ("Bình", "de", True),  # German has no ì: a Vietnamese name in a German text
        ("Nationalstraße", "de", False),
    ],
)
def test_spelling_tells_a_name_where_capitals_do_not(word: str, lang: str, expected: bool) -> None:
    assert foreign_word(word, lang) is expected


def test_name_units_keep_names_the_spelling_marks() -> None:
    line = "Trần Quốc Bình, stellvertretender Vorsitzender des Kreises, sagte am Montag"
    assert name_units(line, "de", marked=True) == ["Trần Quốc Bình"]
    assert name_units("Họ đến Hà Lan và gặp đạo diễn Cameron ở đó.", "vi", marked=True) == [
        "Cameron"
    ]
    # a word the document writes in lower case is a common word, not a name
    assert name_units("Quand la Tour apparut, ils prirent la tour à droite.", "fr", "la tour") == []


SRC_DOC = [
    "I went to see Bryan in Montgomery.",
    "And so my recommendation is for Cameron to do the sequel underwater.",
    "Bryan said the film was too long.",
]
TGT_DOC = [
    "Tôi đến gặp Bryan ở Montgomery.",
    "Và vì vậy đề nghị của tôi là cho đạo diễn Bell làm phần tiếp theo dưới nước.",
    "Bryan nói bộ phim quá dài.",
]


def test_a_swapped_name_is_lost_on_one_side_and_brought_in_on_the_other() -> None:
    lost, brought = swap_evidence(
        SRC_DOC[1], TGT_DOC[1], "en", "vi", " ".join(SRC_DOC), " ".join(TGT_DOC)
    )
    assert (lost, brought) == (["Cameron"], ["Bell"])


def test_a_kept_or_translated_name_is_no_swap() -> None:
    src_doc, tgt_doc = " ".join(SRC_DOC), " ".join(TGT_DOC)
    assert swap_evidence(SRC_DOC[0], TGT_DOC[0], "en", "vi", src_doc, tgt_doc) == ([], [])
    # the Netherlands become "Hà Lan": translated, not swapped
    src = "So we crowdsourced the Netherlands."
    tgt = "Chúng tôi đã dùng giải pháp đám đông ở Hà Lan."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt)[1] == []
    # a name the source sentence states is not brought in, even in another word order
    src, tgt = "Bell and Cameron met.", "Cameron gặp Bell."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == ([], [])


@pytest.mark.parametrize(
    ("src", "tgt", "lost", "brought"),
    [
        # the lost name is a gazetteer entity (a city the translation keeps verbatim)
        (
            "Then I would be in Tokyo in 30 seconds.",
            "Thì tôi sẽ đến Baltimore trong vòng 30 giây.",
            ["Tokyo"],
            ["Baltimore"],
        ),
        # a vocative opening a quotation, swapped for a name opening the quotation too
        (
            'He said, "Jimmy, what are you doing here?"',
            'và nói: "Arjuna, ông làm gì ở đây?"',
            ["Jimmy"],
            ["Arjuna"],
        ),
        # the swapped name opens the translated sentence
        (
            "Jimmy Kimmel posted this tweet.",
            "Baltimore đã đăng dòng tweet này.",
            ["Jimmy Kimmel"],
            ["Baltimore"],
        ),
        # the first of two mentions replaced: the name is still there, once
        (
            "Tan Le, a Footscray resident, was now Tan Le, refugee.",
            "Alabama, cư dân khu Footscray, giờ là Tan Le, người tị nạn.",
            ["Tan"],  # "Le" reads as a Roman ordinal (50th), so the unit is "Tan"
            ["Alabama"],
        ),
        # the head of a longer name replaced, the name mentioned again in a gloss
        (
            "That is what you do when your name is Yosemite Mountain Bear.",
            "Đó là những gì bạn làm khi bạn là Avatar Mountain Bear (con gấu ở núi Yosemite).",
            ["Yosemite"],
            ["Avatar"],
        ),
    ],
)
def test_swaps_hidden_by_position_repetition_or_the_gazetteer_are_found(
    src: str, tgt: str, lost: list[str], brought: list[str]
) -> None:
    found_lost, found_brought = swap_evidence(src, tgt, "en", "vi", src, tgt)
    assert set(lost) <= set(found_lost)
    assert set(brought) <= set(found_brought)


def test_a_title_before_a_name_is_no_head_another_name_replaced() -> None:
    """ "Premier Rachel Dunstan" = "Thủ hiến bang Tasmania Rachel Dunstan" (a blind pair of
    the twenty-ninth round): the state the translation adds stands before the name where the
    title did, but a title is no name it replaced."""
    src = "Premier Rachel Dunstan said the state would pay $12 million."
    tgt = "Thủ hiến bang Tasmania Rachel Dunstan cho biết bang sẽ góp 12 triệu AUD."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == ([], ["Tasmania"])


def test_a_loanword_inside_a_title_translated_word_for_word_is_no_new_name() -> None:
    # "White Coat" → "Áo Blu Trắng": "Blu" (blouse) is no name brought in
    src = 'On my show, "White Coat, Black Art," I said so.'
    tgt = 'Trên chương trình của tôi, "Áo Blu Trắng, Nghệ Thuật Đen," tôi đã nói vậy.'
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == ([], [])
    # the same loanword standing alone in place of a name is still brought in
    src, tgt = "I met Cameron there.", "Tôi gặp Blu ở đó."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == (["Cameron"], ["Blu"])


def test_foreign_function_words_are_names_in_english() -> None:
    # "Mai" is May in German and French, a first name in an English sentence
    src, tgt = "My mother, Mai, was 18.", "Mẹ tôi, Baltimore, mới 18 tuổi."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == (["Mai"], ["Baltimore"])
    assert phrases("Je suis né le 3 Mai à Paris.", "fr") == ["Paris"]


def test_a_day_or_month_of_another_language_is_a_name() -> None:
    # Vietnamese names its days in its own words: an English weekday there is a title
    src = 'Bài hát "Sunday" của Mira được nghe hơn 5 triệu lần.'
    tgt = 'The song "Lagos" by Mira was heard more than 5 million times.'
    assert swap_evidence(src, tgt, "vi", "en", src, tgt) == (["Sunday"], ["Lagos"])
    # in English the same word is a day, no name to lose
    src, tgt = "We met Mira on Sunday.", "Chúng tôi gặp Lagos vào Chủ nhật."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == (["Mira"], ["Lagos"])
    assert phrases("Am Freitag kam Mira Weber.", "de") == ["Mira Weber"]
    assert phrases("The market opens at Friday's first bell in Hanoi.", "en") == ["Hanoi"]
    assert phrases("They read Freitag and Stern every week.", "en") == ["Freitag", "Stern"]


def test_a_vietnamese_name_after_an_ampersand_is_a_name() -> None:
    assert "Gamble" in name_units("Khi Proctor & Gamble giảm giá, doanh số tăng.", "vi")


def test_openers_and_kept_names_alone_are_no_swap() -> None:
    # a translated sentence opener is no lost name when no new name opens the translation
    src, tgt = '"However, we left."', '"Tuy nhiên, chúng tôi rời đi."'
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == ([], [])
    # a name the source repeats and the translation says once, with no new name: no swap
    src, tgt = "Tan Le met Tan Le.", "Tan Le gặp chính mình."
    assert swap_evidence(src, tgt, "en", "vi", src, tgt) == ([], [])
    # a Vietnamese sentence opens with a capitalised native word, not a name
    src = "Kim ngạch xuất khẩu 10 tháng đạt hơn 335 tỷ USD."
    tgt = "Vietnam's exports reached over 335 billion USD in 10 months."
    assert swap_evidence(src, tgt, "vi", "en", src, tgt + " Kim Jong Un")[0] == []


def test_strangers_are_names_the_whole_source_never_states() -> None:
    """A name the source document states elsewhere (moved between sentences) or a country
    (translated, compared as an entity) is not a stranger; an unknown name is."""
    src_doc = "Karl Brenner leitete die Expedition. Später reiste er nach Frankreich."
    brought = ["Brenner", "France", "Marcel Duvivier"]
    assert strangers(brought, src_doc) == ["Marcel Duvivier"]
    assert strangers([], src_doc) == []
    # an acronym the source writes with dots, even glued to the word before by a scan
    assert strangers(["USSR", "AACZ"], "Bergsteigen in derü.S.S.R. , 1956 .") == ["AACZ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AVEC DES NOTES SUR LES ANNÉES PRÉCÉDENTES PAR G. O. DYHRENFURTH", True),
        ("Le rapport de l'AACZ parut en 1956 dans l'Alpine Journal.", False),
        ("USA", False),  # too short to call a heading
    ],
)
def test_a_heading_in_capitals_marks_no_names(text: str, expected: bool) -> None:
    assert in_capitals(text) is expected


def test_a_vietnamese_name_is_lost_whole_and_a_title_is_no_name() -> None:
    """Every syllable of a Vietnamese name is also a common word ("bảo vệ" = protect), so
    the document's lower case must not cut "Bảo" off "Trần Quốc Bảo" (the rest, "Trần
    Quốc", is mentioned by "Trần Quốc Bình" and the swap would read "Phó → …"); "Phó"
    (vice) opens a title, not a name."""
    src = "Ông Trần Quốc Bảo, Phó Chủ tịch huyện, cho biết lực lượng đã được huy động."
    tgt = "Trần Quốc Bình, stellvertretender Vorsitzender des Kreises, sagte, Kräfte helfen."
    src_doc = src + " Người dân được bảo vệ an toàn."
    lost, brought = swap_evidence(src, tgt, "vi", "de", src_doc, tgt)
    assert lost == ["Trần Quốc Bảo"]
    assert brought == ["Trần Quốc Bình"]


def test_a_name_the_gazetteer_splits_is_tested_whole():
    # "Alpine" is the gazetteer's (the Alps), so the run comes in two pieces; the name put
    # in Willenpart's place is "Alpine Journal", and only that is a stranger to the source
    text = "Reinagl assurait la descente , Morawec , Larch et Alpine Journal entamaient la montée ."
    assert whole_runs(["Journal", "Alpine"], text) == ["Alpine Journal"]
    assert strangers(whole_runs(["Journal", "Alpine"], text), "Willenpart stieg auf .") == [
        "Alpine Journal"
    ]
    # names apart in the text stay apart
    assert whole_runs(["Morawec", "Larch"], text) == ["Morawec", "Larch"]


def test_a_name_inside_a_german_compound_can_be_lost() -> None:
    # "Baltoro-Unternehmungen": the translation writes "Baltoro" alone elsewhere, so a
    # sentence that puts another name in its place lost it
    src = "Der Platz hat für viele Baltoro-Unternehmungen eine grosse Rolle gespielt."
    tgt = "Ce site a joué un grand rôle dans les entreprises au Paul Belloni ."
    tgt_doc = f"Ils gagnèrent le glacier de Baltoro . {tgt}"
    assert swap_evidence(src, tgt, "de", "fr", src, tgt_doc) == (["Baltoro"], ["Paul Belloni"])
    # a compound rendered in part ("Conway-Sattel" → "Conway Saddle") lost none of its parts
    src = "Der Conway-Sattel liegt zwischen Baltoro und Kondus-Gletscher."
    tgt = "Le Conway Saddle est entre le Baltoro et le glacier de Kondus ."
    tgt_doc = f"Le Sattel dit Conway . {tgt}"
    assert swap_evidence(src, tgt, "de", "fr", src, tgt_doc)[0] == []


DE_CLUB = (
    "Trainerin Anna Wimmer leitet die Gruppe. Bürgermeister Karl Pfister lobte den Verein. "
    "Wimmer rechnet mit einem Umbau bis zum Herbst."
)
EN_CLUB = "Coach Anna Wimmer runs the group. Mayor Karl Pfister praised the club. "


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        ("Pfister expects the work to be done by autumn.", (["Wimmer"], ["Pfister"])),
        ("Wimmer expects the work to be done by autumn.", ([], [])),
        ("She expects the work to be done by autumn.", ([], [])),  # a pronoun: no swap
    ],
)
def test_a_german_sentence_opened_by_a_name_can_lose_it(
    tgt: str, expected: tuple[list[str], list[str]]
) -> None:
    # German capitalises every noun, so a lone capital opening a sentence says nothing;
    # the English document writing "Wimmer" capitalised inside a sentence makes it a name,
    # and another person of the article in its place is a swap (blind round 36, "Loibl")
    src = "Wimmer rechnet mit einem Umbau bis zum Herbst."
    assert swap_evidence(src, tgt, "de", "en", DE_CLUB, EN_CLUB + tgt) == expected


def test_a_german_noun_opening_a_sentence_is_no_lost_name() -> None:
    # "Umbau" opens the sentence, and the English document never writes it as a name
    src = "Umbau und Dach kosten zusammen 80.000 Euro, sagte Pfister."
    tgt = "The rebuild and the roof cost €80,000 together, said Wimmer."
    assert swap_evidence(src, tgt, "de", "en", DE_CLUB, EN_CLUB + tgt) == (["Pfister"], ["Wimmer"])


FR_VIEW = (
    "La vue du K 2 à l' arrogant Masherbrum , en passant par le Broad Peak , les Gasherbrums "
    "et le Hidden Peak , est unique ."
)


@pytest.mark.parametrize(
    ("tgt", "lost"),
    [
        # faithful: every name is written, "Gasherbrum-Gruppe" for "les Gasherbrums"
        ("Die Aussicht vom K2 über Broad Peak , Gasherbrum-Gruppe und Hidden Peak bis zum "
         "trotzigen Masherbrum war unvergleichlich .", []),
        # the "Peak" left is the one "Hidden Peak" writes out
        ("Die Aussicht vom K2 über Indus , Gasherbrum-Gruppe und Hidden Peak bis zum "
         "trotzigen Masherbrum war unvergleichlich .", ["Broad Peak"]),
        # "Gasherbrum" is spelled like "Masherbrum", but it writes out "Gasherbrums"
        ("Die Aussicht vom K2 über Broad Peak , Gasherbrum-Gruppe und Hidden Peak bis zum "
         "trotzigen Pasang Dawa Lama war unvergleichlich .", ["Masherbrum"]),
    ],
)  # fmt: skip
def test_a_word_of_the_translation_stands_for_one_name_only(tgt: str, lost: list[str]) -> None:
    assert unmentioned(FR_VIEW, tgt, "fr", FR_VIEW) == lost


def test_a_name_written_in_part_is_still_mentioned() -> None:
    # "Sullivan" may be "Jake Sullivan" even where the source names him twice…
    assert unmentioned("Jake Sullivan met Sullivan.", "Sullivan traf ihn.", "en", "") == []
    assert unmentioned("Jake and Andrew Sullivan met.", "Sullivan traf sie.", "en", "") == []
    # …but not where the translation writes out another Sullivan
    src = "Jake Sullivan and Andrew Sullivan met."
    assert unmentioned(src, "Andrew Sullivan traf ihn.", "en", "") == ["Jake Sullivan"]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("Nawa Ram", True), ("François", True), ("Nanga Parbat", True), ("Schnee", False)],
)
def test_a_german_name_is_marked_by_a_second_capital_or_foreign_letters(
    unit: str, expected: bool
) -> None:
    assert marked_name(unit, "de") is expected


def test_a_name_spelled_a_little_apart_is_not_brought_in() -> None:
    # "Sepp Lerch" → "Sepp Larch": the translator's spelling, not a new name
    src = "Fritz Morawec als Leiter , Sepp Lerch , Hans Ratay ( Photograph ) ."
    tgt = "Sepp Larch , Hans Ratay ( photographe ) ."
    assert swap_evidence(src, tgt, "de", "fr", src, tgt)[1] == []


def test_a_new_name_made_of_common_words_is_told_apart() -> None:
    doc = "There is no risk to drinking water supplies, the Water Supply Association said."
    assert common_words("Supply", doc)  # "supplies": a common word capitalised
    assert not common_words("Herrligkoffer", "Herrligkoffer led the expedition.")


def test_a_vietnamese_name_translated_into_english_is_no_swap() -> None:
    """Read the other way (vi→en), Vietnamese names the translation renders ("Đạo Luật
    Bầu Cử", "Đông Âu") are lost beside English words: no swap. A name Vietnamese spells foreign
    is kept as written, and one in Vietnamese syllables gives way to another such name."""
    cases = [
        (
            "Trước khi có Đạo Luật Bầu Cử.",
            "Before the Voting Rights Act.",
            [],
            ["Voting Rights Act"],
        ),
        ("Khi chúng tôi ở Đông Âu.", "When we were in Eastern Europe.", [], ["Europe"]),
        ("Tôi sống ở Footscray.", "I lived in Honolulu.", ["Footscray"], ["Honolulu"]),
        (
            "Ông Trần Sỹ Thanh phát biểu.",
            "Mr Nguyen Van Hai spoke.",
            ["Trần Sỹ Thanh"],
            ["Nguyen Van Hai"],
        ),
    ]
    for src, tgt, lost, brought in cases:
        assert swap_evidence(src, tgt, "vi", "en", src, tgt) == (lost, brought), src


VI_DOC = [
    'Bà Carr gọi và nói "Này, Bryan, bà Park sẽ đến thị trấn."',
    'Màu sắc giống như phim "Avatar."',
    'Bà ấy nhìn tôi và nói "Ừm, ừm."',
]
EN_DOC = [
    'Ms. Carr called and said, "London, Ms. Parks is coming to town."',
    'The hues are like "Gmail."',
    'She looked at me and said, "Mmm, mmm." I said mmm too.',
]


@pytest.mark.parametrize(
    ("i", "lost", "brought"),
    [
        (0, ["Bryan"], ["London"]),  # a name opening a quotation: a vocative
        (1, ["Avatar"], ["Gmail"]),  # a quoted title
    ],
)
def test_a_name_opening_a_quotation_in_an_english_translation_is_brought_in(
    i: int, lost: list[str], brought: list[str]
) -> None:
    # English capitalises every quotation's first word, so before this only names the
    # document also wrote inside a sentence counted; one it never writes in lower case and
    # the source sentence never states is a name (docs/benchmarks.md §3, twelfth session)
    got = swap_evidence(VI_DOC[i], EN_DOC[i], "vi", "en", " ".join(VI_DOC), " ".join(EN_DOC))
    assert got == (lost, brought)


def test_a_quotation_opened_by_a_common_word_or_the_source_s_name_brings_in_nothing() -> None:
    vi, en = " ".join(VI_DOC), " ".join(EN_DOC)
    # "Mmm" is written in lower case elsewhere in the translation: a word, not a name
    assert swap_evidence(VI_DOC[2], EN_DOC[2], "vi", "en", vi, en) == ([], [])
    # the source sentence states the quoted name: kept, not brought in
    same = 'The hues are like "Avatar."'
    assert swap_evidence(VI_DOC[1], same, "vi", "en", vi, en + " " + same) == ([], [])
    # a sentence's first word is not a quotation's: "Tastemakers" stays unread
    assert swap_evidence(VI_DOC[1], "Tastemakers like it.", "vi", "en", vi, en)[1] == []


def test_a_title_a_vietnamese_original_renders_word_for_word_loses_no_name() -> None:
    # "Áo Blu Trắng" is "White Coat" ("blu" a loanword, "Áo" a shirt, not Austria): its
    # English translation brings in "White Coat" but loses nothing
    vi = 'Trên show của tôi, "Áo Blu Trắng, Nghệ Thuật Đen," tôi tạo thói quen nói.'
    en = 'On my show, on "White Coat, Black Art," I made it a habit of saying.'
    lost, brought = swap_evidence(vi, en, "vi", "en", vi, en)
    assert lost == [] and "White Coat" in brought
    # a foreign name beside one capitalised Vietnamese word is still a name the source loses
    vi = "Tổng thống Obama sẽ đến Hà Nội vào tuần tới."
    en = "President Trump will come to Hanoi next week."
    assert swap_evidence(vi, en, "vi", "en", vi, en) == (["Obama"], ["Trump"])


def test_a_quoted_name_with_diacritics_is_brought_in_as_written() -> None:
    vi = 'Cô ấy nói "Này, Bryan, đi thôi."'
    en = 'She said, "Zoë, let\'s go."'
    assert swap_evidence(vi, en, "vi", "en", vi, en) == (["Bryan"], ["Zoë"])


def test_a_german_translation_s_names_spelled_as_names_that_the_original_never_states():
    """German capitals mark nouns, but two in a row mark a name ("Pierre Bordet"). The
    stand-ins for a lost name are those the original document never states: not "Buch",
    not "Makalu", which the original names."""
    tgt = "Das Buch von Pierre Bordet über den Makalu erschien im Winter bei Arthaud."
    src_doc = "Le livre de Jean Franco sur le Makalu a paru cet hiver chez Arthaud."
    assert marked_strangers(tgt, "de", src_doc, tgt) == ["Pierre Bordet"]
    assert marked_strangers(tgt, "de", src_doc + " Pierre Bordet était géologue.", tgt) == []
    faithful = tgt.replace("Pierre Bordet", "Jean Franco")
    assert marked_strangers(faithful, "de", src_doc, faithful) == []


@pytest.mark.parametrize(
    ("tgt", "new"),
    [
        (
            "Die Bergsteiger - Clouds , Albert Höcht und Hans Ertl - erreichten den Gipfel.",
            "Clouds",
        ),
        ("Sein Buch « Dämon Himalaya » ( Tjurin : Schwabe ) erschien 1935.", "Tjurin"),
        ("Davies leitete 1955 die Expedition zum Gipfel.", "Davies"),
    ],
)
def test_a_german_stand_in_may_open_the_sentence_a_bracket_or_a_dash(tgt: str, new: str) -> None:
    """German capitalises every noun, so a lone capital after "(", "«" or a dash is a
    noun or a name as one inside the sentence is; `phrases` leaves it out (the position
    may capitalise it), and a lost name's stand-in there went untried. A word the
    translation writes in lower case elsewhere, a function word, or one the source
    sentence mentions is not tried."""
    src = "Hans Ertl , Albert Höcht et Schwabe (Bâle) ont dirigé l' expédition au sommet en 1935."
    words = stand_in_words(tgt, src, "de", tgt)
    assert new in words
    assert "Albert" not in words and "Die" not in words and "Sein" not in words
    faithful = tgt.replace(new, "Hans Ertl")
    assert "Hans" not in stand_in_words(faithful, src, "de", faithful)
    lower = tgt + " Der Himmel war voller " + new.lower() + "."
    assert new not in stand_in_words(tgt, src, "de", lower)


# --- a new name in the place of one of the original's ---------------------------------


@pytest.mark.parametrize(
    ("text", "other", "name", "found"),
    [
        (  # a German original: "Arun" of the translation sits where "Gosainthan" does
            "Shisha Pangma oder Gosainthan ( 8013 m ) in Tibet",
            "le Shisha Pangma ou Arun , 8013 m , au Tibet",
            "Arun",
            ["Gosainthan"],
        ),
        (  # a German word after an initial is a name: "Sauberer", not "cleaner"
            "Erstersteigung 1931 durch F. Sauberer und B. Tjurin .",
            "première ascension en 1931 par F. Schneider et B. Tjurin .",
            "Schneider",
            ["Sauberer"],
        ),
        (  # a German translation: "Stainton" sits where the original's lost "Tibet" does
            "der Shisha Pangma in Stainton und der Dhaulagiri in Nepal",
            "le Shisha Pangma au Tibet et le Dhaulagiri au Népal",
            "Tibet",
            ["Stainton"],
        ),
    ],
)
def test_a_name_between_the_same_neighbours_takes_the_place_of_the_other_sides_one(
    text, other, name, found
):
    assert slot_swaps(text, other, [name], "de", Lexicon()) == found


@pytest.mark.parametrize(
    ("text", "other", "name"),
    [
        # the same name spelled another way, or shortened: a rendering
        ("im Tien-Schan ( 7439 m )", "dans le Tian Chan , 7439 m", "Tian Chan"),
        (
            "zwischen Makalu- und Kangchendzönga-Gruppe ) oder die Tista",
            "entre les massifs du Makalu et du Kantch , ou la Tista",
            "Kantch",
        ),
        # a German noun the dictionary knows, with no initial before it
        (
            "Der Gipfel wurde 1956 von den Franzosen erreicht .",
            "Le sommet fut atteint en 1956 par les Suisses .",
            "Suisses",
        ),
        # nothing both sentences share to place the new name by
        ("Der Gipfel wurde von Gosainthan erreicht .", "Le sommet fut atteint par Arun .", "Arun"),
        # too many words between the neighbours to say which one it replaced
        (
            "Shisha Pangma , den die Tibeter seit jeher Gosainthan nennen ( 8013 m )",
            "le Shisha Pangma , que les Tibétains appellent Arun , 8013 m",
            "Arun",
        ),
    ],
)
def test_no_name_where_the_place_says_nothing(text, other, name):
    assert slot_swaps(text, other, [name], "de", Lexicon()) == []


DE_TEAM = "Die Expedition 1956 - Hans Ratay , Heinrich Roiss und Georg Weiler - bestieg ihn ."


def test_a_new_name_after_a_dash_is_placed_where_the_original_names_another():
    """French capitalises every sentence, so a lone capital after a dash is not read as a
    name ("1956 - Gyalzen , Heinrich Roiss"); one no French dictionary knows that the
    German never states is placed, and "Ratay" sits there."""
    fr = "L' expédition 1956 - Gyalzen , Heinrich Roiss et Georg Weiler - le gravit ."
    new = unknown_openers(fr, DE_TEAM, "fr", DE_TEAM, Lexicon())
    assert new == ["Gyalzen"]
    assert slot_swaps(DE_TEAM, fr, new, "de", Lexicon()) == ["Ratay"]


def test_openers_the_dictionary_knows_or_the_original_states_are_no_new_names():
    faithful = "L' expédition 1956 - Hans Ratay , Heinrich Roiss et Georg Weiler - le gravit ."
    assert unknown_openers(faithful, DE_TEAM, "fr", DE_TEAM, Lexicon()) == []
    known = "Pourtant , le sommet fut atteint ."
    assert unknown_openers(known, DE_TEAM, "fr", DE_TEAM, Lexicon()) == []
    # "Bâle" opens a bracket and no French dictionary knows it, but it is "Basel" rendered:
    # the gazetteer knows the city, and the place reading would not take it either
    de = "Allerdings habe ich 1939 in meinem Baltoro ( Basel : Schwabe ) geschrieben"
    fr = "Pourtant , dès 1939 , j' avais écrit dans Baltoro ( Bâle , p. 66 )"
    assert unknown_openers(fr, de, "fr", de, Lexicon()) == []
    assert slot_swaps(de, fr, ["Bâle"], "de", Lexicon()) == []
    unknown = fr.replace("Bâle", "Bâlux")  # a city the gazetteer does not know
    assert unknown_openers(unknown, de, "fr", de, Lexicon()) == ["Bâlux"]


def test_an_acronym_the_translation_brackets_after_its_words_is_a_gloss_not_a_new_name():
    """ "Ngân hàng Phát triển châu Á (ADB)" for "Asiatische Entwicklungsbank": the
    translator spells out what the name abbreviates; reported as a name at 0.58 before."""
    de = "Finanziert wird das Projekt über Kredite der Asiatischen Entwicklungsbank ."
    vi = "Dự án được tài trợ bằng các khoản vay của Ngân hàng Phát triển châu Á (ADB) ."
    assert "ADB" not in swap_evidence(de, vi, "de", "vi", de, vi)[1]
    # an acronym in the place of the original's own bracketed one is still a new name
    de_abbr = de.replace("Entwicklungsbank", "Entwicklungsbank ( ADB )")
    vi_imf = vi.replace("(ADB)", "(IMF)")
    assert "IMF" in swap_evidence(de_abbr, vi_imf, "de", "vi", de_abbr, vi_imf)[1]


def test_a_country_lost_in_a_swap_counts_in_german_too():
    """A German original's capitals mark nouns, but a country the gazetteer knows is a
    name; "Pakistan" became an entity with iso-codes, and "in Pakistan" rendered "au
    Baltoro Kangri" would have been missed. A people is not taken for a place."""
    de = "Die Trägerlöhne sind auch in Pakistan stark erhöht worden :"
    fr = "Les tarifs des porteurs ont fortement augmenté aussi au Baltoro Kangri ."
    assert swap_evidence(de, fr, "de", "fr", de, fr) == (["Pakistan"], ["Baltoro Kangri"])
    fr_de = "Die Trägerlöhne sind auch in Pierre Bordet stark erhöht worden :"
    fr_src = "Les tarifs des porteurs ont fortement augmenté aussi au Pakistan ."
    assert unmentioned(fr_src, fr_de, "fr", fr_src) == ["Pakistan"]
    people = "Les Français ont fortement augmenté les tarifs ."
    assert unmentioned(people, fr_de, "fr", people) == []


def test_a_country_a_german_translation_puts_in_another_ones_place_is_a_new_name():
    """German capitalises every noun, so only a name spelled as foreign was brought in; a
    country the gazetteer knows is a name however it is spelled."""
    en = "He finished ahead of runners from Kenya, Ethiopia and Turkey."
    de = "Er lag vor Läufern aus Kenia, Äthiopien und Uganda."
    assert swap_evidence(en, de, "en", "de", en, de) == (["Turkey"], ["Uganda"])
    faithful = "Er lag vor Läufern aus Kenia, Äthiopien und der Türkei."
    assert swap_evidence(en, faithful, "en", "de", en, faithful) == ([], [])


def test_a_body_named_in_words_before_its_acronym_is_no_new_name():
    """ "la Fédération allemande des apiculteurs (DIB)" for "des Deutschen Imkerbundes"
    (blind round 41, through MT that kept the German name: a false swap at 0.98)."""
    fed = "Selon les chiffres de la Fédération allemande des apiculteurs (DIB), elles ont baissé."
    assert heads_bracketed_body("Fédération", fed)
    assert not heads_bracketed_body("Fédération", "Selon la Fédération, elles ont baissé (DIB).")
    # a person before a party's acronym is a person
    assert not heads_bracketed_body("Jean Dupont", "Jean Dupont (PS) a voté contre.")


def test_an_acronym_the_source_brackets_and_the_translation_drops_is_a_gloss():
    """ "Ministry of Industry and Trade (MOIT)" → "Bộ Công Thương": the translation names
    the ministry without its acronym; the other text's own bracketed acronyms ("(EVN)")
    are kept, so nothing was put in its place."""
    en = (
        "Officials from the Ministry of Industry and Trade (MOIT) and Vietnam Electricity (EVN)"
        " attended."
    )
    vi = "Đại diện Bộ Công Thương và Tập đoàn Điện lực Việt Nam (EVN) tham dự."
    assert glossed("MOIT", en, vi)
    assert not glossed("MOIT", en, vi.replace("(EVN)", "(IMF)"))  # an acronym for another
    assert "MOIT" not in swap_evidence(en, vi, "en", "vi", en, vi)[0]


def test_the_words_before_an_acronym_both_texts_bracket_name_one_body():
    """ "Jeunes Agriculteurs (JA)" is "Young Farmers (JA)": a translated name, not a swap."""
    fr = (
        "« Sans aide rapide, des exploitations ne passeront pas l’hiver », prévient Julien"
        " Fargère, des Jeunes Agriculteurs (JA) de la Drôme."
    )
    en = (
        "“Without quick help, some farms won’t make it through the winter,” warns Julien"
        " Fargère of the Young Farmers (JA) in the Drôme."
    )
    assert expanded("Jeunes Agriculteurs", fr, en) and expanded("Young", en, fr)
    assert not expanded("Julien Fargère", fr, en)
    assert swap_evidence(fr, en, "fr", "en", fr, en) == ([], [])
    other = en.replace("Young Farmers (JA)", "Farmers' Union (FNSEA)")
    assert not expanded("Jeunes Agriculteurs", fr, other)


def test_a_lower_case_acronym_both_texts_bracket_names_one_body():
    """ "Der Verbraucherzentrale Bundesverband (vzbv)" is "The Federation of German Consumer
    Organisations (vzbv)" (a nineteenth-round blind pair); another body's "(dbv)" is not."""
    de = "Der Verbraucherzentrale Bundesverband (vzbv) forderte ein Sozialticket."
    en = "The Federation of German Consumer Organisations (vzbv) called for a social ticket."
    assert expanded("Verbraucherzentrale Bundesverband", de, en)
    assert expanded("Federation", en, de) and expanded("Consumer Organisations", en, de)
    assert not expanded("Federation", en.replace("(vzbv)", "(dbv)"), de)


def test_a_headline_without_a_full_stop_does_not_make_the_next_opener_a_name():
    """The documents are read one sentence a line: "… in France's Drôme Two nights …" made
    "Two" a capital inside a sentence, hence a name, and "Deux" → "Two" a swap at 0.90."""
    fr_doc = "Le gel détruit les abricotiers de la Drôme\nDeux nuits de gel ont tout détruit."
    en_doc = "Frost destroys apricot blossom in the Drôme\nTwo nights of frost destroyed it."
    fr, en = fr_doc.split("\n")[1], en_doc.split("\n")[1]
    assert swap_evidence(fr, en, "fr", "en", fr_doc, en_doc) == ([], [])


def test_a_name_spelled_like_another_word_of_the_source_is_still_a_stranger() -> None:
    """ "Aarhus" for "Esbjerg": "Arthur" of the original's "Port Arthur" is no
    transliteration of it (names.mentioned), so the new name is tested as a stranger."""
    de = "Die Technik liefert Havstrøm A/S aus Esbjerg. Der Bezirk Port Arthur bleibt."
    assert strangers(["Aarhus"], de) == ["Aarhus"]


def test_a_place_the_source_document_never_names_is_a_stranger() -> None:
    """A known place is compared as an entity: "Bern" for a source that names no Bern in
    any language is a new name, "Berne" for "Bern" is not; "Us" (a scan's "Ils") is none."""
    de = "Am 6. Juli sicherte Reinagl die Träger hinunter."
    assert strangers(["Bern"], de) == ["Bern"]
    assert strangers(["Berne"], de + " Er kam aus Bern.") == []
    assert strangers(["Us"], de) == []


def test_a_number_or_adverb_opening_a_quotation_is_no_name():
    """ "“Two more weeks …”" against "« Encore deux semaines … »": both open a quotation
    and neither document writes them elsewhere, which made a name swap Two → Encore (a
    blind pair); a name opening a quotation still counts."""
    en = "“Two more weeks like this and we will lose the crop,” said Tom Ashworth."
    fr = "« Encore deux semaines comme ça, et nous perdrons la récolte », a affirmé Tom Ashworth."
    assert swap_evidence(en, fr, "en", "fr", en, fr) == ([], [])
    named = fr.replace("Encore deux semaines", "Londres deux semaines")
    assert swap_evidence(en, named, "en", "fr", en, named)[1] == ["Londres"]


def test_a_vietnamese_syllable_opening_the_sentence_is_no_name_alone():
    """ "Thủy sản Sông Tiền" (Song Tien Seafood): "Thủy" opens the sentence and the
    company's name elsewhere, but a Vietnamese syllable alone is no name (a blind pair
    made it a name the German headline lost); a foreign name opening it still is."""
    doc = (
        "Thủy sản Sông Tiền lãi quý III gấp đôi\n"
        "Công ty Thủy sản Sông Tiền cho biết lợi nhuận tăng mạnh."
    )
    # "quý III" is the third quarter, no name
    assert name_units(doc.split("\n")[0], "vi", doc) == ["Sông Tiền"]
    foreign = "Baltimore đã đăng ký.\nHọ nói Baltimore sẽ thắng."
    assert name_units(foreign.split("\n")[0], "vi", foreign) == ["Baltimore"]


def test_a_first_name_kept_places_the_surname_that_replaced_the_other():
    """ "substitute Marcus Obi" → "den eingewechselten Marcus Oduya" (a blind pair): the
    words between shared neighbours are too many to place it, but the first name kept says
    where the surname stands; a German noun after it, or the surname kept, is no swap."""
    en = "Wexcombe levelled at 2-2 through substitute Marcus Obi in the 71st minute."
    de = "In der 71. Minute glich Wexcombe durch den eingewechselten Marcus Oduya zum 2:2 aus."
    assert slot_swaps(de, en, ["Marcus Obi"], "de", Lexicon()) == ["Oduya"]
    kept = de.replace("Oduya", "Obi")
    assert slot_swaps(kept, en, ["Marcus Obi"], "de", Lexicon()) == []
    noun = "In der 71. Minute glich Wexcombe durch Marcus Ausgleich zum 2:2 aus."
    assert slot_swaps(noun, en, ["Marcus Obi"], "de", Lexicon()) == []


def test_an_abbreviation_s_dot_opens_no_sentence():
    """ "tại TP.HCM" made "HCM" a name opening a sentence, and so the headline's first word
    "Teenager" a lost name (a blind pair)."""
    en = "Teenager Bao Ngoc wins home ITF title in Ho Chi Minh City after three-set final"
    vi = "Tay vợt trẻ Bảo Ngọc vô địch giải ITF tại TP.HCM sau trận chung kết ba set"
    assert swap_evidence(en, vi, "en", "vi", en, vi) == ([], [])


def test_two_compounds_that_share_only_their_first_part_are_two_names() -> None:
    """ "Marktleuthen" for "Marktredwitz" (a blind pair) is another town; "Kantch" for
    "Kangchendzönga" a shortening, "Gasherbrums" a case ending."""
    assert other_compound("Marktredwitz", "Marktleuthen")
    assert not spelled_alike("Marktredwitz", "Marktleuthen")
    assert not spelled_alike("Neustadt", "Neuburg")
    assert spelled_alike("Kantch", "Kangchendzönga")
    assert spelled_alike("Gasherbrum", "Gasherbrums")


def test_a_new_town_in_the_place_of_a_german_one_is_found_by_a_shared_figure() -> None:
    """ "In Marktredwitz wurde ein 58-jähriger …" against "In Marktleuthen, a 58-year-old …":
    the figure of "58-jähriger" and "58-year-old" places the new name."""
    de = "In Marktredwitz wurde ein 58-jähriger Autofahrer schwer verletzt."
    en = "In Marktleuthen, a 58-year-old motorist was seriously injured."
    assert slot_places(de, en, ["Marktleuthen"], "de", Lexicon()) == {
        "Marktleuthen": ["Marktredwitz"]
    }


def test_a_country_bracketed_after_a_place_is_a_gloss() -> None:
    """ "Vùng Bretagne (Pháp)": the Vietnamese press says where a foreign place lies."""
    assert bracketed("Pháp", "Vùng Bretagne (Pháp) đã đón 13,8 triệu lượt khách.", "")
    assert not bracketed("Pháp", "Pháp đã đón 13,8 triệu lượt khách.", "")
    assert not bracketed("Coralwind", "Hãng bay (Coralwind) mở đường bay.", "")


def test_an_acronym_for_words_the_other_document_writes_out_names_one_body() -> None:
    """ "A DB spokesman" for "ein Bahnsprecher" where the German says "Deutsche Bahn"
    elsewhere; "le BCWS" for "the BC Wildfire Service" (blind pairs)."""
    de_doc = "Die Deutsche Bahn stellte den Fernverkehr ein. Ein Bahnsprecher sagte das."
    en = "A DB spokesman said so."
    assert spelled_out_in("DB", en, "Ein Bahnsprecher sagte das.", de_doc)
    assert not spelled_out_in("DB", en, "Ein Bahnsprecher sagte das.", "Der Bahnhof war leer.")
    en = "The BC Wildfire Service spent $412 million."
    fr = "Le BCWS a dépensé 412 M$."
    assert spelled_out_in("BCWS", fr, en, en)
    assert spelled_out_in("Service", en, fr, fr)
    assert not spelled_out_in("Service", en, "Le SPVM a dépensé 412 M$.", fr)


def test_only_a_vietnamese_name_with_one_syllable_changed_is_a_respelled_swap() -> None:
    """ "Nguyen Huu Thanh Tuan" for Nguyễn Hữu Thanh Tùng is another person; "Leiter Ch.
    Evans" for "Chef Ch. Evans" (de–fr dev) is a title translated."""
    text = "Auf einer Pressekonferenz sagte Nguyen Huu Thanh Tuan, stellvertretender Leiter."
    assert respelled_swap(["Nguyễn Hữu Thanh Tùng"], text) == (
        "Nguyễn Hữu Thanh Tùng",
        "Nguyen Huu Thanh Tuan",
    )
    assert respelled_swap(["Chef Ch Evans"], "7. Kangchendzönga, Leiter Ch. Evans") is None


def test_a_romanised_east_asian_name_with_one_syllable_changed_is_a_respelled_swap() -> None:
    """ "Lee Mei Ling" for "Lim Mei Ling" (a nineteenth-round blind pair: the family name
    comes first, as in Vietnamese); a Western name of three short words is not read so."""
    text = "Lee Mei Ling, a managing partner at Meranti Capital, said there was room to grow."
    assert respelled_swap(["Lim Mei Ling"], text) == ("Lim Mei Ling", "Lee Mei Ling")
    assert respelled_swap(["Kim Jong Un"], "Kim Jong Il spoke.") == ("Kim Jong Un", "Kim Jong Il")
    assert respelled_swap(["Anna Maria Lee"], "Anna Marie Lee spoke.") is None


def test_an_opener_is_not_found_in_a_word_whose_marks_differ() -> None:
    """ "Côté pluie, …" (as for rain) opens the sentence; the German translation writes
    "Côtes-d'Armor" elsewhere, with its marks, so "Côté" is no name it keeps: nothing is
    lost from the sentence."""
    src = "Côté pluie, 30 millimètres sont attendus dans les Côtes-d’Armor."
    tgt = "In Côtes-d’Armor, etwa um Quimperlé, werden 30 Millimeter Regen erwartet."
    lost, brought = swap_evidence(src, tgt, "fr", "de", src, tgt)
    assert (lost, brought) == ([], ["Quimperlé"])
    # a name the translation writes without its marks is still the name
    src = "Zoë, la fille du maire, a parlé la première."
    tgt = "Die Tochter des Bürgermeisters, Zoe, sprach zuerst. Zoe Lambert ist 19."
    assert "Zoe" not in unmentioned(src, tgt, "fr", src)


def test_a_common_word_borrowed_with_its_spelling_is_no_name_brought_in() -> None:
    """German writes "in den Départements" for "dans les départements": a French word the
    original writes in lower case, not a new name."""
    src = "Trois zones sont en alerte, dont l’Orne."
    tgt = "Drei Départements sind in Alarmbereitschaft, darunter Orne."
    src_doc = src + "\nLes départements voisins restent en vigilance jaune."
    assert swap_evidence(src, tgt, "fr", "de", src_doc, tgt) == ([], [])


def test_a_numbered_body_glosses_its_acronym_with_its_number() -> None:
    text = "Project Management Unit 7 (PMU 7) said the road cost VND21 trillion."
    assert glossed("PMU", text, "Ban Quản lý dự án 7 cho biết tuyến đường tốn 21.000 tỷ đồng.")


def test_an_acronym_french_writes_in_lower_case_names_one_body_in_both_texts() -> None:
    """ "l'Agence nationale de l'habitat (Anah)" = "the National Housing Agency (Anah)"; a
    place in brackets is no acronym."""
    en = "The firm filed claims with the National Housing Agency (Anah) last year."
    fr = "L'entreprise a déposé des dossiers auprès de l'Agence nationale de l'habitat (Anah)."
    assert expanded("Housing", en, fr)
    assert not expanded("Dupont", "Marie Dupont (Paris) a parlé.", "Marie Durand (Paris) spoke.")


def test_the_home_country_of_the_original_is_a_gloss_where_it_names_no_country() -> None:
    """An English translation names France where the French original says "nationale"."""
    fr = "L'entreprise a déposé 300 dossiers auprès de l'Agence nationale de l'habitat."
    assert home_country("France", "", fr, "fr")
    assert home_country("Belgium", "", fr, "fr")  # French is written from Belgium too
    assert not home_country("Germany", "", fr, "fr")
    assert not home_country("France", "", "Le dossier a été déposé en Belgique.", "fr")
    assert not home_country("Vietnam", "", "Hồ sơ được nộp tại Lào.", "vi")
    assert not home_country("England", "", "The firm filed 300 claims.", "en")
    # an Austrian paper's town, put in Austria for English readers
    assert home_country("Austria", "", "Neue Mostpresse in Aschbach-Markt", "de")
    # a country both sentences name is no other country (a blind pair of the
    # twenty-eighth round: a headline put "Vietnam :" before its news)
    vi = "Nước mắm Phú Quốc lần đầu xuất sang Pháp"
    fr = "Vietnam : la fabrique de Phu Quoc expédie son nuoc-mâm en France"
    assert home_country("Vietnam", fr, vi, "vi")
    assert not home_country("Vietnam", "Vietnam : la fabrique expédie son nuoc-mâm", vi, "vi")


def test_a_country_bracketed_after_a_place_or_its_region_says_where_it_lies() -> None:
    """ "bang Arizona (Mỹ)", "(bang Queensland, Úc)": the country and the region before it
    are a gloss; a region bracketed beside another region, or a country in running text,
    is not."""
    vi = "Maleny, thị trấn cách Brisbane khoảng 90 km về phía bắc (bang Queensland, Úc)."
    assert located("Úc", vi) and located("Queensland", vi)
    assert located("Mỹ", "Một trang trại ở bang Arizona (Mỹ) bị cháy.")
    assert not located("Brisbane", vi)
    assert not located("Arizona", "Hai bang (Arizona, Texas) bị cháy.")
    assert not located("Úc", "Nông dân Úc cho biết.")


def test_the_home_country_of_the_translation_may_go_unsaid() -> None:
    """A Vietnamese translation leaves Vietnam out of "Da Lat, in Vietnam's Central
    Highlands"; a country it brackets after a place it adds says where that lies and is
    no other country named, one it names in the text is."""
    vi = "Vườn lan ở Maleny (bang Queensland, Úc) vừa nhận cây giống từ Đà Lạt, Tây Nguyên."
    assert home_country("Vietnam", "", vi, "vi")
    assert not home_country("Vietnam", "", "Vườn lan ở Úc vừa nhận cây giống từ Đà Lạt.", "vi")
    assert not home_country("Thailand", "", vi, "vi")


def test_a_body_named_in_full_before_the_acronym_the_other_text_states() -> None:
    """A long translated name before the same bracketed acronym ("la Compagnie nationale de
    transport d'électricité des Philippines (NGCP)"), and an acronym the original only
    states ("FDP und ÖDP") that the translation spells out before it."""
    en = "The National Grid Corporation of the Philippines (NGCP) said power was back."
    fr = "La Compagnie nationale de transport d'électricité des Philippines (NGCP) l'a dit."
    assert expanded("Compagnie", fr, en) and expanded("Grid", en, fr)
    de = "FDP und ÖDP kommen auf je einen Sitz."
    en = "The FDP and the Ecological Democratic Party (ÖDP) won one seat each."
    assert expanded("Ecological", en, de)
    assert not expanded("Ecological", en, "FDP und Grüne kommen auf je einen Sitz.")


def test_an_acronym_a_document_defines_names_that_body_where_it_recurs() -> None:
    doc = "The provincial Department of Health (DOH) asked schools to act.\nThe DOH said so."
    assert defined_in("DOH", doc)
    assert not defined_in("DOH", "The DOH said so.")
    assert not defined_in("Health", doc)


def test_a_spoken_acronym_bracketed_after_a_body_is_a_gloss() -> None:
    """ "Hiệp hội Thép Việt Nam (Vsa)"-like spoken acronyms: dropped, used alone after, or
    spelled out in words by the other text; not a place bracketed after a person."""
    src = "Hiệp hội Chè Lâm Đồng (Lamtea) cho biết giá đã tăng."
    tgt = "The Lam Dong Tea and Herbs Association said prices had risen."
    assert glossed("Lamtea", src, tgt)
    assert defined_in("Lamtea", src)
    assert spelled_out_in("Herbs", tgt, src, src)
    assert not glossed("Lyon", "Jean Dupont (Lyon) a dit non.", "Jean Dupont said no.")
    assert not defined_in("Paris", "Le Grand Musée (Paris) a dit non.")


def test_a_double_name_swap_is_read_from_the_lost_name() -> None:
    assert double_name_swap(
        ["Paul Le Bihan-Delcourt"], "Sein Anwalt Paul Le Roux-Delcourt legte Berufung ein."
    ) == ("Paul Le Bihan-Delcourt", "Roux-Delcourt")


def test_a_first_name_opening_a_name_is_no_unit_of_its_own() -> None:
    """ "Yanis Benhamou-Ferrand devra …" rendered "Benhamou-Ferrand muss …": the first name
    dropped, not a name lost."""
    doc = "Yanis Benhamou-Ferrand devra payer. Le juge a condamné Yanis Benhamou-Ferrand."
    assert name_units("Yanis Benhamou-Ferrand devra payer.", "fr", doc) == [
        "Yanis Benhamou-Ferrand"
    ]


def test_a_full_name_for_a_title_and_surname_is_no_new_name() -> None:
    """ "Dr Ames" in the sentence, "Rachel Ames" in the translation and the original; a
    first name the original never gives is new."""
    src_doc = "Dr Rachel Ames won the seat. Dr Ames will take her seat on Tuesday."
    src = "Dr Ames will take her seat on Tuesday."
    tgt_doc = "Rachel Ames a gagné. Rachel Ames siégera mardi."
    assert swap_evidence(src, "Rachel Ames siégera mardi.", "en", "fr", src_doc, tgt_doc)[1] == []
    other = swap_evidence(src, "Sarah Ames siégera mardi.", "en", "fr", src_doc, tgt_doc)
    assert other[1] == ["Sarah Ames"]


def test_a_brand_bracketed_after_a_bank_s_full_name_glosses_it() -> None:
    """ "Ngân hàng TMCP Ngoại Thương Việt Nam (Vietcombank)" = "Vietcombank"."""
    src = "Ngân hàng TMCP Ngoại Thương Việt Nam (Vietcombank) giảm lãi suất."
    assert bracketed("Ngoại Thương", src, "Vietcombank senkt die Zinsen.")
    assert not bracketed("Ngoại Thương", src, "Die Agribank senkt die Zinsen.")


def test_a_country_before_its_currency_glosses_it() -> None:
    assert names_currency("Swiss", "Tickets cost 90 Swiss francs.")
    assert not names_currency("Swiss", "Tickets cost 90 francs, Swiss officials said.")


def test_a_participle_opening_the_original_is_no_name_lost() -> None:
    """ "Installé depuis 2019 à Cossé-le-Vivien …" → "Gervais, who has farmed … since
    2019" (a blind pair): the translation names the farmer the pronoun stood for; the
    French sentence's first word is a participle, not a name it lost."""
    fr = "Installé depuis 2019 à Cossé-le-Vivien, il élève 75 vaches."
    en = "Gervais, who has farmed at Cossé-le-Vivien since 2019, keeps 75 cows."
    doc, tdoc = "Selon Paul Gervais, la crise dure. " + fr, "Says farmer Gervais. " + en
    assert swap_evidence(fr, en, "fr", "en", doc, tdoc) == ([], ["Gervais"])
    # a name opening the sentence that the document writes inside a sentence is still lost
    fr = "Martin élève 75 vaches à Cossé-le-Vivien."
    en = "Gervais keeps 75 cows at Cossé-le-Vivien."
    doc, tdoc = "Selon Martin, la crise dure. " + fr, "Says farmer Gervais. " + en
    assert swap_evidence(fr, en, "fr", "en", doc, tdoc) == (["Martin"], ["Gervais"])


def test_a_vietnamese_name_with_another_last_syllable_is_brought_in() -> None:
    """ "các xã Sơn Thành, Tịnh Hà và Nghĩa Hòa" → "Son Thanh, Tinh Ha and Nghia Ha" (a
    blind pair): each word of "Nghia Ha" is in the original, but it writes "Nghĩa" before
    another syllable; a longer word spelled a little apart is the same name."""
    vi = "Người dân ở các xã Sơn Thành, Tịnh Hà và Nghĩa Hòa đã được di dời."
    en = "Residents of Son Thanh, Tinh Ha and Nghia Ha communes were evacuated."
    assert swap_evidence(vi, en, "vi", "en", vi, en) == (["Nghĩa Hòa"], ["Nghia Ha"])
    same = "Residents of Son Thanh, Tinh Ha and Nghia Hoa communes were evacuated."
    assert swap_evidence(vi, same, "vi", "en", vi, same) == ([], [])


@pytest.mark.parametrize(
    ("name", "text", "other"),
    [
        ("Belgium", "Chip shops in Wallonia, Belgium's French-speaking south, raise prices.",
         "Les friteries de Wallonie augmentent leurs prix."),
        ("Namur", "He runs a shop in Jambes, on the right bank of the Meuse in Namur.",
         "Il tient une friterie à Jambes, sur la rive droite de la Meuse."),
        ("Sydney", "Một hội ở Cabramatta – khu ngoại ô phía tây nam Sydney – cho biết.",
         "A group in Cabramatta said."),
    ],
)  # fmt: skip
def test_where_a_shared_place_lies_is_a_gloss(name: str, text: str, other: str) -> None:
    """A translation adds where a place both texts name lies (blind pairs)."""
    assert placed_after(name, text, other)


def test_a_place_in_another_place_s_stead_is_no_gloss() -> None:
    assert not placed_after("Namur", "He runs a shop in Namur.", "Il tient une friterie à Jambes.")
    # the place before the gloss must be the other text's too
    assert not placed_after(
        "Namur", "He runs a shop in Jambes, near Namur.", "Il tient une friterie à Andenne."
    )


def test_an_acronym_skips_the_small_words_of_its_body() -> None:
    """ "ACCC" = "Australian Competition and Consumer Commission"; "(WSA Oberrhein)" is
    an acronym with the place of a local office (blind pairs)."""
    en = "Scamwatch is run by the Australian Competition and Consumer Commission."
    vi = "Scamwatch do Ủy ban Cạnh tranh và Người tiêu dùng Úc (ACCC) vận hành."
    assert spelled_out_in("Consumer", en, vi, vi)
    fr = "selon l'administration des voies navigables du Rhin supérieur (WSA Oberrhein)."
    assert glossed("WSA", fr, "laut dem Wasserstraßen- und Schifffahrtsamt Oberrhein.")
    assert defined_in("WSA", fr)


def test_a_gloss_goes_on_from_a_name_of_its_own() -> None:
    """ "Methil, à une trentaine de kilomètres au nord d'Édimbourg, de l'autre côté de
    l'estuaire du Forth" (a blind pair; our own town here): the French article before a
    name, and a second place glossed after the first."""
    fr = (
        "Le chantier de Kelby, à une trentaine de kilomètres au nord d’Édimbourg, de "
        "l’autre côté de l’estuaire du Forth, embauche."
    )
    en = "The Kelby yard is hiring."
    assert placed_after("Édimbourg", fr, en)
    assert placed_after("Forth", fr, en)
    # a name after one the original does not state glosses nothing
    assert not placed_after("Forth", fr, "The yard is hiring.")


def test_a_located_gloss_says_where() -> None:
    """Where the original lost a name the translation states elsewhere, only a gloss that
    says where (a direction, a distance, a side) excuses a new name: a list that runs on
    to a swapped name is no gloss."""
    fr = "Le chantier de Kelby, à une trentaine de kilomètres au nord d’Édimbourg, embauche."
    assert placed_after("Édimbourg", fr, "The Kelby yard is hiring.", located=True)
    de = "Die Aussicht vom K2 über Broad Peak, Gasherbrum und Hidden Peak bis zum Trollberg."
    en = "The view from K2 over Broad Peak, Gasherbrum and Hidden Peak to the Masherbrum."
    assert placed_after("Trollberg", de, en)
    assert not placed_after("Trollberg", de, en, located=True)


def test_a_gloss_after_a_place_and_its_kind_or_listing_two_places() -> None:
    """ "the Guérande peninsula, on France's Atlantic coast west of Nantes", "Broye, vùng …
    nằm giữa hai bang Vaud và Fribourg ở miền tây Thụy Sĩ" (blind pairs; our places): the
    kind of place after its name, and a gloss listing two places, the second glossed in
    turn."""
    en = (
        "Oyster farmers on the Morlaix peninsula, on France's Channel coast east of Brest, "
        "ended the season."
    )
    fr = "Les ostréiculteurs de la presqu'île de Morlaix ont fini la saison."
    assert placed_after("Brest", en, fr, located=True)
    vi = "Nông dân ở Gruyère, vùng đồi nằm giữa hai bang Vaud và Berne ở miền tây Thụy Sĩ, lo lắng."
    other = "Les paysans de la Gruyère s'inquiètent."
    assert placed_after("Vaud", vi, other, located=True)
    assert placed_after("Berne", vi, other)
    assert placed_after("Thụy Sĩ", vi, other)


def test_a_gloss_may_run_nine_words_before_its_name() -> None:
    """ "Blakeney Point, une flèche de galets sur la côte nord du Norfolk, dans l'est de
    l'Angleterre" (a blind pair of the twenty-ninth round): French spends many short words
    on where a place lies."""
    fr = (
        "Les gardes de Blakeney Point, une flèche de galets sur la côte nord du Norfolk, "
        "dans l’est de l’Angleterre, ont recensé 4 318 phoques."
    )
    en = "Rangers at Blakeney Point counted 4,318 grey seal pups this winter."
    assert placed_after("Norfolk", fr, en) and placed_after("Angleterre", fr, en)


def test_a_place_listed_beside_a_shared_one_is_no_gloss() -> None:
    """Only a gloss's own name leads on to one listed beside it: "Paris et Lyon" against
    "Paris and Marseille" is a swap."""
    assert not placed_after("Lyon", "Il visite Paris et Lyon.", "He visits Paris and Marseille.")
    # one listed beside a name a gloss leads to, where that gloss does not say where
    listed = "Il visite Paris, puis en fin de la semaine prochaine à Nantes et Lyon."
    assert placed_after("Nantes", listed, "He visits Paris and Marseille.")
    assert not placed_after("Lyon", listed, "He visits Paris and Marseille.")
    near = "Il visite Paris, puis en fin de semaine près de Nantes et Lyon."
    assert placed_after("Lyon", near, "He visits Paris and Marseille.")


def test_a_middle_name_dropped_is_the_same_name() -> None:
    """ "Hans Christian Andersen" read as "Hans Andersen" (checkable drops "Christian") is
    no other ending of "Hans"; "Nghia Ha" against "Nghĩa Hòa" still is."""
    en = "It is an adaptation of a tale by Hans Christian Andersen."
    fr = "C'est l'adaptation d'un conte de Hans Christian Andersen."
    assert swap_evidence(en, fr, "en", "fr", en, fr) == ([], [])
    vi = "Người dân ở các xã Sơn Thành và Nghĩa Hòa đã được di dời."
    other = "Residents of Son Thanh and Nghia Ha communes were evacuated."
    assert swap_evidence(vi, other, "vi", "en", vi, other) == (["Nghĩa Hòa"], ["Nghia Ha"])


def test_a_title_translated_or_a_person_called_by_their_people_is_no_swap() -> None:
    """ "Andersen's The Tinderbox" → "du « Briquet »", "Ms Pryce" → "Cette Galloise" (blind
    pairs; our sentences). A quoted speech's name, or a people where the original names
    one, still counts."""
    en = "The company staged Hans Christian Andersen’s The Nightingale last winter."
    fr = "La troupe a monté « Le Rossignol », le conte de Hans Christian Andersen, cet hiver."
    assert swap_evidence(en, fr, "en", "fr", en, fr) == ([], [])
    en = "Ms Morgan, who grew up in Cardiff, joined as a volunteer."
    fr = "Cette Galloise, qui a grandi à Cardiff, est arrivée comme bénévole."
    assert swap_evidence(en, fr, "en", "fr", en, fr) == ([], [])
    en = "The Frenchman Paul Mercier won."
    fr = "L’Italien Paul Mercier a gagné."
    assert swap_evidence(en, fr, "en", "fr", en, fr) == (["Frenchman"], ["Italien"])
    en = 'She said, "Tom, let\'s go."'
    fr = "Elle a dit : « Tim, on y va. »"
    assert swap_evidence(en, fr, "en", "fr", en, fr) == (["Tom"], ["Tim"])


def test_a_word_and_a_name_the_document_writes_as_one_name_are_one_body() -> None:
    """ "nach Angaben der Molkerei" = "Theo Weidegold", where the original calls it
    "Bio-Molkerei Weidegold" (the twenty-sixth round, in our words)."""
    doc = "Die Bio-Molkerei Weidegold liefert Milch. Die Molkerei hat 120 Mitarbeiter."
    assert named_together("Molkerei", "Weidegold", doc)
    assert not named_together("Molkerei", "Alpenhof", doc)


def test_a_place_inside_a_translated_body_name_before_its_acronym_is_a_gloss() -> None:
    """ "Hội Bảo vệ Thiên nhiên bang Bavaria (BN)" for "Bund Naturschutz": the place is
    part of the body's translated name; a person named before a body's name is not."""
    vi = "Dự án bị Hội Bảo vệ Thiên nhiên bang Bavaria (BN) chỉ trích."
    de = "Kritik kam vom Bund Naturschutz."
    assert spelled_out_in("Bavaria", vi, de, de)
    fr = "L'hydrogéologue Katrin Schellenberg, de l'Office de l'environnement (LUBW), juge."
    de = "Die Hydrogeologin Katrin Schellhorn von der Landesanstalt für Umwelt (LUBW) urteilt."
    assert not spelled_out_in("Schellhorn", de, fr, fr)


def test_a_vietnamese_name_of_two_syllables_in_lower_case_is_read() -> None:
    """ "Quốc lộ 53" names the national road an English "National Highway 53" names."""
    found = named_entities("Trạm trên Quốc lộ 53 dừng thu phí.", "vi")
    assert entity_of("National Highway") in found


def test_a_surname_kept_after_another_first_name_is_a_swap() -> None:
    """ "Preisrichter Aled Jenkins" for "Judge Alun Jenkins" (a blind pair of the
    twenty-eighth round): the German capitals show no new name, the surname shows whose
    first name changed; a title before the surname changes nothing."""
    de = "Nach Angaben von Preisrichter Aled Jenkins schaffte weniger als ein Drittel."
    assert first_name_swap(["Judge Alun Jenkins"], de) == ("Judge Alun Jenkins", "Aled Jenkins")
    assert first_name_swap(["Judge Alun Jenkins"], "Das sagte Preisrichter Jenkins.") is None


def test_a_region_of_the_home_country_or_one_the_sentence_names_is_a_gloss() -> None:
    """ "bang Hạ Saxony, tây bắc nước Đức" after a town a German original names alone, and
    "bang Tasmania (Úc)" after an Australian one (blind pairs of rounds twenty-eight and
    twenty-nine): where the town lies, for readers abroad. Not where the original names
    another region, nor a region of a country neither names."""
    de = "Beim Drachenfest am Strand von Norddeich hat ein Team aus Hue gewonnen."
    vi = "Đội đến từ Huế đã thắng ở Norddeich, thuộc bang Hạ Saxony, tây bắc nước Đức."
    assert home_region("Hạ Saxony", vi, de, "de")
    assert not home_region(
        "Hạ Saxony", vi, "Beim Drachenfest in Bayern hat ein Team gewonnen.", "de"
    )
    en = "The firm will restart the mill in Burnie, creating 180 jobs."
    vi = "Công ty sẽ khởi động lại nhà máy ở Burnie – thành phố cảng của bang Tasmania (Úc)."
    assert home_region("Tasmania", vi, en, "en")
    assert not home_region("Tasmania", "Nhà máy ở Burnie, bang Tasmania.", en, "en")
    assert not home_region("Burnie", vi, en, "en")


def test_a_bodys_head_translated_before_the_name_it_keeps_is_no_swap() -> None:
    """ "Les Amis de la Bourrelière" = "The Friends of La Bourrelière" (a blind pair of the
    twenty-ninth round): the common word heading the name is translated, the name kept. Not
    where the heads are of two names, or one is no common word."""
    fr = "L’association Les Amis de la Bourrelière compte 140 adhérents."
    en = "The Friends of La Bourrelière association has 140 members."
    langs, lexicon = ("fr", "en"), Lexicon()
    assert translated_heads(["Amis"], ["Friends"], (fr, en), langs, lexicon) == {"Amis", "Friends"}
    other = "The Friends of Saint-Léger association has 140 members."
    assert not translated_heads(["Amis"], ["Friends"], (fr, other), langs, lexicon)
    named = "The Vauclair of La Bourrelière association has 140 members."
    assert not translated_heads(["Amis"], ["Vauclair"], (fr, named), langs, lexicon)


def test_a_french_adverb_opening_a_quotation_is_no_name() -> None:
    """ "« Franchement, c'est allé beaucoup plus vite »" for "«Ehrlich gesagt …»" (round
    thirty); a name opening one still is."""
    de = "«Ehrlich gesagt haben wir nicht damit gerechnet», sagte Corinne Aebersold."
    fr = "« Franchement, c’est allé plus vite que prévu », confie Corinne Aebersold."
    assert swap_evidence(de, fr, "de", "fr", de, fr)[1] == []
    named = "« Champion, c’est allé plus vite que prévu », confie Corinne Aebersold."
    assert swap_evidence(de, named, "de", "fr", de, named)[1] == ["Champion"]


DOC = "Aoife Kenny runs the workshop. Mr Duc Tran cuts the boards. Katrin Schellhorn spoke."


def test_a_person_called_by_another_word_of_the_same_full_name_is_no_new_name() -> None:
    # a Vietnamese translation calls people by the given name (blind round 31)
    assert other_part_of("Kenny", "Theo lời chị Aoife cho biết", DOC)
    assert other_part_of("Tran", "do bà Hoa, mẹ anh Đức, hướng dẫn", DOC)


def test_a_word_of_the_full_name_inside_another_name_is_another_person() -> None:
    assert not other_part_of("Schellhorn", "selon Katrin Schellenberg", DOC)
    assert not other_part_of("Kenny", "Theo lời chị Mary cho biết", DOC)
    assert not other_part_of("Aoife Kenny", "Theo lời chị Aoife cho biết", DOC)


def test_an_amount_in_german_capitals_is_no_stranger() -> None:
    assert strangers(["Millionen Dong"], "Xã hỗ trợ 350 triệu đồng.") == []
    assert strangers(["Hoffmann"], "Xã hỗ trợ 350 triệu đồng.") == ["Hoffmann"]


def test_a_club_of_another_town_is_a_head_swap() -> None:
    lexicon = Lexicon()
    doc = "Hexham Amateur Swimming Club has trained at the baths since 1921."
    text = "Der Tynedale Amateur Swimming Club, der seit 1921 im Bad trainiert, erklärte."
    assert head_swap(["Hexham Amateur Swimming Club"], text, doc, "de", lexicon) == (
        "Hexham Amateur Swimming Club",
        "Tynedale Amateur Swimming Club",
    )
    kept = "Der Amateur Swimming Club, der seit 1921 im Bad trainiert, erklärte."
    assert head_swap(["Hexham Amateur Swimming Club"], kept, doc, "de", lexicon) is None


def test_an_event_described_around_its_place_is_no_lost_name() -> None:
    lexicon = Lexicon()
    said = "Il a remporté la finale open du concours de tonte de Penshurst, samedi."
    assert described_around("Penshurst Shears", said, "en", lexicon)
    other = "Le chantier a reçu une subvention de Highlands and Islands Enterprise."
    assert not described_around("Scottish Enterprise", other, "en", lexicon)


def test_the_country_an_english_article_names_is_its_home() -> None:
    doc = "A dig near Birr in Ireland.\nThe finds stay in Ireland.\nThe Heritage Council pays."
    said = "Hội đồng Di sản Ireland và Hội đồng hạt Offaly tài trợ."
    src = "The project is funded by the Heritage Council and Offaly County Council."
    assert home_country("Ireland", said, src, "en", doc)
    assert not home_country("Ireland", said, src, "en", "The Heritage Council pays.")
    # a country the sentence names itself is not left unsaid for readers at home
    assert not home_country("Ireland", said, "Exports to France rose.", "en", doc)


def test_a_seat_of_power_is_no_home_country() -> None:
    doc = "America is big.\nThe United States of America.\nAmerica again."
    said = 'và nói: "Washington, ông làm gì trong đây?"'
    assert not home_country("Washington", said, 'He said, "Jimmy, what are you doing?"', "en", doc)


def test_an_island_says_where_a_place_lies() -> None:
    src = "Kenji Morimoto ist aus der Präfektur Kagawa angereist."
    tgt = "Kenji Morimoto est venu de la préfecture de Kagawa, sur l’île de Shikoku."
    assert placed_after("Shikoku", tgt, src, located=True)
    assert not placed_after("Arun", "Morawec, Larch et Arun entamaient la montée.",
                            "Moravec, Larch und Willenpart stiegen auf.", located=True)  # fmt: skip
