import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from '../../../shared/files/attachment';
import { renderScreen } from '../../test-support/render';
import { AttachmentPicker } from './AttachmentPicker';
import { AttachmentViewer } from './AttachmentViewer';
import { fileToBase64 } from './read-attachment';

/** The 8-byte PNG signature and a little more: enough for the rule, which reads the first bytes. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function picker() {
  const onChange = vi.fn();
  renderScreen(<AttachmentPicker label="Receipt" onChange={onChange} />);
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  return { onChange, input };
}

describe('AttachmentPicker', () => {
  it('reads a picture to base64 and hands it on', async () => {
    const user = userEvent.setup();
    const { onChange, input } = picker();
    await user.upload(input, new File([PNG], 'bus-ticket.png', { type: 'image/png' }));
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ fileName: 'bus-ticket.png' })),
    );
    const upload = onChange.mock.lastCall![0] as { base64: string };
    expect(decodeBase64(upload.base64)).toEqual(PNG);
    expect(screen.queryByText(/not a PDF or a picture/)).toBeNull();
  });

  it('refuses a text file named .pdf with the rule’s own words, and sends nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { onChange, input } = picker();
    await user.upload(input, new File(['just some words'], 'receipt.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/This file is not a PDF or a picture/)).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('refuses a file over 5 MB by its size', async () => {
    const user = userEvent.setup();
    const { onChange, input } = picker();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    await user.upload(input, new File([big], 'huge.png', { type: 'image/png' }));
    expect(await screen.findByText(/larger than 5 MB/)).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

describe('AttachmentViewer', () => {
  it('shows a picture with its text alternative and saves a copy under its own name', async () => {
    const user = userEvent.setup();
    const base64 = await fileToBase64(new Blob([PNG]));
    const created = vi.spyOn(URL, 'createObjectURL');
    renderScreen(
      <AttachmentViewer
        base64={base64}
        contentType="image/png"
        fileName="bus-ticket.png"
        title="Receipt: bus-ticket.png"
      />,
    );
    expect(await screen.findByRole('img', { name: 'Receipt: bus-ticket.png' })).toBeTruthy();
    expect(screen.getByText(/bus-ticket\.png · Picture · 12 bytes/)).toBeTruthy();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Save a copy' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(created).toHaveBeenCalled();
    clicked.mockRestore();
    created.mockRestore();
  });
});
