"""Standing rules, session 35 (rules35): a corpus file says whether its document is a
standing rule (`source.standing`), and a standing rule's day per period ("Trước ngày 05/4,
05/7, 05/10, 05/11": one day of the month in each listed month) reads as one yearly rule.

Phrases are real ones of the corpus (Sở Nội vụ Thừa Thiên Huế, Công văn 391/SNV-CCVC 2019;
the one-off công văn of Bắc Kạn, Sơn La, the Bộ Tài nguyên và Môi trường, the Bộ Tư pháp, Sở
Nội vụ Nam Định) and invented variants of the same forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.measure import CORPUS, CorpusError, context_of, entries

# --- 1. a one-off công văn filed as reporting-rule says `standing: false` ------------------

ONE_OFF = """\
source:
  url: https://example.invalid/cv
  title: "Công văn báo cáo quý III năm 2015"
  kind: reporting-rule
{standing}
  issued: 2015-09-07
phrases:
  - phrase: "Trước ngày 10/9"
    expect: {{kind: date, last: 2015-09-10}}
"""


def _read(tmp_path: Path, standing: str) -> bool:
    (tmp_path / "x-cv.yaml").write_text(ONE_OFF.format(standing=standing), encoding="utf-8")
    (entry,) = entries(tmp_path)
    return context_of(entry).standing


def test_a_one_off_reporting_letter_is_no_standing_rule(tmp_path: Path) -> None:
    """Its year-less "Trước ngày 10/9" is 10/9/2015, the campaign's, not every year's."""
    assert _read(tmp_path, "  standing: false") is False
    assert _read(tmp_path, "  standing: true") is True
    assert _read(tmp_path, "") is True  # the kind decides when the file says nothing


def test_standing_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="standing"):
        _read(tmp_path, "  standing: hằng năm")


@pytest.mark.parametrize(
    "prefix",
    [
        "g-bac-kan-cv-5718",
        "n-sonla-snv-cv-924",
        "g-btnmt-cv-6137",
        "k-nam-dinh-snv",
        "j-2-moj-cv",
        "s-hepza-bql-1493",
        "n-byt-cv-4396",
    ],
)
def test_the_corpus_one_off_letters_are_read_as_one_offs(prefix: str) -> None:
    found = list(entries(CORPUS, prefix))
    assert found and all(entry.kind == "reporting-rule" for entry in found)
    assert not any(context_of(entry).standing for entry in found)
