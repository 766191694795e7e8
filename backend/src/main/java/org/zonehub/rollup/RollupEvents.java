package org.zonehub.rollup;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.action.ActionClosed;
import org.zonehub.action.ActionLaunched;
import org.zonehub.action.ActionReportReturned;
import org.zonehub.action.ActionReported;
import org.zonehub.action.ActionTally;
import org.zonehub.compliance.AssessmentStatus;
import org.zonehub.compliance.AssessmentTransitioned;
import org.zonehub.compliance.RectificationChanged;
import org.zonehub.enterprise.EnterpriseStatusChanged;
import org.zonehub.platform.events.EventReceipts;
import org.zonehub.platform.events.ZoneEvent;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.program.ProgramActivated;
import org.zonehub.program.ProgramClosed;
import org.zonehub.program.ProgramMonthConfirmed;

/**
 * Applies each event to its zone's figures once: a redelivered event finds its receipt and changes nothing, and an
 * event older than what the figures already know changes nothing either ({@link EnterpriseFacts}). Programs and
 * actions are counted again from what their modules hold (a confirmed month's figures recorded once), which no
 * order of delivery can change. Each in a
 * transaction of its own, so that a deadlock victim can be taken again from the start ({@link RollupListener}).
 * READ COMMITTED: a rebuild copies from the source tables with INSERT … SELECT, which under REPEATABLE READ would
 * lock the rows it reads and hold up (or deadlock with) the very writes whose events follow.
 */
@Service
class RollupEvents {

	static final String RECEIPTS = "rollup";

	private final ZoneRollups rollups;

	private final EventReceipts receipts;

	private final TenancyGuard tenancy;

	private final ActionTally actionTally;

	RollupEvents(ZoneRollups rollups, EventReceipts receipts, TenancyGuard tenancy, ActionTally actionTally) {
		this.rollups = rollups;
		this.receipts = receipts;
		this.tenancy = tenancy;
		this.actionTally = actionTally;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(EnterpriseStatusChanged event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyStatus(zone, event.enterpriseIds(), event.status(), event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(AssessmentTransitioned event) {
		if (event.to() != AssessmentStatus.APPROVED) {
			return;
		}
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyApproval(zone, event.enterpriseId(), event.level(), event.score(), event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(RectificationChanged event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyTask(zone, event.taskId(), event.to(), event.dueDate(), event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ProgramActivated event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyProgramStatus(zone, event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ProgramClosed event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyProgramStatus(zone, event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ProgramMonthConfirmed event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyConfirmed(zone, event.programId(), event.month(), event.totals(), event.at());
		}
	}

	/** One event for the whole fan-out: each zone it reached is counted, in zone order (the order locks are taken). */
	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ActionLaunched event) {
		if (receipts.firstDelivery(RECEIPTS, event.eventId())) {
			applyActions(event.zoneIds(), event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ActionReported event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyActions(zone, event.at());
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ActionReportReturned event) {
		ZoneScope zone = firstDelivery(event);
		if (zone != null) {
			rollups.applyActions(zone, event.at());
		}
	}

	/** A closed action stops counting as overdue or missing in every zone it has assignments in. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
	public void take(ActionClosed event) {
		if (receipts.firstDelivery(RECEIPTS, event.eventId())) {
			applyActions(actionTally.zonesOf(tenancy.systemScopes(), event.actionId()), event.at());
		}
	}

	private void applyActions(List<Long> zoneIds, Instant at) {
		for (long zoneId : new TreeSet<>(zoneIds)) {
			rollups.applyActions(tenancy.systemScope(zoneId), at);
		}
	}

	private ZoneScope firstDelivery(ZoneEvent event) {
		if (!receipts.firstDelivery(RECEIPTS, event)) {
			return null;
		}
		return tenancy.systemScope(event.zoneId());
	}

}
