import { ADMIN, EDITOR, signIn, startProduct } from './harness.ts';

const product = await startProduct();
const page = await product.browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (err) => console.log('pageerror:', err.message));
page.on('response', (r) => {
  if (r.status() >= 400) console.log('HTTP', r.status(), r.url());
});
try {
  await page.goto(`${product.adminUrl}/teknologier/digitala-trygghetslarm/redigera`);
  await signIn(page, ADMIN);
  await page.getByLabel('Sammanfattning', { exact: true }).fill('Annas sammanfattning.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/s1.png' });
  const p2 = await (await product.browser.newContext()).newPage();
  await p2.goto(`${product.adminUrl}/`);
  await signIn(p2, EDITOR);
  await p2.waitForTimeout(1000);
  console.log(await p2.locator('header').ariaSnapshot());
} catch (e) {
  console.log('ERR', (e as Error).message);
}
await product.stop();
