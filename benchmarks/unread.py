"""Calibrate the confidence shown to users on questions nobody here has read.

Why: the confidence model is fitted by cross-validation on our question files, but each of those
files was read before it was fitted on — its misses became checks in qa/answer. Out-of-fold it is
well calibrated (ECE ≈ 0.02); on question files written and scored before anyone read them it has
been overconfident every time (ECE 0.13–0.21, about 85 % right at ≥ 0.9). A user's question is of
the second kind, so the confidence shown is mapped once more, by a slope and intercept on its logit
fitted only on answers given to *unread* questions.

Where those answers come from: every session writes a new held-out file (seeds_freshN.jsonl) before
changing any code, and the next session makes it a dev file by adding seeds_fresh{N+1}.jsonl first.
So the commit that adds seeds_fresh{N+1}.jsonl holds the last code that never read seeds_freshN.
`record` checks out that commit for every retired held-out file, answers the file with it (against
a copy of this checkout's index) and keeps its confidence, decision and correctness in
benchmarks/unread_answers.jsonl (files already recorded are skipped). seeds_fresh6 and the newest
file stay held out: they are never recorded.

`fit` fits the map (Platt scaling on the logit of the model's confidence, answered questions only)
and reports it leave-one-file-out: each file is scored by a map fitted on the others. It writes
qa/answer/unread.json. The abstention decision is not changed by the map, only the number shown.

Usage: python benchmarks/unread.py record [--first 8]
       python benchmarks/unread.py fit [--out qa/answer/unread.json]
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
from calibrate import fit_platt  # the same Platt scaling as the model's own calibration

from qa.evaluate import ece

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RECORDS = HERE / "unread_answers.jsonl"
MAP_OUT = ROOT / "qa" / "answer" / "unread.json"
FIRST = 8
"""seeds_fresh8.jsonl is the first file written as a held-out set before the session's changes."""
NEVER = {"seeds_fresh6"}
"""Held out for good: scored every session, never fitted on."""

log = logging.getLogger("unread")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def retired_sets(first: int = FIRST) -> list[tuple[str, str]]:
    """(file stem, commit of the last code that had not read it), oldest first."""
    numbers = sorted(int(m.group(1)) for p in HERE.glob("seeds_fresh*.jsonl")
                     if (m := re.fullmatch(r"seeds_fresh(\d+)\.jsonl", p.name)))
    out = []
    for n in numbers:
        stem, successor = f"seeds_fresh{n}", f"benchmarks/seeds_fresh{n + 1}.jsonl"
        if n < first or stem in NEVER or n + 1 not in numbers:
            continue
        added = git("log", "--diff-filter=A", "--format=%H", "--", successor).splitlines()
        if added:
            out.append((stem, added[-1]))
    return out


def recorded() -> list[dict]:
    if not RECORDS.exists():
        return []
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def answer_with(commit: str, stem: str, workdir: Path) -> list[dict]:
    """Answer benchmarks/<stem>.jsonl with the qa package of `commit`."""
    tree = workdir / commit[:12]
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(["git", "archive", commit, "qa"], cwd=ROOT, check=True, capture_output=True).stdout
        tar = workdir / f"{commit[:12]}.tar"
        tar.write_bytes(archive)
        with tarfile.open(tar) as fh:
            fh.extractall(tree, filter="data")
    details = workdir / f"{stem}.{commit[:12]}.det.jsonl"
    embeddings = workdir / f"{commit[:12]}.embeddings"
    # -P: the old package from PYTHONPATH, not this checkout's from the working directory.
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0", "HF_HUB_OFFLINE": "1"}
    if not embeddings.exists():
        # The index as that code built it (its sentence split, entities, dates), from the cached vectors.
        shutil.copytree(ROOT / "embeddings", embeddings)
        subprocess.run([sys.executable, "-P", "-c", "from qa.cli import main; main()", "--embeddings", str(embeddings),
                        "build", "--force"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([sys.executable, "-P", "-c", "from qa.cli import main; main()", "--embeddings", str(embeddings),
                    "eval", str(HERE / f"{stem}.jsonl"),
                    "--json", "--details", str(details)], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    rows = []
    for line in details.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        answerable = bool(d["answers"])
        rows.append({
            "set": stem, "commit": commit, "question": d["question"], "lang": d.get("lang", ""),
            "kind": d.get("kind", ""), "answerable": answerable,
            "confidence": d.get("model_confidence", d["confidence"]), "abstained": d["abstained"],
            "right": answerable and bool(d["hit"]) and not d["abstained"],
            **({"signals": d["signals"]} if "signals" in d else {}),  # written by qa eval since seeds_fresh31's session
        })
    return rows


def record(first: int) -> None:
    rows = recorded()
    done = {(r["set"], r["commit"]) for r in rows}
    todo = [(s, c) for s, c in retired_sets(first) if (s, c) not in done]
    log.info("%d retired held-out files, %d to record", len(done) + len(todo), len(todo))
    with tempfile.TemporaryDirectory(prefix="qa-unread-") as tmp:
        for i, (stem, commit) in enumerate(todo, 1):
            try:
                new = answer_with(commit, stem, Path(tmp))
            except subprocess.CalledProcessError as exc:
                log.warning("%s with %s failed, skipped: %s", stem, commit[:9], (exc.stderr or b"")[-300:])
                continue
            rows += new
            answered = [r for r in new if not r["abstained"]]
            log.info("[%d/%d] %s by %s: %d answered, %d right", i, len(todo), stem, commit[:9],
                     len(answered), sum(r["right"] for r in answered))
            write_atomic(RECORDS, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def figures(conf: np.ndarray, right: np.ndarray) -> dict:
    hi = conf >= 0.9
    return {"n": int(len(conf)), "accuracy": round(float(right.mean()), 4) if len(conf) else None,
            "mean_confidence": round(float(conf.mean()), 4) if len(conf) else None,
            "ece": round(ece(conf, right), 4), "precision_at_conf_0_9": round(float(right[hi].mean()), 4) if hi.any() else None,
            "n_at_conf_0_9": int(hi.sum())}


def fit(out: Path) -> dict:
    rows = [r for r in recorded() if not r["abstained"]]
    if not rows:
        raise SystemExit(f"no recorded answers in {RECORDS}; run `python benchmarks/unread.py record` first")
    sets = sorted({r["set"] for r in rows}, key=lambda s: int(s.removeprefix("seeds_fresh")))
    z = logit(np.array([r["confidence"] for r in rows]))
    y = np.array([float(r["right"]) for r in rows])
    group = np.array([r["set"] for r in rows])
    mapped = np.zeros_like(z)
    per_set = {}
    for s in sets:
        held = group == s
        slope, intercept = fit_platt(z[~held], y[~held])
        mapped[held] = 1 / (1 + np.exp(-(slope * z[held] + intercept)))
        per_set[s] = {"model": figures(1 / (1 + np.exp(-z[held])), y[held]), "mapped": figures(mapped[held], y[held])}
    slope, intercept = fit_platt(z, y)
    result = {
        "about": "Fitted by benchmarks/unread.py on answers to questions nobody had read; do not edit by hand.",
        "slope": slope, "intercept": intercept, "sets": sets, "n_answers": len(rows),
        "leave_one_file_out": {"model": figures(1 / (1 + np.exp(-z)), y), "mapped": figures(mapped, y)},
        "per_file": per_set,
    }
    write_atomic(out, json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return result


def show(result: dict) -> None:
    def line(name: str, f: dict) -> str:
        p9 = f["precision_at_conf_0_9"]
        return (f"  {name:26s} n={f['n']:4d} right {f['accuracy']:.3f} mean conf {f['mean_confidence']:.3f} "
                f"ECE {f['ece']:.3f} P@0.9 {'-' if p9 is None else f'{p9:.3f}'} ({f['n_at_conf_0_9']})")

    print(f"unread calibration: slope {result['slope']}, intercept {result['intercept']}, "
          f"{result['n_answers']} answers to {len(result['sets'])} files nobody had read")
    print("leave one file out (each file scored by a map fitted on the others):")
    print(line("model confidence", result["leave_one_file_out"]["model"]))
    print(line("shown (mapped)", result["leave_one_file_out"]["mapped"]))
    for s, f in result["per_file"].items():
        print(f"  {s}: ECE {f['model']['ece']:.3f} -> {f['mapped']['ece']:.3f}")
    for c in (0.5, 0.7, 0.9, 0.99):
        print(f"  model {c:.2f} is shown as {1 / (1 + math.exp(-(result['slope'] * math.log(c / (1 - c)) + result['intercept']))):.2f}")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["record", "fit"])
    ap.add_argument("--first", type=int, default=FIRST, help="First held-out file number to record.")
    ap.add_argument("--out", type=Path, default=MAP_OUT, help="Where fit writes the map.")
    args = ap.parse_args()
    if args.command == "record":
        record(args.first)
    else:
        show(fit(args.out))


if __name__ == "__main__":
    main()
