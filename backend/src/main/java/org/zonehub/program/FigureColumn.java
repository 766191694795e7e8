package org.zonehub.program;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a figures import: credit code × KPI × month × value. A header cell names a column by its Chinese
 * label or its English key (any case). A blank credit code with a program-level KPI is the zone's own figure.
 */
enum FigureColumn {

	CREDIT_CODE("creditCode", "统一社会信用代码", false), KPI_CODE("kpiCode", "指标代码", true),
	MONTH("month", "月份", true), VALUE("value", "数值", true);

	private final String key;

	private final String label;

	private final boolean required;

	FigureColumn(String key, String label, boolean required) {
		this.key = key;
		this.label = label;
		this.required = required;
	}

	String key() {
		return key;
	}

	String label() {
		return label;
	}

	static FigureColumn ofHeader(String text) {
		if (text == null) {
			return null;
		}
		String wanted = text.strip();
		for (FigureColumn column : values()) {
			if (column.label.equals(wanted) || column.key.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
				return column;
			}
		}
		return null;
	}

	/** Which cell holds which column; the file's own header texts, for row errors. */
	record Header(Map<FigureColumn, Integer> indexes, Map<FigureColumn, String> texts) {

		static Header of(List<String> cells) {
			Map<FigureColumn, Integer> indexes = new EnumMap<>(FigureColumn.class);
			Map<FigureColumn, String> texts = new EnumMap<>(FigureColumn.class);
			for (int index = 0; index < cells.size(); index++) {
				FigureColumn column = ofHeader(cells.get(index));
				if (column != null && !indexes.containsKey(column)) {
					indexes.put(column, index);
					texts.put(column, cells.get(index).strip());
				}
			}
			return new Header(indexes, texts);
		}

		List<FigureColumn> missing() {
			List<FigureColumn> missing = new ArrayList<>();
			for (FigureColumn column : values()) {
				if (column.required && !indexes.containsKey(column)) {
					missing.add(column);
				}
			}
			return missing;
		}

		String textOf(FigureColumn column) {
			return texts.getOrDefault(column, column.label);
		}

	}

}
