package org.zonehub.zone;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.zonehub.zone.ZoneRequests.CreateZoneRequest;
import org.zonehub.zone.ZoneRequests.FirstAdmin;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneRequestsValidationTest {

	private final Validator validator;

	ZoneRequestsValidationTest() {
		Locale.setDefault(Locale.ENGLISH);
		validator = Validation.buildDefaultValidatorFactory().getValidator();
	}

	@Test
	void aCompleteRequestIsValid() {
		assertThat(validator.validate(valid())).isEmpty();
	}

	@Test
	void everyBadFieldIsNamedIncludingNestedAdminFields() {
		CreateZoneRequest bad = new CreateZoneRequest("Ningbo!", " ", "", "Zhejiang", 0, LocalDate.now().plusDays(1),
				new FirstAdmin("not-an-email", "", "王"));

		assertThat(fields(validator.validate(bad))).containsExactlyInAnyOrder("code", "nameZh", "nameEn", "province",
				"batch", "approvedOn", "firstAdmin.email", "firstAdmin.firstName");
	}

	@Test
	void provinceMustBeAnOfficialProvinceName() {
		assertThat(new Province.Validator().isValid("浙江省", null)).isTrue();
		assertThat(new Province.Validator().isValid("新疆维吾尔自治区", null)).isTrue();
		assertThat(new Province.Validator().isValid("浙江", null)).isFalse();
		assertThat(Provinces.NAMES).hasSize(31);
	}

	private static CreateZoneRequest valid() {
		return new CreateZoneRequest("ningbo-2", "中国（宁波）跨境电子商务综合试验区", "China (Ningbo) CBEC Pilot Zone", "浙江省", 2,
				LocalDate.of(2016, 1, 6), new FirstAdmin("admin@example.cn", "伟", "王"));
	}

	private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream()
			.map(v -> v.getPropertyPath().toString())
			.collect(java.util.stream.Collectors.toSet());
	}

}
