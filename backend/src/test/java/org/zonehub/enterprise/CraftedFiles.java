package org.zonehub.enterprise;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.zonehub.platform.sheets.Spreadsheet;


/**
 * Files crafted to break an importer that trusts its input: each written by the test, streamed to disk where it
 * is large, so that no binary is committed and no test holds a large file in memory.
 */
final class CraftedFiles {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private CraftedFiles() {
	}

	/** XML a test writes into a part, as it streams to the zip. */
	@FunctionalInterface
	interface Xml {

		void write(Writer out) throws IOException;

	}

	/**
	 * The import template, 5 KB, with one more cell in its header row: at column FXSHRXW, the 2,147,483,647th
	 * (the largest int).
	 */
	static byte[] columnBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream template = new ZipInputStream(new ByteArrayInputStream(EnterpriseSheets.templateXlsx()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry; (entry = template.getNextEntry()) != null;) {
				byte[] content = template.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					content = new String(content, StandardCharsets.UTF_8)
						.replaceFirst("</row>", "<c r=\"FXSHRXW1\" t=\"inlineStr\"><is><t>备注</t></is></c></row>")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return out.toByteArray();
	}

	/**
	 * A workbook whose shared-strings table has a million strings: the template's labels and 999,986 names.
	 *
	 * @param declared whether the table says how many strings it has, as Excel writes it
	 */
	static Path millionSharedStrings(Path file, boolean declared) throws IOException {
		List<String> labels = ImportFiles.HEADER;
		return workbook(file, out -> {
			out.write("<row r=\"1\">");
			for (int column = 0; column < labels.size(); column++) {
				out.write("<c r=\"" + Spreadsheet.columnName(column) + "1\" t=\"s\"><v>" + column + "</v></c>");
			}
			out.write("</row>");
			row(out, 2, ImportFiles.row("91330200MA2XXXXXX1", "宁波某公司"));
		}, declared ? "count=\"1000014\" uniqueCount=\"1000000\"" : "", out -> {
			for (String label : labels) {
				out.write("<si><t>" + label + "</t></si>");
			}
			for (int i = labels.size(); i < 1_000_000; i++) {
				out.write("<si><t>宁波第" + i + "有限公司</t></si>");
			}
		}, Map.of());
	}

	/**
	 * A zip bomb of 1000:1: a workbook whose sheet is a header row and then 100 MB of blanks between rows (XML
	 * allows them), which pack to some 100 KB.
	 */
	static Path zipBomb(Path file) throws IOException {
		return workbook(file, out -> {
			row(out, 1, ImportFiles.HEADER);
			char[] blanks = new char[1 << 20];
			Arrays.fill(blanks, ' ');
			for (int i = 0; i < 100; i++) {
				out.write(blanks);
			}
			row(out, 2, ImportFiles.row("91330200MA2XXXXXX1", "宁波某公司"));
		}, null, Map.of());
	}

	/** A CSV file of one line: the template's header and then {@code size} bytes of one endless cell. */
	static Path oneLineCsv(Path file, long size) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", ImportFiles.HEADER));
			out.write(',');
			char[] chunk = new char[1 << 16];
			Arrays.fill(chunk, 'x');
			for (long written = 0; written < size; written += chunk.length) {
				out.write(chunk);
			}
		}
		return file;
	}

	/** A CSV file in GBK that starts with the UTF-8 byte-order mark, as an editor that mislabels may save it. */
	static byte[] gbkMarkedUtf8() {
		return ImportFiles.csv(ImportFiles.HEADER, List.of(ImportFiles.row("91330200MA2XXXXXX1", "宁波甬通家电有限公司")),
				Charset.forName("GBK"), true);
	}

	/**
	 * A minimal workbook: content types, relationships, one sheet and, if given, shared strings and further parts
	 * (name to XML) such as styles.
	 */
	static Path workbook(Path file, Xml sheetRows, Xml sharedStrings, Map<String, Xml> parts) throws IOException {
		return workbook(file, sheetRows, "", sharedStrings, parts);
	}

	/** @param sharedStringsAttributes such as {@code uniqueCount="3"} */
	static Path workbook(Path file, Xml sheetRows, String sharedStringsAttributes, Xml sharedStrings,
			Map<String, Xml> parts) throws IOException {
		Map<String, Xml> all = new LinkedHashMap<>();
		all.put("[Content_Types].xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" "
				+ "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
				+ ".spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
				+ "officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
				+ "officedocument.spreadsheetml.sharedStrings+xml\"/>"
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
				+ ".spreadsheetml.styles+xml\"/>"
				+ "</Types>"));
		all.put("_rels/.rels", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>"));
		all.put("xl/workbook.xml", out -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
				+ "<sheet name=\"企业名录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
		all.put("xl/_rels/workbook.xml.rels", out -> {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" "
					+ "Target=\"worksheets/sheet1.xml\"/>");
			if (sharedStrings != null) {
				out.write("<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/sharedStrings\" "
						+ "Target=\"sharedStrings.xml\"/>");
			}
			if (parts.containsKey("xl/styles.xml")) {
				out.write("<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>");
			}
			out.write("</Relationships>");
		});
		all.put("xl/worksheets/sheet1.xml", out -> {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
			sheetRows.write(out);
			out.write("</sheetData></worksheet>");
		});
		if (sharedStrings != null) {
			all.put("xl/sharedStrings.xml", out -> {
				out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
				out.write("<sst xmlns=\"" + MAIN + "\" " + sharedStringsAttributes + ">");
				sharedStrings.write(out);
				out.write("</sst>");
			});
		}
		all.putAll(parts);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, Xml> part : all.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				// flushed, not closed: closing would close the zip
				Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
				part.getValue().write(out);
				out.flush();
				zip.closeEntry();
			}
		}
		return file;
	}

	/** A row of inline strings, as some programs write them (no shared-strings table). */
	static void row(Writer out, int number, List<String> cells) throws IOException {
		out.write("<row r=\"" + number + "\">");
		for (int column = 0; column < cells.size(); column++) {
			if (cells.get(column) != null && !cells.get(column).isEmpty()) {
				out.write("<c r=\"" + Spreadsheet.columnName(column) + number + "\" t=\"inlineStr\"><is><t>"
						+ escaped(cells.get(column)) + "</t></is></c>");
			}
		}
		out.write("</row>");
	}

	/** Letters that deflate packs no better than two to one. */
	static String randomLetters(Random random, int length) {
		char[] letters = new char[length];
		for (int i = 0; i < length; i++) {
			letters[i] = (char) ('a' + random.nextInt(26));
		}
		return new String(letters);
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
