"""Words after a time part that name how the work is done, never a time: the rules a start's
work follows.

`label.read_trailing` refuses "theo" after the time part (`label._NOT_IN_STEP`): it may hand
the day to a rule ("đến ngày 7/8, thí sinh phải nộp bản chính theo quy định"). After a start
with no end it names none: "2. Kể từ ngày 1-7-2024, các đơn vị trên sẽ tiếp tục việc cấp căn
cước, định danh điện tử cho người dân TP theo quy định" (Công an TP.HCM, 2024; zf-
xosobinhdinh-tphcm-tam-ngung-cccd-den-30-6-2024): how the work resumed on the day read is
done. A start reads no deadline, so the rule moves none, and the start is the day written;
after a deadline or a window the rule may set the day and stays refused
(`label._MANNER_AFTER_A_DAY` spares it only in a clause of purpose).

Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

# "theo quy định", "theo đúng quy định", whole; never before "tại" (a provision cited: its
# day is checked as a number, but the provision may set the time: left refused), and never
# "theo hướng dẫn", "theo kế hoạch" (a guidance, a plan: they set days of their own)
_BY_RULE = re.compile(r"(?i)(?<!\w)theo\s+(?:đúng\s+)?quy\s+định(?!\w)(?!\s+tại(?!\w))")


def rules_after_a_start_out(words: str) -> str:
    """`words`, after a start with no end, with "theo (đúng) quy định" blanked (`_BY_RULE`):
    how the work from the start is done. The caller calls it only after a start."""
    return _BY_RULE.sub(lambda rule: " " * len(rule.group()), words)
