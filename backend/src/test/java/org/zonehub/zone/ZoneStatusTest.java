package org.zonehub.zone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.zone.ZoneStatus.ACTIVE;
import static org.zonehub.zone.ZoneStatus.APPROVED;
import static org.zonehub.zone.ZoneStatus.MERGED;
import static org.zonehub.zone.ZoneStatus.REVOKED;

class ZoneStatusTest {

	@Test
	void approvedZoneGoesLiveOrEnds() {
		assertThat(APPROVED.canBecome(ACTIVE)).isTrue();
		assertThat(APPROVED.canBecome(REVOKED)).isTrue();
		assertThat(APPROVED.canBecome(MERGED)).isTrue();
	}

	@Test
	void activeZoneEndsButNeverGoesBack() {
		assertThat(ACTIVE.canBecome(REVOKED)).isTrue();
		assertThat(ACTIVE.canBecome(MERGED)).isTrue();
		assertThat(ACTIVE.canBecome(APPROVED)).isFalse();
	}

	@Test
	void revokedAndMergedZonesAreFinal() {
		for (ZoneStatus end : new ZoneStatus[] { REVOKED, MERGED }) {
			for (ZoneStatus other : ZoneStatus.values()) {
				assertThat(end.canBecome(other)).as(end + " -> " + other).isEqualTo(other == end);
			}
		}
	}

}
