package org.zonehub.platform.events;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event publication still incomplete after a while: its listener failed, or the process
 * died between the commit and the listener. On one replica at a time (a database lock), and never the young ones
 * another replica may still be delivering, which is also why the registry does not republish on restart (each
 * restarting replica would repeat the others' work). Listeners take each event once ({@link EventReceipts}).
 */
@Component
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventRedelivery(IncompleteEventPublications incomplete,
			@Value("${zonehub.events.redeliver-older-than:PT1M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(initialDelayString = "${zonehub.events.redelivery-interval:PT1M}",
			fixedDelayString = "${zonehub.events.redelivery-interval:PT1M}")
	@SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT5M")
	void redeliver() {
		redeliverOlderThan(olderThan);
	}

	void redeliverOlderThan(Duration age) {
		log.debug("Redelivering event publications incomplete for more than {}", age);
		incomplete.resubmitIncompletePublicationsOlderThan(age);
	}

}
