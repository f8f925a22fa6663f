"""What every backend's reply goes through before anything keeps it: one place, every backend.

Reasoning models served without a reasoning parser (Qwen3, DeepSeek-R1 and QwQ on older
Ollama, vLLM without `--reasoning-parser`, some hosted gateways) put their thinking in the
content: `<think>…</think>` before the answer, or only the closing `</think>` when the chat
template opened the block itself. `clean_reply_text` drops that, so figures in a model's
thinking never reach the draft or the figure check.

`reply_problems` says what is wrong with a reply as a whole — empty, cut off, not Chinese —
in the pipeline's terms (a finding that sends the section back for repair).
"""

from __future__ import annotations

import re

MAX_REPLY_CHARS = 20_000
"""Longest reply kept, in characters. A section is a few hundred characters; anything near
this is a runaway model, and a reply past it is cut here and treated as truncated."""

# Tags reasoning models use for their thinking; `<think>` is by far the most common.
_THINK_TAGS = ("think", "thinking", "reasoning")
_LEADING_BLOCK = re.compile(
    r"\A\s*<(?P<tag>" + "|".join(_THINK_TAGS) + r")>.*?</(?P=tag)>\s*", re.S | re.I)
_UNCLOSED_OPEN = re.compile(r"\A\s*<(" + "|".join(_THINK_TAGS) + r")>", re.I)
_LONE_CLOSE = re.compile(r"</(" + "|".join(_THINK_TAGS) + r")>", re.I)

TRUNCATED_REASONS = frozenset({"length", "max_tokens", "incomplete", "cut"})
"""`finish_reason` values meaning the reply stopped before the model finished."""


def strip_reasoning(text: str) -> str:
    """`text` without a leading reasoning block or anything before a lone closing tag.

    An opening tag that never closes means the whole reply is thinking cut off before the
    answer: nothing is left."""
    while True:
        match = _LEADING_BLOCK.match(text)
        if match is None:
            break
        text = text[match.end():]
    if _UNCLOSED_OPEN.match(text):
        return ""
    close = _LONE_CLOSE.search(text)
    if close is not None and not re.search(r"<(" + "|".join(_THINK_TAGS) + r")>",
                                           text[:close.start()], re.I):
        text = text[close.end():]
    return text.strip()


def bound_reply(text: str) -> tuple[str, bool]:
    """The reply cut to `MAX_REPLY_CHARS`, and whether it had to be cut."""
    if len(text) <= MAX_REPLY_CHARS:
        return text, False
    return text[:MAX_REPLY_CHARS], True


def clean_reply_text(text: str) -> str:
    """A reply as prose: reasoning removed, size bounded."""
    text, _ = bound_reply(text)
    return strip_reasoning(text)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def chinese_share(text: str) -> float:
    """Han characters among the reply's written units (Han characters and Latin words)."""
    han = len(_HAN.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    total = han + latin
    return han / total if total else 0.0


def is_chinese(text: str) -> bool:
    """Mostly Chinese: an English answer, or one in another script, is not a draft."""
    return len(_HAN.findall(text)) >= 4 and chinese_share(text) >= 0.6
