package org.zonehub.identity;

/** The email (the username) already belongs to an account bound elsewhere: another zone, enterprise or role. */
public class EmailTakenException extends RuntimeException {

	public EmailTakenException(String email) {
		super("The email " + email + " already belongs to another account.", null, false, false);
	}

}
