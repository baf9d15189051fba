import type { SealReport } from '../report-seal.commands';
import type { ReportSealed } from '../report-seal.events';

/** Test data for report-seal specs: the county's 2023 report sealed at a log position. */
type SealData = SealReport['data'];

export const countySeal: SealData = {
  year: 2023,
  sealId: 'seal-2023-county',
  township: null,
  position: 1_204,
  headHash: 'a'.repeat(64),
  figuresHash: '0123456789abcdef'.repeat(4),
  sealedOn: '2024-01-15',
  note: '报县财政局',
};

export const sealReport = (data: SealData, o: Partial<SealData> = {}): SealReport => ({ type: 'SealReport', data: { ...data, ...o } });
export const reportSealed = (data: SealData, o: Partial<SealData> = {}): ReportSealed => ({ type: 'ReportSealed', data: { ...data, ...o } });
