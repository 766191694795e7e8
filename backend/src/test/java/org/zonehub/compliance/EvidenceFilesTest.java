package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.Api.Download;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

/** Evidence uploads judged by content, limited to 20 MB, stored once per content, served as safe downloads. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceFilesTest {

	private static final Path BLOBS = Path.of("target/test-data/files");

	private final Api api = new Api(IntegrationTest.PORT);

	private final AssessmentSteps steps = new AssessmentSteps(api);

	private EnterpriseUser user;

	private String items;

	private JsonNode draft;

	@BeforeEach
	void aDraft() {
		if (user == null) {
			user = EnterpriseUsers.create(api, "ningbo", "宁波证据文件测试有限公司");
		}
		JsonNode existing = api.get("/api/zones/ningbo/assessments?status=DRAFT", user.token()).body().get("items");
		long id = existing.isEmpty() ? steps.start(user).get("id").asLong() : existing.get(0).get("id").asLong();
		draft = api.get("/api/zones/ningbo/assessments/" + id, user.token()).body();
		items = "/api/zones/ningbo/assessments/" + id + "/items/";
	}

	@Test
	void anExecutableRenamedToPdfIsRefused() {
		byte[] executable = new byte[4096];
		executable[0] = 'M';
		executable[1] = 'Z';
		int before = evidenceOf(code(0)).size();
		Answer refused = api.multipart(items + code(0) + "/evidence", user.token(), "file", "营业执照.pdf", executable);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("file");
		assertThat(refused.errorCodes()).containsExactly("file.type-not-allowed");
		assertThat(evidenceOf(code(0))).hasSize(before);
	}

	@Test
	void aFileOverTwentyMegabytesIsRefusedClearly() {
		byte[] large = Arrays.copyOf(AssessmentSteps.pdf("large"), 20 * 1024 * 1024 + 1);
		int before = evidenceOf(code(0)).size();
		Answer refused = api.multipart(items + code(0) + "/evidence", user.token(), "file", "年报.pdf", large);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("file");
		assertThat(refused.body().toString()).contains("20 MB");
		assertThat(evidenceOf(code(0))).hasSize(before);
	}

	@Test
	void theSameFileTwiceIsStoredOnceAndServedSafely() throws IOException {
		byte[] content = AssessmentSteps.pdf("twice-" + System.nanoTime());
		long blobsBefore = blobCount();
		JsonNode first = api.multipart(items + code(0) + "/evidence", user.token(), "file", "../../报关单.pdf", content)
			.body();
		long blobsAfterFirst = blobCount();
		JsonNode second = api.multipart(items + code(1) + "/evidence", user.token(), "file", "副本.PDF", content)
			.body();

		assertThat(blobsAfterFirst).isEqualTo(blobsBefore + 1);
		assertThat(blobCount()).as("the same content is kept once").isEqualTo(blobsAfterFirst);
		assertThat(second.get("sha256")).isEqualTo(first.get("sha256"));
		assertThat(second.get("id")).isNotEqualTo(first.get("id"));
		assertThat(first.get("fileName").asString()).as("no path survives").isEqualTo("报关单.pdf");
		assertThat(first.get("mediaType").asString()).isEqualTo("application/pdf");

		for (String reader : new String[] { "ningbo-admin", "ministry" }) {
			Download download = api.download("/api/zones/ningbo/evidence/" + first.get("id").asLong(),
					Tokens.of(reader));
			assertThat(download.status()).as(reader).isEqualTo(200);
			assertThat(download.body()).isEqualTo(content);
			assertThat(download.contentType()).isEqualTo("application/pdf");
			assertThat(download.contentDisposition()).startsWith("attachment;").contains("filename*=UTF-8''");
		}

		assertThat(api.delete("/api/zones/ningbo/evidence/" + second.get("id").asLong(), user.token()).status())
			.isEqualTo(204);
		assertThat(api.download("/api/zones/ningbo/evidence/" + first.get("id").asLong(), user.token()).status())
			.as("the other row still has its content").isEqualTo(200);
	}

	@Test
	void anOfficeDocumentIsKnownByItsContentWhateverItsName() {
		Answer attached = api.multipart(items + code(2) + "/evidence", user.token(), "file", "制度文件.bin", docx());

		assertThat(attached.status()).isEqualTo(201);
		assertThat(attached.field("mediaType"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(attached.field("fileName")).isEqualTo("制度文件.docx");
	}

	private String code(int index) {
		return AssessmentSteps.codes(draft).get(index);
	}

	private JsonNode evidenceOf(String code) {
		JsonNode current = api.get("/api/zones/ningbo/assessments/" + draft.get("id").asLong(), user.token()).body();
		return current.get("items").valueStream()
			.filter(item -> item.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("evidence");
	}

	private static long blobCount() throws IOException {
		if (!Files.exists(BLOBS)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(BLOBS)) {
			return files.filter(Files::isRegularFile).filter(path -> !path.getParent().endsWith("tmp")).count();
		}
	}

	private static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("跨境电商合规管理制度");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
