import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { notFound } from '@careledger/domain-kernel';
import { regenerateReport } from './regenerate-report';
import { ListSealedReportsQuery } from './sealed-reports.query';
import type { SealedReport, SealVerification } from './seal.types';

export class VerifySealedReportQuery extends Query<SealVerification> {
  constructor(
    readonly year: number,
    readonly sealId: string,
    /** Compare against this hash instead of the seal's (e.g. a hash printed on a paper copy). */
    readonly expectedHash: string | null,
  ) {
    super();
  }
}

/** Regenerates a sealed report at its position (replayed from the log) and compares the hashes. */
@QueryHandler(VerifySealedReportQuery)
export class VerifySealedReportHandler implements IQueryHandler<VerifySealedReportQuery, SealVerification> {
  constructor(private readonly queries: QueryBus) {}

  async execute({ year, sealId, expectedHash }: VerifySealedReportQuery): Promise<SealVerification> {
    const seals: SealedReport[] = await this.queries.execute(new ListSealedReportsQuery(year));
    const seal = seals.find((s) => s.sealId === sealId);
    if (!seal) throw notFound('report seal', { year, sealId });
    const regenerated = await regenerateReport(this.queries, year, seal.township, seal.position);
    const figuresHash = expectedHash ?? seal.figuresHash;
    return {
      sealId,
      matches: regenerated.figuresHash === figuresHash,
      figuresHash,
      regeneratedHash: regenerated.figuresHash,
      position: seal.position,
      regeneratedJson: regenerated.canonical,
    };
  }
}
