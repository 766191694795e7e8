import type { Messages } from './zh-CN';

export const en: Messages = {
  app: {
    name: 'ZoneHub Cross-border E-commerce Pilot Zone Compliance Platform',
    startFailed: 'ZoneHub could not start',
    retry: 'Retry',
  },
  nav: {
    me: 'My account',
    nationalZones: 'Pilot zones',
    zoneHome: 'Zone home',
  },
  header: {
    zone: (code) => `Zone: ${code}`,
    signOut: 'Sign out',
  },
  roles: {
    ministry: 'Ministry',
    'zone-admin': 'Zone administrator',
    enterprise: 'Enterprise user',
  },
  me: {
    title: 'My account',
    username: 'Username',
    displayName: 'Name',
    roles: 'Roles',
    zone: 'Pilot zone',
    enterprise: 'Enterprise',
  },
  zones: {
    status: {
      APPROVED: 'Approved',
      ACTIVE: 'Active',
      REVOKED: 'Revoked',
      MERGED: 'Merged',
    },
    field: {
      code: 'Zone code',
      name: 'Name',
      nameZh: 'Chinese name',
      nameEn: 'English name',
      province: 'Province',
      batch: 'Batch',
      approvedOn: 'Approved on',
      status: 'Status',
      mergedInto: 'Merged into (zone code)',
    },
    batch: (n) => `Batch ${n}`,
    list: {
      title: 'Pilot zones',
      allStatuses: 'All statuses',
      allProvinces: 'All provinces',
      actions: 'Actions',
      total: (n) => `${n} zones`,
    },
    create: {
      open: 'New pilot zone',
      title: 'New pilot zone',
      codeHint: 'Lower-case letters, digits and hyphens, e.g. ningbo',
      firstAdmin: 'First administrator (optional)',
      email: 'Email',
      lastName: 'Last name',
      firstName: 'First name',
      submit: 'Create',
      created: (name) => `Created ${name}`,
    },
    credentials: {
      title: 'First administrator account created',
      username: 'Username',
      email: 'Email',
      temporaryPassword: 'Temporary password',
      onceWarning:
        'The temporary password is shown only this once and cannot be viewed again. Copy it now and hand it to the administrator securely.',
      done: 'I have saved it',
    },
    changeStatus: {
      open: 'Change status',
      title: (name) => `Change the status of ${name}`,
      newStatus: 'New status',
      save: 'Save',
      saved: 'Status updated',
      conflictTitle: 'The status could not be changed',
      conflictHint:
        'Someone may have just changed this zone, or this status change is not allowed. The list has been refreshed; check it and try again.',
    },
    home: {
      enterpriseBinding: (id) => `Your account is bound to enterprise ${id}`,
      enterpriseComingSoon: 'Enterprise details are coming soon.',
    },
  },
  form: {
    required: (label) => `Please enter ${label.toLowerCase()}`,
    invalidEmail: 'This is not a valid email address',
    cancel: 'Cancel',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundDetail: 'This page does not exist, or you may not see it.',
    forbiddenTitle: 'Access denied',
    genericTitle: 'Something went wrong',
    genericDetail: 'The request could not be completed. Please try again later.',
    backHome: 'Back to home',
  },
};
