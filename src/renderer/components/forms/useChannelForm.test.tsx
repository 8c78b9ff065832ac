import { Button, TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/contract';
import { renderScreen } from '../../test-support/render';
import { FormAlert } from '../FormAlert';
import { useChannelForm } from './useChannelForm';

/** A small form over a real contract channel (establishments.saveRegion). */
function RegionForm({ onSaved }: { onSaved(): void }) {
  const { form, onSubmit, formError } = useChannelForm(contract.establishments.saveRegion, {
    initialValues: { name: '', notes: '' },
    onSaved,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert>{formError}</FormAlert>
      <TextInput label="Region name" {...form.getInputProps('name')} />
      <TextInput label="Notes" {...form.getInputProps('notes')} />
      <Button type="submit">Save</Button>
    </form>
  );
}

const saveRegion = vi.fn();
function withBridge() {
  Object.defineProperty(window, 'api', {
    configurable: true,
    value: { establishments: { saveRegion } },
  });
}
afterEach(() => saveRegion.mockReset());

describe('useChannelForm', () => {
  it('checks with the channel’s own schema and says what is wrong in plain English, without calling', async () => {
    withBridge();
    const user = userEvent.setup();
    renderScreen(<RegionForm onSaved={vi.fn()} />);
    await user.type(screen.getByLabelText('Region name'), 'N');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const input = screen.getByLabelText('Region name');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Enter the region’s name.')).toBeTruthy();
    expect(saveRegion).not.toHaveBeenCalled();
  });

  it('puts the core’s field errors on the field they are about', async () => {
    withBridge();
    saveRegion.mockResolvedValue({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'That name is taken.',
        fieldErrors: { name: 'Another region already has this name.' },
      },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderScreen(<RegionForm onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Region name'), 'North West');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Another region already has this name.')).toBeTruthy());
    expect(saveRegion).toHaveBeenCalledWith({ name: 'North West', notes: '' });
    const name = screen.getByLabelText('Region name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Notes').getAttribute('aria-invalid')).not.toBe('true');
    // The message sits with the field, not in the form-wide alert.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('calls onSaved with the core’s answer', async () => {
    withBridge();
    const region = { id: 'r1', name: 'North West', notes: '', clusters: 0, establishments: 0 };
    saveRegion.mockResolvedValue({ ok: true, value: region });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderScreen(<RegionForm onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Region name'), 'North West');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(region, { name: 'North West', notes: '' }));
  });
});
