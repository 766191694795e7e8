package org.zonehub.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The one place the score and level are computed (the result page shows {@link #RULES} to users).
 * <p>
 * score = 100 × Σ(weight × credit) ÷ Σ(weight), over the items not answered "not applicable"; credit is 1 for
 * compliant, ½ for partly, 0 for not compliant. Rounded half-up to one decimal; the level is read from the rounded
 * score, so what users see and the level always agree. When nothing applies (every item not applicable, or no
 * items) nothing is unmet: the score is 100 — the reviewer who approved those answers is the control.
 */
final class Scoring {

	/** Lowest score of each level; below {@code C} is D. */
	static final BigDecimal A_FROM = BigDecimal.valueOf(90);

	static final BigDecimal B_FROM = BigDecimal.valueOf(75);

	static final BigDecimal C_FROM = BigDecimal.valueOf(60);

	static final ScoringRules RULES = new ScoringRules(A_FROM, B_FROM, C_FROM, 1.0, 0.5, 0.0);

	/**
	 * The formula's constants, for the result page.
	 *
	 * @param levelAFrom lowest score of level A (likewise B and C; lower is D)
	 * @param compliantCredit share of the weight a compliant answer earns (likewise partly, not compliant)
	 */
	record ScoringRules(BigDecimal levelAFrom, BigDecimal levelBFrom, BigDecimal levelCFrom, double compliantCredit,
			double partlyCredit, double notCompliantCredit) {
	}

	record Scored(int weight, Answer answer) {
	}

	record Result(BigDecimal score, Level level) {
	}

	private Scoring() {
	}

	static Result score(List<Scored> items) {
		long applicableWeight = 0;
		double earned = 0;
		for (Scored item : items) {
			if (item.answer() == null) {
				throw new IllegalArgumentException("Every item must be answered before scoring.");
			}
			if (item.answer() != Answer.NOT_APPLICABLE) {
				applicableWeight += item.weight();
				earned += item.weight() * item.answer().credit();
			}
		}
		BigDecimal score = applicableWeight == 0 ? BigDecimal.valueOf(100).setScale(1)
				: BigDecimal.valueOf(earned * 100).divide(BigDecimal.valueOf(applicableWeight), 1, RoundingMode.HALF_UP);
		return new Result(score, levelOf(score));
	}

	static Level levelOf(BigDecimal score) {
		if (score.compareTo(A_FROM) >= 0) {
			return Level.A;
		}
		if (score.compareTo(B_FROM) >= 0) {
			return Level.B;
		}
		return score.compareTo(C_FROM) >= 0 ? Level.C : Level.D;
	}

}
