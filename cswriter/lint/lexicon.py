"""The flagged wording, for the drafting prompts: one source of data for both.

The drafting prompts tell the model exactly what the linter will flag, so the lists here
are the catalogue's own words, grouped by rule, never a copy.
"""

from __future__ import annotations

from cswriter.lint.catalogue import load_catalogue


def prompt_lexicon() -> list[dict]:
    """Words and phrases the linter flags, one entry per word-list rule.

    Each entry: code, title, message (without the matched word), words, suggestion,
    backed_by ("clause": acceptable when a figure in the same clause backs the word).
    Structural rules (plans, changes without amounts) come with `words: []` and their
    message, so a prompt can state them as instructions too.
    """
    out: list[dict] = []
    for rule in load_catalogue().rules:
        if rule.code[:3] in ("CS4", "CS6") or rule.kind in ("halfwidth_punctuation", "sentence_length"):
            continue
        if rule.kind == "lexicon" and not rule.words:
            continue  # config-driven (CS504)
        out.append({
            "code": rule.code,
            "title": rule.title,
            "message": rule.title,
            "words": [w.word for w in rule.words],
            "suggestion": rule.suggestion or "",
            "backed_by": rule.backed_by,
        })
    return out
