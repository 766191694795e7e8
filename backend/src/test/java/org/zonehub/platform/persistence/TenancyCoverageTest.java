package org.zonehub.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zonehub.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every MyBatis mapper statement and fails if one that touches a tenant table (any table with a
 * {@code zone_id} column, as the migrated database says) does not carry the shared tenant predicate. Inserts must
 * write {@code zone_id}. There is no switch to skip this.
 */
@IntegrationTest
class TenancyCoverageTest {

	private static final Pattern STATEMENT = Pattern
		.compile("<(select|insert|update|delete)\\s+id=\"([^\"]+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);

	private static final Pattern FRAGMENT = Pattern.compile("<sql\\s+id=\"([^\"]+)\"[^>]*>(.*?)</sql>",
			Pattern.DOTALL);

	private static final Pattern LOCAL_INCLUDE = Pattern.compile("<include\\s+refid=\"([^\".]+)\"\\s*/>");

	private static final String PREDICATE = "org.zonehub.platform.tenancy.TenantSql.zoneScoped\"";

	/** Reads across zones with a national scope (ministry's views, the platform's own work): every table covered. */
	private static final String ACROSS_ZONES = "org.zonehub.platform.tenancy.TenantSql.acrossZones\"";

	/** The aliased fragment with its alias property, as a statement includes it. */
	private static final Pattern ALIASED_PREDICATE = Pattern.compile(
			"<include\\s+refid=\"org\\.zonehub\\.platform\\.tenancy\\.TenantSql\\.zoneScopedAs\"\\s*>\\s*"
					+ "<property\\s+name=\"alias\"\\s+value=\"(\\w+)\"\\s*/>\\s*</include>");

	private static final Pattern SCOPED = Pattern.compile("SCOPED\\((\\w+)\\)");

	/** A table after FROM, JOIN, UPDATE or INTO, with its alias if it has one. */
	private static final Pattern REFERENCE = Pattern.compile(
			"\\b(from|join|update|into)\\s+`?(\\w+)`?(?:\\s+(?:as\\s+)?(\\w+))?", Pattern.CASE_INSENSITIVE);

	/** {@code x.zone_id = y.zone_id}, either way round. */
	private static final Pattern TIE = Pattern.compile("\\b(\\w+)\\.zone_id\\s*=\\s*(\\w+)\\.zone_id\\b");

	private static final Set<String> KEYWORDS = Set.of("where", "join", "left", "right", "inner", "outer", "cross",
			"on", "set", "group", "order", "limit", "using", "values", "select", "union", "having", "for", "natural",
			"straight_join", "lock", "window");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyStatementOnATenantTableIsScopedToTheZone() throws IOException {
		Set<String> tenantTables = new HashSet<>(jdbc.queryForList("""
				SELECT LOWER(table_name)
				  FROM information_schema.columns
				 WHERE table_schema = DATABASE()
				   AND column_name = 'zone_id'""", String.class));

		List<String> violations = new ArrayList<>();
		for (Resource mapper : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:org/zonehub/**/*Mapper.xml")) {
			try (InputStream in = mapper.getInputStream()) {
				violations.addAll(violations(mapper.getFilename(),
						new String(in.readAllBytes(), StandardCharsets.UTF_8), tenantTables));
			}
		}

		assertThat(violations).isEmpty();
	}

	@Test
	void theCheckCatchesAnUnscopedStatement() {
		String mapper = """
				<mapper namespace="x">
				  <sql id="cols">id, name</sql>
				  <sql id="scope"><include refid="org.zonehub.platform.tenancy.TenantSql.zoneScoped"/></sql>
				  <sql id="scopedE"><include refid="org.zonehub.platform.tenancy.TenantSql.zoneScopedAs"><property name="alias" value="e"/></include></sql>
				  <select id="leaky">SELECT <include refid="cols"/> FROM enterprise WHERE id = #{id}</select>
				  <select id="scopedThroughFragment">SELECT id FROM enterprise WHERE <include refid="scope"/></select>
				  <select id="scoped">SELECT id FROM enterprise e WHERE <include refid="org.zonehub.platform.tenancy.TenantSql.zoneScopedAs"><property name="alias" value="e"/></include></select>
				  <insert id="insertWithoutZone">INSERT INTO enterprise (name) VALUES (#{name})</insert>
				  <insert id="insertWithZone">INSERT INTO enterprise (zone_id, name) VALUES (#{zone.zoneId}, #{name})</insert>
				  <select id="otherTable">SELECT code FROM zone</select>
				  <select id="leakyJoin">SELECT e.id FROM enterprise e JOIN assessment a ON a.enterprise_id = e.id WHERE <include refid="scopedE"/></select>
				  <select id="joinTiedToAScopedOne">SELECT e.id FROM enterprise e JOIN assessment a ON a.enterprise_id = e.id AND a.zone_id = e.zone_id WHERE <include refid="scopedE"/></select>
				  <select id="leakySubquery">SELECT e.id, (SELECT COUNT(*) FROM assessment a WHERE a.enterprise_id = e.id) FROM enterprise e WHERE <include refid="scopedE"/></select>
				  <select id="tiedSubquery">SELECT e.id, (SELECT COUNT(*) FROM assessment a WHERE a.enterprise_id = e.id AND e.zone_id = a.zone_id) FROM enterprise e WHERE <include refid="scopedE"/></select>
				  <select id="twoSubqueriesOneTie">SELECT e.id,
				      (SELECT COUNT(*) FROM assessment a WHERE a.enterprise_id = e.id AND a.zone_id = e.zone_id),
				      (SELECT MAX(a.id) FROM assessment a WHERE a.enterprise_id = e.id)
				    FROM enterprise e WHERE <include refid="scopedE"/></select>
				  <select id="tiedToAnUnscopedOne">SELECT a.id FROM assessment a JOIN enterprise e ON e.zone_id = a.zone_id</select>
				  <select id="national">SELECT e.zone_id, COUNT(*) FROM enterprise e JOIN assessment a ON a.enterprise_id = e.id WHERE <include refid="org.zonehub.platform.tenancy.TenantSql.acrossZones"/> GROUP BY e.zone_id</select>
				  <insert id="nationalInsertWithoutZone">INSERT INTO enterprise (name) SELECT name FROM assessment WHERE <include refid="org.zonehub.platform.tenancy.TenantSql.acrossZones"/></insert>
				</mapper>""";

		assertThat(violations("X.xml", mapper, Set.of("enterprise", "assessment"))).containsExactlyInAnyOrder(
				"X.xml#leaky touches enterprise", "X.xml#insertWithoutZone touches enterprise",
				"X.xml#leakyJoin touches assessment as a", "X.xml#leakySubquery touches assessment as a",
				"X.xml#twoSubqueriesOneTie touches assessment as a", "X.xml#tiedToAnUnscopedOne touches assessment as a",
				"X.xml#tiedToAnUnscopedOne touches enterprise as e", "X.xml#nationalInsertWithoutZone touches enterprise");
	}

	/**
	 * Each reference to a tenant table (after FROM, JOIN, UPDATE, INTO: main query, joins and subqueries alike)
	 * needs its own predicate: the shared fragment for an unaliased table, the aliased fragment for its alias, or a
	 * condition tying its {@code zone_id} to that of a reference that is itself scoped ({@code i.zone_id =
	 * a.zone_id}). An insert must write {@code zone_id}. Two references with one alias need two predicates.
	 */
	static List<String> violations(String file, String xml, Set<String> tenantTables) {
		Map<String, String> fragments = new java.util.HashMap<>();
		Matcher fragment = FRAGMENT.matcher(xml);
		while (fragment.find()) {
			fragments.put(fragment.group(1), fragment.group(2));
		}
		List<String> violations = new ArrayList<>();
		Matcher statement = STATEMENT.matcher(xml);
		while (statement.find()) {
			String sql = ALIASED_PREDICATE.matcher(inline(statement.group(3), fragments, 0)).replaceAll(" SCOPED($1) ");
			boolean acrossZones = sql.contains(ACROSS_ZONES);
			Map<String, Integer> references = new java.util.LinkedHashMap<>();
			Map<String, String> tableOf = new java.util.HashMap<>();
			boolean insertWritesZone = false;
			Matcher reference = REFERENCE.matcher(sql);
			while (reference.find()) {
				String table = reference.group(2).toLowerCase(Locale.ROOT);
				if (!tenantTables.contains(table)) {
					continue;
				}
				if (reference.group(1).equalsIgnoreCase("into")) {
					insertWritesZone = sql.substring(reference.end()).matches("(?s)\\s*\\([^)]*\\bzone_id\\b.*");
					if (!insertWritesZone) {
						violations.add(file + "#" + statement.group(2) + " touches " + table);
					}
					continue;
				}
				if (acrossZones) {
					continue;
				}
				String alias = reference.group(3) == null || KEYWORDS.contains(reference.group(3).toLowerCase(Locale.ROOT))
						? "" : reference.group(3);
				references.merge(alias, 1, Integer::sum);
				tableOf.put(alias, table);
			}
			Map<String, Integer> predicates = new java.util.HashMap<>();
			predicates.put("", count(sql, PREDICATE));
			Matcher scoped = SCOPED.matcher(sql);
			while (scoped.find()) {
				predicates.merge(scoped.group(1), 1, Integer::sum);
			}
			// ties to a scoped reference count for the tied one, until nothing more is learnt
			List<String[]> ties = new ArrayList<>();
			Matcher tie = TIE.matcher(sql);
			while (tie.find()) {
				ties.add(new String[] { tie.group(1), tie.group(2) });
			}
			boolean[] used = new boolean[ties.size()];
			boolean learnt = true;
			while (learnt) {
				learnt = false;
				for (int index = 0; index < ties.size(); index++) {
					for (int side = 0; side < 2 && !used[index]; side++) {
						String known = ties.get(index)[side];
						String other = ties.get(index)[1 - side];
						if (predicates.getOrDefault(known, 0) > 0 && references.containsKey(other)
								&& predicates.getOrDefault(other, 0) < references.get(other)) {
							predicates.merge(other, 1, Integer::sum);
							used[index] = true;
							learnt = true;
						}
					}
				}
			}
			references.forEach((alias, count) -> {
				if (predicates.getOrDefault(alias, 0) < count) {
					violations.add(file + "#" + statement.group(2) + " touches " + tableOf.get(alias)
							+ (alias.isEmpty() ? "" : " as " + alias));
				}
			});
		}
		return violations;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private static String inline(String sql, Map<String, String> fragments, int depth) {
		if (depth > 5) {
			return sql;
		}
		Matcher include = LOCAL_INCLUDE.matcher(sql);
		StringBuilder inlined = new StringBuilder();
		while (include.find()) {
			String body = fragments.getOrDefault(include.group(1), "");
			include.appendReplacement(inlined, Matcher.quoteReplacement(inline(body, fragments, depth + 1)));
		}
		include.appendTail(inlined);
		return inlined.toString();
	}

}
