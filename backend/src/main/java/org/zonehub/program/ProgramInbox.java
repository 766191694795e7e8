package org.zonehub.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zonehub.platform.inbox.InboxItem;
import org.zonehub.platform.inbox.InboxProvider;
import org.zonehub.platform.tenancy.Caller;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/**
 * What industrial-belt programs put in the inbox, from the caller's active programs: for an enterprise user, a month
 * open for reporting that it has not reported yet (due on the window's last day, urgent from the day before); for
 * a zone administrator, a month whose window has closed and that waits for confirmation. Ministry and zone staff
 * who only read get nothing.
 */
@Component
class ProgramInbox implements InboxProvider {

	/** More active programs than this in one zone is not a to-do list any more; the program list has them all. */
	private static final int PROGRAMS_SCANNED = 50;

	private final Programs programs;

	private final MonthlyReporting reporting;

	ProgramInbox(Programs programs, MonthlyReporting reporting) {
		this.programs = programs;
		this.reporting = reporting;
	}

	@Override
	public List<InboxItem> itemsFor(ZoneScope zone, LocalDate today) {
		Caller caller = zone.caller();
		if (caller == null || !(caller.isEnterprise() || caller.isZoneAdmin())) {
			return List.of();
		}
		List<InboxItem> items = new ArrayList<>();
		PageRequest first = PageRequest.of(0, PROGRAMS_SCANNED, null, Programs.SORT_COLUMNS, "startMonth");
		for (Program program : programs.list(zone, ProgramStatus.ACTIVE, first).items()) {
			for (MonthStatus month : reporting.months(zone, program.id())) {
				String zh = program.nameZh() + " " + month.month();
				String en = program.nameEn() + " " + month.month();
				if (caller.isEnterprise() && "OPEN".equals(month.state()) && month.expected() > 0
						&& month.received() == 0) {
					items.add(new InboxItem("program", "program.month-open", program.id(), null, zh, en,
							month.dueDay(), !today.isBefore(month.dueDay().minusDays(1))));
				}
				if (caller.isZoneAdmin() && "CLOSED".equals(month.state()) && !month.confirmed()) {
					items.add(new InboxItem("program", "program.month-to-confirm", program.id(), null, zh, en,
							month.dueDay(), false));
				}
			}
		}
		return items;
	}

}
