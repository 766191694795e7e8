package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zonehub.compliance.Answer.COMPLIANT;
import static org.zonehub.compliance.Answer.NOT_APPLICABLE;
import static org.zonehub.compliance.Answer.NOT_COMPLIANT;
import static org.zonehub.compliance.Answer.PARTLY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zonehub.compliance.Scoring.Result;
import org.zonehub.compliance.Scoring.Scored;

class ScoringTest {

	@Test
	void everythingCompliantScoresOneHundredAndA() {
		assertThat(score(item(10, COMPLIANT), item(5, COMPLIANT))).isEqualTo(result("100.0", Level.A));
	}

	@Test
	void partlyEarnsHalfItsWeightAndNotCompliantNothing() {
		// (10 × 1 + 10 × 0.5 + 20 × 0) ÷ 40 = 37.5
		assertThat(score(item(10, COMPLIANT), item(10, PARTLY), item(20, NOT_COMPLIANT)))
			.isEqualTo(result("37.5", Level.D));
	}

	@Test
	void notApplicableItemsLeaveTheDenominator() {
		// (8 × 1) ÷ (8 + 2) = 80: the 30-weight item that does not apply changes nothing
		assertThat(score(item(8, COMPLIANT), item(2, NOT_COMPLIANT), item(30, NOT_APPLICABLE)))
			.isEqualTo(result("80.0", Level.B));
		assertThat(score(item(8, COMPLIANT), item(2, NOT_COMPLIANT))).isEqualTo(result("80.0", Level.B));
	}

	@Test
	void allNotApplicableOrNothingAtAllScoresOneHundred() {
		assertThat(score(item(10, NOT_APPLICABLE), item(3, NOT_APPLICABLE))).isEqualTo(result("100.0", Level.A));
		assertThat(score()).isEqualTo(result("100.0", Level.A));
	}

	@Test
	void weightsDecideNotTheNumberOfItems() {
		// one heavy failure outweighs nine light passes: 9 ÷ (9 + 100) = 8.26… → 8.3
		List<Scored> items = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			items.add(item(1, COMPLIANT));
		}
		items.add(item(100, NOT_COMPLIANT));
		assertThat(Scoring.score(items)).isEqualTo(result("8.3", Level.D));
		// and the other way round: 100 ÷ 109 = 91.74… → 91.7
		items.set(9, item(100, COMPLIANT));
		items.replaceAll(scored -> scored.weight() == 1 ? item(1, NOT_COMPLIANT) : scored);
		assertThat(Scoring.score(items)).isEqualTo(result("91.7", Level.A));
	}

	@Test
	void theScoreRoundsHalfUpToOneDecimalAndTheLevelFollowsTheRoundedScore() {
		// 2 × 1 ÷ 3 = 66.666… → 66.7
		assertThat(score(item(1, COMPLIANT), item(1, COMPLIANT), item(1, NOT_COMPLIANT)))
			.isEqualTo(result("66.7", Level.C));
		// 1799 of 2000 = 89.95, rounded 90.0: A, as shown; 1797 of 2000 = 89.85, rounded 89.9: B
		assertThat(score(item(1799, COMPLIANT), item(201, NOT_COMPLIANT))).isEqualTo(result("90.0", Level.A));
		assertThat(score(item(1797, COMPLIANT), item(203, NOT_COMPLIANT))).isEqualTo(result("89.9", Level.B));
	}

	@Test
	void theLevelThresholdsAreInclusive() {
		assertThat(Scoring.levelOf(new BigDecimal("90.0"))).isEqualTo(Level.A);
		assertThat(Scoring.levelOf(new BigDecimal("89.9"))).isEqualTo(Level.B);
		assertThat(Scoring.levelOf(new BigDecimal("75.0"))).isEqualTo(Level.B);
		assertThat(Scoring.levelOf(new BigDecimal("74.9"))).isEqualTo(Level.C);
		assertThat(Scoring.levelOf(new BigDecimal("60.0"))).isEqualTo(Level.C);
		assertThat(Scoring.levelOf(new BigDecimal("59.9"))).isEqualTo(Level.D);
		assertThat(Scoring.levelOf(new BigDecimal("0.0"))).isEqualTo(Level.D);
	}

	@Test
	void anUnansweredItemCannotBeScored() {
		assertThatThrownBy(() -> score(item(1, COMPLIANT), item(1, null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Scored item(int weight, Answer answer) {
		return new Scored(weight, answer);
	}

	private static Result score(Scored... items) {
		return Scoring.score(Arrays.asList(items));
	}

	private static Result result(String score, Level level) {
		return new Result(new BigDecimal(score), level);
	}

}
