package org.zonehub.action;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zonehub.testing.ActionFixtures;
import org.zonehub.testing.ActionFixtures.MeasureSpec;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ActionsTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String ministry = Tokens.of("ministry");

	private final String ningbo = Tokens.of("ningbo-admin");

	private final String hangzhou = Tokens.of("hangzhou-admin");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordedActionEvents events;

	@Autowired
	SupervisionMarking marking;

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% action test\n"
			+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	/** 25 live demo zones, hangzhou not among them. */
	private List<String> twentyFiveZones() {
		List<String> codes = jdbc.queryForList("""
				SELECT code FROM zone
				 WHERE status = 'ACTIVE' AND code <> 'hangzhou' AND code NOT LIKE 'matrix-%'
				 ORDER BY code = 'ningbo' DESC, id LIMIT 25""", String.class);
		assertThat(codes).hasSize(25).contains("ningbo");
		return codes;
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void launchingAnActionOverTwentyFiveZonesAndTwentyNineMeasuresMakes725AssignmentsInOneEvent() {
		JsonNode action = ActionFixtures.launchNational(api, ministry,
				ActionFixtures.actionJson("扇出测试" + UUID.randomUUID(), twentyFiveZones(), ActionFixtures.measures(29),
						null));
		long id = action.get("id").asLong();

		assertThat(action.get("status").asString()).isEqualTo("LAUNCHED");
		assertThat(count("SELECT COUNT(*) FROM action_assignment WHERE action_id = ?", id)).isEqualTo(725);
		List<ActionLaunched> launches = events.of(ActionLaunched.class)
			.stream()
			.filter(event -> event.actionId() == id)
			.toList();
		assertThat(launches).hasSize(1);
		assertThat(launches.get(0).assignments()).isEqualTo(725);
		assertThat(launches.get(0).zoneIds()).hasSize(25);

		// a zone in scope sees the action and its 29 assignments; one out of scope sees nothing
		assertThat(ActionFixtures.assignments(api, ningbo, "ningbo", id)).hasSize(29);
		assertThat(api.get("/api/zones/hangzhou/actions/" + id, hangzhou).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/hangzhou/actions", hangzhou).body().valueStream()
			.noneMatch(summary -> summary.get("id").asLong() == id)).isTrue();
		long ningboAssignment = ActionFixtures.assignments(api, ningbo, "ningbo", id).get(0).get("id").asLong();
		assertThat(api.get("/api/zones/hangzhou/action-assignments/" + ningboAssignment, hangzhou).status())
			.isEqualTo(404);
		assertThat(api.post("/api/zones/hangzhou/actions/" + id + "/reports", hangzhou, """
				{"period":"%s","entries":[{"measureId":%d,"status":"IN_PROGRESS"}]}"""
			.formatted(ActionFixtures.period(action), action.get("keyTasks").get(0).get("measures").get(0).get("id")
				.asLong())).status()).isEqualTo(404);
	}

	@Test
	void aMeasureForThreeZonesMakesThreeAssignmentsAndAZoneWithoutItCannotReportOnIt() {
		JsonNode action = ActionFixtures.launchNational(api, ministry, ActionFixtures.actionJson(
				"三地举措" + UUID.randomUUID(), null, List.of(MeasureSpec.all("1"),
						new MeasureSpec("2", List.of("ningbo", "shanghai", "tianjin"), null)), null));
		long id = action.get("id").asLong();
		JsonNode measures = action.get("keyTasks").get(0).get("measures");
		long limited = measures.get(1).get("id").asLong();

		assertThat(count("SELECT COUNT(*) FROM action_assignment WHERE measure_id = ?", limited)).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM action_assignment WHERE measure_id = ?", measures.get(0).get("id")
			.asLong())).isEqualTo(count("SELECT COUNT(*) FROM zone WHERE status IN ('APPROVED', 'ACTIVE')"));

		Answer refused = api.post("/api/zones/hangzhou/actions/" + id + "/reports", hangzhou, """
				{"period":"%s","entries":[{"measureId":%d,"status":"IN_PROGRESS"}]}"""
			.formatted(ActionFixtures.period(action), limited));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
		assertThat(refused.field("code")).isEqualTo("measure-not-assigned");
	}

	@Test
	void aReportIsFrozenWhenSubmittedReturnedByMinistryAndAnsweredWithANewOne() {
		JsonNode action = ActionFixtures.launchNational(api, ministry, ActionFixtures.actionJson(
				"报送测试" + UUID.randomUUID(), List.of("ningbo", "hangzhou"), ActionFixtures.measures(2), null));
		long id = action.get("id").asLong();
		String period = ActionFixtures.period(action);
		long assignment = ActionFixtures.assignments(api, ningbo, "ningbo", id).get(0).get("id").asLong();
		String base = "/api/zones/ningbo/action-assignments/" + assignment;

		// a zone names who answers for it
		Answer named = api.put(base, ningbo, "{\"responsibleUnit\":\"宁波海关\",\"contactPerson\":\"陈静\",\"version\":0}");
		assertThat(named.status()).as(named.body().toString()).isEqualTo(200);

		Answer draft = api.put(base + "/draft", ningbo, """
				{"period":"%s","status":"DONE","progressNote":"已完成","figure":30,"unit":"%%","completedOn":"%s"}"""
			.formatted(period, period));
		assertThat(draft.status()).as(draft.body().toString()).isEqualTo(200);
		int draftVersion = draft.body().get("draft").get("version").asInt();
		Answer attached = api.multipart(base + "/draft/evidence", ningbo, "file", "进展说明.pdf", PDF);
		assertThat(attached.status()).as(attached.body().toString()).isEqualTo(201);
		// ministry reads but does not write inside the zone's paths; enterprise users are refused
		assertThat(api.post(base + "/draft/submit", ministry, "{\"version\":%d}".formatted(draftVersion)).status())
			.isEqualTo(403);
		Answer submitted = api.post(base + "/draft/submit", ningbo, "{\"version\":%d}".formatted(draftVersion));
		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		JsonNode frozen = submitted.body().get("reports").get(0);
		assertThat(frozen.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(frozen.get("evidence")).hasSize(1);
		assertThat(submitted.body().get("assignment").get("status").asString()).isEqualTo("DONE");

		// the submitted report cannot be edited: the draft it was is gone
		Answer edit = api.put(base + "/draft", ningbo, """
				{"period":"%s","status":"IN_PROGRESS","version":%d}""".formatted(period, draftVersion + 1));
		assertThat(edit.status()).isEqualTo(409);
		assertThat(api.get(base, ningbo).body().get("reports").get(0).get("status").asString()).isEqualTo("DONE");

		// ministry sees the matrix cell done
		JsonNode matrix = api.get("/api/national/actions/" + id + "/completion", ministry).body();
		JsonNode ningboRow = matrix.get("zones").valueStream()
			.filter(zone -> zone.get("code").asString().equals("ningbo"))
			.findFirst()
			.orElseThrow();
		assertThat(ningboRow.get("statuses").asString()).startsWith("D");
		assertThat(ningboRow.get("assignmentIds").get(0).asLong()).isEqualTo(assignment);
		assertThat(ningboRow.get("completed").asInt()).isEqualTo(1);
		assertThat(matrix.get("measures").get(0).get("rate").asDouble()).isEqualTo(0.5);

		// ministry returns it, with a comment; without one it is refused
		long reportId = frozen.get("id").asLong();
		String returnPath = "/api/national/zones/ningbo/action-reports/" + reportId + "/return";
		assertThat(api.post(returnPath, ministry, "{\"comment\":\" \",\"version\":%d}"
			.formatted(frozen.get("version").asInt())).status()).isEqualTo(400);
		assertThat(api.post(returnPath, ningbo, "{\"comment\":\"请补充\",\"version\":1}").status()).isEqualTo(403);
		Answer returned = api.post(returnPath, ministry, "{\"comment\":\"请补充：通关时间对比数据\",\"version\":%d}"
			.formatted(frozen.get("version").asInt()));
		assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
		JsonNode afterReturn = api.get(base, ningbo).body();
		assertThat(afterReturn.get("assignment").get("returned").asBoolean()).isTrue();
		assertThat(afterReturn.get("reports").get(0).get("returnComment").asString()).isEqualTo("请补充：通关时间对比数据");
		JsonNode inbox = api.get("/api/zones/ningbo/inbox", ningbo).body();
		assertThat(inbox.get("items").valueStream()
			.anyMatch(item -> item.get("kind").asString().equals("action.returned")
					&& item.get("refId").asLong() == assignment)).isTrue();
		assertThat(inbox.get("counts").get("action.returned").asInt()).isPositive();

		// the zone answers with a new report; the earlier one stays readable as it was
		Answer again = api.put(base + "/draft", ningbo, """
				{"period":"%s","status":"DONE","progressNote":"已补充对比数据","completedOn":"%s"}"""
			.formatted(period, period));
		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		Answer answered = api.post(base + "/draft/submit", ningbo,
				"{\"version\":%d}".formatted(again.body().get("draft").get("version").asInt()));
		assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
		JsonNode reports = answered.body().get("reports");
		assertThat(reports).hasSize(2);
		assertThat(reports.get(0).get("progressNote").asString()).isEqualTo("已补充对比数据");
		assertThat(reports.get(1).get("state").asString()).isEqualTo("RETURNED");
		assertThat(reports.get(1).get("progressNote").asString()).isEqualTo("已完成");
		assertThat(reports.get(1).get("evidence")).hasSize(1);
		assertThat(answered.body().get("assignment").get("returned").asBoolean()).isFalse();
		List<String> steps = new ArrayList<>();
		answered.body().get("history").forEach(step -> steps.add(step.get("step").asString()));
		assertThat(steps).containsExactly("assigned", "drafted", "submitted", "returned", "drafted", "submitted");
		// hangzhou never sees ningbo's reports
		assertThat(api.get(base.replace("ningbo", "hangzhou"), hangzhou).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/hangzhou/action-evidence/" + attached.body().get("id").asLong(), hangzhou)
			.status()).isEqualTo(404);
		assertThat(events.of(ActionReported.class).stream().filter(event -> event.assignmentId() == assignment))
			.hasSize(2);
		assertThat(events.of(ActionReportReturned.class).stream().filter(event -> event.reportId() == reportId))
			.hasSize(1);

		// a batch report on both measures for the period, then the action closes and takes no more
		JsonNode mine = ActionFixtures.assignments(api, ningbo, "ningbo", id);
		Answer batch = api.post("/api/zones/ningbo/actions/" + id + "/reports", ningbo, """
				{"period":"%s","entries":[{"measureId":%d,"status":"IN_PROGRESS","progressNote":"推进中"},
				 {"measureId":%d,"status":"NOT_APPLICABLE","naReason":"本地无此业务"}]}"""
			.formatted(period, mine.get(0).get("measureId").asLong(), mine.get(1).get("measureId").asLong()));
		assertThat(batch.status()).as(batch.body().toString()).isEqualTo(200);
		assertThat(batch.body().get("assignments").get(1).get("status").asString()).isEqualTo("NOT_APPLICABLE");
		int version = api.get("/api/national/actions/" + id, ministry).body().get("version").asInt();
		Answer closed = api.post("/api/national/actions/" + id + "/close", ministry, "{\"version\":%d}".formatted(version));
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
		Answer late = api.put(base + "/draft", ningbo, "{\"period\":\"%s\",\"status\":\"IN_PROGRESS\"}".formatted(period));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.field("code")).isEqualTo("action-closed");
		assertThat(events.of(ActionClosed.class).stream().filter(event -> event.actionId() == id)).hasSize(1);

		// the task table
		Api.Download sheet = api.download("/api/national/actions/" + id + "/export", ministry);
		assertThat(sheet.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("措施");
		}
		catch (java.io.IOException unreadable) {
			throw new AssertionError(unreadable);
		}
	}

	@Test
	void staleVersionsAndWrongStepsAnswer409() {
		Answer created = api.post("/api/national/actions", ministry,
				ActionFixtures.actionJson("版本测试" + UUID.randomUUID(), List.of("ningbo"), ActionFixtures.measures(1), null));
		long id = created.body().get("id").asLong();
		Answer edited = api.put("/api/national/actions/" + id, ministry, ActionFixtures.actionJson("版本测试（改）",
				List.of("ningbo"), ActionFixtures.measures(2), 0));
		assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
		assertThat(api.put("/api/national/actions/" + id, ministry, ActionFixtures.actionJson("旧版本",
				List.of("ningbo"), ActionFixtures.measures(2), 0)).status()).isEqualTo(409);
		assertThat(api.post("/api/national/actions/" + id + "/launch", ministry, "{\"version\":0}").status())
			.isEqualTo(409);
		assertThat(api.post("/api/national/actions/" + id + "/close", ministry, "{\"version\":1}").field("code"))
			.isEqualTo("action-not-launched");
		Answer launched = api.post("/api/national/actions/" + id + "/launch", ministry, "{\"version\":1}");
		assertThat(launched.status()).isEqualTo(200);
		assertThat(api.put("/api/national/actions/" + id, ministry, ActionFixtures.actionJson("启动后",
				List.of("ningbo"), ActionFixtures.measures(2), 2)).field("code")).isEqualTo("action-not-draft");
		// a zone never reaches ministry's action through its own paths, nor writes ministry's
		assertThat(api.put("/api/zones/ningbo/actions/" + id, ningbo, ActionFixtures.actionJson("篡改",
				List.of("ningbo"), ActionFixtures.measures(2), 2)).status()).isEqualTo(404);
		Answer badZone = api.post("/api/national/actions", ministry,
				ActionFixtures.actionJson("错误试验区", List.of("nowhere"), ActionFixtures.measures(1), null));
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.errorFields()).containsExactly("zones[0]");
	}

	@Test
	void aZoneRunsItsOwnActionScopedToItself() {
		Answer created = api.post("/api/zones/ningbo/actions", ningbo,
				ActionFixtures.actionJson("宁波自有行动" + UUID.randomUUID(), null, ActionFixtures.measures(3), null));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.body().get("owner").asString()).isEqualTo("ningbo");
		assertThat(created.body().get("allZones").asBoolean()).isFalse();
		assertThat(api.post("/api/zones/ningbo/actions/" + id + "/launch", ministry, "{\"version\":0}").status())
			.isEqualTo(403);
		Answer launched = api.post("/api/zones/ningbo/actions/" + id + "/launch", ningbo, "{\"version\":0}");
		assertThat(launched.status()).as(launched.body().toString()).isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM action_assignment WHERE action_id = ?", id)).isEqualTo(3);
		assertThat(count("SELECT COUNT(DISTINCT zone_id) FROM action_assignment WHERE action_id = ?", id))
			.isEqualTo(1);
		assertThat(api.get("/api/zones/hangzhou/actions/" + id, hangzhou).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/ningbo/actions/" + id, ministry).status()).isEqualTo(200);
		assertThat(api.get("/api/national/actions/" + id, ministry).status()).isEqualTo(404);
	}

	@Test
	void ministryReplicatesMatureMeasuresNationwideInOneStep() {
		JsonNode action = ActionFixtures.launchNational(api, ministry, ActionFixtures.actionJson(
				"复制来源" + UUID.randomUUID(), List.of("ningbo", "hangzhou"), ActionFixtures.measures(4), null));
		long id = action.get("id").asLong();
		JsonNode measures = action.get("keyTasks").get(0).get("measures");
		Answer copy = api.post("/api/national/actions/" + id + "/replicate", ministry, """
				{"measureIds":[%d,%d,%d],"nameZh":"复制推广","nameEn":"Replication","year":2026,
				 "documentNo":"署岸函〔2026〕1号","windowStart":"%s","windowEnd":"%s"}"""
			.formatted(measures.get(0).get("id").asLong(), measures.get(1).get("id").asLong(),
					measures.get(3).get("id").asLong(), ActionFixtures.windowStart(), ActionFixtures.windowEnd()));
		assertThat(copy.status()).as(copy.body().toString()).isEqualTo(201);
		assertThat(copy.body().get("allZones").asBoolean()).isTrue();
		assertThat(copy.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(copy.body().get("sourceActionId").asLong()).isEqualTo(id);
		JsonNode copied = copy.body().get("keyTasks").get(0).get("measures");
		assertThat(copied).hasSize(3);
		assertThat(copied.get(2).get("sourceMeasureId").asLong()).isEqualTo(measures.get(3).get("id").asLong());
		JsonNode source = api.get("/api/national/actions/" + id, ministry).body().get("keyTasks").get(0).get("measures");
		assertThat(source.get(0).get("mature").asBoolean()).isTrue();
		assertThat(source.get(2).get("mature").asBoolean()).isFalse();
	}

	@Test
	void aZoneApprovedWhileAnAllZonesActionIsOpenReceivesIt() throws InterruptedException {
		JsonNode action = ActionFixtures.launchNational(api, ministry, ActionFixtures.actionJson(
				"全国行动" + UUID.randomUUID(), null, List.of(MeasureSpec.all("1"),
						new MeasureSpec("2", List.of("ningbo"), null)), null));
		long id = action.get("id").asLong();
		String code = "act-" + Long.toString(System.nanoTime() % 1_000_000, 36);
		Answer zone = api.post("/api/national/zones", ministry, """
				{"code":"%s","nameZh":"中国（测试）跨境电子商务综合试验区","nameEn":"China (Test) Cross-border E-commerce Comprehensive Pilot Zone",
				 "province":"浙江省","batch":8,"approvedOn":"2025-01-01"}""".formatted(code));
		assertThat(zone.status()).as(zone.body().toString()).isEqualTo(201);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		long received = 0;
		while (received == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			received = count("""
					SELECT COUNT(*) FROM action_assignment s JOIN zone z ON z.id = s.zone_id
					 WHERE s.action_id = ? AND z.code = ?""", id, code);
		}
		// the all-zones measure, not the one limited to ningbo
		assertThat(received).isEqualTo(1);
	}

	@Test
	void theDailyMarkingWritesEachSupervisionMarkOnce() {
		JsonNode action = ActionFixtures.launchNational(api, ministry, ActionFixtures.actionJson(
				"督办测试" + UUID.randomUUID(), List.of("ningbo"), List.of(
						new MeasureSpec("1", null, ActionFixtures.windowStart().plusDays(3))), null));
		long id = action.get("id").asLong();
		long assignment = ActionFixtures.assignments(api, ningbo, "ningbo", id).get(0).get("id").asLong();
		assertThat(ActionFixtures.assignments(api, ningbo, "ningbo", id).get(0).get("light").asString())
			.isEqualTo("RED");

		marking.markAll();
		marking.markAll();

		List<String> marks = jdbc.queryForList(
				"SELECT step FROM action_history WHERE assignment_id = ? AND mark_key IS NOT NULL ORDER BY id",
				String.class, assignment);
		assertThat(marks).contains("flagged-red", "report-missing");
		assertThat(jdbc.queryForList("SELECT mark_key FROM action_history WHERE assignment_id = ? AND mark_key IS NOT NULL",
				String.class, assignment)).doesNotHaveDuplicates();
		JsonNode lateness = api.get("/api/national/actions/" + id + "/lateness", ministry).body();
		assertThat(lateness.get("lateMeasures")).hasSize(1);
		assertThat(lateness.get("missingReports").size()).isPositive();
	}

}
