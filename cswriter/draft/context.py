"""What each section is written from: its own facts and figures, nothing more.

A section's prompt carries only the facts and derived figures that section uses (the outline
decides which), so prompts stay small and a change to one case re-drafts only the section
that uses it. For a model that is not local, every string from the facts is masked for
personal data (`cswriter.text.privacy.redact`) before it goes into a prompt.
"""

from __future__ import annotations

from typing import Any

from cswriter.domain import load_domain, that_day
from cswriter.draft.models import (
    ContextFact,
    ContextFigure,
    ReportInfo,
    SectionContext,
    SectionInfo,
)
from cswriter.facts.model import Facts
from cswriter.figures.compute import Figure, Figures
from cswriter.figures.directions import figure_display, figure_phrase
from cswriter.outline import (
    ITEMISED_LISTS,
    Outline,
    OutlineSection,
    chinese_ordinal,
    figure_item,
)
from cswriter.prompting import fence_safe, one_line

# The facts fields each section is written from (the offline writer's input). Kept next to
# the context builder because it is about drafting, not about the facts model.
_SECTION_DATA: dict[str, tuple[str, ...]] = {
    # (a project's overview says how many of its goals were reached: review 10, E)
    "overview": ("report", "project", "metrics"),
    # The metrics see the teamwork and work items, which may be what moved a metric.
    # (…and the monthly rows: a long report's trend over its months, review 16, class 4)
    # (…and the training and categories: a weekly tells its work, teamwork and training lines in
    # its first block, report_types.yaml `folds`)
    "metrics": ("report", "metrics", "highlights", "project", "problems", "plans", "complaints",
                "teamwork", "work", "cases", "monthly", "training", "categories"),
    "work": ("work", "report", "project", "metrics"),
    # (…and the work lines: the team's staffing among them, 全年离职1人、新进1人, is told there —
    # reviews 131 and 133)
    "team": ("report", "metrics", "training", "work"),
    # The shares see the problems, to point out the category one is about.
    "feedback": ("categories", "feedback", "problems", "metrics"),
    # …and the cases and reflections: a share they state is not given a second figure.
    "complaints": ("complaints", "problems", "metrics", "cases", "reflections"),
    # Cases see the reflections, teamwork and plans (a lesson case says what it taught and
    # what changed); teamwork and reflections see the cases and problems, so that the same
    # fact is told once.
    # (…and the author's duties and work: a member's project tells the project's actions as
    # the project's, and owns a cause in her own work: round 14, D)
    "cases": ("cases", "reflections", "teamwork", "plans", "report", "work", "problems"),
    # (…and the metrics: an item that ends on a metric's figure is told as its driver:
    # review 16, class 2)
    "teamwork": ("teamwork", "cases", "metrics"),
    # (the categories: what a training line served, review 20 class 3)
    "training": ("training", "plans", "categories"),
    # Problems see the complaints, cases and plans (the largest complaint type no problem is
    # about is taken up there) and a project's reflections (its lessons: review 10, C).
    "problems": ("problems", "project", "metrics", "monthly", "complaints", "cases", "plans", "reflections",
                 "report", "work", "teamwork"),
    # Plans see the cases (a plan a lesson led to names it) and the period (下周 or later).
    # (…and the training: a contribution a plan carries on is told as its base, review 25)
    # (…and the member table: a plan on one of its people starts from her own row — review 148)
    "plans": ("plans", "metrics", "report", "cases", "reflections", "teamwork", "work", "problems",
              "training", "monthly"),
    "reflections": ("reflections", "project", "cases", "problems"),
    # (…and the report's period: a table of part of it is titled and noted: review 17, class 4)
    "attachments": ("monthly", "attachments", "report"),
}
# Every section may close the report, so every one can see the closing thanks.
_EVERY_SECTION = ("thanks",)
_COMPARE_WORDS = {"target": "目标值", "annual_target": "全年目标值"}


def report_info(facts: Facts, outline: Outline) -> ReportInfo:
    r = facts.report
    rtype = load_domain().report_types[r.type]
    # Every string the user wrote is made fence-safe and kept on one line: these fields
    # go into the prompt inside the data fence (see prompts/_section.j2).
    return ReportInfo(
        title=one_line(outline.title), type=r.type, type_title=outline.type_title,
        period=one_line(outline.period), period_word=rtype.period_word_for(r.period.start),
        previous_word=facts.previous_word, author=one_line(r.author),
        role=one_line(r.role), team=one_line(r.team), company=one_line(r.company),
        personal=load_domain().role_of(r.role, r.level).personal,
        skeleton=[s.id for s in outline.sections],
        drafted=[s.id for s in outline.sections if s.status == "ready"],
    )


def context_figure(figure: Figure, previous_word: str) -> ContextFigure:
    return ContextFigure(
        id=figure.id, label=figure.label, kind=figure.kind, text=figure.text,
        display=figure_display(figure), phrase=figure_phrase(figure, previous_word),
        formula=figure.formula, derived=figure.formula != "事实", metric=figure.metric,
        direction=figure.direction, assessment=figure.assessment,
        metric_kind=figure.metric_kind, better=figure.better,
    )


def section_figures_for_context(facts: Facts, figures: Figures, section_id: str) -> list[Figure]:
    """Every figure the section may state: its own, stated and derived.

    The overview also states the total workload, which the figures file under metrics.
    Monthly table cells are left to the table itself; the prose cites totals and means.
    """
    chosen = [f for f in figures.for_section(section_id)
              if not (section_id == "attachments" and f.kind == "table")]
    if section_id == "team":
        # A lead's team metrics (培训覆盖率, 离职率 …) are filed under metrics.
        team = {m.name for m in facts.metrics if m.spec is not None and m.spec.group == "team"}
        chosen += [f for f in figures.for_section("metrics") if f.metric in team]
    if section_id in ("plans", "problems"):
        # Where a plan starts from, or how far a missed target was: the metric's own figures.
        named = {p.metric for p in facts.plans if p.metric} | {p.metric for p in facts.problems if p.metric}
        # (…and a slogan plan's, 抓一下满意度: the writer aims it at the metric's target)
        if section_id == "plans":
            from cswriter.check import slogan_metric

            named |= {m.name for m in (slogan_metric(facts, p) for p in facts.plans)
                      if m not in (None, False)}
        # The problems see every metric's table figures: their evidence cites what the table
        # does not already hold (review 7, C1).
        if section_id == "problems":
            named |= {m.name for m in facts.metrics}
        # (…the problems its change on the previous period too: evidence that restates it,
        # 比去年41.0小时缩短了25.6%, is table the results told — blind round 22, review 113)
        kinds = ("value", "target", "gap", "annual_target") + (
            ("previous", "change", "change_percent") if section_id == "problems" else ())
        chosen += [f for f in figures.for_section("metrics") if f.metric in named and f.kind in kinds]
        if section_id == "problems":
            # (…and whether a count is on pace with the time gone by: a year to 11月30日 judged against the year's
            # target is no miss there either — review 181)
            chosen += [f for f in figures.for_section("metrics")
                       if f.id == "report.period_elapsed" or f.metric in named and f.id.endswith(".attainment")]
    if section_id == "problems" and any(m.name and "投诉" in m.name for m in facts.metrics):
        # A complaint metric's miss with no cause says which type held most of the complaints
        # (review 111): the types' shares as computed once, with the complaints'.
        chosen += [f for f in figures.for_section("complaints")
                   if f.id.startswith("complaints.types.") and f.id.endswith(".share")]
    if section_id == "plans":
        # A plan on a question category's share (尺码与材质咨询占比) starts from that share.
        shares = {f"categories.{c.name}.share" for c in facts.categories
                  for p in facts.plans if p.metric and p.metric.startswith(c.name)}
        chosen += [f for f in figures.for_section("feedback") if f.id in shares]
    if section_id == "metrics":
        # The verdict names a notable rise in complaints, which have no target to miss.
        chosen += [f for f in figures.for_section("complaints")
                   if f.id in ("complaints.total", "complaints.previous", "complaints.change_percent")
                   or f.id.startswith("complaints.types.") and f.id.endswith(".count")]
    if section_id == "complaints":
        # Complaints that rose less than the workload are said per workload, both periods
        # (0.28% → 0.25%): the workload's own counts and change (review 23, H: the verdict
        # no longer carries the complaints).
        chosen += [f for f in figures.for_section("metrics") if f.metric_kind == "count"
                   and f.kind in ("value", "previous", "change_percent")]
    if section_id == "overview":
        # (…or a workload under a name the data does not know, 服务总量: the metrics prose
        # leaves the level to the overview — blind round 16, review 94)
        volume = facts.metric("volume") or facts.workload()
        # A volume smaller than one question category's count is a part of the work, not
        # its whole: 本月我共接听售后来电212通 headed a month of 1,562 order calls (blind
        # round 11, review 71). The categories then tell the work.
        counts = [c.count for c in facts.categories if c.count is not None]
        if volume is not None and isinstance(volume.value, (int, float)) and counts \
                and volume.value < max(counts):
            volume = None
        if volume is not None:
            extra = figures.get(f"{volume.name}.value")
            if extra is not None:
                chosen.insert(0, extra)
            # (…beside its peers' average, with no previous period: review 140)
            chosen += [f for f in (figures.get(f"{volume.name}.peer"), figures.get(f"{volume.name}.peer_share"))
                       if f is not None]
            # (…and its change on the previous period, the period's news when it swung: review 150)
            from cswriter.figures.directions import change_measures

            chosen += [f for f in (figures.get(f"{volume.name}.{suffix}") for suffix in change_measures(volume.kind))
                       if f is not None]
    return chosen


def _first_clause(text: str) -> str:
    """12月2日起本地流感高发 of 12月2日起本地流感高发，感冒、退烧类用药咨询明显增多."""
    import re

    return re.split(r"[，,；;]", text, maxsplit=1)[0]


def _same_day(event: str, peak: str) -> bool:
    """Does the peak's sentence open on the event's day (11月15日… and 15日—21日…; 7月16日… and
    7月16日—18日…)? A peak of another month is no event's."""
    import re

    day = re.match(r"(\d{1,2})月(\d{1,2})[日号]", event)
    found = re.match(r"(?:(\d{1,2})月)?(\d{1,2})[日号]", peak)
    return bool(day and found) and found.group(2) == day.group(2) and found.group(1) in (None, day.group(1))


def workload_peak(facts: Facts, metric: Any) -> str | None:
    """The sentence of the workload's note that tells its peak month in a report of several months
    (6月电池召回当月来电41860通，比5月(20150通)多一倍还多), up to its first semicolon or 其中 — or, in a
    report of any length, the day of an event it counts on its own (11月18日…当天我接待241件) or its
    busiest day (最忙是12月2日（周三），一天接待893个会话) — when no
    problem or case tells that count; None otherwise. Review 147: all four reviewers missed
    the month that made a year's volume and its misses."""
    import re

    from cswriter.domain import load_yaml_resource, taken_out_words
    from cswriter.facts.coverage import case_text

    peak_words = "|".join(map(re.escape, load_yaml_resource("written.yaml").get("peak_words") or ())) or "$^"
    period = facts.report.period
    unit = metric.unit or ""
    if not unit or not metric.note:
        return None
    months = (period.start.year, period.start.month) != (period.end.year, period.end.month)
    elsewhere = " ".join([p.evidence or "" for p in facts.problems]
                         + [case_text(k.model_dump()) for k in facts.cases]).replace(",", "")
    counted = re.compile(rf"(\d[\d,]*)个?{re.escape(unit)}")
    # (…a day of the month alone too, in a report within one month: 14号到16号三天是派件最高峰 — review 184)
    within = (period.start.year, period.start.month) == (period.end.year, period.end.month) or facts.report.type == "weekly"
    dated_day = re.compile(r"\d{1,2}月\d{1,2}[日号]" + (r"|\d{1,2}[日号]" if within else ""))
    # (…and the other days' mean the note gives after the peak, ；其余27天日均1164通 / ，其他6天平均每天162件: the
    # peak's measure — review 184, all four reviewers missed the fog days, the release day and the peak days)
    rest_words = load_yaml_resource("written.yaml").get("peak_rest_mean") or {}
    rest_mean = re.compile(rf"(?:{'|'.join(map(re.escape, rest_words.get('leads') or ['$^']))})[\d一二两三四五六七八九十]+天"
                           rf"[^，,；;。]{{0,8}}?(?:{'|'.join(map(re.escape, rest_words.get('means') or ['$^']))})"
                           rf"\d[\d,]*(?:\.\d+)?个?{re.escape(unit)}")

    def told_elsewhere(found: re.Match[str]) -> bool:
        return bool(re.search(rf"(?<![\d.]){found.group(1).replace(',', '')}(?![\d.])", elsewhere))

    def event_alone(text: str) -> bool:   # (a short sentence of an event, with no count of its own)
        return len(text) <= 48 and not counted.search(text)

    # (…or a count said against the other days' or months' mean, 比11月30日—12月1日日均427高40.9%, 比7—10月月均…多58.5%:
    # written.yaml `peak_against` — blind round 42, review 178: a flu wave's days and Black Friday's month)
    against = load_yaml_resource("written.yaml").get("peak_against") or "$^"

    def peaked(text: str) -> bool:
        return bool(re.search(peak_words, text) or re.search(against, text) or rest_mean.search(text))

    def with_rest(said: str, sentence: str) -> str:   # (the other days' mean right after the peak, when the note gives it)
        found = rest_mean.search(sentence)
        return said if not found or found.group(0) in said or sentence.find(found.group(0)) < len(said) - 1 \
            else said + ("；" if re.search(r"[；;]\s*" + re.escape(found.group(0)), sentence) else "，") + found.group(0)

    taken_out = taken_out_words()
    before = opened = ""
    sentences = metric.note.split("。")
    for at, sentence in enumerate(sentences):
        said = re.split(r"[；;]|[，,]\s*其中", sentence.strip())[0].strip("，, ")
        count = counted.search(said)
        # (…or an event of a few days that opens its sentence with those days' count, when the next sentence
        # takes them out and gives the period's change without them, 8月14日…爆管，…14日、15日两天来电6840通。不算这
        # 两天，本季度来电51580通，比二季度…增长3.4%: the event, its count and the like-for-like change — blind
        # round 42, review 178: all four reviewers read +17.1 % with no word of the burst)
        following = sentences[at + 1].strip() if at + 1 < len(sentences) else ""
        like = re.match(rf"(?:{taken_out})(?:掉)?这[两三四五六七八九十\d]+天[^；;]*?(?:增长|减少|下降|上升|增加)\d+(?:\.\d+)?%",
                        following)
        if count and dated_day.match(said) and like and not re.search(peak_words, sentence) \
                and len(sentence) + len(like.group(0)) <= 160 and not told_elsewhere(count):
            return re.sub(r"(?<=[，；。、])\s+", "", sentence.strip().strip("，, ")) + "；" + like.group(0)
        # (…or the day of an event that the note counts on its own, 11月18日…支付系统故障，…当天我接待
        # 241件（平常一天70多件）, in a report of any length: blind round 37, all four reviewers
        # missed the month's fault day; blind round 36's fibre-cut day)
        # (…told over two sentences, 12月2日…推送固件后，…开不了门。我当天一天接了412个会话: the day's
        # sentence, then its count — blind round 38's lock-out day)
        dated, before = before, said
        if re.match(rf"(?:我们?|团队|全组|全班)?(?:{that_day()})", said) and dated_day.match(dated):
            said = f"{dated}，{said}"
        # (…or the peak that followed a dated event the sentence before tells alone, 11月15日零时正式供热。
        # 15日—21日一周来电21875通，占全月的56.6%: the event, then its peak — review 156, three reviewers)
        # (…with the event's own figures, 7月16日凌晨城东主干光缆被…挖断，约3.2万户宽带中断，38小时后全部恢复: review
        # 163, all four reviewers read 7.7倍 with no word of the cut; the figures are the note's own)
        elif count and peaked(said) and dated_day.match(dated) and event_alone(dated) \
                and _same_day(dated, said):
            said = f"{dated}，{said}"
            count = counted.search(said)
        # (…or an event of several days that opens its sentence, with the peak it made after its
        # semicolon, 9月12日台风登陆，…9月12日—18日7天受理报案2316件，日均331件；…台风这一周的日均是平时的3.7倍:
        # review 163, all four reviewers missed the typhoon)
        # (…in a report of any length: 11月20日晚推送了OTA升级，20、21、22日三天我接了…；…那三天是平时的2.3倍 in a
        # month — review 178)
        elif count and dated_day.match(said) and not peaked(said) \
                and peaked(sentence) and len(sentence) <= 120:
            said = re.sub(r"(?<=[，；。、])\s+", "", sentence.strip().strip("，, "))
            # (…after the event the sentence before tells on the same day, 12月4日…冷链仓制冷机组夜间故障，…:
            # review 163, the week's count told with no word of the failure)
            on = dated_day.match(said).group()
            if dated.startswith(on) and event_alone(dated):
                said = f"{dated}，当天{said[len(on):]}"
        day = re.search(rf"(?:{that_day()})[^，,；;。]*?(\d[\d,]*)个?{re.escape(unit)}(?:（[^（）]*）)?"
                        rf"(?:[，,]{rest_mean.pattern})?", said) if dated_day.match(said) else None
        # (…or the busiest day of a period of any length, 最忙是12月2日（周三），一天接待893个会话: blind
        # round 37, review 155 — the flu week's peak day left in the note)
        # (the day before its count: 比上周多723件…，10月2号、3号两天最忙 is the week's change)
        busiest = bool(count and peaked(said)
                       and dated_day.search(said[:count.start()]))
        if day:
            said, count = said[:day.end()], day
        elif not (months and re.match(r"\d{1,2}月(?!\d{1,2}[日号])", said) and count and peaked(said)) \
                and not busiest:
            if dated_day.match(said) and event_alone(said):
                opened = said   # (an event told alone, whose peak a later sentence may count)
            continue
        # (…after the event an earlier sentence tells alone on the span's first day, 12月2日起本地流感高发。按天：…。
        # 12月2日—6日共3008个会话…: its first clause — review 178, the flu wave left out of the week)
        if opened and opened not in said and _same_day(opened, said):
            said = _first_clause(opened) + "，" + said
        if told_elsewhere(count):
            return None
        # (never cut inside brackets: 11日当天是上周全周（712次 — review 184's first read of a bare day)
        if said.count("（") != said.count("）") or said.count("(") != said.count(")"):
            return None
        said = with_rest(said, sentence)
        # (…with a second peak of the same kind after its semicolon, 春节…是全年日均的2.8倍；国庆中秋…是全年
        # 日均的2.5倍: both — review 162, the October peak of the table left without its holiday)
        parts = re.split(r"[；;]", sentence.strip())
        words = set(re.findall(peak_words, said))
        if len(parts) > 1 and parts[0].strip("，, ") == said and words:
            second = parts[1].strip("，, ")
            more = counted.search(second)
            if more and words & set(re.findall(peak_words, second)) and not told_elsewhere(more):
                said += "；" + second
        return said
    return None


def section_data(facts: Facts, section_id: str, leave_out: set[str] = frozenset()) -> dict[str, Any]:
    """The facts a section is written from, as plain data.

    Each metric, case, problem and plan carries its `field` (plans[2]), so its figures can be
    found after the items in `leave_out` (incomplete ones, listed as 需补充 instead) are dropped.
    """
    fields = set(_SECTION_DATA.get(section_id, ())) | set(_EVERY_SECTION)
    data = facts.model_dump(mode="json", include=fields, exclude_none=True)
    if "metrics" in fields:
        # The offline writer needs each metric's kind and direction, which are derived.
        for item, metric in zip(data.get("metrics", []), facts.metrics):
            item["kind"] = metric.kind
            item["better"] = metric.better
            # (a count judged against its target by its ending, 保养预约量, that is the period's
            # workload is told as the workload: its level in the overview, not among the service
            # metrics' verdicts — blind round 21)
            item["group"] = metric.spec.group if metric.spec is not None else \
                "workload" if metric.counted_to_target and metric is facts.workload() else "other"
            if metric.target_is_forecast:
                item["forecast"] = True   # its target is a forecast, no goal (metrics.yaml)
            if metric.target_change is not None:
                # (read from the note once, by the model: when, the earlier target, each half's level)
                item["target_changed"] = {"when": metric.target_change[1], "earlier": metric.target_change[0],
                                          "halves": list((metric.target_halves or ())[:2]),
                                          "parts": list((metric.target_halves or ())[2:])}
            if metric.counting_change is not None:
                item["counting_changed"] = metric.counting_change[0]   # (when; metrics.yaml)
            if metric.corrected is not None:
                item["corrected"] = metric.corrected   # (its level corrected after a first count)
            if (outage := facts.outage_of(metric)) is not None:
                item["outage"] = outage[0]   # (the outage its level is given without)
                if (day := facts.event_day_level(metric)) is not None:
                    item["event_level"] = day   # (…and the event day's own level: review 144)
            elif (apart := facts.level_without_month(metric)) is not None:
                item["month_apart"] = apart[0]   # (the month that made its miss: review 143)
            if metric.not_own_part is not None:
                # (what part of the count is others' work, and how much: metrics.yaml `not_own`)
                item["not_own"] = {"what": metric.not_own_part[0], "count": metric.not_own_part[1],
                                   "unit": metric.not_own_part[2]}
            if (moved := facts.first_last_months(metric)) is not None:
                item["first_last"] = list(moved)   # (its first and last month's levels: review 147)
            if metric is facts.workload() and (peak := workload_peak(facts, metric)) is not None:
                item["peak"] = peak   # (its note's peak month, told nowhere else: review 147)
            item.pop("declared_better", None)
    for name in ITEMISED_LISTS:
        if name in data:
            items = [{**item, "field": f"{name}[{i}]"} for i, item in enumerate(data[name])]
            data[name] = [item for item in items if item["field"] not in leave_out]
    return data


def build_section_context(
    facts: Facts, outline: Outline, section: OutlineSection, figures: Figures, *,
    number: int, instruction: str = "",
) -> SectionContext:
    """The context of one section, from the outline's choice of facts and the figures."""
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    compare = [_COMPARE_WORDS.get(k, f"{facts.previous_word}值") for k in rtype.compare]
    leave_out = {gap.field for gap in section.incomplete if gap.left_out}
    written = [s.id for s in outline.sections if s.status == "ready"]
    prose = [sid for sid in written if sid != "attachments"]
    return SectionContext(
        report=report_info(facts, outline),
        section=SectionInfo(id=section.id, title=section.title, purpose=section.purpose,
                            importance=section.importance, number=chinese_ordinal(number),
                            opening=bool(written) and written[0] == section.id,
                            closing=bool(prose) and prose[-1] == section.id),
        facts=[ContextFact(field=f.field, label=fence_safe(f.label), text=fence_safe(f.text))
               for f in section.facts],
        figures=[context_figure(f, facts.previous_word)
                 for f in section_figures_for_context(facts, figures, section.id)
                 if figure_item(facts, f) not in leave_out],
        data=_map_strings(section_data(facts, section.id, leave_out), fence_safe),
        compare=compare if section.id == "metrics" else [],
        instruction=fence_safe(instruction),
    )


def redact_context(context: SectionContext) -> SectionContext:
    """The context with personal data masked in every string that came from the user.

    Applied before any prompt is rendered for a backend that is not local, so neither the
    messages nor the request's metadata carry a phone number, ID or card number or e-mail.
    """
    from cswriter.text.privacy import redact

    data = context.model_dump(mode="json")
    # Figures are numbers computed by code; their labels come from metric names, masked too.
    return SectionContext.model_validate(_map_strings(data, redact))


def _map_strings(value: Any, func) -> Any:
    if isinstance(value, str):
        return func(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, func) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, func) for v in value]
    return value
