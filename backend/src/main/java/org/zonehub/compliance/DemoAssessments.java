package org.zonehub.compliance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Demo data: in each demo zone, forty enterprises at every stage of the compliance journey — approved (with a
 * spread of scores, levels and rectification tasks, some overdue), waiting in the review queue, returned, and
 * drafts — made through the same services users go through. The demo users' own enterprises (ids 1 and 2) are
 * left alone so they can walk the journey themselves. Afterwards the timestamps are spread over the past weeks
 * (a history that real use would have produced), so the queue shows real waiting times. A zone that holds any
 * assessment already is left as it is, so nothing users did is redone or undone.
 */
@Component
@Profile("demo")
@Order(30) // after the demo enterprises
class DemoAssessments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	private static final int APPROVED = 22;

	private static final int SUBMITTED = 8;

	private static final int RETURNED = 4;

	private static final int DRAFTS = 6;

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ZoneHub demo evidence\n"
			+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	private final TenancyGuard tenancy;

	private final Assessments assessments;

	private final EvidenceFiles evidence;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoAssessments(TenancyGuard tenancy, Assessments assessments, EvidenceFiles evidence, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.tenancy = tenancy;
		this.assessments = assessments;
		this.evidence = evidence;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String zoneCode : List.of("ningbo", "hangzhou")) {
			// one transaction per zone: a seeding cut short by a kill leaves nothing, and the next start redoes it
			transaction.executeWithoutResult(status -> seedUnlessAssessed(zoneCode));
		}
	}

	private void seedUnlessAssessed(String zoneCode) {
		Long zoneId = jdbc.queryForObject("SELECT id FROM zone WHERE code = ?", Long.class, zoneCode);
		Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE zone_id = ?", Long.class, zoneId);
		if (existing != null && existing > 0) {
			return;
		}
		List<Long> enterprises = jdbc.queryForList("""
				SELECT id
				  FROM enterprise
				 WHERE zone_id = ?
				   AND status = 'ACTIVE'
				   AND id > 2
				 ORDER BY id
				 LIMIT ?""", Long.class, zoneId, APPROVED + SUBMITTED + RETURNED + DRAFTS);
		seed(zoneCode, enterprises);
		log.info("Demo assessments seeded in {}: {}", zoneCode, enterprises.size());
	}

	private void seed(String zoneCode, List<Long> enterprises) {
		ZoneScope zone = tenancy.demoScope(zoneCode, "demo-seed", "演示审核员", Roles.ZONE_ADMIN, null);
		for (int index = 0; index < enterprises.size(); index++) {
			long enterpriseId = enterprises.get(index);
			Random random = new Random(enterpriseId * 7919L);
			ZoneScope own = tenancy.demoScope(zoneCode, "demo-enterprise-" + enterpriseId, "企业填报人",
					Roles.ENTERPRISE, enterpriseId);
			Assessment draft = assessments.start(own, enterpriseId);
			boolean complete = index < APPROVED + SUBMITTED + RETURNED;
			answer(own, draft, random, complete);
			if (!complete) {
				backdate(draft.id(), random, false);
				continue;
			}
			Assessment submitted = assessments.submit(own, draft.id());
			if (index < APPROVED) {
				LocalDate due = LocalDate.now(clock.withZone(Assessments.CHINA)).plusDays(10 + random.nextInt(40));
				assessments.approve(zone, draft.id(), new DecisionForm("材料齐全，同意通过。", submitted.version(), due));
				if (random.nextInt(3) == 0) {
					// a task whose due date has passed: the zone's overdue list is not empty in the demo
					jdbc.update("UPDATE rectification_task SET due_date = ? WHERE assessment_id = ? AND status = 'OPEN'",
							LocalDate.now(clock.withZone(Assessments.CHINA)).minusDays(1 + random.nextInt(20)),
							draft.id());
				}
			}
			else if (index >= APPROVED + SUBMITTED) {
				String code = submitted.items().get(random.nextInt(submitted.items().size())).code();
				assessments.comment(zone, draft.id(), code, new ReviewCommentForm("证明材料不够清晰，请补充盖章版本。"));
				assessments.returnForChanges(zone, draft.id(),
						new DecisionForm("请按审核意见补充材料后重新提交。", submitted.version(), null));
			}
			backdate(draft.id(), random, index >= APPROVED && index < APPROVED + SUBMITTED);
		}
	}

	/** Mostly compliant, some partly or not, the odd item not applicable; better enterprises fail less. */
	private void answer(ZoneScope own, Assessment draft, Random random, boolean complete) {
		double quality = 0.55 + random.nextDouble() * 0.45;
		List<AnswerForm> answers = new ArrayList<>();
		for (AssessmentItem item : draft.items()) {
			if (!complete && random.nextInt(3) == 0) {
				continue;
			}
			double roll = random.nextDouble();
			Answer answer = roll < quality ? Answer.COMPLIANT
					: roll < quality + (1 - quality) * 0.5 ? Answer.PARTLY
							: roll < 0.97 ? Answer.NOT_COMPLIANT : Answer.NOT_APPLICABLE;
			answers.add(new AnswerForm(item.code(), answer, switch (answer) {
				case COMPLIANT -> "已建立制度并执行，材料见附件。";
				case PARTLY -> "制度已建立，执行记录尚不完整。";
				case NOT_COMPLIANT -> "尚未落实，计划本季度整改。";
				case NOT_APPLICABLE -> "本企业未开展该项业务。";
			}));
			if (answer.claimsCompliance() && item.evidenceRequired()) {
				evidence.attachToItem(own, draft.id(), item.code(), item.code() + "-证明材料.pdf",
						new ByteArrayInputStream(PDF));
			}
		}
		if (!answers.isEmpty()) {
			assessments.saveAnswers(own, draft.id(), new AnswersForm(answers));
		}
	}

	/** Spreads the assessment's history over the past weeks, in order; a queued one waited 1–12 days. */
	private void backdate(long assessmentId, Random random, boolean queued) {
		Instant now = clock.instant();
		Duration waited = queued ? Duration.ofHours(24 + random.nextInt(24 * 11)) : Duration.ofHours(random.nextInt(48));
		Instant started = now.minus(waited).minus(Duration.ofDays(3 + random.nextInt(20)));
		Instant submitted = now.minus(waited);
		jdbc.update("UPDATE assessment SET started_at = ?, submitted_at = CASE WHEN submitted_at IS NULL THEN NULL ELSE ? END"
				+ " WHERE id = ?", Timestamp.from(started), Timestamp.from(submitted), assessmentId);
		jdbc.update("UPDATE assessment_transition SET at = ? WHERE assessment_id = ? AND from_status IS NULL",
				Timestamp.from(started), assessmentId);
		jdbc.update("UPDATE assessment_transition SET at = ? WHERE assessment_id = ? AND to_status = 'SUBMITTED'",
				Timestamp.from(submitted), assessmentId);
	}

}
