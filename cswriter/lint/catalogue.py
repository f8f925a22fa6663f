"""The rule catalogue: YAML files under `cswriter/data/lint/`, validated and cached.

A domain expert edits the YAML (words, exemptions, messages, sources, examples); the code
only knows rule *kinds*. Parsing YAML costs more than the rest of a cold `cswriter lint`
(ruamel alone takes ~30 ms to import), so the validated catalogue is cached as JSON in the
user cache directory, keyed by the data files' names, sizes and modification times. A stale
or unreadable cache is simply rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cswriter import __version__
from cswriter.errors import InputError

Severity = Literal["error", "warning", "info"]
Backing = Literal["none", "clause", "sentence"]
RuleKind = Literal[
    "lexicon", "pattern", "change_needs_amount", "comparison_needs_baseline",
    "plan_needs_target_or_date", "halfwidth_punctuation", "sentence_length",
    "figure_untraced", "percent_points", "parts_total", "share_over_100", "pii",
]

_CACHE_FORMAT = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WordSpec(_Strict):
    """One flagged word or phrase; `exempt` lists longer strings in which it is fine."""

    word: str = Field(min_length=1)
    exempt: list[str] = []
    backed_by: Backing | None = None
    replacement: str | None = None
    suggestion: str | None = None

    @field_validator("exempt")
    @classmethod
    def _contains_word(cls, value: list[str], info: Any) -> list[str]:
        word = info.data.get("word", "")
        for ctx in value:
            if word and word not in ctx:
                raise ValueError(f"豁免语境“{ctx}”中不含“{word}”")
        return value


class RuleExamples(_Strict):
    bad: list[str] = Field(min_length=1)
    good: list[str] = Field(min_length=1)


class RuleSpec(_Strict):
    """A rule as written in the catalogue."""

    code: str = Field(pattern=r"^CS[1-6]\d\d$")
    name: str
    kind: RuleKind
    severity: Severity
    title: str
    message: str
    suggestion: str | None = None
    rationale: str
    sources: list[str] = Field(min_length=1)
    words: list[WordSpec] = []
    patterns: list[str] = []
    backed_by: Backing = "none"
    params: dict[str, Any] = {}
    fixable: bool = False
    examples: RuleExamples
    # For the example tests only: settings (CS504's reject list) and facts (CS401) that
    # the examples need to be meaningful.
    example_config: dict[str, Any] | None = None
    example_facts: dict[str, Any] | None = None

    @field_validator("words", mode="before")
    @classmethod
    def _word_shorthand(cls, value: Any) -> Any:
        # A bare string is the common case; a mapping adds exemptions or a replacement.
        if isinstance(value, list):
            return [{"word": v} if isinstance(v, str) else v for v in value]
        return value

    @property
    def family(self) -> str:
        return self.code[:3]

    def render_message(self, match: str) -> str:
        return self.message.replace("{match}", match)


class Catalogue(BaseModel):
    rules: list[RuleSpec]
    vocab: dict[str, list[str]] = {}

    def rule(self, code: str) -> RuleSpec | None:
        for r in self.rules:
            if r.code == code.upper():
                return r
        return None


def _data_dir() -> Path:
    from cswriter.domain import data_path

    return Path(str(data_path("lint")))


def _data_files() -> list[Path]:
    return sorted(p for p in _data_dir().iterdir() if p.suffix in (".yaml", ".yml"))


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha1(f"{_CACHE_FORMAT}:{__version__}".encode())
    for p in files:
        st = p.stat()
        h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()[:16]


def _cache_path(fingerprint: str) -> Path | None:
    if os.environ.get("CSWRITER_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cswriter" / f"lint-rules-{fingerprint}.json"


@functools.cache
def load_catalogue() -> Catalogue:
    """Every rule in the data files, validated; duplicate codes are a packaging bug."""
    files = _data_files()
    cache = _cache_path(_fingerprint(files))
    if cache is not None:
        try:
            return Catalogue.model_validate_json(cache.read_bytes())
        except (OSError, ValueError):
            pass
    catalogue = _parse(files)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(catalogue.model_dump_json(), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only home only costs speed
    return catalogue


def _parse(files: list[Path]) -> Catalogue:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=False)
    rules: list[RuleSpec] = []
    vocab: dict[str, list[str]] = {}
    for path in files:
        doc = yaml.load(path.read_text(encoding="utf-8")) or {}
        for key, words in (doc.get("vocab") or {}).items():
            vocab[str(key)] = [str(w) for w in words]
        for raw in doc.get("rules") or []:
            try:
                rules.append(RuleSpec.model_validate(raw))
            except ValidationError as exc:
                code = raw.get("code", "?") if isinstance(raw, dict) else "?"
                raise InputError(f"规则文件 {path.name} 中的 {code} 有误:{exc}") from None
    codes = [r.code for r in rules]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise InputError(f"规则编号重复:{', '.join(dupes)}")
    rules.sort(key=lambda r: r.code)
    return Catalogue(rules=rules, vocab=vocab)


def vocab(name: str) -> list[str]:
    """A shared word list from the catalogue (`vocab:` in the data files)."""
    try:
        return load_catalogue().vocab[name]
    except KeyError:
        raise KeyError(f"lint vocabulary {name!r} is not defined in cswriter/data/lint") from None
