#!/usr/bin/env bash
# HTML validity check of a built retning site with the Nu Html Checker (vnu).
#
#   tests/browser/vnu.sh <site-dir>
#
# Checks every .html file under <site-dir> in one JVM run
# (java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html)
# and exits 1 on any error, printing them with paths relative to <site-dir>.
# Closing line: "vnu: N passed, M failed" (counting files).
# Without java: an error when CI=true, else a skip notice and exit 0.
set -euo pipefail

if [[ $# -ne 1 || $1 == -h || $1 == --help ]]; then
  echo "usage: tests/browser/vnu.sh <site-dir>" >&2
  exit 1
fi
site=$1
if [[ ! -d $site ]]; then
  echo "vnu: site directory not found: $site" >&2
  exit 1
fi
site_abs=$(cd "$site" && pwd -P)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
jar="$repo/node_modules/vnu-jar/build/dist/vnu.jar"

if ! command -v java >/dev/null 2>&1; then
  if [[ ${CI:-} == true ]]; then
    echo "vnu: ERROR: java not found (CI=true): apt-get install default-jre-headless" >&2
    exit 1
  fi
  echo "vnu: SKIPPED: java not found (apt-get install default-jre-headless); set CI=true to make this an error"
  exit 0
fi
if [[ ! -f $jar ]]; then
  echo "vnu: ERROR: ${jar#"$repo/"} missing: run npm ci" >&2
  exit 1
fi

files=()
while IFS= read -r -d '' f; do
  files+=("$f")
done < <(find "$site_abs" -type f -name '*.html' -print0 | LC_ALL=C sort -z)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "vnu: ERROR: no .html files under $site" >&2
  exit 1
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "vnu: checking ${#files[@]} HTML file(s) under $site with vnu-jar $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$repo/node_modules/vnu-jar/package.json" | head -n1)"
start=$SECONDS
# vnu writes its messages to stderr and exits non-zero when it found errors.
status=0
java -jar "$jar" --errors-only --skip-non-html "${files[@]}" >"$out" 2>&1 || status=$?

# Messages look like: "file:/abs/site/x/index.html":12.1-12.44: error: text
# Show them relative to the site dir.
sed -e "s|^\"file:${site_abs}/|\"|" "$out"
bad=$(grep -o '^"file:[^"]*"' "$out" | sort -u | wc -l || true)
if [[ $status -ne 0 && $bad -eq 0 ]]; then
  # vnu failed without naming a file (bad option, crash, ...): count it all.
  bad=${#files[@]}
fi
if [[ -s $out && $status -eq 0 ]]; then
  # Output but a zero status should not happen with --errors-only; be strict.
  status=1
fi
good=$(( ${#files[@]} - bad ))
echo "vnu: done in $(( SECONDS - start )) s; $(grep -c ': error:' "$out" || true) error(s) in $bad file(s)"
echo "vnu: $good passed, $bad failed"
if [[ $status -ne 0 ]]; then
  exit 1
fi
