package org.zonehub.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternsTest {

	@Test
	void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
		assertThat(LikePatterns.contains("100%")).isEqualTo("%100!%%");
		assertThat(LikePatterns.contains("A_B")).isEqualTo("%A!_B%");
		assertThat(LikePatterns.startsWith("!x")).isEqualTo("!!x%");
		assertThat(LikePatterns.contains("宁波家电")).isEqualTo("%宁波家电%");
	}

}
