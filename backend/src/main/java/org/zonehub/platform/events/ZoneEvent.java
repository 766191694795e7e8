package org.zonehub.platform.events;

import java.util.UUID;

/**
 * An event about something in a zone. Its id is made when it is published and travels with it, so a listener that
 * gets it twice (a redelivery) can tell.
 */
public interface ZoneEvent {

	UUID eventId();

	long zoneId();

}
