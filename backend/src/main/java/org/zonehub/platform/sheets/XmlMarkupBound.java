package org.zonehub.platform.sheets;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.zonehub.platform.sheets.Spreadsheet.Refusal;
import org.zonehub.platform.sheets.Spreadsheet.RefusedWhileReading;

/**
 * The text of a workbook part read as a stream, refusing what the XML parser would hold whole in memory: the JDK's
 * parser hands on text between tags in pieces, but gathers a tag with all its attributes, a comment, a CDATA
 * section or a processing instruction whole, and keeps a frame for each element still open. So markup longer than
 * {@value #MAX_MARKUP_CHARS} characters, or elements nested deeper than {@value #MAX_DEPTH}, are refused as they
 * arrive.
 */
public final class XmlMarkupBound extends FilterReader {

	/**
	 * Room for a CDATA section holding Excel's longest cell twice over; Excel's longest tags (a worksheet's
	 * namespace declarations) have a few hundred characters.
	 */
	public static final int MAX_MARKUP_CHARS = 65_536;

	/** A sheet nests some ten elements deep (worksheet, sheetData, row, c, is, r, t; extensions a few more). */
	public static final int MAX_DEPTH = 64;

	private enum State {

		TEXT, OPENING, TAG, QUOTED, COMMENT, CDATA, INSTRUCTION

	}

	private static final String COMMENT_OPENING = "!--";

	private static final String CDATA_OPENING = "![CDATA[";

	private State state = State.TEXT;

	/** The characters after "<" while it is open what they start. */
	private final StringBuilder opening = new StringBuilder(CDATA_OPENING.length());

	private int length;

	private char quote;

	private boolean closingTag;

	private boolean declaration;

	private char previous;

	/** How many of the characters just read were the one that ends a comment ("--") or a CDATA section ("]]"). */
	private int closers;

	private int depth;

	private XmlMarkupBound(Reader in) {
		super(in);
	}

	/**
	 * A part's XML as text: UTF-8 (what every spreadsheet program writes), or UTF-16 where its first bytes say so
	 * (XML's own rule), without a byte-order mark, which the parser does not expect in text.
	 */
	static XmlMarkupBound of(InputStream part) throws IOException {
		InputStream in = new BufferedInputStream(part, 64 * 1024);
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		Charset charset = StandardCharsets.UTF_8;
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			in.skipNBytes(3);
		}
		else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0x00, '<', 0x00, '?')) {
			charset = StandardCharsets.UTF_16BE;
			in.skipNBytes(head[0] == 0 ? 0 : 2);
		}
		else if (startsWith(head, 0xFF, 0xFE) || startsWith(head, '<', 0x00, '?', 0x00)) {
			charset = StandardCharsets.UTF_16LE;
			in.skipNBytes(head[0] == '<' ? 0 : 2);
		}
		return new XmlMarkupBound(new InputStreamReader(in, charset));
	}

	private static boolean startsWith(byte[] head, int... bytes) {
		if (head.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (head[i] != (byte) bytes[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			scan((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int count) throws IOException {
		int n = super.read(buffer, offset, count);
		for (int i = offset; i < offset + n; i++) {
			char c = buffer[i];
			if (state != State.TEXT || c == '<') { // text between tags, most of a sheet's characters, passes at once
				scan(c);
			}
		}
		return n;
	}

	private void scan(char c) {
		if (state == State.TEXT) {
			if (c == '<') {
				state = State.OPENING;
				opening.setLength(0);
				length = 1;
			}
			return;
		}
		if (++length > MAX_MARKUP_CHARS) {
			throw new RefusedWhileReading(Refusal.XML_TAG_TOO_LONG, MAX_MARKUP_CHARS);
		}
		switch (state) {
			case OPENING -> opening(c);
			case TAG -> tag(c);
			case QUOTED -> state = c == quote ? State.TAG : State.QUOTED;
			case COMMENT -> closers = end(c, '-');
			case CDATA -> closers = end(c, ']');
			case INSTRUCTION -> state = c == '>' && previous == '?' ? State.TEXT : State.INSTRUCTION;
			default -> throw new IllegalStateException(state.name());
		}
		previous = c;
	}

	/** Works out from its first characters what the markup is: "<?", "<!--", "<![CDATA[", or a tag. */
	private void opening(char c) {
		if (opening.isEmpty() && c != '!') { // nearly always: a tag, at its first character
			if (c == '?') {
				state = State.INSTRUCTION;
			}
			else {
				closingTag = c == '/';
				declaration = false;
				state = State.TAG;
				tag(c);
			}
			return;
		}
		opening.append(c);
		String start = opening.toString();
		if (start.equals(COMMENT_OPENING)) {
			state = State.COMMENT;
			closers = 0;
		}
		else if (start.equals(CDATA_OPENING)) {
			state = State.CDATA;
			closers = 0;
		}
		else if (!COMMENT_OPENING.startsWith(start) && !CDATA_OPENING.startsWith(start)) {
			closingTag = false;
			declaration = true; // such as <!DOCTYPE, which opens no element
			state = State.TAG;
			tag(c);
		}
	}

	private void tag(char c) {
		if (c == '"' || c == '\'') {
			quote = c;
			state = State.QUOTED;
		}
		else if (c == '>') {
			if (closingTag) {
				depth--;
			}
			else if (!declaration && previous != '/' && ++depth > MAX_DEPTH) {
				throw new RefusedWhileReading(Refusal.XML_TOO_DEEP, MAX_DEPTH);
			}
			state = State.TEXT;
		}
	}

	/** Ends a comment at "-->" or a CDATA section at "]]>"; the closers counted so far. */
	private int end(char c, char closer) {
		if (c == '>' && closers >= 2) {
			state = State.TEXT;
		}
		return c == closer ? closers + 1 : 0;
	}

}
