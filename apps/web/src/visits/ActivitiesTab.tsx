import { useState } from 'react';
import { Button, DatePicker, Select, Space, Table } from 'antd';
import { useQuery } from '@apollo/client/react';
import { VENUE_KIND_LABELS, VENUE_KINDS } from '@careledger/domain-visit';
import { CursorPager } from '../paging/CursorPager';
import { useCursorPages } from '../paging/use-cursor-pages';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { getFragmentData } from '../gql';
import type { ActivityFieldsFragment, ActivityFilter, VenueKind } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipSelect } from '../townships/TownshipSelect';
import { ActivityDrawer } from './ActivityDrawer';
import { HoldActivityModal } from './HoldActivityModal';
import { ActivitiesQuery, ActivityFieldsFragment as Fields } from './visits.graphql';

/** 集体活动: filterable, cursor-paged activities with attendance, and 登记活动. */
export function ActivitiesTab({ caseId, readOnly = false }: { readonly caseId?: string; readonly readOnly?: boolean }) {
  const { t, label } = useI18n();
  const [filter, setFilter] = useState<ActivityFilter>(caseId ? { caseId } : {});
  const pages = useCursorPages();
  const [selected, setSelected] = useState<string | null>(null);
  const [holding, setHolding] = useState(false);
  const { data: current, previousData, error, refetch } = useQuery(ActivitiesQuery, { variables: { filter, first: 20, after: pages.after, minPosition: null }, fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  const activities = (data?.activities.edges ?? []).map((e) => getFragmentData(Fields, e.node));
  const change = (next: Partial<ActivityFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    pages.reset();
  };
  if (error) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  return (
    <>
      {!caseId && (
        <Space wrap style={{ marginBottom: 16 }}>
          <TownshipSelect allowClear ariaLabel={t('visits.field.township')} placeholder={t('visits.field.township')} style={{ width: 160 }} onChange={(township) => change({ township: township ?? null })} />
          <Select<VenueKind>
            allowClear
            aria-label={t('visits.field.venueKind')}
            placeholder={t('visits.field.venueKind')}
            style={{ width: 140 }}
            options={VENUE_KINDS.map((v) => ({ value: v, label: label(VENUE_KIND_LABELS, v) }))}
            onChange={(venueKind) => change({ venueKind: venueKind ?? null })}
          />
          <DatePicker.RangePicker
            aria-label={t('visits.filter.dates')}
            onChange={(range) => change({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
          />
          {!readOnly && (
            <Button type="primary" onClick={() => setHolding(true)} data-testid="hold-activity-open">
              {t('visits.activity.record.button')}
            </Button>
          )}
        </Space>
      )}
      <Table<ActivityFieldsFragment>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={activities}
        data-testid="activities-table"
        onRow={(a) => ({ onClick: () => setSelected(a.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('visits.field.heldOn'), dataIndex: 'heldOn' },
          { title: t('visits.field.venueName'), render: (_, a) => `${a.venueName}（${label(VENUE_KIND_LABELS, a.venueKind)}）` },
          { title: t('visits.field.topic'), dataIndex: 'topic' },
          { title: t('visits.field.attendees'), render: (_, a) => t('visits.peopleCount', { persons: a.attendeeCount, cases: a.caseCount }) },
        ]}
      />
      <CursorPager
        testId="activities"
        totalKey="visits.activitiesTotal"
        pages={pages}
        pageInfo={data?.activities.pageInfo}
        totalCount={data?.activities.totalCount ?? 0}
      />
      <ActivityDrawer activity={activities.find((a) => a.id === selected) ?? null} onClose={() => setSelected(null)} readOnly={readOnly} />
      <HoldActivityModal open={holding} onClose={() => setHolding(false)} />
    </>
  );
}
