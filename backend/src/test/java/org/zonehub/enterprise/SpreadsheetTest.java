package org.zonehub.enterprise;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import org.zonehub.platform.sheets.Spreadsheet;
import org.zonehub.platform.sheets.SharedStringList;
import org.zonehub.platform.sheets.WorkbookZip;
import org.zonehub.platform.sheets.XmlMarkupBound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What an uploaded file is, sniffed from its bytes, and its rows with the numbers a spreadsheet shows; files
 * crafted to exhaust memory are refused, each in under two seconds within the test JVM's 256 MB heap.
 */
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

		assertThatThrownBy(() -> Spreadsheet.sniff(file)).isInstanceOf(Spreadsheet.Refused.class)
			.hasMessageContaining("not a spreadsheet");
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

		assertThatThrownBy(() -> Spreadsheet.sniff(zip)).hasMessageContaining("not a spreadsheet");
		assertThatThrownBy(() -> Spreadsheet.sniff(xls)).hasMessageContaining(".xls");
	}

	@Test
	void anEmptyFileIsEmpty() throws IOException {
		Path file = write("empty.csv", new byte[0]);

		assertThatThrownBy(() -> Spreadsheet.sniff(file)).hasMessage("is empty");
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

	@Test
	void theTemplateWithOneCellAtColumnFxshrxwIsRefusedAtThatCell() throws Exception {
		Path file = write("column-bomb.xlsx", CraftedFiles.columnBomb());

		Spreadsheet.Refused refused = refusedQuickly(file);

		assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.TOO_MANY_COLUMNS);
		assertThat(refused.arguments()).containsExactly("FXSHRXW", 1, "XFD");
		assertThat(refused).hasMessage("has a cell at column FXSHRXW in row 1, beyond the last column of Excel, XFD");
	}

	@Test
	void rowsAndCellsBeyondExcelsLastRowAreRefused() throws Exception {
		Path row = CraftedFiles.workbook(folder.resolve("row.xlsx"),
				out -> CraftedFiles.row(out, 1_048_577, ImportFiles.HEADER), null, Map.of());
		Path cell = CraftedFiles.workbook(folder.resolve("cell.xlsx"),
				out -> out.write("<row r=\"1\"><c r=\"B99999999999\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
				null, Map.of());

		assertThat(refusedQuickly(row)).hasMessage("has a row numbered 1,048,577, outside the rows of Excel, 1 to 1,048,576");
		assertThat(refusedQuickly(cell).arguments()).containsExactly(99_999_999_999L, 1_048_576);
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefused() throws Exception {
		Path file = CraftedFiles.workbook(folder.resolve("long-cell.xlsx"), out -> {
			CraftedFiles.row(out, 1, ImportFiles.HEADER);
			CraftedFiles.row(out, 2, List.of("x", "y".repeat(Spreadsheet.EXCEL_CELL_CHARS + 1)));
		}, null, Map.of());

		Spreadsheet.Refused refused = refusedQuickly(file);

		assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.CELL_TOO_LONG);
		assertThat(refused).hasMessage("has more than 32,767 characters in cell B2, more than Excel allows in a cell");
	}

	@Test
	void aMillionSharedStringsAreRefusedWhetherTheWorkbookSaysSoOrNot() throws Exception {
		Path declared = CraftedFiles.millionSharedStrings(folder.resolve("declared.xlsx"), true);
		Path undeclared = CraftedFiles.millionSharedStrings(folder.resolve("undeclared.xlsx"), false);

		Spreadsheet.Refused atOnce = refusedQuickly(declared);
		// refused only after 800,000 strings are parsed: a second on a quiet machine, not asserted on a shared one
		Spreadsheet.Refused counted = (Spreadsheet.Refused) catchThrowable(
				() -> Spreadsheet.sniff(undeclared).read((rowNumber, cells) -> {
				}));

		for (Spreadsheet.Refused refused : List.of(atOnce, counted)) {
			assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.TOO_MANY_TEXTS);
			assertThat(refused).hasMessage("has more than 800,000 different texts: split it into smaller files");
		}
	}

	@Test
	void sharedStringsOfMoreCharactersThanTheBoundAreRefused() throws Exception {
		Random random = new Random(7);
		Path file = CraftedFiles.workbook(folder.resolve("much-text.xlsx"),
				out -> CraftedFiles.row(out, 1, ImportFiles.HEADER), out -> {
					for (int i = 0; i <= SharedStringList.MAX_CHARS / Spreadsheet.EXCEL_CELL_CHARS; i++) {
						String text = CraftedFiles.randomLetters(random, Spreadsheet.EXCEL_CELL_CHARS);
						out.write("<si><t>" + text + "</t></si>");
					}
				}, Map.of());

		assertThat(refusedQuickly(file).reason()).isEqualTo(Spreadsheet.Refusal.TOO_MUCH_TEXT);
	}

	@Test
	void aZipBombIsRefusedByItsDirectoryAndAsItUnpacks() throws Exception {
		Path file = CraftedFiles.zipBomb(folder.resolve("bomb.xlsx"));
		assertThat(Files.size(file)).isLessThan(200_000);

		Spreadsheet.Refused sniffed = refusedQuickly(file);
		// were the directory to lie, the bytes would tell: read without the sniff that looks at the directory
		Spreadsheet.Refused unpacking = refusedQuickly(() -> new Spreadsheet(file, Spreadsheet.Format.XLSX, null, ',')
			.read((rowNumber, cells) -> {
			}));

		for (Spreadsheet.Refused refused : List.of(sniffed, unpacking)) {
			assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.ZIP_BOMB);
			assertThat(refused).hasMessage("has a part xl/worksheets/sheet1.xml that unpacks to more than 100 times "
					+ "its packed size, as a zip bomb does");
		}
	}

	@Test
	void aPartPoiParsesWholeIsBoundedWhereAStreamedPartIsNot() throws Exception {
		Random random = new Random(11);
		Path file = CraftedFiles.workbook(folder.resolve("styles.xlsx"),
				out -> CraftedFiles.row(out, 1, ImportFiles.HEADER), null, Map.of("xl/styles.xml", out -> {
					out.write("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
					out.write("<numFmts>");
					for (int i = 0; i < 3_000; i++) {
						out.write("<numFmt numFmtId=\"" + (164 + i) + "\" formatCode=\""
								+ CraftedFiles.randomLetters(random, 1_000) + "\"/>");
					}
					out.write("</numFmts></styleSheet>");
				}));

		Spreadsheet.Refused refused = refusedQuickly(file);

		assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.PART_TOO_LARGE);
		assertThat(refused).hasMessage("has a part xl/styles.xml that unpacks to more than 2 MB");
	}

	@Test
	void aWorkbookOfMorePartsThanAnyNeedsIsRefused() throws Exception {
		Path file = folder.resolve("parts.xlsx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			for (String name : List.of("[Content_Types].xml", "xl/workbook.xml")) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
			}
			for (int i = 0; i < WorkbookZip.MAX_PARTS; i++) {
				zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/image" + i + ".png"));
			}
		}

		assertThat(refusedQuickly(file))
			.hasMessage("consists of more than 1,000 packed parts, which no workbook needs");
	}

	@Test
	void xmlTheParserWouldHoldWholeIsRefused() throws Exception {
		String endless = "y".repeat(XmlMarkupBound.MAX_MARKUP_CHARS);
		Path attribute = CraftedFiles.workbook(folder.resolve("attribute.xlsx"),
				out -> out.write("<row r=\"1\" spans=\"" + endless + "\"></row>"), null, Map.of());
		Path comment = CraftedFiles.workbook(folder.resolve("comment.xlsx"),
				out -> out.write("<!-- \" > " + endless + " -->"), null, Map.of());
		Path deep = CraftedFiles.workbook(folder.resolve("deep.xlsx"),
				out -> out.write("<x>".repeat(XmlMarkupBound.MAX_DEPTH)), null, Map.of());

		assertThat(refusedQuickly(attribute).reason()).isEqualTo(Spreadsheet.Refusal.XML_TAG_TOO_LONG);
		assertThat(refusedQuickly(comment).reason()).isEqualTo(Spreadsheet.Refusal.XML_TAG_TOO_LONG);
		assertThat(refusedQuickly(deep).reason()).isEqualTo(Spreadsheet.Refusal.XML_TOO_DEEP);
	}

	@Test
	void aFullImportOfFiftyThousandRowsIsWithinEveryBound() throws Exception {
		Path file = write("full.xlsx", ImportFiles.xlsx(ImportFiles.HEADER,
				ImportFiles.rows(ImportJob.MAX_ROWS, i -> ImportFiles.with(ImportFiles.row("C" + i, "宁波第" + i + "有限公司"),
						ImportColumn.ADDRESS, "宁波市北仑区导入路" + i + "号"))));
		int[] rows = { 0 };

		Spreadsheet.sniff(file).read((rowNumber, cells) -> rows[0]++);

		assertThat(rows[0]).isEqualTo(ImportJob.MAX_ROWS + 1);
	}

	@Test
	void aCsvFileOfOneEndlessLineIsRefusedAtTheRowBound() throws Exception {
		Path file = CraftedFiles.oneLineCsv(folder.resolve("one-line.csv"), 3L << 20);

		Spreadsheet.Refused refused = refusedQuickly(file);

		assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.ROW_TOO_LONG);
		assertThat(refused).hasMessage("has more than 1,048,576 characters in row 1");
	}

	@Test
	void aQuotedCsvCellIsBoundedAsItsWholeRecordNotLineByLine() throws Exception {
		Path endless = folder.resolve("open-quote.csv");
		try (var out = Files.newBufferedWriter(endless)) {
			out.write(String.join(",", ImportFiles.HEADER) + "\nX,\"");
			for (int line = 0; line < 200_000; line++) {
				out.write("a short line\n");
			}
		}
		Path multiLine = write("multi-line.csv",
				"creditCode,nameZh,address\nX,甲,\"宁波市\n北仑区\n导入路1号\"\n".getBytes(StandardCharsets.UTF_8));

		assertThat(refusedQuickly(endless)).hasMessage("has more than 1,048,576 characters in row 2");
		assertThat(rows(Spreadsheet.sniff(multiLine)).get(1)).containsExactly("X", "甲", "宁波市\n北仑区\n导入路1号");
	}

	@Test
	void aCsvRowOfMoreCellsThanExcelHasOrALongerCellIsRefused() throws Exception {
		Path wide = write("wide.csv",
				("a,b\n" + ",".repeat(Spreadsheet.EXCEL_COLUMNS)).getBytes(StandardCharsets.UTF_8));
		Path longCell = write("long.csv",
				("a,b\nx," + "y".repeat(Spreadsheet.EXCEL_CELL_CHARS + 1)).getBytes(StandardCharsets.UTF_8));

		assertThat(refusedQuickly(wide))
			.hasMessage("has a cell at column XFE in row 2, beyond the last column of Excel, XFD");
		assertThat(refusedQuickly(longCell).arguments()).containsExactly("B2", Spreadsheet.EXCEL_CELL_CHARS);
	}

	@Test
	void aGbkFileMarkedUtf8IsRefusedWhereOneWithoutTheMarkReads() throws Exception {
		byte[] markedBytes = CraftedFiles.gbkMarkedUtf8();
		Path marked = write("marked.csv", markedBytes);
		Path unmarked = write("unmarked.csv", Arrays.copyOfRange(markedBytes, 3, markedBytes.length));

		Spreadsheet.Refused refused = refusedQuickly(marked);

		assertThat(refused.reason()).isEqualTo(Spreadsheet.Refusal.NOT_UTF8);
		assertThat(refused.getMessage())
			.startsWith("starts with the UTF-8 byte-order mark but is not UTF-8 text from byte ")
			.endsWith("save it again as \"CSV UTF-8\"");
		assertThat(rows(Spreadsheet.sniff(unmarked)).get(1)).startsWith("91330200MA2XXXXXX1", "宁波甬通家电有限公司");
	}

	/** Sniffs and reads the whole file, which must be refused, and in under two seconds. */
	private static Spreadsheet.Refused refusedQuickly(Path file) {
		return refusedQuickly(() -> Spreadsheet.sniff(file).read((rowNumber, cells) -> {
		}));
	}

	private static Spreadsheet.Refused refusedQuickly(ThrowingCallable reading) {
		long start = System.nanoTime();
		Throwable thrown = catchThrowable(reading);
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(thrown).isInstanceOf(Spreadsheet.Refused.class);
		assertThat(took).as("refused after %s", took).isLessThan(Duration.ofSeconds(2));
		return (Spreadsheet.Refused) thrown;
	}

	private List<List<String>> rows(Spreadsheet sheet) throws IOException, Spreadsheet.Refused {
		List<List<String>> rows = new ArrayList<>();
		sheet.read((rowNumber, cells) -> rows.add(cells));
		return rows;
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(folder.resolve(name), content);
	}

}
