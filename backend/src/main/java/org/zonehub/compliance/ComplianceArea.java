package org.zonehub.compliance;

/** The eight areas the national baseline is organised in. */
public enum ComplianceArea {

	CUSTOMS, TAX, FOREIGN_EXCHANGE, DATA_PROTECTION, PRODUCT_QUALITY, INTELLECTUAL_PROPERTY, EXPORT_CONTROL,
	PLATFORM_AML

}
