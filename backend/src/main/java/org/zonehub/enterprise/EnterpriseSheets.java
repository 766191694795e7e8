package org.zonehub.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.ibatis.session.ResultContext;
import org.apache.ibatis.session.ResultHandler;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheets the registry hands out: the import template (.xlsx or .csv, the columns and one example row)
 * and the export (.xlsx, the same columns, written as a stream). Both have {@link ImportColumn}'s labels as their
 * header row, so an export can be edited and imported again.
 */
final class EnterpriseSheets {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	static final String SHEET_NAME = "企业名录";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private EnterpriseSheets() {
	}

	/** The .xlsx template: the header, one example row, code columns formatted as text, and a sheet of notes. */
	static byte[] templateXlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(SHEET_NAME);
			header(sheet, styles);
			Row example = sheet.createRow(1);
			for (ImportColumn column : ImportColumn.values()) {
				Cell cell = example.createCell(column.ordinal());
				if (column.isMoney()) {
					cell.setCellValue(new BigDecimal(column.example()).doubleValue());
					cell.setCellStyle(styles.money);
				}
				else {
					cell.setCellValue(column.example());
					cell.setCellStyle(styles.text);
				}
				// typed-in codes and phone numbers stay text rather than turning into numbers
				sheet.setDefaultColumnStyle(column.ordinal(), column.isMoney() ? styles.money : styles.text);
				sheet.setColumnWidth(column.ordinal(), width(column));
			}
			notes(workbook.createSheet("填写说明"), styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** The .csv template, UTF-8 with a byte-order mark so that Excel opens the Chinese labels correctly. */
	static byte[] templateCsv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(UTF8_BOM);
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::label).toList());
			printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::example).toList());
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return out.toByteArray();
	}

	/**
	 * An export being written: gets the rows one by one from the database (a MyBatis result handler), keeps only
	 * a window of them in memory (the rest go to a temporary file), then writes the workbook out. Close it to delete
	 * the temporary file.
	 */
	static final class Export implements ResultHandler<EnterpriseRow>, AutoCloseable {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

		private final Styles styles = new Styles(workbook);

		private final SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);

		private int rows;

		Export() {
			header(sheet, styles);
			for (ImportColumn column : ImportColumn.values()) {
				sheet.setColumnWidth(column.ordinal(), width(column));
			}
		}

		@Override
		public void handleResult(ResultContext<? extends EnterpriseRow> context) {
			add(Enterprise.from(context.getResultObject()));
		}

		void add(Enterprise enterprise) {
			Row row = sheet.createRow(++rows);
			for (ImportColumn column : ImportColumn.values()) {
				Object value = column.valueOf(enterprise);
				if (value == null || "".equals(value)) {
					continue;
				}
				Cell cell = row.createCell(column.ordinal());
				if (value instanceof BigDecimal amount) {
					cell.setCellValue(amount.doubleValue());
					cell.setCellStyle(styles.money);
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}

		int rows() {
			return rows;
		}

		void write(OutputStream out) throws IOException {
			workbook.write(out);
		}

		@Override
		public void close() throws IOException {
			workbook.close(); // also deletes the temporary files
		}

	}

	private static void header(Sheet sheet, Styles styles) {
		Row header = sheet.createRow(0);
		for (ImportColumn column : ImportColumn.values()) {
			Cell cell = header.createCell(column.ordinal());
			cell.setCellValue(column.label());
			cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void notes(Sheet notes, Styles styles) {
		String[] titles = { "列名", "英文键（也可作列名）", "必填", "说明" };
		Row header = notes.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(titles[i]);
			cell.setCellStyle(styles.header);
		}
		for (ImportColumn column : ImportColumn.values()) {
			Row row = notes.createRow(column.ordinal() + 1);
			row.createCell(0).setCellValue(column.label());
			row.createCell(1).setCellValue(column.key());
			row.createCell(2).setCellValue(column.required() ? "是" : "否");
			String allowed = column.allowedValues();
			if (allowed != null) {
				row.createCell(3).setCellValue(allowed);
			}
		}
		Row last = notes.createRow(ImportColumn.values().length + 2);
		last.createCell(0)
			.setCellValue("第一行为表头；按统一社会信用代码导入：新代码新增企业，已有代码只更新有变化的字段；"
					+ "文件中没有的列保持原值。每个文件最多 " + ImportJob.MAX_ROWS + " 行。导入前请删除示例行。");
		notes.setColumnWidth(0, 24 * 256);
		notes.setColumnWidth(1, 28 * 256);
		notes.setColumnWidth(2, 8 * 256);
		notes.setColumnWidth(3, 90 * 256);
	}

	private static int width(ImportColumn column) {
		return switch (column) {
			case NAME_ZH, NAME_EN, ADDRESS -> 36 * 256;
			case CREDIT_CODE, CONTACT_EMAIL, CREDIT_CODE_OVERRIDE_REASON -> 24 * 256;
			default -> 18 * 256;
		};
	}

	/** The few cell styles the sheets use (a workbook must own its styles). */
	private static final class Styles {

		final CellStyle header;

		final CellStyle requiredHeader;

		final CellStyle text;

		final CellStyle money;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			Font boldRed = workbook.createFont();
			boldRed.setBold(true);
			boldRed.setColor(Font.COLOR_RED);
			requiredHeader = workbook.createCellStyle();
			requiredHeader.setFont(boldRed);
			text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		}

	}

}
