package org.zonehub.enterprise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Download;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.ENTERPRISES;
import static org.zonehub.enterprise.EnterpriseImportTest.IMPORTS;
import static org.zonehub.enterprise.EnterpriseImportTest.encode;
import static org.zonehub.enterprise.EnterpriseImportTest.token;

/** The template and the export: the same columns, and an export that reads back as an import. */
@IntegrationTest
class EnterpriseExportTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = token("ningbo-admin");

	@Test
	void theTemplateHasTheColumnsAndOneExampleRowAsXlsxOrCsv() throws IOException {
		Download xlsx = api.download(IMPORTS + "/template", admin);
		Download csv = api.download(IMPORTS + "/template?format=csv", admin);
		Download bad = api.download(IMPORTS + "/template?format=pdf", admin);

		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith(EnterpriseSheets.XLSX);
		assertThat(xlsx.contentDisposition()).contains("attachment", "enterprise-import-template.xlsx");
		List<List<String>> rows = sheet(xlsx.body());
		assertThat(rows.get(0)).isEqualTo(ImportFiles.HEADER);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(ImportColumn.NAME_ZH.ordinal())).isEqualTo("宁波示例跨境电商有限公司");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
		assertThat(text.lines().toList()).hasSize(2);
		assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ImportFiles.HEADER));
		assertThat(bad.status()).isEqualTo(400);
	}

	@Test
	void theExportOfAFilteredListHasTheTemplatesColumnsAndTheMatchingRows() throws IOException {
		String marker = "导出" + UUID.randomUUID().toString().substring(0, 8);
		List<List<String>> rows = List.of(ImportFiles.row(CreditCodes.random(), marker + "甲有限公司"),
				ImportFiles.row(CreditCodes.random(), marker + "乙有限公司"),
				ImportFiles.with(ImportFiles.row(CreditCodes.random(), marker + "丙有限公司"), ImportColumn.KINDS, "平台"));
		new EnterpriseImportTest().awaitEnd(api.multipart(IMPORTS, admin, "file", "export.csv",
				ImportFiles.utf8Csv(ImportFiles.HEADER, rows)));

		Download export = api.download(ENTERPRISES + "/export?kind=SELLER&sort=nameZh,desc&name=" + encode(marker),
				admin);

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith(EnterpriseSheets.XLSX);
		assertThat(export.contentDisposition()).matches(".*filename\\*=UTF-8''enterprises-ningbo-\\d{8}\\.xlsx.*");
		List<List<String>> sheet = sheet(export.body());
		List<String> templateHeader = sheet(api.download(IMPORTS + "/template", admin).body()).get(0);
		assertThat(sheet.get(0)).isEqualTo(templateHeader);
		assertThat(sheet.subList(1, sheet.size())).hasSize(2);
		// sorted by name descending: 乙 (U+4E59) before 甲 (U+7532)? unicode collation decides; compare as sets
		assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.get(ImportColumn.CREDIT_CODE.ordinal())))
			.containsExactlyInAnyOrder(rows.get(0).get(0), rows.get(1).get(0));
		List<String> first = sheet.stream().filter(r -> r.get(0).equals(rows.get(0).get(0))).findFirst().orElseThrow();
		assertThat(first.get(ImportColumn.NAME_ZH.ordinal())).isEqualTo(marker + "甲有限公司");
		assertThat(first.get(ImportColumn.KINDS.ordinal())).isEqualTo("卖家、物流");
		assertThat(first.get(ImportColumn.CUSTOMS_MODES.ordinal())).isEqualTo("9610、9810");
		assertThat(first.get(ImportColumn.EXPORT_VALUE_CNY.ordinal())).isEqualTo("1,234,567.50");
		assertThat(first.get(ImportColumn.CONTACT_PHONE.ordinal())).isEqualTo("13800000000");
	}

	@Test
	void anExportImportedAgainChangesNothing() {
		String marker = "回导" + UUID.randomUUID().toString().substring(0, 8);
		new EnterpriseImportTest().awaitEnd(api.multipart(IMPORTS, admin, "file", "roundtrip.csv",
				ImportFiles.utf8Csv(ImportFiles.HEADER, List.of(ImportFiles.row(CreditCodes.random(), marker + "甲有限公司"),
						ImportFiles.row(CreditCodes.random(), marker + "乙有限公司")))));
		Download export = api.download(ENTERPRISES + "/export?name=" + encode(marker), admin);

		JsonNode job = new EnterpriseImportTest()
			.awaitEnd(api.multipart(IMPORTS, admin, "file", "exported.xlsx", export.body()));

		assertThat(EnterpriseImportTest.counts(job)).containsExactly(2, 2, 0, 0, 2, 0, 0);
	}

	static List<List<String>> sheet(byte[] xlsx) throws IOException {
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < ImportColumn.values().length; i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
