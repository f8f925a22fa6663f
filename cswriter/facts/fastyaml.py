"""A facts file's plain data through libyaml, read exactly as ruamel's round-trip loader
reads it, or not at all.

ruamel.yaml's round-trip loader is pure Python and was most of the cost of loading a facts
file (about 13 ms for a year-end report; libyaml, PyYAML's C parser, takes about 0.5 ms).
ruamel stays the reader of record: `plain_yaml` returns None whenever it cannot vouch that
ruamel would give the same data, and the caller then parses with ruamel as before, so every
refusal and every YAML error (with its line) still comes from ruamel. None is returned for:
any error of libyaml's; explicit tags, anchors and aliases, merge keys, YAML directives and
document markers other than one leading `---`; tabs, byte-order marks after the start and
NEL/LS/PS characters; block scalars (`|`, `>`),
values glued to a quoted key's colon (`{"a":1}`) and comments right after an indicator
unless a key or list item follows (forms ruamel refuses and libyaml takes); keys other than
strings and days, and repeated keys; integers with a 0x/0o/0b prefix, underscores or leading
zeros; times of day; nesting or node counts beyond the limits of `bounded_plain_data`; and
one line opening several block collections (`- - -`), which could nest deep enough to
exhaust the C stack before any limit is checked.

Scalars are resolved with ruamel's YAML 1.2 rules (`_RESOLVERS`, held equal to the installed
ruamel by tests/test_fastyaml.py), not PyYAML's 1.1 ones (yes/no, 0777, 1:30, 1e3).
The data is what `bounded_plain_data` makes of ruamel's tree, with plain Python scalars where
ruamel has its subclasses that remember formatting (ScalarFloat, LiteralScalarString …);
they are equal values, and validation turns both into the same plain types.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

# What a scalar, mapping or sequence resolves to (codes, not tags: an explicit tag arrives
# from libyaml as a string, and any string tag sends the text to ruamel).
_STR, _INT, _FLOAT, _BOOL, _NULL, _DATE, _OTHER, _MAP, _SEQ = range(9)

# ruamel.yaml's implicit resolvers for YAML 1.2 (resolver.implicit_resolvers), in its order.
_RESOLVERS: list[tuple[str, str, str]] = [
    ("tag:yaml.org,2002:bool", r"""^(?:true|True|TRUE|false|False|FALSE)$""", "tTfF"),
    ("tag:yaml.org,2002:float", r"""^(?:
         [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""", "-+0123456789."),
    ("tag:yaml.org,2002:int", r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0o?[0-7_]+
        |[-+]?[0-9_]+
        |[-+]?0x[0-9a-fA-F_]+)$""", "-+0123456789"),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),
    ("tag:yaml.org,2002:null", r"""^(?: ~
        |null|Null|NULL
        | )$""", "~nN\0"),
    ("tag:yaml.org,2002:timestamp", r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?
        :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""", "0123456789"),
    ("tag:yaml.org,2002:value", r"^(?:=)$", "="),
    ("tag:yaml.org,2002:yaml", r"^(?:!|&|\*)$", "!&*"),
]
_CODES = {"tag:yaml.org,2002:bool": _BOOL, "tag:yaml.org,2002:float": _FLOAT,
          "tag:yaml.org,2002:int": _INT, "tag:yaml.org,2002:null": _NULL,
          "tag:yaml.org,2002:timestamp": _DATE}


def _by_first_character() -> dict[str, list[tuple[int, re.Pattern[str]]]]:
    """As ruamel's VersionedResolver files them: by the first character ("" for an empty
    scalar, written here as NUL), each list in the order above."""
    table: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for tag, pattern, first in _RESOLVERS:
        compiled = re.compile(pattern, re.X)
        for ch in first:
            table.setdefault("" if ch == "\0" else ch, []).append((_CODES.get(tag, _OTHER), compiled))
    return table


_BY_FIRST = _by_first_character()
_BOOLS = {"true": True, "false": False}
_PLAIN_INT = re.compile(r"[-+]?[1-9][0-9]*|[-+]?0")
_DATE_ONLY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# One line opening a block collection inside another (`- - x`, `- ? x`, `? - x`).
_NESTED_ON_ONE_LINE = re.compile(r"[-?][ \t]+[-?](?:[ \t]|$)", re.M)
# A YAML directive (%YAML 1.1 changes how scalars resolve) and the characters that YAML 1.1
# parsers count as line breaks.
_DIRECTIVE = re.compile(r"^%", re.M)
# Document markers: ruamel and libyaml part ways on repeated ones (`...` twice); one `---`
# before the content, after comments only, is all a facts file needs.
_DOCUMENT_MARKER = re.compile(r"^(?:---|\.\.\.)(?=[ \r\n]|$)", re.M)
_ONLY_COMMENTS = re.compile(r"(?:[ ]*(?:\#[^\n]*)?\n)*")
# An anchor (`&a`) before a node: ruamel keeps it on the value (an anchored `true` becomes its
# ScalarBoolean, an int), so anchored texts are left to ruamel, as are aliases (`*a`).
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&")
# Where ruamel refuses what libyaml reads: block scalars (`|`, `>`: ruamel refuses a header
# with `#` right after it and leading blank lines more indented than the text), a value right
# after the colon of a quoted key or a flow collection (`{"a":1}`), and a comment right after
# an indicator (`key: # note`) unless the next line that is not blank or a comment is a key or
# a list item, or there is none (ruamel's "overlap in comment" when a plain value follows).
_RUAMEL_DIFFERS = re.compile(
    r"""(?:^|[:?,\[{-])[ ]*[|>]
       |[\]}"']:[^ \r\n]
       |[:?-][ ]+\#[^\n]*\n
        (?!(?:[ ]*(?:\#[^\n]*)?\r?\n)*[ ]*
           (?:-[ \r\n]|[^ \r\n\#'"\[{|>!&*%@`?-][^\r\n]*?:[ \r\n]|(?:\#[^\n]*)?\Z))""",
    re.M | re.X)
_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")
# ruamel refuses a tab in places libyaml takes it (inside a plain scalar, after indentation),
# and reads a byte-order mark after the start as text where libyaml skips it.
_TAB_OR_BOM = re.compile("[\t\ufeff]")


class _Unsure(Exception):
    """The text holds something this reader does not vouch for: ruamel reads it."""


_loader_class: Any = None


def _loader() -> Any:
    global _loader_class
    if _loader_class is None:
        from yaml._yaml import CParser
        from yaml.nodes import MappingNode, ScalarNode, SequenceNode

        class Loader(CParser):  # type: ignore[misc, valid-type]
            """libyaml's parser and composer with ruamel's YAML 1.2 resolution as codes."""

            def resolve(self, kind: Any, value: Any, implicit: Any) -> int:
                if kind is ScalarNode:
                    if implicit[0]:
                        for code, regexp in _BY_FIRST.get(value[:1], ()):
                            if regexp.match(value):
                                return code
                        return _STR
                    return _STR if implicit[1] else _OTHER  # `! x`: a non-specific tag
                if kind is MappingNode:
                    return _MAP if implicit else _OTHER
                if kind is SequenceNode:
                    return _SEQ if implicit else _OTHER
                return _OTHER  # pragma: no cover - libyaml composes only these three

            def descend_resolver(self, parent: Any, index: Any) -> None:
                pass

            def ascend_resolver(self) -> None:
                pass

        _loader_class = Loader
    return _loader_class


def plain_yaml(text: str, *, max_depth: int, max_nodes: int) -> dict[str, Any] | None:
    """The plain data ruamel's round-trip loader and `bounded_plain_data` would give for
    `text`, a top-level mapping; None when ruamel must read it (see the module's notes).

    For text that `model._too_deep` passed (flow brackets nest in libyaml's composer on the
    C stack): facts texts are checked before, and the interview's own output is shallow."""
    if (_TAB_OR_BOM.search(text) or _DIRECTIVE.search(text) or _ANCHOR.search(text) or _ODD_BREAKS.search(text)
            or _NESTED_ON_ONE_LINE.search(text) or _RUAMEL_DIFFERS.search(text)
            or not _plain_document_markers(text)):
        return None
    try:
        loader = _loader()(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except Exception:  # any refusal of libyaml's (or a str it cannot encode): ruamel decides
        return None
    if root is None or root.tag != _MAP:
        return None
    try:
        return _build(root, 0, set(), [max_nodes], max_depth)
    except _Unsure:
        return None
    except (ValueError, OverflowError):  # a date such as 2025-13-01: ruamel says why
        return None


def _plain_document_markers(text: str) -> bool:
    markers = list(_DOCUMENT_MARKER.finditer(text))
    if not markers:
        return True
    first = markers[0]
    return (len(markers) == 1 and first.group() == "---"
            and _ONLY_COMMENTS.fullmatch(text, 0, first.start()) is not None)


def _build(node: Any, depth: int, seen: set[int], budget: list[int], max_depth: int) -> Any:
    budget[0] -= 1
    if budget[0] < 0 or depth > max_depth:
        raise _Unsure
    if id(node) in seen:  # an alias: ruamel shares the object, its limits count each use
        raise _Unsure
    seen.add(id(node))
    code = node.tag
    if code == _MAP:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if id(key_node) in seen:
                raise _Unsure
            seen.add(id(key_node))
            if key_node.tag == _STR:
                key = key_node.value
            elif key_node.tag == _DATE:  # a day as a key (weekly rows): ruamel's date, as text
                key = str(_date(key_node.value))
            else:
                raise _Unsure
            if key in out:
                raise _Unsure
            out[key] = _build(value_node, depth + 1, seen, budget, max_depth)
        return out
    if code == _SEQ:
        return [_build(child, depth + 1, seen, budget, max_depth) for child in node.value]
    value = node.value
    if code == _STR:
        return value
    if code == _INT:
        if _PLAIN_INT.fullmatch(value) is None:
            raise _Unsure
        return int(value)
    if code == _FLOAT:
        return _float(value)
    if code == _BOOL:
        return _BOOLS[value.lower()]
    if code == _NULL:
        return None
    if code == _DATE:
        return _date(value)
    raise _Unsure  # explicit tags, merge keys, `=`


def _date(text: str) -> datetime.date:
    """A day (2025-06-30); times of day are left to ruamel."""
    match = _DATE_ONLY.fullmatch(text)
    if match is None:
        raise _Unsure
    return datetime.date(int(match[1]), int(match[2]), int(match[3]))


_INF = float("inf")


def _float(text: str) -> float:
    """ruamel's SafeConstructor.construct_yaml_float for YAML 1.2."""
    value = text.replace("_", "").lower()
    sign = -1 if value[0] == "-" else 1
    if value[0] in "+-":
        value = value[1:]
    if value == ".inf":
        return sign * _INF
    if value == ".nan":
        return float("nan")
    return sign * float(value)
