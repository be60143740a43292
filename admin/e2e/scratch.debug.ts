import { ADMIN, signIn, startProduct } from './harness.ts';

const product = await startProduct();
const page = await product.browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (err) => console.log('pageerror:', err.message));
try {
  await page.goto(`${product.adminUrl}/kategorier/ny`);
  await signIn(page, ADMIN);
  await page.waitForTimeout(1000);
  console.log(await page.locator('main').ariaSnapshot());
  await page.goto(`${product.adminUrl}/kommuner`);
  await page.waitForTimeout(1000);
  console.log(await page.locator('form').first().ariaSnapshot());
} catch (e) {
  console.log('ERR', (e as Error).message);
}
await product.stop();
