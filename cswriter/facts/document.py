"""The facts file as the user wrote it: comments, key order, encoding and line endings kept.

The interview writes each answer into the ruamel.yaml round-trip tree at a dotted path
("metrics[1].target") and saves atomically. Comments that trail a list or mapping (the
template's commented examples, blank lines between sections) are moved along when items
are appended, so they stay after the content they followed rather than landing inside it.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections import OrderedDict
from datetime import date
from pathlib import Path
from typing import Any

from cswriter.errors import InputError
from cswriter.facts.model import (
    MAX_DEPTH,
    MAX_NODES,
    Facts,
    facts_from_data,
    key_aliases,
    model_at,
    parse_document,
    plain_data,
)
from cswriter.text.files import (
    UNCHECKED,
    decode_bytes,
    detect_encoding,
    encode_text,
    read_bytes,
    write_bytes_atomic,
)

Token = str | int
_PATH_RE = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(path: str) -> list[Token]:
    """"metrics[1].target" → ["metrics", 1, "target"]; raises on a malformed path."""
    tokens: list[Token] = []
    pos = 0
    for m in _PATH_RE.finditer(path):
        gap = path[pos:m.start()]
        if gap not in ("", "."):
            break
        tokens.append(int(m[2]) if m[2] is not None else m[1])
        pos = m.end()
    if not tokens or pos != len(path) or isinstance(tokens[0], int):
        raise InputError(f"字段路径“{path}”无效，应写成 metrics[0].value 或 report.team_size 这样的形式。")
    return tokens


def format_path(tokens: list[Token]) -> str:
    out = ""
    for t in tokens:
        out += f"[{t}]" if isinstance(t, int) else (f".{t}" if out else t)
    return out


def _detect_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) indents as the file already uses them (default: template's)."""
    mapping, offset = None, None
    lines = [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().startswith("#")]
    for i, line in enumerate(lines[:-1]):
        m = re.match(r"^( *)(- )?[^\s#][^:]*:\s*(#.*)?$", line)
        if not m:
            continue
        base = len(m[1]) + (2 if m[2] else 0)
        nxt = lines[i + 1]
        indent = len(nxt) - len(nxt.lstrip(" "))
        if indent < base:
            continue
        if nxt.lstrip().startswith("- "):
            offset = offset if offset is not None else indent - base
        elif indent > base:
            mapping = mapping if mapping is not None else indent - base
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return mapping, offset + 2, offset


class FactsDocument:
    """A facts file held as a round-trip tree, written back the way it was read."""

    def __init__(self, path: Path, tree: Any, *, encoding: str = "utf-8", newline: str = "\n",
                 is_json: bool = False, indent: tuple[int, int, int] = (2, 4, 2),
                 explicit_start: bool = False) -> None:
        self.path = path
        self.tree = tree
        self.encoding = encoding
        self.newline = newline
        self.is_json = is_json
        self.indent = indent
        self.explicit_start = explicit_start
        self._stamp = self._disk_stamp()
        # The bytes on disk as last read or written here (None: not read from disk); a save
        # replaces the file only if it still holds them.
        self.disk_bytes: bytes | None = None

    @property
    def name(self) -> str:
        return str(self.path)

    @classmethod
    def load(cls, path: str | Path) -> FactsDocument:
        """Read and validate a facts file; raises `InputError` (exit 2) on anything unusable."""
        p = Path(path)
        data = read_bytes(p)
        text = decode_bytes(data, str(p)).replace("\r\n", "\n").replace("\r", "\n")
        doc = cls.from_text(p, text, encoding=detect_encoding(data),
                            newline="\r\n" if b"\r\n" in data else "\n")
        doc.disk_bytes = data
        return doc

    @classmethod
    def from_text(cls, path: Path, text: str, *, encoding: str = "utf-8",
                  newline: str = "\n") -> FactsDocument:
        is_json = path.suffix.lower() == ".json"
        plain, tree = _round_trip_parse(text, str(path), is_json)
        facts_from_data(plain, str(path), tree)
        return cls(path, tree, encoding=encoding, newline=newline, is_json=is_json,
                   indent=_detect_indent(text), explicit_start=text.lstrip().startswith("---"))

    # -- reading ---------------------------------------------------------------------

    def plain(self, tree: Any = None) -> Any:
        return plain_data(self.tree if tree is None else tree)

    def facts(self, tree: Any = None) -> Facts:
        tree = self.tree if tree is None else tree
        return facts_from_data(plain_data(tree), self.name, tree)

    def get(self, path: str, tree: Any = None) -> Any:
        return get_at(self.tree if tree is None else tree, parse_path(path))

    def working_copy(self) -> Any:
        """A copy to apply an answer to; the original stays as saved until it passes.

        Containers and their comment slots are copied, scalars and comment tokens shared
        (nothing here changes them in place), so the copy is cheap and linear in the file."""
        return copy_tree(self.tree)

    # -- writing ---------------------------------------------------------------------

    def render(self, tree: Any) -> str:
        if self.is_json:
            return json.dumps(plain_data(tree), ensure_ascii=False, indent=2, default=_json_default) + "\n"
        import io

        yaml = _yaml()
        yaml.indent(mapping=self.indent[0], sequence=self.indent[1], offset=self.indent[2])
        yaml.explicit_start = self.explicit_start
        buffer = io.StringIO()
        yaml.dump(tree, buffer)
        return buffer.getvalue()

    def save(self, tree: Any) -> None:
        """Write `tree` atomically, after proving the text reads back as the same data."""
        text = self.render(tree)
        if not _reads_back_as(text, plain_data(tree), is_json=self.is_json):
            # pragma: no cover - a ruamel round-trip bug; refuse to write
            raise InputError(f"{self.name}: 内部错误，写出的内容与回答不一致，文件未改动。")
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        data = encode_text(text, self.encoding)
        write_bytes_atomic(self.path, data, edit_input=True,
                           expected=self.disk_bytes if self.disk_bytes is not None else UNCHECKED)
        self.disk_bytes = data
        self.tree = tree
        self._stamp = self._disk_stamp()

    def _disk_stamp(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def changed_on_disk(self) -> bool:
        """True when someone else wrote the file since we last read or saved it."""
        return self._stamp is not None and self._disk_stamp() != self._stamp


# A process that reads the same facts text again (the interview reads the file back after
# each answer, the MCP server, a folder of reports, the tests) parses it once: ruamel's
# round-trip parse of a one-page file costs ~10 ms, a full copy of its tree ~1 ms. The
# remembered tree is never handed out: every reader gets its own `clone_tree`, because
# answers change a tree and ruamel's emitter writes into its comment tokens. Keyed by the
# text itself (an edited file is parsed afresh); a text that fails to parse is not kept.
_REMEMBERED_CHARS = 50_000
_ROUND_TRIPS: dict[tuple[str, bool], tuple[Any, Any]] = {}


def _round_trip_parse(text: str, name: str, is_json: bool) -> tuple[Any, Any]:
    """`parse_document` keeping quotes (unit: "件"), so that saving writes them back as they
    were; JSON as JSON. Returns data and tree that are the caller's own."""
    key = (text, is_json)
    hit = _ROUND_TRIPS.get(key)
    if hit is not None:
        return copy.deepcopy(hit[0]), clone_tree(hit[1])
    plain, tree = parse_document(text, name, is_json=is_json, keep_quotes=not is_json)
    if len(text) <= _REMEMBERED_CHARS:
        if len(_ROUND_TRIPS) >= 32:
            _ROUND_TRIPS.clear()
        _ROUND_TRIPS[key] = (copy.deepcopy(plain), clone_tree(tree))
    return plain, tree


def _reads_back_as(text: str, data: Any, *, is_json: bool) -> bool:
    """Whether `text` reads back as `data`: through libyaml when it vouches for ruamel's
    reading (cswriter/facts/fastyaml.py), else with ruamel's plain (safe) loader, the same
    YAML 1.2 reading as the round-trip loader without its comment bookkeeping; JSON is
    compared as JSON (dates are written as ISO strings)."""
    if is_json:
        expected = json.loads(json.dumps(data, ensure_ascii=False, default=_json_default))
        return json.loads(text) == expected
    from cswriter.facts.fastyaml import plain_yaml

    fast = plain_yaml(text, max_depth=MAX_DEPTH, max_nodes=MAX_NODES)
    if fast is not None:
        return fast == data
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        again = YAML(typ="safe", pure=True).load(text)
    except (YAMLError, ValueError, TypeError, RecursionError):
        return False
    return _plain_keys(again) == data


def _plain_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain_keys(v) for v in node]
    return node


def copy_tree(node: Any, memo: dict[int, Any] | None = None) -> Any:
    """A copy of a round-trip tree that shares what the tree mutators never change in place.

    `copy.deepcopy` of a ruamel tree copies every comment token and mark, and CommentedSeq
    copies its comment attributes once per item (quadratic): an answer on a file with 10,000
    cases took minutes. Here each mapping and list is new, with a new comment holder whose
    slots are new lists; scalars, comment tokens (replaced, never edited: `_set_token`),
    flow style, line/column, anchors and tags are shared. An alias stays one node (memo)."""
    return _rebuild(node, {} if memo is None else memo, deep=False)


def clone_tree(node: Any, memo: dict[int, Any] | None = None) -> Any:
    """A copy of a round-trip tree that shares nothing mutable with it (comment tokens and
    their marks included): what `copy.deepcopy` makes, in time linear in the tree (ruamel's
    CommentedSeq.__deepcopy__ copies the list's comments once per item). Containers are
    rebuilt as in `copy_tree`; everything else goes through `copy.deepcopy` with one memo,
    so an alias stays one node and a token shared by two slots stays shared."""
    return _rebuild(node, {} if memo is None else memo, deep=True)


def _rebuild(node: Any, memo: dict[int, Any], deep: bool) -> Any:
    """The walk `copy_tree` and `clone_tree` share: mappings and lists rebuilt (an alias stays
    one node through `memo`); `deep` decides what else is copied rather than shared."""
    from ruamel.yaml.anchor import Anchor
    from ruamel.yaml.comments import Comment, CommentedMap, CommentedSeq, Format, LineCol, merge_attrib
    from ruamel.yaml.tag import Tag

    if id(node) in memo:
        return memo[id(node)]
    if isinstance(node, CommentedMap) and not getattr(node, merge_attrib, None) and not node._ref:
        out = node.__class__()
        memo[id(node)] = out
        for key, value in OrderedDict.items(node):
            OrderedDict.__setitem__(out, key, _rebuild(value, memo, deep))
        out._ok = set(node._ok)
    elif type(node) is CommentedSeq:
        out = CommentedSeq()
        memo[id(node)] = out
        list.extend(out, [_rebuild(value, memo, deep) for value in node])
    elif deep or isinstance(node, (dict, list, set)):
        return copy.deepcopy(node, memo)  # merge keys (<<) and rarer containers: as before
    else:
        return node
    if not deep:
        _copy_yaml_attributes(node, out)
        return out
    for attribute in (Comment.attrib, Format.attrib, LineCol.attrib, Anchor.attrib, Tag.attrib, merge_attrib):
        if hasattr(node, attribute):
            setattr(out, attribute, copy.deepcopy(getattr(node, attribute), memo))
    return out


def _copy_yaml_attributes(node: Any, out: Any) -> None:
    from ruamel.yaml.comments import Comment, Format, LineCol, merge_attrib
    from ruamel.yaml.anchor import Anchor
    from ruamel.yaml.tag import Tag

    for attribute in (Format.attrib, LineCol.attrib, Anchor.attrib, Tag.attrib, merge_attrib):
        if hasattr(node, attribute):
            setattr(out, attribute, getattr(node, attribute))
    old = getattr(node, Comment.attrib, None)
    if old is None:
        return
    new = Comment.__new__(Comment)
    new.comment = None if old.comment is None else list(old.comment)
    new._items = {key: list(slot) for key, slot in old._items.items()}
    new._post = None if old._post is None else list(old._post)
    new._pre = None if old._pre is None else list(old._pre)
    setattr(out, Comment.attrib, new)


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold long Chinese lines
    return yaml


# ---------------------------------------------------------------------------------------
# Reading and writing at a path in a round-trip tree


def written_key(container: Any, key: Token, container_tokens: list[Token]) -> Token:
    """The key as the file writes it: `key`, or the Chinese key meaning it (目标 for target)."""
    if not isinstance(container, dict) or isinstance(key, int) or key in container:
        return key
    model = model_at(container_tokens)
    if model is None:
        return key
    for alias, canonical in key_aliases(model).items():
        if canonical == key and alias in container:
            return alias
    return key


def get_at(tree: Any, tokens: list[Token]) -> Any:
    node = tree
    for i, t in enumerate(tokens):
        if isinstance(t, int):
            if not isinstance(node, list) or t >= len(node):
                return None
            node = node[t]
        else:
            if not isinstance(node, dict):
                return None
            t = written_key(node, t, tokens[:i])
            if t not in node:
                return None
            node = node[t]
    return node


def to_node(value: Any) -> Any:
    """Plain data → ruamel containers; short lists of words are written inline ([a, b])."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = to_node(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(to_node(v) for v in value)
        if value and all(isinstance(v, (str, int, float)) for v in value) and \
                all(len(str(v)) <= 12 for v in value) and sum(len(str(v)) for v in value) <= 40:
            seq.fa.set_flow_style()
        else:
            seq.fa.set_block_style()
        return seq
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _is_block(node: Any) -> bool:
    if not isinstance(node, (dict, list)) or len(node) == 0:
        return False
    fa = getattr(node, "fa", None)
    return not (fa is not None and fa.flow_style())


def _slot(container: Any, key: Token) -> list | None:
    ca = getattr(container, "ca", None)
    return None if ca is None else ca.items.get(key)


def _token_of(container: Any, key: Token):
    slot = _slot(container, key)
    if slot is None:
        return None
    return slot[0] if isinstance(container, list) else slot[2]


def _set_token(container: Any, key: Token, value: str | None) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    existing = _token_of(container, key)
    if value is None:
        if existing is not None:
            slot = _slot(container, key)
            slot[0 if isinstance(container, list) else 2] = None
        return
    if existing is not None:
        # A new token in the (copied) slot: the token itself is shared with the saved tree.
        token = copy.copy(existing)
        token.value = value
        _slot(container, key)[0 if isinstance(container, list) else 2] = token
        return
    token = CommentToken(value, CommentMark(0), None)
    if isinstance(container, list):
        container.ca.items[key] = [token, None]
    else:
        container.ca.items[key] = [None, None, token, None]


def _tail(node: Any) -> tuple[Any, Token] | None:
    """The container and key after whose value the comments trailing `node` are stored."""
    if isinstance(node, dict) and node:
        key: Token = list(node.keys())[-1]
    elif isinstance(node, list) and node:
        key = len(node) - 1
    else:
        return None
    value = node[key]
    if _is_block(value):
        return _tail(value) or (node, key)
    return node, key


def _split(value: str) -> tuple[str, str]:
    """A comment token → (end-of-line comment with its newline, the lines that follow)."""
    first, _, rest = value.partition("\n")
    return (first + "\n" if first.strip() else ""), rest


def _take_trailing(container: Any, key: Token) -> str:
    token = _token_of(container, key)
    if token is None:
        return ""
    eol, rest = _split(token.value)
    _set_token(container, key, eol or None)
    return rest


def _give_trailing(container: Any, key: Token, rest: str) -> None:
    if not rest:
        return
    token = _token_of(container, key)
    if token is None:
        _set_token(container, key, "\n" + rest)
    else:
        _set_token(container, key, token.value + rest)


def _detach_tail(node: Any) -> str:
    tail = _tail(node)
    return _take_trailing(*tail) if tail else ""


def _attach_tail(node: Any, rest: str) -> None:
    tail = _tail(node)
    if tail:
        _give_trailing(*tail, rest)


def _field_order(container_tokens: list[Token]) -> list[str]:
    """The keys of the facts model at this path, in the order the model (and template) has them."""
    from cswriter.facts.model import inner_model

    model: Any = Facts
    for t in container_tokens:
        if isinstance(t, int):
            continue
        info = model.model_fields.get(t) if model else None
        model = inner_model(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _put(container: Any, key: Token, value: Any, order: list[str] | None = None) -> None:
    """container[key] = value, keeping the comments that trailed the old value after the new."""
    exists = key in container if isinstance(container, dict) else key < len(container)
    if not exists and isinstance(container, dict) and order and key in order:
        # A new key goes where the model puts it (metric before target), not at the end.
        rank = order.index(key)
        keys = list(container.keys())
        later = [i for i, k in enumerate(keys) if k in order and order.index(k) > rank]
        if later and hasattr(container, "insert"):
            container.insert(later[0], key, value)
            return
    if not exists:
        rest = _detach_tail(container)
        if isinstance(container, dict):
            container[key] = value
        else:
            container.append(value)
        _attach_tail(container, rest)
        return
    old = container[key]
    if _is_block(old):
        rest = _detach_tail(old)
    elif _is_block(value):
        rest = _take_trailing(container, key)  # the key's own end-of-line comment stays put
    else:
        rest = ""
    container[key] = value
    if _is_block(value):
        _attach_tail(value, rest)
    else:
        _give_trailing(container, key, rest)


def set_at(tree: Any, tokens: list[Token], value: Any) -> None:
    """Write `value` at the path, creating missing mappings and lists on the way."""
    node = tree
    for i, t in enumerate(tokens[:-1]):
        child = get_at(node, [written_key(node, t, tokens[:i])])
        nxt = tokens[i + 1]
        if isinstance(child, (dict, list)) and isinstance(nxt, int) == isinstance(child, list):
            node = child
            continue
        # Build the missing part whole, then put it once, so trailing comments move once.
        for missing in reversed(tokens[i + 1:]):
            if isinstance(missing, int):
                if missing != 0:
                    raise InputError(f"字段路径 {format_path(tokens)} 的序号超出了列表长度。")
                value = [value]
            else:
                value = {missing: value}
        tokens = tokens[: i + 1]
        break
    last = written_key(node, tokens[-1], tokens[:-1])
    if isinstance(last, int) and (not isinstance(node, list) or last > len(node)):
        raise InputError(f"字段路径 {format_path(tokens)} 的序号超出了列表长度。")
    _put(node, last, to_node(value), _field_order(tokens[:-1]))


def append_at(tree: Any, tokens: list[Token], value: Any) -> int:
    """Append one item to the list at the path (created if missing); returns its index."""
    current = get_at(tree, tokens)
    if not isinstance(current, list) or len(current) == 0:
        set_at(tree, tokens, [value])
        return 0
    item = to_node(value)
    fa = getattr(current, "fa", None)
    if fa is not None and fa.flow_style():
        # An inline list stays inline only while it is a short list of words.
        as_plain = plain_data(current) + [value]
        set_at(tree, tokens, as_plain)
        return len(as_plain) - 1
    _put(current, len(current), item)
    return len(current) - 1


def delete_at(tree: Any, tokens: list[Token]) -> None:
    parent = get_at(tree, tokens[:-1])
    key = written_key(parent, tokens[-1], tokens[:-1])
    if isinstance(parent, dict) and key in parent:
        rest = _take_trailing(parent, key) if not _is_block(parent[key]) else _detach_tail(parent[key])
        del parent[key]
        _attach_tail(parent, rest)
