"""Property tests: the text stage survives any Unicode and never drops a character.

Arbitrary code points are mixed with what a web page can carry: right-to-left scripts and
bidi controls, combining marks, emoji sequences, control characters, other digit systems,
separator-laden numbers, and very long lines.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcheck.model import Anchors
from transcheck.text.anchors import count_negations, extract
from transcheck.text.names import checkable, mentioned, phrases
from transcheck.text.negation import affirmative, negation_cues
from transcheck.text.segment import split, split_paragraph

LANGS = ("de", "en", "fr", "vi", "nl")

SPECIMENS = (
    "مرحبا بالعالم. هذا اختبار! ٣٫٥ ١٢٣",  # Arabic, RTL, Arabic-Indic digits
    "שלום עולם? כן.",  # Hebrew
    "\u202eevil\u202c text \u2066isolated\u2069.",  # bidi controls
    "e\u0301\u0301 Zalgo t\u0336e\u0338x\u0335t. Mười\u0301 hai.",  # combining marks
    "👨\u200d👩\u200d👧 Familie 🇩🇪🇻🇳 👍🏽. 12 €👍",  # emoji sequences
    "Tab\there, bell\x07, \x1b[31mANSI\x1b[0m, C1 \x85 line\u2028break \x00 nul.",
    "Số liệu: 10.000 người, 3,5 % — ngày 16/11/2024. TP.HCM. PGS.TS.",
    "Er sagte: »Nein.« Dann ging er. „Ja.“ Am 16.11. um 15 Uhr.",
    "« Non. » Puis M. Dupont a payé 1,8 million d’euros le 1er mai.",
    "1.2.3.4.5,6,7 10 000 000 000 000 000 000 US$ 335,6 tỷ 99999999999999999999999 tỷ",
    "\ufeffBOM. \u2063Invisible separator. \u00ad soft hyphen. ١٢/١١/٢٠٢٤",
    "１２３ full-width ¹²³ ½ Ⅻ 一二三。次の文。",
    "ne ne ne pas n' n’ không không chưa nicht kein n't",
    "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z Nga Mỹ Trung Quốc Triều Tiên.",
    ".",
    "",
)

texts = st.one_of(
    st.text(max_size=80),
    st.sampled_from(SPECIMENS),
    st.lists(st.sampled_from(SPECIMENS), min_size=1, max_size=5).map(" ".join),
    st.tuples(st.text(min_size=1, max_size=12), st.integers(50, 300)).map(lambda p: p[0] * p[1]),
    st.tuples(st.sampled_from(SPECIMENS), st.integers(20, 60)).map(lambda p: p[0] * p[1]),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _non_space(text: str) -> str:
    return "".join(text.split())


@SETTINGS
@given(paragraph=texts, lang=st.sampled_from(LANGS))
def test_split_paragraph_never_crashes_and_returns_clean_sentences(paragraph, lang):
    sentences = split_paragraph(paragraph, lang)
    assert all(isinstance(s, str) and s and s == s.strip() for s in sentences)


@SETTINGS
@given(paragraphs=st.lists(texts, max_size=4), lang=st.sampled_from(LANGS))
def test_split_loses_no_character_and_keeps_order(paragraphs, lang):
    pairs = split(paragraphs, lang)
    assert [p for p, _ in pairs] == sorted(p for p, _ in pairs)
    for index, paragraph in enumerate(paragraphs):
        kept = "".join(_non_space(s) for p, s in pairs if p == index)
        assert kept == _non_space(paragraph)


@SETTINGS
@given(sentence=texts, lang=st.sampled_from(LANGS))
def test_extract_never_crashes_and_normalises(sentence, lang):
    anchors = extract(sentence, lang)
    assert isinstance(anchors, Anchors)
    assert anchors.negations == count_negations(sentence, lang) >= 0
    for value in anchors.numbers:
        assert value and value == value.strip() and value.isascii()
    for value in anchors.dates:
        # an ISO date or year, a "--MM-DD" without its year, or a quarter ("Q1", "Q1 2026")
        assert value.isascii() and (value[:1].isdigit() or value.startswith(("--", "Q")))


@SETTINGS
@given(sentence=texts, other=texts, lang=st.sampled_from(LANGS))
def test_names_never_crash(sentence, other, lang):
    for phrase in phrases(sentence, lang):
        assert phrase.strip()
        checkable(phrase, lang)
        assert mentioned(phrase, sentence) in (True, False)
        mentioned(phrase, other)


@SETTINGS
@given(sentence=texts, lang=st.sampled_from(LANGS))
def test_taking_negation_out_never_crashes_and_leaves_no_counted_cue_word(sentence, lang):
    plain = affirmative(sentence, lang)
    assert isinstance(plain, str)
    for cue in negation_cues(sentence, lang):
        assert cue and cue in sentence
    if plain != sentence:  # a cue was taken out: the rewrite is tidy and no longer negated
        assert plain == plain.strip()
        assert count_negations(plain, lang) <= count_negations(sentence, lang)
