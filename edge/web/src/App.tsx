// The app shell: the navbar and the page chosen by the current path.

import { lazy, Suspense, type ReactNode } from 'react';
import { Navbar } from './components/Navbar';
import { BookmarksPage } from './pages/BookmarksPage';
import { BillingReturnPage } from './billing/BillingReturnPage';
import { PricingPage } from './billing/PricingPage';
import { ContestListPage } from './contests/pages/ContestListPage';
import { ContestPage } from './contests/pages/ContestPage';
import { ContestResultsPage } from './contests/pages/ContestResultsPage';
import { VirtualContestPage } from './contests/pages/VirtualContestPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { LoginPage } from './pages/LoginPage';
import { MagicLinkPage } from './pages/MagicLinkPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProblemListPage } from './pages/ProblemListPage';
import { HomePage } from './practice/pages/HomePage';
import { ProblemSetPage } from './practice/pages/ProblemSetPage';
import { ProblemSetsPage } from './practice/pages/ProblemSetsPage';
import { ProblemPage } from './pages/ProblemPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SettingsPage } from './pages/SettingsPage';
import { SignupPage } from './pages/SignupPage';
import { SubmissionsPage } from './pages/SubmissionsPage';
import { TwoFactorResetPage } from './pages/TwoFactorResetPage';
import { matchPath, useLocation } from './router/router';

// Loaded on first visit, so their code (and Chart.js) stays out of the first page load.
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const PublicProfilePage = lazy(() => import('./pages/PublicProfilePage'));

function route(pathname: string): { page: ReactNode; wide?: boolean } {
  if (pathname === '/') return { page: <HomePage /> };
  if (pathname === '/problems') return { page: <ProblemListPage /> };
  if (pathname === '/problem-sets') return { page: <ProblemSetsPage /> };
  if (pathname === '/contests') return { page: <ContestListPage /> };
  if (pathname === '/login') return { page: <LoginPage /> };
  if (pathname === '/signup') return { page: <SignupPage /> };
  if (pathname === '/forgot-password') return { page: <ForgotPasswordPage key="reset" kind="reset" /> };
  if (pathname === '/login/magic-link') return { page: <ForgotPasswordPage key="magic" kind="magic-link" /> };
  if (pathname === '/reset-password') return { page: <ResetPasswordPage /> };
  if (pathname === '/magic-link') return { page: <MagicLinkPage /> };
  if (pathname === '/settings') return { page: <SettingsPage /> };
  if (pathname === '/2fa-reset') return { page: <TwoFactorResetPage /> };
  if (pathname === '/submissions') return { page: <SubmissionsPage /> };
  if (pathname === '/bookmarks') return { page: <BookmarksPage /> };
  if (pathname === '/pricing') return { page: <PricingPage /> };
  if (pathname === '/billing/return') return { page: <BillingReturnPage /> };
  const set = matchPath('/problem-sets/:slug', pathname);
  if (set) return { page: <ProblemSetPage key={set.slug} slug={set.slug} /> };
  const results = matchPath('/contests/:slug/results', pathname);
  if (results) return { page: <ContestResultsPage key={results.slug} slug={results.slug} /> };
  const virtualRun = matchPath('/contests/:slug/virtual', pathname);
  if (virtualRun) return { page: <VirtualContestPage key={virtualRun.slug} slug={virtualRun.slug} /> };
  const contest = matchPath('/contests/:slug', pathname);
  if (contest) return { page: <ContestPage key={contest.slug} slug={contest.slug} /> };
  if (pathname === '/dashboard') return { page: <DashboardPage /> };
  const profile = matchPath('/u/:username', pathname);
  if (profile) return { page: <PublicProfilePage key={profile.username} username={profile.username} /> };
  const problem = matchPath('/problems/:slug', pathname);
  // Keyed by slug so moving between problems starts from a clean page (editor, verdict).
  if (problem) return { page: <ProblemPage key={problem.slug} slug={problem.slug} />, wide: true };
  return { page: <NotFoundPage /> };
}

export function App() {
  const { pathname } = useLocation();
  const { page, wide } = route(pathname);
  return (
    <>
      <Navbar />
      <main className={wide ? 'page page-wide' : 'page'}>
        <Suspense fallback={<p className="muted">Loading…</p>}>{page}</Suspense>
      </main>
    </>
  );
}
