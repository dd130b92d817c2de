"""Issue 13, round 29: themed blind batches (h29a, h29b, 90 rows) and sixteen sealed sets in seven waves (675 rows), written by
writers who never read or ran the scanner (25 block / 20 allow each; h29w, h29k, h29p 15 / 30; h29x, h29z 17 / 13; h29y 10 / 20), each scored once on first contact
(recall by action / false blocks); round 29 opened on 172ca73 (the round-28 close). "The working tree" is the round's tree
at the time:

| set | scored on | first contact |
|---|---|---|
| h29a, h29b (staff named by employment class, post or number as the subject of personnel records; people's data in awkward machine shapes) | the working tree (172ca73 + fixes for three round-28 gaps) | 46/50, 1/40 |
| h29s, h29t, h29u (sealed: the hard middle of a mid-sized city's month; a prefectural board of education; a public health centre and the health and care desks) | 86fdb3d (committed, after the h29a–b fixes) | 73/75, 1/60 |
| h29v, h29w (sealed: English, mixed-language and IT work; hard negatives first, 15 / 30) | d3bb1b8 (after the h29s–u fixes) | 40/40, 0/50 |
| h29m (sealed: infrastructure and disaster work) | d3bb1b8 | 24/25, 1/20 |
| h29n, h29j, h29l (sealed: the hard middle, sixth, people known by house, trade or role; staff as the subject as managers and HR write; a ward office's week) | 307dc30 (after the h29m fix) | 69/75, 1/60 |
| h29k (sealed: hard negatives first, 15 / 30) | be85879 (after the h29n–l fixes) | 13/15, 4/30 |
| h29o, h29p, h29q (sealed: the hard middle, seventh, a core city's month; hard negatives first from a prefectural office, 15 / 30; people's data and staff matters between systems) | 8346051 (after the h29k fixes) | 62/65, 1/70 |
| h29x, h29y, h29z (sealed, 30 rows each: the hard middle, eighth, a town office's fortnight; hard negatives first, 10 / 20; staff as the subject named in every way) | d197751 (after the h29o–q fixes) | 41/44, 0/46 |
| all first contacts (389 block / 376 allow) | — | recall 0.946 (368/389), false blocks 0.024 (9/376) |
| the sixteen sealed sets only (339 block / 336 allow) | — | recall 0.950 (322/339), false blocks 0.024 (8/336) |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h29a025": _TYPES + "PERSON not read (shokutaku non renewal marked)",
    "h29a037": _TYPES + "PERSON not read (discipline committee kimitsu3)",
    "h29a040": _TYPES + "PERSON not read (transfer draft before naiji)",
    "h29b013": _TYPES + "JP_HEALTH_INSURANCE not read (json api health insurance)",
    "h29b016": _TYPES + "PHONE_NUMBER not read (pdf welfare case record)",
    "h29b030": _TYPES + "PERSON not read (ocr residence card mixed)",
    "h29b041": _TYPES + "PERSON not read (excel card payment errors)",
    "h29j035": _TYPES + "PERSON not read (fertility treatment memo)",
    "h29l012": _TYPES + "DATE_OF_BIRTH not read (household roster move)",
    "h29l019": _TYPES + "PERSON not read (koseki recognition mail)",
    "h29l026": _TYPES + "DATE_OF_BIRTH and PHONE_NUMBER not read (ocr moving in form)",
    "h29m026": _TYPES + "SENSITIVE_PERSONAL_INFO not read (embassy mail english)",
    "h29o030": _TYPES + "PHONE_NUMBER not read (planning land acquisition)",
    "h29p042": _TYPES + "JP_ADDRESS not read (tax delinquency note)",
    "h29q002": _TYPES + "DATE_OF_BIRTH not read (pdf broken lines medical certificate)",
    "h29q038": _TYPES + "PERSON not read (ocr screenshot residence card)",
    "h29s012": _TYPES + "PERSON not read (benefit transfer fail)",
    "h29s045": _TYPES + "PERSON not read (child protection dv)",
    "h29u036": _TYPES + "PERSON not read (measles contact list en)",
    "h29v017": _TYPES + "PERSON not read (vn intern consult)",
    "h29v035": _TYPES + "PERSON not read (pt mynumber lock mail)",
}

test_generalisation_shape_r29 = probe_test("generalisation_shapes_r29.jsonl", KNOWN_GAPS)

test_generalisation_shape_r29_sealed = probe_test("generalisation_shapes_r29_sealed.jsonl", KNOWN_GAPS)
