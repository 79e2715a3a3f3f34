#!/usr/bin/env bash
# Benchmarks on this machine, loopback only: 10,000 synthetic published decisions, the service under wrk beside nginx
# serving saved copies of the same responses, the PDF renderer, and uncached searches. Figures go to docs/performance.md.
# Needs: wrk, nginx (apt-get install wrk nginx-light), Chromium for the PDF figures.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-10000}
DURATION=${DURATION:-5s}
ROUNDS=${ROUNDS:-3}
# ONLY=verify runs the /verify flood alone (with its unloaded baseline); ONLY=instances serves the cached decision page
# from one instance and from two on the same database; ONLY=alerts runs the email alerts at scale (SUBSCRIBERS, LISTS)
# and nothing else; unset runs everything.
ONLY=${ONLY:-}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=5181
NGINX_PORT=5182
work=$(mktemp -d)
db="$work/bench.db"
out=bench/results
mkdir -p "$out"

dotnet build bench/DecisionRecords.Bench -c Release -o "$work/bin" >/dev/null
if [[ $ONLY == alerts ]]; then
  dotnet "$work/bin/DecisionRecords.Bench.dll" alerts "$work/alerts.db" "${SUBSCRIBERS:-10000}" "${LISTS:-200}" | grep '^alerts\.' | tee "$out/alerts.txt"
  rm -rf "$work"
  exit 0
fi
dotnet "$work/bin/DecisionRecords.Bench.dll" generate "$db" "$COUNT"

if [[ -z $ONLY ]]; then
  dotnet "$work/bin/DecisionRecords.Bench.dll" pdf "$db" | tee "$out/pdf.txt"
  dotnet "$work/bin/DecisionRecords.Bench.dll" archive "$work/archive.db" 500 | tee "$out/archive.txt"
fi

ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__DecisionRecords="Data Source=$db" BackgroundJobs__Enabled=false \
  PublicSite__BaseUrl="http://127.0.0.1:$APP_PORT" \
  Accessibility__ContactEmail=access@bench.example Accessibility__StatementPreparedOn=2026-01-01 \
  Seal__CreateDevelopmentCertificate=true Seal__DevelopmentCertificatePath="$work/bench-seal.pfx" Verify__ChecksPerMinute=1000000 \
  Serilog__MinimumLevel__Default=Warning dotnet "$work/bin/DecisionRecords.Web.dll" --urls "http://127.0.0.1:$APP_PORT" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$APP_PORT/health/live" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$APP_PORT/health/live" >/dev/null || { echo "The service did not start"; tail -30 "$work/app.log"; exit 1; }

declare -A urls=(
  [register]="/decisions"
  [search]="/decisions?q=community+safety"
  [decision]="/decisions/EXE0003-20"
  [feed]="/decisions/feed.atom"
  [pdf]="/decisions/EXE0003-20.pdf"
)

# The first request for a PDF prints and seals it, and the decision page then names its seal: print it before copying.
curl -sf "http://127.0.0.1:$APP_PORT${urls[pdf]}" -o /dev/null || { echo "GET ${urls[pdf]} failed"; tail -30 "$work/app.log"; exit 1; }

# nginx serves byte-for-byte copies of the same responses.
mkdir -p "$work/www"
for name in "${!urls[@]}"; do
  curl -sf "http://127.0.0.1:$APP_PORT${urls[$name]}" -o "$work/www/$name" || { echo "GET ${urls[$name]} failed"; tail -30 "$work/app.log"; exit 1; }
done
# nginx's workers run as an unprivileged user: they must be able to read the copies.
chmod 755 "$work" "$work/www" && chmod 644 "$work/www/"*
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location / { default_type text/html; }
  }
}
CONF
nginx -c "$work/nginx.conf"
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$NGINX_PORT/register" >/dev/null && break; sleep 0.1; done

run_wrk() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | awk '/Requests\/sec/ {rps=$2} /99%/ {p99=$2} /Non-2xx/ {err=$5} END {printf "%s %s %s\n", rps, p99, (err==""?0:err)}'; }
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
bytes() { curl -s -o /dev/null -w '%{size_download}' "$1"; }

if [[ $ONLY == instances ]]; then
  # A second instance on the same database. The same number of connections in all, split between the instances.
  APP2_PORT=5183
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__DecisionRecords="Data Source=$db" BackgroundJobs__Enabled=false \
    Database__MigrateOnStartup=false PublicSite__BaseUrl="http://127.0.0.1:$APP_PORT" \
    Accessibility__ContactEmail=access@bench.example Accessibility__StatementPreparedOn=2026-01-01 \
    Seal__CreateDevelopmentCertificate=true Seal__DevelopmentCertificatePath="$work/bench-seal.pfx" \
    Serilog__MinimumLevel__Default=Warning dotnet "$work/bin/DecisionRecords.Web.dll" --urls "http://127.0.0.1:$APP2_PORT" >"$work/app2.log" 2>&1 &
  app2=$!
  trap 'kill $app $app2 2>/dev/null; [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$APP2_PORT/health/live" >/dev/null && break; sleep 1; done
  one="http://127.0.0.1:$APP_PORT${urls[decision]}"
  two="http://127.0.0.1:$APP2_PORT${urls[decision]}"
  [[ "$(bytes "$one")" == "$(bytes "$two")" ]] || { echo "the two instances serve different pages" >&2; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d3s "$one" >/dev/null; wrk -t2 -c"$CONNECTIONS" -d3s "$two" >/dev/null
  half=$(( CONNECTIONS / 2 ))
  pair() {
    wrk -t1 -c"$half" -d"$DURATION" "$one" >"$work/a.out" & local a=$!
    wrk -t1 -c"$half" -d"$DURATION" "$two" >"$work/b.out"; wait $a
    awk '/Requests\/sec/ {s+=$2} /Non-2xx/ {e+=$5} END {printf "%s %s\n", s, (e==""?0:e)}' "$work/a.out" "$work/b.out"
  }
  : >"$work/one.runs"; : >"$work/two.runs"; : >"$work/ngx.runs"
  for _ in $(seq "$ROUNDS"); do
    run_wrk "$one" >>"$work/one.runs"
    pair >>"$work/two.runs"
    run_wrk "http://127.0.0.1:$NGINX_PORT/decision" >>"$work/ngx.runs"
  done
  {
    echo "| served by | req/s (median of $ROUNDS) | non-2xx |"
    echo "| --- | ---: | ---: |"
    echo "| one instance | $(cut -d' ' -f1 "$work/one.runs" | median) | $(awk '{s+=$3} END {print s}' "$work/one.runs") |"
    echo "| two instances, one database | $(cut -d' ' -f1 "$work/two.runs" | median) | $(awk '{s+=$2} END {print s}' "$work/two.runs") |"
    echo "| nginx (saved copy) | $(cut -d' ' -f1 "$work/ngx.runs" | median) | 0 |"
  } | tee "$out/instances.md"
  echo "Machine: $(nproc) cores; $COUNT decisions; $CONNECTIONS connections in all, $DURATION per run" | tee -a "$out/instances.md"
  exit 0
fi

decision_url="http://127.0.0.1:$APP_PORT${urls[decision]}"
if [[ -z $ONLY ]]; then
# Each response: the same bytes from both servers, a warm-up of the service (its code is compiled as it runs), then
# ROUNDS alternating runs of each; the medians are reported, because a shared machine varies from run to run.
{
  echo "| response | bytes | service req/s | service p99 | nginx req/s | nginx p99 | service/nginx | non-2xx |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for name in register search decision feed pdf; do
    app_url="http://127.0.0.1:$APP_PORT${urls[$name]}"
    ngx_url="http://127.0.0.1:$NGINX_PORT/$name"
    size=$(bytes "$app_url")
    ngx_size=$(bytes "$ngx_url")
    [[ "$size" == "$ngx_size" ]] || { echo "nginx serves $ngx_size bytes of $name, the service $size" >&2; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d3s "$app_url" >/dev/null
    : >"$work/app.runs"; : >"$work/ngx.runs"
    for _ in $(seq "$ROUNDS"); do
      run_wrk "$app_url" >>"$work/app.runs"
      run_wrk "$ngx_url" >>"$work/ngx.runs"
    done
    app_rps=$(cut -d' ' -f1 "$work/app.runs" | median); app_p99=$(cut -d' ' -f2 "$work/app.runs" | sed 's/ms//' | median)
    ngx_rps=$(cut -d' ' -f1 "$work/ngx.runs" | median); ngx_p99=$(cut -d' ' -f2 "$work/ngx.runs" | sed 's/ms//' | median)
    app_err=$(awk '{s+=$3} END {print s}' "$work/app.runs")
    ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN {printf "%.2f", a/n}')
    echo "| $name | $size | $app_rps | ${app_p99}ms | $ngx_rps | ${ngx_p99}ms | $ratio | $app_err |"
  done
} | tee "$out/wrk.md"

# Cached decision pages while a flood of unique searches (each one a cache miss, real work) runs beside them: the
# uncached-work limit should leave the cached pages at least half their unloaded throughput, p99 at most 50 ms.
cat >"$work/flood.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/decisions?q=flood" .. counter .. "x" .. math.random(1, 1000000000))
end
LUA
: >"$work/quiet.runs"; : >"$work/flooded.runs"; : >"$work/flood.runs"
for _ in $(seq "$ROUNDS"); do
  run_wrk "$decision_url" >>"$work/quiet.runs"
  wrk -t1 -c32 -d"$(( ${DURATION%s} + 2 ))s" -s "$work/flood.lua" "http://127.0.0.1:$APP_PORT" \
    | awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {n=$5} END {printf "%s %s\n", rps, (n==""?0:n)}' >>"$work/flood.runs" &
  flood=$!
  sleep 1
  run_wrk "$decision_url" >>"$work/flooded.runs"
  wait "$flood"
done
{
  quiet_rps=$(cut -d' ' -f1 "$work/quiet.runs" | median); quiet_p99=$(cut -d' ' -f2 "$work/quiet.runs" | sed 's/ms//' | median)
  flooded_rps=$(cut -d' ' -f1 "$work/flooded.runs" | median); flooded_p99=$(cut -d' ' -f2 "$work/flooded.runs" | sed 's/ms//' | median)
  flooded_err=$(awk '{s+=$3} END {print s}' "$work/flooded.runs")
  flood_rps=$(cut -d' ' -f1 "$work/flood.runs" | median); flood_refused=$(awk '{s+=$2} END {print s}' "$work/flood.runs")
  echo "| cached decision page | req/s | p99 | non-2xx |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| alone | $quiet_rps | ${quiet_p99}ms | $(awk '{s+=$3} END {print s}' "$work/quiet.runs") |"
  echo "| beside the search flood | $flooded_rps | ${flooded_p99}ms | $flooded_err |"
  echo "share kept: $(awk -v a="$flooded_rps" -v b="$quiet_rps" 'BEGIN {printf "%.2f", a/b}'); the flood itself: $flood_rps req/s, $flood_refused answered 503 (try again)"
} | tee "$out/flood.md"
fi

# Cached decision pages while hostile uploads flood /verify (a 21 MB file whose seal claims 21 MB of signature, the
# rate limit per address lifted as if from many addresses): they should keep at least half their unloaded
# throughput, p99 at most 50 ms.
curl -s -c "$work/verify.cookies" "http://127.0.0.1:$APP_PORT/verify" -o "$work/verify.html"
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/verify.html" | sed 's/.*value="//; s/"$//')
[[ -n $token ]] || token=$(grep -o 'name="__RequestVerificationToken"[^>]*' "$work/verify.html" | grep -o 'value="[^"]*"' | sed 's/value="//; s/"$//')
boundary=$(dotnet "$work/bin/DecisionRecords.Bench.dll" hostile-verify "$token" "$work/verify.body")
cookie=$(awk '$6 == "decision-records-antiforgery" {print $6 "=" $7}' "$work/verify.cookies")
cat >"$work/verify.lua" <<LUA
local f = io.open("$work/verify.body", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "multipart/form-data; boundary=$boundary"
wrk.headers["Cookie"] = "$cookie"
LUA
: >"$work/vquiet.runs"; : >"$work/vflooded.runs"; : >"$work/vflood.runs"
for _ in $(seq "$ROUNDS"); do
  run_wrk "$decision_url" >>"$work/vquiet.runs"
  wrk -t1 -c16 -d"$(( ${DURATION%s} + 2 ))s" --latency -s "$work/verify.lua" "http://127.0.0.1:$APP_PORT/verify" \
    | awk '/Requests\/sec/ {rps=$2} /50%/ {p50=$2} /Non-2xx/ {n=$5} END {printf "%s %s %s\n", rps, p50, (n==""?0:n)}' >>"$work/vflood.runs" &
  flood=$!
  sleep 1
  run_wrk "$decision_url" >>"$work/vflooded.runs"
  wait "$flood"
done
{
  quiet_rps=$(cut -d' ' -f1 "$work/vquiet.runs" | median); quiet_p99=$(cut -d' ' -f2 "$work/vquiet.runs" | sed 's/ms//' | median)
  flooded_rps=$(cut -d' ' -f1 "$work/vflooded.runs" | median); flooded_p99=$(cut -d' ' -f2 "$work/vflooded.runs" | sed 's/ms//' | median)
  echo "| cached decision page | req/s | p99 | non-2xx |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| alone | $quiet_rps | ${quiet_p99}ms | $(awk '{s+=$3} END {print s}' "$work/vquiet.runs") |"
  echo "| beside the /verify flood | $flooded_rps | ${flooded_p99}ms | $(awk '{s+=$3} END {print s}' "$work/vflooded.runs") |"
  echo "share kept: $(awk -v a="$flooded_rps" -v b="$quiet_rps" 'BEGIN {printf "%.2f", a/b}'); the flood itself: $(cut -d' ' -f1 "$work/vflood.runs" | median) uploads/s of 21 MB, median answer $(cut -d' ' -f2 "$work/vflood.runs" | median), $(awk '{s+=$3} END {print s}' "$work/vflood.runs") answered other than 200"
} | tee "$out/verify-flood.md"

[[ -n $ONLY ]] || dotnet "$work/bin/DecisionRecords.Bench.dll" search "http://127.0.0.1:$APP_PORT" 300 | tee "$out/search.txt"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $COUNT decisions; wrk -t2 -c$CONNECTIONS -d$DURATION, median of $ROUNDS rounds" | tee "$out/machine.txt"
