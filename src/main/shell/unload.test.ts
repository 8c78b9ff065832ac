import { describe, expect, it } from 'vitest';
import { UNLOAD_QUESTION, closeAnyway } from './unload';

describe('closing with unsaved changes', () => {
  it('stays open unless the person chose to close without saving', () => {
    expect(UNLOAD_QUESTION.buttons[UNLOAD_QUESTION.defaultId]).toBe('Stay and keep editing');
    expect(UNLOAD_QUESTION.cancelId).toBe(0);
    expect(closeAnyway(1)).toBe(true);
    expect(closeAnyway(0)).toBe(false);
    expect(closeAnyway(-1)).toBe(false);
    expect(closeAnyway(7)).toBe(false);
  });
});
