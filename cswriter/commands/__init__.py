"""CLI commands, one module each. A module exposes `register(app)`.

Modules here import only light dependencies at import time; anything heavy is imported
inside the command function. Keep this list in the order commands appear in `--help`.
"""

from cswriter.commands import backends, check, draft, init, interview, lint, outline, prompts, rules, schema

COMMAND_MODULES: list = [init, interview, check, outline, draft, lint, rules, prompts, schema, backends]
