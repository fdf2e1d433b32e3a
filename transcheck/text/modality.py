"""A plan or a doubt stated as done: the claim's modality, compared across languages.

"Phần đường dẫn … dự kiến sẽ được trải nhựa" (is expected to be asphalted) → "The approach
road … has been fully asphalted"; "Das Feuer wurde vermutlich durch eine Zigarette
ausgelöst" (probably) → "Le feu a été déclenché par une cigarette". No negation cue and no
figure or name changes, yet the translation tells as fact what the original tells as a plan
or a doubt. Fact-checkers call this a dropped hedge.

One side must say a marker of a plan (expected, planned, geplant, voraussichtlich, prévu, dự
kiến) or of a doubt (allegedly, reportedly, vermutlich, angeblich, présumé, được cho là);
the other side must say none of a far wider set (any future, conditional or modal verb, any
word of planning, hoping, claiming, reporting or believing, a condition, a question) and,
against a plan, must tell the event as past (has been, wurde, a été, đã). Words that are
hedges in only some of their senses ("could" = was able to, "có thể" = can, "sollte",
"würde") and words of seeming (apparently, offenbar, apparemment, dường như: "evidently" as
often as "it seems") are in the wide set only: they keep a side from counting as plain,
never make a side hedged.
"""

from __future__ import annotations

import re

# the markers that make a side tell a plan, not a fact: not a plan as a noun or an
# attribute ("the planned closure", "kế hoạch lợi nhuận" = the profit target, "wie geplant"
# = as planned), nor German "soll", which says a purpose or a price as often as a plan
# ("die 399 Dollar kosten soll" = "priced at $399"), but for a passive or a completion
# ("sollen als Nächstes fertiggestellt werden", "soll bis 2028 fertig sein")
_PLAN = {
    "en": r"\b(?:(?:is|are|was|were|be|been|being|['’]s|['’]re)\s+expected\s+to"
    r"|(?:is|are|was|were|be|been|being)\s+planned|planned\s+(?:to|for)"
    r"|plans?\s+to|scheduled\s+to|due\s+to\s+(?:be|open|start|begin|close|finish|end|reopen"
    r"|take|get|receive|arrive|return|launch)|set\s+to|intends?\s+to|is\s+to\s+be"
    r"|are\s+to\s+be|earmarked)\b",
    "de": r"\b(?:(?<!wie\s)geplant(?!e)|plan(?:t|en)|voraussichtlich|vorgesehen(?!e)"
    r"|beabsichtig\w*|vorhaben|soll(?:en)?(?:\s+[^\s,;:.]+){0,8}?\s+(?:\w+\s+werden"
    r"|(?:fertig|abgeschlossen|beendet)\s+sein|in\s+betrieb\s+gehen))\b",
    "fr": r"\b(?:(?:est|sont|était|étaient|a|ont|c['’]est)\s+prévue?s?"
    r"|prévue?s?\s+(?:pour|de|d['’]|en|à|dans)|prévoi(?:t|ent)|devr(?:ait|aient)|envisag\w+"
    r"|projette\w*|censée?s?)\b",
    "vi": r"(?<!\w)(?:dự kiến|dự định|theo kế hoạch|có kế hoạch|lên kế hoạch|định sẽ"
    r"|sắp sửa)(?!\w)",
}
# the markers that make a side tell a doubt or a report, not a fact
_DOUBT = {
    "en": r"\b(?:allegedly|alleged|reportedly|supposedly|suspected|possibly"
    r"|probably|perhaps|presumably|(?<!more\s)(?<!less\s)likely\s+to|believed\s+to"
    r"|thought\s+to|said\s+to"
    r"|may\s+have|might\s+have)\b",
    "de": r"\b(?:angeblich|mutmaßlich\w*|vermutlich\w*|möglicherweise|vielleicht"
    r"|wahrscheinlich|soll(?:en)?(?:\s+[^\s,;:.]+){0,8}?\s+haben|haben\s+soll(?:en)?|dürften?)\b",
    "fr": r"\b(?:présumée?s?|probablement|peut-être|sans\s+doute|vraisemblablement"
    r"|aurai(?:t|ent)\s+(?:été|\w+[éiu]e?s?)|serai(?:t|ent)\s+(?:(?:\w+\s+){0,2}?à\s+l['’]origine"
    r"|(?:\w+\s+){0,2}?en\s+cause|\w+[éiu]e?s?))\b",
    "vi": r"(?<!\w)(?:được cho là|bị cho là|bị cáo buộc|bị nghi|nghi là|nghi phạm|có lẽ)(?!\w)",
}
# a side saying any of these is not plain: futures, conditionals, modal verbs, words of
# planning, scheduling, announcing, hoping, claiming, reporting, believing, suspecting,
# investigating and risking, conditions and questions, and words of a time to come (as
# adverbs: "Um künftige Schäden zu begrenzen, hat die Genossenschaft … gemietet" tells a
# fact)
_FR_FUTURE = r"\b\w{2,}(?:ra|rai|ras|rons|rez|ront|rait|raient)\b"
_HEDGED = {
    "en": r"\b(?:will|would|shall|should|can|could|must|may|might|able|going\s+to|to\s+be"
    r"|plan\w*|expect\w*|schedul\w*|due|set\s+to|hop(?:e|es|ed|ing)|aim\w*|intend\w*"
    r"|propos\w*|forecast\w*|predict\w*|estimat\w*|likely|unlikely|seem\w*|appear\w*"
    r"|apparently|according|report\w*|claim\w*|believ\w*|suspect\w*|alleg\w*|think|thought"
    r"|suggest\w*|possibl\w*|probabl\w*|perhaps|maybe|presum\w*|supposed\w*|announc\w*"
    r"|insist\w*|maintain\w*|risk\w*"
    r"|investigat\w*|pencil\w*|if|whether|unless|until|soon|next|upcoming|later"
    r"|in\s+(?:the\s+)?future|yet)\b|\?",
    "de": r"\b(?:wird|werden|wirst|würde\w*|soll\w*|kann|können|konnte\w*|könnte\w*|muss"
    r"|müssen|musste\w*|müsste\w*|darf|dürf\w*|möchte\w*|will|wollen|wollte\w*|plan\w*"
    r"|geplant\w*|voraussichtlich\w*|vorgesehen\w*|erwart\w*|hoff\w*|vermut\w*|angeblich\w*"
    r"|mutmaßlich\w*|möglich\w*|vielleicht|wahrscheinlich\w*|offenbar\w*|anscheinend"
    r"|scheint|schien\w*|rechne\w*|gerechnet|laut|zufolge|berichte\w*|glaub\w*|\w*kündig\w*"
    r"|angesetzt|anberaumt|terminiert|ermittl\w*|behaupt\w*|beteuer\w*|droh\w*|verdacht\w*"
    r"|verdächt\w*|ob|wenn|falls|bis|bald|künftig|kommende\w*|nächste\w*|später|noch)\b|\?",
    "fr": r"\b(?:va|vont|allait|allaient|pourr\w*|peu(?:t|vent)|pouvait|pouvaient|doi(?:t|vent)"
    r"|devai(?:t|ent)|devr\w*|faudr\w*|prévu\w*|prévoi\w*|prévis\w*|envisag\w*|projet\w*"
    r"|espér\w*|esp[eè]r\w*|attend\w*|compt\w*|présum\w*|suppos\w*|prétend\w*|probabl\w*"
    r"|peut-être|doute|vraisemblabl\w*|apparemment|sembl\w*|selon|d['’]après|rapport\w*"
    r"|croi\w*|cens\w*|annonc\w*|enquête\w*|affirm\w*|assur\w*|risqu\w*|soupçon\w*"
    r"|suspect\w*|mise?s?\s+en\s+cause|si|s['’]il|s['’]ils|jusqu\w*"
    r"|bientôt|prochain\w*|futur\w*|encore)\b"
    rf"|{_FR_FUTURE}|\?",
    "vi": r"(?<!\w)(?:sẽ|sắp|định|dự kiến|dự định|kế hoạch|có thể|có lẽ|khả năng|mong|hy vọng"
    r"|hi vọng|kỳ vọng|dự báo|ước tính|theo|cho biết|cho rằng|cho là|được cho|bị cho"
    r"|cáo buộc|nghi|dường như|hình như|thông báo|công bố|điều tra|khẳng định|khai|nếu"
    r"|liệu|hay không|không thể|nguy cơ|đến khi|cho đến|tới đây|sắp tới|tương lai|chưa|phải"
    r"|cần|nên|muốn|chuẩn bị)(?!\w)|\?",
}
# the event told as done on the plain side: not "ist"/"est" alone, which say a state
# ("ist auf fünf Jahre ausgelegt", "est maintenue")
_PAST = {
    "en": r"\b(?:has|have|had|was|were|did)\b|\b\w{3,}ed\b",
    "de": r"\b(?:wurde\w*|worden|war|waren|hatte\w*|(?:hat|haben)\b.*\bge\w+(?:t|en))\b",
    "fr": r"\b(?:a|ont|avait|avaient|était|étaient|fut|furent)\b|\b\w+(?:èrent|irent)\b",
    "vi": r"(?<!\w)(?:đã|vừa|rồi|xong|hoàn thành|hoàn tất)(?!\w)",
}
_KINDS = (("plan", _PLAN), ("doubt", _DOUBT))


# a marker a cue negates tells a fact: "chưa có kế hoạch niêm yết" (has no plan to list),
# "no plans to", "nicht geplant"
_NEGATED_BEFORE = {
    "en": re.compile(r"\b(?:no|not|never|none)\s+(?:\w+\s+)?$"),
    "de": re.compile(r"\b(?:kein\w*|nicht|nie)\s+(?:\w+\s+)?$"),
    "fr": re.compile(r"\b(?:pas|jamais|aucun\w*|n['’]\w+)\s+(?:\w+\s+)?$"),
    "vi": re.compile(r"(?<!\w)(?:không|chưa|chẳng)\s+(?:\w+\s+)?$"),
}


def _first_small(pattern: str, text: str, lang: str) -> re.Match[str] | None:
    """The first match written small or opening the text ("May" the month, "Plan" a name
    are no markers) that no cue just before it negates."""
    lower = text.lower()
    for m in re.finditer(pattern, lower):
        if m.start() and text[m.start()].isupper():
            continue
        if not _NEGATED_BEFORE[lang].search(lower[max(0, m.start() - 30) : m.start()]):
            return m
    return None


def _plain(text: str, lang: str, past: bool) -> bool:
    """Whether a side says no word of any hedge and, where `past`, tells its event as
    done. A plan needs the past: "Die Brücke öffnet im Mai" (opens) may say a plan in the
    present. A doubt does not: "allegedly tried" is told as fact by "versuchte" as by
    "tries", and German and French pasts of one word are not read."""
    if hedged(text, lang):
        return False
    return not past or re.search(_PAST[lang], text.lower()) is not None


def hedged(text: str, lang: str) -> bool:
    """Whether a text says any word of the wide set: a plan, a doubt, a future, a modal
    verb, a report, a condition. For a language without tables, True (nothing to say)."""
    return lang not in _HEDGED or re.search(_HEDGED[lang], text.lower()) is not None


def stated_as_fact(a: str, lang_a: str, b: str, lang_b: str) -> tuple[str, str, str] | None:
    """(kind, side, marker) where one side tells a plan or a doubt that the other tells as
    done: kind is "plan" or "doubt", side "a" or "b" is the side with the marker, and the
    marker is its words as written. None otherwise, or for a language without tables."""
    if not all(lang in _HEDGED for lang in (lang_a, lang_b)):
        return None
    sides = (("a", a, lang_a, b, lang_b), ("b", b, lang_b, a, lang_a))
    for side, text, lang, other, other_lang in sides:
        for kind, table in _KINDS:
            m = _first_small(table[lang], text, lang)
            if m is not None and _plain(other, other_lang, past=kind == "plan"):
                return kind, side, text[m.start() : m.end()].strip()
    return None
