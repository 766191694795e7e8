package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;

import tools.jackson.databind.JsonNode;

/** The enterprise's side of an assessment, as the tests drive it through the API. */
final class AssessmentSteps {

	private final Api api;

	AssessmentSteps(Api api) {
		this.api = api;
	}

	/** A small valid PDF, different on every call unless {@code marker} is the same. */
	static byte[] pdf(String marker) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + marker + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static String zonePath(String zone) {
		return "/api/zones/" + zone;
	}

	JsonNode start(EnterpriseUser user) {
		Answer started = api.post(zonePath(user.zone()) + "/enterprises/" + user.enterpriseId() + "/assessments",
				user.token(), "");
		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		return started.body();
	}

	/**
	 * Answers every item: those in {@code special} as given, the others compliant; attaches a PDF wherever a
	 * compliant or partly answer needs evidence; not-applicable answers get a reason.
	 */
	JsonNode answerAll(EnterpriseUser user, JsonNode assessment, Map<String, String> special) {
		String token = user.token();
		long id = assessment.get("id").asLong();
		List<Map<String, String>> answers = new ArrayList<>();
		for (JsonNode item : assessment.get("items")) {
			String code = item.get("code").asString();
			String answer = special.getOrDefault(code, "COMPLIANT");
			answers.add(Map.of("code", code, "answer", answer, "comment",
					answer.equals("NOT_APPLICABLE") ? "本企业不经营该类业务" : "已按要求落实"));
			if (item.get("evidenceRequired").asBoolean() && !answer.equals("NOT_APPLICABLE")
					&& !answer.equals("NOT_COMPLIANT") && item.get("evidence").isEmpty()) {
				attach(user, token, id, code, pdf(UUID.randomUUID().toString()));
			}
		}
		Answer saved = api.put(zonePath(user.zone()) + "/assessments/" + id + "/answers", token,
				Api.toJson(Map.of("answers", answers)));
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
		return saved.body();
	}

	Answer attach(EnterpriseUser user, String token, long assessmentId, String code, byte[] content) {
		Answer attached = api.multipart(zonePath(user.zone()) + "/assessments/" + assessmentId + "/items/" + code
				+ "/evidence", token, "file", "证明材料.pdf", content);
		assertThat(attached.status()).as(attached.body().toString()).isEqualTo(201);
		return attached;
	}

	Answer submit(EnterpriseUser user, long id) {
		return api.post(zonePath(user.zone()) + "/assessments/" + id + "/submit", user.token(), "");
	}

	/** The codes of the first items: handy to answer a few specially. */
	static List<String> codes(JsonNode assessment) {
		List<String> codes = new ArrayList<>();
		assessment.get("items").forEach(item -> codes.add(item.get("code").asString()));
		return codes;
	}

}
