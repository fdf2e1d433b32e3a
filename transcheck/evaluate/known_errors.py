"""Real errors in the published translations the detection benchmark treats as untouched.

`eval detect` counts every finding on a sentence nobody edited as a false alarm. The
published texts are not all faithful: the IWSLT subtitles turn "one billion dollars" into
"1 triệu đô la" (a million), and the French of the Alpine yearbook gives other heights and
years than its German. A finding there is right, and counting it as false would reward a
checker for missing real errors.

So we read every finding `check` reported at its default threshold on the untouched
documents of seeds 7, 13, 29 and 41 (IWSLT without MT; de–fr without MT and with the
Google MT files) and listed below the lines where the published translation really says
something else; everything else stayed a false alarm (paraphrases, idioms, unit
conversions, alignment mistakes, a page number that may be the French edition's). A
finding of the listed kind on a listed source line is counted apart, as a reference error
found: neither a hit nor a false alarm. `eval detect` prints the raw figures, which count
them as false, beside the adjudicated ones. A line not listed here is never excused, so
a future seed or a changed detector can only be judged more strictly. Line 918 of the
subtitles was added in the twelfth session, when the clause reading with lengths found its
English translation missing a clause on the untouched documents of every held-out seed,
read backwards: the Vietnamese says whose video it is, the English line does not. Line
388 of the yearbook was added in the twentieth session, when section numbers began to be
compared: the French numbers its sections 19, 20, 18, 22 where the German has 21. Line
204 was added in the twenty-first session, when every country of ISO 3166 became an
entity (text/gazetteer.py) and the Google MT's "agent de liaison du Pakistan" showed the
French dropping the officer's nationality on the untouched documents of every dev seed.
Line 187 was added in the fortieth session, when a scope widened ("die meisten" against
"alle") began to be read: read backwards with the Google MT files, the French says the
photo struck all who saw it ("Pour tous ceux qui"), the German most of them ("Für die
meisten"), on the untouched documents of every held-out seed.

Lines are 1-based in the source-language file (tst2012.en.txt, eval1957.de). The
descriptions are ours; no corpus text is copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# corpus (as `eval detect` names it) → source line → (finding kinds that are right, why)
NUMBER = frozenset({"number"})
DATE = frozenset({"number", "partial"})  # a date mismatch is attributed to "partial"
ADDED_FACT = frozenset({"number", "name"})
CLAUSE = frozenset({"omission", "partial"})
ADDED_CLAUSE = frozenset({"addition", "partial"})  # read backwards: a clause left out
SCOPE = frozenset({"negation"})  # a scope widened or narrowed reads as a claim turned round

KNOWN: dict[str, dict[int, tuple[frozenset[str], str]]] = {
    "iwslt-envi": {
        394: (NUMBER, "a billion dollars, twice, subtitled as a million"),
        531: (NUMBER, "trees a thousand years old subtitled as some hundreds of years old"),
        604: (NUMBER, "an increase of four percent subtitled as forty percent"),
        918: (ADDED_CLAUSE, "the subtitle adds whose video the talk shows before the question"),
        1198: (CLAUSE, "people clearing snow from the pavement subtitled as people walking by"),
    },
    "defr": {
        12: (NUMBER, "the correction of 18.29 m is 19.29 m in the French"),
        31: (NUMBER, "the French leaves out the height of Makalu"),
        92: (ADDED_FACT, "the French names a Sherpa and his register number; the German does not"),
        96: (NUMBER, "summits up to 6100 m in the German, 6200 m in the French"),
        139: (DATE, "the French cites another journal and issue (October 1955, not May 1956)"),
        173: (NUMBER, "summits up to 6300 m in the German, 6200 m in the French"),
        187: (SCOPE, "the photo struck most who saw it in the German, all of them in the French"),
        200: (ADDED_FACT, "the French adds a journal reference the German does not give"),
        204: (ADDED_FACT, "the French leaves out that the liaison officer is Pakistani"),
        217: (NUMBER, "a height of 6719 m in the German, 6179 m in the French"),
        360: (NUMBER, "the peak was renamed in 1938 in the German, 1937 in the French"),
        388: (NUMBER, "section 21 of the German is numbered 18 in the French, after its 20"),
    },
}


def known_for(corpus: str) -> dict[int, tuple[frozenset[str], str]]:
    """The listed errors of one corpus ({} for any other: nothing is excused)."""
    return KNOWN.get(corpus, {})


_OTHER_SIDE = {"omission": "addition", "addition": "omission"}


def read_backwards(known: dict[int, Any], docs: Sequence[Any]) -> dict[int, Any]:
    """The listed errors of a corpus read the other way (data.reversed_doc): keyed by the
    lines of the new source (the published translation) whose gold beads hold a listed
    line, a clause the translation left out now one it adds. `docs` are the reversed
    documents; their `tgt_lines` are the lines the list names."""
    out: dict[int, Any] = {}
    for doc in docs:
        if not doc.src_lines or not doc.tgt_lines:
            continue
        for src, tgt in doc.beads:
            listed = [known[doc.tgt_lines[j]] for j in tgt if doc.tgt_lines[j] in known]
            for kinds, why in listed:
                swapped = frozenset(_OTHER_SIDE.get(k, k) for k in kinds)
                out.update({doc.src_lines[i]: (swapped, why) for i in src})
    return out


def is_known_error(
    kind: str, src: Sequence[int], lines: Sequence[int] | None, known: dict[int, Any]
) -> bool:
    """Whether a finding of (attributed) `kind` on source sentences `src` reports a listed
    error: one of its source lines is listed for that kind."""
    if not known or not lines or not src:
        return False
    return any(kind in known.get(lines[i], ((), ""))[0] for i in src if i < len(lines))
