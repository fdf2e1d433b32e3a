"""End to end: serve each corpus original over HTTP on 127.0.0.1, run the CLI, compare
the JSON report's findings with gold.json."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from transcheck.cli import main
from transcheck.evaluate.corpus import load_gold, pairs, score_report
from transcheck.report.json import from_dict

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
PAIRS = pairs(CORPORA)


def sample(all_pairs: list[Path]) -> list[Path]:
    """Per language direction the changed pair with the most gold findings (the fewest words
    among those), and the shortest faithful pair of all.

    Every pair costs 10–30 s of embedding on a cold cache, so `make test` checks these 13
    and `make test-corpus` checks all of them. A changed pair also checks false alarms: with
    MT memory its report must hold nothing but the gold and the listed exceptions.
    """
    changed: dict[tuple[str, str], tuple[int, int, str]] = {}
    faithful: list[tuple[int, str]] = []
    for pair in all_pairs:
        gold = load_gold(pair)
        words = len((pair / "translation.txt").read_text(encoding="utf-8").split())
        if gold["faithful"]:
            faithful.append((words, pair.name))
            continue
        key = (gold["src_lang"], gold["tgt_lang"])
        entry = (-len(gold["findings"]), words, pair.name)
        changed[key] = min(changed.get(key, entry), entry)
    names = [name for _, _, name in changed.values()]
    if faithful:
        names.append(min(faithful)[1])
    return sorted(CORPORA / name for name in names)


def pytest_generate_tests(metafunc) -> None:
    """`pair` runs over the sample, or over every pair with --all-pairs."""
    if "pair" in metafunc.fixturenames:
        chosen = PAIRS if metafunc.config.getoption("--all-pairs") else sample(PAIRS)
        metafunc.parametrize("pair", chosen, ids=[p.name for p in chosen])


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture(scope="session")
def corpus_server():
    handler = functools.partial(_QuietHandler, directory=str(CORPORA))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    """One cache for the session: each pair is embedded once, whatever the condition."""
    return tmp_path_factory.mktemp("cache")


def _run(args: list[str], cache_dir: Path) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(main, [*args, "--cache-dir", str(cache_dir)], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _check_json(pair: Path, source_url: str, cache_dir: Path, memory: bool) -> dict:
    args = ["check", str(pair / "translation.txt"), "--source", source_url, "--format", "json"]
    args += ["--no-mt", "-q"]
    if memory:
        args += ["--mt-memory", str(pair / "mt.jsonl")]
    code, out, err = _run(args, cache_dir)
    assert code == 0, err
    return json.loads(out)


# A negation MT shows is tested like one without MT (MT negation mismatches on the de–fr
# dev texts were right a third of the time: compare/confidence.py). Without its cue the
# Vietnamese comes +0.0048 closer to the German, under the +0.0065 a lone cue needs
# (docs/benchmarks.md §1): with or without MT, this flip is missed.
MISSED_WITH_MT = {
    # "Contrairement à 2025, … n'ont pas eu besoin d'arroser" → "Wie schon 2025 mussten …
    # gießen": the flip sits in "unlike" → "as in", and without its cue the French comes
    # 0.0062 closer to the German, just under the 0.0065 a lone cue needs
    "fr-de-chestnut": [
        "shift: Contrairement à 2025, les producteurs n’ont pas eu besoin d’arroser les jeunes "
        "plantations pendant l’été."
    ],
    "vi-de-flood": [
        "shift: Một đoạn quốc lộ 49C bị sạt lở, khiến các phương tiện không thể lưu thông."
    ],
    # "schloss … nicht aus" (did not rule out) against "a expressément exclu" (ruled out):
    # the cue is found, but without it the German comes 0.026 further from the French, and
    # the MT ("s'est refusé à exclure") negates with words, not a cue
    "de-fr-museum": [
        "shift: Eine Beteiligung von Mitarbeitern des Museums schloss LKA-Sprecher Tobias "
        "Rehlinger ausdrücklich nicht aus."
    ],
    # "Bremerhaven" for "Bremen": a German dictionary knows the word, so it is not read as a
    # name in the lost name's place, and the embedding test puts the name elsewhere (0.04)
    "vi-de-seafood": [
        "shift: Tổng giám đốc Nguyễn Thị Thu Trang cho biết hai chuỗi siêu thị ở Hamburg và "
        "Bremen đã ký hợp đồng cung ứng đến hết quý II năm 2026."
    ],
    # The ninth round's Steyerberg → Liebenau: with MT memory the new name is not tested
    # as without MT, and six words lie between the neighbours both sentences share
    # ("Uchte und Steyerberg müssten nun bis zu 40"), more than a swap is placed across
    # (name_swap.SLOT_WORDS; allowing the words next to either neighbour found it, but
    # cost name F1 0.90 → 0.68 on de–fr dev seed 1, all of it false swaps)
    "de-vi-hospital": [
        "shift: Werdende Mütter aus Stolzenau, Uchte und Steyerberg müssten nun bis zu 40 "
        "Minuten bis zum nächsten Kreißsaal fahren, sagte er."
    ],
    # (The thirteenth round's near names, Lagardère → Lagarde and Steinhauser → Steinhauer,
    # the fifteenth's Kowalczyk → Kowalski and the nineteenth's Coyle → Doyle, are found
    # since the thirty-fifth session: a surname after a kept first name with another
    # consonant is another person, names.other_surname)
    # "sẽ không xuất hiện trước cuối tháng 4" (not before the end of April) against "sont
    # attendues d'ici à la fin avril" (by the end of April): without the cue the Vietnamese
    # comes no closer to the French (+0.0003)
    "vi-fr-drought": ["shift: Mưa trái mùa được dự báo sẽ không xuất hiện trước cuối tháng 4."],
    # the fourteenth round's "nicht vollständig vermeiden können" → "will be able to avoid
    # … entirely": without its cue the German comes only +0.0037 closer to the English
    "de-en-layoffs": [
        "shift: „Wir werden betriebsbedingte Kündigungen nicht vollständig vermeiden können“, "
        "sagte der 58-Jährige."
    ],
    # The fifteenth round's three flips the embedding test does not lift over 0.5
    "de-fr-ski": [
        "shift: „Einen Mangel an Saisonpersonal wie im vergangenen Winter erwarten wir diesmal "
        "nicht“, sagte sie."
    ],
    "en-de-wildlife": [
        "shift: No wolverines were seen for the second winter running, but senior wildlife "
        "biologist Priya Natarajan said she did not believe the species had left the park for "
        "good."
    ],
    "vi-fr-fire": [
        "shift: Cơ quan điều tra bước đầu xác định nguyên nhân có thể do chập điện từ một chiếc xe "
        "máy điện đang sạc, song chưa loại trừ các khả năng khác."
    ],
    # The sixteenth round: "n'exclut pas" (does not rule out) → "đã loại trừ" (has ruled
    # out) beside a second negated clause both keep, so both sides negate; and "chưa thể
    # xuống … trước" (cannot fall … before) → "drop … before", which the embedding test
    # lifts over 0.5 only without MT (with a name the English alone writes)
    "fr-vi-hospital": [
        "shift: Elle n’exclut pas de prolonger les fermetures nocturnes jusqu’à la fin de "
        "l’année si les recrutements n’aboutissent pas."
    ],
    "vi-en-dam": [
        "shift: Trung tâm Dự báo Khí tượng Thủy văn quốc gia nhận định mưa sẽ giảm dần từ ngày "
        "19/11, nhưng lũ trên các sông ở Quảng Ngãi chưa thể xuống dưới mức báo động 2 trước "
        "chiều 20/11."
    ],
    # The seventeenth round: "sei dort bisher nicht nötig gewesen" (had not been needed) →
    # "il avait déjà fallu y évacuer" (had already been needed), a flip the embedding test
    # does not lift over 0.5
    "de-fr-flood": [
        "shift: Eine Evakuierung von Wohngebieten sei dort bisher nicht nötig gewesen, teilte "
        "die Berufsfeuerwehr mit."
    ],
    # The eighteenth round's near names, as the thirteenth's: Vogt → Voigt and Valloire →
    # Valmorel read as one name spelled two ways (a consonant test on spellings short of a
    # typo found Valmorel, but read the de–fr dev texts' scans, "Magnone" / "Magnolie", as
    # swaps: name precision 1.000 → 0.875 on seed 1, docs/benchmarks.md §3)
    "de-en-bridge": [
        "shift: Ein Neubau würde nach Angaben von Projektleiter Henning Vogt mehr als 120 "
        "Millionen Euro kosten und mindestens acht Jahre dauern."
    ],
    "fr-de-cycling": [
        "shift: Dimanche, la 16e étape mènera les coureurs de Bourg-d’Oisans à Valloire, sur 142 "
        "kilomètres."
    ],
    # The nineteenth round: "Aucun bateau de la compagnie Penn ar Bed n'a pu rallier" →
    # "vẫn ra được" (still got through), whose "aucun" stands seven words before its "n'":
    # the cue's test takes out "n'" alone (a window of eight words found it, but added a
    # false flip on a held-out seed)
    "fr-vi-storm": [
        "shift: Aucun bateau de la compagnie Penn ar Bed n’a pu rallier Ouessant, Molène ou Sein "
        "mercredi."
    ],
    # The twentieth round: "am Samstag nicht" → "était … fermé samedi", a flip the embedding
    # test does not lift over 0.5 (+0.0055 without the cue)
    "de-fr-avalanche": [
        "shift: Offiziell gesperrt war die Route über den Wyssgrat am Samstag nicht."
    ],
    # The twenty-first round: "n'ont pas eu à être évacués" → "mussten ihre Häuser
    # verlassen", a flip that comes +0.0011 closer without its cue
    "fr-de-landslide": ["shift: Les douze habitants du hameau n’ont pas eu à être évacués."],
    # The twenty-sixth round: "werde … vorerst nicht steigen" → "sẽ sớm được điều chỉnh
    # tăng", a flip whose cue taken out brings the original +0.0065 closer: 0.498, just
    # under the line (without MT too)
    "de-vi-dairy": [
        "shift: Der Auszahlungspreis von derzeit 61 Cent je Kilogramm werde wegen des "
        "Auftrags aber vorerst nicht steigen, sagte Eberle."
    ],
    # The thirty-first round (blind, added in the thirty-fifth session): "sẽ không cắt giảm
    # lao động" / "réduirait ses effectifs" (0.427), just under the 0.5 line. Its companion
    # "had not had to turn any hedgehog away" / "đã buộc phải từ chối tiếp nhận một số con
    # nhím", found at 0.496 before, is found since the install of 2026-12-08
    "vi-fr-cashew": [
        "shift: Ông Hưng khẳng định công ty sẽ không cắt giảm lao động khi chuyển sang dây "
        "chuyền tự động."
    ],
    # The thirty-fourth round: "ne présentent aucun danger" → "nicht unbedenklich" (a flip
    # said with a double negative: the cue is found, but without it the French comes 0.0185
    # further from the German). Its "Cũng theo ông Khải" → "Wie Oanh weiter sagte" is found
    # since the thirty-eighth session (a title makes "Khải" a name)
    "fr-de-oysters": [
        "shift: L’agence régionale de santé (ARS) rappelle que les huîtres encore vivantes ne "
        "présentent aucun danger pour les consommateurs."
    ],
    # The thirty-fifth round: "Jean-Baptiste Santoni" → "Jean-Baptiste Santini", one vowel
    # put for another, which is how scans and old spellings differ too ("Sepp Lerch" /
    # "Sepp Larch" in the de–fr texts): read as the same person
    "fr-en-chestnutfire": [
        "shift: Le colonel Jean-Baptiste Santoni, directeur du service d’incendie et de secours "
        "de Haute-Corse, a rappelé que l’emploi du feu est interdit dans le département jusqu’au "
        "30 septembre."
    ],
    # The thirty-eighth round: "mais il n'avait relevé aucune anomalie" → "đã ghi nhận một
    # vài dấu hiệu bất thường" (a few anomalies), whose counterfactual comes 0.52
    # hundredths closer, under the line (0.459)
    "fr-vi-woodbridge": [
        "shift: Un contrôle visuel avait bien été mené par le service des travaux de la commune "
        "en mars 2025, mais il n’avait relevé aucune anomalie."
    ],
    # The thirty-seventh round: "Cục Thú y" (the veterinary department) → "le Département
    # de l'élevage" (livestock), a body's name both translators render in words, so no
    # name is left to compare
    "vi-fr-birdnest": [
        "shift: Hồ sơ được Cục Thú y (Bộ NN&PTNT) thẩm định trước khi gửi sang Tổng cục Hải "
        "quan Trung Quốc (GACC)."
    ],
    # The forty-second round: "Le conseil départemental de Loire-Atlantique" → "The Pays de
    # la Loire region", a body for another of the article: "Loire" of the department's name
    # stands in the region's, and a region of the original's own country is read as a gloss
    "fr-en-saltworks": [
        "shift: Le conseil départemental de Loire-Atlantique financera pour sa part la moitié "
        "du curage des étiers envasés par les orages."
    ],
    # The forty-third round's role changed ("Kassier" → "Chủ tịch hội") is found since the
    # forty-second session (text/roles.py), as is the forty-sixth's ("Phó Giám đốc Sở" →
    # "Direktor"); the forty-third round's plan stated as done ("dự kiến sẽ được trải
    # nhựa" → "has been fully asphalted") since the forty-first (text/modality.py)
    # The forty-eighth round: "intends to install … so that it can be hired out" / "a fait
    # installer … afin de pouvoir louer": the modal of the purpose clause keeps the French
    # side from being plain (a sentence's clauses are not matched)
    "en-fr-footballclub": [
        "shift: The new board intends to install a 3G artificial pitch at Furnace Lane so that "
        "it can be hired out to community teams during the week."
    ],
    # The forty-fourth round: the trust chair's plan given to the council leader, whom the
    # original also names (no stranger), the chair's own name moved to another sentence
    "en-vi-pier": [
        "shift: Its chair, Dafydd Rowlands, said the trust would now start raising money to "
        "restore the pavilion at the end of the pier, which has been closed since 1987."
    ],
    # The fifty-second round: "die Ladestation in Altnau" / "la station de recharge de
    # Meersdorf", a place the article names elsewhere put in another's place (no
    # stranger); "không còn phải dậy" / "will still have to get up", whose cue taken out
    # comes 0.36 hundredths closer (through the MT, in English, 1.26: not used, as on the
    # de–fr dev seeds such one-language gains were as high for paraphrases)
    "de-fr-ferry": [
        "shift: Geschäftsführerin Karin Ebersbach räumte ein, dass die Ladestation in Altnau "
        "noch nicht fertig sei."
    ],
    "vi-en-bridge": [
        'shift: "Có cầu rồi, tôi không còn phải dậy từ 4 giờ sáng để kịp chuyến phà đầu '
        'tiên", bà nói.'
    ],
}
# Whole sentences missed with MT memory. None since the thirtieth session: the eighth
# blind round's added sentence about the same club (`en-de-transfer`), which the aligner
# had put in one bead with a merge, is found.
MISSED_SENTENCES_WITH_MT: dict[str, list[str]] = {
    # The forty-eighth round: a sentence left out before one that dates a lunar holiday,
    # read as one two-to-one bead whose date and name differ (FALSE_WITH_MT), with MT and
    # without
    "vi-en-provincialhospital": [
        "omission: Hồi tháng 6, Bộ Y tế đã xếp Bệnh viện Đa khoa Lâm Viên vào hạng I."
    ],
    # The twenty-fourth round: a sentence added just before one kept and the next one left
    # out, read as one two-to-two bead. Without MT one pair across it scores above the
    # bead and the rest under the line, so it is split (findings.split_unrelated); with MT
    # the left-over pair scores 0.26, above the line (0.20)
    "en-de-lido": [
        "omission: A petition to save the lido gathered 14,000 signatures in the three weeks "
        "after its closure was announced.",
        "addition: In seiner letzten vollen Saison vor der Schließung hatte das Bad rund "
        "52.000 Badegäste gezählt.",
    ],
    # The fortieth round: a deleted sentence on its neighbour's subject ("City of York
    # Council has agreed to halve …" beside "A council spokesperson said …"), in one bead
    # with it; leaving it out costs the bead's cosine 0.006, just over the 0.005 the
    # absorbed-sentence reading allows (a looser bound added false omissions held out)
    "en-vi-bookshop": [
        "omission: City of York Council has agreed to halve the shop's business rates for two "
        "years."
    ],
}
# Whole sentences missed without MT. The thirty-eighth round: a sentence about the same
# firm added after the union's figure of closures ("Hiện An Post còn khoảng 900 bưu cục
# …"), which the aligner puts in one bead with it; its best cosine to the original and
# what leaving it out gains stay inside the document's usual spread (coverage.inserted)
MISSED_SENTENCES_WITHOUT_MT: dict[str, list[str]] = {
    "en-vi-postoffice": [
        "addition: Hiện An Post còn khoảng 900 bưu cục trên toàn quốc, hầu hết do các chủ bưu "
        "cục tư nhân vận hành theo hợp đồng."
    ],
    "en-vi-bookshop": MISSED_SENTENCES_WITH_MT["en-vi-bookshop"],
    "vi-en-provincialhospital": MISSED_SENTENCES_WITH_MT["vi-en-provincialhospital"],
}
# Findings with MT memory that are not in the gold, as "<kind> <reasons>": a faithful split
# the coverage reading takes for a part the translation adds ("… vì phần lớn vườn cà phê ở
# đây nằm trên đất dốc" → "… La plupart des plantations … sont en effet situées sur des
# terrains en pente", and the twelfth round's "… alors que les bourgeons venaient d'éclore"
# → "… Die Knospen hatten sich da gerade erst geöffnet."; without MT too: a clause of the
# neighbour's original matches such a piece no better than a planted sentence from the
# same book matches its neighbours on the de–fr dev texts, docs/benchmarks.md §3); the
# eighth round's bead above; a département the German leaves to the reader ("chambre
# d'agriculture de Saône-et-Loire" / "Landwirtschaftskammer des Départements"), named in
# too few sentences to be what the article is about (findings.TOPIC_MENTIONS), so the
# lost name is put back in the place of a word ("Hagel"); and an idiomatic sentence the
# MT renders in other words ("Nach dem Seitenwechsel übernahm Kassel die Kontrolle" /
# "Sang hiệp hai, Kassel làm chủ thế trận"), whose MT lexical score pulls the bead under
# the low-similarity threshold (0.20 against 0.37 without MT).
FALSE_WITH_MT = {
    # Since the install of 2026-12-08 (the code of the forty-fourth session gives it too):
    # "Die Polizei ist mit zusätzlichen Streifen unterwegs" / "Cảnh sát đã tăng cường thêm
    # các tổ tuần tra", whose second clause the Vietnamese makes a sentence, read as a part
    # added (both ways)
    "de-vi-christmasmarket-faithful": ["addition part added"],
    "vi-fr-faithful": ["addition part added"],
    "de-vi-football-faithful": ["shift low similarity"],
    "fr-de-wine": ["addition part added", "shift name mismatch"],
    # "Les Tarnais" (Castres' people) for the team, and "Pau" left out of the same merge:
    # Pau read as swapped for Castres
    "fr-en-rugby": ["shift name mismatch"],
    # The seventeenth round: "26.2 miles" against "42,195 Kilometer", read as 42,195 (one
    # comma before three digits is read as thousands in every language: German MT keeps
    # "5,300 Dollar" from English, as the WMT22 CED dev set shows)
    "en-de-marathon-faithful": ["shift number mismatch"],
    # The twenty-second round: a merge that folds "the course lasts six months and is free"
    # into "kostenlosen … Halbjahreskurs" in the sentence before, read as an omission
    "vi-de-silk": ["omission  : Lớp học kéo dài sáu tháng và học viên không phải đóng học phí."],
    # The twenty-fourth round: "the South East" / "le sud-est de l'Angleterre" (a country
    # the translation adds for readers abroad, not read for English originals); a merge
    # that folds "both figures nearly doubled against 2024" into "– in beiden Fällen fast
    # doppelt so viele wie im Jahr davor", read as a part missing (without MT too). Since
    # the thirty-third session "children under 16" / "Kinder bis 15 Jahre" is one limit
    # (bounds) and "biển Tây" / "the Gulf of Thailand" one sea (gazetteer)
    "en-fr-puppet-faithful": ["shift name mismatch"],
    "vi-de-library-faithful": ["omission part missing"],
    # The twenty-fifth round: "Cymbidium and Dendrobium" / "địa lan và lan hoàng thảo"
    # (genera the translation names by their Vietnamese common names, which its MT keeps
    # in Latin), and "Nous ne privilégions aucune hypothèse" / "we are keeping an open
    # mind" (without MT too)
    "en-vi-orchids-faithful": ["shift name mismatch"],
    "fr-en-lock": ["shift negation mismatch"],
    # The twenty-sixth round: "the Lord-Lieutenant of Devon" / "représentante du roi dans
    # le comté" (MT only), "the Channel" / "la Manche" ("Channel" and "manche" are common
    # words too, so neither is in the gazetteer) and "more than 12ft" / "plus de 3,5
    # mètres" (4.3 % off, over the 4 % a conversion may round; without MT too). Since the
    # thirty-fourth session "Royaume-Uni" in a nine-word gloss is no new name, nor "pro
    # Kilo Trockentee" (vi-de-tea) the word a put-back test found in an excused name's place
    "en-fr-lifeboat": ["shift name mismatch", "shift name mismatch", "shift number mismatch"],
    # The twenty-seventh round: "the Department of Agriculture, Food and the Marine" /
    # "Bộ Nông nghiệp … Ireland" (the original's country, which English does not say) and
    # "no lines may be placed within 500 metres" / "cách … ít nhất 500 m" (both ways); "Ms
    # Tran" / "Bà Hà" (the given name, as Vietnamese says it); "Die Lothringerin" / "Elle"
    # ("sur l'île de Shikoku", glossing a prefecture the German names, is no new name since
    # the thirty-fifth session); "près des deux tiers" / "gần 2/3" (a Vietnamese
    # fraction in digits reads as two numbers), both ways ("fewer than 2,500" acres /
    # "weniger als 1000 Hektar", the unit left to the figure before, is no finding since
    # the forty-second session: a bare figure takes its sentence's one unit)
    "en-vi-seaweed": ["shift name mismatch", "shift negation mismatch", "shift name mismatch"],
    "de-fr-bonsai-faithful": ["shift name mismatch"],
    "fr-vi-observatory-faithful": ["shift number mismatch"],
    # "kinh thành Huế" / "der Kaiserstadt": Huế left to the reader (the translation names it
    # a sentence earlier), and putting it back in the place of "Räucherstäbchen" brings the
    # German 0.032 closer, as adding a lost name anywhere does
    "vi-de-incense": ["shift name mismatch"],
    # "will not have to ship its own boat across the Channel" / "pourra laisser le sien en
    # Cornouailles": the same fact said the other way round, with another place
    "en-fr-dragonboat-faithful": ["shift name mismatch/negation mismatch"],
    # "Eiskunstläuferinnen und Eiskunstläufer der Stadt" for "từ Đà Nẵng": the city left to
    # the reader, and the put-back test rises where the skaters stand
    "vi-de-icerink-faithful": ["shift name mismatch"],
    # "there were no plans to limit the number of boat trips" / "Le nombre de sorties en
    # bateau restera libre": a negation said positively, with no word the cue negates
    "en-fr-seals": ["shift negation mismatch"],
    # "zwischen Gampelen und Ins" / "entre Champion et Anet": a Swiss village's French name
    # (and "Ins" / "Anet") is no gazetteer entry ("Champion" and "ins" are common words)
    "de-fr-birds-faithful": ["shift name mismatch", "shift name mismatch"],
    # "Not everyone is pleased" / "Es gibt aber auch Kritik" merged into the next sentence
    # with MT, and Rhyl glossed "rund 25 Kilometer östlich" (a distance the original lacks)
    "en-de-ferriswheel-faithful": [
        "shift number mismatch/negation mismatch",
        "addition part added",
    ],
    # The thirty-first round (added in the thirty-fifth session): "the district council" /
    # "Hội đồng quận Derbyshire Dales" (the translation names the district, with MT only)
    "en-vi-hedgehog": ["shift name mismatch"],
    # The thirty-second round: a rewritten headline that states the clock's age ("137
    # tuổi", 2026 − 1889) the original does not (an addition until the thirty-seventh
    # session paired the two headlines; now a shift beside the original's headline, whose
    # figures are read against the whole document: the year stays unstated there);
    # "Công ty TNHH Thực phẩm Cao Nguyên Vàng"
    # / "Golden Highlands Food Co" (a firm's name translated, its MT keeps it); "Chủ tịch
    # UBND xã Thăng Bình" / "der Vorsitzende des Volkskomitees der Gemeinde" (the commune
    # left to the reader, put back in the place of "Volkskomitees")
    "de-vi-clocktower": ["shift number mismatch/low similarity"],
    "vi-en-potato-faithful": ["shift name mismatch"],
    "vi-de-conicalhat-faithful": ["shift name mismatch"],
    # The thirty-third round: "in the Hexham area" / "der Umgebung" with the town put back
    # where "Grafschaft" stands (MT only); "chị Sa Ra chia sẻ" / "she said" (a name left to
    # a pronoun, MT only); "der Ausschank endet eine halbe Stunde früher" / "the last
    # drinks served at 10.30pm" (a time worked out from "bis 23 Uhr", both ways)
    "en-de-pool": ["shift name mismatch"],
    "vi-en-shrimp": ["shift name mismatch"],
    "de-en-nightmarket-faithful": ["shift number mismatch"],
    # The thirty-fourth round: "the West Country" / "sud-ouest de l'Angleterre" (both ways)
    # and, with MT, "the National Lottery Heritage Fund" / "le fonds pour le patrimoine de la
    # Loterie nationale britannique"; "HTX Ia Glai" / "Die … Genossenschaft" (the cooperative
    # left to the reader, put back where "Genossenschaft" stands, both ways)
    "en-fr-steamtrain-faithful": ["shift name mismatch", "shift name mismatch"],
    "vi-de-pepper": ["shift name mismatch"],
    # The thirty-fifth round: "chưa có lô nào bị trả về" / "tous nos lots ont été acceptés"
    # (none returned = all accepted, both ways, at 0.51); the split half "Đây là loại gối
    # nhồi mà …", the original's apposition made a sentence, read as a part added (both
    # ways); and, with MT, "Travellers" / "Fahrende", a people the MT keeps as a loan word
    # ("Traveller"), put back where "Ufer" stands
    "vi-fr-ricenoodle-faithful": ["shift negation mismatch"],
    "fr-vi-lacemuseum": ["addition part added"],
    "en-de-floodbarrier-faithful": ["shift name mismatch"],
    # The thirty-sixth round: "fewer than one in ten … has closed" / "hơn 90% … vẫn mở cửa"
    # (a complement with the claim turned round) and "for at least the first five years" /
    # "từ năm thứ sáu" (the sixth year worked out)
    "en-vi-pubbuyout": ["shift number mismatch", "shift number mismatch"],
    # The thirty-seventh round: a headline's "Landkreis Rottal-Inn" as "Lower Bavarian
    # district", its region, which the German article never names (no MT: none put back)
    "de-en-sirens-faithful": ["shift name mismatch"],
    # The thirty-eighth round: "location des chaussons comprise" / "including shoe hire",
    # read as a part missing (0.63, both ways), and "Ein Umzug aus Olbernhau komme nicht
    # infrage" / "công ty sẽ ở lại Olbernhau" (out of the question = will stay, 0.58)
    "fr-en-climbinggym": ["omission part missing"],
    "de-vi-toyfactory-faithful": ["shift negation mismatch"],
    # The fortieth round: a region the translation adds as a gloss ("thuộc vùng Thượng
    # Franken ở phía bắc bang Bavaria"), which iso-codes' regions do not list
    "de-vi-solarroof": ["shift name mismatch"],
    # The forty-second round, with MT: "Not everyone in Trevossick is opposed" merged with
    # the next sentence as "Im Ort gibt es aber auch Befürworter" (a negation said as there
    # being supporters; "Trevossick" left as "im Ort", put back where "Seenotretter"
    # stands); "Lương … không thấp" / "je gagnais bien ma vie" (not low = good) beside
    # "Ánh chia sẻ" / "confie-t-elle" ("ít nhất 10 người" of 30 / "au moins un tiers" is
    # no finding since the fortieth session: a share of a whole both state)
    "en-de-ferryport": ["shift name mismatch/negation mismatch"],
    "vi-fr-lacquer-faithful": ["shift name mismatch/negation mismatch"],
    # The forty-third round, with MT: "vào dịp 30/4" / "the 30 April holiday, which marks
    # Reunification Day", a holiday's name added to explain a date
    "vi-en-ferrybridge": ["shift name mismatch"],
    # The forty-fourth round (FAITHFUL_FINDINGS_WITH_MT); since the install of 2026-12-08
    # the idiom's sentence is left unpaired, an addition, not a shift beside its original
    "fr-en-olivemill-faithful": ["addition  : There are clouds on the horizon, though."],
    "vi-fr-royaltomb-faithful": ["shift name mismatch"],
    # The forty-fifth round: Ofwat glossed as "l'autorité de régulation de l'eau en
    # Angleterre et au pays de Galles" beside "a-t-il précisé" for "Mr Mallory said" (a
    # person read as put in two countries' place)
    "en-fr-reservoir-faithful": ["shift name mismatch"],
    # The forty-sixth round: the standfirst's "with forty-two passengers on board" moved
    # into another sentence, and the islands glossed ("thuộc quần đảo Hebrides … Scotland")
    "en-vi-ferry": ["shift number mismatch/name mismatch/negation mismatch"],
    # The forty-seventh round: "la fête" for the Tết the sentence before names; Belgium as
    # "Bỉ" (a Vietnamese country of one syllable, which folds to a common word: the
    # gazetteer needs two) beside the Loire glossed for crémant; "no decision … before the
    # spring" / "ne sera prise qu'au printemps" and "persuaded him not to leave school" /
    # "l'a convaincu de poursuivre ses études"
    "vi-fr-wardcouncil-faithful": ["shift name mismatch"],
    "fr-vi-winegrowers": ["shift name mismatch"],
    "en-fr-academytrust-faithful": ["shift negation mismatch", "shift negation mismatch"],
    # The forty-eighth round: a sentence left out and its neighbour, whose "trước Tết Nguyên
    # đán Bính Ngọ" the translation dates (17 February 2026), in one bead; "au nord de
    # Francfort", a gloss of where Friedberg lies; Cattermole's absence said with his role
    # ("L’ex-entraîneur était absent"); four negations said in other words; "MINT" / "STEM"
    "vi-en-provincialhospital": ["shift date mismatch/name mismatch"],
    "en-de-university-faithful": ["shift negation mismatch"],
    "de-fr-policechief": ["shift name mismatch"],
    "fr-en-townhall-faithful": ["shift negation mismatch"],
    "de-vi-university-faithful": ["shift negation mismatch", "shift name mismatch"],
    "en-fr-footballclub": [
        "omission  : Cattermole, who was appointed in October 2023, did not attend the meeting.",
        "addition  : L’ex-entraîneur était absent de la réunion.",
        "shift negation mismatch",
    ],
    # The forty-ninth round: the cooperative's aim for 2026 and H'Linh Mlô said in another
    # sentence; "Bamberger Domchor" beside "Haute-Franconie", a gloss
    "vi-en-cooperative-faithful": ["shift number mismatch/name mismatch"],
    "de-fr-choir-faithful": ["shift name mismatch"],
    # The fiftieth round: "Verletzt wurde niemand" / "Everyone escaped unharmed", said the
    # other way round and moved past the next sentence
    "de-en-floodwall": ["omission  : Verletzt wurde niemand."],
    # The fifty-first round, translated for foreign readers: glosses of the Hebrides,
    # Scotland, Greenock's Clyde and Glasgow, and of Breton customs; "last spring" made
    # "2025" beside "eighteen months"; "will not be carried until" / "devront attendre",
    # "will not go up" / "restera fixé", "für Autos gesperrt" / "ô tô không được đi vào", and
    # "Der Mann wurde nicht verletzt" / "Il en est sorti indemne" said the other way; "No
    # sailings will run …" and "Personne n'a pu le suivre" merged into a neighbour said
    # another way; a race time "two hours, nine minutes and 51 seconds" / "2:09:51" (no
    # figure read alike, so the sentence reads as left out: coverage.figures_unsaid);
    # "2,4 Kilometer" left out beside a gloss with figures of its own
    "en-fr-islandferry": [
        "shift name mismatch",
        "shift number mismatch",
        "shift name mismatch",
        "shift negation mismatch",
        "omission  : No sailings will run on Christmas Day or New Year’s Day.",
        "shift negation mismatch",
    ],
    "de-vi-adventmarket-faithful": ["shift negation mismatch"],
    "fr-en-cyclerace-faithful": [
        "omission  : Personne n’a pu le suivre.",
        "shift name mismatch",
        "shift number mismatch/name mismatch",
    ],
    "de-fr-glacier": [
        "shift number mismatch/name mismatch",
        "omission  : Der Mann wurde nicht verletzt.",
    ],
    "en-vi-marathon-faithful": [
        "shift number mismatch",
        "omission part missing",
        "shift number mismatch/name mismatch",
        "shift name mismatch/negation mismatch",
        "shift negation mismatch",
    ],
}
FAITHFUL_FINDINGS = {
    "de-vi-christmasmarket-faithful": [["part added"]],
    "vi-fr-faithful": [["part added"]],
    "en-de-marathon-faithful": [["number mismatch"]],
    "vi-de-library-faithful": [["part missing"]],
    "fr-vi-observatory-faithful": [["number mismatch"]],
    # "Beim Internationalen Drachenfest" / "Lễ hội Diều quốc tế": a German name translated,
    # whose capitalised "Diều" reads as a new name in its place (with MT the name is read
    # through the MT, which writes it as the translation does)
    "de-vi-kite-faithful": [["name mismatch"]],
    "en-fr-dragonboat-faithful": [["name mismatch", "negation mismatch"]],
    "de-fr-birds-faithful": [["name mismatch"], ["name mismatch"]],
    # "Nicht alle Anrainer sind … begeistert" / "The market has its critics", which without
    # MT scores under the low-similarity line
    "de-en-nightmarket-faithful": [["number mismatch"], ["low similarity"]],
    "en-fr-steamtrain-faithful": [["name mismatch"]],
    "vi-fr-ricenoodle-faithful": [["negation mismatch"]],
    "de-vi-toyfactory-faithful": [["negation mismatch"]],
    # The fortieth round: a 1-to-2 split the aligner leaves apart without MT, whose second
    # half ("… in thirty-six concrete tanks") reads as an addition and takes the 36 from
    # the first half's bead ("Die Stadtverordnetenversammlung" / "Kassel's city council",
    # the article's city added as the body's owner, is no finding since the thirty-ninth
    # session)
    "vi-en-eelfarm-faithful": [["number mismatch", "negation mismatch"], []],
    # The forty-fifth round (FALSE_WITH_MT)
    "en-fr-reservoir-faithful": [["name mismatch"]],
    # The forty-seventh round (FALSE_WITH_MT); without MT also "Christi Himmelfahrt im
    # kommenden Jahr" / "Ascension Day 2027 (6 May)", a feast's name translated and its
    # year worked out, and a reordered paragraph of the ward council read as a sentence
    # left out, one added and one moved
    "en-fr-academytrust-faithful": [["negation mismatch"], ["negation mismatch"]],
    "de-en-firebrigade-faithful": [["number mismatch", "name mismatch"]],
    "vi-fr-wardcouncil-faithful": [[], []],
    # The forty-eighth round (FALSE_WITH_MT); without MT also "Allgemeinen
    # Studierendenausschusses" / "AStA" and "MINT" / "STEM", and "keine Studiengänge zu
    # schließen" / "duy trì toàn bộ các ngành" read as a sentence left out and one added
    "en-de-university-faithful": [["negation mismatch"]],
    "fr-en-townhall-faithful": [["negation mismatch"]],
    "de-vi-university-faithful": [["name mismatch"], [], [], ["name mismatch"]],
    # The forty-ninth round (FALSE_WITH_MT); without MT the cooperative's aim is no
    # finding
    "de-fr-choir-faithful": [["name mismatch"]],
    # The fiftieth and fifty-first rounds (FALSE_WITH_MT); without MT also "Thornsby
    # Methodist Church" / "Methodistenkirche" beside a drop-in said "ohne Anmeldung", and
    # "La commune n'avait plus accueilli d'arrivée d'étape depuis quinze ans" / "the first
    # stage finish … since 2010" (low similarity)
    "en-de-bridgeclosure-faithful": [["name mismatch", "negation mismatch"]],
    "de-vi-adventmarket-faithful": [["negation mismatch"]],
    "fr-en-cyclerace-faithful": [["name mismatch", "negation mismatch"], ["low similarity"]],
    "en-vi-marathon-faithful": [["number mismatch"], ["part missing"], ["negation mismatch"]],
}
FAITHFUL_FINDINGS_WITH_MT = {
    **FAITHFUL_FINDINGS,
    "de-vi-football-faithful": [["low similarity"]],
    "en-fr-puppet-faithful": [["name mismatch"]],
    "en-vi-orchids-faithful": [["name mismatch"]],
    "de-fr-bonsai-faithful": [["name mismatch"]],
    "de-vi-kite-faithful": [],
    "vi-de-icerink-faithful": [["name mismatch"]],
    "en-de-ferriswheel-faithful": [["number mismatch", "negation mismatch"], ["part added"]],
    "vi-en-potato-faithful": [["name mismatch"]],
    "vi-de-conicalhat-faithful": [["name mismatch"]],
    "de-en-nightmarket-faithful": [["number mismatch"]],
    "en-fr-steamtrain-faithful": [["name mismatch"], ["name mismatch"]],
    "en-de-floodbarrier-faithful": [["name mismatch"]],
    "de-en-sirens-faithful": [["name mismatch"]],
    "vi-en-eelfarm-faithful": [],
    "vi-fr-lacquer-faithful": [["name mismatch", "negation mismatch"]],
    # The forty-fourth round: "Tout n'est pas rose pour autant" / "There are clouds on the
    # horizon, though" (an idiom), and "nhã nhạc" glossed as the Nguyễn court music UNESCO
    # lists (names the MT of the original does not have)
    "fr-en-olivemill-faithful": [[]],
    "vi-fr-royaltomb-faithful": [["name mismatch"]],
    "de-en-firebrigade-faithful": [],
    "vi-fr-wardcouncil-faithful": [["name mismatch"]],
    "de-vi-university-faithful": [["negation mismatch"], ["name mismatch"]],
    # The forty-ninth round (FALSE_WITH_MT)
    "vi-en-cooperative-faithful": [["number mismatch", "name mismatch"]],
    # The fiftieth and fifty-first rounds (FALSE_WITH_MT)
    "en-de-bridgeclosure-faithful": [],
    "fr-en-cyclerace-faithful": [[], ["name mismatch"], ["number mismatch", "name mismatch"]],
    "en-vi-marathon-faithful": [
        ["number mismatch"],
        ["part missing"],
        ["number mismatch", "name mismatch"],
        ["name mismatch", "negation mismatch"],
        ["negation mismatch"],
    ],
}


def test_the_sample_covers_every_direction_and_every_exception_names_a_pair():
    """`make test` runs the sample only, so an exception list naming a renamed or removed
    pair would go unnoticed until `make test-corpus`: every key must name a corpus pair."""
    golds = {p: load_gold(p) for p in PAIRS}
    chosen = sample(PAIRS)
    directions = {(g["src_lang"], g["tgt_lang"]) for g in golds.values()}
    assert {(golds[p]["src_lang"], golds[p]["tgt_lang"]) for p in chosen} == directions
    assert any(golds[p]["faithful"] for p in chosen)
    names = {p.name for p in PAIRS}
    for table in (
        MISSED_WITH_MT,
        FALSE_WITH_MT,
        MISSED_SENTENCES_WITH_MT,
        MISSED_SENTENCES_WITHOUT_MT,
        FAITHFUL_FINDINGS,
        FAITHFUL_FINDINGS_WITH_MT,
    ):
        assert set(table) <= names, set(table) - names
    faithful = {p.name for p, g in golds.items() if g["faithful"]}
    assert set(FAITHFUL_FINDINGS) | set(FAITHFUL_FINDINGS_WITH_MT) <= faithful


@pytest.mark.slow
@pytest.mark.parametrize("memory", [True, False], ids=["mt-memory", "no-mt"])
def test_corpus_pair_findings_match_gold(pair, memory, corpus_server, cache_dir):
    gold = load_gold(pair)
    data = _check_json(pair, f"{corpus_server}/{pair.name}/original.html", cache_dir, memory)
    assert data["schema"] == "transcheck/report@1"
    assert data["source"]["lang"] == gold["src_lang"]
    assert data["translation"]["lang"] == gold["tgt_lang"]
    report = from_dict(data)
    score = score_report(pair.name, report, gold)
    # every omission and addition the gold lists is found, with or without MT (also a
    # sentence put in the place of one left out: compare/findings.split_unrelated), but
    # for those MISSED_SENTENCES_WITH_MT and MISSED_SENTENCES_WITHOUT_MT list
    missed_sentences = [m for m in score.missed if not m.startswith("shift")]
    missed = MISSED_SENTENCES_WITH_MT if memory else MISSED_SENTENCES_WITHOUT_MT
    assert missed_sentences == missed.get(pair.name, [])
    # junk lines are boilerplate, never additions
    assert score.flagged_junk == []
    for line in gold["not_flagged"]:
        assert line.strip() in [b.strip() for b in data["translation"]["boilerplate"]]
    if memory:  # with MT evidence the shifts are found too, and nothing else is reported
        shifts_missed = [m for m in score.missed if m.startswith("shift")]
        assert shifts_missed == MISSED_WITH_MT.get(pair.name, [])
        # a false alarm reads "<kind> <reasons> {<evidence>}: <sentence>"
        assert [a.split(" {")[0] for a in score.false_alarms] == FALSE_WITH_MT.get(pair.name, [])
    if gold["faithful"]:
        serious = [f for f in data["findings"] if f["kind"] in ("omission", "addition", "shift")]
        expected = (FAITHFUL_FINDINGS_WITH_MT if memory else FAITHFUL_FINDINGS).get(pair.name, [])
        assert [f["reasons"] for f in serious] == expected
        if not serious:
            assert data["summary"]["verdict"] in ("faithful", "minor differences")


@pytest.mark.slow
def test_source_found_from_credit_line(tmp_path, corpus_server, cache_dir):
    """No --source: the URL comes from the translation's 'Quelle:' line."""
    pair = CORPORA / "vi-de-apec"
    text = (pair / "translation.txt").read_text(encoding="utf-8")
    local = f"{corpus_server}/vi-de-apec/original.html"
    rewritten = re.sub(r"^Quelle: \S+", f"Quelle: {local}", text, flags=re.M)
    assert rewritten != text
    translation = tmp_path / "translation.txt"
    translation.write_text(rewritten, encoding="utf-8")
    code, out, err = _run(
        ["check", str(translation), "--format", "json", "--no-mt", "-q"], cache_dir
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["source"]["url"] == local
    assert any(f["kind"] == "addition" for f in data["findings"])


def test_missing_credit_line_is_a_usage_error(tmp_path, cache_dir):
    translation = tmp_path / "t.txt"
    translation.write_text("Ein Satz ohne Quelle. Noch ein Satz hier.\n", encoding="utf-8")
    code, _, err = _run(["check", str(translation), "--no-mt", "-q"], cache_dir)
    assert code == 2
    assert "--source" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_console_script_renders_and_fails_on(corpus_server, cache_dir, tmp_path):
    """The installed `transcheck` command: rich view on stdout, exit 1 with --fail-on."""
    pair = CORPORA / "en-de-energy"
    exe = Path(sys.executable).with_name("transcheck")
    env = {**os.environ, "TRANSCHECK_CACHE_DIR": str(cache_dir), "NO_COLOR": "1"}
    args = [str(exe), "check", str(pair / "translation.txt"), "--source"]
    args += [f"{corpus_server}/en-de-energy/original.html", "--no-mt", "--width", "140"]
    done = subprocess.run(
        [*args, "--fail-on", "omission"], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 1, done.stderr
    assert "OMITTED" in done.stdout
    assert "\x1b[" not in done.stdout
    out_file = tmp_path / "report.html"
    done = subprocess.run(
        [*args, "-o", str(out_file)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    html = out_file.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lower().startswith("<!doctype html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_lower_threshold_shows_a_borderline_finding_and_says_so(corpus_server, cache_dir):
    """--min-confidence lets a reviewer see candidates under the calibrated 0.5: the flood
    pair's flipped negation (MISSED_WITH_MT, confidence 0.45–0.46: the last digit moves with
    the onnxruntime build) appears, and the summary says the list holds less likely
    findings; at the default it stays out and nothing is said."""
    pair = CORPORA / "vi-de-flood"
    source = f"{corpus_server}/vi-de-flood/original.html"
    args = ["check", str(pair / "translation.txt"), "--source", source, "--format", "md"]
    args += ["--mt-memory", str(pair / "mt.jsonl"), "--no-mt", "-q"]
    flip = "Một đoạn quốc lộ 49C bị sạt lở"
    code, out, err = _run(args, cache_dir)
    assert code == 0, err
    assert flip not in out.split("## Findings")[1]
    assert "| Reported |" not in out
    code, out, err = _run([*args, "--min-confidence", "0.4"], cache_dir)
    assert code == 0, err
    findings = out.split("## Findings")[1]
    assert flip in findings and re.search(r"confidence 0\.4\d\b", findings)
    assert "| Reported | findings from confidence 0.40 (default 0.50)" in out
    assert r"min\_confidence=0.4" in out  # the signature records it


RULES_DE = """Regeln für Expeditionen

1. Die Expeditionen haben einen Verbindungsoffizier der Regierung mitzunehmen.

2. Jede Expedition zahlt eine Gebühr von 3000 Rupien.

3. Die Expedition hat sich auf den Berg zu beschränken, für den sie eine Genehmigung hat.

4. Bei einem Unfall hat die Expedition dem Verletzten Schadenersatz zu leisten.
"""
RULES_FR = """Règles pour les expéditions

1. Les expéditions doivent prendre un officier de liaison du gouvernement.

2. Chaque expédition paie une redevance de 3000 roupies.

5. L'expédition se bornera à la montagne pour laquelle elle a une autorisation.

4. En cas d'accident, l'expédition doit indemniser le blessé.
"""


@pytest.mark.slow
def test_a_rule_cited_by_another_number_is_a_shift_and_no_list_marker_is_left_alone(
    tmp_path, cache_dir
):
    """A numbered list read from plain text: the German "1." used to be cut off as a
    sentence of its own and reported as omitted; rule 3 rendered as rule 5 is the one
    finding."""
    (tmp_path / "de.txt").write_text(RULES_DE, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(RULES_FR, encoding="utf-8")
    args = ["check", str(tmp_path / "fr.txt"), "--source", str(tmp_path / "de.txt")]
    code, out, err = _run([*args, "--format", "json", "--no-mt", "-q"], cache_dir)
    assert code == 0, err
    report = json.loads(out)
    findings = [(f["kind"], f["reasons"], f["evidence"]["tokens"]) for f in report["findings"]]
    assert findings == [("shift", ["number mismatch"], {"src": ["3."], "tgt": ["5."]})]


GAS_EN = """Poland signs gas deal with Norway

Poland signed a new gas supply agreement with Norway on Tuesday.
The contract runs for ten years and covers most of the country's winter demand.
Officials in Warsaw said the deal would reduce reliance on imports from Russia.
The Netherlands and Sweden are expected to join a similar scheme next year.
Critics in Poland warned that prices could rise.
"""
GAS_FR = """La Pologne signe un accord gazier avec la Norvège

La Pologne a signé mardi un nouvel accord d'approvisionnement en gaz avec la Norvège.
Le contrat court sur dix ans et couvre l'essentiel de la demande hivernale du pays.
Les responsables à Varsovie ont dit que l'accord réduirait la dépendance aux importations russes.
Les Pays-Bas et la Suède devraient rejoindre un dispositif similaire l'an prochain.
En Pologne, des critiques ont averti que les prix pourraient augmenter.
"""


@pytest.mark.slow
def test_countries_and_cities_a_faithful_translation_renames_are_no_findings(tmp_path, cache_dir):
    """Before every ISO 3166 country was an entity, this faithful French was reported as five
    name swaps at confidence 0.90 ("Norway, Poland → Pologne, Norvège", "Warsaw →
    Varsovie"); with Chile for Norway in one sentence, that one is the finding."""
    (tmp_path / "en.txt").write_text(GAS_EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(GAS_FR, encoding="utf-8")
    swapped = GAS_FR.replace("avec la Norvège.", "avec le Chili.")
    (tmp_path / "fr2.txt").write_text(swapped, encoding="utf-8")
    for name, expected in (("fr.txt", []), ("fr2.txt", [["Norway"], ["Chili"]])):
        args = ["check", str(tmp_path / name), "--source", str(tmp_path / "en.txt")]
        code, out, err = _run([*args, "--format", "json", "--no-mt", "-q"], cache_dir)
        assert code == 0, err
        tokens = [f["evidence"]["tokens"] for f in json.loads(out)["findings"]]
        assert [[t["src"], t["tgt"]] for t in tokens] == ([expected] if expected else [])
