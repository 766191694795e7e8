package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * Every assessment, evidence and rectification endpoint: another zone's admin gets 404 (through its own zone's
 * path too), another enterprise of the same zone gets 404, ministry reads but gets 403 on every change, and the
 * data is unchanged afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentIsolationTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String ningboAdmin = Tokens.of("ningbo-admin");

	private final String hangzhouAdmin = Tokens.of("hangzhou-admin");

	private final String ministry = Tokens.of("ministry");

	private EnterpriseUser owner;

	private EnterpriseUser neighbour;

	private long assessmentId;

	private long draftId;

	private long taskId;

	private long itemEvidenceId;

	private long taskEvidenceId;

	private String code;

	private JsonNode before;

	@BeforeAll
	void anApprovedAssessmentWithATaskAndEvidence() {
		AssessmentSteps steps = new AssessmentSteps(api);
		owner = EnterpriseUsers.create(api, "ningbo", "宁波隔离测试甲有限公司");
		neighbour = EnterpriseUsers.create(api, "ningbo", "宁波隔离测试乙有限公司");
		JsonNode draft = steps.start(owner);
		assessmentId = draft.get("id").asLong();
		code = AssessmentSteps.codes(draft).get(0);
		JsonNode answered = steps.answerAll(owner, draft, Map.of(code, "NOT_COMPLIANT"));
		itemEvidenceId = answered.get("items").valueStream()
			.filter(item -> !item.get("evidence").isEmpty())
			.findFirst()
			.orElseThrow()
			.get("evidence").get(0).get("id").asLong();
		steps.submit(owner, assessmentId);
		int version = api.get(path(), ningboAdmin).body().get("version").asInt();
		JsonNode approved = api.post(path() + "/approve", ningboAdmin, "{\"version\":%d}".formatted(version)).body();
		taskId = approved.get("rectifications").get(0).get("id").asLong();
		taskEvidenceId = api.multipart("/api/zones/ningbo/rectifications/" + taskId + "/evidence", owner.token(),
				"file", "fix.pdf", AssessmentSteps.pdf("isolation-fix")).body().get("id").asLong();
		draftId = steps.start(owner).get("id").asLong();
		before = api.get(path(), ningboAdmin).body();
	}

	private String path() {
		return "/api/zones/ningbo/assessments/" + assessmentId;
	}

	@Test
	void anotherZoneSeesNothingEvenThroughItsOwnZone() {
		String task = "/api/zones/ningbo/rectifications/" + taskId;
		for (String zonePath : new String[] { "/api/zones/ningbo", "/api/zones/hangzhou" }) {
			String a = zonePath + "/assessments/" + assessmentId;
			String d = zonePath + "/assessments/" + draftId;
			String t = zonePath + "/rectifications/" + taskId;
			expect(404, hangzhouAdmin, zonePath,
					get(a), get(d), get(zonePath + "/evidence/" + itemEvidenceId),
					get(zonePath + "/evidence/" + taskEvidenceId), get(t),
					put(a + "/items/" + code + "/review-comment", "{\"comment\":\"x\"}"),
					post(a + "/return", "{\"comment\":\"x\",\"version\":3}"), post(a + "/approve", "{\"version\":3}"),
					put(t, "{\"owner\":\"x\",\"dueDate\":\"2099-01-01\",\"version\":0}"),
					post(t + "/verify", "{\"version\":1}"), post(t + "/reopen", "{\"note\":\"x\",\"version\":1}"));
		}
		assertThat(api.get("/api/zones/hangzhou/assessments?size=200", hangzhouAdmin).body().get("items")
			.valueStream().map(row -> row.get("id").asLong())).doesNotContain(assessmentId, draftId);
		assertThat(api.get("/api/zones/hangzhou/rectifications?size=200", hangzhouAdmin).body().get("items")
			.valueStream().map(row -> row.get("id").asLong())).doesNotContain(taskId);
		assertThat(api.get("/api/zones/ningbo/compliance/overview", hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.get(task, ningboAdmin).status()).isEqualTo(200);
		assertUnchanged();
	}

	@Test
	void anotherEnterpriseOfTheSameZoneSeesNothing() {
		String token = neighbour.token();
		String n = "/api/zones/ningbo";
		String d = n + "/assessments/" + draftId;
		String t = n + "/rectifications/" + taskId;
		expect(404, token, "neighbour",
				get(path()), get(d), get(n + "/evidence/" + itemEvidenceId), get(n + "/evidence/" + taskEvidenceId),
				get(t), get(n + "/assessments?enterpriseId=" + owner.enterpriseId()),
				get(n + "/rectifications?enterpriseId=" + owner.enterpriseId()),
				post(n + "/enterprises/" + owner.enterpriseId() + "/assessments", ""),
				put(d + "/answers", "{\"answers\":[{\"code\":\"%s\",\"answer\":\"COMPLIANT\"}]}".formatted(code)),
				post(d + "/submit", ""), post(t + "/submit", "{\"note\":\"x\",\"version\":1}"),
				delete(n + "/evidence/" + taskEvidenceId));
		assertThat(api.multipart(d + "/items/" + code + "/evidence", token, "file", "x.pdf",
				AssessmentSteps.pdf("neighbour")).status()).isEqualTo(404);
		assertThat(api.multipart(t + "/evidence", token, "file", "x.pdf", AssessmentSteps.pdf("neighbour"))
			.status()).isEqualTo(404);
		assertThat(api.get(n + "/assessments?size=200", token).body().get("items").valueStream()
			.map(row -> row.get("enterpriseId").asLong())).allMatch(id -> id == neighbour.enterpriseId());
		assertThat(api.get(n + "/rectifications?size=200", token).body().get("items").valueStream()
			.map(row -> row.get("enterpriseId").asLong())).allMatch(id -> id == neighbour.enterpriseId());
		assertThat(api.get(n + "/compliance/overview", token).status()).as("enterprises get no zone overview")
			.isEqualTo(403);
		assertUnchanged();
	}

	@Test
	void ministryReadsEverythingAndChangesNothing() {
		String n = "/api/zones/ningbo";
		String d = n + "/assessments/" + draftId;
		String t = n + "/rectifications/" + taskId;
		expect(200, ministry, "ministry reads",
				get(path()), get(d), get(n + "/evidence/" + itemEvidenceId), get(t), get(n + "/assessments"),
				get(n + "/rectifications"), get(n + "/compliance/overview"));
		expect(403, ministry, "ministry writes",
				post(n + "/enterprises/" + owner.enterpriseId() + "/assessments", ""),
				put(d + "/answers", "{\"answers\":[{\"code\":\"%s\",\"answer\":\"COMPLIANT\"}]}".formatted(code)),
				post(d + "/submit", ""), put(path() + "/items/" + code + "/review-comment", "{\"comment\":\"x\"}"),
				post(path() + "/return", "{\"comment\":\"x\",\"version\":3}"),
				post(path() + "/approve", "{\"version\":3}"),
				put(t, "{\"owner\":\"x\",\"dueDate\":\"2099-01-01\",\"version\":0}"),
				post(t + "/submit", "{\"note\":\"x\",\"version\":0}"), post(t + "/verify", "{\"version\":0}"),
				post(t + "/reopen", "{\"note\":\"x\",\"version\":0}"), delete(n + "/evidence/" + taskEvidenceId));
		assertThat(api.multipart(t + "/evidence", ministry, "file", "x.pdf", AssessmentSteps.pdf("ministry"))
			.status()).isEqualTo(403);
		assertUnchanged();
	}

	@Test
	void theZoneAndTheEnterpriseKeepToTheirOwnSide() {
		String n = "/api/zones/ningbo";
		String d = n + "/assessments/" + draftId;
		String t = n + "/rectifications/" + taskId;
		expect(403, ningboAdmin, "the zone does not answer for the enterprise",
				post(n + "/enterprises/" + owner.enterpriseId() + "/assessments", ""),
				put(d + "/answers", "{\"answers\":[{\"code\":\"%s\",\"answer\":\"COMPLIANT\"}]}".formatted(code)),
				post(d + "/submit", ""), post(t + "/submit", "{\"note\":\"x\",\"version\":0}"),
				delete(n + "/evidence/" + taskEvidenceId));
		expect(403, owner.token(), "the enterprise does not review itself",
				put(path() + "/items/" + code + "/review-comment", "{\"comment\":\"x\"}"),
				post(path() + "/return", "{\"comment\":\"x\",\"version\":3}"),
				post(path() + "/approve", "{\"version\":3}"),
				put(t, "{\"owner\":\"x\",\"dueDate\":\"2099-01-01\",\"version\":0}"),
				post(t + "/verify", "{\"version\":0}"), post(t + "/reopen", "{\"note\":\"x\",\"version\":0}"));
		expect(200, owner.token(), "the enterprise reads its own",
				get(path()), get(d), get(t), get(n + "/evidence/" + itemEvidenceId));
		assertUnchanged();
	}

	private void assertUnchanged() {
		JsonNode now = api.get(path(), ningboAdmin).body();
		assertThat(now.get("version")).isEqualTo(before.get("version"));
		assertThat(now.get("items")).isEqualTo(before.get("items"));
		assertThat(now.get("rectifications")).isEqualTo(before.get("rectifications"));
		assertThat(api.get("/api/zones/ningbo/assessments/" + draftId, ningboAdmin).body().get("items").valueStream()
			.allMatch(item -> item.get("answer").isNull())).isTrue();
	}

	private record Call(String method, String path, String body) {
	}

	private static Call get(String path) {
		return new Call("GET", path, null);
	}

	private static Call post(String path, String body) {
		return new Call("POST", path, body);
	}

	private static Call put(String path, String body) {
		return new Call("PUT", path, body);
	}

	private static Call delete(String path) {
		return new Call("DELETE", path, null);
	}

	private void expect(int status, String token, String who, Call... calls) {
		for (Call call : calls) {
			if (call.method().equals("GET") && call.path().contains("/evidence/")) {
				assertThat(api.download(call.path(), token).status()).as(who + ": GET " + call.path()).isEqualTo(status);
				continue;
			}
			Answer answer = switch (call.method()) {
				case "GET" -> api.get(call.path(), token);
				case "POST" -> api.post(call.path(), token, call.body());
				case "PUT" -> api.put(call.path(), token, call.body());
				default -> api.delete(call.path(), token);
			};
			assertThat(answer.status()).as(who + ": " + call.method() + " " + call.path()).isEqualTo(status);
		}
	}

}
