// Every form of every screen is enhanced by htmx (hx-boost, or an hx-post/hx-get of its own), so no
// screen falls back to a full page load while the others answer in place. The forms stay plain
// HTML posts underneath; the browser tests walk some of them with JavaScript off.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TEMPLATES = path.resolve(import.meta.dirname, '../../templates');

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(path.join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [path.join(dir, entry.name)] : [],
  );
}

describe('forms in the templates', () => {
  const forms = templateFiles(TEMPLATES).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<form\b[^>]*>/g)].map((match) => ({ file: path.relative(TEMPLATES, file), tag: match[0] })),
  );

  it('are found', () => {
    expect(forms.length).toBeGreaterThan(20);
  });

  it('each carry hx-boost or their own hx-post or hx-get, and a plain method and action', () => {
    const plainOnly = forms.filter(({ tag }) => !/\bhx-boost="true"|\bhx-(post|get)=/.test(tag));
    expect(plainOnly).toEqual([]);
    const withoutFallback = forms.filter(({ tag }) => !/\bmethod="(post|get)"/.test(tag) || !/\baction=/.test(tag));
    expect(withoutFallback).toEqual([]);
  });
});
