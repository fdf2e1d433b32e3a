"""Hand-built Reports for the renderer tests and docs/make_screenshots.py.

`realistic_report`: a Vietnamese news story and its German aggregator copy with one
omission, one addition, a number shift (3.000 → 30.000) with evidence tokens, a 1-2 bead,
boilerplate lines, and MT for some source sentences only.
`hostile_report`: article text that tries to break every output format.
"""

from __future__ import annotations

from transcheck.model import (
    Anchors,
    Article,
    Bead,
    Finding,
    MTInfo,
    Report,
    Sentence,
    Side,
    Summary,
    Translations,
)


def _side(role, lang, article, texts, names=None):
    names = names or {}
    sentences = tuple(
        Sentence(index=i, text=t, paragraph=i // 2, anchors=Anchors(names=tuple(names.get(i, ()))))
        for i, t in enumerate(texts)
    )
    return Side(role=role, article=article, lang=lang, sentences=sentences)


SRC_URL = "https://tin.example.vn/thoi-su/mua-lu-mien-trung-4812345.html"
TGT_URL = "https://nachrichten.example.de/asien/vietnam-unwetter-12-tote"

VI = (
    "Mưa lớn kéo dài ba ngày đã khiến 12 người chết và 5 người mất tích tại các tỉnh miền Trung.",
    "Theo Ban chỉ đạo phòng chống thiên tai, hơn 3.000 ngôi nhà bị ngập ở Quảng Nam và "
    "Thừa Thiên Huế.",
    "Nhiều tuyến đường bị chia cắt, khiến hàng nghìn học sinh phải nghỉ học.",
    "Ông Nguyễn Văn Minh, Phó chủ tịch tỉnh Quảng Nam, cho biết lực lượng cứu hộ đã sơ tán "
    "1.200 hộ dân.",
    "Chính quyền địa phương đã hỗ trợ mỗi gia đình 2 triệu đồng.",
    "Trung tâm Dự báo Khí tượng Thủy văn Quốc gia cảnh báo mưa sẽ tiếp tục đến hết thứ Sáu.",
    "Người dân được khuyến cáo không đi qua các khu vực ngập sâu.",
)
DE = (
    "Drei Tage anhaltender Starkregen hat in den zentralen Provinzen Vietnams 12 Menschen das "
    "Leben gekostet, 5 weitere werden vermisst.",
    "Nach Angaben des Katastrophenschutzstabs wurden mehr als 30.000 Häuser in Quảng Nam und "
    "Thừa Thiên Huế überflutet.",
    "Viele Straßen sind unterbrochen.",
    "Tausende Schüler können nicht zur Schule gehen.",
    "Nguyễn Văn Minh, stellvertretender Vorsitzender der Provinz Quảng Nam, sagte, die "
    "Rettungskräfte hätten 1.200 Haushalte evakuiert.",
    "Experten machen den Klimawandel für die zunehmenden Unwetter verantwortlich.",
    "Der nationale Wetterdienst warnt, dass der Regen bis Freitag anhalten wird.",
    "Die Bevölkerung wird aufgefordert, überflutete Gebiete zu meiden.",
)
MT_VI_DE = (
    "Drei Tage lang anhaltender Starkregen hat in den zentralen Provinzen 12 Menschen getötet "
    "und 5 werden vermisst.",
    "Laut dem Lenkungsausschuss für Katastrophenschutz wurden mehr als 3.000 Häuser in "
    "Quảng Nam und Thừa Thiên Huế überflutet.",
    None,
    "Herr Nguyễn Văn Minh, stellvertretender Vorsitzender der Provinz Quảng Nam, sagte, die "
    "Rettungskräfte hätten 1.200 Haushalte evakuiert.",
    "Die lokalen Behörden haben jede Familie mit 2 Millionen Dong unterstützt.",
    "Das Nationale Zentrum für hydrometeorologische Vorhersagen warnt, dass der Regen bis "
    "Freitag anhalten wird.",
    None,
)
MT_DE_VI = (
    None,
    None,
    None,
    None,
    None,
    "Các chuyên gia cho rằng biến đổi khí hậu là nguyên nhân khiến thời tiết ngày càng cực đoan.",
    None,
    None,
)
BOILERPLATE_DE = (
    f"Quelle: {SRC_URL}",
    "[Anzeige_2]",
    "Kommentar (0)",
)


def realistic_report() -> Report:
    """vi → de: omission of the aid sentence, an added climate sentence, 3.000 → 30.000."""
    src = _side(
        "source",
        "vi",
        Article(
            url=SRC_URL,
            location=SRC_URL,
            title="Mưa lũ ở miền Trung làm 12 người chết",
            date="2026-11-16",
            author="Minh Anh",
            paragraphs=VI,
            boilerplate=("Bình luận (0)", "Xem thêm: Dự báo thời tiết hôm nay"),
        ),
        VI,
        names={1: ("Quảng Nam", "Thừa Thiên Huế"), 3: ("Nguyễn Văn Minh", "Quảng Nam")},
    )
    tgt = _side(
        "translation",
        "de",
        Article(
            url=TGT_URL,
            location=TGT_URL,
            title="Unwetter in Zentralvietnam: 12 Tote",
            date="2026-11-17",
            author=None,
            paragraphs=DE,
            boilerplate=BOILERPLATE_DE,
            credit_url=SRC_URL,
        ),
        DE,
        names={1: ("Quảng Nam", "Thừa Thiên Huế"), 4: ("Nguyễn Văn Minh", "Quảng Nam")},
    )
    translations = Translations(
        src_to_tgt=MT_VI_DE,
        tgt_to_src=MT_DE_VI,
        info=MTInfo(engine="memory", available=True, packages=("memory:mt.jsonl",)),
    )
    alignment = (
        Bead((0,), (0,), 0.93),
        Bead((1,), (1,), 0.88),
        Bead((2,), (2, 3), 0.81),
        Bead((3,), (4,), 0.95),
        Bead((4,), (), 0.0),
        Bead((), (5,), 0.0),
        Bead((5,), (6,), 0.90),
        Bead((6,), (7,), 0.87),
    )
    findings = (
        Finding(
            kind="shift",
            severity="high",
            confidence=0.91,
            src=(1,),
            tgt=(1,),
            src_text=VI[1],
            tgt_text=DE[1],
            reasons=("number mismatch",),
            evidence={
                "mt": MT_VI_DE[1],
                "tokens": {"src": ["3.000"], "tgt": ["30.000"]},
                "numbers": {"src": ["3000"], "tgt": ["30000"]},
            },
        ),
        Finding(
            kind="omission",
            severity="medium",
            confidence=0.84,
            src=(4,),
            tgt=(),
            src_text=VI[4],
            tgt_text="",
            reasons=("no counterpart in the translation",),
            evidence={"mt": MT_VI_DE[4], "best_score": 0.41},
        ),
        Finding(
            kind="addition",
            severity="medium",
            confidence=0.88,
            src=(),
            tgt=(5,),
            src_text="",
            tgt_text=DE[5],
            reasons=("no counterpart in the original",),
            evidence={"mt": MT_DE_VI[5], "best_score": 0.37},
        ),
    )
    summary = Summary(
        verdict="substantial differences",
        coverage=6 / 7,
        support=7 / 8,
        counts={"omission": 1, "addition": 1, "shift": 1, "moved": 0},
    )
    signature = {
        "transcheck": "0.1.0",
        "mt": "memory",
        "embed": "multilingual-e5-small",
        "omit": "0.62",
        "shift": "0.80",
    }
    return Report(src, tgt, translations, alignment, findings, summary, signature)


HOSTILE_SRC = (
    "<script>alert('src')</script> Der Preis lag bei 10 | 20 Euro.",
    'Bild: <img src=x onerror="alert(1)"> und </td></tr></table> danach.',
    "*Fett* _kursiv_ `code` [Link](http://evil.example/) # keine Überschrift \\ & &amp; ~x~",
    "Emoji 🎉🇻🇳 und RTL: مرحبا بالعالم שלום [bold red]kein Markup[/bold red]",
)
HOSTILE_TGT = (
    "<script>alert('tgt')</script> The price was 10 | 20 euros.",
    'Picture: <img src=x onerror="alert(2)"> and </td></tr></table> after.',
    "Emoji 🎉🇻🇳 and RTL: مرحبا بالعالم שלום [bold red]no markup[/bold red]",
    "<b onmouseover=alert(3)>Added</b> line with | pipes | and <!-- comment -->.",
)


def hostile_report() -> Report:
    """Text that must come out as text in every format."""
    src = _side(
        "source",
        "de",
        Article(
            url="javascript:alert('url')",
            location="javascript:alert('url')",
            title="<script>alert('title')</script> | *T*",
            date=None,
            author="</td><td>",
            paragraphs=HOSTILE_SRC,
        ),
        HOSTILE_SRC,
    )
    tgt = _side(
        "translation",
        "en",
        Article(
            url='https://example.org/a?b=1&c="><script>alert(4)</script>',
            location="-",
            title='"><img src=x onerror=alert(5)>',
            date=None,
            author=None,
            paragraphs=HOSTILE_TGT,
            boilerplate=("<script>alert('boilerplate')</script>", "| a | b |"),
        ),
        HOSTILE_TGT,
    )
    translations = Translations(
        src_to_tgt=("<script>alert('mt')</script> The price was 10 | 20 euros.", None, None, None),
        tgt_to_src=(None, None, None, None),
        info=MTInfo(engine="memory", available=True, note="<i>note</i> | x"),
    )
    alignment = (
        Bead((0,), (0,), 0.9),
        Bead((1,), (1,), 0.8),
        Bead((2,), (), 0.0),
        Bead((3,), (2,), 0.7),
        Bead((), (3,), 0.0),
    )
    findings = (
        Finding("omission", "high", 0.9, (2,), (), HOSTILE_SRC[2], "", ("<b>reason</b> | x",), {}),
        Finding(
            "addition",
            "low",
            0.55,
            (),
            (3,),
            "",
            HOSTILE_TGT[3],
            ("`tick` *star*",),
            {"tokens": {"src": [], "tgt": ["<b onmouseover=alert(3)>"]}},
        ),
        Finding(
            "shift",
            "medium",
            0.6,
            (1,),
            (1,),
            HOSTILE_SRC[1],
            HOSTILE_TGT[1],
            ("name mismatch",),
            {"tokens": {"src": ["</td>"], "tgt": ["onerror"]}, "nan": float("nan")},
        ),
    )
    summary = Summary("minor differences", 0.75, 0.75, {"omission": 1, "addition": 1, "shift": 1})
    return Report(src, tgt, translations, alignment, findings, summary, {"<k>": "<v>|"})
