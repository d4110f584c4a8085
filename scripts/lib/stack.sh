# Building and starting the platform's processes (farm API, worker, wrangler/workerd).
# Sourced, not run; expects $here (the repository root) and scripts/env.sh to be loaded.

# Each line carries the wall-clock time, so a CI log shows what each stage cost.
stack_log() { printf '\033[1;32m[algoarena %s]\033[0m %s\n' "$(date +%T)" "$*" >&2; }

# Secrets for local runs, made once: the RS256 key pair of the access tokens, the HMAC key
# the edge and farm share, and the farm's key for TOTP secrets. wrangler reads them from .dev.vars; the farm from the environment.
ensure_secrets() {
  local dir="$here/.local/secrets"
  mkdir -p "$dir"; chmod 700 "$dir"
  [ -f "$dir/jwt-private.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 \
      -out "$dir/jwt-private.pem" 2>/dev/null
  [ -f "$dir/jwt-public.pem" ] || openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
  [ -f "$dir/farm-shared-secret" ] || openssl rand -hex 32 > "$dir/farm-shared-secret"
  FARM_SHARED_SECRET=$(cat "$dir/farm-shared-secret"); export FARM_SHARED_SECRET
  # The farm's AES-256-GCM key for TOTP secrets at rest (judge-farm/src/config.rs).
  [ -f "$dir/totp-encryption-key" ] || openssl rand -hex 32 > "$dir/totp-encryption-key"
  TOTP_ENCRYPTION_KEY=$(cat "$dir/totp-encryption-key"); export TOTP_ENCRYPTION_KEY
  # The Stripe webhook signing secret the edge checks deliveries with (the local Stripe server
  # of the tests signs with it too).
  [ -f "$dir/stripe-webhook-secret" ] || echo "whsec_$(openssl rand -hex 24)" > "$dir/stripe-webhook-secret"
  STRIPE_WEBHOOK_SECRET=$(cat "$dir/stripe-webhook-secret"); export STRIPE_WEBHOOK_SECRET
  local vars
  vars=$(printf 'JWT_PRIVATE_KEY="%s"\nJWT_PUBLIC_KEY="%s"\nFARM_SHARED_SECRET="%s"\nSTRIPE_WEBHOOK_SECRET="%s"\n' \
    "$(awk '{printf "%s\\n", $0}' "$dir/jwt-private.pem")" \
    "$(awk '{printf "%s\\n", $0}' "$dir/jwt-public.pem")" "$FARM_SHARED_SECRET" "$STRIPE_WEBHOOK_SECRET")
  [ -f "$here/.dev.vars" ] && [ "$(cat "$here/.dev.vars")" = "$vars" ] || printf '%s\n' "$vars" > "$here/.dev.vars"
}

build_all() {
  stack_log "building the judge farm"
  (cd "$here" && cargo build --quiet -p algoarena-judge-farm)
  stack_log "building the edge Worker (wasm32)"
  "$here/scripts/build-edge.sh"
  stack_log "building the web app"
  (cd "$here/edge/web" && PATH="$NODE22_DIR/bin:$PATH" npm run --silent build >/dev/null)
}

# start_detached <name> <state dir> <command...>: runs in its own process group, logs to a file.
start_detached() {
  local name=$1 dir=$2; shift 2
  mkdir -p "$dir/logs" "$dir/pids"
  setsid "$@" >"$dir/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$dir/pids/$name.pid"
}

wait_for_url() { # url seconds name logfile
  local i
  for i in $(seq $(( $2 * 5 ))); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$3 did not come up at $1; last lines of $4:" >&2; tail -30 "$4" >&2; return 1
}

# start_stack <state dir> <farm port> <edge port>
start_stack() {
  local dir=$1 farm_port=$2 edge_port=$3
  # The stack runs its own copy of the farm binary (a hard link when it can): the build lives in
  # a target dir shared by every checkout on the machine (scripts/env.sh), and a later build
  # must not change the binary under a running stack. FARM_BIN tells the tests which it is.
  local farm="$dir/bin/judge-farm"
  mkdir -p "$dir/bin"
  ln -f "$CARGO_TARGET_DIR/debug/judge-farm" "$farm" 2>/dev/null || cp -f "$CARGO_TARGET_DIR/debug/judge-farm" "$farm"
  export FARM_BIN="$farm"
  export FARM_BIND="127.0.0.1:$farm_port" EDGE_URL="http://127.0.0.1:$edge_port"
  export SANDBOX_ROOT="$dir/sandbox" WORKER_CONCURRENCY="${WORKER_CONCURRENCY:-2}"
  # Mail goes to a local outbox unless RESEND_API_KEY is set; links in it point at this edge.
  export MAIL_OUTBOX_DIR="${MAIL_OUTBOX_DIR:-$dir/outbox}" APP_URL="http://127.0.0.1:$edge_port"
  # Optional edge variables for test stacks (e.g. RATE_LIMIT_WINDOW_SECS=3 for short windows).
  local edge_vars=()
  [ -n "${RATE_LIMIT_WINDOW_SECS:-}" ] && edge_vars+=(--var "RATE_LIMIT_WINDOW_SECS:$RATE_LIMIT_WINDOW_SECS")
  [ -n "${API_RATE_LIMIT:-}" ] && edge_vars+=(--var "API_RATE_LIMIT:$API_RATE_LIMIT")
  # Whose address counts: wrangler dev sets CF-Connecting-IP from the socket when a request has
  # none, and the tests send their own to stand for separate people, so the stack trusts it.
  edge_vars+=(--var "CLIENT_IP_HEADER:${CLIENT_IP_HEADER:-cf-connecting-ip}")
  # OAUTH_MOCK_URL: Google and GitHub sign-in against a local OAuth 2.0 server (the tests run
  # oauth2-mock-server there), with throwaway client credentials.
  if [ -n "${OAUTH_MOCK_URL:-}" ]; then
    local p
    for p in GOOGLE GITHUB; do
      edge_vars+=(--var "${p}_CLIENT_ID:test-${p,,}" --var "${p}_CLIENT_SECRET:test-secret"
        --var "${p}_AUTH_URL:$OAUTH_MOCK_URL/authorize" --var "${p}_TOKEN_URL:$OAUTH_MOCK_URL/token")
    done
    edge_vars+=(--var "GOOGLE_USERINFO_URL:$OAUTH_MOCK_URL/userinfo" --var "GITHUB_USER_URL:$OAUTH_MOCK_URL/userinfo"
      --var "GITHUB_EMAILS_URL:$OAUTH_MOCK_URL/userinfo")
  fi
  # STRIPE_MOCK_URL: the farm calls a local Stripe server there (the billing tests run
  # tests/support/stripe-server.js on it), with a throwaway key and its two prices.
  if [ -n "${STRIPE_MOCK_URL:-}" ]; then
    export STRIPE_API_BASE="$STRIPE_MOCK_URL" STRIPE_SECRET_KEY="${STRIPE_SECRET_KEY:-sk_test_local}"
    export STRIPE_MONTHLY_PRICE_ID="${STRIPE_MONTHLY_PRICE_ID:-price_monthly}"
    export STRIPE_ANNUAL_PRICE_ID="${STRIPE_ANNUAL_PRICE_ID:-price_annual}"
  fi
  stop_stack "$dir"
  "$farm" migrate
  start_detached farm "$dir" "$farm" serve
  start_detached worker "$dir" "$farm" worker
  wait_for_url "http://127.0.0.1:$farm_port/readyz" 60 "the judge farm" "$dir/logs/farm.log"
  start_detached edge "$dir" env PATH="$NODE22_DIR/bin:$PATH" WRANGLER_SEND_METRICS=false \
    WRANGLER_SEND_ERROR_REPORTS=false CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_HIDE_BANNER=true \
    "$here/edge/node_modules/.bin/wrangler" dev --config "$here/wrangler.toml" \
    --ip 127.0.0.1 --port "$edge_port" --persist-to "$dir/wrangler-state" \
    --var "FARM_URL:http://127.0.0.1:$farm_port" "${edge_vars[@]}" --show-interactive-dev-session=false
  wait_for_url "http://127.0.0.1:$edge_port/" 90 "the edge (wrangler dev)" "$dir/logs/edge.log"
  # Imported once the edge is up, so a changed problem also purges the edge's cached copy.
  # STACK_PROBLEMS (space-separated package paths) narrows the import, for a stack whose tests
  # need only a few problems on a slower sandbox.
  local problems
  read -r -a problems <<<"${STACK_PROBLEMS:-$here/problems}"
  "$farm" import "${problems[@]}"
  # The worker takes jobs at once and self-tests every language beside them; the tests wait
  # for the self-tests to finish, so their compilers do not share the CPU with timed tests.
  local i
  for i in $(seq 300); do
    grep -Eq "self-tests finished|taking jobs without testing" "$dir/logs/worker.log" 2>/dev/null && break
    if ! kill -0 "$(cat "$dir/pids/worker.pid")" 2>/dev/null; then
      # Its errors first: the tail of a log ending in a backtrace would hide why it stopped.
      echo "the worker stopped; its errors and warnings, then the last lines of its log:" >&2
      grep -E "ERROR|WARN|^Error" "$dir/logs/worker.log" | tail -20 >&2 || true
      tail -30 "$dir/logs/worker.log" >&2; return 1; fi
    sleep 0.2; done
}

stop_stack() {
  local dir=$1 pidfile pid
  for pidfile in "$dir"/pids/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
}
