#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seed inputs made from the repository's own sites:
# the example site (content/, site.yaml) and the test fixtures (tests/fixtures/). Each
# file is stored under its SHA-1, so running this again adds nothing twice.
#   front_matter: every Markdown file and every site.yaml
#   load_site:    every Markdown file (each is tried as an initiative)
#   serve_request: a few request heads (written here)
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
# serve_request: request heads as browsers and attackers send them.
mkdir -p fuzz/corpus/serve_request
printf 'GET / HTTP/1.1\r\nHost: localhost:1111\r\n\r\n' > fuzz/corpus/serve_request/get
printf 'GET /strategi%%C3%%A5r/a?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' > fuzz/corpus/serve_request/redirect
printf 'HEAD /__retning/events HTTP/1.0\nConnection: keep-alive\n\n' > fuzz/corpus/serve_request/events
printf 'GET /..%%2f..%%2fetc/passwd HTTP/1.1\r\nHost: evil.example\r\n\r\n' > fuzz/corpus/serve_request/traversal
for target in front_matter load_site serve_request; do
  echo "fuzz/corpus/$target: $(find "fuzz/corpus/$target" -type f | wc -l) file(s)"
done
echo "($count source file(s) read)"
