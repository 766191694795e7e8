package org.zonehub.platform.inbox;

import java.time.LocalDate;
import java.util.List;

import org.zonehub.platform.tenancy.ZoneScope;

/**
 * A feature's contribution to the inbox: a Spring bean in that feature. It gets the caller's zone scope (so its
 * reads go through the tenant predicate and, for an enterprise user, its enterprise) and today's date in the zones'
 * calendar (Asia/Shanghai), and answers what waits for that caller; nothing for a role it has nothing for.
 */
public interface InboxProvider {

	List<InboxItem> itemsFor(ZoneScope zone, LocalDate today);

}
