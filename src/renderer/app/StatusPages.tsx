import { Anchor, Text } from '@mantine/core';
import { Page } from '../components/Page';
import { RouterLink } from './RouterLink';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <Text>
        There is no screen at this address.{' '}
        <Anchor component={RouterLink} to="/">
          Go to the home page
        </Anchor>
        .
      </Text>
    </Page>
  );
}

export function NotAllowedPage() {
  return (
    <Page title="Not available to you">
      <Text>
        Your roles do not include this screen. If you need it for your work, ask your administrator.{' '}
        <Anchor component={RouterLink} to="/">
          Go to the home page
        </Anchor>
        .
      </Text>
    </Page>
  );
}
