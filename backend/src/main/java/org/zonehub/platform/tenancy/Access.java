package org.zonehub.platform.tenancy;

/** What a request wants to do inside a zone. */
public enum Access {

	READ, WRITE

}
