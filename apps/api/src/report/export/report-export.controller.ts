import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import { Workbook } from 'exceljs';
import type { Response } from 'express';
import { GetAnnualReportQuery } from '../get-annual-report.query';
import type { AnnualReport } from '../report.types';
import { addAnnualReportSheet } from './annual-report.sheet';
import { ExportErrorFilter } from './export-error.filter';
import { EXPORT_TEXT, fill, type ExportLang } from './export.messages';
import { addSelfEvaluationSheet } from './self-evaluation.sheet';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * XLSX downloads of the annual report and the performance self-evaluation (live read model).
 * `lang=en` for English headers; Chinese by default.
 */
@Controller('export')
@UseFilters(ExportErrorFilter)
export class ReportExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get('annual-report/:year.xlsx')
  async annualReport(@Param('year') year: string, @Query('township') township: string | undefined, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const report = await this.report(year, township?.trim() || null);
    const language = languageOf(lang);
    const workbook = new Workbook();
    addAnnualReportSheet(workbook, report, language);
    const t = report.township;
    const name = (l: ExportLang) => fill(EXPORT_TEXT.reportFile[l], { year: report.year, scope: t ? (l === 'zh' ? `（${t}）` : `-${t}`) : '' });
    await send(res, workbook, name(language), name('en'));
  }

  @Get('self-evaluation/:year.xlsx')
  async selfEvaluation(@Param('year') year: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const report = await this.report(year, null);
    const language = languageOf(lang);
    const workbook = new Workbook();
    addSelfEvaluationSheet(workbook, report, language);
    const name = (l: ExportLang) => fill(EXPORT_TEXT.evaluationFile[l], { year: report.year });
    await send(res, workbook, name(language), name('en'));
  }

  private report(year: string, township: string | null): Promise<AnnualReport> {
    if (!/^\d{4}$/.test(year)) throw validationFailed('year', 'year must be a four-digit year');
    return this.queries.execute(new GetAnnualReportQuery(Number(year), township, null));
  }
}

const languageOf = (lang: string | undefined): ExportLang => (lang === 'en' ? 'en' : 'zh');

async function send(res: Response, workbook: Workbook, filename: string, englishName: string): Promise<void> {
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  // RFC 6266/5987: the English name for clients that cannot read `filename*`, the UTF-8 name for the rest.
  const ascii = englishName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  res
    .status(200)
    .set({ 'content-type': XLSX, 'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}` })
    .send(body);
}

// encodeURIComponent leaves ' ( ) * as they are, which RFC 5987 does not allow in a value.
const rfc5987 = (text: string): string => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
