#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for SECONDS.
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags…]
# Targets are the folders of Fuzz/ (not Common, not corpus). Each is compiled with
# `swiftc -sanitize=fuzzer,address` together with the library sources it exercises, so no
# SwiftPM change is needed. Builds go to .build-fuzz/, the growing corpus and any crash
# inputs to fuzz-out/TARGET/ (both gitignored). Exit status is non-zero on a finding.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]}"
seconds="${2:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]}"
shift 2
[[ -d "Fuzz/$target" && "$target" != Common && "$target" != corpus ]] || {
    echo "fuzz.sh: no target '$target'; have: $(ls Fuzz | grep -v -e '^Common$' -e '^corpus$' | tr '\n' ' ')" >&2
    exit 2
}

swiftc="${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"
build=".build-fuzz/$target"
out="fuzz-out/$target"
mkdir -p "$build" "$out/corpus" "$out/artifacts"

analysis_sources=()
while IFS= read -r -d '' file; do analysis_sources+=("$file"); done \
    < <(find Sources/BriefAnalysis -name '*.swift' -print0 | sort -z)
target_sources=()
while IFS= read -r -d '' file; do target_sources+=("$file"); done \
    < <(find "Fuzz/$target" Fuzz/Common -name '*.swift' -print0 | sort -z)

# FUZZ_OPT=-Onone keeps the standard library's debug checks (unsafe-pointer bounds) at the
# cost of speed; -O is the default, with ASan catching reads past an allocation.
flags=(-sanitize=fuzzer,address -parse-as-library "${FUZZ_OPT:--O}" -g)
echo "== building fuzz target $target"
case "$target" in
frame)
    # The server's sources import BriefAnalysis, so that is built as a module first; the
    # server's main.swift (top-level code) is left out, the fuzz entry point replaces it.
    lsp_sources=()
    while IFS= read -r -d '' file; do lsp_sources+=("$file"); done \
        < <(find Sources/BriefLSP -name '*.swift' ! -path Sources/BriefLSP/main.swift -print0 | sort -z)
    "$swiftc" "${flags[@]}" -module-name BriefAnalysis -emit-module -emit-module-path "$build/BriefAnalysis.swiftmodule" \
        -emit-library -static -o "$build/libBriefAnalysis.a" "${analysis_sources[@]}" 2> "$build/build.log" || { cat "$build/build.log" >&2; exit 1; }
    "$swiftc" "${flags[@]}" -module-name BriefLSP -I "$build" -L "$build" -lBriefAnalysis \
        -o "$build/fuzzer" "${lsp_sources[@]}" "${target_sources[@]}" 2>> "$build/build.log" || { cat "$build/build.log" >&2; exit 1; }
    ;;
*)
    # The entry point is compiled into the analysis module itself, so it can reach
    # internal API without @testable.
    "$swiftc" "${flags[@]}" -module-name BriefAnalysis -o "$build/fuzzer" \
        "${analysis_sources[@]}" "${target_sources[@]}" 2> "$build/build.log" || { cat "$build/build.log" >&2; exit 1; }
    ;;
esac

seeds=()
[[ -d "Fuzz/corpus/$target" ]] && seeds+=("Fuzz/corpus/$target")
dict=()
[[ -f "Fuzz/$target/$target.dict" ]] && dict=(-dict="Fuzz/$target/$target.dict")
# Inputs up to this size: large enough for a real brief's worth of structure, small enough
# to keep thousands of runs a second.
case "$target" in
edits) max_len=4096 ;;
*) max_len=16384 ;;
esac

echo "== running fuzz target $target for ${seconds}s"
# libFuzzer with -jobs writes fuzz-JOB.log into the working directory, so it runs from $out.
root="$PWD"
# Swift's own crash backtracer would race libFuzzer's handler for the same signal.
export SWIFT_BACKTRACE=enable=no
log="$out/run.log"
status=0
seed_paths=()
for seed in "${seeds[@]}"; do seed_paths+=("$root/$seed"); done
dict_paths=()
[[ ${#dict[@]} -gt 0 ]] && dict_paths=(-dict="$root/Fuzz/$target/$target.dict")
(cd "$out" && "$root/$build/fuzzer" corpus "${seed_paths[@]}" "${dict_paths[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -workers=1 -jobs=1 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix=artifacts/ "$@") > "$log" 2>&1 || status=$?
grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
if [[ $status -ne 0 ]] || grep -qE '^(==[0-9]+==ERROR|SUMMARY: |fuzz invariant failed)' "$log"; then
    echo "fuzz.sh: $target found a problem (exit $status); last lines of $log:" >&2
    tail -60 "$log" >&2
    ls -1 "$out/artifacts" >&2 || true
    exit 1
fi
