"""The rule catalogue: YAML files under `cswriter/data/lint/`, validated and cached.

A domain expert edits the YAML (words, exemptions, messages, sources, examples); the code
only knows rule *kinds*. Parsing YAML costs more than the rest of a cold `cswriter lint`
(ruamel alone takes ~30 ms to import), so the validated catalogue is cached as JSON
(`cswriter.datacache`), keyed by the data files' names, sizes and modification times. A
stale or unreadable cache is simply rebuilt.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cswriter import regexcache
from cswriter.errors import InputError

Severity = Literal["error", "warning", "info"]
Backing = Literal["none", "clause", "sentence"]
RuleKind = Literal[
    "lexicon", "pattern", "change_needs_amount", "comparison_needs_baseline",
    "plan_needs_target_or_date", "level_needs_start", "halfwidth_punctuation", "sentence_length",
    "figure_untraced", "percent_points", "parts_total", "share_over_100", "pii", "sentence_kind",
]

_CODE = re.compile(r"CS[1-6]\d\d")
_CHINESE = "\u4e00-\u9fff，。、；：“”（）《》"


@functools.cache
def _space_in_chinese() -> re.Pattern[str]:
    # Only `cswriter rules` needs it; its character classes cost ~5 ms to compile.
    return regexcache.compile(f"(?<=[{_CHINESE}])[ \n]+(?=[{_CHINESE}])")

# Plain dataclasses, so that a cold `cswriter lint` reading the cached catalogue does not
# import pydantic. The YAML is validated against these same classes with a pydantic
# TypeAdapter when the cache is rebuilt (types, unknown keys); the checks types cannot
# express are in `__post_init__`.
_FORBID_EXTRA = {"extra": "forbid"}


@dataclass
class WordSpec:
    """One flagged word or phrase; `exempt` lists longer strings in which it is fine.

    `exempt_after` / `exempt_before` are regular expressions for the word's other senses,
    told by what stands right after or right before it: 长期 before a noun is an attribute
    (长期合作关系), 深度 at the end of a clause is a noun (影响服务深度), 经常 before 会 is
    habitual (工作中经常会遇到). The word is fine where one of them matches.
    """

    __pydantic_config__ = _FORBID_EXTRA

    word: str
    exempt: list[str] = field(default_factory=list)
    exempt_after: str | None = None
    exempt_before: str | None = None
    backed_by: Backing | None = None
    replacement: str | None = None
    suggestion: str | None = None

    def __post_init__(self) -> None:
        if not self.word:
            raise ValueError("词语不能为空")
        for ctx in self.exempt:
            if self.word not in ctx:
                raise ValueError(f"豁免语境“{ctx}”中不含“{self.word}”")
        for pattern in (self.exempt_after, self.exempt_before):
            if pattern is not None:
                try:
                    # Through the program cache: this runs for every word each time the
                    # catalogue is read, and the lexicon compiles the same pattern anyway.
                    regexcache.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"词义豁免的正则表达式“{pattern}”有误：{exc}") from None


@dataclass
class RuleExamples:
    __pydantic_config__ = _FORBID_EXTRA

    bad: list[str]
    good: list[str]

    def __post_init__(self) -> None:
        if not self.bad or not self.good:
            raise ValueError("正确和错误示例各至少一条")


@dataclass
class RuleSpec:
    """A rule as written in the catalogue."""

    __pydantic_config__ = _FORBID_EXTRA

    code: str
    name: str
    kind: RuleKind
    severity: Severity
    title: str
    message: str
    rationale: str
    sources: list[str]
    examples: RuleExamples
    suggestion: str | None = None
    words: list[WordSpec] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    backed_by: Backing = "none"
    params: dict[str, Any] = field(default_factory=dict)
    fixable: bool = False
    # For the example tests only: settings (CS504's reject list) and facts (CS401) that
    # the examples need to be meaningful.
    example_config: dict[str, Any] | None = None
    example_facts: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if not _CODE.fullmatch(self.code):
            raise ValueError(f"规则编号“{self.code}”应形如 CS101")
        if not self.sources:
            raise ValueError("至少注明一个来源")

    @property
    def family(self) -> str:
        return self.code[:3]

    def render_message(self, match: str) -> str:
        # Quotation marks inside a quoted match become the inner ones (以“…”为目标 is shown
        # as “以‘…’为目标”), so the message quotes it once.
        if "“" in match or "”" in match:
            match = match.replace("“", "‘").replace("”", "’")
        return self.message.replace("{match}", match)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RuleSpec:
        """From already-validated data (the cache)."""
        return cls(**{**data, "words": [WordSpec(**w) for w in data.get("words", [])],
                      "examples": RuleExamples(**data["examples"])})


@dataclass
class Catalogue:
    rules: list[RuleSpec]
    vocab: dict[str, list[str]] = field(default_factory=dict)
    citations: dict[str, str] = field(default_factory=dict)
    # Sentence kinds (sentences.yaml `kinds:`): name -> {title, severity, examples}.
    kinds: dict[str, dict[str, Any]] = field(default_factory=dict)

    def kind_severity(self, kind: str, code: str) -> str | None:
        """How wording rule `code` (CS101) treats a sentence of `kind`: "skip", a severity
        it is reported at most at, or None (as in a claim). The rule's own entry wins over
        its family's (CS1)."""
        spec = self.kinds.get(kind)
        if spec is None:
            return None
        levels = spec.get("severity", {})
        return levels.get(code, levels.get(code[:3]))

    def cite(self, source: str) -> str:
        """A rule's source as a user can follow it: the published page or the rule, not the
        id of a project note (sources.yaml)."""
        best = max((key for key in self.citations if source == key or source.startswith(key + " ")),
                   key=len, default=None)
        if best is None:
            return source
        rest = source[len(best):].strip()
        return self.citations[best] + (f"，{rest}" if rest else "")

    def readable(self, text: str) -> str:
        """A rationale with the project notes' ids replaced by what they cite."""
        for key, citation in self.citations.items():
            if key.startswith("seeds/") and key in text:
                text = text.replace(key, citation)
        text = text.replace("DOMAIN.md", "cswriter 写作规范").replace("STYLE.md", "cswriter 写作规范")
        # A folded YAML line break between Chinese characters is not a space.
        return _space_in_chinese().sub("", text)

    def rule(self, code: str) -> RuleSpec | None:
        for r in self.rules:
            if r.code == code.upper():
                return r
        return None


def _data_dir() -> Path:
    from cswriter.datacache import data_path

    return data_path("lint")


def _data_files() -> list[Path]:
    return sorted(p for p in _data_dir().iterdir() if p.suffix in (".yaml", ".yml"))


@functools.cache
def load_catalogue() -> Catalogue:
    """Every rule in the data files, validated; duplicate codes are a packaging bug."""
    from cswriter.datacache import cached_json

    files = _data_files()
    data = cached_json("lint-rules", files, lambda: _plain(dataclasses.asdict(_parse(files))))
    return Catalogue(rules=[RuleSpec.from_dict(r) for r in data["rules"]], vocab=data["vocab"],
                     citations=data.get("citations", {}), kinds=data.get("kinds", {}))


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    # Example facts may hold YAML dates; as ISO strings they load the same and cache as JSON.
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def _word_shorthand(raw: Any) -> Any:
    # A bare string is the common case; a mapping adds exemptions or a replacement.
    if isinstance(raw, dict) and isinstance(raw.get("words"), list):
        return {**raw, "words": [{"word": w} if isinstance(w, str) else w for w in raw["words"]]}
    return raw


def _parse(files: list[Path]) -> Catalogue:
    from pydantic import TypeAdapter, ValidationError
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=False)
    adapter = TypeAdapter(RuleSpec)
    rules: list[RuleSpec] = []
    vocab: dict[str, list[str]] = {}
    citations: dict[str, str] = {}
    kinds: dict[str, dict[str, Any]] = {}
    for path in files:
        doc = yaml.load(path.read_text(encoding="utf-8")) or {}
        for key, words in (doc.get("vocab") or {}).items():
            vocab[str(key)] = [str(w) for w in words]
        for key, text in (doc.get("citations") or {}).items():
            citations[str(key)] = str(text)
        for name, spec in (doc.get("kinds") or {}).items():
            kinds[str(name)] = _kind_spec(path, str(name), spec)
        for raw in doc.get("rules") or []:
            try:
                rules.append(adapter.validate_python(_word_shorthand(raw)))
            except ValidationError as exc:
                code = raw.get("code", "?") if isinstance(raw, dict) else "?"
                raise InputError(f"规则文件 {path.name} 中的 {code} 有误：{exc}") from None
    codes = [r.code for r in rules]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise InputError(f"规则编号重复：{', '.join(dupes)}")
    rules.sort(key=lambda r: r.code)
    return Catalogue(rules=rules, vocab=vocab, citations=citations, kinds=kinds)


_KIND_SEVERITIES = ("skip", "info", "warning", "error")


def _kind_spec(path: Path, name: str, spec: Any) -> dict[str, Any]:
    if not isinstance(spec, dict) or not isinstance(spec.get("title"), str):
        raise InputError(f"规则文件 {path.name} 中的句子类型“{name}”缺少标题")
    severity = spec.get("severity") or {}
    for family, level in severity.items():
        if not re.fullmatch(r"CS[123](?:\d\d)?", str(family)) or level not in _KIND_SEVERITIES:
            raise InputError(f"规则文件 {path.name} 中句子类型“{name}”的级别“{family}: {level}”有误")
    examples = spec.get("examples") or {}
    return {"title": spec["title"], "severity": dict(severity),
            "examples": {"is": [str(x) for x in examples.get("is", [])],
                         "is_not": [str(x) for x in examples.get("is_not", [])]}}


def vocab(name: str) -> list[str]:
    """A shared word list from the catalogue (`vocab:` in the data files)."""
    try:
        return load_catalogue().vocab[name]
    except KeyError:
        raise KeyError(f"lint vocabulary {name!r} is not defined in cswriter/data/lint") from None
