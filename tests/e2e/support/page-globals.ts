import type { WindowApi } from '../../../src/preload/build-api';

/**
 * The node type-check (tsconfig.node.json) has no DOM library, so code that runs inside the page
 * (page.evaluate, waitForFunction) reaches its globals through this small typed view:
 * `const w = globalThis as unknown as PageGlobals;`. Types only; nothing here runs.
 */
export interface PageElement {
  id: string;
  textContent: string | null;
  innerText: string;
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  append(child: PageElement): void;
}

export interface PageGlobals {
  api: WindowApi;
  location: { hash: string; reload(): void };
  localStorage: Record<string, string>;
  document: {
    activeElement: PageElement | null;
    body: PageElement;
    documentElement: PageElement;
    querySelector(selector: string): PageElement | null;
    createElement(tag: string): PageElement;
  };
  CSS: { escape(value: string): string };
  fetch(url: string): Promise<{ status: number }>;
  scrollTo(x: number, y: number): void;
  __inlineRan?: boolean;
}
