"""The facts a summary is written from: the pydantic model and its loading (`model`), the
round-trip document the interview edits (`document`), and the `init` template (`template`).

Import from the submodules; this package imports nothing, so `cswriter.facts.model.template` does
not pay for pydantic."""
