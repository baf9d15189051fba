import { Result } from 'antd';
import { AuditTrailPage } from './audit-trail/AuditTrailPage';
import { CaseListPage } from './case-list/CaseListPage';
import { CasePage } from './case-page/CasePage';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { useI18n } from './i18n/I18nProvider';
import { useRoute } from './routing/router';
import { AppShell } from './shell/AppShell';
import { SystemPage } from './system/SystemPage';
import { VisitsPage } from './visits/VisitsPage';
import { SubsidyListPage } from './subsidies/SubsidyListPage';
import { SubsidyPage } from './subsidies/SubsidyPage';
import { InsurancePage } from './insurance/InsurancePage';
import { PolicyPage } from './insurance/PolicyPage';
import { ClaimPage } from './insurance/ClaimPage';
import { FundsPage } from './funds/FundsPage';
import { FundPage } from './funds/FundPage';
import { DonationsPage } from './donations/DonationsPage';
import { ReportPage } from './report/ReportPage';
import { ReportPrintPage } from './report/ReportPrintPage';

export function App() {
  const route = useRoute();
  const { t } = useI18n();
  const screen = (() => {
    switch (route.name) {
      case 'caseList':
        return <CaseListPage />;
      case 'case':
        return <CasePage key={route.caseId} caseId={route.caseId} />;
      case 'auditTrail':
        return <AuditTrailPage />;
      case 'system':
        return <SystemPage />;
      case 'visits':
        return <VisitsPage />;
      case 'subsidies':
        return <SubsidyListPage />;
      case 'subsidy':
        return <SubsidyPage key={route.applicationId} applicationId={route.applicationId} />;
      case 'insurance':
        return <InsurancePage />;
      case 'policy':
        return <PolicyPage key={route.policyId} policyId={route.policyId} />;
      case 'claim':
        return <ClaimPage key={route.claimId} claimId={route.claimId} />;
      case 'funds':
        return <FundsPage />;
      case 'fund':
        return <FundPage key={route.fundId} fundId={route.fundId} />;
      case 'donations':
        return <DonationsPage />;
      case 'report':
        return <ReportPage />;
      case 'reportPrint':
        return <ReportPrintPage />;
      case 'notFound':
        return <Result status="404" title={t('app.pageNotFound')} />;
      default: {
        const _exhaustive: never = route;
        return _exhaustive;
      }
    }
  })();
  return (
    <AppShell route={route}>
      <AppErrorBoundary resetKey={JSON.stringify(route)}>{screen}</AppErrorBoundary>
    </AppShell>
  );
}
