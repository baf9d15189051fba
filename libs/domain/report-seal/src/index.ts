// Sealed annual reports: stream `report-seal-<year>`.
export * from './report-seal.events';
export * from './report-seal.commands';
export type { ReportSealYearState, Seal } from './report-seal.state';
export { reportSealDecider, decideReportSeal } from './report-seal.decider';
export { evolveReportSealYear } from './report-seal.evolve';
export * from './report-seal.stream';
