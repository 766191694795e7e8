package org.zonehub.enterprise;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zonehub.platform.tenancy.ZoneScope;

/** What other modules may ask about an enterprise of a zone (compliance needs its kinds, modes and status). */
@Service
public class EnterpriseDirectory {

	private final EnterpriseMapper enterprises;

	EnterpriseDirectory(EnterpriseMapper enterprises) {
		this.enterprises = enterprises;
	}

	/** The enterprise if it is in the zone; empty otherwise (callers answer 404 either way). */
	public Optional<Enterprise> find(ZoneScope zone, long id) {
		return Optional.ofNullable(enterprises.findById(zone, id)).map(Enterprise::from);
	}

}
