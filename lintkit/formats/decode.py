"""Bytes to text, or a precise reason why a file is not a UTF-8 text file."""

from __future__ import annotations

import codecs

from lintkit.structs import dataclass

_TEXT_CONTROLS = b"\t\n\r\f\x1b"
# Every byte but the control characters text never holds; deleting these
# leaves only the suspicious bytes, counted at C speed.
_NOT_SUSPICIOUS = bytes(b for b in range(256) if b >= 32 or b in _TEXT_CONTROLS)


@dataclass(frozen=True)
class Decoded:
    """A file's text, or None with the reason it is not text (and the line where that shows)."""

    text: str | None
    problem: str | None = None
    line: int = 1


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without a BOM puts a NUL in every other byte of ASCII text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "UTF-16 (little-endian)"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "UTF-16 (big-endian)"
    return None


def _looks_binary(sample: bytes) -> bool:
    controls = len(sample.translate(None, _NOT_SUSPICIOUS))
    return controls > 0.1 * max(1, len(sample))


def _legacy_guess(data: bytes) -> str:
    """Name the 8-bit encoding a non-UTF-8 text most likely uses."""
    # Bytes 0x80-0x9f are printable in Windows-1252 (curly quotes, dashes) but
    # C1 controls in Latin-1; a text using them was written as Windows-1252.
    if any(0x80 <= b <= 0x9F for b in data):
        return "Windows-1252"
    return "Latin-1 (ISO-8859-1)"


def decode(data: bytes) -> Decoded:
    """Decode a file as UTF-8 (with or without BOM); never raises."""
    if not data:
        return Decoded(None, "the file is empty")
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            return Decoded(None, f"the file is encoded as {name} (byte-order mark); lintkit reads UTF-8")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    sample = data[:65536]
    nul = data.find(b"\x00")
    if nul >= 0:
        guess = _utf16_guess(sample)
        if guess:
            return Decoded(None, f"the file looks like {guess} without a byte-order mark; lintkit reads UTF-8")
        if _looks_binary(sample):
            return Decoded(None, "the file is binary, not text (it contains NUL and control bytes)")
        line = _line_of(data, nul)
        return Decoded(None, f"the file contains NUL bytes (first on line {line}): binary data in a text file", line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_binary(sample):
            return Decoded(None, "the file is binary, not text")
        line = _line_of(data, exc.start)
        bad = data[exc.start]
        return Decoded(
            None,
            f"the file is not UTF-8 (byte 0x{bad:02x} on line {line}); it looks like {_legacy_guess(data)}",
            line,
        )
    if _looks_binary(sample):
        return Decoded(None, "the file is binary, not text (it is mostly control bytes)")
    if not text.strip():
        return Decoded(None, "the file has nothing but whitespace")
    return Decoded(text)


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them: CRLF, CR and LF all end a line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # a final line break ends the last line; it starts no new one
    return lines
