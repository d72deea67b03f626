"""Text repair: decoding bytes of any origin and undoing mojibake, including the cp874 kind."""
import codecs
from pathlib import Path

import pytest

from timeline.ingest.repair import decode_bytes, fix_cp874_mojibake, repair_text

SEED_003 = Path(__file__).resolve().parents[1] / "seeds" / "003_5ce62125c2ca7797.txt"
THAI = (
    "ภาษาไทยเป็นภาษาราชการของประเทศไทย ผู้พูดประมาณ 20 ล้านคน สวัสดี\n"
    "รถไฟฟ้า BTS สายสีเขียว ให้บริการตั้งแต่เวลา 06.00 น. แผนการพัฒนาเศรษฐกิจ ฉบับที่ 13\n"
    "“เราพร้อมเจรจา” เขากล่าว ลูกค้า Apple ซื้อ iPhone รุ่นใหม่ ราคา 100€"
)


def decode_and_repair(data: bytes) -> tuple[str, tuple[str, ...]]:
    text, notes = decode_bytes(data)
    text, more = repair_text(text)
    return text, notes + more


# -- the seed: UTF-8 once read as cp874, mixed with correct UTF-8 ----------------------------


@pytest.fixture(scope="module")
def seed_003():
    return decode_and_repair(SEED_003.read_bytes())


def test_seed_003_names_are_restored(seed_003):
    text, notes = seed_003
    assert "Chinese leader Xí Jìnpíng 习近平 is in Moscow" in text
    assert "mojibake:cp874" in notes


def test_seed_003_punctuation_is_restored(seed_003):
    text, _ = seed_003
    assert "as well as China’s 12-point plan" in text
    assert "declared a “no limits partnership” between" in text
    assert "a Russian proxy…I think" in text
    assert "Xi didn’t talk about" in text
    assert "partnership — instead," in text
    assert "spoke of ‘no limits’ to the" in text
    # A closing quote whose last byte was lost entirely, at the end of a paragraph.
    assert "have its cake and eat it too.”\n" in text


def test_seed_003_correct_utf8_is_kept_and_no_mojibake_is_left(seed_003):
    text, _ = seed_003
    assert "invasion.”We’re always open" in text
    assert "โ€" not in text
    assert not any("\u0e00" <= c <= "\u0e7f" for c in text)


def test_inline_mixed_mojibake():
    assert fix_cp874_mojibake("Xรญ Jรฌnpรญng ไน\xa0่ฟ‘ๅนณ") == "Xí Jìnpíng 习近平"
    assert fix_cp874_mojibake("Chinaโ€™s") == "China’s"
    assert fix_cp874_mojibake("โ€œhiโ€� and โ€œhoโ€ then") == "“hi” and “ho” then"
    assert fix_cp874_mojibake("wait โ€ฆ now โ€” or We’re") == "wait … now — or We’re"


def test_short_runs_are_fixed_once_the_text_has_certain_mojibake():
    # "ๅนณ" alone could be Thai letters; next to certain mojibake ("โ€™") it is 平.
    assert fix_cp874_mojibake("Xi (ๅนณ) and Chinaโ€™s plan") == "Xi (平) and China’s plan"
    assert fix_cp874_mojibake("Xi (ๅนณ) and the plan") == "Xi (ๅนณ) and the plan"


def test_real_thai_and_mojibake_in_one_text():
    text = "รถ คันนี้ (the car) and Chinaโ€™s plan"
    assert fix_cp874_mojibake(text) == "รถ คันนี้ (the car) and China’s plan"


# -- real Thai must survive ----------------------------------------------------------------


def test_real_thai_is_untouched():
    text, notes = repair_text(THAI)
    assert text == THAI
    assert notes == ()


@pytest.mark.parametrize("word", ["รถ", "แผน", "สด"])
def test_short_thai_words_that_happen_to_be_valid_utf8_are_untouched(word):
    # "รถ" (car) is the bytes C3 B6, which is UTF-8 for "ö".
    for sentence in (f"คำว่า {word} ในประโยค", f"the Thai word {word} means"):
        assert fix_cp874_mojibake(sentence) == sentence


def test_latin_text_with_legacy_letters_is_untouched():
    text = "TÜ’s Müller paid 5€ for “ﬁne” œuvres — Šibenik…"
    assert fix_cp874_mojibake(text) == text


# -- ftfy's own cases and the rest of repair_text -------------------------------------------


def test_cp1252_mojibake_is_fixed_by_ftfy_and_quotes_stay_curly():
    text, notes = repair_text("Chinaâ€™s â€œbigâ€\x9d plan, cafÃ©")
    assert text == "China’s “big” plan, café"
    assert any(note.startswith("mojibake:") for note in notes)


def test_line_endings_become_newlines():
    text, notes = repair_text("one\r\ntwo\rthree\n")
    assert text == "one\ntwo\nthree\n"
    assert "line-endings" in notes


def test_clean_text_has_no_notes():
    assert repair_text("Plain “text”, nothing to fix.\n") == ("Plain “text”, nothing to fix.\n", ())


# -- decoding bytes -------------------------------------------------------------------------


def test_utf8_decodes_without_notes():
    assert decode_bytes("Xí 习近平 “q”".encode("utf-8")) == ("Xí 习近平 “q”", ())


def test_utf8_bom_is_stripped():
    text, notes = decode_bytes(b"\xef\xbb\xbfHello \xe2\x80\x94 world")
    assert text == "Hello — world"
    assert notes == ("encoding:utf-8-bom",)


@pytest.mark.parametrize(
    "bom, encoding, note",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "encoding:utf-16-bom"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "encoding:utf-16-bom"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "encoding:utf-32-bom"),
    ],
)
def test_utf16_and_utf32_boms(bom, encoding, note):
    source = "Xí Jìnpíng 习近平 met Putin on 20 March."
    text, notes = decode_bytes(bom + source.encode(encoding))
    assert text == source
    assert notes == (note,)


def test_cp1252_file():
    source = "Café – “quoted” naïve résumé, the end. Der Bürgermeister sagte: Straße zu."
    text, notes = decode_bytes(source.encode("cp1252"))
    assert text == source
    assert notes == ("encoding:cp1252",)


def test_cyrillic_legacy_file_is_detected():
    source = "Привет, как дела? Всё хорошо, спасибо. Президент прибыл в Пекин во вторник."
    text, notes = decode_bytes(source.encode("cp1251"))
    assert text == source
    assert notes == ("encoding:cp1251",)


def test_utf8_with_stray_cp1252_bytes_keeps_both():
    data = "café in UTF-8, ".encode("utf-8") + "naïve in cp1252".encode("cp1252")
    text, notes = decode_bytes(data)
    assert text == "café in UTF-8, naïve in cp1252"
    assert notes == ("encoding:utf-8+cp1252",)


def test_undecodable_bytes_are_replaced_and_counted():
    # UTF-8 with stray bytes: 0x81 means nothing in cp1252 either, so it becomes U+FFFD.
    text, notes = decode_bytes("café ".encode("utf-8") + b"\x81 end")
    assert text == "café \ufffd end"
    assert notes == ("encoding:utf-8+cp1252", "undecodable-bytes:1")
    # A UTF-16 file cut off in the middle of a character keeps everything before it.
    text, notes = decode_bytes("Moscow".encode("utf-16") + b"\x00")
    assert text == "Moscow\ufffd"
    assert notes == ("encoding:utf-16-bom", "undecodable-bytes:1")


@pytest.mark.parametrize(
    "data", [b"", bytes(range(256)), b"\xff\xfe\x00", b"\xef\xbb", b"\xc3", b"\x00\x00\xfe\xff"]
)
def test_decoding_never_raises(data):
    text, notes = decode_bytes(data)
    assert isinstance(text, str)
    repair_text(text)
