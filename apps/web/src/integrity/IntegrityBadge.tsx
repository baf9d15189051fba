import { Button, Tooltip } from 'antd';
import { LoadingOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import { apiErrorMessage, readApiError } from '../errors/api-error';
import { graphql } from '../gql';
import type { IntegrityQuery as IntegrityResult } from '../gql/graphql';
import type { MessageKey, MessageParams } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';

export const IntegrityQuery = graphql(`
  query Integrity {
    integrity {
      ok
      checked
      headPosition
      headHash
      brokenAt
      problem
      checkedAt
    }
  }
`);

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Report = IntegrityResult['integrity'];

const PROBLEM_KEYS: Readonly<Record<string, MessageKey>> = {
  hash_mismatch: 'integrity.problem.hash_mismatch',
  link_mismatch: 'integrity.problem.link_mismatch',
  position_gap: 'integrity.problem.position_gap',
  revision_gap: 'integrity.problem.revision_gap',
};

/** A problem code in words; one this client does not know shows as sent. */
export function integrityProblemLabel(problem: string | null, t: Translate): string {
  if (!problem) return '';
  const key = PROBLEM_KEYS[problem];
  return key ? t(key) : problem;
}

function describe(report: Report, t: Translate): { text: string; tooltip: string } {
  const time = formatShanghaiTime(report.checkedAt);
  if (report.ok) {
    const hash = report.headHash.length > 16 ? `${report.headHash.slice(0, 16)}…` : report.headHash;
    return {
      text: `${t('integrity.intact')} · ${t('integrity.head', { position: report.headPosition })}`,
      tooltip: t('integrity.tooltipOk', { checked: report.checked, position: report.headPosition, hash, time }),
    };
  }
  const problem = integrityProblemLabel(report.problem, t);
  const position = report.brokenAt ?? '?';
  return {
    text: `${t('integrity.tampered')} · ${t('integrity.brokenAt', { position, problem })}`,
    tooltip: t('integrity.tooltipBroken', { checked: report.checked, position, problem, time }),
  };
}

/**
 * The hash-chain check in the header: verified on load and again on every click. Green says
 * every stored event still matches its hash and its link to the one before; red names the first
 * position where that fails.
 */
export function IntegrityBadge() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(IntegrityQuery, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const report = data?.integrity;
  const state = report ? (report.ok ? 'intact' : 'tampered') : error ? 'error' : 'checking';
  const { text, tooltip } = report
    ? describe(report, t)
    : error
      ? { text: t('integrity.unavailable'), tooltip: t('integrity.tooltipError', { message: apiErrorMessage(readApiError(error), t) }) }
      : { text: t('integrity.checking'), tooltip: t('integrity.checking') };
  const icon = loading ? <LoadingOutlined /> : state === 'intact' ? <SafetyCertificateOutlined /> : <WarningOutlined />;
  return (
    <Tooltip title={tooltip}>
      <Button
        size="small"
        variant={state === 'tampered' ? 'solid' : 'outlined'}
        color={state === 'intact' ? 'green' : state === 'tampered' ? 'danger' : 'default'}
        icon={icon}
        onClick={() => void refetch().catch(() => undefined)}
        data-testid="integrity-badge"
        data-state={state}
        data-head-position={report?.headPosition}
        data-broken-at={report?.brokenAt ?? undefined}
      >
        {text}
      </Button>
    </Tooltip>
  );
}
