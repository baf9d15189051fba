import { useState } from 'react';
import { Button, InputNumber, Select, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '@careledger/domain-insurance';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import type { ClaimStatus } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipSelect } from '../townships/TownshipSelect';
import { ClaimTable } from './ClaimTable';
import { InsuranceClaimsQuery } from './insurance.queries';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { ReportClaimModal } from './ReportClaimModal';

const PAGE_SIZE = 20;

/** The claim list with its filters and the "报案" form; on a policy page, that policy's claims. */
export function ClaimsTab({ policyId }: { readonly policyId?: string }) {
  const { t, label } = useI18n();
  const [state, setState] = useState<ClaimStatus | null>(null);
  const [township, setTownship] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [reporting, setReporting] = useState(false);
  const pages = useCursorPages();
  const filter = { state, township, year, policy: policyId ?? null };
  const { data, previousData, loading, error, refetch } = useQuery(InsuranceClaimsQuery, {
    variables: { filter, first: PAGE_SIZE, after: pages.after, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.insuranceClaims;
  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    pages.reset();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Select<ClaimStatus>
          aria-label={t('insurance.field.status')}
          placeholder={t('insurance.filter.status')}
          allowClear
          style={{ width: 160 }}
          value={state ?? undefined}
          onChange={change((value?: ClaimStatus) => setState(value ?? null))}
          options={CLAIM_STATUSES.map((code) => ({ value: code, label: label(CLAIM_STATUS_LABELS, code) }))}
          data-testid="claim-filter-status"
        />
        <TownshipSelect
          ariaLabel={t('field.township')}
          placeholder={t('insurance.filter.township')}
          allowClear
          style={{ width: 160 }}
          value={township}
          onChange={change((code?: string) => setTownship(code ?? null))}
        />
        {!policyId && (
          <InputNumber
            aria-label={t('insurance.filter.year')}
            placeholder={t('insurance.filter.year')}
            value={year}
            precision={0}
            onChange={change((value: number | null) => setYear(typeof value === 'number' ? value : null))}
          />
        )}
        <Button type="primary" onClick={() => setReporting(true)} data-testid="report-claim-open">
          {t('insurance.claim.report')}
        </Button>
      </Space>
      {error ? (
        <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
      ) : (
        <>
          <ClaimTable claims={connection?.edges.map((edge) => edge.node) ?? []} loading={loading} />
          <CursorPager
            testId="claim-page"
            totalKey="insurance.total"
            pages={pages}
            pageInfo={connection?.pageInfo}
            totalCount={connection?.totalCount ?? 0}
          />
        </>
      )}
      <ReportClaimModal open={reporting} onClose={() => setReporting(false)} policyId={policyId} />
    </Space>
  );
}
