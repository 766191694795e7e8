import type { Completion } from '@/types/api';

/** A completion matrix as the server sends it: two zones × two measures, ningbo done on the first (compact rows). */
export function aCompletion(): Completion {
  return {
    actionId: 7,
    nameZh: '2025年促进跨境贸易便利化专项行动',
    nameEn: '2025 Special Action to Promote Cross-border Trade Facilitation',
    status: 'LAUNCHED',
    today: '2025-07-02',
    keyTasks: [{ id: 1, titleZh: '高效跨境物流', titleEn: 'Efficient cross-border logistics' }],
    provinces: ['浙江省'],
    measures: [
      { id: 11, keyTaskId: 1, number: '1', titleZh: '推动“丝路海运”联动', titleEn: 'Silk Road Maritime links', leadDepartment: '交通运输部', dueDate: '2025-06-30', assigned: 2, completed: 1, rate: 0.5, overdue: 1 },
      { id: 12, keyTaskId: 1, number: '2', titleZh: '出口报关单AI智能审核', titleEn: 'AI review of export declarations', leadDepartment: '海关总署', dueDate: '2025-09-30', assigned: 1, completed: 0, rate: 0, overdue: 0 },
    ],
    zones: [
      { code: 'hangzhou', nameZh: '中国（杭州）跨境电子商务综合试验区', nameEn: 'Hangzhou', province: '浙江省', assigned: 1, completed: 0, rate: 0, overdue: 1, missingReports: 1, statuses: 'N-', lights: 'R-', returned: '--', assignmentIds: [101, 0], missing: [1, 0] },
      { code: 'ningbo', nameZh: '中国（宁波）跨境电子商务综合试验区', nameEn: 'Ningbo', province: '浙江省', assigned: 2, completed: 1, rate: 0.5, overdue: 0, missingReports: 0, statuses: 'DP', lights: '--', returned: '--', assignmentIds: [102, 103], missing: [0, 0] },
    ],
    assigned: 3,
    completed: 1,
    overdue: 1,
    amber: 0,
    missingReports: 1,
    returned: 0,
  };
}
