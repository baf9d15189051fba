/** Closed vocabularies of the donation stream (小善举·大爱心 online giving), with both labels. */
import type { Labels } from '@careledger/domain-kernel';

/** How a gift arrived: ONLINE is the 小善举·大爱心 platform; the others are given in person or by transfer. */
export const DONATION_CHANNELS = ['ONLINE', 'BANK', 'CASH', 'OTHER'] as const;
export type DonationChannel = (typeof DONATION_CHANNELS)[number];

export const DONATION_STATUSES = ['RECORDED', 'REVERSED'] as const;
export type DonationStatus = (typeof DONATION_STATUSES)[number];

export const DONATION_CHANNEL_LABELS: Labels<DonationChannel> = {
  ONLINE: { zh: '小善举·大爱心平台', en: 'Online (小善举·大爱心)' },
  BANK: { zh: '银行转账', en: 'Bank transfer' },
  CASH: { zh: '现金', en: 'Cash' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const DONATION_STATUS_LABELS: Labels<DonationStatus> = {
  RECORDED: { zh: '已登记', en: 'Recorded' },
  REVERSED: { zh: '已冲销', en: 'Reversed' },
};
