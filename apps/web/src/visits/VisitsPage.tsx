import { Card, Tabs, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { ActivitiesTab } from './ActivitiesTab';
import { VisitsTab } from './VisitsTab';

/** 走访与活动: visits and collective activities, one tab each. */
export function VisitsPage() {
  const { t } = useI18n();
  return (
    <Card data-testid="VisitsPage">
      <Typography.Title level={3}>{t('shell.nav.visits')}</Typography.Title>
      <Tabs
        items={[
          { key: 'visits', label: t('visits.tab.visits'), children: <VisitsTab /> },
          { key: 'activities', label: t('visits.tab.activities'), children: <ActivitiesTab /> },
        ]}
      />
    </Card>
  );
}
