"""Cleaning sets page furniture aside, in order, and never drops a real sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transcheck.acquire.clean import classify, clean
from transcheck.acquire.provenance import find_credit_url

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.de.txt"


@pytest.fixture
def seed_lines() -> list[str]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8").splitlines()


def test_seed_junk_lines_go_to_boilerplate(seed_lines: list[str]) -> None:
    kept, boilerplate = clean(seed_lines)
    assert len(boilerplate) == 4
    assert boilerplate[0].endswith("(Quelle: The New York Times) |")
    assert boilerplate[1:3] == [
        "[Anzeige_2]",
        next(line for line in seed_lines if line.startswith("Quelle: https://")),
    ]
    assert boilerplate[3] == "Kommentar (0)"
    assert len(kept) + len(boilerplate) == len([line for line in seed_lines if line.strip()])


def test_seed_sentences_are_all_kept_in_order(seed_lines: list[str]) -> None:
    kept, boilerplate = clean(seed_lines)
    expected = [line.rstrip() for line in seed_lines if line.strip() and line not in boilerplate]
    assert kept == expected
    assert any("10.000 nordkoreanischen Soldaten" in line for line in kept)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # German
        ("Bundeskanzler Scholz in Berlin am Montag. (Foto: dpa) |", "caption"),
        ("Archivbild vom Hafen|", "caption"),
        # without the bar, closed by a photo credit (blind round 52)
        ("Delegates at the groundbreaking ceremony for the bridge. Photo: Le Minh Khoa", "caption"),
        ("Die „Libelle“ bei der Probefahrt vor Bremerhaven. Foto: Werft", "caption"),
        ("Des agents relèvent des truites mortes. (Photo d’archives : Anne Gresset)", "caption"),
        ("[Anzeige_2]", "ad"),
        ("Anzeige", "ad"),
        ("Kommentar (0)", "comments"),
        ("Kommentare (3)", "comments"),
        ("12 Kommentare", "comments"),
        ("Quelle: https://baoquocte.vn/artikel-294058.html", "credit"),
        ("Quelle: Tagesschau", "credit"),
        ("Foto: dpa", "photo credit"),
        ("Lesen Sie auch: Merz kündigt Steuerreform an", "read more"),
        ("Teilen", "share"),
        # Vietnamese
        ("[Quảng cáo]", "ad"),
        ("Bình luận (0)", "comments"),
        ("Nguồn: https://vnexpress.net/bai-viet-4812345.html", "credit"),
        ("Nguồn: VnExpress", "credit"),
        ("(Ảnh: TTXVN)", "photo credit"),
        ("Theo TTXVN", "credit"),
        ("Xem thêm:", "read more"),
        ("Chia sẻ qua Zalo", "share"),
        # English
        ("[Ad_1]", "ad"),
        ("[Advertisement]", "ad"),
        ("Comments (12)", "comments"),
        ("Source: https://www.reuters.com/world/asia/story-2024-11-16/", "credit"),
        ("Original: https://example.org/a.html", "credit"),
        ("Photo: AFP", "photo credit"),
        ("Read more", "read more"),
        ("Share on Facebook", "share"),
        ("© 2024 Example Media. All rights reserved.", "photo credit"),
        # French
        ("[Publicité]", "ad"),
        ("Commentaires (0)", "comments"),
        ("Source : Le Monde", "credit"),
        ("Source : https://www.lemonde.fr/international/article/2024/11/16/x.html", "credit"),
        ("Photo : AFP", "photo credit"),
        ("Lire aussi : La Chine répond aux États-Unis", "read more"),
        ("Partager", "share"),
    ],
)
def test_boilerplate_lines(line: str, kind: str) -> None:
    assert classify(line) == kind
    kept, boilerplate = clean(["Ein echter Satz steht hier.", line])
    assert kept == ["Ein echter Satz steht hier."]
    assert boilerplate == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Die Quelle des Rheins liegt in den Schweizer Alpen.",
        "Der Bericht (Quelle: The New York Times) wurde am Montag veröffentlicht.",
        "Quelle: Die Regierung hat gelogen und alle wissen es, sagte er.",
        "Als Quelle nannte die Zeitung einen hohen Beamten des Ministeriums.",
        "Theo ông Nguyễn Văn A, giá xăng sẽ tăng trong tuần tới.",
        "Nguồn tin cho biết cuộc họp sẽ diễn ra vào ngày 20/11.",
        "Source: the minister told reporters the deal was done, officials said.",
        "Commentaires et réactions se sont multipliés après le discours du président.",
        "Kommentar: Warum die Reform zu spät kommt und was jetzt geschehen muss, ist offen.",
        "| Hersteller | Preis | Note |",
        "Er teilte mit, dass die Anzeige gegen ihn fallen gelassen wurde.",
        "Photos of the summit show the two leaders shaking hands in Lima.",
        # a paragraph with a credit glued to its end is still article text
        "Die Fähre fährt ab März. Sie kostete 18 Millionen Euro. Foto: Werft",
    ],
)
def test_real_sentences_are_kept(line: str) -> None:
    assert classify(line) is None
    assert clean([line]) == ([line], [])


def test_trailing_spaces_and_empty_lines() -> None:
    kept, boilerplate = clean(["  Erster Satz.   ", "", "   ", "[Anzeige_2]  "])
    assert kept == ["  Erster Satz."]
    assert boilerplate == ["[Anzeige_2]"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=20))
def test_clean_never_loses_a_line(lines: list[str]) -> None:
    kept, boilerplate = clean(lines)
    assert sorted(kept + boilerplate) == sorted(line.rstrip() for line in lines if line.strip())
    assert find_credit_url(lines) is None or find_credit_url(lines).startswith("http")
