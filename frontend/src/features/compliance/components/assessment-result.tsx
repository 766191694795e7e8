import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { LEVEL_COLORS } from '@/features/compliance/labels';
import { useI18n } from '@/lib/i18n';
import type { Assessment } from '@/types/api';

/** The score (0–100) and level of an approved assessment, and the formula in words from the server's constants. */
export function AssessmentResult({ assessment }: { assessment: Assessment }) {
  const { t, formatNumber } = useI18n();
  const texts = t.compliance.result;
  const { scoring } = assessment;
  const num = (n: number) => formatNumber(n);
  return (
    <Card size="small" title={texts.title} data-testid="assessment-result">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={12} md={6}>
          <Statistic
            title={texts.score}
            value={assessment.score ?? 0}
            precision={1}
            suffix="/ 100"
            valueStyle={{ fontSize: 40 }}
            data-testid="result-score"
          />
        </Col>
        <Col xs={12} md={6}>
          <Typography.Text type="secondary">{texts.level}</Typography.Text>
          <div>
            {assessment.level && (
              <Tag
                color={LEVEL_COLORS[assessment.level]}
                style={{ fontSize: 32, lineHeight: '48px', padding: '0 20px', marginTop: 4 }}
                data-testid="result-level"
              >
                {assessment.level}
              </Tag>
            )}
          </div>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{texts.formulaTitle}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="result-formula">
            {texts.formula({
              compliant: num(scoring.compliantCredit),
              partly: num(scoring.partlyCredit),
              notCompliant: num(scoring.notCompliantCredit),
              a: num(scoring.levelAFrom),
              b: num(scoring.levelBFrom),
              c: num(scoring.levelCFrom),
            })}
          </Typography.Paragraph>
        </Col>
      </Row>
    </Card>
  );
}
