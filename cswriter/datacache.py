"""Where the data files are, where cswriter caches, and the JSON cache of parsed data files.

The domain data (`cswriter/data/*.yaml`) is written for people, but parsing YAML in pure
Python costs more than a whole cold `cswriter lint` may take (ruamel's import plus ~50 ms
for metrics.yaml and sections.yaml). So a parsed data file is kept as JSON in the user
cache directory, keyed by the files' names, sizes and modification times and by the
cswriter version: editing a data file or upgrading rebuilds it, a stale or unreadable
cache is simply rebuilt, and a read-only home only costs speed.

Every installation (a checkout, a virtualenv, a pipx install) has its own entries, named
after where its data files are: it replaces only its own stale copy. Two installations
sharing one cache directory used to evict each other's entries on every run (a data
file's modification time differs between copies), so each run parsed the YAML again and
imported ruamel and pydantic on the lint path.

The package also ships the parsed files (`cswriter/data/_built/`, written by
`scripts/build_data_cache.py`), keyed by the data files' contents: the first run after an
install reads those instead of parsing YAML; after a data file is edited they no longer
match and the file is parsed as before.

`CSWRITER_CACHE_DIR` moves the cache (drafting keeps model replies there too);
`CSWRITER_NO_CACHE=1` turns the data cache off.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Sequence

from cswriter import __version__

ENV_CACHE_DIR = "CSWRITER_CACHE_DIR"
ENV_NO_CACHE = "CSWRITER_NO_CACHE"
_FORMAT = 3


DATA_DIR = Path(__file__).resolve().parent / "data"


def sha256(data: bytes) -> bytes:
    """SHA-256 of `data`, without importing hashlib on the way.

    hashlib loads OpenSSL's libcrypto (~4 ms, more than the rest of this module) for
    digests CPython also has built in; like the standard library's own `random`, try the
    lean built-in module first."""
    try:
        from _sha256 import sha256 as new  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256 as new  # CPython 3.12+
        except ImportError:
            from hashlib import sha256 as new
    return new(data).digest()


def digest(text: str, size: int = 16) -> str:
    """A short hex digest of `text`, for cache keys and file names."""
    return sha256(text.encode("utf-8", "surrogatepass")).hex()[:size]


def data_path(name: str) -> Path:
    """A data file shipped inside the package.

    Installed packages have it as a plain file; only when cswriter is imported from a zip
    (a wheel on sys.path) does this fall back to importlib.resources, whose paths the cache
    below cannot stat and so simply does not cache.
    """
    path = DATA_DIR / name
    if path.exists():
        return path
    from importlib import resources

    return resources.files("cswriter") / "data" / name  # type: ignore[return-value]


def default_cache_dir() -> Path:
    """`CSWRITER_CACHE_DIR`, else the platform's user cache directory for cswriter."""
    explicit = os.environ.get(ENV_CACHE_DIR)
    if explicit:
        return Path(explicit)
    plain = _plain_linux_cache_dir()
    if plain is not None:
        return Path(plain)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("cswriter"))


def _plain_linux_cache_dir() -> str | None:
    """What `platformdirs.user_cache_dir("cswriter")` answers on a plain Linux — the XDG
    cache home or ~/.cache, plus "cswriter" — without importing platformdirs (it imports
    tempfile and shutil: ~6 ms of a 100 ms cold lint); None wherever platformdirs has more to
    say (another system, Android, a relative XDG_CACHE_HOME or HOME), and it is asked then.
    tests/test_datacache.py holds the two to the same answers."""
    import sys

    if sys.platform != "linux" or "ANDROID_DATA" in os.environ or "ANDROID_ROOT" in os.environ:
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg:
        return os.path.join(xdg, "cswriter") if xdg.startswith("/") else None
    home = os.environ.get("HOME", "")
    if not home.startswith("/"):
        return None
    return (home.rstrip("/") or "") + "/.cache/cswriter"


def fingerprint(files: Sequence[Path]) -> str:
    parts = [f"{_FORMAT}:{__version__}"]
    for path in files:
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};")
    return digest("".join(parts))


def _installation(files: Sequence[Path]) -> str:
    """Which copy of the data files these are: a short digest of their directories."""
    where = "|".join(sorted({str(path.parent) for path in files}))
    return digest(where, 8)


# Parsed data shipped inside the package (`scripts/build_data_cache.py` writes it at build
# time), so that the first run after installing parses no YAML. Each file names the digest
# of the data files' contents it was made from; after an edit it no longer matches and is
# ignored (the data is parsed and cached as before). Part of the package, so trusted like
# its code.
SHIPPED_DIR = DATA_DIR / "_built"


def content_digest(files: Sequence[Path]) -> str:
    """A digest of the files' names and contents (not times: a checkout or an install
    gives every file a new modification time)."""
    parts = [f"{_FORMAT}:"]
    for path in files:
        parts.append(f"{path.name}:{sha256(path.read_bytes()).hex()};")
    return digest("".join(parts), 32)


def _shipped(kind: str, files: Sequence[Path]) -> Any:
    try:
        blob = json.loads((SHIPPED_DIR / f"{kind}.json").read_bytes())
        if blob["sources"] == content_digest(files):
            return blob["value"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return _MISSING


_MISSING = object()


def cached_json(kind: str, files: Sequence[Path], build: Callable[[], Any]) -> Any:
    """`build()`'s JSON-able result for these files, from the cache when it is current.

    The result is cached only if it survives a JSON round trip unchanged, so a YAML date
    or an integer key can never come back from the cache as something else.
    """
    if os.environ.get(ENV_NO_CACHE):
        return build()
    try:
        prefix = f"{kind}-{_installation(files)}-"
        path = default_cache_dir() / "data" / f"{prefix}{fingerprint(files)}.json"
    except (OSError, AttributeError):  # no cache directory, or files inside a zip
        return build()
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        pass
    value = _shipped(kind, files)
    if value is _MISSING:
        value = build()
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return value
    if json.loads(text) != value:
        return value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        for stale in path.parent.glob(f"{prefix}*.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return value


# --- a per-installation secret: what the cache holds is data, not authority --------------------------
#
# Whoever can write the cache folder (a shared CSWRITER_CACHE_DIR, a synced home) could forge
# a model reply or the record of which outputs cswriter wrote. Entries that decide anything
# are sealed with an HMAC under a secret kept *outside* the cache, in the user's config
# folder (mode 0600); an entry whose seal does not verify is a miss, never served.

ENV_SECRET_FILE = "CSWRITER_SECRET_FILE"
_secret_cache: dict[str, bytes | None] = {}


def _secret_path() -> Path:
    explicit = os.environ.get(ENV_SECRET_FILE)
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("cswriter")) / "cache-secret"


def installation_secret() -> bytes | None:
    """This installation's sealing secret (made on first use), or None when it cannot be
    kept (then nothing sealed is trusted, and caches only cost a model call more)."""
    path = _secret_path()
    key = str(path)
    if key in _secret_cache:
        return _secret_cache[key]
    secret = None
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(65)
        if len(data) == 64:
            secret = data
    except FileNotFoundError:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            data = os.urandom(64)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            secret = data
        except FileExistsError:  # another run made it meanwhile
            _secret_cache.pop(key, None)
            return installation_secret() if path.is_file() and not path.is_symlink() else None
        except OSError:
            secret = None
    except OSError:
        secret = None
    _secret_cache[key] = secret
    return secret


def seal(material: bytes) -> str | None:
    """An HMAC-SHA256 of `material` under the installation secret (None: no secret)."""
    secret = installation_secret()
    if secret is None:
        return None
    import hmac

    return hmac.new(secret, material, "sha256").hexdigest()


def verify_seal(material: bytes, mark: object) -> bool:
    expected = seal(material)
    if expected is None or not isinstance(mark, str):
        return False
    import hmac

    return hmac.compare_digest(expected, mark)


def read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of `path` if it is a regular file (not a link, FIFO or device) of at most
    `limit` bytes; None otherwise. Never blocks on a FIFO, never follows a link."""
    import stat

    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None
