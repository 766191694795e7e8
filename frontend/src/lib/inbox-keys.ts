/**
 * Query keys of the to-do inbox (features/inbox). Shared, because a step in any feature (a report sent, a month
 * confirmed) can add or clear an item, and features do not import each other.
 */
export const inboxKeys = {
  all: ['inbox'] as const,
  zone: (zone: string) => ['inbox', zone] as const,
};
