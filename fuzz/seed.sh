#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seed inputs made from the repository's own sites:
# the example site (content/, site.yaml) and the test fixtures (tests/fixtures/). Each
# file is stored under its SHA-1, so running this again adds nothing twice.
#   front_matter: every Markdown file and every site.yaml
#   load_site:    every Markdown file (each is tried as an initiative)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

add() { # add <target> <file>
  local dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  cp "$2" "$dir/$(sha1sum "$2" | cut -d' ' -f1)"
}

count=0
while IFS= read -r -d '' file; do
  add front_matter "$file"
  add load_site "$file"
  count=$((count + 1))
done < <(find content tests/fixtures -type f -name '*.md' -print0 2>/dev/null)
while IFS= read -r -d '' file; do
  add front_matter "$file"
  count=$((count + 1))
done < <(find . tests/fixtures -maxdepth 4 -type f -name 'site.yaml' -not -path './fuzz/*' -not -path './target/*' -print0 2>/dev/null)
for target in front_matter load_site; do
  echo "fuzz/corpus/$target: $(find "fuzz/corpus/$target" -type f | wc -l) file(s)"
done
echo "($count source file(s) read)"
