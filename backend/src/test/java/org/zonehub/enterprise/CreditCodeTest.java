package org.zonehub.enterprise;

import org.junit.jupiter.api.Test;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.enterprise.CreditCode.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

	@Test
	void acceptsValidCodes() {
		assertThat(CreditCode.check("91350100M000100Y43")).isEqualTo(Verdict.VALID);
		assertThat(CreditCode.check(" 91350100m000100y43 ")).as("trimmed and upper-cased").isEqualTo(Verdict.VALID);
		assertThat(CreditCode.check("91330200MA2CJ9XX0U")).isEqualTo(Verdict.VALID);
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThat(CreditCode.check("91350100M000100Y44")).isEqualTo(Verdict.WRONG_CHECK_CHARACTER);
	}

	@Test
	void rejectsWrongLengths() {
		assertThat(CreditCode.check("91350100M000100Y4")).isEqualTo(Verdict.WRONG_LENGTH);
		assertThat(CreditCode.check("91350100M000100Y433")).isEqualTo(Verdict.WRONG_LENGTH);
		assertThat(CreditCode.check("")).isEqualTo(Verdict.WRONG_LENGTH);
		assertThat(CreditCode.check(null)).isEqualTo(Verdict.WRONG_LENGTH);
	}

	@Test
	void rejectsTheForbiddenLettersIOSVZ() {
		for (char forbidden : "IOSVZ".toCharArray()) {
			assertThat(CreditCode.check("91350100M00010" + forbidden + "Y43")).as(String.valueOf(forbidden))
				.isEqualTo(Verdict.FORBIDDEN_CHARACTER);
		}
		assertThat(CreditCode.check("91350100M000100Y4-")).isEqualTo(Verdict.FORBIDDEN_CHARACTER);
	}

	@Test
	void checkCharacterZeroWhenTheRemainderIsZero() {
		// 31 - 0 = 31 counts as 0: find such a prefix and confirm the rule
		for (int n = 0; n < 100_000; n++) {
			String first17 = String.format("9133020000%07d", n);
			if (CreditCode.checkCharacter(first17) == '0') {
				assertThat(CreditCode.check(first17 + "0")).isEqualTo(Verdict.VALID);
				return;
			}
		}
		throw new AssertionError("no prefix with check character 0 found");
	}

	@Test
	void aFailingCheckCharacterMayBeAcceptedWithAReasonButNothingElse() {
		assertThat(CreditCode.problem("91350100M000100Y43", null)).isNull();
		assertThat(CreditCode.problem("91350100M000100Y44", null)).isEqualTo(ErrorCode.CREDIT_CODE_CHECK_CHARACTER);
		assertThat(CreditCode.problem("91350100M000100Y44", "早期赋码，经市场监管局核实")).isNull();
		assertThat(CreditCode.problem("91350100M000100Y4", "any reason")).isEqualTo(ErrorCode.CREDIT_CODE_LENGTH);
		assertThat(CreditCode.problem("91350100M00010OY43", "any reason"))
			.isEqualTo(ErrorCode.CREDIT_CODE_CHARACTERS);
	}

}
