import { Card, Col, Row, Statistic } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { fenToYuan } from '../money/yuan-fen';

export const DonationYearFigures_year = graphql(`
  fragment DonationYearFigures_year on DonationYear {
    year
    count
    amountFen
    matchingFen
    totalFen
  }
`);

type Props = {
  readonly figures: FragmentType<typeof DonationYearFigures_year> | undefined;
  readonly previous: { readonly year: number; readonly totalFen: number } | undefined;
};

/** "增长 N 倍" as the annual report words it: this year's total over last year's, two decimals. */
export function growthRatio(totalFen: number, previousFen: number): string | null {
  if (previousFen <= 0) return null;
  // Integer arithmetic to the hundredth, rounded half up, so 7,181,116 / 2,684,857 reads 2.67.
  const hundredths = Math.floor((totalFen * 100 + Math.floor(previousFen / 2)) / previousFen);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** The year's totals (reversals excluded) beside the previous year's, as the self-evaluation compares them. */
export function DonationYearFigures({ figures: masked, previous }: Props) {
  const { t } = useI18n();
  const figures = getFragmentData(DonationYearFigures_year, masked);
  if (!figures) return null;
  const ratio = previous ? growthRatio(figures.totalFen, previous.totalFen) : null;
  return (
    <Card title={t('donations.figures.title', { year: figures.year })} data-testid="donation-figures">
      <Row gutter={16}>
        <Col span={5}>
          <Statistic title={t('donations.figures.total')} value={fenToYuan(figures.totalFen)} data-testid="donation-figures-total" />
        </Col>
        <Col span={5}>
          <Statistic title={t('donations.figures.amount')} value={fenToYuan(figures.amountFen)} data-testid="donation-figures-amount" />
        </Col>
        <Col span={4}>
          <Statistic title={t('donations.figures.matching')} value={fenToYuan(figures.matchingFen)} data-testid="donation-figures-matching" />
        </Col>
        <Col span={3}>
          <Statistic title={t('donations.figures.count')} value={figures.count} data-testid="donation-figures-count" />
        </Col>
        <Col span={7}>
          <Statistic
            title={t('donations.figures.previous', { year: figures.year - 1 })}
            value={previous && previous.totalFen > 0 ? fenToYuan(previous.totalFen) : t('donations.figures.noPrevious')}
            suffix={ratio ? <small>{t('donations.figures.ratio', { ratio })}</small> : undefined}
            data-testid="donation-figures-previous"
          />
        </Col>
      </Row>
    </Card>
  );
}
