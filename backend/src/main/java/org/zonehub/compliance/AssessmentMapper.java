package org.zonehub.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Assessments, their items and history; every statement is scoped to the zone it is given. */
@Mapper
interface AssessmentMapper {

	/** A second assessment in progress for the enterprise raises DuplicateKeyException. */
	void insert(@Param("zone") ZoneScope zone, @Param("enterpriseId") long enterpriseId,
			@Param("baselineVersionNo") Integer baselineVersionNo, @Param("actor") String actor,
			@Param("now") Instant now, @Param("key") GeneratedId key);

	void insertItems(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId,
			@Param("items") List<Requirement> items);

	AssessmentRow find(@Param("zone") ZoneScope zone, @Param("id") long id);

	/** Locks the assessment for a state change or an edit; {@code null} if it is not in the zone. */
	AssessmentStatus lockStatus(@Param("zone") ZoneScope zone, @Param("id") long id);

	/** The enterprise's assessment in progress (not approved), if any. */
	Long findOpen(@Param("zone") ZoneScope zone, @Param("enterpriseId") long enterpriseId);

	List<ItemRow> items(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId);

	int saveAnswer(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId,
			@Param("form") AnswerForm form, @Param("actor") String actor, @Param("now") Instant now);

	int saveReviewComment(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId,
			@Param("code") String code, @Param("comment") String comment);

	int itemExists(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId,
			@Param("code") String code);

	/** Moves the assessment from one state to another; 0 rows when it is not in {@code from} (or not that version). */
	int move(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("from") AssessmentStatus from,
			@Param("to") AssessmentStatus to, @Param("version") Integer version, @Param("actor") String actor,
			@Param("now") Instant now, @Param("score") BigDecimal score, @Param("level") Level level);

	void insertTransition(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId,
			@Param("step") Transition step);

	List<Transition> history(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId);

	List<SummaryRow> list(@Param("zone") ZoneScope zone, @Param("status") AssessmentStatus status,
			@Param("enterpriseId") Long enterpriseId, @Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("status") AssessmentStatus status,
			@Param("enterpriseId") Long enterpriseId);

}
