import { Button, Card, Col, Row, Statistic } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import type { ReportFigureData } from './FigureSourcesDrawer';
import { formatFigure } from './report-format';
import { REPORT_SECTIONS } from './report-sections';

/** The figures in the seed report's sections; every value opens its sources. */
export function ReportSections({
  figures,
  onOpen,
}: {
  readonly figures: readonly ReportFigureData[];
  readonly onOpen: (figure: ReportFigureData) => void;
}) {
  const { t } = useI18n();
  const byKey = new Map(figures.map((f) => [f.key, f]));
  return REPORT_SECTIONS.map(({ id, keys }) => {
    const shown = keys.flatMap((key) => byKey.get(key) ?? []);
    if (shown.length === 0) return null;
    return (
      <Card key={id} size="small" title={t(`report.section.${id}`)} data-testid={`report-section-${id}`}>
        <Row gutter={[16, 8]}>
          {shown.map((figure) => (
            <Col key={figure.key} xs={24} sm={12} md={8} lg={6}>
              <Statistic
                title={t(`report.figure.${figure.key}` as MessageKey)}
                valueRender={() => (
                  <Button
                    type="link"
                    style={{ padding: 0, fontSize: 20, height: 'auto' }}
                    onClick={() => onOpen(figure)}
                    data-testid="report-figure"
                    data-key={figure.key}
                  >
                    {formatFigure(figure.unit, figure.value, t('report.yuan'))}
                  </Button>
                )}
              />
            </Col>
          ))}
        </Row>
      </Card>
    );
  });
}
