package org.zonehub.platform.tenancy;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Reads the caller from the validated token of the current request, and refuses (403) any whose claims do not fit
 * exactly one role's shape: ministry with no zone and no enterprise; a zone admin with a well-formed zone and no
 * enterprise; an enterprise user with a well-formed zone and enterprise id. A zone admin or enterprise user must
 * also be bound by ZoneHub to exactly that zone and enterprise ({@link AccountBindings}). Nothing missing or
 * malformed is ever read as "no restriction". The one place that reads {@code zone} and {@code enterprise_id}.
 */
@Component
public class CurrentCaller {

	private static final String VERIFIED = CurrentCaller.class.getName() + ".verified";

	static final Pattern ZONE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

	private static final Pattern ENTERPRISE_ID = Pattern.compile("[1-9][0-9]{0,17}");

	private final TenantZoneMapper zones;

	private final AccountBindingMapper bindings;

	CurrentCaller(TenantZoneMapper zones, AccountBindingMapper bindings) {
		this.zones = zones;
		this.bindings = bindings;
	}

	/** The verified caller of this request; a refused one throws the 403 problem saying why. */
	public Caller get() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object verified = request == null ? null : request.getAttribute(VERIFIED, RequestAttributes.SCOPE_REQUEST);
		if (verified instanceof Caller caller) {
			return caller;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			throw new ApiProblem(ErrorCode.UNAUTHENTICATED);
		}
		Caller caller = verify(from(token.getToken(), roles(token)));
		if (request != null) {
			request.setAttribute(VERIFIED, caller, RequestAttributes.SCOPE_REQUEST);
		}
		return caller;
	}

	/** A zone admin or enterprise user must be the account ZoneHub bound to the zone and enterprise claimed. */
	private Caller verify(Caller caller) {
		if (caller.isMinistry()) {
			return caller;
		}
		TenantZoneMapper.TenantZone zone = zones.findByCode(caller.zone());
		if (zone == null || caller.userId() == null) {
			throw new ApiProblem(ErrorCode.ACCOUNT_NOT_BOUND);
		}
		AccountBinding binding = bindings.find(new ZoneScope(zone.id(), caller.zone(), caller, Access.READ, zones),
				caller.userId());
		if (binding == null || !binding.role().equals(caller.role())
				|| !java.util.Objects.equals(binding.enterpriseId(), caller.enterpriseId())) {
			throw new ApiProblem(ErrorCode.ACCOUNT_NOT_BOUND);
		}
		return caller;
	}

	/** The caller the token describes, if its claims fit one role's shape; the binding is checked apart. */
	static Caller from(Jwt jwt, Set<String> roles) {
		if (roles.isEmpty()) {
			throw new ApiProblem(ErrorCode.ACCOUNT_WITHOUT_ROLE);
		}
		if (roles.size() > 1) {
			throw new ApiProblem(ErrorCode.ACCOUNT_ROLES_AMBIGUOUS);
		}
		String role = roles.iterator().next();
		String zone = jwt.getClaimAsString("zone");
		String enterprise = jwt.getClaimAsString("enterprise_id");
		String username = jwt.getClaimAsString("preferred_username");
		if (username == null || username.isBlank()) {
			username = jwt.getSubject() == null ? "unknown" : jwt.getSubject();
		}
		String displayName = displayName(jwt, username);
		switch (role) {
			case Roles.MINISTRY -> {
				if (zone != null || enterprise != null) {
					throw new ApiProblem(ErrorCode.ACCOUNT_ROLES_AMBIGUOUS);
				}
				return new Caller(jwt.getSubject(), username, displayName, role, null, null);
			}
			case Roles.ZONE_ADMIN -> {
				if (zone == null || !ZONE_CODE.matcher(zone).matches()) {
					throw new ApiProblem(ErrorCode.ACCOUNT_ZONE_MISSING);
				}
				if (enterprise != null) {
					throw new ApiProblem(ErrorCode.ACCOUNT_ROLES_AMBIGUOUS);
				}
				return new Caller(jwt.getSubject(), username, displayName, role, zone, null);
			}
			case Roles.ENTERPRISE -> {
				if (zone == null || !ZONE_CODE.matcher(zone).matches()) {
					throw new ApiProblem(ErrorCode.ACCOUNT_ZONE_MISSING);
				}
				if (enterprise == null || !ENTERPRISE_ID.matcher(enterprise).matches()) {
					throw new ApiProblem(ErrorCode.ACCOUNT_ENTERPRISE_MISSING);
				}
				return new Caller(jwt.getSubject(), username, displayName, role, zone, Long.valueOf(enterprise));
			}
			default -> throw new ApiProblem(ErrorCode.ACCOUNT_WITHOUT_ROLE);
		}
	}

	/**
	 * Keycloak's {@code name} claim is "given family", which reads wrongly for Chinese names (建国 王): those are
	 * written family name first, without a space (王建国).
	 */
	static String displayName(Jwt jwt, String username) {
		String given = jwt.getClaimAsString("given_name");
		String family = jwt.getClaimAsString("family_name");
		if (given != null && family != null && (isHan(given) || isHan(family))) {
			return family.trim() + given.trim();
		}
		String name = jwt.getClaimAsString("name");
		return name == null || name.isBlank() ? username : name;
	}

	private static boolean isHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static Set<String> roles(JwtAuthenticationToken token) {
		Set<String> roles = new LinkedHashSet<>();
		for (GrantedAuthority authority : token.getAuthorities()) {
			// Spring Security also records how the caller authenticated (FACTOR_BEARER): not a role
			if (authority.getAuthority().startsWith("ROLE_")) {
				roles.add(Roles.realmRoleOf(authority.getAuthority()));
			}
		}
		return Set.copyOf(roles);
	}

}
