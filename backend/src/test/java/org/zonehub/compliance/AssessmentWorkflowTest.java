package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * The assessment's state machine end to end through the API: every legal step, 409 for each illegal one, what
 * blocks a submission, the score and tasks on approval, the history, the events and the audit trail.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentWorkflowTest {

	private static final String NINGBO = "/api/zones/ningbo";

	private final Api api = new Api(IntegrationTest.PORT);

	private final AssessmentSteps steps = new AssessmentSteps(api);

	private final String admin = Tokens.of("ningbo-admin");

	@Autowired
	RecordedComplianceEvents events;

	@Autowired
	JdbcTemplate jdbc;

	private EnterpriseUser enterprise;

	@BeforeAll
	void anEnterpriseWithAUser() {
		enterprise = EnterpriseUsers.create(api, "ningbo", "宁波自评流程测试有限公司");
	}

	@Test
	void answerSubmitReturnResubmitApproveThenRectify() {
		JsonNode draft = steps.start(enterprise);
		long id = draft.get("id").asLong();
		String path = NINGBO + "/assessments/" + id;
		List<String> codes = AssessmentSteps.codes(draft);
		String notMet = codes.get(0);
		String partly = codes.get(1);

		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("baselineVersionNo").isNull()).isFalse();
		assertThat(draft.get("missing").size()).as("nothing answered yet").isEqualTo(codes.size());

		Answer incomplete = steps.submit(enterprise, id);
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.errorFields()).contains("items[" + notMet + "]");
		assertThat(api.get(path, admin).field("status")).as("nothing changed").isEqualTo("DRAFT");

		steps.answerAll(enterprise, draft, Map.of(notMet, "NOT_COMPLIANT", partly, "PARTLY"));
		Answer submitted = steps.submit(enterprise, id);
		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		assertThat(submitted.field("status")).isEqualTo("SUBMITTED");

		JsonNode queue = api.get(NINGBO + "/assessments?status=SUBMITTED&size=200", admin).body();
		assertThat(queue.get("items").valueStream().map(row -> row.get("id").asLong())).contains(id);
		assertThat(queue.get("items").valueStream().filter(row -> row.get("id").asLong() == id).findFirst()
			.orElseThrow().get("waitingMinutes").asLong()).isGreaterThanOrEqualTo(0);

		Answer commented = api.put(path + "/items/" + partly + "/review-comment", admin,
				"{\"comment\":\"请补充年度检查记录\"}");
		assertThat(commented.status()).isEqualTo(200);
		int version = commented.body().get("version").asInt();
		assertThat(api.post(path + "/return", admin, "{\"version\":%d}".formatted(version)).errorFields())
			.as("returning needs a comment").containsExactly("comment");
		Answer returned = api.post(path + "/return", admin,
				"{\"comment\":\"部分事项证明不足\",\"version\":%d}".formatted(version));
		assertThat(returned.status()).isEqualTo(200);
		assertThat(returned.field("status")).isEqualTo("RETURNED");
		int returnedVersion = returned.body().get("version").asInt();
		assertThat(api.post(path + "/approve", admin, "{\"version\":%d}".formatted(returnedVersion)).status())
			.as("approve a returned one").isEqualTo(409);
		assertThat(api.post(path + "/return", admin, "{\"comment\":\"再退\",\"version\":%d}".formatted(returnedVersion))
			.status()).as("return a returned one").isEqualTo(409);
		assertThat(api.put(path + "/items/" + partly + "/review-comment", admin, "{\"comment\":\"x\"}").status())
			.as("comment on a returned one").isEqualTo(409);

		JsonNode seen = api.get(path, enterprise.token()).body();
		JsonNode partlyItem = seen.get("items").valueStream()
			.filter(item -> item.get("code").asString().equals(partly))
			.findFirst()
			.orElseThrow();
		assertThat(partlyItem.get("reviewComment").asString()).isEqualTo("请补充年度检查记录");
		Answer fixed = api.put(path + "/answers", enterprise.token(),
				"{\"answers\":[{\"code\":\"%s\",\"answer\":\"PARTLY\",\"comment\":\"已补充检查记录\"}]}".formatted(partly));
		assertThat(fixed.status()).isEqualTo(200);
		assertThat(steps.submit(enterprise, id).field("status")).isEqualTo("SUBMITTED");

		int resubmittedVersion = api.get(path, admin).body().get("version").asInt();
		assertThat(api.post(path + "/approve", admin, "{\"version\":%d}".formatted(resubmittedVersion - 1)).status())
			.as("approving what the reviewer did not see").isEqualTo(409);
		Answer approved = api.post(path + "/approve", admin,
				"{\"comment\":\"同意\",\"version\":%d}".formatted(resubmittedVersion));
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
		JsonNode result = approved.body();
		assertThat(result.get("status").asString()).isEqualTo("APPROVED");
		assertThat(result.get("score").asDouble()).isBetween(0.0, 100.0).isLessThan(100.0);
		assertThat(result.get("level").asString()).isIn("A", "B", "C", "D");
		assertThat(result.get("scoring").get("levelAFrom").asInt()).isEqualTo(90);

		JsonNode tasks = result.get("rectifications");
		assertThat(tasks.valueStream().map(task -> task.get("itemCode").asString()))
			.containsExactlyInAnyOrder(notMet, partly);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(tasks.valueStream().map(task -> task.get("dueDate").asString()))
			.allMatch(due -> due.equals(today.plusDays(30).toString()));
		assertThat(tasks.valueStream().map(task -> task.get("owner").asString())).allMatch("王伟"::equals);

		assertThat(result.get("history").valueStream().map(step -> step.get("toStatus").asString()))
			.containsExactly("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
		JsonNode returnStep = result.get("history").get(2);
		assertThat(returnStep.get("fromStatus").asString()).isEqualTo("SUBMITTED");
		assertThat(returnStep.get("actor").asString()).isEqualTo("ningbo-admin");
		assertThat(returnStep.get("comment").asString()).isEqualTo("部分事项证明不足");

		assertThat(events.transitionsOf(id)).extracting(AssessmentTransitioned::to)
			.containsExactly(AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED, AssessmentStatus.SUBMITTED,
					AssessmentStatus.APPROVED);
		assertThat(events.transitionsOf(id).get(3).score()).isNotNull();
		assertThat(events.rectificationsOf(enterprise.enterpriseId())).hasSize(2)
			.allMatch(event -> event.from() == null && event.to() == TaskStatus.OPEN);
		JsonNode audit = api.get(NINGBO + "/audit?entityType=assessment&entityId=" + id + "&size=50", admin).body();
		assertThat(audit.get("items").valueStream().map(entry -> entry.get("action").asString()))
			.contains("started", "answered", "submitted", "commented", "returned", "approved");

		rectify(tasks.get(0).get("id").asLong());
	}

	/** open → submitted → reopened → submitted → verified, with the illegal steps refused. */
	private void rectify(long taskId) {
		String task = NINGBO + "/rectifications/" + taskId;
		String token = enterprise.token();
		JsonNode open = api.get(task, token).body();
		assertThat(open.get("status").asString()).isEqualTo("OPEN");
		assertThat(api.post(task + "/verify", admin, "{\"version\":0}").status()).as("verify an open task")
			.isEqualTo(409);
		assertThat(api.post(task + "/submit", token, "{\"note\":\"已整改\",\"version\":0}").errorFields())
			.as("a fix needs evidence").containsExactly("evidence");
		assertThat(api.multipart(task + "/evidence", token, "file", "整改报告.pdf", AssessmentSteps.pdf("fix-1"))
			.status()).isEqualTo(201);
		assertThat(api.post(task + "/submit", token, "{\"version\":0}").errorFields()).containsExactly("note");
		Answer submitted = api.post(task + "/submit", token, "{\"note\":\"已建立制度并培训\",\"version\":0}");
		assertThat(submitted.field("status")).isEqualTo("SUBMITTED");
		assertThat(api.multipart(task + "/evidence", token, "file", "更多.pdf", AssessmentSteps.pdf("fix-2")).status())
			.as("evidence is frozen once submitted").isEqualTo(409);
		assertThat(api.post(task + "/reopen", admin, "{\"version\":1}").errorFields()).containsExactly("note");
		Answer reopened = api.post(task + "/reopen", admin, "{\"note\":\"培训记录缺签字\",\"version\":1}");
		assertThat(reopened.field("status")).isEqualTo("REOPENED");
		assertThat(api.post(task + "/submit", token, "{\"note\":\"补充签字\",\"version\":2}").field("status"))
			.isEqualTo("SUBMITTED");
		Answer verified = api.post(task + "/verify", admin, "{\"note\":\"已核实\",\"version\":3}");
		assertThat(verified.field("status")).isEqualTo("VERIFIED");
		assertThat(verified.field("verifiedBy")).isEqualTo("ningbo-admin");
		assertThat(api.post(task + "/reopen", admin, "{\"note\":\"再看看\",\"version\":4}").status())
			.as("verified is final").isEqualTo(409);
		assertThat(api.put(task, admin, "{\"owner\":\"李四\",\"dueDate\":\"2099-01-01\",\"version\":4}").status())
			.isEqualTo(409);
		assertThat(events.rectificationsOf(enterprise.enterpriseId()).stream()
			.filter(event -> event.taskId() == taskId)
			.map(RectificationChanged::to)).containsExactly(TaskStatus.OPEN, TaskStatus.SUBMITTED,
					TaskStatus.REOPENED, TaskStatus.SUBMITTED, TaskStatus.VERIFIED);
	}

	@Test
	void illegalTransitionsAnswer409() {
		EnterpriseUser user = EnterpriseUsers.create(api, "ningbo", "宁波非法流转测试有限公司");
		JsonNode draft = steps.start(user);
		long id = draft.get("id").asLong();
		String path = NINGBO + "/assessments/" + id;

		assertThat(api.post(NINGBO + "/enterprises/" + user.enterpriseId() + "/assessments", user.token(), "")
			.status()).as("a second one while the first is in progress").isEqualTo(409);
		assertThat(api.post(path + "/approve", admin, "{\"version\":0}").status()).as("approve a draft")
			.isEqualTo(409);
		assertThat(api.post(path + "/return", admin, "{\"comment\":\"x\",\"version\":0}").status())
			.as("return a draft").isEqualTo(409);
		assertThat(api.put(path + "/items/" + AssessmentSteps.codes(draft).get(0) + "/review-comment", admin,
				"{\"comment\":\"x\"}").status()).as("comment on a draft").isEqualTo(409);

		steps.answerAll(user, draft, Map.of());
		assertThat(steps.submit(user, id).status()).isEqualTo(200);
		String code = AssessmentSteps.codes(draft).get(0);
		assertThat(steps.submit(user, id).status()).as("submit twice").isEqualTo(409);
		assertThat(api.put(path + "/answers", user.token(),
				"{\"answers\":[{\"code\":\"%s\",\"answer\":\"PARTLY\"}]}".formatted(code)).status())
			.as("edit a submitted one").isEqualTo(409);
		assertThat(api.multipart(path + "/items/" + code + "/evidence", user.token(), "file", "a.pdf",
				AssessmentSteps.pdf("late")).status()).as("attach to a submitted one").isEqualTo(409);

		int version = api.get(path, admin).body().get("version").asInt();
		Answer approved = api.post(path + "/approve", admin, "{\"version\":%d}".formatted(version));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.field("level")).isEqualTo("A");
		assertThat(approved.body().get("score").asDouble()).isEqualTo(100.0);
		assertThat(approved.body().get("rectifications").isEmpty()).as("all compliant: nothing to fix").isTrue();
		assertThat(api.post(path + "/approve", admin, "{\"version\":%d}".formatted(version + 1)).status())
			.as("approve twice").isEqualTo(409);
		assertThat(api.post(path + "/return", admin, "{\"comment\":\"x\",\"version\":%d}".formatted(version + 1))
			.status()).as("return an approved one").isEqualTo(409);
		assertThat(steps.submit(user, id).status()).as("resubmit an approved one").isEqualTo(409);
		assertThat(api.put(path + "/answers", user.token(),
				"{\"answers\":[{\"code\":\"%s\",\"answer\":\"PARTLY\"}]}".formatted(code)).status())
			.as("edit an approved one").isEqualTo(409);

		assertThat(steps.start(user).get("status").asString()).as("a new round after approval").isEqualTo("DRAFT");
	}

	@Test
	void badAnswersAreRefusedWholeAndNamed() {
		EnterpriseUser user = EnterpriseUsers.create(api, "ningbo", "宁波答题校验测试有限公司");
		JsonNode draft = steps.start(user);
		String path = NINGBO + "/assessments/" + draft.get("id").asLong();
		String code = AssessmentSteps.codes(draft).get(0);

		Answer bad = api.put(path + "/answers", user.token(), """
				{"answers":[{"code":"%s","answer":"COMPLIANT"},{"code":"NOPE-99","answer":"COMPLIANT"}]}"""
			.formatted(code));
		Answer badValue = api.put(path + "/answers", user.token(),
				"{\"answers\":[{\"code\":\"%s\",\"answer\":\"MAYBE\"}]}".formatted(code));
		Answer notApplicable = api.put(path + "/answers", user.token(),
				"{\"answers\":[{\"code\":\"%s\",\"answer\":\"NOT_APPLICABLE\"}]}".formatted(code));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactly("answers[1].code");
		assertThat(badValue.status()).isEqualTo(400);
		assertThat(notApplicable.body().get("missing").valueStream()
			.filter(missing -> missing.get("code").asString().equals(code))
			.map(missing -> missing.get("reason").asString())).containsExactly("REASON");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_item WHERE assessment_id = ? AND answer = 'COMPLIANT'",
				Long.class, draft.get("id").asLong())).as("nothing of the refused save was stored").isZero();
	}

	@Test
	void overdueTasksAreFlaggedAndCounted() {
		EnterpriseUser user = EnterpriseUsers.create(api, "ningbo", "宁波逾期整改测试有限公司");
		JsonNode draft = steps.start(user);
		long id = draft.get("id").asLong();
		steps.answerAll(user, draft, Map.of(AssessmentSteps.codes(draft).get(0), "NOT_COMPLIANT"));
		steps.submit(user, id);
		int version = api.get(NINGBO + "/assessments/" + id, admin).body().get("version").asInt();
		Answer early = api.post(NINGBO + "/assessments/" + id + "/approve", admin,
				"{\"version\":%d,\"dueDate\":\"2020-01-01\"}".formatted(version));
		assertThat(early.errorFields()).containsExactly("dueDate");
		JsonNode approved = api.post(NINGBO + "/assessments/" + id + "/approve", admin,
				"{\"version\":%d,\"dueDate\":\"%s\"}".formatted(version,
						LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7)))
			.body();
		long taskId = approved.get("rectifications").get(0).get("id").asLong();
		long overdueBefore = api.get(NINGBO + "/compliance/overview", admin).body().get("rectifications")
			.get("overdue").asLong();

		jdbc.update("UPDATE rectification_task SET due_date = ? WHERE id = ?", LocalDate.now().minusDays(3), taskId);

		JsonNode task = api.get(NINGBO + "/rectifications/" + taskId, user.token()).body();
		assertThat(task.get("overdue").asBoolean()).isTrue();
		assertThat(api.get(NINGBO + "/rectifications?overdue=true&size=200", admin).body().get("items")
			.valueStream().map(row -> row.get("id").asLong())).contains(taskId);
		JsonNode overview = api.get(NINGBO + "/compliance/overview", admin).body();
		assertThat(overview.get("rectifications").get("overdue").asLong()).isEqualTo(overdueBefore + 1);
		assertThat(overview.get("byStatus").size()).isEqualTo(4);
		assertThat(overview.get("byLevel").size()).isEqualTo(4);
		List<Long> unmet = overview.get("mostUnmet").valueStream()
			.map(row -> row.get("notCompliant").asLong() + row.get("partly").asLong())
			.toList();
		assertThat(unmet).as("most unmet first, at most ten").isNotEmpty().hasSizeLessThanOrEqualTo(10)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());

		Answer reassigned = api.put(NINGBO + "/rectifications/" + taskId, admin, "{\"owner\":\"李四\",\"dueDate\":\"%s\",\"version\":0}"
			.formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)));
		assertThat(reassigned.status()).isEqualTo(200);
		assertThat(reassigned.field("owner")).isEqualTo("李四");
		assertThat(reassigned.body().get("overdue").asBoolean()).isFalse();
	}

}
