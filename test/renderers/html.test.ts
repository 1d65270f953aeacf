import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHtml } from '../../src/renderers/html/index.ts';
import { fixtureRun } from './fixture.ts';
import { assertSelfContained, CHROMIUM_ARGS } from './read-back.ts';

const CHROMIUM = '/usr/bin/chromium';
describe('the HTML page', () => {
  const html = renderHtml(fixtureRun());

  it('is self-contained: no script, no external request, no import', () => {
    assertSelfContained(html);
  });

  it('escapes document text: tags in a recommendation are shown, not obeyed', () => {
    assert.ok(!html.includes('<i>views</i>'));
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.ok(html.includes('&lt;i&gt;views&lt;/i&gt;'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('Member States &amp; regions'));
  });

  it('highlights evidence phrases with <mark>', () => {
    assert.ok(html.includes('<mark>rights and needs of victims of all types of crime</mark>'));
  });

  it('reproduces a recommendation under each of its topics, in both annexes', () => {
    const annexA = html.slice(html.indexOf('id="annex-a"'), html.indexOf('id="annex-b"'));
    const annexB = html.slice(html.indexOf('id="annex-b"'), html.indexOf('id="annex-c"'));
    const cite = 'A/CONF.234/RPM.2/1, para. 22 (a)';
    assert.equal(annexA.split(cite).length - 1, 2);
    assert.equal(annexB.split(cite).length - 1, 2);
  });

  it('says when a region has nothing under a topic', () => {
    assert.ok(html.includes('No recommendation under this topic.'));
  });

  it('lists low-confidence assignments for review and has Annex C when traced', () => {
    const review = html.slice(html.indexOf('id="review"'), html.indexOf('id="annex-a"'));
    assert.ok(review.includes('A/CONF.234/RPM.3/1, para. 12 (a)'));
    assert.ok(html.includes('id="annex-c"'));
    assert.ok(!renderHtml(fixtureRun({ traced: false })).includes('id="annex-c"'));
  });

  it('names the three paragraphs ranked next after the links, for the reader to check', () => {
    const annex = html.slice(html.indexOf('id="annex-c"'));
    assert.ok(annex.includes('Ranked next, worth checking: paras. 51, 10 and 3.'));
    assert.ok(annex.includes('Linked alike for A/CONF.234/RPM.2/1, para. 22 (a), which reads like it (0.42).'));
    assert.ok(!annex.includes('3 and 96') && !annex.includes(', 96'));
  });

  it('renders in headless Chromium with its table of contents and no failed request', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent` }, async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'concord-html-'));
    const file = join(dir, 'index.html');
    writeFileSync(file, html);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const failed: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('requestfailed', (r) => failed.push(r.url()));
      await page.goto(`file://${file}`);
      assert.deepEqual(failed, []);
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
      assert.equal(await page.locator('nav.toc a').count() > 5, true);
      assert.equal(await page.locator('svg').count() >= 2, true);
      mkdirSync('artifacts', { recursive: true });
      await page.screenshot({ path: 'artifacts/html-fixture.png', fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
