package org.zonehub.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words a catalogue code in the caller's language (the request's {@code Accept-Language}, zh-CN by default) from
 * the message bundles. Anything that stores a message for later (an import's row errors) stores the code and its
 * arguments and words them when read, so each reader gets their own language.
 */
@Component
public class Messages {

	private final MessageSource bundles;

	Messages(MessageSource bundles) {
		this.bundles = bundles;
	}

	public String text(ErrorCode code, List<?> args) {
		return text(code, args, LocaleContextHolder.getLocale());
	}

	public String text(ErrorCode code, List<?> args, Locale locale) {
		return bundles.getMessage(code.messageKey(), args.toArray(), locale);
	}

	/** The short title of a status, e.g. 请求有误 for 400. */
	public String title(int status, Locale locale) {
		return bundles.getMessage("title." + status, null, bundles.getMessage("title.500", null, locale), locale);
	}

	public FieldError field(FieldProblem problem, Locale locale) {
		return new FieldError(problem.field(), problem.code().code(), text(problem.code(), problem.args(), locale));
	}

}
