#!/usr/bin/env python3
"""bench/serve_latency.py: how long `retning serve` takes from saving a file to serving
the rebuilt page. A benchmark, not a test.

Usage:
    python3 bench/serve_latency.py [--initiatives 1000] [--edits 40] [--kind body|title|both]
                                   [--bin target/dist/retning] [--workdir DIR] [--keep]

What it does: generates the corpus with `shared/bench/gen_corpus.py --initiatives N
--flavour retning` (in a fresh folder under /dev/shm when it exists, so disk I/O stays out
of the numbers), starts `retning serve --port 0 --verbose` on it, then edits one
initiative file at a time (a different one each time, spread over all strategies) and
measures from just before the file is written until a GET of that initiative's page
returns the new text (the page is polled over one keep-alive connection, every 1 ms).

  --kind body   appends a paragraph to the Markdown body (the everyday edit)
  --kind title  changes the title in the front matter (re-renders the strategy, theme,
                director and overview pages too)
  --kind both   both, reported separately (default)

Prints every sample, then per kind: median, p95 (nearest rank), min and max, and the
server's own rebuild times (from its --verbose log). Goal for body edits on 1,000
initiatives: median < 50 ms, p95 < 150 ms.

Environment: SHARED_DIR (default: <repo>/../shared) for gen_corpus.py.
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLL_INTERVAL_S = 0.001
EDIT_TIMEOUT_S = 10.0
SETTLE_S = 0.15  # pause between edits, so each is measured on its own


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


class Server:
    def __init__(self, binary: Path, root: Path) -> None:
        self.proc = subprocess.Popen(
            [str(binary), "serve", "--root", str(root), "--port", "0", "--verbose"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "NO_COLOR": "1", "RETNING_LANG": "en"},
        )
        self.log: list[str] = []
        threading.Thread(target=self._read_stderr, daemon=True).start()
        deadline = time.monotonic() + 120
        url = None
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match:
                url = match.group(0)
                self.port = int(match.group(1))
                break
        if url is None:
            self.stop()
            sys.exit("retning serve printed no URL:\n" + "".join(self.log))
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.log.append(line)

    def get(self, path: str) -> bytes:
        for attempt in range(2):
            try:
                self.conn.request("GET", path)
                response = self.conn.getresponse()
                return response.read()
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                if attempt:
                    raise
        return b""

    def rebuild_times(self) -> list[float]:
        times = []
        for line in self.log:
            match = re.match(r"rebuilt \d+ of \d+ pages in (\d+) ms", line)
            if match:
                times.append(float(match.group(1)))
        return times

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def initiative_files(root: Path) -> list[Path]:
    files = []
    for strategy in sorted((root / "content").iterdir()):
        if not strategy.is_dir() or strategy.name == "directors":
            continue
        files.extend(p for p in sorted(strategy.glob("*.md")) if p.name != "index.md")
    return files


def page_path(root: Path, file: Path) -> str:
    text = file.read_text(encoding="utf-8")
    match = re.search(r"^id:\s*(\S+)\s*$", text, re.M)
    ident = match.group(1) if match else file.stem
    return f"/{file.parent.name}/{ident}/"


def measure(server: Server, root: Path, files: list[Path], kind: str, edits: int) -> list[float]:
    step = max(1, len(files) // edits)
    chosen = [files[(i * step + (7 if kind == "title" else 0)) % len(files)] for i in range(edits)]
    samples = []
    for n, file in enumerate(chosen, 1):
        path = page_path(root, file)
        server.get(path)  # warm: the page exists and the connection is open
        original = file.read_text(encoding="utf-8")
        marker = f"Maaling {kind} {n} {time.time_ns()}"
        if kind == "body":
            changed = original.rstrip("\n") + f"\n\n{marker}.\n"
        else:
            changed, count = re.subn(r"^title: (.*)$", lambda m: f"title: {marker}", original, 1, re.M)
            assert count == 1, f"no title in {file}"
        needle = marker.encode()
        started = time.perf_counter()
        file.write_text(changed, encoding="utf-8")
        while True:
            if needle in server.get(path):
                break
            if time.perf_counter() - started > EDIT_TIMEOUT_S:
                sys.exit(f"{path}: the edit did not show up within {EDIT_TIMEOUT_S} s\n" + "".join(server.log[-20:]))
            time.sleep(POLL_INTERVAL_S)
        elapsed_ms = (time.perf_counter() - started) * 1000
        samples.append(elapsed_ms)
        print(f"  {kind:5} {n:3}  {elapsed_ms:7.1f} ms  {path}", flush=True)
        time.sleep(SETTLE_S)
    return samples


def summary(kind: str, samples: list[float], rebuilds: list[float]) -> str:
    line = (
        f"{kind:5}: {len(samples)} edits: median {statistics.median(samples):.1f} ms, "
        f"p95 {p95(samples):.1f} ms, min {min(samples):.1f} ms, max {max(samples):.1f} ms"
    )
    if rebuilds:
        line += f" (server rebuild alone: median {statistics.median(rebuilds):.0f} ms, p95 {p95(rebuilds):.0f} ms)"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--initiatives", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--kind", choices=["body", "title", "both"], default="both")
    parser.add_argument("--bin", type=Path, default=REPO / "target" / "dist" / "retning")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    if args.edits < 30:
        sys.exit("--edits: at least 30, for a p95 worth the name")
    if not args.bin.exists():
        sys.exit(f"no binary at {args.bin}: run cargo build --profile dist first")
    shared = Path(os.environ.get("SHARED_DIR", REPO.parent / "shared"))
    generator = shared / "bench" / "gen_corpus.py"
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="retning-serve-bench.", dir=base))
    root = workdir / f"corpus-{args.initiatives}"
    if root.exists():
        shutil.rmtree(root)
    subprocess.run(
        [sys.executable, str(generator), "--initiatives", str(args.initiatives), "--flavour", "retning", "--out", str(root)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    files = initiative_files(root)
    print(f"corpus: {len(files)} initiative files in {root}")
    server = Server(args.bin, root)
    results = []
    try:
        kinds = ["body", "title"] if args.kind == "both" else [args.kind]
        for kind in kinds:
            before = len(server.rebuild_times())
            samples = measure(server, root, files, kind, args.edits)
            time.sleep(0.2)
            results.append((kind, samples, server.rebuild_times()[before:]))
    finally:
        server.stop()
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(f"retning serve, {args.initiatives} initiatives, save → page served with the new text:")
    for kind, samples, rebuilds in results:
        print(summary(kind, samples, rebuilds))


if __name__ == "__main__":
    main()
