package org.zonehub.enterprise;

import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/** Reads a customs mode code from a query parameter, naming the parameter when it is not one. */
final class CustomsModes {

	private CustomsModes() {
	}

	static CustomsMode parse(String code) {
		try {
			return CustomsMode.ofCode(code.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw ApiProblem.invalid("customsMode", ErrorCode.CUSTOMS_MODE_UNKNOWN);
		}
	}

}
