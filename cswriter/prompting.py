"""Prompt templates: finding them, rendering them safely, and the words the linter flags.

Templates are Jinja2 files (`system.j2`, one per section id, `repair.j2`). They are looked up
first in a user's `--prompts DIR` (per file, so one template can be overridden alone), then in
the templates shipped with the package (`cswriter/prompts` in a wheel, the repo's top-level
`prompts/` in an editable install).

Rendering runs in Jinja's `SandboxedEnvironment`: a user's own template may format data but
cannot reach Python internals (`''.__class__.__mro__` raises instead of leaking). Undefined
variables are errors (`StrictUndefined`), so a typo in a template fails loudly with the
variable's name instead of silently dropping a fact from the prompt.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

from cswriter.errors import UserError

SYSTEM_TEMPLATE = "system.j2"
REPAIR_TEMPLATE = "repair.j2"
TEMPLATE_SUFFIX = ".j2"

# Fences around user-supplied facts; the system prompt tells the model that what lies between
# them is data, never instructions. Facts are cleaned of these markers (see `fence_safe`).
DATA_OPEN = "【数据开始】"
DATA_CLOSE = "【数据结束】"


class PromptError(UserError):
    """A prompt template is missing, malformed, uses an unknown variable or tries unsafe access."""


def builtin_prompt_dirs() -> list[Path]:
    """Where the shipped templates live: inside the package first, then the repo root."""
    dirs: list[Path] = []
    try:
        packaged = Path(str(resources.files("cswriter") / "prompts"))
        if packaged.is_dir():
            dirs.append(packaged)
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - exotic importers
        pass
    repo_root = Path(__file__).resolve().parent.parent / "prompts"
    if repo_root.is_dir() and repo_root not in dirs:
        dirs.append(repo_root)
    return dirs


# The fence brackets never occur in data: user text has them replaced by look-alikes, so no
# spelling of a marker (spaces, zero-width characters, variants) can be forged inside the data.
_FENCE_ESCAPES = str.maketrans({"【": "〔", "】": "〕"})


def fence_safe(text: str) -> str:
    """User text made safe to put between the data fences.

    The fences' own brackets 【】 are replaced (so a fact cannot open or close the data block,
    whatever it puts between them), and invisible format characters (zero-width spaces and
    joiners, direction marks) are dropped: they only serve to disguise text."""
    import unicodedata

    if any(unicodedata.category(ch) == "Cf" for ch in text):
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return text.translate(_FENCE_ESCAPES)


def one_line(text: str | None) -> str | None:
    """A short field (author, role, team, title) on one line: newlines would let it pose as
    a new paragraph of the prompt."""
    if text is None:
        return None
    return fence_safe(" ".join(text.split()))


class PromptLibrary:
    """The templates in effect: a user's override directory over the shipped ones."""

    def __init__(self, override_dir: str | Path | None = None) -> None:
        self.override_dir = Path(override_dir) if override_dir else None
        if self.override_dir is not None and not self.override_dir.is_dir():
            raise PromptError(f"提示词目录 {self.override_dir} 不存在或不是目录（--prompts）。")
        self.dirs = ([self.override_dir] if self.override_dir else []) + builtin_prompt_dirs()
        if not self.dirs:
            raise PromptError("找不到内置的提示词模板目录（prompts/），安装可能不完整。")
        self._env = _environment(tuple(str(d) for d in self.dirs))

    def source_of(self, name: str) -> Path | None:
        """The file a template name resolves to (the override wins), or None."""
        for directory in self.dirs:
            candidate = directory / name
            if candidate.is_file():
                return candidate
        return None

    def has(self, name: str) -> bool:
        return self.source_of(name) is not None

    def render(self, name: str, variables: dict[str, Any]) -> str:
        """Render one template; every failure becomes a `PromptError` in Chinese (exit 2)."""
        from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
        from jinja2.exceptions import SecurityError

        where = self.source_of(name) or name
        try:
            template = self._env.get_template(name)
            text = template.render(**variables)
        except TemplateNotFound as error:
            raise PromptError(
                f"找不到提示词模板 {error.name}。",
                hint="模板名应为 system.j2、repair.j2 或 <章节id>.j2（如 metrics.j2）。",
            ) from None
        except TemplateSyntaxError as error:
            raise PromptError(
                f"提示词模板 {error.filename or where} 第 {error.lineno} 行语法错误：{error.message}"
            ) from None
        except SecurityError as error:
            raise PromptError(
                f"提示词模板 {where} 试图访问不安全的属性或方法，已拒绝渲染（{error}）。",
                hint="模板只能引用提供的变量（report、section、facts、figures 等）及其字段。",
            ) from None
        except UndefinedError as error:
            raise PromptError(
                f"提示词模板 {where} 引用了未定义的变量：{error.message}",
                hint="可用的变量见 `cswriter prompts show` 的说明；变量名区分大小写。",
            ) from None
        except (TypeError, ValueError, AttributeError) as error:
            raise PromptError(f"提示词模板 {where} 渲染失败：{type(error).__name__}: {error}") from None
        return _tidy(text)


@functools.lru_cache(maxsize=8)
def _environment(dirs: tuple[str, ...]):
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(d, encoding="utf-8") for d in dirs]),
        undefined=StrictUndefined,
        autoescape=False,  # prompts are plain text, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
    )


def _tidy(text: str) -> str:
    """Collapse runs of blank lines left by optional blocks; strip trailing spaces."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out)


def section_template_name(section_id: str) -> str:
    return f"{section_id}{TEMPLATE_SUFFIX}"


@functools.cache
def lexicon_for_prompts() -> tuple[dict[str, Any], ...]:
    """The words the linter flags, grouped by rule, from the linter's own data.

    One source of data: the linter's `prompt_lexicon()`. Each group is
    `{"code", "title", "words", "backed_by", "suggestion"}`.
    """
    from cswriter.lint import prompt_lexicon

    return tuple(_lexicon_group(group) for group in _iter_groups(prompt_lexicon()))


def _iter_groups(raw: Any):
    if isinstance(raw, dict):
        for key, value in raw.items():
            if isinstance(value, dict):
                yield {"code": key, **value}
            else:
                yield {"code": key, "words": value}
    else:
        yield from raw


def _lexicon_group(group: Any) -> dict[str, Any]:
    if not isinstance(group, dict):
        group = group.model_dump() if hasattr(group, "model_dump") else dict(vars(group))
    words = [w if isinstance(w, str) else getattr(w, "word", str(w)) for w in group.get("words", [])]
    code = str(group.get("code", ""))
    title = str(group.get("title") or group.get("name") or code)
    return {"code": code, "title": title, "words": words,
            "backed_by": group.get("backed_by"), "suggestion": group.get("suggestion") or ""}
