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
            text = _bounded_render(template, variables)
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
                f"提示词模板 {_template_place(error, where)} 试图访问不安全的属性或方法，已拒绝渲染（{error}）。",
                hint="模板只能引用提供的变量（report、section、facts、figures 等）及其字段。",
            ) from None
        except TemplateLimitError as error:
            raise PromptError(
                f"提示词模板 {_template_place(error, where)} {error.reason}，已停止渲染。",
                hint=f"模板最多输出 {MAX_OUTPUT_CHARS:,} 个字符、运行 {MAX_SECONDS:g} 秒；请检查循环和递归。",
            ) from None
        except RecursionError as error:
            raise PromptError(
                f"提示词模板 {_template_place(error, where)} 递归过深（宏或 include 调用了自己），已停止渲染。"
            ) from None
        except (MemoryError, OverflowError) as error:
            raise PromptError(
                f"提示词模板 {_template_place(error, where)} 产生的内容过大（{type(error).__name__}），已停止渲染。"
            ) from None
        except UndefinedError as error:
            raise PromptError(
                f"提示词模板 {_template_place(error, where)} 引用了未定义的变量：{error.message}",
                hint="可用的变量见 `cswriter prompts show` 的说明；变量名区分大小写。",
            ) from None
        except PromptError:
            raise
        except Exception as error:  # anything else a user's template can raise
            raise PromptError(
                f"提示词模板 {_template_place(error, where)} 渲染失败：{type(error).__name__}: {error}"
            ) from None
        return _tidy(text)


# --- limits a user's template cannot get past --------------------------------------------------
#
# The sandbox stops templates reaching Python internals; these stop them using up the machine:
# output size, time, steps (each range item and call counts one), and the size of anything a
# `*`, `**`, `+` or `%` builds. A template that hits one fails with its file and line (exit 2).

MAX_OUTPUT_CHARS = 200_000
MAX_SECONDS = 5.0
MAX_STEPS = 1_000_000
MAX_VALUE_SIZE = 1_000_000
"""Longest string or list an operator in a template may build."""


class TemplateLimitError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


import threading as _threading  # noqa: E402 - only the budget below needs it
from time import monotonic as _monotonic  # noqa: E402

_budget = _threading.local()


def _tick(steps: int = 1) -> None:
    # Called for every range item, call and operator of a template (a million times before a
    # runaway loop is stopped): one read and one write of the budget, no import.
    remaining = getattr(_budget, "steps", None)
    if remaining is None:
        return  # not rendering through `_bounded_render`
    remaining -= steps
    _budget.steps = remaining
    if remaining < 0:
        raise TemplateLimitError(f"执行步数超过 {MAX_STEPS:,}")
    if _monotonic() > _budget.deadline:
        raise TemplateLimitError(f"运行超过 {MAX_SECONDS:g} 秒")


def _bounded_range(*args: int):
    from jinja2.sandbox import MAX_RANGE

    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimitError(f"range 的长度 {len(numbers):,} 超过上限 {MAX_RANGE:,}")
    for number in numbers:
        _tick()
        yield number


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple, bytes)) else None


_BIG_WIDTH = __import__("re").compile(r"%[-+ #0]*(?:\d{5,}|\*)")
_BIG_FORMAT_WIDTH = __import__("re").compile(r"\{[^{}]*:[^{}]*\d{5,}[^{}]*\}")


def _bounded_render(template: Any, variables: dict[str, Any]) -> str:
    _budget.steps = MAX_STEPS
    _budget.deadline = _monotonic() + MAX_SECONDS
    try:
        parts: list[str] = []
        size = 0
        for chunk in template.generate(**variables):
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateLimitError(f"输出超过 {MAX_OUTPUT_CHARS:,} 个字符")
            _tick(0)
            parts.append(chunk)
        return "".join(parts)
    finally:
        _budget.steps = None


def _template_place(error: BaseException, fallback: Any) -> str:
    """`file 第 N 行` of the innermost template frame in the error's traceback (Jinja rewrites
    tracebacks so template frames carry the template's file name and line)."""
    place = None
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIX):
            place = f"{filename} 第 {tb.tb_lineno} 行"
        tb = tb.tb_next
    lineno = getattr(error, "lineno", None)
    if place is None and lineno:
        place = f"{getattr(error, 'filename', None) or fallback} 第 {lineno} 行"
    return place or str(fallback)


def _bounded_environment_class():
    from jinja2.sandbox import SandboxedEnvironment

    class BoundedEnvironment(SandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**", "+", "%"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            _tick()
            if operator == "**":
                if isinstance(right, (int, float)) and isinstance(left, (int, float)) and abs(right) > 64 and abs(left) > 1:
                    raise TemplateLimitError(f"幂运算 {left}**{right} 过大")
            elif operator == "*":
                for seq, count in ((left, right), (right, left)):
                    size = _size(seq)
                    if size is not None and isinstance(count, int) and size * count > MAX_VALUE_SIZE:
                        raise TemplateLimitError(f"重复生成的内容超过 {MAX_VALUE_SIZE:,} 项")
            elif operator == "+":
                a, b = _size(left), _size(right)
                if a is not None and b is not None and a + b > MAX_VALUE_SIZE:
                    raise TemplateLimitError(f"拼接的内容超过 {MAX_VALUE_SIZE:,} 项")
            elif operator == "%" and isinstance(left, str) and _BIG_WIDTH.search(left):
                raise TemplateLimitError("格式化的宽度过大")
            return super().call_binop(context, operator, left, right)

        def wrap_str_format(self, value: Any) -> Any:
            wrapped = super().wrap_str_format(value)
            if wrapped is not None and _BIG_FORMAT_WIDTH.search(value.__self__):
                def refuse(*args: Any, **kwargs: Any) -> str:
                    raise TemplateLimitError("格式化的宽度过大")
                return refuse
            return wrapped

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            _tick()
            for value in (*args, *kwargs.values()):
                if isinstance(value, int) and abs(value) > MAX_VALUE_SIZE and getattr(
                        __obj, "__name__", "") in ("center", "ljust", "rjust", "zfill", "indent", "do_center", "do_indent", "expandtabs"):
                    raise TemplateLimitError(f"宽度 {value:,} 过大")
            return super().call(__context, __obj, *args, **kwargs)

    return BoundedEnvironment


def _bounded_filter(original: Any, width_args: tuple[int, ...]) -> Any:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        for index in width_args:
            if len(args) > index and isinstance(args[index], int) and args[index] > 10_000:
                raise TemplateLimitError(f"宽度 {args[index]:,} 过大")
        for value in kwargs.values():
            if isinstance(value, int) and value > 10_000:
                raise TemplateLimitError(f"宽度 {value:,} 过大")
        _tick()
        return original(*args, **kwargs)

    for attribute in ("jinja_pass_arg",):  # keep how Jinja passes context/environment
        if hasattr(original, attribute):
            setattr(bounded, attribute, getattr(original, attribute))
    return bounded


@functools.lru_cache(maxsize=8)
def _environment(dirs: tuple[str, ...]):
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined

    environment = _bounded_environment_class()(
        loader=ChoiceLoader([FileSystemLoader(d, encoding="utf-8") for d in dirs]),
        undefined=StrictUndefined,
        autoescape=False,  # prompts are plain text, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
    )
    environment.globals["range"] = _bounded_range
    for name, widths in (("center", (1,)), ("indent", (1,)), ("wordwrap", (2,))):
        if name in environment.filters:
            environment.filters[name] = _bounded_filter(environment.filters[name], widths)
    return environment


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
