// The app shell: the navbar and the page chosen by the current path.

import type { ReactNode } from 'react';
import { Navbar } from './components/Navbar';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProblemListPage } from './pages/ProblemListPage';
import { ProblemPage } from './pages/ProblemPage';
import { SignupPage } from './pages/SignupPage';
import { matchPath, useLocation } from './router/router';

function route(pathname: string): { page: ReactNode; wide?: boolean } {
  if (pathname === '/' || pathname === '/problems') return { page: <ProblemListPage /> };
  if (pathname === '/login') return { page: <LoginPage /> };
  if (pathname === '/signup') return { page: <SignupPage /> };
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
      <main className={wide ? 'page page-wide' : 'page'}>{page}</main>
    </>
  );
}
