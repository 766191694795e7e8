package org.zonehub.enterprise;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an uploaded file is, sniffed from its bytes, and its rows with the numbers a spreadsheet shows. */
class SpreadsheetTest {

	private static final byte[] PNG_START = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I',
			'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@TempDir
	Path folder;

	@Test
	void aWorkbookIsKnownByItsContentWhateverItsName() throws Exception {
		Path file = write("enterprises.csv", ImportFiles.xlsx(ImportFiles.HEADER, List.of(ImportFiles.row("A", "甲"))));

		assertThat(Spreadsheet.sniff(file).format()).isEqualTo(Spreadsheet.Format.XLSX);
	}

	@Test
	void anImageRenamedCsvIsNotASpreadsheet() throws IOException {
		Path file = write("enterprises.csv", PNG_START);

		assertThatThrownBy(() -> Spreadsheet.sniff(file)).isInstanceOf(Spreadsheet.NotASpreadsheet.class)
			.hasMessage("sheet.not-a-spreadsheet");
	}

	@Test
	void aZipThatIsNoWorkbookAndAnOldXlsAreRefused() throws IOException {
		Path zip = folder.resolve("other.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		Path xls = write("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1 });

		assertThatThrownBy(() -> Spreadsheet.sniff(zip)).hasMessage("sheet.not-a-spreadsheet");
		assertThatThrownBy(() -> Spreadsheet.sniff(xls)).hasMessage("sheet.old-xls");
	}

	@Test
	void anEmptyFileIsEmpty() throws IOException {
		Path file = write("empty.csv", new byte[0]);

		assertThatThrownBy(() -> Spreadsheet.sniff(file)).hasMessage("file.empty");
	}

	@Test
	void csvIsUtf8WhenItDecodesAsUtf8AndGb18030Otherwise() throws Exception {
		String text = "企业名称,统一社会信用代码\n宁波甬通家电有限公司,91330200MA2XXXXXX1\n";
		Path utf8 = write("utf8.csv", text.getBytes(StandardCharsets.UTF_8));
		Path gbk = write("gbk.csv", text.getBytes(Charset.forName("GBK")));

		Spreadsheet fromUtf8 = Spreadsheet.sniff(utf8);
		Spreadsheet fromGbk = Spreadsheet.sniff(gbk);

		assertThat(fromUtf8.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(fromGbk.charset().name()).isEqualTo("GB18030");
		assertThat(rows(fromGbk)).containsExactly(List.of("企业名称", "统一社会信用代码"),
				List.of("宁波甬通家电有限公司", "91330200MA2XXXXXX1"));
	}

	@Test
	void aUtf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
		Path file = write("bom.csv", ImportFiles.utf8Csv(ImportFiles.HEADER, List.of()));

		assertThat(rows(Spreadsheet.sniff(file)).get(0).get(0)).isEqualTo("统一社会信用代码");
	}

	@Test
	void semicolonSeparatedCsvIsReadToo() throws Exception {
		Path file = write("semi.csv", "creditCode;nameZh;kinds\nX;甲;卖家\n".getBytes(StandardCharsets.UTF_8));

		assertThat(rows(Spreadsheet.sniff(file))).containsExactly(List.of("creditCode", "nameZh", "kinds"),
				List.of("X", "甲", "卖家"));
	}

	@Test
	void rowsKeepTheNumbersTheSheetShowsBlankRowsIncluded() throws Exception {
		List<List<String>> sheetRows = new ArrayList<>();
		sheetRows.add(ImportFiles.row("A", "甲"));
		sheetRows.add(List.of());
		sheetRows.add(ImportFiles.row("B", "乙"));
		Path xlsx = write("rows.xlsx", ImportFiles.xlsx(ImportFiles.HEADER, sheetRows));
		Path csv = write("rows.csv", ImportFiles.utf8Csv(ImportFiles.HEADER, sheetRows));

		for (Path file : List.of(xlsx, csv)) {
			List<Integer> numbers = new ArrayList<>();
			List<String> names = new ArrayList<>();
			ImportHeader.read(Spreadsheet.sniff(file), new ImportHeader.Rows() {

				private ImportHeader header;

				@Override
				public boolean header(ImportHeader found) {
					header = found;
					assertThat(found.rowNumber()).isEqualTo(1);
					return true;
				}

				@Override
				public void row(int rowNumber, List<String> cells) {
					numbers.add(rowNumber);
					names.add(header.cell(cells, ImportColumn.NAME_ZH));
				}

			});
			assertThat(numbers).as(file.toString()).containsExactly(2, 4);
			assertThat(names).containsExactly("甲", "乙");
		}
	}

	@Test
	void aReaderCanStopEarly() throws Exception {
		Path file = write("many.xlsx",
				ImportFiles.xlsx(ImportFiles.HEADER, ImportFiles.rows(1000, i -> ImportFiles.row("C" + i, "名" + i))));
		List<Integer> seen = new ArrayList<>();

		Spreadsheet.sniff(file).read((rowNumber, cells) -> {
			seen.add(rowNumber);
			if (seen.size() == 3) {
				throw new Spreadsheet.StopReading();
			}
		});

		assertThat(seen).containsExactly(1, 2, 3);
	}

	/** A reader's own exception (a failed batch, a job told to stop) is not a damaged file, in .xlsx as in .csv. */
	@Test
	void whatTheReaderThrowsPassesUnchanged() throws Exception {
		List<List<String>> twoRows = List.of(ImportFiles.row("A", "甲"), ImportFiles.row("B", "乙"));
		Path xlsx = write("rows.xlsx", ImportFiles.xlsx(ImportFiles.HEADER, twoRows));
		Path csv = write("rows.csv", ImportFiles.utf8Csv(ImportFiles.HEADER, twoRows));
		IllegalStateException thrown = new IllegalStateException("the reader's own");

		for (Path file : List.of(xlsx, csv)) {
			Spreadsheet sheet = Spreadsheet.sniff(file);
			assertThatThrownBy(() -> sheet.read((rowNumber, cells) -> {
				if (rowNumber == 2) {
					throw thrown;
				}
			})).as(file.toString()).isSameAs(thrown);
		}
	}

	private List<List<String>> rows(Spreadsheet sheet) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		sheet.read((rowNumber, cells) -> rows.add(cells));
		return rows;
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(folder.resolve(name), content);
	}

}
