package org.zonehub.platform.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** A workbook part's XML as the parser reads it: decoded as XML says, and text of any length passes. */
class XmlMarkupBoundTest {

	private static final String XML = "<?xml version=\"1.0\"?><t a=\"/>\">宁波<![CDATA[<甬通>]]><!-- > --></t>";

	@Test
	void utf8AndUtf16AreReadWithOrWithoutAByteOrderMark() throws Exception {
		byte[] utf8Mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] utf16Mark = { (byte) 0xFE, (byte) 0xFF };

		for (byte[] part : List.of(bytes(null, StandardCharsets.UTF_8), bytes(utf8Mark, StandardCharsets.UTF_8),
				bytes(utf16Mark, StandardCharsets.UTF_16BE), bytes(null, StandardCharsets.UTF_16LE))) {
			assertThat(text(part)).isEqualTo("宁波<甬通>");
		}
	}

	@Test
	void textOfAnyLengthPassesInPieces() throws Exception {
		String endless = "宁".repeat(10 * XmlMarkupBound.MAX_MARKUP_CHARS);

		assertThat(text(("<t>" + endless + "</t>").getBytes(StandardCharsets.UTF_8))).isEqualTo(endless);
	}

	private static byte[] bytes(byte[] mark, Charset charset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (mark != null) {
			out.writeBytes(mark);
		}
		out.writeBytes(XML.getBytes(charset));
		return out.toByteArray();
	}

	private static String text(byte[] part) throws Exception {
		StringBuilder text = new StringBuilder();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {

			@Override
			public void characters(char[] characters, int start, int length) {
				text.append(characters, start, length);
			}

		});
		try (XmlMarkupBound xml = XmlMarkupBound.of(new ByteArrayInputStream(part))) {
			parser.parse(new InputSource(xml));
		}
		return text.toString();
	}

}
