package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.compliance.AssessmentStatus.APPROVED;
import static org.zonehub.compliance.AssessmentStatus.DRAFT;
import static org.zonehub.compliance.AssessmentStatus.RETURNED;
import static org.zonehub.compliance.AssessmentStatus.SUBMITTED;
import static org.zonehub.compliance.TaskStatus.OPEN;
import static org.zonehub.compliance.TaskStatus.REOPENED;
import static org.zonehub.compliance.TaskStatus.VERIFIED;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Both state machines in full: every pair of states, legal or not (the API answers 409 for the others). */
class TransitionsTest {

	@Test
	void anAssessmentMovesOnlyAlongTheReviewPath() {
		List<String> legal = new ArrayList<>();
		for (AssessmentStatus from : AssessmentStatus.values()) {
			for (AssessmentStatus to : AssessmentStatus.values()) {
				if (from.canMoveTo(to)) {
					legal.add(from + "->" + to);
				}
			}
		}
		assertThat(legal).containsExactlyInAnyOrder("DRAFT->SUBMITTED", "SUBMITTED->RETURNED", "SUBMITTED->APPROVED",
				"RETURNED->SUBMITTED");
	}

	@Test
	void onlyTheEnterprisesWorkingStatesAreEditable() {
		assertThat(DRAFT.editable()).isTrue();
		assertThat(RETURNED.editable()).isTrue();
		assertThat(SUBMITTED.editable()).isFalse();
		assertThat(APPROVED.editable()).isFalse();
	}

	@Test
	void aTaskMovesOnlyAlongTheFixPath() {
		List<String> legal = new ArrayList<>();
		for (TaskStatus from : TaskStatus.values()) {
			for (TaskStatus to : TaskStatus.values()) {
				if (from.canMoveTo(to)) {
					legal.add(from + "->" + to);
				}
			}
		}
		assertThat(legal).containsExactlyInAnyOrder("OPEN->SUBMITTED", "SUBMITTED->VERIFIED", "SUBMITTED->REOPENED",
				"REOPENED->SUBMITTED");
		assertThat(OPEN.withEnterprise()).isTrue();
		assertThat(REOPENED.withEnterprise()).isTrue();
		assertThat(TaskStatus.SUBMITTED.withEnterprise()).isFalse();
		assertThat(VERIFIED.withEnterprise()).isFalse();
	}

}
