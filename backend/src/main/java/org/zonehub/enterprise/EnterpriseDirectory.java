package org.zonehub.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * What other modules may ask about the enterprises of a zone: compliance needs one's kinds, modes and status;
 * programs list their enrolled enterprises, find them by credit code and pick them by a registry filter.
 */
@Service
public class EnterpriseDirectory {

	/** The most enterprises one registry filter picks at a time (an enrolment by filter). */
	public static final int MAX_MATCHES = 5_000;

	/** An enterprise as a list shows it. */
	public record Listed(long id, String creditCode, String nameZh, String nameEn, String district,
			EnterpriseStatus status) {

		public boolean active() {
			return status == EnterpriseStatus.ACTIVE;
		}

	}

	private final EnterpriseMapper enterprises;

	EnterpriseDirectory(EnterpriseMapper enterprises) {
		this.enterprises = enterprises;
	}

	/** The enterprise if it is in the zone; empty otherwise (callers answer 404 either way). */
	public Optional<Enterprise> find(ZoneScope zone, long id) {
		return Optional.ofNullable(enterprises.findById(zone, id)).map(Enterprise::from);
	}

	/** The zone's enterprises among {@code ids} (others' ids are simply not found). */
	public List<Listed> listed(ZoneScope zone, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : enterprises.listed(zone, ids);
	}

	/** The zone's enterprises with these (normalised) credit codes. */
	public List<Listed> byCreditCodes(ZoneScope zone, Collection<String> creditCodes) {
		return creditCodes.isEmpty() ? List.of() : enterprises.listedByCreditCodes(zone, creditCodes);
	}

	/**
	 * The active enterprises the registry's own filter finds (name part, credit code prefix, kind, customs mode),
	 * at most {@link #MAX_MATCHES}.
	 */
	public List<Long> activeMatching(ZoneScope zone, String name, String creditCodePrefix, EnterpriseKind kind,
			CustomsMode customsMode) {
		return enterprises.matchingIds(zone, new EnterpriseFilter(name, creditCodePrefix, kind,
				EnterpriseStatus.ACTIVE, customsMode, null), MAX_MATCHES);
	}

	/** The normalised form of a credit code as typed (upper case, no blanks); {@code null} for blank. */
	public static String normalizeCreditCode(String code) {
		return CreditCode.normalize(code);
	}

}
