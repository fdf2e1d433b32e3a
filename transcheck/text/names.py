"""Names across languages: find name phrases and tell whether another text mentions them.

Person and place names mostly travel verbatim between languages (maybe without diacritics:
Trần Sỹ Thanh = Tran Sy Thanh), but country, capital and organisation names are
translated (Triều Tiên = Nordkorea = North Korea). The small gazetteer below maps the
common translated ones, adjectives included, to one entity; everything else is compared
by its folded spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

# entity → surface forms in de/en/fr/vi (lowercase, folded on use). Adjective stems end in
# "*": they match as word prefixes ("nordkorean*" matches "nordkoreanischer").
_GAZETTEER: dict[str, tuple[str, ...]] = {
    "usa": ("usa", "us", "u.s.", "u.s", "united states", "america", "vereinigte staaten", "amerika",
            "états-unis", "etats-unis", "mỹ", "hoa kỳ", "americ*", "amerikan*", "américain*",
            "us-*", "washington", "white house", "weiße haus", "weißen haus", "weisse haus",
            "maison blanche", "nhà trắng"),
    # capitals and seats of power stand for their countries in news prose ("Moskau erklärte")
    "russia": ("russia", "russland", "russie", "nga", "russ*", "moscow", "moskau", "moscou",
               "moskva", "mát-xcơ-va", "kremlin", "kreml", "điện kremlin"),
    "china": ("china", "chine", "trung quốc", "chines*", "chinois*", "chinas", "beijing",
              "peking", "pékin", "bắc kinh"),
    "north korea": ("north korea", "nordkorea", "corée du nord", "triều tiên", "north korean*",
                    "nordkorean*", "nord-coréen*", "bắc triều tiên", "pyongyang", "pjöngjang",
                    "bình nhưỡng", "korean*", "koreanisch*", "coréen*"),
    "south korea": ("south korea", "südkorea", "corée du sud", "hàn quốc", "south korean*",
                    "südkorean*", "sud-coréen*", "seoul", "séoul", "xơ-un"),
    "japan": ("japan", "japon", "nhật bản", "nhật", "japanes*", "japanisch*", "japonais*",
              "tokyo", "tokio"),
    "vietnam": ("vietnam", "viet nam", "việt nam", "vietnames*", "vietnamien*", "hanoi",
                "hà nội"),
    "hcmc": ("ho chi minh city", "ho-chi-minh-stadt", "hô-chi-minh-ville",
             "thành phố hồ chí minh", "tp hồ chí minh", "saigon", "sài gòn", "tp.hcm", "tphcm",
             "tp. hcm", "hcmc"),
    "ukraine": ("ukraine", "ukraina", "ukrain*", "kyiv", "kiev", "kiew", "ki-ép"),
    "germany": ("germany", "deutschland", "allemagne", "đức", "german*", "deutsch*", "allemand*"),
    "france": ("france", "frankreich", "pháp", "french", "französisch*", "français*", "francais*"),
    "uk": ("united kingdom", "britain", "großbritannien", "royaume-uni", "anh", "british",
           "english", "englisch*", "anglais*", "tiếng anh",
           "britisch*", "britannique*"),
    "eu": ("eu", "european union", "europäische union", "union européenne", "ue",
           "liên minh châu âu", "eu-*"),
    "europe": ("europe", "europa", "châu âu", "europ*"),
    "un": ("un", "united nations", "vereinte nationen", "uno", "onu", "nations unies",
           "liên hợp quốc", "lhq"),
    "asia": ("asia", "asien", "asie", "châu á", "asiat*"),
    "africa": ("africa", "afrika", "afrique", "châu phi", "afrikan*", "african*", "africain*"),
    "india": ("india", "indien", "inde", "ấn độ", "indian*", "indisch*"),
    "nato": ("nato", "otan"),
    "dna": ("dna", "adn", "dns"),  # French and Vietnamese ADN, German DNS
    "god": ("god", "gott", "dieu", "chúa", "thượng đế"),
    "switzerland": ("switzerland", "schweiz", "suisse", "thụy sĩ", "swiss", "schweizer*"),
    "austria": ("austria", "österreich", "autriche", "áo", "österreichisch*", "autrichien*"),
    "italy": ("italy", "italien", "italie", "ý", "italian*", "italienisch*"),
    "spain": ("spain", "spanien", "espagne", "tây ban nha", "spanish", "spanisch*", "espagnol*"),
    "thailand": ("thailand", "thaïlande", "thái lan", "thai*"),
    "cambodia": ("cambodia", "kambodscha", "cambodge", "campuchia"),
    "laos": ("laos", "lào"),
    "taiwan": ("taiwan", "đài loan"),
    "philippines": ("philippines", "philippinen", "phi-líp-pin", "philippin*"),
    "singapore": ("singapore", "singapur", "singapour"),
    "australia": ("australia", "australien", "australie", "úc", "austral*"),
    "canada": ("canada", "kanada"),
    "mexico": ("mexico", "mexiko", "mexique"),
    "brazil": ("brazil", "brasilien", "brésil", "brazil*", "brasilian*", "brésilien*"),
    "peru": ("peru", "pérou"),
    "xi jinping": ("xi jinping", "tập cận bình", "xi"),
    "kim jong un": ("kim jong un", "kim jong-un", "kim jong-un"),
    "zelensky": ("zelensky", "zelenskyy", "selenskyj", "zelensky", "zelenski"),
    "putin": ("putin", "poutine"),
    "brussels": ("brussels", "brüssel", "bruxelles"),
    "middle east": ("middle east", "nahost", "naher osten", "nahen osten", "moyen-orient",
                    "trung đông"),
    "pacific": ("pacific", "pazifik", "pacifique", "thái bình dương", "pazifisch*"),
    "mekong": ("mekong", "mê kông", "cửu long"),
    "red river": ("red river", "roter fluss", "fleuve rouge", "sông hồng"),
    "lake constance": ("lake constance", "bodensee", "lac de constance"),
    "rhine": ("rhine", "rhein", "rhin"),
    "alps": ("alps", "alpen", "alpes", "alpine", "alpin*", "an-pơ"),
    "north sea": ("north sea", "nordsee", "mer du nord", "biển bắc"),
    "latin america": ("latin america", "lateinamerika", "amérique latine", "mỹ latinh"),
    "danube": ("danube", "donau"),
    "geneva": ("geneva", "genf", "genève"),
    "munich": ("munich", "münchen"),
    "cologne": ("cologne", "köln"),
    "vienna": ("vienna", "wien", "vienne"),
}  # fmt: skip


def fold(text: str) -> str:
    """Lowercase, strip diacritics (đ → d): the spelling used for comparing names."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for entity, forms in _GAZETTEER.items():
        parts = []
        for form in forms:
            stem = re.escape(fold(form.rstrip("*")))
            # German case endings: "Weißen Hauses", "Russlands"
            parts.append(rf"{stem}\w*" if form.endswith("*") else rf"{stem}(?:e|en|es|n|s|er)?")
        out.append((entity, re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?![\w])")))
    return out


def entities(text: str) -> set[str]:
    """Gazetteer entities a text mentions (in any of our languages)."""
    folded = fold(text)
    return {entity for entity, pattern in _patterns() if pattern.search(folded)}


def entity_of(phrase: str) -> str | None:
    """The gazetteer entity a name phrase stands for, if any."""
    folded = fold(phrase)
    for entity, pattern in _patterns():
        match = pattern.search(folded)
        if match and match.group(0).strip() == folded.strip():
            return entity
    return None


_TOKEN = re.compile(r"[\w'’.-]+", re.UNICODE)
_STOP = {
    fold(w)
    for w in """the a an this that these those it he she they we i in on at for from with by of
    and but or if as after before when while during since mr mrs ms dr prof president minister der
    die das ein eine einer eines dem den des er sie es wir ich im am an auf für mit von und
    aber oder wenn als nach vor bei seit laut herr frau präsident ministerin auch zudem le
    la les un une des du de il elle ils elles nous je dans sur pour avec par et mais ou si
    selon après avant lors depuis m mme président ministre ông bà anh chị các những một
    trong theo tại từ với và nhưng hoặc nếu khi sau trước tổng thống bộ trưởng thủ tướng chủ
    tịch ngày tháng năm phía về còn đây đó monday tuesday wednesday thursday friday saturday
    sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi
    jeudi vendredi samedi dimanche january february march april may june july august
    september october november december januar februar märz mai juni juli oktober dezember
    janvier février mars avril juin juillet août septembre octobre novembre décembre
    so now well yes oh okay ok because maybe what why how who where look come you your my
    our his her their its there here then just even still also only please thanks hello
    mom mum dad mama papa""".split()
}


# Capitalised common words of institution and place names: they are translated, not
# transferred, so they say nothing about whether a name was kept.
_GENERIC = {
    fold(w)
    for w in """university universität université organization organisation ministry ministerium
    ministère department departement office amt agency agentur agence institute institut
    council rat conseil commission kommission association verband court gericht cour bank
    banque company firma société party partei parti union world welt monde national nationale
    national international internationale federal bundes fédéral state staat état city stadt
    ville province provinz region région county district bezirk north south east west nord
    süd ost sud est ouest northern southern eastern western central zentral centrale sea
    meer mer ocean ozean océan river fluss fleuve lake see lac mount berg mont island insel
    île bay bucht baie gulf golf airport flughafen aéroport station bahnhof gare hospital
    krankenhaus hôpital museum musée palace palast palais school schule école college
    health gesundheit santé police polizei police army armee armée forces streitkräfte
    government regierung gouvernement parliament parlament parlement assembly versammlung
    assemblée senate senat sénat house haus maison hall halle salle street straße rue
    road avenue square platz place park parc church kirche église cathedral dom cathédrale
    foundation stiftung fondation center centre zentrum group gruppe groupe committee
    ausschuss comité authority behörde autorité fund fonds program programm programme
    beaux-arts arts kunst fine economic wirtschaft économique statistics statistik
    statistique office bureau freien wähler green grünen verts social sozial sociale
    democratic demokratische démocrate christian christlich chrétien liberal liberale
    conservative konservative labour arbeit travail ad bc jeune grand ancien
    elder younger jüngere ältere""".split()
}
# Vietnamese institution names start with their kind: Bộ (ministry), Sở (department)…
_VI_INSTITUTION = {
    fold(w)
    for w in "bộ sở ban viện cục tổng ủy hội đại tổ công tập ngân trường bệnh phòng chi trung "
    "liên quỹ quân đảng mặt báo đài thông sân nhà".split()
}


# Vietnamese acronyms of institutions and titles: translated, not transferred
# (UBND = People's Committee, HĐND = People's Council, ĐBQH = National Assembly deputy).
_VI_ACRONYMS = set(
    "UBND HĐND ĐBQH QH TƯ TW BCH BCT MTTQ CSGT THPT THCS ĐH ĐHQG BHXH BHYT KCN KĐT GDP FDI "
    "ODA CNTT NXB TP TT".split()
)


def checkable(phrase: str, lang: str) -> str | None:
    """The part of a name phrase worth checking across languages, or None.

    "University of Sydney" → "Sydney"; "World Health Organization" → None;
    Vietnamese "Bộ Công Thương" (a ministry) → None.
    """
    if entity_of(phrase) is not None:
        return phrase
    words = phrase.split()
    if not words:
        return None
    if lang == "vi" and (fold(words[0]) in _VI_INSTITUTION or phrase in _VI_ACRONYMS):
        return None
    # "University of Sydney" → "Sydney": lowercase words join a name, they are not one
    kept = [
        w for w in words if w[:1].isupper() and fold(w) not in _GENERIC and not _ROMAN.fullmatch(w)
    ]
    return " ".join(kept) if kept else None


_ROMAN = re.compile(r"[IVXLC]+(?:e|er|ère|ème|th|st|nd|rd)?")


# Punctuation after which the next word is capitalised anyway: a sentence or quote opens.
_OPENS_SENTENCE = re.compile(r"[.!?:;\"“”«»„—–…(]")


def phrases(sentence: str, lang: str) -> list[str]:
    """Name phrases: runs of capitalised tokens, minus sentence-initial function words.

    Vietnamese capitalises each syllable of a name but also single words inside
    organisation names, so a lone capitalised Vietnamese syllable counts only when the
    gazetteer knows it (Nga, Mỹ, Đức).
    """
    tokens = list(_TOKEN.finditer(sentence))
    initial: set[int] = set()  # indexes of runs that begin a sentence or a quotation
    runs: list[list[str]] = []
    current: list[str] = []
    for k, match in enumerate(tokens):
        word = match.group(0).strip(".'’-")
        gap = sentence[tokens[k - 1].end() : match.start()] if k else ""
        if current and gap.strip():  # punctuation between tokens ends a name
            runs.append(current)
            current = []
        if current and lang == "vi" and _acronym(word) != _acronym(current[-1]):
            runs.append(current)  # "UBND TP.HCM Phan Văn Mãi": institution, then a person
            current = []
        if word and word[0].isupper():
            if fold(word) in _STOP and not current:
                continue
            if not current and (k == 0 or _OPENS_SENTENCE.search(gap)):
                initial.add(len(runs))  # this run starts where a sentence starts
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for index, run in enumerate(runs):
        for n, piece in enumerate(_split_entities(run)):
            words = piece
            starts = index in initial and n == 0
            if starts and lang == "vi" and len(words) > 1 and entity_of(words[0]) is None:
                words = words[1:]  # "Phía Mỹ …": the first capital is the sentence's
            phrase = " ".join(words)
            if len(fold(phrase)) < 2:
                continue
            single = len(words) == 1 and entity_of(phrase) is None and not _acronym(phrase)
            if single and (lang == "vi" or starts):
                continue  # a lone capital opening a sentence (or any lone vi syllable)
            out.append(phrase)
    return out


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


_MAX_ENTITY_WORDS = 5  # the longest gazetteer form; keeps long capitalised runs linear


def _split_entities(run: list[str]) -> list[list[str]]:
    """Split "Trung Quốc Tập Cận Bình" into the gazetteer entity and the rest."""
    pieces: list[list[str]] = []
    rest: list[str] = []
    k = 0
    while k < len(run):
        for end in range(min(len(run), k + _MAX_ENTITY_WORDS), k, -1):
            if entity_of(" ".join(run[k:end])) is not None:
                if rest:
                    pieces.append(rest)
                    rest = []
                pieces.append(run[k:end])
                k = end
                break
        else:
            rest.append(run[k])
            k += 1
    if rest:
        pieces.append(rest)
    return pieces


def _loose(folded: str) -> str:
    """Vietnamese writes i or y in the same names (Sĩ/Sỹ, Lý/Lí): compare them as one."""
    return folded.replace("y", "i")


def mentioned(phrase: str, text: str) -> bool:
    """Whether text mentions the name phrase: same entity, or the same spelling (folded).

    A person is mentioned when any long part of the name appears ("Sullivan" for
    "Jake Sullivan"), with German case endings allowed ("Russlands").
    """
    entity = entity_of(phrase)
    if entity is not None:
        return entity in entities(text)
    folded_text = _loose(fold(text))
    key = _loose(fold(phrase))
    if re.search(rf"(?<!\w){re.escape(key)}", folded_text):
        return True
    words = re.findall(r"\w+", folded_text)
    # The last part identifies a person ("Sullivan" for Jake Sullivan, "Bảo" for Trần Quốc
    # Bảo, whose family name Trần is shared by millions); places are usually one word.
    last = re.findall(r"\w+", key)[-1:]
    for part in last:
        if len(part) < 4:
            return part in words
        stem = part[: max(4, len(part) - 2)]
        if any(w.startswith(stem) and len(w) - len(part) <= 3 for w in words):
            return True
        # transliterations differ a little: Lavrov / Lawrow, Sergei / Sergej
        # (German genitive "Lawrows" compared without its "s")
        bare = [w[:-1] if w.endswith("s") and len(w) > 5 else w for w in words]
        if len(part) >= 5 and any(len(w) >= 5 and fuzz.ratio(part, w) >= 65 for w in bare):
            return True
    return False
