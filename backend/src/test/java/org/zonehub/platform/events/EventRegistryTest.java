package org.zonehub.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.events.ProbeListener.ProbeEvent;
import org.zonehub.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events to after-commit listeners go through the database registry: delivered once committed, kept while their
 * listener fails and delivered again later, never delivered when the change rolled back, and taken once however
 * often they come.
 */
@IntegrationTest
class EventRegistryTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProbeListener probe;

	@Autowired
	EventRedelivery redelivery;

	private TransactionTemplate transactions;

	@BeforeEach
	void setUp() {
		transactions = new TransactionTemplate(transactionManager);
		probe.failNext(0);
	}

	@Test
	void aCommittedEventIsDeliveredOnceAndLeavesNoPublicationBehind() {
		ProbeEvent event = publish(true);

		await(() -> probe.applied(event.eventId()) > 0);
		await(() -> publications(event) == 0);
		assertThat(probe.applied(event.eventId())).isEqualTo(1);
	}

	@Test
	void anEventWhoseListenerFailedStaysInTheDatabaseAndIsDeliveredAgainLater() {
		probe.failNext(1);
		int callsBefore = probe.calls();

		ProbeEvent event = publish(true);
		await(() -> probe.calls() > callsBefore);
		await(() -> probe.failuresLeft() == 0);

		assertThat(publications(event)).as("the failed publication is kept").isEqualTo(1);
		assertThat(probe.applied(event.eventId())).isZero();

		redelivery.redeliverOlderThan(Duration.ZERO);

		await(() -> probe.applied(event.eventId()) > 0);
		await(() -> publications(event) == 0);
		assertThat(probe.applied(event.eventId())).isEqualTo(1);
	}

	@Test
	void anEventOfARolledBackChangeIsNeverDelivered() throws InterruptedException {
		ProbeEvent event = publish(false);

		Thread.sleep(1_000);
		assertThat(publications(event)).isZero();
		assertThat(probe.applied(event.eventId())).isZero();
	}

	@Test
	void aRedeliveredEventChangesNothingTwice() throws InterruptedException {
		ProbeEvent event = publish(true);
		await(() -> probe.applied(event.eventId()) > 0);
		int callsBefore = probe.calls();

		// what a second replica's redelivery, or one after a crash between effect and completion, amounts to
		probe.on(event);
		probe.on(event);
		await(() -> probe.calls() >= callsBefore + 2);
		Thread.sleep(500); // their transactions commit just after the calls count

		assertThat(probe.applied(event.eventId())).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_receipt WHERE listener = ? AND event_id = ?",
				Integer.class, ProbeListener.NAME, event.eventId().toString())).isEqualTo(1);
	}

	private ProbeEvent publish(boolean commit) {
		ProbeEvent event = new ProbeEvent(UUID.randomUUID(), 1);
		transactions.executeWithoutResult(status -> {
			events.publishEvent(event);
			if (!commit) {
				status.setRollbackOnly();
			}
		});
		return event;
	}

	private int publications(ProbeEvent event) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE serialized_event LIKE ?",
				Integer.class, "%" + event.eventId() + "%");
	}

	private static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plusSeconds(10);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("not within 10 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
		}
	}

}
