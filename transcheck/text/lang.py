"""Document-level language detection and language-code validation.

langdetect is random unless seeded and unreliable on short lines, so we detect once per
document on its whole text and let flags override.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from transcheck.errors import UsageError

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

# Languages whose segmentation, anchors and negation cues we have rules for.
SUPPORTED = ("de", "en", "fr", "vi")
NAMES = {"de": "German", "en": "English", "fr": "French", "vi": "Vietnamese"}

# Other codes langdetect knows: accepted (generic rules apply) but not specially handled.
_LANGDETECT_CODES = set(
    """af ar bg bn ca cs cy da de el en es et fa fi fr gu he hi hr hu id it ja kn ko lt lv mk
    ml mr ne nl no pa pl pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh""".split()
)


# What users type instead of the two-letter code: names and ISO 639-2/3 codes.
_ALIASES = {
    "german": "de", "deutsch": "de", "deu": "de", "ger": "de", "english": "en", "eng": "en",
    "french": "fr", "français": "fr", "francais": "fr", "fra": "fr", "fre": "fr",
    "vietnamese": "vi", "tiếng việt": "vi", "tieng viet": "vi", "vie": "vi",
}  # fmt: skip
# Minimum letters for detection: langdetect guesses wildly on a headline or a credit line.
MIN_LETTERS = 20


def validate_code(code: str, flag: str) -> str:
    """Return a normalised language code (de, en-GB → en) or raise a UsageError with the fix."""
    raw = code.strip().lower()
    norm = raw.replace("_", "-").split("-")[0]
    if norm in _LANGDETECT_CODES:
        return norm
    hint = _ALIASES.get(raw)
    fix = f"did you mean {flag} {hint}? " if hint else ""
    raise UsageError(
        f"unknown language code {code!r} for {flag}: {fix}use a two-letter ISO 639-1 code "
        f"such as {', '.join(SUPPORTED)}"
    )


def detect(text: str) -> str | None:
    """Detect the language of a whole document; None when there is too little text."""
    from langdetect.lang_detect_exception import LangDetectException

    sample = text[:20000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    try:
        detector = _factory().create()
        detector.append(sample)
        langs = detector.get_probabilities()
    except LangDetectException:
        return None
    if not langs:
        return None
    code = langs[0].lang.split("-")[0]
    return code if code in _LANGDETECT_CODES else None


def resolve(text: str, override: str | None, flag: str) -> str:
    """The language of a document: the flag when given, else detection, else a UsageError."""
    if override:
        return validate_code(override, flag)
    code = detect(text)
    if code is None:
        raise UsageError(f"could not detect the language of the text: pass {flag} (e.g. {flag} vi)")
    return code


class _NgramTable(dict):
    """langdetect's table of n-gram → probability per language, filled as texts ask.

    langdetect fills it for all 87 598 n-grams of its 55 profiles on first use: 0.4 s of
    Python loops in every process, most of a warm check's own time. A document needs a few
    thousand. Each row is what `DetectorFactory.add_profile` would have stored (the n-gram's
    count over the profile's count of n-grams of its length, 0 where a profile lacks it), so
    the probabilities come out the same (tests/text/test_lang.py).
    """

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]]) -> None:
        super().__init__()
        self._profiles = profiles
        self._known: dict[object, bool] = {}  # n-gram → in any profile (asked per occurrence)

    def __contains__(self, word: object) -> bool:
        if dict.__contains__(self, word):
            return True
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = any(word in f for f, _ in self._profiles)
        return known

    def __missing__(self, word: str) -> list[float]:
        if word not in self:
            raise KeyError(word)
        n = len(word)
        row = [
            f[word] / counts[n - 1] if word in f and 1 <= n <= 3 else 0.0
            for f, counts in self._profiles
        ]
        self[word] = row
        return row


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """A seeded langdetect factory over all its profiles, with the n-gram table filled lazily."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    names, profiles = [], []
    for path in sorted(Path(PROFILES_DIRECTORY).iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        names.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    factory = DetectorFactory()
    factory.seed = 0
    factory.langlist = names
    factory.word_lang_prob_map = _NgramTable(profiles)
    return factory
