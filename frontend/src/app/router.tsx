import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppRoot } from '@/app/routes/app-root';
import { HomeRedirect } from '@/app/routes/home';
import { MePage } from '@/app/routes/me';
import { NationalZonesPage } from '@/app/routes/national-zones';
import { NotFoundPage } from '@/app/routes/not-found';
import { RouteError } from '@/app/routes/route-error';
import { ZoneHomePage } from '@/app/routes/zone-home';
import { paths } from '@/config/paths';

export const routes: RouteObject[] = [
  {
    path: paths.home.path,
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails keeps the layout around its error.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: paths.me.path, element: <MePage /> },
          { path: paths.nationalZones.path, element: <NationalZonesPage /> },
          { path: paths.zoneHome.path, element: <ZoneHomePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function AppRouter() {
  // Created on first render, after sign-in has put the browser on the route the user asked for.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
