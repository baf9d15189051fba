import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Input, Space, Tag } from 'antd';
import { VISIT_STATUS_LABELS, VISIT_TYPE_LABELS } from '@careledger/domain-visit';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import type { VisitFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { MoneyField } from '../money/MoneyField';
import { fenToYuan, yuanToFen } from '../money/yuan-fen';
import { AmendVisitMutation, VoidVisitMutation } from './visits.graphql';
import { useVisitCommand } from './use-visit-command';

type Props = { readonly visit: VisitFieldsFragment | null; readonly onClose: () => void; readonly readOnly: boolean };
type AmendValues = { reason: string; needsFound: string; cashAidFen: string };

/** Everything a visit records, with amend and void (each with its reason). */
export function VisitDrawer({ visit, onClose, readOnly }: Props) {
  const { t, label } = useI18n();
  const [mode, setMode] = useState<'amend' | 'void' | null>(null);
  const [amendForm] = Form.useForm<AmendValues>();
  const [voidForm] = Form.useForm<{ reason: string }>();
  const [amend] = useVisitCommand(AmendVisitMutation);
  const [voidVisit] = useVisitCommand(VoidVisitMutation);
  if (!visit) return null;
  const editable = !readOnly && visit.status === 'RECORDED';
  return (
    <Drawer open title={t('visits.drawer.title', { date: visit.visitedOn })} onClose={onClose} size="large" data-testid="visit-drawer">
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('visits.field.visitType')}>{label(VISIT_TYPE_LABELS, visit.visitType)}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.status')}>
          <Tag color={visit.status === 'VOIDED' ? 'red' : 'green'}>{label(VISIT_STATUS_LABELS, visit.status)}</Tag>
          {visit.voidReason && `${t('visits.field.voidReason')}：${visit.voidReason}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.field.township')}>{visit.townshipName}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.visitors')}>{visit.visitors.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.personsReached')}>
          {t('visits.peopleCount', { persons: visit.personsReachedCount, cases: visit.caseCount })}：
          {visit.personsReached.map((p) => p.name ?? p.personId).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.field.needsFound')}>{visit.needsFound.join('；') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('visits.field.followUp')}>
          {visit.followUp ? `${visit.followUp.action}（${visit.followUp.dueOn}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.field.cashYuan')} data-testid="visit-drawer-cash">
          {visit.cashAidFen > 0 ? `${fenToYuan(visit.cashAidFen)} 元 · ${visit.fundId ?? ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.field.goods')}>
          {visit.goods.map((g) => `${g.description} ×${g.quantity}（${fenToYuan(g.valueFen)} 元）`).join('；') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.field.amendments')}>{visit.amendmentCount}</Descriptions.Item>
      </Descriptions>
      {editable && (
        <Space style={{ marginTop: 16 }}>
          <Button onClick={() => setMode('amend')} data-testid="visit-amend-open">
            {t('visits.amend.button')}
          </Button>
          <Button danger onClick={() => setMode('void')} data-testid="visit-void-open">
            {t('visits.void.button')}
          </Button>
        </Space>
      )}
      <CommandModal<AmendValues>
        title={t('visits.amend.title')}
        open={mode === 'amend'}
        onClose={() => setMode(null)}
        form={amendForm}
        testId="amend-visit"
        initialValues={{ needsFound: visit.needsFound.join('\n'), cashAidFen: fenToYuan(visit.cashAidFen, { grouped: false }) }}
        onSubmit={(v) =>
          amend({
            visitId: visit.id,
            expectedRevision: visit.revision,
            reason: v.reason.trim(),
            needsFound: v.needsFound.split('\n').map((s) => s.trim()).filter(Boolean),
            cashAidFen: yuanToFen(v.cashAidFen) ?? 0,
          })
        }
      >
        <Form.Item name="needsFound" label={t('visits.field.needsFound')}>
          <Input.TextArea rows={3} aria-label={t('visits.field.needsFound')} />
        </Form.Item>
        <MoneyField name="cashAidFen" label={t('visits.field.cashYuan')} testId="amend-visit-cash" />
        <ReasonField testId="amend-visit-reason" />
      </CommandModal>
      <CommandModal<{ reason: string }>
        title={t('visits.void.title')}
        open={mode === 'void'}
        onClose={() => setMode(null)}
        form={voidForm}
        testId="void-visit"
        onSubmit={(v) => voidVisit({ visitId: visit.id, expectedRevision: visit.revision, reason: v.reason.trim() })}
      >
        <ReasonField testId="void-visit-reason" />
      </CommandModal>
    </Drawer>
  );
}
