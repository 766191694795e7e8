import { ArrowLeftOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '@/app/routes/not-found';
import { paths } from '@/config/paths';
import { canManageZone, hasRole, isZoneStaff } from '@/config/roles';
import { EnterpriseAssessments } from '@/features/compliance/components/enterprise-assessments';
import { useEnterprise } from '@/features/enterprises/api/get-enterprise';
import { AccountsCard } from '@/features/enterprises/components/accounts-card';
import { ContactForm } from '@/features/enterprises/components/contact-form';
import { EnterpriseActions } from '@/features/enterprises/components/enterprise-actions';
import { EnterpriseDetails } from '@/features/enterprises/components/enterprise-details';
import { EnterpriseStatusTag } from '@/features/enterprises/components/enterprise-tags';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';

/**
 * One enterprise. Its zone's administrators edit it, move it through its lifecycle and manage its accounts;
 * ministry reads it (both see its self-assessments); its own users see it and keep its contact.
 */
export function EnterprisePage() {
  const { code = '', id = '' } = useParams();
  const enterpriseId = Number(id);
  if (!Number.isSafeInteger(enterpriseId) || enterpriseId <= 0) return <NotFoundPage />;
  return <EnterpriseView zone={code} id={enterpriseId} />;
}

function EnterpriseView({ zone, id }: { zone: string; id: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data: enterprise } = useEnterprise(zone, id);
  const canManage = canManageZone(me, zone);
  const staff = isZoneStaff(me, zone);
  const ownEnterprise = hasRole(me.roles, 'enterprise') && me.enterpriseId === String(id);
  const trail = paths.zoneAudit.getHref(zone, { entityType: 'enterprise', entityId: String(id) });

  return (
    <Flex vertical gap="middle" data-testid="enterprise-page">
      {staff && (
        <Link to={paths.zoneEnterprises.getHref(zone)}>
          <ArrowLeftOutlined /> {t.enterprises.detail.back}
        </Link>
      )}
      <Card
        title={
          <Space wrap>
            <Typography.Text strong data-testid="enterprise-name">
              {enterprise.nameZh}
            </Typography.Text>
            <EnterpriseStatusTag status={enterprise.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {canManage && <EnterpriseActions zone={zone} enterprise={enterprise} />}
            {staff && (
              <Button
                icon={<HistoryOutlined />}
                onClick={() => navigate(trail)}
              >
                {t.enterprises.detail.auditTrail}
              </Button>
            )}
          </Space>
        }
      >
        <EnterpriseDetails enterprise={enterprise} />
      </Card>
      {ownEnterprise && <ContactForm key={enterprise.version} zone={zone} enterprise={enterprise} />}
      {staff && <EnterpriseAssessments zone={zone} enterpriseId={id} />}
      {staff && <AccountsCard zone={zone} enterprise={enterprise} canManage={canManage} />}
    </Flex>
  );
}
