import type { Me, Zone } from '@/types/api';

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
