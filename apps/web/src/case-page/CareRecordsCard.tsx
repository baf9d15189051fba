import { Alert, Card, Tabs } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { CaseInsurance } from '../insurance/CaseInsurance';
import { CaseSubsidies } from '../subsidies/CaseSubsidies';
import { CaseVisits } from '../visits/CaseVisits';

type Props = { readonly caseId: string; readonly readOnly: boolean };

/**
 * The family's visits, subsidies and insurance. Their read models have no past yet: when the page
 * shows a past moment these tabs still read today's records, so the card says so (and, read-only,
 * offers no actions) rather than pass today's records off as that moment's.
 */
export function CareRecordsCard({ caseId, readOnly }: Props) {
  const { t } = useI18n();
  return (
    <Card title={t('casePage.careRecords')} data-testid="case-care-records">
      {/* Before the tabs, not around them: travelling in time keeps the tab the user chose. */}
      {readOnly && <Alert type="info" showIcon title={t('casePage.careRecordsLive')} data-testid="care-records-live" style={{ marginBottom: 16 }} />}
      {/* antd mounts a pane, and so fetches its records, only when it is first opened, then keeps it
          (hidden) so its filters and page survive switching back: no forceRender, no destroyOnHidden. */}
      <Tabs
        items={[
          { key: 'visits', label: t('casePage.tab.visits'), children: <CaseVisits caseId={caseId} readOnly={readOnly} /> },
          { key: 'subsidies', label: t('casePage.tab.subsidies'), children: <CaseSubsidies caseId={caseId} readOnly={readOnly} /> },
          { key: 'insurance', label: t('casePage.tab.insurance'), children: <CaseInsurance caseId={caseId} readOnly={readOnly} /> },
        ]}
      />
    </Card>
  );
}
