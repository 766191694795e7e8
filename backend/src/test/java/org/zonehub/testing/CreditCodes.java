package org.zonehub.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid Unified Social Credit Codes for tests (Ningbo's division code, random organization code). */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static String random() {
		StringBuilder code = new StringBuilder("91330200");
		for (int i = 0; i < 9; i++) {
			code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return code.append(ALPHABET.charAt(check == 31 ? 0 : check)).toString();
	}

	/** The same code with a wrong check character. */
	public static String withWrongCheck(String valid) {
		char check = valid.charAt(17);
		return valid.substring(0, 17) + (check == '1' ? '2' : '1');
	}

}
