"""Machine translation both ways: --mt-memory, a SQLite cache, and Argos packages run directly.

`translate_both_ways` is what the pipeline calls; `transcheck models` (cli_models.py) manages
the packages. See docs/translation.md.
"""

from transcheck.translate.argos import ArgosTranslator, DecodeSettings
from transcheck.translate.base import Hop, Translator, normalize_text, plan_route
from transcheck.translate.both_ways import translate_both_ways
from transcheck.translate.cache import TranslationCache
from transcheck.translate.memory import TranslationMemory, load_memory

__all__ = [
    "ArgosTranslator",
    "DecodeSettings",
    "Hop",
    "TranslationCache",
    "TranslationMemory",
    "Translator",
    "load_memory",
    "normalize_text",
    "plan_route",
    "translate_both_ways",
]
