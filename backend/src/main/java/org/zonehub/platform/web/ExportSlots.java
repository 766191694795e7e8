package org.zonehub.platform.web;

import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many file exports one process writes at a time. An export streams its rows and spills them to disk, so one
 * costs little memory, but each holds a database connection and a core for its whole length: more than a few at
 * once would starve every other request. One past the cap answers 503 at once with {@code Retry-After}, rather
 * than queueing behind the others while the client waits.
 */
@Component
public class ExportSlots {

	private final Semaphore slots;

	ExportSlots(@Value("${zonehub.exports.concurrency:2}") int concurrency) {
		this.slots = new Semaphore(concurrency);
	}

	/** A slot to hold while the export is written; closing it frees the slot. */
	public Slot acquire() {
		if (!slots.tryAcquire()) {
			throw new ApiProblem(ErrorCode.EXPORTS_BUSY);
		}
		return slots::release;
	}

	@FunctionalInterface
	public interface Slot extends AutoCloseable {

		@Override
		void close();

	}

}
