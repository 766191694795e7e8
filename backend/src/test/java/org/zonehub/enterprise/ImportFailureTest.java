package org.zonehub.enterprise;

import java.sql.PreparedStatement;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.zonehub.platform.jobs.FailureCause;
import org.zonehub.platform.jobs.Job;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.testing.Api;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.IMPORTS;
import static org.zonehub.enterprise.EnterpriseImportTest.counts;
import static org.zonehub.enterprise.EnterpriseImportTest.token;

/**
 * When the job runner or the sweeper fails an import (an error escaped it, or its process kept dying), the import's
 * own row says so, as its uploader reads it: the reason with the rows done, the counts and row errors as they were.
 */
@IntegrationTest
class ImportFailureTest {

	@Autowired
	ImportJob imports;

	@Autowired
	TenancyGuard tenancy;

	@Autowired
	JdbcTemplate jdbc;

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = token("ningbo-admin");

	@Test
	void anImportThatRanOutOfMemorySaysSoWithTheRowsDone() {
		long id = importLeftRunning(1234);

		ErrorCode code = imports.failed(job(id), FailureCause.OUT_OF_MEMORY);

		JsonNode failed = api.get(IMPORTS + "/" + id, admin).body();
		assertThat(code).isEqualTo(ErrorCode.IMPORT_OUT_OF_MEMORY);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failureCode").asString()).isEqualTo("import.out-of-memory");
		assertThat(failed.get("failure").asString()).contains("1,234", "内存");
		assertThat(failed.get("finishedAt").isNull()).isFalse();
		assertThat(counts(failed)).containsExactly(5000, 1234, 1000, 200, 30, 4, 4);
		assertThat(failed.get("errors").get(0).get("code").asString()).isEqualTo("row.duplicate");
	}

	@Test
	void anImportGivenUpAfterLosingItsProcessTooOftenSaysSo() {
		long id = importLeftRunning(2500);

		assertThat(imports.failed(job(id), FailureCause.ABANDONED)).isEqualTo(ErrorCode.IMPORT_ABANDONED);
		assertThat(imports.failed(job(importLeftRunning(0)), FailureCause.CRASHED)).isEqualTo(ErrorCode.IMPORT_CRASHED);

		JsonNode failed = api.get(IMPORTS + "/" + id, admin).body();
		assertThat(failed.get("failureCode").asString()).isEqualTo("import.abandoned");
		assertThat(failed.get("failure").asString()).contains("2,500");
	}

	@Test
	void anImportThatHadEndedIsLeftAsItEnded() {
		long id = importLeftRunning(5000);
		jdbc.update("UPDATE enterprise_import SET status = 'SUCCEEDED', finished_at = UTC_TIMESTAMP(3) WHERE id = ?", id);

		imports.failed(job(id), FailureCause.ABANDONED);

		JsonNode ended = api.get(IMPORTS + "/" + id, admin).body();
		assertThat(ended.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(ended.get("failureCode").isNull()).isTrue();
	}

	/** An import of ningbo as a dead process left it: midway through pass 2, with one row error stored. */
	private long importLeftRunning(int processed) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO enterprise_import (zone_id, file_name, file_sha256, status, total_rows, processed_rows,
					                               created_count, updated_count, unchanged_count, rejected_count,
					                               error_count, errors, created_by, created_at, started_at)
					VALUES (?, 'left.csv', ?, 'RUNNING', 5000, ?, 1000, 200, 30, 4, 4,
					        '[{"row":7,"column":"统一社会信用代码","field":"creditCode","code":"row.duplicate","args":[3]}]',
					        'ningbo-admin', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""", Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, ningbo().zoneId());
			insert.setString(2, "0".repeat(64));
			insert.setInt(3, processed);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	private Job job(long importId) {
		return new Job(importId, ImportJob.KIND, ningbo(), importId, null, null, 3);
	}

	private ZoneScope ningbo() {
		return tenancy.systemScopes().stream().filter(zone -> zone.zoneCode().equals("ningbo")).findFirst().orElseThrow();
	}

}
