package org.zonehub.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zonehub.testing.CreditCodes;

/** Builds import files for tests: rows of the template's columns, written as .xlsx (as Excel does) or .csv. */
final class ImportFiles {

	/** The template's header: the Chinese labels. */
	static final List<String> HEADER = Arrays.stream(ImportColumn.values()).map(ImportColumn::label).toList();

	/** The same columns by their English keys. */
	static final List<String> KEYS = Arrays.stream(ImportColumn.values()).map(ImportColumn::key).toList();

	private ImportFiles() {
	}

	/** A valid row in the template's column order. */
	static List<String> row(String creditCode, String nameZh) {
		return new ArrayList<>(List.of(creditCode, nameZh, "Test Import Co., Ltd.", "卖家、物流", "3302960001", "9610、9810",
				"北仑区", "宁波市北仑区导入路1号", "王伟", "13800000000", "wang@example.cn", "1234567.50", "0", ""));
	}

	static List<String> with(List<String> row, ImportColumn column, String value) {
		List<String> changed = new ArrayList<>(row);
		changed.set(column.ordinal(), value);
		return changed;
	}

	/** {@code count} valid rows with fresh credit codes and names starting with {@code namePrefix}. */
	static IntFunction<List<String>> fresh(String namePrefix) {
		return index -> row(CreditCodes.random(), namePrefix + index + "有限公司");
	}

	/** Rows generated one at a time, so a large file does not sit in the test's memory twice. */
	static Iterable<List<String>> rows(int count, IntFunction<List<String>> row) {
		return () -> new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return next < count;
			}

			@Override
			public List<String> next() {
				return row.apply(next++);
			}

		};
	}

	/** An .xlsx with a shared-strings table, as Excel writes it. */
	static byte[] xlsx(List<String> header, Iterable<List<String>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = workbook.createSheet("企业名录");
			int index = 0;
			write(sheet.createRow(index++), header);
			for (List<String> row : rows) {
				write(sheet.createRow(index++), row);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	static byte[] csv(List<String> header, Iterable<List<String>> rows, Charset charset, boolean bom) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		try (Writer writer = new OutputStreamWriter(out, charset);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return out.toByteArray();
	}

	static byte[] utf8Csv(List<String> header, Iterable<List<String>> rows) {
		return csv(header, rows, StandardCharsets.UTF_8, true);
	}

	private static void write(Row row, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i) != null && !cells.get(i).isEmpty()) {
				row.createCell(i).setCellValue(cells.get(i));
			}
		}
	}

}
