"""Build the folders of a blind report review (issue 23): shuffled offline drafts, the facts they
were written from, and a key the reviewers never see.

    # a panel: one version, the same shuffled drafts in N reviewer folders
    python bench/report_review_folders.py panel CHECKOUT FACTS_DIR OUTBASE PREFIX SEED N KEYS_DIR
    # a paired review: two versions of every draft, shuffled together, in one folder
    python bench/report_review_folders.py paired PREV NEW FACTS_DIR OUT PREFIX SEED KEYS_DIR

CHECKOUT, PREV and NEW are git checkouts of this project (worktrees); each side drafts with this
interpreter on that checkout's code (`python -m cswriter` run from inside the checkout: `-m` puts
the working directory before PYTHONPATH, so a draft run from another checkout would use that
one's code) and with a fresh cache. A panel writes OUTBASE-a … and a paired review OUT, each with
`drafts/PREFIXnn.md`, `facts/` and `facts-map.json`; the key (which draft is which facts file, and
which version) goes to KEYS_DIR/<folder name>.json, outside the reviewers' folders. Store a
finished review under fixtures/report-reviews/review-NN with the key as `key.json` and score it
with bench/report_review_scores.py.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def draft_all(checkout: Path, facts: list[Path]) -> list[tuple[str, str]]:
    """Every facts file drafted offline with `checkout`'s code: (facts stem, Markdown)."""
    env = dict(os.environ, CSWRITER_CACHE_DIR=tempfile.mkdtemp(prefix="cache-review-"),
               PYTHONPATH=str(checkout))
    drafts = []
    for path in facts:
        out = Path(tempfile.mkdtemp()) / f"{path.stem}.md"
        done = subprocess.run([sys.executable, "-m", "cswriter", "draft", str(path), "-o", str(out)],
                              cwd=checkout, env=env, capture_output=True, text=True)
        # exit 1 is a draft with findings (a real user's gaps); 2 is a file that did not load
        if done.returncode not in (0, 1) or not out.exists():
            sys.exit(f"{checkout} {path.name}: exit {done.returncode}\n{done.stderr[-2000:]}")
        drafts.append((path.stem, out.read_text(encoding="utf-8")))
    return drafts


def write_folder(out: Path, items: list[tuple[str, str, str]], facts: list[Path], prefix: str) -> dict:
    """drafts/PREFIXnn.md, facts/ and facts-map.json in `out`; returns the key."""
    (out / "drafts").mkdir(parents=True, exist_ok=True)
    (out / "facts").mkdir(exist_ok=True)
    key, facts_map = {}, {}
    for n, (side, stem, text) in enumerate(items, 1):
        name = f"{prefix}{n:02d}"
        (out / "drafts" / f"{name}.md").write_text(text, encoding="utf-8")
        key[name] = {"side": side, "fixture": stem}
        facts_map[f"{name}.md"] = f"facts/{stem}.yaml"
    for path in facts:
        shutil.copy(path, out / "facts" / path.name)
    (out / "facts-map.json").write_text(json.dumps(facts_map, ensure_ascii=False, indent=1), encoding="utf-8")
    return key


def save_key(keys: Path, folder: Path, key: dict) -> None:
    keys.mkdir(parents=True, exist_ok=True)
    (keys / f"{folder.name}.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")


def panel(checkout: str, facts_dir: str, outbase: str, prefix: str, seed: str, n: str, keys: str) -> None:
    facts = sorted(Path(facts_dir).glob("*.yaml"))
    items = [("main", stem, text) for stem, text in draft_all(Path(checkout).resolve(), facts)]
    random.Random(int(seed)).shuffle(items)
    for k in range(int(n)):
        folder = Path(f"{outbase}-{chr(ord('a') + k)}")
        save_key(Path(keys), folder, write_folder(folder, items, facts, prefix))
    print(f"{len(items)} drafts in {int(n)} folders {outbase}-a…")


def paired(prev: str, new: str, facts_dir: str, out: str, prefix: str, seed: str, keys: str) -> None:
    facts = sorted(Path(facts_dir).glob("*.yaml"))
    items = [(side, stem, text) for side, repo in (("prev", prev), ("new", new))
             for stem, text in draft_all(Path(repo).resolve(), facts)]
    random.Random(int(seed)).shuffle(items)
    folder = Path(out)
    save_key(Path(keys), folder, write_folder(folder, items, facts, prefix))
    same = sum(1 for stem in {s for _, s, _ in items} if len({t for _, s, t in items if s == stem}) == 1)
    print(f"{len(items)} drafts in {folder}; facts files whose two drafts are identical: {same}")


if __name__ == "__main__":
    commands = {"panel": (panel, 7), "paired": (paired, 7)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != 2 + commands[sys.argv[1]][1]:
        sys.exit(__doc__)
    commands[sys.argv[1]][0](*sys.argv[2:])
