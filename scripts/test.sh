#!/usr/bin/env bash
# Run the whole suite. pytest's exit code 5 (no tests collected) is a failure here.
#
# Two pytest-xdist workers by default (GRAPHKIT_TEST_WORKERS overrides; 0 runs in this
# process): most of the suite's time is spent waiting on Neo4j, Chromium and notebook
# kernels, so two workers on two cores finish in about 60% of the time of one. Each worker
# starts its own Neo4j; `--dist loadfile` keeps a file's tests together and in order
# (tests/store/managed/test_lifecycle.py walks one instance through its life in turn).
set -uo pipefail
cd "$(dirname "$0")/.."
cores=$(nproc 2>/dev/null || echo 1)
workers=${GRAPHKIT_TEST_WORKERS:-$(( cores < 2 ? cores : 2 ))}
if [ "$workers" -gt 0 ]; then
  parallel=(-n "$workers" --dist loadfile)
else
  parallel=()
fi
.venv/bin/python -m pytest --durations=15 "${parallel[@]}" "$@"
code=$?
if [ "$code" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$code"
