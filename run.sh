#!/usr/bin/env bash
# Builds quote-stance and runs the whole system on this machine: the database, quotes-service (8081),
# stance-service (8082) and the gateway with its web UI (8080), then loads the sample article.
# Needs only a JDK 17+. Ctrl-C stops everything it started.
#
# Database: QUARKUS_DATASOURCE_JDBC_URL (with QUARKUS_DATASOURCE_USERNAME/PASSWORD) when given, shared by both
# services in separate schemas; else the PostgreSQL server on 127.0.0.1:5432 when it answers; else an embedded
# PostgreSQL kept in .run-data/postgres.
set -euo pipefail
cd "$(dirname "$0")"

RUN_DIR=.run-data
EMBEDDED_PG_PORT=${QUOTESTANCE_EMBEDDED_PG_PORT:-54329}
mkdir -p "$RUN_DIR"
pids=()

stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo
    echo "Stopping quote-stance..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until_ready() { # name url log
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$1 did not become ready; see $3" >&2
  tail -n 30 "$3" >&2
  exit 1
}

for port in 8080 8081 8082; do
  if port_in_use "$port"; then
    echo "Port $port is already in use: stop what runs there first." >&2
    exit 1
  fi
done

echo "Building (first run downloads dependencies; later runs take about a minute)..."
./mvnw -B -q -DskipTests package
./mvnw -B -q -pl postgres-support dependency:build-classpath -Dmdep.outputFile="$PWD/$RUN_DIR/postgres.classpath"
pg_classpath="postgres-support/target/classes:$(cat "$RUN_DIR/postgres.classpath")"

if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  echo "Database: $QUARKUS_DATASOURCE_JDBC_URL (both services, separate schemas)"
  quotes_db=$QUARKUS_DATASOURCE_JDBC_URL
  stance_db=$QUARKUS_DATASOURCE_JDBC_URL
elif port_in_use 5432; then
  echo "Database: PostgreSQL on 127.0.0.1:5432"
  java -cp "$pg_classpath" io.quotestance.postgres.RunDatabase local quotestance_quotes quotestance_stance
  quotes_db=jdbc:postgresql://127.0.0.1:5432/quotestance_quotes
  stance_db=jdbc:postgresql://127.0.0.1:5432/quotestance_stance
else
  echo "Database: embedded PostgreSQL on port $EMBEDDED_PG_PORT (data in $RUN_DIR/postgres)"
  java -cp "$pg_classpath" io.quotestance.postgres.RunDatabase embedded "$EMBEDDED_PG_PORT" "$RUN_DIR/postgres" \
    quotestance_quotes quotestance_stance > "$RUN_DIR/postgres.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    grep -q "ready on port" "$RUN_DIR/postgres.log" 2>/dev/null && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$RUN_DIR/postgres.log" >&2; exit 1; }
    sleep 0.5
  done
  quotes_db=jdbc:postgresql://localhost:$EMBEDDED_PG_PORT/quotestance_quotes
  stance_db=jdbc:postgresql://localhost:$EMBEDDED_PG_PORT/quotestance_stance
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
fi

if [ -z "${QUOTESTANCE_API_TOKENS:-}" ]; then
  QUOTESTANCE_API_TOKENS="editor:$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  echo "No QUOTESTANCE_API_TOKENS given: made a write token for this run."
fi
export QUOTESTANCE_API_TOKENS
# The shared secret the gateway sends to quotes-service and stance-service, which refuse calls without it.
if [ -z "${QUOTESTANCE_INTERNAL_TOKEN:-}" ]; then
  QUOTESTANCE_INTERNAL_TOKEN=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
fi
export QUOTESTANCE_INTERNAL_TOKEN
write_token=${QUOTESTANCE_API_TOKENS%%,*}
write_token=${write_token#*:}

QUARKUS_HTTP_PORT=8081 QUARKUS_DATASOURCE_JDBC_URL=$quotes_db \
  java -jar quotes-service/target/quarkus-app/quarkus-run.jar > "$RUN_DIR/quotes-service.log" 2>&1 &
pids+=($!)
QUARKUS_HTTP_PORT=8082 QUARKUS_DATASOURCE_JDBC_URL=$stance_db \
  java -jar stance-service/target/quarkus-app/quarkus-run.jar > "$RUN_DIR/stance-service.log" 2>&1 &
pids+=($!)
QUARKUS_HTTP_PORT=8080 QUOTES_SERVICE_URL=http://localhost:8081 STANCE_SERVICE_URL=http://localhost:8082 \
  java -jar gateway/target/quarkus-app/quarkus-run.jar > "$RUN_DIR/gateway.log" 2>&1 &
pids+=($!)

wait_until_ready quotes-service http://localhost:8081/q/health/ready "$RUN_DIR/quotes-service.log"
wait_until_ready stance-service http://localhost:8082/q/health/ready "$RUN_DIR/stance-service.log"
wait_until_ready gateway http://localhost:8080/q/health/ready "$RUN_DIR/gateway.log"

# The sample article, JSON-escaped without tools beyond bash.
text=$(<docs/samples/seed-article.txt)
text=${text//\\/\\\\}; text=${text//\"/\\\"}; text=${text//$'\t'/\\t}; text=${text//$'\r'/}; text=${text//$'\n'/\\n}
status=$(curl -sS -o "$RUN_DIR/sample-article.json" -w '%{http_code}' -X POST http://localhost:8080/api/articles \
  -H "Authorization: Bearer $write_token" -H 'Content-Type: application/json' \
  --data-binary "{\"title\":\"North Korea sends troops to Russia, Seoul says\",\"outlet\":\"sample\",\"text\":\"$text\"}")
echo "Sample article loaded (HTTP $status)."

cat <<INFO

quote-stance is running:
  web UI                  http://localhost:8080/
  public API              http://localhost:8080/api/articles
  OpenAPI / Swagger UI    http://localhost:8080/q/openapi   http://localhost:8080/q/swagger-ui
  quotes-service          http://localhost:8081/q/swagger-ui
  stance-service          http://localhost:8082/q/swagger-ui
  write token             $write_token
  logs                    $RUN_DIR/*.log
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}"
echo "A process stopped unexpectedly; see $RUN_DIR/*.log" >&2
exit 1
