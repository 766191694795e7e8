package org.zonehub.compliance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the compliance events the running application published, so tests can check what the national rollup
 * will receive. A component in the test sources: the integration tests' one shared context picks it up by
 * scanning (events are published on the server's request threads, which Spring's test-thread event recording
 * cannot see).
 */
@Component
class RecordedComplianceEvents {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(AssessmentTransitioned event) {
		events.add(event);
	}

	@EventListener
	void on(RectificationChanged event) {
		events.add(event);
	}

	List<AssessmentTransitioned> transitionsOf(long assessmentId) {
		return events.stream()
			.filter(AssessmentTransitioned.class::isInstance)
			.map(AssessmentTransitioned.class::cast)
			.filter(event -> event.assessmentId() == assessmentId)
			.toList();
	}

	List<RectificationChanged> rectificationsOf(long enterpriseId) {
		return events.stream()
			.filter(RectificationChanged.class::isInstance)
			.map(RectificationChanged.class::cast)
			.filter(event -> event.enterpriseId() == enterpriseId)
			.toList();
	}

}
