"""From the evidence of a finding to a calibrated confidence.

Each finding carries named features (findings.py): which checks fired, with or without MT,
how well the pair scored. A logistic model per kind turns them into the probability that
the finding is real, so that findings reported with confidence 0.8 are right about 80% of
the time, and `check` reports a finding only when it is more likely right than wrong.

The weights below were fitted by `bench/calibrate.py` (logistic regression with a small
L2 penalty) on perturbed real documents; docs/benchmarks.md gives the data, seeds, the
command and the calibration error. Features a kind never saw keep weight 0.

Shift weights are set by hand so that each piece of evidence alone gets about the
precision it had on the dev sets (confidence = sigmoid(bias + weights)): a name swap
without MT 18/18 → 0.9, cross-lingual negation cues 27/71 → 0.38, a one-sided number or
name (≈ 5% right) 0.4 each → 0.08 alone; a negation cue with two of those reaches 0.57
(right 2 of 2). Numbers differing on both sides keep their earlier weight: the news
corpus (docs/benchmarks.md §1) relies on it. Names and negation checked through MT are
tested as without MT (below).

A cross-lingual cue is then tested (`negation_tested`): the negated side with its cues
taken out is compared with the other side, and `negation_gain` is how much closer it comes,
in cosine hundredths (mismatch.negation_test). A logistic fit of the gain on every tested
cross-lingual candidate with no other reason (IWSLT and de–fr dev seeds 1, 3, 5, 7, 11, 13
without MT, 40 documents each: 263 candidates, 133 planted flips) gave log-odds −0.82 +
1.26 × gain: 0.31 at no gain, 0.5 at +0.65, 0.85 at +2. The first fit (de–fr seeds 7 and
13 only: −1.25 + 1.6 × gain, 0.5 at +0.78) left out flips at +0.6 to +0.78, which were
planted 14 times in 18 on these seeds. A cue the rewrite cannot take out keeps 0.38.

Parts inside a bead (coverage.py; `part_deficit` = how many of the document's spreads a
clause falls below its usual coverage) were measured on the dev seeds 7 and 13 (24
documents each, IWSLT and de–fr without MT, every candidate kept): a missing source clause
at deficit ≥ 4 was a planted clause drop 5 times in 8 (IWSLT 1/4, de–fr 4/4; the false
ones one free paraphrase seen three times), at 3–4 only 2 times in 18, so confidence =
sigmoid(2 × deficit - 7.7): 0.15 at 3, 0.57 at 4 (reported from about 3.85), 0.91 at 5.
That found few clause drops: on the twelfth session's dev run (seeds 7, 13, 1, 3; IWSLT and
de–fr read both ways, no MT; the worst source part of every two-sided bead whose length
allows the part to be missing) it reported 29 of 232 planted drops, 3 false. A dropped
clause also leaves the translation as much shorter as the clause is long:
`part_length_gain` is how much better the bead's lengths agree without the part
(coverage.length_gain), in the document's spreads of log length ratios, capped at 5. A
logistic fit on those 15 573 parts (risk.fit_logistic) gave −4.95 + 0.84 × deficit + 1.05 ×
length, rounded here to −4.9, 0.8, 1.0: 52 of the 232 drops at 0.5, 8 false. Fitted on
IWSLT alone it gave −5.2, 1.0, 0.9 and found on de–fr what the whole fit finds (20 of 121,
none false); fitted on de–fr alone, −4.65, 0.54, 1.2, and on IWSLT 31 of 111 with 11 false
(the rounded weights 33, 8). `bench/fit_part.py` reproduces these numbers.
Candidates start at deficit 1.5 (Thresholds.part_deficit; no drop was reported below it).
A translation part with no counterpart was never an inserted sentence (0 of 16
candidates at ≥ 3): "part added" stays at 0.05, measured but not reported.

A name only the translation states, that the source document never states, is tested the
same way where the source's capitals do not mark names (German): its gain is how much
closer, in cosine hundredths, the translation comes to the source without it
(mismatch.name_test). On the de–fr dev seeds 1, 3, 5, 7, 11, 13 without MT (every candidate
occurrence) a gain of +0.75 or more was a planted swap 19 times in 19, +0.5 to +0.75 9 in
14, +0.25 to +0.5 12 in 68, below that 24 in 916; a logistic fit on the gains ≥ 0 gave
−3.34 + 5.48 × gain. With the lone name's 0.4 that is 5.5 × (gain − 0.14): `name_closer`
is the gain beyond +0.14 (0 below it, so a name the test speaks against does not pull
down a number or negation the same finding reports). Refitted on the fairer benchmark
(perturb.GENERATOR 2, whose stand-ins are not all "A" names; the same seeds, 625 lone-name
candidates with no other evidence, 27 of them planted, the lone name's −2.6 kept): 6.6, so
a lone name is reported from `name_closer` 0.39 (gain +0.53); at 0.4 to 0.5 the dev
candidates were planted 3 times in 3, at 0.3 to 0.4 5 in 18. Then each capitalised word
of the original the translation does not mention is put in the name's place
(mismatch.name_restored): a swapped name put back gives the faithful translation, but any
word of the original raises the cosine a little, so `name_restored` counts the best rise
beyond +2.25 hundredths. On the same candidates every rise of +3 or more was a planted
swap (11 of 11), +2 to +3 17 of 36 (18 of the false ones one sentence: "Chef" for
"Gipfelmannschaft"). With the lone name's log-odds fixed (−2.6) and the leave-out weight
kept (5.5, checked on held-out seeds before this was added), 1.6 × name_restored reported
29 of 64 planted swaps and no false candidate, against 23 and none with the leave-out gain
alone (2.2: 29 and one false; a joint fit, 3.9 and 2.2: 26 and none, and it lost a swap
on held-out seed 41). A lone rise is reported from +3.9 hundredths; our corpus's
"Burgweinting" → "Wutzlhofen" (+0.36 and +3.16, fitted on nothing) reaches 0.51.
A new name the source document states in another sentence is mostly moved there by the
translator or the aligner, so leaving it out proves nothing (on the de–fr dev seeds 1, 3,
5, 7, 11, 13, 40 documents each, every candidate: a leave-out gain of +1 or more was
planted 3 times in 42); putting the original's word back still tells: a rise of +2.5 or
more was a planted swap 5 times in 5, +2 to +2.5 0 in 44. Such a name (`name_stated`,
weight 0) is tested with its leave-out gain not counted and the same 1.6 per hundredth of
rise: 3 more planted swaps reported on those seeds, no false candidate.
The word put back can itself be marked as a name although German capitals mark nouns: two
capitals in a row ("Nawa Ram", "Nanga Parbat") or letters German does not use ("François";
name_swap.marked_name). A stranger in such a word's place is a name for a name
(`name_for_name`, from a rise of +0.9 hundredths, NAME_NAMED_FLOOR). On the de–fr dev
seeds (ninth session, the perturbation drawing stand-ins from the whole name pool, every
candidate) the put-back word was a marked name with a rise of +0.9 or more 17 times on a
planted swap and 16 times (one sentence) on a false candidate, a stranger the source
document states (excluded); +0.4 to +0.9, two false sentences ("Black Tooth"). The weight,
4.0, puts a lone test at 0.80 (the 15 right of 15 is a small sample): without MT 57 → 65 of
102 planted swaps reported, with Google MT 52 → 59. One more false name finding came of it
("Sepp Larch" for "Sepp Lerch", which name_swap._explained now takes as the same name):
with both, false name findings ≥ 0.5 33 → 32 without MT, 10 → 8 with it.
A lost word no German dictionary knows is a name too ("Aminula", "Reinagl"; a compound of
short words, "Eisgrat", is unknown as well, hence the gain condition): where the word that
fits best is a noun ("Schnee" for "Jayal"), the lost words that are names are put back
alone (findings._named_put_back), and a rise of +0.9 with a leave-out gain above zero is a
name for a name (seventeenth session). A one-off scan over gold beads of the dev seeds
(de→fr, a new name the German document never states; 315 beads, 33 of them planted): every
candidate at +0.9 or more with a gain above zero was planted; the three false ones at +0.9
or more ("Arim-Fluss" for "Arun") had a gain below zero, and the nearest false one above
zero rose +0.86 ("Tien-Schan" for "Victoire"). Names F1 without MT rose on five of six dev
seeds (docs/benchmarks.md §3), precision not lower on any.

Where the *translation's* capitals do not mark names (a German translation of French,
English or Vietnamese), nothing shows which word took a lost name's place ("Donald Trump"
and "Staatschef" look alike), so each name of the original the translation does not
mention is put in the place of each capitalised word of the translation the original does
not mention (mismatch.name_swapped_for): `name_swap_rise` is the best rise beyond +2
hundredths, `name_swap_gain` how much closer the translation comes without that word,
beyond +0.5. Measured on the de–fr dev texts turned round (French original, German
translation: the perturbation then swaps names in the German; seeds 1, 3, 5, 7, 11, 13,
every candidate, 701 of them, 75 planted swaps): a rise of +3 or more was a swap 13 times
in 14, +2 to +3 21 in 61; a gain of +1.5 or more 8 in 8. Weights set by hand from a
logistic fit that, regularised, reported only 9: 2.6 per hundredth of rise and 1.5 of
gain report 17 planted swaps and 1 false candidate (none on an untouched document),
2 to 4 a seed, with mean confidence 0.83 on findings right 94 % of the time. Adding the
lost name anywhere raises the cosine ("Der US-Präsident traf …" for "President Joe Biden
met …" rises +0.036 with the name put in "US-Präsident"'s place, +0.0315 in
"Staatschef"'s), so the rise counts only where leaving the word out also brings the
translation closer by more than +0.006 ("Staatschef": +0.0053): on the dev candidates 16
planted swaps reported and no false one (with no such condition: 17 and 1).
The word whose place the lost name takes best may be one no dictionary of the
translation's language knows (text/lexicon.py: not "Variante", nor "Gletscherbecken" =
Gletscher + Becken): then a name stands in a name's place (`name_swap_stranger`, with the
rise itself as `name_swap_stranger_rise`), where the lost name is no common word of the
original's language ("Tour", "Blanc" are rendered) and does not begin as the word does
("Kantch" for "Kangchendzönga"), the rise is +0.25 hundredths or more
(SWAP_STRANGER_FLOOR) and leaving the word out brings the translation closer at all. On
the same dev texts (gold beads, every candidate with a lost name, 821 of them, 88 planted)
that held 62 times, every time a planted swap (59 distinct sentences; rises +0.25 to +0.5:
4, +0.5 to +1: 9, +1 to +2: 17, above: 32); the planted swaps it misses put a German word
in the name's place ("Variante", "Teilnehmer": 12). Weights set by hand, 3.2 and 2.0 per
hundredth: alone they put a stranger at +0.25 at 0.67, at +1 at 0.90. In the benchmark
(`eval detect`, French original, German translation) names F1 without MT rose from
0.21–0.64 to 0.58–0.90 on those seeds and from 0.38–0.46 to 0.69–0.83 on the held-out
seeds 29, 41, 71, 97, precision 1.0 on all ten, false alarms on untouched documents as
before (docs/benchmarks.md §3).
The lost name's best place may be a noun all the same while a name the translation
spells as one stands elsewhere: two capitals in a row ("Hidden Peak", "Pierre Bordet";
name_swap.marked_strangers) that the original document never states. Such a name is
tested as a German original's new name is (left out, then each lost name in its place;
findings._marked_stand_in) and, where leaving it out brings the translation closer at all
and a lost name put back rises by +0.5 hundredths or more (SWAP_MARKED_FLOOR), it takes
the stranger's features. On the same dev texts (gold beads, 1185 beads with such a name,
52 planted): 30 planted (28 distinct sentences) and no false candidate; with a rise of +1
or more 24 and none. Most were found already; in the benchmark (sixteenth session)
names F1 without MT rose on dev seeds 13 (0.583 → 0.692) and 1 (0.692 → 0.741), the
others unchanged, precision 1.0.
The words tried include, since the seventeenth session, a capital that opens the
sentence, a bracket or a dash (name_swap.stand_in_words): 14 of the 102 planted swaps of
the dev seeds had put their name there and had no candidate word at all, 2 now. The
floors and weights above were not refitted; names F1 without MT rose on five of the ten
seeds (to 0.69–0.87 held out), precision 1.0 (docs/benchmarks.md §3).

A whole source sentence a many-to-one bead holds while the translation's length leaves no
room for it (coverage.absorbed: a short deleted line the aligner put with its neighbour)
was, on the dev seeds without MT and at the shipped limits, a planted omission, clause
drop or move 20 times in 20 on IWSLT (seeds 1, 3, 5, 7, 11, 13) and 4 times in 7 on de–fr
(seeds 7, 13: the French compresses the German and drops a bibliography title). One
confidence for both, 0.6, reported; its feature is recorded, not weighted.

The other way round, a whole translation sentence a one-to-many bead holds that no
sentence of the original says (coverage.inserted: e5 cosine under 0.80 to its bead's
original and under 0.82 to every sentence of the original, and its bead no further from
the original without it; a sentence, not a cut at a comma or an initial, and giving no
figure, date or name of its bead's original) was, on the dev seeds 1, 3, 5, 7, 11, 13
without MT, a planted addition 9 times in 9 on IWSLT and once in 1 on de–fr; no untouched
document had one (the thresholds sit between the planted lines, best match 0.78–0.817,
and the first false ones: clause-cut remnants at 0.827, a translator's split at 0.84).
Confidence 0.85 (bias 1.7), set by hand; its feature is recorded, not weighted. A sentence
from the same book is nearer in topic (de–fr planted lines reach 0.80–0.86), so a second
reading takes a line under 0.82 to its bead's original where the bead's lengths agree one
spread of the document's log length ratios better without it: on the same dev seeds 5
de–fr lines, all planted additions, and 4 IWSLT lines, 3 of them moved sentences (counted
right) and one the remnant of a clause drop; none on an untouched document. Checked once
on IWSLT seeds never used before (17, 19, 23, 31, 37): 4 planted lines and 3 clause-drop
remnants (false as additions), addition F1 0.905 → 0.914 on average (two seeds up, two
down). Over every seed looked at, about 25 right in 30: 0.85 is kept.

Through MT a negation mismatch compares the MT of the original with the translation, so an
MT that drops or adds a "not" makes one. It counts only where the originals as written
show it too, one negating and the other not (findings._one_side_negates): on the de–fr dev
seeds 1, 3, 5, 7, 11, 13 with Google MT (40 documents each, every candidate) the 314 MT
negation candidates held 66 planted flips, all of them one-sided in the originals; of the
other 113 (both originals negate: 46; neither does: 67) none was planted. They come from
six sentences of the book seen on every copy, so the count is thin, but the reading is
logical: the MT compares presence, not number, so a difference with the same presence on
both originals is the MT's. `negation_mt_unsupported` weighs −4 (alone 0.05).

The one-sided MT candidates left were no better: 201 on those seeds, 66 planted flips, each
reported at 0.73. So a polarity difference is now sought across the languages as written
as well as through MT, and tested as without MT (the cue taken out, `negation_gain`);
`negation_mt` weighs as `negation_cross` (2.5), and the MT adds a candidate only where the
originals' cue counts disagree though a word-internal negation kept the cross-lingual
reading from it. Taking the cue out separated the MT candidates weakly (a gain of +0.65 or
more: 33 planted of 71; +1.5 or more: 10 of 10), but their 0.73 had been right a third of
the time. Dev seeds 7 and 13 with Google MT: false alarms 1.78 → 0.99 and 1.98 → 1.19 per
100, numbers 0.667 → 0.778 and 0.714 → 0.833 (number findings the negation had lifted),
negation 0.683 → 0.625 and 0.564 → 0.552, ECE 0.090 → 0.072 and 0.069 → 0.049. Our news
corpus with its MT memory loses its one flip the embeddings cannot see (vi-de-flood), as
it is lost without MT.

A decision said by its opposite verb, with no cue on either side ("An Post rejected an
earlier proposal" → "An Post đã chấp thuận đề xuất", approved; negation.opposite_words,
`negation_antonym`), is set by hand at 3.3 (alone 0.57), not fitted: the perturbation
benchmark plants no such flip. Measured (thirty-seventh session): it fired on none of our
228 corpus pairs' faithful sentences with MT memory or without, and no held-out or dev
table of `eval detect` changed; it found the one blind pair that planted it. Since the
thirty-ninth session the same feature marks a comparison ("cao hơn" → "niedriger als") or
a change ("a relevé de 6 %" → "cut … by 6%") turned round, with the same weight: on the
252 corpus pairs it adds no false finding once rain that falls and a side that says both
directions were read, and no held-out table moved.

A rank or an office changed with the name kept ("Phó Giám đốc Sở" → "Direktor", the deputy
made the head; "ancien maire" → "Thị trưởng", a former holder made the current one;
"Schatzmeisterin" → "Giám đốc điều hành", the treasurer made the chief executive;
text/roles.py, `role_changed`) is set by hand at 3.3 like a modality mismatch, not fitted:
the perturbation benchmark plants no such change. Measured (forty-second session): on our
276 earlier corpus pairs it finds the two role changes two blind rounds planted and fires
on no faithful sentence (once a French "adjointe aux finances", a portfolio, was no
deputy); out of sample, on the first runs of blind rounds 47 and 48, it found four of six
planted role changes and gave 7 false role findings with MT memory and 8 without on twelve
pairs (a British "vice-chancellor", a university's head, read as a deputy five times); no
held-out table of `eval detect` moved.

Through MT, a name only the translated sentence has (`name_one_mt`) is a stranger to the
whole source document when it was put in another's place; one the source document states
in another sentence (or a country the gazetteer knows) has mostly been moved there by the
translator or the aligner. On the same de–fr dev candidates with Google MT, of the 373
lone names through MT that the translation brought in (the source losing none), 78 of 240
strangers were planted and 10 of 133 stated names: `name_one_mt_stated` weighs −2.6
(alone 0.10). Dev seeds: false alarms a further −0.6 to −1.0 per 100, name F1 +0.03 to
+0.12, its recall −0.06 to −0.18.

Such a lone name through MT is now tested the same way as a new name without MT (a German
source: leave it out, put the original's unmentioned words back; `name_mt_tested`, with
`name_closer` and `name_restored` weighed as without MT). The MT only says the name is
not the original's; a rendering ("Kantch" for "Kangchendzönga") costs when left out, a
name in another's place comes closer. On the same dev candidates (376 tested, 243
strangers right 92 times, 133 stated names right 17 times), 0.6 alone had reported 93
right and 173 false ones; the test, with `name_mt_tested` at −1.8 (a lone stranger then
starts at 0.2, as −1.4 in log-odds), reports 53 right and 5 false, none on an untouched
document. Dev seeds 7 and 13 with Google MT: false alarms 2.77 → 1.78 and 2.97 → 1.98 per
100, names 0.571 → 0.710 and 0.683 → 0.692, negation 0.714 → 0.683 and 0.600 → 0.564
(negation findings a lone name had lifted). Through MT the put-back rise is worth more:
a logistic fit on those candidates gave it about 4 per hundredth against 1.6 without MT,
so `name_mt_restored` (the same rise) adds 2.5; on the candidates 59 right and 5 false
reported (53 and 5 without it), dev seed 13's names 0.692 → 0.741.
A swap as the documents show it (name_swap.swap_evidence: a name the translation keeps
elsewhere lost here, a stranger in its place; `name_swap`) is read through MT too (ninth
session): the MT of a German original carries its names, but a name the original spells
is not read off the MT (MT capitalises nouns), so such a lost name was seen only without
MT. de–fr dev seeds 1, 3, 5, 7, 11, 13 with Google MT, every planted swap: 59 → 74 of 102
reported, false name findings ≥ 0.5 unchanged (8).

Lost through MT (eleventh session): a name of a French or English original that MT finds
in neither a German translation nor its MT used to count as `name_one_mt` (0.6 alone).
Read backwards (`eval detect --direction backward`, fr→de with Google MT), those were right
84 times in 405 on the dev seeds 1, 3, 5, 7, 11, 13 (40 documents each, every candidate):
renderings ("Kantch", "Victoire" for Pik Pobeda), scans ("Arim" for "Arun") and names the
German leaves out. Such a name is now tested as without MT (findings._test_lost_name: put
back in the place of each capitalised German word the original does not mention):
`name_lost_mt` with the put-back rise and the leave-out gain in cosine hundredths (only
gains), fitted by logistic regression on those 412 candidates: −0.56, `name_lost_mt_rise`
1.3, `name_lost_mt_gain` 2.3. At 0.5 it reports 44 planted swaps and 7 false candidates;
a name nothing stands in for stays at 0.03. Forward tables do not move (a French
translation shows its names).

A short unmatched translation line (under 40 characters) is as often the translator's or
subtitler's split of its neighbour as it is new. `short_unrelated` is how far it falls
below standing out STANDOUT_RELATED (1.25) spreads against the beads around it
(findings._standouts: its best cosine to the source sentences of the two beads on each
side, above its median cosine to the whole source). On the dev seeds 1, 3, 5, 7, 11, 13
(40 documents each, every candidate), short addition candidates standing out less than 1
were planted 6 times in 7 on IWSLT and 6 in 6 on de–fr (MT and none pooled), at 1 to 1.5
6 in 8 and 0 in 23, above 1.5 2 in 19 and 3 in 40. Refitted with bench/calibrate.py
(`--docs 40 --seed 1,3,5,7,11,13 --kinds omission,addition`), the addition weights report
149 planted additions and 4 false candidates on IWSLT (before: 143 and 3) and 300 and 53 on
de–fr (294 and 53); a short line is reported once it stands out less than about 0.95.
The same refit of omissions (where a short deleted line is mostly real: 9 of 16 short
candidates) moved the dev seeds by two and cost held-out IWSLT seeds 29 and 71 two
omissions each, so omissions keep their earlier weights and their `short_unrelated`
weighs nothing.
"""

from __future__ import annotations

import math

# A name test's gains (cosine hundredths) below these are no evidence either way (docstring).
NAME_GAIN_FLOOR = 0.14
NAME_RESTORE_FLOOR = 2.25
NAME_NAMED_FLOOR = 0.9  # a put-back name's rise that makes it a name for a name
SWAP_RISE_FLOOR = 2.0
SWAP_GAIN_FLOOR = 0.5
SWAP_RISE_NEEDS = 0.6  # the rise counts only where leaving the word out gains this
SWAP_STRANGER_FLOOR = 0.25  # a lost name's rise in a word the dictionary does not know
SWAP_MARKED_FLOOR = 0.5  # a lost name's rise in a name spelled as one ("Hidden Peak")

# kind → feature → weight ("bias" is the intercept).
WEIGHTS: dict[str, dict[str, float]] = {
    "omission": {"bias": 4.072, "best_match": -3.93, "short": -2.186, "short_unrelated": 0.0},
    "addition": {"bias": 2.274, "best_match": -0.859, "short": -4.185, "short_unrelated": 7.484},
    "moved": {"bias": -3.0, "score": 6.0},
    # A clause or sentence inside an aligned bead the other side does not cover
    # (coverage.py; "part missing" / "part added"): set by hand from its measured
    # precision (module docstring).
    "omission_part": {
        "bias": -4.9,
        "part_deficit": 0.8,
        "part_sentence": 0.0,
        "part_length_gain": 1.0,
    },
    "addition_part": {
        "bias": -3.0,
        "part_deficit": 0.0,
        "part_sentence": 0.0,
        "part_length_gain": 0.0,
    },
    # A whole source sentence a many-to-one bead holds that the translation's length leaves
    # no room for (coverage.absorbed): set by hand from its measured precision (docstring).
    # A sentence whose every figure the bead's translation leaves out (coverage.
    # figures_unsaid) is read with the same confidence: its feature is recorded.
    "omission_sentence": {
        "bias": 0.4,
        "sentence_length_gain": 0.0,
        "sentence_figures_unsaid": 0.0,
    },
    # A whole translation sentence a one-to-many bead holds that no sentence of the original
    # says (coverage.inserted): set by hand from its measured precision (docstring).
    "addition_sentence": {"bias": 1.7, "sentence_best_match": 0.0},
    "shift": {
        "bias": -3.0,
        "score": 0.0,
        "has_mt": 0.0,
        "number_both": 5.0,
        "number_one": 0.4,
        "name_both": 2.5,
        "name_one_mt": 3.4,
        "name_lost_mt": -0.56,
        "name_lost_mt_rise": 1.3,
        "name_lost_mt_gain": 2.3,
        "name_one_mt_stated": -2.6,
        "name_mt_tested": -1.8,
        "name_mt_restored": 2.5,
        "name_swap": 5.2,
        "name_both_cross": 0.4,
        "name_source_missing": 0.4,
        "name_translation_only": 0.4,
        "negation_mt": 2.5,
        "negation_mt_unsupported": -4.0,
        "negation_cross": 2.5,
        "negation_tested": -0.32,
        "negation_gain": 1.26,
        "negation_antonym": 3.3,
        "modality_dropped": 3.3,
        "role_changed": 3.3,
        "name_tested": 0.0,
        "name_stated": 0.0,
        "name_closer": 6.6,
        "name_restored": 1.6,
        "name_for_name": 4.0,
        "name_swap_tested": 0.0,
        "name_swap_rise": 2.6,
        "name_swap_gain": 1.5,
        "name_swap_stranger": 3.2,
        "name_swap_stranger_rise": 2.0,
        "low_similarity": 3.0,
        "similarity_gap": 4.0,
    },
}


def raw_score(kind: str, features: dict[str, float]) -> float:
    """Log-odds that a finding of `kind` with these features is real."""
    weights = WEIGHTS.get(kind, {})
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())


def can_report(kind: str, min_confidence: float) -> bool:
    """Whether any evidence could lift a finding of `kind` to `min_confidence` (a kind
    whose features all weigh 0 cannot: its evidence need not be computed)."""
    weights = WEIGHTS.get(kind, {})
    if any(w != 0.0 for k, w in weights.items() if k != "bias"):
        return True
    return calibrate(kind, {}) >= min_confidence


def calibrate(kind: str, features: dict[str, float]) -> float:
    """Calibrated confidence in [0, 1]."""
    z = raw_score(kind, features)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
