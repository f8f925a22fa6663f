"""Output that survives any console: a character the console's encoding cannot hold is
replaced, never a crash.

A Chinese Windows console (or a pipe) encodes in GBK/cp936, which has no ✓, ✗ or −; with
Python's default (strict) errors the first such character ends the command with a
traceback and exit code 1, as if it had found errors. `tolerate_unencodable()` switches
stdout and stderr to an error handler that writes a close look-alike the encoding does hold
(√ for ✓, × for ✗, - for −) and "?" otherwise, so the exit code never depends on the console.
"""

from __future__ import annotations

import codecs
import sys

ERROR_HANDLER = "cswriter-console"

# Marks cswriter prints, each with look-alikes to try in order (GBK has √, × and ※).
LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    "✓": ("√", "v"), "✔": ("√", "v"), "✗": ("×", "x"), "✘": ("×", "x"),
    "−": ("－", "-"), "–": ("－", "-"), "—": ("－", "-"), "↻": ("※", "*"), "…": ("...",),
    "•": ("·", "*"), "·": ("・", "."), "━": ("-",), "─": ("-",), "│": ("|",), "⚠": ("！", "!"),
    "“": ('"',), "”": ('"',), "‘": ("'",), "’": ("'",), "\u00a0": (" ",), "\u3000": ("  ",),
}
_UTF = ("utf8", "utf16", "utf32", "utf8sig")


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    pieces = []
    for ch in error.object[error.start:error.end]:
        for candidate in LOOK_ALIKES.get(ch, ()):
            try:
                candidate.encode(error.encoding)
            except (UnicodeError, LookupError):
                continue
            pieces.append(candidate)
            break
        else:
            pieces.append("?")
    return "".join(pieces), error.end


def _register() -> None:
    try:
        codecs.lookup_error(ERROR_HANDLER)
    except LookupError:
        codecs.register_error(ERROR_HANDLER, _replace)


def tolerate_unencodable(*streams) -> None:
    """Make each text stream (default: stdout and stderr) replace what its encoding lacks."""
    for stream in streams or (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if not encoding or encoding in _UTF:
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        _register()
        try:
            reconfigure(errors=ERROR_HANDLER)
        except (ValueError, OSError):  # a detached or closed stream
            pass
