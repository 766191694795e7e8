import type { Role } from '@/config/roles';
import type { ZoneStatus } from '@/types/api';

/** The source of truth for every text the UI shows; other locales must have the same shape (see en.ts). */
export const zhCN = {
  app: {
    name: 'ZoneHub 跨境电商综试区合规平台',
    startFailed: '平台无法启动',
    retry: '重试',
  },
  nav: {
    me: '我的账号',
    nationalZones: '综试区管理',
    zoneHome: '本区首页',
  },
  header: {
    zone: (code: string) => `综试区：${code}`,
    signOut: '退出登录',
  },
  roles: {
    ministry: '商务部',
    'zone-admin': '综试区管理员',
    enterprise: '企业用户',
  } satisfies Record<Role, string>,
  me: {
    title: '我的账号',
    username: '用户名',
    displayName: '姓名',
    roles: '角色',
    zone: '所属综试区',
    enterprise: '所属企业',
  },
  zones: {
    status: {
      APPROVED: '已获批',
      ACTIVE: '运行中',
      REVOKED: '已撤销',
      MERGED: '已合并',
    } satisfies Record<ZoneStatus, string>,
    field: {
      code: '综试区代码',
      name: '名称',
      nameZh: '中文名称',
      nameEn: '英文名称',
      province: '省份',
      batch: '批次',
      approvedOn: '获批日期',
      status: '状态',
      mergedInto: '并入的综试区代码',
    },
    batch: (n: number) => `第${n}批`,
    list: {
      title: '综试区列表',
      allStatuses: '全部状态',
      allProvinces: '全部省份',
      actions: '操作',
      total: (n: number) => `共 ${n} 个综试区`,
    },
    create: {
      open: '新建综试区',
      title: '新建综试区',
      codeHint: '小写字母、数字和连字符，例如 ningbo',
      firstAdmin: '首位管理员（可选）',
      email: '邮箱',
      lastName: '姓',
      firstName: '名',
      submit: '创建',
      created: (name: string) => `已创建「${name}」`,
    },
    credentials: {
      title: '首位管理员账号已创建',
      username: '用户名',
      email: '邮箱',
      temporaryPassword: '临时密码',
      onceWarning: '临时密码只显示这一次，关闭后无法再次查看。请立即复制并安全地交给该管理员。',
      done: '我已保存',
    },
    changeStatus: {
      open: '更改状态',
      title: (name: string) => `更改「${name}」的状态`,
      newStatus: '新状态',
      save: '保存',
      saved: '状态已更新',
      conflictTitle: '无法更改状态',
      conflictHint: '该综试区可能刚被他人修改，或不允许这一状态变更。列表已刷新，请查看后重试。',
    },
    home: {
      enterpriseBinding: (id: string) => `您的账号绑定企业 ${id}`,
      enterpriseComingSoon: '企业信息模块即将上线。',
    },
  },
  form: {
    required: (label: string) => `请填写${label}`,
    invalidEmail: '邮箱格式不正确',
    cancel: '取消',
  },
  errors: {
    notFoundTitle: '页面不存在',
    notFoundDetail: '您访问的页面不存在，或您无权查看。',
    forbiddenTitle: '无权访问',
    genericTitle: '出错了',
    genericDetail: '请求未能完成，请稍后重试。',
    backHome: '返回首页',
  },
};

export type Messages = typeof zhCN;
