package org.zonehub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.ActionFixtures;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.OddAccounts;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The isolation and role matrix, generated from the committed API contract: every operation of
 * {@code backend/openapi.json} is called as every caller shape below, on real ids that the rightful owner holds,
 * and the answer must be the one the table says. The owner's own call comes last and must succeed, so a refusal
 * of the others proves isolation, not a wrong id; for a versioned resource it also proves the refused calls
 * changed nothing (the owner sends the version it read before them). The test fails on any 2xx for a foreign
 * caller, on any 5xx, and on an operation of the contract without its row here: a new endpoint fails the build
 * until its row is written.
 */
@IntegrationTest
class IsolationMatrixTest {

	/** Who calls. The owner is the row's rightful caller; the others are refused, unless the row says otherwise. */
	enum Shape {

		OWNER,
		/** The administrator of another zone (hangzhou) on ningbo's data. */
		OTHER_ZONE_ADMIN,
		/** A user of another enterprise of the same zone. */
		OTHER_ENTERPRISE,
		/** A hand-made enterprise account of ningbo without an enterprise id. */
		NO_ENTERPRISE_ID,
		/** A hand-made zone-admin account of ningbo that ZoneHub never bound. */
		UNBOUND_ACCOUNT,
		/** Ministry staff: they read every zone and change none. */
		MINISTRY,
		NO_TOKEN,
		EXPIRED_TOKEN,
		/** A valid token of another realm (Keycloak's master realm). */
		FOREIGN_REALM

	}

	/** An expected answer: a status, or 200 with only the caller's own rows ({@link #NARROWED}). */
	record Expect(int status, boolean narrowed, boolean sameAsOwner) {

		static final Expect NARROWED = new Expect(200, true, false);

		static final Expect SAME_AS_OWNER = new Expect(0, false, true);

		static Expect status(int status) {
			return new Expect(status, false, false);
		}

	}

	/** What one call sends: the path's variables, a query, a JSON body or a file. */
	record Call(Map<String, String> variables, String query, String json, byte[] file, String fileName,
			String narrowedField, long foreignId) {

		static Call of(Map<String, String> variables) {
			return new Call(variables, "", null, null, null, null, 0);
		}

		Call json(String body) {
			return new Call(variables, query, body, file, fileName, narrowedField, foreignId);
		}

		Call query(String text) {
			return new Call(variables, text, json, file, fileName, narrowedField, foreignId);
		}

		Call file(String name, byte[] content) {
			return new Call(variables, query, json, content, name, narrowedField, foreignId);
		}

		/** Foreign callers that get 200 must not see an item whose {@code field} is {@code id}. */
		Call narrowedBy(String field, long id) {
			return new Call(variables, query, json, file, fileName, field, id);
		}

	}

	/** Whose the operation is, which decides the owner's token and the default answers of the others. */
	enum Kind {

		/** The zone's data, for its staff (the zone admin owns it; ministry reads it). */
		ZONE_READ, ZONE_WRITE,
		/** One enterprise's data (its user owns it; the zone admin and ministry read it). */
		ENTERPRISE_READ, ENTERPRISE_WRITE,
		/** A zone administrator's work on one enterprise (suspending it, reviewing its assessment). */
		ADMIN_ON_ENTERPRISE,
		/** The ministry's national data. */
		NATIONAL_READ, NATIONAL_WRITE,
		/** Any signed-in user, each about themself. */
		SELF,
		/** Public, before sign-in. */
		PUBLIC

	}

	record Row(String method, String path, Kind kind, Map<Shape, Expect> expected, boolean binary,
			Function<Fixture, Call> prepare) {
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Api api = new Api(IntegrationTest.PORT);

	/** What the rows act on: ningbo's enterprises, their users and their records. */
	final class Fixture {

		final String admin = Tokens.of("ningbo-admin");

		final String ministry = Tokens.of("ministry");

		final EnterpriseUser owner = EnterpriseUsers.create(api, "ningbo", "矩阵甲贸易有限公司");

		final EnterpriseUser other = EnterpriseUsers.create(api, "ningbo", "矩阵乙贸易有限公司");

		final String ownerToken = owner.token();

		final String otherToken = other.token();

		final Map<Shape, String> tokens = new EnumMap<>(Shape.class);

		long assessmentId;

		List<String> itemCodes = List.of();

		long spareEvidenceId;

		long taskId;

		long importId;

		String invitedUserId;

		int baselineDraft;

		String zoneCode = "matrix-" + Long.toString(System.nanoTime() % 1_000_000, 36);

		// program
		long programId;

		long figureId;

		long figureImportId;

		long sheetEnterpriseId;

		final java.time.YearMonth lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);

		String kpiCode = "Z_MX_" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(java.util.Locale.ROOT);

		Map<String, String> program() {
			return Map.of("zone", "ningbo", "id", Long.toString(programId), "code", "OVERSEAS_WAREHOUSES",
					"month", lastMonth.toString());
		}

		Map<String, String> programMonth(java.time.YearMonth month) {
			return Map.of("zone", "ningbo", "id", Long.toString(programId), "month", month.toString());
		}

		String creditCodeOf(long enterpriseId) {
			return read("/api/zones/ningbo/enterprises/" + enterpriseId, admin).get("creditCode").asString();
		}

		String requirementCode = "MX-" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(java.util.Locale.ROOT);

		Fixture(String expiredToken) {
			tokens.put(Shape.OTHER_ZONE_ADMIN, Tokens.of("hangzhou-admin"));
			tokens.put(Shape.OTHER_ENTERPRISE, otherToken);
			tokens.put(Shape.NO_ENTERPRISE_ID,
					OddAccounts.token("matrix-no-enterprise", "enterprise", Map.of("zone", List.of("ningbo"))));
			tokens.put(Shape.UNBOUND_ACCOUNT,
					OddAccounts.token("matrix-unbound-admin", "zone-admin", Map.of("zone", List.of("ningbo"))));
			tokens.put(Shape.MINISTRY, ministry);
			tokens.put(Shape.NO_TOKEN, null);
			tokens.put(Shape.EXPIRED_TOKEN, expiredToken);
			tokens.put(Shape.FOREIGN_REALM, Tokens.fresh("admin-cli", "admin", "admin", "master"));
		}

		String ownerOf(Kind kind) {
			return switch (kind) {
				case ENTERPRISE_READ, ENTERPRISE_WRITE -> ownerToken;
				case NATIONAL_READ, NATIONAL_WRITE -> ministry;
				case PUBLIC -> null;
				default -> admin;
			};
		}

		Map<String, String> zone() {
			return Map.of("zone", "ningbo", "code", "ningbo");
		}

		Map<String, String> enterprise(long id) {
			return Map.of("zone", "ningbo", "id", Long.toString(id), "enterpriseId", Long.toString(id));
		}

		Map<String, String> assessment() {
			return Map.of("zone", "ningbo", "id", Long.toString(assessmentId), "code", itemCodes.get(0));
		}

		Map<String, String> task() {
			return Map.of("zone", "ningbo", "id", Long.toString(taskId));
		}

		// action
		long actionId;

		long ownActionId;

		long assignmentId;

		long secondMeasureId;

		Map<String, String> action() {
			return Map.of("id", Long.toString(actionId));
		}

		Map<String, String> zoneAction(long id) {
			return Map.of("zone", "ningbo", "id", Long.toString(id));
		}

		Map<String, String> assignment() {
			return Map.of("zone", "ningbo", "id", Long.toString(assignmentId));
		}

		String assignmentPath() {
			return "/api/zones/ningbo/action-assignments/" + assignmentId;
		}

		String period() {
			return read("/api/national/actions/" + actionId, ministry).get("reportingDates").get(0).asString();
		}

		JsonNode read(String path, String token) {
			Answer answer = api.get(path, token);
			assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
			return answer.body();
		}

		int version(String path, String token) {
			return read(path, token).get("version").asInt();
		}

		/** Waits until no rollup rebuild is running, so that the owner may start one. */
		void awaitRebuilds() {
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
			while (read("/api/national/rollup/rebuilds", ministry).valueStream()
				.anyMatch(rebuild -> rebuild.get("finishedAt").isNull())) {
				assertThat(System.nanoTime()).as("a rebuild still running after 60 s").isLessThan(deadline);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(interrupted);
				}
			}
		}

		/** A fresh active enterprise of ningbo, for rows whose owner call changes its status. */
		long freshEnterprise() {
			Answer created = api.post("/api/zones/ningbo/enterprises", admin, enterpriseJson(CreditCodes.random(),
					"矩阵新建企业", null));
			assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
			return created.body().get("id").asLong();
		}

	}

	static String enterpriseJson(String creditCode, String nameZh, Integer version) {
		return """
				{"creditCode":"%s","nameZh":"%s","kinds":["SELLER"],"customsModes":["9610"],"contactName":"李娜",
				 "contactPhone":"13900000000","contactEmail":"li@example.cn"%s}"""
			.formatted(creditCode, nameZh, version == null ? "" : ",\"version\":" + version);
	}

	static String requirementJson(String titleZh, Integer version) {
		return """
				{"area":"CUSTOMS","titleZh":"%s","titleEn":"Matrix requirement","guidanceZh":"提供材料",
				 "guidanceEn":"Provide evidence","weight":5,"evidenceRequired":false%s}"""
			.formatted(titleZh, version == null ? "" : ",\"version\":" + version);
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + UUID.randomUUID()
				+ "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** The table: every operation of the contract, in the order the owner calls them. */
	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		// public and self
		// a bearer token is checked wherever it is sent, and a refused account is refused on every /api path
		rows.add(row("GET", "/api/config", Kind.PUBLIC, Map.of(Shape.EXPIRED_TOKEN, 401, Shape.FOREIGN_REALM, 401,
				Shape.NO_ENTERPRISE_ID, 403, Shape.UNBOUND_ACCOUNT, 403), f -> Call.of(Map.of())));
		rows.add(row("GET", "/api/me", Kind.SELF, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("GET", "/api/zones/{code}", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 200),
				f -> Call.of(f.zone())));

		// the enterprise registry
		rows.add(row("GET", "/api/zones/{zone}/enterprises", Kind.ZONE_READ, Map.of(),
				f -> Call.of(f.zone()).narrowedBy("id", f.owner.enterpriseId()), Shape.OTHER_ENTERPRISE));
		rows.add(row("POST", "/api/zones/{zone}/enterprises", Kind.ZONE_WRITE, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zone()).json(enterpriseJson(CreditCodes.random(), "矩阵登记企业", null))));
		rows.add(row("GET", "/api/zones/{zone}/enterprises/export", Kind.ZONE_READ,
				Map.of(Shape.OTHER_ENTERPRISE, 403), true, f -> Call.of(f.zone())));
		rows.add(row("GET", "/api/zones/{zone}/enterprises/{id}", Kind.ENTERPRISE_READ, Map.of(),
				f -> Call.of(f.enterprise(f.owner.enterpriseId()))));
		rows.add(row("PUT", "/api/zones/{zone}/enterprises/{id}", Kind.ADMIN_ON_ENTERPRISE, Map.of(), f -> {
			String path = "/api/zones/ningbo/enterprises/" + f.other.enterpriseId();
			JsonNode current = f.read(path, f.admin);
			return Call.of(f.enterprise(f.other.enterpriseId()))
				.json(enterpriseJson(current.get("creditCode").asString(), "矩阵乙贸易（宁波）有限公司",
						current.get("version").asInt()));
		}));
		rows.add(row("PUT", "/api/zones/{zone}/enterprises/{id}/contact", Kind.ENTERPRISE_WRITE, Map.of(), f -> {
			int version = f.version("/api/zones/ningbo/enterprises/" + f.owner.enterpriseId(), f.ownerToken);
			return Call.of(f.enterprise(f.owner.enterpriseId()))
				.json("{\"contactName\":\"王伟\",\"contactPhone\":\"13800000001\",\"version\":%d}".formatted(version));
		}));
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{id}/suspend", Kind.ADMIN_ON_ENTERPRISE, Map.of(), f -> {
			long id = f.freshEnterprise();
			return Call.of(f.enterprise(id)).json("{\"version\":0}");
		}));
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{id}/reactivate", Kind.ADMIN_ON_ENTERPRISE, Map.of(),
				f -> {
					long id = f.freshEnterprise();
					Answer suspended = api(f).post("/api/zones/ningbo/enterprises/" + id + "/suspend", f.admin,
							"{\"version\":0}");
					assertThat(suspended.status()).isEqualTo(200);
					return Call.of(f.enterprise(id)).json("{\"version\":%d}".formatted(suspended.body().get("version").asInt()));
				}));
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{id}/deregister", Kind.ADMIN_ON_ENTERPRISE, Map.of(),
				f -> Call.of(f.enterprise(f.freshEnterprise())).json("{\"version\":0}")));

		// the enterprise's accounts
		rows.add(row("GET", "/api/zones/{zone}/enterprises/{id}/users", Kind.ADMIN_ON_ENTERPRISE, Map.of(Shape.MINISTRY, 200),
				f -> Call.of(f.enterprise(f.owner.enterpriseId()))));
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{id}/users", Kind.ADMIN_ON_ENTERPRISE, Map.of(), f -> Call
			.of(f.enterprise(f.owner.enterpriseId()))
			.json("{\"email\":\"matrix-%s@example.cn\",\"firstName\":\"敏\",\"lastName\":\"刘\"}"
				.formatted(UUID.randomUUID().toString().substring(0, 8)))));
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{id}/users/{userId}/disable", Kind.ADMIN_ON_ENTERPRISE,
				Map.of(), f -> withUser(f)));
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{id}/users/{userId}/enable", Kind.ADMIN_ON_ENTERPRISE,
				Map.of(), f -> withUser(f)));
		rows.add(row("DELETE", "/api/zones/{zone}/enterprises/{id}/users/{userId}", Kind.ADMIN_ON_ENTERPRISE,
				Map.of(), f -> withUser(f)));

		// imports
		rows.add(row("GET", "/api/zones/{zone}/enterprise-imports/template", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), true, f -> Call.of(f.zone())));
		rows.add(row("POST", "/api/zones/{zone}/enterprise-imports", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.zone())
					.file("enterprises.csv", ("统一社会信用代码,企业名称,企业类型\n" + CreditCodes.random() + ",矩阵导入企业,卖家\n")
						.getBytes(StandardCharsets.UTF_8))));
		rows.add(row("GET", "/api/zones/{zone}/enterprise-imports", Kind.ZONE_READ,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.zone())));
		rows.add(row("GET", "/api/zones/{zone}/enterprise-imports/{id}", Kind.ZONE_READ,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> {
					JsonNode jobs = f.read("/api/zones/ningbo/enterprise-imports", f.admin).get("items");
					f.importId = jobs.get(0).get("id").asLong();
					return Call.of(Map.of("zone", "ningbo", "id", Long.toString(f.importId)));
				}));

		// the catalogue
		rows.add(row("GET", "/api/zones/{zone}/catalogue", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 200),
				f -> Call.of(f.zone())));
		rows.add(row("GET", "/api/zones/{zone}/requirements", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 200),
				f -> Call.of(f.zone())));
		rows.add(row("POST", "/api/zones/{zone}/requirements/{code}", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(Map.of("zone", "ningbo", "code", f.requirementCode))
					.json(requirementJson("矩阵要求", null))));
		rows.add(row("PUT", "/api/zones/{zone}/requirements/{code}", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> {
					int version = 0;
					for (JsonNode requirement : f.read("/api/zones/ningbo/requirements", f.admin)) {
						if (requirement.get("code").asString().equals(f.requirementCode)) {
							version = requirement.get("version").asInt();
						}
					}
					return Call.of(Map.of("zone", "ningbo", "code", f.requirementCode))
						.json(requirementJson("矩阵要求（修订）", version));
				}));

		// self-assessment, review and rectification: one assessment of the owner's enterprise, step by step
		rows.add(row("POST", "/api/zones/{zone}/enterprises/{enterpriseId}/assessments", Kind.ENTERPRISE_WRITE,
				Map.of(), f -> Call.of(f.enterprise(f.owner.enterpriseId()))));
		rows.add(row("GET", "/api/zones/{zone}/assessments", Kind.ZONE_READ, Map.of(), f -> {
			JsonNode mine = f.read("/api/zones/ningbo/assessments?enterpriseId=" + f.owner.enterpriseId(), f.ownerToken);
			f.assessmentId = mine.get("items").get(0).get("id").asLong();
			List<String> codes = new ArrayList<>();
			f.read("/api/zones/ningbo/assessments/" + f.assessmentId, f.ownerToken)
				.get("items")
				.forEach(item -> codes.add(item.get("code").asString()));
			f.itemCodes = codes;
			return Call.of(f.zone()).narrowedBy("enterpriseId", f.owner.enterpriseId());
		}, Shape.OTHER_ENTERPRISE));
		rows.add(row("GET", "/api/zones/{zone}/assessments/{id}", Kind.ENTERPRISE_READ, Map.of(),
				f -> Call.of(f.assessment())));
		rows.add(row("POST", "/api/zones/{zone}/assessments/{id}/items/{code}/evidence", Kind.ENTERPRISE_WRITE,
				Map.of(), f -> Call.of(f.assessment()).file("证明材料.pdf", pdf())));
		rows.add(row("DELETE", "/api/zones/{zone}/evidence/{id}", Kind.ENTERPRISE_WRITE, Map.of(), f -> {
			Answer spare = api(f).multipart("/api/zones/ningbo/assessments/" + f.assessmentId + "/items/"
					+ f.itemCodes.get(0) + "/evidence", f.ownerToken, "file", "多余材料.pdf", pdf());
			assertThat(spare.status()).as(spare.body().toString()).isEqualTo(201);
			f.spareEvidenceId = spare.body().get("id").asLong();
			return Call.of(Map.of("zone", "ningbo", "id", Long.toString(f.spareEvidenceId)));
		}));
		rows.add(row("PUT", "/api/zones/{zone}/assessments/{id}/answers", Kind.ENTERPRISE_WRITE, Map.of(),
				f -> Call.of(f.assessment()).json(answers(f))));
		rows.add(row("POST", "/api/zones/{zone}/assessments/{id}/submit", Kind.ENTERPRISE_WRITE, Map.of(),
				f -> Call.of(f.assessment())));
		rows.add(row("PUT", "/api/zones/{zone}/assessments/{id}/items/{code}/review-comment",
				Kind.ADMIN_ON_ENTERPRISE, Map.of(), f -> Call.of(f.assessment()).json("{\"comment\":\"请补充报关单\"}")));
		rows.add(row("POST", "/api/zones/{zone}/assessments/{id}/return", Kind.ADMIN_ON_ENTERPRISE, Map.of(),
				f -> Call.of(f.assessment())
					.json("{\"comment\":\"请补充材料\",\"version\":%d}".formatted(assessmentVersion(f)))));
		rows.add(row("POST", "/api/zones/{zone}/assessments/{id}/approve", Kind.ADMIN_ON_ENTERPRISE, Map.of(), f -> {
			Answer resubmitted = api(f).post("/api/zones/ningbo/assessments/" + f.assessmentId + "/submit",
					f.ownerToken, "");
			assertThat(resubmitted.status()).as(resubmitted.body().toString()).isEqualTo(200);
			return Call.of(f.assessment())
				.json("{\"comment\":\"通过\",\"version\":%d,\"dueDate\":\"%s\"}".formatted(assessmentVersion(f),
						LocalDate.now().plusDays(20)));
		}));
		rows.add(row("GET", "/api/zones/{zone}/evidence/{id}", Kind.ENTERPRISE_READ, Map.of(), true, f -> {
			JsonNode item = f.read("/api/zones/ningbo/assessments/" + f.assessmentId, f.ownerToken).get("items").get(0);
			return Call.of(Map.of("zone", "ningbo", "id", item.get("evidence").get(0).get("id").asString()));
		}));
		rows.add(row("GET", "/api/zones/{zone}/compliance/overview", Kind.ZONE_READ,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.zone())));
		rows.add(row("GET", "/api/zones/{zone}/rectifications", Kind.ZONE_READ, Map.of(), f -> {
			JsonNode tasks = f.read("/api/zones/ningbo/rectifications?enterpriseId=" + f.owner.enterpriseId(),
					f.ownerToken);
			f.taskId = tasks.get("items").get(0).get("id").asLong();
			return Call.of(f.zone()).narrowedBy("enterpriseId", f.owner.enterpriseId());
		}, Shape.OTHER_ENTERPRISE));
		rows.add(row("GET", "/api/zones/{zone}/rectifications/{id}", Kind.ENTERPRISE_READ, Map.of(),
				f -> Call.of(f.task())));
		rows.add(row("PUT", "/api/zones/{zone}/rectifications/{id}", Kind.ADMIN_ON_ENTERPRISE, Map.of(),
				f -> Call.of(f.task())
					.json("{\"owner\":\"王伟\",\"dueDate\":\"%s\",\"version\":%d}".formatted(LocalDate.now().plusDays(30),
							taskVersion(f)))));
		rows.add(row("POST", "/api/zones/{zone}/rectifications/{id}/evidence", Kind.ENTERPRISE_WRITE, Map.of(),
				f -> Call.of(f.task()).file("整改证明.pdf", pdf())));
		rows.add(row("POST", "/api/zones/{zone}/rectifications/{id}/submit", Kind.ENTERPRISE_WRITE, Map.of(),
				f -> Call.of(f.task()).json("{\"note\":\"已整改\",\"version\":%d}".formatted(taskVersion(f)))));
		rows.add(row("POST", "/api/zones/{zone}/rectifications/{id}/reopen", Kind.ADMIN_ON_ENTERPRISE, Map.of(),
				f -> Call.of(f.task()).json("{\"note\":\"仍缺材料\",\"version\":%d}".formatted(taskVersion(f)))));
		rows.add(row("POST", "/api/zones/{zone}/rectifications/{id}/verify", Kind.ADMIN_ON_ENTERPRISE, Map.of(), f -> {
			Answer again = api(f).post("/api/zones/ningbo/rectifications/" + f.taskId + "/submit", f.ownerToken,
					"{\"note\":\"已补充\",\"version\":%d}".formatted(taskVersion(f)));
			assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
			return Call.of(f.task()).json("{\"note\":\"核验通过\",\"version\":%d}".formatted(taskVersion(f)));
		}));
		rows.add(row("GET", "/api/zones/{zone}/audit", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zone())));

		// national
		rows.add(row("GET", "/api/national/zones", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("POST", "/api/national/zones", Kind.NATIONAL_WRITE, Map.of(), f -> Call.of(Map.of()).json("""
				{"code":"%s","nameZh":"中国（矩阵）跨境电子商务综合试验区","nameEn":"China (Matrix) Cross-border E-commerce Comprehensive Pilot Zone",
				 "province":"浙江省","batch":8,"approvedOn":"2025-01-01"}""".formatted(f.zoneCode))));
		rows.add(row("GET", "/api/national/zones/{code}", Kind.NATIONAL_READ, Map.of(),
				f -> Call.of(Map.of("code", f.zoneCode))));
		rows.add(row("PATCH", "/api/national/zones/{code}", Kind.NATIONAL_WRITE, Map.of(),
				f -> Call.of(Map.of("code", f.zoneCode))
					.json("{\"status\":\"ACTIVE\",\"version\":%d}".formatted(
							f.version("/api/national/zones/" + f.zoneCode, f.ministry)))));
		rows.add(row("GET", "/api/national/baselines", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("POST", "/api/national/baselines", Kind.NATIONAL_WRITE, Map.of(), f -> {
			publishAnyDraft(f);
			return Call.of(Map.of()).json("{\"title\":\"矩阵测试基线\"}");
		}));
		rows.add(row("GET", "/api/national/baselines/{versionNo}", Kind.NATIONAL_READ, Map.of(), f -> {
			for (JsonNode version : f.read("/api/national/baselines", f.ministry)) {
				if (version.get("status").asString().equals("DRAFT")) {
					f.baselineDraft = version.get("versionNo").asInt();
				}
			}
			return Call.of(Map.of("versionNo", Integer.toString(f.baselineDraft)));
		}));
		rows.add(row("GET", "/api/national/baselines/{versionNo}/requirements", Kind.NATIONAL_READ, Map.of(),
				f -> Call.of(Map.of("versionNo", Integer.toString(f.baselineDraft)))));
		rows.add(row("PUT", "/api/national/baselines/{versionNo}/requirements/{code}", Kind.NATIONAL_WRITE, Map.of(),
				f -> Call.of(Map.of("versionNo", Integer.toString(f.baselineDraft), "code", "MXB-01"))
					.json(requirementJson("矩阵基线要求", null))));
		rows.add(row("DELETE", "/api/national/baselines/{versionNo}/requirements/{code}", Kind.NATIONAL_WRITE,
				Map.of(), f -> Call.of(Map.of("versionNo", Integer.toString(f.baselineDraft), "code", "MXB-01"))));
		rows.add(row("POST", "/api/national/baselines/{versionNo}/publish", Kind.NATIONAL_WRITE, Map.of(),
				f -> Call.of(Map.of("versionNo", Integer.toString(f.baselineDraft)))
					.json("{\"version\":%d}".formatted(f.version("/api/national/baselines/" + f.baselineDraft, f.ministry)))));
		rows.add(row("POST", "/api/national/identity/reconciliation", Kind.NATIONAL_WRITE, Map.of(),
				f -> Call.of(Map.of())));
		// the national rollup
		rows.add(row("GET", "/api/national/rollup", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("GET", "/api/national/rollup/months", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("POST", "/api/national/rollup/rebuilds", Kind.NATIONAL_WRITE, Map.of(), f -> {
			f.awaitRebuilds();
			return Call.of(Map.of());
		}));
		rows.add(row("GET", "/api/national/rollup/rebuilds", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("GET", "/api/national/rollup/rebuilds/{id}", Kind.NATIONAL_READ, Map.of(),
				f -> Call.of(Map.of("id", Long.toString(f.read("/api/national/rollup/rebuilds", f.ministry).get(0)
					.get("id").asLong())))));
		rows.add(row("GET", "/api/zones/{zone}/rollup", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zone())));
		rows.add(row("GET", "/api/national/identity/reconciliation", Kind.NATIONAL_READ, Map.of(),
				f -> Call.of(Map.of())));

		// action: a national action of ningbo alone, step by step, then ningbo's own action; hangzhou is out of scope
		rows.add(row("GET", "/api/zones/{zone}/inbox", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 200),
				f -> Call.of(f.zone())));
		rows.add(row("POST", "/api/national/actions", Kind.NATIONAL_WRITE, Map.of(), f -> Call.of(Map.of())
			.json(ActionFixtures.actionJson("矩阵专项行动", List.of("ningbo"), ActionFixtures.measures(2), null))));
		rows.add(row("GET", "/api/national/actions", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("GET", "/api/national/actions/{id}", Kind.NATIONAL_READ, Map.of(), f -> {
			Answer created = api(f).post("/api/national/actions", f.ministry,
					ActionFixtures.actionJson("矩阵专项行动（宁波）", List.of("ningbo"), ActionFixtures.measures(2), null));
			assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
			f.actionId = created.body().get("id").asLong();
			return Call.of(f.action());
		}));
		rows.add(row("PUT", "/api/national/actions/{id}", Kind.NATIONAL_WRITE, Map.of(), f -> Call.of(f.action())
			.json(ActionFixtures.actionJson("矩阵专项行动（宁波，修订）", List.of("ningbo"), ActionFixtures.measures(2),
					f.version("/api/national/actions/" + f.actionId, f.ministry)))));
		rows.add(row("POST", "/api/national/actions/{id}/launch", Kind.NATIONAL_WRITE, Map.of(), f -> Call
			.of(f.action())
			.json("{\"version\":%d}".formatted(f.version("/api/national/actions/" + f.actionId, f.ministry)))));
		rows.add(row("GET", "/api/national/actions/{id}/completion", Kind.NATIONAL_READ, Map.of(),
				f -> Call.of(f.action())));
		rows.add(row("GET", "/api/national/actions/{id}/lateness", Kind.NATIONAL_READ, Map.of(),
				f -> Call.of(f.action())));
		rows.add(row("GET", "/api/national/actions/{id}/export", Kind.NATIONAL_READ, Map.of(), true,
				f -> Call.of(f.action())));
		rows.add(row("GET", "/api/zones/{zone}/actions", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zone())));
		rows.add(row("GET", "/api/zones/{zone}/actions/{id}", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zoneAction(f.actionId))));
		rows.add(row("GET", "/api/zones/{zone}/action-assignments/{id}", Kind.ZONE_READ,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> {
					JsonNode mine = ActionFixtures.assignments(api(f), f.admin, "ningbo", f.actionId);
					f.assignmentId = mine.get(0).get("id").asLong();
					f.secondMeasureId = mine.get(1).get("measureId").asLong();
					return Call.of(f.assignment());
				}));
		rows.add(row("PUT", "/api/zones/{zone}/action-assignments/{id}", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.assignment())
					.json("{\"responsibleUnit\":\"宁波海关\",\"contactPerson\":\"陈静\",\"version\":%d}".formatted(
							f.read(f.assignmentPath(), f.admin).get("assignment").get("version").asInt()))));
		rows.add(row("PUT", "/api/zones/{zone}/action-assignments/{id}/draft", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.assignment())
					.json("{\"period\":\"%s\",\"status\":\"IN_PROGRESS\",\"progressNote\":\"推进中\"}".formatted(f.period()))));
		rows.add(row("POST", "/api/zones/{zone}/action-assignments/{id}/draft/evidence", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.assignment()).file("进展说明.pdf", pdf())));
		rows.add(row("POST", "/api/zones/{zone}/action-assignments/{id}/draft/submit", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.assignment())
					.json("{\"version\":%d}".formatted(
							f.read(f.assignmentPath(), f.admin).get("draft").get("version").asInt()))));
		rows.add(row("GET", "/api/zones/{zone}/action-evidence/{id}", Kind.ZONE_READ,
				Map.of(Shape.OTHER_ENTERPRISE, 403), true, f -> {
					JsonNode report = f.read(f.assignmentPath(), f.admin).get("reports").get(0);
					return Call.of(Map.of("zone", "ningbo", "id", report.get("evidence").get(0).get("id").asString()));
				}));
		rows.add(row("POST", "/api/national/zones/{zone}/action-reports/{id}/return", Kind.NATIONAL_WRITE, Map.of(),
				f -> {
					JsonNode report = f.read(f.assignmentPath(), f.admin).get("reports").get(0);
					return Call.of(Map.of("zone", "ningbo", "id", report.get("id").asString()))
						.json("{\"comment\":\"请补充\",\"version\":%d}".formatted(report.get("version").asInt()));
				}));
		rows.add(row("POST", "/api/zones/{zone}/actions/{id}/reports", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.zoneAction(f.actionId))
					.json("{\"period\":\"%s\",\"entries\":[{\"measureId\":%d,\"status\":\"IN_PROGRESS\"}]}"
						.formatted(f.period(), f.secondMeasureId))));
		rows.add(row("POST", "/api/national/actions/{id}/replicate", Kind.NATIONAL_WRITE, Map.of(),
				f -> Call.of(f.action())
					.json("{\"measureIds\":[%d],\"nameZh\":\"矩阵复制推广\",\"nameEn\":\"Matrix replication\",\"year\":2026,\"windowStart\":\"%s\",\"windowEnd\":\"%s\"}"
						.formatted(f.read(f.assignmentPath(), f.admin).get("assignment").get("measureId").asLong(),
								ActionFixtures.windowStart(), ActionFixtures.windowEnd()))));
		rows.add(row("POST", "/api/national/actions/{id}/close", Kind.NATIONAL_WRITE, Map.of(), f -> Call
			.of(f.action())
			.json("{\"version\":%d}".formatted(f.version("/api/national/actions/" + f.actionId, f.ministry)))));
		rows.add(row("POST", "/api/zones/{zone}/actions", Kind.ZONE_WRITE, Map.of(), f -> Call.of(f.zone())
			.json(ActionFixtures.actionJson("宁波自有专项行动", null, ActionFixtures.measures(1), null))));
		rows.add(row("PUT", "/api/zones/{zone}/actions/{id}", Kind.ZONE_WRITE, Map.of(), f -> {
			Answer created = api(f).post("/api/zones/ningbo/actions", f.admin,
					ActionFixtures.actionJson("宁波自有专项行动（矩阵）", null, ActionFixtures.measures(1), null));
			assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
			f.ownActionId = created.body().get("id").asLong();
			return Call.of(f.zoneAction(f.ownActionId))
				.json(ActionFixtures.actionJson("宁波自有专项行动（修订）", null, ActionFixtures.measures(2), 0));
		}));
		rows.add(row("POST", "/api/zones/{zone}/actions/{id}/launch", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.zoneAction(f.ownActionId)).json("{\"version\":1}")));
		rows.add(row("POST", "/api/zones/{zone}/actions/{id}/close", Kind.ZONE_WRITE, Map.of(),
				f -> Call.of(f.zoneAction(f.ownActionId)).json("{\"version\":2}")));
		// program
		rows.add(row("GET", "/api/national/kpis", Kind.NATIONAL_READ, Map.of(), f -> Call.of(Map.of())));
		rows.add(row("GET", "/api/zones/{zone}/kpis", Kind.ZONE_READ, Map.of(Shape.OTHER_ENTERPRISE, 200),
				f -> Call.of(f.zone())));
		rows.add(row("POST", "/api/zones/{zone}/kpis", Kind.ZONE_WRITE, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zone())
					.json("{\"code\":\"%s\",\"nameZh\":\"矩阵指标\",\"nameEn\":\"Matrix KPI\",\"unit\":\"COUNT\",\"aggregation\":\"FLOW\"}"
						.formatted(f.kpiCode))));
		rows.add(row("POST", "/api/zones/{zone}/programs", Kind.ZONE_WRITE, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> Call.of(f.zone()).json("""
						{"nameZh":"矩阵产业带","industry":"小家电","leadUnit":"宁波市商务局","startMonth":"%s","endMonth":"%s",
						 "windowDays":31,"kpis":[{"kpiCode":"EXPORT_VALUE","reporter":"ENTERPRISE","baseValue":0,"targetValue":1300},
						 {"kpiCode":"TRAINING","reporter":"ZONE","baseValue":0,"targetValue":130}]}"""
					.formatted(f.lastMonth.minusMonths(11), f.lastMonth.plusMonths(1)))));
		rows.add(row("GET", "/api/zones/{zone}/programs", Kind.ZONE_READ, Map.of(), f -> {
			for (JsonNode program : f.read("/api/zones/ningbo/programs?size=200&sort=createdAt,desc", f.admin).get("items")) {
				if (f.programId == 0 && program.get("nameZh").asString().equals("矩阵产业带")) {
					f.programId = program.get("id").asLong();
				}
			}
			return Call.of(f.zone()).narrowedBy("id", f.programId);
		}, Shape.OTHER_ENTERPRISE));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}", Kind.ZONE_READ, Map.of(), f -> Call.of(f.program())));
		rows.add(row("PUT", "/api/zones/{zone}/programs/{id}", Kind.ZONE_WRITE, Map.of(Shape.OTHER_ENTERPRISE, 403),
				f -> {
					JsonNode program = f.read("/api/zones/ningbo/programs/" + f.programId, f.admin);
					return Call.of(f.program()).json("""
							{"nameZh":"矩阵产业带","nameEn":"Matrix belt","industry":"小家电","leadUnit":"宁波市商务局",
							 "startMonth":"%s","endMonth":"%s","windowDays":31,"version":%d}""".formatted(
							program.get("startMonth").asString(), program.get("endMonth").asString(),
							program.get("version").asInt()));
				}));
		rows.add(row("PUT", "/api/zones/{zone}/programs/{id}/kpis/{code}", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.program())
					.json("{\"reporter\":\"ENTERPRISE\",\"baseValue\":1,\"targetValue\":5}")));
		rows.add(row("DELETE", "/api/zones/{zone}/programs/{id}/kpis/{code}", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.program())));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/activate", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.program())
					.json("{\"version\":%d}".formatted(f.version("/api/zones/ningbo/programs/" + f.programId, f.admin)))));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/enrolments", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.program())
					.json("{\"month\":\"%s\",\"enterpriseIds\":[%d]}".formatted(f.lastMonth.minusMonths(11),
							f.owner.enterpriseId()))));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/enrolments/sheet", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> {
					f.sheetEnterpriseId = f.freshEnterprise();
					return Call.of(f.program())
						.query("month=" + f.lastMonth.minusMonths(11))
						.file("enrol.csv", ("统一社会信用代码\n" + f.creditCodeOf(f.sheetEnterpriseId) + "\n")
							.getBytes(StandardCharsets.UTF_8));
				}));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/enrolments", Kind.ZONE_READ, Map.of(),
				f -> Call.of(f.program())));
		rows.add(row("PUT", "/api/zones/{zone}/programs/{id}/months/{month}/figures", Kind.ENTERPRISE_WRITE, Map.of(),
				f -> Call.of(f.program()).json("{\"figures\":[{\"kpiCode\":\"EXPORT_VALUE\",\"value\":100}]}")));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/months", Kind.ZONE_READ, Map.of(),
				f -> Call.of(f.program())));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/months/{month}", Kind.ZONE_READ, Map.of(), f -> {
			f.figureId = f.read("/api/zones/ningbo/programs/" + f.programId + "/months/" + f.lastMonth, f.admin)
				.get("figures")
				.get(0)
				.get("id")
				.asLong();
			return Call.of(f.program());
		}));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/figures/{figureId}/revisions", Kind.ENTERPRISE_READ,
				Map.of(), f -> Call.of(Map.of("zone", "ningbo", "id", Long.toString(f.programId), "figureId",
						Long.toString(f.figureId)))));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/months/{month}/reopen", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.programMonth(f.lastMonth.minusMonths(2)))
					.json("{\"enterpriseId\":%d}".formatted(f.owner.enterpriseId()))));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/months/{month}/confirm", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.programMonth(f.lastMonth.minusMonths(2)))
					.json("{\"acknowledgeOutliers\":true}")));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/progress", Kind.ZONE_READ, Map.of(),
				f -> Call.of(f.program())));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/kpis/{code}/contributions", Kind.ZONE_READ, Map.of(),
				f -> Call.of(Map.of("zone", "ningbo", "id", Long.toString(f.programId), "code", "EXPORT_VALUE"))));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/figure-imports", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.program())
					.file("figures.csv", ("统一社会信用代码,指标代码,月份,数值\n" + f.creditCodeOf(f.owner.enterpriseId())
							+ ",EXPORT_VALUE," + f.lastMonth.minusMonths(1) + ",500\n").getBytes(StandardCharsets.UTF_8))));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/figure-imports", Kind.ZONE_READ, Map.of(),
				f -> Call.of(f.program())));
		rows.add(row("GET", "/api/zones/{zone}/programs/{id}/figure-imports/{importId}", Kind.ZONE_READ, Map.of(),
				f -> {
					f.figureImportId = f.read("/api/zones/ningbo/programs/" + f.programId + "/figure-imports", f.admin)
						.get(0)
						.get("id")
						.asLong();
					return Call.of(Map.of("zone", "ningbo", "id", Long.toString(f.programId), "importId",
							Long.toString(f.figureImportId)));
				}));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/enrolments/{enterpriseId}/leave", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> {
					int version = 0;
					for (JsonNode enrolment : f.read("/api/zones/ningbo/programs/" + f.programId + "/enrolments", f.admin)) {
						if (enrolment.get("enterpriseId").asLong() == f.sheetEnterpriseId) {
							version = enrolment.get("version").asInt();
						}
					}
					return Call.of(Map.of("zone", "ningbo", "id", Long.toString(f.programId), "enterpriseId",
							Long.toString(f.sheetEnterpriseId))).json("{\"month\":\"%s\",\"version\":%d}".formatted(f.lastMonth, version));
				}));
		rows.add(row("POST", "/api/zones/{zone}/programs/{id}/close", Kind.ZONE_WRITE,
				Map.of(Shape.OTHER_ENTERPRISE, 403), f -> Call.of(f.program())
					.json("{\"version\":%d}".formatted(f.version("/api/zones/ningbo/programs/" + f.programId, f.admin)))));
		return rows;
	}

	@Test
	void everyOperationAnswersEveryCallerShapeAsTheTableSays() throws Exception {
		String expired = Tokens.fresh(KeycloakTestServer.SHORT_LIVED_CLIENT, "ningbo-admin", Tokens.DEMO_PASSWORD,
				KeycloakTestServer.REALM);
		Fixture fixture = new Fixture(expired);
		Instant expiry = Instant.ofEpochSecond(Tokens.claims(expired).get("exp").asLong());
		while (Instant.now().isBefore(expiry.plusSeconds(1))) {
			Thread.sleep(200);
		}
		List<Row> rows = rows();
		assertThat(rowKeys(rows)).as("the table has a row for exactly the operations of openapi.json")
			.isEqualTo(contractOperations());

		List<String> failures = new ArrayList<>();
		int calls = 0;
		int foreignCallsOnRealIds = 0;
		for (Row row : rows) {
			Call call = row.prepare().apply(fixture);
			for (Shape shape : Shape.values()) {
				if (shape == Shape.OWNER) {
					continue;
				}
				Expect expect = row.expected().get(shape);
				if (expect.sameAsOwner()) {
					continue;
				}
				calls++;
				if (!call.variables().isEmpty()) {
					foreignCallsOnRealIds++;
				}
				check(row, shape, expect, send(row, call, fixture.tokens.get(shape)), call, failures);
			}
			calls++;
			Answer owner = send(row, call, fixture.ownerOf(row.kind()));
			check(row, Shape.OWNER, row.expected().get(Shape.OWNER), owner, call, failures);
			if (row.method().equals("POST") && row.path().endsWith("/users") && owner.status() == 201) {
				fixture.invitedUserId = owner.body().get("account").get("id").asString();
			}
		}
		System.out.printf("Isolation matrix: %d operations x %d caller shapes, %d calls, %d of them by foreign "
				+ "callers on real ids%n", rows.size(), Shape.values().length, calls, foreignCallsOnRealIds);
		assertThat(failures).as("answers that differ from the table").isEmpty();
	}

	private static void check(Row row, Shape shape, Expect expect, Answer answer, Call call, List<String> failures) {
		String where = row.method() + " " + row.path() + " as " + shape;
		if (answer.status() >= 500) {
			failures.add(where + ": " + answer.status() + " " + answer.body());
			return;
		}
		if (shape != Shape.OWNER && !expect.narrowed() && answer.status() < 300 && expect.status() >= 300) {
			failures.add(where + ": a foreign caller got " + answer.status());
			return;
		}
		boolean statusOk = shape == Shape.OWNER ? answer.status() >= 200 && answer.status() < 300
				: answer.status() == expect.status();
		if (!statusOk) {
			failures.add(where + ": expected " + (shape == Shape.OWNER ? "2xx" : expect.status()) + ", got "
					+ answer.status() + " " + answer.body());
			return;
		}
		if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
			failures.add(where + ": " + answer.status() + " is not a problem but " + answer.contentType());
		}
		if (expect.narrowed() && call.narrowedField() != null) {
			for (JsonNode item : answer.body().get("items")) {
				if (item.get(call.narrowedField()).asLong() == call.foreignId()) {
					failures.add(where + ": sees " + call.narrowedField() + " " + call.foreignId());
				}
			}
		}
	}

	private Answer send(Row row, Call call, String token) {
		String path = fill(row.path(), call.variables()) + (call.query().isEmpty() ? "" : "?" + call.query());
		if (row.binary()) {
			Api.Download download = api.download(path, token);
			JsonNode body = download.contentType().contains("json") ? JSON.readTree(download.body())
					: JSON.createObjectNode();
			return new Answer(download.status(), body, download.contentType());
		}
		if (call.file() != null) {
			return api.multipart(path, token, "file", call.fileName(), call.file());
		}
		String body = call.json() == null ? "" : call.json();
		return switch (row.method()) {
			case "GET" -> api.get(path, token);
			case "POST" -> api.post(path, token, body);
			case "PUT" -> api.put(path, token, body);
			case "PATCH" -> api.patch(path, token, body);
			case "DELETE" -> api.delete(path, token);
			default -> throw new IllegalArgumentException(row.method());
		};
	}

	private static String fill(String template, Map<String, String> variables) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = variables.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(template + " needs {" + matcher.group(1) + "}");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** The default answers of each kind, overridden by the row's own. */
	private static Row row(String method, String path, Kind kind, Map<Shape, Integer> overrides,
			Function<Fixture, Call> prepare, Shape... narrowed) {
		return row(method, path, kind, overrides, false, prepare, narrowed);
	}

	private static Row row(String method, String path, Kind kind, Map<Shape, Integer> overrides, boolean binary,
			Function<Fixture, Call> prepare, Shape... narrowed) {
		Map<Shape, Expect> expected = new EnumMap<>(Shape.class);
		expected.put(Shape.OWNER, Expect.status(200));
		boolean national = kind == Kind.NATIONAL_READ || kind == Kind.NATIONAL_WRITE;
		boolean write = kind == Kind.ZONE_WRITE || kind == Kind.ENTERPRISE_WRITE || kind == Kind.ADMIN_ON_ENTERPRISE;
		expected.put(Shape.OTHER_ZONE_ADMIN, Expect.status(national ? 403 : 404));
		expected.put(Shape.OTHER_ENTERPRISE, Expect.status(national ? 403 : kind == Kind.ZONE_WRITE
				|| kind == Kind.ADMIN_ON_ENTERPRISE ? 403 : 404));
		expected.put(Shape.NO_ENTERPRISE_ID, Expect.status(403));
		expected.put(Shape.UNBOUND_ACCOUNT, Expect.status(403));
		expected.put(Shape.MINISTRY, national ? Expect.SAME_AS_OWNER : Expect.status(write ? 403 : 200));
		expected.put(Shape.NO_TOKEN, Expect.status(401));
		expected.put(Shape.EXPIRED_TOKEN, Expect.status(401));
		expected.put(Shape.FOREIGN_REALM, Expect.status(401));
		if (kind == Kind.SELF) {
			expected.put(Shape.OTHER_ZONE_ADMIN, Expect.status(200));
			expected.put(Shape.OTHER_ENTERPRISE, Expect.status(200));
			expected.put(Shape.MINISTRY, Expect.status(200));
		}
		if (kind == Kind.PUBLIC) {
			for (Shape shape : Shape.values()) {
				expected.put(shape, Expect.status(200));
			}
		}
		overrides.forEach((shape, status) -> expected.put(shape, Expect.status(status)));
		for (Shape shape : narrowed) {
			expected.put(shape, Expect.NARROWED);
		}
		return new Row(method, path, kind, expected, binary, prepare);
	}

	private static Call withUser(Fixture f) {
		Map<String, String> variables = new LinkedHashMap<>(f.enterprise(f.owner.enterpriseId()));
		variables.put("userId", f.invitedUserId);
		return Call.of(variables);
	}

	private static String answers(Fixture f) {
		List<Map<String, String>> answers = new ArrayList<>();
		JsonNode items = f.read("/api/zones/ningbo/assessments/" + f.assessmentId, f.ownerToken).get("items");
		boolean first = true;
		for (JsonNode item : items) {
			String code = item.get("code").asString();
			// one item not compliant, so approval makes a rectification task; every other compliant with evidence
			String answer = first ? "NOT_COMPLIANT" : "COMPLIANT";
			if (!first && item.get("evidenceRequired").asBoolean() && item.get("evidence").isEmpty()) {
				Answer attached = api(f).multipart("/api/zones/ningbo/assessments/" + f.assessmentId + "/items/" + code
						+ "/evidence", f.ownerToken, "file", "证明材料.pdf", pdf());
				assertThat(attached.status()).as(attached.body().toString()).isEqualTo(201);
			}
			answers.add(Map.of("code", code, "answer", answer, "comment", "已落实"));
			first = false;
		}
		return Api.toJson(Map.of("answers", answers));
	}

	private static int assessmentVersion(Fixture f) {
		return f.version("/api/zones/ningbo/assessments/" + f.assessmentId, f.admin);
	}

	private static int taskVersion(Fixture f) {
		return f.version("/api/zones/ningbo/rectifications/" + f.taskId, f.admin);
	}

	private static void publishAnyDraft(Fixture f) {
		for (JsonNode version : f.read("/api/national/baselines", f.ministry)) {
			if (version.get("status").asString().equals("DRAFT")) {
				int number = version.get("versionNo").asInt();
				Answer published = api(f).post("/api/national/baselines/" + number + "/publish", f.ministry,
						"{\"version\":%d}".formatted(version.get("version").asInt()));
				assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
			}
		}
	}

	private static Api api(Fixture f) {
		return new Api(IntegrationTest.PORT);
	}

	private static Set<String> rowKeys(List<Row> rows) {
		Set<String> keys = new TreeSet<>();
		for (Row row : rows) {
			assertThat(keys.add(row.method() + " " + row.path())).as("one row per operation: " + row.path()).isTrue();
		}
		return keys;
	}

	private static Set<String> contractOperations() throws IOException {
		JsonNode document = JSON.readTree(Files.readString(Path.of("openapi.json")));
		Set<String> operations = new TreeSet<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(method -> operations.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
		return new LinkedHashSet<>(operations).stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new));
	}

}
