import type { z } from 'zod';
import type { AppError } from '../../../shared/errors';

/** Turn zod issues into one plain-English message and a field → message map for the form. */
export function validationError(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_form';
    fieldErrors[path] ??= plainMessage(issue);
  }
  const count = Object.keys(fieldErrors).length;
  return {
    code: 'VALIDATION',
    message: count === 1 ? 'One answer needs correcting.' : `${count} answers need correcting.`,
    fieldErrors,
  };
}

/** zod's default wording is for developers; replace the common cases with plain English. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'This form sent something Waymark does not expect.';
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return issue.input === undefined ? 'This is required.' : 'This answer is not in the right form.';
  }
  return issue.message;
}
