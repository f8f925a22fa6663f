"""The application layer: what a user can do with cswriter, once, for every face.

One module per operation — `check`, `outline`, `draft`, `section` (section request and
verification), `lint`, `rules`, `importing`, `init`, `interview` — each a function over typed
inputs that returns a pydantic document (`cswriter.schemas`): the same object is the JSON the
CLI prints under `--format json`, the structured content an MCP tool returns, and the schema
`cswriter schema --document` shows. Bad input is an `InputError` with a Chinese message.

The faces are adapters: `cswriter/commands/<name>.py` parses options, calls one function here
and presents the document (text, JSON, files); `cswriter/mcp_server.py` validates tool
arguments, calls the same function and returns the document. A new operation goes here first,
then gets a command and a tool; `tests/test_parity.py` drives every operation through both
faces and compares the results.

Nothing here imports the command line, the MCP SDK or rich; modules import the library lazily,
inside the functions, so that `cswriter --help` stays fast.
"""
