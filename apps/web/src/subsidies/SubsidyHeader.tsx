import { Descriptions, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { HOSPITAL_GRADE_LABELS, SUBSIDY_STATUS_LABELS } from '@careledger/domain-nursing-subsidy';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { casePath } from '../routing/routes';
import { fenToYuan } from '../money/yuan-fen';

export const SubsidyHeader_application = graphql(`
  fragment SubsidyHeader_application on SubsidyApplication {
    id
    caseId
    personName
    townshipName
    hospitalName
    hospitalGrade
    admittedOn
    dischargedOn
    appliedOn
    status
    amountFen
    sunshineRef
  }
`);

export const SubsidyFamilyQuery = graphql(`
  query SubsidyFamily($id: ID!) {
    case(id: $id) {
      id
      headName
    }
  }
`);

/** Who, where, which stay, and where the application stands. */
export function SubsidyHeader({ application }: { readonly application: FragmentType<typeof SubsidyHeader_application> }) {
  const { t, label } = useI18n();
  const data = getFragmentData(SubsidyHeader_application, application);
  const family = useQuery(SubsidyFamilyQuery, { variables: { id: data.caseId } });
  const head = family.data?.case?.headName ?? t('caseList.noHead');
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="subsidy-header">
      <Descriptions.Item label={t('subsidies.field.family')}>
        <Link to={casePath(data.caseId)} data-testid="subsidy-family-link">
          {family.data ? head : data.caseId}
        </Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('subsidies.list.member')}>
        <span data-testid="subsidy-member">{data.personName ?? t('timeline.someMember')}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.township')}>{data.townshipName}</Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.hospitalName')}>{data.hospitalName}</Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.hospitalGrade')}>{label(HOSPITAL_GRADE_LABELS, data.hospitalGrade)}</Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.stay')}>
        {t('subsidies.page.stayRange', { admittedOn: data.admittedOn, dischargedOn: data.dischargedOn })}
      </Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.state')}>
        <Tag color="blue" data-testid="subsidy-status" data-status={data.status}>
          {label(SUBSIDY_STATUS_LABELS, data.status)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.amount')}>
        <span data-testid="subsidy-amount">{t('subsidies.computation.yuan', { amount: fenToYuan(data.amountFen) })}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('subsidies.field.appliedOn')}>{data.appliedOn}</Descriptions.Item>
      {data.sunshineRef && <Descriptions.Item label={t('subsidies.field.sunshineRef')}>{data.sunshineRef}</Descriptions.Item>}
    </Descriptions>
  );
}
