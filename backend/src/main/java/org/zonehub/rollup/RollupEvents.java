package org.zonehub.rollup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.compliance.AssessmentStatus;
import org.zonehub.compliance.AssessmentTransitioned;
import org.zonehub.compliance.RectificationChanged;
import org.zonehub.enterprise.EnterpriseStatusChanged;
import org.zonehub.platform.events.EventReceipts;
import org.zonehub.platform.events.ZoneEvent;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Applies each event to its zone's figures once: a redelivered event finds its receipt and changes nothing, and an
 * event older than what the figures already know changes nothing either ({@link EnterpriseFacts}). Each in a
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

	RollupEvents(ZoneRollups rollups, EventReceipts receipts, TenancyGuard tenancy) {
		this.rollups = rollups;
		this.receipts = receipts;
		this.tenancy = tenancy;
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

	private ZoneScope firstDelivery(ZoneEvent event) {
		if (!receipts.firstDelivery(RECEIPTS, event)) {
			return null;
		}
		return tenancy.systemScope(event.zoneId());
	}

}
