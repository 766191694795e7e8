package org.zonehub.enterprise;

/** What an enterprise does in cross-border e-commerce; one enterprise may be several. */
public enum EnterpriseKind {

	PLATFORM, SELLER, LOGISTICS, PAYMENT, CUSTOMS_BROKER, OVERSEAS_WAREHOUSE, SERVICE_PROVIDER

}
