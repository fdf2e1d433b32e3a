"""The article's lead survives extraction even when the page marks it as a teaser."""

from __future__ import annotations

from transcheck.acquire.extract import extract_html, keep_lead_teasers

LEAD = (
    "Die Fährverbindung zwischen Meersdorf und dem Schweizer Ufer bekommt ein neues Schiff, "
    "teilte die Betreibergesellschaft am Mittwoch mit."
)
BODY = (
    "Die 52 Meter lange Fähre bietet Platz für 38 Autos und 300 Fahrgäste. Sie wurde in einer "
    "Werft in Bremerhaven gebaut und kostete 18,5 Millionen Euro. Das Land hat davon sieben "
    "Millionen Euro übernommen, der Rest kommt aus Eigenmitteln der Gesellschaft."
)
MORE = (
    "Die Überfahrt dauert wie bisher rund 25 Minuten. Die Fahrpreise bleiben vorerst "
    "unverändert, eine einfache Fahrt kostet weiterhin 14,50 Euro für ein Auto mit Fahrer."
)
OTHER = "Uferweg in Hagnau nach Sturmschäden wieder offen: die Gemeinde zieht Bilanz"


def page(lead: str) -> str:
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fähre</title></head>'
        "<body><main><article><h1>Elektrofähre ersetzt die alte Seeschwalbe</h1>"
        f"{lead}<p>{BODY}</p><p>{MORE}</p>"
        f'<p class="teaser"><a href="/region/204388.html">{OTHER}</a></p>'
        "</article></main></body></html>"
    )


def test_a_lead_marked_as_teaser_is_kept() -> None:
    for lead in (
        f'<p class="teaser">{LEAD}</p>',
        f'<p id="Teaser" class="intro">{LEAD}</p>',
        f'<div class="teaser-text">{LEAD}</div>',
    ):
        paragraphs = extract_html(page(lead)).paragraphs
        assert LEAD in paragraphs
        assert paragraphs.index(LEAD) < paragraphs.index(BODY)


def test_an_xhtml_page_with_its_encoding_declared_keeps_its_lead_too() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + page(f'<p class="teaser">{LEAD}</p>')
    assert LEAD in extract_html(html).paragraphs


def test_a_teaser_that_links_elsewhere_is_still_dropped() -> None:
    paragraphs = extract_html(page(f'<p class="teaser">{LEAD}</p>')).paragraphs
    assert not any(OTHER in p for p in paragraphs)


def test_a_page_without_a_lead_teaser_passes_unchanged() -> None:
    html = page(f'<p class="lead">{LEAD}</p>')
    assert keep_lead_teasers(html) is html
    short = page('<p class="teaser">Kurz notiert</p>')  # no sentence: not a lead
    assert keep_lead_teasers(short) is short


def test_summaries_of_other_articles_keep_their_teaser_mark() -> None:
    """A card links to another article (sueddeutsche.de, heise.de in the extraction
    evaluation): its summary sits in the link, or in an <article> that is the card."""
    summary = "Die Bahn will ab 2021 die ersten Fernverbindungen im Halbstundentakt anbieten."
    in_link = f'<a href="/bahn.html"><p class="sz-teaser__summary">{summary}</p></a>'
    card = f'<article class="a-article-teaser"><p class="teaser">{summary}</p></article>'
    for other in (in_link, card):
        html = page(f"<p>{LEAD}</p>").replace("</article></main>", f"{other}</article></main>")
        assert keep_lead_teasers(html) is html
    last = page(f'<p class="lead">{LEAD}</p>').replace(
        "</article>", f'<p class="teaser">{summary}</p></article>'
    )
    assert keep_lead_teasers(last) is last  # no article text follows it: not a lead
