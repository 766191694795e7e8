package org.zonehub.platform.events;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An after-commit listener as later modules write them (the national rollup): idempotent through
 * {@link EventReceipts}, its effect counted only once its transaction commits. It fails on purpose while
 * told to ({@link #failNext}). Tests reach it through its Spring proxy, hence methods, not fields. A component of the test sources, picked up by the shared test context.
 */
@Component
class ProbeListener {

	static final String NAME = "test-probe";

	/** An event only this listener takes. */
	record ProbeEvent(UUID eventId, long zoneId) implements ZoneEvent {
	}

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger calls = new AtomicInteger();

	/** Committed effects by event: each must reach exactly 1. */
	private final Map<UUID, Integer> applied = new ConcurrentHashMap<>();

	private final EventReceipts receipts;

	ProbeListener(EventReceipts receipts) {
		this.receipts = receipts;
	}

	public void failNext(int deliveries) {
		failuresLeft.set(deliveries);
	}

	public int failuresLeft() {
		return failuresLeft.get();
	}

	public int calls() {
		return calls.get();
	}

	/** How often the event's effect committed; {@code 0} if never. */
	public int applied(UUID eventId) {
		return applied.getOrDefault(eventId, 0);
	}

	@ApplicationModuleListener
	public void on(ProbeEvent event) {
		calls.incrementAndGet();
		if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("the probe fails on purpose");
		}
		if (receipts.firstDelivery(NAME, event)) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					applied.merge(event.eventId(), 1, Integer::sum);
				}
			});
		}
	}

}
