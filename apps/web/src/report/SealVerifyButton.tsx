import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import { apiErrorMessage, readApiError } from '../errors/api-error';
import type { VerifySealedReportQuery as VerifyData } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { VerifySealedReportQuery } from './seal.queries';

type Verification = VerifyData['verifySealedReport'];

/** 核验: regenerates the seal at its position on the server and says whether the figures are byte-identical. */
export function SealVerifyButton({ year, sealId }: { readonly year: number; readonly sealId: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const verify = async () => {
    setLoading(true);
    setFailure(null);
    try {
      // Always asks the server: a cached "matches" would prove nothing.
      const { data } = await client.query({ query: VerifySealedReportQuery, variables: { year, sealId }, fetchPolicy: 'network-only' });
      setResult(data?.verifySealedReport ?? null);
    } catch (error) {
      setResult(null);
      setFailure(apiErrorMessage(readApiError(error), t));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space orientation="vertical" size="small">
      <Button size="small" loading={loading} onClick={() => void verify()} data-testid={`seal-verify-${sealId}`}>
        {t('report.seal.verify')}
      </Button>
      {failure && <Alert type="error" title={failure} data-testid="seal-verify-error" />}
      {result &&
        (result.matches ? (
          <Alert type="success" title={t('report.seal.matches', { position: result.position })} data-testid="seal-verify-match" />
        ) : (
          <Alert
            type="error"
            data-testid="seal-verify-mismatch"
            title={t('report.seal.mismatch')}
            description={
              <>
                <div>
                  {t('report.seal.sealedHash')} <Typography.Text code>{result.figuresHash}</Typography.Text>
                </div>
                <div>
                  {t('report.seal.regeneratedHash')} <Typography.Text code>{result.regeneratedHash}</Typography.Text>
                </div>
              </>
            }
          />
        ))}
    </Space>
  );
}
