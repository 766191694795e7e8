package org.zonehub.platform.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/** The to-do inbox of a zone administrator or an enterprise user, gathered from every feature's provider. */
@RestController
class InboxController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Bounds the answer; a zone with more waiting than this sees the most urgent first and the full counts. */
	static final int MAX_ITEMS = 500;

	private final TenancyGuard tenancy;

	private final List<InboxProvider> providers;

	private final Clock clock;

	InboxController(TenancyGuard tenancy, List<InboxProvider> providers, Clock clock) {
		this.tenancy = tenancy;
		this.providers = providers;
		this.clock = clock;
	}

	/** Ministry waits for nobody inside a zone: the providers give it nothing. */
	@GetMapping("/api/zones/{zone}/inbox")
	Inbox inbox(@PathVariable String zone) {
		ZoneScope scope = tenancy.enter(zone, Access.READ);
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		List<InboxItem> items = new ArrayList<>();
		for (InboxProvider provider : providers) {
			items.addAll(provider.itemsFor(scope, today));
		}
		items.sort(Comparator.comparing(InboxItem::urgent)
			.reversed()
			.thenComparing(InboxItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(InboxItem::refId));
		Map<String, Integer> counts = new TreeMap<>();
		int urgent = 0;
		for (InboxItem item : items) {
			counts.merge(item.kind(), 1, Integer::sum);
			urgent += item.urgent() ? 1 : 0;
		}
		return new Inbox(items.size(), urgent, counts,
				items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : items);
	}

}
