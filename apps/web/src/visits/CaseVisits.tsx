import { Tabs } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { ActivitiesTab } from './ActivitiesTab';
import { VisitsTab } from './VisitsTab';

/** This family's visits (voided ones included) and activities, with 登记走访 prefilled with the case. */
export function CaseVisits({ caseId, readOnly }: { readonly caseId: string; readonly readOnly: boolean }) {
  const { t } = useI18n();
  return (
    <Tabs
      size="small"
      data-testid="CaseVisits"
      items={[
        { key: 'visits', label: t('visits.tab.visits'), children: <VisitsTab caseId={caseId} readOnly={readOnly} /> },
        { key: 'activities', label: t('visits.tab.activities'), children: <ActivitiesTab caseId={caseId} readOnly /> },
      ]}
    />
  );
}
