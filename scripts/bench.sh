#!/usr/bin/env bash
# Builds the release server and benchmark, then runs every measure of issue 5.
# Usage: scripts/bench.sh [all|analysis|queries|lsp|check] [--quick] [--kind plain|markdown]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product brief-lsp >&2
swift build -c release --product brief-bench >&2
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)'); $(date -u '+%Y-%m-%d %H:%M UTC')"
exec .build/release/brief-bench "$@"
