import { Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { familyLabel } from '../family-picker/family-label';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { ApplySubsidyButton } from './ApplySubsidyButton';
import { SubsidyTable } from './SubsidyTable';

// Its name is in SUBSIDY_QUERIES: applying refetches it with `minPosition`.
export const CaseSubsidiesQuery = graphql(`
  query CaseSubsidies($id: ID!, $minPosition: SafeInt) {
    case(id: $id, minPosition: $minPosition) {
      id
      headName
      townshipName
      village
      subsidyApplications {
        id
        ...SubsidyTable_application
      }
    }
  }
`);

/**
 * The case page's tab: this family's applications, and applying with the family already chosen.
 * An exited family may still apply for a stay before its exit (the server checks the dates).
 */
export function CaseSubsidies({ caseId, readOnly }: { readonly caseId: string; readonly readOnly: boolean }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CaseSubsidiesQuery, {
    variables: { id: caseId, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  const found = data?.case;
  const family = found ? { id: found.id, label: familyLabel(t, found) } : undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="case-subsidies" data-case-id={caseId}>
      {/* A past view of the case offers no commands; the records below are today's. */}
      {!readOnly && <ApplySubsidyButton family={family} disabled={!found} />}
      <SubsidyTable applications={found?.subsidyApplications ?? []} loading={loading} showTownship={false} emptyText={t('subsidies.case.empty')} />
    </Space>
  );
}
