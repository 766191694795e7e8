package org.zonehub.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and averages from counts: {@code null} when there is nothing to divide by (no data is not zero). */
final class Rates {

	private Rates() {
	}

	/** A share between 0 and 1, to four places (a percentage to two). */
	static BigDecimal share(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	static BigDecimal average(BigDecimal sum, long count) {
		return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}

}
