#!/usr/bin/env bash
# ZoneHub local run: Keycloak on http://127.0.0.1:8180 and the backend (which also serves the web app) on
# http://127.0.0.1:8080, both bound to 127.0.0.1 only. Builds what is missing, keeps data under <repo>/.zonehub
# (Keycloak's H2 database inside its install there, the embedded MariaDB under .zonehub/db), so data survives a
# restart. One Ctrl-C stops everything. Works from any directory.
#
# Environment overrides:
#   KEYCLOAK_PORT  (default 8180)  Keycloak's port; the backend is told the matching URL.
#   ZONEHUB_PORT   (default 8080)  the backend's port. The realm's redirect URIs are fixed to 8080, 18080 and 5173,
#                                  so signing in only works on one of those (or after adding the URI in the admin
#                                  console: realm zonehub -> Clients -> zonehub-web).
#   ZONEHUB_JAVA_OPTS              extra JVM options for the backend, e.g. -Xmx1g.
#   ZONEHUB_SKIP_BUILD=1           never build, even if sources look newer than the jar.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
ZONEHUB_PORT="${ZONEHUB_PORT:-8080}"
DATA_DIR="$ROOT/.zonehub"
LOG_DIR="$DATA_DIR/logs"
RUN_DIR="$DATA_DIR/run"
JAR="backend/target/zonehub.jar"
REALM_FILE="infra/keycloak/zonehub-realm.json"
KC_URL="http://127.0.0.1:$KEYCLOAK_PORT"
APP_URL="http://127.0.0.1:$ZONEHUB_PORT"
START_TIMEOUT=180

if [ -t 1 ]; then B=$'\033[1m' RED=$'\033[1;31m' N=$'\033[0m'; else B="" RED="" N=""; fi
say() { printf '%s[zonehub]%s %s\n' "$B" "$N" "$*"; }
die() { printf '%s[zonehub] %s%s\n' "$RED" "$*" "$N" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null 2>&1 || die "java not found on PATH (JDK 17 or newer is needed)."
command -v curl >/dev/null 2>&1 || die "curl not found on PATH (apt-get install -y curl)."
java_major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
	die "Java 17 or newer is needed (found: $(java -version 2>&1 | head -n1))."
fi

KC_VERSION="$(sed -n 's:.*<keycloak.version>\([^<]*\)</keycloak.version>.*:\1:p' pom.xml | head -n1)"
[ -n "$KC_VERSION" ] || die "Could not read <keycloak.version> from $ROOT/pom.xml."
KC_HOME="$DATA_DIR/keycloak/keycloak-$KC_VERSION"

mkdir -p "$LOG_DIR" "$RUN_DIR"

# ---------------------------------------------------------------- ports
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_port() { # port, what
	port_in_use "$1" || return 0
	local hint="" pid
	if [ -f "$RUN_DIR/run-local.pid" ] && kill -0 "$(cat "$RUN_DIR/run-local.pid")" 2>/dev/null; then
		hint=" Another run of this script is still running (pid $(cat "$RUN_DIR/run-local.pid")): press Ctrl-C in its terminal, or: kill $(cat "$RUN_DIR/run-local.pid")"
	else
		for pid in "$RUN_DIR/keycloak.pid" "$RUN_DIR/backend.pid"; do
			if [ -f "$pid" ] && kill -0 "$(cat "$pid")" 2>/dev/null; then
				hint="$hint A server left over from an earlier run is still alive; stop it with: kill -- -$(cat "$pid")"
			fi
		done
	fi
	die "Port $1 ($2) on 127.0.0.1 is already taken. Stop whatever listens there, or pick another port (see the top of infra/run-local.sh).$hint"
}
check_port "$KEYCLOAK_PORT" "Keycloak"
check_port "$ZONEHUB_PORT" "ZoneHub backend"
echo $$ >"$RUN_DIR/run-local.pid"

# ---------------------------------------------------------------- build
needs_build() {
	[ -f "$JAR" ] || return 0
	local inputs=() p
	for p in pom.xml backend/pom.xml frontend/pom.xml backend/src frontend/src frontend/public frontend/index.html \
		frontend/package.json frontend/package-lock.json frontend/vite.config.ts frontend/tsconfig.json; do
		[ -e "$p" ] && inputs+=("$p")
	done
	[ -n "$(find "${inputs[@]}" -newer "$JAR" -print -quit 2>/dev/null)" ]
}
if [ "${ZONEHUB_SKIP_BUILD:-}" != 1 ] && needs_build; then
	say "Building ZoneHub (./mvnw -B -q -DskipTests package); the first build downloads dependencies and takes a few minutes..."
	./mvnw -B -q -DskipTests package || die "Build failed (see the Maven output above)."
fi
[ -f "$JAR" ] || die "$JAR is missing after the build."

# ---------------------------------------------------------------- Keycloak install (once per version)
if [ ! -f "$KC_HOME/.zonehub-unpacked" ]; then
	say "Unpacking Keycloak $KC_VERSION into ${KC_HOME#"$ROOT"/} (the 165 MB zip is downloaded from Maven Central once)..."
	rm -rf "$KC_HOME"
	./mvnw -B -q -N dependency:unpack \
		-Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
		-DoutputDirectory="$DATA_DIR/keycloak" -Dmdep.overWriteReleases=true \
		|| die "Could not download or unpack org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip."
	[ -x "$KC_HOME/bin/kc.sh" ] || die "Unpacked Keycloak, but $KC_HOME/bin/kc.sh is missing."
	touch "$KC_HOME/.zonehub-unpacked"
fi
# --import-realm skips a realm that already exists, so this only matters for a fresh database; users and
# changes made in Keycloak survive restarts (H2 database under $KC_HOME/data/h2).
mkdir -p "$KC_HOME/data/import"
cp "$REALM_FILE" "$KC_HOME/data/import/zonehub-realm.json"

# ---------------------------------------------------------------- process handling
KC_PID=""
BACKEND_PID=""
stopping=0
# shellcheck disable=SC2317 # invoked by the EXIT trap
wait_gone() { # pid or -pgid, half-seconds; true once nothing is left
	local _
	for _ in $(seq 1 "$2"); do kill -0 -- "$1" 2>/dev/null || return 0; sleep 0.5; done
	! kill -0 -- "$1" 2>/dev/null
}
# shellcheck disable=SC2317 # invoked by the EXIT trap
stop_all() {
	if [ "$stopping" = 1 ]; then return; fi
	stopping=1
	trap - INT TERM
	if [ -n "$BACKEND_PID$KC_PID" ]; then say "Stopping..."; fi
	# The backend politely (only its JVM: its shutdown hook stops the embedded MariaDB it started), Keycloak as a group.
	if [ -n "$BACKEND_PID" ]; then kill -TERM "$BACKEND_PID" 2>/dev/null || true; fi
	if [ -n "$KC_PID" ]; then kill -TERM -- "-$KC_PID" 2>/dev/null || true; fi
	if [ -n "$BACKEND_PID" ]; then
		wait_gone "$BACKEND_PID" 60 || true
		kill -TERM -- "-$BACKEND_PID" 2>/dev/null || true # leftovers, e.g. a database whose JVM crashed
	fi
	local pid
	for pid in $BACKEND_PID $KC_PID; do
		if ! wait_gone "-$pid" 60; then
			say "Process group $pid did not stop within 30 s; killing it."
			kill -KILL -- "-$pid" 2>/dev/null || true
		fi
		wait "$pid" 2>/dev/null || true
	done
	rm -f "$RUN_DIR/keycloak.pid" "$RUN_DIR/backend.pid" "$RUN_DIR/run-local.pid"
	if [ -n "$BACKEND_PID$KC_PID" ]; then say "Stopped."; fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Each server runs in its own session (setsid), so it has its own process group to stop as a whole.
start_bg() { # log file, command...
	local log="$1"; shift
	[ -f "$log" ] && mv -f "$log" "$log.1"
	setsid "$@" >"$log" 2>&1 </dev/null &
}

wait_for() { # name, pid, url, log, [grep pattern the body must match]
	local name="$1" pid="$2" url="$3" log="$4" pattern="${5:-}" start=$SECONDS body
	printf '%s[zonehub]%s Waiting for %s at %s ' "$B" "$N" "$name" "$url"
	while :; do
		if body="$(curl -fsS --max-time 5 "$url" 2>/dev/null)" && { [ -z "$pattern" ] || grep -q "$pattern" <<<"$body"; }; then
			printf ' up after %ss\n' "$((SECONDS - start))"
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			printf ' exited!\n'
			echo "----- last 40 lines of ${log#"$ROOT"/} -----" >&2
			tail -n 40 "$log" >&2 || true
			die "$name stopped during start-up; full log: $log"
		fi
		if [ $((SECONDS - start)) -ge "$START_TIMEOUT" ]; then
			printf ' timed out\n'
			echo "----- last 40 lines of ${log#"$ROOT"/} -----" >&2
			tail -n 40 "$log" >&2 || true
			die "$name did not answer within ${START_TIMEOUT}s; full log: $log"
		fi
		printf '.'
		sleep 2
	done
}

# ---------------------------------------------------------------- Keycloak
say "Starting Keycloak $KC_VERSION on $KC_URL (log: .zonehub/logs/keycloak.log)"
start_bg "$LOG_DIR/keycloak.log" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
	"$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
	--hostname="$KC_URL" --import-realm
KC_PID=$!
echo "$KC_PID" >"$RUN_DIR/keycloak.pid"
wait_for "Keycloak" "$KC_PID" "$KC_URL/realms/zonehub/.well-known/openid-configuration" "$LOG_DIR/keycloak.log"

# ---------------------------------------------------------------- backend
backend_args=("--spring.profiles.active=local,demo")
[ "$ZONEHUB_PORT" != 8080 ] && backend_args+=("--server.port=$ZONEHUB_PORT")
[ "$KEYCLOAK_PORT" != 8180 ] && backend_args+=("--zonehub.keycloak.url=$KC_URL")
say "Starting the ZoneHub backend on $APP_URL (log: .zonehub/logs/backend.log)"
# shellcheck disable=SC2086 # ZONEHUB_JAVA_OPTS is a list of JVM options
start_bg "$LOG_DIR/backend.log" env ZONEHUB_DATA_DIR="$DATA_DIR" \
	java ${ZONEHUB_JAVA_OPTS:-} -jar "$JAR" "${backend_args[@]}"
BACKEND_PID=$!
echo "$BACKEND_PID" >"$RUN_DIR/backend.pid"
wait_for "the backend" "$BACKEND_PID" "$APP_URL/actuator/health" "$LOG_DIR/backend.log" '"status":"UP"'

# ---------------------------------------------------------------- ready
cat <<EOF

  ZoneHub is running:  $APP_URL/

  Demo sign-ins (password: demo)
  ---------------------------------------------------------------------
  username              role         zone       enterprise_id
  ministry              ministry     -          -
  ningbo-admin          zone-admin   ningbo     -
  hangzhou-admin        zone-admin   hangzhou   -
  ningbo-enterprise     enterprise   ningbo     1
  hangzhou-enterprise   enterprise   hangzhou   2
  ---------------------------------------------------------------------

  Keycloak admin console:  $KC_URL/admin/   (admin / admin; realm "zonehub")
  Logs:                    .zonehub/logs/keycloak.log, .zonehub/logs/backend.log
  Data:                    .zonehub/ (delete it to start from scratch)

  Press Ctrl-C to stop both.

EOF

# Run until Ctrl-C, or until one of the two exits on its own (then stop the other).
set +e
wait -n "$KC_PID" "$BACKEND_PID"
status=$?
set -e
if kill -0 "$KC_PID" 2>/dev/null; then
	say "The backend exited (status $status); see .zonehub/logs/backend.log"
else
	say "Keycloak exited (status $status); see .zonehub/logs/keycloak.log"
fi
exit 1
