"""The one error type for everything a user can cause.

A `UserError` carries a message in Simplified Chinese and an exit code; the CLI prints the
message and exits with the code. Tracebacks are reserved for bugs.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_BACKEND = 3


class UserError(Exception):
    """Something the user can fix: bad input, a missing file, a wrong option."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None, file: str | None = None,
                 line: int | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # Where the problem is, for programs (the JSON error document); the message says it too.
        self.file = file
        self.line = line
        self.field = field

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
