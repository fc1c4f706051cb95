// Matching what staff type in a search: literally (% and _ are not wildcards for them), and a
// 会社名 in the widths it may be typed or stored in.
import { toFullWidth } from '../../domain/forms/text';

export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}

export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** 会社名 as typed, full-width (as the forms store it) and half-width (as older rows may hold it). */
export function companyNameSpellings(text: string): string[] {
  return [...new Set([text, toFullWidth(text), text.normalize('NFKC')])];
}
