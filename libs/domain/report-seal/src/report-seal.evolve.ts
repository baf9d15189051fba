import type { ReportSealEvent } from './report-seal.events';
import type { ReportSealYearState } from './report-seal.state';

/** Folds one event into the state. */
export function evolveReportSealYear(state: ReportSealYearState, event: ReportSealEvent): ReportSealYearState {
  switch (event.type) {
    case 'ReportSealed':
      return { year: event.data.year, seals: [...state.seals, event.data] };
    default: {
      const _exhaustive: never = event.type;
      return state;
    }
  }
}
