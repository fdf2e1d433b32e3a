"""Set aside the lines that are page furniture, not article text.

Aggregators and extractors leave captions (`… (Quelle: NYT) |`), ad placeholders
(`[Anzeige_2]`), comment counters (`Kommentar (0)`), credit lines (`Quelle: <url>`),
photo credits (`(Ảnh: TTXVN)`) and share/"read more" links among the paragraphs. Each
rule matches a *whole line* and is written to be conservative: a real sentence that only
mentions "Quelle", or a parenthetical credit inside a longer sentence, is kept. Removed
lines are returned, in order, so the report can show them as boilerplate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_URL = r"(?:https?://|www\.)\S+"
# A short name: up to 80 characters with no sentence break inside (no ". ", "! ", "? ");
# _is_name then limits its words.
_SHORT = r"(?:(?![.!?]\s)[^\n]){1,80}"

_CREDIT_LABELS = (
    r"Quelle|Quellen|Originalartikel|Original|Originaltext|Übersetzt aus|"
    r"Source|Sources|Original article|Originally published(?: (?:at|on|in))?|"
    r"Nguồn|Nguồn tin|Bài gốc|"
    r"Fonte|Fuente|Via"
)
_PHOTO_LABELS = (
    r"Foto|Fotos|Bild|Bilder|Titelbild|Bildquelle|Video|Grafik|"
    r"Photo|Photos|Image|Images|Picture|Credit|Credits|Photo credit|Illustration|"
    r"Ảnh|Ảnh minh họa|Ảnh minh hoạ|Minh họa|Minh hoạ|Đồ họa|Đồ hoạ|Clip|"
    r"Crédit|Crédits|Crédit photo|Crédits photo|Photo d'illustration|"
    r"Archivfoto|Archivbild|File photo|Photo d['’]archives?|Ảnh tư liệu"
)
# One caption sentence: no sentence break inside, no bar
_CAPTION = r"(?:(?![.!?]\s)[^|\n]){1,300}[.!?…]"
_AD_WORDS = (
    r"Anzeige|Werbung|Ad|Ads|Advert|Advertisement|Sponsored|"
    r"Quảng cáo|QC|Publicité|Publicite|Pub|Annonce"
)
_COMMENT_WORDS = (
    r"Kommentar|Kommentare|Kommentieren|Leserkommentare|"
    r"Comment|Comments|Commentaire|Commentaires|Réactions|"
    r"Bình luận|Ý kiến"
)
_SHARE_LINES = (
    r"Teilen|Artikel teilen|Jetzt teilen|Share|Share this|Share this article|Tweet|"
    r"Chia sẻ|Partager|Partager cet article|Drucken|Print|In bài|"
    r"(?:Share|Teilen|Partager|Chia sẻ)(?: (?:on|auf|sur|qua))? "
    r"(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|E-Mail|Email|Zalo)"
)
_READ_MORE = (
    r"Read more|Read also|Read the original article|Related|Related articles|See also|"
    r"Lesen Sie auch|Lesen Sie mehr|Weiterlesen|Mehr lesen|Mehr zum Thema|Auch interessant|"
    r"Das könnte Sie auch interessieren|Zum Artikel|Verwandte Artikel|Siehe auch|"
    r"Đọc thêm|Xem thêm|Tin liên quan|Bài liên quan|Có thể bạn quan tâm|"
    r"Lire aussi|À lire aussi|A lire aussi|Lire la suite|Voir aussi|Sur le même sujet"
)

_TAG_LABELS = r"Tags|Schlagwörter|Schlagworte|Từ khóa|Từ khoá|Mots-clés|Mots clés|Keywords"

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A caption line as aggregators print it: text, then a bar ("… (Quelle: NYT) |").
    # Table rows from the extractor start with "|" and are kept.
    ("caption", re.compile(r"^(?!\|)[^|]+\|$")),
    # …or without the bar, closed by its photo credit: "Delegates at the ceremony. Photo:
    # Le Minh Khoa", "Die Fähre vor Bremerhaven. (Foto: Werft)". One sentence only, so a
    # paragraph with a credit glued to its end stays article text.
    (
        "caption",
        re.compile(rf"^{_CAPTION}\s*\(?\s*(?:{_PHOTO_LABELS})\s*:\s*(?P<name>{_SHORT})\)?$", re.I),
    ),
    ("ad", re.compile(rf"^\[\s*(?:{_AD_WORDS})(?:[ _-]*\d+)?\s*\]$", re.I)),
    ("ad", re.compile(r"^\[[\w\s-]{1,30}_\d+\]$")),  # any template slot: [Foo_2]
    ("ad", re.compile(rf"^(?:{_AD_WORDS})$", re.I)),
    (
        "comments",
        re.compile(
            rf"^(?:(?:{_COMMENT_WORDS})\s*[(\[]?\s*\d*\s*[)\]]?|\d+\s+(?:{_COMMENT_WORDS}))$",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:Kommentar schreiben|Kommentar verfassen|Leave a comment|Add a comment|"
            r"Post a comment|Write a comment|Laisser un commentaire|Viết bình luận|"
            r"Gửi bình luận)$",
            re.I,
        ),
    ),
    # "Quelle: <url>", "Source : Le Monde", "(Nguồn: VnExpress)", "Original: <url>".
    (
        "credit",
        re.compile(
            rf"^\(?\s*(?:{_CREDIT_LABELS})\s*:\s*(?:{_URL}|(?P<name>{_SHORT}))\s*\)?$", re.I
        ),
    ),
    # "Theo VnExpress", "Theo TTXVN/Reuters": the Vietnamese byline, short and unpunctuated.
    ("credit", re.compile(r"^\(?Theo\s+[^\s!?,:;]+(?:\s+[^\s!?,:;]+){0,4}\)?$")),
    ("credit", re.compile(r"^\(?(?:dpa|AFP|AP|Reuters|KNA|epd|TTXVN|afp|ap|rtr)\)?$")),
    ("credit", re.compile(r"^(?:Mit Material von|With reporting by)\s+[\w/ ,.&-]{1,60}$")),
    ("credit", re.compile(r"^\(?Avec (?:l'|l’)?(?:AFP|Reuters|AP|agences)\)?\.?$")),
    # Photo credits standing alone: "(Ảnh: TTXVN)", "Foto: dpa", "Photo : AFP", "© Reuters".
    (
        "photo credit",
        re.compile(rf"^\(?\s*(?:{_PHOTO_LABELS})\s*:\s*(?P<name>{_SHORT})\)?$", re.I),
    ),
    ("photo credit", re.compile(r"^\(?\s*(?:©|\(c\)|Copyright)\s*[^!?]{1,100}\)?$", re.I)),
    ("share", re.compile(rf"^(?:{_SHARE_LINES})\s*[:.]?$", re.I)),
    ("read more", re.compile(rf"^(?:{_READ_MORE})\s*(?:[:»›>…-]|\.\.\.)?$", re.I)),
    ("read more", re.compile(rf"^(?:{_READ_MORE})\s*:\s*.{{1,200}}$", re.I)),
    ("tags", re.compile(rf"^(?:{_TAG_LABELS})\s*:\s*.{{1,200}}$", re.I)),
)

_MAX_WORDS = 12  # longer lines are sentences, except these kinds, whose labels are certain
_ANY_LENGTH = frozenset({"caption", "read more", "tags"})


def classify(line: str) -> str | None:
    """Why `line` is boilerplate ("caption", "ad", "credit", …), or None for article text."""
    text = unicodedata.normalize("NFC", line.strip())  # "Ảnh" may arrive decomposed
    if not text:
        return None
    words = len(text.split())
    for kind, pattern in RULES:
        if kind not in _ANY_LENGTH and words > _MAX_WORDS:
            continue
        match = pattern.match(text)
        if match and _is_name(match.groupdict().get("name")):
            return kind
    return None


def _is_name(name: str | None) -> bool:
    """True for a credit's name part ("dpa", "The New York Times"), false for a sentence."""
    if name is None:
        return True
    words = name.rstrip(")").split()
    if len(words) > 8:
        return False
    # "Quelle: dpa." is a credit; "Quelle: Die Regierung hat gelogen, sagte er." is not.
    return not (name.rstrip(")").endswith((".", "!", "?")) and len(words) > 3)


def clean(paragraphs: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split paragraphs into (kept, boilerplate), both in their original order.

    Kept paragraphs lose trailing spaces; empty lines are dropped from both lists.
    """
    kept: list[str] = []
    boilerplate: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.rstrip()
        if not text.strip():
            continue
        (boilerplate if classify(text) else kept).append(text)
    return kept, boilerplate
