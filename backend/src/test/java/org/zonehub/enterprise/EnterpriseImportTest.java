package org.zonehub.enterprise;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Bulk import over HTTP with real tokens and the real database: the file checks, the job, the upsert. */
@IntegrationTest
class EnterpriseImportTest {

	static final String IMPORTS = "/api/zones/ningbo/enterprise-imports";

	static final String ENTERPRISES = "/api/zones/ningbo/enterprises";

	private final Api api = new Api(IntegrationTest.PORT);

	/** Fresh, not cached: a whole test run can outlive a five-minute token. */
	private final String admin = token("ningbo-admin");

	static String token(String username) {
		return Tokens.fresh(KeycloakTestServer.TEST_CLIENT, username, Tokens.DEMO_PASSWORD, KeycloakTestServer.REALM);
	}

	@Test
	void fiveThousandRowsWithBadRowsAtKnownPlacesImportTheRestAndAgainChangeNothing() {
		String marker = "导入" + UUID.randomUUID().toString().substring(0, 8);
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			rows.add(ImportFiles.row(CreditCodes.random(), marker + "企业" + i + "有限公司"));
		}
		// data row i is sheet row i + 2 (the header is row 1)
		rows.set(9, ImportFiles.with(rows.get(9), ImportColumn.CREDIT_CODE,
				CreditCodes.withWrongCheck(rows.get(9).get(0)))); // row 11
		rows.set(500, ImportFiles.with(rows.get(500), ImportColumn.NAME_ZH, "")); // row 502
		rows.set(1201, ImportFiles.with(rows.get(1201), ImportColumn.CREDIT_CODE, rows.get(5).get(0))); // row 1203 = row 7
		rows.set(2502, ImportFiles.with(rows.get(2502), ImportColumn.CUSTOMS_CODE, "33029600")); // row 2504
		rows.set(3999, ImportFiles.with(rows.get(3999), ImportColumn.KINDS, "卖家、工厂")); // row 4001
		rows.set(4997, ImportFiles.with(ImportFiles.with(rows.get(4997), ImportColumn.CONTACT_EMAIL, "not-an-email"),
				ImportColumn.CUSTOMS_MODES, "9610、1234")); // row 4999
		byte[] file = ImportFiles.xlsx(ImportFiles.HEADER, rows);
		String requestId = "import-test-" + UUID.randomUUID();

		Answer upload = api.multipart(IMPORTS, admin, "file", "enterprises.xlsx", file, "X-Request-Id", requestId);
		JsonNode first = awaitEnd(upload);
		JsonNode again = awaitEnd(api.multipart(IMPORTS, admin, "file", "enterprises.xlsx", file));

		assertThat(upload.status()).isEqualTo(202);
		assertThat(upload.field("status")).isIn("QUEUED", "RUNNING", "SUCCEEDED");
		assertThat(upload.field("fileName")).isEqualTo("enterprises.xlsx");
		assertThat(first.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(first.get("errors").valueStream()
			.map(e -> tuple(e.get("row").asInt(), e.get("column").asString(), e.get("field").asString())))
			.containsExactly(tuple(11, "统一社会信用代码", "creditCode"), tuple(502, "企业名称", "nameZh"),
					tuple(1203, "统一社会信用代码", "creditCode"), tuple(2504, "海关编码", "customsCode"),
					tuple(4001, "企业类型", "kinds"), tuple(4999, "海关监管方式", "customsModes"),
					tuple(4999, "联系邮箱", "contactEmail"));
		assertThat(first.get("errors").get(2).get("code").asString()).isEqualTo("row.duplicate");
		assertThat(first.get("errors").get(2).get("message").asString()).isEqualTo("与第 7 行重复");
		assertThat(first.get("errors").get(4).get("message").asString()).contains("工厂");
		assertThat(counts(first)).containsExactly(5000, 5000, 4994, 0, 0, 6, 7);
		assertThat(total(ENTERPRISES + "?name=" + encode(marker))).isEqualTo(4994);
		assertThat(again.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(counts(again)).containsExactly(5000, 5000, 0, 0, 4994, 6, 7);
		assertThat(total(ENTERPRISES + "?name=" + encode(marker))).isEqualTo(4994);

		// the audit trail records each created enterprise for the uploader, under the upload's request id
		JsonNode imported = api.get(ENTERPRISES + "?creditCode=" + rows.get(0).get(0), admin).body().get("items").get(0);
		JsonNode trail = api.get("/api/zones/ningbo/audit?entityType=enterprise&entityId=" + imported.get("id").asLong(),
				admin).body().get("items");
		assertThat(trail.valueStream().map(e -> e.get("action").asString())).containsExactly("imported");
		assertThat(trail.get(0).get("actor").asString()).isEqualTo("ningbo-admin");
		assertThat(trail.get(0).get("requestId").asString()).isEqualTo(requestId);
		assertThat(imported.get("kinds").toString()).contains("SELLER", "LOGISTICS");
		assertThat(imported.get("customsModes").toString()).contains("9610", "9810");
	}

	@Test
	void onlyRowsThatDifferAreUpdatedAndColumnsTheFileLacksKeepTheirValues() {
		String same = CreditCodes.random();
		String changed = CreditCodes.random();
		awaitEnd(api.multipart(IMPORTS, admin, "file", "first.csv", ImportFiles.utf8Csv(ImportFiles.HEADER,
				List.of(ImportFiles.row(same, "宁波不变有限公司"), ImportFiles.row(changed, "宁波旧名有限公司")))));
		// a narrower file, by English keys: only the columns it has are compared and written
		List<String> keys = List.of("creditCode", "nameZh", "kinds", "contactName");
		byte[] narrow = ImportFiles.utf8Csv(keys, List.of(List.of(same, "宁波不变有限公司", "物流、卖家", "王伟"),
				List.of(changed, "宁波新名有限公司", "卖家 物流", "李娜")));

		JsonNode job = awaitEnd(api.multipart(IMPORTS, admin, "file", "second.csv", narrow));

		assertThat(counts(job)).containsExactly(2, 2, 0, 1, 1, 0, 0);
		JsonNode updated = api.get(ENTERPRISES + "?creditCode=" + changed, admin).body().get("items").get(0);
		assertThat(updated.get("nameZh").asString()).isEqualTo("宁波新名有限公司");
		assertThat(updated.get("contactName").asString()).isEqualTo("李娜");
		assertThat(updated.get("address").asString()).isEqualTo("宁波市北仑区导入路1号");
		assertThat(updated.get("version").asInt()).isEqualTo(1);
		JsonNode trail = api.get("/api/zones/ningbo/audit?entityType=enterprise&entityId=" + updated.get("id").asLong(),
				admin).body().get("items");
		assertThat(trail.valueStream().map(e -> e.get("action").asString())).containsExactly("updated", "imported");
		assertThat(trail.get(0).get("before").get("nameZh").asString()).isEqualTo("宁波旧名有限公司");
		assertThat(trail.get(0).get("after").get("nameZh").asString()).isEqualTo("宁波新名有限公司");
	}

	@Test
	void aGbkCsvWithChineseNamesImportsTheNamesCorrectly() {
		List<List<String>> rows = List.of(ImportFiles.row(CreditCodes.random(), "宁波甬通小家电进出口有限公司"),
				ImportFiles.row(CreditCodes.random(), "慈溪市海鸥厨具电子商务有限公司"),
				ImportFiles.with(ImportFiles.row(CreditCodes.random(), "余姚锦程灯具供应链管理有限公司"), ImportColumn.KINDS,
						"海外仓，服务商"));
		byte[] gbk = ImportFiles.csv(ImportFiles.HEADER, rows, Charset.forName("GBK"), false);

		JsonNode job = awaitEnd(api.multipart(IMPORTS, admin, "file", "企业名单.csv", gbk));

		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("createdCount").asInt()).isEqualTo(3);
		for (List<String> row : rows) {
			JsonNode stored = api.get(ENTERPRISES + "?creditCode=" + row.get(0), admin).body().get("items").get(0);
			assertThat(stored.get("nameZh").asString()).isEqualTo(row.get(1));
			assertThat(stored.get("district").asString()).isEqualTo("北仑区");
		}
		JsonNode third = api.get(ENTERPRISES + "?creditCode=" + rows.get(2).get(0), admin).body().get("items").get(0);
		assertThat(third.get("kinds").toString()).contains("OVERSEAS_WAREHOUSE", "SERVICE_PROVIDER");
	}

	@Test
	void anImageRenamedCsvIsRefusedAtOnceAndNothingIsStored() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0,
				16, 0, 0, 0, 16, 8, 6, 0, 0, 0, 0x1F, (byte) 0xF3, (byte) 0xFF, 0x61 };
		long jobsBefore = total(IMPORTS);

		Answer refused = api.multipart(IMPORTS, admin, "file", "enterprises.csv", png);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("file");
		assertThat(refused.errorCodes()).containsExactly("sheet.not-a-spreadsheet");
		assertThat(total(IMPORTS)).isEqualTo(jobsBefore);
	}

	@Test
	void wrongColumnsAnEmptyFileAndAHeaderWithoutRowsAreRefused() {
		long jobsBefore = total(IMPORTS);

		Answer wrongColumns = api.multipart(IMPORTS, admin, "file", "wrong.csv", ImportFiles.utf8Csv(
				List.of("企业名称", "地址", "备注"), List.of(List.of("宁波某公司", "宁波", "x"))));
		Answer empty = api.multipart(IMPORTS, admin, "file", "empty.xlsx", new byte[0]);
		Answer blankCsv = api.multipart(IMPORTS, admin, "file", "blank.csv", "\n\n".getBytes(StandardCharsets.UTF_8));
		Answer headerOnly = api.multipart(IMPORTS, admin, "file", "header.xlsx",
				ImportFiles.xlsx(ImportFiles.HEADER, List.of()));
		Answer noFile = api.multipart(IMPORTS, admin, "other", "x.csv", "a".getBytes(StandardCharsets.UTF_8));

		for (Answer answer : List.of(wrongColumns, empty, blankCsv, headerOnly, noFile)) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.errorFields()).containsExactly("file");
		}
		String message = wrongColumns.body().get("errors").get(0).get("message").asString();
		assertThat(message).contains("统一社会信用代码 (creditCode)", "企业类型 (kinds)").doesNotContain("nameZh");
		assertThat(wrongColumns.errorCodes()).containsExactly("sheet.missing-columns");
		assertThat(empty.errorCodes()).containsExactly("file.empty");
		assertThat(total(IMPORTS)).isEqualTo(jobsBefore);
	}

	@Test
	void moreThanFiftyThousandRowsFailTheJobAndChangeNothing() {
		long enterprisesBefore = total(ENTERPRISES);
		byte[] file = ImportFiles.utf8Csv(ImportFiles.HEADER,
				ImportFiles.rows(ImportJob.MAX_ROWS + 1, ImportFiles.fresh("宁波超限")));

		JsonNode job = awaitEnd(api.multipart(IMPORTS, admin, "file", "too-many.csv", file));

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("failureCode").asString()).isEqualTo("import.too-many-rows");
		assertThat(job.get("failure").asString()).contains("50,000");
		assertThat(job.get("createdCount").asInt()).isZero();
		assertThat(total(ENTERPRISES)).isEqualTo(enterprisesBefore);
	}

	@Test
	void jobsAreListedNewestFirstWithoutTheirErrors() {
		JsonNode job = awaitEnd(api.multipart(IMPORTS, admin, "file", "listed.csv", ImportFiles.utf8Csv(
				ImportFiles.HEADER, List.of(ImportFiles.row(CreditCodes.random(), "宁波列表有限公司"), List.of("x")))));

		Answer list = api.get(IMPORTS + "?size=5", admin);

		assertThat(list.status()).isEqualTo(200);
		JsonNode newest = list.body().get("items").get(0);
		assertThat(newest.get("id").asLong()).isEqualTo(job.get("id").asLong());
		assertThat(newest.get("errors").isNull()).isTrue();
		assertThat(newest.get("errorCount").asInt()).isEqualTo(job.get("errorCount").asInt()).isPositive();
		assertThat(newest.get("createdBy").asString()).isEqualTo("ningbo-admin");
	}

	/** totalRows, processedRows, created, updated, unchanged, rejected, errorCount. */
	static List<Integer> counts(JsonNode job) {
		return List.of(job.get("totalRows").asInt(), job.get("processedRows").asInt(), job.get("createdCount").asInt(),
				job.get("updatedCount").asInt(), job.get("unchangedCount").asInt(), job.get("rejectedCount").asInt(),
				job.get("errorCount").asInt());
	}

	/** Polls the job the upload started until it has ended (at most two minutes). */
	JsonNode awaitEnd(Answer upload) {
		assertThat(upload.status()).as(upload.body().toString()).isEqualTo(202);
		String path = IMPORTS + "/" + upload.body().get("id").asLong();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (true) {
			JsonNode job = api.get(path, admin).body();
			String status = job.get("status").asString();
			if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
				return job;
			}
			assertThat(Instant.now()).as("import still " + status + " after two minutes").isBefore(deadline);
			sleep(200);
		}
	}

	private long total(String path) {
		return api.get(path + (path.contains("?") ? "&" : "?") + "size=1", admin).body().get("total").asLong();
	}

	static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
