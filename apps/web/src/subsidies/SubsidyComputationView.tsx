import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import { DAY_COUNTING_LABELS } from '@careledger/domain-nursing-subsidy';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { SubsidyComputation_ApplicationFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';

export const SubsidyComputation_application = graphql(`
  fragment SubsidyComputation_application on SubsidyApplication {
    computation {
      rulesEffectiveFrom
      dayCounting
      dailyRateFen
      daysCounted
      daysPayable
      amountFen
      capsApplied
      years {
        year
        firstDay
        lastDay
        daysCounted
        daysPayable
        amountFen
        capped
      }
      lines {
        code
        zh
        en
      }
    }
  }
`);

type Year = SubsidyComputation_ApplicationFragment['computation']['years'][number];

const CAP_KEYS: Readonly<Record<string, MessageKey>> = {
  STAY_CAP: 'subsidies.computation.cap.STAY_CAP',
  YEAR_DAYS_CAP: 'subsidies.computation.cap.YEAR_DAYS_CAP',
  YEAR_AMOUNT_CAP: 'subsidies.computation.cap.YEAR_AMOUNT_CAP',
};

/** THE COMPUTATION, as fixed when the application was made: rule set, days, rate, caps, years. */
export function SubsidyComputationView({ application }: { readonly application: FragmentType<typeof SubsidyComputation_application> }) {
  const { t, label, locale } = useI18n();
  const c = getFragmentData(SubsidyComputation_application, application).computation;
  const yuan = (fen: number) => t('subsidies.computation.yuan', { amount: fenToYuan(fen) });
  const days = (count: number) => t('subsidies.computation.days', { days: count });
  const columns = [
    { title: t('subsidies.computation.year'), dataIndex: 'year', key: 'year' },
    { title: t('subsidies.computation.yearRange'), key: 'range', render: (_: unknown, y: Year) => `${y.firstDay} – ${y.lastDay}` },
    { title: t('subsidies.computation.daysCounted'), key: 'counted', render: (_: unknown, y: Year) => days(y.daysCounted) },
    { title: t('subsidies.computation.daysPayable'), key: 'payable', render: (_: unknown, y: Year) => days(y.daysPayable) },
    {
      title: t('subsidies.computation.amount'),
      key: 'amount',
      align: 'right' as const,
      render: (_: unknown, y: Year) => (
        <span data-testid="subsidy-year-amount">
          {yuan(y.amountFen)} {y.capped && <Tag color="orange">{t('subsidies.computation.capped')}</Tag>}
        </span>
      ),
    },
  ];
  return (
    <div data-testid="subsidy-computation">
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={t('subsidies.computation.rules')}>
          <span data-testid="subsidy-rules">{t('subsidies.computation.rulesFrom', { date: c.rulesEffectiveFrom })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('subsidies.computation.dayCounting')}>{label(DAY_COUNTING_LABELS, c.dayCounting)}</Descriptions.Item>
        <Descriptions.Item label={t('subsidies.computation.dailyRate')}>
          <span data-testid="subsidy-daily-rate">{t('subsidies.computation.perDay', { amount: fenToYuan(c.dailyRateFen) })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('subsidies.computation.daysCounted')}>{days(c.daysCounted)}</Descriptions.Item>
        <Descriptions.Item label={t('subsidies.computation.daysPayable')}>{days(c.daysPayable)}</Descriptions.Item>
        <Descriptions.Item label={t('subsidies.computation.capsApplied')}>
          <span data-testid="subsidy-caps">
            {c.capsApplied.length === 0
              ? t('subsidies.computation.noCaps')
              : c.capsApplied.map((code) => (CAP_KEYS[code] ? t(CAP_KEYS[code]) : code)).join(t('common.listSeparator'))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('subsidies.computation.amount')}>
          <Typography.Text strong data-testid="subsidy-computed-amount">
            {yuan(c.amountFen)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {c.years.length > 1 && <Alert type="info" showIcon title={t('subsidies.computation.splitByYear')} data-testid="subsidy-year-split" />}
      {c.years.length > 0 && (
        <Table<Year> data-testid="subsidy-years" rowKey="year" size="small" columns={columns} dataSource={[...c.years]} pagination={false} />
      )}
      <Typography.Title level={5}>{t('subsidies.computation.steps')}</Typography.Title>
      <ol data-testid="subsidy-computation-lines">
        {c.lines.map((line, i) => (
          <li key={`${line.code}-${i}`}>{locale === 'zh' ? line.zh : line.en}</li>
        ))}
      </ol>
    </div>
  );
}
