"""Turn an article's raw bytes into clean text, and say what had to be repaired.

Two steps, kept separate so a reader that already has a string (a JSON record) can use the
second alone:

* `decode_bytes` picks the encoding (BOM, UTF-8, else a legacy code page) and never raises:
  bytes that cannot be decoded become U+FFFD and are counted in a note.
* `repair_text` normalises line endings, runs ftfy, then undoes one kind of mojibake ftfy
  does not know: UTF-8 that was once decoded as the Thai code page (see `fix_cp874_mojibake`).

Every change is reported as a short note ("encoding:cp1252", "mojibake:cp874", ...) that ends
up in `Document.repairs`, so a wrong character in a timeline can be traced to its cause.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy
from charset_normalizer.md import mess_ratio

from .guard import utf16_order

# -- decoding -------------------------------------------------------------------------------

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A valid multi-byte UTF-8 sequence: its presence in otherwise broken bytes means the file is
# UTF-8 with some stray legacy bytes, not a legacy file.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _undecodable_note(text: str, data: bytes, encoding: str) -> tuple[str, ...]:
    """Note how many bytes became U+FFFD (not counting U+FFFD the file really contained)."""
    genuine = data.count("\ufffd".encode(encoding)) if encoding.startswith("utf") else 0
    lost = text.count("\ufffd") - genuine
    return (f"undecodable-bytes:{lost}",) if lost > 0 else ()


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: read a stray byte in UTF-8 as cp1252 (U+FFFD where it has none)."""
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("timeline-cp1252-fallback", _cp1252_fallback)


def _legacy_encoding(data: bytes) -> str:
    """Guess a single-byte code page for bytes that are not UTF-8.

    charset-normalizer alone is unreliable on short Latin text (it calls a cp1252 article
    cp1250 and turns "naïve" into "naďve"), so cp1252, the most common legacy encoding on the
    web, wins whenever it decodes the bytes and reads no messier than the detector's choice.
    """
    best = charset_normalizer.from_bytes(data).best()
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if best is None:
        return "cp1252"
    if cp1252 is not None and mess_ratio(cp1252, 1.0) <= mess_ratio(str(best), 1.0):
        return "cp1252"
    return best.encoding


def decode_bytes(data: bytes, hint: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode an article's bytes; return the text and notes on how it was decoded.

    `hint` is an encoding the container declared (an HTML meta charset); it is used only when
    there is no BOM and the bytes are not valid UTF-8, and only if it decodes them cleanly.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            name = encoding.split("-le")[0].split("-be")[0]
            return text, (f"encoding:{name}-bom",) + _undecodable_note(text, data, encoding)
    order = utf16_order(data) if b"\x00" in data[:8192] else None
    if order:  # BOM-less UTF-16: valid UTF-8 too, with a NUL between the letters
        text = data.decode(order, errors="replace")
        return text, (f"encoding:{order}",) + _undecodable_note(text, data, order)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):
        # Mostly UTF-8 with stray legacy bytes (files pasted together): keep every valid
        # sequence and read only the bad bytes as cp1252.
        text = data.decode("utf-8", errors="timeline-cp1252-fallback")
        return text, ("encoding:utf-8+cp1252",) + _undecodable_note(text, data, "utf-8")
    if hint:
        try:
            return data.decode(hint), (f"encoding:{codecs.lookup(hint).name}",)
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = _legacy_encoding(data)
    text = data.decode(encoding, errors="replace")
    name = codecs.lookup(encoding).name
    return text, (f"encoding:{name}",) + _undecodable_note(text, data, name)


# -- cp874 mojibake -------------------------------------------------------------------------
#
# ftfy recognises mojibake from the code pages it models (cp1252, cp1250/1251, MacRoman, ...)
# but not Windows-874, the Thai page: ftfy 6 has no "sloppy-windows-874" codec, and its
# badness heuristics treat Thai letters as ordinary text. So "Chinaโ€™s" (the UTF-8 bytes
# of "’", E2 80 99, read as cp874) passes through ftfy untouched. We undo it ourselves.
#
# The decoder that made this mojibake read each byte as cp874 and, where cp874 has no
# character (most of 0x80-0x9F), as cp1252: hence the "™" in "โ€™". Bytes neither page
# defines (0x81, 0x8D, 0x8F, 0x90, 0x9D) were lost or kept as C1 controls.

_THAI = re.compile("[\u0e00-\u0e7f]")
# Characters cp874 itself gives to 0x80-0x9F (and NBSP) that also occur in genuine Thai text.
_THAI_PUNCT = set("‘’“”•–—…\xa0")


def _build_sloppy_cp874() -> dict[str, int]:
    """Character -> byte for the decoder described above (cp874, gaps read as cp1252)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            table[bytes([byte]).decode("cp874")] = byte
            continue
        except UnicodeDecodeError:
            pass
        if byte < 0xA0:
            table[chr(byte)] = byte  # kept as a C1 control
            try:
                table[bytes([byte]).decode("cp1252")] = byte
            except UnicodeDecodeError:
                pass
        # The few undefined bytes above 0xA0 are left out on purpose: cp1252 would read them
        # as Ü, ü, Ý ..., letters common in correct text that must never join a run.
    return table


_TO_BYTE = _build_sloppy_cp874()
_LOST = -1  # U+FFFD: a byte that was lost on the way
# Characters no Thai writer types: cp1252 stand-ins, C1 controls, and € (0x80, the middle
# byte of every U+2000-U+203F punctuation mark: quotes, dashes, ellipsis).
_FOREIGN = {c for c in _TO_BYTE if not _THAI.match(c) and c not in _THAI_PUNCT}
_RUN = re.compile("[" + re.escape("".join(sorted(_TO_BYTE))) + "\ufffd]+")
_CONTINUATION = range(0x80, 0xC0)


def _sequence_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _plausible(decoded: str) -> bool:
    """A decoded character must be a real, assigned, non-Thai, non-control character."""
    return all(
        not _THAI.match(c) and unicodedata.category(c) not in ("Cc", "Cn", "Co", "Cs")
        for c in decoded
    )


def _pieces(run: str) -> list[tuple[str, str | None]]:
    """Split a run into (source, decoded-or-None) pieces, greedily decoding UTF-8."""
    codes = [_LOST if c == "\ufffd" else _TO_BYTE[c] for c in run]
    pieces: list[tuple[str, str | None]] = []
    i = 0
    while i < len(codes):
        size = _sequence_length(codes[i])
        chunk = codes[i : i + size]
        decoded = None
        if size and len(chunk) == size and all(b in _CONTINUATION for b in chunk[1:]):
            try:
                decoded = bytes(chunk).decode("utf-8")
            except UnicodeDecodeError:
                decoded = None
        elif codes[i : i + 2] == [0xE2, 0x80]:
            # E2 80 9D is "”"; 0x9D is undefined in cp874 and cp1252 alike, so the mojibake
            # dropped it (or left U+FFFD). "โ€" with nothing valid after it is a closing quote.
            size = 3 if codes[i + 2 : i + 3] == [_LOST] else 2
            decoded = "\u201d"
        if decoded is not None and _plausible(decoded):
            pieces.append((run[i : i + size], decoded))
            i += size
        else:
            pieces.append((run[i], None))
            i += 1
    return pieces


def _fix_run(run: str, before: str, after: str, confirmed: bool) -> str:
    """The run with its mojibake undone, or unchanged when there is no evidence of any.

    `confirmed`: the text has certain cp874 mojibake elsewhere and no real Thai, so a short
    run that decodes cleanly (a lone "é" or "平") is taken as mojibake too.
    """
    pieces = _pieces(run)
    if not any(decoded for _, decoded in pieces):
        return run
    leftover = "".join(source for source, decoded in pieces if decoded is None)
    if _THAI.search(leftover):
        # Genuine Thai around the run: only undo sequences no Thai text could contain.
        return "".join(
            decoded if decoded is not None and _FOREIGN & set(source) else source
            for source, decoded in pieces
        )
    consumed = "".join(source for source, decoded in pieces if decoded is not None)
    evidence = (
        confirmed
        or bool(_FOREIGN & set(consumed))
        or "\xa0" in consumed  # NBSP inside a "word": the tail byte of à, 习, ...
        or before[-1:].isascii() and before[-1:].isalnum()  # glued to a Latin word: "Xรญ"
        or after[:1].isascii() and after[:1].isalnum()
        or len(consumed) >= 6  # long runs of Thai letters are almost never valid UTF-8
    )
    if not evidence:
        return run  # a short Thai word such as "รถ" (car) also happens to be valid UTF-8
    return "".join(decoded if decoded is not None else source for source, decoded in pieces)


def _is_certain(run: str) -> bool:
    """A run holding a decodable sequence with characters Thai prose never contains."""
    return any(decoded and _FOREIGN & set(source) for source, decoded in _pieces(run))


def _has_thai(run: str) -> bool:
    """A run with Thai letters that are not part of any UTF-8 sequence: real Thai text."""
    return any(decoded is None and _THAI.match(source) for source, decoded in _pieces(run))


def fix_cp874_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp874 wherever it occurs, leaving correct UTF-8 and real Thai alone.

    A run is a maximal stretch of characters the sloppy cp874 decoder can produce. Within a
    run, UTF-8 sequences are decoded greedily; the result replaces the run only when there is
    evidence it was mojibake (characters Thai prose never has, NBSP, a Latin neighbour, a
    long run that is entirely valid UTF-8, or certain mojibake elsewhere in the text),
    because short real Thai words can be valid UTF-8 too.
    """
    runs = list(_RUN.finditer(text))
    # Certain mojibake vouches for the short runs too, unless the text also has real Thai.
    confirmed = any(_is_certain(m.group()) for m in runs) and not any(
        _has_thai(m.group()) for m in runs
    )
    out: list[str] = []
    last = 0
    for match in runs:
        out.append(text[last : match.start()])
        before = text[max(0, match.start() - 1) : match.start()]
        after = text[match.end() : match.end() + 1]
        out.append(_fix_run(match.group(), before, after, confirmed))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


# -- repair ---------------------------------------------------------------------------------

# ftfy's defaults also straighten curly quotes, fold full-width characters and expand
# ligatures; those change correct text, so only encoding and control-character fixes are on.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
)
_LINE_BREAKS = re.compile(r"\r\n?")


def repair_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair decoded text; return it with notes on what changed."""
    notes: list[str] = []
    if "\r" in text:
        text = _LINE_BREAKS.sub("\n", text)
        notes.append("line-endings")
    fixed, explanation = ftfy.fix_and_explain(text, config=_FTFY)
    if fixed != text:
        # "encode" steps name the code page the mojibake came from; "apply" steps are fixers.
        steps = [
            f"mojibake:{value}" if kind == "encode" else f"ftfy:{value}"
            for kind, value in explanation or ()
            if kind in ("encode", "apply")
        ]
        notes.extend(dict.fromkeys(steps) or ["ftfy"])
        text = fixed
    fixed = fix_cp874_mojibake(text)
    if fixed != text:
        notes.append("mojibake:cp874")
        text = fixed
    text, removed = remove_controls(text)
    if removed:
        notes.append(f"controls:{removed}")
    return text, tuple(notes)


# Invisible characters that no article needs and that harm what reads the exports: C0 and C1
# controls (NUL ends a C string; others garble terminals and calendars) and the bidirectional
# embeddings, overrides and isolates, which can make a cell or a title display reversed.
# Tab and new line stay. Runs after the cp874 repair, which reads some C1 bytes as letters.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def remove_controls(text: str) -> tuple[str, int]:
    """The text without control and bidi-override characters, and how many there were."""
    cleaned, count = _CONTROLS.subn("", text)
    return cleaned, count
