package org.zonehub.action;

/** An action's lifecycle: written as a draft, launched (fanned out to its zones), closed (no more reports). */
public enum ActionStatus {

	DRAFT, LAUNCHED, CLOSED

}
