package org.zonehub.platform.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

	private static final Map<String, String> COLUMNS = Map.of("code", "code", "nameZh", "name_zh");

	@Test
	void defaultsToFirstPageOfTwentySortedByDefaultKey() {
		PageRequest page = PageRequest.of(null, null, null, COLUMNS, "code");

		assertThat(page.page()).isZero();
		assertThat(page.size()).isEqualTo(20);
		assertThat(page.sortColumn()).isEqualTo("code");
		assertThat(page.descending()).isFalse();
		assertThat(page.offset()).isZero();
	}

	@Test
	void mapsSortKeyToItsColumnAndDirection() {
		PageRequest page = PageRequest.of(2, 50, "nameZh,desc", COLUMNS, "code");

		assertThat(page.sortColumn()).isEqualTo("name_zh");
		assertThat(page.direction()).isEqualTo("DESC");
		assertThat(page.offset()).isEqualTo(100);
	}

	@Test
	void rejectsSortKeysOutsideTheWhitelistNamingTheField() {
		assertThatThrownBy(() -> PageRequest.of(0, 20, "name_zh; DROP TABLE zone", COLUMNS, "code"))
			.isInstanceOfSatisfying(ApiProblem.class,
					invalid -> assertThat(invalid.fieldProblems()).extracting(FieldProblem::field).containsExactly("sort"));
		assertThatThrownBy(() -> PageRequest.of(0, 20, "code,sideways", COLUMNS, "code"))
			.isInstanceOf(ApiProblem.class);
	}

	@Test
	void refusesOffsetsDeeperThanTheBound() {
		assertThat(PageRequest.of(50, 200, null, COLUMNS, "code").offset()).isEqualTo(PageRequest.MAX_OFFSET);
		assertThatThrownBy(() -> PageRequest.of(51, 200, null, COLUMNS, "code"))
			.isInstanceOfSatisfying(ApiProblem.class, invalid -> assertThat(invalid.fieldProblems())
				.containsExactly(new FieldProblem("page", ErrorCode.PAGE_TOO_DEEP, PageRequest.MAX_OFFSET)));
		assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 200, null, COLUMNS, "code"))
			.isInstanceOf(ApiProblem.class);
	}

	@Test
	void rejectsPageAndSizeOutOfRange() {
		assertThatThrownBy(() -> PageRequest.of(-1, 20, null, COLUMNS, "code")).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> PageRequest.of(0, 0, null, COLUMNS, "code")).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1, null, COLUMNS, "code"))
			.isInstanceOf(ApiProblem.class);
	}

}
