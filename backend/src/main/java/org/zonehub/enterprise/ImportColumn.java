package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns of the enterprise spreadsheet, in their order: one definition for the downloadable template, the
 * import and the export. A header cell names a column by its Chinese label or its English key (any case).
 */
enum ImportColumn {

	CREDIT_CODE("creditCode", "统一社会信用代码", true, "91350100M000100Y43", Enterprise::creditCode),
	NAME_ZH("nameZh", "企业名称", true, "宁波示例跨境电商有限公司", Enterprise::nameZh),
	NAME_EN("nameEn", "英文名称", false, "Ningbo Example Cross-border E-commerce Co., Ltd.", Enterprise::nameEn),
	KINDS("kinds", "企业类型", true, "卖家、海外仓", enterprise -> kindLabels(enterprise.kinds())),
	CUSTOMS_CODE("customsCode", "海关编码", false, "3302960001", Enterprise::customsCode),
	CUSTOMS_MODES("customsModes", "海关监管方式", false, "9610、9810", enterprise -> modeCodes(enterprise.customsModes())),
	DISTRICT("district", "所在区县", false, "北仑区", Enterprise::district),
	ADDRESS("address", "地址", false, "宁波市北仑区示例路1号", Enterprise::address),
	CONTACT_NAME("contactName", "联系人", false, "王伟", Enterprise::contactName),
	CONTACT_PHONE("contactPhone", "联系电话", false, "13800000000", Enterprise::contactPhone),
	CONTACT_EMAIL("contactEmail", "联系邮箱", false, "wang@example.cn", Enterprise::contactEmail),
	EXPORT_VALUE_CNY("exportValueCny", "上年跨境出口额(元)", false, "12345678.50", Enterprise::exportValueCny),
	IMPORT_VALUE_CNY("importValueCny", "上年跨境进口额(元)", false, "0", Enterprise::importValueCny),
	CREDIT_CODE_OVERRIDE_REASON("creditCodeOverrideReason", "赋码例外说明", false, "",
			Enterprise::creditCodeOverrideReason);

	/** How exported and template cells join several kinds or modes; the import accepts more (see {@link #split}). */
	static final String VALUE_SEPARATOR = "、";

	/** The example row's credit code: a row carrying it is the template's example left in, not an enterprise. */
	static final String EXAMPLE_CREDIT_CODE = "91350100M000100Y43";

	/** The Chinese label of each kind, as the template shows it and the import accepts it. */
	static final Map<EnterpriseKind, String> KIND_LABELS = labelsOfKinds();

	private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s\\u3000]+");

	private static final Map<String, ImportColumn> BY_NAME = byName();

	private static final Map<String, EnterpriseKind> KINDS_BY_NAME = kindsByName();

	private final String key;

	private final String label;

	private final boolean required;

	private final String example;

	private final Function<Enterprise, Object> value;

	ImportColumn(String key, String label, boolean required, String example, Function<Enterprise, Object> value) {
		this.key = key;
		this.label = label;
		this.required = required;
		this.example = example;
		this.value = value;
	}

	/** The English key: the {@link EnterpriseForm} property the column fills. */
	String key() {
		return key;
	}

	/** The Chinese label: the header text of the template and the export. */
	String label() {
		return label;
	}

	boolean required() {
		return required;
	}

	String example() {
		return example;
	}

	boolean isMoney() {
		return this == EXPORT_VALUE_CNY || this == IMPORT_VALUE_CNY;
	}

	/** The enterprise's value in this column: a {@link BigDecimal} for money, text otherwise ({@code null} if none). */
	Object valueOf(Enterprise enterprise) {
		return value.apply(enterprise);
	}

	static List<ImportColumn> required(Set<ImportColumn> present) {
		return Arrays.stream(values()).filter(column -> column.required && !present.contains(column)).toList();
	}

	/** The column a header cell names, or {@code null}: "企业名称", "nameZh", "NAMEZH", "企业名称 (nameZh)" all work. */
	static ImportColumn ofHeader(String cell) {
		if (cell == null) {
			return null;
		}
		String text = cell.strip().replace('（', '(').replace('）', ')');
		while (text.endsWith("*")) { // a "required" marker some templates add
			text = text.substring(0, text.length() - 1).strip();
		}
		ImportColumn whole = BY_NAME.get(text.toLowerCase(Locale.ROOT));
		if (whole != null || text.isEmpty()) {
			return whole;
		}
		// "label / key", "label (key)", "label\nkey": any part naming a column names it
		for (String part : text.split("[/()\\s]+")) {
			ImportColumn column = BY_NAME.get(part.toLowerCase(Locale.ROOT));
			if (column != null) {
				return column;
			}
		}
		return null;
	}

	/** The separate values of a kinds or modes cell: "卖家、物流", "SELLER, LOGISTICS", "9610；9810" all split. */
	static List<String> split(String cell) {
		return cell == null ? List.of()
				: Arrays.stream(SEPARATORS.split(cell.strip())).filter(part -> !part.isEmpty()).toList();
	}

	/** A kind by its Chinese label or its enum name (any case), or {@code null}. */
	static EnterpriseKind kindOf(String text) {
		return KINDS_BY_NAME.get(text.strip().toLowerCase(Locale.ROOT));
	}

	static String modeCodes(Set<CustomsMode> modes) {
		return modes.stream().sorted().map(CustomsMode::code).collect(Collectors.joining(VALUE_SEPARATOR));
	}

	static String kindLabels(Set<EnterpriseKind> kinds) {
		return kinds.stream().sorted().map(KIND_LABELS::get).collect(Collectors.joining(VALUE_SEPARATOR));
	}

	/** How the template explains the allowed values of a column; {@code null} when it is free text. */
	String allowedValues() {
		return switch (this) {
			case KINDS -> String.join(VALUE_SEPARATOR, KIND_LABELS.values()) + "（可填多个，用、或逗号分隔；也可填英文 "
					+ Arrays.stream(EnterpriseKind.values()).map(Enum::name).collect(Collectors.joining(", ")) + "）";
			case CUSTOMS_MODES -> Arrays.stream(CustomsMode.values())
				.map(CustomsMode::code)
				.collect(Collectors.joining(VALUE_SEPARATOR)) + "（可填多个）";
			case CREDIT_CODE -> "18位，校验位须正确；校验位不符的早期代码须在“赋码例外说明”中写明原因";
			case CUSTOMS_CODE -> "10位数字";
			case EXPORT_VALUE_CNY, IMPORT_VALUE_CNY -> "数字，单位元，最多两位小数";
			default -> null;
		};
	}

	private static Map<EnterpriseKind, String> labelsOfKinds() {
		Map<EnterpriseKind, String> labels = new EnumMap<>(EnterpriseKind.class);
		labels.put(EnterpriseKind.PLATFORM, "平台");
		labels.put(EnterpriseKind.SELLER, "卖家");
		labels.put(EnterpriseKind.LOGISTICS, "物流");
		labels.put(EnterpriseKind.PAYMENT, "支付");
		labels.put(EnterpriseKind.CUSTOMS_BROKER, "报关");
		labels.put(EnterpriseKind.OVERSEAS_WAREHOUSE, "海外仓");
		labels.put(EnterpriseKind.SERVICE_PROVIDER, "服务商");
		if (!labels.keySet().equals(EnumSet.allOf(EnterpriseKind.class))) {
			throw new IllegalStateException("Every kind needs a Chinese label");
		}
		return labels;
	}

	private static Map<String, EnterpriseKind> kindsByName() {
		Map<String, EnterpriseKind> kinds = new LinkedHashMap<>();
		for (EnterpriseKind kind : EnterpriseKind.values()) {
			kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
			kinds.put(KIND_LABELS.get(kind), kind);
		}
		return kinds;
	}

	private static Map<String, ImportColumn> byName() {
		Map<String, ImportColumn> columns = new LinkedHashMap<>();
		for (ImportColumn column : values()) {
			columns.put(column.key.toLowerCase(Locale.ROOT), column);
			columns.put(column.label.toLowerCase(Locale.ROOT), column);
		}
		return columns;
	}

}
