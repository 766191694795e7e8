package org.zonehub.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zonehub.platform.events.EntityChanged;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records every {@link EntityChanged} in the publisher's transaction (a plain, synchronous listener), so a change
 * is never stored without its record, nor a record without its change. Inside a transaction the records are
 * written together just before it commits, in multi-row inserts: an import of thousands of rows then costs a few
 * statements instead of one per row.
 */
@Component
class AuditTrail {

	private static final int BATCH = 500;

	/** The key under which a transaction's pending records are bound. */
	private final Object pendingKey = new Object();

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
		AuditRecord record = new AuditRecord(change.zoneId(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
				change.actor(), change.requestId(), change.entityType(), change.entityId(), change.action(),
				text(changed.get("before")), text(changed.get("after")));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			pending().add(record);
		}
		else {
			audit.appendAll(List.of(record));
		}
	}

	@SuppressWarnings("unchecked")
	private List<AuditRecord> pending() {
		List<AuditRecord> pending = (List<AuditRecord>) TransactionSynchronizationManager.getResource(pendingKey);
		if (pending == null) {
			List<AuditRecord> batch = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(pendingKey, batch);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					for (int from = 0; from < batch.size(); from += BATCH) {
						audit.appendAll(batch.subList(from, Math.min(batch.size(), from + BATCH)));
					}
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
				}
			});
			pending = batch;
		}
		return pending;
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
