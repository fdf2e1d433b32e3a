from __future__ import annotations

import unicodedata

from transcheck.translate.base import Hop, normalize_text, plan_route


def test_normalize_text_joins_unicode_forms_and_spacing() -> None:
    decomposed = unicodedata.normalize("NFD", "Bộ trưởng  đã\n hoãn ")
    assert decomposed != "Bộ trưởng đã hoãn"
    assert normalize_text(decomposed) == "Bộ trưởng đã hoãn"


def test_direct_pair_is_preferred_over_pivot() -> None:
    pairs = {("vi", "de"), ("vi", "en"), ("en", "de")}
    assert plan_route("vi", "de", pairs) == [Hop("vi", "de")]


def test_pivot_through_english_when_no_direct_pair() -> None:
    route = plan_route("vi", "de", [("vi", "en"), ("en", "de"), ("de", "en")])
    assert route == [Hop("vi", "en"), Hop("en", "de")]
    assert [str(h) for h in route] == ["vi→en", "en→de"]


def test_no_route_when_a_hop_is_missing() -> None:
    assert plan_route("vi", "de", [("vi", "en")]) is None
    assert plan_route("de", "vi", [("vi", "en"), ("en", "de")]) is None


def test_english_endpoints_never_pivot_through_themselves() -> None:
    assert plan_route("en", "de", [("en", "en"), ("en", "de")]) == [Hop("en", "de")]
    assert plan_route("en", "de", [("de", "en")]) is None


def test_same_language_needs_no_hop() -> None:
    assert plan_route("de", "de", []) == []
