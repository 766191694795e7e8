package org.zonehub.enterprise;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonehub.platform.sheets.Spreadsheet;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.IMPORTS;

/**
 * Files crafted to exhaust the server's memory, uploaded over HTTP: each is refused with a problem naming
 * {@code file}, in under two seconds, and the app (which shares the test JVM's 256 MB heap) lives on.
 */
@IntegrationTest
class EnterpriseImportBoundsTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = EnterpriseImportTest.token("ningbo-admin");

	@TempDir
	Path folder;

	/**
	 * The app's first upload of a workbook loads POI's XML schemas and the realm's token keys, which takes seconds
	 * on a busy machine: what the tests time is the refusal, so a header-only workbook goes first.
	 */
	@BeforeEach
	void warmUp() {
		Answer headerOnly = api.multipart(IMPORTS, admin, "file", "header.xlsx",
				ImportFiles.xlsx(ImportFiles.HEADER, List.of()));
		assertThat(headerOnly.status()).isEqualTo(400);
	}

	@Test
	void theTemplateWithOneCellAtColumnFxshrxwIsRefusedAtOnce() {
		long jobsBefore = total(IMPORTS);

		Answer refused = refusedQuickly(
				() -> api.multipart(IMPORTS, admin, "file", "enterprises.xlsx", CraftedFiles.columnBomb()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCodes()).containsExactly("sheet.too-many-columns");
		assertThat(message(refused)).isEqualTo("在第 1 行的 FXSHRXW 列有单元格，超出了 Excel 的最后一列 XFD");
		assertThat(total(IMPORTS)).isEqualTo(jobsBefore);
	}

	@Test
	void aWorkbookOfAMillionSharedStringsIsRefused() throws Exception {
		Path file = CraftedFiles.millionSharedStrings(folder.resolve("million.xlsx"), true);

		Answer refused = refusedQuickly(() -> api.multipart(IMPORTS, admin, "file", "million.xlsx", file));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCodes()).containsExactly("sheet.too-many-texts");
		assertThat(message(refused)).contains("800,000");
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		Path file = CraftedFiles.zipBomb(folder.resolve("bomb.xlsx"));

		Answer refused = refusedQuickly(() -> api.multipart(IMPORTS, admin, "file", "bomb.xlsx", file));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCodes()).containsExactly("sheet.zip-bomb");
		assertThat(message(refused)).contains("xl/worksheets/sheet1.xml", "100 倍");
	}

	@Test
	void aCsvFileOfOneLineBeyondTheUploadLimitIsRefusedAsTooLarge() throws Exception {
		Path file = CraftedFiles.oneLineCsv(folder.resolve("one-line.csv"), 100L << 20);

		Answer refused = refusedQuickly(() -> api.multipart(IMPORTS, admin, "file", "one-line.csv", file));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.errorCodes()).containsExactly("file.too-large");
		assertThat(message(refused)).isEqualTo("文件超过 30 MB");
	}

	@Test
	void aCsvFileOfOneLineWithinTheUploadLimitIsRefusedAtTheRowBound() throws Exception {
		Path file = CraftedFiles.oneLineCsv(folder.resolve("one-line.csv"), 20L << 20);

		Answer refused = refusedQuickly(() -> api.multipart(IMPORTS, admin, "file", "one-line.csv", file));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCodes()).containsExactly("sheet.row-too-long");
		assertThat(message(refused)).isEqualTo("第 1 行超过 1,048,576 个字符");
	}

	@Test
	void aGbkFileMarkedUtf8IsRefused() {
		Answer refused = refusedQuickly(
				() -> api.multipart(IMPORTS, admin, "file", "企业名单.csv", CraftedFiles.gbkMarkedUtf8()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCodes()).containsExactly("sheet.not-utf8");
	}

	@Test
	void aBoundCrossedBelowTheFirstRowFailsTheJobWithItsMessage() {
		List<String> wide = Collections.nCopies(Spreadsheet.EXCEL_COLUMNS + 1, "");
		byte[] file = ImportFiles.utf8Csv(ImportFiles.HEADER,
				List.of(ImportFiles.row(CreditCodes.random(), "宁波越界有限公司"), wide));

		JsonNode job = new EnterpriseImportTest().awaitEnd(api.multipart(IMPORTS, admin, "file", "wide.csv", file));

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("failureCode").asString()).isEqualTo("sheet.too-many-columns");
		assertThat(job.get("failure").asString()).isEqualTo("文件在第 3 行的 XFE 列有单元格，超出了 Excel 的最后一列 XFD。");
		assertThat(job.get("createdCount").asInt()).isZero();
	}

	/** The upload, which must be refused with a problem naming {@code file}, and in under two seconds. */
	private static Answer refusedQuickly(Supplier<Answer> upload) {
		long start = System.nanoTime();
		Answer answer = upload.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(answer.status()).as(answer.body().toString()).isBetween(400, 499);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.errorFields()).containsExactly("file");
		assertThat(took).as("answered after %s", took).isLessThan(Duration.ofSeconds(2));
		return answer;
	}

	private static String message(Answer refused) {
		List<JsonNode> errors = refused.body().get("errors").valueStream().toList();
		return errors.get(0).get("message").asString();
	}

	private long total(String path) {
		return api.get(path + "?size=1", admin).body().get("total").asLong();
	}

}
