#!/usr/bin/env bash
# perf/search-latency/sql/bench.sh: the search query at the SQL level, before (every match ranked) and after
# (the newest 500 matches ranked), on a scratch database filled by generate.sql: p50/p99 per term, same run.
# Queries (QUERIES, default "old two three four"): old.sql, two.sql (two tiers), three.sql (a middle tier: the newest
# 40,000 documents), four.sql (its boundary taken first and given as a value, as search-war does). Terms: common (in 1/3 of the documents), rare (~10 documents each), and for the new query also mid (3 %) and
# tenth (10 %), the frequencies whose 500 newest matches are not among the 4,000 newest documents.
# Inside an infra hold: /work/bin/with-system --infra perf/search-latency/sql/bench.sh [SIZES] -pl perf-search
# SIZES: corpus sizes to reach one after the other (default "100000 1000000"); the database perf_search is
# dropped at the end unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../../.. && pwd)
PG=(runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p 5432)
BENCH=(runuser -u postgres -- pgbench -n -p 5432 -c 1)
ROUNDS=${ROUNDS:-300}
sizes=${1:-"100000 1000000"}
work=$(mktemp -d); chmod 777 "$work"
runuser -u postgres -- dropdb --if-exists -p 5432 perf_search
runuser -u postgres -- createdb -p 5432 perf_search
for m in "$ROOT"/search-war/src/main/resources/db/migration/V*.sql; do "${PG[@]}" -d perf_search -f "$m"; done
# the two statements, as pgbench scripts: TERM is the searched text, a variable per round
script() { # $1 sql file, $2 term expression, $3 output
  { [[ $2 == *:k* ]] && echo '\set k random(0, :maxk)'
    # a line ending in \gset stays a line of its own (pgbench's meta-command); the rest is one statement
    grep -v '^EXPLAIN' "$1" | grep -v '^--' | sed -e "s/:'t'/$2/g" -e "s/:n\b/500/g" -e "s/:w\b/4000/g" -e "s/:m\b/40000/g" \
      | awk '/\\gset$/ {print; next} {printf "%s ", $0}'
    echo; } > "$3"
}
cores=$(nproc)
echo "cores: $cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $("${PG[@]}" -At -d perf_search -c 'show server_version')"
have=0
for size in $sizes; do
  t0=$SECONDS
  "${PG[@]}" -d perf_search -v n=$((size - have)) -f generate.sql > /dev/null
  "${PG[@]}" -d perf_search -c 'VACUUM ANALYZE search_index'
  have=$size
  echo "== $size documents (generated + vacuumed in $((SECONDS - t0)) s; $("${PG[@]}" -At -d perf_search -c "select pg_size_pretty(pg_total_relation_size('search_index'))"))"
  maxk=$((size / 1000 - 1))
  for q in ${QUERIES:-old two three four}; do
    kinds="common rare"; [[ $q != old ]] && kinds="common rare mid tenth"
    for kind in $kinds; do
      case $kind in
        common) term="'commonterm'" ;; mid) term="'midterm'" ;; tenth) term="'tenthterm'" ;;
        *) term="('rareterm' || :k)" ;;
      esac
      script "$q.sql" "$term" "$work/$q-$kind.sql"
      rounds=$ROUNDS; [[ $q == old && $size -gt 100000 ]] && rounds=$((ROUNDS / 10))
      (cd "$work" && "${BENCH[@]}" -D maxk=$maxk -t 20 -f "$q-$kind.sql" perf_search > /dev/null \
        && rm -f pgbench_log.* && "${BENCH[@]}" -D maxk=$maxk -t $rounds -l -f "$q-$kind.sql" perf_search > /dev/null)
      sort -n -k3 "$work"/pgbench_log.* | awk -v q=$q -v kind=$kind '{l[NR]=$3} END {
        p50=l[int(NR*0.5+0.5)]; p99=l[int(NR*0.99+0.5)]; printf "  %-5s %-6s n=%d p50 %.1f ms p99 %.1f ms max %.1f ms\n", (q=="old"?"all":q), kind, NR, p50/1000, p99/1000, l[NR]/1000 }' \
        | tee -a "$work/figures"
      rm -f "$work"/pgbench_log.*
    done
  done
done
[[ ${KEEP:-} == 1 ]] || runuser -u postgres -- dropdb -p 5432 perf_search
rm -rf "$work"
