package org.zonehub.enterprise;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.ENTERPRISES;
import static org.zonehub.enterprise.EnterpriseImportTest.IMPORTS;
import static org.zonehub.enterprise.EnterpriseImportTest.token;

/**
 * Every import and export endpoint against every other kind of caller: another zone's admin sees nothing (404),
 * the zone's enterprise user is refused (403), ministry reads jobs and exports but cannot import (403).
 */
@IntegrationTest
class EnterpriseImportIsolationTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final byte[] file = ImportFiles.utf8Csv(ImportFiles.HEADER,
			List.of(ImportFiles.row(CreditCodes.random(), "宁波隔离导入有限公司")));

	private long ningboJob() {
		JsonNode job = new EnterpriseImportTest()
			.awaitEnd(api.multipart(IMPORTS, token("ningbo-admin"), "file", "isolation.csv", file));
		return job.get("id").asLong();
	}

	@Test
	void anotherZonesAdminGetsNotFoundEverywhere() {
		long job = ningboJob();
		String hangzhouAdmin = token("hangzhou-admin");

		assertThat(api.get(IMPORTS, hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.get(IMPORTS + "/" + job, hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.multipart(IMPORTS, hangzhouAdmin, "file", "x.csv", file).status()).isEqualTo(404);
		assertThat(api.download(IMPORTS + "/template", hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.download(ENTERPRISES + "/export", hangzhouAdmin).status()).isEqualTo(404);
		// the same job id through the admin's own zone is not found either
		assertThat(api.get("/api/zones/hangzhou/enterprise-imports/" + job, hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/hangzhou/enterprise-imports", hangzhouAdmin).status()).isEqualTo(200);
	}

	@Test
	void theZonesEnterpriseUserIsRefused() {
		long job = ningboJob();
		String enterpriseUser = token("ningbo-enterprise");

		assertThat(api.get(IMPORTS, enterpriseUser).status()).isEqualTo(403);
		assertThat(api.get(IMPORTS + "/" + job, enterpriseUser).status()).isEqualTo(403);
		assertThat(api.multipart(IMPORTS, enterpriseUser, "file", "x.csv", file).status()).isEqualTo(403);
		assertThat(api.download(IMPORTS + "/template", enterpriseUser).status()).isEqualTo(403);
		assertThat(api.download(ENTERPRISES + "/export", enterpriseUser).status()).isEqualTo(403);
	}

	@Test
	void ministryReadsJobsAndExportsButCannotImport() {
		long job = ningboJob();
		String ministry = token("ministry");

		assertThat(api.get(IMPORTS, ministry).status()).isEqualTo(200);
		assertThat(api.get(IMPORTS + "/" + job, ministry).field("status")).isEqualTo("SUCCEEDED");
		assertThat(api.download(ENTERPRISES + "/export?size=1", ministry).status()).isEqualTo(200);
		assertThat(api.multipart(IMPORTS, ministry, "file", "x.csv", file).status()).isEqualTo(403);
		assertThat(api.download(IMPORTS + "/template", ministry).status()).isEqualTo(403);
	}

	@Test
	void withoutATokenNothingAnswers() {
		assertThat(api.get(IMPORTS, null).status()).isEqualTo(401);
		assertThat(api.multipart(IMPORTS, null, "file", "x.csv", file).status()).isEqualTo(401);
		assertThat(api.download(ENTERPRISES + "/export", null).status()).isEqualTo(401);
	}

}
