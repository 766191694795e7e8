#!/usr/bin/env bash
# Checks a running Keycloak that imported zonehub-realm.json (by default the one infra/run-local.sh starts) against
# the contract: token claims of every demo user, the web client's PKCE-only code flow, the backend service account's
# narrow rights, and that users cannot change their own zone through the account API.
# It adds a temporary password-grant client and a temporary user, and removes both at the end.
#
#   infra/keycloak/check-realm.sh [keycloak-url]      (default http://127.0.0.1:8180; needs curl, jq, openssl)
#
# Environment: KC_ADMIN / KC_ADMIN_PASSWORD (master realm admin, default admin/admin),
#              BACKEND_SECRET (default zonehub-backend-dev-secret).
set -uo pipefail

KC="${1:-http://127.0.0.1:8180}"
REALM="$KC/realms/zonehub"
ADMIN="$KC/admin/realms/zonehub"
TOKEN="$REALM/protocol/openid-connect/token"
SECRET="${BACKEND_SECRET:-zonehub-backend-dev-secret}"
TEST_CLIENT="zonehub-check-$RANDOM"
for tool in curl jq openssl; do command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done

failures=0
check() { # description, actual, expected
	if [ "$2" = "$3" ]; then echo "ok    $1"; else echo "FAIL  $1: got [$2], expected [$3]"; failures=$((failures + 1)); fi
}
claims() { # JWT on stdin -> its payload as JSON
	local p; p="$(cut -d. -f2 | tr '_-' '/+')"
	while [ $((${#p} % 4)) != 0 ]; do p="$p="; done
	printf '%s' "$p" | base64 -d
}
password_grant() { # client, username -> access token
	curl -s -d grant_type=password -d "client_id=$1" -d "username=$2" -d password=demo "$TOKEN" | jq -r '.access_token // empty'
}
code_flow() { # client, redirect uri, username -> token response; signs in through the login form like a browser
	local jar verifier challenge page action location code
	jar="$(mktemp)"
	verifier="$(openssl rand -base64 48 | tr '+/' '-_' | tr -d '=\n')"
	challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')"
	page="$(curl -s -c "$jar" -b "$jar" -G "$REALM/protocol/openid-connect/auth" -d "client_id=$1" \
		--data-urlencode "redirect_uri=$2" -d response_type=code -d scope=openid -d state=s1 -d nonce=n1 \
		-d "code_challenge=$challenge" -d code_challenge_method=S256)"
	action="$(printf '%s' "$page" | grep -o 'action="[^"]*"' | head -n1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')"
	location="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$3" \
		-d password=demo -d credentialId= "$action")"
	code="$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
	rm -f "$jar"
	curl -s -d grant_type=authorization_code -d "client_id=$1" --data-urlencode "redirect_uri=$2" -d "code=$code" \
		-d "code_verifier=$verifier" "$TOKEN"
}

ADMIN_TOKEN="$(curl -sf -d grant_type=password -d client_id=admin-cli -d "username=${KC_ADMIN:-admin}" \
	-d "password=${KC_ADMIN_PASSWORD:-admin}" "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token)"
[ -n "$ADMIN_TOKEN" ] || { echo "Cannot get a master-realm admin token from $KC" >&2; exit 2; }
AUTH="Authorization: Bearer $ADMIN_TOKEN"
JSON="Content-Type: application/json"

# A password-grant client like the one the Java test harness creates (never part of the realm file).
curl -s -o /dev/null -H "$AUTH" -H "$JSON" "$ADMIN/clients" -d '{"clientId": "'"$TEST_CLIENT"'",
  "publicClient": true, "standardFlowEnabled": false, "directAccessGrantsEnabled": true, "fullScopeAllowed": true,
  "defaultClientScopes": ["basic", "acr", "profile", "email", "roles", "web-origins", "zonehub"]}'
cleanup() {
	local id
	id="$(curl -s -H "$AUTH" "$ADMIN/clients?clientId=$TEST_CLIENT" | jq -r '.[0].id // empty')"
	[ -n "$id" ] && curl -s -o /dev/null -X DELETE -H "$AUTH" "$ADMIN/clients/$id"
}
trap cleanup EXIT

echo "== demo users (password grant through a temporary client)"
while read -r user role zone enterprise; do
	c="$(password_grant "$TEST_CLIENT" "$user" | claims)"
	check "$user: realm role $role" "$(jq -r --arg r "$role" '.realm_access.roles | index($r) != null' <<<"$c")" true
	check "$user: zone" "$(jq -r .zone <<<"$c")" "$zone"
	check "$user: enterprise_id" "$(jq -r .enterprise_id <<<"$c")" "$enterprise"
	check "$user: aud has zonehub-backend" "$(jq -r '[.aud] | flatten | index("zonehub-backend") != null' <<<"$c")" true
	check "$user: iss" "$(jq -r .iss <<<"$c")" "$REALM"
done <<'EOF'
ministry ministry null null
ningbo-admin zone-admin ningbo null
hangzhou-admin zone-admin hangzhou null
ningbo-enterprise enterprise ningbo 1
hangzhou-enterprise enterprise hangzhou 2
EOF

echo "== zonehub-web: authorization code + PKCE only"
c="$(code_flow zonehub-web http://127.0.0.1:8080/ ningbo-enterprise | jq -r .access_token | claims)"
check "code flow token: aud" "$(jq -r .aud <<<"$c")" zonehub-backend
check "code flow token: realm roles are the app's only" "$(jq -c .realm_access.roles <<<"$c")" '["enterprise"]'
check "code flow token: zone / enterprise_id" "$(jq -r '.zone + "/" + .enterprise_id' <<<"$c")" ningbo/1
check "no password grant on zonehub-web" \
	"$(curl -s -d grant_type=password -d client_id=zonehub-web -d username=ministry -d password=demo "$TOKEN" | jq -r .error)" \
	unauthorized_client
check "no password grant on admin-cli" \
	"$(curl -s -d grant_type=password -d client_id=admin-cli -d username=ministry -d password=demo "$TOKEN" | jq -r .error)" \
	unauthorized_client
check "authorization request without PKCE is refused" "$(curl -s -o /dev/null -w '%{redirect_url}' -G \
	"$REALM/protocol/openid-connect/auth" -d client_id=zonehub-web --data-urlencode redirect_uri=http://127.0.0.1:8080/ \
	-d response_type=code -d scope=openid | grep -c 'error=invalid_request')" 1
check "unlisted redirect URI is refused" "$(curl -s -o /dev/null -w '%{http_code}' -G \
	"$REALM/protocol/openid-connect/auth" -d client_id=zonehub-web --data-urlencode redirect_uri=http://127.0.0.1:8080/x \
	-d response_type=code -d scope=openid -d code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM \
	-d code_challenge_method=S256)" 400

echo "== zonehub-backend service account"
SA="Authorization: Bearer $(curl -s -d grant_type=client_credentials -d client_id=zonehub-backend \
	-d "client_secret=$SECRET" "$TOKEN" | jq -r .access_token)"
probe="check-$RANDOM"
check "creates a user with zone/enterprise_id (201)" "$(curl -s -o /dev/null -w '%{http_code}' -H "$SA" -H "$JSON" \
	"$ADMIN/users" -d '{"username": "'"$probe"'", "email": "'"$probe"'@demo.zonehub.local", "firstName": "芳",
	"lastName": "吴", "enabled": true, "attributes": {"zone": ["ningbo"], "enterprise_id": ["3"], "undeclared": ["x"]},
	"credentials": [{"type": "password", "value": "Temp-Pass-123", "temporary": true}]}')" 201
id="$(curl -s -H "$SA" "$ADMIN/users?username=$probe&exact=true" | jq -r '.[0].id')"
role="$(curl -s -H "$SA" "$ADMIN/users/$id/role-mappings/realm/available" | jq -c '[.[] | select(.name == "enterprise")]')"
check "grants a realm role via role-mappings/realm/available (204)" "$(curl -s -o /dev/null -w '%{http_code}' \
	-H "$SA" -H "$JSON" "$ADMIN/users/$id/role-mappings/realm" -d "$role")" 204
check "attributes stick, undeclared ones are dropped" "$(curl -s -H "$SA" "$ADMIN/users/$id" | jq -c .attributes)" \
	'{"zone":["ningbo"],"enterprise_id":["3"]}'
check "cannot read /roles/{name} (403: no view-realm)" \
	"$(curl -s -o /dev/null -w '%{http_code}' -H "$SA" "$ADMIN/roles/enterprise")" 403
check "cannot change the realm (403)" "$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "$SA" -H "$JSON" \
	"$ADMIN" -d '{"displayName": "x"}')" 403
check "cannot change the user profile (403)" "$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "$SA" -H "$JSON" \
	"$ADMIN/users/profile" -d '{"attributes": []}')" 403
rm_client="$(curl -s -H "$AUTH" "$ADMIN/clients?clientId=realm-management" | jq -r '.[0].id')"
manage_realm="$(curl -s -H "$AUTH" "$ADMIN/clients/$rm_client/roles/manage-realm")"
check "cannot grant manage-realm (403)" "$(curl -s -o /dev/null -w '%{http_code}' -H "$SA" -H "$JSON" \
	"$ADMIN/users/$id/role-mappings/clients/$rm_client" -d "[$manage_realm]")" 403
check "deletes the user (204)" "$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "$SA" "$ADMIN/users/$id")" 204

echo "== users cannot move themselves to another zone (account API)"
user_token="$(password_grant "$TEST_CLIENT" ningbo-admin)"
check "account API refuses a zone change (400)" "$(curl -s -o /dev/null -w '%{http_code}' \
	-H "Authorization: Bearer $user_token" -H "$JSON" "$REALM/account" -d '{"username": "ningbo-admin",
	"email": "ningbo-admin@demo.zonehub.local", "firstName": "海宁", "lastName": "陈", "attributes": {"zone": ["hangzhou"]}}')" 400
check "zone unchanged" "$(curl -s -H "$AUTH" "$ADMIN/users?username=ningbo-admin&exact=true" | jq -c '.[0].attributes.zone')" \
	'["ningbo"]'
check "account API does not show zone" "$(curl -s -H "Authorization: Bearer $user_token" -H 'Accept: application/json' \
	"$REALM/account?userProfileMetadata=true" | jq -r '[.userProfileMetadata.attributes[].name] | index("zone")')" null
account_token="$(code_flow account-console "$REALM/account/" ningbo-admin | jq -r .access_token)"
check "account console still works for users (200)" "$(curl -s -o /dev/null -w '%{http_code}' \
	-H "Authorization: Bearer $account_token" -H 'Accept: application/json' "$REALM/account")" 200

echo
if [ "$failures" = 0 ]; then echo "All checks passed."; else echo "$failures check(s) failed."; exit 1; fi
