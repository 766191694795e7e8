package org.zonehub.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The caller's language comes from {@code Accept-Language}: Chinese (zh-CN) first and by default, English second.
 * Any other Chinese (zh-TW, zh) gets zh-CN, any English gets English, anything else the default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

	static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
		resolver.setDefaultLocale(DEFAULT);
		return resolver;
	}

}
