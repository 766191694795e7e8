package org.zonehub.rollup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zonehub.action.ActionClosed;
import org.zonehub.action.ActionLaunched;
import org.zonehub.action.ActionReportReturned;
import org.zonehub.action.ActionReported;
import org.zonehub.compliance.AssessmentTransitioned;
import org.zonehub.compliance.RectificationChanged;
import org.zonehub.enterprise.EnterpriseStatusChanged;
import org.zonehub.program.ProgramActivated;
import org.zonehub.program.ProgramClosed;
import org.zonehub.program.ProgramMonthConfirmed;

/**
 * Takes the source modules' events after their commit, through the event publication registry (so none is lost to
 * a crash); {@link RollupEvents} applies each once. A zone's writers take turns on its row, and the database may
 * still pick a deadlock victim among them (two first events of a zone): the victim is taken again a few times
 * before its publication is left for redelivery.
 */
@Component
class RollupListener {

	private static final Logger log = LoggerFactory.getLogger(RollupListener.class);

	private static final int ATTEMPTS = 4;

	private final RollupEvents events;

	RollupListener(RollupEvents events) {
		this.events = events;
	}

	@ApplicationModuleListener
	public void on(EnterpriseStatusChanged event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(AssessmentTransitioned event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(RectificationChanged event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(ProgramActivated event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(ProgramClosed event) {
		withRetries(() -> events.take(event));
	}

	/** FiguresReported and FiguresCorrected are not taken: they touch unconfirmed months only, which do not count. */
	@ApplicationModuleListener
	public void on(ProgramMonthConfirmed event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(ActionLaunched event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(ActionReported event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(ActionReportReturned event) {
		withRetries(() -> events.take(event));
	}

	@ApplicationModuleListener
	public void on(ActionClosed event) {
		withRetries(() -> events.take(event));
	}

	private static void withRetries(Runnable take) {
		for (int attempt = 1;; attempt++) {
			try {
				take.run();
				return;
			}
			catch (ConcurrencyFailureException lost) {
				if (attempt == ATTEMPTS) {
					throw lost;
				}
				log.debug("Rollup lost a lock race, attempt {} of {}: {}", attempt, ATTEMPTS, lost.getMessage());
				try {
					Thread.sleep(20L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw lost;
				}
			}
		}
	}

}
