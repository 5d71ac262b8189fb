#!/usr/bin/env bash
# perf/search through the search server alone (a shared `--servers search` hold: no gateway, identity or user
# server), on a scratch database and with the corpus published to a log topic the rebuild replays; the benchmark
# plays identity (bench.identity). Run from the worktree, after building search-war and perf/search-latency:
#
#   perf/search-latency/search-only.sh [SIZES] [TIMEOUT_S]      (default 1000000 and 1200 s)
#
# Three holds: one creates the database, one runs the search server on it with the benchmark (the log topic deleted
# at the end), one drops the database. Extra -D options: BENCH_EXTRA. While the rebuild runs, a sampler records every
# 5 s the search JVM's CPU time, the CPU time of the PostgreSQL backends of the scratch database and their wait
# events (rebuild-samples.txt in the log directory).
set -uo pipefail
ROOT=$(git rev-parse --show-toplevel); cd "$ROOT"
SIZES=${1:-1000000}; LIMIT=${2:-1200}
DB=perf_search_$$; TOPIC=perf.search.corpus.$$; IDENTITY_PORT=19988
OUT=${OUT:-$ROOT/perf/search-latency/target/search-only}; mkdir -p "$OUT"
overlay=$(mktemp -d)
mkdir -p "$overlay/search"
# the search server's own server.xml plus its database, the identity the benchmark plays and the log topic
sed "s|</server>|  <variable name=\"nova.db.name\" value=\"$DB\"/>\n  <variable name=\"nova.identity.url\" value=\"http://localhost:$IDENTITY_PORT\"/>\n  <variable name=\"nova.search.rebuild.extra-topics\" value=\"$TOPIC\"/>\n</server>|" \
  search-war/src/main/liberty/config/server.xml > "$overlay/search/server.xml"
/work/bin/with-system --infra bash -c "runuser -u postgres -- createdb -O nova_search $DB" || exit 3
cat > "$OUT/inner.sh" <<INNER
#!/usr/bin/env bash
pid=\$(cat "$ROOT/.nova-servers/wlp/usr/servers/.pid/search.pid")
echo "search (pid \$pid): \$(tr '\0' '\n' < /proc/\$pid/cmdline | grep -E '^-X' | awk '!seen[\$0]++' | tr '\n' ' ')"
echo "cores: \$(nproc); load before: \$(cut -d' ' -f1-3 /proc/loadavg); \$(date -u +%H:%M:%S) UTC"
( while sleep 5; do
    jvm=\$(awk '{print \$14+\$15}' /proc/\$pid/stat)
    pg=0; for b in \$(runuser -u postgres -- psql -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'"); do
      pg=\$((pg + \$(awk '{print \$14+\$15}' /proc/\$b/stat 2>/dev/null || echo 0))); done
    waits=\$(runuser -u postgres -- psql -Atc "SELECT string_agg(coalesce(wait_event_type || ':' || wait_event, 'cpu') || '/' || left(regexp_replace(query, '\s+', ' ', 'g'), 40), ' | ') FROM pg_stat_activity WHERE datname = '$DB' AND state = 'active'")
    echo "\$(date -u +%H:%M:%S) load \$(cut -d' ' -f1 /proc/loadavg) jvm_ticks \$jvm pg_ticks \$pg active [\$waits]"
  done ) > "$OUT/samples.txt" 2>&1 &
sampler=\$!
java -Xmx512m -Dbench.sizes=$SIZES -Dbench.db=$DB -Dbench.log-topic=$TOPIC -Dbench.delete-log-topic=true \
  -Dbench.identity=http://localhost:$IDENTITY_PORT -Dbench.live=2000 -Dbench.searches=150 -Dbench.lag-samples=100 \
  -Dbench.removals=30 -Dbench.rebuild-live-rate=20 \${BENCH_EXTRA:-} \
  -cp "$ROOT/perf/search-latency/target/classes:$ROOT/perf/search-latency/target/lib/*" nova.perf.SearchBenchmark
rc=\$?
kill \$sampler
echo "bench rc=\$rc at \$(date -u +%H:%M:%S); load \$(cut -d' ' -f1-3 /proc/loadavg)"
# on the corpus just built (the scratch database is dropped after): what the GIN index costs a bulk insert
runuser -u postgres -- psql -d $DB -v ON_ERROR_STOP=1 -f "$ROOT/perf/search-latency/sql/gin-cost.sql"
grep -c DSRA9400E "$ROOT/.nova-servers/wlp/usr/servers/search/logs/messages.log" | sed 's/^/DSRA9400E warnings in the search server log: /'
exit \$rc
INNER
chmod +x "$OUT/inner.sh"
NOVA_CONFIG_OVERLAY=$overlay timeout "$LIMIT" /work/bin/with-system --servers search "$OUT/inner.sh"; rc=$?
/work/bin/with-system --infra bash -c "runuser -u postgres -- dropdb --force --if-exists $DB && echo $DB dropped"
rm -rf "$overlay"
exit $rc
