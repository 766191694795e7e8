package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.testing.CreditCodes;

import static org.assertj.core.api.Assertions.assertThat;

/** A row of an import file read into the registry's form, with each column's problem. */
class ImportRowsTest {

	private final ImportRows rows = new ImportRows(Validation.buildDefaultValidatorFactory().getValidator());

	private final ImportHeader header = ImportHeader.of(1, ImportFiles.HEADER);

	@Test
	void headersAreChineseLabelsOrEnglishKeysInAnyCase() {
		assertThat(ImportColumn.ofHeader("统一社会信用代码")).isEqualTo(ImportColumn.CREDIT_CODE);
		assertThat(ImportColumn.ofHeader(" CreditCode ")).isEqualTo(ImportColumn.CREDIT_CODE);
		assertThat(ImportColumn.ofHeader("NAMEZH")).isEqualTo(ImportColumn.NAME_ZH);
		assertThat(ImportColumn.ofHeader("企业名称*")).isEqualTo(ImportColumn.NAME_ZH);
		assertThat(ImportColumn.ofHeader("企业名称 (nameZh)")).isEqualTo(ImportColumn.NAME_ZH);
		assertThat(ImportColumn.ofHeader("上年跨境出口额（元）")).isEqualTo(ImportColumn.EXPORT_VALUE_CNY);
		assertThat(ImportColumn.ofHeader("序号")).isNull();
	}

	@Test
	void aHeaderSaysWhichRequiredColumnsAreMissing() {
		ImportHeader partial = ImportHeader.of(1, List.of("企业名称", "联系人", "备注"));

		assertThat(partial.missing()).containsExactly(ImportColumn.CREDIT_CODE, ImportColumn.KINDS);
	}

	@Test
	void aValidRowBecomesTheForm() {
		String code = CreditCodes.random();

		ImportRows.Parsed parsed = rows.parse(header, ImportFiles.row(code, "宁波甬通家电有限公司"), true);

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.form().kinds()).containsExactlyInAnyOrder(EnterpriseKind.SELLER, EnterpriseKind.LOGISTICS);
		assertThat(parsed.form().customsModes()).containsExactlyInAnyOrder(CustomsMode.M9610, CustomsMode.M9810);
		assertThat(parsed.form().exportValueCny()).isEqualByComparingTo("1234567.50");
	}

	@Test
	void kindsAndModesTakeSeveralSeparatorsAndEnumNames() {
		List<String> row = ImportFiles.with(ImportFiles.with(ImportFiles.row(CreditCodes.random(), "甲"),
				ImportColumn.KINDS, "平台，seller; OVERSEAS_WAREHOUSE 服务商"), ImportColumn.CUSTOMS_MODES, "1210；1239 9710");

		ImportRows.Parsed parsed = rows.parse(header, row, true);

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.form().kinds()).containsExactlyInAnyOrder(EnterpriseKind.PLATFORM, EnterpriseKind.SELLER,
				EnterpriseKind.OVERSEAS_WAREHOUSE, EnterpriseKind.SERVICE_PROVIDER);
		assertThat(parsed.form().customsModes()).containsExactlyInAnyOrder(CustomsMode.M1210, CustomsMode.M1239,
				CustomsMode.M9710);
	}

	@Test
	void moneyAsExcelShowsIt() {
		List<String> row = ImportFiles.with(ImportFiles.row(CreditCodes.random(), "甲"), ImportColumn.EXPORT_VALUE_CNY,
				"¥12,345,678.50");

		assertThat(rows.parse(header, row, true).form().exportValueCny()).isEqualTo(new BigDecimal("12345678.50"));
	}

	@Test
	void eachBadColumnIsNamedOnce() {
		List<String> row = ImportFiles.row(CreditCodes.withWrongCheck(CreditCodes.random()), "");
		row = ImportFiles.with(row, ImportColumn.KINDS, "工厂、卖家");
		row = ImportFiles.with(row, ImportColumn.CUSTOMS_CODE, "12345");
		row = ImportFiles.with(row, ImportColumn.CUSTOMS_MODES, "9999");
		row = ImportFiles.with(row, ImportColumn.CONTACT_EMAIL, "nope");
		row = ImportFiles.with(row, ImportColumn.EXPORT_VALUE_CNY, "很多");

		Map<ImportColumn, FieldProblem> problems = rows.parse(header, row, true).problems();

		assertThat(problems).containsOnlyKeys(ImportColumn.CREDIT_CODE, ImportColumn.NAME_ZH, ImportColumn.KINDS,
				ImportColumn.CUSTOMS_CODE, ImportColumn.CUSTOMS_MODES, ImportColumn.CONTACT_EMAIL,
				ImportColumn.EXPORT_VALUE_CNY);
		assertThat(problems.get(ImportColumn.CREDIT_CODE).code()).isEqualTo(ErrorCode.CREDIT_CODE_CHECK_CHARACTER);
		assertThat(problems.get(ImportColumn.KINDS).code()).isEqualTo(ErrorCode.ROW_UNKNOWN_KIND);
		assertThat(problems.get(ImportColumn.KINDS).args()).first().asString().contains("工厂");
		assertThat(problems.get(ImportColumn.CUSTOMS_MODES).args()).first().isEqualTo("9999");
		assertThat(problems.get(ImportColumn.CONTACT_EMAIL).code()).isEqualTo(ErrorCode.FIELD_EMAIL);
	}

	@Test
	void aWrongCheckCharacterWithAReasonIsAccepted() {
		List<String> row = ImportFiles.with(ImportFiles.row(CreditCodes.withWrongCheck(CreditCodes.random()), "甲"),
				ImportColumn.CREDIT_CODE_OVERRIDE_REASON, "2015年前赋码，经核实");

		assertThat(rows.parse(header, row, true).problems()).isEmpty();
	}

	@Test
	void theTemplatesExampleRowIsNotImported() {
		List<String> example = java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::example).toList();

		assertThat(rows.parse(header, example, true).problems()).containsOnlyKeys(ImportColumn.CREDIT_CODE);
	}

	@Test
	void exportedKindsAndModesReadBack() {
		Enterprise enterprise = new Enterprise(1, CreditCodes.random(), null, "甲", null,
				java.util.EnumSet.of(EnterpriseKind.CUSTOMS_BROKER, EnterpriseKind.PAYMENT), null,
				java.util.EnumSet.of(CustomsMode.M9810, CustomsMode.M9610), null, null, null, null, null, null, null,
				EnterpriseStatus.ACTIVE, "x", null, "x", null, 0);

		String kinds = (String) ImportColumn.KINDS.valueOf(enterprise);
		String modes = (String) ImportColumn.CUSTOMS_MODES.valueOf(enterprise);

		assertThat(kinds).isEqualTo("支付、报关");
		assertThat(modes).isEqualTo("9610、9810");
	}

}
