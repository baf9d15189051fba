import { Card, Tabs } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { ClaimsTab } from './ClaimsTab';
import { PoliciesTab } from './PoliciesTab';

/** /insurance: the yearly policies and every claim. */
export function InsurancePage() {
  const { t } = useI18n();
  return (
    <Card title={t('insurance.title')} data-testid="insurance-page">
      <Tabs
        items={[
          { key: 'policies', label: t('insurance.tab.policies'), children: <PoliciesTab /> },
          { key: 'claims', label: t('insurance.tab.claims'), children: <ClaimsTab /> },
        ]}
      />
    </Card>
  );
}
