import { useSignedIn } from '../session/session-context';
import { ChangeOwnPassphrasePage } from '../session/passphrase/ChangeOwnPassphrasePage';
import { findScreen } from './navigation';
import { NotAllowedPage, NotFoundPage } from './StatusPages';
import { useRoute } from './router';

/** The screen for the current route, if this person may use it. */
export function MainContent() {
  const route = useRoute();
  const { session } = useSignedIn();
  if (route === '/account/passphrase') return <ChangeOwnPassphrasePage />;
  const screen = findScreen(route);
  if (!screen) return <NotFoundPage />;
  if (!screen.allowed(session.roles)) return <NotAllowedPage />;
  const Component = screen.component;
  return <Component />;
}
