package org.zonehub.enterprise;

/** Suspended enterprises can be reactivated; deregistered ones are history. Users follow: only ACTIVE signs in. */
public enum EnterpriseStatus {

	ACTIVE, SUSPENDED, DEREGISTERED

}
