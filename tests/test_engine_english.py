"""The language engine reads English from data/en.py's patterns (a measure of how far
English is from moving to it: `benchmarks/compare.py --systems timeline,engine-en`);
production English is still timeline.temporal."""
from datetime import date

import pytest

from timeline.languages import engine

DCT = date(1998, 3, 4)  # a Wednesday


@pytest.mark.parametrize("text,words,value", [
    ("He left on Jan. 5, 1998.", "Jan. 5, 1998", "1998-01-05"),
    ("They met on the 5th of May 1997.", "the 5th of May 1997", "1997-05-05"),
    ("It happened three days ago.", "three days ago", "1998-03-01"),
    ("They will meet next Monday.", "next Monday", "1998-03-09"),
    ("Profit rose in the first quarter.", "the first quarter", "1998-Q1"),
    ("The vote is at 3 p.m. Monday.", "3 p.m. Monday", "1998-03-02T15:00"),
    ("It lasted a fortnight.", "a fortnight", "P2W"),
    ("Prices fell in the nineties.", "the nineties", "199"),
    ("Sales fell last year.", "last year", "1997"),
    ("He has lived there for years.", "years", "PXY"),
])
def test_plain_english_forms(text, words, value):
    found = {m.text: m.value for m in engine.tag(text, DCT, "d", "en")}
    assert found.get(words) == value, found


def test_may_the_verb_is_no_month():
    assert [m.text for m in engine.tag("The board may vote in May.", DCT, "d", "en")] \
        == ["May"]
