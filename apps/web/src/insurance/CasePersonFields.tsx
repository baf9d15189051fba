import { useState } from 'react';
import { Form, Select, type FormInstance } from 'antd';
import { useQuery } from '@apollo/client/react';
import type { InsuranceCasePickerQuery as PickerData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { InsuranceCasePickerQuery } from './insurance.queries';

type PickedCase = PickerData['cases']['edges'][number]['node'];

/**
 * Two inputs, `caseId` then `personId`: the family is searched by name, village or address, then
 * one of its living members is chosen (names and masked IDs from the case file).
 */
export function CasePersonFields({ form, testId }: { readonly form: FormInstance; readonly testId: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PickedCase | null>(null);
  const { data, loading } = useQuery(InsuranceCasePickerQuery, { variables: { search: search.trim() || null } });
  const cases = data?.cases.edges.map((edge) => edge.node) ?? [];
  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <>
      <Form.Item name="caseId" label={t('insurance.field.case')} rules={[required(t('insurance.field.case'))]}>
        <Select
          aria-label={t('insurance.field.case')}
          data-testid={`${testId}-case`}
          showSearch={{ filterOption: false, onSearch: setSearch }}
          loading={loading}
          onChange={(caseId: string) => {
            setPicked(cases.find((c) => c.id === caseId) ?? null);
            form.setFieldValue('personId', undefined);
          }}
          options={cases.map((c) => ({ value: c.id, label: `${c.headName ?? ''} · ${c.townshipName} ${c.village}` }))}
        />
      </Form.Item>
      <Form.Item name="personId" label={t('insurance.field.person')} rules={[required(t('insurance.field.person'))]}>
        <Select
          aria-label={t('insurance.field.person')}
          data-testid={`${testId}-person`}
          disabled={!picked}
          options={(picked?.members ?? [])
            .filter((m) => !m.deceased)
            .map((m) => ({ value: m.personId, label: `${m.name} ${m.idNumberMasked}` }))}
        />
      </Form.Item>
    </>
  );
}
