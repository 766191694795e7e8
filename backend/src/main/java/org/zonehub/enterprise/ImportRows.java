package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.Violations;

/**
 * Turns a row of an import file into the {@link EnterpriseForm} the registry's own form validation checks, and
 * says what is wrong with it, column by column (the first problem of each column).
 */
final class ImportRows {

	/** A row read: its form and its problems by column (empty when the row can be imported). */
	record Parsed(EnterpriseForm form, Map<ImportColumn, FieldProblem> problems) {

		boolean valid() {
			return problems.isEmpty();
		}

	}

	private static final String KIND_CHOICES = String.join(ImportColumn.VALUE_SEPARATOR,
			ImportColumn.KIND_LABELS.values());

	private static final String MODE_CHOICES = java.util.Arrays.stream(CustomsMode.values())
		.map(CustomsMode::code)
		.collect(Collectors.joining(ImportColumn.VALUE_SEPARATOR));

	private static final java.util.regex.Pattern MONEY_NOISE = java.util.regex.Pattern.compile("[,，\\s¥￥元]");

	private final Validator validator;

	ImportRows(Validator validator) {
		this.validator = validator;
	}

	/**
	 * @param check {@code false} only to rebuild the form of a row already found valid (the second pass)
	 */
	Parsed parse(ImportHeader header, List<String> cells, boolean check) {
		Map<ImportColumn, FieldProblem> problems = new EnumMap<>(ImportColumn.class);
		String creditCode = header.cell(cells, ImportColumn.CREDIT_CODE);
		String overrideReason = header.cell(cells, ImportColumn.CREDIT_CODE_OVERRIDE_REASON);
		EnterpriseForm form = new EnterpriseForm(creditCode, overrideReason,
				header.cell(cells, ImportColumn.NAME_ZH), header.cell(cells, ImportColumn.NAME_EN),
				kinds(header.cell(cells, ImportColumn.KINDS), problems), header.cell(cells, ImportColumn.CUSTOMS_CODE),
				modes(header.cell(cells, ImportColumn.CUSTOMS_MODES), problems),
				header.cell(cells, ImportColumn.DISTRICT), header.cell(cells, ImportColumn.ADDRESS),
				header.cell(cells, ImportColumn.CONTACT_NAME), header.cell(cells, ImportColumn.CONTACT_PHONE),
				header.cell(cells, ImportColumn.CONTACT_EMAIL),
				money(header.cell(cells, ImportColumn.EXPORT_VALUE_CNY), ImportColumn.EXPORT_VALUE_CNY, problems),
				money(header.cell(cells, ImportColumn.IMPORT_VALUE_CNY), ImportColumn.IMPORT_VALUE_CNY, problems),
				null);
		if (!check) {
			return new Parsed(form, problems);
		}
		for (ConstraintViolation<EnterpriseForm> violation : validator.validate(form)) {
			ImportColumn column = columnOf(violation.getPropertyPath());
			if (column != null) {
				problems.putIfAbsent(column, Violations.of(column.key(), violation));
			}
		}
		if (!problems.containsKey(ImportColumn.CREDIT_CODE)) {
			ErrorCode problem = creditCodeProblem(creditCode, overrideReason);
			if (problem != null) {
				problems.put(ImportColumn.CREDIT_CODE, new FieldProblem(ImportColumn.CREDIT_CODE.key(), problem));
			}
		}
		return new Parsed(form, Collections.unmodifiableMap(problems));
	}

	private static ErrorCode creditCodeProblem(String code, String overrideReason) {
		if (ImportColumn.EXAMPLE_CREDIT_CODE.equals(CreditCode.normalize(code))) {
			return ErrorCode.ROW_TEMPLATE_EXAMPLE;
		}
		return CreditCode.problem(code, overrideReason);
	}

	private static Set<EnterpriseKind> kinds(String cell, Map<ImportColumn, FieldProblem> problems) {
		Set<EnterpriseKind> kinds = EnumSet.noneOf(EnterpriseKind.class);
		List<String> unknown = new ArrayList<>();
		for (String value : ImportColumn.split(cell)) {
			EnterpriseKind kind = ImportColumn.kindOf(value);
			if (kind == null) {
				unknown.add(value);
			}
			else {
				kinds.add(kind);
			}
		}
		if (!unknown.isEmpty()) {
			problems.put(ImportColumn.KINDS, new FieldProblem(ImportColumn.KINDS.key(), ErrorCode.ROW_UNKNOWN_KIND,
					String.join(", ", unknown), KIND_CHOICES));
		}
		return kinds;
	}

	private static Set<CustomsMode> modes(String cell, Map<ImportColumn, FieldProblem> problems) {
		Set<CustomsMode> modes = EnumSet.noneOf(CustomsMode.class);
		List<String> unknown = new ArrayList<>();
		for (String value : ImportColumn.split(cell)) {
			try {
				modes.add(CustomsMode.ofCode(value));
			}
			catch (IllegalArgumentException notAMode) {
				unknown.add(value);
			}
		}
		if (!unknown.isEmpty()) {
			problems.put(ImportColumn.CUSTOMS_MODES, new FieldProblem(ImportColumn.CUSTOMS_MODES.key(),
					ErrorCode.ROW_UNKNOWN_CUSTOMS_MODE, String.join(", ", unknown), MODE_CHOICES));
		}
		return modes;
	}

	/** Yuan, as typed or as Excel shows them: "12,345,678.50", "¥1,000", "1000元" all read. */
	private static BigDecimal money(String cell, ImportColumn column, Map<ImportColumn, FieldProblem> problems) {
		if (cell == null) {
			return null;
		}
		String digits = MONEY_NOISE.matcher(cell).replaceAll("");
		try {
			return new BigDecimal(digits);
		}
		catch (NumberFormatException notANumber) {
			problems.put(column, new FieldProblem(column.key(), ErrorCode.ROW_NOT_A_NUMBER));
			return null;
		}
	}

	private static ImportColumn columnOf(Path path) {
		for (Path.Node node : path) {
			String name = node.getName();
			for (ImportColumn column : ImportColumn.values()) {
				if (column.key().equals(name)) {
					return column;
				}
			}
		}
		return null;
	}

}
