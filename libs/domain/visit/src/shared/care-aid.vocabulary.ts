/** Closed vocabularies of visits and collective activities, with both labels (zh is the UI default). */
import type { Labels } from '@careledger/domain-kernel';

export const VISIT_TYPES = [
  'HOME',
  'HOLIDAY',
  'BIRTHDAY',
  'HOSPITAL',
  'EMERGENCY',
  'NEEDS_SURVEY',
  'COUNSELLING',
  'PHONE',
] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const VISIT_STATUSES = ['RECORDED', 'VOIDED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VENUE_KINDS = ['WARM_HEART_HOME', 'MEMBERS_HOME', 'OTHER'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];


export const VISIT_TYPE_LABELS: Labels<VisitType> = {
  HOME: { zh: '上门走访', en: 'Home visit' },
  HOLIDAY: { zh: '节日看望', en: 'Holiday visit' },
  BIRTHDAY: { zh: '生日陪伴', en: 'Birthday visit' },
  HOSPITAL: { zh: '住院探望', en: 'Hospital visit' },
  EMERGENCY: { zh: '突发事件', en: 'Emergency' },
  NEEDS_SURVEY: { zh: '需求调查', en: 'Needs survey' },
  COUNSELLING: { zh: '心理服务', en: 'Counselling' },
  PHONE: { zh: '电话联系', en: 'Phone call' },
};

export const VISIT_STATUS_LABELS: Labels<VisitStatus> = {
  RECORDED: { zh: '已登记', en: 'Recorded' },
  VOIDED: { zh: '已作废', en: 'Voided' },
};

export const VENUE_KIND_LABELS: Labels<VenueKind> = {
  WARM_HEART_HOME: { zh: '暖心家园', en: 'Warm-heart home' },
  MEMBERS_HOME: { zh: '会员之家', en: "Members' home" },
  OTHER: { zh: '其他场所', en: 'Other venue' },
};
