"""Never a silent misread (issue 11, §1): every number of a phrase is accounted for by its
reading, and two deadlines in one phrase are read as two or refused, never as one."""

from __future__ import annotations

import json
import random
import re
import resource
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clirun import kehoach
from kehoach.dates.deadline import Context, DeadlineError, parse_deadline, parse_deadlines

PLAN_2027 = Context(issued=date(2027, 3, 1))


def _refused(phrase: str, context: Context = PLAN_2027) -> str:
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(phrase, context)
    return caught.value.why


# The phrases issue 11 quotes as read wrong, with exit 0, before the invariant.
@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("sớm nhất là ngày 18/9", "mốc bắt đầu"),  # a start bound: no milestone's deadline
        ("Quý II/2027 hoặc trước ngày 20/11/2027", "hoặc"),
        ("Trước ngày 15 tháng 9 năm 2027 hoặc trước ngày 20/9/2027", "hoặc"),
        ("Tham mưu 15 UBND tỉnh trước ngày 05/7/2027", "“15”"),
        ("Báo cáo định kỳ trước ngày 15/12/2027", "đổi nghĩa"),
        ("07/3/2027 (Thứ Hai)", "Chủ nhật"),
        ("ngày 05 (sáu) tháng 6/2027", "không khớp"),
        ("30 ngày trước ngày 15/3/2027", "có được tính hay không"),  # a count back from a day
    ],
)
def test_a_number_or_word_of_time_left_unread_is_refused(phrase: str, why: str) -> None:
    assert why in _refused(phrase)


def test_two_deadlines_are_not_one_milestone() -> None:
    with pytest.raises(DeadlineError, match="nêu 2 thời hạn"):
        parse_deadline("Tháng 3 và tháng 9/2027", PLAN_2027)


CONNECTIVES = [" và ", " hoặc ", " hay ", ", ", "; ", " - "]
DAYS = st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31))
FORMS = ["{d}/{m}/{y}", "ngày {d}/{m}/{y}", "trước ngày {d}/{m}/{y}", "{d} tháng {m} năm {y}"]


def _written(day: date, form: str) -> str:
    return form.format(d=day.day, m=day.month, y=day.year)


@settings(max_examples=300, deadline=None)
@given(
    days=st.lists(DAYS, min_size=2, max_size=2, unique=True),
    connective=st.sampled_from(CONNECTIVES),
    forms=st.tuples(st.sampled_from(FORMS), st.sampled_from(FORMS)),
)
def test_property_two_dates_never_read_as_one(
    days: list[date], connective: str, forms: tuple[str, str]
) -> None:
    """Two distinct dates joined by any connective: refused, or one reading per date
    (only "và", ",", ";"), or the window between them (only a dash): never one date."""
    phrase = _written(days[0], forms[0]) + connective + _written(days[1], forms[1])
    try:
        readings = parse_deadlines(phrase, PLAN_2027)
    except DeadlineError:
        return
    spans = [(r.first, r.last) for r in readings]
    if connective.strip() == "-" and len(readings) == 1:
        assert days[0] < days[1] and spans == [(days[0], days[1])]
        return
    assert connective.strip() in ("và", ",", ";"), phrase
    assert spans == [(days[0], days[0]), (days[1], days[1])], phrase


@settings(max_examples=200, deadline=None)
@given(
    day=DAYS,
    other=DAYS,
    count=st.integers(1, 120),
    connective=st.sampled_from(["hoặc", "hay"]),
    unit=st.sampled_from(["ngày sau", "ngày làm việc trước", "tuần sau", "ngày trước"]),
)
def test_property_an_or_gloss_is_a_count_never_a_second_date(
    day: date, other: date, count: int, connective: str, unit: str
) -> None:
    """ "D (hoặc N ngày sau ngày bầu cử)" restates D counted from the event: D is read and
    the gloss kept; "D (hoặc D2)" names two deadlines and is refused, whatever D2 is."""
    written = _written(day, "chậm nhất là ngày {d}/{m}/{y}")
    gloss = f"{connective} {count} {unit} ngày bầu cử"
    (got,) = parse_deadlines(f"{written} ({gloss})")
    assert (got.first, got.last, got.gloss) == (day, day, gloss)
    with pytest.raises(DeadlineError):
        parse_deadlines(f"{written} ({connective} {_written(other, '{d}/{m}/{y}')})", PLAN_2027)
    with pytest.raises(DeadlineError):
        parse_deadlines(f"{written} ({connective} trước ngày {other.day}/{other.month})", PLAN_2027)


# --- the mutation fuzz: real phrases, mutated, through `kehoach deadline -` -----------

SEEDS = [
    "Trước ngày 23/6/2022",
    "Tham mưu UBND tỉnh trước ngày 05/7/2022",
    "Tháng 6,7,8/2022",
    "Trong tháng 10, 11/2022",
    "trước ngày trước ngày 29/4/2022",
    "Quý III/2026",
    "6 tháng đầu năm 2026",
    "Giai đoạn 2026 - 2030",
    "Trước ngày 15/12 hằng năm",
    "trước ngày 20 hằng tháng",
    "Trong thời hạn 30 ngày kể từ ngày ký ban hành",
    "ít nhất 30 ngày làm việc trước ngày khai mạc Đại hội",
    "từ ngày 01/3/2026 đến hết ngày 30/4/2026",
    "Từ ngày 20/12 đến ngày 10/01/2028",
    "bắt đầu từ tháng 4/2027, hoàn thành trước ngày 30/6/2027",
    "10 giờ ngày 14/3/2027",
    "07/3/2027 (Chủ nhật)",
    "ngày 15/3/2027 (60 ngày trước ngày bầu cử)",
    "Tháng 3 và tháng 9/2027",
    "chậm nhất là ngày 15 tháng 9 năm 2025",
    # the forms of the second round (issue 11 §2, from the corpus)
    "tựu trường từ 28/8/2025",
    "30,31/5 và 1/6/2017",
    "Cả ngày 14/10/2025 và buổi sáng ngày 15/10/2025",
    "chậm nhất là ngày 12/6/2021 (hoặc 20 ngày sau ngày bầu cử)",
    "(chậm nhất 25 ngày - Khoản 4 Điều 57). (24/04/2021)",
    "không quá 4 ngày, tổ chức trước ngày 31/10/2025",
    "sơ kết 03 năm thực hiện Chương trình (2016-2018)",
    "riêng khối 1 có thể sớm hai tuần, tức 22/8/2024",
    "gửi báo cáo chậm nhất 02 ngày làm việc tiếp theo ngay sau ngày cuối cùng của kỳ báo cáo",
    "hằng tuần",
    "Định kỳ 6 tháng",
]
CORPUS = Path(__file__).resolve().parent / "corpus"
# The corpus sets the fuzz always mutates, all of their phrases: the sets collected, measured
# and tuned on up to the ninth breaker session (a- … s-). A fixed rule, so that a new set
# (t-, u-, …) cannot change what the fuzz checks of these: before it, every phrase of the
# corpus was a seed and one generator drew the mutants from them all, so each new set moved
# every pick (it blocked a landing).
FIXED_SETS = tuple(f"{letter}-" for letter in "abcdefghijklmnopqrs")
# ... and of any later set, a sample of this many phrases, drawn by a rule of its own
LATER_SAMPLE = 150


def _corpus_phrases(fixed: bool) -> list[str]:
    """The phrases of the corpus of real documents (tests/corpus), each on one line: of the
    sets in `FIXED_SETS` (`fixed`), or of every other set."""
    import yaml

    phrases = []
    for path in sorted(CORPUS.glob("*.yaml")):
        if path.name.startswith(FIXED_SETS) != fixed:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        phrases += [" ".join(str(p["phrase"]).split()) for p in data.get("phrases") or []]
    return phrases


def _seeds() -> tuple[list[str], list[str]]:
    """The fuzz's seeds: `SEEDS` and every phrase of the fixed sets; then a sample of at
    most `LATER_SAMPLE` phrases of the later sets (sorted, drawn by its own generator)."""
    fixed = sorted(set(SEEDS + _corpus_phrases(fixed=True)))
    later = sorted(set(_corpus_phrases(fixed=False)) - set(fixed))
    sample = random.Random(13).sample(later, min(LATER_SAMPLE, len(later)))
    return fixed, sorted(sample)


INSERTS = ["15", "3", "2029", "12/5", "và 20/8/2027", "hoặc", "sớm nhất", "(năm)", "tháng 4"]
# mutants of each seed, drawn by a generator of the seed's own (seeded by its text): a seed
# added or removed changes no other seed's mutants; 2 914 seeds today, 14 550 mutants
MUTANTS_EACH = 5
# the run's bound, in the child's CPU seconds: 17 500 lines, about 25 s on a quiet machine
# (1.3 ms a phrase), 60 s measured with eight suites running on two cores (2026-12-01);
# the wall clock is many times that on busy cores, so it is bounded only against a hang
# (`HANG_SECONDS`), never as a benchmark (`make bench`)
FUZZ_CPU_SECONDS = 150
HANG_SECONDS = 900


def _digit_swaps(phrase: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(phrase) if c.isdigit()]
    if not spots:
        return phrase
    i = rng.choice(spots)
    new = rng.choice([d for d in "0123456789" if d != phrase[i]])
    return phrase[:i] + new + phrase[i + 1 :]


def _must_change(how: str, seed: str, phrase: str) -> bool:
    """A changed digit, an inserted number or "hoặc" must show in the reading; words like
    "sớm nhất" inserted before a start bound may rightly leave it as it was."""
    if how == "swap":  # … but a list item's own number ("(2) ", "2. ") names no time
        return _without_item_number(seed) != _without_item_number(phrase)
    if how == "insert" and _restates_a_month(seed, phrase):
        return False
    added = set(phrase.split()) - set(seed.split())
    if added == {"hoặc"} and _in_a_wordy_aside(phrase, "hoặc"):
        return False
    return how == "insert" and any(any(c.isdigit() for c in w) or w == "hoặc" for w in added)


_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s")


def _without_item_number(phrase: str) -> str:
    """ "(2) Tập trung chỉ đạo … trước ngày 30/6/2025" without its list item's number, which
    the grammar reads as no part of the deadline (tune-l): a swapped digit there may rightly
    leave the reading as it was (found when the n- and o- corpus files changed the seeds)."""
    return _ITEM_NUMBER.sub("", phrase)


def _in_a_wordy_aside(phrase: str, word: str) -> bool:
    """ "(hoàn thành kế hoạch giảng dạy và học hoặc tập)": a word inserted inside parentheses
    that hold no number joins no two deadlines; the aside may rightly leave the reading as it
    was (found when the m- corpus files changed the fuzz's seeds)."""
    return any(
        word in aside.split() and not any(c.isdigit() for c in aside)
        for aside in re.findall(r"\(([^()]*)\)", phrase)
    )


def _restates_a_month(seed: str, phrase: str) -> bool:
    """ "từ ngày 15 tháng 4 đến 30/4/2026" for "từ ngày 15 đến 30/4/2026": "tháng 4" inserted
    after a day that takes its month from the range's end restates it (the same reading)."""
    restated = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) đến (?:ngày )?\d{1,2}[/.-]0?\2\b", phrase)
    if restated is None:
        return False
    said = restated.group()
    return said.replace(f" tháng {restated[2]}", "", 1) in seed


def _insert(phrase: str, rng: random.Random) -> str:
    words = phrase.split(" ")
    words.insert(rng.randrange(len(words) + 1), rng.choice(INSERTS))
    return " ".join(words)


def _drop(phrase: str, rng: random.Random) -> str:
    words = phrase.split(" ")
    del words[rng.randrange(len(words))]
    return " ".join(words)


def _mutants(seeds: list[str]) -> list[tuple[str, str, str]]:
    """`MUTANTS_EACH` mutants of each seed, by the seed's own generator."""
    out = []
    for seed in seeds:
        rng = random.Random(f"11:{seed}")
        for _ in range(MUTANTS_EACH):
            how = rng.choice(["swap", "insert", "drop"])
            mutate = {"swap": _digit_swaps, "insert": _insert, "drop": _drop}[how]
            mutant = " ".join(mutate(seed, rng).split())
            if mutant:  # the command skips blank lines
                out.append((seed, how, mutant))
    return out


def _meaning(record: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in record.items() if k not in ("phrase", "reading")}


def test_mutation_fuzz_through_the_cli() -> None:
    """Tens of thousands of mutated real phrases, one `kehoach deadline -` run: one line
    out per line in, never a crash; a changed digit never leaves the reading unchanged
    and an inserted number or word of time never leaves it unchanged either."""
    fixed, sample = _seeds()
    seeds = fixed + sample
    mutants = _mutants(seeds)
    lines = [m for _, _, m in mutants] + seeds
    spent = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = kehoach(
        *("deadline", "-", "--issued", "01/01/2000", "--format", "json"),
        stdin="\n".join(lines) + "\n",
        timeout=HANG_SECONDS,
        env={"NO_COLOR": "1"},
    )
    done = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = done.ru_utime + done.ru_stime - spent.ru_utime - spent.ru_stime
    assert cpu < FUZZ_CPU_SECONDS, f"{len(lines)} phrases took {cpu:.0f} s of CPU"
    assert out.returncode in (0, 1), out.stderr[-2000:]
    assert "Traceback" not in out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == len(lines)
    by_phrase = {r["phrase"]: r for r in records[len(mutants) :]}
    for (seed, how, phrase), record in zip(mutants, records, strict=False):
        assert record["phrase"] == phrase
        if "error" in record or phrase == seed or not _must_change(how, seed, phrase):
            continue
        original = by_phrase[seed]
        if "error" in original:
            continue  # a refused seed: its mutants need only be read or refused
        assert _meaning(record) != _meaning(original), (how, seed, phrase)


def test_a_new_corpus_set_changes_no_mutant_of_the_fixed_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A set collected later (a new prefix) adds its sample's mutants and changes none of
    the mutants the fuzz draws from the fixed sets."""
    for name in ("a-ben-tre-kh-7822-2021.yaml", "s-vnexpress-lich-tuu-truong-2025-2026.yaml"):
        (tmp_path / name).write_text((CORPUS / name).read_text(encoding="utf-8"), "utf-8")
    monkeypatch.setattr(sys.modules[__name__], "CORPUS", tmp_path)
    before = _mutants(_seeds()[0])
    new_set = "phrases:\n  - phrase: 'Trước ngày 30/6/2031'\n  - phrase: 'Quý IV/2031'\n"
    (tmp_path / "v-new-set.yaml").write_text(new_set, "utf-8")
    fixed, sample = _seeds()
    assert sample == ["Quý IV/2031", "Trước ngày 30/6/2031"]
    assert _mutants(fixed) == before
