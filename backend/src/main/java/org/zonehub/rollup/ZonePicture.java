package org.zonehub.rollup;

import java.util.List;

/** One zone's dashboard: its figures now, and by month (frozen months, then the current one live). */
public record ZonePicture(ZoneFigures figures, List<MonthFigures> months) {
}
