package org.zonehub.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the error catalogue against both message bundles: no code without its words, no words without a code. */
class ErrorCatalogueTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private final Properties chinese = load("i18n/messages.properties");

	private final Properties english = load("i18n/messages_en.properties");

	@Test
	void everyCodeHasItsMessageInBothLanguages() {
		for (ErrorCode code : ErrorCode.values()) {
			assertThat(chinese.getProperty(code.messageKey())).as("zh-CN " + code).isNotBlank();
			assertThat(english.getProperty(code.messageKey())).as("en " + code).isNotBlank();
		}
	}

	@Test
	void noMessageNamesACodeThatDoesNotExist() {
		Set<String> keys = Arrays.stream(ErrorCode.values()).map(ErrorCode::messageKey).collect(Collectors.toSet());
		for (Properties bundle : new Properties[] { chinese, english }) {
			assertThat(bundle.stringPropertyNames().stream().filter(key -> key.startsWith("error.")))
				.as("messages without a code")
				.allMatch(keys::contains);
		}
		assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
	}

	@Test
	void everyStatusAProblemCanHaveHasATitle() {
		for (ErrorCode code : ErrorCode.values()) {
			if (code.isProblem()) {
				assertThat(chinese.getProperty("title." + code.status().value())).as(code.toString()).isNotBlank();
				assertThat(english.getProperty("title." + code.status().value())).as(code.toString()).isNotBlank();
			}
		}
	}

	@Test
	void bothLanguagesTakeTheSameArgumentsAndFormatCleanly() {
		for (ErrorCode code : ErrorCode.values()) {
			String zh = chinese.getProperty(code.messageKey());
			String en = english.getProperty(code.messageKey());
			Set<String> arguments = placeholders(zh);
			assertThat(placeholders(en)).as(code.toString()).isEqualTo(arguments);
			Object[] samples = arguments.stream().map(any -> (Object) 12345).toArray();
			for (String message : new String[] { zh, en }) {
				if (!arguments.isEmpty()) {
					String formatted = new MessageFormat(message, Locale.ROOT).format(samples);
					assertThat(formatted).as(code + ": " + message).doesNotContain("{").contains("12");
					assertThat(message).as(code + ": MessageFormat drops a lone apostrophe").doesNotContain("'");
				}
			}
		}
	}

	@Test
	void theChineseBundleIsChinese() {
		for (ErrorCode code : ErrorCode.values()) {
			if (code != ErrorCode.IMPORT_LEGACY_FAILURE) {
				assertThat(HAN.matcher(chinese.getProperty(code.messageKey())).find()).as(code.toString()).isTrue();
			}
		}
	}

	@Test
	void codesAreStableAndDistinct() {
		assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct()).hasSize(ErrorCode.values().length);
		assertThat(ErrorCode.NOT_FOUND.type()).hasToString("urn:zonehub:problem:not-found");
		assertThat(ErrorCode.of("stale-version")).isEqualTo(ErrorCode.STALE_VERSION);
		assertThat(ErrorCode.STALE_VERSION.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ErrorCode.FIELD_REQUIRED.isProblem()).isFalse();
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = ErrorCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		return properties;
	}

}
