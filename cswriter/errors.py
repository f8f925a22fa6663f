"""The one error type for everything a user can cause.

A `UserError` carries a message in Simplified Chinese and an exit code; the CLI prints the
message and exits with the code. Tracebacks are reserved for bugs.

Where a problem is — `file`, `line`, `field` — travels on the error itself (and, when one
input has several problems, on each of its `problems`); messages are built from those parts
by `located`, never parsed back out of the text. `pydantic_problems` is the one translator of
pydantic's validation errors into Chinese problems.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_BACKEND = 3


class Problem:
    """One problem in an input: what is wrong, and where (each part optional)."""

    __slots__ = ("message", "file", "line", "field")

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def text(self) -> str:
        """The problem as people read it: "名字.yaml:12: 字段 report.type: …"."""
        return located(self.message, file=self.file, line=self.line, field=self.field)

    def to_dict(self) -> dict[str, Any]:
        return {"message": self.message, "file": self.file, "line": self.line, "field": self.field}


def located(detail: str, *, file: str | None = None, line: int | None = None, field: str | None = None) -> str:
    """The one way a message names its place: "文件:行: 字段 路径: 说明" (parts left out when unknown)."""
    place = f"{file}:{line}" if file and line else (file or (f"第 {line} 行" if line else ""))
    prefix = f"{place}: " if place else ""
    return f"{prefix}字段 {field}: {detail}" if field else prefix + detail


class UserError(Exception):
    """Something the user can fix: bad input, a missing file, a wrong option."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None, file: str | None = None,
                 line: int | None = None, field: str | None = None,
                 problems: Iterable[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # Where the problem is, for programs (the JSON error document); the message says it too.
        self.file = file
        self.line = line
        self.field = field
        self.problems: list[Problem] = list(problems or [])
        """Every problem when the input has several (the first is also `file`/`line`/`field`)."""

    @classmethod
    def at(cls, detail: str, *, file: str | None = None, line: int | None = None, field: str | None = None,
           hint: str | None = None) -> "UserError":
        """An error whose message is built from its place (see `located`)."""
        return cls(located(detail, file=file, line=line, field=field), hint=hint, file=file, line=line,
                   field=field)

    def in_file(self, file: str) -> "UserError":
        """Name the file the error is about, when the raiser did not know it (a reader knows)."""
        if self.file is None:
            self.file = file
        for problem in self.problems:
            problem.file = problem.file or file
        return self

    def all_problems(self) -> list[Problem]:
        """Every problem; an error raised with one place is one problem."""
        if self.problems:
            return list(self.problems)
        return [Problem(self.message, file=self.file, line=self.line, field=self.field)]

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message if not self.hint else f"{self.message}\n提示：{self.hint}"


class InputError(UserError):
    """A file or value given by the user cannot be used (exit 2)."""


class BackendError(UserError):
    """A model backend failed after its retries (exit 3)."""

    exit_code = EXIT_BACKEND
    stops_run = False
    """True when every further request would fail the same way (a rejected key): a run of
    many reports stops at once instead of paying for the same refusal again and again."""


class CredentialsError(BackendError):
    """The service refused the key or the account (401, 403): no request can succeed."""

    stops_run = True


# ---------------------------------------------------------------------------------------
# pydantic's validation errors in Chinese: one translator for facts, settings and tool arguments


def dotted(loc: Iterable[Any]) -> str:
    """("metrics", 0, "value") → "metrics[0].value"."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(顶层)"


def type_zh(value: Any) -> str:
    """What a value is, in the words people use."""
    if isinstance(value, dict):
        return "键值对"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, str):
        return f"文本“{value[:20]}”"
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return "布尔值"
    if isinstance(value, (int, float)):
        return f"数字 {value}"
    return type(value).__name__


def pydantic_message(err: dict[str, Any], noun: str = "字段") -> str:
    """One pydantic error (an item of `ValidationError.errors()`) in Chinese; `noun` names
    what the location is (字段, 参数, 设置项)."""
    kind = err["type"]
    given = err.get("input")
    ctx = err.get("ctx") or {}
    loc = tuple(err.get("loc") or ())
    if kind == "missing":
        return f"缺少必填{noun}"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"未知的{noun}“{loc[-1] if loc else ''}”"
    if kind == "literal_error":
        return f"取值“{given}”无效，可选：{ctx.get('expected', '')}"
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"):
        noun_kind = "整数" if kind.startswith("int") else "数字"
        return f"应为{noun_kind}，实际是“{given}”"
    if kind == "finite_number":
        return f"应为有限的数字，实际是“{given}”（NaN 或无穷大不是报告里的数据）"
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_type", "date_from_datetime_inexact"):
        return f"应为日期（如 2026-06-30），实际是“{given}”"
    if kind in ("list_type", "tuple_type"):
        return f"应为列表（每项以“- ”开头），实际是{type_zh(given)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"应为键值对，实际是{type_zh(given)}"
    if kind == "string_type":
        return f"应为文本，实际是{type_zh(given)}"
    if kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        return f"应{'≥' if kind == 'greater_than_equal' else '>'} {bound}，实际是 {given}"
    if kind in ("too_short", "string_too_short"):
        return "不能为空"
    if kind == "value_error":
        return str(ctx.get("error", err.get("msg", "")))
    if kind in ("bool_parsing", "bool_type"):
        return f"应为 true 或 false，实际是“{given}”"
    return str(err.get("msg", "无效"))


def pydantic_problems(exc: Any, *, file: str | None = None, noun: str = "字段",
                      line_of: Callable[[tuple], int | None] | None = None,
                      special: Callable[[dict[str, Any], tuple], str | None] | None = None) -> list[Problem]:
    """Every error of a pydantic `ValidationError` as a `Problem`: `line_of(loc)` finds the
    line, `special(err, loc)` may word an error its own way (else `pydantic_message`)."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        message = (special(err, loc) if special else None) or pydantic_message(err, noun)
        problems.append(Problem(message, file=file, line=line_of(loc) if line_of else None,
                                field=dotted(loc) if loc else None))
    return problems
