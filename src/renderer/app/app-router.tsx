import { useCallback, useEffect, useRef } from 'react';
import { createHashRouter, useBlocker, type BlockerFunction, type RouteObject } from 'react-router';
import { HomePage } from '../areas/home/HomePage';
import { ChangeOwnPassphrasePage } from '../session/passphrase/ChangeOwnPassphrasePage';
import { SessionGate } from '../session/SessionGate';
import { useSignedIn } from '../session/session-context';
import { screenRoutes } from './navigation';
import { attachRouter, hasGuards, mayLeave, useGuarded } from './router';
import { ROUTE_FILES } from './routing/route-files';
import type { AreaRoutes, ScreenRoute } from './routing/route-types';
import { NotAllowedPage, NotFoundPage } from './StatusPages';

/**
 * The one blocker (React Router allows one at a time): any navigation to another screen while a
 * guard is registered waits for the guards (the "Leave without saving?" question). Changes to the
 * query string only (a list's filters and page) never ask.
 */
function NavigationBlocker() {
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => hasGuards() && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (blocker.state !== 'blocked') {
      asked.current = null;
      return;
    }
    if (asked.current === blocker.location.key) return;
    asked.current = blocker.location.key;
    void mayLeave().then((leave) => (leave ? blocker.proceed() : blocker.reset()));
  }, [blocker]);
  return null;
}

function RootRoute() {
  const guarded = useGuarded();
  return (
    <>
      {guarded && <NavigationBlocker />}
      <SessionGate />
    </>
  );
}

/** A screen only for the roles its routes file allows; the core refuses the calls anyway. */
function AllowedScreen({ route }: { route: ScreenRoute }) {
  const { session } = useSignedIn();
  if (!route.allowed(session.roles)) return <NotAllowedPage />;
  const Component = route.Component;
  return <Component />;
}

/**
 * The route tree: the session gate at the root (it shows sign-in, set-up and the like while
 * locked, whatever the address), and inside the signed-in layout, home, your own passphrase, and
 * every screen from the routes files.
 */
export function appRoutes(files: readonly AreaRoutes[] = ROUTE_FILES): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootRoute,
      children: [
        { index: true, Component: HomePage },
        { path: 'account/passphrase', Component: ChangeOwnPassphrasePage },
        ...screenRoutes(files).map((route) => ({
          path: route.path.replace(/^\//, ''),
          element: <AllowedScreen route={route} />,
        })),
        { path: '*', Component: NotFoundPage },
      ],
    },
  ];
}

/** The app's router over `#/…` addresses (works under `app://` and in the browser host alike). */
export function createAppRouter() {
  const router = createHashRouter(appRoutes());
  attachRouter(router);
  return router;
}
