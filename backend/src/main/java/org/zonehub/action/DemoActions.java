package org.zonehub.action;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.action.ActionForm.ActionKeyTaskForm;
import org.zonehub.action.ActionForm.ActionMeasureForm;
import org.zonehub.action.ActionRows.ZoneRef;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Demo data: the 2025 cross-border trade facilitation special action (the General Administration of Customs
 * leading 20 departments, 25 pilot cities, April to September 2025, 5 key tasks, 29 measures), with reports of
 * ningbo and hangzhou in various states, closed; and its January 2026 nationwide replication of 25 measures to
 * every zone, launched, with reports, a returned one and late measures. Made through the services users go through,
 * once (skipped when any national action exists). Measure titles follow the public announcement where it names
 * them (sea–rail–land corridor links, mutual recognition of electronic authentication and signatures, green
 * channels for agricultural products, AI review of export declarations, AI machine inspection, sampling robots,
 * Baiyun Airport's "9+N" command centre); the others, all descriptions, figures and the list of cities are
 * ILLUSTRATIVE, written in the same spirit, and say so.
 */
@Component
@Profile("demo")
@Order(40) // after the demo zones
class DemoActions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoActions.class);

	static final String NAME_2025 = "2025年促进跨境贸易便利化专项行动";

	static final String ILLUSTRATIVE_ZH = "（示例文本，非官方原文）";

	static final String ILLUSTRATIVE_EN = " (illustrative text, not the official wording)";

	private static final List<String> PARTNERS = List.of("国家发展改革委", "工业和信息化部", "公安部", "财政部", "交通运输部",
			"农业农村部", "商务部", "中国人民银行", "国务院国资委", "税务总局", "市场监管总局", "国家金融监督管理总局", "国家网信办", "国家数据局",
			"国家移民局", "民航局", "国家邮政局", "国家外汇局", "国家药监局", "中国国家铁路集团有限公司");

	/** 25 pilot cities (illustrative list); those that are demo zones get assignments. */
	private static final List<String> CITIES = List.of("beijing", "tianjin", "shanghai", "chongqing", "guangzhou",
			"shenzhen", "hangzhou", "ningbo", "qingdao", "xiamen", "zhengzhou", "chengdu", "xian", "wuhan", "changsha",
			"nanjing", "suzhou", "hefei", "fuzhou", "kunming", "nanning", "dalian", "harbin", "urumqi", "dongguan");

	private static final String[][] TASKS = { { "高效跨境物流", "Efficient cross-border logistics" },
			{ "新业态新模式", "New business models and formats" }, { "特殊货物监管", "Supervision of special goods" },
			{ "智慧监管", "Smart supervision" }, { "惠企利民", "Benefiting enterprises and the people" } };

	/** task index, title zh, title en, lead department, public (true) or illustrative title */
	private static final Object[][] MEASURES = {
			{ 0, "推动“丝路海运”与中欧班列、西部陆海新通道联动衔接", "Link \"Silk Road Maritime\" sea routes with the China–Europe Railway Express and the Western Land–Sea New Corridor", "交通运输部", true },
			{ 0, "推进海铁、空铁等多式联运一体化通关", "Integrated clearance for sea–rail, air–rail and other multimodal transport", "海关总署", true },
			{ 0, "推广“船边直提”“抵港直装”作业模式", "Extend direct pick-up at ship side and direct loading on arrival", "海关总署", false },
			{ 0, "优化国际航空货运保障，压缩货物地面停留时间", "Improve international air cargo handling and shorten ground dwell time", "民航局", false },
			{ 0, "广州白云机场“9+N”现场指挥中心协同通关", "Guangzhou Baiyun Airport \"9+N\" on-site command centre for joint clearance", "海关总署", true },
			{ 0, "推进国际道路运输便利化，推广TIR运输", "Facilitate international road transport and extend TIR carriage", "交通运输部", false },
			{ 1, "跨境商务电子认证和电子签名跨境互认", "Cross-border mutual recognition of business electronic authentication and electronic signatures", "商务部", true },
			{ 1, "对可信境外企业实现跨平台、跨区域认证互通", "Authentication interoperable across platforms and regions for trusted overseas enterprises", "国家数据局", true },
			{ 1, "支持跨境电商海外仓出口退税便利化", "Easier export tax refunds for cross-border e-commerce overseas warehouses", "税务总局", false },
			{ 1, "推广跨境电商零售出口“清单核放、汇总申报”", "Extend manifest release with consolidated declarations for retail exports", "海关总署", false },
			{ 1, "便利跨境电商企业跨境资金结算", "Easier cross-border settlement of funds for e-commerce enterprises", "国家外汇局", false },
			{ 1, "支持市场采购贸易与跨境电商融合发展", "Combine market procurement trade with cross-border e-commerce", "商务部", false },
			{ 2, "便利农产品跨境运输，开辟口岸快速通关“绿色通道”", "Convenient cross-border transport of agricultural products with \"green channels\" for fast port clearance", "农业农村部", true },
			{ 2, "优化鲜活易腐商品查验作业，实行优先查验", "Priority inspection for fresh and perishable goods", "海关总署", false },
			{ 2, "推进进口铁矿、铜精矿智能取样机器人应用", "Sampling robots for imported iron ore and copper concentrate", "海关总署", true },
			{ 2, "便利生物医药研发用物品通关", "Easier clearance of articles for biomedical research and development", "国家药监局", false },
			{ 2, "优化危险货物出口申报和检验流程", "Streamline export declaration and inspection of dangerous goods", "海关总署", false },
			{ 2, "支持保税维修和再制造业务发展", "Support bonded repair and remanufacturing", "商务部", false },
			{ 3, "推广出口报关单AI智能审核（宁波“甬智”智能体）", "AI review of export declarations (Ningbo's \"Yongzhi\" agent)", "海关总署", true },
			{ 3, "推进AI智能机检，提升图像判读效率", "AI machine inspection with faster image review", "海关总署", true },
			{ 3, "深化国际贸易“单一窗口”功能，推动数据互联互通", "Deepen the \"single window\" and connect its data", "海关总署", false },
			{ 3, "推进物流信息电子化和区块链应用", "Electronic logistics documents and blockchain use", "交通运输部", false },
			{ 3, "推广“智慧口岸”建设，实现口岸作业智能化", "Smart ports with intelligent port operations", "海关总署", false },
			{ 3, "加强跨部门联合监管与信息共享", "Joint supervision and information sharing across departments", "市场监管总局", false },
			{ 4, "降低进出口环节合规成本，清理规范口岸收费", "Lower compliance costs and regulate port charges", "国家发展改革委", false },
			{ 4, "扩大AEO互认，提升高级认证企业通关便利", "Wider AEO mutual recognition and easier clearance for accredited enterprises", "海关总署", false },
			{ 4, "推进跨境贸易金融服务便利化", "Easier trade finance for cross-border trade", "国家金融监督管理总局", false },
			{ 4, "推行口岸政务服务“一网通办”", "One online portal for port government services", "国家数据局", false },
			{ 4, "加强政策宣讲和企业培训，提升企业获得感", "Policy briefings and training for enterprises", "商务部", false } };

	/** The four of the 29 not replicated in 2026 (illustrative choice). */
	private static final Set<Integer> NOT_REPLICATED = Set.of(4, 5, 17, 21);

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ZoneHub demo action evidence\n"
			+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	private final TenancyGuard tenancy;

	private final ActionCatalog catalog;

	private final Reporting reporting;

	private final ZoneActions zoneActions;

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoActions(TenancyGuard tenancy, ActionCatalog catalog, Reporting reporting, ZoneActions zoneActions,
			ActionMapper actions, AssignmentMapper assignments, PlatformTransactionManager transactions, Clock clock) {
		this.tenancy = tenancy;
		this.catalog = catalog;
		this.reporting = reporting;
		this.zoneActions = zoneActions;
		this.actions = actions;
		this.assignments = assignments;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!actions.national().isEmpty()) {
			return;
		}
		// one transaction: a seeding cut short leaves nothing, and the next start redoes it
		transaction.executeWithoutResult(status -> seed());
		log.info("Demo special actions seeded");
	}

	private void seed() {
		Owner ministry = Owner.demoMinistry();
		List<String> cities = actions.zonesByCodes(CITIES)
			.stream()
			.filter(zone -> "ACTIVE".equals(zone.status()) || "APPROVED".equals(zone.status()))
			.map(ZoneRef::code)
			.toList();
		List<ActionKeyTaskForm> tasks = new ArrayList<>();
		for (int t = 0; t < TASKS.length; t++) {
			List<ActionMeasureForm> measures = new ArrayList<>();
			for (int m = 0; m < MEASURES.length; m++) {
				Object[] measure = MEASURES[m];
				if ((int) measure[0] != t) {
					continue;
				}
				boolean publicTitle = (boolean) measure[4];
				// the airport measure applies to the city with the airport only
				List<String> zones = m == 4 && cities.contains("guangzhou") ? List.of("guangzhou") : null;
				LocalDate due = LocalDate.of(2025, 6 + m % 4, 30).withDayOfMonth(m % 4 == 1 ? 31 : 30);
				measures.add(new ActionMeasureForm(String.valueOf(m + 1),
						publicTitle ? (String) measure[1] : measure[1] + ILLUSTRATIVE_ZH,
						publicTitle ? (String) measure[2] : measure[2] + ILLUSTRATIVE_EN,
						"围绕“" + measure[1] + "”，明确责任单位和时间表，按月报送进展。" + ILLUSTRATIVE_ZH,
						"Name the units and the timetable for this measure and report progress monthly." + ILLUSTRATIVE_EN,
						(String) measure[3], List.of("商务部", "交通运输部"),
						"形成可复制推广的经验做法" + ILLUSTRATIVE_ZH, due, zones));
			}
			tasks.add(new ActionKeyTaskForm(TASKS[t][0], TASKS[t][1], measures));
		}
		Action draft = catalog.create(ministry, new ActionForm(NAME_2025,
				"2025 Special Action to Promote Cross-border Trade Facilitation", 2025, "海关总署", PARTNERS,
				"署岸发〔2025〕xx号（示例）", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30), null, false, cities,
				tasks, null));
		Action launched = catalog.launch(ministry, draft.id(), draft.version());
		for (String zoneCode : List.of("ningbo", "hangzhou")) {
			if (cities.contains(zoneCode)) {
				report2025(zoneCode, launched);
			}
		}
		Action closed = catalog.close(ministry, launched.id(), launched.version());

		List<Long> replicated = new ArrayList<>();
		List<Action.ActionMeasure> all = closed.measures();
		for (int index = 0; index < all.size(); index++) {
			if (!NOT_REPLICATED.contains(index)) {
				replicated.add(all.get(index).id());
			}
		}
		Action copy = catalog.replicate(ministry, closed.id(), new ReplicationForm(replicated,
				"2026年跨境贸易便利化成熟举措全国复制推广", "Nationwide replication of mature cross-border trade facilitation measures, 2026",
				2026, "署岸函〔2026〕xx号（示例）", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31)));
		// spread the due dates over the year, so some are past, some near and some ahead
		List<ActionKeyTaskForm> spread = new ArrayList<>();
		int index = 0;
		for (Action.ActionKeyTask task : copy.keyTasks()) {
			List<ActionMeasureForm> measures = new ArrayList<>();
			for (Action.ActionMeasure measure : task.measures()) {
				LocalDate due = LocalDate.of(2026, 3 + index % 10, 1).plusMonths(1).minusDays(1);
				index++;
				measures.add(new ActionMeasureForm(measure.number(), measure.titleZh(), measure.titleEn(),
						measure.descriptionZh(), measure.descriptionEn(), measure.leadDepartment(),
						measure.partnerDepartments(), measure.expectedResult(), due, null));
			}
			spread.add(new ActionKeyTaskForm(task.titleZh(), task.titleEn(), measures));
		}
		Action dated = catalog.update(ministry, copy.id(), new ActionForm(copy.nameZh(), copy.nameEn(), copy.year(),
				copy.leadDepartment(), copy.partnerDepartments(), copy.documentNo(), copy.windowStart(),
				copy.windowEnd(), null, true, null, spread, copy.version()));
		Action nationwide = catalog.launch(ministry, dated.id(), dated.version());
		for (String zoneCode : List.of("ningbo", "hangzhou")) {
			report2026(zoneCode, nationwide);
		}
	}

	/** 2025: most measures done, a few in progress, one not applicable; one done with evidence. */
	private void report2025(String zoneCode, Action action) {
		ZoneScope zone = admin(zoneCode);
		List<Assignment> mine = assignmentsOf(zone, action.id());
		LocalDate end = LocalDate.of(2025, 9, 30);
		for (int index = 0; index < mine.size(); index++) {
			Assignment assignment = mine.get(index);
			reporting.contact(zone, assignment.id(), new AssignmentContactForm(zoneCode.equals("ningbo") ? "宁波海关" : "杭州海关",
					zoneCode.equals("ningbo") ? "陈静" : "王磊", assignment.version()));
			reporting.saveDraft(zone, assignment.id(),
					new ActionReportForm(LocalDate.of(2025, 6, 30), MeasureStatus.IN_PROGRESS,
							"已制定工作方案，明确责任单位，正在推进。" + ILLUSTRATIVE_ZH, null, null, null, null, null));
			reporting.submit(zone, assignment.id(), reporting.detail(zone, assignment.id()).draft().version());
			MeasureStatus status = index % 9 == 4 ? MeasureStatus.IN_PROGRESS
					: index % 13 == 7 ? MeasureStatus.NOT_APPLICABLE : MeasureStatus.DONE;
			BigDecimal figure = index == 18 ? new BigDecimal("30") : null;
			String note = index == 18 ? "“甬智”智能体审核出口报关单，通关效率提升30%。" + ILLUSTRATIVE_ZH
					: status == MeasureStatus.DONE ? "已按期完成，形成经验材料。" + ILLUSTRATIVE_ZH
							: "持续推进中。" + ILLUSTRATIVE_ZH;
			reporting.saveDraft(zone, assignment.id(), new ActionReportForm(end, status, note, figure,
					figure == null ? null : "%", status == MeasureStatus.DONE ? LocalDate.of(2025, 9, 20) : null,
					status == MeasureStatus.NOT_APPLICABLE ? "本地无相关口岸业务。" + ILLUSTRATIVE_ZH : null, null));
			Assignment.AssignmentDetail detail = reporting.detail(zone, assignment.id());
			if (index == 0) {
				attachPdf(zone, assignment.id());
				detail = reporting.detail(zone, assignment.id());
			}
			reporting.submit(zone, assignment.id(), detail.draft().version());
		}
	}

	/** 2026: a spread of states, one report returned by ministry, the rest left open (some late). */
	private void report2026(String zoneCode, Action action) {
		ZoneScope zone = admin(zoneCode);
		List<Assignment> mine = assignmentsOf(zone, action.id());
		List<LocalDate> dates = action.reportingDates();
		LocalDate today = LocalDate.now(clock.withZone(Supervision.CHINA));
		List<LocalDate> passed = dates.stream().filter(date -> date.isBefore(today)).toList();
		if (passed.isEmpty()) {
			return;
		}
		LocalDate last = passed.get(passed.size() - 1);
		for (int index = 0; index < mine.size(); index++) {
			Assignment assignment = mine.get(index);
			if (index % 5 == 4) {
				continue; // nothing reported yet: missing reports, some measures late
			}
			MeasureStatus status = index % 5 == 0 ? MeasureStatus.DONE : MeasureStatus.IN_PROGRESS;
			reporting.saveDraft(zone, assignment.id(), new ActionReportForm(index % 2 == 0 ? last : passed.get(0), status,
					(status == MeasureStatus.DONE ? "已复制推广落地。" : "已部署，正在推进。") + ILLUSTRATIVE_ZH,
					index % 3 == 0 ? new BigDecimal(120 + index) : null, index % 3 == 0 ? "家企业" : null,
					status == MeasureStatus.DONE ? last.minusDays(3) : null, null, null));
			if (index == 1) {
				attachPdf(zone, assignment.id());
			}
			reporting.submit(zone, assignment.id(), reporting.detail(zone, assignment.id()).draft().version());
		}
		// ministry asks ningbo for more on its second measure
		if (zoneCode.equals("ningbo") && mine.size() > 1) {
			Assignment.AssignmentDetail detail = reporting.detail(zone, mine.get(1).id());
			Assignment.ActionReport latest = detail.reports().get(0);
			reporting.returnReport(tenancy.demoMinistryActingIn(zoneCode), latest.id(),
					new ReportReturnForm("请补充：落地企业名单和通关时间对比数据。" + ILLUSTRATIVE_ZH, latest.version()));
		}
	}

	private void attachPdf(ZoneScope zone, long assignmentId) {
		reporting.attach(zone, assignments.draftOf(zone, assignmentId), "工作进展说明.pdf", new ByteArrayInputStream(PDF));
	}

	private List<Assignment> assignmentsOf(ZoneScope zone, long actionId) {
		return zoneActions.find(zone, actionId).assignments();
	}

	private ZoneScope admin(String zoneCode) {
		return tenancy.demoScope(zoneCode, "demo-seed", "演示填报人", Roles.ZONE_ADMIN, null);
	}

}
