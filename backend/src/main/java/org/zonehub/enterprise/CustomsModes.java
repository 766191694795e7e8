package org.zonehub.enterprise;

import org.zonehub.platform.web.ApiProblem;

/** Reads a customs mode code from a query parameter, naming the parameter when it is not one. */
final class CustomsModes {

	private CustomsModes() {
	}

	static CustomsMode parse(String code) {
		try {
			return CustomsMode.ofCode(code.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw new ApiProblem.Invalid("customsMode", "must be one of 9610, 9710, 9810, 1210, 1239");
		}
	}

}
