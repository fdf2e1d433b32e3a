"""A person's rank or office changed across languages: a deputy told as the head, a former
holder as the current one, an acting one as appointed, a treasurer as the chair.

"Ông Lâm Quốc Bảo, Phó Giám đốc Sở …" (deputy director) → "Lâm Quốc Bảo, Direktor des …
Amts"; "Kassier Anton Kössel" (treasurer) → "Chủ tịch hội Anton Kössel" (the chairman). The
name is kept, no figure changes, and the sentences stay close: the embedding barely moves.
Fact-checkers call it a promoted source.

A rank is read only where one side says a word that means it, next to an office ("deputy
chair", "stellvertretende Bürgermeisterin", "maire adjoint", "phó chủ tịch", "former
minister", "ancien maire", "cựu bộ trưởng", "acting head", "par intérim", "quyền chủ
tịch"); the other side must name an office too and say no word of a far wider set that
keeps the rank ("second", "zweiter Bürgermeister", "suppléant", "cấp phó" for a deputy;
"damals", "à l'époque", "trước đây", "until" for a former holder; "vorübergehend",
"provisoire", "tạm thời", "phụ trách" for an acting one). Two offices are compared only
where one is a treasurer's or a spokesperson's, whose words have no second sense; heads
(chair, president, mayor, director) render one another across languages ("Chủ tịch UBND
xã" = "maire"), so they are never set against one another.
"""

from __future__ import annotations

import re

# an office: the word a rank stands next to. German compounds carry it at their end
# ("Bauamtsleiter", "Oberbürgermeisterin"), Vietnamese "trưởng" closes many ("trưởng phòng",
# "hiệu trưởng") but not "tăng trưởng" (growth) or "trưởng thành" (grown up)
_OFFICE = {
    "en": r"\b(?:chair(?:man|woman|person)?|president|director|mayor|head(?:teacher|master"
    r"|mistress)?|chief|leader|manager|minister|governor|secretary|treasurer"
    r"|spokes(?:man|woman|person)|commander|commissioner|councillor|principal|ceo"
    r"|executive|officer|captain|superintendent|editor|prefect|dean|rector|chancellor"
    r"|premier|warden|master|deputy|clerk|coach|ambassador|inspector|coxswain)s?\b",
    "de": r"\b\w*(?:präsident|vorsitzend|direktor|leiter|bürgermeister|minister|chef"
    r"|kommandant|geschäftsführer|sprecher|kassier|kassenwart|schatzmeister|sekretär"
    r"|schriftführer|landrat|landrätin|rektor|dekan|kanzler|gouverneur|präfekt|vorstand"
    r"|obmann|hauptmann|stellvertreter|intendant|trainer|botschafter|inspektor)\w*",
    "fr": r"\b(?:présidente?|directeur|directrice|maire|chef(?:fe)?|ministre|gouverneur"
    r"|préf(?:et|ète)|secrétaire|trésori(?:er|ère)|porte-parole|commandant|gérante?|responsable"
    r"|dirigeante?|recteur|rectrice|doyen(?:ne)?|proviseur|principale?|conseill(?:er|ère)"
    r"|adjointe?|capitaine|entraîneur|ambassadeur|ambassadrice|inspecteur|inspectrice)s?\b",
    "vi": r"(?<!\w)(?:chủ tịch|giám đốc|(?<!tăng )(?<!sinh )trưởng(?! thành)|bí thư|thủ quỹ|thư ký"
    r"|người phát ngôn|chủ nhiệm|tổng thống|thủ tướng|chánh|chỉ huy|tư lệnh|đại sứ"
    r"|huấn luyện viên|thanh tra|ủy viên|hội trưởng)(?!\w)",
}

# the ranks: a word that means the rank wherever it stands before or after an office
# ("vice" only joined to one; German "Vize-" but not a runner-up "Vizeweltmeister"; French
# "ancien" and Vietnamese "nguyên", "quyền" only before one: "l'ancien bâtiment", "nguyên
# nhân" = cause, "quyền lợi" = rights); and the far wider set that keeps it on the other side
_RANKS: dict[str, dict[str, tuple[str, str]]] = {
    "deputy": {
        "en": (
            r"\b(?:deputy|vice[- ]?(?:chair\w*|president|principal|captain|mayor"
            r"|director|governor|minister|premier|dean|rector|commander)|assistant\s+"
            r"(?:director|manager|head|chief|commissioner|principal|editor|secretary))\b",
            r"\b(?:deputy|deputi\w+|vice|assistant|second|number\s+two|depute|stand-in"
            r"|pro-vice\w*)\b",
        ),
        "de": (
            r"\b(?:stellvertret\w*|vize-?(?!\w*meister)\w+|vize-?bürgermeister\w*)",
            r"\b(?:stellvertret\w*|vize\w*|zweite\w*|beigeordnete\w*|vertret\w*|dezernent\w*"
            r"|prorektor\w*"
            r"|kämmer\w*|(?!ober|alt)\w+bürgermeister\w*)",
        ),
        "fr": (
            r"\b(?:adjointe?s?(?!\s+(?:aux?|à)\s+(?!maire))|vice-\w+)\b",
            r"\b(?:adjoint\w*|vice\w*|sous-\w+|second\w*|suppléant\w*|deuxième)\b",
        ),
        "vi": (
            r"(?<!\w)(?:phó(?=\s+(?:tổng\s+)?(?:chủ tịch|giám đốc|trưởng|thủ tướng|bí thư"
            r"|hiệu trưởng|chánh|chủ nhiệm|tư lệnh|thị trưởng|tổng thống|cục trưởng|chỉ huy|ban"
            r"|phòng|hội trưởng|thanh tra|đại sứ)(?!\w))|thứ trưởng|cấp phó)(?!\w)",
            r"(?<!\w)(?:phó|thứ trưởng|cấp phó)(?!\w)",
        ),
    },
    "former": {
        "en": (
            r"\b(?:former|ex-\w+)\b",
            r"\b(?:former|ex-\w+|then|previous\w*|past|retired|once|until|erstwhile|late"
            r"|outgoing|stepped\s+down|served|honorary|emerit\w*)\b",
        ),
        "de": (
            r"\b(?:ehemalig\w*|frühere\w*|einstig\w*|alt-?(?:ober)?(?:bürgermeister|landrat"
            r"|kanzler|präsident)\w*|ex-\w+)",
            r"\b(?:ehemalig\w*|früher\w*|einst\w*|damalig\w*|damals|alt-?\w+|ex-\w+|bisherig\w*"
            r"|bis|scheidend\w*|ruhestand\w*|verstorben\w*|war|waren|gewesen|ehren\w*)",
        ),
        "fr": (
            r"\b(?:ancien(?:ne)?s?\s+(?:\S+\s+)?(?=\S*(?:présid|direct|maire|chef|ministre"
            r"|préfet|secrétaire|trésori|porte-parole|command|gérant|responsable|dirigeant"
            r"|recteur|doyen|proviseur|conseill|adjoint|capitaine|député|sénat))\S+|ex-\w+)\b",
            r"\b(?:ancien\w*|ex-\w+|époque|alors|jusqu\w*|précédent\w*|retraite|retraité\w*"
            r"|défunt\w*|feu|sortant\w*|était|a\s+été|fut|honneur|honoraire\w*)\b",
        ),
        "vi": (
            r"(?<!\w)(?:cựu|nguyên(?=\s+(?:phó\s+)?(?:chủ tịch|giám đốc|bộ trưởng|thứ trưởng"
            r"|bí thư|thủ tướng|hiệu trưởng|trưởng|chánh|tổng|thị trưởng|chủ nhiệm|đại sứ)))"
            r"(?!\w)",
            r"(?<!\w)(?:cựu|nguyên|trước đây|trước kia|từng|khi đó|lúc đó|lúc ấy|hồi đó"
            r"|nghỉ hưu|về hưu|quá cố|cố|đến năm|tiền nhiệm|danh dự)(?!\w)",
        ),
    },
    "acting": {
        "en": (
            r"\b(?:acting|interim)\s+(?:\S+\s+)?(?=\S*(?:chair|president|director|mayor|head"
            r"|chief|leader|manager|minister|governor|secretary|treasurer|commander|principal"
            r"|ceo|executive|officer|captain|superintendent|editor|dean|rector|coxswain))\S+",
            r"\b(?:acting|interim|caretaker|temporar\w*|stand-in|provisional\w*|pro\s+tem"
            r"|until\s+a\s+successor|in\s+the\s+meantime|meanwhile|(?:stand|standing|stands"
            r"|stood|fill|filling|fills|filled)\s+in|deputi\w+|in\s+charge)\b",
        ),
        "de": (
            r"\b(?:kommissarisch\w*|interims\w*)",
            r"\b(?:kommissarisch\w*|interim\w*|vorübergehend\w*|vertretungsweise|übergangs\w*"
            r"|amtierend\w*|geschäftsführend\w*|vorläufig\w*|zwischenzeitlich\w*|bis\s+auf"
            r"|vertr\w*)",
        ),
        "fr": (
            r"\b(?:par\s+intérim|intérimaire\w*|assure\w*\s+l['’]intérim|faisant\s+fonction)\b",
            r"\b(?:intérim\w*|provisoire\w*|temporaire\w*|faisant\s+fonction|remplaç\w*"
            r"|en\s+attendant|remplac\w*|suppl\w*|assure\w*)\b",
        ),
        "vi": (
            r"(?<!\w)(?:quyền(?=\s+(?:phó\s+)?(?:chủ tịch|giám đốc|bộ trưởng|bí thư|thủ tướng"
            r"|(?!tăng\s)\w+\s+trưởng(?!\s+thành)|trưởng|chánh|tổng|chủ nhiệm))|tạm quyền)(?!\w)",
            # not "nắm quyền chỉ huy" (took command), "chính quyền" (the authorities)
            r"(?<!\w)(?:(?<!nắm )(?<!chính )(?<!thẩm )quyền(?!\s+(?:chỉ huy|lợi|hạn|lực))"
            r"|tạm quyền|tạm thời|phụ trách|điều hành|thay thế|tạm)(?!\w)",
        ),
    },
    # offices whose words have no second sense, each set against any other office
    "treasurer": {
        "en": (r"\btreasurers?\b", r"\b(?:treasur\w*|finances|accounts|books|bursar\w*)\b"),
        "de": (
            r"\b(?:kassier\w*|kassenwart\w*|schatzmeister\w*)",
            r"\b(?:\w*kass\w*|schatz\w*|finanzen|buchhalt\w*|bücher)",
        ),
        "fr": (r"\btrésori(?:er|ère)s?\b", r"\b(?:trésor\w*|finances|comptes|comptab\w*|caisse)\b"),
        "vi": (
            r"(?<!\w)thủ quỹ(?!\w)",
            r"(?<!\w)(?:thủ quỹ|tài chính|kế toán|sổ sách|ngân quỹ)(?!\w)",
        ),
    },
    "spokesperson": {
        "en": (
            r"\bspokes(?:man|woman|person|people)\b",
            r"\b(?:spokes\w*|speak\w*|press\s+officer|on\s+behalf|communications?)\b",
        ),
        "de": (r"\b\w*sprecher\w*", r"\b(?:\w*sprech\w*|pressestelle|im\s+namen|\w*presse\w*)"),
        "fr": (
            r"\bporte-parole\b",
            r"\b(?:porte-parole|parole|au\s+nom|communication|presse|attachée?\s+de)\b",
        ),
        "vi": (
            r"(?<!\w)người phát ngôn(?!\w)",
            r"(?<!\w)(?:phát ngôn|thay mặt|báo chí|truyền thông)(?!\w)",
        ),
    },
}


def _said(pattern: str, text: str) -> str | None:
    """The first match of a pattern in a text's lower case, as written there."""
    m = re.search(pattern, text.lower())
    return None if m is None else text[m.start() : m.end()].strip()


def _near_office(marker: str, text: str, lang: str) -> bool:
    """Whether the rank's word is an office itself ("Stellvertreter", "adjoint",
    "Vizepräsident", "deputy") or stands within a few words of one: "former" in "former
    Labour councillor", not in "the former site of the mayor's office"."""
    if re.search(_OFFICE[lang], marker.lower()):
        return True
    lower = text.lower()
    office = _OFFICE[lang]
    for m in re.finditer(re.escape(marker.lower()), lower):
        if re.match(rf"\s*(?:\S+\s+){{0,2}}?{office}", lower[m.end() :]):
            return True  # "former Labour councillor", "phó chủ tịch"
        if re.search(rf"{office}(?:\W+[^\W\d]+){{0,2}}\W*$", lower[: m.start()]):
            return True  # "maire de Lyon par intérim", "Bürgermeister, stellvertretend"
    return False


def rank_changed(a: str, lang_a: str, b: str, lang_b: str) -> tuple[str, str, str] | None:
    """(rank, side, words) where one side gives a person a rank or an office the other
    side's office lacks: rank is "deputy", "former", "acting", "treasurer" or
    "spokesperson", side "a" or "b" is the side that says it, words its words as written.
    None otherwise, or for a language without tables."""
    if not all(lang in _OFFICE for lang in (lang_a, lang_b)):
        return None
    sides = (("a", a, lang_a, b, lang_b), ("b", b, lang_b, a, lang_a))
    for rank, tables in _RANKS.items():
        for side, text, lang, other, other_lang in sides:
            words = _said(tables[lang][0], text)
            if words is None or not _near_office(words, text, lang):
                continue
            if re.search(_OFFICE[other_lang], other.lower()) is None:
                continue  # the other side names no office: a role left out, not changed
            if re.search(tables[other_lang][1], other.lower()) is None:
                return rank, side, words
    return None


def ranked(text: str, lang: str, rank: str) -> bool:
    """Whether a text says any word of a rank's wide set: the MT of an original must,
    for a rank the original gives, and must not, for one only the translation gives."""
    return lang in _OFFICE and re.search(_RANKS[rank][lang][1], text.lower()) is not None
