import { Outlet } from 'react-router';

/**
 * The current screen: whichever route in app-router.tsx matches the address (each one checks that
 * this person's roles may use it).
 */
export function MainContent() {
  return <Outlet />;
}
