"""Reading answers as people type them: "12.5万件", "4.8分(满分5分)", "两分钟", "2026年6月底".

Pure functions from text to values; each raises `AnswerError` with a Chinese explanation
of what could not be understood, so the interview can ask again. Figures are read by
`cswriter.text.numbers` and dates by `cswriter.text.dates`, exactly as in a facts file; this
module adds only what an answer may carry around them (fillers such as 目标/约/左右, a name
before the figure, a list). Which words count as units, fillers or verbs is data
(`units.yaml`, `interview.yaml`, `metrics.yaml`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.interview.spec import load_interview_spec
from cswriter.text.dates import UnreadableDate, read_date, read_period
from cswriter.text.numbers import (
    APPROXIMATE_PREFIXES,
    Quantity,
    UnreadableNumber,
    find_numbers,
    read_quantity,
)


class AnswerError(InputError):
    """An answer that cannot be used; the message says why and how to write it."""


def normalise(text: str) -> str:
    """Full-width digits and punctuation to ASCII (１２％ → 12%), spaces collapsed."""
    s = unicodedata.normalize("NFKC", str(text)).strip()
    return re.sub(r"\s+", " ", s)


def is_non_answer(text: str) -> bool:
    return normalise(text) in load_interview_spec().non_answers


# ---------------------------------------------------------------------------------------
# Numbers

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


def parse_quantity(text: str | float | int) -> Quantity:
    """A number with an optional unit and scale, as a person writes it.

    "95.2%" → 95.2 %, "4.8分(满分5分)" → 4.8 分 /5, "两分钟" → 2 分钟, "12.5万件" → 125000 件,
    "1分30秒" → 90 秒, "百分之九十五" → 95 %, "约1,200件" → 1200 件.

    The figure is read by `cswriter.text.numbers.read_quantity`, as a facts file's value is;
    an answer may only also carry words around it ("目标95%", "1200件左右").
    """
    if isinstance(text, (bool, int, float)):
        try:
            return read_quantity(text)
        except UnreadableNumber as error:
            raise AnswerError(error.message) from None
    s = normalise(str(text))
    try:
        return read_quantity(s)
    except UnreadableNumber as error:
        stripped = _strip_fillers(s)
        if stripped == s:
            raise AnswerError(error.message) from None
        try:
            return read_quantity(stripped)
        except UnreadableNumber:
            raise AnswerError(error.message) from None


def is_rough(text: str) -> bool:
    """Is a typed figure approximate (两万五千多, 约1,200件, 大概98%, 1200件左右)?"""
    s = normalise(text)
    if any(word in s for word in load_interview_spec().approximate_words):
        return True
    return any(mention.approximate for mention in find_numbers(s))


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
    if s == "百分制":
        return 100.0
    s = re.sub(r"^满分", "", s)
    s = re.sub(r"(分制|分|制)$", "", s)
    try:
        q = read_quantity(s)
    except UnreadableNumber:
        q = None
    if q is None or q.unit or q.value <= 0:
        raise AnswerError(f"没看懂“{text}”：请写满分是多少，例如 5分制、10分制、百分制。")
    return q.value


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
    # No separator: the figure is the longest tail that starts where the number reader sees
    # a figure start, so a word is never cut (安装预约25% is 安装预约 and 25%, not 安装预 and
    # 约25%); words such as 为/共 between the name and the figure are no part of the name.
    for mention in find_numbers(s):
        if mention.start == 0:
            continue
        try:
            q = parse_quantity(s[mention.start:])
        except AnswerError:
            continue
        return _strip_name_fillers(s[:mention.start]), q
    for i in range(1, len(s)):
        try:
            q = parse_quantity(s[i:])
        except AnswerError:
            continue
        return s[:i].strip(), q
    raise AnswerError(f"没看懂“{text}”：请写名称和数值，例如 咨询量 1200件。")


def _strip_name_fillers(name: str) -> str:
    """"咨询量为" → "咨询量". Words of approximation (约, 近…) are left alone: had one been
    the figure's, the number reader would have taken it into the figure (约25%), so one
    still before the figure ends a word (安装预约)."""
    name = name.strip()
    for word in sorted(load_interview_spec().value_prefixes, key=len, reverse=True):
        if word in APPROXIMATE_PREFIXES:
            continue
        if name.endswith(word) and len(name) > len(word):
            return name[: -len(word)].rstrip(" ::")
    return name


def parse_share_list(text: str) -> list[dict[str, object]]:
    """"退换货办理 35%、物流查询 120件" → [{name, share: 35}, {name, count: 120}]."""
    items: list[dict[str, object]] = []
    for part in split_list(text):
        try:
            name, q = split_name_quantity(part)
        except AnswerError:
            name, q = part, None
        name = strip_share_words(name) if name else name
        if not name:
            raise AnswerError(f"“{part}”缺少类型名称，请写成“退换货办理 35%”。")
        item: dict[str, object] = {"name": name}
        if q is not None:
            item.update(share_or_count(q, part))
        items.append(item)
    if not items:
        raise AnswerError("请至少写一类，例如：退换货办理 35%、物流查询 25%。")
    return items


def strip_share_words(name: str) -> str:
    """"物流查询大概占" → "物流查询": the words between a category and its share (占, 约占,
    大概占, 占比) are no part of its name."""
    spec = load_interview_spec()
    words = sorted(spec.share_words, key=len, reverse=True)
    hedges = sorted((w for w in spec.approximate_words if len(w) >= 2), key=len, reverse=True)
    name = name.strip()
    changed = True
    while changed:
        changed = False
        for word in (*words, *hedges):
            if name.endswith(word) and len(name) > len(word):
                name = name[: -len(word)].rstrip(" ,，:：")
                changed = True
                break
    return name


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


def split_plan(text: str) -> dict[str, str] | None:
    """A plan said in one line → {action, metric, target, deadline} (each when found);
    None when the line holds neither a target nor a deadline (then it is the action).

    "下季度把首响压到30秒以内，12月底前" → action "下季度把首响压到30秒以内", metric "首响",
    target "30秒以内" (with its verb), deadline "12月底前"."""
    spec = load_interview_spec()
    s = str(text).strip().rstrip("。.")
    clauses = [c.strip() for c in re.split(r"[，,；;。]", s) if c.strip()]
    if len(clauses) < 1:
        return None
    deadline = None
    rest = []
    for clause in clauses:
        if deadline is None and _is_deadline(clause):
            deadline = clause
        else:
            rest.append(clause)
    parts: dict[str, str] = {}
    for clause in rest:
        verbs = [(clause.find(v), v) for v in spec.target_verbs if v in clause]
        if not verbs:
            continue
        try:
            name, quantity = parse_plan_target(clause)
        except AnswerError:
            continue
        pos, verb = min(verbs, key=lambda pv: (pv[0], -len(pv[1])))
        parts["target"] = clause[pos:]
        metric = _strip_lead(name or "", spec.plan_lead_words)
        if metric:
            parts["metric"] = metric
        break
    if deadline is None and "target" not in parts:
        return None
    parts["action"] = "，".join(rest) or s
    if deadline is not None:
        parts["deadline"] = deadline
    return parts


def _is_deadline(clause: str) -> bool:
    try:
        read_date(clause, year=2000)
    except UnreadableDate:
        return False
    return True


def _strip_lead(name: str, words: tuple[str, ...]) -> str:
    changed = True
    while changed and name:
        changed = False
        for word in sorted(words, key=len, reverse=True):
            if name.startswith(word) and len(name) > len(word):
                name = name[len(word):]
                changed = True
                break
    return name.strip()


def split_story(text: str) -> dict[str, Any] | None:
    """A case told as a story → {title, situation, actions, result}; None for a line short
    enough to be a title. The first sentence is the situation, one opening with a result
    word (最终, 降至 …) or the last the result, the ones between the actions."""
    spec = load_interview_spec()
    s = str(text).strip()
    sentences = [p.strip() for p in re.split(r"[。！!；;\n]+", s) if p.strip()]
    if len(sentences) < 2:
        clauses = [p.strip() for p in re.split(r"[，,]", s) if p.strip()]
        if len(clauses) < 3 or len(s) <= 30:
            return None
        sentences = [clauses[0], "，".join(clauses[1:-1]), clauses[-1]]
    situation, tail = sentences[0], sentences[1:]
    result_at = next((i for i, p in enumerate(tail) if any(p.startswith(w) or w in p[:6]
                                                          for w in spec.story_result_words)), len(tail) - 1)
    result = "，".join(tail[result_at:])
    actions = [a for a in tail[:result_at] if a]
    if not actions and result_at == 0 and len(tail) > 1:
        actions, result = tail[:-1], tail[-1]
    title = re.split(r"[，,]", situation)[0]
    title = title if len(title) <= 24 else title[:23] + "…"
    story: dict[str, Any] = {"title": title, "situation": situation, "result": result}
    if actions:
        story["actions"] = actions
    return story


def _kind_zh(kind: str | None) -> str:
    return {"rate": "百分比", "score": "分数", "duration": "时长", "count": "件数"}.get(kind or "", "数字")


# ---------------------------------------------------------------------------------------
# Dates and periods: read by `cswriter.text.dates`, as a facts file's dates are.


def parse_answer_date(text: str, *, year: int, after: date | None = None, today: date | None = None) -> date:
    """A date as typed; a missing year is `year` (or the next one, to land after `after`);
    月底 and 月初 are this month's (`today`'s)."""
    try:
        return read_date(text, year=year, after=after, today=today)
    except UnreadableDate as error:
        raise AnswerError(error.message) from None


def parse_period(text: str, today: date | None = None) -> tuple[date, date]:
    """"2026-11-01 至 2026-11-30", "2026年11月", "2026年Q3", "上周" → (start, end)."""
    try:
        return read_period(text, today or date.today())
    except UnreadableDate as error:
        raise AnswerError(error.message) from None


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
