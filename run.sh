#!/usr/bin/env bash
# MashSim's front door for people:
#   ./run.sh                 run the built-in default scenario (Cumbria, November 2017)
#   ./run.sh ARGS...         pass ARGS to the mashsim app, e.g. ./run.sh run scenarios/cumbria-2017-11.yaml --reps 20
#   ./run.sh --help          list every command
#   ./run.sh test            run every test
#   ./run.sh serve           start the web page for trainers and planners (open http://127.0.0.1:5170/)
#   ./run.sh docs            rerun the README's quoted examples and rewrite their figures (a few minutes)
#   ./run.sh bench [N]       time the bare event loop, the kernel and the full model on M/M/5 (N customers, default 1,000,000)
set -euo pipefail
# The app runs in the caller's folder, so a scenario, --out or a results folder given relative to it is found there
# (and results/ is made there); the build, the tests and the docs run in the repository.
caller=$PWD
repo=$(cd "$(dirname "$0")" && pwd)
cd "$repo"
# Hints the app prints ("carry on with ...") name the command that works from where it was run.
if [[ "$caller" == "$repo" ]]; then export MASHSIM_LAUNCHER=./run.sh; else export MASHSIM_LAUNCHER="$repo/run.sh"; fi

# Runs a built program (the app or the bench) in the caller's folder.
from_caller() {
  local program=$1
  shift
  cd "$caller"
  exec dotnet "$repo/$program" "$@"
}

# The stamp of the last successful build lives beside the app, so deleting bin/ (or a fresh clone) means a build.
stamp=src/MashSim.Cli/bin/Release/net10.0/.run-sh-built

# The inputs of the build: sources, projects, props files, global.json, the solution, the scenarios (the default is
# compiled into the app); bin/ and obj/ are outputs.
inputs() {
  find src scenarios Directory.*.props global.json MashSim.sln \( -name bin -o -name obj \) -prune -o -type f -print 2>/dev/null | LC_ALL=C sort
}

# True when the app must be built: no stamp or no app, an input newer than the stamp, or a file added or removed
# since (the stamp lists the inputs it was built from).
needs_build() {
  [[ -f "$stamp" && -f src/MashSim.Cli/bin/Release/net10.0/mashsim.dll && -f src/MashSim.Benchmarks/bin/Release/net10.0/MashSim.Benchmarks.dll ]] || return 0
  [[ -n "$(find src scenarios Directory.*.props global.json MashSim.sln \( -name bin -o -name obj \) -prune -o -type f -newer "$stamp" -print -quit 2>/dev/null)" ]] && return 0
  [[ "$(inputs)" != "$(cat "$stamp")" ]]
}

build() {
  needs_build || return 0
  # Restore and build quietly; show the output only if something fails.
  local log
  log=$(mktemp)
  # Stamped with the time the build began, so a file edited during the build still counts as newer next time.
  mkdir -p "$(dirname "$stamp")"
  inputs >"$stamp.next"
  if ! dotnet build MashSim.sln -c Release -nologo -v quiet >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log" "$stamp.next"
    echo "run.sh: the build failed (see above)." >&2
    exit 1
  fi
  mv "$stamp.next" "$stamp"
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
    from_caller src/MashSim.Benchmarks/bin/Release/net10.0/MashSim.Benchmarks.dll "$@"
    ;;
  "")
    build
    from_caller src/MashSim.Cli/bin/Release/net10.0/mashsim.dll run
    ;;
  *)
    build
    from_caller src/MashSim.Cli/bin/Release/net10.0/mashsim.dll "$@"
    ;;
esac
