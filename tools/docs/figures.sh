#!/usr/bin/env bash
# ./run.sh docs: runs the README's quoted examples and writes their figures, each with the command that made it,
# into docs/figures.md and into the README's matching generated blocks (between <!-- figure:NAME --> and
# <!-- /figure:NAME -->). A test checks that the README quotes every block exactly as generated.
# Affordable: a few minutes on a 2-core machine (the slow staffing searches are quoted from their own estimates, not run).
set -euo pipefail
cd "$(dirname "$0")/../.."
app=(dotnet src/MashSim.Cli/bin/Release/net10.0/mashsim.dll)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
figures=docs/figures.md

# Runs one example into its own folder and prints the folder it wrote.
example() {
  local name=$1; shift
  "${app[@]}" "$@" --out "$out/$name" >"$out/$name.log" 2>&1 || { cat "$out/$name.log" >&2; exit 1; }
  ls -d "$out/$name"/*/
}

# One CSV cell: the column named $2 of the row whose first column is $3 (and, with $4, whose column "scenario" is $4).
cell() {
  awk -F, -v col="$2" -v id="$3" -v scen="${4:-}" '
    { sub(/\r$/, "") }
    NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
    $1 == id && (scen == "" || $h["scenario"] == scen) { print $h[col]; exit }' "$1"
}
percent() { awk -v x="$1" 'BEGIN { printf "%.1f%%", 100 * x }'; }
points() { awk -v x="$1" 'BEGIN { printf "%+.1f points", 100 * x }'; }
hours() { awk -v x="$1" 'BEGIN { printf "%.3f h", x }'; }
# A whole number with thousands separators (1,142).
count() { awk -v x="$1" 'BEGIN { s = sprintf("%.0f", x); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } print s r }'; }

blocks=()
block() { # name, text
  blocks+=("$1")
  printf '<!-- figure:%s -->\n%s\n<!-- /figure:%s -->\n\n' "$1" "$2" "$1" >>"$out/figures.md"
}

: >"$out/figures.md"

# The paired comparison the README quotes: Cumbria's January 2017 MASH with the police back in it.
cmd=(compare scenarios/cumbria-2017-01.yaml scenarios/cumbria-2017-01-police-back.yaml)
folder=$(example compare "${cmd[@]}")
csv="$folder/comparison.csv"
block compare-police-back "\`./run.sh ${cmd[*]}\`: decisions within one working day $(percent "$(cell "$csv" mean decisionWithin1WorkingDay cumbria-2017-01)") → $(percent "$(cell "$csv" mean decisionWithin1WorkingDay cumbria-2017-01-police-back)") ($(points "$(cell "$csv" differenceFromFirst decisionWithin1WorkingDay cumbria-2017-01-police-back)"), $(cell "$csv" verdict decisionWithin1WorkingDay cumbria-2017-01-police-back)), amber $(percent "$(cell "$csv" mean decisionWithin1WorkingDayAmber cumbria-2017-01)") → $(percent "$(cell "$csv" mean decisionWithin1WorkingDayAmber cumbria-2017-01-police-back)").$(
  [[ $(cell "$csv" overload decisionWithin1WorkingDay cumbria-2017-01-police-back) == *"both overloaded"* ]] &&
  echo " Both runs are flagged overloaded (business support $(percent "$(cell "$csv" mean utilisationBusinessSupport cumbria-2017-01)") busy), so the difference depends on the horizon.")"

# The staffing finder on the M/M/3 queue, against Erlang C.
cmd=(staff scenarios/validation/mmc.yaml --role mash.staff.socialWorkers --target '"screeningWaitHoursMean <= 0.1"')
folder=$(example staff staff scenarios/validation/mmc.yaml --role mash.staff.socialWorkers --target "screeningWaitHoursMean <= 0.1")
csv="$folder/staffing.csv"
chosen=$(awk -F, '{ sub(/\r$/, "") } NR == 1 { for (i = 1; i <= NF; i++) if ($i == "chosen") c = i; next } $c == "yes" { print $1; exit }' "$csv")
block staff-mmc "\`./run.sh ${cmd[*]}\`: $chosen workers; mean wait $(hours "$(cell "$csv" mean 4)") with 4, $(hours "$(cell "$csv" mean 5)") with 5 (Erlang C: 0.179 h and 0.044 h)."

# The default against its calibration targets: one row per target, the simulated mean and 95% CI beside it.
cmd=(calibrate)
folder=$(example calibrate calibrate)
block calibration-default "$(awk '
  # One CSV line into f[1..n], honouring quoted fields (sources and labels hold commas); portable to any awk.
  function split_csv(line, f,    n, i, c, field, quoted) {
    n = 0; field = ""; quoted = 0
    for (i = 1; i <= length(line); i++) {
      c = substr(line, i, 1)
      if (quoted) {
        if (c == "\"" && substr(line, i + 1, 1) == "\"") { field = field c; i++ }
        else if (c == "\"") quoted = 0
        else field = field c
      } else if (c == "\"") quoted = 1
      else if (c == ",") { f[++n] = field; field = "" }
      else field = field c
    }
    f[++n] = field
    return n
  }
  function number(x, unit,    s, r) {
    x += 0   # a field split by hand is text: compared as such, "51.8" >= "100"
    if (unit == "share" || unit == "rate") return sprintf("%.1f%%", 100 * x)
    if (x >= 100) {
      s = sprintf("%.0f", x); r = ""
      while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
      return s r
    }
    return x < 10 ? sprintf("%.2f", x) : sprintf("%.1f", x)
  }
  { sub(/\r$/, "") }
  FILENAME ~ /summary.csv$/ { if (FNR > 1) { split_csv($0, f); label[f[1]] = f[2]; unit[f[1]] = f[3] } next }
  FNR == 1 { next }
  {
    split_csv($0, f); id = f[1]; source = f[4]; sub(/:.*/, "", source)
    met = f[9] == "yes"; rows++; if (met) hits++
    if (rows == 1) tolerance = f[3]; else if (f[3] != tolerance) tolerance = "mixed"
    line[rows] = sprintf("| %s | %s | %s | %s%s (%s-%s)%s |", label[id], number(f[2], unit[id]), source, met ? "" : "**",
      number(f[5], unit[id]), number(f[6], unit[id]), number(f[7], unit[id]), met ? "" : ": missed**")
  }
  END {
    printf "`./run.sh calibrate` (the default, 20 replications): %s of its %d targets met, a target being met when the simulated mean is within %s of its figure.\n\n", hits == rows ? "all" : hits, rows, tolerance == "mixed" ? "its tolerance" : sprintf("%g%%", 100 * tolerance)
    print "| outcome | target | source | simulated (95% CI) |"
    print "| --- | ---: | --- | ---: |"
    for (i = 1; i <= rows; i++) print line[i]
  }' "$folder/summary.csv" "$folder/calibration.csv")"

# The leaders' question: caseloads of 30 against the default, paired (common random numbers).
folder=$(example caseloads-30 compare --variant "caseloads of 30: pathway.team.socialWorkers=80; pathway.team.caseloadCap=30")
csv="$folder/comparison.csv"
setting() { "${app[@]}" validate --paths | awk -v p="$1" '$1 == p { print $3; exit }'; }
mean() { cell "$csv" mean "$1" "$2"; }
# A row: the outcome's words, its id, and how to show it (percent, or a printf format).
row() {
  local base ours
  base=$(mean "$2" cumbria-2017-11)
  ours=$(mean "$2" caseloads-of-30)
  if [[ $3 == percent ]]; then echo "| $1 | $(percent "$base") | $(percent "$ours") |"
  elif [[ $3 == count ]]; then echo "| $1 | $(count "$base") | $(count "$ours") |"
  else echo "| $1 | $(awk -v x="$base" -v f="$3" 'BEGIN { printf f, x }') | $(awk -v x="$ours" -v f="$3" 'BEGIN { printf f, x }') |"; fi
}
block caseloads-30 "\`./run.sh compare --variant \"caseloads of 30: pathway.team.socialWorkers=80; pathway.team.caseloadCap=30\"\` (the default's 20 replications each, paired):

| outcome | default ($(setting pathway.team.socialWorkers) workers, cap $(setting pathway.team.caseloadCap)) | caseloads of 30 (80 workers, cap 30) |
| --- | ---: | ---: |
$(row "caseload per social worker" caseloadMean "%.1f")
$(row "referrals waiting for a social worker" unallocatedMean count)
$(row "assessments within 45 working days" assessmentsWithin45WorkingDays percent)
$(row "CIN visits made late" visitsLateChildInNeed percent)
$(row "closures and step-downs made too soon" prematureEndings percent)
$(row "re-referrals within 12 months" reReferralShare percent)$(
  # A sign of overload on any of its rows (the column is quoted text, so looked for in the row, not by cell).
  # (One grep: with pipefail, grep -q ending a pipe early fails the grep before it.)
  grep -qE '^[^,]+,[^,]*,caseloads-of-30,.*(grows|rising|busy|still open)' "$csv" &&
  printf '\n\nThe run with caseloads of 30 is flagged overloaded: its figures grow with the horizon, so they describe this one.')"

# Throughput, last, so nothing else runs while it is timed: the bench, the default as a user runs it, and an
# England-sized year as one long run, without its event log and with it.
load=$(cut -d' ' -f1 /proc/loadavg)
bench=$(dotnet src/MashSim.Benchmarks/bin/Release/net10.0/MashSim.Benchmarks.dll)
block bench "\`./run.sh bench\` on $(date -u +%Y-%m-%d), $(nproc) cores, load $load before it:

\`\`\`
$bench
\`\`\`"
# Seconds from the command to its results folder, and the seconds of simulation the run reports.
timed() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  example "$name" "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}
simulated() { grep -oE '[0-9,]+ contacts simulated in [0-9.]+ s' "$out/$1.log"; }
wall=$(timed default run)
block default-run "\`./run.sh\` (the default's 20 replications on every core, with its event log): $(simulated default); $wall s from the command to the results folder."
cmd=(run scenarios/england-scale.yaml --reps 1 --threads 1 --event-log none)
wall=$(timed england "${cmd[@]}")
block england-run "\`./run.sh ${cmd[*]}\`: $(simulated england) on one thread; $wall s from the command to the results folder."
# The same year with its event log (events.csv, about 2.9 GB, formatted and written on a thread of its own).
cmd=(run scenarios/england-scale.yaml --reps 1 --threads 1)
wall=$(timed england-logged "${cmd[@]}")
block england-run-logged "\`./run.sh ${cmd[*]}\` (with its event log, about 2.9 GB, which its own thread writes): $(simulated england-logged) on one thread; $wall s from the command to the results folder."

mkdir -p docs
{
  echo "# Figures the README quotes"
  echo
  echo "Generated by \`./run.sh docs\` (tools/docs/figures.sh) on $(date -u +%Y-%m-%d); do not edit by hand. Each figure comes with the command that made it."
  echo
  cat "$out/figures.md"
} >"$figures"

# Put each block into the README in place of its previous version.
for name in "${blocks[@]}"; do
  text=$(awk -v n="$name" '$0 == "<!-- figure:" n " -->" { on = 1 } on { print } $0 == "<!-- /figure:" n " -->" { on = 0 }' "$figures")
  awk -v n="$name" -v text="$text" '
    $0 == "<!-- figure:" n " -->" { print text; skip = 1; next }
    skip && $0 == "<!-- /figure:" n " -->" { skip = 0; next }
    !skip { print }' README.md >"$out/README.md"
  cp "$out/README.md" README.md
done
echo "Wrote $figures and the README's generated blocks: ${blocks[*]}"
