import { Descriptions, Tag } from 'antd';
import { CASE_CATEGORY_LABELS, CASE_STATUS_LABELS, CONTACT_ROLE_LABELS, EXIT_REASON_LABELS } from '@careledger/domain-care-case';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';

export const CaseHeader_case = graphql(`
  fragment CaseHeader_case on Case {
    id
    category
    status
    townshipName
    village
    address
    openedOn
    exitReason
    exitedOn
    contacts {
      role
      name
      phone
    }
  }
`);

export function CaseHeader({ case: caseRef }: { readonly case: FragmentType<typeof CaseHeader_case> }) {
  const { t, label } = useI18n();
  const data = getFragmentData(CaseHeader_case, caseRef);
  const exited = data.status === 'EXITED';
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="case-header">
      <Descriptions.Item label={t('field.category')}>
        <span data-testid="case-category">{label(CASE_CATEGORY_LABELS, data.category)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.status')}>
        <Tag color={exited ? 'default' : 'green'} data-testid="case-status">
          {label(CASE_STATUS_LABELS, data.status)}
          {exited && data.exitReason ? ` · ${label(EXIT_REASON_LABELS, data.exitReason)}` : ''}
          {exited && data.exitedOn ? ` · ${data.exitedOn}` : ''}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.openedOn')}>{data.openedOn}</Descriptions.Item>
      <Descriptions.Item label={t('field.township')}>{data.townshipName}</Descriptions.Item>
      <Descriptions.Item label={t('field.village')}>{data.village}</Descriptions.Item>
      <Descriptions.Item label={t('field.address')}>{data.address}</Descriptions.Item>
      <Descriptions.Item label={t('casePage.contacts')} span="filled">
        <span data-testid="case-contacts">
          {data.contacts.length === 0
            ? t('casePage.noContacts')
            : data.contacts.map((contact) => (
                <Tag key={contact.role}>
                  {t('casePage.contactLine', {
                    role: label(CONTACT_ROLE_LABELS, contact.role),
                    name: contact.name,
                    phone: contact.phone ?? '',
                  }).trim()}
                </Tag>
              ))}
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
}
