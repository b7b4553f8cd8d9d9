"""Decode a file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with one,
and Windows-1252 for bytes that are not UTF-8, saying so; binary content is refused. File
names with bytes that are not UTF-8 are made readable the same way.
"""

from __future__ import annotations

import re

from briefing.model import Problem

_RAW_LINE_BREAK = re.compile(rb"\r\n?|\n")
# Bytes that never occur in text (tab, line feed, vertical tab, form feed, carriage return,
# and the old end-of-file and escape marks do); a file with many of them is not an article.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27)) + b"\x7f"
_BINARY_SAMPLE = 65536
_BINARY_SHARE = 0.05
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that are not UTF-8 are read as Windows-1252 (what such files almost always are);
# the five bytes cp1252 leaves undefined keep their Latin-1 meaning, so decoding never fails.
_CP1252 = {0x80 + i: c for i, c in enumerate(bytes(range(0x80, 0xA0)).decode("cp1252", "replace")) if c != "\ufffd"}
_ESCAPED = {0xDC00 + b: _CP1252.get(b, chr(b)) for b in range(0x80, 0x100)}
_ESCAPE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def decode(raw: bytes, shown: str) -> tuple[str | None, str, Problem | None]:
    """Text of a file, the encoding used, and a problem if it was not clean UTF-8 text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith(_UTF16_BOMS) and len(raw) % 2 == 0:
        try:
            text = raw.decode("utf-16")  # the codec drops the BOM
        except UnicodeDecodeError:
            pass
        else:
            if not text.strip():
                return None, "utf-16", Problem(shown, "is empty; skipped")
            if "\x00" not in text and not mostly_binary(text[:_BINARY_SAMPLE].encode("utf-8", "replace")):
                return text, "utf-16", None
    if not raw.strip():
        return None, "utf-8", Problem(shown, "is empty; skipped")
    if binary(raw):
        return None, "binary", Problem(shown, "is not text (binary content); skipped")
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as err:
        line = len(_RAW_LINE_BREAK.findall(raw, 0, err.start)) + 1
    # Each byte that is not UTF-8 becomes a lone surrogate, so both kinds can be counted.
    escaped = raw.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPE.findall(escaped))
    if len(_NON_ASCII.findall(escaped)) >= bad:
        # Mostly UTF-8 with a few stray bytes (text pasted together from two sources).
        text, enc = escaped.translate(_ESCAPED), "utf-8+cp1252"
        message = (
            f"is not valid UTF-8 ({bad} stray byte{'s' * (bad > 1)}, the first on line {line}); read those as cp1252"
        )
    else:
        text, enc = raw.decode("latin-1").translate(_CP1252), "cp1252"
        message = f"is not valid UTF-8 (first bad byte on line {line}); read as cp1252"
    return text, enc, Problem(shown, message, line)


def binary(raw: bytes) -> bool:
    """Whether bytes are not text: a NUL byte, or many control bytes near the start."""
    return b"\x00" in raw or mostly_binary(raw[:_BINARY_SAMPLE])


def mostly_binary(sample: bytes) -> bool:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * _BINARY_SHARE


def readable(name: str) -> str:
    """A file name as text: bytes of it that are not UTF-8 (which Python keeps as lone
    surrogates, unwritable to any page) read as cp1252, like such bytes in an article."""
    return name.translate(_ESCAPED)
