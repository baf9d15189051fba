import { alreadyExists, requireText, validationFailed, type Decider } from '@careledger/domain-kernel';
import type { ReportSealCommand, SealReport } from './report-seal.commands';
import type { ReportSealEvent, ReportSealed } from './report-seal.events';
import { evolveReportSealYear } from './report-seal.evolve';
import { assertReportYear, SEAL_FIELDS, validSealFields } from './report-seal.fields';
import { initialReportSealYearState, type ReportSealYearState } from './report-seal.state';

/**
 * The seals of one report year: stream `report-seal-<year>`. A seal fixes the log position, the
 * log's hash there and the figures' hash, so the report can be regenerated and compared later.
 * Sealing the same report again at another position is a correction and is kept in order.
 *
 * @example
 *   const events = reportSealDecider.decide({ type: 'SealReport', data: { year: 2023, sealId, ... } }, state);
 */
export const reportSealDecider: Decider<ReportSealCommand, ReportSealEvent, ReportSealYearState> = {
  initialState: initialReportSealYearState,
  evolve: evolveReportSealYear,
  decide: decideReportSeal,
};

export function decideReportSeal(command: ReportSealCommand, state: ReportSealYearState): readonly ReportSealEvent[] {
  switch (command.type) {
    case 'SealReport':
      return sealReport(command.data, state);
    default: {
      const _exhaustive: never = command.type;
      throw new Error(`Unknown report-seal command ${String(_exhaustive)}`);
    }
  }
}

function sealReport(data: SealReport['data'], state: ReportSealYearState): ReportSealed[] {
  const year = assertReportYear(data.year);
  if (state.year !== null && state.year !== year) {
    throw validationFailed('year', `this stream holds the seals of ${state.year}`, { expected: state.year });
  }
  const sealId = requireText('sealId', data.sealId, { max: 64 });
  const fields = validSealFields(data);
  const existing = state.seals.find((s) => s.sealId === sealId);
  if (existing) {
    // A seal is evidence: one id must always name the same figures at the same position.
    if (SEAL_FIELDS.every((k) => existing[k] === fields[k])) return [];
    throw alreadyExists('report seal', { year, sealId });
  }
  return [{ type: 'ReportSealed', data: { year, sealId, ...fields } }];
}
