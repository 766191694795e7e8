package org.zonehub.action;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.ActionRows.KeyTaskRow;
import org.zonehub.action.ActionRows.MeasureRow;
import org.zonehub.action.ActionRows.MeasureZone;
import org.zonehub.action.ActionRows.ZoneRef;
import org.zonehub.platform.persistence.GeneratedId;

/**
 * An action's definition: national-level rows owned by ministry or by one zone ({@code ownerZoneId}). Statements
 * that read or change one action take its owner, so a zone never reaches another's action, nor ministry's draft.
 */
@Mapper
interface ActionMapper {

	void insertAction(@Param("row") ActionRow row, @Param("key") GeneratedId key);

	/** 0 rows when the version is stale or the action is no longer a draft. */
	int updateDraft(@Param("row") ActionRow row, @Param("version") int version);

	void insertKeyTask(@Param("row") KeyTaskRow row, @Param("key") GeneratedId key);

	void insertMeasure(@Param("row") MeasureRow row, @Param("key") GeneratedId key);

	void insertActionZones(@Param("actionId") long actionId, @Param("zoneIds") Collection<Long> zoneIds);

	void insertMeasureZones(@Param("measureId") long measureId, @Param("zoneIds") Collection<Long> zoneIds);

	void deleteMeasureZones(@Param("actionId") long actionId);

	void deleteMeasures(@Param("actionId") long actionId);

	void deleteKeyTasks(@Param("actionId") long actionId);

	void deleteActionZones(@Param("actionId") long actionId);

	/** The action if {@code ownerZoneId} owns it ({@code null}: ministry). */
	ActionRow findOwned(@Param("id") long id, @Param("ownerZoneId") Long ownerZoneId);

	/** Any action by id, for reading by a zone that holds assignments of it (checked by the caller). */
	ActionRow find(@Param("id") long id);

	List<ActionRow> findAll(@Param("ids") Collection<Long> ids);

	/** National actions, newest first. */
	List<ActionRow> national();

	/** A zone's own actions. */
	List<ActionRow> ownedBy(@Param("ownerZoneId") long ownerZoneId);

	ActionRow lockOwned(@Param("id") long id, @Param("ownerZoneId") Long ownerZoneId);

	List<KeyTaskRow> keyTasks(@Param("actionId") long actionId);

	List<MeasureRow> measures(@Param("actionId") long actionId);

	List<MeasureRow> measuresByIds(@Param("ids") Collection<Long> ids);

	List<String> actionZoneCodes(@Param("actionId") long actionId);

	List<MeasureZone> measureZoneCodes(@Param("actionId") long actionId);

	/** 0 rows when not in {@code from} or the version is stale. */
	int move(@Param("id") long id, @Param("from") ActionStatus from, @Param("to") ActionStatus to,
			@Param("version") int version, @Param("actor") String actor, @Param("now") Instant now);

	int markMature(@Param("actionId") long actionId, @Param("measureIds") Collection<Long> measureIds);

	/** National all-zones actions that are launched (a zone that goes live receives them). */
	List<Long> openAllZoneActions();

	// zones, as the actions need them (the zone table is not a tenant table)

	List<ZoneRef> zonesByCodes(@Param("codes") Collection<String> codes);

	List<ZoneRef> zonesByIds(@Param("ids") Collection<Long> ids);

	/** The zones a launch gives assignments to: live (approved or active), in scope, with a measure for them. */
	List<Long> fanOutZones(@Param("actionId") long actionId);

}
