import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { errorMessage } from '../../../api/api-error';
import { useVerifyChain } from './audit.queries';

/** Check every row of the hash chain and report the first broken one. */
export function VerifyChain() {
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <Stack gap="sm">
      <Group>
        <Button
          variant="light"
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          onClick={() => verify.mutate()}
          loading={verify.isPending}
        >
          Verify chain
        </Button>
        <Text size="sm" c="dimmed">
          Checks that no audit row has been changed or removed.
        </Text>
      </Group>
      <div aria-live="polite">
        {verify.isError && (
          <Alert color="red" role="alert">
            {errorMessage(verify.error)}
          </Alert>
        )}
        {result?.ok && (
          <Alert
            color="teal"
            variant="light"
            icon={<IconShieldCheck aria-hidden />}
            title="The audit chain is intact"
            data-testid="verify-result"
          >
            {result.rowsChecked} rows checked; every row matches and carries the signature of the person whose
            session wrote it ({result.signersChecked} signing keys checked).
            {result.head && (
              <Text size="xs" mt={4}>
                Chain head: <Code>{result.head.slice(0, 16)}…</Code>
              </Text>
            )}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert
            color="red"
            variant="light"
            icon={<IconShieldX aria-hidden />}
            title="The audit chain is broken"
            data-testid="verify-result"
          >
            The first row that does not match is row {result.firstBrokenSeq ?? 'unknown'}
            {result.problem ? ` (${result.problem})` : ''}. The last row with a good signature is row{' '}
            {result.lastSignedSeq}
            {result.anchorSeq !== null ? `; the vault file last recorded row ${result.anchorSeq}` : ''}. The
            log may have been altered from that row on. Do not change anything on this computer and tell your
            data protection lead.
          </Alert>
        )}
      </div>
    </Stack>
  );
}
