"""Reading answers as people type them: "12.5万件", "4.8分(满分5分)", "两分钟", "2026年6月底".

Pure functions from text to values; each raises `AnswerError` with a Chinese explanation
of what could not be understood, so the interview can ask again. Which words count as
units, fillers or verbs is data (`interview.yaml`, `metrics.yaml`).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.interview.spec import load_interview_spec
from cswriter.text.parsing import chinese_numeral_to_int, parse_date


class AnswerError(InputError):
    """An answer that cannot be used; the message says why and how to write it."""


@dataclass(frozen=True)
class Quantity:
    """A number as typed, with the unit word and the full-marks scale it came with."""

    value: float
    unit: str | None = None
    scale: float | None = None

    @property
    def kind(self) -> str | None:
        """rate | score | duration | count for known unit words, else None."""
        return load_domain().unit_kind(self.unit) if self.unit else None


def normalise(text: str) -> str:
    """Full-width digits and punctuation to ASCII (１２％ → 12%), spaces collapsed."""
    s = unicodedata.normalize("NFKC", str(text)).strip()
    return re.sub(r"\s+", " ", s)


def is_non_answer(text: str) -> bool:
    return normalise(text) in load_interview_spec().non_answers


# ---------------------------------------------------------------------------------------
# Numbers

_CN_NUM = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = r"[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
_NUM_RE = re.compile(rf"^(?P<arabic>{_ARABIC})|^(?P<cn>[{_CN_NUM}]+(?:点[{_CN_NUM[:-4]}]+)?)")
_SCALE_PATTERNS = (
    re.compile(rf"\(?\s*满分\s*(?P<s>{_ARABIC}|[{_CN_NUM}]+)\s*分?\s*\)?"),
    re.compile(rf"\(?\s*(?P<s>{_ARABIC}|[{_CN_NUM}]+)\s*分制\s*\)?"),
)
_DURATION_PART_RE = re.compile(rf"({_ARABIC}|[{_CN_NUM}]+)\s*(小时|个小时|分钟|分|秒钟|秒|天)")


def _number_token(text: str) -> tuple[float, str] | None:
    """The number at the start of `text` and the rest: "12.5万件" → (125000, "件")."""
    m = _NUM_RE.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if m["arabic"]:
        value = float(m["arabic"].replace(",", ""))
        if rest[:1] in ("万", "亿"):
            value *= 10_000 if rest[0] == "万" else 100_000_000
            rest = rest[1:]
        return value, rest
    token = m["cn"]
    whole, _, frac = token.partition("点")
    number = chinese_numeral_to_int(whole)
    if number is None:
        return None
    value = float(number)
    if frac:
        digits = "".join(str("零一二三四五六七八九".index(ch)) if ch in "零一二三四五六七八九"
                         else "0" if ch == "〇" else "?" for ch in frac)
        if "?" in digits:
            return None
        value = float(f"{number}.{digits}")
    return value, rest


def _strip_fillers(text: str) -> str:
    spec = load_interview_spec()
    changed = True
    while changed:
        changed = False
        for word in sorted(spec.value_prefixes, key=len, reverse=True):
            if text.startswith(word) and len(text) > len(word):
                text, changed = text[len(word):].lstrip(" ::"), True
        for word in sorted(spec.value_suffixes, key=len, reverse=True):
            if text.endswith(word) and len(text) > len(word):
                text, changed = text[: -len(word)].rstrip(), True
    return text


def _normalise_unit(unit: str) -> str | None:
    unit = unit.strip().strip("()")
    if not unit:
        return None
    return load_interview_spec().unit_aliases.get(unit, unit)


def _scale_of(text: str) -> tuple[str, float | None]:
    """Take "(满分5分)", "5分制" or "百分制" out of the answer."""
    for pattern in _SCALE_PATTERNS:
        m = pattern.search(text)
        if m:
            token = _number_token(m["s"])
            if token and not token[1]:
                return (text[: m.start()] + text[m.end():]).strip(), token[0]
    return text, None


def parse_quantity(text: str | float | int) -> Quantity:
    """A number with an optional unit and scale, as a person writes it.

    "95.2%" → 95.2 %, "4.8分(满分5分)" → 4.8 分 /5, "两分钟" → 2 分钟, "12.5万件" → 125000 件,
    "1分30秒" → 90 秒, "百分之九十五" → 95 %, "约1,200件" → 1200 件.
    """
    if isinstance(text, bool):
        raise AnswerError("这里需要一个数字。")
    if isinstance(text, (int, float)):
        return Quantity(float(text))
    original = str(text).strip()
    s = normalise(original)
    if not s:
        raise AnswerError("这里需要一个数字。")
    s, scale = _scale_of(s)
    if not s or s.startswith("满分"):
        raise AnswerError(f"“{original}”只写了满分，还需要分数本身，例如 4.8分（满分5分）。")
    s = _strip_fillers(s)
    if s.startswith("百分之"):
        token = _number_token(s[3:].replace(" ", ""))
        if token is None or token[1].strip():
            raise AnswerError(f"没看懂“{original}”，请写成 95.2% 这样的数字。")
        return Quantity(token[0], "%")
    compact = s.replace(" ", "")
    parts = list(_DURATION_PART_RE.finditer(compact))
    if len(parts) >= 2 and "".join(p.group(0) for p in parts) == compact:
        seconds = 0.0
        durations = load_domain().duration_units
        for p in parts:
            token = _number_token(p.group(1))
            if token is None:
                break
            # In "1分30秒" the 分 is a minute, not a score.
            unit = "分钟" if p.group(2) == "分" else _normalise_unit(p.group(2)) or "秒"
            seconds += token[0] * durations[unit]
        else:
            return Quantity(seconds, "秒")
    token = _number_token(compact)
    if token is None:
        raise AnswerError(f"没看懂“{original}”：这里需要一个数字，例如 1200件、95.2%、4.8分（满分5分）。")
    value, rest = token
    unit = _normalise_unit(rest)
    if unit is not None and (re.search(r"\d", unit) or len(unit) > 4):
        raise AnswerError(f"没看懂“{original}”里的“{rest}”：请只写一个数字和单位，例如 1200件。")
    return Quantity(value, unit, scale)


def as_plain_number(value: float) -> int | float:
    """125000.0 → 125000; 95.2 stays; float noise from unit conversion is rounded off."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def parse_integer(text: str | int | float, what: str = "数量") -> int:
    """A whole count such as "12人", "18件", "两万五千"."""
    q = parse_quantity(text)
    if q.kind not in (None, "count"):
        raise AnswerError(f"{what}应是件数或人数，“{text}”看起来是{_kind_zh(q.kind)}。")
    if q.value != int(q.value):
        raise AnswerError(f"{what}应是整数，“{text}”不是整数。")
    return int(q.value)


def parse_scale(text: str | int | float) -> float:
    """Full marks: "5分制", "满分10分", "百分制", "5" → 5 / 10 / 100 / 5."""
    s = normalise(str(text)).replace(" ", "")
    s = re.sub(r"^满分", "", s)
    s = re.sub(r"(分制|分|制)$", "", s)
    token = _number_token(s)
    if token is None or token[1] or token[0] <= 0:
        raise AnswerError(f"没看懂“{text}”：请写满分是多少，例如 5分制、10分制、百分制。")
    return token[0]


def split_list(text: str) -> list[str]:
    """"客服热线、在线工单,在线聊天" → three items (separators from interview.yaml)."""
    separators = load_interview_spec().list_separators
    s = unicodedata.normalize("NFKC", str(text))
    parts = re.split("[" + re.escape(separators) + "]", s)
    return [p.strip() for p in parts if p.strip()]


def split_name_quantity(text: str) -> tuple[str | None, Quantity]:
    """"咨询量 1200件" / "一次解决率90%" → (name, quantity); a bare number gives no name."""
    s = normalise(text)
    m = re.match(r"^(?P<name>.+?)\s*[::=]\s*(?P<q>.+)$", s) or re.match(r"^(?P<name>.+)\s+(?P<q>\S+)$", s)
    if m:
        try:
            return m["name"].strip(), parse_quantity(m["q"])
        except AnswerError:
            pass
    try:
        return None, parse_quantity(s)
    except AnswerError:
        pass
    # No separator: the longest tail that reads as a quantity is the figure.
    for i in range(1, len(s)):
        try:
            q = parse_quantity(s[i:])
        except AnswerError:
            continue
        return s[:i].strip(), q
    raise AnswerError(f"没看懂“{text}”：请写名称和数值，例如 咨询量 1200件。")


def parse_share_list(text: str) -> list[dict[str, object]]:
    """"退换货办理 35%、物流查询 120件" → [{name, share: 35}, {name, count: 120}]."""
    items: list[dict[str, object]] = []
    for part in split_list(text):
        try:
            name, q = split_name_quantity(part)
        except AnswerError:
            name, q = part, None
        if not name:
            raise AnswerError(f"“{part}”缺少类型名称，请写成“退换货办理 35%”。")
        item: dict[str, object] = {"name": name}
        if q is not None:
            item.update(share_or_count(q, part))
        items.append(item)
    if not items:
        raise AnswerError("请至少写一类，例如：退换货办理 35%、物流查询 25%。")
    return items


def share_or_count(q: Quantity, text: str) -> dict[str, object]:
    """A share in % (or a bare number ≤ 100) or a count in 件/次."""
    if q.kind == "count":
        if q.value != int(q.value) or q.value < 0:
            raise AnswerError(f"“{text}”的件数应是非负整数。")
        return {"count": int(q.value)}
    if q.kind not in (None, "rate"):
        raise AnswerError(f"“{text}”应是占比（如 35%）或件数（如 120件）。")
    if not 0 <= q.value <= 100:
        raise AnswerError(f"“{text}”：占比应在 0 到 100% 之间。")
    return {"share": as_plain_number(q.value)}


def parse_plan_target(text: str) -> tuple[str | None, Quantity]:
    """"平均响应时长降至110秒" → ("平均响应时长", 110 秒); "95%" → (None, 95 %)."""
    spec = load_interview_spec()
    s = normalise(text)
    best: tuple[int, int, str] | None = None
    for verb in spec.target_verbs:
        pos = s.find(verb)
        if pos >= 0 and (best is None or pos < best[0] or (pos == best[0] and len(verb) > best[1])):
            best = (pos, len(verb), verb)
    if best is not None:
        pos, length, _ = best
        name = s[:pos].strip() or None
        try:
            return name, parse_quantity(s[pos + length:])
        except AnswerError:
            pass
    for verb in spec.change_verbs:
        if verb in s and re.search(r"\d|[一二两三四五六七八九十]", s[s.find(verb):]):
            raise AnswerError(
                f"“{text}”说的是变化量，请写目标值本身，例如“降至110秒”“提升至95%”。"
            )
    return split_name_quantity(s)


def _kind_zh(kind: str | None) -> str:
    return {"rate": "百分比", "score": "分数", "duration": "时长", "count": "件数"}.get(kind or "", "数字")


# ---------------------------------------------------------------------------------------
# Dates and periods

_MONTH_ONLY_RE = re.compile(r"^(\d{1,2})月(底|末|初|上旬|中旬|下旬|\d{1,2}[日号])?$")
_MD_RE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})$")
_YEARLESS_RE = re.compile(r"^(第?[1-4一二三四]季度(末|底|初)?|Q[1-4]|[上下]半年(末|底)?|年底|年末)$")


def parse_answer_date(text: str, *, year: int, after: date | None = None) -> date:
    """A date as typed; a missing year is `year` (or the next one, to land after `after`)."""
    s = normalise(str(text)).replace(" ", "").upper()
    candidates: list[date] = []
    parsed = parse_date(s)
    if parsed is not None:
        return parsed
    m = _MD_RE.match(s)
    for y in (year, year + 1):
        if m:
            guess = parse_date(f"{y}-{int(m[1]):02d}-{int(m[2]):02d}")
        elif _MONTH_ONLY_RE.match(s) or _YEARLESS_RE.match(s):
            guess = parse_date(f"{y}年{s}")
        else:
            guess = None
        if guess is not None:
            candidates.append(guess)
    if not candidates:
        raise AnswerError(f"没看懂日期“{text}”，请写成 2026-06-30 或 2026年6月底。")
    if after is not None:
        for guess in candidates:
            if guess > after:
                return guess
    return candidates[0]


_YEAR_RE = re.compile(r"^(\d{4})年?度?$")
_MONTH_RE = re.compile(r"^(\d{4})(?:年|[-/.])(\d{1,2})月?(?:份)?$")
_QUARTER_RE = re.compile(r"^(\d{4})年?(?:第?([1-4一二三四])季度|Q([1-4]))$")
_HALF_RE = re.compile(r"^(\d{4})年?([上下])半年$")
_WEEK_RE = re.compile(r"^(\d{4})年?第?(\d{1,2})周$")


def _span(text: str, today: date) -> tuple[date, date] | None:
    """The first and last day a named period covers: 2026年11月, 2026年Q3, 上周 …"""
    s = normalise(text).replace(" ", "").upper()
    relative = {
        "本周": today - timedelta(days=today.weekday()),
        "这周": today - timedelta(days=today.weekday()),
        "上周": today - timedelta(days=today.weekday() + 7),
    }
    if s in relative:
        monday = relative[s]
        return monday, monday + timedelta(days=6)
    if s in ("本月", "这个月", "上月", "上个月"):
        first = today.replace(day=1)
        if s.startswith("上"):
            first = (first - timedelta(days=1)).replace(day=1)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if m := _YEAR_RE.match(s):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _MONTH_RE.match(s):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := _QUARTER_RE.match(s):
        y = int(m[1])
        q = m[3] or m[2]
        n = "一二三四".index(q) + 1 if q in "一二三四" else int(q)
        return date(y, 3 * n - 2, 1), date(y, 3 * n, calendar.monthrange(y, 3 * n)[1])
    if m := _HALF_RE.match(s):
        y = int(m[1])
        return (date(y, 1, 1), date(y, 6, 30)) if m[2] == "上" else (date(y, 7, 1), date(y, 12, 31))
    if m := _WEEK_RE.match(s):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return monday, monday + timedelta(days=6)
    return None


_RANGE_SPLIT_RE = re.compile(r"\s*(?:至|到|~|—|–|\s-\s)\s*")


def parse_period(text: str, today: date | None = None) -> tuple[date, date]:
    """"2026-11-01 至 2026-11-30", "2026年11月", "2026年Q3", "上周" → (start, end)."""
    today = today or date.today()
    s = normalise(str(text))
    parts = [p for p in _RANGE_SPLIT_RE.split(s) if p]
    if len(parts) == 1:
        span = _span(parts[0], today)
        if span is None:
            raise AnswerError(
                f"没看懂时间段“{text}”，请写成 2026-11-01 至 2026-11-30，或 2026年11月、2026年Q3。"
            )
        return span
    if len(parts) != 2:
        raise AnswerError(f"没看懂时间段“{text}”，请写成“开始日期 至 结束日期”。")
    first = _span(parts[0], today)
    start = first[0] if first else parse_date(parts[0].replace(" ", ""))
    if start is None:
        raise AnswerError(f"没看懂开始日期“{parts[0]}”，请写成 2026-11-01。")
    last = _span(parts[1], today)
    end = last[1] if last else None
    if end is None:
        try:
            end = parse_answer_date(parts[1], year=start.year, after=start)
        except AnswerError:
            raise AnswerError(f"没看懂结束日期“{parts[1]}”，请写成 2026-11-30。") from None
    if end < start:
        raise AnswerError(f"结束日期 {end} 早于开始日期 {start}，请检查。")
    return start, end


# ---------------------------------------------------------------------------------------
# Choices


def report_type_choices() -> list[tuple[str, str]]:
    """(id, 中文名) of every report type, in the order they are offered."""
    return [(rid, spec.title) for rid, spec in load_domain().report_types.items()]


def parse_report_type(text: str) -> str:
    """"2", "monthly", "月度总结", "月报" → "monthly"."""
    s = normalise(str(text)).lower()
    choices = report_type_choices()
    if s.isdigit() and 1 <= int(s) <= len(choices):
        return choices[int(s) - 1][0]
    found = load_domain().report_type_id(s)
    if found is not None:
        return found
    listing = "、".join(f"{i} {title}" for i, (_, title) in enumerate(choices, 1))
    raise AnswerError(f"没有“{text}”这种总结，请从这些里选（写序号或名称）：{listing}。")


def metric_choices() -> list[tuple[str, str]]:
    return [(mid, spec.title) for mid, spec in load_domain().metrics.items()]


def parse_metric_choice(text: str) -> str:
    """"3", "resolution_rate", "问题解决率" or a synonym → "resolution_rate"."""
    s = normalise(str(text))
    choices = metric_choices()
    if s.isdigit() and 1 <= int(s) <= len(choices):
        return choices[int(s) - 1][0]
    for mid, title in choices:
        if s.lower() == mid or s == title:
            return mid
    spec = load_domain().match_metric(s)
    if spec is not None:
        return spec.id
    listing = "、".join(f"{i} {title}" for i, (_, title) in enumerate(choices, 1))
    raise AnswerError(f"没有找到指标“{text}”，请写序号或名称：{listing}。")


def parse_case_kind(text: str) -> str:
    s = normalise(str(text)).lower()
    if s in ("1", "success", "成功", "成功经验", "成功案例", "经验"):
        return "success"
    if s in ("2", "lesson", "教训", "失败", "不足", "反思", "教训案例"):
        return "lesson"
    raise AnswerError(f"请回答 1（成功经验）或 2（教训），而不是“{text}”。")
