package org.zonehub.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's type is judged from its bytes alone. */
class FileTypesTest {

	static final byte[] MINIMAL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };

	static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0 };

	static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0,
			0 };

	@TempDir
	Path folder;

	@Test
	void aPdfIsKnownByItsSignature() throws IOException {
		assertThat(FileTypes.detect(write("report.bin", MINIMAL_PDF))).contains("application/pdf");
	}

	@Test
	void pngAndJpegImagesAreKnownByTheirSignatures() throws IOException {
		assertThat(FileTypes.detect(write("a.png", PNG))).contains("image/png");
		assertThat(FileTypes.detect(write("b.jpg", JPEG))).contains("image/jpeg");
	}

	@Test
	void wordAndExcelDocumentsAreKnownByTheirZipEntries() throws IOException {
		Path docx = folder.resolve("letter.pdf");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph().createRun().setText("整改报告");
			document.write(out);
		}
		Path xlsx = folder.resolve("sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("检查").createRow(0).createCell(0).setCellValue("ok");
			workbook.write(out);
		}

		assertThat(FileTypes.detect(docx))
			.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(FileTypes.detect(xlsx))
			.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void anOfdFileIsAZipWithOfdXmlAtItsRoot() throws IOException {
		Path ofd = zip("invoice.ofd", "OFD.xml", "Doc_0/Document.xml");

		assertThat(FileTypes.detect(ofd)).contains("application/ofd");
	}

	@Test
	void aLegacyOfficeFileIsKnownByItsDirectoryWhateverItsName() throws IOException {
		Path xls = folder.resolve("ledger.pdf");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			workbook.createSheet("账目");
			workbook.write(out);
		}

		assertThat(FileTypes.detect(xls)).contains("application/vnd.ms-excel");
		assertThat(FileTypes.detect(compound("minutes", "WordDocument"))).contains("application/msword");
		assertThat(FileTypes.detect(compound("slides", "PowerPoint Document")))
			.contains("application/vnd.ms-powerpoint");
	}

	@Test
	void anotherCompoundFileIsRefused() throws IOException {
		assertThat(FileTypes.detect(compound("installer.doc", "SummaryInformation"))).as("an installer renamed .doc")
			.isEmpty();
		assertThat(FileTypes.detect(write("header-only.doc", OLE2))).as("a compound header and nothing else").isEmpty();
	}

	/** A compound file whose root holds one stream named {@code entry}. */
	private Path compound(String name, String entry) throws IOException {
		Path file = folder.resolve(name);
		try (POIFSFileSystem compound = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			compound.createDocument(new ByteArrayInputStream(new byte[600]), entry);
			compound.writeFilesystem(out);
		}
		return file;
	}

	@Test
	void anExecutableRenamedPdfIsRefused() throws IOException {
		assertThat(FileTypes.detect(write("scan.pdf", EXECUTABLE))).isEmpty();
	}

	@Test
	void anElfBinaryIsRefused() throws IOException {
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

		assertThat(FileTypes.detect(write("photo.png", elf))).isEmpty();
	}

	@Test
	void aZipWithoutOfficeOrOfdMarkersIsRefused() throws IOException {
		assertThat(FileTypes.detect(zip("evidence.docx", "readme.txt", "word/document.xml")))
			.as("word/ without [Content_Types].xml")
			.isEmpty();
		assertThat(FileTypes.detect(zip("evidence.ofd", "Doc_0/OFD.xml", "run.sh")))
			.as("OFD.xml not at the root")
			.isEmpty();
	}

	@Test
	void aCorruptZipIsRefusedRatherThanThrown() throws IOException {
		byte[] corrupt = new byte[256];
		corrupt[0] = 'P';
		corrupt[1] = 'K';
		corrupt[2] = 3;
		corrupt[3] = 4;
		for (int i = 4; i < corrupt.length; i++) {
			corrupt[i] = (byte) (i * 31);
		}

		assertThat(FileTypes.detect(write("broken.docx", corrupt))).isEmpty();
	}

	@Test
	void plainTextAndHtmlAreRefused() throws IOException {
		byte[] text = "Inspection passed.\n".getBytes(StandardCharsets.UTF_8);
		byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

		assertThat(FileTypes.detect(write("notes.pdf", text))).isEmpty();
		assertThat(FileTypes.detect(write("page.png", html))).isEmpty();
		assertThat(FileTypes.detect(write("empty.pdf", new byte[0]))).isEmpty();
	}

	@Test
	void everyAcceptedTypeHasADownloadExtension() {
		assertThat(FileTypes.extensionFor("application/pdf")).isEqualTo(".pdf");
		assertThat(FileTypes.extensionFor("image/jpeg")).isEqualTo(".jpg");
		assertThat(FileTypes.extensionFor("application/vnd.openxmlformats-officedocument.presentationml.presentation"))
			.isEqualTo(".pptx");
		assertThat(FileTypes.extensionFor("application/ofd")).isEqualTo(".ofd");
		assertThat(FileTypes.extensionFor("application/vnd.ms-excel")).isEqualTo(".xls");
		assertThat(FileTypes.extensionFor("text/html")).isEmpty();
		assertThat(FileTypes.extensionFor(null)).isEmpty();
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}

	private Path zip(String name, String... entries) throws IOException {
		Path file = folder.resolve(name);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (String entry : entries) {
				out.putNextEntry(new ZipEntry(entry));
				out.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return file;
	}

}
