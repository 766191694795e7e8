package org.zonehub.platform.tenancy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentCallerTest {

	@Test
	void readsZoneAndEnterpriseFromTheToken() {
		Caller caller = CurrentCaller.from(token().claim("zone", "ningbo").claim("enterprise_id", "42").build(),
				Set.of("enterprise"));

		assertThat(caller.zone()).isEqualTo("ningbo");
		assertThat(caller.enterpriseId()).isEqualTo(42L);
		assertThat(caller.isEnterprise()).isTrue();
	}

	@Test
	void aMalformedEnterpriseBindingGrantsNoEnterprise() {
		Caller caller = CurrentCaller.from(token().claim("zone", " ").claim("enterprise_id", "1 OR 1=1").build(),
				Set.of("enterprise"));

		assertThat(caller.zone()).isNull();
		assertThat(caller.enterpriseId()).isNull();
	}

	@Test
	void chineseNamesAreWrittenFamilyNameFirst() {
		Jwt chinese = token().claim("given_name", "建国").claim("family_name", "王").claim("name", "建国 王").build();
		Jwt english = token().claim("given_name", "Ada").claim("family_name", "Lovelace").claim("name", "Ada Lovelace")
			.build();

		assertThat(CurrentCaller.from(chinese, Set.of()).displayName()).isEqualTo("王建国");
		assertThat(CurrentCaller.from(english, Set.of()).displayName()).isEqualTo("Ada Lovelace");
		assertThat(CurrentCaller.from(token().build(), Set.of()).displayName()).isEqualTo("someone");
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim("preferred_username", "someone")
			.issuedAt(Instant.now());
	}

}
