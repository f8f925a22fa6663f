"""`cswriter keys`: API keys saved in the user config folder (0600), environment variables
first, a saved key sent only to its own provider, no key ever printed."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest
from click.testing import CliRunner

from cswriter.cli import app

SECRET = "sk-saved-0123456789abcdefSECRET"


@pytest.fixture(autouse=True)
def config(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "config"


def run(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


def test_set_list_remove_never_print_the_key(config):
    result = run("keys", "set", "deepseek", input=SECRET + "\n")
    assert result.exit_code == 0, result.output
    path = config / "keys.json"
    assert json.loads(path.read_text(encoding="utf-8"))["keys"] == {"deepseek": SECRET}
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(config.stat().st_mode) == 0o700
    listed = run("keys", "list")
    assert "deepseek    用户配置" in listed.stdout and SECRET not in listed.output
    as_json = json.loads(run("keys", "list", "--format", "json").stdout)
    assert {"provider": "deepseek", "variable": "DEEPSEEK_API_KEY", "source": "用户配置", "set": True} in as_json["keys"]
    assert SECRET not in json.dumps(as_json)
    assert SECRET not in result.output
    assert run("keys", "remove", "deepseek").exit_code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["keys"] == {}
    again = run("keys", "remove", "deepseek")
    assert again.exit_code == 2 and "没有保存过" in again.stderr


def test_aliases_hosts_and_unknown_providers():
    assert run("keys", "set", "qwen", input="sk-q\n").exit_code == 0
    assert "dashscope   用户配置" in run("keys", "list").stdout
    assert run("keys", "set", "api.moonshot.cn", input="sk-m\n").exit_code == 0
    bad = run("keys", "set", "某某云", input="x\n")
    assert bad.exit_code == 2 and "某某云" in bad.stderr and "Traceback" not in bad.output


def test_environment_variable_wins_over_the_saved_key(monkeypatch):
    run("keys", "set", "deepseek", input=SECRET + "\n")
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-from-env")
    assert "deepseek    环境变量 DEEPSEEK_API_KEY" in run("keys", "list").stdout
    from cswriter.backends.keys import key_for

    assert key_for("deepseek") == "sk-from-env"


def test_the_openai_backend_uses_a_saved_key_for_its_own_host_only(monkeypatch):
    from cswriter.backends.openai_backend import OpenAIBackend
    from cswriter.errors import UserError

    run("keys", "set", "deepseek", input=SECRET + "\n")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.deepseek.com/v1")
    assert OpenAIBackend(model="deepseek-chat")._api_key == SECRET
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.example.com/v1")  # not deepseek's host
    with pytest.raises(UserError) as caught:
        OpenAIBackend(model="m")
    assert "cswriter keys set api.example.com" in caught.value.message
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.deepseek.com/v1")
    assert OpenAIBackend(model="deepseek-chat")._api_key == "sk-env"  # the environment wins


def test_an_empty_key_is_refused_and_nothing_written(config):
    result = run("keys", "set", "openai", input="\n")
    assert result.exit_code == 2 and not (config / "keys.json").exists()


def test_backends_counts_a_saved_key_as_configured(monkeypatch):
    from cswriter.backends.openai_backend import OpenAIBackend

    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.deepseek.com/v1")
    assert not OpenAIBackend.status().configured
    run("keys", "set", "deepseek", input=SECRET + "\n")
    status = OpenAIBackend.status()
    assert status.configured and "deepseek 的密钥已设置" in status.detail and SECRET not in status.detail
