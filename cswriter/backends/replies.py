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


_ANY_BLOCK = re.compile(r"<(?P<tag>" + "|".join(_THINK_TAGS) + r")>.*?</(?P=tag)>", re.S | re.I)
_ANY_TAG = re.compile(r"</?(?:" + "|".join(_THINK_TAGS) + r")>", re.I)


def strip_reasoning(text: str) -> str:
    """`text` without its reasoning blocks, wherever they stand.

    A leading block, a block mid-reply or at the end are all removed. Only a closing tag
    with no opening tag before it, as the first tag of the reply, marks thinking the chat
    template opened (Qwen3, DeepSeek-R1): what precedes it is dropped. An opening tag that
    never closes at the very start is thinking cut off before the answer: nothing is left.
    Any other unmatched tag stays in the text, where `unmatched_reasoning` finds it and the
    pipeline reports it as an error — it never silently cuts the reply."""
    text = _ANY_BLOCK.sub("", text).strip()
    if _UNCLOSED_OPEN.match(text):
        return ""
    first = _ANY_TAG.search(text)
    if first is not None and first.group(0).startswith("</"):
        text = text[first.end():]
    return text.strip()


def unmatched_reasoning(text: str) -> str | None:
    """A reasoning tag left in a reply after `strip_reasoning` (an unmatched one), or None."""
    match = _ANY_TAG.search(text)
    return match.group(0) if match else None


# ---------------------------------------------------------------------------------------
# Replies are content, never instructions to the tool

# Bytes a terminal or Word acts on: ANSI/VT escape sequences, then any other C0/C1 control
# character (tab and newline are text), DEL, and the bidirectional overrides that make text
# read differently from what it holds.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_ACTIVE_BLOCK = re.compile(r"<(script|style|iframe|object|embed|svg|math|template)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<![A-Za-z][^<>]*>")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_AUTOLINK = re.compile(r"<(?:https?|ftp|file|mailto|javascript|data):[^>\s]*>", re.I)
_FOOTNOTE_DEF = re.compile(r"^[ \t]*\[\^[^\]\n]*\]:[ \t]*", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]*\]")
_FENCE_LINE = re.compile(r"^[ \t]*(?:`{3,}|~{3,}).*$\n?", re.M)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-{2,})[ \t]*$\n?", re.M)
_BLOCK_HTML_CHARS = str.maketrans({"<": "＜", ">": "＞"})


def neutralise_reply(text: str) -> str:
    """A model's reply made inert before anything checks or keeps it.

    The reply is content for the user's document, never instructions to cswriter: comments
    (`<!-- cswriter-disable … -->` would switch the figure check off), HTML and scripts,
    remote images and links, code fences, footnote syntax that forges sources, headings that
    forge sections, and escape or control bytes are all removed; the words between them stay,
    so every figure they state is still checked."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _COMMENT.sub("", text)
    text = _ACTIVE_BLOCK.sub("", text)
    text = _AUTOLINK.sub("", text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    text = text.replace("<!--", "").replace("-->", "")
    text = _FOOTNOTE_DEF.sub("", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _FENCE_LINE.sub("", text)
    text = _HEADING.sub("", text)
    text = _SETEXT.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
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
