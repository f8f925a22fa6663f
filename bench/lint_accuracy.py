#!/usr/bin/env python3
"""Sentence-level accuracy of the cswriter linter on the labelled corpus.

Runs a linter over every sentence of ``fixtures/lint-corpus/sentences.tsv`` and
reports precision and recall for the CS1 (vague), CS2 (subjective) and CS3
(unsupported) families. CS4/CS5/CS6 findings are ignored for this measure.

Two views are reported:

* **flagged at all** -- a sentence labelled vague/subjective/unsupported is a
  positive; a sentence with any CS1-CS3 finding is predicted positive. This is
  the measure the linter aim applies to (precision >= 0.90, recall >= 0.85).
* **per family** -- a sentence is a positive for family F if its label is F,
  and predicted positive for F if any finding has a code in F. A vague sentence
  flagged only with CS3 therefore counts as a CS1 false negative and a CS3
  false positive.

Usage::

    .venv/bin/python bench/lint_accuracy.py                 # text report
    .venv/bin/python bench/lint_accuracy.py --show-errors   # plus FP/FN listing
    .venv/bin/python bench/lint_accuracy.py --json          # machine-readable
    .venv/bin/python bench/lint_accuracy.py --linter mymod:lint      # another linter
    .venv/bin/python bench/lint_accuracy.py --linter /tmp/stub.py:lint
    .venv/bin/python bench/lint_accuracy.py --linter naive  # built-in naive baseline

The linter is called as ``fn(text, path="<corpus>")`` and must return an
iterable of findings, each with a ``code`` attribute (or key) such as "CS101".

Exit codes: 0 report printed; 1 the linter raised on at least one sentence;
2 the corpus or the linter could not be loaded.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import importlib.util
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "fixtures" / "lint-corpus" / "sentences.tsv"
DEFAULT_LINTER = "cswriter.lint:lint_text"

HEADER = ["id", "label", "text", "note"]
FAMILIES = ("vague", "subjective", "unsupported")
LABELS = FAMILIES + ("clean",)
FAMILY_OF_PREFIX = {"CS1": "vague", "CS2": "subjective", "CS3": "unsupported"}
FAMILY_CODE = {"vague": "CS1", "subjective": "CS2", "unsupported": "CS3"}
HARD_NEGATIVE_TAG = "hard-negative"

AIM_PRECISION = 0.90
AIM_RECALL = 0.85


class BenchError(Exception):
    """A problem that makes the benchmark impossible to run (exit 2)."""


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Sentence:
    id: str
    label: str
    text: str
    note: str

    @property
    def hard_negative(self) -> bool:
        return self.label == "clean" and HARD_NEGATIVE_TAG in self.note


def load_corpus(path: Path) -> list[Sentence]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = list(reader)
    except OSError as exc:
        raise BenchError(f"cannot read corpus {path}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise BenchError(f"corpus {path} is not UTF-8: {exc}") from exc
    if not rows or rows[0] != HEADER:
        raise BenchError(f"corpus {path}: header must be {'<TAB>'.join(HEADER)}")
    out: list[Sentence] = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not row or row == [""]:
            continue
        if len(row) != len(HEADER):
            raise BenchError(f"corpus {path}:{lineno}: expected {len(HEADER)} columns, got {len(row)}")
        sid, label, text, note = row
        if label not in LABELS:
            raise BenchError(f"corpus {path}:{lineno}: unknown label {label!r}")
        out.append(Sentence(sid, label, text, note))
    if not out:
        raise BenchError(f"corpus {path} has no sentences")
    return out


# --------------------------------------------------------------------------- linter loading

# A deliberately naive substring matcher, available as ``--linter naive``. It is
# not a target and not a reference implementation: it shows what the corpus's
# hard negatives and hard positives are there to catch (it flags 有效期, 基本信息,
# 较去年提升1.2个百分点 ... and misses nothing that merely contains a number).
_NAIVE_LEXICON = {
    "CS101": ("显著", "明显", "大幅", "极大", "大大", "很多", "大量", "不少", "许多", "一些", "部分",
              "大多数", "大部分", "基本", "较", "比较", "更加", "进一步", "大概", "可能", "差不多",
              "有效", "圆满完成", "取得了显著成效", "高度重视", "相关部门", "有关部门", "一直", "近期"),
    "CS201": ("做得很好", "非常努力", "素质", "最好", "最棒", "自豪", "欣慰", "委屈", "无可挑剔",
              "用心", "热情", "无理取闹", "太累", "感谢"),
    "CS301": ("有所", "得到提升", "得到改善", "将加强", "加强", "提高", "提升", "下降", "缩短", "减少",
              "计划", "下一步", "将"),
}


@dataclass(frozen=True)
class _NaiveFinding:
    code: str
    severity: str = "warning"


def naive_lint(text: str, path: str = "<corpus>") -> list[_NaiveFinding]:
    del path
    return [_NaiveFinding(code) for code, words in _NAIVE_LEXICON.items() if any(w in text for w in words)]


def load_linter(spec: str) -> Callable[..., Iterable[Any]]:
    """Resolve ``module:function``, ``path/to/file.py:function`` or ``naive``."""
    if spec == "naive":
        return naive_lint
    module_part, sep, func_name = spec.rpartition(":")
    if not sep or not module_part or not func_name:
        raise BenchError(f"--linter must look like module:function or file.py:function, got {spec!r}")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    try:
        if module_part.endswith(".py"):
            file = Path(module_part)
            if not file.is_file():
                raise BenchError(f"linter file not found: {file}")
            mod_spec = importlib.util.spec_from_file_location(f"_bench_linter_{file.stem}", file)
            if mod_spec is None or mod_spec.loader is None:
                raise BenchError(f"cannot load linter file {file}")
            module = importlib.util.module_from_spec(mod_spec)
            sys.modules[mod_spec.name] = module  # dataclasses and pickling look the module up
            mod_spec.loader.exec_module(module)
        else:
            module = importlib.import_module(module_part)
    except BenchError:
        raise
    except Exception as exc:  # ImportError, SyntaxError, errors at import time
        hint = ""
        if spec == DEFAULT_LINTER:
            hint = (" (the linter may not be merged yet; pass a stand-in with"
                    " --linter module:function, or --linter naive for the naive baseline)")
        raise BenchError(f"cannot import linter module {module_part!r}: {type(exc).__name__}: {exc}{hint}") from exc
    func = getattr(module, func_name, None)
    if func is None or not callable(func):
        raise BenchError(f"linter module {module_part!r} has no callable {func_name!r}")
    return func


def _code_of(finding: Any) -> str:
    code = getattr(finding, "code", None)
    if code is None and isinstance(finding, dict):
        code = finding.get("code")
    return str(code) if code is not None else ""


def family_of(code: str) -> str | None:
    return FAMILY_OF_PREFIX.get(code[:3].upper())


# --------------------------------------------------------------------------- evaluation


@dataclass
class Outcome:
    sentence: Sentence
    codes: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def families(self) -> set[str]:
        return {f for f in (family_of(c) for c in self.codes) if f}

    @property
    def relevant_codes(self) -> list[str]:
        return sorted({c for c in self.codes if family_of(c)})


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = _ratio(tp, tp + fp)
    r = _ratio(tp, tp + fn)
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and (p + r) else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


def run_linter(sentences: list[Sentence], linter: Callable[..., Iterable[Any]]) -> list[Outcome]:
    outcomes = []
    for s in sentences:
        o = Outcome(s)
        try:
            o.codes = [_code_of(f) for f in linter(s.text, path="<corpus>")]
        except Exception as exc:  # a crash on one sentence must not hide the rest
            o.error = f"{type(exc).__name__}: {exc}"
        outcomes.append(o)
    return outcomes


def evaluate(outcomes: list[Outcome]) -> dict[str, Any]:
    counts = {label: sum(o.sentence.label == label for o in outcomes) for label in LABELS}
    hard = [o for o in outcomes if o.sentence.hard_negative]
    plain_clean = [o for o in outcomes if o.sentence.label == "clean" and not o.sentence.hard_negative]

    # flagged at all
    tp = sum(o.sentence.label != "clean" and bool(o.families) for o in outcomes)
    fp = sum(o.sentence.label == "clean" and bool(o.families) for o in outcomes)
    fn = sum(o.sentence.label != "clean" and not o.families for o in outcomes)
    tn = sum(o.sentence.label == "clean" and not o.families for o in outcomes)
    overall = _prf(tp, fp, fn) | {"tn": tn}
    overall["aim_met"] = (
        overall["precision"] is not None and overall["recall"] is not None
        and overall["precision"] >= AIM_PRECISION and overall["recall"] >= AIM_RECALL
    )

    # per family, correct-family matching
    families: dict[str, Any] = {}
    for fam in FAMILIES:
        ftp = sum(o.sentence.label == fam and fam in o.families for o in outcomes)
        ffp = sum(o.sentence.label != fam and fam in o.families for o in outcomes)
        ffn = sum(o.sentence.label == fam and fam not in o.families for o in outcomes)
        families[fam] = {"code": FAMILY_CODE[fam], "gold": counts[fam],
                         "predicted": ftp + ffp} | _prf(ftp, ffp, ffn)
    micro = _prf(sum(v["tp"] for v in families.values()),
                 sum(v["fp"] for v in families.values()),
                 sum(v["fn"] for v in families.values()))
    macro_p = [v["precision"] for v in families.values() if v["precision"] is not None]
    macro_r = [v["recall"] for v in families.values() if v["recall"] is not None]
    families_avg = {
        "micro": micro,
        "macro": {"precision": sum(macro_p) / len(macro_p) if macro_p else None,
                  "recall": sum(macro_r) / len(macro_r) if macro_r else None},
    }

    # confusion: gold label x family of findings (a sentence can count in several columns)
    confusion = {
        label: {**{FAMILY_CODE[f]: sum(label == o.sentence.label and f in o.families for o in outcomes)
                   for f in FAMILIES},
                "none": sum(label == o.sentence.label and not o.families for o in outcomes)}
        for label in LABELS
    }

    def listing(items: list[Outcome]) -> list[dict[str, Any]]:
        return [{"id": o.sentence.id, "label": o.sentence.label, "codes": o.relevant_codes,
                 "hard_negative": o.sentence.hard_negative, "text": o.sentence.text,
                 "note": o.sentence.note} for o in items]

    errors = {
        "false_positives": listing([o for o in outcomes if o.sentence.label == "clean" and o.families]),
        "false_negatives": listing([o for o in outcomes if o.sentence.label != "clean" and not o.families]),
        "wrong_family": listing([o for o in outcomes if o.sentence.label in FAMILIES and o.families
                                 and o.sentence.label not in o.families]),
        "linter_errors": [{"id": o.sentence.id, "error": o.error, "text": o.sentence.text}
                          for o in outcomes if o.error],
    }
    return {
        "sentences": len(outcomes),
        "counts": counts,
        "hard_negatives": len(hard),
        "overall": overall,
        "families": families,
        "families_average": families_avg,
        "clean_flagged": {
            "plain": {"flagged": sum(bool(o.families) for o in plain_clean), "total": len(plain_clean)},
            "hard_negative": {"flagged": sum(bool(o.families) for o in hard), "total": len(hard)},
        },
        "confusion": confusion,
        "errors": errors,
        "aim": {"precision": AIM_PRECISION, "recall": AIM_RECALL},
    }


# --------------------------------------------------------------------------- output


def _f(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def format_text(report: dict[str, Any], show_errors: bool) -> str:
    c = report["counts"]
    lines = [
        f"lint accuracy -- corpus {report['corpus']}",
        f"  {report['sentences']} sentences: " + ", ".join(f"{k} {c[k]}" for k in LABELS)
        + f"; {report['hard_negatives']} hard negatives",
        f"  linter {report['linter']}; {report['elapsed_s']:.2f} s"
        f" ({1000 * report['elapsed_s'] / max(report['sentences'], 1):.2f} ms/sentence)",
        "",
    ]
    o = report["overall"]
    aim = report["aim"]
    lines += [
        "CS1-CS3 together (flagged at all: label != clean vs any CS1-3 finding)",
        f"  precision {_f(o['precision'])}  recall {_f(o['recall'])}  F1 {_f(o['f1'])}"
        f"   TP {o['tp']}  FP {o['fp']}  FN {o['fn']}  TN {o['tn']}",
        f"  aim precision >= {aim['precision']:.2f} and recall >= {aim['recall']:.2f}: "
        + ("met" if o["aim_met"] else "NOT met"),
        "",
        "per family (correct family: label F vs any finding in family F)",
        f"  {'family':<16}{'gold':>5}{'pred':>6}{'TP':>5}{'FP':>5}{'FN':>5}  {'prec':>6} {'recall':>6} {'F1':>6}",
    ]
    for fam, v in report["families"].items():
        lines.append(f"  {v['code'] + ' ' + fam:<16}{v['gold']:>5}{v['predicted']:>6}{v['tp']:>5}{v['fp']:>5}"
                     f"{v['fn']:>5}  {_f(v['precision']):>6} {_f(v['recall']):>6} {_f(v['f1']):>6}")
    mi = report["families_average"]["micro"]
    ma = report["families_average"]["macro"]
    lines += [
        f"  {'micro':<16}{'':>5}{'':>6}{mi['tp']:>5}{mi['fp']:>5}{mi['fn']:>5}"
        f"  {_f(mi['precision']):>6} {_f(mi['recall']):>6} {_f(mi['f1']):>6}",
        f"  {'macro':<16}{'':>26}  {_f(ma['precision']):>6} {_f(ma['recall']):>6}",
        "",
    ]
    cf = report["clean_flagged"]
    lines += [
        "clean sentences flagged (any CS1-3 finding)",
        f"  plain {cf['plain']['flagged']}/{cf['plain']['total']}"
        f"   hard negatives {cf['hard_negative']['flagged']}/{cf['hard_negative']['total']}",
        "",
        "confusion (rows: gold label; columns: sentences with >= 1 finding of that family, or none)",
        f"  {'':<12}" + "".join(f"{h:>6}" for h in ("CS1", "CS2", "CS3", "none")),
    ]
    for label, row in report["confusion"].items():
        lines.append(f"  {label:<12}" + "".join(f"{row[h]:>6}" for h in ("CS1", "CS2", "CS3", "none")))
    errs = report["errors"]
    if errs["linter_errors"]:
        lines += ["", f"linter raised on {len(errs['linter_errors'])} sentence(s):"]
        lines += [f"  {e['id']}  {e['error']}  {e['text']}" for e in errs["linter_errors"]]
    if show_errors:
        def block(title: str, items: list[dict[str, Any]]) -> list[str]:
            out = ["", f"{title} ({len(items)})"]
            for it in items:
                tag = " [hard-negative]" if it["hard_negative"] else ""
                codes = ",".join(it["codes"]) or "-"
                out.append(f"  {it['id']}  {it['label']:<11} {codes:<16} {it['text']}{tag}")
                if it["note"]:
                    out.append(f"  {'':<6}  {'':<11} {'':<16} note: {it['note']}")
            return out
        lines += block("false positives: clean sentences with a CS1-3 finding", errs["false_positives"])
        lines += block("false negatives: labelled sentences with no CS1-3 finding", errs["false_negatives"])
        lines += block("wrong family: flagged, but not in the labelled family", errs["wrong_family"])
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def _id_number(sentence_id: str) -> int:
    digits = "".join(c for c in sentence_id if c.isdigit())
    return int(digits) if digits else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="Sentence-level precision/recall of the cswriter linter (CS1-CS3) on the labelled corpus.")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="TSV corpus (default: %(default)s)")
    p.add_argument("--linter", default=DEFAULT_LINTER,
                   help="module:function, path/to/file.py:function, or 'naive' (default: %(default)s)")
    p.add_argument("--half", choices=("dev", "test"),
                   help="only odd-numbered ids (dev: errors may be studied to improve the rules) or "
                        "even-numbered ids (test: measure only, never look at its errors)")
    p.add_argument("--json", action="store_true", help="print a JSON report")
    p.add_argument("--show-errors", action="store_true",
                   help="list false positives, false negatives and wrong-family findings")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        sentences = load_corpus(args.corpus)
        if args.half:
            sentences = [s for s in sentences if _id_number(s.id) % 2 == (1 if args.half == "dev" else 0)]
        linter = load_linter(args.linter)
    except BenchError as exc:
        print(f"lint_accuracy: error: {exc}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    outcomes = run_linter(sentences, linter)
    elapsed = time.perf_counter() - start
    corpus = f"{args.corpus} ({args.half} half)" if args.half else str(args.corpus)
    report = {"corpus": corpus, "linter": args.linter, "elapsed_s": elapsed} | evaluate(outcomes)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_text(report, args.show_errors))
    return 1 if report["errors"]["linter_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
