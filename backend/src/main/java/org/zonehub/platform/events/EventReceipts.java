package org.zonehub.platform.events;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes an after-commit listener idempotent: it records the event's id under its own name in its own
 * transaction, and does its work only if the record is new. The record commits or rolls back with the work, so
 * a redelivered event (after a crash, or by a second replica) changes nothing twice, and a failed one is taken
 * again.
 */
@Service
public class EventReceipts {

	private final EventReceiptMapper receipts;

	private final Clock clock;

	EventReceipts(EventReceiptMapper receipts, Clock clock) {
		this.receipts = receipts;
		this.clock = clock;
	}

	/**
	 * {@code true} the first time {@code listener} takes the event in a transaction that commits; {@code false} when
	 * it already took it. Call at the start of the listener's transaction.
	 */
	public boolean firstDelivery(String listener, ZoneEvent event) {
		return firstDelivery(listener, event.eventId());
	}

	public boolean firstDelivery(String listener, UUID eventId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A receipt must share the listener's transaction");
		}
		try {
			receipts.insert(listener, eventId.toString(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
			return true;
		}
		catch (DuplicateKeyException alreadyTaken) {
			return false;
		}
	}

}
