"""Recovering CED error categories from the surface of source and MT."""

from __future__ import annotations

from transcheck.evaluate.ced import categories, figures


def test_figures_ignore_locale_separators():
    assert figures("3,000 soldiers in 2002") == figures("3.000 Soldaten im Jahr 2002")
    assert figures("1.5 percent") == figures("1,5 Prozent")
    assert figures("nearly 200 countries") != figures("beinahe 90 Ländern")


def test_categories_find_numbers_names_and_length_outliers():
    base_src = "The council met in the capital on a quiet afternoon to discuss the budget."
    base_mt = "Der Rat traf sich an einem ruhigen Nachmittag in der Hauptstadt zum Haushalt."
    src = [base_src] * 20
    mt = [base_mt] * 20
    src += [
        "The loss of 3,000 soldiers shocked the nation and its leaders deeply.",
        "The talks in Beirut ended late on Sunday night without any agreement at all.",
        "The council met in the capital on a quiet afternoon to discuss the budget.",
    ]
    mt += [
        "Der Verlust von 2.000 Soldaten erschütterte die Nation und ihre Führer sehr.",
        "Die Gespräche in Kairo endeten spät am Sonntagabend ohne jede Einigung.",
        "Der Rat traf sich.",
    ]
    cats = categories(src, mt)
    assert cats[0] == {"other"}
    assert "number" in cats[20]
    assert "name" in cats[21]  # Beirut occurs once and is missing from the MT
    assert "shorter" in cats[22]
