package org.zonehub.enterprise;

import java.util.Locale;

import org.zonehub.platform.web.ErrorCode;

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from 31 symbols (no I, O, S, V,
 * Z); the 18th is a check character over the first 17 with weights 3^(i-1) mod 31.
 */
public final class CreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public enum Verdict {

		VALID(null), WRONG_LENGTH(ErrorCode.CREDIT_CODE_LENGTH), FORBIDDEN_CHARACTER(ErrorCode.CREDIT_CODE_CHARACTERS),
		WRONG_CHECK_CHARACTER(ErrorCode.CREDIT_CODE_CHECK_CHARACTER);

		private final ErrorCode problem;

		Verdict(ErrorCode problem) {
			this.problem = problem;
		}

		/** The field code saying what is wrong; {@code null} for a valid code. */
		public ErrorCode problem() {
			return problem;
		}

	}

	private CreditCode() {
	}

	/** Upper-cases and trims; codes are stored and compared in this form. */
	public static String normalize(String code) {
		return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
	}

	public static Verdict check(String code) {
		String normalized = normalize(code);
		if (normalized == null || normalized.length() != 18) {
			return Verdict.WRONG_LENGTH;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(normalized.charAt(i)) < 0) {
				return Verdict.FORBIDDEN_CHARACTER;
			}
		}
		return normalized.charAt(17) == checkCharacter(normalized.substring(0, 17)) ? Verdict.VALID
				: Verdict.WRONG_CHECK_CHARACTER;
	}

	/**
	 * Why a code cannot be stored, or {@code null} when it can: valid codes always, codes failing only the check
	 * character when an administrator gives a reason ({@link ErrorCode#CREDIT_CODE_CHECK_CHARACTER} says so, and
	 * the frontend offers the reason field on that code).
	 */
	public static ErrorCode problem(String code, String overrideReason) {
		Verdict verdict = check(code);
		if (verdict == Verdict.WRONG_CHECK_CHARACTER && overrideReason != null && !overrideReason.isBlank()) {
			return null;
		}
		return verdict.problem();
	}

	/** The check character for the first 17 characters (which must be from the alphabet). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int value = 31 - sum % 31;
		return ALPHABET.charAt(value == 31 ? 0 : value);
	}

}
