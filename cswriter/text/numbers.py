"""Every number in Chinese text, with its unit and kind: cswriter's one number reader.

Used by the linter (are the figures in a draft in the facts?), by the drafting pipeline
(is every figure a model wrote backed by a computed one?), by `check` (is a case result
backed by a figure? `has_figure`), and by facts loading and the interview, which read a
typed value with `read_quantity` ("12.5万", "两万五", "98.5%", "1分30秒", "4.8分（满分5分）").
All need the same answer to "what does this number mean": "72小时" is a duration, "2025年"
a date, "第3名" an ordinal, "1.2个百分点" a change in a rate, "13812345678" a phone number
that must not look like a count. Units, their kinds and lengths are data (data/units.yaml).

How it works: one compiled regex with an alternative per shape (dates before metrics,
list markers before plain numbers…) scans the text; Python only runs once per match to
compute the value. A leading lookahead on the characters a number can start with keeps the
scan cheap on the ordinary Chinese prose that makes up most of a draft.

Conventions, and the decisions taken on ambiguous cases:

- `value` is scaled: "1.2万" → 12000, "580万元" → 5800000 元, "百分之八十五" → 85.
- `precision` is the size of the last written digit in the same scale: "98.5" → 0.1,
  "1.2万" → 1000, "两万五千" → 1000, "三分之一" → 1 (a fraction is read to a tenth of its value).
- Arabic digits after 万/亿 continue the number: "12万5千" → 125000, "1万2" → 12000 (the
  next place down, as it is spoken), "3万5000" → 35000. 廿 and 卅 are 20 and 30 ("廿三件");
  "百分之百" is 100 %, "两成半" 25 %; "翻了一番" is 2 倍 and "翻两番" 4 倍 (kind multiple);
  a decimal point written out is read: "三点二分钟" → 3.2 分钟, "一点二个百分点" → 1.2.
- Compound durations are given in their smallest written unit: "4分30秒" → 270 秒,
  "1小时20分钟" → 80 分钟, "2天3小时" → 51 小时 (hours below 24 only: "7天24小时" is two).
- A score's scale is a mention of its own, kind "score" and unit "满分": "4.8/5.0" yields
  4.8 (分) and 5.0 (满分); "满分100" yields 100 (满分). Rules comparing figures with the facts
  should skip unit "满分".
- Dates and periods carry their finest calendar unit ("年", "月", "日", "季度", "半年",
  "年度", "时") and the number written for it: "2025年8月" → 8 月, "2026-06-30" → 30 日,
  "2025年度" → 2025 年度, "上半年" → 1 半年; ranges put the end in `high` ("1-5月" → 1 to 5,
  "10月1日-7日" → 1 to 7 日). Times of day are decimal hours ("9:00-18:30" → 9 to 18.5 时).
  A day written alone ("15日") is a date by the words around it, or once its paragraph has
  said the month ("3月12日上午…比12日少320通"); else it counts days ("用时12日", "3日内").
- Ranges are not approximate by themselves; `approximate` only reflects words such as
  约, 近, 超过, 余, 多, 左右, 以上 (and the bounds 以下, 以内, 不足, 不到).
- Fractions are percentages: "三分之一" → 33.3… %, "千分之三" → 0.3 %; "八成" → 80 %;
  "一半" and "半数" → 50 %; "过半" → more than 50 %.
- Two neighbouring Chinese digits are a rough range: "七八个" → 7 to 8, approximate.
- Phone, ID and bank-card numbers come back whole, as kind "plain" with no unit.
- A Chinese numeral needs a unit or a magnitude (百/千/万/亿): "一百零五" is a figure,
  "十一" (the holiday) and "五一" are not.
- A lone "一" before a measure word of a count ("一位客户", "一次性") is an article, not a
  figure, and is not reported; "两位客户" is. Nor are "二次" (repeat) and "十分" (very).
- Markers of a list or section ("1." "2、" "（3）" "一、" "2.1") are ordinals only at the
  start of a line or after a sentence end or colon; "2.1" mid-sentence is a number.
- A number glued to Latin letters is an identifier (PAGE1, ISO9001, 5G) and is skipped,
  as are URLs and e-mail addresses.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from cswriter import regexcache
from cswriter.domain import load_units

__all__ = [
    "KINDS",
    "METRIC_KINDS",
    "NumberMention",
    "LineIndex",
    "find_numbers",
    "metric_numbers",
    "line_col",
    "chinese_numeral",
    "Quantity",
    "UnreadableNumber",
    "read_quantity",
    "normalise_unit",
    "has_figure",
    "unit_table",
    "APPROXIMATE_PREFIXES",
]

KINDS = ("percent", "points", "count", "duration", "score", "money", "multiple", "date",
         "period", "ordinal", "plain")
NON_METRIC_KINDS = frozenset({"date", "period", "ordinal"})
METRIC_KINDS = tuple(k for k in KINDS if k not in NON_METRIC_KINDS)
SCALE_UNIT = "满分"


def unit_table() -> list[dict]:
    """The units of measure (data/units.yaml), as a list of plain dicts."""
    return load_units()


class NumberMention(NamedTuple):
    """One number found in a text, with what it measures.

    A NamedTuple rather than a frozen dataclass: a draft can hold thousands of figures and
    a frozen dataclass sets each field through object.__setattr__ (3 × slower to build).
    """

    start: int
    end: int
    text: str
    value: float
    high: float | None
    unit: str
    kind: str
    approximate: bool
    precision: float


# NamedTuple's generated __new__ is a Python function; building the tuple directly skips it.
_new_mention = tuple.__new__


# --------------------------------------------------------------------------------------
# Building blocks of the pattern.

_D = "[0-9０-９]"
_TO_ASCII = str.maketrans("０１２３４５６７８９．，：", "0123456789.,:")
# A comma groups digits only when exactly three digits follow and no further digit or
# comma-digit does: "125,380件" is one number, "217,126,38件" is a list of three.
_ARABIC = rf"(?:{_D}{{1,3}}(?:[,，]{_D}{{3}})+(?![,，]?{_D})|{_D}+)(?:[.．]{_D}+)?"
_CN_DIGITS = "零〇一二两三四五六七八九"
# Possessive and never starting inside a run of numerals, so that a long run of numeral
# characters costs linear time instead of quadratic backtracking.
_CN = (f"(?<![{_CN_DIGITS}十百千万亿廿卅])[{_CN_DIGITS}十廿卅][{_CN_DIGITS}十百千万亿]*+"
       f"(?:点[{_CN_DIGITS}]++)?")  # 三点二: a decimal point written out
# Where a Chinese numeral is part of a word (每一, 统一, 唯一, 之一, 同一…), it is no figure.
_CN_NOT_AFTER = "(?<![每统唯之逐其同第])"
_MULT = "[万亿]|千(?![瓦克米])|百(?!分)"  # 270千瓦时, 12千克: a unit of its own, not thousands
_MULT_EXP = {"": 0, "千": 3, "百": 2, "万": 4, "亿": 8}
_RANGE = "[ \t]*(?:[-~～〜—–－]|至|到)[ \t]*"
_APPROX_SUFFIX = "左右|上下(?!班|游|级|文|午|限|半)|以上|以下|以内|之内|出头"

# Measure words and units after a number come from data/units.yaml (the one unit table):
# each written form becomes an alternative of the scan, with a negative lookahead for the
# words it starts (通过, 场景, 例如…), and maps to its normalised unit, kind and factor.
_TEXT_KIND = {"scale": "score"}  # a scale (10分制) is a score mention with unit 满分


def _unit_rows() -> list[tuple[str, str, str, float]]:
    """(regex, normalised unit, kind, factor) for every written form in units.yaml."""
    rows = []
    for spec in unit_table():
        unit = SCALE_UNIT if spec["kind"] == "scale" else spec["unit"]
        kind = _TEXT_KIND.get(spec["kind"], spec["kind"])
        excluded = spec.get("not_before") or {}
        for written in spec["written"]:
            regex = re.escape(written)
            if written in excluded:
                regex += "(?!" + "|".join(map(re.escape, excluded[written])) + ")"
            rows.append((regex, unit, kind, float(spec.get("factor", 1))))
    return rows


_UNIT_TABLE = _unit_rows()


def _literal(regex: str) -> str:
    return regex.split("(", 1)[0]


_UNIT_INFO: dict[str, tuple[str, str, float]] = {_literal(r): (n, k, f) for r, n, k, f in _UNIT_TABLE}
_UNITS = "|".join(r for r, *_ in sorted(_UNIT_TABLE, key=lambda t: -len(_literal(t[0]))))
# "1000次/小时", "80次每天": a rate; the written denominator is kept in the unit.
# 32.6件/万通, 2.1次/千人: a rate per a magnitude of another count; the magnitude is part of
# the denominator (blind round 12), else 18.8件/万通 reads as 18.8件 and matches no figure.
_PER = "[/／每](?:小时|分钟|天|日|人|月|周|年|次|单|件|秒|[十百千万](?:通|人|单|件|次|户|笔|位|名|元|个))"

_ORDINAL_UNITS = ("名次|部分|阶段|名|位|次|个|项|条|届|期|批|轮|天|周|年|月|章|节|类|步|点|档|层|级"
                  "|季|单|件|起|例|组|场|号")


def _side(n: int) -> str:
    """One number of a figure: Arabic (with 万/亿/千) or a Chinese numeral, then 余/多."""
    # 12万5千, 1万2 (12,000: the next digit elided), 3万5000: Arabic digits after 万 or 亿.
    return (rf"(?:(?<![0-9０-９.．])(?P<a{n}>(?>{_ARABIC}))(?P<m{n}>{_MULT})?"
            rf"(?P<k{n}>(?<=[万亿])(?:{_D}[千百]|{_D}{{4}}|{_D})(?![0-9０-９.．,，月日号年时]))?(?![A-Za-z_])"
            rf"|{_CN_NOT_AFTER}(?P<c{n}>{_CN}))"
            rf"(?P<x{n}>[余多+＋])?(?P<mb{n}>(?<=[余多])[万亿])?")


_YEAR = f"(?:{_D}{{4}}|[〇零一二三四五六七八九]{{4}})"
# Months and days only in their calendar range, so "20月" or "35日" is never a date.
_MON = "(?:[1１][0-2０-２]|[0０]?[1-9１-９]|十[一二]?|[一二三四五六七八九])"
_DAY = ("(?:[3３][01０１]|[12１２][0-9０-９]|[0０]?[1-9１-９]"
        "|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])")
_EDGE = "底|末|初|上旬|中旬|下旬"
_QUARTER = "第?[一二三四1-4１-４]季度|Q[1-4]"
_HALF = "[上下]半年度?"
_DATE_START = (
    rf"{_YEAR}年(?:度|(?:{_QUARTER})(?:{_EDGE})?|{_HALF}"
    rf"|{_MON}(?:{_RANGE}{_MON})?月份?(?:{_DAY}[日号]|{_EDGE})?|{_EDGE})?"
    rf"|(?<![0-9０-９.．]){_CN_NOT_AFTER}{_MON}(?:{_RANGE}{_MON})?月份?(?:{_DAY}[日号]|{_EDGE})?"
)
_DATE_END = rf"(?:{_YEAR}年)?{_MON}月(?:{_DAY}[日号]|{_EDGE})?|{_DAY}[日号]|{_YEAR}年度?"
_HOUR_AFTER = "前|后|起|开|至|到|之前|之后|以前|以后|左右|整|半|钟|[-~～]"
_TIME = f"{_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?(?![0-9０-９])"
# Section numbers (2.1, 2.1.3) only at the start of a line; list markers (1. 2、 （3） 一、)
# also after a sentence or a colon, where inline enumerations start.
_LINE_LEAD = r"^[ \t\u3000]*(?:[#>]+[ \t]*|[-*+][ \t]+)?"
_ITEM_LEAD = r"(?:^|(?<=[。；;：:!！?？]))[ \t\u3000]*(?:[#>]+[ \t]*|[-*+][ \t]+)?"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"
_HOURS_OF_DAY = (f"(?:2[0-3０-３]|[1１][0-9０-９]|[0０]?[0-9０-９])(?![0-9０-９.．])"
                 "|二十[一二三]?|十[一二三四五六七八九]?|[一二两三四五六七八九]")
_SCORE_NUM = f"{_D}{{1,3}}(?:[.．]{_D}{{1,2}})?"
_SCALE_DEN = "(?:[5５]|[1１][0０]{1,2})(?:[.．][0０]+)?(?![0-9０-９.．])"
_CJK = "[\u4e00-\u9fff]"
_N = f"{_D}+|{_CN}"
_NUMBER_START = ("0-9０-９" + _CN_DIGITS + "十廿卅百千万第满上下半翻过Qa-zA-Z_"
                 "+＋\\-－−#>*\\[(（ \t\u3000①-⑳")

# Alternatives in priority order: the regex engine takes the first that matches at the
# leftmost position, so a date wins over a count and a list marker over a plain number.
_PATTERN = "".join([
    f"(?=[{_NUMBER_START}])(?:",
    # Not numbers for our purposes: links, e-mail addresses, identifiers such as PAGE1,
    # chengzhe02, ISO9001, 5G, v2.0 (but "CSAT95%" still yields 95%).
    r"(?P<skip_url>https?://[^\s<>\"'，。；）)\]]+)",
    r"|(?P<skip_mail>(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})",
    r"|(?P<quarter_q>(?<![A-Za-z0-9_])Q[1-4](?:[ \t]*[-~～至到][ \t]*Q[1-4])?(?![A-Za-z0-9_]))",
    r"|(?P<skip_ident>(?<![A-Za-z0-9_])[A-Za-z_]++[0-9][A-Za-z0-9_]*+(?:[.\-][A-Za-z0-9_]+)*+(?![%％]))",
    # Phone, ID and bank-card numbers: whole, so they are never read as several figures.
    rf"|(?P<longnum>(?<![0-9０-９.．])(?:{_D}{{4}}(?: {_D}{{4}}){{3,4}}(?: {_D}{{1,3}})?"
    rf"|{_D}{{11,}}[Xx]?|{_D}{{3,4}}[- ]{_D}{{3,4}}[- ]{_D}{{4}}|0{_D}{{2,3}}-{_D}{{7,8}})"
    rf"(?![0-9０-９]))",
    r"|(?P<skip_ident2>(?<![A-Za-z0-9_.．])[0-9]+(?:\.[0-9]+)?[A-Za-z_][A-Za-z0-9_]*)",
    # A release named by its dotted number, 7.2版 / 4.2.1版本 (as v2.0 above): no figure.
    r"|(?P<skip_version>(?<![0-9０-９.．])[0-9]+(?:\.[0-9]+)+(?=版))",
    # Dates and periods.
    rf"|(?P<date_iso>(?<![0-9０-９.．]){_D}{{4}}(?P<isep>[-/.．]){_D}{{1,2}}(?P=isep){_D}{{1,2}}"
    rf"(?:[ T]{_TIME})?(?![0-9０-９]))",
    rf"|(?P<year_range>(?<![0-9０-９.．]){_D}{{4}}{_RANGE}{_D}{{4}}年度?)",
    rf"|(?P<date_cn>(?<![0-9０-９.．])(?:{_DATE_START})(?:{_RANGE}(?:{_DATE_END}))?)",
    rf"|(?P<quarter>(?:{_QUARTER})(?:{_RANGE}(?:{_QUARTER}))?(?:{_EDGE})?|{_HALF})",
    rf"|(?P<day>(?<![0-9０-９.．]){_D}{{1,2}}[日号](?!均|常|报|志|益|用|线|楼|码|位|机|院|房|窗|台|文|召|程))",
    rf"|(?P<time>(?<![0-9０-９.．]){_TIME}(?:{_RANGE}{_TIME})?)",
    # A clock hour: 0点开抢, 晚上8点后, 9点至18点 (after a day or a part of the day, or before
    # 前/后/起/至…), not a figure.
    rf"|(?P<hour>(?<![0-9０-９.．])(?:(?<=[日号晚早午晨上天夜])|(?={_D}{{1,2}}点(?:{_HOUR_AFTER})))"
    rf"{_D}{{1,2}}点(?:半|钟|整|{_D}{{1,2}}分)?(?![0-9０-９])"
    rf"(?:(?:至|到|[-~～])(?:次日|凌晨|早上|上午|中午|下午|晚上)?{_D}{{1,2}}点(?:半|钟|整)?(?![0-9０-９]))?)",
    # List markers and section numbers at the start of a line or list item.
    rf"|(?P<section>{_LINE_LEAD}(?P<sec>{_D}{{1,2}}(?:[.．]{_D}{{1,2}}){{2,3}}(?![0-9０-９])"
    rf"|{_D}{{1,2}}[.．]{_D}{{1,2}}(?=[ \t\u3000]*{_CJK})(?![ \t\u3000]*(?:{_UNITS}|{_MULT}))))",
    rf"|(?P<list>{_ITEM_LEAD}(?P<li>{_D}{{1,2}}[.．、](?![0-9０-９])|{_D}{{1,2}}[)）]"
    rf"|[(（](?:{_D}{{1,2}}|{_CN_SMALL})[)）]|{_CN_SMALL}[、.．]))",
    r"|(?P<circled>[①-⑳])",
    rf"|(?P<footnote>\[\^{_D}+\])",
    rf"|(?P<ordinal>第[ \t]*(?:{_D}+|{_CN})(?:{_RANGE}(?:{_D}+|{_CN}))?(?:{_ORDINAL_UNITS})?)",
    # Durations written in two or three units.
    rf"|(?P<compound>(?<![0-9０-９.．])(?:(?P<ch>{_N})个?小时"
    rf"(?:(?P<chm>{_N})分钟?(?:(?P<chs>{_N})秒钟?)?|(?P<chs2>{_N})秒钟?)"
    rf"|(?P<cm>{_N})分钟?(?P<cms>{_N})秒钟?"
    # 2天3小时 (51 小时), 1天零6小时: the hours below a day only, so 7天24小时 (round the clock)
    # stays two figures, and not after 周 (每周5天8小时 is a working week, not 128 hours).
    rf"|(?<!周)(?P<cd>{_N})天零?(?P<cdh>{_HOURS_OF_DAY})个?小时(?:(?P<cdm>{_N})分钟?)?))",
    r"|(?P<half>半个?(?:小时|月|钟头)|半天)",
    # A ratio without a digit: 翻了一番 (2倍), 翻两番 (4倍).
    r"|(?P<doubled>翻了?(?:[一两二三四]番|番))",
    # Half of a whole: 一半, 半数 (50 %; 一半以上, 近一半, 缩短了一半).
    r"|(?P<halved>(?<![0-9０-９一二两三四五六七八九十])一半(?![天年月个小])|半数|(?<![超经通度间年期程])过半数?(?![天年月个小场程夜]))",
    # Fractions: 百分之八十五, 百分之12.5, 三分之一, 千分之三.
    rf"|(?P<fraction>(?P<fden>百|千|万|(?<![0-9０-９.．])[0-9０-９]+|{_CN_NOT_AFTER}{_CN})分之"
    rf"(?P<fnum>{_ARABIC}|{_CN}|百(?!分)))",
    # Scales of a score: 满分5分, 满分为100, 10分制 (the last through the unit table).
    rf"|(?P<scale>满分(?:为|是)?[ \t]*(?P<sv>{_ARABIC}|{_CN})分?|百分制)",
    # A score over its scale: 4.8/5.0, 4.7-4.9/5.0.
    rf"|(?P<slash>(?<![0-9０-９.．/／])(?P<sn>{_SCORE_NUM})(?:{_RANGE}(?P<sn2>{_SCORE_NUM}))?"
    rf"[ \t]*[/／][ \t]*(?P<sd>{_SCALE_DEN})(?P<sdu>分)?)",
    # Everything else: a number or a range, with its unit.
    # No sign after a day: the dash of 8日-10日 joins two days, it is no minus before 10.
    rf"|(?P<general>(?P<sign>(?<![0-9０-９日号])[+＋\-－−])?(?P<p1>{_side(1)}(?P<u1>{_UNITS})?)"
    rf"(?:(?P<rsep>{_RANGE}){_side(2)}(?P<u2>{_UNITS})?)?"
    rf"(?P<per>{_PER})?(?P<sx>{_APPROX_SUFFIX})?)",
    ")",
])
_SCANNER = regexcache.compile(_PATTERN, re.MULTILINE)

# Words before a number that make it approximate (约125,380件) or a bound (不足5%).
_APPROX_PREFIX_WORDS = ("大约", "约为", "约有", "约计", "约合", "将近", "接近", "超过了", "超过", "不足",
                        "不到", "突破了", "突破", "约", "近", "逾", "超")
APPROXIMATE_PREFIXES = frozenset(_APPROX_PREFIX_WORDS)
_APPROX_PREFIX = regexcache.compile(f"(?:{'|'.join(_APPROX_PREFIX_WORDS)})\\Z")
# Words that end in one of those characters without meaning "about": 预约, 最近, 高超…
_WORDS_ENDING_IN_PREFIX = frozenset((
    "预约", "节约", "签约", "违约", "履约", "合约", "特约", "邀约", "续约", "解约", "公约", "制约",
    "条约", "相约", "爽约", "契约", "婚约", "集约", "改约", "赴约", "失约", "践约", "最近", "附近",
    "邻近", "亲近", "就近", "高超", "赶超"))
_PREFIX_LAST = frozenset(w[-1] for w in _APPROX_PREFIX_WORDS) | {"¥", "￥"}
_DATE_NUMBER = regexcache.compile(f"{_D}+|[{_CN_DIGITS}十百千万亿]+")
_DATE_RANGE_SEP = regexcache.compile("(?<=[0-9０-９年月日号度季初底末旬])[ \\t]*(?:[-~～〜—–－]|至|到)")
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}


# --------------------------------------------------------------------------------------
# Values.

def _arabic(digits: str, mult: str = "") -> tuple[float, float]:
    """("1.2", "万") → (12000.0, 1000.0): value and precision, exact in decimal."""
    if not mult and digits.isascii() and "," not in digits:  # the common case: 98.5
        return float(digits), 10.0 ** -len(digits.partition(".")[2])
    s = digits.translate(_TO_ASCII).replace(",", "")
    k = _MULT_EXP[mult]
    frac = s.partition(".")[2]
    # Scaling through the exponent keeps "0.07万" at 700.0, not 700.0000000000001.
    return float(f"{s}e{k}"), 10.0 ** (k - len(frac))


_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _cn_integer(text: str) -> int | None:
    """A Chinese numeral written in full: 两万五千 → 25000, 一百零五 → 105, 十二 → 12,
    一亿二千万 → 120000000; None when `text` is no numeral (or two digits in a row, 二五)."""
    if not text:
        return None
    for big, size in (("亿", 100_000_000), ("万", 10_000)):
        if big in text:
            high, _, low = text.rpartition(big)
            high_value = _cn_integer(high) if high else 1
            low = low.lstrip("零〇")
            low_value = _cn_integer(low) if low else 0
            if high_value is None or low_value is None:
                return None
            return high_value * size + low_value
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGIT:
            if digit:  # 二五: digit after digit is no numeral (years and 七八 are read elsewhere)
                return None
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL_UNIT:
            total += (1 if digit is None else digit) * _CN_SMALL_UNIT[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}


def _chinese(text: str) -> tuple[float, float] | None:
    """Value and precision of a Chinese numeral in any spoken form.

    两万五千 → (25000, 1000); 两万五 → (25000, 1000); 一百二 → (120, 10); 三点二 → (3.2, 0.1);
    十二万五千 → (125000, 1000); 三千零五 → (3005, 1); 二〇二五 → (2025, 1); 廿三 → (23, 1).
    """
    if "廿" in text or "卅" in text:
        text = text.replace("廿", "二十").replace("卅", "三十")
    if "点" in text:
        whole, _, frac = text.partition("点")
        parsed = _chinese(whole) if whole not in ("零", "〇") else (0.0, 1.0)
        if parsed is None or not frac or any(c not in _CN_DIGIT for c in frac):
            return None
        digits = "".join(str(_CN_DIGIT[c]) for c in frac)
        return float(f"{int(parsed[0])}.{digits}"), 10.0 ** -len(digits)
    if len(text) > 1 and all(c in _CN_DIGIT for c in text):
        # Digit by digit, as years are written (二〇二五); other runs of digits are vague
        # quantities (七八个) that `_vague` reads, or not numbers at all.
        if len(text) != 4:
            return None
        return float("".join(str(_CN_DIGIT[c]) for c in text)), 1.0
    last, prev = text[-1], (text[-2] if len(text) > 1 else "")
    if prev and prev in "百千万亿" and last in _CN_DIGIT and last not in "零〇":
        # Colloquial elision: 两万五 is 25000 and 一百二 is 120, not 20005 and 102.
        base = _cn_integer(text[:-1])
        if base is None:
            return None
        step = _CN_UNIT[prev] / 10
        return base + _CN_DIGIT[last] * step, step
    value = _cn_integer(text)
    if value is None:
        return None
    precision = 1.0
    i = len(text)
    while i > 0 and text[i - 1] in _CN_UNIT:
        precision *= _CN_UNIT[text[i - 1]]
        i -= 1
    return float(value), precision


def chinese_numeral(text: str) -> float | None:
    """The value of a Chinese numeral in any spoken form, or None.

    >>> [chinese_numeral(t) for t in ("两万五", "一百二", "二〇二五", "三千零五", "十二万五千")]
    [25000.0, 120.0, 2025.0, 3005.0, 125000.0]
    """
    parsed = _chinese(text) if text else None
    return parsed[0] if parsed else None


def _vague(text: str) -> tuple[float, float] | None:
    """七八个, 三四天: two neighbouring digits name a rough range (7 to 8)."""
    if len(text) == 2 and text[0] in _CN_DIGIT and text[1] in _CN_DIGIT:
        low, high = _CN_DIGIT[text[0]], _CN_DIGIT[text[1]]
        if low and high == low + 1:
            return float(low), float(high)
    return None


def _number(token: str) -> float:
    """An Arabic or Chinese integer as found in dates and ordinals."""
    if token[0] in "0123456789０１２３４５６７８９":
        return float(token.translate(_TO_ASCII))
    parsed = _chinese(token)
    return parsed[0] if parsed else 0.0


# --------------------------------------------------------------------------------------
# The scan.

def find_numbers(text: str) -> list[NumberMention]:
    """Every number in `text`, in order of appearance and without overlaps.

    >>> [(n.text, n.value, n.unit, n.kind) for n in find_numbers("全年处理工单125,380件")]
    [('125,380件', 125380.0, '件', 'count')]
    """
    out: list[NumberMention] = []
    pos = 0
    search = _SCANNER.search
    while True:
        m = search(text, pos)
        if m is None:
            return out
        name = m.lastgroup
        pos = m.end()
        if name == "general":
            pos = _general(text, m, out)
        elif name is None or name.startswith("skip"):
            pass
        else:
            _HANDLERS[name](text, m, out)
        if pos <= m.start():  # never loop on an empty or rewound match
            pos = m.start() + 1


def metric_numbers(text: str) -> list[NumberMention]:
    """The numbers that state an amount: `find_numbers` without dates, periods, ordinals."""
    return [n for n in find_numbers(text) if n.kind not in NON_METRIC_KINDS]


_GENERAL_GROUPS = ("a1", "c1", "u1", "m1", "mb1", "x1", "rsep", "a2", "c2", "m2", "mb2", "u2", "x2",
                   "per", "sx", "sign", "k1", "k2")


def _general(text: str, m: re.Match[str], out: list[NumberMention]) -> int:
    """A figure or a range of figures with its unit; returns where scanning resumes."""
    # One call for every group: reading them one by one costs more than the match.
    (a1, c1, u1, m1, mb1, x1, rsep, a2, c2, m2, mb2, u2, x2, per, suffix,
     sign, k1, k2) = m.group(*_GENERAL_GROUPS)
    m_start, m_end = m.span()
    high: float | None = None
    vague = _vague(c1) if c1 and not rsep else None
    if vague is not None:
        (value, high), precision = vague, 1.0
    elif a1 is not None and not m1 and not mb1 and a1.isascii() and "," not in a1:
        # Inlined common case (98.5, 344): a third of the time of a figure is calls.
        value, precision = float(a1), 10.0 ** -len(a1.partition(".")[2])
    else:
        first = _side_value(a1, c1, m1, mb1, k1)
        if first is None:
            return m_end
        value, precision = first
    approximate = bool(x1) or vague is not None
    if u1:
        unit1 = _UNIT_INFO[u1]
    else:
        unit1 = None
    end = m_end
    unit = unit1
    if rsep is not None:
        second = _side_value(a2, c2, m2, mb2, k2)
        unit2 = _unit(u2) if u2 else None
        if (second is None or (unit1 and unit2 and unit1[:2] != unit2[:2])
                or second[0] < value or (c1 and not a1 and a2)):
            # Not one range (15分钟至1小时, 5%至3%): keep the first figure, rescan the rest.
            end = m.end("p1")
            per = suffix = None
        else:
            high = second[0]
            precision = max(precision, second[1])
            approximate = approximate or bool(x2)
            unit = unit2 or unit1
    if unit is None:
        # A Chinese numeral needs a unit or a magnitude to be a figure: 一百零五 is one,
        # 五一 and 十一 are holidays.
        if c1 and not any(ch in c1 for ch in "百千万亿"):
            return end
        if high is not None and end == m_end and _is_day_span(text, m_start, end, value, high, a1, a2):
            _emit(out, text, m_start, end + 1, value, high, "日", "period")
            return end + 1
        norm, kind, scale = "", "plain", 1.0
    else:
        norm, kind, scale = unit
        written = (u1 if high is None or not u2 else u2) or ""
        if c1 and not a1 and rsep is None and vague is None:
            if kind == "count" and (c1 == "一" or (c1 == "二" and norm == "次")) and not approximate:
                return end  # 一位客户, 一次性, 二次投诉: an article or "repeat", not a figure
            if norm == "分" and len(c1) < 2:
                return end  # 十分满意: "very", not ten points
            if kind == "count" and value <= 10 and _counts_kinds(u1 or "", text, end):
                return end  # 两件事, 三类问题: the matters a sentence names, not 2 件 of its items
        if "半" in written:
            value += 0.5
            precision = 0.5
        elif written == "成" and high is None and end == m_end and text.startswith("半", end):
            value += 0.5  # 两成半 is 25 %
            precision = 0.5
            end += 1
        elif written == "成" and high is None and end == m_end and _MORE_THAN_CHENG.match(text, end):
            # 九成多, 九成有余: more than nine tenths (below ten), a bounded approximation.
            end = _MORE_THAN_CHENG.match(text, end).end()
            approximate = True
        elif written == "成" and high is None and end == m_end and _tenth_of_cheng(text, end):
            # 九成五 is 95 %: one more digit after 成 counts in tenths of it.
            value += _CN_DIGIT[text[end]] / 10
            precision = 0.1
            end, tail_approximate = _suffix(text, end + 1)
            approximate = approximate or tail_approximate
    if scale != 1.0:
        value *= scale
        precision *= scale
        high = high * scale if high is not None else None
    if per and end == m_end:
        norm = f"{norm}/{per[1:]}"
    start = m_start
    if sign:
        if sign in "-－−":
            value = -value
    if suffix and end == m_end:
        approximate = True
    if unit is not None and "多" in (u1 or "") + (u2 or ""):
        approximate = True
    if start and text[start - 1] in _PREFIX_LAST:
        start, approximate, kind, norm = _prefix(text, start, approximate, kind, norm)
    out.append(_new_mention(NumberMention, (start, end, text[start:end], value, high, norm, kind,
                                            approximate, precision)))
    return end


# 8-10日, 11–31日: a span of days of the month (blind round 11), unless the words around it
# say how long something takes (时长3-5日, 需3-5日, 3-5日内到账: a count of days, left as it was).
_SPAN_DURATION_BEFORE = regexcache.compile(
    r"(?:需要?|约|大约|预计|时长|周期|用时|耗时|历时|用了|花了|等待|等了|提前|延长|为期|期限|需时|要)(?:为|是|了|约)?\Z")
_SPAN_DURATION_AFTER = regexcache.compile(r"(?:内|以内|之内|左右|以上|以下|上下|无理由|到账|到货|送达|可)")


def _is_day_span(text: str, start: int, end: int, low: float, high: float, a1: str | None, a2: str | None) -> bool:
    return (bool(a1) and bool(a2) and text[end:end + 1] in ("日", "号")
            and low == int(low) and high == int(high) and 1 <= low < high <= 31
            and (text[end] == "号"
                 or (_SPAN_DURATION_BEFORE.search(text, max(0, start - 4), start) is None
                     and _SPAN_DURATION_AFTER.match(text, end + 1) is None)))


_UNIT_START = regexcache.compile(f"(?:{_UNITS}|{_MULT})")


def _kinds_counted() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """Measure words and nouns of a count of kinds (data/units.yaml `kinds_counted`)."""
    from cswriter.domain import load_yaml_resource

    spec = load_yaml_resource("units.yaml").get("kinds_counted") or {}
    nouns = sorted(spec.get("nouns") or (), key=len, reverse=True)
    if not nouns:
        return frozenset(), None
    not_after = sorted(spec.get("not_after_noun") or (), key=len, reverse=True)
    guard = f"(?!{'|'.join(map(re.escape, not_after))})" if not_after else ""
    return frozenset(spec.get("measure") or ()), re.compile(f"(?:{'|'.join(map(re.escape, nouns))}){guard}")


_KIND_MEASURES, _KIND_NOUN = _kinds_counted()


def _counts_kinds(written: str, text: str, end: int) -> bool:
    """两件事, 三类问题, 两个原因: a measure word of kinds followed by a noun of them."""
    return written in _KIND_MEASURES and _KIND_NOUN is not None and _KIND_NOUN.match(text, end) is not None


def _tenth_of_cheng(text: str, pos: int) -> bool:
    """A lone digit 一…九 at `pos` (after 成), itself no start of a figure: 九成五 but not
    九成五个客户 (nine tenths, five customers)."""
    if pos >= len(text) or text[pos] not in "一二三四五六七八九":
        return False
    nxt = pos + 1
    return nxt >= len(text) or (text[nxt] not in _CN_NUMERAL_CHARS_ALL
                                and _UNIT_START.match(text, nxt) is None)


# 多/有余 right after a figure in 成 (九成多的客户): more than it; 多数/多次 start other words.
_MORE_THAN_CHENG = regexcache.compile("有余|多(?![数次个位项种])")
_CN_NUMERAL_CHARS_ALL = frozenset(_CN_DIGITS + "十百千万亿")


def _side_value(a: str | None, c: str | None, mult: str | None,
                mult_after: str | None, tail: str | None = None) -> tuple[float, float] | None:
    if a is not None:
        value, precision = _arabic(a, mult or "")
        if tail and mult:
            # 12万5千 → 125,000; 1万2 → 12,000 (one digit: the next place down); 3万5000.
            digits = tail.translate(_TO_ASCII)
            if digits[-1] in _CN_SMALL_UNIT:
                step = float(_CN_SMALL_UNIT[digits[-1]])
                value, precision = value + int(digits[:-1]) * step, step
            elif len(digits) == 1:
                step = _CN_UNIT[mult] / 10
                value, precision = value + int(digits) * step, step
            else:
                value, precision = value + int(digits), 1.0
    elif c is not None:
        parsed = _chinese(c)
        if parsed is None:
            return None
        value, precision = parsed
    else:
        return None
    if mult_after:
        factor = float(_CN_UNIT[mult_after])
        value, precision = value * factor, precision * factor
    return value, precision


def _unit(written: str) -> tuple[str, str, float]:
    """Normalised unit, kind and scale factor of a unit as written."""
    return _UNIT_INFO[written]


def _prefix(text: str, start: int, approximate: bool, kind: str,
            unit: str) -> tuple[int, bool, str, str]:
    """Take in 约/近/超过… and a currency sign before a figure."""
    if start == 0 or text[start - 1] not in _PREFIX_LAST:
        return start, approximate, kind, unit  # the common case: nothing to take in
    before = text[max(0, start - 3):start]
    if before.endswith(("¥", "￥")):
        start -= 1
        if kind == "plain":
            kind, unit = "money", "元"
        before = text[max(0, start - 3):start]
    pm = _APPROX_PREFIX.search(before)
    if pm is not None:
        word = pm.group()
        # 近3个月 and 最近一年 name a recent period, they are not approximations; in 安装预约25%
        # the 约 ends a word (预约) and says nothing about the figure.
        # The word's first character may end another word too: 预约有4680人 is no 约有.
        joined = text[start - len(word) - 1:start - len(word) + 1] if start > len(word) else ""
        if not ((word == "近" and kind == "duration") or before[-2:] in _WORDS_ENDING_IN_PREFIX
                or joined in _WORDS_ENDING_IN_PREFIX):
            start -= len(word)
            approximate = True
    return start, approximate, kind, unit


_APPROX_SUFFIX_RE = regexcache.compile(_APPROX_SUFFIX)


def _suffix(text: str, end: int) -> tuple[int, bool]:
    """Take in 左右/以上… after a figure the general pattern did not cover."""
    tail = _APPROX_SUFFIX_RE.match(text, end)
    return (tail.end(), True) if tail else (end, False)


def _emit(out: list[NumberMention], text: str, start: int, end: int, value: float,
          high: float | None, unit: str, kind: str, precision: float = 1.0,
          approximate: bool = False) -> None:
    out.append(NumberMention(start, end, text[start:end], value, high, unit, kind, approximate,
                             precision))


def _h_longnum(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    digits = "".join(ch for ch in m.group().translate(_TO_ASCII) if ch.isdigit())
    _emit(out, text, m.start(), m.end(), float(digits), None, "", "plain")


def _h_date_iso(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    day = _number(_DATE_NUMBER.findall(m.group())[2])
    _emit(out, text, m.start(), m.end(), day, None, "日", "date")


def _h_year_range(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    years = _DATE_NUMBER.findall(s)
    _emit(out, text, m.start(), m.end(), _number(years[0]), _number(years[1]),
          "年度" if s.endswith("度") else "年", "period")


def _calendar_unit(part: str) -> str:
    """The finest calendar unit written in a date: 2025年8月 → 月, 8月15日 → 日."""
    for suffix, unit in (("年度", "年度"), ("季度", "季度"), ("Q", "季度"), ("半年", "半年")):
        if suffix in part:
            return unit
    part = part.rstrip("底末初上中下旬份")
    if part.endswith(("日", "号")):
        return "日"
    if "月" in part:
        return "月"
    return "年"


def _h_date_cn(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    sep = _DATE_RANGE_SEP.search(s)
    head = s[:sep.start()] if sep is not None else s
    unit = _calendar_unit(s)
    # The value is the number of the finest unit written, so that value and unit agree:
    # 2025年8月 → 8 (月), 10月1日-7日 → 1 to 7 (日), 2025年上半年 → 1 (半年).
    if unit == "半年":
        value = 1.0 if "上半年" in head else 2.0
        high = (1.0 if "上半年" in s[sep.end():] else 2.0) if sep is not None else None
    else:
        value = _number(_DATE_NUMBER.findall(head)[-1])
        tail = _DATE_NUMBER.findall(s, sep.end()) if sep is not None else []
        high = _number(tail[-1]) if tail else None
    period = sep is not None or unit in ("年度", "季度", "半年")
    _emit(out, text, m.start(), m.end(), value, high, unit, "period" if period else "date")


def _h_quarter(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    if "半年" in s:
        _emit(out, text, m.start(), m.end(), 1.0 if s[0] == "上" else 2.0, None, "半年", "period")
        return
    numbers = _DATE_NUMBER.findall(s)
    value = _number(numbers[0])
    high = _number(numbers[1]) if len(numbers) > 1 else None
    _emit(out, text, m.start(), m.end(), value, high, "季度", "period")


# A day number alone is a date after these words (于15日, 截至30号) or before these (15日前);
# otherwise "N日" counts days, as in 5日内 or 提前3日.
_DAY_DATE_BEFORE = regexcache.compile(r"(?:于|在|至|到|自|从|截至|截止|每月|次月|当月|本月|下月|上月)\Z")
_DAY_DATE_AFTER = ("前", "起", "止", "之前", "以前", "当天", "当日")
# 21日（周六）, 21日周六, 21日、22日: a day of the month — a weekday after it, or another day
# listed beside it. 21日 opening a clause and followed by what happened (18日一所中学的团体预约…)
# is a date too, unless a duration's words follow (3日内, 7日以上, 5日左右, 30日累计).
_DAY_WEEKDAY_AFTER = regexcache.compile(r"[（(]?(?:周|星期|礼拜)[一二三四五六日天]")
# 16日晚, 18日早上8点, 3日09:40: a time of day after N日 makes it a day of the month (a count of
# days has no evening); 晚于/晚了 and 早于 compare, and 24小时 is no clock hour.
_DAY_TIME_AFTER = regexcache.compile(
    r"(?:早上|早晨|清晨|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|凌晨|白天|当晚|晚(?![于了到])|早(?![于了日])"
    r"|[0-9０-９]{1,2}(?:[点时](?!间|长|效|段|限|小)|[:：][0-9０-９]{2}))")
# A dash joins two days as 至 does (8日-10日, 11日—31日: a span of days, blind round 11).
_DAY_LISTED = regexcache.compile(r"(?:[、和与及至到]|[ \t]*[-~～〜—–－][ \t]*)[0-9０-９]{1,2}[日号]")
_DAY_LISTED_BEFORE = regexcache.compile(
    r"(?:[0-9０-９]{1,2}[日号]?[、和与及]|[0-9０-９]{1,2}[日号][ \t]*[-~～〜—–－][ \t]*)\Z")
_CLAUSE_ENDS = frozenset("。；;，,：:！？!?\n")
_DAY_DURATION_AFTER = regexcache.compile(r"(?:内|以内|之内|以上|以下|左右|累计|共|均|时间|周期|时长|期限|无理由|后|多|余|的)")
# 主要原因是12日大风后会话激增, 受5日暴雨影响: a cause told by its day is a date, when what
# happened follows it (是3日内 and 是3日。 still count days).
_DAY_CAUSE_BEFORE = regexcache.compile(r"(?:是|因|因为|由于|受)\Z")
_CJK_AFTER = regexcache.compile(r"[\u4e00-\u9fff]")
# 最终17日受影响用户来电…降到1960通: a day after an adverb of sequence opens its clause as
# much as one after a comma (blind round 8: a case's result told by its day).
_DAY_SEQUENCE_BEFORE = regexcache.compile(r"(?:最终|最后|随后|之后|此后|直到|等到|到了|结果|而|但)\Z")
# Blind round 11: 8日前（含8日）5单: the day a bound includes or leaves out, in brackets, is a date;
# so is the day after which the rest fell, when the sentence has just split at a day before
# (8日前5单，9日后3单), and the day a person did something (我们10日拿到排班表后): a pronoun's
# count of days would say 天 or how long (我们3日内回访, 我3日没休息 stay counts of days).
_DAY_BRACKET_BEFORE = regexcache.compile(r"[（(](?:含|包含|包括|不含|不包含|不包括)\Z")
_DAY_AFTER_WORDS = ("后", "以后", "之后")
_DAY_BEFORE_SAID = regexcache.compile(r"[0-9０-９]{1,2}[日号](?:之|以)?前[^。；;！？!?\n]*\Z")
_DAY_SPLIT_REACH = 40
_DAY_PRONOUN_BEFORE = regexcache.compile(r"(?:我们|咱们|我|他们|她们|他|她|大家)\Z")
_DAY_NOT_DONE_AFTER = regexcache.compile(r"[未没不都才就已仍还连一]")


# Blind round 15: 13日来电降为522通，比12日少320通 after 3月12日上午… / 二是平台15日发了通知 after
# 7月15日到18日…: a day named by its number alone, once the paragraph has said its month, is a
# date — unless the words around it say how long something took (用时12日, 需要12日, 连续3日,
# 12日内, 3日以上: a count of days). Only a number of a month (3月, 7月15日) counts, looked for
# back to the paragraph's start but no further than _DAY_MONTH_REACH characters (no scan of the
# whole text per figure); a day must be followed by what happened or compares (CJK).
_DAY_MONTH_REACH = 300
_DAY_MONTH_SAID_OR_DAY = regexcache.compile(r"(?<![0-9０-９.．])(?:[0-9０-９]{1,2}|[一二三四五六七八九十]|十[一二])月")
# 比20日多150通: 多 and a number after the day is by how much, not 20日多 (more than 20 days).
_DAY_MORE_BY = regexcache.compile(r"多了?[0-9０-９一二两三四五六七八九十百千]")
_DAY_COUNT_BEFORE = regexcache.compile(
    r"(?:用时|耗时|历时|超时|需时|工时|需要|需|要|约|大约|近|将近|超过|超|满|达|长达|多达|共|共计|合计|累计|连续|"
    r"为期|期限|周期|时长|平均|仅|只|才|用了|花了|等了|拖了|等待|提前|延长|缩短|推迟|延迟|晚了|早了|"
    r"多|少|第|每|前|近|这|那|最多|最少|至少|不到|不足|了|为|是|有|整整|足足|半个?|[0-9０-９.．])\Z")


def _month_said_before(text: str, start: int) -> bool:
    """Whether a number of a month (3月, 7月15日) stands earlier in the paragraph of `start`."""
    reach = max(0, start - _DAY_MONTH_REACH)
    para = text.rfind("\n\n", reach, start)
    return _DAY_MONTH_SAID_OR_DAY.search(text, para + 2 if para >= 0 else reach, start) is not None


def _opens_clause(text: str, start: int) -> bool:
    """Is `start` the first thing of its clause (after spaces and a list bullet)?"""
    i = start
    while i > 0 and text[i - 1] in " \t\u3000-*+":
        i -= 1
    return i == 0 or text[i - 1] in _CLAUSE_ENDS


def _h_day(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    value = _number(s[:-1])
    start, end = m.span()
    is_date = s.endswith("号") or (
        1 <= value <= 31
        and (_DAY_DATE_BEFORE.search(text, max(0, start - 2), start) is not None
             or text.startswith(_DAY_DATE_AFTER, end)
             or _DAY_WEEKDAY_AFTER.match(text, end) is not None
             or _DAY_TIME_AFTER.match(text, end) is not None
             or _DAY_LISTED.match(text, end) is not None
             or _DAY_LISTED_BEFORE.search(text, max(0, start - 6), start) is not None
             or ((_opens_clause(text, start) or _DAY_CAUSE_BEFORE.search(text, max(0, start - 2), start) is not None
                  or _DAY_SEQUENCE_BEFORE.search(text, max(0, start - 2), start) is not None
                  and _CJK_AFTER.match(text, end) is not None)
                 and _DAY_DURATION_AFTER.match(text, end) is None)
             or _DAY_BRACKET_BEFORE.search(text, max(0, start - 4), start) is not None
             or (text.startswith(_DAY_AFTER_WORDS, end)
                 and _DAY_BEFORE_SAID.search(text, max(0, start - _DAY_SPLIT_REACH), start) is not None)
             or (_DAY_PRONOUN_BEFORE.search(text, max(0, start - 2), start) is not None
                 and _CJK_AFTER.match(text, end) is not None
                 and _DAY_DURATION_AFTER.match(text, end) is None
                 and _DAY_NOT_DONE_AFTER.match(text, end) is None)
             or (_CJK_AFTER.match(text, end) is not None
                 and (_DAY_DURATION_AFTER.match(text, end) is None or _DAY_MORE_BY.match(text, end) is not None)
                 and _DAY_COUNT_BEFORE.search(text, max(0, start - 2), start) is None
                 and _month_said_before(text, start))))
    if is_date:
        _emit(out, text, start, end, value, None, "日", "date")
        return
    end, approximate = _suffix(text, end)
    start, approximate, kind, unit = _prefix(text, start, approximate, "duration", "天")
    _emit(out, text, start, end, value, None, unit, kind, 1.0, approximate)


def _clock(s: str) -> float:
    parts = [int(p) for p in s.translate(_TO_ASCII).split(":")]
    return parts[0] + parts[1] / 60 + (parts[2] / 3600 if len(parts) > 2 else 0)


def _h_time(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group().translate(_TO_ASCII)
    times = re.findall(r"\d{1,2}:\d{2}(?::\d{2})?", s)
    values = [_clock(t) for t in times]
    if any(v >= 24.5 for v in values) or any(int(t.split(":")[1]) >= 60 for t in times):
        # Not a time of day (a ratio such as 3:45 would not get here; 25:99 does).
        _emit(out, text, m.start(), m.end(), values[0], None, "", "plain")
        return
    high = values[1] if len(values) > 1 else None
    _emit(out, text, m.start(), m.end(), values[0], high, "时",
          "period" if high is not None else "date", 1 / 60)


def _h_hour(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    hours = [int(h) for h in re.findall(r"(\d+)点", m.group().translate(_TO_ASCII))]
    if any(h > 24 for h in hours):
        _emit(out, text, m.start(), m.start() + len(str(hours[0])), hours[0], None, "", "plain")
        return
    high = float(hours[1]) if len(hours) > 1 else None
    _emit(out, text, m.start(), m.end(), float(hours[0]), high, "时", "period" if high is not None else "date", 1.0)


def _h_list(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    group = "li" if m["li"] is not None else "sec"
    start, end = m.span(group)
    token = _DATE_NUMBER.search(m[group])
    value = _number(token.group()) if token else 0.0
    _emit(out, text, start, end, value, None, "", "ordinal")


def _h_circled(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    _emit(out, text, m.start(), m.end(), float(_CIRCLED[m.group()]), None, "", "ordinal")


def _h_footnote(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    _emit(out, text, m.start(), m.end(), _number(m.group()[2:-1]), None, "", "ordinal")


def _h_ordinal(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    numbers = _DATE_NUMBER.findall(s)
    value = _number(numbers[0])
    high = _number(numbers[1]) if len(numbers) > 1 else None
    unit = s[s.rfind(numbers[-1]) + len(numbers[-1]):]
    _emit(out, text, m.start(), m.end(), value, high, unit, "ordinal")


def _h_compound(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    if m["ch"] is not None:
        hours, minutes, seconds = _number(m["ch"]), m["chm"], m["chs"] or m["chs2"]
        if seconds is not None:
            value = hours * 3600 + _number(minutes or "0") * 60 + _number(seconds)
            unit = "秒"
        else:
            value, unit = hours * 60 + _number(minutes), "分钟"
    elif m["cd"] is not None:
        hours = _number(m["cd"]) * 24 + _number(m["cdh"])
        if m["cdm"] is not None:
            value, unit = hours * 60 + _number(m["cdm"]), "分钟"
        else:
            value, unit = hours, "小时"
    else:
        value, unit = _number(m["cm"]) * 60 + _number(m["cms"]), "秒"
    end, approximate = _suffix(text, m.end())
    start, approximate, kind, unit = _prefix(text, m.start(), approximate, "duration", unit)
    _emit(out, text, start, end, value, None, unit, kind, 1.0, approximate)


def _h_half(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    unit = "小时" if ("小时" in s or "钟头" in s) else "个月" if "月" in s else "天"
    _emit(out, text, m.start(), m.end(), 0.5, None, unit, "duration", 0.5)


def _h_doubled(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    s = m.group()
    times = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}.get(s[-2], 1)
    # Read to a tenth: 1.73 times is no doubling (翻了一番), 1.96 times is.
    _emit(out, text, m.start(), m.end(), float(2 ** times), None, "倍", "multiple", 0.1)


def _h_halved(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    end, approximate = _suffix(text, m.end())
    approximate = approximate or m.group().startswith("过")  # 过半: more than a half
    start, approximate, kind, unit = _prefix(text, m.start(), approximate, "percent", "%")
    _emit(out, text, start, end, 50.0, None, unit, kind, 1.0, approximate)


def _h_fraction(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    den_text, num_text = m["fden"], m["fnum"]
    den = float(_CN_UNIT[den_text]) if den_text in _CN_UNIT else _number(den_text)
    if num_text == "百":
        num = (100.0, 1.0)  # 百分之百
    else:
        num = _arabic(num_text) if num_text[0] in "0123456789０１２３４５６７８９" else _chinese(num_text)
    if not den or num is None:
        return
    value = num[0] * 100 / den
    precision = num[1] * 100 / den
    if value > 0 and precision > value / 10:
        # 三分之一 is 33.3 %, read to a point: not anything from 17 % to 50 %.
        precision = 10.0 ** math.floor(math.log10(value) - 1)
    if den_text == "百":  # keep 百分之12.5 exactly 12.5
        value, precision = num
    end, approximate = _suffix(text, m.end())
    start, approximate, kind, unit = _prefix(text, m.start(), approximate, "percent", "%")
    _emit(out, text, start, end, value, None, unit, kind, precision, approximate)



def _h_scale(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    sv = m["sv"] or "100"  # 百分制
    parsed = _arabic(sv) if sv[0] in "0123456789０１２３４５６７８９" else _chinese(sv)
    if parsed is None:
        return
    _emit(out, text, m.start(), m.end(), parsed[0], None, SCALE_UNIT, "score", parsed[1])


def _h_slash(text: str, m: re.Match[str], out: list[NumberMention]) -> None:
    value, precision = _arabic(m["sn"])
    high = None
    start, end = m.start(), m.end("sn")
    if m["sn2"] is not None:
        high, p2 = _arabic(m["sn2"])
        if high < value:  # 4.9-4.7/5.0 is two scores, not a range
            _emit(out, text, start, end, value, None, "分", "score", precision)
            start, value, precision, high = m.start("sn2"), high, p2, None
        else:
            precision = max(precision, p2)
        end = m.end("sn2")
    start, approximate, _, _ = _prefix(text, start, False, "score", "分")
    _emit(out, text, start, end, value, high, "分", "score", precision, approximate)
    den_value, den_precision = _arabic(m["sd"])
    _emit(out, text, m.start("sd"), m.end(), den_value, None, SCALE_UNIT, "score", den_precision)


_HANDLERS = {
    "longnum": _h_longnum,
    "date_iso": _h_date_iso,
    "year_range": _h_year_range,
    "date_cn": _h_date_cn,
    "quarter": _h_quarter,
    "quarter_q": _h_quarter,
    "time": _h_time,
    "hour": _h_hour,
    "day": _h_day,
    "list": _h_list,
    "section": _h_list,
    "circled": _h_circled,
    "footnote": _h_footnote,
    "ordinal": _h_ordinal,
    "compound": _h_compound,
    "half": _h_half,
    "fraction": _h_fraction,
    "doubled": _h_doubled,
    "halved": _h_halved,
    "scale": _h_scale,
    "slash": _h_slash,
}


# --------------------------------------------------------------------------------------
# Positions.

class LineIndex:
    """Offset → (line, column), 1-based and counting Unicode characters.

    Line starts are computed once, so each lookup is a binary search; build one per text
    and ask it for as many offsets as needed. Lines end at "\\n" ("\\r\\n" works: the "\\r"
    is the last column of its line).
    """

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        self._length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside the text (length {self._length})")
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset` in `text`; use `LineIndex` for many lookups."""
    return LineIndex(text).line_col(offset)


# --------------------------------------------------------------------------------------
# Values as people type them: one figure, alone, in a facts file or an interview answer.

class UnreadableNumber(ValueError):
    """A typed value that is not one figure; the message says, in Chinese, how to write it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Quantity(NamedTuple):
    """One typed figure: its value, normalised unit (None when none was written) and the
    full marks written with it (4.8分（满分5分）→ scale 5)."""

    value: float
    unit: str | None = None
    scale: float | None = None

    @property
    def kind(self) -> str | None:
        """rate | score | duration | count for a known unit, else None."""
        from cswriter.domain import load_domain

        return load_domain().unit_kind(self.unit) if self.unit else None


_CN_NUMERAL_CHARS = _CN_DIGITS + "十百千万亿"
# 四点八 (4.8) is read only in a typed value: in prose 三点五分 is as often a time of day.
_CN_DECIMAL = regexcache.compile(f"([{_CN_NUMERAL_CHARS}]+)点([{_CN_DIGITS}]+)")
_CN_LEADING = regexcache.compile(f"(?P<cn>[{_CN_NUMERAL_CHARS}]+)(?P<unit>[^0-9{_CN_NUMERAL_CHARS}]{{0,4}})")
_IGNORABLE = frozenset("()[]【】〔〕,，、:：=/")
_MAX_UNIT_CHARS = 4


def _decimal_text(m: re.Match[str]) -> str:
    whole = chinese_numeral(m[1])
    if whole is None:
        return m.group()
    return f"{int(whole)}." + "".join(str(_CN_DIGIT[c]) for c in m[2])


def normalise_unit(word: str) -> str:
    """A unit word as the unit table names it: 秒钟 → 秒, 个小时 → 小时, min → 分钟, ％ → %.
    Words the table does not know come back as written (stripped)."""
    word = word.strip()
    return _UNIT_NAMES.get(word) or _UNIT_NAMES.get(word.lower()) or word


def _unit_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for spec in unit_table():
        if spec["kind"] == "scale":
            continue
        for word in list(spec["written"]) + list(spec.get("aliases") or ()):
            names.setdefault(word, spec["unit"])
    return names


_UNIT_NAMES = _unit_names()


def read_quantity(typed: str | float | int) -> Quantity:
    """Read one typed figure the way every command reads it.

    >>> [tuple(read_quantity(t)) for t in ("12.5万", "两万五", "98.5%", "200秒", "1分30秒")]
    [(125000.0, None, None), (25000.0, None, None), (98.5, '%', None), (200.0, '秒', None), (90.0, '秒', None)]
    >>> tuple(read_quantity("4.8分（满分5分）"))
    (4.8, '分', 5.0)

    Raises `UnreadableNumber` (a ValueError with a Chinese message) when the text is not
    exactly one figure with an optional unit and full marks.
    """
    if isinstance(typed, bool):
        raise UnreadableNumber("这里需要一个数字。")
    if isinstance(typed, (int, float)):
        return Quantity(float(typed))
    original = str(typed).strip()
    s = "".join(unicodedata.normalize("NFKC", original).split())
    if not s:
        raise UnreadableNumber("这里需要一个数字。")
    s = _CN_DECIMAL.sub(_decimal_text, s)
    whole = chinese_numeral(s)
    if whole is not None:  # 十二, 两万五: a bare numeral, which prose would not count
        return Quantity(whole)
    found = find_numbers(s)
    scales = [n for n in found if n.unit == SCALE_UNIT]
    values = [n for n in found if n.unit != SCALE_UNIT]
    if not values:
        if scales:
            raise UnreadableNumber(f"“{original}”只写了满分，还需要分数本身，例如 4.8分（满分5分）。")
        lead = _CN_LEADING.fullmatch(s)
        if lead is not None and (value := chinese_numeral(lead["cn"])) is not None:
            # 一件, 十分: prose reads these as an article or "very", a typed value as a figure.
            return Quantity(value, normalise_unit(lead["unit"]) or None)
        raise UnreadableNumber(f"没看懂“{original}”：应为数字，例如 1200件、12.5万、95.2%、4.8分（满分5分）。")
    if len(values) > 1:
        listed = "、".join(n.text for n in values)
        raise UnreadableNumber(f"“{original}”里有不止一个数（{listed}），这里只需要一个。")
    figure = values[0]
    if figure.kind in NON_METRIC_KINDS:
        raise UnreadableNumber(f"“{original}”是日期或序号，这里需要一个数量，例如 1200件、95.2%。")
    if figure.high is not None:
        raise UnreadableNumber(f"“{original}”是一个范围，请只写一个数，例如 {_plain(figure.value)}。")
    unit = "%" if figure.kind == "points" else figure.unit
    covered = [(n.start, n.end) for n in found]
    rest = "".join(ch for i, ch in enumerate(s)
                   if not any(a <= i < b for a, b in covered) and ch not in _IGNORABLE)
    if rest:
        tail = s[figure.end:]
        if unit or not tail.startswith(rest) or len(rest) > _MAX_UNIT_CHARS:
            raise UnreadableNumber(
                f"没看懂“{original}”里的“{rest}”：请只写一个数字和单位，例如 1200件、95.2%。")
        unit = normalise_unit(rest)  # a measure word the table does not know: 台次, 单据
    return Quantity(figure.value, unit or None, scales[0].value if scales else None)


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def has_figure(text: str | None) -> bool:
    """True when the text states an amount, exactly as lint counts one (72小时, 47条,
    百分之八十, 两倍): dates, periods and ordinals such as 第一名 are no amount."""
    return bool(text) and any(n.kind not in NON_METRIC_KINDS for n in find_numbers(text))
