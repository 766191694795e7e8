package org.zonehub.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zonehub.platform.events.EntityChanged;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records every {@link EntityChanged} in the publisher's transaction (a plain, synchronous listener), so a change
 * is never stored without its record, nor a record without its change.
 */
@Component
class AuditTrail {

	private final AuditMapper audit;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(AuditMapper audit, JsonMapper json, Clock clock) {
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void on(EntityChanged change) {
		ObjectNode before = change.before() == null ? null : json.valueToTree(change.before());
		ObjectNode after = change.after() == null ? null : json.valueToTree(change.after());
		Map<String, ObjectNode> changed = changedFields(before, after);
		audit.append(change.zoneId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), change.actor(),
				change.requestId(), change.entityType(), change.entityId(), change.action(),
				text(changed.get("before")), text(changed.get("after")));
	}

	/** Only what differs; bookkeeping fields (version, timestamps) are left out as noise. */
	private Map<String, ObjectNode> changedFields(ObjectNode before, ObjectNode after) {
		Map<String, ObjectNode> result = new LinkedHashMap<>();
		if (before == null || after == null) {
			result.put("before", without(before));
			result.put("after", without(after));
			return result;
		}
		ObjectNode changedBefore = json.createObjectNode();
		ObjectNode changedAfter = json.createObjectNode();
		for (String field : after.propertyNames()) {
			if (!BOOKKEEPING.containsKey(field) && !Objects.equals(before.get(field), after.get(field))) {
				changedBefore.set(field, before.get(field));
				changedAfter.set(field, after.get(field));
			}
		}
		result.put("before", changedBefore);
		result.put("after", changedAfter);
		return result;
	}

	private static final Map<String, Boolean> BOOKKEEPING = Map.of("version", true, "createdAt", true,
			"updatedAt", true, "createdBy", true, "updatedBy", true);

	private static ObjectNode without(ObjectNode state) {
		if (state != null) {
			BOOKKEEPING.keySet().forEach(state::remove);
		}
		return state;
	}

	private String text(JsonNode node) {
		return node == null ? null : json.writeValueAsString(node);
	}

}
