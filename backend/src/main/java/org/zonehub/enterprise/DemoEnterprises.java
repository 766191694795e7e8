package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Demo data: a few hundred plausible enterprises in each demo zone (Chinese names, valid credit codes with the
 * zone's division code, a spread of kinds and customs modes), generated from a fixed seed so every run gets the
 * same ones. On an empty registry the first two are the realm's demo enterprise users' enterprises: id 1 in
 * ningbo and id 2 in hangzhou (see infra/keycloak/zonehub-realm.json).
 *
 * <p>
 * A zone is seeded once, in one transaction: a start that finds any enterprise the seeder created there leaves the
 * zone alone, so what users did to the demo enterprises stays (a corrected credit code does not bring the old one
 * back) and a seeding cut short by a kill is redone whole.
 */
@Component
@Profile("demo")
@Order(20) // after the demo zones
class DemoEnterprises implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEnterprises.class);

	static final int PER_ZONE = 300;

	/** The {@code created_by} of every seeded enterprise: how a later start knows a zone has had its demo data. */
	private static final String SEEDER = "demo-seed";

	/** Zone code → the division code of its city (positions 3–8 of a credit code) and its districts. */
	private static final Map<String, Division> DIVISIONS = Map.of("ningbo",
			new Division("宁波", "Ningbo", "330200", List.of("海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区", "余姚市", "慈溪市")),
			"hangzhou", new Division("杭州", "Hangzhou", "330100",
					List.of("上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区")));

	private static final List<String> CORES = List.of("甬通", "海天", "华信", "东方", "锦程", "远航", "恒达", "万象", "新易",
			"百川", "博远", "嘉禾", "瑞丰", "凯越", "星海", "宏图", "海鸥", "金桥", "云帆", "天成", "中联", "盛邦", "永兴", "长风");

	private static final List<String> TRADES = List.of("家电", "电子", "纺织", "五金", "服饰", "文具", "灯具", "卫浴", "厨具",
			"小家电", "汽配", "宠物用品", "户外用品", "母婴用品", "家居");

	private static final List<String> SUFFIXES = List.of("跨境电商有限公司", "进出口有限公司", "国际贸易有限公司", "科技有限公司",
			"供应链管理有限公司", "电子商务有限公司");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙");

	private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
			"杰", "涛", "明", "超", "霞", "平");

	record Division(String cityZh, String cityEn, String code, List<String> districts) {
	}

	private final TenancyGuard tenancy;

	private final EnterpriseMapper enterprises;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoEnterprises(TenancyGuard tenancy, EnterpriseMapper enterprises, Clock clock, ApplicationEventPublisher events) {
		this.tenancy = tenancy;
		this.enterprises = enterprises;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<ZoneScope> unseeded = new ArrayList<>();
		for (String zoneCode : List.of("ningbo", "hangzhou")) {
			ZoneScope zone = tenancy.demoScope(zoneCode, SEEDER, "Demo data", Roles.ZONE_ADMIN, null);
			if (!enterprises.anyCreatedBy(zone, SEEDER)) {
				unseeded.add(zone);
			}
		}
		// anchors first, so that on an empty registry they get ids 1 and 2
		Map<ZoneScope, List<EnterpriseRow>> seeded = new java.util.LinkedHashMap<>();
		for (int index = 0; index < PER_ZONE; index++) {
			for (ZoneScope zone : unseeded) {
				EnterpriseRow row = generate(DIVISIONS.get(zone.zoneCode()), index);
				if (enterprises.findByCreditCodes(zone, List.of(row.creditCode())).isEmpty()) {
					enterprises.insert(zone, row);
					seeded.computeIfAbsent(zone, z -> new ArrayList<>()).add(row);
				}
			}
		}
		seeded.forEach(this::announce);
		for (ZoneScope zone : unseeded) {
			log.info("Demo enterprises seeded in {}: {}", zone.zoneCode(), PER_ZONE);
		}
	}

	/** Tells the rollup, as the registry does for enterprises registered by hand or by an import. */
	private void announce(ZoneScope zone, List<EnterpriseRow> rows) {
		Map<String, EnterpriseRow> byCode = rows.stream()
			.collect(java.util.stream.Collectors.toMap(EnterpriseRow::creditCode, row -> row));
		Map<EnterpriseStatus, List<Long>> idsByStatus = new java.util.EnumMap<>(EnterpriseStatus.class);
		for (EnterpriseMapper.CreditCodeId stored : enterprises.findIdsByCreditCodes(zone, byCode.keySet())) {
			idsByStatus.computeIfAbsent(byCode.get(stored.creditCode()).status(), s -> new ArrayList<>())
				.add(stored.id());
		}
		Instant at = rows.stream().map(EnterpriseRow::updatedAt).max(Instant::compareTo).orElseThrow();
		idsByStatus.forEach((status, ids) -> events.publishEvent(new EnterpriseStatusChanged(zone.zoneId(), ids, status, at)));
	}

	EnterpriseRow generate(Division division, int index) {
		Random random = new Random(division.code().hashCode() * 31L + index);
		// core × trade gives 360 distinct names, enough for PER_ZONE
		String name = division.cityZh() + CORES.get(index % CORES.size())
				+ TRADES.get(index / CORES.size() % TRADES.size()) + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
		Set<EnterpriseKind> kinds = EnumSet.of(EnterpriseKind.SELLER);
		if (random.nextInt(6) == 0) {
			kinds.add(EnterpriseKind.values()[random.nextInt(EnterpriseKind.values().length)]);
		}
		Set<CustomsMode> modes = EnumSet.noneOf(CustomsMode.class);
		modes.add(random.nextInt(3) == 0 ? CustomsMode.M9710 : CustomsMode.M9610);
		if (random.nextInt(4) == 0) {
			modes.add(CustomsMode.M9810);
		}
		String contact = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		EnterpriseStatus status = index > 10 && random.nextInt(25) == 0 ? EnterpriseStatus.SUSPENDED
				: EnterpriseStatus.ACTIVE;
		return new EnterpriseRow(null, creditCode(division, random), null, name,
				division.cityEn() + " Enterprise " + (index + 1) + " Co., Ltd.", Enterprise.kindCodes(kinds),
				division.code().substring(0, 4) + digits(random, 6), Enterprise.modeCodes(modes),
				division.districts().get(random.nextInt(division.districts().size())),
				division.districts().get(0) + "跨境电商产业园" + (random.nextInt(40) + 1) + "号", contact,
				"1" + (3 + random.nextInt(6)) + digits(random, 9), "contact" + (index + 1) + "@example.cn",
				BigDecimal.valueOf(random.nextLong(100_000, 500_000_000L), 2).multiply(BigDecimal.TEN),
				BigDecimal.valueOf(random.nextLong(0, 50_000_000L), 2), status, SEEDER, now, SEEDER, now, 0);
	}

	private static String creditCode(Division division, Random random) {
		StringBuilder organization = new StringBuilder();
		for (int i = 0; i < 9; i++) {
			organization.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
		}
		String first17 = "91" + division.code() + organization;
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static String digits(Random random, int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

}
