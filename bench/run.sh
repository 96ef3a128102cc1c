#!/usr/bin/env bash
# Trent's benchmarks: bench/run.sh <scenario>|all [--duration SECONDS] [--endpoint URL] [options]
#
# Builds Trent and the harness (trent-cli, trent-bench), then runs the scenario(s): each against a
# fresh Trent in strict mode on SQLite in a temporary directory, next to the bare-HTTP limit server,
# under the Java load generator (separate processes, loopback only). Prints the table and writes
# bench/results/<scenario>.json. `bench/run.sh --help` lists every option; see bench/README.md.
#
# Environment: BENCH_SKIP_BUILD=1 to use the jars as they are; BENCH_MVN_FLAGS (e.g. -o) for Maven;
# BENCH_JAVA_OPTS for the load generator's JVM; TRENT_JAVA_OPTS for Trent's and the limit's JVMs;
# BENCH_NICE=-10 to run the harness, Trent and the limit at that niceness (negative needs root): on a
# machine shared with other work, they then get the CPU first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ $# -eq 0 ]; then
  echo "usage: bench/run.sh <scenario>|all [--duration SECONDS] [--endpoint URL] [options]   (--help for all)" >&2
  exit 2
fi
command -v java >/dev/null || { echo "bench/run.sh needs java (17+) on the PATH" >&2; exit 2; }
[ -r /proc/self/stat ] || { echo "bench/run.sh needs Linux (/proc) for CPU and memory figures" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  command -v mvn >/dev/null || { echo "bench/run.sh needs Maven (mvn) to build; or BENCH_SKIP_BUILD=1" >&2; exit 2; }
  echo "Building trent-cli and trent-bench (mvn package, tests skipped)..." >&2
  # shellcheck disable=SC2086
  mvn -B -q ${BENCH_MVN_FLAGS:-} -Dmaven.test.skip=true -pl trent-cli,trent-bench -am package >&2
fi

# Defaults for the jar and the checkout, unless given.
defaults=()
case " $* " in *" --trent-jar "*) ;; *) defaults+=(--trent-jar "$root/trent-cli/target/trent-cli.jar") ;; esac
case " $* " in *" --repo-root "*) ;; *) defaults+=(--repo-root "$root") ;; esac
nice=()
[ -n "${BENCH_NICE:-}" ] && nice=(nice -n "$BENCH_NICE")
# shellcheck disable=SC2086
exec "${nice[@]}" java ${BENCH_JAVA_OPTS:-} -jar "$root/trent-bench/target/trent-bench.jar" "$@" "${defaults[@]}"
