"""The deadline language judged by the corpus of real phrases (tests/corpus/*.yaml).

The targets of issue 11: no misread at all (a wrong date is a missed deadline), at least
97% read right, and a corpus of real phrases that only grows (CORPUS_FLOOR is what is
committed; it rises as the collectors add documents, towards 300 and beyond).

The `d-` and `e-` files were the held-out sets (see tests/corpus/measure.py): the 97% target
is the figure of the `a-`/`b-` files the grammar was first tuned on; the held-out files were
held to no misread at all and to the share they were read right when first measured (d-
75.0%, e- 82.3%: the honest figure on documents the grammar had not seen), and are held to
their share after the grammar was tuned on their refusals (d- 96.7%, e- 98.7%); the `f-`
files (collected in the same session, measured after that tuning: 62.2%) were the held-out
set until the lead declared them tuning data (branch tune), and are held to their tuned share;
the `h-` files (the central coast, the highlands and the south, collected with the `g-` files)
were a fifth held-out set (first measured 60.9%), tuning data since branch tune-h, held to their
tuned share and to no misread. The `c-` files were the
held-out set until commit 4c071d4; the grammar has been tuned on them since, and they are
held to their share after that tuning. The `g-` files (northern and north-central provinces,
national bodies) were the fourth held-out set (first measured 68.7%), tuning data since branch
tune-g, held to their tuned share; the one misread they showed is named below rather than
hidden. Their second batch (`g-2-*`) reached main after tune-g (first measured 52.4%, its one
misread fixed since): tuning data since branch tune-h, held to its tuned share. The `i-` files
(mostly documents issued from 07/2025 on, after the provinces were merged) were the sixth
held-out set and the `j-` files (branch collect-j) the seventh, both with a second batch
(`i-2-*`, `j-2-*`); their first measured shares stay in the comments below, and they are
tuning data since branch tune-ij (the lead's word), held to their tuned share and to no
misread but those named below. The `k-` files (branch collect-k) are the eighth held-out set,
measured once on the final grammar of the session that tuned on all the others, held to that
first share and to no misread but the one named below. The `l-` files (branch collect-l)
are the ninth held-out set, measured once on the grammar after the tuners' final landing of
the fifth session, held to that first share and to no misread but the two named below.
The `m-` files (branch collect-m, national bodies and the provinces from Quảng Ngãi southward)
are the tenth held-out set, measured once at the same commit, held to that first share and to no
misread but the three named below (one of them a wrong day, reported, not hidden).
The `n-` files (branch collect-n, national bodies and the provinces from the north to Thừa
Thiên Huế) are the twelfth held-out set, collected beside `o-` and measured once at 7eba438,
held to that first share and to no misread but the eleven named below (eight of them wrong
days, reported, not hidden).
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
CORPUS_FLOOR = 686  # phrases committed; the issue asks for at least 300
# Issue 11's target, met: 0.97 read right (and no misread at all); 668/686 = 0.9738, then
# 669/686 = 0.9752 after the tuning on f- (branch tune). Since tune-ij checks lunar glosses
# against the lunar calendar, three press reports of the 2026 Tết holiday, "từ 9/2 đến 22/2
# (tức 22 tháng Chạp đến mùng 5 tháng Giêng)", are refused: 22/02/2026 is mùng 6 (the
# government's own notice says so), so the page's gloss or its day is wrong, and the
# phrase no longer reads as if they agreed: 666/686 = 0.9708.
# 668/686 = 0.9738 after tune-wide (session 26, the refusals of a- … zi- by cause).
# 669/686 = 0.9752 on the session-44 merge.
# 671/686 = 0.9781 on the session-50 merge.
READ_RIGHT_FLOOR = 0.978


class Set(NamedTuple):
    """A set of corpus files collected apart, held to its own figures: at least `phrases`
    phrases, at least `read_right` of them read right, and no misread."""

    prefix: str
    phrases: int
    read_right: float
    exclude: tuple[str, ...] = ()


# Each set's history: its first figure, measured held out, is the honest one for documents
# the grammar had not seen; a set tuned on since is held to its tuned share.
SETS = (
    # The held-out files (d-): 60 phrases from 19 documents, expectations committed in c3018c2
    # before the tool ran on them; first measured 45 right (75.0%), 15 refused, 0 misread.
    # Tuned on their refusals since (branch tune): 58 right (96.7%, 58/60 = 0.9667).
    # 59/60 = 0.9833 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    Set("d-", 60, 0.983),
    # The former held-out files (c-): 130 phrases from 55 documents; 100 right (76.9%) while
    # held out (until 4c071d4), 107 right (82.3%) after the grammar was tuned on their refusals,
    # 114 (87.7%, 114/130 = 0.8769) after the tuning on the d- and e- refusals and on theirs
    # again (several cadences, weekdays before dated days, a count of days, the tax return),
    # 118 (90.8%, 118/130 = 0.9077) after the tuning on f- and g- (branches tune, tune-g).
    # 119/130 = 0.9154 after tune-l (a contrasted clause, "riêng khối 12 …", read), 120/130 =
    # 0.9231 with its last slice (a sentence's full stop after its last clause).
    # 123/130 = 0.9462 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 124/130 = 0.9538 after wide-three (session 31: "đi học lại sau Tết vào ngày 2/3"),
    # back to 123/130 = 0.9462 at the session's merge: "sau Tết vào ngày D" is refused until D
    # is checked against Tết (forms_e's "Buổi học đầu tiên sau Tết vào ngày 22/8/2016").
    # 124/130 = 0.9538 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 127/130 = 0.9769 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 128/130 = 0.9846 on the session-45 merge.
    # 129/130 = 0.9923 on the session-56 merge.
    Set("c-", 130, 0.992),
    # The second held-out set (e-): 79 phrases from 15 documents of 12 provinces, no national
    # one; expectations committed in 5fb2a8a before the tool ran on them; first measured 65
    # right (82.3%, i.e. 65/79 = 0.8228), 14 refused, 0 misread. Tuned on their refusals since
    # (branch tune): 78 right (98.7%, 78/79 = 0.9873).
    Set("e-", 79, 0.987),
    # The third held-out set (f-): 90 phrases from 28 documents (20 provinces, 3 phrases of one
    # national decree); expectations committed in 4a2a8b3..90b2e43 before the tool ran on them;
    # measured after the grammar was tuned on d-/e- (main at 10:34 UTC): 56 right (62.2%,
    # 56/90 = 0.6222), 34 refused, 0 misread: the honest figure. Tuned on since, branch tune
    # (the lead declared them tuning data): 86 right (95.6%, 86/90 = 0.9556).
    # 88/90 = 0.9778 since join12 (session 25, the lead's convention 12): "Phấn đấu trong tháng
    # 4 và tháng 5 năm 2022, tỉnh sẽ …" reads each month's window, the words after as the step.
    Set("f-", 90, 0.977),
    # The fourth held-out set (g-): 99 phrases from 39 documents of 17 northern and north-central
    # provinces and cities and of national bodies writing to provinces; expectations committed in
    # b0a6014 before the tool ran on them; measured once, held out (main at c2607ac): 68 right
    # (68.7%, 68/99 = 0.6869), 30 refused, 1 misread: the honest figure, first held-out figure
    # 68/99 = 68.7% at c2607ac. Tuned on since by branch tune-g (the lead declared them tuning
    # data): 87 right (87.9%, 87/99 = 0.8788). The misread (KNOWN_MISREADS) is a past-year typo on a page
    # that gives no issue date: with the plan's date (`--issued`) the grammar refuses it; without
    # one nothing in the phrase can tell. Any other misread fails.
    # 88/99 = 0.8889 once tune-k's and tune-rest's rules met on main; 89/99 = 0.8990 after
    # tune-rest's second slice (a directive cited by its bare number and issuer).
    # 90/99 = 0.9091 with tune-k's third slice beside it. 91/99 = 0.9192 after tune-m.
    # 92/99 = 0.9293 once g-vietgiaitri's file holds the day its address prints (branch
    # misreads-issued, the lead's ruling): its past-year typo refused, as with `--issued`.
    # 94/99 = 0.9495 on the session-35 merge.
    # 95/99 = 0.9596 on the session-51 merge.
    # 96/99 = 0.9697 on the session-56 merge.
    Set("g-", 99, 0.969, exclude=("g-2-",)),
    # The second batch of the g- collection (g-2-*): 21 phrases from 9 documents (Phú Thọ, Tuyên
    # Quang, Yên Bái, Hà Nam, Vĩnh Phúc, national bodies); expectations committed in 594957b before
    # the tool ran on them; measured once, held out (main at 861fa33, before tune-g): 11 right
    # (52.4%, 11/21 = 0.5238), 9 refused, 1 misread (one window restated by its end day, read as
    # two deadlines, no wrong date; fixed by branch lead, tests/test_deadline_heldout.py). They reached main after tune-g and are not tuning
    # data: 12 right (57.1%) on the grammar after tune-g, 13 (61.9%) before tune-h. First held-out
    # figure 11/21 = 52.4% at 861fa33. Tuning data since branch tune-h (the lead declared them so):
    # 17 right (81.0%, 17/21 = 0.8095). The g- test above measures the first batch without them.
    # 18/21 = 0.8571 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 19/21 = 0.9048 on the session-49 merge.
    Set("g-2-", 21, 0.904),
    # The fifth held-out set (h-): 90 phrases from 31 documents of 19 provinces of the central
    # coast, the highlands and the south (no national one); expectations committed in fec1cda
    # before the tool ran on them; measured once, held out (main at c2607ac): 51 right (56.7%,
    # 51/90 = 0.5667), 38 refused, 1 misread, and that one an expectation error of the
    # collector corrected in db35ea7 ("năm 2007 và năm 2008" is one period, the same days the
    # tool read), so 52 right and 0 misread since. A second batch (files h-b2-*): 25 phrases
    # from 8 more documents of 7 provinces, expectations committed in 6d7873c before the tool ran
    # on them, measured once, held out (main at c0fdba4): 19 right (76.0%), 6 refused, 0
    # misread. Both first figures together: 70 right of 115 (70/115 = 0.6087), the honest
    # held-out figure; 81 (70.4%) after tune-g's words after the time part. Tuning data since
    # branch tune-h (the lead declared them so): 102 right (88.7%, 102/115 = 0.8870); 105
    # (91.3%, 105/115 = 0.9130) after tune-rest (postmark notes, the issue day as a start),
    # 106 (92.2%, 106/115 = 0.9217) with tune-k's rules beside them, 107 (93.0%, 107/115 =
    # 0.9304) after tune-rest's second slice.
    # 108/115 = 0.9391 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 109/115 = 0.9478 on the session-39 merge.
    # 110/115 = 0.9565 on the session-49 merge.
    # 111/115 = 0.9652 on the session-56 merge.
    Set("h-", 115, 0.965),
    # The sixth held-out set (i-): 61 phrases from 44 documents, mostly issued from 07/2025 on
    # (công văn, plans and directives of UBND tỉnh and Văn phòng UBND of 14 provinces, older plans
    # of Bắc Giang, Bắc Ninh, Lai Châu, Ninh Thuận, and the national công điện of the 2025 flood
    # recovery as the press quotes them); expectations committed in f14c978 before the tool ran
    # on them; measured once, held out (main at fe04a8f, 2026-11-30): 41 right (67.2%,
    # 41/61 = 0.6721), 20 refused, 0 misread: the honest figure. A second batch, if any, is
    # named i-2-* and held to its own figure. Tuning data since branch tune-ij (the lead's
    # word, 2026-11-30): the floor holds the tuned share (lunar glosses checked against the
    # lunar calendar, lunar years named), 42/61 = 0.6885; the first figure above is the honest one.
    # 51/61 = 0.8361 after tune-rest (things counted and shares, words of their own after a day).
    # 53/61 = 0.8689 after tune-l ("theo đúng quy định," and "Theo đó có …" as frames).
    # 54/61 = 0.8852 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 55/61 = 0.9016 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 57/61 = 0.9344 on the session-35 merge.
    # 58/61 = 0.9508 on the session-38 merge.
    # 59/61 = 0.9672 on the session-39 merge.
    # 60/61 = 0.9836 on the session-41 merge.
    Set("i-", 61, 0.983, exclude=("i-2-",)),
    # The second batch of the i- collection (i-2-*): 45 phrases from 22 documents, mostly 2025-2026
    # plans and notices of provinces, xã and phường (many dates glossed with their lunar date in
    # parentheses), two reporting rules/công văn and the 2026 inspection plan of Thanh tra Chính
    # phủ; expectations committed in 823a675 before the tool ran on them; measured once, held out
    # (main at bf0516c, the grammar of fe04a8f): 12 right (26.7%, 12/45 = 0.2667), 33 refused,
    # 0 misread. Tuning data since branch tune-ij: the floor holds the tuned share, 31/45 = 0.6889;
    # 33/45 = 0.7333 after tune-rest, 36/45 = 0.8000 after its second slice (a report named
    # with "là", a reception's rollover).
    # 37/45 = 0.8222 with tune-k's second slice beside it. 40/45 = 0.8889 after tune-m.
    # 41/45 = 0.9111 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 42/45 = 0.9333 on the session-40 merge.
    # 43/45 = 0.9556 on the session-52 merge.
    # 44/45 = 0.9778 on the session-53 merge.
    Set("i-2-", 45, 0.977),
    # The seventh held-out set (j-, branch collect-j): 91 phrases from 48 documents of 28
    # provinces and national bodies (congress and election schedules of 2019-2026, festival
    # and campaign plans with lunar-date glosses, exam schedules, directives with end dates);
    # expectations committed in 8222663 before the tool ran on them; measured once, held out
    # (main at fe04a8f, 2026-11-30): 62 right (68.1%, 62/91 = 0.6813), 28 refused, 1 misread
    # (named in KNOWN_MISREADS: an opening time "từ 20 giờ" read as a start bound of the same
    # day). First held-out figure 62/91 = 68.1% at fe04a8f. A second batch, if any, is named
    # j-2-* and held to its own figure. Tuning data since branch tune-ij: the floor holds the
    # tuned share, 71/91 = 0.7802; 72/91 = 0.7912 after tune-rest, 73/91 = 0.8022 with tune-k's
    # rules beside its, 75/91 = 0.8242 after tune-rest's second slice.
    # 77/91 = 0.8462 with tune-k's second slice beside it.
    # 81/91 = 0.8901 with tune-k's third slice.
    # 85/91 = 0.9341 after tune-l ("sớm nhất cả nước,", "Tháng hàng động vì …").
    # 87/91 = 0.9560 on the session-39 merge.
    # 88/91 = 0.9670 on the session-40 merge.
    Set("j-", 91, 0.967, exclude=("j-2-",)),
    # The second batch of the j- collection (j-2-*): 68 phrases from 34 documents, mostly
    # recurring duties (monthly and weekly reception days, reporting circulars' monthly and yearly
    # due days), the 2025-2026 election schedule and sport and holiday schedules; expectations
    # committed in dc95be1 before the tool ran on them; measured once, held out (main at
    # 36fb98d, 2026-11-30): 39 right (57.4%, 39/68 = 0.5735), 27 refused, 2 misread (named in
    # KNOWN_MISREADS, neither a wrong day). First held-out figure 39/68 = 57.4% at 36fb98d.
    # Tuning data since branch tune-ij: the floor holds the tuned share, 45/68 = 0.6618; 46/68 =
    # 0.6765 after tune-rest, 47/68 = 0.6912 with tune-k's rules beside its, 53/68 = 0.7794
    # after tune-rest's second slice (reception days: their kind, "định kỳ", the rollover);
    # 54/68 = 0.7941 once "ngày 16, 17/10/2021" expects one window, the corpus's convention.
    # 56/68 = 0.8235 after recur (several due days a month: "ngày 15 và 25 hàng tháng").
    # 57/68 = 0.8382 after wide-two (session 30: a holiday's span, then the day work resumes).
    # 58/68 = 0.8529 after wide-three (session 31: a report named by its period, then its
    # due day).
    # 59/68 = 0.8676 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 60/68 = 0.8824 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 62/68 = 0.9118 on the session-38 merge.
    # 63/68 = 0.9265 on the session-43 merge.
    # 64/68 = 0.9412 on the session-52 merge.
    Set("j-2-", 68, 0.941),
    # The eighth held-out set (k-, branch collect-k): 116 phrases from 59 documents of 27
    # provinces and national bodies (congress schedules by quarter and month, Sở Nội vụ and
    # audit reporting deadlines, counted and working-day deadlines, event and holiday notices,
    # a school-year framework), collected while the grammar was tuned on every older set;
    # expectations committed in 2d2872d and a2f0907 before the tool ran on them; measured once,
    # on the final grammar of the session (main at 22e856f, after the tuners' last landing,
    # 2026-11-30): 81 right (69.8%, 81/116 = 0.6983), 34 refused, 1 misread (named in
    # KNOWN_MISREADS, no wrong day). First held-out figure 81/116 = 69.8% at 22e856f. Tuning
    # data since branch tune-k (the lead declared them so): the floor holds the tuned share,
    # 109/116 = 0.9397.
    # 111/116 = 0.9569 since join12 (session 25, convention 12): "trong Quý 1 và Quý 2 năm 2024,
    # trên địa bàn huyện Vĩnh Linh sẽ …" reads each quarter's window with its words after.
    # 112/116 = 0.9655 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 113/116 = 0.9741 on the session-44 merge.
    Set("k-", 116, 0.974),
    # The ninth held-out set (l-, branch collect-l): 139 phrases from 66 documents of 28
    # provinces and national bodies (press reports of festivals, police campaigns and
    # expressway deadlines, school-year frameworks, reward-dossier and reporting rules with
    # yearly days and working-day counts, congress, election and HĐND notices, events moved
    # or suspended); expectations committed in 730a69c..f4f74ec before the tool ran on them;
    # measured once (main at f928036, after the tuners' final landing, 2026-11-30): 70 right
    # (50.4%, 70/139 = 0.5036), 67 refused, 2 misread (named in KNOWN_MISREADS, no wrong
    # day). First held-out figure 70/139 = 50.4% at f928036. Do not tune on them before a new
    # set is collected. 71/139 = 0.5108 once "Ngày 29 và 30/8/2022" expects one window, the
    # corpus's convention for days in a row (the same days; aligned by the lead, not tuning).
    # Tuning data since this session (the lead declared them so): 85/139 = 0.6115 after tune-m;
    # 100/139 = 0.7194 after tune-l (the words before the day), 101/139 = 0.7266 with its
    # second slice (a week named by its days, starts of two steps). 104/139 = 0.7482 after
    # tune-n (people and teams counted, "đến trường", "nam, nữ").
    # 107/139 since the lead's merge of session 22 (conv14's conventions 2-3, tune-zc's voters' meetings and terms after a day)
    # 111/139 = 0.7986 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 112/139 = 0.8058 on the session-35 merge.
    # 114/139 = 0.8201 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 119/139 = 0.8561 on the session-39 merge.
    # 120/139 = 0.8633 on the session-40 merge.
    # 121/139 = 0.8705 on the session-43 merge.
    # 122/139 = 0.8777 on the session-44 merge.
    # 124/139 = 0.8921 on the session-45 merge.
    # 125/139 = 0.8993 on the session-52 merge.
    # 126/139 = 0.9065 on the session-56 merge.
    # 127/139 = 0.9137 on the session-58 merge.
    # 128/139 = 0.9209 on the session-61 merge (a calendar step list, l-binh-duong-tb-143).
    Set("l-", 139, 0.920),
    # The tenth held-out set (m-, branch collect-m): 145 phrases from 67 documents of national
    # bodies (42 phrases: Quốc hội session schedules, Bộ GD&ĐT admission milestones, Bộ Nội vụ,
    # Bộ Tư pháp, Bộ VHTTDL, MTTQ election steps) and of 20 provinces from Quảng Ngãi southward
    # (holiday and flag notices of Ninh Thuận, Cần Thơ events, Đồng Nai and Long An school years,
    # An Giang HĐND sessions, festivals); expectations committed in 09e311c..79a153f before the
    # tool ran on them; measured once (main at f928036, after the tuners' final landing,
    # 2026-11-30): 85 right (58.6%, 85/145 = 0.5862), 57 refused, 3 misread (named in
    # KNOWN_MISREADS: two no wrong day, one a wrong day reported to the lead). First held-out
    # figure 85/145 = 58.6% at f928036. Do not tune on them before a new set is collected.
    # 86/145 once "ngày 11 và 12-12-2025" expects one window, the corpus's convention (aligned
    # by the lead, not tuning); 87/145 = 0.6000 since the lead's fix of the wrong day refuses
    # it, as its reader expected (a fix of a misread, not tuning on the refusals).
    # Tuning data since this session (the lead declared them so): 99/145 = 0.6828 after tune-m (one of them the lead's fix beside it).
    # 114/145 = 0.7862 after tune-l (the words before the day), 116/145 = 0.8000 with its
    # second slice, 117/145 = 0.8069 with its last. 118/145 = 0.8138 after tune-n.
    # 120/145 = 0.8276 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 121/145 = 0.8345 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 122/145 = 0.8414 after wide-three (session 31: "Theo kế hoạch, ngày 28.4 công bố …").
    # 123/145 = 0.8483 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 125/145 = 0.8621 on the session-35 merge.
    # 126/145 = 0.8690 on the session-40 merge.
    # 128/145 = 0.8828 on the session-41 merge.
    # 130/145 = 0.8966 on the session-43 merge.
    # 133/145 = 0.9172 on the session-45 merge.
    # 134/145 = 0.9241 on the session-55 merge.
    # 135/145 = 0.9310 on the session-56 merge.
    # 136/145 = 0.9379 on the session-63 merge (Nghị định 145/2020/NĐ-CP's monthly notice).
    Set("m-", 145, 0.937),
    # The eleventh held-out set (o-, branch collect-o): 174 phrases from 74 documents of 28
    # provinces from Đà Nẵng and Quảng Nam southward and of national bodies (18 phrases), 46
    # documents from 2023-2026; weighted to plans' and notices' own wording (press sentences
    # 34/174): xã and provincial notices on Tết, flags and holidays with lunar glosses, sowing
    # and shrimp calendars, school-year frameworks and Tết tables, reception cadences, HĐND
    # sessions, call-up dates. Expectations committed in e1972ae..341ae6d before the tool ran on
    # them; measured once (main at 7eba438, after the tuners', breaker's and fresh's landing,
    # 2026-11-30): 95 right (54.6%, 95/174 = 0.5460), 76 refused, 3 misread (named in
    # KNOWN_MISREADS: two months in a row read as two windows, the same days; and a FALSE
    # DEADLINE, a commune's receipt day of a letter read as due, reported to the lead). First
    # held-out figure 95/174 = 54.6% at 7eba438. Tuning data since this session (the lead
    # declared them so): 108/174 = 0.6207 after tune-o (two times in one phrase); 110/174 =
    # 0.6322 with tune-n's first slice beside it (the words around the deadline); 124/174 =
    # 0.7126 after tune-n's second (a term's contents and weeks of study, a revision note, a
    # place and its delegates, an address after "địa chỉ", "hoặc" between ways of doing one
    # thing); 126/174 = 0.7241 with the crops a zone grows ("vùng sản xuất lúa 3 vụ/năm").
    # 134/174 = 0.7701 after tune-o's last slice (weekdays before days without their year,
    # lunar years naming an undated page's year, "từ ngày 15 - 17.3", "D. Riêng …").
    # 138/174 = 0.7931 with the lead's alignments and tune-p (a count then "kể từ" and a dated
    # range, "diễn ra một ngày, vào ngày …").
    # 141/174 = 0.8103 with tune-zj's lengths before the date ("cách biển 70 km").
    # 142/174 = 0.8161 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 143/174 = 0.8218 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 144/174 = 0.8276 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # (146/174 after wide-two, session 30: a sowing span of whole months, then the harvest
    # deadline; back to 144 on the lead's merge, a window of whole months before another step
    # may be the period it reviews, milestones._whole_months.)
    # 146/174 = 0.8390 after misreads (session 31: a span of whole months told "từ … đến …"
    # by a step that reviews nothing is the step's own time, milestones._own_span).
    # 148/174 = 0.8506 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 149/174 = 0.8563 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 153/174 = 0.8793 on the session-38 merge.
    # 156/174 = 0.8966 on the session-39 merge.
    # 157/174 = 0.9023 on the session-40 merge.
    # 158/174 = 0.9080 on the session-41 merge.
    # 161/174 = 0.9253 on the session-42 merge.
    # 163/174 = 0.9368 on the session-43 merge.
    # 164/174 = 0.9425 on the session-52 merge.
    # 165/174 = 0.9483 on the session-53 merge.
    # 166/174 = 0.9540 on the session-56 merge (o-quang-nam's "thả giống đến tháng 10 năm
    # 2023" read by ruling 56(a), then refused as a lasting after the merge's fresh testers).
    Set("o-", 174, 0.954),
    # The twelfth held-out set (n-, branch collect-n, beside o-): 161 phrases from 80 documents of
    # national bodies (39 phrases: Bộ KH&CN, Bộ Xây dựng, Bộ Tư pháp, Bộ NN&PTNT and Cục Lâm
    # nghiệp consultations, Bộ Nội vụ, Bộ Y tế and Văn phòng Chính phủ letters) and of 24
    # provinces from the north to Thừa Thiên Huế (Quảng Trị's answers to petitions and
    # businesses, Ninh Bình, Lai Châu and Hưng Yên school years, Thanh Hóa and Hà Tĩnh reception
    # days, festivals of Lào Cai, Yên Bái and Hà Giang); expectations committed in
    # d24839f..bd83c34 before the tool ran on them; measured once (main at 7eba438, after the
    # tuners', breaker's and fresh's landings, 2026-11-30): 94 right (58.4%, 94/161 = 0.5839),
    # 56 refused, 11 misread (named in KNOWN_MISREADS: EIGHT ARE WRONG DAYS, reported to the
    # lead, three are not). First held-out figure 94/161 = 58.4% at 7eba438. Tuning data since
    # this session (the lead declared them so): 109/161 = 0.6770 after tune-o (two times in one
    # phrase); 123/161 = 0.7640 (floor 0.763) with tune-n's first slice beside it (a cited document's title,
    # an address, a telephone, "Quý cơ quan", the end mark "./.", "theo địa chỉ").
    # 134/161 = 0.8323 after tune-n's second slice (a letter told of and the deadline it set,
    # narrative frames, the month of a periodic duty, numbers that name things).
    # 138/161 = 0.8571 with the lead's alignments and tune-p ("Thời gian: 03 ngày, bắt đầu
    # từ … (Thứ Tư)"). 140/161 = 0.8696 with tune-zk (session 26: an event's day beside the
    # edition year of the festival it opens, "Ngày hội … lần thứ I và Tuần Du lịch – Văn hóa").
    # 141/161 = 0.8757 with tune-zm (session 27: a Party decision numbered in thousands,
    # "Quyết định số 2916-QĐ/TU", a reference).
    # 142/161 = 0.8820 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 143/161 = 0.8882 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 144/161 = 0.8944 on the session-38 merge.
    # 146/161 = 0.9068 on the session-39 merge.
    # 147/161 = 0.9130 on the session-40 merge.
    # 149/161 = 0.9255 on the session-41 merge.
    # 150/161 = 0.9317 on the session-43 merge.
    # 151/161 = 0.9379 on the session-44 merge.
    # 152/161 = 0.9441 on the session-45 merge.
    # 154/161 = 0.9565 on the session-50 merge.
    # 155/161 = 0.9627 on the session-53 merge.
    Set("n-", 161, 0.962),
    # The thirteenth held-out set (p-, branch collect-p, 2026-12-01): 154 phrases from 86
    # documents of 39 provinces (old and merged names), commune, ward and district notices and
    # plans and provincial departments' schedules (vaccination and refuse-collection rounds,
    # crop calendars, land-use consultations, procedure lists' processing times, council
    # sessions, sports and festival schedules; 36 press phrases); expectations committed in
    # 19f2e47..1661b7a before the tool ran on them; measured once (main at ad25e14,
    # 2026-12-01): 92 right (59.7%, 92/154 = 0.5974), 58 refused, 4 misread (named in
    # KNOWN_MISREADS: TWO ARE FALSE DEADLINES, reported to the lead; two are the same last day
    # read as a date rather than a window). First held-out figure 92/154 = 59.7% at ad25e14.
    # Tuning data since the eighth session (r-, s- held out in its place): 93/154 with the
    # lead's fix of the receipt; 101/154 = 0.6558 after tune-p's first slice (a place numbered in its name,
    # "với …" after the days, the organisers quoted, "lần lượt", counts of days or nights);
    # 112/154 = 0.7273 after its second beside the lead's fixes (a window's hours of each day,
    # a sowing calendar's batches and varieties, "theo hình thức họp tập trung", "pút", two
    # events at their hours); 113/154 = 0.7338 after its third (a range after the field
    # "Thời gian:", a length and the days it spans); 116/154 = 0.7532 with tune-q beside it
    # (every day, several weekdays a week, a weekly reception day moved off a day off).
    # 119/154 = 0.7727 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 120/154 = 0.7792 with tune-carry (session 28: "đợt 2/2025" a round of the year, never
    # February, its own days read).
    # 121/154 = 0.7857 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 123/154 = 0.7987 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 127/154 = 0.8247 on the session-38 merge.
    # 129/154 = 0.8377 on the session-39 merge.
    # 132/154 = 0.8571 on the session-41 merge.
    # 134/154 = 0.8701 on the session-44 merge.
    # 135/154 = 0.8766 on the session-45 merge.
    # 137/154 = 0.8896 on the session-47 merge.
    # 138/154 = 0.8961 on the session-49 merge.
    # 139/154 = 0.9026 on the session-51 merge.
    Set("p-", 154, 0.902),
    # The thirteenth held-out set (q-, branch collect-q): 171 phrases from 79 documents of
    # party and mass organisations (Tỉnh ủy, Thành ủy, BCĐ 35, Ban Tuyên giáo, the Party statute,
    # Đoàn, Hội đồng Đội, Hội LHTN, HLHPN, HND, CCB, Công đoàn, MTTQ) and of ministries (Bộ GD&ĐT
    # school years, exams and admission timetables; reporting rules of Bộ Y tế, Bộ Tư pháp, Bộ
    # TN&MT, Bộ KH&CN, Bộ VHTTDL; Bộ Công Thương, Bộ LĐ-TB&XH), Trung ương 108/43 and 25
    # provinces; press sentences 39/171; expectations committed in da01f22..7bf0284 before the
    # tool ran on them; measured once (main at ad25e14, 2026-12-01): 110 right (64.3%,
    # 110/171 = 0.6433), 56 refused, 5 misread (named in KNOWN_MISREADS: ONE A FALSE DEADLINE,
    # a report of dossiers received "đến 17 giờ ngày 1/2/2026" read as due, reported to the
    # lead). First held-out figure 110/171 = 64.3% at ad25e14. Tuning data since the eighth
    # session (r-, s- held out in its place): 114/171 = 0.6667 after tune-p's first slice (a place
    # numbered in its name, "với 336 đại biểu", an hour written "10g00"); 126/171 = 0.7368
    # after its second beside the lead's fixes ("không giới hạn số lần" in admission
    # timetables, "đến15-12-2017", "Việt Nam năm 2024", "đến hết 24h00 ngày D"); 137/171 =
    # 0.8011 with tune-q's first slice beside it (reporting rules: the year after the period
    # reported on, the period and the cut-off day beside the due day, the rule's cadence said
    # twice, yearly data periods); 139/171 = 0.8129 after tune-q's second slice (two report
    # cadences each with its day, data periods whose last day is said twice); 140/171 =
    # 0.8187 with tune-p's last slice ("ngày 13/8 tới", the coming day).
    # 144/171 = 0.8421 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 147/171 = 0.8596 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 148/171 = 0.8655 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 151/171 = 0.8830 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 154/171 = 0.9006 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 156/171 = 0.9123 on the session-38 merge.
    # 158/171 = 0.9240 on the session-39 merge.
    # 159/171 = 0.9298 on the session-41 merge.
    # 160/171 = 0.9357 on the session-44 merge.
    # 161/171 = 0.9415 on the session-49 merge.
    # 162/171 = 0.9474 on the session-50 merge.
    # 163/171 = 0.9532 on the session-55 merge.
    Set("q-", 171, 0.953),
    # The fourteenth held-out set (r-, branch collect-r, 2026-12-01): 151 phrases from 87
    # documents of all 34 provinces after the 2025 mergers and Trung ương: provincial and
    # commune plans and resolutions as the legal-text sites and portals print their openings
    # (titles, targets "đến năm 2030", effect clauses, cited bases), procedure processing
    # times, commune notices, a few schedules; press sentences 36/151; 28 expected refused.
    # Expectations committed in c3e4d81..1b4f91f before the tool ran on them; measured once
    # (main at f6674d3, 2026-12-01): 109 right (72.2%, 109/151 = 0.7219), 34 refused, 8
    # misread (named in KNOWN_MISREADS: SIX ARE WRONG DAYS, false deadlines read from a past
    # period, a results heading, a cited decision's title and an appraisal cadence, reported
    # to the lead). First held-out figure 109/151 = 72.2% at f6674d3. 116/151 after the
    # lead's fixes of the false deadlines. Tuning data since branch tune-r (the lead's word):
    # 122/151 = 0.8079 after its first slice (a procedure's processing time, a bare count under
    # "Thời hạn giải quyết" / "Ngày thụ lý"; the appraisal criterion refused, no misread left);
    # 128/151 = 0.8477 after its second (a place's name after its unit, "theo hướng", "Theo
    # <document> thì", the months left of a year, health stations counted, ring roads
    # numbered).
    # 133/151 since the lead's merge of session 22 (conv14's conventions 2-3, tune-zc's voters' meetings and terms after a day)
    # 134/151 = 0.8874 with tune-zm (session 27: a group of a list by its number, "nhóm 20").
    # 135/151 = 0.8940 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 136/151 = 0.9007 on the session-38 merge.
    # 138/151 = 0.9139 on the session-39 merge.
    # 139/151 = 0.9205 on the session-40 merge.
    # 140/151 = 0.9272 on the session-41 merge.
    # 141/151 = 0.9338 on the session-47 merge.
    # 143/151 = 0.9470 on the session-49 merge.
    # 144/151 = 0.9536 on the session-53 merge.
    # 145/151 = 0.9603 on the session-54 merge.
    Set("r-", 151, 0.96),
    # The fifteenth held-out set (s-, branch collect-s, 2026-12-01, beside r-): 160 phrases from 82
    # documents, reporting rules and schedules above all (84 phrases of chế độ báo cáo: report-by
    # days, data periods and filing windows of thông tư, nghị định and provinces' quyết định on
    # statistics, labour, labour safety, tax, customs, cooperatives, securities, real estate,
    # budget publicity and anti-corruption reports), 2025-2026 plans, directives and resolutions
    # of Hà Nội, Hưng Yên, Lâm Đồng, Nghệ An, Tây Ninh; Trung ương 97/43 and 19 provinces; press
    # sentences 38/160; expectations committed in 08a1ee8..b516ade before the tool ran on them;
    # measured once (main at f6674d3, 2026-12-01): 80 right (50.0%, 80/160 = 0.5000), 75
    # refused, 5 misread (named in KNOWN_MISREADS: ONE A FALSE DEADLINE, a form's row "Số buồng
    # có đến 31/12", a count as of a day, read as due 31/12/2012; four are not wrong days).
    # First held-out figure 80/160 = 50.0% at f6674d3. Tuning data since branch tune-s, as the
    # lead declared: 103/160 = 0.6437 with its refusals grouped by cause and the general causes
    # fixed, its three misreads refused (tests/corpus/README.md).
    # 107/160 since the lead's merge of session 22 (conv14's conventions 2-3, tune-zc's voters' meetings and terms after a day)
    # 109/160 = 0.6813 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 110/160 = 0.6875 with tune-zm (session 27: a report's heading and its colon, "+ Báo cáo
    # 06 tháng: Trước ngày 10/7").
    # 111/160 = 0.6938 after wide-three (session 31: a report named by its period, then its
    # due day).
    # 112/160 = 0.7000 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 115/160 = 0.7188 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 128/160 = 0.8000 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 132/160 = 0.8250 on the session-38 merge.
    # 133/160 = 0.8313 on the session-40 merge.
    # 134/160 = 0.8375 on the session-41 merge.
    # 135/160 = 0.8438 on the session-42 merge.
    # 137/160 = 0.8562 on the session-43 merge.
    # 138/160 = 0.8625 on the session-51 merge.
    # 141/160 = 0.8812 on the session-55 merge.
    # 142/160 = 0.8875 on the session-63 merge (Thông tư 17/2021/TT-BCT's quarterly report).
    Set("s-", 160, 0.887),
    # The sixteenth held-out set (t-, branch collect-t, 2026-12-01): 163 phrases from 91 files
    # (85 documents) asked as the task tables of 2025-2026 plans; the pages corpus holds only a
    # page's opening, so the set is mostly the rows and deadlines of plans, directives and
    # decisions as the press and portals quote them (press 133/163): the 2026 inspection plan by
    # quarter, call-up days by province, a 34-province fireworks table, border-school and
    # 19/12 groundbreaking deadlines, the spring fair, flower streets with lunar glosses, the
    # asset inventory, storm công điện; plan and decision titles and targets of Lạng Sơn, Cao
    # Bằng, Thanh Hóa, Lai Châu, Quảng Ninh, Cần Thơ and three xã; Trung ương 69/41 and 21
    # provinces; 35 expected refused (citations, weather, counts and results as of a past day,
    # lunar days, "lần lượt"). Expectations committed in 822d3e5..fc65cc3 before the tool ran on
    # them; measured once (main at aac49e0, 2026-12-01): 88 right (54.0%, 88/163 = 0.5399), 70
    # refused, 5 misread (named in KNOWN_MISREADS: FOUR ARE FALSE DEADLINES, three inventory
    # snapshot moments "0h ngày 1/1/2026" read as due 01/01/2026 and a past period "Trong giai
    # đoạn 2019-2021, … đã được sáp nhập" read as a window; one is no wrong day, three days "(4,
    # 5 và 6/3)" read as one window over the same days). First held-out figure 88/163 = 54.0% at
    # aac49e0. Tuning data since branch tune-t, as the lead declared: 103/163 = 0.6319 with its
    # four false deadlines refused as general rules (an inventory's moment, a past period's
    # results told with "đã", a document that issues another) and its refusals grouped by
    # cause, the general causes fixed (tests/corpus/README.md). Then 104/163 = 0.6380: the
    # lead aligned "(4, 5 và 6/3)" with the corpus's convention for days in a row (one window).
    # 111/163 = 0.6810 at tune-zj (an area before the date, "phát triển 2ha công viên").
    # 111/163 = 0.6810 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 111/163 = 0.6810 with tune-zk (session 26: "căn cứ theo dấu bưu điện" inside a note);
    # 112/163 = 0.6871 with "sau điều chỉnh" (as adjusted) read as a name.
    # 113/163 = 0.6933 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 114/163 = 0.6994 after wide-words (session 30: the exact time "thông báo sau" in
    # parentheses after a window).
    # 114/163 = 0.6993 at tune-zr (session 30: a weekday opening a gloss, "(thứ Ba, đêm giao
    # thừa Tết Bính Ngọ)").
    # 115/163 = 0.7055 on the session-30 merge (wide-words and tune-zr together).
    # 116/163 = 0.7117 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 117/163 = 0.7178 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 118/163 = 0.7239 on the session-35 merge.
    # 119/163 = 0.7301 on the session-37 merge (named numbers, lead37).
    # 126/163 = 0.7730 on the session-38 merge.
    # 129/163 = 0.7914 on the session-39 merge.
    # 134/163 = 0.8221 on the session-40 merge.
    # 135/163 = 0.8282 on the session-41 merge.
    # 136/163 = 0.8344 on the session-42 merge.
    # 137/163 = 0.8405 on the session-43 merge.
    # 138/163 = 0.8466 on the session-46 merge.
    # 139/163 = 0.8528 on the session-55 merge.
    # 140/163 = 0.8589 on the session-56 merge.
    Set("t-", 163, 0.858),
    # seventeenth held-out set (u-, branch collect-u beside t-, 2026-12-01): 193 phrases from
    # 106 documents, press 132/66, school-year calendars, directives, congresses, plans,
    # elections, reporting rules and decisions; Trung ương 83/33, TP. Hồ Chí Minh 17, Thanh Hóa
    # 9, Hà Nội 7, Nghệ An 7 and 30 more provinces; 41 expected refused (lunar days, "theo quy
    # định", "khi có yêu cầu", weather, past status, anniversary spans, citations, a misprinted
    # year). Expectations committed in b13152e..e478a24 before the tool ran on them; measured
    # once (main at 347576b): 106 right (54.9%, 106/193 = 0.5492), 80 refused, 7 misread (named
    # in KNOWN_MISREADS: FOUR ARE WRONG DAYS, a misprinted year "13.8.2028" read as due
    # 13/08/2028, a postponed session "hoãn … định kỳ tháng 6/2021" read as a window, a basis
    # "Căn cứ kết quả kỳ họp … từ ngày 12 đến ngày 14 tháng 12 năm 2024" read as a window and a
    # plan's name "thời kỳ 2021-2030" read as a window; three are no wrong day: "(4, 5 và 6/3)"
    # and "ngày 25 và 26-12" read as one window over the same days, and an effective date read
    # as due on that day). First held-out figure 106/193 = 54.9% at 347576b. Since branch
    # tune-u its refusals are tuning data, as the lead declared: the floor holds the tuned
    # share (116/193 = 0.6010: three wrong days refused, an effective day read as a start,
    # "sớm" before a verb, an event held on the day that opens a press line, "đầu cấp", the
    # body the press quotes); with tune-t's rules and the two day lists aligned by the lead
    # with the convention for days in a row, 119/193 = 0.6166. 128/193 = 0.6632 on main 5fc439d
    # with tune-zk (session 26: "sau điều chỉnh", as adjusted, read as a name). 129/193 =
    # 0.6684 by tune-zn's second anniversary listed after the first one's span.
    # 130/193 = 0.6736 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder); 131/193 = 0.6788 with the
    # exact time "thông báo sau" in parentheses after a window.
    # 132/193 = 0.6839 once u-daisan's file holds its plan's inferred day (branch
    # misreads-issued, the lead's ruling): its misprinted 2028 refused (refusals.not_far_ahead).
    # 134/193 = 0.6943 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 137/193 = 0.7098 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 138/193 = 0.7150 on the session-35 merge.
    # 139/193 = 0.7202 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 140/193 = 0.7254 on the session-37 merge (named numbers, lead37).
    # 144/193 = 0.7461 on the session-38 merge.
    # 148/193 = 0.7668 on the session-39 merge.
    # 151/193 = 0.7824 on the session-40 merge.
    # 154/193 = 0.7979 on the session-41 merge.
    # 157/193 = 0.8135 on the session-43 merge.
    # 160/193 = 0.8290 on the session-44 merge.
    # 166/193 = 0.8601 on the session-45 merge.
    # 171/193 = 0.8860 on the session-50 merge.
    # 172/193 = 0.8912 on the session-52 merge.
    # 175/193 = 0.9067 on the session-54 merge.
    Set("u-", 193, 0.906),
    # The eighteenth held-out set (v-, branch collect-v, 2026-12-01): 213 phrases from 132
    # documents, tasks with their days as the pages corpus prints them: campaign months and
    # weeks (children, gender equality, drugs, HIV, labour safety, the poor, disaster
    # prevention, clean water, sea and islands, books, law day, digital transformation),
    # flag and holiday notices, work schedules, voter consultation and hamlet-head elections,
    # admissions and exam calendars, inspection plans, the 2022 electronic-ID drive; press
    # 143/99, plans 44/21; Trung ương 53/41 and 42 provinces; 62 phrases from the pages of
    # communes, wards and sở; 38 expected refused. Expectations committed in 0b15a93..9426bb3 before the tool
    # ran on them; measured once (main at c79251c, merged as 16877ab): 117 right (54.9%,
    # 117/213 = 0.5493), 91 refused, 5 misread (named in KNOWN_MISREADS: FOUR ARE FALSE
    # DEADLINES, reported to the lead: a step told as done "đã hoàn thành … trước ngày
    # 28/5/2021" and a guidance's issue day "Ngày 29/2/2020, UBND tỉnh đã ban hành …", each read
    # as due that day, and two periods inspected "giai đoạn 2024-2025", "giai đoạn 2021–2025"
    # read as windows; one is no wrong day, "2 ngày 9 và 10-11" read as one window over the same
    # days). First held-out figure 117/213 = 54.9% at 16877ab. Do not tune on them before a
    # new set is collected. Since, the lead aligned the day list with the convention for days
    # in a row (one window): 118/213 = 0.5539. Tuning data since branch tune-v (the lead's
    # word; 120/213 on main then): the four false deadlines refused as general rules, 124/213 =
    # 0.5822; 153/213 = 0.7183 with its refusals' general causes read (yearly windows and
    # named yearly days, a weekly morning, ages and voters counted, themes and names, a
    # schedule's week numbered).
    # 155/213 = 0.7277 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 156/213 = 0.7323 after branch tune-zo (session 28) counted the polling groups a meeting
    # is held at ("tại 5 tổ bầu cử") as places, no time.
    # 159/213 = 0.7465 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 162/213 = 0.7606 on the session-35 merge.
    # 163/213 = 0.7653 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 167/213 = 0.7840 on the session-38 merge.
    # 173/213 = 0.8122 on the session-39 merge.
    # 184/213 = 0.8638 on the session-40 merge.
    # 187/213 = 0.8779 on the session-41 merge.
    # 188/213 = 0.8826 on the session-43 merge.
    # 190/213 = 0.8920 on the session-44 merge.
    # 193/213 = 0.9061 on the session-45 merge.
    # 194/213 = 0.9108 on the session-49 merge.
    # 195/213 = 0.9155 on the session-50 merge.
    # 196/213 = 0.9202 on the session-55 merge.
    Set("v-", 213, 0.92),
    # nineteenth held-out set (w-, branch collect-w, 2026-12-01): 169 phrases from 90 documents,
    # central and older texts above all: Văn phòng Chính phủ letters and notices (1999-2018),
    # ministries' letters and circulars (Bộ Xây dựng, Bộ VHTTDL, Bộ Tư pháp, Bộ GTVT, Bộ Công
    # Thương), the Prime Minister's directives, school-year frameworks of 2012-2018, the 2009 and
    # 2019 census, the 2011 and 2016 elections, holidays of 2014 and 2017, effect clauses and
    # HĐND plans of 2007-2021 from provinces the corpus held few of; Trung ương 83/54 and 27
    # provinces; decision 49, press 47, school-year 34, directive 16, plan 12. Expectations
    # committed in b0d1f00..a54fd27 before the tool ran on them; measured once (main at c79251c,
    # 2026-12-01): 107 right (63.3%, 107/169 = 0.6331), 44 refused, 18 misread (named in
    # KNOWN_MISREADS: ELEVEN ARE FALSE DEADLINES, a past period told as done, a law's year in a
    # plan's title (twice), a council's term and an election's term read as windows, two
    # submissions' days after "Theo đề nghị", a signing day, a census reference moment, a start
    # told as done, a repeal day; seven are no wrong day: six effect days under "Ngày có hiệu lực"
    # and like headers read as due on that day, and a census moment read as a start bound). The
    # refusals are mostly two dates in one phrase, forms not recognised and words after the date.
    # First held-out figure 107/169 = 63.3% at c79251c. Tuning data since branch tune-w (the
    # lead's word): the misreads refused or read right first (see KNOWN_MISREADS), 124/169 =
    # 0.7337 after them; then the refusals by cause, 137/169 = 0.8107. 135/169 = 0.7988 since
    # tidy15 (session 23): two events told with their day expect it under the lead's
    # convention 1 (were refuse); the tool still refuses them, counted as refused. 137/169 =
    # 0.8107 since tidy16 (session 24): both read their day (agenda.event_on_its_day)
    # 138/169 = 0.8166 after wide-two (session 30: an exam's days, then the next steps' due days).
    # 139/169 = 0.8225 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 142/169 = 0.8402 on the session-41 merge.
    # 143/169 = 0.8462 on the session-42 merge.
    # 145/169 = 0.8580 on the session-43 merge.
    # 146/169 = 0.8639 on the session-44 merge.
    # 147/169 = 0.8698 on the session-47 merge.
    # 149/169 = 0.8817 on the session-51 merge.
    # 151/169 = 0.8935 on the session-52 merge.
    # 152/169 = 0.8994 on the session-56 merge.
    Set("w-", 169, 0.899),
    # The twentieth held-out set (x-, branch collect-x, 2026-12-01): 156 phrases from 83
    # documents of the post-merger administration (2025-2026): the 34 provinces since 1/7/2025
    # and their new communes, wards and merged sở (82 phrases from xã/phường/Sở issuers):
    # the two-level government, the 2026 election, the 2026 budget and socio-economic plans,
    # spring festivals and Tết Bính Ngọ schedules with lunar glosses; press 122/66; Trung ương
    # 22/12 and 23 provinces; 42 expected refused. Expectations committed in 75d6ced..4528faa
    # before the tool ran on them; measured once (main at 4aa36e9, merged as aceec45): 93 right
    # (59.6%, 93/156 = 0.5961), 60 refused, 3 misread (named in KNOWN_MISREADS: TWO ARE FALSE
    # DEADLINES, an edition's name "Năm 2026, chương trình …" for an event of 31/12/2025 and a
    # basis citing the 2026 budget circular, each read as a window over 2026; one is no wrong
    # day, "dừng hoạt động chậm nhất từ 12 giờ ngày 16/2" read as a start bound, no due day).
    # First held-out figure 93/156 = 59.6% at 4aa36e9. Tuning data since branch tune-x (the
    # lead's word): the misreads refused or read right first (see KNOWN_MISREADS), 99/156 =
    # 0.6346 after them; then the refusals by cause, 120/156 = 0.7692. 123/156 = 0.7885 with
    # tune-zk (session 26: a festival named with its year, held on a page with no date).
    # 124/156 = 0.7948 with tune-zm (session 27: "Sáng ngày mai (11/8/2025)", tomorrow
    # checked against the issue day).
    # 126/156 = 0.8077 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 128/156 = 0.8205 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 129/156 = 0.8269 on the session-38 merge.
    # 133/156 = 0.8526 on the session-40 merge.
    # 135/156 = 0.8654 on the session-41 merge.
    # 137/156 = 0.8782 on the session-42 merge.
    # 139/156 = 0.8910 on the session-43 merge.
    # 141/156 = 0.9038 on the session-44 merge.
    # 142/156 = 0.9103 on the session-45 merge.
    # 143/156 = 0.9167 on the session-51 merge.
    # 145/156 = 0.9295 on the session-53 merge.
    # 146/156 = 0.9359 on the session-55 merge.
    Set("x-", 156, 0.935),
    # The twenty-first held-out set (y-, branch collect-y, 2026-12-01, beside x-): 192 phrases from
    # 55 documents of 32 issuers on processing times, reporting regimes and budget calendars (the
    # Luật NSNN and Nghị định 163/2016 calendars, the public-investment calendars, ministries'
    # statistics rules, TTHC processing steps, school years of 2022-2026, year-end budget
    # sessions); Trung ương 131/36 and 14 provinces the corpus held few of; reporting-rule 67,
    # press 56. Expectations committed in 7cda406..373a9fb before the tool ran on them; measured
    # once (main at 4aa36e9, merged as 997c303, 2026-12-01): 118 right (61.5%, 118/192 =
    # 0.6146), 66 refused, 8 misread (named in KNOWN_MISREADS: THREE ARE WRONG DAYS, "ngày 12 /
    # ngày 10 tháng sau tháng báo cáo" read as 12 and 10 months after, and a misprinted term II
    # "từ ngày 9/1/2022" read as a 16-month window; FOUR ARE FALSE DEADLINES, two terms of office
    # read as windows, a condition "cần khai giảng trước ngày 5/9" read as due, the year reported
    # on read as a window; one no wrong day, "11/02/2021" under "Áp dụng:" read as due). The
    # refusals: 28 not recognised (14 of them law calendars, "Trước ngày 15 tháng 11, …" without
    # "hằng năm" and days "năm thứ tư của kế hoạch … giai đoạn trước"), 5 a number before the
    # date, 5 another date in the phrase, 5 words after it, 4 a word before it, 4 counts whose
    # anchor holds a number, 4 "năm sau" without an issue day, 3 "từ …" without an end, and
    # single causes (a "hoặc" between two officials, "Ngày có hiệu lực:", over 500 characters).
    # First held-out figure 118/192 = 61.5% at 4aa36e9. Tuning data since branch tune-y (the
    # lead declared them so, session 20): 130/192 = 0.6771 once its misreads are fixed (the
    # 12th / 10th "tháng sau tháng báo cáo" read as monthly, the day after "ngày" never a
    # count; a term over a year refused; terms of an office elected or a congress led to,
    # a condition's day and letters sent refused); 137/192 = 0.7135 after its refusals by cause
    # (a yearly rule's step naming "năm sau" or two acts joined by "hoặc", a quarter's data
    # period, a count whose anchor cites an article or a form).
    # 141/192 = 0.7344 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 143/192 = 0.7448 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 144/192 = 0.7500 after wide-three (session 31: a report named by its period, then its
    # due day).
    # 145/192 = 0.7552 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 146/192 = 0.7604 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 148/192 = 0.7708 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 149/192 = 0.7760 on the session-35 merge.
    # 160/192 = 0.8333 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 161/192 = 0.8385 on the session-38 merge.
    # 166/192 = 0.8646 on the session-39 merge.
    # 168/192 = 0.8750 on the session-41 merge.
    # 172/192 = 0.8958 on the session-42 merge.
    # 174/192 = 0.9062 on the session-43 merge.
    # 175/192 = 0.9115 on the session-44 merge.
    # 176/192 = 0.9167 on the session-45 merge.
    # 180/192 = 0.9375 on the session-51 merge.
    # 181/192 = 0.9427 on the session-52 merge.
    # 183/192 = 0.9531 on the session-55 merge.
    Set("y-", 192, 0.953),
    # The twenty-second held-out set (z-, branch collect-z, 2026-12-01): 299 phrases from 136
    # documents: the 2026 plans the press and portals show (Sơn La's CCHC and KT-XH 2026,
    # Thanh Hóa's weekly schedule, the 2026 election, the Quốc hội XVI calendar), council
    # sessions moved, sports congresses put off, water and road notices, races put off in 2020,
    # and one task table, Phụ lục II of the Government's NQ 57 programme (29 deadline cells under
    # "Thời gian hoàn thành"); press 182/96, plan 70/16, directive 28/14; Trung ương 95/35 and
    # 41 provinces of their day (30 of the 34 since 1/7/2025); 40 expected refused.
    # Expectations committed in 7578c5a..d0342a5 before the tool ran on them; measured once
    # (main at 952db67, merged as 0f02ea8): 177 right (59.2%, 177/299 = 0.5920), 117 refused,
    # 5 misread (named in KNOWN_MISREADS: ONE IS A WRONG DAY, "Trong năm 2023, 2024, huyện sẽ
    # tổ chức diễn tập …" read as one window to 31/12/2024, the 2023 milestone a year late;
    # ONE IS A FALSE DEADLINE, a conference told as held "Sáng ngày 13/02/2025, UBND xã … tổ
    # chức Hội nghị …" read as due that day; three are no wrong day: "… đã tựu trường từ
    # 18/8/2025", told as done, read as a start bound, and the table cells "Thường xuyên" and
    # "Nhiệm vụ thường xuyên" read as ongoing where the brief asked them refused, the README's
    # own example expecting ongoing: the lead settled ongoing, the README's convention, and
    # changed the two expectations after the run — the brief's error, not the collector's;
    # with them, 179/299 at 952db67). The refusals: 41 not recognised
    # (19 of them the table's bare cells "6/2025", "12/2028", "2025", "2025 và những năm tiếp
    # theo"), 16 another date or number in the phrase (a planned day beside the new one "dự
    # kiến 15/02 - lùi 16/5/2020", "đợt 2/2025"), 21 words after the date, 8 a word before it
    # ("sau", "theo", "tối đa", "trước"), 5 a number before it, 4 "từ …" without an end, and
    # single causes (a lunar gloss a day off, "năm nay" with another year, cycles "5 năm 1 lần").
    # First held-out figure 177/299 = 59.2% at 0f02ea8 (179 with the two cells corrected; 180
    # after the lead's merge of tune-x, tidy12 and breaker12's last slice). Since branch
    # tune-z (2026-12-01) its refusals are tuning data, as the lead declared: the misreads
    # refused or read right (years listed with a comma each their own, a start told as begun
    # "đã … từ D" refused, the conference told on its day expecting that day, the corpus's
    # convention), then a task table's bare month or year under its deadline column ("6/2025",
    # "2025" under "Thời gian hoàn thành": 18 cells): 200/299 = 0.6689, 0 misread; then a range
    # that is a whole cell "30/05 - 01/06", "theo (đúng) quy định / luật định" after the day,
    # grades listed after one "lớp", an occasion in parentheses after its day, "Theo thể lệ
    # Giải," as a frame, "sớm hơn 2 tuần so với thông lệ" as a note: 210/299 = 0.7023; the
    # campaign "Tháng (tổng) vệ sinh, khử trùng, tiêu độc" as a name: 212/299 = 0.7090; 214/299
    # = 0.7157 after the lead's merge with tune-za and conv13 (session 21, lead4).
    # 221/299 since the lead's merge of session 22 (conv14's conventions 2-3, tune-zc's voters' meetings and terms after a day)
    # 217/299 = 0.7258 since tidy15 (session 23): four events told with their day expect it
    # under the lead's convention 1 (were refuse); the tool still refuses them. 226/299 =
    # 0.7559 since tidy16 (session 24): the four and a neighbour read their day
    # (agenda.event_on_its_day)
    # With tune-zf, tune-zg, tidy16 and breaker16 merged (lead7): 228/299.
    # 229/299 = 0.7659 since join12 (session 25, convention 12): "Trong năm 2023, 2024, huyện
    # sẽ tổ chức diễn tập …" reads each year's window, the words after it as the step.
    # 230/299 = 0.7692 with tune-zj's anniversary after the day ("đúng ngày 30/4, kỷ niệm 42
    # năm ngày giải phóng miền Nam …").
    # 231/299 = 0.7726 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 230/299 = 0.7692 with tune-zk (session 26: "kỷ niệm 42 năm ngày giải phóng …", an
    # anniversary named after the day).
    # 232/299 = 0.7759 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 233/299 = 0.7793 with tune-zl (session 27: a legal database's title "Quyết định 3350/QĐ-UBND
    # năm 2025 về Kế hoạch … năm 2026" reads its own year, convention 11).
    # 235/299 = 0.7859 with tune-carry (session 28): two rounds numbered by year ("đợt 2/2025",
    # "đợt 1/2026") read their own days; z-tayninh-kh-1173 aligned with the lead's ruling on
    # conventions 11 and 7 (the portal's item is the plan's own announcement) and read.
    # 236/299 = 0.7893 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 237/299 = 0.7926 after wide-two (session 30: a closing day, then the judging month).
    # 237/299 = 0.7926 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 238/299 = 0.7959 on the session-30 merge (wide-two and wide-words together).
    # 240/299 = 0.8027 after wide-three (session 31: "tối hôm nay (30-4)", "hôm nay (31/3)").
    # 243/299 = 0.8127 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 245/299 = 0.8194 on the session-35 merge.
    # 250/299 = 0.8361 on the session-38 merge.
    # 255/299 = 0.8528 on the session-39 merge.
    # 259/299 = 0.8662 on the session-40 merge.
    # 261/299 = 0.8729 on the session-41 merge.
    # 263/299 = 0.8796 on the session-42 merge.
    # 265/299 = 0.8863 on the session-43 merge.
    # 268/299 = 0.8963 on the session-44 merge.
    # 269/299 = 0.8997 on the session-45 merge.
    # 273/299 = 0.9130 on the session-50 merge.
    # 275/299 = 0.9197 on the session-51 merge.
    # 277/299 = 0.9264 on the session-53 merge.
    # 278/299 = 0.9298 on the session-56 merge.
    Set("z-", 299, 0.929),
    # The held-out set za- (branch collect-za, 2026-12-01, collected beside z-): 259 phrases from
    # 92 documents of 69 issuers on directives, official letters, conclusions and event
    # schedules of 2024-2026 (storm orders of 2025 with sea bans at an hour and school closures,
    # flag-flying notices, exam calendars of 2026, Tết and New Year holidays of 2026 with lunar
    # glosses and weekdays, the censuses of 2024-2026, university term plans, Huế feedback-portal
    # replies); Trung ương 61/21, Hà Nội 51/17, TP. Hồ Chí Minh 45/12, Huế 18/10 and 18 provinces
    # more; press 222/79, plan 17/7, school-year 14/3, directive 6/3. Expectations committed in
    # 5214c1d..a5c0a99 before the tool ran on them; measured once (main at 952db67, merged as
    # 42f5184, 2026-12-01): 137 right (52.9%, 137/259 = 0.5290), 117 refused, 5 misread (named
    # in KNOWN_MISREADS: FOUR ARE FALSE DEADLINES, a letter's own evening of issue "văn bản hỏa
    # tốc số 1539/UBND-KGVX tối 3/4/2025" read as due that day, two options still weighed "cân
    # nhắc giữa 2 phương án cuối tháng 5 và cuối tháng 6" read as two windows, a plan given up
    # "từng dự kiến tổ chức thi vào cuối tháng 6" read as a window, a figure as of a day "Đến
    # ngày 18/12/2025, giải ngân … đạt 68,3%" read as due; no wrong day: a cleanup told as done
    # "đã dọn dẹp vệ sinh từ ngày 30/10" read as a start bound with no due day). The refusals:
    # 28 not recognised (hours "hôm nay" or "cùng ngày", weekday-glossed days "thứ Ba (28/4)",
    # dotted days "ngày 5.4", "Ngày thi chính thức là 24-25/1 tới", counts "trong 96 giờ (4
    # ngày) kể từ …", "03 tháng kể từ ngày ban hành QĐ …"), 26 another date in the phrase
    # (table cells "25/12/2025 đến 04/01/2026" without "từ", a make-up day beside a day off,
    # two rounds in one sentence), 14 words after the date, 8 a word before it ("theo", "ít
    # nhất", "tuần", "nếu"), 8 a number before it, 7 weather words, 6 "từ …" without an end, 3
    # cells "1/2-1/3/2026", 3 told as done, 2 a suspension, 2 "no year" where the phrase opens
    # with "Năm 2026", 2 two weekday glosses in one range, and single causes (a "hoặc" between
    # two addresses, a cadence "định kỳ 5 năm một lần", "năm nay", a weekday, "như các năm").
    # First held-out figure 137/259 = 52.9% at 952db67. Tuning data since branch tune-za (the
    # lead declared them so, session 21): 142/259 = 0.5483 once its misreads are refused (a
    # letter's own day told with its issuing, options weighed, a plan given up, a figure as of
    # a day, a work told as begun); 161/259 = 0.6216 after its refusals by cause (a table's
    # cell "D/M/Y đến D/M/Y", a start until an event "đến khi bão số 15 tan", weekdays in
    # parentheses beside a range's days, "15h hôm nay" as the issue day, a storm named by its
    # number "bão số 5"); 165/259 = 0.6371 after the lead's merge with tune-z and conv13
    # (session 21, lead4: a start until an event from a month, tune-z's range cells).
    # 168/259 since the lead's merge of session 22 (conv14's conventions 2-3, tune-zc's voters' meetings and terms after a day)
    # 172/259 = 0.6641 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 173/259 = 0.6680 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 175/259 = 0.6757 after wide-two (session 30: an hour before a day with its year, no
    # 'ngày'; "hoặc" between two web addresses).
    # 175/259 = 0.6757 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 177/259 = 0.6833 on the session-30 merge (wide-two and wide-words together).
    # 178/259 = 0.6872 after misreads (session 31: "ngày 5/4 và 24/5/2026", the year once).
    # 183/259 = 0.7066 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 186/259 = 0.7181 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 190/259 = 0.7336 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 191/259 = 0.7375 on the session-35 merge.
    # 194/259 = 0.7490 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 195/259 = 0.7529 on the session-37 merge (named numbers, lead37).
    # 200/259 = 0.7722 on the session-38 merge.
    # 203/259 = 0.7838 on the session-39 merge.
    # 210/259 = 0.8108 on the session-41 merge.
    # 213/259 = 0.8224 on the session-42 merge.
    # 216/259 = 0.8340 on the session-43 merge.
    # 220/259 = 0.8494 on the session-45 merge.
    # 223/259 = 0.8610 on the session-49 merge.
    # 224/259 = 0.8649 on the session-50 merge.
    # 226/259 = 0.8726 on the session-51 merge.
    # 231/259 = 0.8919 on the session-52 merge.
    # 234/259 = 0.9035 on the session-55 merge.
    # 236/259 = 0.9112 on the session-56 merge.
    # 237/259 = 0.9151 on the session-58 merge.
    Set("za-", 259, 0.915),
    # The held-out set zb- (branch collect-zb, 2026-12-01): 171 phrases from 85 documents of 66
    # issuers on sector plans and calendars (irrigation water-release rounds 2007-2026, crop
    # sowing calendars, livestock and child vaccination rounds, vitamin A campaigns, Tết waste
    # collection and food-safety campaigns of 2025-2026, land inventory and statistics, public
    # investment disbursement, the ceremonies of 19/12/2025, award-procedure deadlines);
    # Trung ương 53/28, Hà Nội 19/10, TP. Hồ Chí Minh 17/7, Tây Ninh 13/3, Đồng Tháp 10/3 and
    # 23 provinces more; press 119/60, plan 33/11, decision 16/12, directive 3/2 (52 phrases
    # from primary documents). Expectations committed in cba6793..6104ffb before the tool ran
    # on them; measured once (main at af0eb37, merged as 538f3a7, 2026-12-01): 90 right (52.6%,
    # 90/171 = 0.5263), 76 refused, 5 misread (named in KNOWN_MISREADS: FOUR ARE FALSE
    # DEADLINES, a period whose land changes are counted "biến động phát sinh trong thời gian
    # từ ngày 1.1.2025 đến ngày 31.12.2025" read as a window, a photo caption of a past opening
    # "được thông xe kỹ thuật ngày 19-12-2025" read as due that day, a figure as of a past
    # month "Đến hết tháng 12.2025, giải ngân … đạt …" read as due 31/12/2025, an inventory's
    # as-of day "Thời gian kiểm kê đất đai được thực hiện đến hết ngày 31/12/2014" read as due,
    # though its reports fall due in 2015; no wrong day: two milestones "đạt 70% vào giữa năm
    # 2023 và hoàn thành tháng 12/2023" read as two windows where the reader refused "giữa
    # năm", which the corpus has no convention for). The refusals: 36 not recognised at all
    # (procedure counts "Thời hạn giải quyết:15 ngày", "20 (Ngày làm việc)", "Không quá 17 ngày
    # làm việc đối với …", dotted days "trước 15.9", "không gieo cấy muộn hơn 10.10", ranges
    # "từ ngày 19 đến ngày 30/12", "Ngày 1-2/12", "ngày 25-30/12", "trong thời gian còn lại của
    # năm", "đến năm 2030" inside a sentence, times of day in a schedule's cells); 9 another
    # date or number beside it (a rice variety "13/2", "2,5-3 lá", "số 37", "6- 36 tháng
    # tuổi", a past day beside the due one, two windows in one sentence); 9 words after the
    # date (a lunar gloss cut at the line's end, canal chainages "K0 đến K6+963", "(khi có nhu
    # cầu)", "nếu", "để tổ chức … Tết"); 7 no year on an undated page (a crop calendar's yearly
    # days); 3 a number before it ("K13", "chân 3 vụ", "khoảng 20 ngày"); 2 a word before it
    # ("theo", "sau"); 2 a window of hours on a dated morning ("Từ 7 giờ 30 … đến 11 giờ 00");
    # and single causes (a weather word in "tranh thủ thời tiết", a suspension told with its
    # lunar days, "năm nay" before a span across two years, "hàng tháng" and "Hằng năm" beside
    # a span, a "từ …" without an end, "từ 15 đến 20.10" without "ngày", a text after two
    # windows).
    # First held-out figure 90/171 = 52.6% at af0eb37. Tuning data since branch tune-zb (the
    # lead declared them so, session 22): 95/171 = 0.5556 once its misreads are refused or read
    # (a period whose land changes are counted, a work told as opened "được thông xe kỹ thuật
    # ngày …", a figure as of a past month's end, the land inventory's moment, "giữa năm" read);
    # 108/171 = 0.6316 after its refusals by cause (a processing time with its header on the
    # line "Thời hạn giải quyết:15 ngày", its unit in parentheses "20 (Ngày làm việc)", per case
    # "Không quá 17 ngày làm việc đối với trường hợp …"; a dotted day after "trước", "trước
    # 15.9"; an address on a "Hàng …" street; the hours of a day after it "Sáng ngày
    # 08/05/2025: Từ 7 giờ 30 phút đến 11 giờ 00 phút"); 110/171 = 0.6433 with "bao gói thuốc
    # bảo vệ thực vật sau sử dụng" (used packaging) read as a name, no "sau" (after); 111/171 =
    # 0.6491 with an age in months ("trẻ em từ 6- 36 tháng tuổi") no month of the year.
    # 110/171 = 0.6433 since tidy15 (session 23): "Hôm qua 25.12, nông dân … tổ chức gieo sạ …"
    # expects its day under the lead's convention 1 (was refuse); the tool still refuses it.
    # 111/171 = 0.6491 since tidy16 (session 24): it reads its day ("Hôm qua" alone tells no
    # event done)
    # With tune-zf, tune-zg, tidy16 and breaker16 merged (lead7): 112/171. 117/171 = 0.6842
    # with tune-zk (session 26: days said "tới" listed or before their comma, "Vào ngày 1 và
    # 2/6 tới đây, …", "… khánh thành ngày 19/12 tới, để chào mừng …").
    # 118/171 = 0.6901 with tune-zl (session 27: "Tập đoàn Ðiện lực Việt Nam", "Nam" without the
    # breve of "năm", no time of its part).
    # 119/171 = 0.6959 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 120/171 = 0.7018 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 121/171 = 0.7076 on the session-35 merge.
    # 123/171 = 0.7193 on the session-38 merge.
    # 127/171 = 0.7427 on the session-39 merge.
    # 128/171 = 0.7485 on the session-42 merge.
    # 132/171 = 0.7719 on the session-43 merge.
    # 133/171 = 0.7778 on the session-45 merge.
    # 136/171 = 0.7953 on the session-51 merge.
    # 138/171 = 0.8070 on the session-53 merge.
    # 139/171 = 0.8129 on the session-54 merge.
    # 140/171 = 0.8187 on the session-56 merge.
    Set("zb-", 171, 0.818),
    # The held-out set zc- (branch collect-zc, 2026-12-01, collected after za-): 207 phrases from
    # 79 documents of 53 issuers on the mass organisations' and councils' calendars of 2023-2026
    # (party, Front, Women's, Youth, Farmers' and trade-union congresses with their terms, HĐND
    # sessions and voters' meetings, xã and phường briefings, Tháng Thanh niên, the Ngày hội Đại
    # đoàn kết, Kết luận 190/191/201, Chỉ thị 22-CT/TW); Trung ương 60/24, TP. Hồ Chí Minh 26/8,
    # Hà Nội 15/6, Hải Phòng 10/4 and 23 provinces more; press 195/74, plan 7/2, election 3/2,
    # directive 2/1. Expectations committed in 5f20dbd..2e0b068 before the tool ran on them;
    # measured once (main at af0eb37, merged as 7592e72, 2026-12-01): 138 right (66.7%, 138/207 =
    # 0.6667), 42 refused, 27 misread (named in KNOWN_MISREADS: TWENTY-SIX ARE FALSE DEADLINES,
    # fifteen terms of an office, a congress or an election "nhiệm kỳ 2025-2030" read as windows,
    # eight meetings told as held "Ngày 28/10, HĐND tỉnh … tổ chức Kỳ họp …" read as due that
    # day, two past periods read as windows, a session's name "(kỳ họp thường lệ cuối năm 2025)"
    # read as a window; ONE IS A WRONG DAY, Chỉ thị 22-CT/TW's "Năm 2024 sẽ diễn ra Đại hội …,
    # nhiệm kỳ 2024-2029" read as a window to 31/12/2029 where the congresses are due in 2024).
    # The refusals: 16 not recognised ("chiều nay 21/9 đến 23/9", "trong hai ngày 22-23/9", "từ
    # tháng 4 đến 31/8", "khai mạc ngày 20/10 và dự kiến bế mạc ngày 12/12", "ngày 01 hàng
    # tháng", "Hằng năm"), 7 words after the date, 5 a word before or after it ("sau", "căn cứ",
    # "theo"), 4 told as done or a result, 3 another date or a term beside it, 3 a number before
    # it, and single causes (a conference within a year, "Trong ngày thứ nhất", a term beside a
    # year read as two deadlines, a day with no issue date). First held-out figure 138/207 =
    # 66.7% at af0eb37. Tuning data since branch tune-zc (session 22): 168/207 = 81.2% (nine
    # events told with their day expect it by the lead's convention 1). 158/207 = 0.7633 since
    # tidy15 (session 23): ten more events told with their day expect it by convention 1
    # (were refuse; among them "Ngày 9-10, Ủy ban MTTQ … tổ chức Đại hội …" and "Chiều 23/9,
    # … tiếp xúc cử tri …"); the tool still refuses them, counted as refused. 169/207 =
    # 0.8164 since tidy16 (session 24): the ten and one neighbour read their day, the
    # periods after the event its agenda (agenda.event_on_its_day)
    # 170/207 = 0.8213 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 171/207 = 0.8261 with tune-zl (session 27: "… nhiệm kỳ 2025-2030 và năm 2026", a term and
    # a year sharing it, two windows by convention 12).
    # 172/207 = 0.8309 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 173/207 = 0.8357 after wide-two (session 30: an hour right after a label's colon).
    # 175/207 = 0.8454 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 180/207 = 0.8696 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 181/207 = 0.8744 on the session-38 merge.
    # 182/207 = 0.8792 on the session-39 merge.
    # 184/207 = 0.8889 on the session-40 merge.
    # 187/207 = 0.9034 on the session-41 merge.
    # 188/207 = 0.9082 on the session-43 merge.
    # 190/207 = 0.9179 on the session-44 merge.
    # 193/207 = 0.9324 on the session-45 merge.
    # 194/207 = 0.9372 on the session-49 merge.
    # 195/207 = 0.9420 on the session-53 merge.
    # 196/207 = 0.9469 on the session-56 merge.
    Set("zc-", 207, 0.946),
    # The held-out set zd- (branch collect-zd, 2026-12-01): 151 phrases from 68 documents of 62
    # issuers, the everyday deadline traffic of sở and xã/phường 2013-2026 (report-by công văn,
    # đôn đốc letters that move a deadline, PCTT directives, HĐND and Đảng ủy sessions of the new
    # communes, reception schedules, notices called off); Trung ương 27/9, Đồng Nai 15/5, Huế
    # 9/5, Khánh Hòa 8/4 and 26 provinces more; press 113/54, directive 27/9, plan 4/2, congress
    # 3/1, decision 2/1, election 2/1; 59 phrases from 27 primary pages. 81 phrases expect a
    # refusal. Expectations committed in b0a2b44..78bee38 before the tool ran on them; measured
    # once (main at dafe281, merged as 74e4c48, 2026-12-01): 117 right (77.5%, 117/151 =
    # 0.7748), 23 refused, 11 misread (named in KNOWN_MISREADS: ONE IS A WRONG DAY, the as-of
    # day of a count told by the press as "báo cáo … trước ngày 31/12/2024" in a March 2025
    # letter whose due day is 10/3; TEN ARE FALSE DEADLINES OR PERIODS, a document's own day
    # (three: "Kết luận này được ban hành vào ngày 17/7/2025", a plan's issue day cut by the
    # page's line, a resolution passed "Ngày 26/09/2025 …"), work told done (two: "hoàn thành
    # thắng lợi" in 2025, meetings with voters "đã phối hợp"), a forecast's "giữa tháng 8", a
    # data year "số liệu năm 2024", a month first planned and dropped by the same page, a past
    # year read beside the year still to come after "đã xem xét", and two periods joined by
    # "và" read as one, the same last day). The refusals: 5 a number before the date ("khu vực
    # 6", "25B, 25C", "90 ngày", "tháng 9 năm 2025"), 5 words after it ("sau sắp xếp" twice,
    # "nhằm tạo …", "; đánh giá, phát huy …", a report's title), 4 not recognised ("trong 2
    # ngày (5 và 6/1)", "Ngày 14/4, … phát đi thông báo", "Trong 2 tháng còn lại của năm 2021",
    # "họp mỗi năm ít nhất 02 kỳ"), 4 a second date or year beside the date, 2 a budget's year
    # ("dự toán ngân sách … năm 2026"), and single causes ("sớm" before "(trước ngày 1/5)",
    # "Năm 2026 có ý nghĩa …", "thi hành" taken for an issuing). First held-out figure 117/151 =
    # 77.5% at dafe281. Tuning data since branch tune-zd (session 23): 130/151 = 86.1%, 19
    # refused, 2 misread (a due day more than a month before its document refused, the lead's
    # convention 8; a document's own day passed or issued, work told done, a tide forecast, a
    # data year, two periods joined by "và": see KNOWN_MISREADS; read: a review meeting's
    # years beside its day, "sau sắp xếp" and "không khí" after a day).
    # With tune-zf, tune-zg (convention 10: zd-xuanque), tidy16 and breaker16 merged (lead7):
    # 132/151.
    # 133/151 = 0.8808 on the session-31 merge (the lead's ruling: "dự kiến … vào tháng 12.2025" alone reads, convention 2).
    # 134/151 = 0.8874 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 139/151 = 0.9205 on the session-38 merge.
    # 140/151 = 0.9272 on the session-41 merge.
    # 142/151 = 0.9404 on the session-44 merge.
    # 143/151 = 0.9470 on the session-47 merge.
    # 145/151 = 0.9603 on the session-50 merge.
    # 146/151 = 0.9669 on the session-51 merge.
    Set("zd-", 151, 0.966),
    # The held-out set ze- (branch collect-ze, 2026-12-01, collected beside zd-): 190 phrases from
    # 81 documents of 56 issuers on deadlines set for citizens, businesses and candidates: tax
    # law limits (Điều 44 Luật Quản lý thuế, NĐ 52/2021 and NĐ 64/2024 extensions), asset
    # declarations, recruitment of teachers and civil servants, school and university admissions
    # and certificate exams, land and compensation notices, licence renewals and procedure
    # counts (dichvucong, MOIT, provincial one-stop sheets), driving-licence exchange, BHYT, birth
    # registration, work permits, military pre-selection; Trung ương 83/35, TP. Hồ Chí Minh 15/6,
    # Đà Nẵng 10/3, Đồng Nai 9/3, Thừa Thiên Huế 9/1 and 21 provinces more; press 93/43, decision
    # 40/18, school-year 32/10, reporting-rule 13/6, directive 9/3, plan 3/1. Expectations
    # committed in ebacb16..c02cc3a before the tool ran on them; measured once (main at dafe281,
    # merged as 7825bfc): 106 right (55.8%, 106/190 = 0.5579), 80 refused, 4 misread (named in
    # KNOWN_MISREADS: ALL FOUR ARE FALSE DEADLINES, no wrong day: a draft's making day in
    # parentheses "(Phương án dự thảo … lập ngày 29/10/2020)", a payment told as done "Chiều
    # ngày 18/7/2018 đã có 24 hộ dân … nhận tiền", a cited letter's year "Công văn 5845/BCT-KHCN
    # năm 2013" read as a window, a cited plan's subject "… tốt nghiệp trong năm 2026 … theo Kế
    # hoạch số 2144/KH-ĐHVH ngày 31/12/2025" read as a window). Of the 150 phrases with a reading,
    # 70 were read right and none misread; 36 of the 40 to refuse were refused. The refusals: 26
    # not recognised (counts before an anchor "trước thời hạn hết hiệu lực của giấy phép 30
    # ngày", bare cells "Số ngày xử lý: 12", "Thời gian giải quyết: 07", "60", "ngày cuối cùng
    # của tháng thứ 4 kể từ ngày kết thúc năm dương lịch", "Hàng tháng", "24 giờ", ranges at an
    # hour "từ 17 giờ ngày 10/8 đến 17 giờ ngày 13/8"); 7 a false "hoặc" (persons, offices,
    # contract kinds, conditions); 7 a word before the count or date ("Theo quy định", "nếu",
    # "sau", "trước"); 7 another date in the phrase (several deadlines listed, a law's own day
    # first, "28/09/2023 29/09/2023"); 7 words after the date; 6 a number before it ("hạng
    # A4", "Gia hạn 05 tháng", "từ 05h00 đến 22h00 hàng ngày"); 4 "Cấp trước năm 2003:" taken
    # for a deadline; 3 "từ …" with its count but no end ("20 ngày: Kể từ ngày 06/11/2020"); 3 an
    # anchor with a number; and single causes (a deadline taken for a changed one, "Căn cứ" before
    # an exam day, "quá 60 ngày", "còn thời hạn 10 ngày trước khi hết hạn", a moved time taken
    # for a data cut-off, "hơn 1 năm nữa" taken for "nửa", a day past at the issue date, two
    # hours, a law's article over 500 characters). First held-out figure 106/190 = 55.8% at
    # 7825bfc. Tuning data since branch tune-ze (session 23, as the lead declared): 118/190
    # (62.1%, 0 misread) after the four false deadlines were refused as families and a
    # licence's expiry counted back, "Số ngày xử lý: 12", "Theo quy định, …", a licence's
    # class ("hạng A4") and a paper "không thời hạn" were read. 121/190 = 0.6368 since tidy16
    # (session 24): the bare cell "Thời gian giải quyết: 07" expects a refusal (the lead's
    # convention 9, was 7 working days), "tiếp nhận hoặc từ chối giải trình" joins two acts,
    # and an NVQS registration told with its day reads it (convention 1)
    # 122/190 = 0.6421 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # and an NVQS registration told with its day reads it (convention 1). 122/190 = 0.6421
    # with tune-zk (session 26: "Trước 06 tháng tính đến ngày … hết hạn", the count said to
    # reach its event).
    # 122/190 = 0.6421 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 123/190 = 0.6474 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 124/190 = 0.6526 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 126/190 = 0.6632 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 128/190 = 0.6737 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 130/190 = 0.6842 on the session-38 merge.
    # 135/190 = 0.7105 on the session-39 merge.
    # 137/190 = 0.7211 on the session-40 merge.
    # 139/190 = 0.7316 on the session-41 merge.
    # 140/190 = 0.7368 on the session-42 merge.
    # 143/190 = 0.7526 on the session-43 merge.
    # 144/190 = 0.7579 on the session-44 merge.
    # 145/190 = 0.7632 on the session-45 merge.
    # 147/190 = 0.7737 on the session-46 merge.
    # 148/190 = 0.7789 on the session-47 merge.
    # 149/190 = 0.7842 on the session-50 merge.
    # 150/190 = 0.7895 on the session-51 merge.
    # 157/190 = 0.8263 on the session-52 merge.
    # 160/190 = 0.8421 on the session-54 merge.
    # 162/190 = 0.8526 on the session-55 merge.
    # 163/190 = 0.8578 on the session-63 merge (a council's round named by its year).
    Set("ze-", 190, 0.857),
    # The held-out set zf- (branch collect-zf, 2026-12-01, collected beside zg-): 181 phrases from
    # 102 documents of 60 issuers on programmes, schemes and projects with their roadmaps,
    # 2023-2026: Nghị quyết 57-NQ/TW plans, Đề án 06, nông thôn mới (QĐ 51/2025/QĐ-TTg), giảm
    # nghèo and the MTQG for ethnic-minority areas (NQ 424/NQ-CP, KH 615/2024 Tây Ninh), xóa nhà
    # tạm deadlines, nhà ở xã hội, NQ 66/68/71/72, public-investment schedules (cao tốc 19/12/2025,
    # đường sắt tốc độ cao clearance, boarding schools by 30/8/2026, Long Thành). Trung ương
    # 100/47, Gia Lai 10/6, TP. Hồ Chí Minh 9/5, Phú Thọ 8/4, Hà Tĩnh 6/4 and 22 provinces more;
    # press 132/74, plan 30/18, decision 13/7, reporting-rule 4/2, directive 2/1; 45 phrases of 26
    # documents from legal-text sites and the issuers' own portals. Expectations committed in
    # cdcd6e7..0f0d705 before the tool ran on them; measured once (main at 2d3ed6e): 111 right
    # (61.3%, 111/181 = 0.6133), 63 refused, 7 misread (named in KNOWN_MISREADS: ONE IS A WRONG
    # PERIOD, the resolution's own year "Nghị quyết 424/NQ-CP năm 2025 về Kế hoạch thực hiện …
    # giai đoạn 2026-2035" read as a window due 31/12/2025; FIVE ARE FALSE DEADLINES, a
    # decision's own year "Quyết định 512/QĐ-UBND năm 2025", a past approval "được Quốc hội phê
    # duyệt … vào tháng 11/2024", past work "đã được khởi công trong năm 2025", past periods told
    # "giai đoạn 2021-2025 đã đạt …" and "Trong giai đoạn 2021-2025, bối cảnh …"; one loses a
    # milestone, "năm 2025 và 2026" read as one window). Of the 100 phrases with a reading, 35
    # were read right; 76 of the 81 to refuse were refused. The refusals: 21 not recognised
    # (targets "Đến năm 2025 có 120 xã …", "đến năm 2030 đạt 80 %", "trước 12/2026", event days
    # "Sáng nay 16/5", "9h sáng 9/11", "(ngày 27/12)", "từ nay đến ngày 1.7", periods before a
    # sum "giai đoạn 2026 - 2030 khoảng 423.000 tỷ đồng"); 10 words after the date; 8 another
    # date or number in the phrase (anniversaries in parentheses, "1-1,5%", "Hầm số 3", a
    # scheme's period in a title); 3 a false "hoặc" ("khám sức khỏe định kỳ hoặc sàng lọc"); and
    # pairs or single causes ("Đề án 06" as a number, "5 năm"/"68 năm" taken for years, "nữa"
    # taken for "nửa", a document's issue told, days 1-3 days past at the page's date, "năm 2025
    # và các năm tiếp theo", "tạm ngưng" taken for a postponement, "quý"/"tối thiểu" before the
    # date). First held-out figure 111/181 = 61.3% at 2d3ed6e. Tuning data since branch tune-zf
    # (session 24, as the lead declared): 119/181 (65.7%, 0 misread) after the five misreads
    # were closed as families; 136/181 (75.1%, 0 misread) after a period "và các năm tiếp
    # theo" read as an open start, "Sáng nay 16/5", "9h sáng 9/11", an anniversary's span in
    # dots, counts of things ("120 xã trở lên", "10 địa phương", "30 sản phẩm", "17 chỉ tiêu"),
    # "Đề án 06", "Nghị quyết 72", "tối thiểu 80%", a budget "là hơn 430 tỷ đồng", "(4)." and a
    # document's own period told issued (convention 11) were read.
    # With tune-zg, tidy16 and breaker16 merged beside tune-zf (lead7): 138/181, 0 misread.
    # 141/181 = 0.7790 at tune-zj (lengths before the date, "3.803 km cao tốc … 458 km").
    # 141/181 = 0.7790 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 140/181 = 0.7735 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 142/181 = 0.7845 on the session-26 merge (branch lead10: tune-zj, tune-zk, tune-wide, harden18).
    # 143/181 = 0.7901 at tune-zr (session 30: an hour and its part before a day without
    # "ngày", "Đúng 9h sáng 19.8").
    # 144/181 = 0.7956 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 146/181 = 0.8066 on the session-38 merge.
    # 148/181 = 0.8177 on the session-39 merge.
    # 151/181 = 0.8343 on the session-40 merge.
    # 152/181 = 0.8398 on the session-41 merge.
    # 155/181 = 0.8564 on the session-42 merge.
    # 157/181 = 0.8674 on the session-43 merge.
    # 158/181 = 0.8729 on the session-44 merge.
    # 159/181 = 0.8785 on the session-45 merge.
    # 160/181 = 0.8840 on the session-47 merge.
    # 161/181 = 0.8895 on the session-50 merge.
    # 162/181 = 0.8950 on the session-53 merge.
    # 164/181 = 0.9061 on the session-54 merge.
    # 165/181 = 0.9116 on the session-56 merge.
    # 166/181 = 0.9171 on the session-57 merge.
    Set("zf-", 181, 0.917),
    # The held-out set zg- (branch collect-zg, 2026-12-01): 155 phrases from 97 documents of 90
    # issuers on the administration's own calendar, 2023-2026: reception days of leaders
    # (Hải Dương's 2024 schedule, Hà Tĩnh, Uông Bí), the yearly call-up (pre-selection, the
    # 2024, 2025 and 2026 send-off days, Thông tư 148/2025 re-checks), the 2026 economic census
    # and the labour and living-standards surveys, year-end reviews and party appraisals,
    # drills, emulation councils, voters' meetings, inspection and complaint time limits;
    # Trung ương 63/37, Hải Dương 12/3, Phú Thọ 9/6, Thanh Hóa 8/6, An Giang 6/5, Hà Tĩnh 6/4,
    # Đồng Nai 6/3, 18 provinces more, none named 2/1; press 112/77, plan 20/6, reporting-rule 17/10,
    # decision 5/3, directive 1/1; 56 phrases from 32 primary pages. 42 phrases expect a
    # refusal. Expectations committed in c967b36..accbb93 before the tool ran on them; measured
    # once (main at 2d3ed6e, already merged into accbb93): 87 right (56.1%, 87/155 = 0.5613), 63
    # refused, 5 misread (named in KNOWN_MISREADS: NO WRONG DAY; THREE ARE FALSE DEADLINES OR
    # PERIODS, work told done "đến hết tháng 10/2025, … đã hoàn thành khám sơ tuyển" read as
    # due 31/10/2025 and "Trong các ngày từ 26 đến 28/1, … đã phối hợp … tổ chức" read as a
    # window, and a law's passing day "20/6/2023" under "Ngày ban hành" read as due; ONE A
    # START READ AS DUE, "Bắt đầu từ hôm nay (25/2)" read as due 25/02/2024 where the reader
    # expects the earliest day; and one the collector's own error, three days in a row "trong
    # các ngày 13, 14 và 15-8" expected as three dates, since 4ca81f8 one window as the corpus's
    # convention: the same days). The refusals: 20 not recognised (events told with their day
    # "Tối 14/8", "Ngày thứ nhất (25/2)", counts before an event "Chậm nhất là 20 ngày làm
    # việc, trước ngày dự kiến tiếp xúc cử tri", "07 ngày …, bắt đầu từ ngày 01 của tháng điều
    # tra", two phases joined by "và"); 15 a second date or year beside the day (an event's
    # day and the year of the work, "Ngày 5/1 … tháng 1/2026"); 11 words after the date ("tại
    # Trụ sở …", "): Triển khai …"); 6 a word before it or a start without an end ("Theo",
    # "Kể từ năm 2005", "từ 5.000 doanh nghiệp"); 4 a day in late 2025 beside "năm 2026"; 2
    # "kết quả thực hiện" taken for a result; and single causes (a false "hoặc", "10,66% so
    # với năm 2025", a congress named by its term, a decision's issuing told, an anchor with a
    # number). First held-out figure 87/155 = 56.1% at 2d3ed6e. Tuning data since branch
    # tune-zg (the lead, session 24): 90 right, 62 refused, 3 misread at 307307c -> 113/155
    # (72.9%, 0 misread) after the three misreads were closed as families (a document's own day
    # under its header, days told done after "Trong các ngày từ …", "từ hôm nay (25/2)") and
    # events told on their day, a year of the work beside a day near its page, a count parted
    # from "trước ngày …" by a comma, "Theo quy định tại khoản …", a stage's span before its
    # step and numbered commands ("Quân khu 4") were read (tests/test_deadline_forms_zg.py).
    # With tune-zf, tidy16 and breaker16 merged beside tune-zg (lead7): 117/155, 0 misread.
    # 118/155 = 0.7613 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 119/155 = 0.7677 after wide-two (session 30: an event at its hour, in places counted).
    # 122/155 = 0.7871 after wide-three (session 31: "Chiều nay (25/3)", "Sáng nay 4-3", a
    # dashed day before its step).
    # 124/155 = 0.8000 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 128/155 = 0.8258 on the session-35 merge.
    # 130/155 = 0.8387 on the session-38 merge.
    # 133/155 = 0.8581 on the session-40 merge.
    # 134/155 = 0.8645 on the session-41 merge.
    # 136/155 = 0.8774 on the session-42 merge.
    # 137/155 = 0.8839 on the session-43 merge.
    # 138/155 = 0.8903 on the session-44 merge.
    # 139/155 = 0.8968 on the session-45 merge.
    # 140/155 = 0.9032 on the session-49 merge.
    # 141/155 = 0.9097 on the session-50 merge.
    # 143/155 = 0.9226 on the session-55 merge.
    # 144/155 = 0.9290 on the session-58 merge.
    Set("zg-", 155, 0.929),
    # The held-out set zh- (branch collect-zh, 2026-12-02, collected beside zi-): 187 phrases from
    # 67 documents of 60 issuers on education, health, labour and social affairs, 2025-2026:
    # school-year frameworks (Lào Cai QĐ 796, Tây Ninh QĐ 2836), grade-10 and university
    # admissions 2026 (the Bộ GD&ĐT's QĐ 3037 retold by two pages), vaccination and
    # communicable-disease plans (Đắk Lắk KH 19, Nam Định KH 20, Bắc Giang KH 2), school health
    # (Hà Nội KHLN 5440), free check-ups under NQ 72, the National Day gift of 100.000 đồng and
    # the Tết gifts of NQ 418/NQ-CP handed out by communes, job fairs, labour inspections, the
    # children's and the elderly's months of action. Trung ương 47/14, Hà Nội 30/10, TP. Hồ Chí
    # Minh 26/12, Thanh Hóa 13/6, Nghệ An 9/3, Khánh Hòa 7/3 and 16 provinces more, none named
    # 8/2; press 138/51, plan 25/7, directive 13/5, school-year 8/2, reporting-rule 3/2; 66
    # phrases of 23 documents from legal-text sites and the issuers' own portals (xã, trường,
    # Sở). 87 phrases expect a refusal. Expectations committed in f280060..59ace72 before the
    # tool ran on them; measured once (main at 307307c): 117 right (62.6%, 117/187 = 0.6257), 64
    # refused, 6 misread (named in KNOWN_MISREADS: NO WRONG DAY; ALL SIX ARE FALSE DEADLINES OR
    # PERIODS, phrases to refuse read as due: work told done "đã được tặng quà trong tháng
    # 6-2025" and a past training "vào tháng 11/2024", an as-of day "tại thời điểm hết ngày
    # 30.8", a budget's year "ngân sách Trung ương năm 2025", a cited plan's year on a broken
    # preamble line "năm 2025 ban hành kèm theo Quyết định số 270/QĐ-BYT …", and an exam given
    # up "dự kiến tổ chức … vào tháng 12/2025" that the next sentence calls off). Of the 100
    # phrases with a reading 36 were read right, none misread; 81 of the 87 to refuse were
    # refused. The refusals: 26 not recognised (events told with their day "Sáng 27-1, …",
    # "Ngày 10-10, …", "Sáng nay 18-1", windows "từ ngày 2 - 30/3", "Từ ngày 22 đến 24-10",
    # "Đợt 3: … vào tháng 6/2026", a year's target "năm 2026", yearly cadences "1 lần/năm",
    # "chiều nay"); 7 a number before the date ("15 doanh nghiệp", "Quận 11", "1 triệu đồng",
    # "tháng 6 hàng năm"); 7 words after the date; 5 another date or number in the phrase; 4 a
    # word before it ("sớm", "định kỳ", "theo", "sau"); 3 a false "hoặc" ("khám sức khỏe định
    # kỳ hoặc khám sàng lọc"); 3 a day past at the page's date (no year: "trước ngày 30/6" on a
    # page of 11/2025 about the 2026 season, and a start one day past); 2 events read as told
    # done; and single causes (a range without "từ", "mọi năm", "năm" without a year, a
    # school-year check, an effective day, a condition "Nếu …", "năm 2025 và những năm tiếp
    # theo"). First held-out figure 117/187 = 62.6% at 307307c. Tuning data since session 25
    # (branch tune-zh): 122/187 = 0.6524 once five of its misreads were closed as families
    # (work told done in its period, a list fixed "tại thời điểm hết ngày …", money "từ ngân
    # sách … năm 2025", a period "ban hành kèm theo Quyết định số …"); 139/187 = 0.7433 after
    # its refusals were grouped by cause and the general ones read: events told with their day
    # and the year of the occasion in its name ("trao quà Tết Bính Ngọ 2026", "Sáng nay (08/3)"),
    # firms and workers counted ("tại 15 doanh nghiệp", "dự kiến 15-20 doanh nghiệp"), a
    # numbered district ("Quận 11"), "bệnh không lây nhiễm" and "phát hiện sớm", a month
    # restated by its days ("tháng 6 năm 2025 từ ngày 1/6/2025 đến ngày 30/6/2025"), "18h30
    # chiều nay", "ít nhất mỗi năm một lần" (tests/test_deadline_forms_zh.py).
    # 140/187 = 0.7486 after branch tune-zo (session 28) read an effect day carried on its
    # line without a colon, "Ngày có hiệu lực 08/10/2025", as the start it is.
    # 141/187 = 0.7540 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 142/187 = 0.7594 on the session-31 merge (the lead's ruling on its "dự kiến" exam, convention 2, as zd-'s twin).
    # 143/187 = 0.7647 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 147/187 = 0.7861 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 148/187 = 0.7914 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 151/187 = 0.8075 on the session-38 merge.
    # 154/187 = 0.8235 on the session-39 merge.
    # 157/187 = 0.8396 on the session-40 merge.
    # 159/187 = 0.8503 on the session-41 merge.
    # 161/187 = 0.8610 on the session-42 merge.
    # 163/187 = 0.8717 on the session-43 merge.
    # 164/187 = 0.8770 on the session-49 merge.
    # 165/187 = 0.8824 on the session-50 merge.
    # 166/187 = 0.8877 on the session-52 merge.
    # 169/187 = 0.9037 on the session-53 merge.
    # 171/187 = 0.9144 on the session-64 merge (a due day then "đảm bảo …", a campaign month
    # named "tháng việc làm").
    Set("zh-", 187, 0.914),
    # The held-out set zi- (branch collect-zi, 2026-12-02, beside zh-): 215 phrases from 107
    # documents of 91 issuers on disasters, safety and the year's end, 2024-2026: storm and
    # flood orders (công điện of the Thủ tướng and provinces, sea bans with open ends, dike
    # checks, the "Chiến dịch Quang Trung" rebuilding days), fire safety (Tết checks, the 4/10
    # day, boarding-house checks), Tết Bính Ngọ traffic and security campaigns (15/12/2025 -
    # 16/3/2026), food-safety windows, the 2026 public-asset inventory, pension rounds paid
    # early, holiday notices with lunar glosses, fireworks permits, year-end reviews, civil-
    # defence plans 2026-2030; Trung ương 84/47, TP. Hồ Chí Minh 27/13, Thanh Hóa 22/9 and 21
    # provinces more; press 165/91, directive 22/9, plan 17/5, decision 11/2; 65 phrases from 25
    # primary pages. 131 phrases expect a refusal. Expectations committed in c5f3dde..66ac18a
    # before the tool ran on them; measured once (main at 307307c, the set's base): 169 right
    # (78.6%, 169/215 = 0.7860), 44 refused, 2 misread (named in KNOWN_MISREADS: NO WRONG DAY;
    # BOTH ARE FALSE DEADLINES, reported to the lead: an inventory's as-of moment "Thời điểm chốt
    # số liệu kiểm kê … 00h00 ngày 01/01/2026" read as due 01/01/2026, and a list item naming the
    # benefit month paid in February, "Lương hưu, trợ cấp BHXH tháng 03 năm 2026", read as the
    # window of March 2026). The refusals: 12 words after the date ("cho đến khi có thông báo
    # mới", "do ngày 1/2 trùng Chủ nhật", "tại xã …; 04 điểm bắn ngày …"); 10 not recognised
    # (events told with their day "Chiều 24/7", a yearly "Ngày 4-10 … hàng năm", a payment round
    # "kỳ chi trả tháng 2-2026", "Năm 2026 phấn đấu …", a holiday ±2 days); 9 a second date,
    # year or number beside the day (an event's day and its work's year, a list of four nights,
    # a document's number and year beside its period); 7 a number or word just before the date
    # ("22 giờ 30", "5 phút", "Ngày 1-11", "theo", "một ngày trước Tết", "tương tự"); 3 starts
    # ("bắt đầu từ ngày 1/2/2026", "trở lại làm việc … ngày 23-2-2026"); 1 a "hoặc" of two start
    # days; 2 false alarms ("bão, lũ vừa qua" taken for an event told done, "bão số 10, mưa lũ"
    # for a forecast). First held-out figure 169/215 = 78.6% at 307307c. Do not tune on them
    # before the lead declares otherwise. Tuning data since branch tune-zi (the lead's word,
    # session 25): 174/215 = 0.8093 once its two misreads are closed as families; 190/215 =
    # 0.8837 after its refusals by cause (events beside their work's year, Tết as an occasion
    # or a purpose, "phải" after a day, a preamble's own plan, starts copied without a space,
    # payment rounds beside the months they pay, a share's bound); 191/215 = 0.8884 with the
    # days off a window leaves out.
    # 192/215 = 0.8930 after tune-wide (session 26, the refusals of a- … zi- by cause).
    # 193/215 = 0.8977 with tune-zl (session 27: "Quyết định 4159/QĐ-UBND năm 2025 về Phương án
    # … giai đoạn 2026-2030", a legal database's title, reads its own period).
    # 194/215 = 0.9023 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 195/215 = 0.9070 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 196/215 = 0.9116 on the session-35 merge.
    # 197/215 = 0.9163 on the session-41 merge.
    # 198/215 = 0.9209 on the session-42 merge.
    # 199/215 = 0.9256 on the session-43 merge.
    Set("zi-", 215, 0.925),
    # The held-out set zj- (branch collect-zj, 2026-12-02, beside zk-): 173 phrases from 93
    # documents on land, construction, transport, agriculture, environment, public investment,
    # digital transformation / Đề án 06 and administrative reform, 2020-2026: the Hà Nội and
    # TP.HCM dig stops, expressway and airport milestones (Long Thành, Vành đai 3, the 19/12
    # groundbreakings), hydropower gate orders of the Bộ NN&MT, the 90-day land-data campaign,
    # public-investment disbursement, digital-transformation and CCHC plans (titles, preambles),
    # waste and plastic plans, forest planting, water-resource reporting rules; Trung ương 70
    # phrases / 39 documents, Đồng Nai 14/4, Hà Nội 13/6, Tuyên Quang 9/5 and 23 provinces
    # more; press 126/69, plan 26/12, decision 13/8, directive 5/3, reporting-rule 3/1; 53
    # phrases from 30 primary pages (legal-text sites, ministry and provincial portals). 65
    # phrases expect a refusal. Expectations committed in 51d514d before the tool ran on them;
    # measured once (51d514d = main 30a0b4b plus the files): 115 right (66.5%, 115/173 =
    # 0.6647), 51 refused, 7 misread (named in KNOWN_MISREADS). Six are FALSE DEADLINES OR
    # PERIODS, phrases to refuse read as due: a period reviewed ("ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN
    # … GIAI ĐOẠN 2021 - 2025", "họp đánh giá … 6 tháng đầu năm 2024"), a cited basis line
    # (Đề án 06 "giai đoạn 2022-2025") and a preamble ("Thực hiện Kế hoạch … năm 2021"), a
    # news day ("Ngày 9/1, Sở Xây dựng Hà Nội cho biết, …") and a past month's work reported
    # ("trong tháng 1/2026, Bộ tiếp tục …"). One is A DUE DAY A YEAR LATE for its first part:
    # a plan title's "NĂM 2025 VÀ 2026" read as one span 01/01/2025-31/12/2026 where
    # convention 12 wants two windows. Of the 108 phrases with a reading 56 were read right,
    # 1 misread; 59 of the 65 to refuse were refused. The refusals: 14 not recognised (a
    # year's target "Năm 2025, … đặt mục tiêu", events on their day "9h ngày 19/12, Lễ …", a
    # day in parentheses "(ngày 31/1/2026)", "cuối năm 2025" inside a sentence, yearly days and
    # cadences "05/6 là Ngày Môi trường thế giới", "Định kỳ 05 năm/lần", a start "từ 15/3
    # (đợt 1)"); 12 a number or word just before the date ("1 trong 5 dự án", "76 km", "01
    # cửa xả đáy", "8,1km", "30 ngày đêm", a law's year "2015", "theo", "căn cứ", "sau", the
    # "không" of "không lưu"); 10 words after the date; 4 a second number beside the day
    # ("Công điện số 7277", "số 2"); 2 "24h00" not taken as the end of the day; 2 the order
    # "tạm dừng thi công" taken for a time called off; and single causes (a title read as a
    # document's day, a budget year, "của năm tiếp theo", "hằng năm" after a week, "từ tháng
    # 6/2026" without an end, a window retold after its end, "ngày" after a yearly day).
    # First held-out figure 115/173 = 66.5% at 51d514d. Tuning data since session 26 (the
    # lead's word): 121/173 = 0.6994 once its six misreads are closed as families (branch
    # tune-zj); 128/173 = 0.7399 with counts, lengths and areas before the date ("1 trong 5
    # dự án", "76 km", "01 cửa xả đáy", "8,1km"), "không lưu" and "sớm hoàn thành"; 133/173 =
    # 0.7688 with "vào hồi 24h00 ngày D", "Công điện số 7277 về …", "Đường cất hạ cánh số 2"
    # and an anniversary after the event's day; 136/173 = 0.7861 with "liên quan đến" after
    # a window and days named as days of their own ("05/6 là Ngày Môi trường thế giới");
    # 139/173 = 0.8035 with "Luật Ban hành văn bản quy phạm pháp luật 2015", "theo trình tự,
    # thủ tục rút gọn" and "sớm hơn kế hoạch 5 tháng" after the day; 141/173 = 0.8150 with
    # "đến cấp xã" and "đi vào làn 1" after the time; 142/173 = 0.8208 with a target's
    # comparison with its base year in parentheses ("đạt 70% (tăng 0,66% so với năm 2024 …)").
    # 144/173 = 0.8324 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 145/173 = 0.8382 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 146/173 = 0.8439 on the session-37 merge (named numbers, lead37).
    # 147/173 = 0.8497 on the session-38 merge.
    # 148/173 = 0.8555 on the session-39 merge.
    # 149/173 = 0.8613 on the session-40 merge.
    # 150/173 = 0.8671 on the session-41 merge.
    # 151/173 = 0.8728 on the session-45 merge.
    # 152/173 = 0.8786 on the session-47 merge.
    # 154/173 = 0.8902 on the session-56 merge.
    Set("zj-", 173, 0.89),
    # The held-out set zk- (branch collect-zk, 2026-12-02, beside zj-): 286 phrases from 145
    # documents of 47 provinces and Trung ương on elections and councils, party and mass-
    # organisation congresses, culture, tourism and sport, inspection and justice, home affairs
    # (emulation and rewards, hội, archives, libraries, religion) and science and technology,
    # 2007-2026: the 2021 and 2026 election steps, HĐND sessions, xã party congresses of 2025,
    # festival and contest programmes, Đại hội TDTT schedules, Thanh tra and Ủy ban Kiểm tra
    # plans, award calls, and the time limits of administrative procedures on provincial, xã and
    # national public-service portals; Trung ương 62/29, Khánh Hòa 18/6, Gia Lai 11/5, Phú Thọ
    # 11/4 and 43 provinces more (4 documents name none); press 122, decision 79, congress 22, directive 21, election
    # 20, plan 19, reporting-rule 3; 145 phrases from primary pages. 82 phrases expect a refusal.
    # Expectations committed in 9bf206f before the tool ran on them; measured once (main at
    # 30a0b4b): 197 right (68.9%), 79 refused, 10 misread; one of the ten was the collector's
    # error, corrected in 0908dbf (an agenda item's year, convention 10), so 198 right
    # (198/286 = 0.6923) and 9 misread (named in KNOWN_MISREADS: NO WRONG DAY; all nine are
    # phrases to refuse read as a time: a past term told done, a cited agreement's, a review's and
    # cited letters' periods, a data period, a result's year, a cited decree's effect day read
    # as a start, and two times given up whose replacement the next sentence gives). Of the 204
    # phrases with a reading 125 were read right, none misread; 73 of the 82 to refuse were
    # refused. The refusals: 17 procedure time limits (a bare count under "Thời gian giải
    # quyết", "Mười lăm ngày", "Trước 30 ngày tính đến ngày …", "trong thời hạn 03 ngày  …", a
    # word or number before the count: "không", "hằng năm", "01 bộ", "Mẫu số 01"); 14 a year or
    # term of the work in a sentence ("Nhiệm kỳ 2025 – 2030, Đảng bộ …", "… năm 2024 như sau",
    # "trong 2 năm 2021 và 2022"); 12 an event's day beside a year, term or second day; 11 dotted
    # or "tới" days ("từ ngày 29 - 30.8", "(1.1 - 30.6.2026)", "ngày 15/3 tới", "vào ngày 1 và
    # 2-9 tới"); 10 words after the date; 4 lunar glosses and hours; 11 single causes. First
    # held-out figure 197/286 = 68.9% at 30a0b4b. Tuning data since branch tune-zk (the lead's
    # word, session 26): 200/286 on main 5fc439d; 205/286 = 0.7168 once five of its eight
    # misreads were closed as families (a past term told done, "Nhiệm kỳ 2020 - 2025, … đã lãnh
    # đạo"; the Front committee's term; an agreement's period; a result's year, "thành tích năm
    # 2025"; the span a qualifying film was licensed in); 210/286 = 0.7343 once procedure
    # times said "within" their count under their column ("Trong thời hạn 05 ngày làm việc",
    # "Mười lăm ngày (Chi cục VTLT 15 ngày)") and an event's day beside the year its term or its
    # edition gives ("Chiều 19/10, … Đại hội …, nhiệm kỳ 2025 – 2030" eight days back,
    # "Sáng 13/12, … Hội thao … năm 2016" on a page with no date) read; 214/286 = 0.7483 with
    # days said "tới" listed or before their comma ("vào ngày 1 và 2-9 tới", "Tại cuộc bầu cử
    # ngày 15/3 tới, …"), the units and candidates an event counts ("12 Ban Chỉ huy quân sự",
    # "từ 864 ứng cử viên"); 223/286 = 0.7797 with the things a plan or an event counts
    # ("5 nhiệm vụ trọng tâm và 3 khâu đột phá", "01 bộ hồ sơ", "01 buổi"), how a mailed file
    # is dated ("theo dấu đến của Bưu điện Hà Nội", "(trực tiếp hoặc tính theo dấu bưu điện đối
    # với các hồ sơ gửi qua đường bưu điện)"), "tùy theo địa phương", "đi đầu", "trong phạm vi
    # cả nước"); 227/286 = 0.7937 with the procedure's case and its papers ("Trường hợp hồ sơ
    # không đầy đủ, hợp lệ, trong thời hạn …", "…, Trung tâm … có trách nhiệm cấp 01 Giấy chứng
    # nhận …") and a portal's heading holding its processing time; 231/286 = 0.8077 with a
    # festival or a week of culture named with its year, held on a page with no date ("Tuần Văn
    # hóa … lần thứ 2 năm 2024 sẽ khai mạc tối 28.11 tại … (P.6, TP.Tân An)"), "sau điều
    # chỉnh" (the time as adjusted, convention 2), "Năm Du lịch quốc gia"; 233/286 = 0.8147
    # with a count said to reach its event ("Trước 30 ngày tính đến ngày thư viện … mở cửa
    # hoạt động") and "hoạt động tín ngưỡng hằng năm" (the law's name for the year's
    # activities); 234/286 = 0.8182 with "(sau đây gọi chung là địa phương)", a name given;
    # 236/286 = 0.8252 with an anniversary greeted or kept by its years and its day's name
    # ("chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam"); 237/286 = 0.8287 with a lunar
    # day written with a slash before its solar day ("ngày 10/3 âm lịch (7/4/2025)").
    # 238/286 = 0.8322 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 240/286 = 0.8392 on the session-31 merge (the lead's rulings: a cited decree's effect day a start, as y-ktnn; the festival's phrase re-copied whole).
    # 242/286 = 0.8462 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 245/286 = 0.8566 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 246/286 = 0.8601 on the session-35 merge.
    # 248/286 = 0.8671 on the session-38 merge.
    # 253/286 = 0.8846 on the session-39 merge.
    # 256/286 = 0.8951 on the session-40 merge.
    # 259/286 = 0.9056 on the session-41 merge.
    # 260/286 = 0.9091 on the session-42 merge.
    # 265/286 = 0.9266 on the session-43 merge.
    # 266/286 = 0.9301 on the session-44 merge.
    # 268/286 = 0.9371 on the session-45 merge.
    # 272/286 = 0.9510 on the session-47 merge.
    # 273/286 = 0.9545 on the session-49 merge.
    # 275/286 = 0.9615 on the session-51 merge.
    # 276/286 = 0.9650 on the session-53 merge.
    # 277/286 = 0.9685 on the session-62 merge (a sitting told by its days, zk-baobackan).
    Set("zk-", 286, 0.968),
    # The held-out set zl- (branch collect-zl, 2026-12-02, beside zm-): 192 phrases from 62
    # documents on the task tables and timetables of plans: provincial, xã/phường and national
    # plans and decisions (PCTNTC, CCHC, chuyển đổi số and NQ 57/66 follow-ups, bình đẳng giới,
    # phòng thủ dân sự, tiết kiệm chống lãng phí, công tác dân tộc, Đại hội plans; their titles,
    # periods, "Ngày có hiệu lực" cells and legal bases), school-year timetables 2022-2026,
    # contest, festival and campaign schedules, 2005-2026; 31 provinces and Trung ương (17);
    # plan 113, press 48, decision 19, school-year 8, directive 4; 144 phrases from primary
    # pages; 47 expect a refusal. Expectations committed in f856bf68 before the tool ran on
    # them; measured once (main at 5fc439d1): 144 right (75.0%, 144/192 = 0.7500), 43 refused, 5
    # misread (named in KNOWN_MISREADS: NO WRONG DAY; four are phrases to refuse read as a time,
    # cited strategies' and resolutions' horizons and a national strategy's period, three of
    # them the plan's own end day; one is a year and a period joined by "và" read as the year
    # alone). Of the 145 phrases with a reading 101 were read right and 1 misread; 43 of the 47
    # to refuse were refused. The refusals: 9 not recognised at all (three days joined by "," and
    # "và", "hàng năm", an event's year, "năm 2017 và … năm 2018", "GIAI ĐOẠN 2019 - 2020, ĐỊNH
    # HƯỚNG ĐẾN 2025", a lunar range glossed "(tức ngày 8 - 16/2/2019)", "ngày 7/7 tới đây"); 8 a
    # plan's title or issuing told, taken for the document's own number and day (convention 11:
    # its own period); 7 words after the date (a school calendar's "16/09 – 24/09/2023: Nghỉ giữa
    # kỳ", ", với tổng số 61 trận đấu", "ĐỊNH HƯỚNG"); 7 a word or number before it ("Theo" 2,
    # "tuần lễ", "Ngay sau", "Quý Mão", "9 tháng", "5 cụm"); 2 dashed ranges without "từ … đến";
    # 2 two hours in one range; 2 a second date beside the deadline; 2 "năm nay", "đầu năm"; and
    # single causes ("từ ngày 25/8" without an end, "Trước ngày 31/7" told in August, "(từ 9 đến
    # 12-2)", "đến năm 2020" told twice). First held-out figure 144/192 = 75.0% at 5fc439d1.
    # Tuning data from session 27 (the lead's brief). 169/192 = 0.8802 with tune-zl: the five
    # misreads closed as families (a cited decision "ban hành" a programme, the tail of a
    # citation line "Tỉnh ủy về …", a programme "góp phần thực hiện", refused by convention 7;
    # "NĂM 2011 VÀ GIAI ĐOẠN 2011-2015" two windows), then 20 refusals by cause (a legal
    # database's title, "xây dựng Kế hoạch … như sau", a school calendar's spaced-dash lines, a
    # horizon without "năm" or cut at a line's end, "bóng đá nam", "với các nội dung sau:", "5
    # cụm", two moments joined by a dash, an exam's bare year, "02 đợt (đợt 1 …; đợt 2 …)", one
    # horizon said twice). Left refused: 23 (see tune-zl's report).
    # 171/192 = 0.8906 with tune-carry (session 28): a plan's own page telling its issuing,
    # signing day first, reads the plan's year (convention 11; "đã ban hành" stays refused).
    # 172/192 = 0.8958 after wide-words (session 30: a plan by its owner before the day, a
    # day off's reason, a reception's month before its holder).
    # 173/192 = 0.9010 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 175/192 = 0.9115 on the session-38 merge.
    # 176/192 = 0.9167 on the session-42 merge.
    # 177/192 = 0.9219 on the session-43 merge.
    # 178/192 = 0.9271 on the session-47 merge.
    # 180/192 = 0.9375 on the session-50 merge.
    # 181/192 = 0.9427 on the session-52 merge.
    Set("zl-", 192, 0.942),
    # The held-out set zm- (branch collect-zm, 2026-12-02, beside zl-): 129 phrases from 70
    # documents on reporting duties and orders: công văn and thông báo with report-by days,
    # reporting rules and reception-day rules (monthly, weekly, yearly), calls for proposals,
    # contests and comment windows with their closing days, Party, union and association
    # notices, police and Tết campaigns, Covid-era school orders, effect days of provincial
    # decisions, 2006-2026; Trung ương 35 phrases, TP. Hồ Chí Minh 10, Hà Nội 10, Khánh Hòa 7
    # and 28 provinces more; directive 59/30, press 52/29, decision 10/7, reporting-rule 4/3,
    # plan 4/1; 77 phrases from primary pages (52 from the press, one over the brief's 40 %).
    # 28 phrases expect a refusal. Expectations committed in 370c8736 (d7cde7fb after the
    # rebase) before the tool ran on them; measured
    # once (main at 5fc439d1): 85 right (65.9%, 85/129 = 0.6589), 39 refused, 5 misread (named
    # in KNOWN_MISREADS: ONE IS A WRONG DAY, a past-year typo "trước 11 giờ 30’ ngày 14/9/2020"
    # on a September 2022 notice that prints no day, read as due 14/09/2020; three are phrases
    # to refuse read as a time: a report's quarter in its title, a budget year's figure, the
    # span an entry photo must be taken in; one is two months joined by "," read as one window,
    # the same days). Of the 101 phrases with a reading 61 were read right and 1 misread; 24 of
    # the 28 to refuse were refused. The refusals: 12 a number or word just before the date
    # ("nhóm 1/2/3", "6 đợt", "trong 3 tháng", "B,B1,B2", "theo dấu đến của Bưu điện" 4,
    # "chậm nhất vào ngày mai - 31/10", "đến ngày hết ngày"); 9 recurring rules not recognised
    # ("ngày 20 hàng tháng, … ngày làm việc tiếp theo", "thứ Năm hàng tuần", "Từ thứ Hai đến
    # thứ Sáu hàng tuần", "định kỳ hằng ngày", "5 năm tổ chức 1 lần", "trước ngày 15/12 hàng
    # năm, trước khi …"); 6 a second date or number beside the deadline (a news day, two
    # deadlines in one sentence, a period's years, a lunar gloss, a decision's number and day);
    # 5 counts (a quarter's or an event's anchor, "năm tiếp theo", a count from a dated day); 2
    # words after the date; 5 single causes. First held-out figure 85/129 = 65.9% at 5fc439d1.
    # Do not tune on them before the lead declares otherwise.
    # 89/129 = 0.6899 on the session-26 merge (branch lead10): no helper saw zm-, the
    # tuners' general rules read 4 more (mailed files dated by their postmark); the honest
    # first figure stays 85/129 = 65.9%. 90/129 = 0.6977 once the lead aligned one expectation
    # with the ruling on a comma run of months ("Tháng 9, 10/2022": one window).
    # 99/129 = 0.7674 after branch tune-zm (session 27, zm- tuning data since): five recurring
    # rules read (the office week, a daily rule with its step, the days off a rule skips, the
    # step a yearly day comes before, the day a day-off clause names), three misreads refused
    # (a report title's quarter, a year's sum of money, the span entry photos were taken in).
    # 105/129 = 0.8139 with its breadth (a group's number, a survey's forms by letter,
    # "ngày mai - 31/10" checked against the issue day, "đến ngày hết ngày"). 110/129 = 0.8527
    # with the rest ("ngoài giờ chính khoá", "hoặc qua fax: 38294271", "đợt 1 giai đoạn 2016 -
    # 2020", "chia thành 6 đợt", a Party letter numbered in thousands "4182-CV/TU"). 112/129 =
    # 0.8682 with a weekly rule beside a cited decision and "Theo Công an quận 1, …". 114/129
    # = 0.8837 with a report's heading before its rule ("Đối với báo cáo quý: …").
    # 115/129 = 0.8915 with tune-carry (session 28): two full days in a row with one lunar
    # gloss naming both ("… ngày 28 tháng 01 năm 2020 và ngày 29 tháng 01 năm 2020 (tức ngày
    # Mùng 4 và Mùng 5 Tết Âm lịch)") read as one window, the gloss checked against each day.
    # 116/129 = 0.8992 once zm-socongthuong's file holds its inferred day (branch
    # misreads-issued, the lead's ruling): its past-year typo refused (convention 8).
    # 117/129 = 0.9070 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 118/129 = 0.9147 on the session-35 merge.
    # 119/129 = 0.9225 on the session-38 merge.
    # 121/129 = 0.9380 on the session-42 merge.
    # 122/129 = 0.9457 on the session-44 merge.
    # 123/129 = 0.9535 on the session-50 merge.
    Set("zm-", 129, 0.953),
    # The held-out set zn- (branch collect-zn, 2026-12-02, beside zo-): 150 phrases from 63
    # documents not yet in the corpus, on 2025-2026 plans and the documents of the new
    # provinces, xã and phường: commune and district portals (work schedules with their day
    # headers, flag and voter-list notices, HĐND voter meetings, emulation and Tết schedules),
    # provincial resolutions and directives for 2026 (KT-XH 2026-2030, CCHC, chuyển đổi số),
    # Đảng ủy xã/phường meetings, legal-text sites, press; 2011-2026 (25 documents of 2025-2026,
    # 19 undated with only phrases that carry their year); An Giang 20, Trung ương 16, Cần Thơ
    # 13, Thanh Hóa 12, Hà Nội 10, Tuyên Quang 9, Hà Tĩnh 8, Điện Biên 8 and 17 provinces more;
    # plan 68/26, press 57/27, directive 9/4, decision 8/3, election 6/2, congress 2/1; 93
    # phrases from primary pages, 57 (38 %) from the press; 64 expect a refusal (more than the
    # one in five asked: the 2025-2026 pages print many past results beside their days).
    # Expectations committed in 515c5aac before the tool ran on them; measured once (main at
    # 44a07a6e): 115 right (76.7%, 115/150 = 0.7667), 26 refused, 9 misread (named in
    # KNOWN_MISREADS: NO WRONG DAY; EIGHT ARE FALSE DEADLINES, phrases to refuse read as a
    # time: a past meeting's day cited in a report read as due 13/03/2024, two past storm
    # rounds of April 2020 read as two windows, two past years' results "Năm 2025, … đạt …",
    # a past half-year told done, a programme's period "giai đoạn 2021 - 2026", and two
    # preambles citing the plan carried out (convention 7) read as their subject's year or
    # years; one is two days in a row "Trong 2 ngày 14 và 15/5" read as one window, the
    # collector's slip against the corpus's convention for days in a row, see below). Of the 86
    # phrases with a reading 59 were read right and 1 misread; 56 of the 64 to refuse were
    # refused. The refusals: 10 not recognised at all, mostly events told with their day
    # ("Ngày 5-3, tại TP Đà Nẵng, …", "Ngày 15 và 16/5, …", "Sáng 25-7, …", "Chiều 23/2, …
    # đầu năm Bính Ngọ 2026", "Trực tiếp - Ngày 9-4, …", "Vào 8h ngày 18/5" and "ngày 3/8",
    # "… diễn ra ngày 15-3 sắp tới"), a year's target with its figures and a month's work with
    # anniversaries in parentheses; 6 words after the date ("(tối thứ năm) tại Trường …"
    # three times, a meeting's agenda after "Chiều 12/2", "… trong thời gian tới", "Đến năm
    # 2025 đạt các chỉ tiêu: …"); 3 a second date or number beside the day (two deadlines in
    # one sentence, a session's term after a window, "năm 2025" beside "Ngày 16/6/2025"); 2
    # an adoption or issuing told ("Quốc hội thông qua Nghị quyết … ngày …", the election day
    # beside its resolution's day); 2 an event named by its year ("Hội trại giao quân năm
    # 2026", "ĐẠI HỘI TDTT … NĂM 2022"); 2 a reviewed period ("Báo cáo … năm 2018; Kế hoạch
    # … năm 2019", "ĐÁNH GIÁ … 6 THÁNG ĐẦU NĂM 2016"); 1 a start without an end ("tựu trường
    # sớm nhất từ 22/8"). First held-out figure 115/150 = 76.7%
    # at 44a07a6e. Do not tune on zn- before the lead declares otherwise.
    # 116/150 = 0.7733 once the collector aligned three expectations with the corpus's
    # convention for days in a row (one window, the same days), in a separate commit after the
    # measurement: "Trong 2 ngày 14 và 15/5" (the misread), "Ngày 15 và 16/5" (refused) and
    # "trong ngày 11 và ngày 12/6/2026" (refused); the honest first figure stays 115/150.
    # Tuning data since session 28 (branch tune-zn): 124/150 = 0.8267 with its eight false
    # deadlines closed as families (a speech given at a past meeting carried out, bare rounds
    # over more than a month before the page, a past period's results told, an activity within
    # a programme, a cited title with an abbreviation in parentheses, a cited plan's own name).
    # 136/150 = 0.9067 with its refusals read by cause: events told with their day (a ceremony
    # or a meeting named by what it does, an agenda "trước, trong, sau tết", a gathering "đầu
    # năm", a live report's "Trực tiếp - "), a weekday's part of the day in parentheses and the
    # neighbourhoods a voters' meeting counts, a bound on a count of sports, "ngày 15-3 sắp
    # tới", a plan's own heading naming its event; 137/150 = 0.9133 with a second anniversary
    # listed after the first one's span ("…, 37 năm Ngày Biên phòng toàn dân (3-3-1989 -
    # 3-3-2026)").
    # 138/150 = 0.9200 on the session-29 merge (tune-zp, tune-zq, harden21).
    # 139/150 = 0.9267 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 140/150 = 0.9333 on the session-42 merge.
    # 141/150 = 0.9400 on the session-43 merge.
    # 142/150 = 0.9467 on the session-49 merge.
    # 143/150 = 0.9533 on the session-51 merge.
    # 144/150 = 0.9600 on the session-53 merge.
    # 145/150 = 0.9667 on the session-54 merge.
    Set("zn-", 150, 0.966),
    # The held-out set zo- (branch collect-zo, 2026-12-02, beside zn-): 154 phrases from 67
    # documents not yet in the corpus (addresses checked against every file and zn-'s; two
    # shared with zn- dropped before the commit) on the schedules and reporting duties of 2025-
    # 2026: election timetables and notices (Trung ương, xã), congress schedules, school-year
    # and Tết timetables, effect days and preambles of decisions and resolutions 2007-2026,
    # calls with closing days, outage and clean-up notices; 28 provinces and Trung ương (25
    # phrases); decision 51, press 49 (58 phrases from press sources in all, 37.7%), directive
    # 19, election 11, congress 11, reporting-rule 8, plan 5. 92 expect a refusal (preambles'
    # cited laws and decrees, submissions, law numbers shaped like months "số 72/2025/QH15",
    # place-and-date lines, terms of office, events told done, figures as of a day, days with
    # no year on undated pages). Expectations committed in 5858c1f6 (736d4b0f after the
    # rebase onto zn-) before the tool ran on them; measured once (main at 44a07a6e): 130
    # right (84.4%, 130/154 = 0.8442), 19 refused, 5 misread (named in KNOWN_MISREADS: ONE A
    # FALSE DEADLINE, a preamble's three cited submissions read as due 28/09/2018; four effect
    # days under a list header "Hiệu lực" read as due days, the same days). Of the 62 phrases with a reading 39 were read right and 4
    # misread; 91 of the 92 to refuse were refused. The refusals: 6 not recognised at all
    # (events told with a bare day "Chiều ngày 29/1, …", "Sáng 28/2, tại …", "ngày mai 22/1",
    # "Từ ngày 25/8: …", a weekly cadence with no day "ít nhất 01 ngày trong 01 tuần"); 4 a
    # number before the date ("trong 3 ngày", "17 tuần", "19 khu vực", "4,2 triệu"); 4 words
    # after it ("tại 93 huyện", a parenthesis, a headline's clause); 2 a second date (two
    # hours of one day, "bắt đầu từ … và kết thúc …"); single causes ("năm học sau" taken for a
    # start, a meeting day outside the term named beside it, "kế hoạch các nhiệm vụ năm 2017"
    # taken for a budget year). First held-out figure 130/154 = 84.4% at 44a07a6e. Do not tune
    # on them before the lead declares otherwise.
    # 131/154 = 0.8506 after the lead's fix of a wrong-date family the set showed (a document
    # symbol joined by "&", ".", "_", "+" or a unit in parentheses was no document number, its
    # signing day read as due): a safety fix, not tuning; the honest first figure stays 130.
    # Tuning data since session 28 (branch tune-zo): 135/154 = 0.8766 once the four misreads
    # were closed as a family (a day under the header "Hiệu lực" and its kin is a start bound,
    # as under "Ngày có hiệu lực"; a day under a header naming a text's force, neither its
    # start nor its end, "Tình trạng hiệu lực", "Ngày ban hành / Hiệu lực", is refused;
    # tests/test_deadline_forms_zo.py).
    # 141/154 = 0.9155 with the largest families of its refusals read: an event's agenda "trước,
    # trong và sau Tết" and "Tháng Thanh niên 2026", polling areas and people in millions
    # counted, "Trước tình hình" (facing), a term's weeks before its level of schooling;
    # 143/154 = 0.9285 with hours written with a colon ("Từ 07:00:00 ngày 25/02/2026 đến
    # 11:30:00 ngày 25/02/2026") and "năm học sau" (the next school year, named) read;
    # 147/154 = 0.9545 with an election prepared the year before its term, "sớm hơn các khối
    # khác", "không chỉ … mà còn …" after a start, and a window's steps in parentheses read;
    # 148/154 = 0.9610 with months whose year follows a dot ("từ tháng 7 - 8.2020") read.
    # The agenda around a holiday above was read by tune-zn as well (one rule after the merge).
    # 149/154 = 0.9675 on the session-39 merge.
    # 150/154 = 0.9740 on the session-40 merge.
    # 151/154 = 0.9805 on the session-45 merge.
    Set("zo-", 154, 0.98),
    # The held-out set zp- (branch collect-zp, 2026-12-02, session 28): 152 phrases from 64
    # documents not yet in the corpus (every address checked against the corpus's: 163 of the
    # 261 pages the stored-page search offered were in it already, 62%), on field work with
    # its days and on reporting rules: vaccination and blood-drive rounds, Tết tree-planting,
    # clean-up and flag days, fishing bans (An Giang's cá linh), COVID measures (Vĩnh Long),
    # the 2017 and 2021 economic censuses, reporting and tax-filing deadlines (Thông tư 02/2022,
    # Nghị định 129/2004, Thông tư 200/2014), title lines and effect days of decisions, xã and
    # phường notices, press; 2004-2026 (16 documents of 2025-2026, 19 undated with only
    # phrases that carry their year); Trung ương 53 phrases, An Giang 12, Hà Nội 10, Khánh
    # Hòa, Lào Cai, Quảng Ngãi, TP. Hồ Chí Minh, Thanh Hóa and Vĩnh Long 5 each and 16
    # provinces more (25 provinces); plan 44, press 40 (26.3%), reporting-rule 24, directive
    # 23, decision 15, congress 6. 116 expect a reading, 36 a refusal. Expectations committed
    # in 239f3dff (d3c46538 after the rebase onto zq-) before the tool ran on them; measured
    # once (main at df7851c3): 100 right
    # (65.8%, 100/152 = 0.6579), 49 refused, 3 misread (named in KNOWN_MISREADS: NO WRONG DAY;
    # THREE ARE FALSE PERIODS, phrases to refuse read as a time: two past years' results told
    # ("Năm 2025, UBND xã … tập trung lãnh đạo …", "Kết thúc năm 2024 cơ bản đã đạt được các
    # chỉ tiêu") read as the year, and a past congress's results heard ("Hội nghị đã nghe …
    # kết quả Đại hội XIII … diễn ra … từ ngày 25 tháng 01 đến ngày 01 tháng 02 năm 2021")
    # read as its window). Of the 116 phrases with a reading 67 were read right, none misread;
    # 33 of the 36 to refuse were refused. The refusals: 15 not recognised at all (a month's
    # rounds "Trong tháng 11-2019, … sẽ … tổ chức 13 đợt", dotted ranges "từ ngày 27.1-24.2",
    # "(đến ngày 31.1.2021)", three days in a list "vào ngày 20/2, 10/7 và 13/11", "từ đầu
    # tháng 6 đến cuối tháng 8", a tax table's abbreviations "ng thứ 20 của th tiếp theo",
    # "Trước ngày 30 tháng 12 của năm trước năm tính thuế", counts of days with no anchor
    # "chậm nhất là 45 ngày", "tối đa sau thời gian 05 năm", "phải sau ngày 31-8", an effect
    # day followed by the decision it replaces, "Giai đoạn 1 đến hết ngày 28/2 với …"); 8 a
    # word before the deadline ("quý", "năm", "định kỳ", "theo": the accounting and
    # environment reporting rules); 6 a number before it ("55mm", "7 tổ dân phố", "6 tháng",
    # the hours "Từ 07g00 đến 17g00, ngày …", a bare "ngày 29 tháng 11 năm 2024 đến hết …");
    # 5 a second date or number beside it (two rounds or two flag periods in one sentence,
    # "Quyết định số 57 ngày …", "tiêu chí số 17"); 4 words after it; 2 "của năm tiếp theo"
    # (the year after which year); one each: a phrase over 500 characters, a past result told
    # with "đã" beside a running pilot, an issuing told (twice: "ban hành Kế hoạch số …", "đã
    # ban hành Văn bản … bắt đầu từ ngày 01/3"), "đến đến hết" as printed, a second range with
    # no year on an undated page, a plan's title taken for a cited document's, "NGÀY ASEAN …"
    # taken for a day, a census's reference moment. First held-out figure 100/152 = 65.8% at
    # df7851c3. Do not tune on zp- before the lead declares otherwise.
    # 101/152 = 0.6645 once the collector aligned two expectations with the corpus's
    # conventions, in a separate commit after the measurement: a census's reference moments
    # "Về thời điểm tổng điều tra: … từ ngày 1/3/2017; … từ ngày 1/7/2017" (written as two start
    # bounds; refused since tune-w, as d-'s) and a plan's issuing told "Ngày 16/2, … ban hành Kế
    # hoạch số 35/KH-UBND triển khai tổng điều tra kinh tế năm 2017" (written as the issuing
    # day; convention 11 reads the plan's own year, still refused); the honest first figure
    # stays 100/152.
    # 103/152 = 0.6776 on the lead's merge of session 28, untuned: rules made on zn- and zo-
    # read two of its refusals (an event told with its day "Sáng ngày 26/3, tại Nhà Thiếu nhi
    # …", "Thực hiện tất cả 7 tổ dân phố ( kể từ ngày 22/4/2020 …)"); its three false periods
    # stay named. Still held out.
    # 127/152 = 0.8355 as tuning data since session 29 (branch tune-zp): the three false
    # periods closed as families (a year over by the page opening the phrase, its only number;
    # a meeting's results with the days it was held), then the refusals by cause: reports named
    # by their period counted from its end and yearly reports' "năm tiếp theo" (Nghị định
    # 129/2004, Thông tư 200/2014, Thông tư 02/2022), an effect day then "thay thế" after a
    # comma, a spelt bare range, hours then a comma, numbers that count or name things, forms,
    # "Thủ đô", a document cited by "số N ngày D", a tax year's yearly day.
    # 128/152 = 0.8421 on the session-38 merge.
    # 129/152 = 0.8487 on the session-39 merge.
    # 130/152 = 0.8553 on the session-41 merge.
    # 131/152 = 0.8618 on the session-43 merge.
    # 132/152 = 0.8684 on the session-45 merge.
    # 133/152 = 0.8750 on the session-47 merge.
    # 134/152 = 0.8816 on the session-49 merge.
    # 135/152 = 0.8882 on the session-52 merge.
    # 136/152 = 0.8947 on the session-54 merge.
    # 137/152 = 0.9013 on the session-55 merge.
    Set("zp-", 152, 0.901),
    # The held-out set zq- (branch collect-zq, 2026-12-02, beside zp-): 158 phrases from 56
    # documents not yet in the corpus (every address and document number checked against the
    # existing files; about a third of the pages the search returned, some 45 of 136
    # addresses, were already in it), on deadline-rich notices and rules outside the plan
    # genre: recruitment and admission notices (hospitals, Sở Y tế, universities' timetables
    # for registration, fees, resits and graduation, school admissions), calls for entries and
    # awards (press prizes, literary and photo contests, Giải thưởng Hồ Chí Minh, nghệ nhân),
    # effect days and transition clauses of decrees, laws and provincial decisions, public
    # consultations (Hiến pháp 2025, a master plan), vaccination and sowing calendars, tax and
    # fee rules; documents of 2013-2026 (31 of 2024-2026; 31 print no issue day and carry
    # only phrases with their year or to refuse); Trung ương 56 phrases, TP. Hồ Chí Minh 28,
    # Đà Nẵng 17, Cần Thơ 9, Đắk Lắk 8, Hà Nội, Huế, Tây Ninh 6 each, Hải Phòng 4, Quảng Ngãi,
    # Hà Tĩnh 3 each, An Giang, Sơn La, Hưng Yên 2 each, Thanh Hóa, Thái Nguyên, Bắc Ninh 1
    # each, 3 unknown (16 provinces, new names); press 64/25 (51 phrases, 32.3 %, from press
    # outlets), directive 37/13, school-year 26/5, plan 15/5, decision 14/7, reporting-rule
    # 2/1. 125 phrases expect a reading, 33 a refusal. Expectations committed in 85c86ab6
    # before the tool ran on them; measured once (main at df7851c3): 107 right (67.7%,
    # 107/158 = 0.6772), 50 refused, 1 misread (named in KNOWN_MISREADS: NO WRONG DAY; ONE A
    # FALSE DEADLINE, a press prize's extended eligibility span "… các tác phẩm dự giải đăng
    # tải, phát sóng lần đầu trong thời gian từ ngày 1/1/2023 đến hết ngày 25/4/2025" read as
    # a window, the reader refusing it as zm-'s photo span). Of the 125 phrases with a reading
    # 75 were read right and none misread; 32 of the 33 to refuse were refused. The refusals:
    # 10 a second date or number beside the deadline (two rounds on one flattened table row
    # or line, four separate days "Chiều ngày 17, 24/05/2023 và cả ngày 20, 27/05/2023", a
    # start run into its connector "01/05/2021đến", a lost dot "1.92014", "đến ngày: 26/02/
    # 2022", an event's year beside "Ngày 25/12"); 8 words after the date; 6 a start without
    # an end (effect days "có hiệu lực ngay từ ngày 1/1/2026", "sẽ bị bãi bỏ kể từ ngày …",
    # "Bắt đầu từ chiều 20/8", weekend exam days "kể từ ngày 12/8/2023"); 5 cadences with no
    # anchor ("5 năm 1 lần", "3 năm một lần vào dịp … 2 tháng 9", "1 năm 2 lần : Tháng 5 và
    # Tháng 11"); 4 not recognised (bare table cells "06/2020", "02/2021", "nộp thuế theo
    # quý", "Trước ngày 31/1 nếu là …"); 4 a number before the date ("(2 tuần)", "(5 tuần)",
    # "(1 tuần)", "xe khách dưới 8 chỗ"); 2 a false "hoặc" ("Hoãn thi hoặc Vắng phép", "sớm
    # hoặc muộn"); 2 a word before it ("Theo thể lệ …", "không học BSKT"); 9 single causes
    # ("hoãn thi" taken for a postponement, "20 năm" of an anniversary, a dashed range on a
    # flattened row, a count's anchor with numbers in parentheses, "Ngày 8.10, … vừa …", "đến
    # trước ngày thi lại 3 ngày", an issuing told, a sentence over 500 characters, "sẽ được
    # trao vào tháng 1/2025" taken for a count). First held-out figure 107/158 = 67.7% at
    # df7851c3. Do not tune on zq- before the lead declares otherwise.
    # Tuning data since session 29 (branch tune-zq): 108/158 = 0.6835 once its misread was
    # closed as a family (the span an entry must have been published or made in, extended,
    # "lần đầu", "sáng tác": refused, never a window; tests/test_deadline_forms_zq.py); 112/158
    # = 0.7088 with start bounds beside what they apply to (texts counted by kind, seats, a
    # thing left out, "không còn phù hợp", "Hiến pháp năm 2013"); 117/158 = 0.7405 with an
    # edition "lần thứ ba - năm 2025", a contest's rules as the frame, weeks of classes;
    # 120/158 = 0.7594 with a connector run into the year, "đến ngày:", a file sent on "trước
    # khi gửi lên Bộ" in a clause of purpose; 121/158 = 0.7658 with "không còn áp dụng" after
    # a start; 122/158 = 0.7721 with a deferral asked for ("xử lý hoãn thi") no exam put off.
    # Cycles of several years refused saying why.
    # 123/158 = 0.7785 after wide-two (session 30: an event about an edition named with its year).
    # 124/158 = 0.7848 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 125/158 = 0.7911 on the session-35 merge.
    # 127/158 = 0.8038 on the session-39 merge.
    # 131/158 = 0.8291 on the session-41 merge.
    # 132/158 = 0.8354 on the session-43 merge.
    # 133/158 = 0.8418 on the session-44 merge.
    # 135/158 = 0.8544 on the session-50 merge.
    # 136/158 = 0.8608 on the session-56 merge.
    Set("zq-", 158, 0.86),
    # The held-out set zr- (branch collect-zr, 2026-12-03, session 29, beside zs-): 129 phrases
    # from 46 documents not yet in the corpus (every address and phrase checked against the
    # corpus; more than half of the pages the stored-page search offered were in it
    # already), of the northern and north-central provinces and national bodies: Nghệ An 22
    # phrases, Trung ương 17, Hải Phòng, Phú Thọ, Sơn La, Thanh Hóa 10 each, Hà Nội, Tuyên
    # Quang 8 each, Thái Nguyên 7, Hà Tĩnh 6, Lai Châu 5, Lạng Sơn, Ninh Bình 4 each, Hưng
    # Yên 3, Lào Cai 2, a national round-up 3 (15 provinces, new names); press 116/41 (the
    # stored pages show only their beginning, where task tables rarely are), plan 7/3,
    # decision 6/2. Reporting and report-by duties (Bộ Tài chính's settlement reports, a Bộ
    # Công an target, Hà Tĩnh's consultation days), targets and milestones (a hydropower
    # project, Tuyên Quang's 2030 goals, land clearance by quarter), schedules of meetings,
    # congresses, festivals, contests and crackdowns with their days, school Tết holidays of
    # 2021 and 2023 by province, title lines and preambles of resolutions and decisions;
    # documents of 2011-2026, 25 undated with only phrases that carry their year, recur or
    # are refused, four issue days inferred (said in each file). 97 expect a reading (75.2%),
    # 32 a refusal (preambles and cited documents, events told done, figures as of a day,
    # years of birth, lengths alone, a "hoặc"), each beside readings in its document.
    # Expectations committed in aa123e74 before the tool ran on them; measured once (main at
    # a0542af8): 83 right (64.3%, 83/129 = 0.6434), 42 refused, 4 misread (named in
    # KNOWN_MISREADS: NO WRONG DAY; THREE FALSE PERIODS and ONE FALSE DEADLINE, phrases to
    # refuse read as a time: a plan's issuing told by the press, "Theo kế hoạch tổ chức Hội
    # khỏe Phù Đổng các cấp năm 2024 vừa được UBND tỉnh Hải Dương ban hành, …", read as 2024;
    # the past period a report film tells, "… phóng sự về phong trào thi đua yêu nước tỉnh
    # Phú Thọ giai đoạn 2020-2025", read as 2020-2025; months reviewed at a government meeting,
    # "… thảo luận về tình hình phát triển kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2020",
    # read as two windows; a figure as of a month, "đến hết tháng 9 năm 2025, kết quả giải
    # ngân … đạt 74,4%", read as due 30/09/2025). Of the 97 phrases with a reading 55 were
    # read right and none misread; 28 of the 32 to refuse were refused. The refusals: 15 not
    # recognised at all ("5 năm một lần", "Sau 10 ngày đăng tải", "hằng năm", "Đến tháng
    # 7/2021, …", a day in parentheses "vào trong 1 ngày (8/10)", hours before the day
    # "Đúng 19 giờ 30 phút ngày 15-7", "từ 6h30 sáng 29-1", a lunar gloss "(tức 26/2 năm Giáp
    # Thìn)", months in parentheses "vòng sơ khảo (tháng 7/2025)", targets "đến năm 2030 đạt
    # 95 triệu đồng/người", "giai đoạn 2026-2030 đạt 10,5%/năm", "500kV … tháng 10-2015", a
    # start month after a cited plan, "trên địa trước ngày 15/9 trên cơ sở", a day in a long
    # sentence); 7 words after the date ("để Bộ Tài chính tổng hợp", "vào buổi chiều", "tại
    # Cổng chào …", "8h - 8h30: Khai mạc", a weekday and lunar gloss in parentheses); 4 a
    # second date or number beside it (two stages, a start at its hour and an end, "năm 2024
    # với chủ đề …"); 3 a number before it ("8h00", "4 bộ ngành", "5 thành phố"); 2 a word
    # before it ("Căn cứ", "nếu"); 2 "năm" with no year ("của năm", a title line cut at
    # "tầm nhìn đến năm"); 2 a budget or settlement year ("quyết toán trong năm 2017", "DỰ
    # TOÁN NGÂN SÁCH … NĂM 2025"); and single causes ("năm sau" with no issue day, a count's
    # anchor with its day in parentheses, "Tết Nguyên đán Qúy Mão 2023" taken for a lunar
    # date, "Ngày hội Đại đoàn kết … năm 2018" taken for one day, a second target "đến năm
    # 2045", a day outside the term named beside it, a word lost its vowels "bn"). First
    # held-out figure 83/129 = 64.3% at a0542af8. Do not tune on zr- before the lead declares
    # otherwise. The four misreads closed the same session as families, a safety fix, not
    # tuning (tests/test_deadline_subjects.py: a plan cited by its name and told issued, a work
    # made about a period, what a meeting discussed, a figure's report opening it): 87/129 =
    # 0.6744, no misread.
    # Tuning data since session 30 (branch tune-zr), its refusals fixed by cause: counts of
    # ministries and cities ("4 bộ, ngành", "5 thành phố"), a police command's number, "tuần
    # tra" (no week), a round's ordinal "Đợt thứ hai:" (no weekday), an hour and its part
    # before a day without "ngày", "vào buổi chiều" closing the sentence, two hours after a
    # dated day before a schedule's colon, a lunar year "Quý Mão" (also "Qúy"), a weekday
    # opening a lunar gloss, a budget carried out with its plan or settled "trong năm 2017":
    # 100/129 = 0.7752, no misread; 101/129 = 0.7829 with an election's security ensured in
    # the year before its term ("bảo vệ … an toàn … bầu cử … nhiệm kỳ 2026 – 2031").
    # 102/129 = 0.7907 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 103/129 = 0.7984 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 107/129 = 0.8295 on the session-38 merge.
    # 108/129 = 0.8372 on the session-40 merge.
    # 110/129 = 0.8527 on the session-41 merge.
    # 111/129 = 0.8605 on the session-43 merge.
    # 112/129 = 0.8682 on the session-44 merge.
    # 113/129 = 0.8760 on the session-45 merge.
    # 114/129 = 0.8837 on the session-46 merge.
    # 115/129 = 0.8915 on the session-47 merge.
    # 116/129 = 0.8992 on the session-49 merge.
    # 117/129 = 0.9070 on the session-54 merge.
    Set("zr-", 129, 0.906),
    # The held-out set zs- (branch collect-zs, 2026-12-03, session 29, beside zr-): 170
    # phrases from 68 documents of the central coast, the highlands and the south (no
    # national document), none already in the corpus (every address and phrase checked
    # against the existing files; about a third of the in-scope pages the search returned,
    # some 36 of 104 addresses, were already in it, most of the plans among them). By
    # province as the pages name it: Kon Tum, Lâm Đồng 16 each, Bình Định, Khánh Hòa 14 each,
    # TP. Hồ Chí Minh 12, Đồng Nai 11, Bà Rịa – Vũng Tàu 10, Đắk Lắk, Sóc Trăng, Tây Ninh 8
    # each, Cần Thơ 6, Bình Thuận, Cà Mau, Quảng Nam 5 each, An Giang, Đồng Tháp, Phú Yên,
    # Quảng Ngãi, Vĩnh Long 4 each, Gia Lai, Kiên Giang 3 each, Long An 2, Bến Tre, Bình
    # Dương, Bình Phước, Trà Vinh 1 each (xã and phường among the issuers). By kind
    # (phrases/documents): press 112/47 (schedules, holiday and blood-drive lists, festival
    # programmes, congress and council days), directive 20/8 (holiday and flag notices,
    # reception calendars), congress 13/6, school-year 10/1 (Bình Định's frame of 2007-2008),
    # election 8/4, plan 7/2. 131 phrases expect a reading (77.1%), 39 a refusal standing
    # beside readings in the same documents (preambles, cited documents, terms of office,
    # results or events told done, a past step retold). Expectations committed in 031f8660
    # and 992e1e9d (cda9b6b3, 1e9b50c1 after the rebase onto zr-) before the tool ran on
    # them; measured once (main at a0542af8): 112 right (65.9%, 112/170 = 0.6588), 53
    # refused, 5 misread. NO WRONG DAY. Two FALSE DEADLINES (a
    # past recognition "… đô thị loại II vào năm 2010, địa phương đã xây dựng kế hoạch …" read
    # as 2010; a session told held, "HĐND xã Đồng Phú tổ chức thành công kỳ họp thường lệ cuối
    # năm 2025", read as Q4 2025), one START READ AS DUE ("Ngày 02/05/2018 Trung tâm sẽ làm
    # việc lại bình thường": the day work resumes, read as a due day, the right day), and two
    # runs of days read as one window where the collector wrote one date a day ("28,29,30.5.
    # 2008", "2 ngày 30/4/2018 và 01/5/2018": the collector's slip against the corpus's
    # convention for days in a row, aligned with two refused ones in f3ef289c, 51b662e4
    # after the rebase, after the measurement). Of the 131 phrases with a reading 75 were read right, 53 refused, 3
    # misread; 37 of the 39 to refuse were refused. The refusals: 23 not recognised at all (a
    # blood-drive list's items "Khu công nghiệp Sông Mây (ngày 19, huyện Trảng Bom)" seven
    # times, events told with their day "Hôm nay, 11/7, …", "dự kiến diễn ra vào đêm 21/10",
    # ranges "từ 21 - 24/10", "từ ngày 9 đến 11-10", cadences without their day "định kỳ 2 năm
    # 1 lần", "1 ngày/tháng", "vào 15 hàng tháng" with 'ngày' left out, "Dự kiến cuối năm",
    # "Từ nay đến hết tháng 3"); 7 a number before the deadline ("(10 tháng 3 ÂL …) nhằm …
    # (ngày 02/4/2020)", "07 giờ 30’", "22 nghị quyết", "Đô thị loại 2", "Ban Quản lý dự án 2",
    # "ngày 20 tháng 12 năm 2019 trong vòng 5 ngày", "cuối tháng 12"); 5 words after the date;
    # 3 a second date or number beside it ("nhiệm kỳ 2021-2026", "Ngày Quốc tế thiếu nhi
    # 01/6", "hàng tuần"); 2 a word before it ("Thời gian: Đêm", "kết thúc đêm"); 2 "kết quả
    # thực hiện" taken for results told; 2 "Theo đó" before it; 2 words after a period that go
    # only with a day; one each: "từ" without an end (a start to come), "tạm ngưng" taken for
    # a postponement, an announcement taken for an issuing ("vừa thông báo … ngày 1-1-2016"),
    # "đã tổ chức" beside a half-year to come, "Quảng trường 10-3" taken for a day, a dashed
    # range without "từ … đến", a year printed in the first clause only. First held-out
    # figure 112/170 = 65.9% at a0542af8, the honest one; 114/170 = 0.6706 after the
    # alignment, the floor. Do not tune on zs- before the lead declares otherwise.
    # Tuning data since branch tune-zs (session 30, the lead's word): its three misreads closed
    # first, as families (the start read as due aligned with convention 1 by the lead's
    # ruling; a past time closing a clause then a thing told done; a body telling an event held
    # well), 117/170 = 0.6882, no misread; then its refusals by cause ("đêm" before a day, the
    # crowd an event draws after its days), 122/170 = 0.7176 (tests/test_deadline_forms_zs.py).
    # 125/170 = 0.7353 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 130/170 = 0.7647 on the session-38 merge.
    # 135/170 = 0.7941 on the session-39 merge.
    # 136/170 = 0.8000 on the session-40 merge.
    # 139/170 = 0.8176 on the session-41 merge.
    # 141/170 = 0.8294 on the session-42 merge.
    # 142/170 = 0.8353 on the session-43 merge.
    # 144/170 = 0.8471 on the session-45 merge.
    # 145/170 = 0.8529 on the session-46 merge.
    # 146/170 = 0.8588 on the session-47 merge.
    # 149/170 = 0.8765 on the session-49 merge.
    # 150/170 = 0.8824 on the session-50 merge.
    # 151/170 = 0.8882 on the session-51 merge.
    Set("zs-", 170, 0.888),
    # The held-out set zt- (branch collect-zt, 2026-12-03, session 30): 140 phrases from 50
    # documents not yet in the corpus (every address and phrase checked against the existing
    # files; most pages the search offered were in it already), from where earlier collectors
    # had little: HĐND session timetables and voter-meeting schedules of huyện and tỉnh
    # (2009-2024), congress schedules of party cells, phường and mass organisations (MTTQ
    # 2019-2024, Hội Phụ nữ, Đoàn, CCB, Khuyến học, the phường congresses of 2025-2030),
    # festival and sports programmes, a few national texts (QĐ 180/QĐ-BNN-TY, NQ 406/NQ-CP,
    # the 2026 call-up, the Tết 2026 proposal); 22 provinces after the 2025 mergers and
    # Trung ương; congress 53, plan 44, press 34, decision 5, directive 3, election 1. 100
    # expect a reading (71.4%), 40 a refusal beside readings in the same documents.
    # Expectations committed in 8095c1cb before the tool ran on them; measured once (main at
    # 13a276b9): 100 right (71.4%, 100/140 = 0.7142), 35 refused, 5 misread (named in
    # KNOWN_MISREADS: NO WRONG DAY; TWO FALSE PERIODS, phrases to refuse read as a time — a
    # document told issued "Bộ Quốc phòng đã ban hành Hướng dẫn số 6544/HD-BQP về việc … gọi
    # công dân nhập ngũ năm 2026" read as 2026, a supervision's scope "… từ năm 2016 đến hết
    # năm 2018" read as its window; two agendas "tổng kết … nhiệm kỳ 2012 – 2017, xác định …
    # nhiệm kỳ 2017 – 2022" read as the new term only (one of two readings); two days in a
    # row "Ngày 7/10 và 8/10/2016" read as two dates, the same days). Of the 100 phrases with a
    # reading 62 were read right and 3 misread; 38 of the 40 to refuse were refused. First
    # held-out figure 100/140 = 71.4% at 13a276b9. Do not tune on zt- before the lead
    # declares otherwise. The lead closed its false period of a document told issued the same
    # day, as a family (safety, not tuning: subjects._DOCUMENT_TOLD_ISSUED): 101/140 (0.7214).
    # 102/140 = 0.7285 after the lead's ruling on two days in a row (session 30, convention 12:
    # "Cả ngày 14.10 và buổi sáng 15.10" of j- aligned with b-'s window, "ngày" optional before
    # the morning's day): zt-'s phrase of the same congress's days reads its window too.
    # 106/140 = 0.7571 after branch misreads (session 31; safety fix, not tuning: its four
    # named misreads closed as families on invented phrases, tests/test_deadline_misreads31.py).
    # Tuning data since session 31 (branch tune-zt): its refusals by cause, the families a
    # frame before a press line's day ("Theo đó, ngày 5/6, …"), "cho hay" (said, no "or"),
    # cells and committees counted ("1-2 chi bộ", "2 ban HĐND"), "sau" a meeting the step goes
    # on after: 107/140 = 0.7642 on its branch (tests/test_deadline_forms_zt.py); with misreads's
    # four beside it on the session's merge: 111/140 = 0.7929.
    # 114/140 = 0.8143 on the session-32 merge (rulings32, audit32, wide-four, wide-five, harden24).
    # 116/140 = 0.8286 on the session-33 merge (wide-six, wide-seven, rulings33, harden25).
    # 117/140 = 0.8357 on the session-34 merge (standing, wide-eight, wide-nine, lead34).
    # 118/140 = 0.8429 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 120/140 = 0.8571 on the session-38 merge.
    # 121/140 = 0.8643 on the session-39 merge.
    # 122/140 = 0.8714 on the session-40 merge.
    # 125/140 = 0.8929 on the session-41 merge.
    # 127/140 = 0.9071 on the session-43 merge.
    # 128/140 = 0.9143 on the session-45 merge.
    # 129/140 = 0.9214 on the session-49 merge.
    # 130/140 = 0.9286 on the session-50 merge.
    # 131/140 = 0.9357 on the session-53 merge.
    # 132/140 = 0.9429 on the session-56 merge.
    Set("zt-", 140, 0.942),
    # The held-out set zu- (branch collect-zu, 2026-12-03, session 31): 94 phrases from 30
    # documents not yet in the corpus (every address checked against the existing files), from
    # where earlier collectors had little: crop-season calendars (Hè thu 2022 of xã A Roàng,
    # Đông xuân 2017-2018 of HTX Hòa Tiến 1, Lào Cai's frost plan 2023-2024, the water release
    # of vụ Xuân 2026), pension-payment, power-cut, holiday and flag schedules, xã and phường
    # meetings after the 2025 mergers, a school's start-of-year days, residence-registration
    # time limits, a vaccine's re-dose cadence, directives and công điện (Đà Nẵng PCTT 2022,
    # Chiến dịch Quang Trung 2026, CT 06/CT-TTg), decisions' in-force lines; 15 provinces and
    # Trung ương; press 54, plan 20, decision 8, directive 6, school-year 6. 67 expect a
    # reading (71.3%), 27 a refusal beside readings in the same documents. Expectations
    # committed in 0ca202dd before the tool ran on them; measured once (main at ab0fd94e): 60
    # right (63.8%, 60/94 = 0.6383), 33 refused, 1 misread (named in KNOWN_MISREADS: NO WRONG
    # DAY; ONE FALSE DEADLINE, a programme's period in a "khi" clause read as the time of the
    # work). Of the 67 phrases with a reading 34 were read right, 33 refused, none misread; 26
    # of the 27 to refuse were refused. First held-out figure 60/94 = 63.8% at ab0fd94e. Do not
    # tune on zu- before the lead declares otherwise.
    # 61/94 = 0.6489 after the lead's safety fix of its misread (not tuning): a condition
    # "khi …" opened by a clause connective ("đồng thời khi …") is refused as "khi …" is.
    # 62/94 = 0.6596 on the session-32 merge, still held out: no branch read its refusals;
    # one phrase reads through a family opened on the tuning sets.
    # 64/94 = 0.6809 on the session-33 merge, still held out: no branch read its refusals; two
    # phrases read through rulings33's "theo" family opened on the tuning sets.
    # Tuning data since session 37, as the lead declared (note35 proposed it): its first
    # figure, 60/94 (63.8%), stays the honest one; the floor holds the tuned share.
    # 69/94 = 0.7340 on the session-37 merge (lead37, eleven37, mid37, clerk37, capped37).
    # 72/94 = 0.7660 on the session-38 merge.
    # 76/94 = 0.8085 on the session-39 merge.
    # 78/94 = 0.8298 on the session-41 merge.
    # 79/94 = 0.8404 on the session-42 merge.
    # 80/94 = 0.8511 on the session-43 merge.
    # 81/94 = 0.8617 on the session-44 merge.
    # 83/94 = 0.8830 on the session-49 merge.
    # 84/94 = 0.8936 on the session-52 merge.
    # 85/94 = 0.9043 on the session-53 merge.
    # 86/94 = 0.9149 on the session-54 merge.
    # 87/94 = 0.9255 on the session-55 merge.
    # 88/94 = 0.9362 on the session-61 merge (a calendar step list, zu-htxhoatien1).
    Set("zu-", 94, 0.936),
    # The held-out set zv- (branch collect-zv, 2026-12-03, session 32): 109 phrases from 34
    # documents not yet in the corpus (every address grepped against the existing files first;
    # most pages the search offered for plans, school-year frames and inspection plans were in
    # it already), from where earlier collectors had little: university registration, fee,
    # exam and graduation calendars (UEF, ITPC, Duy Tân, Huế, Thủy lợi, Ngân hàng TP.HCM, Cao
    # đẳng Y tế Quảng Nam), water cuts of TP.HCM and the water-release rounds of vụ Đông Xuân,
    # a traffic diversion, a court's weekend sittings, the 2025 admission and 2026 V-ACT
    # schedules, a crop calendar, a power-cut week, xã and phường items after the 2025 mergers;
    # 13 provinces and Trung ương; press 79, plan 22, school-year 5, directive 3. 63 expect a
    # reading (57.8%), 46 a refusal beside readings in the same documents (figures and counts,
    # street and road numbers, ages and birth years, told-done days, cited documents, lunar
    # seasons without solar days, days on undated pages). Expectations committed in 39021b65
    # before the tool ran on them; measured once (main at 70c2064b): 71 right (65.1%, 71/109 =
    # 0.6514), 38 refused, 0 misread (NO WRONG DAY). Of the 63 phrases with a reading 25 were
    # read right, 38 refused, none misread; all 46 to refuse were refused. First held-out
    # figure 71/109 = 65.1% at 70c2064b. Do not tune on zv- before the lead declares otherwise.
    # 72/109 = 0.6606 on the session-35 merge, held out: zv-xosobinhdinh's rounds of water
    # release ("Đợt 1 từ 0h ngày 21-1 …; đợt 2 …") read by schedules35, tuned on other sets.
    # 77/109 = 0.7064 on the session-39 merge.
    # 78/109 = 0.7156 on the session-49 merge.
    # 80/109 = 0.7339 on the session-58 merge: tuning data since (its refusals were in that
    # session's family lists; zv-sggp and zv-vietnamplus turned).
    # 81/109 = 0.7431 on the session-59 merge (a crop's early set named, zv-baolangson).
    # 82/109 = 0.7522 on the session-61 merge (a calendar step list, zv-nghean24h).
    # 84/109 = 0.7706 on the session-64 merge (a students' cohort code, zv-duytan).
    Set("zv-", 109, 0.770),
    # The held-out set zw- (branch collect37, 2026-12-04, session 37): 100 phrases from 37
    # documents not yet in the corpus (every address grepped against the existing files first;
    # most pages the search offered were in it already), 21 provinces before and after the
    # 2025 mergers (Hà Nội, Hải Phòng, Thừa Thiên Huế, TP. Hồ Chí Minh, Tuyên Quang, Thái
    # Nguyên, Hà Tĩnh, Bình Thuận, Ninh Thuận, Bình Định, Cần Thơ, Đắk Nông, Hòa Bình, …) and
    # Trung ương: công văn on clean-ups, forest fires and rural development, HĐND-session and
    # contest-schedule notices, congress and election items, the 2022 and 2025-2026 return
    # days, water-release rounds, press reports of plans; press 27, notice 23, directive 20,
    # school-year 18, plan 5, election 4, congress 3. 39 expect a reading, 61 a refusal
    # (cited documents, days told as past, counts and figures, terms and years without a
    # day, days on undated pages). Expectations committed in 6e140967 before the tool ran on
    # them; measured once (main at 678d5ac1): 75 right (75.0%, 75/100 = 0.75), 18 refused,
    # 7 misread (named in KNOWN_MISREADS, no wrong day of a plan; reported to the lead).
    # First held-out figure 75/100 = 75.0% at 678d5ac1. Do not tune on zw- before the lead
    # declares otherwise.
    # 77/100 = 0.7700 on the session-37 merge, still held out: the lead's safety fix of the
    # clean-ups' "các ngày cố định" (a misread, now refused, right), and water rounds "đợt 2
    # …; đợt 3 …" read by the rounds ruling made on other sets (clerk37); nobody read zw-.
    # 83/100 = 0.8300 after the lead settled its six misreads (session 38): two refused, four
    # expectations aligned with the corpus's conventions; its refusals still untouched.
    # 84/100 = 0.8400 on the session-42 merge.
    # 85/100 = 0.8500 on the session-43 merge.
    # 86/100 = 0.8600 on the session-58 merge: tuning data since (as zv-; zw-vnexpress turned).
    # 87/100 = 0.8700 on the session-61 merge (a calendar step list, zw-vnexpress).
    Set("zw-", 100, 0.87),
    # The held-out set zx- (branch r59, 2026-12-07, session 59): 159 phrases from 45 documents
    # not yet in the corpus (every address grepped against the existing files first; most
    # pages the search offered were in it already), Trung ương (24 documents: the 14th Party
    # congress's days, the 2016 National Assembly's agenda, the 2026 admission milestones,
    # school holidays, reservoir-operation decisions, a tax and a price reporting rule, the
    # 2025 merger timetable) and Hà Nội, Hà Tĩnh, Lào Cai (Yên Bái's Mù Cang Chải), Đắk Lắk,
    # Gia Lai, Khánh Hòa, Quảng Bình, Quảng Nam, Bắc Kạn, Hậu Giang, Sóc Trăng and three
    # several-province items: press 85, plan 18, school-year 18, decision 11, reporting-rule
    # 11, congress 9, notice 7. 99 expect a reading, 60 a refusal (cited documents, days told
    # as past, counts, terms, a page's posting stamp, blank date lines of school plans,
    # hours without a day, habits without a year). Expectations committed in 2553043e before
    # the tool ran on them; measured once (main at 0f60369e): 94 right (59.1%, 94/159 =
    # 0.5912), 60 refused, 5 misread (named in KNOWN_MISREADS: ONE IS A WRONG DAY against the
    # reader, a page's slip "26/11" for the race of 26/10 read as printed; four are readings
    # where the reader wrote none, two of them perhaps the corpus's conventions 1 and the
    # year's goal; reported to the lead). First held-out figure 94/159 = 59.1% at 0f60369e.
    # Do not tune on zx- before the lead declares otherwise.
    # 98/159 = 0.6164 after the lead settled four of its five misreads (session 59: two
    # refused, two expectations aligned with the corpus's conventions); its refusals untouched.
    # 99/159 = 0.6226 on the session-63 merge: one phrase turned as a side effect of a rule
    # built on other sets ("tới" before an addressee); nobody looked at zx- refusals.
    Set("zx-", 159, 0.622),
)
# The misreads the corpus shows, named rather than hidden (see the g- and j- comments above):
# any other misread anywhere fails.
KNOWN_MISREADS: frozenset[tuple[str, str]] = frozenset(
    {
        # (l-: two congress days "Ngày 29 và 30/8/2022", once expected as two dates, expect one
        # window since the lead aligned it with the corpus's convention: the same days)
        # (g-: "Kết thúc năm học trước ngày 31/5/2020", a past-year typo on a page with no
        # printed date, refused since its file holds the day its address prints, 2021-08-14)
        # (the opening "Thời gian khai mạc từ 20 giờ 00 phút, ngày 9/11/2024" and the meeting
        # "họp chuyên môn từ 09h00 ngày 14/10/2021 …", once read as start bounds, read as the
        # event's day since tune-ij)
        # (two competition days "ngày 16, 17/10/2021", once expected as two dates, expect one
        # window since the lead made the corpus follow one convention: the same days)
        # (the show "Thời gian diễn ra từ 20h00 ngày 26/5/2023", once read as a start bound,
        # reads as the show's day since tune-k)
        # (m-: "tình hình … thời điểm từ đầu năm học đến ngày 15/10", the end of the period the
        # figures cover, was read as the report's due day, a wrong day: refused since the lead's
        # fix, the day the figures run to is no deadline; "ngày 11 và 12-12-2025", once expected
        # as two dates, expects one window, the corpus's convention: the same days)
        # (l-: "tựu trường sớm nhất từ ngày 9/9 và khai giảng … vào ngày 12/9", once read as one
        # window from the one step's start to the other's day, refused since the lead's fix:
        # two steps of their own are never one window)
        # (m-: "Học kỳ I … bắt đầu từ ngày 5-9 và kết thúc năm học trước ngày 24-5-2025", once
        # expected as two dates, expects one window since the lead aligned it with the l-
        # reader's and issue 11's convention, "bắt đầu từ …, hoàn thành trước …": the same days)
        # (o-: one vaccination round over two months in a row, expected as one window, read as
        # two windows of the same days; q-: "trong quý I và quý II năm 2013" the same. Aligned
        # by the lead in the eighth session to the convention of four other files and issue
        # 11: two periods joined by "và" are two milestones.)
        # (o-: a FALSE DEADLINE, "Ngày 15/01/2021 UBND nhận được thông báo số 38/TB …", the day
        # a commune received a letter, read as due; n-: WRONG DAYS, eight, measured once at
        # 7eba438: a consultation's "Ngày bắt đầu lấy ý kiến: D1, Ngày hết hạn lấy ý kiến: D2"
        # read as two due days (five pages of Bộ KH&CN and Bộ Xây dựng); "báo cáo kết quả thực
        # hiện … đến hết ngày 30/8/2025", the day the results run to, read as the due day; the
        # day a petition was received read as a due day. All refused since the lead's fixes:
        # the day a thing begins named before its colon, results "đến ngày D", "nhận được".)
        # (n-: the last WRONG DAY, a resolution cited by its title "… dự toán ngân sách nhà
        # nước năm 2024", read as a window due by 31/12/2024: refused since tune-n, a cited
        # document's title is the document's)
        # (n-, no wrong day, three: two past changes "… từ ngày 01/01/2025 và … từ ngày
        # 01/7/2025" read as two start bounds (the reader: refused, no deadline); two festival
        # items "Thời gian: Từ 22 giờ 00 phút ngày 28/4/2018" and "Thời gian: Bắt đầu từ 20 giờ
        # 30 phút ngày 29/4/2018" read as start bounds of the day the reader wrote as the
        # event's day. Aligned by the lead in the eighth session to the convention of the a-,
        # l-, p- files: a start without an end is a start bound, past or not.)
        # (p-: two FALSE DEADLINES, measured once at ad25e14: the days a weather forecast covers,
        # read as a window due 13/08/2025, and the day a commune's polling teams posted the
        # lists, "đã tiếp nhận … niêm yết", read as due. Both refused since the lead's fixes: the
        # weather told is no deadline; a receipt told as done neither.)
        # (p-, no wrong day: "từ nay / từ khi ban hành kế hoạch đến hết ngày D" without the
        # plan's day, expected as a window, read as the day named: aligned by the lead to the
        # convention of the h-, i-, m- files, only the end is sure.)
        # (q-: measured once at ad25e14. A FALSE DEADLINE: a commune front's report "đến 17 giờ
        # ngày 1/2/2026, … đã tiếp nhận đầy đủ hồ sơ" (what had been received by a past hour)
        # read as due 01/02/2026: refused since the lead's fix, a receipt's refusal is final, no
        # cut of the phrase reads its day with the receipt left as the step.)
        # (q-, four more, no wrong day: a yearly congress "Đại hội hằng nǎm" read with the day
        # lateness counts from, 31/12 (the reader wrote a bare FREQ=YEARLY); "sẽ diễn ra vào đầu
        # quý III năm 2021" read as July 2021 (the reader refused); "trong quý I và quý II năm
        # 2013" read as two windows (the reader: one). Aligned by the lead in the eighth session
        # to the corpus's conventions and issue 11 (each file says what its reader wrote). "…
        # là địa phương hoàn thành sớm nhất (từ tháng 12/2025)", a body ranked first to finish,
        # read as a start bound: refused since the lead's fix.)
        # (r-: measured once at f6674d3, 2026-12-01. SIX WRONG DAYS (false deadlines, reported to
        # the lead): a due day read where the document sets none, from a past period taken as
        # a basis, two headings over last year's results, a look back at the period just
        # ended, a cited decision's title (all five refused since the lead's fix: past results
        # and a document's grounds are no deadline), and a yearly appraisal criterion (the
        # reader: refuse), refused since tune-r: what a criterion is is no deadline. Two more,
        # no wrong day, aligned: "Không quy định" under "Thời hạn giải quyết" is the explicit
        # "no deadline" reading; a weekly chore "hàng tuần" a cadence.)
        # (s-: measured once at f6674d3. A FALSE DEADLINE, a WRONG DAY: a statistics form's row,
        # the rooms counted as of 31 December, read as due 31/12/2012 (the form's year): refused
        # since the lead's fix, what exists as of a day is no deadline.)
        # (s-, no wrong day, all three refused since branch tune-s: a report's filing window
        # printed without its year, "Thời gian nộp báo cáo: từ ngày 15/6 đến ngày 04/7", each
        # period's or the plan year's; a citation's line "Chương trình hành động số 15-CTr/ĐU,
        # ngày 14/11/2025 … thực hiện Nghị quyết …, nhiệm kỳ 2025-2030", the term of the
        # resolution it carries out; "… năm 2025, … 3 năm 2025-2027", a year before a span that
        # starts in it, two periods never folded into one. Two yearly days "25 tháng 5 và … 25
        # tháng 11 hằng năm" read as one six-monthly rule, the same days, aligned by the lead.)
        # (t- and u-, no wrong day: three days "trong 3 ngày (4, 5 và 6/3)" (both sets) and two
        # exam days "ngày 25 và 26-12" read as one window over the same days where the readers
        # wrote one reading a day: aligned by the lead with the corpus's convention for days in
        # a row, one window, as f928036 did for j-2- and l-.)
        # (u-: FOUR WRONG DAYS reported to the lead, three refused since branch tune-u: an event
        # put off with no new day, "hoãn tổ chức … tháng 6/2021"; a session's results cited as
        # grounds, "Căn cứ kết quả kỳ họp …"; the period that names a plan being adjusted,
        # "điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030". The fourth stays named below.
        # An effective date under "Ngày có hiệu lực", once read as due that day, reads as the
        # earliest day since tune-u.)
        # (u-, A WRONG DAY: a misprinted year (2028 for 2026) read as due 13/08/2028; tune-u
        # refuses a timed day two to nine years after its document's issue year
        # (refusals.not_far_ahead), and the page prints no issue date. Refused since its file
        # holds the plan's inferred day, 2025-11-04: branch misreads-issued, the lead's ruling)
        # (v-: FOUR FALSE DEADLINES, WRONG DAYS, reported to the lead, all refused since branch
        # tune-v: a step told as done "đã hoàn thành cấp mã học sinh xong trước ngày
        # 28/5/2021", and two periods inspected, "Thời kỳ thanh tra trong giai đoạn 2024-2025",
        # "thanh tra hoạt động thu, chi tài chính giai đoạn 2021–2025"; a guidance's issue day
        # "Ngày 29/2/2020, UBND tỉnh đã ban hành văn bản số: 670/HD-UBND …" by breaker11's rule
        # of the same session, a document's issuing told as news.)
        # (v-, no wrong day: two days "trong 2 ngày 9 và 10-11" read as one window over the same
        # days where the reader wrote two readings: aligned by the lead with the convention for
        # days in a row, as for t- and u-.)
        # w- (first run at c79251c): its thirteen misreads left after tune-u are read right
        # or refused since tune-w (a past period told as done after "Điều 2.", a law's name
        # with "và" and its year, a session or an election day of a term, documents cited
        # with a spaced dash, "số:" or a full stop after their day, a census's reference
        # moment, a start told as begun, a repeal day and an effect day in a text's history,
        # an effect day under "Áp dụng:"), eleven of them false deadlines.
        # (x-: its three misreads at the first run, two of them false deadlines, are read
        # right or refused since tune-x: a due moment "chậm nhất từ 12 giờ ngày 16/2", a
        # programme "được tổ chức" after a year that names its edition, a basis whose cited
        # letter's title cites a circular of its own)
        # (y-: its seven misreads at the first run, three wrong days and four false deadlines,
        # are read right or refused since tune-y: "ngày 12 / ngày 10 tháng sau tháng báo cáo"
        # read as monthly due days, a school term misprinted over a year, the term of an office
        # elected or of a congress led to, a condition's day, letters sent told as done)
        # (z-: its misreads at the first run are refused or read right since tune-z: years
        # listed with a comma "Trong năm 2023, 2024, …" are each year's (refused with the words
        # after them); the conference told on its day expects that day, the corpus's
        # convention; a return to school told as done "đã tựu trường từ 18/8/2025", read as a
        # start bound, refused since tune-za's rule for a work told as begun)
        # (the table cells "Thường xuyên" and "Nhiệm vụ thường xuyên", once expected refused as
        # the brief asked in error, expect ongoing since the lead aligned them with the README)
        # (za-: its five misreads at the first run, four false deadlines, are refused since
        # tune-za: a letter's own day told with its issuing "vừa có văn bản hỏa tốc số … tối
        # 3/4/2025", options still weighed "cân nhắc giữa 2 phương án …", a plan given up
        # "từng dự kiến …", a figure as of a day "Đến ngày 18/12/2025, … đạt 68,3%", a work
        # told as begun "đã dọn dẹp vệ sinh từ ngày 30/10")
        # (zb-: its five misreads at the first run, four false deadlines, are refused or read
        # right since tune-zb: a period whose land changes are counted "biến động phát sinh
        # trong thời gian từ … đến …", a work told as opened "được thông xe kỹ thuật ngày
        # 19-12-2025", a figure as of a past month "Đến hết tháng 12.2025, … đạt …", the land
        # inventory's own moment "đến hết ngày 31/12/2014"; "đạt 70% vào giữa năm 2023 và
        # hoàn thành tháng 12/2023" expects the two windows the grammar reads, issue 11 §2)
        # (zc-: five events told with their day and no word of them done, "Ngày 28/10, HĐND tỉnh
        # … tổ chức Kỳ họp …", "Sáng 6/11, Hội LHPN tỉnh … tổ chức Lễ phát động …", "… khai mạc
        # tại Hà Nội sáng 11-8", "Vào lúc 07 giờ 00 ngày 01/3/2025, … tổ chức Lễ phát động …",
        # "Chiều 31/10/2025, … tổ chức Hội nghị giao ban …", once expected refused by their
        # collector, expect the event's day since the lead's convention 1 of session 22; four
        # more, congresses told with their day and term, "Chiều 6/10, Hội LHPN xã … tổ chức Đại
        # hội …, nhiệm kỳ 2025-2030", since the term beside a day reads as a name, tune-zc)
        # (zc-: eleven more are refused since tune-zc: the wrong day, a year before a
        # congress's term "Năm 2024 sẽ diễn ra Đại hội …, nhiệm kỳ 2024-2029" once read to
        # 31/12/2029; the two misread since conv13, a sitting about a programme "phiên họp thứ
        # nhất Ban Chỉ đạo thực hiện Chương trình … nhiệm kỳ 2025-2030" and a sitting's agenda
        # "chương trình kỳ họp thứ VII HĐND xã … nhiệm kỳ 2021-2026"; terms of a resolution put
        # across, of duties shared out, of posts; a session's name "(kỳ họp thường lệ cuối năm
        # 2025)"; a term's results achieved; a sitting's results with its day; a congress held
        # well "tổ chức thành công"; a photo caption's day "(24/9/2025)")
        # zc-: its 27 misreads at the first run (af0eb37): TWENTY-SIX FALSE DEADLINES, ONE
        # WRONG DAY. Eleven terms refused since conv13, five events read their day by the
        # lead's convention 1, eleven refused since tune-zc (above); the last, a quarter
        # reviewed as done "Trong quý I/2024, các cấp Hội Nông dân … tập trung tổ chức tuyên
        # truyền …" on an undated page, expects that quarter since the lead's ruling 53(a): no
        # word of the phrase tells it done (the ruling of session 31's shape)
        # zd-: its 11 misreads at the first run (dafe281, 2026-12-01), reported to the lead.
        # (Refused since tune-zd, nine: the WRONG DAY, the as-of day of a count garbled by the
        # press into a due day "báo cáo … trước ngày 31/12/2024" in a letter of 03/03/2025,
        # and a plan's issue day cut by the page's line "Ngày 07/11/2022, Sở Văn hóa, Thể thao
        # và Du" in a notice of 27/02/2023, both a due day more than a month before its
        # document (the lead's convention 8); a Kết luận's own day "được ban hành vào ngày
        # 17/7/2025"; a resolution passed "Ngày 26/09/2025 Ủy ban Thường vụ Quốc hội thông qua
        # Nghị quyết 104/2025/UBTVQH15 …"; goals told met "Trong năm 2025, UBND phường …
        # hoàn thành thắng lợi các mục tiêu"; meetings told held "từ ngày 25/5/2019 đến ngày
        # 10/6/2019 các Tổ đại biểu … đã phối hợp …"; a tide forecast "mực nước triều … sẽ ở
        # mức cao hơn báo động"; a data year "sử dụng số liệu năm 2024"; two periods joined
        # by "và" read as one "giai đoạn 2021-2025 và kế hoạch đầu tư công năm 2025".)
        # (a FALSE DEADLINE (the collector's reading, from the page around it): a month first
        # planned for an exam the same page says is not held, read as December 2025; the
        # phrase says only "dự kiến", which reads (the lead's convention 2): no rule can tell.
        # Expects that December window since the lead's ruling of session 31 (convention 2's
        # letter; the page's next sentence, not the phrase, calls the exam off), zh- the same.)
        # (a FALSE PERIOD beside a right one, "đã xem xét các báo cáo … năm 2025, phương hướng
        # nhiệm vụ năm 2026", reads 2026 alone since branch tune-zg: the lead's convention 10)
        # (ze-: measured once at 7825bfc, four FALSE DEADLINES, no wrong day; all four refused
        # since branch tune-ze: a draft's own day, a payment told done under a bare press
        # mark, a cited letter's year, a preamble citing a plan; tests/test_deadline_forms_ze.py)
        # (zf-: measured once at 2d3ed6e; one WRONG PERIOD and five FALSE DEADLINES, reported to
        # the lead, and one lost milestone. Refused since session 23's tuning on other sets,
        # not tuned on zf-: the wrong period, NQ 424/NQ-CP's own year "năm 2025" before its
        # programme of 2026-2035, and QĐ 512/QĐ-UBND's own year: tune-ze's cited year. The other
        # five refused or read since branch tune-zf, each closed as a family: a past approval
        # "được … phê duyệt … vào tháng 11/2024", work "đã được khởi công trong năm 2025", a
        # period's results "đã đạt nhiều thành tựu", a period described "bối cảnh … có nhiều thời
        # cơ", and the milestone "năm 2025 và 2026 đạt 100%" read as two years;
        # tests/test_deadline_forms_zf.py)
        # (zg-: measured once at 2d3ed6e; no wrong day, reported to the lead; "đến hết tháng
        # 10/2025, các xã … đã hoàn thành khám sơ tuyển" refused since session 23's tuning on
        # other sets (a figure as of a past month). Three days in a row
        # "trong các ngày 13, 14 và 15-8", once expected as three dates, expect one window since
        # 4ca81f8, the corpus's convention: the same days)
        # (and its three misreads closed as families since branch tune-zg: a start glossed
        # "Bắt đầu từ hôm nay (25/2)" reads earliest 25/02; days told done after "Trong các
        # ngày từ 26 đến 28/1, … đã phối hợp …" refused; a law's passing day under the card
        # header "Ngày ban hành" refused; tests/test_deadline_forms_zg.py)
        # (zh-: measured once at 307307c; NO WRONG DAY, all six are phrases to refuse read as due,
        # reported to the lead)
        # (a FALSE PERIOD: an exam first planned for 12/2025 and called off (the next sentence)
        # read as December 2025. Left named by tune-zh: nothing in the phrase tells it from a plan
        # told before and kept, "Trước đó, Thường trực HĐND tỉnh đã ban hành quyết định triệu tập
        # kỳ họp thứ 13 …, dự kiến tổ chức ngày 10-4" (l-an-giang-hdnd-ky-hop-13-2020, read
        # right); its twin zd-thanhnien-khanh-hoa-khong-thi-hsg-thcs-2025 stays named too.
        # Both expect that December window since the lead's ruling of session 31.)
        # (The other five were closed as families by tune-zh: work told done in its period, a
        # list fixed "tại thời điểm hết ngày …", money "từ ngân sách … năm 2025", a period
        # "ban hành kèm theo Quyết định số …"; tests/test_deadline_forms_zh.py)
        # (zi-: its two misreads at 307307c, false deadlines, closed as families since branch
        # tune-zi: an inventory's as-of moment told by "chốt số liệu kiểm kê" on an undated
        # page, the month a pension is for; tests/test_deadline_forms_zi.py)
        # (zj-: its six misreads at 51d514d, false deadlines and periods, closed as families
        # since branch tune-zj: a heading reviewing a period, a cited decision's approved scheme,
        # a past period reviewed or reported, the day the news is told, a preamble carrying out
        # a plan of a year; tests/test_deadline_forms_zj.py)
        # (zk-: measured once at 30a0b4b; no wrong day, reported to the lead. The three left by
        # tune-zk cannot be told from their phrase: the decree's shape is y-ktnn-vbhn-03-2024's,
        # whose effect day is read as a start, and the two times given up are retold in the
        # words of the new one, "theo kế hoạch", "Theo đó", the page's title saying it moved)
        # (a FALSE START: a cited decree's own effect day, in a procedure's legal basis; expects
        # that start since the lead's ruling of session 31, as y-ktnn-vbhn-03-2024's same shape)
        # (a FALSE PERIOD: a festival's first days, given up in the next sentence (moved to
        # 19-21/9/2025, read right in the same file); the phrase was cut mid-sentence, re-copied
        # whole by the lead's ruling of session 31 ("Tờ trình số 155-TTr/ĐU UBND, ngày 11/8 …
        # nêu rõ, theo kế hoạch, …"): a submission's content told, refused as the collector wrote)
        # (a FALSE DEADLINE: a filing day replaced by the notice (15/6/2021, read right in the
        # same file), retold with "Theo đó"; cut after the sentence citing the old notice, it
        # lost what "đó" points to: re-copied whole by the lead's ruling of session 32 ("Căn cứ
        # Thông báo số 56/TB-SKHCN ngày 04/3/2021 … Theo đó, …"), refused as a preamble citing
        # the notice, convention 7)
        # (zl-: measured once at 5fc439d1; no wrong day, reported to the lead)
        # (zl-'s five misreads, named here at 5fc439d1 — a year and a period joined by "và" read
        # as the year alone, and four horizons or periods of a strategy or resolution cited in a
        # preamble read as a deadline or window — were closed as families by branch tune-zl)
        # (zm-: measured once at 5fc439d1; ONE WRONG DAY, reported to the lead)
        # (zm-, a WRONG DAY: a past-year typo on a 2022 notice that prints no day (it answers a
        # letter of 07/9/2022), read as due 14/09/2020. Refused since its file holds its
        # inferred day, 2022-09-07: branch misreads-issued, the lead's ruling)
        # (zm-bnv's report title "… QUÝ II/2009", zm-btc's "Tổng số vốn năm 2023 … là … tỷ
        # đồng" and zm-cand's "tác phẩm dự thi được chụp từ ngày … đến hết ngày …", three false
        # periods first named here, are refused since branch tune-zm)
        # (zm-sovhttdl-bac-kan's "Chấm vòng sơ khảo …: Tháng 9, 10/2022", first named here as two
        # months read as one window, was the expectation's slip: one stage over two months, the
        # unit once, is one window by the lead's ruling of session 25; aligned in session 26)
        # (zn-: measured once at 44a07a6e; NO WRONG DAY, eight FALSE DEADLINES; the ninth,
        # zn-baoangiang-24-gio-05's two days in a row read as one window, was the collector's
        # slip against the corpus's convention, aligned since)
        # (zn-'s eight FALSE DEADLINES, named here at 44a07a6e — a past meeting's speech carried
        # out read as due 13/03/2024, two past storm rounds of April 2020, two past years'
        # results "Năm 2025, … đạt …" and a past half-year told done, an activity's programme
        # "giai đoạn 2021 - 2026", two preambles citing the plan carried out — were closed as
        # families by branch tune-zn: tests/test_deadline_forms_zn.py)
        # (zo-: measured once at 44a07a6e; ONE FALSE DEADLINE, reported to the lead)
        # (zo-'s FALSE DEADLINE, a preamble's three cited submissions read as due 28/09/2018
        # because the symbol "SNV-CCHC&PC" was cut at its "&", is refused since the lead's fix
        # of document symbols, tests/test_deadline_symbols.py)
        # (zo-'s four effect days under a school's list header "Hiệu lực" (not "Ngày có hiệu
        # lực"), read as due days, are start bounds since branch tune-zo: the header alone and
        # its kin read as "Ngày có hiệu lực", any other header naming a text's force refused,
        # tests/test_deadline_forms_zo.py)
        # (zp-: measured once at df7851c3; NO WRONG DAY, three FALSE PERIODS, reported to the
        # lead)
        # (zp-'s three FALSE PERIODS, named here at df7851c3 — a past year's work told "Năm
        # 2025, UBND xã Đông Hưng tập trung lãnh đạo, chỉ đạo …" on a page of 26/01/2026, a past
        # year's results "Kết thúc năm 2024 cơ bản đã đạt được các chỉ tiêu đề ra", a past
        # congress's results heard "kết quả Đại hội XIII … diễn ra … từ ngày 25 tháng 01 đến
        # ngày 01 tháng 02 năm 2021" — were closed as families by branch tune-zp (a year over by
        # the page opening the phrase, its only number; a meeting's results with the days it was
        # held in the run of the sentence): tests/test_deadline_forms_zp.py)
        # (zq-: measured once at df7851c3; NO WRONG DAY, ONE FALSE DEADLINE, reported to the
        # lead: a press prize's extended eligibility span "Ban tổ chức đã quyết định gia hạn
        # các tác phẩm dự giải đăng tải, phát sóng lần đầu …", read as a window; refused since
        # branch tune-zq, the span a work was published or made in with its extension and
        # "lần đầu": tests/test_deadline_forms_zq.py)
        # (zs-: measured once at a0542af8; NO WRONG DAY, reported to the lead)
        # (zs-'s FALSE DEADLINE, a past recognition and a plan told as made "… công nhận TP.Cà
        # Mau là đô thị loại II vào năm 2010, địa phương đã xây dựng kế hoạch …", read as the
        # year 2010, is refused since branch tune-zs: a time closing a clause mid-sentence,
        # over by the page's day, then a thing told done, toldpast.refuse_told_after_its_time,
        # tests/test_deadline_forms_zs.py)
        # (zs-'s FALSE DEADLINE, a session told held "HĐND xã Đồng Phú tổ chức thành công kỳ
        # họp thường lệ cuối năm 2025" (convention 1's exception), read as the last quarter of
        # 2025, is refused since branch tune-zs: a body first, "tổ chức thành công", no
        # directing verb before it, the period begun by the page's day,
        # toldpast.refuse_held_well_told, tests/test_deadline_forms_zs.py)
        # (zs-'s START READ AS DUE, "Ngày 02/05/2018 Trung tâm sẽ làm việc lại bình thường",
        # the day the centre reopens read as due that day: the collector's start against
        # convention 1, its expectation aligned with it by the lead's ruling (session 30))
        # (zt-: measured once at 13a276b9: a FALSE PERIOD, a document told issued with its
        # title's year, "Bộ Quốc phòng đã ban hành Hướng dẫn số 6544/HD-BQP về việc … năm 2026",
        # closed by the lead the same day as a family, subjects._DOCUMENT_TOLD_ISSUED)
        # (zt-: measured once at 13a276b9; NO WRONG DAY, reported to the lead)
        # (zt-'s four, closed as families by branch misreads, session 31, a safety fix on
        # invented phrases, tests/test_deadline_misreads31.py: the years of funds a supervision
        # examines "giám sát sử dụng nguồn vốn … từ năm 2016 đến hết năm 2018", refused
        # (refusals._FUNDS_EXAMINED); two agendas "tổng kết thực hiện nghị quyết … nhiệm kỳ
        # 2012 – 2017, xác định phương hướng … nhiệm kỳ 2017 – 2022", once the new term only,
        # read both terms (label._REVIEWED_TERM); "(Ngày 7/10 và 8/10/2016)", once two dates,
        # one window (grammar.DAY_AND_NEXT_RULE))
        # (zu-: measured once at ab0fd94e: a FALSE DEADLINE, NO WRONG DAY, reported to the
        # lead: the period that names a programme, in a clause whose time is an event without a
        # day ("khi Trung ương ban hành …"), read as the time of the work, 2021-2025;
        # refused since the lead's safety fix the same day: a condition "khi …" opened by a
        # clause connective, "đồng thời khi …", tests/test_deadline_condition_opened.py)
        # (zw-: measured once at 6e140967 (branch collect37, session 37): seven misreads,
        # reported to the lead, NO WRONG DAY OF A PLAN but five days or spans read as due where
        # the reader wrote no deadline. A term named in an agenda, read as the window
        # 2011-2016; a meeting told as held "Ngày 08/6, … tổ chức Hội nghị giao ban …", read
        # as due that day; a year's goal "Năm 2023, tỉnh … đặt mục tiêu …", read as the year;
        # a screening told as done "được tổ chức … từ ngày 4 đến 8/11/2019" on a page of
        # 24/01/2020, read as a window; "Dự tính khám tuyển cấp huyện sẽ vào cuối tháng
        # 12/2019" on the same page, read as the month's last third (the reader: past at the
        # page's day); weekly clean-ups "vào các ngày cố định hằng tuần" whose days follow in
        # the next items, read as due each Sunday; a launch told as held "Sáng 15/12, … tổ
        # chức Lễ ra quân …", read as due that day. The clean-ups, due each Sunday where the
        # document sets Friday and the weekend, are refused since the lead's fix the same day:
        # days said fixed but not named, tests/test_deadline_misreads37.py.)
        # (zw-'s other six, settled by the lead in session 38, tests/test_deadline_misreads38.py:
        # the term in an agenda "chương trình và thời gian tổ chức kỳ họp thứ I, HĐND tỉnh
        # khóa II, nhiệm kỳ 2011-2016" refused (refusals._WORK_OF_A_TERM: a sitting's agenda,
        # not a programme's); the screening appraised as held "Việc khám tuyển được tổ chức
        # nghiêm túc, khách quan …", over by the page's day, refused
        # (toldpast.refuse_appraised_told); and four expectations aligned with the corpus's
        # conventions: the meeting and the launch told with their day read that day
        # (convention 1), the year's goal reads the year (the targets of t-sggp and
        # zj-baobariavungtau), the district screening ending 24 days before its page reads
        # (convention 8, refusals.PAST_DUE).)
        # (zx-: measured once at 2553043e (branch r59, session 59, main at 0f60369e): five
        # misreads, reported to the lead. ONE IS A WRONG DAY against the reader, named here: a
        # page's slip "rạng sáng 26/11" for a race of 24-26/10/2025, read as printed,
        # 26/11/2025 (the reader wrote 26/10, from the page's other sentences). The lead settled
        # the other four: a plan told as signed for the quoted "Tháng hành động vì an toàn thực
        # phẩm" năm 2024 and a ranking's year "… do tạp chí … Elsevier công bố năm 2025", each
        # read as the whole year, are refused since (the quote closing a campaign month's name;
        # a year after "do … công bố"); an opening told the page's own day ("Chiều nay 25/8, …
        # tổ chức khai mạc diễn tập …") and a festival's daily hours ("từ 08 giờ 00 đến 23 giờ
        # 00 hàng ngày") had their expectations aligned with the corpus's convention 1 and
        # p-tandan's daily hours.)
        (
            "zx-vnexpress-vpbank-hanoi-marathon-2025.yaml",
            "Cuộc đua chính thức bắt đầu vào rạng sáng 26/11.",
        ),
    }
)
_spec = importlib.util.spec_from_file_location("corpus_measure", CORPUS / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure"] = measure
_spec.loader.exec_module(measure)


@pytest.fixture(scope="module")
def tally() -> object:
    return measure.measure()


def _misread(tally: object) -> set[tuple[str, str]]:
    return {(o.entry.file, o.entry.phrase) for o in tally.misreads}


def test_no_phrase_of_the_corpus_is_misread(tally: object) -> None:
    assert _misread(tally) <= KNOWN_MISREADS, measure.report(tally)


def test_each_named_misread_is_still_misread(tally: object) -> None:
    # a name left after its phrase reads right or is refused hides the progress, and would
    # hide the phrase turning into a different misread later: prune it, with its reason
    stale = sorted(KNOWN_MISREADS - _misread(tally))
    assert not stale, "no longer misread, remove from KNOWN_MISREADS: " + "; ".join(
        f"{file}: {phrase[:80]!r}" for file, phrase in stale
    )


def test_the_corpus_is_read_right_at_its_floor() -> None:
    tuned = measure.measure(exclude=tuple(one.prefix for one in SETS))
    assert tuned.total >= max(CORPUS_FLOOR, 300)
    assert tuned.counts[measure.RIGHT] / tuned.total >= READ_RIGHT_FLOOR, measure.report(tuned)


@pytest.mark.parametrize("held", SETS, ids=[one.prefix for one in SETS])
def test_each_set_keeps_its_figure(held: Set) -> None:
    tally = measure.measure(prefix=held.prefix, exclude=held.exclude)
    assert tally.total >= held.phrases
    assert _misread(tally) <= KNOWN_MISREADS, measure.report(tally)
    assert tally.counts[measure.RIGHT] / tally.total >= held.read_right, measure.report(tally)


def test_the_prefix_selects_files_by_name(tmp_path: Path) -> None:
    for name, phrase in (("a-x.yaml", "theo quy định"), ("c-y.yaml", "Trước ngày 30/6/2027")):
        body = f"source: {{issued: 2027-03-05}}\nphrases:\n  - {{phrase: '{phrase}', expect: refuse}}\n"
        (tmp_path / name).write_text(body, encoding="utf-8")
    held = measure.measure(tmp_path, prefix="c-")
    rest = measure.measure(tmp_path, exclude=("c-",))
    assert (held.total, held.counts[measure.MISREAD]) == (1, 1)
    assert (rest.total, rest.counts[measure.RIGHT]) == (1, 1)


def _entry(phrase: str, expect: object) -> object:
    return measure.Entry("t.yaml", phrase, expect, date(2027, 3, 5), "Phú Thọ", "plan")


@pytest.mark.parametrize(
    ("phrase", "expect", "verdict"),
    [
        ("Trước ngày 30/6/2027", {"kind": "date", "last": "2027-06-30"}, "right"),
        ("Trước ngày 30/6/2027", {"kind": "date", "last": "2027-06-29"}, "misread"),
        ("Trước ngày 30/6/2027", {"kind": "window"}, "misread"),
        ("Trước ngày 30/6/2027", "refuse", "misread"),
        ("theo quy định", "refuse", "right"),
        ("theo quy định", {"kind": "ongoing"}, "refused"),
        ("Tháng 3 và tháng 9/2027", {"kind": "window"}, "misread"),
        (
            "Tháng 3 và tháng 9/2027",
            [
                {"kind": "window", "first": date(2027, 3, 1), "last": date(2027, 3, 31)},
                {"kind": "window", "first": date(2027, 9, 1), "last": date(2027, 9, 30)},
            ],
            "right",
        ),
        ("Hằng tháng, trước ngày 20", {"rrule": "BYMONTHDAY=20;FREQ=MONTHLY"}, "right"),
        ("Hằng tháng, trước ngày 20", {"rrule": "FREQ=MONTHLY;BYMONTHDAY=21"}, "misread"),
        # one rule spelled two ways (RFC 5545): the same due days, so read right
        (
            "định kỳ 6 tháng, trước ngày 20/6 và 20/12",
            {"rrule": "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=20"},
            "right",
        ),
        (
            "định kỳ 6 tháng, trước ngày 20/6 và 20/12",
            {"rrule": "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=21"},
            "misread",
        ),
        ("Định kỳ hằng quý", {"rrule": "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"}, "right"),
        ("Định kỳ hằng quý", {"rrule": "FREQ=MONTHLY;BYMONTHDAY=-1"}, "misread"),
        (
            "Trong thời hạn 30 ngày làm việc kể từ ngày ký",
            {"kind": "relative", "relative": {"offset": 30, "unit": "ngày làm việc"}},
            "right",
        ),
        (
            "Trong thời hạn 30 ngày kể từ ngày ký",
            {"kind": "relative", "relative": {"offset": 30, "working_days": True}},
            "misread",
        ),
    ],
)
def test_the_runner_classifies_as_the_format_says(
    phrase: str, expect: object, verdict: str
) -> None:
    assert measure.classify(_entry(phrase, expect)).verdict == verdict


def test_a_malformed_corpus_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("phrases: []\n", encoding="utf-8")
    with pytest.raises(measure.CorpusError, match=r"bad\.yaml"):
        measure.measure(tmp_path)
