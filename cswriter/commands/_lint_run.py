"""What `cswriter lint` does once its command line is parsed: lint, print, choose the exit code.

Kept apart from the Typer declaration in `lint.py` and free of Typer and click, so that
`cswriter.cli` can run a plain `cswriter lint FILE... [OPTIONS]` without loading either
(issue 20: a cold lint within 0.2 s; the CLI layer was a third of it). Anything the fast
parser in `cswriter.cli` does not recognise goes through Typer as before.
"""

from __future__ import annotations

from pathlib import Path

from cswriter.commands._output import print_document


def run(files: list[str], facts_path: Path | None = None, output_format: str = "text",
        stdin_filename: str | None = None, fail_level: str | None = None, select: str | None = None,
        ignore: str | None = None, config_path: Path | None = None, no_config: bool = False,
        fix: bool = False) -> int:
    """Lint `files` as `cswriter lint` does with these options; returns the exit code."""
    from cswriter.app.lint import LintRequest, build_tracer, fail_level as level_of, files_to_lint, lint, lint_config
    from cswriter.lint.render import github_lines, print_errors, print_text

    files, _ = files_to_lint(list(files), stdin_name=stdin_filename)
    if not files:  # everything named is in .cswriterignore: nothing to say
        _stream([], None, None, output_format)
        return 0
    config = lint_config([stdin_filename if f == "-" and stdin_filename else f for f in files],
                         config_path=config_path, no_config=no_config, select=select, ignore=ignore)
    if config is None and stdin_filename and files == ["-"]:
        from cswriter.app.lint import nearest_config

        config = nearest_config([stdin_filename])  # the editor's file decides, not the current folder
    request = LintRequest(paths=files, facts_path=facts_path, config=config, fix=fix,
                          stdin_name=stdin_filename)
    tracer = build_tracer(request)  # once for every file linted
    level = lambda: level_of(fail_level, config, files)  # noqa: E731 - after the files are read

    if not fix:
        report = _stream(files, tracer, config, output_format, stdin_filename)
        return _exit(report, level())
    outcome = lint(request, tracer)
    report = outcome.report
    if output_format == "json":
        from cswriter.app.lint import lint_document

        print_document(lint_document(outcome))
        print_errors(report)
    elif output_format == "github":
        import sys

        lines = github_lines(report)
        sys.stdout.write("".join(line + "\n" for line in lines))
    elif output_format in ("sarif", "jsonl"):
        _machine(report, output_format)
    else:
        print_errors(report)
        print_text(report, fixed=outcome.fixed or {})
    return _exit(report, level())


def _exit(report, level: str) -> int:
    from cswriter.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

    if report.errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if report.count_at_least(level) else EXIT_OK


def _machine(report, output_format: str) -> None:
    import json
    import sys

    from cswriter.lint.render import print_errors
    from cswriter.lint.sarif import jsonl_line, sarif_document

    if output_format == "sarif":
        sys.stdout.write(json.dumps(sarif_document(report.findings, report.errors), ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        sys.stdout.write("".join(jsonl_line(f) + "\n" for f in report.findings))
    print_errors(report)


def _renderer(output_format: str):
    """What a worker process turns one file's findings into, for this output format (None:
    the main process keeps the findings, as for SARIF's single document)."""
    import functools

    from cswriter.lint import render as r

    if output_format == "text":
        return functools.partial(render_text, color=r.wants_color())
    return {"json": render_json, "jsonl": render_jsonl, "github": render_github}.get(output_format)


def render_text(result, *, color: bool) -> str:
    from cswriter.lint.render import file_lines, lines_text

    return lines_text(file_lines(result.path, result.findings), color=color)


def render_json(result) -> str:
    import json

    return ",\n".join(json.dumps(f.to_dict(), ensure_ascii=False) for f in result.findings)


def render_jsonl(result) -> str:
    from cswriter.lint.sarif import jsonl_line

    return "".join(jsonl_line(f) + "\n" for f in result.findings)


def render_github(result) -> str:
    from cswriter.lint.render import github_finding_lines

    return "".join(line + "\n" for line in github_finding_lines(result.findings))


_BATCH = 512  # lines written at a time: one file's output is never held whole as text


def _batches(items):
    import itertools

    iterator = iter(items)
    while batch := list(itertools.islice(iterator, _BATCH)):
        yield batch


def _write_batched(out, lines) -> None:
    for batch in _batches(lines):
        out.write("".join(batch))


def _stream(files, tracer, config, output_format, stdin_name=None):
    """Lint and print file by file, in the order given: findings go out as each file is
    done and are not kept, so memory stays bounded on any number of files; the summary
    counts them as they pass."""
    import json
    import sys

    from cswriter.lint import LintReport
    from cswriter.lint.engine import iter_lint
    from cswriter.lint.render import (
        file_lines,
        github_error_line,
        github_finding_lines,
        print_lines,
        summary_lines,
    )

    from cswriter.app.lint import name_stdin

    report = LintReport()
    out = sys.stdout
    first = True
    keep = output_format == "sarif"  # one document at the end, with every finding
    if output_format == "json":
        from cswriter.documents import SCHEMA_VERSION, lint_document

        out.write(f'{{"schema_version": {SCHEMA_VERSION}, "findings": [')
    lazy = not keep  # each finding is made, written and dropped: memory flat in the findings
    for result in iter_lint(files, tracer=tracer, config=config, render=_renderer(output_format), lazy=lazy):
        if result.rendered is not None:  # rendered in a worker process
            report.add(result)
            if output_format == "json":
                if result.rendered:
                    out.write(("\n" if first else ",\n") + result.rendered)
                    first = False
            elif output_format == "text":
                from cswriter.lint.render import wants_color, write_rendered

                write_rendered(result.rendered, color=wants_color())
            else:
                out.write(result.rendered)
            continue
        if stdin_name:
            for item in (result, result.stat, result.error):
                if item is not None:
                    name_stdin(item, stdin_name)
        if result.error is not None:
            report.add(result, keep=keep)
            if output_format == "github":
                out.write(github_error_line(result.error) + "\n")
            sys.stderr.write(f"错误：{result.error.message}\n")
            continue
        tally: dict[tuple[str, str], int] = {}
        if lazy:
            result.findings = _counted(result.findings, tally, stdin_name)
        else:
            if stdin_name:
                for f in result.findings:
                    name_stdin(f, stdin_name)
            report.add(result, keep=keep)
        if output_format == "json":
            for f in result.findings:
                out.write(("\n" if first else ",\n") + json.dumps(f.to_dict(), ensure_ascii=False))
                first = False
        elif output_format == "github":
            for batch in _batches(result.findings):
                out.write("".join(line + "\n" for line in github_finding_lines(batch)))
        elif output_format == "jsonl":
            from cswriter.lint.sarif import jsonl_line

            _write_batched(out, (jsonl_line(f) + "\n" for f in result.findings))
        elif output_format == "text":
            head = next(iter(result.findings), None)
            if head is not None:
                import itertools

                for batch in _batches(file_lines(result.path, itertools.chain((head,), result.findings))):
                    print_lines(batch)
        if lazy:
            for _ in result.findings:  # an output format that wrote none still counts them
                pass
            result.findings, result.tally = [], tally
            if result.stat is not None:
                result.stat.findings = sum(tally.values())
            report.add(result)
    if output_format == "json":
        # The same document as `lint_document` builds, with the findings streamed ahead of it.
        rest = {k: v for k, v in lint_document(report).items() if k not in ("schema_version", "findings")}
        out.write("\n]")
        for key, value in rest.items():
            out.write(f",\n{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, indent=2)}")
        out.write("}\n")
    elif output_format == "text":
        print_lines(summary_lines(report))
    elif output_format == "sarif":
        import json

        from cswriter.lint.sarif import sarif_document

        out.write(json.dumps(sarif_document(report.findings, report.errors), ensure_ascii=False, indent=2) + "\n")
    return report


def _counted(findings, tally: dict[tuple[str, str], int], stdin_name: str | None):
    """The findings as they pass, counted by (severity, family) into `tally` (and renamed for
    standard input)."""
    if stdin_name:
        from cswriter.app.lint import name_stdin
    for f in findings:
        if stdin_name:
            name_stdin(f, stdin_name)
        key = (f.severity, f.family)
        tally[key] = tally.get(key, 0) + 1
        yield f
