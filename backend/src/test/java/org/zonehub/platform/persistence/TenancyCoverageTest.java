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

	private static final String PREDICATE = "org.zonehub.platform.tenancy.TenantSql.zoneScoped";

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
				  <select id="leaky">SELECT <include refid="cols"/> FROM enterprise WHERE id = #{id}</select>
				  <select id="scopedThroughFragment">SELECT id FROM enterprise WHERE <include refid="scope"/></select>
				  <select id="scoped">SELECT id FROM enterprise e WHERE <include refid="org.zonehub.platform.tenancy.TenantSql.zoneScopedAs"><property name="alias" value="e"/></include></select>
				  <insert id="insertWithoutZone">INSERT INTO enterprise (name) VALUES (#{name})</insert>
				  <insert id="insertWithZone">INSERT INTO enterprise (zone_id, name) VALUES (#{zone.zoneId}, #{name})</insert>
				  <select id="otherTable">SELECT code FROM zone</select>
				</mapper>""";

		assertThat(violations("X.xml", mapper, Set.of("enterprise")))
			.containsExactlyInAnyOrder("X.xml#leaky touches enterprise", "X.xml#insertWithoutZone touches enterprise");
	}

	static List<String> violations(String file, String xml, Set<String> tenantTables) {
		Map<String, String> fragments = new java.util.HashMap<>();
		Matcher fragment = FRAGMENT.matcher(xml);
		while (fragment.find()) {
			fragments.put(fragment.group(1), fragment.group(2));
		}
		List<String> violations = new ArrayList<>();
		Matcher statement = STATEMENT.matcher(xml);
		while (statement.find()) {
			String kind = statement.group(1);
			String sql = inline(statement.group(3), fragments, 0);
			for (String table : tenantTables) {
				boolean touches = Pattern
					.compile("\\b(from|join|update|into)\\s+`?" + table + "`?\\b", Pattern.CASE_INSENSITIVE)
					.matcher(sql)
					.find();
				boolean scoped = kind.equals("insert") ? sql.matches("(?s).*\\bzone_id\\b.*") : sql.contains(PREDICATE);
				if (touches && !scoped) {
					violations.add(file + "#" + statement.group(2) + " touches " + table.toLowerCase(Locale.ROOT));
				}
			}
		}
		return violations;
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
