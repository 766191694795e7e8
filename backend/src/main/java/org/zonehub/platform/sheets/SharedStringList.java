package org.zonehub.platform.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.zonehub.platform.sheets.Spreadsheet.Refusal;
import org.zonehub.platform.sheets.Spreadsheet.RefusedWhileReading;

/**
 * A workbook's shared strings as plain strings (POI's own tables hand out each string wrapped in an XmlBeans
 * rich-text object, which costs more than all the rest of reading a row). They are the one part of a workbook kept
 * in memory while its sheet streams, so they are bounded as they are read, and kept compactly: their characters
 * in large pages, each string a position and a length, rather than a Java object each (some 40 bytes more per
 * string).
 */
public final class SharedStringList extends DefaultHandler implements SharedStrings {

	/**
	 * Distinct texts: a 50,000-row file of the template's 14 columns, every cell a different text, has 700,000; a
	 * real one far fewer, its kinds, modes and districts repeating. A file of a million is refused.
	 */
	public static final int MAX_STRINGS = 800_000;

	/**
	 * Their characters together: a real 50,000-row file has some 150 per row of text that differs from row to row
	 * (names, addresses, codes, e-mail), 7.5 million in all; at most some 34 MB of heap (UTF-16, in pages) plus
	 * 8 MB of positions.
	 */
	public static final int MAX_CHARS = 16_000_000;

	/** A string never spans two pages, so a page leaves unused at most the length of one cell. */
	private static final int PAGE_CHARS = 1 << 20;

	private final List<char[]> pages = new ArrayList<>();

	private int pageUsed = PAGE_CHARS;

	/** Per string: where its characters start (over all pages) shifted left 16 bits, or'ed with its length. */
	private long[] locations = new long[1024];

	private int count;

	private long chars;

	private final StringBuilder text = new StringBuilder();

	private boolean inItem;

	private boolean inText;

	private boolean inPhonetic;

	private SharedStringList() {
	}

	/** @param part the shared-strings part, or {@code null} for a workbook without text cells */
	static SharedStringList read(InputStream part) throws IOException, SAXException, ParserConfigurationException {
		SharedStringList list = new SharedStringList();
		if (part == null) {
			return list;
		}
		try (XmlMarkupBound xml = XmlMarkupBound.of(part)) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(list);
			parser.parse(new InputSource(xml));
		}
		return list;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "sst" -> refuseDeclaredCount(attributes.getValue("uniqueCount"));
			case "si" -> {
				text.setLength(0);
				inItem = true;
			}
			case "t" -> inText = true;
			case "rPh" -> inPhonetic = true;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "si" -> {
				add();
				inItem = false;
			}
			case "t" -> inText = false;
			case "rPh" -> inPhonetic = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] characters, int start, int length) {
		if (!inItem || !inText || inPhonetic) {
			return;
		}
		if (text.length() + length > Spreadsheet.EXCEL_CELL_CHARS) {
			throw new RefusedWhileReading(Refusal.TEXT_TOO_LONG, Spreadsheet.EXCEL_CELL_CHARS);
		}
		if (chars + text.length() + length > MAX_CHARS) {
			throw new RefusedWhileReading(Refusal.TOO_MUCH_TEXT, MAX_CHARS);
		}
		text.append(characters, start, length);
	}

	/** Excel says how many strings follow: too many is refused before any is read (the count is checked anyway). */
	private static void refuseDeclaredCount(String declared) {
		if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > MAX_STRINGS) {
			throw new RefusedWhileReading(Refusal.TOO_MANY_TEXTS, MAX_STRINGS);
		}
	}

	private void add() {
		if (count == MAX_STRINGS) {
			throw new RefusedWhileReading(Refusal.TOO_MANY_TEXTS, MAX_STRINGS);
		}
		int length = text.length();
		if (PAGE_CHARS - pageUsed < length) {
			pages.add(new char[PAGE_CHARS]);
			pageUsed = 0;
		}
		text.getChars(0, length, pages.get(pages.size() - 1), pageUsed);
		long start = (long) (pages.size() - 1) * PAGE_CHARS + pageUsed;
		if (count == locations.length) {
			locations = Arrays.copyOf(locations, count * 2);
		}
		locations[count++] = start << 16 | length;
		pageUsed += length;
		chars += length;
	}

	@Override
	public RichTextString getItemAt(int index) {
		long location = locations[Objects.checkIndex(index, count)];
		long start = location >>> 16;
		return new PlainText(new String(pages.get((int) (start / PAGE_CHARS)), (int) (start % PAGE_CHARS),
				(int) (location & 0xFFFF)));
	}

	@Override
	public int getCount() {
		return count;
	}

	@Override
	public int getUniqueCount() {
		return count;
	}

	/**
	 * A shared string as POI's sheet handler wants it: it only asks for the text. Read-only: nothing formats
	 * imported text, so the formatting methods of the interface refuse.
	 */
	private record PlainText(String text) implements RichTextString {

		@Override
		public String getString() {
			return text;
		}

		@Override
		public String toString() {
			return text;
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void clearFormatting() {
		}

	}

}
