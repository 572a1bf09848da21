#!/usr/bin/env bash
# Every benchmark in one command, ending in a table: builds the services, starts each once to archive the classes it
# loads, starts them on fresh databases (time to ready), bulk-loads the generated corpus, drives the gateway with wrk
# (analyze throughput, read latency of every quote filter at 32 connections), reads each service's RSS after the load,
# restarts each on the loaded databases (time to ready again), and runs the two engines' JMH benchmarks.
#
#   bench/run.sh                     # the full run: 100,000 articles, 1,000,000 quotes, 15 s per scenario
#   ARTICLES=10000 DURATION=5s WARMUP_ROUNDS=1 bench/run.sh   # a quick one
#
# Needs a JDK 17 (java, jcmd), PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), wrk, psql and curl.
# Results land in bench/target/results/ (table.md, one wrk output per scenario, service logs and GC logs).
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-100000}
QUOTES_PER_ARTICLE=${QUOTES_PER_ARTICLE:-10}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
SKIP_JMH=${SKIP_JMH:-}
# Seconds per scenario in a warm-up round (a number with s), and how many rounds at most (see the warm-up below).
WARMUP=${WARMUP:-5s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-8}
READ_SCENARIOS="page article speaker stance articleId text speaker+stance stance+text speaker+text articleId+stance deep"
# A small heap with the serial collector: one service per core or less needs no parallel collector, the heap cap
# keeps each process within the memory target, and a small initial heap lets it grow only as far as it is used
# (the JVM would otherwise start at 1/64 of the machine's memory). The containers size theirs from their limit.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms16m -Xmx128m -XX:ReservedCodeCacheSize=64m -Xss512k}
# The gateway's stance cache keeps each stance for a second or more under random reads: with the serial collector's
# default survivor spaces those outlived them, were promoted early and filled the old generation, collected in full
# (80-130 ms) every 4-30 s. A larger first heap and survivor spaces made that about once a minute (BENCHMARKS.md).
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:--Xms96m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=80}
RESULTS=bench/target/results
QUOTES_DB=quotestance_bench_quotes
STANCE_DB=quotestance_bench_stance
TRAINING_QUOTES_DB=quotestance_bench_training_quotes
TRAINING_STANCE_DB=quotestance_bench_training_stance
TRAINED_ARCHIVE=app-cds-trained.jsa
TOKEN=bench-token
INTERNAL_TOKEN=bench-internal-token

for tool in wrk psql curl java jcmd; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool on the PATH" >&2; exit 2; }
done
psql_admin() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c 'select 1' >/dev/null || { echo "no PostgreSQL on 127.0.0.1:5432" >&2; exit 2; }

rm -rf "$RESULTS" && mkdir -p "$RESULTS"
echo "== build"
./mvnw -B -q install -DskipTests

PIDS=()
# Stops the services and waits until they are gone (killed after 30 s): a service started right after must not find
# its port taken, nor its readiness answered by the one before.
stop_all() {
  local pid waited
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for waited in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT

for db in "$QUOTES_DB" "$STANCE_DB" "$TRAINING_QUOTES_DB" "$TRAINING_STANCE_DB"; do
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
done

# Each service starts once on scratch databases and writes, as it stops, a class-data archive (AppCDS) of every class
# it loaded; the measured starts below map those classes instead of reading and verifying them from the jars. Quarkus's
# own archive (quarkus.package.jar.appcds) holds only what static initialisation loads, about two thirds of them, and
# started each service about half a second later (BENCHMARKS.md). An archive is only good for the JDK that wrote it.
echo "== training starts for the class-data archives"
train_archive() {
  local name=$1 port=$2; shift 2
  (cd "$name/target/quarkus-app" && rm -f "$TRAINED_ARCHIVE" && exec env "$@" MALLOC_ARENA_MAX=2 \
    QUARKUS_HTTP_PORT="$port" QUOTESTANCE_INTERNAL_TOKEN="$INTERNAL_TOKEN" \
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$TRAINED_ARCHIVE" -jar quarkus-run.jar) \
    >"$RESULTS/$name.training.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name died in training, see $RESULTS/$name.training.log" >&2; exit 1; }
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid" || true
  [ -s "$name/target/quarkus-app/$TRAINED_ARCHIVE" ] \
    || { echo "$name wrote no archive, see $RESULTS/$name.training.log" >&2; exit 1; }
}
train_archive quotes-service 8081 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$TRAINING_QUOTES_DB"
train_archive stance-service 8082 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$TRAINING_STANCE_DB"
train_archive gateway 8080 QUOTESTANCE_API_TOKENS="bench:$TOKEN" \
  QUOTES_SERVICE_URL=http://127.0.0.1:8081 STANCE_SERVICE_URL=http://127.0.0.1:8082
psql_admin -c "DROP DATABASE $TRAINING_QUOTES_DB WITH (FORCE)" -c "DROP DATABASE $TRAINING_STANCE_DB WITH (FORCE)"

# Starts a packaged service and prints its pid; the time from `java -jar` to a ready UP goes to
# $RESULTS/<name>.<START>.ready, its output to $RESULTS/<name>.<START>.log.
START=first
start_service() {
  local name=$1 port=$2; shift 2
  local started_ms; started_ms=$(date +%s%3N)
  # Each collection with its pause, to tell a collector's stall from another in the latencies.
  local gc_log=$PWD/$RESULTS/$name.$START.gc.log
  # The archive names the jars by their paths: start from the application's directory. Two malloc arenas instead
  # of glibc's eight a core: 5-10 MiB less resident memory a service, the throughput alike (BENCHMARKS.md).
  (cd "$name/target/quarkus-app" && exec env "$@" MALLOC_ARENA_MAX=2 QUARKUS_HTTP_PORT="$port" \
    QUOTESTANCE_INTERNAL_TOKEN="$INTERNAL_TOKEN" \
    java $JAVA_OPTS ${SERVICE_JAVA_OPTS:-} -XX:SharedArchiveFile="$TRAINED_ARCHIVE" \
      -Xlog:gc:file="$gc_log":uptime,level -jar quarkus-run.jar) >"$RESULTS/$name.$START.log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name died, see $RESULTS/$name.$START.log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(date +%s%3N) - started_ms )) >"$RESULTS/$name.$START.ready"
  echo "$pid"
}

start_all() {
  QUOTES_PID=$(start_service quotes-service 8081 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$QUOTES_DB")
  PIDS+=("$QUOTES_PID")
  STANCE_PID=$(start_service stance-service 8082 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$STANCE_DB")
  PIDS+=("$STANCE_PID")
  GATEWAY_PID=$(SERVICE_JAVA_OPTS=$GATEWAY_JAVA_OPTS start_service gateway 8080 QUOTESTANCE_API_TOKENS="bench:$TOKEN" \
    QUOTES_SERVICE_URL=http://127.0.0.1:8081 STANCE_SERVICE_URL=http://127.0.0.1:8082)
  PIDS+=("$GATEWAY_PID")
}

echo "== start the services on empty databases"
start_all

echo "== load $ARTICLES articles with $QUOTES_PER_ARTICLE quotes each"
load_started=$(date +%s)
# Quote text is written with the words of real news: the seed article and the extraction development set.
NEWS_TEXTS=$PWD/docs/samples:$PWD/quotes-service/src/test/resources/extraction-devset
./mvnw -B -q -pl bench exec:exec@load-corpus -Dcorpus.args="jdbc:postgresql://127.0.0.1:5432/$QUOTES_DB \
  jdbc:postgresql://127.0.0.1:5432/$STANCE_DB $NEWS_TEXTS $ARTICLES $QUOTES_PER_ARTICLE 42" | tee "$RESULTS/load.txt"
echo $(( $(date +%s) - load_started )) >"$RESULTS/load.seconds"

bounds=$(psql_admin -d "$QUOTES_DB" -F ' ' -c \
  'select (select min(id) from quotes.article), (select max(id) from quotes.article),
          (select min(id) from quotes.speaker), (select max(id) from quotes.speaker)')
read -r FIRST_ARTICLE LAST_ARTICLE FIRST_SPEAKER LAST_SPEAKER <<<"$bounds"
export FIRST_ARTICLE LAST_ARTICLE FIRST_SPEAKER LAST_SPEAKER

# Real-length articles for analyze: the seed and the extraction development set, joined to 3,000–8,000 characters.
ls docs/samples/seed-article.txt quotes-service/src/test/resources/extraction-devset/*.txt \
  >"$RESULTS/article-files.txt"
export ARTICLE_FILES=$RESULTS/article-files.txt

# wrk's summary: requests/s, p50 and p99 in ms, the count of errors (socket errors and non-2xx answers), and of
# answers served without stances (degraded).
summarise() {
  local file=$1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { errors += $NF } /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /Degraded answers/ { degraded = $3 }
    END { printf "%.0f|%.1f|%.1f|%d|%d\n", rps, p50, p99, errors, degraded }' "$file"
}

# CPU time used so far, in clock ticks: the gateway, quotes-service, stance-service, then all of PostgreSQL's processes
# (the services' connection pools keep their backends alive across a run).
cpu_ticks() {
  local pid pg=0
  for pid in "$GATEWAY_PID" "$QUOTES_PID" "$STANCE_PID"; do awk '{ printf "%d ", $14 + $15 }' "/proc/$pid/stat"; done
  for pid in $(pgrep -u postgres); do pg=$(( pg + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
  echo "$pg"
}

# Milliseconds of CPU per request for each of them, between two cpu_ticks readings, over the requests of a wrk output.
cpu_per_request() {
  local requests; requests=$(awk '/requests in/ { print $1 }' "$3")
  paste -d' ' <(tr ' ' '\n' <<<"$1") <(tr ' ' '\n' <<<"$2") \
    | awk -v n="$requests" -v hz="$(getconf CLK_TCK)" '{ printf "%s%.2f", sep, (n > 0 ? ($2 - $1) * 1000 / hz / n : 0); sep = "|" }'
}

run_wrk() {
  local name=$1 connections=$2 script=$3 before after
  before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"$DURATION" --latency -s "bench/load/$script" http://127.0.0.1:8080 \
    >"$RESULTS/wrk-$name.txt"
  after=$(cpu_ticks)
  echo "$name|$connections|$(summarise "$RESULTS/wrk-$name.txt")|$(cpu_per_request "$before" "$after" \
    "$RESULTS/wrk-$name.txt")" >>"$RESULTS/wrk.psv"
}

# Seconds the three JVMs' compile tasks have taken so far, summed over their compiler threads (HotSpot's counter, read
# with jcmd; time waiting for a core included, so it can exceed the CPU time there was).
jit_seconds() {
  local pid
  for pid in "$GATEWAY_PID" "$QUOTES_PID" "$STANCE_PID"; do jcmd "$pid" PerfCounter.print; done \
    | awk -F= '/^java.ci.totalTime=/ { ticks += $2 } /^sun.os.hrt.frequency=/ { hz = $2 } END { printf "%.1f", ticks / hz }'
}

# The JIT compiles the hot paths in the first tens of thousands of requests; on a slow two-core machine that went on
# for minutes, and a scenario measured meanwhile ran at half its later speed. So every scenario runs unmeasured, in
# rounds, until the compile tasks of a round add up to less than 5 % of its cores × seconds.
echo "== warm up until the JIT settles"
round_seconds=$(( ${WARMUP%s} * (1 + $(wc -w <<<"$READ_SCENARIOS")) ))
settled=$(( round_seconds * $(nproc) * 5 / 100 ))
for round in $(seq 1 "$WARMUP_ROUNDS"); do
  compiled_before=$(jit_seconds)
  DURATION=$WARMUP run_wrk warmup-analyze 4 analyze.lua
  for scenario in $READ_SCENARIOS; do
    DURATION=$WARMUP SCENARIO=$scenario run_wrk "warmup-$scenario" "$CONNECTIONS" reads.lua
  done
  compiled=$(awk -v before="$compiled_before" -v after="$(jit_seconds)" 'BEGIN { printf "%.1f", after - before }')
  echo "warm-up round $round of $round_seconds s: the JVMs compiled for $compiled s" | tee -a "$RESULTS/warmup.txt"
  awk -v compiled="$compiled" -v settled="$settled" 'BEGIN { exit !(compiled < settled) }' && break
done
: >"$RESULTS/wrk.psv"

echo "== load scenarios, $DURATION each"
for scenario in $READ_SCENARIOS; do
  SCENARIO=$scenario run_wrk "$scenario" "$CONNECTIONS" reads.lua
done
# Last, so that no read is measured while the JIT reworks paths that analysis made hot.
run_wrk analyze 4 analyze.lua

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
RSS_QUOTES=$(rss_mib "$QUOTES_PID"); RSS_STANCE=$(rss_mib "$STANCE_PID"); RSS_GATEWAY=$(rss_mib "$GATEWAY_PID")
stop_all
PIDS=()

# The first start above also created the schemas; a restart, as after a deployment or on a new replica, finds them
# migrated and a million quotes in them.
echo "== restart the services on the loaded databases"
START=restart
start_all
stop_all
PIDS=()

if [ -z "$SKIP_JMH" ]; then
  echo "== JMH"
  ./mvnw -B -q -pl bench package -DskipTests
  ./mvnw -B -q -pl bench exec:exec -Djmh.args="StanceBenchmark -f 1 -wi 3 -i 5 -bm thrpt -tu s \
    -rf json -rff $PWD/$RESULTS/jmh-stance.json" >"$RESULTS/jmh-stance.txt"
  ./mvnw -B -q -pl bench exec:exec -Djmh.args="ExtractionBenchmark -f 1 -wi 3 -i 5 -bm sample -tu ms \
    -rf json -rff $PWD/$RESULTS/jmh-extraction.json" >"$RESULTS/jmh-extraction.txt"
fi

{
  echo "quote-stance benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "corpus: $(cat "$RESULTS/load.txt") (load took $(cat "$RESULTS/load.seconds") s with the services running)"
  echo "warm-up: $(wc -l <"$RESULTS/warmup.txt") rounds; in the last,$(tail -1 "$RESULTS/warmup.txt" | cut -d: -f2-)"
  echo
  echo "CPU per request in ms, wrk's share aside: gateway (gw), quotes-service (qs), stance-service (ss), PostgreSQL (pg)"
  echo
  echo "| scenario | connections | requests/s | p50 ms | p99 ms | errors | degraded | gw | qs | ss | pg |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8,
    $9, $10, $11 }' "$RESULTS/wrk.psv"
  echo
  echo "| service | ready after java -jar, first start (ms) | ready on restart (ms) | RSS after the load (MiB) |"
  echo "| --- | --- | --- | --- |"
  for service in quotes-service:$RSS_QUOTES stance-service:$RSS_STANCE gateway:$RSS_GATEWAY; do
    name=${service%%:*}
    echo "| $name | $(cat "$RESULTS/$name.first.ready") | $(cat "$RESULTS/$name.restart.ready") | ${service#*:} |"
  done
  if [ -z "$SKIP_JMH" ]; then
    echo
    echo "| JMH | score | units |"
    echo "| --- | --- | --- |"
    grep -h -E '^(StanceBenchmark|ExtractionBenchmark)[^ ]* ' "$RESULTS"/jmh-*.txt \
      | awk '{ error = ""; for (i = 1; i <= NF; i++) if ($i == "±") error = " ± " $(i + 1);
               score = error == "" ? $(NF-1) : $(NF-3); printf "| %s %s | %s%s | %s |\n", $1, $2, score, error, $NF }'
  fi
} | tee "$RESULTS/table.md"
