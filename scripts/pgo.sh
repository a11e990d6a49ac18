#!/usr/bin/env bash
# The released binary, optimised with the profile of real builds (PGO).
#
#   bash scripts/pgo.sh                       # target/dist/retning (this machine)
#   bash scripts/pgo.sh --target TRIPLE       # target/TRIPLE/dist/retning
#   bash scripts/pgo.sh --profile-only        # only target/pgo/retning.profdata, and
#                                             # the RUSTFLAGS that use it (the release
#                                             # workflow's build setup: dist builds)
#
# 1. builds retning with profile `dist`, instrumented (-Cprofile-generate), in
#    target/pgo/instrumented;
# 2. trains it: `build` and `check` of the example site, of every fixture site in
#    tests/fixtures and of a large site made of the example's strategy copied 48 times
#    (only this repository's sites: the profile is the same wherever the script runs);
# 3. merges the counts with llvm-profdata (see find_profdata below) into
#    target/pgo/retning.profdata;
# 4. builds profile `dist` with -Cprofile-use, every crate (Tera's interpreter, the YAML
#    reader and pulldown-cmark too): the compiler lays out and inlines the paths a build
#    takes. A build of the 10,000-initiative benchmark site takes ~9 % less time
#    (BENCHMARKS.md, round 7). Behaviour is the same: CI builds the example site with
#    this binary and with the plain one and compares every byte.
#
# A target the machine cannot run (cross-compiling) gets the profile trained by this
# machine's own build: the code is the same, and functions that differ are just left
# without a profile.
set -euo pipefail
# (Written for bash 3.2 too, macOS's: an empty array is expanded as ${a[@]+"${a[@]}"}.)
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=""
profile_only=false
while (( $# )); do
  case $1 in
    --target) target=$2; shift 2 ;;
    --profile-only) profile_only=true; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pgo.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

say() { echo "[pgo] $*" >&2; }
# A path the compiler and LLVM can open, also on Windows (Git Bash gives /d/a/...).
native_path() {
  if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else echo "$1"; fi
}

work=$PWD/target/pgo
data=$work/data
profile=$work/retning.profdata
rm -rf "$data" "$work/sites"
mkdir -p "$data" "$work/sites"

host=$(rustc -vV | sed -n 's/^host: //p')
exe=""
[[ $host == *windows* ]] && exe=.exe

# llvm-profdata: $LLVM_PROFDATA if set; else rustup's llvm-tools (the compiler's own
# LLVM), added if missing; else the newest on the system (Debian's llvm-NN packages),
# which reads the compiler's counts as long as their format is one it knows (LLVM 19's
# reads rustc 1.95's).
find_profdata() {
  if [[ -n ${LLVM_PROFDATA:-} ]]; then
    echo "$LLVM_PROFDATA"
    return
  fi
  local own sysroot
  sysroot=$(rustc --print sysroot)
  # (On Windows, C:\Users\... as Git Bash's /c/Users/...)
  command -v cygpath >/dev/null 2>&1 && sysroot=$(cygpath -u "$sysroot")
  own=$sysroot/lib/rustlib/$host/bin/llvm-profdata$exe
  if [[ ! -x $own ]] && command -v rustup >/dev/null 2>&1; then
    say "adding rustup's llvm-tools (llvm-profdata)"
    rustup component add llvm-tools >&2 || say "rustup could not add llvm-tools"
  fi
  if [[ -x $own ]]; then
    echo "$own"
    return
  fi
  local system
  system=$(ls -d /usr/lib/llvm-*/bin/llvm-profdata 2>/dev/null | sort -t- -k2 -n | tail -1)
  [[ -n $system ]] || system=$(command -v llvm-profdata 2>/dev/null || true)
  echo "$system"
}
profdata=$(find_profdata)
if [[ -z $profdata || ! -x $profdata ]]; then
  echo "pgo.sh: no llvm-profdata: add rustup's llvm-tools (rustup component add llvm-tools)," >&2
  echo "        install one (Debian: apt-get install llvm-19), or name it in LLVM_PROFDATA" >&2
  exit 1
fi
say "llvm-profdata: $profdata"

locked=()
[[ -f Cargo.lock ]] && locked=(--locked)

say "1/4 instrumented build (profile dist)"
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-generate=$(native_path "$data")" \
  cargo build --profile dist ${locked[@]+"${locked[@]}"} --target-dir target/pgo/instrumented >&2
trainee=target/pgo/instrumented/dist/retning$exe

say "2/4 training: the example site, the fixture sites and a large site"
# The large site: the example site with its strategy folder copied 48 times (about
# 1,000 initiatives), so that the profile weighs what a large build repeats per page
# more than what every build does once (~1 % less time at 10,000 initiatives than
# trained on the small sites alone; BENCHMARKS.md, round 9).
large=$work/sites/large
mkdir -p "$large/content"
cp site.yaml "$large/"
cp -R content/. "$large/content/"
for strategy in content/*/index.md; do
  folder=$(dirname "$strategy")
  name=$(basename "$folder")
  for copy in $(seq 1 48); do
    cp -R "$folder" "$large/content/$name-$copy"
  done
done
# Each run writes its own counts file (%p: process, %m: binary).
export LLVM_PROFILE_FILE
LLVM_PROFILE_FILE="$(native_path "$data")/retning-%p-%m.profraw"
sites=(. tests/fixtures/*/ "$large")
n=0
for site in "${sites[@]}"; do
  n=$(( n + 1 ))
  "$trainee" build --root "$site" --output "$work/sites/out-$n" --quiet >/dev/null
  "$trainee" check --root "$site" >/dev/null 2>&1 || true # check reports, it may fail
done
unset LLVM_PROFILE_FILE
say "   $n sites built and checked"

say "3/4 merging the counts"
"$profdata" merge -o "$(native_path "$profile")" "$data"/*.profraw
rm -rf "$data" "$work/sites"
# The compiler only warns about a profile it cannot read (an llvm-profdata too old or
# too new for it), and builds without it: a one-line program tells before the build.
probe=$work/probe
mkdir -p "$probe"
echo 'fn main() {}' >"$probe/main.rs"
rustc -O -Cprofile-use="$(native_path "$profile")" -o "$(native_path "$probe/main$exe")" \
  "$(native_path "$probe/main.rs")" >"$probe/log" 2>&1 || true
if [[ -s $probe/log ]]; then
  cat "$probe/log" >&2
  echo "pgo.sh: the compiler cannot use the profile made by $profdata" >&2
  exit 1
fi
rm -rf "$probe"

flags="${RUSTFLAGS:-} -Cprofile-use=$(native_path "$profile")"
flags=${flags# }
if $profile_only; then
  say "profile: $profile"
  if [[ -n ${GITHUB_ENV:-} ]]; then
    echo "RUSTFLAGS=$flags" >>"$GITHUB_ENV"
    say "RUSTFLAGS set for the following steps: $flags"
  else
    echo "RUSTFLAGS=$flags"
  fi
  exit 0
fi

say "4/4 optimised build (profile dist${target:+, target $target})"
target_args=()
[[ -n $target ]] && target_args=(--target "$target")
RUSTFLAGS=$flags cargo build --profile dist ${locked[@]+"${locked[@]}"} ${target_args[@]+"${target_args[@]}"} >&2
say "done: target/${target:+$target/}dist/retning$exe"
