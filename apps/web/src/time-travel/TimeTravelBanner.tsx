import { Alert, Button } from 'antd';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import type { AsOf } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';

/** Says loudly that the page shows the past (and which past), with the way back to now. */
export function TimeTravelBanner({ asOf, onBackToNow }: { readonly asOf: AsOf; readonly onBackToNow: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="time-travel-banner"
      title={asOfDescription(asOf, t)}
      action={
        <Button size="small" type="primary" onClick={onBackToNow} data-testid="time-travel-back-to-now">
          {t('timeTravel.backToNow')}
        </Button>
      }
    />
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

function asOfDescription(asOf: AsOf, t: Translate): string {
  if (asOf.businessDate) return t('timeTravel.bannerBusinessDate', { date: asOf.businessDate });
  return t('timeTravel.bannerRecordedAt', { time: formatShanghaiTime(asOf.recordedAt ?? '') });
}

/** What the page says when the case had no file yet at the chosen moment. */
export function notYetOpenedMessage(asOf: AsOf, t: Translate): string {
  if (asOf.businessDate) return t('timeTravel.notOpenedOn', { date: asOf.businessDate });
  return t('timeTravel.notRecordedAt', { time: formatShanghaiTime(asOf.recordedAt ?? '') });
}
