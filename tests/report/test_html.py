"""The HTML report: parsed with html5lib, checked for structure, links and escaping."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import html5lib
import pytest
from report_samples import HOSTILE_SRC, HOSTILE_TGT

from transcheck.report import render

NS = "{http://www.w3.org/1999/xhtml}"


def parse(text: str) -> ET.Element:
    return html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=True)


def elements(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(f"{NS}{tag}"))


def text_of(el: ET.Element) -> str:
    return "".join(el.itertext())


def test_one_row_per_bead_plus_boilerplate(realistic):
    root = parse(render(realistic, "html"))
    table = next(t for t in elements(root, "table") if "diff" in t.get("class", ""))
    rows = [r for r in elements(table, "tr") if r.get("id")]
    ids = [r.get("id") for r in rows]
    assert ids == [f"b{i}" for i in range(8)] + ["bp0", "bp1", "bp2"]
    classes = {r.get("id"): r.get("class") for r in rows}
    assert classes["b1"] == "shift" and classes["b4"] == "omission"
    assert classes["b5"] == "addition" and classes["bp0"] == "boilerplate"
    assert "3.000" in text_of(rows[1]) and "30.000" in text_of(rows[1])


def test_findings_link_to_rows_and_back(realistic):
    root = parse(render(realistic, "html"))
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    items = [li for li in elements(root, "li") if (li.get("id") or "").startswith("f")]
    assert len(items) == 3
    hrefs = [a.get("href") for a in elements(root, "a") if (a.get("href") or "").startswith("#")]
    assert hrefs, "no internal links"
    for href in hrefs:
        assert href[1:] in ids, f"dangling link {href}"
    targets = {a.get("href") for li in items for a in elements(li, "a")}
    assert targets == {"#b1", "#b4", "#b5"}


def test_highlights_mark_the_changed_number(realistic):
    root = parse(render(realistic, "html"))
    strong = [text_of(m) for m in elements(root, "mark") if m.get("class") == "strong"]
    assert "30.000" in strong and "3.000" in strong


def test_self_contained(realistic):
    page = render(realistic, "html")
    root = parse(page)
    assert not elements(root, "script")
    assert not elements(root, "link") and not elements(root, "img")
    for el in root.iter():
        for attr in ("src", "srcset", "data"):
            assert el.get(attr) is None
    assert "@import" not in page and "url(" not in page
    assert "prefers-color-scheme: dark" in page and "@media print" in page


def test_hostile_text_renders_as_text(hostile):
    page = render(hostile, "html")
    root = parse(page)
    assert not elements(root, "script"), "article text became a <script> element"
    assert not elements(root, "img")
    assert not [b for b in elements(root, "b") if "Added" in text_of(b)]
    for el in root.iter():
        for attr in el.attrib:
            assert not attr.lower().startswith("on"), f"{attr} attribute from article text"
    body = text_of(root)
    for sentence in (*HOSTILE_SRC, *HOSTILE_TGT):
        for chunk in re.split(r"\s+", sentence):
            assert chunk in body
    # the diff table still has exactly its own rows despite </td></tr></table> in text
    table = next(t for t in elements(root, "table") if "diff" in t.get("class", ""))
    assert [r.get("id") for r in elements(table, "tr") if r.get("id")] == [
        "b0",
        "b1",
        "b2",
        "b3",
        "b4",
        "bp0",
        "bp1",
    ]


def test_only_http_links(hostile):
    root = parse(render(hostile, "html"))
    for a in elements(root, "a"):
        href = a.get("href")
        assert href.startswith(("#", "http://", "https://")), href
    assert "javascript:alert('url')" in text_of(root)  # shown, not linked


def test_rtl_and_language_attributes(hostile):
    root = parse(render(hostile, "html"))
    cells = [td for td in elements(root, "td") if td.get("dir") == "auto"]
    assert cells and all(td.get("lang") for td in cells)


@pytest.mark.parametrize("only", [True, False])
def test_only_findings_skips_quiet_rows(realistic, only):
    root = parse(render(realistic, "html", only_findings=only))
    ids = [r.get("id") for r in elements(root, "tr") if r.get("id")]
    assert ("b7" in ids) is not only
