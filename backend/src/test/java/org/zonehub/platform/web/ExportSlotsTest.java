package org.zonehub.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportSlotsTest {

	@Test
	void onePastTheCapIsRefusedAtOnceAndAFreedSlotServesTheNext() {
		ExportSlots slots = new ExportSlots(2);
		ExportSlots.Slot first = slots.acquire();
		try (ExportSlots.Slot second = slots.acquire()) {
			assertThatThrownBy(slots::acquire).isInstanceOfSatisfying(ApiProblem.class,
					busy -> assertThat(busy.code()).isEqualTo(ErrorCode.EXPORTS_BUSY));
		}
		slots.acquire().close();
		first.close();
	}

}
