import {
  Anchor,
  Badge,
  createTheme,
  Loader,
  Menu,
  Modal,
  ModalHeader,
  DrawerHeader,
  Notification,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

const TINTED_VARIANTS = new Set(['light', 'outline', 'subtle', 'transparent']);

/**
 * Mantine's tinted variants (light badges and alerts, outline and subtle buttons) use mid shades
 * for text, which fall below WCAG AA contrast on a light background. In the light scheme the text
 * uses a darkened shade 9 instead; the dark scheme keeps Mantine's own colours.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  if (!TINTED_VARIANTS.has(input.variant)) return base;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'dark') return base;
  const shades = input.theme.colors[parsed.color];
  if (!shades) return base;
  const strong = darken(shades[9], parsed.color === 'gray' ? 0 : 0.3);
  return { ...base, color: `light-dark(${strong}, ${base.color})` };
};

/** Mantine spreads default props over its own `component`, but its types do not list it: hence the cast. */
const HEADER_AS_DIV = { component: 'div' } as Record<`data-${string}`, string>;

/** Calm, high-contrast defaults. The system font stack only: the app never fetches fonts. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Filled buttons and badges one shade darker than Mantine's default, so white text on them passes AA.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  cursorType: 'pointer',
  // People who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  variantColorResolver,
  components: {
    // Links are underlined, so they stand out from text by more than colour.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Badges in sentence case (easier to read) and never cut short with an ellipsis.
    Badge: Badge.extend({
      defaultProps: { tt: 'none', size: 'md' },
      styles: {
        root: { overflow: 'visible', flexShrink: 0 },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
    // A loader carries an aria-label; without a role, a label on a plain span is not announced
    // (axe: aria-prohibited-attr). "status" makes it a polite live region that says what is loading.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // Mantine puts a role="presentation" focus placeholder inside role="menu", which is not allowed there.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // Mantine's close buttons have no accessible name of their own.
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
    // A dialog's title bar is a <header>, which browsers and axe read as a second page banner beside
    // the app's own header (landmark-no-duplicate-banner). A plain div keeps the look and the name
    // (the dialog is still labelled by its title) without the stray landmark.
    ModalHeader: ModalHeader.extend({ defaultProps: HEADER_AS_DIV }),
    DrawerHeader: DrawerHeader.extend({ defaultProps: HEADER_AS_DIV }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss this message' } },
      // The message under a title is pale grey by default, below AA contrast.
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/**
 * Secondary ("dimmed"), error and tinted text darker than Mantine's defaults in the light scheme,
 * so small print meets WCAG AA contrast (components without an explicit colour read these).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-primary-color-light-color': darken(t.colors[t.primaryColor]?.[9] ?? '#000', 0.3),
    ...Object.fromEntries(
      Object.entries(t.colors)
        .filter(([name]) => name !== 'dark' && name !== 'gray')
        .map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
