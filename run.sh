#!/usr/bin/env bash
# MashSim's front door for people:
#   ./run.sh                 run the built-in default scenario (Cumbria, November 2017)
#   ./run.sh ARGS...         pass ARGS to the mashsim app, e.g. ./run.sh run scenarios/cumbria-2017-11.yaml --reps 20
#   ./run.sh --help          list every command
#   ./run.sh test            run every test
#   ./run.sh docs            rerun the README's quoted examples and rewrite their figures (a few minutes)
#   ./run.sh bench [N]       time the bare event loop, the kernel and the full model on M/M/5 (N customers, default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")"
# Hints the app prints ("carry on with ...") name the command that works from here.
export MASHSIM_LAUNCHER=./run.sh

build() {
  # Restore and build quietly; show the output only if something fails.
  local log
  log=$(mktemp)
  if ! dotnet build MashSim.sln -c Release -nologo -v quiet >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "run.sh: the build failed (see above)." >&2
    exit 1
  fi
  rm -f "$log"
}

case "${1:-}" in
  test)
    shift
    exec dotnet test MashSim.sln -c Release "$@"
    ;;
  docs)
    # Rerun the README's quoted examples and rewrite their figures (docs/figures.md and the README's generated blocks).
    build
    exec bash tools/docs/figures.sh
    ;;
  bench)
    shift
    build
    exec dotnet src/MashSim.Benchmarks/bin/Release/net10.0/MashSim.Benchmarks.dll "$@"
    ;;
  "")
    build
    exec dotnet src/MashSim.Cli/bin/Release/net10.0/mashsim.dll run
    ;;
  *)
    build
    exec dotnet src/MashSim.Cli/bin/Release/net10.0/mashsim.dll "$@"
    ;;
esac
