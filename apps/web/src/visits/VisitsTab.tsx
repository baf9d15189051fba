import { useState } from 'react';
import { Button, DatePicker, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { VISIT_STATUS_LABELS, VISIT_TYPE_LABELS, VISIT_TYPES } from '@careledger/domain-visit';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { getFragmentData } from '../gql';
import type { VisitFieldsFragment, VisitFilter, VisitType } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipSelect } from '../townships/TownshipSelect';
import { RecordVisitModal } from './RecordVisitModal';
import { VisitDrawer } from './VisitDrawer';
import { VisitFieldsFragment as Fields, VisitsQuery } from './visits.graphql';
import { fenToYuan } from '../money/yuan-fen';

const PAGE_SIZE = 20;

/** 走访: filterable, cursor-paged visits with a detail drawer per row, and 登记走访. */
export function VisitsTab({ caseId, readOnly = false }: { readonly caseId?: string; readonly readOnly?: boolean }) {
  const { t, label } = useI18n();
  const [filter, setFilter] = useState<VisitFilter>(caseId ? { caseId, includeVoided: true } : {});
  const pages = useCursorPages();
  const [selected, setSelected] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const { data: current, previousData, error, refetch } = useQuery(VisitsQuery, { variables: { filter, first: PAGE_SIZE, after: pages.after, minPosition: null }, fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  const visits = (data?.visits.edges ?? []).map((e) => getFragmentData(Fields, e.node));
  const change = (next: Partial<VisitFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    pages.reset();
  };
  if (error) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {!caseId && (
          <TownshipSelect allowClear ariaLabel={t('visits.field.township')} placeholder={t('visits.field.township')} style={{ width: 160 }} onChange={(township) => change({ township: township ?? null })} />
        )}
        <Select<VisitType>
          allowClear
          aria-label={t('visits.field.visitType')}
          placeholder={t('visits.field.visitType')}
          style={{ width: 140 }}
          options={VISIT_TYPES.map((v) => ({ value: v, label: label(VISIT_TYPE_LABELS, v) }))}
          onChange={(visitType) => change({ visitType: visitType ?? null })}
        />
        <DatePicker.RangePicker
          aria-label={t('visits.filter.dates')}
          onChange={(range) => change({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
        {!caseId && (
          <Space>
            <Switch aria-label={t('visits.filter.includeVoided')} onChange={(on) => change({ includeVoided: on })} />
            <Typography.Text>{t('visits.filter.includeVoided')}</Typography.Text>
          </Space>
        )}
        {!readOnly && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="record-visit-open">
            {t('visits.record.button')}
          </Button>
        )}
      </Space>
      <Table<VisitFieldsFragment>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={visits}
        data-testid="visits-table"
        onRow={(v) => ({ onClick: () => setSelected(v.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('visits.field.visitedOn'), dataIndex: 'visitedOn' },
          { title: t('visits.field.visitType'), render: (_, v) => label(VISIT_TYPE_LABELS, v.visitType) },
          { title: t('visits.field.township'), dataIndex: 'townshipName' },
          { title: t('visits.field.personsReached'), render: (_, v) => v.personsReached.map((p) => p.name ?? p.personId).join('、') },
          { title: t('visits.field.cashYuan'), align: 'right', render: (_, v) => (v.cashAidFen > 0 ? fenToYuan(v.cashAidFen) : '—') },
          {
            title: t('visits.field.status'),
            render: (_, v) => <Tag color={v.status === 'VOIDED' ? 'red' : 'green'}>{label(VISIT_STATUS_LABELS, v.status)}</Tag>,
          },
        ]}
      />
      <CursorPager
        testId="visits"
        totalKey="visits.total"
        pages={pages}
        pageInfo={data?.visits.pageInfo}
        totalCount={data?.visits.totalCount ?? 0}
      />
      <VisitDrawer visit={visits.find((v) => v.id === selected) ?? null} onClose={() => setSelected(null)} readOnly={readOnly} />
      <RecordVisitModal open={recording} onClose={() => setRecording(false)} initial={caseId ? { caseIds: [caseId] } : undefined} />
    </>
  );
}
