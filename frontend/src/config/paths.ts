/** Every route of the app, defined once: `path` for the router, `getHref` for links. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  me: { path: '/me', getHref: () => '/me' },
  nationalZones: { path: '/national/zones', getHref: () => '/national/zones' },
  zoneHome: { path: '/zones/:code', getHref: (code: string) => `/zones/${encodeURIComponent(code)}` },
} as const;
