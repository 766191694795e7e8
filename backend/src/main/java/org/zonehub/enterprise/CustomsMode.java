package org.zonehub.enterprise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Customs supervision modes for cross-border e-commerce, by their official four-digit codes. */
public enum CustomsMode {

	/** B2C retail export through a platform. */
	M9610("9610"),
	/** B2B direct export. */
	M9710("9710"),
	/** Export to an overseas warehouse. */
	M9810("9810"),
	/** Bonded retail import. */
	M1210("1210"),
	/** Bonded retail import, variant A. */
	M1239("1239");

	private final String code;

	CustomsMode(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	@JsonCreator
	public static CustomsMode ofCode(String code) {
		for (CustomsMode mode : values()) {
			if (mode.code.equals(code)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("Unknown customs mode " + code);
	}

}
