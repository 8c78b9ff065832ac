import { createElement, type ReactElement } from 'react';
import { StyleSheet, Text, View, renderToBuffer, type DocumentProps } from '@react-pdf/renderer';

/**
 * What the PDF templates share: one stylesheet on the built-in Helvetica (nothing is fetched, no
 * font files are read), dates written out in full, and `h`, a short name for `createElement` (the
 * core is compiled as plain TypeScript, without JSX).
 */
export const h = createElement;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#8a8a8a';

export const styles = StyleSheet.create({
  page: {
    fontFamily: 'Helvetica',
    fontSize: 10,
    lineHeight: 1.35,
    color: INK,
    paddingTop: 40,
    paddingBottom: 56,
    paddingHorizontal: 56,
  },
  programme: { fontSize: 9, color: MUTED, textTransform: 'uppercase', letterSpacing: 1 },
  title: { fontFamily: 'Helvetica-Bold', fontSize: 20, lineHeight: 1.2, marginTop: 4, marginBottom: 4 },
  subtitle: { fontSize: 9.5, color: MUTED, marginBottom: 6 },
  heading: {
    fontFamily: 'Helvetica-Bold',
    fontSize: 11.5,
    lineHeight: 1.2,
    marginTop: 12,
    marginBottom: 5,
    paddingBottom: 2,
    borderBottomWidth: 0.75,
    borderBottomColor: RULE,
  },
  label: { fontSize: 8.5, color: MUTED, marginBottom: 2 },
  strong: { fontFamily: 'Helvetica-Bold' },
  blockLine: { borderLeftWidth: 2, borderLeftColor: RULE, paddingLeft: 8, backgroundColor: '#f6f6f6' },
  paragraph: { marginBottom: 8 },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 56,
    right: 56,
    fontSize: 8,
    color: MUTED,
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
});

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-11-23` → `23 November 2026`, as a letter writes it. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** `2026-11-23` → `23/11/2026`, as forms write it. */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `6 months`, `1 week`: a number and a unit that is written in the plural. */
export function quantity(value: number, unit: string): string {
  return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

/**
 * Text kept as typed, one line to a Text with a rule down its left side, laid straight on the page
 * (spread the result into the page's children). A bordered box around a long block would be moved
 * whole to the next page by the layout, leaving half a page blank; separate lines break anywhere.
 */
export function block(text: string, empty = '—'): ReactElement[] {
  const parts = text.trim() ? text.trim().split(/\r?\n/) : [empty];
  return parts.map((line, i) =>
    h(
      Text,
      {
        style: [
          styles.blockLine,
          ...(i === 0 ? [{ paddingTop: 3 }] : []),
          ...(i === parts.length - 1 ? [{ paddingBottom: 3, marginBottom: 6 }] : []),
        ],
      },
      line || ' ',
    ),
  );
}

/**
 * The footer every page carries. (No page numbers: a Text with a \`render\` function silently drops
 * the whole footer in @react-pdf/renderer 4.9 under Node, so the footer is static text only.)
 */
export function footer(left: string, right: string): ReactElement {
  return h(View, { style: styles.footer, fixed: true }, h(Text, null, left), h(Text, null, right));
}

/** Render a document element to PDF bytes. */
export async function renderPdf(doc: ReactElement<DocumentProps>): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(doc));
}
