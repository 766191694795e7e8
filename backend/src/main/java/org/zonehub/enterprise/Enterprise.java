package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An enterprise of a zone as the API shows it.
 *
 * @param creditCodeOverrideReason why a code that fails the check character was accepted; {@code null} otherwise
 * @param exportValueCny last year's cross-border e-commerce exports, in yuan
 * @param version optimistic-locking version; send it back with a change
 */
public record Enterprise(long id, String creditCode, String creditCodeOverrideReason, String nameZh, String nameEn,
		Set<EnterpriseKind> kinds, String customsCode, Set<CustomsMode> customsModes, String district, String address,
		String contactName, String contactPhone, String contactEmail, BigDecimal exportValueCny,
		BigDecimal importValueCny, EnterpriseStatus status, String createdBy, Instant createdAt, String updatedBy,
		Instant updatedAt, int version) {

	static Enterprise from(EnterpriseRow row) {
		return new Enterprise(row.id(), row.creditCode(), row.creditCodeOverrideReason(), row.nameZh(), row.nameEn(),
				parse(row.kinds(), EnterpriseKind.class, EnterpriseKind::valueOf), row.customsCode(),
				parse(row.customsModes(), CustomsMode.class, CustomsMode::ofCode), row.district(), row.address(),
				row.contactName(), row.contactPhone(), row.contactEmail(), row.exportValueCny(),
				row.importValueCny(), row.status(), row.createdBy(), row.createdAt(), row.updatedBy(),
				row.updatedAt(), row.version());
	}

	static String kindCodes(Set<EnterpriseKind> kinds) {
		return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static String modeCodes(Set<CustomsMode> modes) {
		return modes == null ? "" : modes.stream().sorted().map(CustomsMode::code).collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type, Function<String, E> parser) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (codes != null && !codes.isBlank()) {
			Arrays.stream(codes.split(",")).map(String::trim).map(parser).forEach(set::add);
		}
		return set;
	}

}
