"""Model backends behind one small interface, found through the entry-point group
`cswriter.backends` (built-ins included).

Only the light interface is imported here; SDKs load when a backend is used.
"""

from cswriter.backends.base import (
    Backend,
    BackendStatus,
    Completion,
    CompletionRequest,
    Message,
)
from cswriter.backends.registry import (
    backend_classes,
    backend_load_errors,
    get_backend,
    resolve_backend_name,
)

__all__ = [
    "Backend",
    "BackendStatus",
    "Completion",
    "CompletionRequest",
    "Message",
    "backend_classes",
    "backend_load_errors",
    "get_backend",
    "resolve_backend_name",
]
