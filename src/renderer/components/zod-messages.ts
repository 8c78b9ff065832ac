import { z } from 'zod';

/**
 * Plain-English fallbacks for zod's built-in checks, for schemas in the shared contract that do
 * not carry their own message (the thresholds, for example). Messages set in a schema win.
 */
export function installPlainEnglishMessages(): void {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'invalid_type':
          if (issue.expected === 'number' || issue.expected === 'int') return 'Enter a whole number.';
          if (issue.expected === 'string') return 'Enter some text.';
          return 'This answer is missing.';
        case 'too_small': {
          const min = Number(issue.minimum);
          if (issue.origin === 'number') return `Enter ${min} or more.`;
          if (issue.origin === 'array') return `Give at least ${min}.`;
          if (issue.origin === 'string')
            return min <= 1 ? 'This cannot be empty.' : `Use at least ${min} characters.`;
          return 'This is too small.';
        }
        case 'too_big': {
          const max = Number(issue.maximum);
          if (issue.origin === 'number') return `Enter ${max} or less.`;
          if (issue.origin === 'array') return `Give no more than ${max}.`;
          if (issue.origin === 'string') return `Use no more than ${max} characters.`;
          return 'This is too big.';
        }
        case 'invalid_format':
          return 'Check the format of this answer.';
        case 'invalid_value':
          return 'Choose one of the options.';
        case 'unrecognized_keys':
          return 'The form sent something unexpected. Reload the screen and try again.';
        default:
          return undefined;
      }
    },
  });
}
