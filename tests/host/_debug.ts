import { startBrowserHost } from './browser-host';
import { setUpThroughCore } from '../e2e/support/app';
const host = await startBrowserHost({ navigate: false });
await setUpThroughCore(host.core);
await host.open();
await host.page.evaluate(() => (window.location.hash = '/management/accounts'));
await host.page.waitForTimeout(1500);
console.log(await host.page.evaluate(() => {
  const a = document.querySelector('a[href$="#/management/accounts"]') as HTMLElement;
  const label = a.querySelector('.mantine-NavLink-label') as HTMLElement;
  return { style: a.getAttribute('style'), color: getComputedStyle(label).color, bg: getComputedStyle(a).backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme };
}));
await host.close();
