package org.zonehub.rollup;

import java.time.Instant;
import java.util.List;

/**
 * The national table: every zone's figures and their totals over the zones that count (approved and at work;
 * revoked and merged zones are listed, marked by their status, but left out of the totals).
 *
 * @param dataAsOf the time of the latest change any of these figures include
 */
public record NationalPicture(Totals totals, List<ZoneFigures> zones, Instant dataAsOf) {
}
