/** Closed vocabularies of the care case, with both labels (zh is the default UI language). */
import type { Labels } from '@careledger/domain-kernel';

export const CASE_CATEGORIES = ['BEREAVED', 'DISABLED_CHILD', 'SURGICAL_COMPLICATION', 'HARDSHIP'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const EXIT_REASONS = ['ANOTHER_CHILD', 'ADOPTION', 'DEATH', 'MOVED_AWAY'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const MEMBER_RELATIONS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER'] as const;
export type MemberRelation = (typeof MEMBER_RELATIONS)[number];

export const CONTACT_ROLES = ['TOWNSHIP', 'VILLAGE'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const CASE_STATUSES = ['ACTIVE', 'EXITED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];


export const CASE_CATEGORY_LABELS: Labels<CaseCategory> = {
  BEREAVED: { zh: '失独家庭', en: 'Bereaved (only child died)' },
  DISABLED_CHILD: { zh: '独生子女伤残家庭', en: 'Only child disabled' },
  SURGICAL_COMPLICATION: { zh: '手术并发症家庭', en: 'Surgical complication' },
  HARDSHIP: { zh: '计生困难家庭', en: 'Family in difficulty' },
};

export const EXIT_REASON_LABELS: Labels<ExitReason> = {
  ANOTHER_CHILD: { zh: '再生育', en: 'Another child' },
  ADOPTION: { zh: '收养', en: 'Adoption' },
  DEATH: { zh: '死亡', en: 'Death' },
  MOVED_AWAY: { zh: '迁出', en: 'Moved away' },
};

export const MEMBER_RELATION_LABELS: Labels<MemberRelation> = {
  HEAD: { zh: '户主', en: 'Head of household' },
  SPOUSE: { zh: '配偶', en: 'Spouse' },
  CHILD: { zh: '子女', en: 'Child' },
  PARENT: { zh: '父母', en: 'Parent' },
  GRANDCHILD: { zh: '孙子女', en: 'Grandchild' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const CONTACT_ROLE_LABELS: Labels<ContactRole> = {
  TOWNSHIP: { zh: '乡镇联系人', en: 'Township contact' },
  VILLAGE: { zh: '村联系人', en: 'Village contact' },
};

export const SEX_LABELS: Labels<Sex> = {
  MALE: { zh: '男', en: 'Male' },
  FEMALE: { zh: '女', en: 'Female' },
};

export const CASE_STATUS_LABELS: Labels<CaseStatus> = {
  ACTIVE: { zh: '在册', en: 'Active' },
  EXITED: { zh: '已退出', en: 'Exited' },
};
