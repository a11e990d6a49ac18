#!/usr/bin/env python3
"""What reading the history from git costs a build.

    SHARED_DIR=../shared python3 bench/history.py [--initiatives 1000] [--commits 500]
        [--runs 5] [--bin target/dist/retning] [--workdir DIR]

Generates a corpus (the shared generator), makes it a git repository with a scripted
history: a first commit, then COMMITS - 1 commits that each revise one initiative's
first target or measured value (initiatives taken in a fixed order, fixed dates, so the
same history every time), packed as a clone's objects are. Then builds, alternating, RUNS times each:

- the repository (history read, timelines, revisions and changes pages);
- a copy of the same files outside git (history unavailable);
- the repository with `history: false`.

Prints the median wall time of each, what history adds, and the rule it is held to:
less than the rest of the build takes, and nothing when the site is not in git.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def git(root, *args, date=None):
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", *args], cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)


def make_history(root, commits):
    git(root, "init", "-q", ".")
    git(root, "config", "user.name", "Bench")
    git(root, "config", "user.email", "bench@example.dk")
    git(root, "config", "commit.gpgsign", "false")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first", date="2020-01-01T10:00:00+00:00")
    files = sorted(
        p for p in (root / "content").rglob("*.md")
        if p.name != "index.md" and "directors" not in p.parts
    )
    field = re.compile(r"^(\s+(?:target|current): )(\d+(?:\.\d+)?)$", re.M)
    for n in range(1, commits):
        path = files[(n * 37) % len(files)]
        text = path.read_text(encoding="utf-8")
        match = field.search(text)
        if not match:
            continue
        value = match.group(2)
        new = str(int(float(value)) + 1) if "." not in value else f"{float(value) + 0.1:.1f}"
        path.write_text(text[: match.start(2)] + new + text[match.end(2):], encoding="utf-8")
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        year = 2020 + n // 336
        git(root, "commit", "-q", "-am", f"revision {n}",
            date=f"{year}-{month:02}-{day:02}T10:00:00+00:00")


def timed(binary, root, output):
    shutil.rmtree(output, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run([binary, "build", "--quiet", "--root", str(root), "--output", str(output)],
                   check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--initiatives", type=int, default=1000)
    ap.add_argument("--commits", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=str(REPO / "target/dist/retning"))
    ap.add_argument("--workdir")
    args = ap.parse_args()
    shared = Path(os.environ.get("SHARED_DIR", REPO.parent / "shared"))
    work = Path(args.workdir or tempfile.mkdtemp(prefix="retning-history-"))
    in_git, outside, off = work / "in-git", work / "outside-git", work / "history-off"
    for d in (in_git, outside, off):
        shutil.rmtree(d, ignore_errors=True)
    subprocess.run([sys.executable, str(shared / "bench/gen_corpus.py"), "--initiatives",
                    str(args.initiatives), "--out", str(in_git), "--flavour", "retning"],
                   check=True, stdout=subprocess.DEVNULL)
    started = time.perf_counter()
    make_history(in_git, args.commits)
    # Packed, as a clone (CI's checkout, a colleague's copy) has its objects.
    git(in_git, "gc", "-q")
    print(f"made {args.commits} commits in {time.perf_counter() - started:.1f} s (packed)")
    shutil.copytree(in_git, outside, ignore=shutil.ignore_patterns(".git"))
    shutil.copytree(in_git, off, symlinks=True)
    (off / "site.yaml").write_text((off / "site.yaml").read_text() + "history: false\n")
    times = {"in git": [], "outside git": [], "history: false": []}
    sites = {"in git": in_git, "outside git": outside, "history: false": off}
    for name, root in sites.items():
        timed(args.bin, root, work / "out")  # warm-up
    for _ in range(args.runs):
        for name, root in sites.items():
            times[name].append(timed(args.bin, root, work / "out"))
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, m in medians.items():
        print(f"{name:15} median {m * 1000:7.1f} ms  (runs: "
              + ", ".join(f"{t * 1000:.0f}" for t in times[name]) + ")")
    history = medians["in git"] - medians["outside git"]
    rest = medians["outside git"]
    print(f"history adds {history * 1000:.1f} ms to a build of {rest * 1000:.1f} ms "
          f"({history / rest * 100:.0f} %): {'within' if history < rest else 'OVER'} the rule "
          "(less than the rest of the build)")
    off_cost = medians["history: false"] - rest
    print(f"history: false costs {off_cost * 1000:+.1f} ms against a site outside git")
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if history < rest else 1


if __name__ == "__main__":
    sys.exit(main())
