package org.zonehub.action;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the special-action events the running application published, for the tests to count. */
@Component
class RecordedActionEvents {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ActionLaunched event) {
		events.add(event);
	}

	@EventListener
	void on(ActionReported event) {
		events.add(event);
	}

	@EventListener
	void on(ActionReportReturned event) {
		events.add(event);
	}

	@EventListener
	void on(ActionClosed event) {
		events.add(event);
	}

	<T> List<T> of(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
