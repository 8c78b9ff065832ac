import { schemaResolver } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from '../api/api-error';

/** Validate a form with the same zod schema the core uses (zod 4 is a Standard Schema). */
export const validateWith = (schema: Parameters<typeof schemaResolver>[0]) =>
  schemaResolver(schema, { sync: true });

/**
 * Put a failed call's field errors on the matching inputs. Returns a message for anything left over
 * (errors for fields the form does not show, or the error itself when it is not about fields).
 */
export function applyServerErrors<V>(
  form: UseFormReturnType<V>,
  error: unknown,
  mapField: (path: string) => string = (path) => path,
): string | null {
  if (!isApiError(error))
    return 'Something went wrong. Try again, and if it keeps happening tell your administrator.';
  const entries = Object.entries(error.fieldErrors);
  if (entries.length === 0) return error.message;
  const known = new Set(Object.keys(form.getValues() as Record<string, unknown>));
  const leftover: string[] = [];
  const errors: Record<string, string> = {};
  for (const [path, message] of entries) {
    const field = mapField(path);
    if (known.has(field.split('.')[0] ?? field)) errors[field] ??= message;
    else leftover.push(message);
  }
  form.setErrors(errors);
  return leftover.length ? leftover.join(' ') : null;
}

/**
 * For `form.onSubmit(handler, focusFirstInvalid)`: after a failed check, move focus to the first
 * field with a problem, so keyboard and screen-reader users land on it.
 */
export function focusFirstInvalid(
  _errors: unknown,
  _values: unknown,
  event?: { currentTarget: EventTarget | null },
): void {
  const formElement = event?.currentTarget;
  if (!(formElement instanceof HTMLFormElement)) return;
  requestAnimationFrame(() => formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
