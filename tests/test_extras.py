"""Extras are named after what they install; the old names still work."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _extras() -> dict[str, list[str]]:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["optional-dependencies"]


def _packages(extra: str, extras: dict[str, list[str]], seen: frozenset = frozenset()) -> set[str]:
    found = set()
    for requirement in extras[extra]:
        inner = re.fullmatch(r"cswriter\[([\w-]+)\]", requirement)
        if inner:
            assert inner.group(1) not in seen, "extras refer to each other in a loop"
            found |= _packages(inner.group(1), extras, seen | {extra})
        else:
            found.add(re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0])
    return found


def test_each_langchain_extra_installs_the_package_it_is_named_after():
    extras = _extras()
    for name in ("langchain-openai", "langchain-deepseek", "langchain-ollama"):
        assert {name, "langchain", "langchain-core"} <= _packages(name, extras)


def test_old_extra_names_install_the_same_as_the_new_ones():
    extras = _extras()
    for old, new in (("openai", "langchain-openai"), ("deepseek", "langchain-deepseek"),
                     ("ollama", "langchain-ollama"), ("qwen", "langchain-openai")):
        assert _packages(old, extras) == _packages(new, extras)


def test_install_hints_name_the_new_extras():
    from cswriter.backends.langchain_backend import EXTRAS, install_hint

    extras = _extras()
    assert all(extra in extras for extra in EXTRAS.values())
    assert install_hint("openai") == 'pip install "cswriter[langchain-openai]"'


def test_classifiers_are_official_and_say_what_the_tool_is():
    import pytest

    classifiers = pytest.importorskip("trove_classifiers")
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert project["classifiers"]
    unknown = [c for c in project["classifiers"] if c not in classifiers.classifiers]
    assert unknown == []
    assert "Natural Language :: Chinese (Simplified)" in project["classifiers"]
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]
