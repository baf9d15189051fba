import { Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { casePath, claimPath, subsidyPath, VISITS_PATH } from '../routing/routes';
import type { LinkedRecordKind } from '../gql/graphql';

type Props = { readonly linked: { readonly kind: LinkedRecordKind; readonly recordId: string; readonly streamId: string } | null };

/** Where each kind of linked record is shown; visits have no page of their own, so the list. */
export function linkedRecordPath(kind: LinkedRecordKind, recordId: string): string | null {
  switch (kind) {
    case 'CASE':
      return casePath(recordId);
    case 'VISIT':
      return VISITS_PATH;
    case 'SUBSIDY_APPLICATION':
      return subsidyPath(recordId);
    case 'INSURANCE_CLAIM':
      return claimPath(recordId);
    case 'ACTIVITY':
    case 'OTHER':
      return null;
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

const shortId = (id: string): string => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** The record a ledger entry belongs to: its kind and id, linked to its screen where there is one. */
export function LinkedRecordLink({ linked }: Props) {
  const { t } = useI18n();
  if (!linked) return null;
  const path = linkedRecordPath(linked.kind, linked.recordId);
  // Generated ids are long: the start tells records apart in a ledger, the tooltip has it whole.
  const text = `${t(`funds.linked.${linked.kind}`)} ${shortId(linked.recordId)}`;
  return path ? (
    <Link to={path} data-testid="ledger-linked" title={linked.recordId}>
      {text}
    </Link>
  ) : (
    <Typography.Text data-testid="ledger-linked" title={linked.recordId}>
      {text}
    </Typography.Text>
  );
}
