#!/usr/bin/env bash
# The benchmark of issue 8 in one run: builds, extraction, store writing against Jena's loaders,
# query latencies, HTTP throughput against a bare Fuseki, a load test and the N-Quads dump.
# Results go to BENCHMARKS.md. Takes about 25 minutes on 2 cores; a quick run:
#   bench/run.sh --sizes 1000 --runs 1 --load-seconds 10 --out /tmp/bench.md
# Options: --sizes N[,N] --runs R --load-seconds S --connections C --work DIR --out FILE
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -Pbench -DskipTests package -Dbench.args="$*"
