package org.zonehub.platform.tenancy;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

/**
 * The record of every account ZoneHub provisioned: Keycloak user id → zone, role and enterprise. The identity
 * module writes it beside each account it makes or removes; {@link CurrentCaller} reads it on every request, so a
 * token from an account ZoneHub did not make for that zone and enterprise grants nothing.
 */
@Service
public class AccountBindings {

	private final AccountBindingMapper bindings;

	private final TenantZoneMapper zones;

	private final Clock clock;

	AccountBindings(AccountBindingMapper bindings, TenantZoneMapper zones, Clock clock) {
		this.bindings = bindings;
		this.zones = zones;
		this.clock = clock;
	}

	/**
	 * Records that the account was made for the zone (and enterprise). Binding the same account the same way again
	 * changes nothing; an account bound otherwise is refused, since one account serves one zone and enterprise.
	 */
	public void bind(String zoneCode, String userId, String username, String role, Long enterpriseId, String actor) {
		ZoneScope zone = internal(zoneCode);
		AccountBinding existing = bindings.find(zone, userId);
		if (existing != null) {
			if (!existing.role().equals(role) || !Objects.equals(existing.enterpriseId(), enterpriseId)) {
				throw new IllegalStateException("Account " + userId + " is already bound to another role or enterprise");
			}
			return;
		}
		bindings.insert(zone, new AccountBinding(userId, username, role, enterpriseId, actor,
				clock.instant().truncatedTo(ChronoUnit.MILLIS)));
	}

	/** Forgets an account that was removed; forgetting one that is not bound changes nothing. */
	public void unbind(String zoneCode, String userId) {
		bindings.delete(internal(zoneCode), userId);
	}

	public List<AccountBinding> ofEnterprise(ZoneScope zone, long enterpriseId) {
		return bindings.ofEnterprise(zone, enterpriseId);
	}

	public List<AccountBinding> ofZone(ZoneScope zone) {
		return bindings.ofZone(zone);
	}

	/** Every binding of every zone, by zone code: for the reconciliation with Keycloak (one query per zone). */
	public Map<String, List<AccountBinding>> all() {
		Map<String, List<AccountBinding>> all = new LinkedHashMap<>();
		for (String code : zones.allCodes()) {
			all.put(code, bindings.ofZone(internal(code)));
		}
		return all;
	}

	public boolean isBound(ZoneScope zone, long enterpriseId, String userId) {
		AccountBinding binding = bindings.find(zone, userId);
		return binding != null && Objects.equals(binding.enterpriseId(), enterpriseId);
	}

	/** The zone's key for the binding statements; the callers already decided the zone (or just created it). */
	private ZoneScope internal(String zoneCode) {
		TenantZoneMapper.TenantZone zone = zones.findByCode(zoneCode);
		if (zone == null) {
			throw new IllegalArgumentException("No zone " + zoneCode);
		}
		return new ZoneScope(zone.id(), zoneCode, null, Access.WRITE, zones);
	}

}
