import { Button, Group } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import type { PassphraseContext } from '../../../../shared/passphrase';
import { NewPassphraseInput } from '../../../components/passphrase/NewPassphraseInput';
import { suggestPassphrase } from './suggest-passphrase';

interface Props {
  value?: string;
  onChange(value: string): void;
  error?: React.ReactNode;
  context: PassphraseContext;
}

/** The temporary passphrase an administrator gives a person in person, with a generator. */
export function TemporaryPassphraseInput({ value, onChange, error, context }: Props) {
  const [visible, setVisible] = useState(false);
  return (
    <div>
      <NewPassphraseInput
        label="Temporary passphrase"
        required
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        context={context}
        visible={visible}
        onVisibilityChange={setVisible}
        visibilityToggleButtonProps={{
          'aria-label': visible ? 'Hide passphrase' : 'Show passphrase',
          tabIndex: 0,
        }}
      />
      <Group mt="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconWand size={14} aria-hidden />}
          onClick={() => {
            onChange(suggestPassphrase(context));
            setVisible(true);
          }}
        >
          Suggest a temporary passphrase
        </Button>
      </Group>
    </div>
  );
}
