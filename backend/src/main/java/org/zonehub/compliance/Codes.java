package org.zonehub.compliance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.zonehub.enterprise.CustomsMode;
import org.zonehub.enterprise.EnterpriseKind;

/** Applicability lists as stored: comma-separated kind names and customs-mode codes. */
final class Codes {

	private Codes() {
	}

	static Set<EnterpriseKind> kinds(String codes) {
		EnumSet<EnterpriseKind> kinds = EnumSet.noneOf(EnterpriseKind.class);
		split(codes).map(EnterpriseKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	static Set<CustomsMode> modes(String codes) {
		EnumSet<CustomsMode> modes = EnumSet.noneOf(CustomsMode.class);
		split(codes).map(CustomsMode::ofCode).forEach(modes::add);
		return modes;
	}

	static String ofKinds(Set<EnterpriseKind> kinds) {
		return kinds == null ? "" : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static String ofModes(Set<CustomsMode> modes) {
		return modes == null ? "" : modes.stream().sorted().map(CustomsMode::code).collect(Collectors.joining(","));
	}

	private static java.util.stream.Stream<String> split(String codes) {
		return codes == null || codes.isBlank() ? java.util.stream.Stream.empty()
				: Arrays.stream(codes.split(",")).map(String::trim);
	}

}
