/**
 * Names for the schemas of the generated OpenAPI types (openapi.d.ts, from ../backend/openapi.json).
 * Code imports from here, so a renamed schema is fixed in this one file.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

/**
 * A response body as it arrives: Jackson writes every record component, but springdoc lists none of them as
 * required (and none as nullable). `Nullable` names the ones the contract allows to be null.
 * Once the document marks them itself, this is a no-op.
 */
type Received<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: K extends Nullable ? Exclude<T[K], undefined> | null : Exclude<T[K], undefined>;
};

export type ClientConfig = Received<Schemas['ClientConfig']>;
export type Me = Received<Schemas['Me'], 'zone' | 'enterpriseId'>;
export type Zone = Received<Schemas['Zone'], 'mergedInto'>;
export type ZoneStatus = Zone['status'];
export type ZonePage = Omit<Received<Schemas['PageResultZone']>, 'items'> & { items: Zone[] };
export type NewAdminCredentials = Received<Schemas['NewAdminCredentials']>;
export type CreatedZone = { zone: Zone; firstAdmin: NewAdminCredentials | null };

export type CreateZoneRequest = Schemas['CreateZoneRequest'];
export type FirstAdmin = Schemas['FirstAdmin'];
export type UpdateZoneRequest = Schemas['UpdateZoneRequest'];

/** What went wrong, as the server's error catalogue names it: the `code` of every problem. Branch on these. */
export type ProblemCode = Schemas['ProblemCode'];
/** What is wrong with one field (or one import row or file), as the catalogue names it. */
export type FieldErrorCode = Schemas['FieldErrorCode'];
/** One entry of a problem's `errors`: the field's JSON path, its code, and the message worded for the user. */
export type FieldError = Received<Schemas['FieldError']>;

/** A page of a list whose items are given their received type (the generated page types leave items loose). */
type PageOf<PageSchema, Item> = Omit<Received<PageSchema>, 'items'> & { items: Item[] };

// Enterprises, their accounts, bulk imports and the audit trail (issue 3).

export type Enterprise = Received<
  Schemas['Enterprise'],
  | 'creditCodeOverrideReason'
  | 'nameEn'
  | 'customsCode'
  | 'district'
  | 'address'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'exportValueCny'
  | 'importValueCny'
>;
export type EnterpriseKind = Enterprise['kinds'][number];
export type CustomsMode = Enterprise['customsModes'][number];
export type EnterpriseStatus = Enterprise['status'];
export type EnterprisePage = PageOf<Schemas['PageResultEnterprise'], Enterprise>;

/** POST (create; version ignored) and PUT (edit; version required). Blank optional fields are left out. */
export type EnterpriseForm = Schemas['EnterpriseForm'];
/** PUT .../{id}/contact: the only change an enterprise user may make. */
export type ContactForm = Schemas['ContactForm'];
/** POST .../{id}/suspend | reactivate | deregister. */
export type StatusChange = Schemas['StatusChange'];

export type Account = Received<Schemas['Account']>;
export type Invitation = Schemas['Invitation'];
/** The temporary password is shown once and never stored. */
export type InvitedAccount = Omit<Received<Schemas['InvitedAccount']>, 'account'> & { account: Account };

/**
 * One bad cell: `row` as the spreadsheet numbers it (header = 1), `column` its header text, `field` its key;
 * `code` and `args` say what is wrong, `message` words it in the reader's language.
 */
export type ImportRowError = Received<Schemas['ImportError']>;
export type ImportJob = Omit<
  Received<Schemas['EnterpriseImport'], 'totalRows' | 'errors' | 'failure' | 'failureCode' | 'startedAt' | 'finishedAt'>,
  'errors'
> & {
  /** The first row errors, by row; null in lists. */
  errors: ImportRowError[] | null;
};
export type ImportStatus = ImportJob['status'];
export type ImportJobPage = PageOf<Schemas['PageResultEnterpriseImport'], ImportJob>;

/**
 * One recorded change; `before` and `after` hold only the fields that changed (null on create / delete).
 * The document describes them as Jackson's JsonNode bean, not as the JSON objects they are, hence the override.
 */
export type AuditEntry = Omit<Received<Schemas['AuditEntry'], 'requestId'>, 'before' | 'after'> & {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
export type AuditPage = PageOf<Schemas['PageResultAuditEntry'], AuditEntry>;

// Self-assessment, review, rectification and the zone's compliance overview (journey 4).

export type Evidence = Received<Schemas['Evidence']>;
export type AnswerValue = NonNullable<Schemas['AnswerForm']['answer']>;
export type AssessmentStatus = NonNullable<Schemas['Assessment']['status']>;
export type ComplianceLevel = NonNullable<Schemas['Assessment']['level']>;
export type ComplianceArea = NonNullable<Schemas['AssessmentItem']['area']>;
/** An item that still blocks submitting: unanswered, evidence missing, or "not applicable" without a reason. */
export type Missing = Received<Schemas['Missing']>;
export type MissingReason = Missing['reason'];

export type AssessmentItem = Omit<
  Received<Schemas['AssessmentItem'], 'answer' | 'comment' | 'reviewComment' | 'guidanceZh' | 'guidanceEn'>,
  'evidence'
> & { evidence: Evidence[] };

export type Transition = Received<Schemas['Transition'], 'fromStatus' | 'comment' | 'actorName'>;
export type ScoringRules = Received<Schemas['ScoringRules']>;

export type RectificationTask = Omit<
  Received<
    Schemas['RectificationTask'],
    'fixNote' | 'zoneComment' | 'submittedAt' | 'verifiedBy' | 'verifiedAt' | 'titleEn' | 'titleZh'
  >,
  'evidence'
> & { evidence: Evidence[] };
export type TaskStatus = RectificationTask['status'];
export type RectificationPage = PageOf<Schemas['PageResultRectificationTask'], RectificationTask>;

export type Assessment = Omit<
  Received<
    Schemas['Assessment'],
    'baselineVersionNo' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'score' | 'level' | 'creditCode'
  >,
  'items' | 'missing' | 'history' | 'rectifications' | 'scoring'
> & {
  items: AssessmentItem[];
  missing: Missing[];
  history: Transition[];
  rectifications: RectificationTask[];
  scoring: ScoringRules;
};

export type AssessmentSummary = Received<
  Schemas['AssessmentSummary'],
  'baselineVersionNo' | 'submittedAt' | 'decidedAt' | 'score' | 'level' | 'waitingMinutes' | 'creditCode'
>;
export type AssessmentPage = PageOf<Schemas['PageResultAssessmentSummary'], AssessmentSummary>;

export type AnswerForm = Schemas['AnswerForm'];
export type DecisionForm = Schemas['DecisionForm'];
export type TaskChangeForm = Schemas['TaskChangeForm'];
export type TaskStepForm = Schemas['TaskStepForm'];

export type ComplianceOverview = Omit<
  Received<Schemas['ComplianceOverview'], 'averageScore'>,
  'byStatus' | 'byLevel' | 'rectifications' | 'mostUnmet'
> & {
  byStatus: Received<Schemas['StatusCount']>[];
  byLevel: Received<Schemas['LevelCount']>[];
  rectifications: Received<Schemas['TaskCounts']>;
  mostUnmet: Received<Schemas['UnmetRequirement']>[];
};

// Special actions (issue 11).
export type MeasureStatus = NonNullable<Schemas['ActionReport']['status']>;
export type ActionStatus = NonNullable<Schemas['Action']['status']>;
export type Light = NonNullable<Schemas['Assignment']['light']>;
export type ActionMeasure = Received<
  Schemas['ActionMeasure'],
  'descriptionZh' | 'descriptionEn' | 'expectedResult' | 'sourceMeasureId'
>;
export type ActionKeyTask = Omit<Received<Schemas['ActionKeyTask']>, 'measures'> & { measures: ActionMeasure[] };
export type Action = Omit<
  Received<Schemas['Action'], 'owner' | 'documentNo' | 'sourceActionId' | 'launchedAt' | 'closedAt'>,
  'keyTasks'
> & { keyTasks: ActionKeyTask[] };
export type ActionSummary = Received<Schemas['ActionSummary'], 'owner' | 'documentNo'>;
export type Assignment = Received<
  Schemas['Assignment'],
  'responsibleUnit' | 'contactPerson' | 'lastPeriod' | 'lastReportedAt' | 'completedOn' | 'reportDueSoon'
>;
export type ZoneAction = { action: Action; assignments: Assignment[] };
export type ActionEvidenceFile = Received<Schemas['ActionEvidenceFile']>;
export type ActionReport = Omit<
  Received<
    Schemas['ActionReport'],
    | 'progressNote'
    | 'figure'
    | 'unit'
    | 'completedOn'
    | 'naReason'
    | 'submittedBy'
    | 'submittedAt'
    | 'returnedBy'
    | 'returnedAt'
    | 'returnComment'
  >,
  'evidence'
> & { evidence: ActionEvidenceFile[] };
export type AssignmentStep = Received<Schemas['AssignmentStep'], 'comment' | 'reportId' | 'actor'>;
export type AssignmentDetail = Omit<Received<Schemas['AssignmentDetail'], 'draft'>, 'assignment' | 'draft' | 'reports' | 'history'> & {
  assignment: Assignment;
  draft: ActionReport | null;
  reports: ActionReport[];
  history: AssignmentStep[];
};
export type CompletionZone = Received<Schemas['CompletionZone']>;
export type CompletionMeasure = Received<Schemas['CompletionMeasure']>;
export type Completion = Omit<Received<Schemas['Completion']>, 'zones' | 'measures' | 'keyTasks'> & {
  zones: CompletionZone[];
  measures: CompletionMeasure[];
  keyTasks: Received<Schemas['CompletionKeyTask']>[];
};
export type Lateness = {
  today: string;
  lateMeasures: Received<Schemas['LateMeasure']>[];
  missingReports: Received<Schemas['MissingReport']>[];
  returned: Received<Schemas['ReturnedReport'], 'lastPeriod'>[];
};
export type ActionForm = Schemas['ActionForm'];
export type ActionReportForm = Schemas['ActionReportForm'];
export type InboxItem = Received<Schemas['InboxItem'], 'parentId' | 'dueOn'>;
export type Inbox = Omit<Received<Schemas['Inbox']>, 'items'> & { items: InboxItem[] };

// The national rollup (issue 12): rates and averages are null where there is nothing to divide by.
type Levels = Received<Schemas['Levels']>;
export type ZoneFigures = Omit<
  Received<Schemas['ZoneFigures'], 'assessedShare' | 'complianceRate' | 'averageScore' | 'kpiAttainment' | 'actionCompletion' | 'dataAsOf'>,
  'levels'
> & { levels: Levels };
export type Totals = Omit<
  Received<Schemas['Totals'], 'assessedShare' | 'complianceRate' | 'averageScore' | 'kpiAttainment' | 'actionCompletion' | 'dataAsOf'>,
  'levels'
> & { levels: Levels };
export type NationalPicture = Omit<Received<Schemas['NationalPicture'], 'dataAsOf'>, 'totals' | 'zones'> & {
  totals: Totals;
  zones: ZoneFigures[];
};
export type MonthFigures = Omit<Received<Schemas['MonthFigures'], 'frozenAt'>, 'figures'> & { figures: Totals };
export type ZonePicture = { figures: ZoneFigures; months: MonthFigures[] };
export type RollupRebuild = Received<Schemas['Rebuild'], 'finishedAt'>;
// programs
export type Kpi = Received<Schemas['Kpi']>;
export type Aggregation = Kpi['aggregation'];
export type ProgramKpi = Received<Schemas['ProgramKpi']>;
export type Reporter = ProgramKpi['reporter'];
export type Program = Omit<Received<Schemas['Program'], 'nameEn'>, 'kpis'> & { kpis: ProgramKpi[] };
export type ProgramStatus = Program['status'];
export type ProgramPage = PageOf<Schemas['PageResultProgram'], Program>;
export type ProgramForm = Schemas['ProgramForm'];
export type ProgramKpiForm = Schemas['ProgramKpiForm'];
export type Enrolment = Received<Schemas['Enrolment'], 'leftMonth' | 'creditCode' | 'nameZh'>;
export type EnrolResult = Received<Schemas['EnrolResult']>;
export type EnrolForm = Schemas['EnrolForm'];
export type MonthStatus = Received<Schemas['MonthStatus']>;
export type Figure = Received<Schemas['Figure'], 'enterpriseId' | 'enterpriseName'>;
export type Outlier = Received<Schemas['Outlier'], 'enterpriseId' | 'previous'>;
export type MonthReport = Omit<Received<Schemas['MonthReport'], 'reopenedUntil'>, 'figures' | 'outliers'> & {
  figures: Figure[];
  outliers: Outlier[];
};
export type ReportForm = Schemas['ReportForm'];
export type FigureRevision = Received<Schemas['FigureRevision'], 'valueBefore' | 'importId'>;
export type KpiPoint = Received<Schemas['Point'], 'actual' | 'cumulativeActual'>;
export type KpiProgress = Omit<
  Received<Schemas['KpiProgress'], 'actualToDate' | 'ofPlan' | 'ofTarget' | 'growth'>,
  'series'
> & { series: KpiPoint[] };
export type ProgramProgress = Omit<Received<Schemas['ProgramProgress']>, 'kpis' | 'months'> & {
  kpis: KpiProgress[];
  months: MonthStatus[];
};
export type Contribution = Received<Schemas['Contribution'], 'value' | 'latestMonth' | 'creditCode' | 'nameZh'>;
export type KpiContributions = Omit<Received<Schemas['KpiContributions']>, 'contributions' | 'notReported'> & {
  contributions: Contribution[];
  notReported: Contribution[];
};
export type FigureImport = Omit<
  Received<Schemas['FigureImport'], 'totalRows' | 'failure' | 'failureCode' | 'startedAt' | 'finishedAt'>,
  'errors'
> & { errors: ImportRowError[] | null };
