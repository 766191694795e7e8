package org.zonehub.program;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/** Months as the API and the tables write them, {@code YYYY-MM}, on the zones' calendar (Asia/Shanghai). */
final class Months {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

	private Months() {
	}

	/** The month named in {@code field}; 400 naming it when it is not {@code YYYY-MM}. */
	static YearMonth parse(String text, String field) {
		if (text == null || !text.matches("\\d{4}-\\d{2}")) {
			throw ApiProblem.invalid(field, ErrorCode.PROGRAM_MONTH_FORMAT);
		}
		try {
			return YearMonth.parse(text, FORMAT);
		}
		catch (DateTimeParseException notAMonth) {
			throw ApiProblem.invalid(field, ErrorCode.PROGRAM_MONTH_FORMAT);
		}
	}

	static String format(YearMonth month) {
		return month.format(FORMAT);
	}

	/** Every month from {@code first} to {@code last}, both included. */
	static List<YearMonth> between(YearMonth first, YearMonth last) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** 0 for {@code first}, 1 for the month after… */
	static int index(YearMonth first, YearMonth month) {
		return (month.getYear() - first.getYear()) * 12 + month.getMonthValue() - first.getMonthValue();
	}

}
