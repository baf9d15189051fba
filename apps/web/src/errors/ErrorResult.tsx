import { Button, Result } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { apiErrorMessage, type ApiError } from './api-error';

/** A whole screen that failed to load, e.g. CASE_NOT_FOUND for a stale link. */
export function ErrorResult({ apiError, onRetry }: { apiError: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const notFound = apiError.code === 'CASE_NOT_FOUND';
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={apiErrorMessage(apiError, t)}
      data-testid="error-result"
      data-error-code={apiError.code}
      extra={onRetry && !notFound ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
