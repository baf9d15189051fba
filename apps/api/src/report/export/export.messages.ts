/** The sheets' words in zh (default) and en: the labels the web report uses for the same figures. */
export type ExportLang = 'zh' | 'en';
type Labels = Readonly<Record<ExportLang, string>>;

export const SECTION_LABELS: Readonly<Record<string, Labels>> = {
  nursing: { zh: '护理补贴', en: 'Nursing subsidy' },
  insurance: { zh: '健康保险', en: 'Health insurance' },
  visits: { zh: '走访与活动', en: 'Visits & activities' },
  careAction: { zh: '生育关怀行动经费', en: 'Care action fund' },
  budget: { zh: '部门收支', en: 'Income & expenditure' },
  donations: { zh: '线上募捐', en: 'Online giving' },
};

export const FIGURE_LABELS: Readonly<Record<string, Labels>> = {
  'nursingSubsidy.personTimes': { zh: '发放人次', en: 'Person-times paid' },
  'nursingSubsidy.issuedFen': { zh: '发放住院护理补贴', en: 'Nursing subsidy issued' },
  'nursingSubsidy.paidOutFen': { zh: '其中已发', en: 'of which paid out' },
  'nursingSubsidy.awaitingReimbursementFen': { zh: '待报账发放', en: 'awaiting reimbursement' },
  'nursingSubsidy.viaSunshineFen': { zh: '通过阳光审批系统发放', en: 'via the sunshine approval system' },
  'insurance.enrolledCount': { zh: '参保人数', en: 'Persons insured' },
  'insurance.premiumFen': { zh: '保费', en: 'Premium' },
  'insurance.claimsSettledPersons': { zh: '获理赔人数', en: 'Persons with settled claims' },
  'insurance.claimsSettledFen': { zh: '理赔金额', en: 'Claims settled' },
  'insurance.claimsInProgress': { zh: '理赔办理中', en: 'Claims in progress' },
  'visits.count': { zh: '上门走访次数', en: 'Home visits' },
  'visits.personTimes': { zh: '走访人次', en: 'Person-times visited' },
  'visits.distinctPersons': { zh: '走访人数', en: 'Persons visited' },
  'activities.count': { zh: '活动次数', en: 'Activities' },
  'activities.distinctPersons': { zh: '活动参与人数', en: 'Activity attendees' },
  'activities.personTimes': { zh: '活动参与人次', en: 'Attendance person-times' },
  'funds.careActionAllocatedFen': { zh: '专项经费下达', en: 'Fund allocated' },
  'funds.careActionSpentFen': { zh: '专项经费支出', en: 'Fund spent' },
  'budget.incomeFen': { zh: '全年收入', en: 'Income' },
  'budget.basicFen': { zh: '基本支出', en: 'Basic expenditure' },
  'budget.personnelFen': { zh: '人员经费', en: 'Personnel' },
  'budget.publicFen': { zh: '公用经费', en: 'Public (operating)' },
  'budget.personnelShareBp': { zh: '人员经费占基本支出', en: 'Personnel share of basic' },
  'budget.publicShareBp': { zh: '公用经费占基本支出', en: 'Public share of basic' },
  'budget.specialFen': { zh: '项目支出', en: 'Project expenditure' },
  'budget.balanceFen': { zh: '结余', en: 'Balance' },
  'donations.totalFen': { zh: '本年募捐（含配捐）', en: 'Giving this year (with matching)' },
  'donations.previousYearTotalFen': { zh: '上年募捐（含配捐）', en: 'Giving last year (with matching)' },
};

export const UNIT_LABELS: Readonly<Record<string, Labels>> = {
  FEN: { zh: '元', en: 'yuan' },
  COUNT: { zh: '次', en: 'count' },
  PERSON: { zh: '人', en: 'people' },
  BASIS_POINTS: { zh: '%', en: '%' },
};

export const EXPORT_TEXT = {
  reportSheet: { zh: '年度报告', en: 'Annual report' },
  reportTitle: { zh: '{year}年度工作报告数据（{scope}）', en: 'Annual report figures {year} ({scope})' },
  county: { zh: '全县', en: 'county' },
  reportHeaders: { zh: ['栏目', '指标', '数值', '单位'], en: ['Section', 'Figure', 'Value', 'Unit'] },
  footer: { zh: '数据截至事件日志位置 {position}', en: 'Figures as of event log position {position}' },
  evaluationSheet: { zh: '绩效自评', en: 'Self-evaluation' },
  evaluationTitle: { zh: '{year}年度项目支出绩效自评表', en: 'Performance self-evaluation {year}' },
  evaluationHeaders: {
    zh: ['绩效指标', '指标方向', '年度指标值', '单位', '分值', '实际完成值', '完成率', '得分', '等级', '偏差原因分析'],
    en: ['Indicator', 'Direction', 'Target', 'Unit', 'Weight', 'Actual', 'Completion', 'Score', 'Grade', 'Reason for deviation'],
  },
  total: { zh: '合计', en: 'Total' },
  reportFile: { zh: '{year}年度报告{scope}.xlsx', en: 'annual-report-{year}{scope}.xlsx' },
  evaluationFile: { zh: '{year}年度绩效自评表.xlsx', en: 'self-evaluation-{year}.xlsx' },
} as const satisfies Record<string, Readonly<Record<ExportLang, string | readonly string[]>>>;

export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
