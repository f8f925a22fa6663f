"""A best reading of a vague answer, offered for confirmation instead of a bare refusal.

People answer the way they talk: "全年大概接待了18.6万个客户", "半分钟多一点", "明年618之前",
"2026年全年", "2人" for a turnover rate. When the strict reading of `answers` fails, this
module proposes what the person most likely meant, as an answer the strict reader accepts
("186000件") and a sentence to confirm ("按 186,000 件记录？"). Nothing is saved until the
person says yes; a program gets the reading as a suggestion.

Numbers in the text are found by the one number reader (`text.numbers.find_numbers`); the
words that carry no value and the named days (618, 双11 …) are data (`interview.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cswriter.domain import load_domain
from cswriter.figures.rounding import format_number, round_half_up
from cswriter.interview.answers import as_plain_number, normalise
from cswriter.interview.spec import load_interview_spec
from cswriter.text.numbers import metric_numbers


@dataclass(frozen=True)
class Reading:
    """What a vague answer most likely means."""

    answer: Any
    """The answer to apply instead, in a form the strict reader accepts."""
    label: str
    """How the reading is put to the person: "按 186,000 件记录"."""
    typed: str = ""
    """The reading as a person would type it, where `answer` is a whole item."""

    @property
    def text(self) -> str:
        return self.typed or str(self.answer)


def _with_replacements(text: str) -> str:
    """Spoken amounts the number reader does not know (半分钟 → 30秒), from interview.yaml."""
    for phrase, meaning in sorted(load_interview_spec().spoken_amounts.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(phrase, meaning)
    return text


def read_quantity(text: str) -> tuple[float, str, str, bool] | None:
    """The one amount a sentence states: (value, unit, kind, approximate), or None.

    "全年大概接待了18.6万个客户" → (186000, "个", "count", …). A sentence with several amounts
    is not guessed at: which one was meant is the person's to say.
    """
    s = _with_replacements(normalise(text))
    found = metric_numbers(s)
    if len(found) != 1:
        return None
    n = found[0]
    approximate = n.approximate or any(w in s for w in load_interview_spec().approximate_words)
    return n.value, n.unit, n.kind, approximate


_KIND_OF_MENTION = {"percent": "rate", "count": "count", "duration": "duration", "score": "score"}


def metric_reading(text: str, metric: dict[str, Any], team_size: Any) -> Reading | None:
    """A reading of a vague answer for a metric's value, in the metric's own unit.

    A rate answered with a head count ("2人" for 离职率, "12个人都培训了" for 培训覆盖率) is
    offered as a share of the team when the team size is known (2 / 12 → 16.7%).
    """
    found = read_quantity(text)
    if found is None:
        return None
    value, unit, mention_kind, _ = found
    domain = load_domain()
    name = str(metric.get("name") or "")
    metric_unit = str(metric.get("unit") or "")
    spec = domain.match_metric(name)
    kind = domain.unit_kind(metric_unit) or (spec.kind if spec else None)
    heads = load_interview_spec().head_count_units
    if kind == "rate" and mention_kind == "count" and unit in heads:
        if not isinstance(team_size, (int, float)) or isinstance(team_size, bool) or team_size <= 0:
            return None
        share = round_half_up(value / team_size * 100, 1)
        return Reading(f"{as_plain_number(share)}%",
                       f"“{name}”按 {format_number(value)} ÷ {format_number(team_size)} 人 = "
                       f"{format_number(share)}% 记录")
    own = _KIND_OF_MENTION.get(mention_kind)
    if own is None or (kind is not None and own != kind and not (kind == "score" and own == "rate")):
        return None
    if own == "count":
        unit = metric_unit if kind == "count" and metric_unit else (unit if unit in domain.count_units else "件")
    answer = f"{as_plain_number(value)}{unit}"
    return Reading(answer, (f"“{name}”" if name else "") + f"按 {format_number(value)} {unit}记录")


def count_reading(text: str) -> Reading | None:
    """A whole count in a sentence: "大概有十二三个人" is not guessed, "共18件左右" is."""
    found = read_quantity(text)
    if found is None:
        return None
    value, unit, kind, _ = found
    if kind != "count" or value != int(value):
        return None
    return Reading(str(int(value)), f"按 {format_number(value)}{unit if unit != '个' else ''} 记录")


_YEAR_WORDS = {"今年": 0, "本年": 0, "明年": 1, "下一年": 1, "后年": 2}


def date_reading(text: str, year: int) -> Reading | None:
    """"明年618之前" → 2027-06-18 (for a 2026 report); "年底前" → the year's last day."""
    from cswriter.interview.answers import AnswerError, parse_answer_date

    spec = load_interview_spec()
    s = normalise(text).replace(" ", "")
    for word in sorted(spec.date_fillers, key=len, reverse=True):
        s = s.replace(word, "")
    offset = None
    for word, delta in _YEAR_WORDS.items():
        if s.startswith(word):
            offset, s = delta, s[len(word):]
            break
    for name, day in sorted(spec.named_days.items(), key=lambda kv: -len(kv[0])):
        if name in s:
            s = s.replace(name, day)
            break
    if not s:
        return None
    base = year + (offset or 0)
    try:
        found = parse_answer_date(s if offset is None else f"{base}年{s}" if not re.match(r"\d{4}", s) else s,
                                  year=base)
    except AnswerError:
        return None
    if offset is not None and found.year != base:
        return None
    return Reading(found.isoformat(), f"按 {found.isoformat()} 记录")


def period_reading(text: str, today: date) -> Reading | None:
    """"2026年全年" → 2026-01-01 至 2026-12-31."""
    from cswriter.interview.answers import AnswerError, parse_period

    s = normalise(text).replace(" ", "")
    for word in sorted(load_interview_spec().period_fillers, key=len, reverse=True):
        s = s.replace(word, "")
    if not s or s == normalise(text).replace(" ", ""):
        return None
    try:
        start, end = parse_period(s, today)
    except AnswerError:
        return None
    shown = f"{start.isoformat()} 至 {end.isoformat()}"
    return Reading(shown, f"按 {shown} 记录")
