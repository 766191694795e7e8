import type { Account, AuditEntry, Enterprise, ImportJob, Me, Zone } from '@/types/api';

export function aZone(overrides: Partial<Zone> = {}): Zone {
  return {
    code: 'ningbo',
    nameZh: '中国（宁波）跨境电子商务综合试验区',
    nameEn: 'China (Ningbo) Cross-border E-commerce Comprehensive Pilot Zone',
    province: '浙江省',
    batch: 2,
    approvedOn: '2016-01-06',
    status: 'ACTIVE',
    mergedInto: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
    ...overrides,
  };
}

export const ministry: Me = {
  username: 'ministry',
  displayName: '王部',
  roles: ['ministry'],
  zone: null,
  enterpriseId: null,
};

export const ningboAdmin: Me = {
  username: 'ningbo-admin',
  displayName: '李宁',
  roles: ['zone-admin'],
  zone: 'ningbo',
  enterpriseId: null,
};

export const ningboEnterprise: Me = {
  username: 'ningbo-enterprise',
  displayName: '陈企',
  roles: ['enterprise'],
  zone: 'ningbo',
  enterpriseId: '1',
};

export function anEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    id: 1,
    creditCode: '91330206MA2AFXXX1P',
    creditCodeOverrideReason: null,
    nameZh: '宁波海曙跨境电商有限公司',
    nameEn: 'Ningbo Haishu Cross-border E-commerce Co., Ltd.',
    kinds: ['SELLER', 'OVERSEAS_WAREHOUSE'],
    customsCode: '3302960001',
    customsModes: ['9610', '9810'],
    district: '海曙区',
    address: '宁波市海曙区示例路1号',
    contactName: '王伟',
    contactPhone: '13800000000',
    contactEmail: 'wang@haishu.example',
    exportValueCny: 12345678.5,
    importValueCny: 0,
    status: 'ACTIVE',
    createdBy: 'ningbo-admin',
    createdAt: '2026-01-01T00:00:00Z',
    updatedBy: 'ningbo-admin',
    updatedAt: '2026-01-02T00:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 'a1b2c3',
    username: 'ningbo-1-chen',
    email: 'chen@haishu.example',
    firstName: '企',
    lastName: '陈',
    enabled: true,
    passwordChangePending: false,
    createdAt: '2026-01-03T00:00:00Z',
    ...overrides,
  };
}

export function anImportJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 7,
    fileName: 'enterprises.csv',
    status: 'QUEUED',
    totalRows: null,
    processedRows: 0,
    createdCount: 0,
    updatedCount: 0,
    unchangedCount: 0,
    rejectedCount: 0,
    errorCount: 0,
    errors: null,
    failure: null,
    failureCode: null,
    createdBy: 'ningbo-admin',
    createdAt: '2026-01-05T00:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 100,
    occurredAt: '2026-01-06T02:30:00Z',
    actor: 'ningbo-admin',
    requestId: 'req-1',
    entityType: 'enterprise',
    entityId: '1',
    action: 'updated',
    before: { nameZh: '宁波旧名有限公司' },
    after: { nameZh: '宁波海曙跨境电商有限公司' },
    ...overrides,
  };
}
