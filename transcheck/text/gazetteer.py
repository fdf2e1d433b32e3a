"""Country, capital and organisation names that translations rename, per entity.

Data for transcheck.text.names: most names travel verbatim between languages, these do
not (Triều Tiên = Nordkorea = North Korea), so they are compared as one entity.

`GAZETTEER` is ours: the entities news names most, with adjectives, capitals standing for
their countries, organisations. `countries` gives every country of ISO 3166 in English,
German and French (pycountry, which carries the iso-codes translations) with the names
Vietnamese news gives them today (iso-codes' Vietnamese is older: "Hoà Lan", "Nam Dương"),
and `CITIES` the cities whose names differ between our languages; names.entity_forms
merges them with GAZETTEER. Without them a faithful "Les
Pays-Bas et la Suède" read as two names swapped for "The Netherlands and Sweden".
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

# entity → surface forms in de/en/fr/vi (lowercase, folded on use). Adjective stems end in
# "*": they match as word prefixes ("nordkorean*" matches "nordkoreanischer").
GAZETTEER: dict[str, tuple[str, ...]] = {
    "usa": ("usa", "us", "u.s.", "u.s", "united states", "america", "vereinigte staaten", "amerika",
            "vereinigten staaten", "états-unis", "etats-unis", "mỹ", "hoa kỳ", "americ*",
            "amerikan*", "américain*",
            "us-*", "washington", "white house", "weiße haus", "weißen haus", "weisse haus",
            "maison blanche", "nhà trắng"),
    # capitals and seats of power stand for their countries in news prose ("Moskau erklärte")
    "russia": ("russia", "russland", "russie", "nga", "russ*", "moscow", "moskau", "moscou",
               "moskva", "mát-xcơ-va", "kremlin", "kreml", "điện kremlin"),
    "china": ("china", "chine", "trung quốc", "chines*", "chinois*", "chinas", "beijing",
              "peking", "pékin", "bắc kinh"),
    "north korea": ("north korea", "nordkorea", "corée du nord", "triều tiên", "north korean*",
                    "nordkorean*", "nord-coréen*", "bắc triều tiên", "pyongyang", "pjöngjang",
                    "bình nhưỡng", "korean peninsula", "koreanische halbinsel",
                    "koreanischen halbinsel", "péninsule coréenne"),
    # "Korean" alone is the South's in news ("die koreanische Trommeltanzgruppe" = "Đoàn múa
    # trống Hàn Quốc"); the peninsula is "Triều Tiên", as the North ("bán đảo Triều Tiên")
    "south korea": ("south korea", "südkorea", "corée du sud", "hàn quốc", "south korean*",
                    "südkorean*", "sud-coréen*", "seoul", "séoul", "xơ-un", "korean*",
                    "koreanisch*", "coréen*"),
    "japan": ("japan", "japon", "nhật bản", "nhật", "japanes*", "japanisch*", "japonais*",
              "tokyo", "tokio"),
    "vietnam": ("vietnam", "viet nam", "việt nam", "vietnames*", "vietnamien*", "hanoi",
                "hà nội", "người việt", "gốc việt", "tiếng việt"),
    "hcmc": ("ho chi minh city", "ho-chi-minh-stadt", "hô-chi-minh-ville",
             "thành phố hồ chí minh", "tp hồ chí minh", "saigon", "sài gòn", "tp.hcm", "tphcm",
             "tp. hcm", "hcmc"),
    "ukraine": ("ukraine", "ukraina", "ukrain*", "kyiv", "kiev", "kiew", "ki-ép"),
    "germany": ("germany", "deutschland", "allemagne", "đức", "german*", "deutsch*", "allemand*"),
    "france": ("france", "frankreich", "pháp", "french", "französisch*", "français*", "francais*"),
    "uk": ("united kingdom", "britain", "great britain", "großbritannien", "royaume-uni",
           "grande-bretagne", "anh", "british",
           "english", "englisch*", "anglais*", "tiếng anh",
           # England for the kingdom, as Vietnamese ("Anh") and much French prose say it
           "england", "angleterre",
           "britisch*", "britannique*"),
    "eu": ("eu", "european union", "europäische union", "union européenne", "ue",
           "liên minh châu âu", "eu-*"),
    "europe": ("europe", "europa", "châu âu", "europ*"),
    "un": ("un", "united nations", "vereinte nationen", "uno", "onu", "nations unies",
           "liên hợp quốc", "lhq"),
    "asia": ("asia", "asien", "asie", "châu á", "asiat*"),
    # Vietnam's two deltas, as news in each language names them
    "red river delta": ("red river delta", "delta des roten flusses", "roten flusses",
                        "delta du fleuve rouge", "fleuve rouge", "đồng bằng sông hồng",
                        "đồng bằng bắc bộ", "bắc bộ", "sông hồng", "red river"),
    "mekong delta": ("mekong delta", "mekong-delta", "mekongdelta", "delta du mékong",
                     "đồng bằng sông cửu long", "miền tây nam bộ", "cửu long"),
    # Vietnam's highland region, named in translation ("Đà Lạt, Tây Nguyên")
    "central highlands": ("central highlands", "tây nguyên", "hauts plateaux du centre",
                          "hauts-plateaux du centre", "hauts plateaux", "hauts-plateaux",
                          "zentrales hochland",
                          "zentralen hochland", "zentralen hochlands"),
    # an era each language names in its own words ("depuis le Moyen Âge" = "seit dem
    # Mittelalter")
    "middle ages": ("middle ages", "moyen âge", "moyen-âge", "mittelalter", "mittelalters",
                    "trung cổ", "thời trung cổ"),
    "africa": ("africa", "afrika", "afrique", "châu phi", "afrikan*", "african*", "africain*"),
    "india": ("india", "indien", "inde", "ấn độ", "indian*", "indisch*"),
    "nato": ("nato", "otan"),
    "red cross": ("red cross", "rotes kreuz", "roten kreuz", "roten kreuzes", "croix-rouge",
                  "chữ thập đỏ", "hội chữ thập đỏ", "red crescent", "roter halbmond",
                  "croissant-rouge", "trăng lưỡi liềm đỏ"),
    # the British parliament's houses, translated by name ("la Chambre des communes")
    "house of commons": ("house of commons", "commons", "chambre des communes", "unterhaus",
                         "unterhauses", "hạ viện anh"),
    "house of lords": ("house of lords", "chambre des lords", "oberhaus", "oberhauses",
                       "thượng viện anh"),
    # the Irish parliament's lower house, which translations name as Ireland's
    "dail": ("dáil", "dáil éireann", "chambre basse irlandaise", "irisches unterhaus",
             "irischen unterhaus", "hạ viện ireland"),
    # the Swiss weather service, named in each national language
    "meteoswiss": ("meteoswiss", "meteoschweiz", "météosuisse", "meteosvizzera"),
    "dna": ("dna", "adn", "dns"),  # French and Vietnamese ADN, German DNS
    "rna": ("rna", "arn", "rns"),
    # acronyms of common nouns that French (and German) spell otherwise
    "hiv": ("hiv", "vih"),
    "aids": ("aids", "sida"),
    "gdp": ("gdp", "pib", "bip", "gross domestic product", "bruttoinlandsprodukt",
            "produit intérieur brut", "tổng sản phẩm quốc nội"),
    "vat": ("vat", "tva", "mwst", "mehrwertsteuer", "taxe sur la valeur ajoutée",
            "thuế giá trị gia tăng", "thuế gtgt"),
    "god": ("god", "gott", "dieu", "chúa", "thượng đế"),
    "switzerland": ("switzerland", "schweiz", "suisse", "thụy sĩ", "swiss", "schweizer*"),
    "austria": ("austria", "österreich", "autriche", "áo", "österreichisch*", "autrichien*"),
    "italy": ("italy", "italien", "italie", "ý", "italian*", "italienisch*"),
    "spain": ("spain", "spanien", "espagne", "tây ban nha", "spanish", "spanisch*", "espagnol*"),
    "thailand": ("thailand", "thaïlande", "thái lan", "thai*"),
    # "Do Thái" is Jewish, not Thai (names.phrases keeps its "Do")
    "israel": ("israel", "israël", "do thái", "jewish", "jews", "jew", "juden", "jude",
               "jüdisch*", "juif*", "juive*", "israeli*", "israelisch*", "israélien*"),
    # the planet; German "Erde" and French "terre" are soil as often
    "earth": ("earth", "trái đất", "địa cầu", "erde", "terre"),
    # grape varieties German names in German ("Spätburgunder" = "Pinot Noir")
    "pinot noir": ("pinot noir", "spätburgunder", "blauburgunder"),
    "pinot gris": ("pinot gris", "grauburgunder", "ruländer"),
    "pinot blanc": ("pinot blanc", "weißburgunder", "weissburgunder"),
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
    # a country's trunk roads, named by their class and number ("Quốc lộ 53" = "National
    # Highway 53", "route nationale 7" = "Bundesstraße 7")
    "national road": ("national highway", "national road", "quốc lộ",
                      "route nationale", "bundesstraße", "bundesstrasse"),
    # the sea between England and France, by its unambiguous names ("Channel" is a TV
    # channel too, "manche" a sleeve or a round in French and "some" in German)
    "english channel": ("english channel", "ärmelkanal", "ärmelkanals", "eo biển manche"),
    # the sea Vietnamese names by where it lies from Vietnam ("biển Tây", the West Sea)
    "gulf of thailand": ("gulf of thailand", "golf von thailand", "golfe de thaïlande",
                         "vịnh thái lan", "biển tây"),
    "latin america": ("latin america", "lateinamerika", "amérique latine", "mỹ latinh"),
    "danube": ("danube", "donau"),
    # islands whose names differ by language; Vietnam's two archipelagos by their own names
    "orkney": ("orkney", "orkneys", "orkney islands", "orcades", "îles orcades",
               "orkneyinseln", "orkney-inseln", "quần đảo orkney"),
    "shetland": ("shetland", "shetlands", "shetland islands", "îles shetland",
                 "shetlandinseln", "shetland-inseln", "quần đảo shetland"),
    "hebrides": ("hebrides", "hébrides", "hebriden", "quần đảo hebrides"),
    "paracel islands": ("paracel islands", "paracels", "paracel", "îles paracels",
                        "archipel des paracels", "paracel-inseln", "paracelinseln", "hoàng sa",
                        "quần đảo hoàng sa"),
    "spratly islands": ("spratly islands", "spratlys", "spratly", "îles spratleys",
                        "spratleys", "îles spratly", "archipel des spratleys",
                        "spratly-inseln", "spratlyinseln", "trường sa", "quần đảo trường sa"),
    "geneva": ("geneva", "genf", "genève"),
    "munich": ("munich", "münchen", "münchner*"),
    "cologne": ("cologne", "köln"),
    "vienna": ("vienna", "wien", "vienne"),
    # feasts named in each language: "Tết Nguyên đán" (its "đán" in lower case) is "Tết",
    # "the Lunar New Year"; "Tết Trung thu" is another feast
    "tet": ("tết nguyên đán", "tết nguyên", "tết", "têt", "lunar new year",
            "vietnamese new year", "nouvel an lunaire", "nouvel an vietnamien",
            "mondneujahr", "mondneujahrsfest", "vietnamesische neujahrsfest",
            "vietnamesischen neujahrsfest", "vietnamesisches neujahrsfest"),
    # the New Year of the Western calendar (a gloss of a lunar date may name it: "29 tháng
    # Chạp" = "veille du Nouvel An")
    "new year": ("new year", "new year's", "nouvel an", "neujahr", "neujahrstag"),
    # a gas by its formula or its name: "95 Tonnen Kohlendioxid" = "95 tấn CO2"
    "co2": ("co2", "co₂", "kohlendioxid", "kohlenstoffdioxid", "carbon dioxide",
            "dioxyde de carbone", "cacbon điôxít", "khí cacbonic"),
    "mid-autumn festival": ("tết trung thu", "tết trung", "mid-autumn festival", "mittherbstfest",
                            "fête de la mi-automne"),
}  # fmt: skip

# GAZETTEER's cities: with the countries and CITIES, the places a name swap may replace
# (names.named_place); mountains, seas and organisations are not.
GAZETTEER_CITIES = frozenset({"hcmc", "brussels", "geneva", "munich", "cologne", "vienna"})

# Country names as Vietnamese news writes them (ISO 3166 alpha-2 → forms). Syllables alone
# fold to common words ("Bỉ" → "bi", as "Bí thư"), so a country needs two syllables here.
VIETNAMESE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "NL": ("hà lan",), "PL": ("ba lan",), "SE": ("thụy điển",), "TR": ("thổ nhĩ kỳ",),
    "EG": ("ai cập",), "GR": ("hy lạp",), "PT": ("bồ đào nha",), "DK": ("đan mạch",),
    "NO": ("na uy",), "FI": ("phần lan",), "CZ": ("cộng hòa séc",), "SA": ("ả rập xê út",),
    "ZA": ("nam phi",), "NZ": ("new zealand",), "IE": ("ireland",), "IR": ("iran",),
    "IQ": ("iraq",), "SY": ("syria",), "MM": ("myanmar",), "ID": ("indonesia",),
    "MY": ("malaysia",), "HU": ("hungary",), "RO": ("romania",), "BG": ("bulgaria",),
    "RS": ("serbia",), "HR": ("croatia",), "AR": ("argentina",), "CL": ("chile",),
    "CO": ("colombia",), "VE": ("venezuela",), "CU": ("cuba",), "NG": ("nigeria",),
    "KE": ("kenya",), "ET": ("ethiopia",), "PK": ("pakistan",), "BD": ("bangladesh",),
    "AF": ("afghanistan",), "MN": ("mông cổ",), "NP": ("nepal",), "LK": ("sri lanka",),
    "BN": ("brunei",), "TL": ("đông timor",), "AE": ("uae", "các tiểu vương quốc ả rập thống nhất"),
    "QA": ("qatar",), "KW": ("kuwait",), "BY": ("belarus",), "KZ": ("kazakhstan",),
    "IS": ("iceland", "băng đảo"), "LU": ("luxembourg",), "PS": ("palestine",),
    "CI": ("bờ biển ngà",), "GF": ("guiana thuộc pháp", "guyane thuộc pháp"),
}  # fmt: skip

# German and French names news gives that iso-codes does not ("Guyane française" is said
# "Guyane"; iso-codes' German keeps "Côte d'Ivoire").
NEWS_COUNTRIES: dict[str, tuple[str, ...]] = {
    "GF": ("guyane", "französisch-guayana"),
    "CI": ("elfenbeinküste",),
}

# English names iso-codes does not give as its name (its "Türkiye", "Czechia").
ENGLISH_COUNTRIES: dict[str, tuple[str, ...]] = {
    "TR": ("turkey",), "CZ": ("czech republic",), "CI": ("ivory coast",), "MM": ("burma",),
    "NL": ("holland",), "PS": ("palestine",), "VA": ("vatican",), "MK": ("macedonia",),
}  # fmt: skip

# Adjectives and peoples that are not a country's name with an ending (names._ENDINGS reads
# "nepalisch", "népalais", "Pakistani"; German "-ien" names make "-isch" in `countries`).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "DK": ("danish", "dane", "danes", "dänisch*", "däne", "dänen", "danois*"),
    "NL": ("dutch", "niederländisch*", "niederländer*", "holländisch*", "néerlandais*",
           "hollandais*"),
    "SE": ("swedish", "swede", "swedes", "schwedisch*", "schwede", "schweden", "suédois*"),
    "NO": ("norwegian*", "norweger*", "norwegisch*", "norvégien*"),
    "FI": ("finnish", "finnisch*", "finnland", "finlandais*"),
    "PL": ("polish", "polnisch*", "polonais*"),  # not "pole": the North Pole
    "CZ": ("czech", "czechs", "tschechisch*", "tscheche", "tschechen", "tchèque*"),
    "SK": ("slovak*", "slowakisch*", "slovaque*"),
    "BE": ("belgian*", "belgisch*", "belge*"),
    "GR": ("greek*", "griechisch*", "grieche", "griechen", "grec", "grecs", "grecque*"),
    "TR": ("turkish", "turk", "turks", "türkisch*", "türke", "türken", "turc", "turcs",
           "turque*"),
    "PT": ("portuguese", "portugiesisch*", "portugais*"),
    "HU": ("hungarian*", "ungarisch*", "ungar", "ungarn", "hongrois*"),
    "IE": ("irish", "irisch*", "irlandais*"),
    "IS": ("icelandic", "icelander*", "isländisch*", "isländer*", "islandais*"),
    "EG": ("egyptian*", "ägyptisch*", "ägypter*", "égyptien*"),
    "MA": ("moroccan*", "marokkanisch*", "marokkaner*", "marocain*"),
    "MX": ("mexican*", "mexikanisch*", "mexikaner*", "mexicain*"),
    "CA": ("canadian*", "kanadisch*", "kanadier*", "canadien*"),
    "CO": ("colombian*", "kolumbianisch*", "colombien*"),
    "AR": ("argentinian*", "argentine", "argentines", "argentinisch*", "argentinier*",
           "argentin", "argentins"),
    "CL": ("chilean*", "chilenisch*", "chilene*", "chilien*"),
    "PE": ("peruvian*", "peruanisch*", "peruaner*", "péruvien*"),
    "CU": ("cuban*", "kubanisch*", "kubaner*", "cubain*"),
    "VE": ("venezuelan*", "venezolanisch*", "vénézuélien*"),
    "AF": ("afghan*", "afghane*"),
    "SA": ("saudi*", "saudisch*", "saoudien*"),
    "AE": ("emirati*", "emiratisch*", "émirati*"),
    "LB": ("lebanese", "libanesisch*", "libanese*", "libanais*"),
    "JO": ("jordanian*", "jordanisch*", "jordanien*"),
    "TW": ("taiwanese", "taiwanisch*", "taiwanesisch*", "taïwanais*"),
    "SG": ("singaporean*", "singapurisch*", "singapourien*"),
    "KH": ("cambodian*", "kambodschanisch*", "cambodgien*"),
    "LA": ("laotian*", "laotisch*", "laotien*"),
    "MM": ("burmese", "birmanisch*", "birman*", "myanmarisch*"),
    "MN": ("mongolian*", "mongolisch*", "mongol", "mongols", "mongole*"),
    "KZ": ("kazakh*", "kasachisch*"),
    "UZ": ("uzbek*", "usbekisch*", "ouzbek*"),
    "BD": ("bangladeshi*", "bangladesch*", "bangladais*"),
    "LK": ("sri lankan*", "sri-lankisch*", "sri-lankais*"),
    "NZ": ("new zealander*", "neuseeländisch*", "néo-zélandais*"),
    "ZA": ("south african*", "südafrikanisch*", "sud-africain*"),
    "KE": ("kenyan*", "kenianisch*", "kényan*"),
    "NG": ("nigerian*", "nigerianisch*", "nigérian*"),
    "RO": ("romanian*", "rumänisch*", "roumain*"),
    "BG": ("bulgarian*", "bulgarisch*", "bulgare*"),
    "RS": ("serbian*", "serbisch*", "serbe", "serbes"),
    "HR": ("croatian*", "kroatisch*", "croate*"),
    "SI": ("slovenian*", "slovene*", "slowenisch*", "slovène*"),
    "EE": ("estonian*", "estnisch*", "estonien*"),
    "LV": ("latvian*", "lettisch*", "letton*"),
    "LT": ("lithuanian*", "litauisch*", "lituanien*"),
    "LU": ("luxembourgish", "luxemburgisch*", "luxembourgeois*"),
    "MT": ("maltese", "maltesisch*", "maltais*"),
    "CY": ("cypriot*", "zypriotisch*", "chypriote*"),
    "BA": ("bosnian*", "bosnisch*", "bosnien*"),
    "BY": ("belarusian*", "belarussisch*", "biélorusse*"),
    "PK": ("pakistani*",),
    "IR": ("iranian*",),
    "IQ": ("iraqi*", "irakisch*", "irakien*"),
    "SY": ("syrian*", "syrisch*", "syrien*"),
    "ID": ("indonesian*", "indonesisch*", "indonésien*"),
    "MY": ("malaysian*", "malaysisch*", "malaisien*"),
    "ET": ("ethiopian*", "äthiopier*", "éthiopien*"),
    "GH": ("ghanaian*", "ghanaisch*", "ghanaer*", "ghanéen*"),
    "SN": ("senegalese", "senegalesisch*", "senegalese*", "sénégalais*"),
    "PH": ("filipino*", "filipina*", "philippinisch*", "philippin*"),
    "UY": ("uruguayan*", "uruguayisch*", "uruguayer*", "uruguayen*"),
    "EC": ("ecuadorian*", "ecuadorianisch*", "ecuadorianer*", "équatorien*"),
    "PY": ("paraguayan*", "paraguayisch*", "paraguayer*", "paraguayen*"),
    "CM": ("cameroonian*", "kamerunisch*", "kameruner*", "camerounais*"),
    "CI": ("ivorian*", "ivorisch*", "ivoirien*"),
    "SD": ("sudanese", "sudanesisch*", "sudanese*", "soudanais*"),
    "SO": ("somali*", "somalisch*", "somalier*", "somalien*"),
    "ME": ("montenegrin*", "montenegrinisch*", "montenegriner*", "monténégrin*"),
    "LY": ("libysch*", "libyer*"),
}  # fmt: skip

# Cities whose names differ between our languages (each its own entity; capitals the news
# uses for their governments are in GAZETTEER under their countries).
CITIES: dict[str, tuple[str, ...]] = {
    "warsaw": ("warsaw", "warschau", "varsovie", "vác-xa-va"),
    # a city named by its people: "a man from Manchester" = "un Mancunien"
    "manchester": ("manchester", "mancunian*", "mancunien*"),
    "prague": ("prague", "prag", "praha"),
    "lisbon": ("lisbon", "lissabon", "lisbonne"),
    "athens": ("athens", "athen", "athènes"),
    "copenhagen": ("copenhagen", "kopenhagen", "copenhague"),
    "rome": ("rome", "rom", "roma"),
    "venice": ("venice", "venedig", "venise"),
    "milan": ("milan", "mailand", "milano"),
    "naples": ("naples", "neapel", "napoli"),
    "bucharest": ("bucharest", "bukarest", "bucarest"),
    "belgrade": ("belgrade", "belgrad"),
    "the hague": ("the hague", "den haag", "la haye"),
    "antwerp": ("antwerp", "antwerpen", "anvers"),
    "cairo": ("cairo", "kairo", "le caire"),
    "tehran": ("tehran", "teheran", "téhéran"),
    "jerusalem": ("jerusalem", "jérusalem"),
    "damascus": ("damascus", "damaskus", "damas"),
    "baghdad": ("baghdad", "bagdad"),
    "algiers": ("algiers", "algier", "alger"),
    "london": ("london", "londres", "luân đôn"),
    "paris": ("paris", "pa-ri"),
    "berlin": ("berlin", "béc-lin"),
    "edinburgh": ("edinburgh", "édimbourg"),
    # nations of the United Kingdom with their peoples ("England" is "Anh", as the UK)
    "scotland": ("scotland", "schottland", "écosse", "scottish", "scots", "schottisch*",
                 "schotte", "schotten", "écossais*"),
    "wales": ("wales", "pays de galles", "welsh", "walisisch*", "waliser*", "gallois*"),
    "seville": ("seville", "sevilla", "séville"),
    "nuremberg": ("nuremberg", "nürnberg"),
    "zurich": ("zurich", "zürich", "zürcher*"),
    "basel": ("basel", "bâle", "basle"),
    "lucerne": ("lucerne", "luzern"),
    # Swiss towns on the language border, named in each language
    "sion": ("sion", "sitten", "sédunois*"),
    "visp": ("visp", "viège"),
    "sierre": ("sierre", "siders"),
    "brig": ("brig", "brigue"),
    "biel": ("biel", "bienne", "biel/bienne"),
    "neuchatel": ("neuchâtel", "neuenburg"),
    "murten": ("murten", "morat"),
    "delemont": ("delémont", "delsberg"),
    "tafers": ("tafers", "tavel"),
    "solothurn": ("solothurn", "soleure"),
    "porrentruy": ("porrentruy", "pruntrut"),
    "la neuveville": ("la neuveville", "neuenstadt"),
    "erlach": ("erlach", "cerlier"),
    "twann": ("twann", "douanne"),
    # rivers and canals of the language border ("Zihlkanal" = "canal de la Thielle")
    "thielle": ("thielle", "zihl", "zihlkanal", "canal de la thielle"),
    "sarine": ("sarine", "saane"),
    # the Channel Islands, named in French ("Aurigny" = "Alderney")
    "alderney": ("alderney", "aurigny"),
    "guernsey": ("guernsey", "guernesey"),
    "sark": ("sark", "sercq"),
    "strasbourg": ("strasbourg", "straßburg", "strassburg"),
    "frankfurt": ("frankfurt", "francfort"),
    "hamburg": ("hamburg", "hambourg"),
    "bavaria": ("bavaria", "bayern", "bavière", "bavarian*", "bayerisch*", "bavarois*"),
    "saxony": ("saxony", "sachsen", "saxe"),
    # German states iso-codes names in German and French only, and regions and rivers
    # news names in each language ("Rheinhessen" = "Rhenish Hesse", "Mosel" = "Moselle")
    "rhineland-palatinate": ("rhineland-palatinate", "rheinland-pfalz", "rhénanie-palatinat"),
    "palatinate": ("palatinate", "pfalz", "palatinat", "pfälz*"),
    "rhenish hesse": ("rhenish hesse", "rheinhessen", "hesse rhénane", "rheinhess*"),
    "lower saxony": ("lower saxony", "niedersachsen", "basse-saxe", "niedersächs*"),
    "north rhine-westphalia": ("north rhine-westphalia", "nordrhein-westfalen",
                               "rhénanie-du-nord-westphalie", "nrw"),
    "thuringia": ("thuringia", "thüringen", "thuringe", "thüring*"),
    "saxony-anhalt": ("saxony-anhalt", "sachsen-anhalt", "saxe-anhalt"),
    # Austrian states iso-codes names in German and French only
    "upper austria": ("upper austria", "oberösterreich", "haute-autriche", "oberösterreich*"),
    "lower austria": ("lower austria", "niederösterreich", "basse-autriche", "niederösterreich*"),
    "styria": ("styria", "steiermark", "styrie", "steirisch*"),
    "carinthia": ("carinthia", "kärnten", "carinthie", "kärntner*"),
    "mecklenburg-western pomerania": ("mecklenburg-western pomerania",
                                      "mecklenburg-vorpommern",
                                      "mecklembourg-poméranie-occidentale"),
    "moselle": ("moselle", "mosel"),
    "rhine": ("rhine", "rhein", "rhin", "sông rhine", "rhénan", "rhénane", "rhénans",
              "rhénanes", "rheinisch*"),
    "danube": ("danube", "donau", "sông danube"),
    "perfume river": ("perfume river", "sông hương", "parfümfluss", "rivière des parfums"),
    # the citadel gate of Huế, named in translation
    "ngo mon": ("ngọ môn", "ngo mon", "meridian gate", "mittagstor", "porte du midi"),
    "black forest": ("black forest", "schwarzwald", "forêt-noire"),
    "lake constance": ("lake constance", "bodensee", "lac de constance"),
    "tyrol": ("tyrol", "tirol"),
    # historic regions news still names (iso-codes has today's, "Bourgogne-Franche-Comté")
    "burgundy": ("burgundy", "burgund", "bourgogne"),
    "alsace": ("alsace", "elsass", "alsacien*", "elsässer*", "elsässisch*"),
    "lorraine": ("lorraine", "lothringen", "lothringisch*"),
    "brittany": ("brittany", "bretagne"),
    "normandy": ("normandy", "normandie"),
    "savoy": ("savoy", "savoyen", "savoie"),
    "flanders": ("flanders", "flandern", "flandre"),
    "catalonia": ("catalonia", "katalonien", "catalogne", "cataluña"),
    "bohemia": ("bohemia", "böhmen", "bohême"),
    "moravia": ("moravia", "mähren", "moravie"),
    "siberia": ("siberia", "sibirien", "sibérie"),
    "crimea": ("crimea", "krim", "crimée"),
    "gdansk": ("gdansk", "gdańsk", "danzig"),
    "krakow": ("krakow", "kraków", "krakau", "cracovie"),
    "hue": ("huế",),
    # German, Belgian and other cities French or English name otherwise (not "Nice", "Löwen",
    # "Le Cap", French "Mexico": common words or a country elsewhere)
    "trier": ("trier", "trèves", "trierer*"),
    "mainz": ("mainz", "mayence", "mainzer*"),
    "dresden": ("dresden", "dresde", "dresdner*"),
    "aachen": ("aachen", "aix-la-chapelle", "aachener*"),
    "koblenz": ("koblenz", "coblence", "koblenzer*"),
    "hanover": ("hannover", "hanover", "hanovre", "hannoversch*"),
    "brunswick": ("braunschweig", "brunswick", "braunschweiger*"),
    "regensburg": ("regensburg", "ratisbonne", "regensburger*"),
    "augsburg": ("augsburg", "augsbourg", "augsburger*"),
    "saarbrücken": ("saarbrücken", "sarrebruck", "saarbrücker*"),
    "liège": ("liège", "lüttich"),
    "ghent": ("ghent", "gent", "gand"),
    "bruges": ("bruges", "brügge", "brugge"),
    "kortrijk": ("kortrijk", "courtrai"),
    "leuven": ("leuven", "louvain", "löwen"),
    "mechelen": ("mechelen", "malines", "mecheln"),
    "ypres": ("ypres", "ieper"),
    "ostend": ("ostend", "ostende", "oostende"),
    "tournai": ("tournai", "doornik"),
    "mulhouse": ("mulhouse", "mülhausen"),
    "marseille": ("marseille", "marseilles", "marseillais*"),
    "lyon": ("lyon", "lyons", "lyonnais*"),
    "florence": ("florence", "florenz", "firenze"),
    "turin": ("turin", "torino"),
    "genoa": ("genoa", "genua", "gênes", "genova"),
    "zaragoza": ("zaragoza", "saragossa", "saragosse"),
    "dover": ("dover", "douvres"),
    "canterbury": ("canterbury", "cantorbéry"),
    "cornwall": ("cornwall", "cornouailles", "cornish*"),
    "shanghai": ("shanghai", "thượng hải"),
    "guangzhou": ("guangzhou", "canton", "kanton", "quảng châu"),
    "bangkok": ("bangkok", "băng cốc"),
    "phnom penh": ("phnom penh", "phnôm pênh", "phnom-penh"),
    "mumbai": ("mumbai", "bombay"),
    "manila": ("manila", "manille"),
    "saint petersburg": ("saint petersburg", "st petersburg", "sankt petersburg",
                         "saint-pétersbourg"),
    "wroclaw": ("wrocław", "breslau"),
    # Central European cities German names otherwise
    "brno": ("brno", "brünn"),
    "plzen": ("plzeň", "pilsen"),
    "poznan": ("poznań", "posen"),
    "szczecin": ("szczecin", "stettin"),
    "bratislava": ("bratislava", "pressburg"),
    "ljubljana": ("ljubljana", "laibach"),
    "lviv": ("lviv", "lwiw", "lemberg", "lvov", "lwów"),
    "gothenburg": ("gothenburg", "göteborg"),
    "new delhi": ("new delhi", "neu-delhi", "new-delhi"),
    "mexico city": ("mexico city", "mexiko-stadt"),
    "cape town": ("cape town", "kapstadt"),
}  # fmt: skip

_SHORTEST = 3  # folded letters a form of iso-codes needs ("Bỉ" folds to "bi", as "Bí thư")
# iso-codes names that are common words of another of our languages: German "Island"
# (Iceland) is every English "Island" ("Long Island", "Christmas Island")
_NOT_NAMES = frozenset({"island"})


def _short(name: str) -> str:
    """The short form of an iso-codes name: "Russie, Fédération de" → "russie",
    "Falkland Islands (Malvinas)" → "falkland islands"."""
    return re.sub(r"\s*\(.*?\)", "", name).split(",")[0].strip().lower()


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, ...]]:
    """Every country of ISO 3166 (keyed by its English name) with its names in English,
    German and French (iso-codes, NEWS_COUNTRIES), Vietnamese (iso-codes and
    VIETNAMESE_COUNTRIES), and ENGLISH_COUNTRIES; forms shorter than _SHORTEST letters are
    left out."""
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("de", "fr", "vi")
    ]
    out: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        english = [n for n in (getattr(country, "common_name", None), country.name) if n]
        forms = [_short(n) for n in english]
        forms += [_short(t.gettext(n)) for n in english for t in translations]
        forms += VIETNAMESE_COUNTRIES.get(country.alpha_2, ())
        forms += ENGLISH_COUNTRIES.get(country.alpha_2, ())
        forms += NEWS_COUNTRIES.get(country.alpha_2, ())
        german = _short(translations[0].gettext(country.name))
        if german.endswith("ien"):  # Rumänien → rumänisch, Äthiopien → äthiopisch
            forms.append(german[:-3] + "isch*")
        forms += DEMONYMS.get(country.alpha_2, ())
        letters = (re.sub(r"\W", "", f) for f in forms)
        kept = [
            f
            for f, n in zip(forms, letters, strict=True)
            if len(n) >= _SHORTEST and f not in _NOT_NAMES
        ]
        out[_short(english[0])] = tuple(dict.fromkeys(kept))
    return out


# Countries whose states, provinces and regions iso-codes names in German, French and English
# (iso3166-2), where news in our languages names them: "Niedersachsen" = "Basse-Saxe".
REGION_COUNTRIES = "DE AT CH FR BE NL IT ES PL CZ GB US CA AU DK CN".split()
# region names that are common words of our languages ("marche", a step)
_NOT_REGIONS = frozenset({"marche"})


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, ...]]:
    """The first-level regions of REGION_COUNTRIES whose names differ between English,
    German and French (iso-codes; its Vietnamese names are descriptions, "Miền …"), keyed
    by their ISO 3166-2 code. A region named like a country ("Georgia") or like an entry of
    GAZETTEER or CITIES ("Bayern", "Wien") is left to that one."""
    known = {f.rstrip("*") for forms in [*GAZETTEER.values(), *CITIES.values()] for f in forms}
    known |= {f for forms in countries().values() for f in forms}
    out: dict[str, tuple[str, ...]] = {}
    for code, names in _region_names().items():
        forms = [
            *names,
            *_VI_REGIONS.get(code, ()),
            *_REGION_BY_CITY.get(code, ()),
            *_REGION_EXONYMS.get(code, ()),
        ]
        if len(forms) > 1 and not known.intersection(forms):
            out[code] = tuple(forms)
    return out


@lru_cache(maxsize=1)
def _region_names() -> dict[str, tuple[str, ...]]:
    """Each first-level region of REGION_COUNTRIES (by its ISO 3166-2 code) with its names
    in iso-codes, in English, German and French: short forms of four letters or more, each
    once ("Niedersachsen", "Lower Saxony", "Basse-Saxe")."""
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("de", "fr", "en")
    ]
    out: dict[str, tuple[str, ...]] = {}
    for country in REGION_COUNTRIES:
        for region in pycountry.subdivisions.get(country_code=country) or ():
            if region.parent_code is not None:
                continue
            forms = [_short(region.name), *(_short(t.gettext(region.name)) for t in translations)]
            out[region.code] = tuple(
                dict.fromkeys(f for f in forms if len(f) >= 4 and f not in _NOT_REGIONS)
            )
    return out


# regions that are cities, or named as their cities: named, they name the city ("in
# Bremen", "Praha", "Salzburg", "Antwerpen", "Québec", and the cantons that bear their
# capitals' names: "Zürich : Orell Füssli 1956" is where a book came out)
_CITY_STATES = frozenset(
    "DE-BE DE-HB DE-HH AT-5 AT-9 CZ-10 CN-BJ CN-SH CN-TJ CN-CQ ES-MD BE-BRU BE-VAN BE-WLG "
    "BE-WNA BE-WLX NL-UT NL-GR US-DC US-NY US-WA CA-QC AU-ACT CH-ZH CH-BE CH-LU CH-ZG "
    "CH-FR CH-SO CH-BS CH-SH CH-SG CH-GE CH-NE CH-SZ CH-GL CH-AR CH-AI".split()
)


@lru_cache(maxsize=1)
def region_countries() -> dict[str, str]:
    """Every first-level region of REGION_COUNTRIES, by each of its names (lower case, in
    English, German and French, and the Vietnamese of _VI_REGIONS), to its country's
    ISO 3166 code: "tasmania" → "AU", "niedersachsen" → "DE", "queensland" → "AU". Not a
    city that is a region too ("Bremen", "Wien")."""
    out: dict[str, str] = {}
    for code, names in _region_names().items():
        if code not in _CITY_STATES:
            exonyms = [f for f in _REGION_EXONYMS.get(code, ()) if not f.endswith("*")]
            for form in [*names, *_VI_REGIONS.get(code, ()), *exonyms]:
                out.setdefault(form, code.split("-")[0])
    return out


# Vietnamese news translates the compass word of a region's name and keeps the rest
# ("Bắc Carolina": names._vi_lead), or names the country in Vietnamese too ("Tây Úc");
# iso-codes has no Vietnamese names for regions
_VI_REGIONS = {
    "AU-WA": ("tây úc",),
    "AU-SA": ("nam úc",),
}


# A region iso-codes names in its own language only: "la Collectivité de Corse" =
# "Corsica's regional government"
_REGION_EXONYMS = {
    "FR-20R": ("corsica", "korsika", "corsican*", "korsisch*"),
    # "la Région autonome de la Vallée d'Aoste" = "die Autonome Region Aostatal"
    "IT-23": ("vallée d'aoste", "aosta valley", "aostatal", "thung lũng aosta"),
}


# A region news in other languages names by its city: "Île-de-France" = "the Paris region"
_REGION_BY_CITY = {
    # iso-codes names Wallonia by its official "Région wallonne" only
    "BE-WAL": ("wallonie", "wallonien", "walloon", "wallon", "wallons", "wallonnes", "wallonisch*"),
    "FR-IDF": (
        "paris region",
        "greater paris",
        "région parisienne",
        "großraum paris",
        "region paris",
        "pariser raum",
        "vùng paris",
    ),
}


# Unit symbols written in capitals ("1.200 MW", "3 GWh"): no names. Lower-case ones ("km")
# never open a name anyway.
UNIT_SYMBOLS = frozenset("MW GW TW KW kW MWh GWh TWh kWh MWp GWp MVA kV TEU PS Hz MHz GHz".split())


@lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    """Currency codes of ISO 4217 ("USD", "VND") and UNIT_SYMBOLS: written like names, but
    the number anchors compare them (text/anchors.py)."""
    return frozenset(c.alpha_3 for c in pycountry.currencies) | UNIT_SYMBOLS


def vietnamese_provinces() -> tuple[str, ...]:
    """Vietnam's provinces and cities as ISO 3166-2 names them (iso-codes): "Bình Thuận"."""
    return tuple(region.name for region in pycountry.subdivisions.get(country_code="VN") or ())
