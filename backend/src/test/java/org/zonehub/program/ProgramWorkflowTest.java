package org.zonehub.program;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program end to end through the API: created with targets, activated, enrolment, reporting inside and outside
 * the window, corrections as revisions, reopening, outliers and confirmation, progress, leaving, and the events
 * the national rollup gets. Months are relative to today in Shanghai, with a 31-day window, so the month that
 * just ended is open and the one two months back is closed whatever day the test runs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramWorkflowTest {

	private static final String NINGBO = "/api/zones/ningbo";

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = Tokens.of("ningbo-admin");

	private final YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

	@Autowired
	RecordedProgramEvents events;

	private EnterpriseUser enterprise;

	private long other;

	@BeforeAll
	void enterprises() {
		enterprise = EnterpriseUsers.create(api, "ningbo", "宁波产业带填报测试有限公司");
		Answer created = api.post(NINGBO + "/enterprises", admin, """
				{"creditCode":"%s","nameZh":"宁波产业带同行有限公司","kinds":["SELLER"],"customsModes":["9610"],
				 "contactName":"李娜","contactPhone":"13900000000","contactEmail":"li@example.cn"}"""
			.formatted(CreditCodes.random()));
		assertThat(created.status()).isEqualTo(201);
		other = created.body().get("id").asLong();
	}

	static String month(YearMonth month) {
		return month.toString();
	}

	long newProgram(String name) {
		Answer created = api.post(NINGBO + "/programs", admin, """
				{"nameZh":"%s","nameEn":"Ningbo small home appliances","industry":"小家电","districts":["慈溪市","余姚市"],
				 "leadUnit":"宁波市商务局","startMonth":"%s","endMonth":"%s","windowDays":31,
				 "kpis":[{"kpiCode":"EXPORT_VALUE","reporter":"ENTERPRISE","baseValue":1000000,"targetValue":13000000},
				         {"kpiCode":"OVERSEAS_WAREHOUSES","reporter":"ENTERPRISE","baseValue":0,"targetValue":26},
				         {"kpiCode":"TRAINING","reporter":"ZONE","baseValue":0,"targetValue":1300}]}"""
			.formatted(name, month(lastMonth.minusMonths(11)), month(lastMonth.plusMonths(1))));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	/** The titles of the caller's inbox items of this kind about this program. */
	List<String> inboxTitles(String token, String kind, long programId) {
		return read(NINGBO + "/inbox", token).get("items")
			.valueStream()
			.filter(item -> item.get("kind").asString().equals(kind) && item.get("refId").asLong() == programId)
			.map(item -> item.get("titleZh").asString())
			.toList();
	}

	JsonNode read(String path, String token) {
		Answer answer = api.get(path, token);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
		return answer.body();
	}

	Answer report(long id, YearMonth month, String token, String figures) {
		return api.put(NINGBO + "/programs/" + id + "/months/" + month(month) + "/figures", token, figures);
	}

	@Test
	void aProgramFromDraftToConfirmedMonths() {
		long id = newProgram("宁波小家电产业带（流程测试）");
		String path = NINGBO + "/programs/" + id;
		JsonNode draft = read(path, admin);
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("kpis")).hasSize(3);
		JsonNode exportsPlan = draft.get("kpis").get(0).get("plan");
		assertThat(exportsPlan).hasSize(13);
		assertThat(exportsPlan.get(0).decimalValue()).isEqualByComparingTo("1000000");
		JsonNode stockPlan = draft.get("kpis").get(1).get("plan");
		assertThat(stockPlan.get(12).decimalValue()).as("a stock's plan ends at its target level")
			.isEqualByComparingTo("26");

		// not enrolled: the enterprise does not see it
		assertThat(api.get(path, enterprise.token()).status()).isEqualTo(404);

		Answer activated = api.post(path + "/activate", admin, "{\"version\":%d}".formatted(draft.get("version").asInt()));
		assertThat(activated.status()).as(activated.body().toString()).isEqualTo(200);
		assertThat(api.post(path + "/activate", admin, "{\"version\":0}").status()).isEqualTo(409);
		assertThat(events.of(ProgramActivated.class, id)).hasSize(1);

		Answer enrolled = api.post(path + "/enrolments", admin, """
				{"month":"%s","enterpriseIds":[%d,%d,999999999]}""".formatted(month(lastMonth.minusMonths(11)),
				enterprise.enterpriseId(), other));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(200);
		assertThat(enrolled.body().get("enrolled").asInt()).isEqualTo(2);
		assertThat(enrolled.body().get("notFound").get(0).asString()).isEqualTo("999999999");
		assertThat(api.post(path + "/enrolments", admin, "{\"month\":\"%s\",\"enterpriseIds\":[%d]}"
			.formatted(month(lastMonth), other)).body().get("alreadyEnrolled").asInt()).isEqualTo(1);

		// the enterprise sees the program and only its own enrolment
		assertThat(read(path, enterprise.token()).get("id").asLong()).isEqualTo(id);
		assertThat(read(path + "/enrolments", enterprise.token())).extracting(e -> e.get("enterpriseId").asLong())
			.containsExactly(enterprise.enterpriseId());

		// the month that just ended waits in the enterprise's inbox until it reports it
		assertThat(inboxTitles(enterprise.token(), "program.month-open", id)).anyMatch(t -> t.endsWith(month(lastMonth)));

		// the month that just ended is open: the enterprise reports its own KPIs
		Answer reported = report(id, lastMonth, enterprise.token(), """
				{"figures":[{"kpiCode":"EXPORT_VALUE","value":1200000},{"kpiCode":"OVERSEAS_WAREHOUSES","value":2}]}""");
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(200);
		JsonNode figures = reported.body().get("figures");
		assertThat(figures).hasSize(2);
		assertThat(figures.get(0).get("late").asBoolean()).isFalse();
		assertThat(figures.get(0).get("source").asString()).isEqualTo("ENTERPRISE");
		assertThat(events.of(FiguresReported.class, id)).hasSize(1);
		assertThat(inboxTitles(enterprise.token(), "program.month-open", id)).noneMatch(t -> t.endsWith(month(lastMonth)));

		// not the zone's KPIs, not another enterprise's figures
		Answer zoneKpi = report(id, lastMonth, enterprise.token(), "{\"figures\":[{\"kpiCode\":\"TRAINING\",\"value\":5}]}");
		assertThat(zoneKpi.status()).isEqualTo(400);
		assertThat(zoneKpi.errorCodes()).containsExactly("program.kpi-wrong-reporter");
		assertThat(report(id, lastMonth, enterprise.token(), "{\"enterpriseId\":%d,\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":5}]}"
			.formatted(other)).status()).isEqualTo(404);

		// a correction needs the version and makes a revision
		JsonNode exports = figures.get(0).get("kpiCode").asString().equals("EXPORT_VALUE") ? figures.get(0) : figures.get(1);
		assertThat(report(id, lastMonth, enterprise.token(), "{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":1300000}]}")
			.errorCodes()).containsExactly("field.version-required");
		assertThat(report(id, lastMonth, enterprise.token(),
				"{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":1300000,\"version\":7}]}").status()).isEqualTo(409);
		Answer corrected = report(id, lastMonth, enterprise.token(),
				"{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":1300000,\"version\":%d}]}"
					.formatted(exports.get("version").asInt()));
		assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(200);
		JsonNode revisions = read(path + "/figures/" + exports.get("id").asLong() + "/revisions", enterprise.token());
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(1).get("valueBefore").decimalValue()).isEqualByComparingTo("1200000");
		assertThat(revisions.get(1).get("valueAfter").decimalValue()).isEqualByComparingTo("1300000");
		assertThat(revisions.get(1).get("actor").asString()).isEqualTo(enterprise.email());
		assertThat(events.of(FiguresCorrected.class, id)).hasSize(1);

		// a closed month: 409 unless the zone reopens it for the enterprise; then the report is late
		YearMonth closed = lastMonth.minusMonths(2);
		Answer tooLate = report(id, closed, enterprise.token(), "{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":900000}]}");
		assertThat(tooLate.status()).isEqualTo(409);
		assertThat(tooLate.field("code")).isEqualTo("program-month-closed");
		Answer reopened = api.post(path + "/months/" + month(closed) + "/reopen", admin,
				"{\"enterpriseId\":%d}".formatted(enterprise.enterpriseId()));
		assertThat(reopened.status()).as(reopened.body().toString()).isEqualTo(200);
		Answer late = report(id, closed, enterprise.token(), "{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":900000}]}");
		assertThat(late.status()).as(late.body().toString()).isEqualTo(200);
		assertThat(late.body().get("figures").get(0).get("late").asBoolean()).isTrue();
		// still closed for the other enterprise; a month not ended yet takes nothing
		assertThat(report(id, lastMonth.plusMonths(1), enterprise.token(),
				"{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":1}]}").field("code")).isEqualTo("program-month-not-open");

		// the zone reports its program-level KPI and corrects the other enterprise's figures out of the window
		assertThat(report(id, lastMonth, admin, "{\"figures\":[{\"kpiCode\":\"TRAINING\",\"value\":120}]}").status())
			.isEqualTo(200);
		assertThat(report(id, closed.minusMonths(1), admin, "{\"enterpriseId\":%d,\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":10000}]}"
			.formatted(other)).status()).isEqualTo(200);
		assertThat(report(id, closed, admin, "{\"enterpriseId\":%d,\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":500000}]}"
			.formatted(other)).status()).isEqualTo(200);

		// completeness of the month that just ended: two enterprises and the zone expected, the enterprise and the zone in
		JsonNode months = read(path + "/months", admin);
		JsonNode last = months.get(11);
		assertThat(last.get("month").asString()).isEqualTo(month(lastMonth));
		assertThat(last.get("expected").asInt()).isEqualTo(3);
		assertThat(last.get("received").asInt()).isEqualTo(2);
		assertThat(last.get("onTime").asInt()).isEqualTo(2);
		JsonNode lastMonthView = read(path + "/months/" + month(lastMonth), admin);
		assertThat(lastMonthView.get("missing")).extracting(JsonNode::asLong).containsExactly(other);

		// a month whose window has closed waits for the zone's confirmation
		assertThat(inboxTitles(admin, "program.month-to-confirm", id)).anyMatch(t -> t.endsWith(month(closed)));

		// confirming: the other enterprise's 50 x jump is an outlier to look at first
		Answer unchecked = api.post(path + "/months/" + month(closed) + "/confirm", admin, "{}");
		assertThat(unchecked.status()).isEqualTo(409);
		assertThat(unchecked.field("code")).isEqualTo("program-month-outliers");
		assertThat(read(path + "/months/" + month(closed), admin).get("outliers").get(0).get("reason").asString())
			.isEqualTo("JUMP");
		Answer confirmed = api.post(path + "/months/" + month(closed) + "/confirm", admin,
				"{\"acknowledgeOutliers\":true}");
		assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
		assertThat(confirmed.body().get("confirmed").asBoolean()).isTrue();
		assertThat(inboxTitles(admin, "program.month-to-confirm", id)).noneMatch(t -> t.endsWith(month(closed)));
		assertThat(api.post(path + "/months/" + month(closed) + "/confirm", admin, "{\"acknowledgeOutliers\":true}")
			.field("code")).isEqualTo("program-month-confirmed");
		assertThat(report(id, closed, enterprise.token(), "{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":1,\"version\":0}]}")
			.field("code")).isEqualTo("program-month-confirmed");

		// only confirmed months go to the national rollup, with the month's figure per KPI
		List<ProgramMonthConfirmed> rollup = events.of(ProgramMonthConfirmed.class, id);
		assertThat(rollup).extracting(ProgramMonthConfirmed::month).containsExactly(month(closed));
		ProgramMonthConfirmed.KpiTotal confirmedExports = rollup.get(0).totals().get(0);
		assertThat(confirmedExports.kpiCode()).isEqualTo("EXPORT_VALUE");
		assertThat(confirmedExports.value()).isEqualByComparingTo("1400000");
		assertThat(confirmedExports.reports()).isEqualTo(2);

		// progress up to the month that just ended
		Answer forbidden = api.get(path + "/progress", enterprise.token());
		assertThat(forbidden.status()).isEqualTo(403);
		JsonNode progress = read(path + "/progress?asOf=" + month(lastMonth), admin);
		JsonNode exportsProgress = progress.get("kpis").get(0);
		assertThat(exportsProgress.get("actualToDate").decimalValue()).isEqualByComparingTo("2710000");
		assertThat(exportsProgress.get("planToDate").decimalValue()).isEqualByComparingTo("12000000");
		assertThat(exportsProgress.get("status").asString()).isEqualTo("BEHIND");
		assertThat(exportsProgress.get("series").get(1).get("actual").isNull()).as("a month without reports is missing")
			.isTrue();
		JsonNode warehouses = progress.get("kpis").get(1);
		assertThat(warehouses.get("actualToDate").decimalValue()).isEqualByComparingTo("2");
		assertThat(progress.get("months")).hasSize(13);
		JsonNode contributions = read(path + "/kpis/EXPORT_VALUE/contributions?asOf=" + month(lastMonth), admin);
		assertThat(contributions.get("contributions").get(0).get("enterpriseId").asLong())
			.isEqualTo(enterprise.enterpriseId());
		assertThat(contributions.get("notReported")).extracting(c -> c.get("enterpriseId").asLong()).containsExactly(other);

		// the other enterprise leaves: its past flows stay
		JsonNode otherEnrolment = null;
		for (JsonNode row : read(path + "/enrolments", admin)) {
			if (row.get("enterpriseId").asLong() == other) {
				otherEnrolment = row;
			}
		}
		Answer left = api.post(path + "/enrolments/" + other + "/leave", admin,
				"{\"month\":\"%s\",\"version\":%d}".formatted(month(lastMonth), otherEnrolment.get("version").asInt()));
		assertThat(left.status()).as(left.body().toString()).isEqualTo(200);
		JsonNode after = read(path + "/progress?asOf=" + month(lastMonth), admin);
		assertThat(after.get("kpis").get(0).get("actualToDate").decimalValue()).isEqualByComparingTo("2710000");
		assertThat(read(path + "/months", admin).get(11).get("expected").asInt()).isEqualTo(2);

		// closing
		int version = read(path, admin).get("version").asInt();
		assertThat(api.post(path + "/close", admin, "{\"version\":%d}".formatted(version)).status()).isEqualTo(200);
		assertThat(events.of(ProgramClosed.class, id)).hasSize(1);
		assertThat(report(id, lastMonth, admin, "{\"figures\":[{\"kpiCode\":\"TRAINING\",\"value\":1,\"version\":0}]}")
			.field("code")).isEqualTo("program-not-active");
	}

	@Test
	void targetsAndPlansAreCheckedAndVersioned() {
		long id = newProgram("宁波小家电产业带（目标测试）");
		String path = NINGBO + "/programs/" + id;
		Answer shortPlan = api.put(path + "/kpis/ONLINE_SHOPS", admin,
				"{\"reporter\":\"ENTERPRISE\",\"baseValue\":0,\"targetValue\":10,\"plan\":[1,2]}");
		assertThat(shortPlan.status()).isEqualTo(400);
		assertThat(shortPlan.errorCodes()).containsExactly("program.plan-length");
		List<String> plan = new ArrayList<>();
		for (int month = 0; month < 13; month++) {
			plan.add(month < 12 ? "100" : "0");
		}
		Answer flowPlan = api.put(path + "/kpis/LIVESTREAMS", admin,
				"{\"reporter\":\"ENTERPRISE\",\"baseValue\":0,\"targetValue\":1300,\"plan\":[%s]}".formatted(String.join(",", plan)));
		assertThat(flowPlan.errorCodes()).containsExactly("program.plan-sum");
		Answer added = api.put(path + "/kpis/ONLINE_SHOPS", admin,
				"{\"reporter\":\"ENTERPRISE\",\"baseValue\":4,\"targetValue\":30}");
		assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
		assertThat(api.put(path + "/kpis/ONLINE_SHOPS", admin,
				"{\"reporter\":\"ENTERPRISE\",\"baseValue\":4,\"targetValue\":40,\"version\":5}").status()).isEqualTo(409);
		Answer changed = api.put(path + "/kpis/ONLINE_SHOPS", admin,
				"{\"reporter\":\"ENTERPRISE\",\"baseValue\":4,\"targetValue\":40,\"version\":0}");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("version").asInt()).isEqualTo(1);
		assertThat(api.put(path + "/kpis/NO_SUCH_KPI", admin, "{\"reporter\":\"ZONE\",\"baseValue\":0,\"targetValue\":1}")
			.errorCodes()).containsExactly("program.kpi-unknown");

		// a zone's own KPI, then picked
		String code = "Z_EXPO_" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(java.util.Locale.ROOT);
		Answer own = api.post(NINGBO + "/kpis", admin,
				"{\"code\":\"%s\",\"nameZh\":\"境外展会参展数\",\"nameEn\":\"Exhibitions abroad\",\"unit\":\"COUNT\",\"aggregation\":\"FLOW\"}"
					.formatted(code));
		assertThat(own.status()).as(own.body().toString()).isEqualTo(201);
		assertThat(api.post(NINGBO + "/kpis", admin,
				"{\"code\":\"EXPORT_VALUE\",\"nameZh\":\"x\",\"nameEn\":\"x\",\"unit\":\"CNY\",\"aggregation\":\"FLOW\"}")
			.errorCodes()).containsExactly("program.kpi-national-code");
		assertThat(api.put(path + "/kpis/" + code, admin, "{\"reporter\":\"ZONE\",\"baseValue\":0,\"targetValue\":13}")
			.status()).isEqualTo(200);
		assertThat(read(NINGBO + "/kpis", admin))
			.extracting(k -> k.get("code").asString()).contains("EXPORT_VALUE", code);

		// the program's header, with its version; months change only in a draft
		JsonNode program = read(path, admin);
		Answer renamed = api.put(path, admin, """
				{"nameZh":"宁波小家电产业带（改名）","industry":"小家电","leadUnit":"宁波市商务局","startMonth":"%s","endMonth":"%s","version":%d}"""
			.formatted(program.get("startMonth").asString(), program.get("endMonth").asString(),
					program.get("version").asInt()));
		assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
		Answer stale = api.put(path, admin, """
				{"nameZh":"宁波小家电产业带（再改）","industry":"小家电","leadUnit":"宁波市商务局","startMonth":"%s","endMonth":"%s","version":%d}"""
			.formatted(program.get("startMonth").asString(), program.get("endMonth").asString(),
					program.get("version").asInt()));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.post(NINGBO + "/programs", admin, """
				{"nameZh":"倒序","industry":"小家电","leadUnit":"宁波市商务局","startMonth":"2026-05","endMonth":"2026-01"}""")
			.errorCodes()).containsExactly("program.months-order");
		assertThat(api.post(path + "/activate", admin, "{\"version\":%d}".formatted(program.get("version").asInt() + 1))
			.status()).isEqualTo(200);
		assertThat(api.delete(path + "/kpis/ONLINE_SHOPS", admin).field("code")).isEqualTo("program-not-draft");
	}

	@Test
	void figuresComeInBulkWithRowErrorsAndTheSameFileTwiceChangesNothing() throws InterruptedException {
		long id = newProgram("宁波小家电产业带（导入测试）");
		String path = NINGBO + "/programs/" + id;
		api.post(path + "/activate", admin, "{\"version\":0}");
		String code = read(NINGBO + "/enterprises/" + enterprise.enterpriseId(), admin).get("creditCode").asString();
		Answer enrolled = api.multipart(path + "/enrolments/sheet?month=" + month(lastMonth.minusMonths(11)), admin,
				"file", "enrol.csv", ("统一社会信用代码\n" + code + "\n91350100M000100Y43\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(200);
		assertThat(enrolled.body().get("enrolled").asInt()).isEqualTo(1);
		assertThat(enrolled.body().get("notFound")).hasSize(1);

		String csv = "统一社会信用代码,指标代码,月份,数值\n"
				+ code + ",EXPORT_VALUE," + month(lastMonth.minusMonths(3)) + ",\"1,200,000\"\n"
				+ code + ",EXPORT_VALUE," + month(lastMonth.minusMonths(2)) + ",1300000\n"
				+ code + ",OVERSEAS_WAREHOUSES," + month(lastMonth.minusMonths(2)) + ",3\n"
				+ ",TRAINING," + month(lastMonth.minusMonths(2)) + ",80\n"
				+ code + ",NO_SUCH_KPI," + month(lastMonth.minusMonths(2)) + ",1\n"
				+ code + ",EXPORT_VALUE,2001-13,1\n"
				+ "91350100M000100Y43,EXPORT_VALUE," + month(lastMonth.minusMonths(2)) + ",1\n"
				+ code + ",EXPORT_VALUE," + month(lastMonth.plusMonths(1)) + ",abc\n";
		JsonNode first = importAndWait(path, csv);
		assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
		assertThat(first.get("totalRows").asInt()).isEqualTo(8);
		assertThat(first.get("createdCount").asInt()).isEqualTo(4);
		assertThat(first.get("rejectedCount").asInt()).isEqualTo(4);
		assertThat(first.get("errors")).extracting(e -> e.get("row").asInt() + ":" + e.get("field").asString() + ":"
				+ e.get("code").asString())
			.containsExactly("6:kpiCode:program.kpi-not-in-program", "7:month:program.month-format",
					"8:creditCode:program.row-unknown-enterprise", "9:value:row.not-a-number");
		assertThat(first.get("errors").get(0).get("message").asString()).isNotBlank();

		JsonNode again = importAndWait(path, csv);
		assertThat(again.get("createdCount").asInt()).isZero();
		assertThat(again.get("updatedCount").asInt()).isZero();
		assertThat(again.get("unchangedCount").asInt()).isEqualTo(4);

		// a corrected file: one revision more, with the import as its source
		JsonNode corrected = importAndWait(path, csv.replace(",1300000", ",1350000"));
		assertThat(corrected.get("updatedCount").asInt()).isEqualTo(1);
		JsonNode month = read(path + "/months/" + month(lastMonth.minusMonths(2)), admin);
		JsonNode exports = null;
		for (JsonNode figure : month.get("figures")) {
			if (figure.get("kpiCode").asString().equals("EXPORT_VALUE")) {
				exports = figure;
			}
		}
		assertThat(exports.get("value").decimalValue()).isEqualByComparingTo("1350000");
		assertThat(exports.get("source").asString()).isEqualTo("IMPORT");
		assertThat(exports.get("late").asBoolean()).as("first reported after the due day").isTrue();
		JsonNode revisions = read(path + "/figures/" + exports.get("id").asLong() + "/revisions", admin);
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(1).get("importId").asLong()).isEqualTo(corrected.get("id").asLong());

		Answer notASheet = api.multipart(path + "/figure-imports", admin, "file", "x.csv",
				"名称\n甲\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(notASheet.status()).isEqualTo(400);
		assertThat(notASheet.errorCodes()).containsExactly("sheet.missing-columns");
	}

	private JsonNode importAndWait(String path, String csv) throws InterruptedException {
		Answer started = api.multipart(path + "/figure-imports", admin, "file", "figures.csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		long importId = started.body().get("id").asLong();
		for (int attempt = 0; attempt < 150; attempt++) {
			JsonNode state = read(path + "/figure-imports/" + importId, admin);
			String status = state.get("status").asString();
			if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
				return state;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the import did not end");
	}

}
