import { Steps } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { workflowSteps } from './subsidy-steps';

export const SubsidySteps_application = graphql(`
  fragment SubsidySteps_application on SubsidyApplication {
    noticeRequired
    steps {
      position
      kind
      outcome
      recordedAt
      actorName
      actorRole
      date
      opinion
      reason
      note
      objections
      closesOn
      externalRef
      batchId
      period
      voucherNo
    }
  }
`);

/** The workflow as antd Steps: who, when and what they wrote at each step; errors in red. */
export function SubsidySteps({ application }: { readonly application: FragmentType<typeof SubsidySteps_application> }) {
  const { t } = useI18n();
  const data = getFragmentData(SubsidySteps_application, application);
  const steps = workflowSteps(data.steps, { noticeRequired: data.noticeRequired }, t);
  return (
    <Steps
      data-testid="subsidy-steps"
      orientation="vertical"
      size="small"
      items={steps.map((step) => ({
        key: step.key,
        status: step.status,
        title: (
          <span data-testid="subsidy-step" data-step={step.key} data-status={step.status}>
            {step.title}
          </span>
        ),
        content: (
          <div data-testid={`subsidy-step-${step.key}`}>
            {step.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
