package org.zonehub.program;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zonehub.platform.events.ZoneEvent;

/**
 * Keeps the program events the running application committed (after commit, as the national rollup will get
 * them), so tests can check what it will receive. Picked up by the integration tests' shared context.
 */
@Component
class RecordedProgramEvents {

	private final List<ZoneEvent> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(ProgramActivated event) {
		events.add(event);
	}

	@TransactionalEventListener
	void on(ProgramClosed event) {
		events.add(event);
	}

	@TransactionalEventListener
	void on(ProgramMonthConfirmed event) {
		events.add(event);
	}

	@TransactionalEventListener
	void on(FiguresReported event) {
		events.add(event);
	}

	@TransactionalEventListener
	void on(FiguresCorrected event) {
		events.add(event);
	}

	<T extends ZoneEvent> List<T> of(Class<T> type, long programId) {
		return events.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.filter(event -> programId(event) == programId)
			.toList();
	}

	private static long programId(ZoneEvent event) {
		if (event instanceof ProgramActivated activated) {
			return activated.programId();
		}
		if (event instanceof ProgramClosed closed) {
			return closed.programId();
		}
		if (event instanceof ProgramMonthConfirmed confirmed) {
			return confirmed.programId();
		}
		if (event instanceof FiguresReported reported) {
			return reported.programId();
		}
		return ((FiguresCorrected) event).programId();
	}

}
