package org.zonehub.identity;

/**
 * A ready account and its temporary password, which is shown to the inviter once and never stored.
 *
 * @param created whether this call made the user (false when an earlier attempt already had)
 */
public record ProvisionedAccount(String userId, String username, String email, String temporaryPassword,
		boolean created) {
}
