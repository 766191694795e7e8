package org.zonehub.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo data: the first three batches of pilot zones (35, approved 2015–2018), among them the demo users' zones
 * ningbo and hangzhou. Runs with the {@code demo} profile; a zone that exists already is left as it is.
 */
@Component
@Profile("demo")
@Order(10)
class DemoZones implements ApplicationRunner {

	private final ZoneMapper zones;

	private final Clock clock;

	DemoZones(ZoneMapper zones, Clock clock) {
		this.zones = zones;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		ClassPathResource csv = new ClassPathResource("demo/zones.csv");
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
			lines.lines().skip(1).map(line -> line.split(",")).forEach(row -> {
				if (zones.findByCode(row[0]) == null) {
					zones.insert(new Zone(row[0], "中国（" + row[1] + "）跨境电子商务综合试验区",
							"China (" + row[2] + ") Cross-border E-commerce Comprehensive Pilot Zone", row[3],
							Integer.parseInt(row[4]), LocalDate.parse(row[5]), ZoneStatus.valueOf(row[6]), null, now,
							now, 0));
				}
			});
		}
	}

}
