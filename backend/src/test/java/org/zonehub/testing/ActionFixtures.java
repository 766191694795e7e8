package org.zonehub.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zonehub.testing.Api.Answer;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds special actions through the API, as ministry or a zone writes them. */
public final class ActionFixtures {

	private ActionFixtures() {
	}

	/** A measure: its number and the zones it is limited to ({@code null}: all of the action's). */
	public record MeasureSpec(String number, List<String> zones, LocalDate due) {

		public static MeasureSpec all(String number) {
			return new MeasureSpec(number, null, null);
		}

	}

	public static LocalDate windowStart() {
		return LocalDate.now().minusMonths(2).withDayOfMonth(1);
	}

	public static LocalDate windowEnd() {
		return LocalDate.now().plusMonths(3).withDayOfMonth(1).minusDays(1);
	}

	/** An action form: {@code zones} {@code null} for all zones; measures spread over key tasks of 10. */
	public static String actionJson(String name, List<String> zones, List<MeasureSpec> measures, Integer version) {
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (int index = 0; index < measures.size(); index++) {
			if (index % 10 == 0) {
				Map<String, Object> task = new LinkedHashMap<>();
				task.put("titleZh", "重点任务" + (index / 10 + 1));
				task.put("titleEn", "Key task " + (index / 10 + 1));
				task.put("measures", new ArrayList<Map<String, Object>>());
				tasks.add(task);
			}
			MeasureSpec spec = measures.get(index);
			Map<String, Object> measure = new LinkedHashMap<>();
			measure.put("number", spec.number());
			measure.put("titleZh", "举措" + spec.number());
			measure.put("titleEn", "Measure " + spec.number());
			measure.put("leadDepartment", "海关总署");
			measure.put("partnerDepartments", List.of("商务部", "交通运输部"));
			measure.put("dueDate", (spec.due() == null ? windowEnd() : spec.due()).toString());
			if (spec.zones() != null) {
				measure.put("zones", spec.zones());
			}
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> list = (List<Map<String, Object>>) tasks.get(tasks.size() - 1).get("measures");
			list.add(measure);
		}
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("nameZh", name);
		form.put("nameEn", name + " (en)");
		form.put("year", LocalDate.now().getYear());
		form.put("leadDepartment", "海关总署");
		form.put("partnerDepartments", List.of("商务部"));
		form.put("documentNo", "署岸函〔2025〕17号");
		form.put("windowStart", windowStart().toString());
		form.put("windowEnd", windowEnd().toString());
		form.put("allZones", zones == null);
		if (zones != null) {
			form.put("zones", zones);
		}
		form.put("keyTasks", tasks);
		if (version != null) {
			form.put("version", version);
		}
		return Api.toJson(form);
	}

	public static List<MeasureSpec> measures(int count) {
		List<MeasureSpec> list = new ArrayList<>();
		for (int index = 1; index <= count; index++) {
			list.add(MeasureSpec.all(String.valueOf(index)));
		}
		return list;
	}

	/** Creates and launches a national action as ministry; answers the launched action. */
	public static JsonNode launchNational(Api api, String ministry, String json) {
		Answer created = api.post("/api/national/actions", ministry, json);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		Answer launched = api.post("/api/national/actions/" + id + "/launch", ministry,
				"{\"version\":%d}".formatted(created.body().get("version").asInt()));
		assertThat(launched.status()).as(launched.body().toString()).isEqualTo(200);
		return launched.body();
	}

	/** The zone's assignments of an action, as the zone sees them. */
	public static JsonNode assignments(Api api, String token, String zone, long actionId) {
		Answer answer = api.get("/api/zones/" + zone + "/actions/" + actionId, token);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		return answer.body().get("assignments");
	}

	/** The first reporting date of the action that has passed, or its first. */
	public static String period(JsonNode action) {
		return action.get("reportingDates").get(0).asString();
	}

}
