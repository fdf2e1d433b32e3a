"""Helpers for the evaluation tests: a tiny shared-data tree written by the tests.

The sentences are invented here (no third-party text): enough structure for every
perturbation kind — figures, names found on both sides, negatable verbs, long clauses.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def real_shared() -> Path | None:
    """The real ../shared/data, or None (tests that need it skip)."""
    env = os.environ.get("TRANSCHECK_SHARED")
    for root in ([Path(env)] if env else []) + [REPO / ".." / "shared"]:
        if (root / "data").is_dir():
            return root
    return None


CITIES = ["Boston", "Denver", "Chicago", "Seattle", "Portland", "Houston"]
PEOPLE = ["Anna Berg", "Tom Rivers", "Lena Marsh", "Omar Quill"]


def _en_vi(k: int) -> tuple[str, str]:
    city, person = CITIES[k % len(CITIES)], PEOPLE[k % len(PEOPLE)]
    n = 3 + k
    en = (
        f"In {city} , {person} said that {n} new schools were opened last year , "
        f"and the parents of the children were very happy about it ."
    )
    vi = (
        f"Ở {city} , {person} nói rằng {n} trường học mới đã được mở vào năm ngoái , "
        f"và cha mẹ của những đứa trẻ đã rất vui về điều đó ."
    )
    if k % 3 == 1:
        en = f"It &apos;s a &quot; small &quot; story about {person} and {k} cats in {city} ."
        vi = f"Đây là một câu chuyện &quot; nhỏ &quot; về {person} và {k} con mèo ở {city} ."
    return en, vi


def write_iwslt(root: Path, n: int = 64) -> None:
    d = root / "data" / "iwslt15-envi-tst2012"
    d.mkdir(parents=True, exist_ok=True)
    pairs = [_en_vi(k) for k in range(n)]
    (d / "tst2012.en.txt").write_text("\n".join(p[0] for p in pairs) + "\n", encoding="utf-8")
    (d / "tst2012.vi.txt").write_text("\n".join(p[1] for p in pairs) + "\n", encoding="utf-8")


def defr_pairs(n: int = 44) -> tuple[list[str], list[str], list[list[list[int]]]]:
    """German lines, French lines and gold beads: some 1-2 splits and one 0-1 addition."""
    de: list[str] = []
    fr: list[str] = []
    gold: list[list[list[int]]] = []
    for k in range(n):
        peak = CITIES[k % len(CITIES)]
        if k == 10:
            gold.append([[], [len(fr)]])
            fr.append("Note du traducteur .")
        de.append(f"Die Expedition {k} erreichte am {k + 1}. Mai den Gipfel bei {peak} .")
        if k % 7 == 3:
            gold.append([[k], [len(fr), len(fr) + 1]])
            fr.extend(
                [f"L' expédition {k} atteignit le {k + 1} mai", f"le sommet près de {peak} ."]
            )
        else:
            gold.append([[k], [len(fr)]])
            fr.append(f"L' expédition {k} est arrivée le {k + 1} mai au sommet près de {peak} .")
    return de, fr, gold


def write_defr(root: Path) -> None:
    d = root / "data" / "align-defr-dev"
    d.mkdir(parents=True, exist_ok=True)
    de, fr, gold = defr_pairs()
    (d / "eval1957.de").write_text("\n".join(de) + "\n", encoding="utf-8")
    (d / "eval1957.fr").write_text("\n".join(fr) + "\n", encoding="utf-8")
    for cond in ("google", "europarllight"):
        (d / f"eval1957.{cond}.fr").write_text(
            "\n".join(f"{cond}-fr {i}" for i in range(len(de))) + "\n", encoding="utf-8"
        )
        (d / f"eval1957.{cond}.de").write_text(
            "\n".join(f"{cond}-de {j}" for j in range(len(fr))) + "\n", encoding="utf-8"
        )
    (d / "golddev.json").write_text(json.dumps({"goldalign": gold}, indent=1), encoding="utf-8")


def write_ced(root: Path, n: int = 200) -> list[bool]:
    d = root / "data" / "wmt22-ced-ende-dev" / "en-de-dev"
    d.mkdir(parents=True, exist_ok=True)
    src, mt, lab = [], [], []
    for k in range(n):
        bad = k % 10 == 0
        src.append(f"The museum in Berlin received {k + 10} paintings in {1990 + k % 20} .")
        good = f"Das Museum in Berlin erhielt {k + 10} Gemälde im Jahr {1990 + k % 20} ."
        mt.append(good.replace(str(k + 10), str(k + 11)) if bad else good)
        lab.append("BAD" if bad else "OK")
    (d / "dev.src").write_text("\n".join(src) + "\n", encoding="utf-8")
    (d / "dev.mt").write_text("\n".join(mt) + "\n", encoding="utf-8")
    (d / "dev.label").write_text("\n".join(lab) + "\n", encoding="utf-8")
    return [x == "BAD" for x in lab]
