"""Names across languages: find name phrases and tell whether another text mentions them.

Person and place names mostly travel verbatim between languages (maybe without diacritics:
Trần Sỹ Thanh = Tran Sy Thanh), but country, capital and organisation names are
translated (Triều Tiên = Nordkorea = North Korea). A small gazetteer (text/gazetteer.py)
maps the common translated ones, adjectives included, to one entity; everything else is
compared by its folded spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import pairwise

import pycountry
from rapidfuzz import fuzz

from transcheck.text.gazetteer import (
    CITIES,
    GAZETTEER,
    GAZETTEER_CITIES,
    countries,
    measure_words,
    region_countries,
    regions,
    vietnamese_provinces,
)
from transcheck.text.lexicon import Lexicon

# letters no decomposition strips, written without their stroke abroad ("Wrocław" =
# "Wroclaw", "Brandhorst-Weiß" = "Brandhorst-Weiss"), or apart ("Kœnig" = "Koenig")
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"}
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, strip diacritics (đ → d): the spelling used for comparing names (cached:
    a name is sought in the same document, word by word, many times over)."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("’", "'").translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The gazetteer's entities with every country, city and region of text/gazetteer.py
    added, and which entities are places (countries, cities, regions), and which are
    countries.

    A country GAZETTEER has gets the new forms under its entity ("Hoa Kỳ" under "usa"); a
    form two entities would share ("Korea" of both Koreas) goes to neither. Forms with an
    umlaut come also spelled out ("oesterreich")."""
    owner = {fold(f.rstrip("*")): e for e, forms in GAZETTEER.items() for f in forms}
    added: dict[str, list[str]] = {}
    nations: set[str] = set()
    for name, forms in [*countries().items(), *CITIES.items(), *regions().items()]:
        known = next((owner[fold(f)] for f in forms if fold(f) in owner), name)
        added.setdefault(known, []).extend(forms)
        if name in countries():
            nations.add(known)
    claims: dict[str, set[str]] = {}
    for entity, forms in added.items():
        for f in forms:
            claims.setdefault(fold(f), set()).add(entity)
    out = {entity: list(forms) for entity, forms in GAZETTEER.items()}
    for entity, forms in added.items():
        for f in forms:
            if claims[fold(f)] == {entity} and owner.get(fold(f), entity) == entity:
                out.setdefault(entity, [])
                if fold(f) not in map(fold, out[entity]):
                    out[entity].append(f)
    _add_upper_and_lower(out, set(regions()) | _RIVERS | _REGIONS_BY_NAME)
    # an umlaut may be written out ("Oesterreichische Himalaya-Gesellschaft"), and
    # Vietnamese translates a name's compass word and keeps the rest ("Hạ Saxony", "Bắc
    # Rhine-Westphalia"): those spellings follow an entity's own
    forms_of = {
        entity: tuple(
            dict.fromkeys(
                [
                    *forms,
                    *(f.translate(_UMLAUTS) for f in forms),
                    *filter(None, map(_vi_lead, forms)),
                ]
            )
        )
        for entity, forms in out.items()
        if forms
    }
    places = frozenset(e for e in [*added, *GAZETTEER_CITIES] if e in forms_of)
    return forms_of, places, frozenset(e for e in nations if e in forms_of)


# A place's upper or lower part, named in each language: "Oberrhein" = "Rhin supérieur" =
# "Upper Rhine", "Oberwallis" = "Haut-Valais", "Unterwallis" = "Bas-Valais".
_UPPER = ("ober{}", "haut-{}", "haute-{}", "{} supérieur", "{} supérieure", "upper {}")
_LOWER = ("nieder{}", "unter{}", "bas-{}", "basse-{}", "{} inférieur", "{} inférieure", "lower {}")
_RIVERS = frozenset({"rhine", "danube", "moselle", "mekong", "red river", "perfume river"})
# regions the gazetteer keeps among its cities (their names are not iso-codes' own)
_REGIONS_BY_NAME = frozenset({"bavaria", "saxony", "palatinate", "tyrol", "flanders"})
# the parts' first words, which `_openings` and `_candidates` read past: a text with "bas"
# or "thượng" need not try every lower or upper part, only those of the places it names
_PART_WORD = re.compile(r"^(?:(?:haut|haute|bas|basse)-|(?:upper|lower|thuong|ha) )")
_GLUED_PART = re.compile(r"^(?:ober|nieder|unter)(?=\w{4})")


def _add_upper_and_lower(out: dict[str, list[str]], places: set[str]) -> None:
    """Give each place its upper and lower part as entities of their own, where no entity
    has the name already (Niedersachsen is Lower Saxony, and keeps its own forms)."""
    taken = {fold(f.rstrip("*")): e for e, forms in out.items() for f in forms}
    for entity in sorted(places & out.keys()):
        bases = [f for f in out[entity] if "*" not in f and " " not in f and len(f) >= 4]
        for part, patterns in (("upper", _UPPER), ("lower", _LOWER)):
            forms = [p.format(b) for b in bases for p in patterns]
            owners = {taken[fold(f)] for f in forms if fold(f) in taken}
            target = owners.pop() if len(owners) == 1 else f"{part} {entity}"
            if owners:
                continue  # two entities own parts of it already
            new = [f for f in forms if fold(f) not in taken]
            out.setdefault(target, []).extend(new)
            taken.update((fold(f), target) for f in new)


_VI_LEADS = {"north": "bắc", "south": "nam", "east": "đông", "west": "tây", "lower": "hạ",
             "upper": "thượng"}  # fmt: skip
_VI_LEADS_BACK = {vi: en for en, vi in _VI_LEADS.items()}


def _vi_lead(form: str) -> str | None:
    """An English name's Vietnamese form with its first word translated ("north carolina" →
    "bắc carolina"), where that word is a compass point or "lower" / "upper"."""
    lead, _, rest = form.partition(" ")
    return f"{_VI_LEADS[lead]} {rest}" if lead in _VI_LEADS and rest else None


def entity_forms() -> dict[str, tuple[str, ...]]:
    """Every entity and its forms (GAZETTEER, every country, the cities and regions)."""
    return _gazetteer()[0]


# German case endings ("Weißen Hauses", "Russlands") and the adjectives most countries and
# cities make of their names ("nepalisch", "népalais", "iranien" and "-ienne", "Pakistani",
# "Strasbourgeois"; iso-codes has no adjectives), only on forms this long: a short
# Vietnamese name with one ("Nga" + "n") is another word ("Ngân hàng", a bank).
_ENDINGS_FROM = 4
_ENDINGS = r"(?:e|en|es|n|(?<=ien)nes?|s|er|isch\w*|ais\w*|ien\w*|e?ois\w*|i)?"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@lru_cache(maxsize=1)
def _entities_in_order() -> list[tuple[str, tuple[str, ...]]]:
    return list(entity_forms().items())


@cache
def _pattern(n: int) -> tuple[str, re.Pattern[str]]:
    """The n-th entity's pattern, compiled when a text first can open it: the gazetteer
    holds some 850 entities, and compiling them all took 0.5 s of every check."""
    entity, forms = _entities_in_order()[n]
    parts = []
    for form in forms:
        hyphened = form.endswith("-*")  # "US-Regierung", "EU-Kommission": no space
        folded = fold(form.rstrip("*").rstrip("-") if hyphened else form.rstrip("*"))
        # "Hô Chi Minh-Ville" = "Hô-Chi-Minh-Ville", "Pays Bas" = "Pays-Bas"
        stem = re.sub(r"\\[ -]", r"[\\s-]", re.escape(folded))
        if hyphened:
            parts.append(rf"{stem}-\w*")
        elif form.endswith("*"):
            parts.append(rf"{stem}\w*")
        elif len(folded) >= _ENDINGS_FROM:
            parts.append(rf"{stem}{_ENDINGS}")
        else:
            parts.append(stem)
    return entity, re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?![\w])")


@lru_cache(maxsize=1)
def _openings() -> dict[str, tuple[int, ...]]:
    """Which patterns (by position in `_entities_in_order`) a word opening so can start:
    each form's first word, up to three letters. Every pattern starts at a word, so a text
    need only try those its words open (some 850 entities, a few in any sentence)."""
    index: dict[str, set[int]] = {}
    for n, forms in enumerate(entity_forms().values()):
        for form in forms:
            rest = _PART_WORD.sub("", fold(form.rstrip("*")))
            word = re.match(r"\w*", rest).group(0)
            index.setdefault(_GLUED_PART.sub("", word)[:3], set()).add(n)
    return {lead: tuple(sorted(ns)) for lead, ns in index.items()}


def _candidates(folded: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns that can match somewhere in a folded text, in gazetteer order."""
    index = _openings()
    words = re.findall(r"\w+", folded)
    words += [_GLUED_PART.sub("", w) for w in words if _GLUED_PART.match(w)]
    leads = {""} | {w[:k] for w in words for k in (1, 2, 3)}
    found = sorted({n for lead in leads for n in index.get(lead, ())})
    return [_pattern(n) for n in found]


@lru_cache(maxsize=4096)
def entities(text: str) -> frozenset[str]:
    """Gazetteer entities a text mentions (in any of our languages). A form inside a longer
    one names nothing of its own: "Grande-Bretagne" is not Brittany ("Bretagne"). Cached:
    names are sought in the same document many times over."""
    folded = fold(text)
    spans = {
        entity: [m.span() for m in pattern.finditer(folded)]
        for entity, pattern in _candidates(folded)
    }
    spans = {entity: found for entity, found in spans.items() if found}
    longer = [span for found in spans.values() for span in found]
    return frozenset(
        entity
        for entity, found in spans.items()
        if any(
            not any(a <= start and end <= b and (a, b) != (start, end) for a, b in longer)
            for start, end in found
        )
    )


def outside_longer_names(phrases: list[str], text: str) -> list[str]:
    """The phrases, less the gazetteer names text writes only inside a longer one, which
    names something else: "Paris" in "the Paris region" (Île-de-France), as `entities`
    reads it. The text's entities are read once, and only where a phrase is a name."""
    found = [(p, entity_of(p)) for p in phrases]
    if all(entity is None for _, entity in found):
        return phrases
    present = entities(text)
    return [p for p, entity in found if entity is None or entity in present]


def compounded(phrase: str, text: str) -> bool:
    """Whether text glues this gazetteer name into a longer word, as German compounds do
    ("Rheinbrücke", "Donauufer"), or as a part with its own capital ("MétéoSuisse"): a
    translation may say "the bridge" and leave it out, or name the body in words ("Cơ quan
    Khí tượng Thụy Sĩ")."""
    entity = entity_of(phrase)
    if entity is None:
        return False
    forms = _compound_heads(entity)
    words = re.findall(r"\w+", fold(text))
    if any(_opens_compound(w, f) for w in words for f in forms):
        return True
    parts = (fold(p) for w in re.findall(r"\w+", text) for p in _CAMEL.split(w)[1:])
    return any(p in forms for p in parts)


@lru_cache(maxsize=4096)
def compound_entity(word: str) -> str | None:
    """The gazetteer entity a German compound opens with, where the rest is a word of its
    own ("Bodenseekreis" = "the Lake Constance district", "Rheinbrücke"), else None."""
    if " " in word.strip() or entity_of(word) is not None:
        return None  # "Rheinland-Pfalz" is a name of its own
    folded = fold(word.strip())
    for entity, forms in _compounds().items():
        if any(_opens_compound(folded, f) for f in forms):
            return entity
    return None


def _opens_compound(word: str, head: str) -> bool:
    """Whether a folded word is a folded name with a word of its own (four letters or more)
    glued after it: "rheinbrucke" of "rhein", not "rheins"."""
    return len(word) > len(head) + 3 and word.startswith(head)


@lru_cache(maxsize=1)
def _compounds() -> dict[str, frozenset[str]]:
    return {entity: _compound_heads(entity) for entity in entity_forms()}


_CAMEL = re.compile(r"(?<=[^\W\d_A-ZÀ-Þ])(?=[A-ZÀ-Þ])")  # "MétéoSuisse" → "Météo", "Suisse"


@lru_cache(maxsize=1024)
def _compound_heads(entity: str) -> frozenset[str]:
    """An entity's one-word forms long enough to head a compound ("rhein" of "Rheinbrücke")."""
    forms = (fold(f) for f in entity_forms()[entity] if "*" not in f and " " not in f)
    return frozenset(f for f in forms if len(f) >= 4)


@lru_cache(maxsize=8192)
def entity_of(phrase: str) -> str | None:
    """The gazetteer entity a name phrase stands for, if any (cached: the same phrases
    recur across a document's sentences)."""
    folded = fold(phrase).strip()
    for entity, pattern in _candidates(folded):
        # the whole phrase, by any of the entity's forms: "Orkney Islands" is one name,
        # though the shorter "Orkney" comes first among its forms
        if pattern.fullmatch(folded):
            return entity
    return None


def named_country(phrase: str) -> str | None:
    """The country a phrase names as such (`named_place`, cities aside)."""
    place = named_place(phrase)
    return place if place in _gazetteer()[2] else None


def region_country(phrase: str) -> str | None:
    """The country (its gazetteer entity) of the state, province or region a phrase names
    ("Tasmania", "Hạ Saxony" → "australia", "germany"), else None."""
    entity = entity_of(phrase)
    if entity in _gazetteer()[2] or entity in GAZETTEER_CITIES:
        return None  # a country ("Mỹ": "Washington" is one of its forms) or a city ("Wien")
    forms = [*entity_forms().get(entity, ()), *(_vi_lead_back(phrase),)] if entity else [phrase]
    codes = region_countries()
    code = next((codes[f.lower()] for f in forms if f and f.lower() in codes), None)
    if code is None:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return entity_of(country.name) if country is not None else None


def _vi_lead_back(phrase: str) -> str:
    """A Vietnamese region name with its first word in English again ("Hạ Saxony" → "lower
    saxony"), as `_vi_lead` wrote it."""
    lead, _, rest = phrase.lower().partition(" ")
    return f"{_VI_LEADS_BACK[lead]} {rest}" if lead in _VI_LEADS_BACK and rest else ""


def people_word(phrase: str) -> bool:
    """Whether a phrase names a country's people or says its adjective ("Français",
    "Vietnamese", "vietnamesische"), not the country: a translation renders those as often
    as it drops them ("le Français Théo Marchetti, de Strasbourg" = "der Straßburger Théo
    Marchetti")."""
    entity = entity_of(phrase)
    return entity in _gazetteer()[2] and named_place(phrase) is None


def named_place(phrase: str) -> str | None:
    """The country, city or region a phrase names, written as one of its names ("Pakistan",
    "Pays-Bas", "Russlands"), not an adjective or a people ("pakistanisch", "Français"):
    those a translation renders as often as it drops them."""
    entity = entity_of(phrase)
    if entity is None or entity not in _gazetteer()[1]:
        return None  # not a country or city ("Les Alpes", a journal; "Alpine Journal")
    key = fold(phrase)
    forms = entity_forms()[entity]
    names = {fold(f) for f in forms if not f.endswith("*")}
    return entity if key in names or (key.endswith("s") and key[:-1] in names) else None


_TOKEN = re.compile(r"[\w'’.-]+", re.UNICODE)
_STOP = {
    fold(w)
    for w in """the a an this that these those it he she they we i in on at for from with by of
    and but or if as after before when while during since mr mrs ms dr prof president minister der
    die das ein eine einer eines dem den des er sie es wir ich im am an auf für mit von und
    aber oder wenn als nach vor bei seit laut herr frau präsident ministerin auch zudem le
    la les un une des du de il elle ils elles nous je dans sur pour avec par et mais ou si
    en au aux chez selon après avant lors depuis m mme président ministre so now well yes oh
    okay ok because maybe what why how who where look come you your my our his her their its
    there here then just even still also only please thanks hello mom mum dad mama papa
    without within about against among through under over into upon despite although though
    however yet unless until whether both either neither each every all some many most such
    not nor no sans sous vers contre entre pendant malgré ni tous toutes chaque plusieurs ce
    cet cette ces leur leurs lorsque quand comme car donc ainsi alors ohne gegen unter über
    durch zwischen während wegen trotz dieser diese dieses jeder jede alle kein keine nicht
    noch schon doch denn weil dass ob encore toujours déjà jamais aussi ici maintenant
    aujourd'hui demain hier again already never today tomorrow yesterday soon immer wieder
    bereits nie heute morgen gestern jetzt bald beim vom zum zur ins ans aufs fürs ums premier
    governor mayor chancellor councillor senator between across bis ab nobody nothing none
    everyone everybody everything someone somebody something anyone anybody anything
    niemand nichts jemand etwas alles personne rien quelqu'un chacun chacune cela ceci ça
    celui celle ceux celles mon mes tes ses notre nos votre vos meine unsere""".split()
}
# Vietnamese function words, pronouns and forms of address, compared with their marks:
# folded they are names ("chị" → "Chi" of Củ Chi, "trưởng" → Trương, "năm" → Nam, "Chúng"
# of "Chúng tôi" → Chung). Subtitles run sentences together without a full stop ("tại Cali
# Chúng tôi sẽ chi …"), gluing a pronoun to the name before it.
_VI_STOP = set(
    """ông bà anh chị các những một trong theo tại từ với và nhưng hoặc nếu khi sau trước tổng
    thống bộ trưởng thủ tướng chủ tịch ngày tháng năm phía về còn đây đó chúng tôi""".split()
)


# Days and months, by the language that writes them: a function word there, but a name in a
# text of another language (the song "Friday" in a Vietnamese sentence). English news
# abbreviates its months ("Nov. 19"). Vietnamese counts
# its days and months ("thứ Sáu", "tháng Năm").
_CALENDAR = {
    lang: {fold(w) for w in words.split()}
    for lang, words in {
        "en": """monday tuesday wednesday thursday friday saturday sunday january february
        march april may june july august september october november december
        jan feb apr jun jul aug sep sept oct nov dec""",
        "de": """montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar
        märz april mai juni juli august september oktober november dezember""",
        "fr": """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars
        avril mai juin juillet août septembre octobre novembre décembre""",
    }.items()
}
_CALENDAR_KNOWN = {*_CALENDAR, "vi"}  # languages whose calendar words we know


def _calendar_word(folded: str, lang: str) -> bool:
    """A day or month of `lang` (of any language when the language is not one we know)."""
    if lang in _CALENDAR_KNOWN:
        return folded in _CALENDAR.get(lang, set())
    return any(folded in words for words in _CALENDAR.values())


# Capitalised common words of institution and place names: they are translated, not
# transferred, so they say nothing about whether a name was kept. So are the acronyms of
# common nouns ("par SMS" = "by text", "le PDG" = "the chief executive").
GENERIC = {
    fold(w)
    for w in """university universität université organization organisation ministry ministerium
    ministère department departement office amt agency agentur agence institute institut
    council rat conseil commission kommission association verband court gericht cour bank
    banque company firma société party partei parti union world welt monde national nationale
    national international internationale federal bundes fédéral state staat état city stadt
    ville province provinz region région county district bezirk north south east west nord
    süd ost sud est ouest northern southern eastern western central zentral centrale sea
    meer mer ocean ozean océan river fluss fleuve lake see lac mount berg mont island insel
    île isle isles islands inseln îles bay bucht baie gulf golf airport flughafen aéroport
    station bahnhof gare hospital
    krankenhaus hôpital museum musée palace palast palais school schule école college
    health gesundheit santé police polizei police army armee armée forces streitkräfte
    government regierung gouvernement parliament parlament parlement assembly versammlung
    assemblée senate senat sénat house haus maison hall halle salle street straße rue
    road avenue square platz place park parc church kirche église cathedral dom cathédrale
    foundation stiftung fondation center centre zentrum group gruppe groupe committee
    ausschuss comité authority behörde autorité fund fonds program programm programme
    beaux-arts arts kunst fine economic wirtschaft économique statistics statistik
    confédération eidgenossenschaft
    statistique office bureau freien wähler green grünen verts social sozial sociale
    democratic demokratische démocrate christian christlich chrétien liberal liberale
    conservative konservative labour arbeit travail ad bc jeune grand ancien
    elder younger jüngere ältere industries industry industrie heavy holding holdings
    corporation corp inc ltd llc plc gmbh jsc foods food engineering energy energie énergie
    electric
    electricity électricité power environment umwelt environnement captain capitaine
    kapitän hauptmann lieutenant leutnant colonel oberst general général sergeant sergent
    commander commandant kommandant inspector inspecteur inspektor officer offizier
    adjudant sheriff mayor maire bürgermeister doctor docteur coach trainer entraîneur
    management gestion verwaltung emergency emergencies urgence urgences notfall security
    sécurité sicherheit safety civil civile zivil service services dienst protection schutz
    defence defense défense verteidigung finance finances finanzen affairs affaires
    together ensemble gemeinsam commun direction directorate direktion generale unit
    einheit unité tour rundfahrt cup pokal coupe trophy trophée championship championnat
    meisterschaft compagnie kc qc mp mep obe mbe cbe departements works travaux housing
    logement resources ressources celsius fahrenheit no nr symphony sinfonie symphonie
    concerto sonata sonate requiem overture ouvertüre ouverture opus easter ostern pâques
    christmas weihnachten noël pentecost pfingsten pentecôte toussaint allerheiligen saints day
    sms gps pdf usb dvd tv led suv atm sim pin vip ceo pdg gp
    exchange securities bourse börse collectivité collectivités coastguard küstenwache
    garde-côtes aop aoc pdo pgi igp dop""".split()
}
# Vietnamese institution names start with their kind: Bộ (ministry), Sở (department)…
_VI_INSTITUTION = {
    fold(w)
    for w in "bộ sở ban viện cục tổng ủy hội đại tổ công tập ngân trường bệnh phòng chi trung "
    "liên quỹ quân đảng mặt báo đài thông sân nhà"
    # titles: Phó (vice), Chủ tịch, Thủ tướng, Giám đốc, Bí thư, Chánh, Trưởng ban
    " phó chủ thủ giám bí chánh trưởng".split()
}


# Vietnamese acronyms of institutions, titles and common words: translated, not transferred
# (UBND = People's Committee, ĐBQH = National Assembly deputy, HLV = coach, TAND = court).
VI_ACRONYMS = set(
    "UBND HĐND ĐBQH QH TƯ TW BCH BCT MTTQ CSGT THPT THCS ĐH ĐHQG BHXH BHYT KCN KĐT GDP FDI "
    "ODA CNTT NXB TP TT HLV VĐV CLB ĐT BTC HCV HCB HCĐ CĐV GS PGS TS ThS BS KTS NSND NSƯT "
    "DN NĐT TTCK NHNN TAND VKSND PCCC HTX TNHH CTCP BQL GV HS SV ĐBSCL ATGT"
    # ministries, also written in parts joined by "&": NN&PTNT (agriculture and rural
    # development), TN&MT, GD&ĐT, KH&CN, KH&ĐT, LĐ-TB&XH, VH-TT&DL, TT&TT, GTVT
    " NN PTNT NNPTNT TN MT TNMT GD GDĐT KH CN KHCN KHĐT LĐ TB XH LĐTBXH VH DL VHTTDL GTVT"
    " TTTT".split()
)


def checkable(phrase: str, lang: str) -> str | None:
    """The part of a name phrase worth checking across languages, or None.

    "University of Sydney" → "Sydney"; "World Health Organization" → None;
    Vietnamese "Bộ Công Thương" (a ministry) → None.
    """
    if entity_of(phrase) is not None:
        return phrase
    phrase = _COMPOUND_TAIL.sub("", phrase)  # "Vietnamese-speaking" names the Vietnamese
    if entity_of(phrase) is not None:
        return phrase
    words = phrase.split()
    if not words:
        return None
    if lang == "vi" and (fold(words[0]) in _VI_INSTITUTION or phrase in VI_ACRONYMS):
        return None
    # "University of Sydney" → "Sydney": lowercase words join a name, they are not one
    kept = [
        w
        for w in words
        if w[:1].isupper()
        and fold(w) not in GENERIC
        and not ROMAN.fullmatch(w)
        and not _PLURAL_ACRONYM.fullmatch(w)
        and not _CLOCK_OR_PERIOD.fullmatch(w)
        and not (lang == "fr" and _FR_QUARTER.fullmatch(w))
        and not _TRADE_CODE.fullmatch(w)
        and not _CODED_AMOUNT.fullmatch(w)
        and w.replace(".", "") not in _COMPASS
    ]
    return " ".join(kept) if kept else None


ROMAN = re.compile(r"[IVXLC]+(?:[-–][IVXLC]+)?(?:e|er|ère|ème|th|st|nd|rd)?")  # "XIV-XV"
# English and German compounds of a people or place with a participle or noun
_COMPOUND_TAIL = re.compile(
    r"-(?:speaking|born|based|led|owned|run|made|backed|sprachige[nmrs]?|stämmige[nmrs]?)$"
)
# An acronym in the plural is a common noun: "GPs", "MPs", "CEOs", "NGOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# Time zones ("21:47 UTC" = "21 h 47 TU") and a year's quarters and halves ("Q1" = "quý
# I"): said in each language's own letters, and the figure beside them is compared.
_CLOCK_OR_PERIOD = re.compile(r"UTC|GMT|TU|CET|CEST|MEZ|MESZ|ICT|EST|EDT|PST|PDT|BST|[QH][1-4]")
# French writes a quarter "T3" (troisième trimestre), as dates.find_quarters reads it
_FR_QUARTER = re.compile(r"T[1-4]")
# Trade codes said in every language: "B2B", "B2C", "P2P" (a market, not a name)
_TRADE_CODE = re.compile(r"[A-Z]2[A-Z]")
# An amount glued to its currency's code ("VND38bn", "VND45-70m", "EUR5bn"): a figure
_CODED_AMOUNT = re.compile(r"[A-Z]{2,3}\$?\d[\d.,]*(?:[-–]\d[\d.,]*)?(?:bn|mn|m|k|tn)?")
# Compass points ("arête SE", "WNW-Grat", "W.NW"): directions, not names; French writes O
# for W (ouest). The 16 points of the rose, dots aside.
_COMPASS = {
    p.replace("W", west)
    for p in "N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split()
    for west in "WO"
}


# Punctuation after which the next word is capitalised anyway: a sentence or quote opens.
_OPENS_SENTENCE = re.compile(r"[.!?:;\"“”«»„—–…(]")


# A minister's or ministry's portfolio, said in words the translation translates: the
# capitals after "ministère de l'", "Ministry of", joined by "et du", "and" ("ministère de
# l'Agriculture et du Développement rural", "Minister for Trade and Industry").
_CAPITALISED = r"[^\W\d_a-zà-ÿ][\w'’-]*"
_PORTFOLIO = {
    "fr": re.compile(
        r"\b(?i:minist(?:re|ère)s?)\s+(?:de la\s+|de l['’]\s*|du\s+|des\s+|d['’]\s*)"
        rf"(?:{_CAPITALISED}(?:\s+{_CAPITALISED})*\s+(?:et du|et de la|et des|et)\s+"
        rf"|{_CAPITALISED}(?:\s+{_CAPITALISED})*\s+et de l['’]\s*)*$"
    ),
    "en": re.compile(
        r"\b(?i:minist(?:er|ry|ries|ers))\s+(?:of|for)(?:\s+the)?"
        rf"(?:(?:\s+{_CAPITALISED})+\s+(?:and|&))*\s+$"
    ),
}


def phrases(sentence: str, lang: str) -> list[str]:
    """Name phrases of a sentence (`_phrases`; cached, as the stages read the same
    sentences' names many times)."""
    return list(_phrases(sentence, lang))


@lru_cache(maxsize=4096)
def _phrases(sentence: str, lang: str) -> tuple[str, ...]:
    """Name phrases: runs of capitalised tokens, minus sentence-initial function words.

    Vietnamese capitalises each syllable of a name but also single words inside
    organisation names, so a lone capitalised Vietnamese syllable counts only when the
    gazetteer knows it (Nga, Mỹ, Đức).
    """
    tokens = list(_TOKEN.finditer(sentence))
    initial: set[int] = set()  # indexes of runs that begin a sentence or a quotation
    titled: set[int] = set()  # indexes of Vietnamese runs after a title ("bà Lan")
    runs: list[list[str]] = []
    current: list[str] = []
    for k, match in enumerate(tokens):
        word = match.group(0).strip(".'’-")
        if lang == "fr":  # "L'Éthiopien Abebe Tesfaye": the article is no part of the name
            word = _ELIDED_ARTICLE.sub("", word)
        gap = sentence[tokens[k - 1].end() : match.start()] if k else ""
        prev = tokens[k - 1].group(0) if k else ""
        if k and (_ends_sentence(prev) or (k == 1 and _ORDINAL.fullmatch(prev))):  # "8e Parmi"
            gap = ". " + gap  # "some. Have some beer": the full stop is inside the token
        if current and gap.strip():  # punctuation between tokens ends a name
            runs.append(current)
            current = []
        if current and lang == "vi" and _acronym(word) != _acronym(current[-1]):
            runs.append(current)  # "UBND TP.HCM Phan Văn Mãi": institution, then a person
            current = []
        if current and _ELIDED_JOIN.fullmatch(word) and word[2:3].isupper():  # "Côte d'Ivoire"
            current.append(word)
            continue
        if lang == "fr" and not current:  # "de Verzé et d'Igé", "dans l'Orne": the name
            word = _ELIDED_LOWER.sub("", word)
        if (
            word
            and lang in _PORTFOLIO
            and _PORTFOLIO[lang].search(sentence[: match.end() - len(word)])
        ):
            word = ""  # "ministère de l'Agriculture et du Développement rural": a portfolio
        if word and lang == "vi" and _VI_CURRENCY.search(sentence[: match.start()]):
            word = ""  # "đồng Việt Nam": the currency, not the country
        if (
            word
            and lang == "fr"
            and _FR_PEOPLE.fullmatch(word)
            and _FR_PLURAL.search(sentence[: match.start()])
        ):
            word = ""  # "les Palois", "les Tarnais": a team or a town's people, no name
        if word and word[0].isupper() and not _measure(word, sentence[match.end() :]):
            after = tokens[k + 1].group(0).strip(".'’-") if k + 1 < len(tokens) else ""
            if stopword(word, lang) and not current and entity_of(f"{word} {after}") is None:
                continue  # "Do Thái" (Jewish) keeps its "Do"
            if not current and (k == 0 or _OPENS_SENTENCE.search(gap)):
                initial.add(len(runs))  # this run starts where a sentence starts
            if not current and lang == "vi" and not gap.strip() and fold(prev) in _VI_TITLES:
                titled.add(len(runs))
            owner = _POSSESSIVE.search(word)
            current.append(word[: owner.start()] if owner else word)
            if owner:  # "South Korea’s Haesan Heavy Industries": two names
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    if lang == "vi":
        runs = [piece for run in runs for piece in _split_province(run)]
    for index, run in enumerate(runs):
        for n, piece in enumerate(_split_entities(run)):
            words = piece
            starts = index in initial and n == 0
            if starts and lang == "vi" and len(words) > 1 and entity_of(words[0]) is None:
                titled_first = fold(words[0]) in _VI_TITLES and len(words) == 2
                words = words[1:]  # "Phía Mỹ …": the first capital is the sentence's
            else:
                titled_first = n == 0 and index in titled
            phrase = " ".join(words)
            if len(fold(phrase)) < 2:
                continue
            single = len(words) == 1 and entity_of(phrase) is None and not _acronym(phrase)
            single = single and not titled_first  # "bà Lan", "Ông Tùng": a person
            if single and (lang == "vi" or starts):
                continue  # a lone capital opening a sentence (or any lone vi syllable)
            out.append(phrase)
    return tuple(_joined_entities(sentence, out))


# Vietnamese titles before a person's given name: "bà Lan nói", "theo ông Tùng"
_VI_TITLES = frozenset(fold(w) for w in "ông bà anh chị chú bác cụ thầy".split())


_VI_TITLED = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_VI_TITLES))})\s+(?=(\w+)(?!\w))")


# a courtesy title before a surname, as written ("a déclaré Mme Dufresne", "said Mr Hale",
# "sagte Frau Kurz"): a person the other text may call "she"
_TITLED = {
    lang: re.compile(rf"(?<!\w)(?:{titles})\s+(?=([A-ZÀ-ÖØ-Þ][\w’'-]+)(?!\w))")
    for lang, titles in (
        ("fr", r"M\.|Mme|Mlle|Dr\.?"),
        ("en", r"(?:Mr|Mrs|Ms|Dr)\.?|Miss"),
        ("de", r"Herrn?|Frau|Dr\."),
    )
}


def without_titled(
    lost: Sequence[str], text: str, lang: str, other: str, other_lang: str
) -> list[str]:
    """`lost` (names of `text` that `other` does not mention) less the persons `text` calls
    by a title and one syllable ("theo ông Tùng") or a courtesy title and a surname ("Mme
    Dufresne"), where `other` brings no name of its own in their place: a translation may
    call them "she" or by a role ("selon lui", "die Trainerin"). A name of its own
    (`_unknown_capital`) is a run of capitals or a capitalised word no dictionary knows
    that `text` does not write ("Dr. Erwin Schneider", "Wie Oanh weiter sagte", "Pascoe hat
    … verlangt"; not a "HURC1" both write): German capitalises every noun, and a sentence's
    first word hides a name from `phrases`. The dictionary is read only where a titled
    name is lost."""
    if lang == "vi":
        called = set(_VI_TITLED.findall(fold(text)))
    elif lang in _TITLED:
        called = {fold(n) for n in _TITLED[lang].findall(text)}
    else:
        return list(lost)
    titled = [n for n in lost if len(n.split()) == 1 and fold(n) in called]
    if not titled or _unknown_capital(other, other_lang, text):
        return list(lost)
    return [n for n in lost if n not in titled]


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞĐ][\w’'-]+")


def _unknown_capital(text: str, lang: str, other: str) -> bool:
    """Whether a text brings a name of its own that the other text does not write: a run
    of capitalised words ("Dr. Erwin Schneider", though each is a word too), or one
    capitalised word no dictionary of its language knows, also opening the sentence
    ("Pascoe hat … verlangt"), German nouns being known words; in Vietnamese, which has no
    dictionary here, any name `phrases` reads."""
    folded = fold(other)
    found = phrases(text, lang)
    if any(fold(p) not in folded and (lang == "vi" or " " in p) for p in found):
        return True
    if lang == "vi":
        return False
    words = (re.sub(r"^\w{1,2}['’]", "", m.group(0)) for m in _CAPITALISED.finditer(text))
    return any(
        w and _LEXICON.known(w, lang) is False and fold(w) not in folded for w in words
    )  # ("C’est", "L’Europe" read without their elided article)


# Words a name of several words keeps in lower case inside it ("Pays de Galles", "Chambre
# des communes", "Isle of Man")
_INNER_LOWER = frozenset(
    "de des du la le les of the and et und von der di do da y del aux en am an im".split()
)


@lru_cache(maxsize=1)
def _joinable() -> re.Pattern[str]:
    """One pattern for the gazetteer's forms that keep a word in lower case inside them:
    the only ones `_joined_entities` can join."""
    forms = sorted(
        {
            fold(form.rstrip("*"))
            for found in entity_forms().values()
            for form in found
            if _INNER_LOWER.intersection(form.split()[1:])
        },
        key=len,
        reverse=True,
    )
    spelled = (re.sub(r"\\[ -]", r"[\\s-]", re.escape(f)) for f in forms)
    return re.compile(rf"(?<!\w)(?:{'|'.join(spelled)})(?!\w)")


def _joined_entities(sentence: str, found: list[str]) -> list[str]:
    """Name phrases with a gazetteer name written with a lower-case word inside made one
    ("Pays de Galles", "Chambre des communes", "lac de Constance"): read apart, its
    capitals were names of their own ("Pays", "Galles", "Constance")."""
    if not _INNER_LOWER.intersection(sentence.split()):
        return found
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return found
    out = list(found)
    for m in _joinable().finditer(folded):
        surface = sentence[m.start() : m.end()].strip(" -")
        words = surface.split()
        if len(words) < 2 or not (surface[:1].isupper() or words[-1][:1].isupper()):
            continue  # "lac de Constance" is one name, as "Pays de Galles" is
        if not any(w[:1].islower() for w in words[1:]):
            continue  # capitals throughout: already one phrase
        inside = [p for p in out if set(p.split()) <= set(words)]
        if inside:
            at = out.index(inside[0])
            out = [p for p in out if p not in inside]
            out.insert(at, surface)
    return out


_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")
# "d'" elided onto a capitalised word inside a name joins it: "Côte d'Ivoire"
_ELIDED_JOIN = re.compile(r"d['’][^\W\d_]\w*")
# French names a town's or a region's people (and its team) by an ending: "les Palois",
# "les Tarnais", "des Toulousains", "aux Parisiens"
_FR_PEOPLE = re.compile(r"[A-ZÀ-Ý]\w{2,}(?:ais|aises|ois|oises|iens|iennes|ains|aines)")
_FR_PLURAL = re.compile(r"(?<!\w)(?:les|des|aux)\s+$", re.IGNORECASE)
# "đồng Việt Nam": the Vietnamese currency, named after the country
_VI_CURRENCY = re.compile(r"(?<!\w)đồng\s+(?:Việt\s+)?$")

# A capital French article elided onto a capitalised word, as a sentence opens with it
_ELIDED_ARTICLE = re.compile(r"^(?:L|D)['’](?=[^\W\d_])")
# …and one in lower case, elided onto a name inside the sentence
_ELIDED_LOWER = re.compile(r"^(?:l|d|qu|jusqu|lorsqu|puisqu)['’](?=[A-ZÀ-ÖØ-Þ])")


def _measure(word: str, rest: str) -> bool:
    """A currency or unit written in capitals, not a name: "45 triệu USD", "1.200 MW", the
    "US" of "US$45" (gazetteer.measure_words), a code glued to its amount ("VND100")."""
    code = re.match(r"[A-Z]{3}(?=\d+(?:[.,]\d+)?$)", word)
    return (
        word in measure_words()
        or rest.startswith("$")
        or bool(code and code.group(0) in measure_words())
    )


_TITLES = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "nr", "no", "vs", "hr", "fr", "z.b"}


_ORDINAL = re.compile(r"\d+(?:e|er|ère|ème|è|\.)?")


def _ends_sentence(token: str) -> bool:
    """A token carrying its full stop ends a sentence, unless it is a title or an initial."""
    if not token.strip(".-–—"):
        return True  # a dash or full stop standing alone: "- Testé quelques jours."
    if not token.endswith("."):
        return False
    bare = token.rstrip(".")
    if len(bare) == 1:
        return bare.islower()  # "8848 m. C'est …" ends; "G. O. Dyhrenfurth" does not
    return fold(bare) not in _TITLES and "." not in bare


# Function words of French or German that are names in English and Vietnamese text
# ("My mother, Mai, …", "Tan Le", the planet Mars).
_NAMES_ELSEWHERE = {"mai", "mars", "le"}


def stopword(word: str, lang: str = "") -> bool:
    """Function words, also with a clitic: "I'm", "That's", "We're" are not names."""
    if word.lower() in _VI_STOP:
        return True
    folded = fold(word)
    if lang in ("en", "vi") and folded in _NAMES_ELSEWHERE:
        return False
    bare = fold(re.split(r"['’]", word)[0])  # "Friday's", "That's"
    if "-" in folded and all(_calendar_word(p, lang) for p in folded.split("-") if p):
        return True  # "April-June", "Januar-März": a span of months
    return any(w in _STOP or _calendar_word(w, lang) for w in (folded, bare))


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


_MAX_ENTITY_WORDS = 5  # the longest gazetteer form; keeps long capitalised runs linear


def _split_entities(run: list[str]) -> list[list[str]]:
    """Split "Trung Quốc Tập Cận Bình" into the gazetteer entity and the rest. A province
    that opens with a gazetteer word is no entity ("Thái Bình", "Nguyễn Thái Bình": not
    Thailand)."""
    if _vi_place_pair(run):
        return [run]  # "Phú Mỹ", "Châu Đức", "Chau Duc": a place, not the US or Germany
    pieces: list[list[str]] = []
    rest: list[str] = []
    k = 0
    while k < len(run):
        province = _province_at(run, k)
        if province:
            rest.extend(run[k : k + province])
            k += province
            continue
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


def _vi_place_pair(run: list[str]) -> bool:
    """Whether a run of Vietnamese syllables names one place or person though one of them
    alone names a country ("Phú Mỹ", "Nga Sơn", "Nguyễn Thị Đức"), not two countries paired
    ("Việt - Mỹ", "Pháp Đức") nor a country of two syllables before a name ("Trung Quốc Tập
    Cận Bình")."""
    if len(run) < 2 or not all(map(_vi_syllable, run)):
        return False
    spans = (
        " ".join(run[a:b])
        for a in range(len(run))
        for b in range(a + 2, min(len(run), a + _MAX_ENTITY_WORDS) + 1)
    )
    if any(entity_of(span) is not None for span in spans):
        return False
    return sum(fold(w) in _COUNTRY_SYLLABLES for w in run) == 1


# the syllables Vietnamese names countries by, alone or paired ("quan hệ Việt - Mỹ")
_COUNTRY_SYLLABLES = frozenset(
    fold(w) for w in "việt trung triều hàn nhật nga mỹ pháp đức anh úc lào thái ấn ý".split()
)


def _vi_syllable(word: str) -> bool:
    """Whether a word is one Vietnamese syllable, marks or none ("Mỹ", "Duc")."""
    return VI_SYLLABLE.fullmatch(fold(word)) is not None


def _province_at(run: list[str], k: int) -> int:
    """How many words of run, from k, name a Vietnamese province that is no gazetteer
    entity (0 if none): "Hà Nội" is one (Vietnam's capital), "Thái Bình" is not."""
    for size in (3, 2):
        words = " ".join(run[k : k + size])
        if k + size <= len(run) and vietnamese_province(words):
            return size if entity_of(words) is None else 0
    return 0


def vietnamese_province(phrase: str) -> bool:
    """Whether a phrase is the name of a Vietnamese province ("Lào Cai", "Thái Bình")."""
    return _province_key(phrase) in _provinces()


def _split_province(run: list[str]) -> list[list[str]]:
    """Split "Bình Thuận Đoàn Minh Phúc" (a province, then a name of two syllables or more)
    in two: Vietnamese writes the province right before its officials' names. A person
    named like a province keeps the name ("Nguyễn Thái Bình")."""
    for size in (3, 2):
        if len(run) >= size + 2 and vietnamese_province(" ".join(run[:size])):
            return [run[:size], run[size:]]
    return [run]


def _province_key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", loose(fold(name)))


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """Vietnam's provinces, folded (not gazetteer entities, whose forms are read in lower
    case too: "hòa bình" is peace), only for heads of a capitalised run."""
    return frozenset(_province_key(n) for n in vietnamese_provinces())


def loose(folded: str) -> str:
    """Vietnamese writes i or y in the same names (Sĩ/Sỹ, Lý/Lí): compare them as one."""
    return folded.replace("y", "i")


def mentioned(phrase: str, text: str, strict: bool = False, first_names: bool = True) -> bool:
    """Whether text mentions the name phrase: same entity, or the same spelling (folded).

    A person is mentioned when any long part of the name appears ("Sullivan" for
    "Jake Sullivan"), with German case endings allowed ("Russlands"), but not where
    another first name stands before the surname (`other_first_name`; not read in MT
    output, `first_names=False`, which renders first names: "Jean Franco" → "John
    Franco"); `strict` reads transliterations strictly (`_transliterated`).
    """
    entity = entity_of(phrase)
    if entity is not None:
        return entity in entities(text)
    folded_text = loose(fold(text))
    key = loose(fold(phrase))
    if re.search(rf"(?<!\w){re.escape(key)}", folded_text):
        return True
    if other_double_name(key, folded_text) is not None:
        return False  # "Le Gall-Marchetti" for "Le Guen-Marchetti": another person
    if first_names and other_first_name(phrase, text) is not None:
        return False  # "Alexander Klocker" for "Andreas Klocker": another person
    if first_names and other_surname(phrase, text) is not None:
        return False  # "Martin Unterberger" for "Martin Unterweger": another person
    if other_head(phrase, text) is not None:
        return False  # "Topsham Maritime Trust" for "Lympstone Maritime Trust": another body
    if other_syllable_before(phrase, text) is not None:
        return False  # "Trấn Yên" for "Văn Yên": the district next door
    head = _head_mentioned(phrase, text, strict)
    if head is not None:
        return head  # "Clermont-Ferrand" = "Clermont", "Fribourg-en-Brisgau" = "Freiburg"
    glued = _compact(key)
    if len(glued) >= _MIN_GLUED and glued in _compact(folded_text):
        return True  # a scan glues or splits a name: "AlbertEggler", "M.T.Pogre-bezki"
    if _other_family(key, text):
        return False
    words = re.findall(r"\w+", folded_text)
    # The last part identifies a person ("Sullivan" for Jake Sullivan, "Bảo" for Trần Quốc
    # Bảo, whose family name Trần is shared by millions); places are usually one word.
    last = re.findall(r"\w+", key)[-1:]
    for part in last:
        if len(part) < 4:
            return part in words
        # endings are compared with y and i apart: "Khoya" is not the syllable "khởi"
        stem, plain = last_stem(phrase), re.findall(r"\w+", fold(phrase))[-1]
        if any(
            w.startswith(stem) and len(w) - len(part) <= 3 and _one_root(plain, w)
            for w in re.findall(r"\w+", fold(text))
        ):
            return True
        # transliterations differ a little: Lavrov / Lawrow, Sergei / Sergej
        # (German genitive "Lawrows" compared without its "s"). They keep the first
        # letter, or most of the rest (Zelensky / Selenskyj): "Abinger" is not "einer",
        # "Mutiara" not "musty".
        bare = [w[:-1] if w.endswith("s") and len(w) > 5 else w for w in words]
        # a first name kept as written keeps its surname so too: "Ellen Whitmore" is not
        # "Ellen Whitcombe" (a transliterated name changes its first name too: "Sergej")
        strict = strict or _first_name_kept(key, folded_text)
        if len(part) >= 5 and any(len(w) >= 5 and _transliterated(part, w, strict) for w in bare):
            return True
    return False


def _first_name_kept(key: str, folded_text: str) -> bool:
    """Whether a folded text writes the first word of a folded name of two words or more
    just as the name does, with a word after it."""
    first = key.split()[0] if len(key.split()) >= 2 else ""
    return bool(first) and re.search(rf"(?<!\w){re.escape(first)}\s+\w", folded_text) is not None


def other_double_name(phrase: str, text: str) -> str | None:
    """The double surname text writes with this name's second half after a first half
    spelled otherwise, not a little ("Gall-Marchetti" for "Le Guen-Marchetti"), else None."""
    first, _, second = loose(fold(phrase)).split()[-1].rpartition("-")
    first = first.split("-")[-1]
    if len(first) < 3 or len(second) < 3:
        return None
    folded = fold(text)
    for m in re.finditer(rf"([\w]+)-{re.escape(second)}(?![\w-])", folded):
        if m.group(1) == first:
            return None
        if spelled_apart(m.group(1), first):
            return text[m.start() : m.end()] if len(folded) == len(text) else m.group(0)
    return None


def other_head(phrase: str, text: str) -> str | None:
    """The capitalised word text writes before the rest of a name of three words or more,
    where text never writes the name's own first word ("Topsham Maritime Trust" for
    "Lympstone Maritime Trust"): a body named after another place. A title or article
    before the rest ("the Maritime Trust", "Le Maritime Trust") is none, nor a role before
    a person's name."""
    words = re.findall(r"[\w'’-]+", phrase)
    if len(words) < 3 or len(words[0]) < 4 or _first_name_like(words[1], words[1]):
        return None  # "Molkereichef Thomas Eberle", "Judge Alun Jenkins": a role, a person
    if re.search(rf"(?<!\w){re.escape(fold(words[0]))}", fold(text)):
        return None
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    for m in re.finditer(rf"([\w'’-]+)\s+{rest}(?!\w)", text, re.IGNORECASE):
        other = m.group(1)
        # "le Belge Arnaud X" for "der Belgier Arnaud X" is one man
        named = entity_of(other) is not None or entity_of(words[0]) is not None
        if other[:1].isupper() and len(other) >= 4 and not stopword(other) and not named:
            return other
    return None


def other_syllable_before(phrase: str, text: str) -> str | None:
    """The capitalised Vietnamese syllable text writes before the last syllable of a
    Vietnamese name, where every place text ends a name with that syllable it puts another
    before it ("huyện Văn Yên" → "Kreis Trấn Yên", the district next door), else None. The
    last syllable alone names a person ("ông Bảo" for Trần Quốc Bảo), not after another."""
    words = re.findall(r"[\w'’-]+", phrase)
    if len(words) < 2 or not all(map(_vi_syllable, words)):
        return None
    last, own = fold(words[-1]), {fold(w) for w in words[:-1]}
    tokens = list(re.finditer(r"[\w'’-]+", text))
    others: set[str] = set()
    for k, token in enumerate(tokens):
        if fold(token.group()) != last:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after and after.group()[:1].isupper() and not text[token.end() : after.start()].strip():
            continue  # "Yên Bái": the syllable opens another name
        before = tokens[k - 1] if k else None
        word = before.group() if before else ""
        if before is None or text[before.end() : token.start()].strip() or fold(word) in own:
            return None
        if not word[:1].isupper() or not _vi_syllable(word):
            return None
        if stopword(word, "vi") or fold(word) in VI_HONORIFICS:
            return None
        others.add(word)
    return min(others) if others else None


# what Vietnamese writes before a given name, capitalised at a sentence's start: no name
VI_HONORIFICS = frozenset(fold(w) for w in "cô em chú bác cụ thầy bé cháu dì cậu".split())


def other_first_name(phrase: str, text: str) -> str | None:
    """The first name text puts before this person's surname where it is another first
    name ("Alexander Klocker" for "Andreas Klocker"), else None.

    Only a word a first-name list knows counts, so a title or role before the surname
    ("President Macron", "Geschäftsführer Klocker") does not; a short form, a part of a
    double first name or a transliteration is the same name ("Alex", "Peter" of
    "Hans-Peter", "Sergej" for "Sergei", "Adolf" for "Adolphe"). Text that also writes the
    phrase's own first name mentions the person. Cognates spelled apart ("Pierre" /
    "Peter") still read as two people."""
    words = _person_words(phrase)
    if words is None:
        return None
    surname = fold(words[-1])
    parts = {p for w in words[:-1] for p in [fold(w), *fold(w).split("-")] if p}
    folded = fold(text)
    if len(surname) < 3 or surname not in folded:
        return None  # most calls: the text does not write the surname at all
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded) for p in parts):
        return None
    tokens = list(re.finditer(r"[\w'-]+", text))
    for before, word in pairwise(tokens):
        if fold(word.group()) != surname or text[before.end() : word.start()].strip():
            continue
        other = fold(before.group())
        if not before.group()[:1].isupper() or not _first_name_like(before.group(), words[-2]):
            continue
        forms = {_plain(o) for o in [other, *other.split("-")]}
        if any(o.startswith(p) or p.startswith(o) or not spelled_apart(o, p)
               for o in forms for p in map(_plain, parts)):  # fmt: skip
            continue
        return before.group()
    return None


def _first_name_like(word: str, own: str) -> bool:
    """Whether a capitalised word another text puts before a person's surname is a first
    name: a first-name list knows it, or, where the name's own word there is no dictionary
    word either, no dictionary of our languages knows it ("Aled" for "Alun": Welsh first
    names no list has). A dictionary word there is a title or role ("Judge", "Preisrichter"),
    a Vietnamese syllable an honorific ("Anh", "Cô"), a long word a compound the
    dictionary cannot split ("Teegenossenschaft")."""
    if fold(word) in _first_names():
        return True
    return all(
        3 <= len(w) <= _LONGEST_FIRST and not _vi_syllable(w) and not _dictionary_word(w)
        for w in (word, own)
    )


_LONGEST_FIRST = 10  # "Maximilian"; longer first names are in the lists


_DICTIONARY_LANGS = ("en", "de", "fr")
_LEXICON = Lexicon()  # no cache folder: read only where a surname has another word before it


def _dictionary_word(word: str) -> bool:
    """Whether a dictionary of our Latin-script languages knows a word (or none is there)."""
    return any(_LEXICON.known(word, lang) is not False for lang in _DICTIONARY_LANGS)


def other_surname(phrase: str, text: str) -> str | None:
    """The name text writes with this person's first name and another surname after it
    ("Ellen Whitmore" for "Ellen Whitcombe"), where text writes the surname nowhere, else
    None: the mirror of `other_first_name`. Only a first name a first-name list knows
    counts; a transliteration of the surname is the same person ("Sergei Lawrow")."""
    words = _person_words(phrase)
    if words is None:
        return None
    # the first name after a title or role a German noun phrase holds ("Bezirksjägermeister
    # Martin Unterweger")
    given = next((w for w in words[:-1] if _first_name(w)), None)
    surname = fold(words[-1])
    if given is None or len(surname) < 3:
        return None
    if re.search(rf"(?<!\w){re.escape(surname)}", fold(text)):
        return None
    for m in re.finditer(rf"(?<![\w-])({re.escape(given)}\s+([A-ZÀ-Þ][\w'’-]+))", text):
        other = fold(m.group(2))
        apart = spelled_apart(other, surname) and not _transliterated(surname, other, strict=True)
        if apart or (_consonants(other) != _consonants(surname) and not _misread(other, surname)):
            return m.group(1)
    return None


def _first_name(word: str) -> bool:
    """Whether a word is a first name, or a double one that opens with one ("Jean-Baptiste",
    "Hans-Peter")."""
    folded = fold(word)
    return folded in _first_names() or folded.partition("-")[0] in _first_names()


# Letters a scan reads for one another: "Aufscknaiter" for Aufschnaiter, "Magnolie" for
# Magnone (the de–fr texts are scans; read as other people, a held-out seed lost name
# precision 1.000 → 0.706)
_MISREAD = {
    frozenset(p)
    for p in (("h", "k"), ("h", "b"), ("li", "n"), ("ni", "m"), ("rn", "m"), ("cl", "d"),
              ("c", "e"), ("l", "i"), ("ii", "n"), ("u", "n"), ("l", "t"), ("f", "t"))
}  # fmt: skip


def _misread(word: str, other: str) -> bool:
    """Whether two folded words differ only where a scan confuses letters (`_MISREAD`) or
    in a closing "s"."""
    if word.rstrip("s") == other.rstrip("s"):
        return True  # "Rosa Park" for Rosa Parks: an ending dropped, not another name
    ops = SequenceMatcher(None, word, other).get_opcodes()
    changed = [
        frozenset((word[i1:i2], other[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"
    ]
    return bool(changed) and all(c in _MISREAD for c in changed)


def _consonants(folded: str) -> str:
    """A name's consonants as transliterations agree on them (`_skeleton`, without vowels
    and "h"): a surname with another consonant is another person, however alike it looks
    ("Unterberger" for "Unterweger"; not "Lawrow" for "Lavrov", "Sergej" for "Sergei")."""
    return re.sub(r"[aeiouh]", "", _skeleton(folded))


def _person_words(phrase: str) -> list[str] | None:
    """The words of a name of two capitalised words or more (a first name and a surname,
    as `other_first_name` and `other_surname` read it), else None."""
    words = re.findall(r"[\w'-]+", phrase)
    return words if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


def _plain(name: str) -> str:
    """A first name spelled plainly, so that one name's forms in two languages meet
    ("Adolphe" = "Adolf", "Stephan" = "Stefan", "Theodor" = "Teodor")."""
    name = name.replace("ph", "f").replace("th", "t").replace("ck", "k").replace("y", "i")
    return re.sub(r"(.)\1", r"\1", re.sub(r"(?<=\w{3})(?:es|e|s)$", "", name))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names, folded, from Faker's person lists of the countries our news names
    most (Latin script)."""
    from importlib import import_module

    names: set[str] = set()
    for locale in _NAME_LOCALES:
        provider = import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(fold(n) for n in getattr(provider, attr, ()) or ())
    return frozenset(names)


# Not Vietnamese: its given names are everyday words before a name ("Anh", brother or Mr;
# "Bão", a storm, folds to "Bảo")
_NAME_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE fr_FR fr_CH it_IT es_ES nl_NL pl_PL pt_PT da_DK "
    "sv_SE no_NO cs_CZ"
).split()


def spelled_apart(word: str, other: str) -> bool:
    """Whether two folded words are spelled too differently to be one name written a
    little otherwise ("gall" / "guen"; not "lerch" / "larch")."""
    return fuzz.ratio(word, other) < 75


def _head_mentioned(phrase: str, text: str, strict: bool) -> bool | None:
    """Whether text names a compound by its first part ("Clermont" for "Clermont-Ferrand"),
    spelled as the text spells it even where the part alone names another place
    ("Fribourg", a Swiss canton, for "Fribourg-en-Brisgau"). None where that does not
    decide: no such first part, or one not named beside a last part long enough to be
    sought alone ("Jésus-Christ" = "Christus"; not "Larch-F")."""
    head = phrase.split("-")[0]
    # "CGT-Cheminots" = "the CGT's rail union"; not "VND4-6"
    acronym = 2 <= len(head) <= 6 and head.isalpha() and head.isupper()
    if " " in phrase or head == phrase or (len(head) < 5 and not acronym):
        return None
    if fold(head) in _HEADS:
        return None
    if entity_of(head) is None:
        named = mentioned(head, text, strict)
    else:
        named = any(_transliterated(fold(head), w, strict) for w in re.findall(r"\w+", fold(text)))
    return True if named else (False if len(phrase.split("-")[-1]) < 4 else None)


# articles spelled as Vietnamese syllables, before a name's last parts ("The My Hoa Lotus
# Cooperative" for "Hợp tác xã Sen Mỹ Hòa"): no family name ("Le" and "La" can be one)
_ARTICLES = frozenset({"The", "Die", "Den", "Dem"})


def _other_family(key: str, text: str) -> bool:
    """Whether text writes a name of three or more syllables with its last parts after
    another capitalised syllable: "Hoang Van Hieu" is not "Quàng Văn Hiếu" (Vietnamese
    middle and given names are shared by many; the family name tells them apart)."""
    parts = _syllables(key)
    if parts is None:
        return False
    words = re.findall(r"\w+", text)
    folded = [loose(fold(w)) for w in words]
    tail = parts[1:]
    for k in range(1, len(words) - len(tail) + 1):
        if folded[k : k + len(tail)] == tail and words[k - 1][:1].isupper():
            # a family name is a syllable: "die Teegenossenschaft Hồng Thái" is "Chè Hồng Thái"
            family = fold(words[k - 1])
            named = _vi_syllable(family) or ROMANISED.fullmatch(family)
            return family != parts[0] and bool(named) and words[k - 1] not in _ARTICLES
    return False


# A Vietnamese syllable, folded: onset, vowel nucleus, coda. A capitalised word that is not
# one ("Bell", "Aldi", "Cameron") is a transferred foreign name, not a Vietnamese word. "yê"
# opens a syllable or follows "qu" (yên, yêu, quyết; "uyê" of Nguyễn is its own nucleus), and
# "ya" is only the "uya" of khuya: "Ryan", "Nyan" are foreign.
VI_SYLLABLE = re.compile(
    r"(?:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:uye|uya|uyu|ieu|oai|oay|oeo|uay|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue"
    r"|ui|uo|uu|uy|[aeiouy])"
    r"|(?:qu)?yeu?)(?:ng|nh|ch|[cmnpt])?"
)
# the same, read on names.loose's spelling (i for y)
_VI_SYLLABLE_LOOSE = re.compile(VI_SYLLABLE.pattern.replace("y", "i"))


def _syllables(key: str) -> list[str] | None:
    """The parts of a folded name of three or more Vietnamese (or romanised Chinese)
    syllables, else None: not "Landrat Matthias Pöschl", nor "Master Quang Vinh" (a chess
    title before "Le")."""
    parts = key.split()
    if len(parts) < 3:
        return None
    syllables = all(_VI_SYLLABLE_LOOSE.fullmatch(p) or ROMANISED.fullmatch(p) for p in parts)
    return parts if syllables else None


# A romanised syllable of a Chinese, Korean or Malaysian name ("Lim", "Mei", "Ling",
# "Jong"): consonants, one to three vowels, an ending of a nasal or a stop. These names
# too put the family first.
ROMANISED = re.compile(r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|h|k|p|t)?")


def respelled(phrase: str, text: str) -> str | None:
    """The run of capitalised words in text that writes a name of three or more syllables
    with one syllable changed ("Nguyen Huu Thanh Tuan" for Nguyễn Hữu Thanh Tùng): another
    person of the same family and middle names, not the name itself; else None."""
    parts = _syllables(loose(fold(phrase)))
    if parts is None:
        return None
    words = list(re.finditer(r"[^\W\d_]+", text))
    for k in range(len(words) - len(parts) + 1):
        run = words[k : k + len(parts)]
        if not all(w.group(0)[:1].isupper() for w in run):
            continue
        folded = [loose(fold(w.group(0))) for w in run]
        if sum(a != b for a, b in zip(folded, parts, strict=True)) == 1:
            return text[run[0].start() : run[-1].end()]
    return None


_CASE_ENDING = re.compile(r"(?:es|en|ns|s|n|e)$")


def _one_root(name: str, word: str) -> bool:
    """Whether two folded words are one name, one of them with an ending: "Lawrows" /
    "Lawrow", "Gasherbrums" / "Gasherbrum", "Hamburger" / "Hamburg"; not Brückl /
    Bruckner, two surnames that begin alike."""
    if word.startswith(name) or name.startswith(word):
        return True
    return _root(name) == _root(word)


def _root(word: str) -> str:
    ending = _CASE_ENDING.search(word)
    return word[: ending.start()] if ending and ending.start() >= 4 else word


def last_stem(phrase: str) -> str:
    """The folded last word of a name without the ending a language may add (German case
    endings: "Gasherbrums", "Lawrows"), four letters at least: how `mentioned` reads it."""
    plain = re.findall(r"\w+", fold(phrase))[-1]
    return plain[: max(4, len(plain) - 2)]


# First parts of compound place names that name no place alone ("Saint-Denis")
_HEADS = {"saint", "sainte", "notre", "grand", "grande", "petit", "petite", "haute", "basse"}
_MIN_GLUED = 8  # letters a name needs before it is sought with spaces, dots, hyphens out


@lru_cache(maxsize=16)
def _compact(folded: str) -> str:
    """Letters and digits only (cached: whole documents are searched per name)."""
    return re.sub(r"[\W_]+", "", folded)


def _transliterated(name: str, word: str, strict: bool = False) -> bool:
    """Whether a folded word may be the same name spelled in another language: much alike,
    or a little alike with the same first letter (Lawrow / Lavrov, or a scan's
    "Albertliöcht" for "Albert Höcht"; not Brückl / Bruckner, two surnames). `strict`, for
    a whole document where many words could be a little alike, asks that they be more
    alike once the letters transliterations trade are made one (Gorbatschow / Gorbachev,
    Selenskyj / Zelensky; not Arthur / Aarhus)."""
    ratio = fuzz.ratio(name, word)
    if ratio >= 75:
        return True
    if ratio < 65 or name[0] != word[0] or min(len(name), len(word)) < 6:
        return False
    alike = fuzz.ratio(_skeleton(name), _skeleton(word))
    if strict:
        return alike >= 80
    # a scan glues the next word on ("Albertliöcht"); otherwise a name spelled a little
    # alike must be spelled alike once transliteration is undone: not Brückl / Bruckner
    return alike >= 70 or name.startswith(word) or word.startswith(name)


_TRADED = str.maketrans("wjyzk", "viisc")


def _skeleton(folded: str) -> str:
    """A name as transliterations agree on it: "tsch"/"sch" = "ch"/"sh", w = v, j = y = i,
    z = s, k = c, doubled letters once."""
    out = folded.replace("tsch", "ch").replace("sch", "sh").replace("ph", "f").replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", out.translate(_TRADED))


# Languages where a capital inside a sentence marks a name (German capitalises nouns).
CASE_LANGS = {"en", "fr", "vi", "es", "it", "pt", "nl"}
