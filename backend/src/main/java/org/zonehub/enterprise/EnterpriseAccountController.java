package org.zonehub.enterprise;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.identity.Account;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;

/** The Keycloak accounts of one enterprise, managed by the zone's administrators. */
@RestController
@RequestMapping("/api/zones/{zone}/enterprises/{id}/users")
class EnterpriseAccountController {

	record Invitation(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 50) String firstName,
			@NotBlank @Size(max = 50) String lastName) {
	}

	/** The new account and its temporary password, shown once. */
	record InvitedAccount(Account account, String temporaryPassword) {
	}

	private final TenancyGuard tenancy;

	private final EnterpriseAccounts accounts;

	EnterpriseAccountController(TenancyGuard tenancy, EnterpriseAccounts accounts) {
		this.tenancy = tenancy;
		this.accounts = accounts;
	}

	@GetMapping
	List<Account> list(@PathVariable String zone, @PathVariable long id) {
		return accounts.list(tenancy.enter(zone, Access.READ), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InvitedAccount invite(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody Invitation invitation) {
		return accounts.invite(tenancy.enter(zone, Access.WRITE), id, invitation);
	}

	@PostMapping("/{userId}/disable")
	Account disable(@PathVariable String zone, @PathVariable long id, @PathVariable String userId) {
		return accounts.setEnabled(tenancy.enter(zone, Access.WRITE), id, userId, false);
	}

	@PostMapping("/{userId}/enable")
	Account enable(@PathVariable String zone, @PathVariable long id, @PathVariable String userId) {
		return accounts.setEnabled(tenancy.enter(zone, Access.WRITE), id, userId, true);
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String zone, @PathVariable long id, @PathVariable String userId) {
		accounts.remove(tenancy.enter(zone, Access.WRITE), id, userId);
	}

}
