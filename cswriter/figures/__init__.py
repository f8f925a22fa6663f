"""Figures computed from the facts (`compute`), the one rounding rule (`rounding`), and the
tracer that finds the source of a figure written in prose (`trace`).

Import from the submodules; this package imports nothing, so the linter can use `rounding`
without loading the facts model."""
