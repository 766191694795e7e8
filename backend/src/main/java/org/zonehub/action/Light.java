package org.zonehub.action;

/** Supervision lights of a measure in a zone: amber when due within 3 days and not complete, red when past due. */
enum Light {

	NONE, AMBER, RED

}
