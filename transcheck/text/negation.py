"""Negation cues per language, counted so that one negated clause counts once.

German: nicht, kein*, keinerlei, keineswegs, nie, niemals, nichts, niemand, weder, ohne.
English: not, n't, never, no, none, nobody, nothing, neither, nor, without, cannot.
French: a "ne/n'" with its partner (pas, jamais, plus, rien, personne, aucun…) counts
once, a partner without "ne" (spoken "c'est pas") counts too, "sans" and "non" count.
Vietnamese: không, chưa, chẳng, chả, đừng, chớ.

Not negations of the claim, and removed first: "not only / nicht nur / non seulement /
không chỉ / không những … mà còn", "nicht zuletzt", "whether or not", French "ne … que"
(only) and the expletive "ne" (avant qu'il ne parte), Vietnamese words built on "không"
(hàng không aviation, không khí air, không gian space, không quân air force …), "chẳng
hạn" (for example), "không ngừng" (ceaselessly), "không ít" (many), "… hay không"
(whether) and a sentence-final "không ?" (the yes/no question particle). Neither are
Vietnamese "không" + adjective pairs that other languages write with a prefix (không hài
lòng = unzufrieden = dissatisfied, không rõ = unclear): prefixes are not counted in any
language, so these must not be either.
"""

from __future__ import annotations

import re
from itertools import islice

_CUES = {
    "en": r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n ?['’]t\b",
    "de": r"\b(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner|keines|keinerlei|nichts"
    r"|ohne|weder|niemand|niemandem|niemanden|keineswegs|keinesfalls|nirgends|nirgendwo)\b",
    "vi": r"(?<!\w)(?:không|chưa|chẳng|chả|đừng|chớ)(?!\w)",
}
_NOT_NEGATION = {
    "en": r"\bnot only\b|\bwhether or not\b|\bno\.\s*\d|\bnot least\b|\bno doubt\b",
    "de": r"\bnicht nur\b|\bnicht zuletzt\b|\bnicht mehr als\b|\bnicht weniger als\b",
    "fr": r"\bnon seulement\b|\bnon loin\b|\bque jamais\b",
    "vi": r"(?<!\w)(?:không (?:chỉ|những|khí|gian|quân|phận|trung|ảnh|lưu|ngừng|ít|lâu sau"
    r"|kém|hài lòng|rõ|chính thức|ổn định|công bằng|chắc chắn|hợp pháp|cần thiết|bình thường"
    r"|an toàn|xác định|thể tránh khỏi|đáng kể)|hàng không|chưa kể|chẳng hạn|hay không"
    r"|hay chưa|không(?=\s*\?))"
    r"(?!\w)",
}
_FR_NE = re.compile(r"\bne\b|\bn['’]")
_FR_PARTNER = re.compile(
    r"\b(?:pas|jamais|plus|rien|personne|aucun|aucune|guère|point|nul|nulle|ni|nullement)\b"
)
_FR_ALONE = re.compile(r"\b(?:pas|jamais|aucun|aucune|sans|non)\b")
_FR_RESTRICTIVE = re.compile(r"\bqu['’]|\bque\b")
_FR_WINDOW = 6  # words between "ne" and its partner ("ne l'a encore jamais vu")


def count_negations(sentence: str, lang: str) -> int:
    """Number of negation cues in a sentence; French "ne … pas" counts once."""
    text = sentence.lower()
    pattern = _NOT_NEGATION.get(lang)
    if pattern:
        text = re.sub(pattern, " ", text)
    if lang == "fr":
        return _count_french(text)
    cues = _CUES.get(lang)
    return len(re.findall(cues, text)) if cues else 0


def _count_french(text: str) -> int:
    count = 0
    used: set[int] = set()
    for ne in _FR_NE.finditer(text):
        window = text[ne.end() : ne.end() + 30 * _FR_WINDOW]
        for w in islice(re.finditer(r"[\w'’]+", window), _FR_WINDOW):
            start = ne.end() + w.start()
            if _FR_PARTNER.fullmatch(w.group(0)):
                count += 1
                used.add(start)
                break
            if _FR_RESTRICTIVE.match(w.group(0)):  # "ne … que" = only
                break
    for m in _FR_ALONE.finditer(text):
        if m.start() not in used:
            count += 1
    return count
