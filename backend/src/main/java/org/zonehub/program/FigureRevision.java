package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;

/** One submission or correction of a figure, as made. */
public record FigureRevision(int revision, BigDecimal valueBefore, BigDecimal valueAfter, FigureSource source,
		Long importId, String actor, Instant at, boolean late) {
}
