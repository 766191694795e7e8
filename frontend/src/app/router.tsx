import { lazy, useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ActionAssignmentPage } from '@/app/routes/action-assignment';
import { AppRoot } from '@/app/routes/app-root';
import { AssessmentPage } from '@/app/routes/assessment';
import { AssessmentsPage } from '@/app/routes/assessments';
import { AuditPage } from '@/app/routes/audit';
import { EnterprisePage } from '@/app/routes/enterprise';
import { EnterpriseImportPage } from '@/app/routes/enterprise-import';
import { EnterprisesPage } from '@/app/routes/enterprises';
import { HomeRedirect } from '@/app/routes/home';
import { MePage } from '@/app/routes/me';
import { NationalActionPage } from '@/app/routes/national-action';
import { NationalActionsPage } from '@/app/routes/national-actions';
import { NationalZonesPage } from '@/app/routes/national-zones';
import { NotFoundPage } from '@/app/routes/not-found';
import { ProgramPage } from '@/app/routes/program';
import { ProgramsPage } from '@/app/routes/programs';
import { RectificationsPage } from '@/app/routes/rectifications';
import { ReviewQueuePage } from '@/app/routes/review-queue';
import { RouteError } from '@/app/routes/route-error';
import { ZoneActionPage } from '@/app/routes/zone-action';
import { ZoneActionsPage } from '@/app/routes/zone-actions';
import { ZoneHomePage } from '@/app/routes/zone-home';
import { paths } from '@/config/paths';

// The dashboard alone draws charts: ECharts is fetched when it is first opened.
const CompliancePage = lazy(() => import('@/app/routes/compliance').then((module) => ({ default: module.CompliancePage })));
const NationalPage = lazy(() => import('@/app/routes/national').then((module) => ({ default: module.NationalPage })));

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
          { path: paths.national.path, element: <NationalPage /> },
          { path: paths.nationalZones.path, element: <NationalZonesPage /> },
          { path: paths.zoneHome.path, element: <ZoneHomePage /> },
          { path: paths.zoneEnterprises.path, element: <EnterprisesPage /> },
          // Static segments outrank `:id`, so /enterprises/import is never read as an enterprise id.
          { path: paths.zoneEnterpriseImport.path, element: <EnterpriseImportPage /> },
          { path: paths.zoneEnterpriseImportJob.path, element: <EnterpriseImportPage /> },
          { path: paths.zoneEnterprise.path, element: <EnterprisePage /> },
          { path: paths.zoneAssessments.path, element: <AssessmentsPage /> },
          { path: paths.zoneAssessment.path, element: <AssessmentPage /> },
          { path: paths.zoneReviewQueue.path, element: <ReviewQueuePage /> },
          { path: paths.zoneRectifications.path, element: <RectificationsPage /> },
          { path: paths.zoneCompliance.path, element: <CompliancePage /> },
          { path: paths.zonePrograms.path, element: <ProgramsPage /> },
          { path: paths.zoneProgram.path, element: <ProgramPage /> },
          { path: paths.zoneAudit.path, element: <AuditPage /> },
          { path: paths.nationalActions.path, element: <NationalActionsPage /> },
          { path: paths.nationalAction.path, element: <NationalActionPage /> },
          { path: paths.zoneActions.path, element: <ZoneActionsPage /> },
          { path: paths.zoneAction.path, element: <ZoneActionPage /> },
          { path: paths.zoneAssignment.path, element: <ActionAssignmentPage /> },
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
